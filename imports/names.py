# ruff: noqa: RUF001, RUF002, SIM905  (posts use typographic dashes; word lists read as prose)
"""Whether a value read as a name is a person, a genre or junk: "and more" is nobody.

A labelled credit ("Director: Len wisemen") is taken as written unless it is plainly not
a name; a name found in a sentence must read as one (capitalised words, at most five).
"""

import re

from imports.extracted import CastMember
from imports.patterns import FACT_OF_LABEL

#: The letters of a guild after a name: "Ines Vaz, ASC", "Mira Sol, A.C.E.".
SOCIETY = (
    r"(?:a\.?s\.?c|b\.?s\.?c|c\.?s\.?c|a\.?c\.?e|a\.?f\.?c|a\.?c\.?s|i\.?s\.?c"
    r"|n\.?z\.?c\.?s)\.?"
)
#: What lists of people end with, or hold instead of a name: never a person.
NOT_A_NAME = re.compile(
    r"^(?:and\s+)?(?:more|others|many (?:more|others)|etc\.?|et al\.?|n/?a|tba|tbc|unknown"
    r"|various|none|see (?:below|above)|and more|and others|and many (?:more|others)"
    r"|ensemble|ensemble cast|uncredited|anonymous|tbd|see full cast|full cast|more\.{0,3}"
    r"|\.{3}|…|" + SOCIETY + ")$",
    re.IGNORECASE,
)
#: Trailing "and more"/"etc." glued to the last name of a list.
TRAILING_JUNK = re.compile(
    r"\s*(?:,?\s*(?:and|&)\s+(?:many\s+)?(?:more|others)|,?\s*etc\.?|,?\s*et al\.?|\.{3}|…)$",
    re.IGNORECASE,
)
#: A note on the credit in brackets after a name, written small: "(uncredited)",
#: "(co-director)", "(as Ines V. Vaz)", "(original score)".
CREDIT_NOTE = re.compile(r"\s*\((?-i:[a-z])[^()]*\)$")
#: Labels that sometimes stay glued to the name after them ("Cast:John", "Starring John").
GLUED_LABEL = re.compile(
    r"^(?:with|and|cast|starring|stars|director|directed by|writer|written by|music by|music"
    r"|composer|producer|produced by|editor|edited by|cinematographer|dop|dp)(?:\s*:\s*|\s+)"
    r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
PARTICLES = frozenset(
    "de da das dos del della di du van von der den la le ter ten bin al el y e zu st".split()
)
#: A particle inside a name in a sentence ("Marina de Tavira"), a whole word ("lets" is no "le").
NAME_PARTICLE = r"(?:de|da|del|van|von|la|le|di|du)\b"
#: A capital letter, Latin ones with accents among them: "Łukasz Żal", "Émile", "Šárka".
CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
CAP = f"(?-i:[{CAPITAL}])"
NAME_WORD = re.compile(rf"^(?:{CAP}[\w'’.-]*|{CAP}\.|\w+['’]{CAP}[\w'’-]*)$")
#: Police ranks, which reviews put before a character's name ("Detective Hae-jun").
RANK = re.compile(
    r"^(?:(?:detective|det\.|inspector|insp\.|sergeant|sgt\.|constable|officer|lieutenant"
    r"|lt\.|sheriff|deputy|commissioner|superintendent|(?-i:DCI|DI|DS))\s+)+(?=\S)",
    re.IGNORECASE,
)
SENTENCE_WORDS = frozenset(
    "the a an is was are were who which that this with from into for of on in it its his her"
    " their has have had will would film movie story".split()
)
#: Sentence words that, capitalised, are first names too: "Will Smith", "Will Poulter".
FIRST_NAMES = frozenset({"Will"})
#: Genres as catalogues name them: a value outside this list is only a genre when short.
GENRES = frozenset(
    """action adventure animation animated biography biopic comedy crime documentary drama
    family fantasy film-noir noir history historical horror musical music mystery romance
    romantic sci-fi science-fiction thriller war western sport sports superhero disaster
    martial-arts slasher spy heist satire teen war-drama psychological supernatural
    coming-of-age dark-comedy black-comedy rom-com romcom mockumentary anthology period
    political legal medical erotic experimental short silent neo-noir suspense ghost-story
    gothic slice-of-life giallo wuxia kaiju mecha found-footage body-horror neo-western
    road-movie screwball
    """.split()
)
GENRE_MAX_WORDS = 3
#: Capitalised words that describe a person after "is" but never name a character.
NATIONALITIES = frozenset(
    """american british english irish scottish welsh french german italian spanish
    portuguese dutch belgian swiss austrian danish swedish norwegian finnish icelandic polish
    czech hungarian romanian greek turkish russian ukrainian israeli iranian indian pakistani
    chinese japanese korean taiwanese thai vietnamese filipino indonesian australian
    canadian mexican brazilian argentine argentinian chilean colombian cuban nigerian
    egyptian african european asian latina latino catholic jewish muslim""".split()
)


#: Words that, written small inside a value, make it a clause or a time phrase, never a
#: name: "Ten years after they graduated", "same as always".
CLAUSE_WORDS = frozenset(
    """after before since until when while ago later years months weeks days hours minutes
    decades they them we us you he she him i me our your yes no same always also""".split()
)
#: A possessive: "Rajamouli's dad", "Nakata's" name someone through another, never a person.
POSSESSIVE = re.compile(r"\w['’]s$|s['’]$")
#: The tab labels of a film page ("Cast Crew Details Genres Releases"): a run of them is the
#: page's menu, never a person.
TAB_WORDS = frozenset(
    """cast crew details genres genre releases release reviews review lists list photos
    videos trivia comments overview similar related credits ratings awards news""".split()
)
#: Lowercase words a sentence fragment holds (not a name's particles): "Ten years after…".
FRAGMENT_LOWERCASE = 2


def is_not_a_person(text):
    """Whether `text`, whatever its capitals, is plainly no one: a clause or a time phrase,
    a possessive, a run of a page's tab labels, or a genre alone ("Dir: Someone · 1922 ·
    Documentary": the strip's genre after the director's name)."""
    words = text.split()
    small = [word for word in words if word[:1].islower() and word not in PARTICLES]
    return (
        any(word.strip(".,") in CLAUSE_WORDS for word in small)
        or (len(words) >= 4 and len(small) >= FRAGMENT_LOWERCASE)
        or any(POSSESSIVE.search(word) for word in words)
        or all(word.casefold().strip(".,") in TAB_WORDS for word in words)
        or (len(words) == 1 and text.casefold().strip(".,") in GENRES)  # a strip's "Drama"
    )


def is_name(text, *, strict=False):
    """Whether `text` reads as a person's name; `strict` for names found in sentences."""
    text = text.strip()
    words = text.split()
    if not words or len(text) > 60 or NOT_A_NAME.match(text) or ":" in text:
        return False
    if is_not_a_person(text):
        return False
    if any(char.isdigit() for char in text) or len(words) > 5 or LEADER.search(text):
        return False
    if len(words) == 3 and words[1] == "the" and all(NAME_WORD.match(w) for w in words[::2]):
        return True  # "André the Giant", "Cedric the Entertainer": a name and its epithet
    lowered = [  # an initial, "A.", is no article
        word.casefold().strip(",").rstrip(".") if len(word.strip(",")) > 2 else word.casefold()
        for word in words
        if word not in FIRST_NAMES
    ]
    if any(word in SENTENCE_WORDS for word in lowered):
        return False
    if not words[0][:1].isupper():
        return False
    if not strict:
        return True
    # "de", "van" written small are particles; "Das", "Van" are names of their own.
    capitalised = words[:1] + [word for word in words[1:] if word not in PARTICLES]
    return len(capitalised) >= 2 and all(NAME_WORD.match(word) for word in capitalised)


#: An aside in brackets: "Mubi (UK, US)", "Ana Lind (yes, her dad)".
ASIDE = re.compile(r"\s*\([^()]*\)")


def until_a_clause(values):
    """`values` up to the first that is a clause: a label's list ends where a sentence
    begins ("Story: Ten years after they graduated, Farhan (Madhavan) and …" is prose);
    an aside in brackets is no clause of the list's ("Ana Lind (who also produced)")."""
    for index, value in enumerate(values):
        words = ASIDE.sub("", value).split()
        value = " ".join(words)
        if len(words) >= 4 and is_not_a_person(value):
            return values[:index]
    return values


#: A name's spelling in its own script after it: "Satoshi Kon (今敏)", "Bong Joon-ho (봉준호)".
NATIVE_SPELLING = re.compile(r"\s*\((?=[^()]*[^\W\u0000-\u024f])[^()a-zA-Z]+\)\s*$")


def people(values, *, strict=False):
    """The names among `values` (split already), labels and "and more" taken off."""
    found = []
    for value in values:
        value = NATIVE_SPELLING.sub("", CREDIT_NOTE.sub("", value.strip()))
        value = GLUED_LABEL.sub("", TRAILING_JUNK.sub("", value.strip(" ()[]"))).strip(" .()[]")
        if is_name(value, strict=strict):
            found.append(value)
    return found


AS_CHARACTER = re.compile(r"^(?P<name>.+?)\s+as\s+(?P<character>.+)$")
#: Never across a dash: "Name, dash, Part (Gloss)" is the dash's, its part glossed in brackets.
IN_BRACKETS = re.compile(r"^(?P<name>(?:(?!\s[–—]\s).)+?)\s*\((?P<character>[^)]+)\)$")
AFTER_DASH = re.compile(r"^(?P<name>.+?)\s+[–—]\s+(?P<character>.+)$")
AFTER_SLASH = re.compile(r"^(?P<name>[^/]+?)\s+/\s+(?P<character>[^/]+)$")
#: A note on a cast entry, never part of the character: "(voice)", "(uncredited)",
#: "(extended cameo)", "(Japanese version)", "(English dub)".
NOTE = (
    r"(?:voice|voiced|uncredited|(?:extended\s+|special\s+)?cameo|archive\s+footage"
    r"|credit\s+only|as\s+a\s+child|young|singing\s+voice|[\w-]+\s+(?:version|dub|dubbing))"
)
CAST_NOTE = re.compile(rf"\s*\({NOTE}\)$", re.IGNORECASE)
#: The same inside the part's brackets or before it: "(Mara, uncredited)", "voice of Mara".
PART_NOTE = re.compile(rf",\s*{NOTE}$|\s*\({NOTE}\)$|^(?:the\s+)?voice\s+of\s+", re.IGNORECASE)
#: What the critic adds after a part's name: "Orin, Seibei's wife", "Tokuemon, the sake
#: brewer" (never a part's own words: "Mara, Queen of Spades").
GLOSS_WORDS = rf"(?:(?:the|a|an|his|her|their)\s+|{CAP}[\w-]*['’]s\s+)(?-i:[a-z])[^,()]*"
GLOSS = re.compile(rf"(?<=\w),\s+{GLOSS_WORDS}$")
#: A dot leader between the actor and the part, as typed cast sheets align them.
AFTER_LEADER = re.compile(r"^(?P<name>.+?)\s*(?:\.{2,}|…+)[\s.…]*(?P<character>[^\s.…].*)$")
#: A run of dots or an ellipsis inside a value: a leader or a cut, never part of a name.
LEADER = re.compile(r"\.{2,}|…")


def cast_member(text):
    """One cast entry: "Name as Character", "Name (Character)", "Name – Character",
    "Name ....... Character", and
    "Detective Character (Name)": a rank says the character comes first (one word before
    a full name does not: "Zendaya (Tashi Duncan)"). A list credits the part as the film
    does, so its rank stays part of it ("Inspector Frank Butterman")."""
    text = GLUED_LABEL.sub("", TRAILING_JUNK.sub("", text.strip())).strip(" .")
    text = CAST_NOTE.sub("", text)
    if AFTER_DASH.match(text) or AS_CHARACTER.match(text):
        text = CREDIT_NOTE.sub("", text)  # "Name, dash, Part (extended cameo)": a note
    for pattern in (AFTER_LEADER, AS_CHARACTER, IN_BRACKETS, AFTER_DASH, AFTER_SLASH):
        if match := pattern.match(text):
            name, character = match.group("name").strip(), match.group("character").strip()
            character = GLOSS.sub("", PART_NOTE.sub("", character)).strip()
            if pattern is AFTER_SLASH and is_name(character, strict=True):
                break  # "Ines Vaz / Tomas Lind": two actors, not an actor and a part
            if RANK.match(name) and is_name(character, strict=True):
                name, character = character, name  # "Detective Hae-jun (Park Hae-il)"
            elif pattern is AFTER_LEADER and part_before_leader(name, character):
                name, character = character, name  # "Ben ........ Ines Vaz"
            return CastMember(name, character)  # "Sgt. Nicholas Angel": as credited
    return CastMember(text)


def part_before_leader(left, right):
    """Whether a dot-leader line reads "Part ...... Actor": one word, or two parts split by
    a slash ("Conor / Mac Lir"), before a full name."""
    one_part = len(left.split()) == 1 or (" / " in left and " / " not in right)
    return one_part and is_name(right, strict=True)


def with_glosses(values):
    """`values` (a cast split at its commas) with each gloss joined back to the entry it
    follows: "Ines Vaz as Mara", "Kessler's wife" is one entry, where after an actor alone
    ("Ines Vaz", "a dog named Rex") nothing is joined."""
    joined = []
    for value in values:
        if joined and re.fullmatch(GLOSS_WORDS, value) and cast_member(joined[-1]).character:
            joined[-1] = f"{joined[-1]}, {value}"
        else:
            joined.append(value)
    return joined


def cast_members(values):
    """The cast among `values`: members whose name reads as a person's."""
    members = [cast_member(value) for value in with_glosses(values)]
    return [member for member in members if is_name(member.name)]


def character_first(text):
    """ "Character: Name" (a bullet under a Cast heading) as a cast member, or None."""
    character, _, name = text.partition(":")
    name, character = name.strip(" ."), character.strip()
    if character.casefold() in FACT_OF_LABEL:
        return None  # "Cinematography: Jarin Blaschke" is a credit, not a character
    if name and len(character.split()) <= 4 and is_name(name):
        return CastMember(name, character)
    return None


#: The genres a compound ends with, qualified by the words before ("Crime Drama", "Action
#: Comedy"): a run of genres ending otherwise is genres written side by side.
HEAD_GENRES = frozenset("comedy drama thriller horror western noir film".split())
#: Genre words that qualify the next ("Romantic Comedy", "Political Thriller").
GENRE_MODIFIERS = frozenset(
    "romantic dark black psychological historical supernatural political legal medical erotic"
    " experimental teen period animated silent short crime war".split()
)


def genre_run(value):
    """ "Comedy Romance" (genres a page's columns ran together): each known genre apart;
    [`value`] when it is one genre ("Black comedy", "Crime Drama", "Science Fiction")."""
    words = value.split()
    keys = [word.casefold() for word in words]
    if (
        len(words) < 2
        or not all(key in GENRES for key in keys)
        or "-".join(keys) in GENRES
        or (keys[-1] in HEAD_GENRES and (len(keys) < 3 or GENRE_MODIFIERS.intersection(keys)))
    ):  # "Mystery Thriller Drama": three genres, not one
        return [value]
    return words


def is_known_genre(value):
    """Whether `value` is a known genre, its words hyphenated ("Black comedy") or each one."""
    words = value.split()
    return bool(words) and (
        "-".join(word.casefold() for word in words) in GENRES
        or all(word.casefold() in GENRES for word in words)
    )


def one_language(values):
    """A genre written in two languages ("Commedia / Comedy", "Comedia negra / Black
    comedy") as the known half; `values` themselves when both or neither are known."""
    if len(values) == 2 and is_known_genre(values[0]) != is_known_genre(values[1]):
        return [value for value in values if is_known_genre(value)]
    return values


def genres(values):
    """The genres among `values`: known genres, or short values (never a tagline)."""
    found = []
    for value in (run for written in values for run in genre_run(written)):
        words = value.split()
        known = is_known_genre(value)
        short = 0 < len(words) <= GENRE_MAX_WORDS and not value.endswith(("!", "?"))
        if known or (short and not any(word.casefold() in SENTENCE_WORDS for word in words)):
            found.append(value)
    return found


SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def is_name_shape(words):
    """Whether `words` read as one full name: two or three words, capitalised whole words
    first and last ("Guillaume Laurant", "Artus de Penguern"; not "N. T." nor "Rao Jr.")."""
    first, last = words[0], words[-1]
    return (
        2 <= len(words) <= 3
        and first.casefold() not in PARTICLES
        and all(
            word[:1].isupper() and len(word) > 2 and not word.endswith(".")
            for word in (first, last)
        )
        and last.casefold() not in SUFFIXES
    )


def name_runs(name):
    """The ways `name` splits into two full names run together ("Guillaume Laurant
    Jean-Pierre Jeunet"): [(first, second), …], [] when it reads as one name only."""
    words = name.split()
    return [
        (" ".join(words[:at]), " ".join(words[at:]))
        for at in range(2, len(words) - 1)
        if is_name_shape(words[:at]) and is_name_shape(words[at:])
    ]


def names_apart(names, text):
    """(`names` with two names run together split where `text`, the document, writes each
    apart elsewhere, [the runs it does not]): "Guillaume Laurant Jean-Pierre Jeunet"."""
    found, refused = [], []
    for name in names:
        runs = name_runs(name)
        rest = " ".join(text.casefold().split(name.casefold()))
        apart = [run for run in runs if all(part.casefold() in rest for part in run)]
        if not runs:
            found.append(name)
        elif len(apart) == 1:
            found.extend(apart[0])
        else:
            refused.append(name)
    return found, refused


def full_name(word, people):
    """The one name among `people` that `word` shortens ("Zhao" for "Chloé Zhao"), else "".

    Critics name a person in full once, then by surname: a single word is only taken for
    someone the post already names in full, and only when no other name ends with it (or,
    for a family name first, "Park" of "Park Chan-wook", begins with it).
    """
    key = word.casefold()
    for position in (-1, 0):
        matches = {
            name
            for name in people
            if len(name.split()) > 1
            and name.split()[position].casefold() == key
            and (position == -1 or is_family_name_first(name))
        }
        if matches:
            return matches.pop() if len(matches) == 1 else ""
    return ""


def credited_actor(word, cast):
    """The one actor of `cast` that `word` names: the whole of a one-word stage name
    ("Rufus"), or the first or last word of a full one ("Madhavan" for "R. Madhavan",
    "Aamir" for "Aamir Khan"); "" when none or several do."""
    key = word.casefold()
    matches = {
        member.name
        for member in cast
        if key in (words := member.name.casefold().split())[:1] + words[-1:]
    }
    return matches.pop() if len(matches) == 1 else ""


def is_family_name_first(name):
    """ "Park Chan-wook", "Bong Joon-ho": a given name written as two joined syllables."""
    return bool(re.fullmatch(r"\S+\s+[A-Z][a-z]+-[a-z]+", name))
