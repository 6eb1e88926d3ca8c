# ruff: noqa: RUF001  (posts use typographic dashes and quotes; word lists read as prose)
"""Facts a review's sentences state plainly: "directed by X", "X as Y", "runs 110 minutes".

Each is a `TextFact`, read from the text for an editor to confirm: it fills a fact the
post's own fact lines left blank (or adds a named part to the leads they list) and is
reported as read from the text, never silently. The sentences' shapes live beside this
module: `prose_cast` (actors and parts), `prose_credits` (who directed and wrote it, by
surname too), `prose_crew` (crew and studios in passing), `prose_dates` (runtime, year,
genre) and `prose_lowercase` (film logs written without capitals).
"""

import re

from imports.companies import is_company
from imports.extracted import CastMember, TextFact
from imports.names import CAP, NAME_PARTICLE, credited_actor, full_name, is_name
from imports.other_films import without_other_films
from imports.prose_cast import cast_facts, without_starters
from imports.prose_cast_lists import cast_list_facts
from imports.prose_cast_pairs import paired_cast
from imports.prose_cast_signs import named_one_way, signed_cast_facts
from imports.prose_co_directors import co_director_facts, is_co_director
from imports.prose_countries import country_facts
from imports.prose_credits import credit_facts, is_surname, sibling_name
from imports.prose_crew import crew_facts
from imports.prose_dates import dated_facts
from imports.prose_lowercase import lower_case_facts
from imports.prose_makers import actors_of, is_makers_film, makers_facts, title_makers
from imports.prose_told_apart import credited
from imports.values import name_key

#: "Isomura", "J." (an initial: the only full stop), "S.S." (initials run together).
WORD = rf"(?:(?:{CAP}\.){{2,3}}|{CAP}(?:\.|[\w'’-]*))"
NAME = rf"{WORD}(?:\s+(?:{WORD}|{NAME_PARTICLE})){{0,3}}"
NAMES = rf"(?P<names>{NAME}(?:\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*{NAME}){{0,5}})"
ROLE_IN_PROSE = {
    "directors": r"\b(?:directed|helmed)\s+by\s+|\bwriter[- /]director\s+",
    "writers": r"\b(?:written|scripted)(?:\s+and\s+directed)?\s+by\s+"
    r"|\badapted(?:\s+for\s+the\s+screen)?\s+by\s+"
    r"|\b(?:screenplay|script),?\s+(?:is\s+)?(?:by|credited\s+to)\s+"
    r"|\bwriter[- /]director\s+",
    "composers": r"\b(?:music|score|soundtrack),?\s+(?:is\s+)?(?:composed\s+)?by\s+"
    r"|\bscored\s+by\s+",
    "cinematographers": r"\b(?:shot|photographed|lensed)\s+by\s+"
    r"|\b(?:cinematography|photography|camerawork),?\s+(?:is\s+)?by\s+"
    r"|\bshot\s+(?:on|in)\s+[\w -]{1,30}?\s+by\s+|\bthe\s+cinematographer\s+is\s+",
    "editors": r"\b(?:edited|cut)\s+by\s+|\bediting,?\s+(?:is\s+)?by\s+"
    r"|\bthe\s+editors,\s+",
    "producers": r"\bproduced\s+by\s+|\bproduction,?\s+by\s+",
    "cast": r"\b(?:(?:the\s+(?:film|movie)|it)\s+stars|starring)\s+",
}
ROLE_PATTERNS = {
    #: "edited by "Roderick Jaynes,"": a pen name in quotes.
    role: re.compile(rf"(?:{words})[\"“]?{NAMES}", re.IGNORECASE)
    for role, words in ROLE_IN_PROSE.items()
}


def prose_facts(text, *, spelled=()):
    """Every plainly stated fact in `text`, in the order it appears; `spelled`: names as
    the post writes them with capitals, for a paragraph written in lower case."""
    found = []
    for role, pattern in ROLE_PATTERNS.items():
        for match in pattern.finditer(text):
            for name in re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names")):
                name = name.rstrip('.,"”')
                # "written by Pawlikowski and Janusz Głowacki": a surname, named in full
                # elsewhere in the post (`in_full`), or dropped.
                is_person = is_name(name, strict=True) or (role != "cast" and is_surname(name))
                if is_person and not is_company(name):
                    value = CastMember(name) if role == "cast" else name
                    found.append(TextFact(role, value, sentence_of(text, match.start())))
    found.extend(cast_facts(text, sentence_of))
    found.extend(cast_list_facts(text, sentence_of))
    found.extend(signed_cast_facts(text, sentence_of))
    found.extend(country_facts(text, sentence_of))
    found.extend(crew_facts(text, sentence_of))
    found.extend(credit_facts(text, sentence_of))
    found.extend(co_director_facts(text, sentence_of))
    found.extend(dated_facts(text, sentence_of))
    found.extend(lower_case_facts(text, sentence_of, spelled=spelled))
    found.extend(makers_facts(text, sentence_of))
    return found


#: Room kept after a fact's start in a cut sentence, so the words that say it stay in.
SAID_WORDS = 40


def sentence_of(text, position, width=160):
    """The sentence around `position`, for the editor to see where a fact came from."""
    start = text.rfind(". ", 0, position)
    start = 0 if start == -1 else start + 2
    end = text.find(". ", position)
    end = len(text) if end == -1 else end + 1
    sentence = text[start:end].strip()
    if len(sentence) <= width:
        return sentence
    if position - start < width - SAID_WORDS:
        return sentence[: width - 1] + "…"
    # A long sentence whose fact comes late: its opening (which may name the film) and the
    # part that says the fact, which a cut at the width would lose.
    head = sentence[: width // 3].rsplit(" ", 1)[0]
    room = width - len(head) - 3
    middle = text.rfind(" ", start, position - room // 3) + 1 or position - room // 3
    return f"{head} …{text[middle : middle + room].strip()}…"


class ProseMixin:
    """The `Extractor` step that fills blank film facts from what the sentences say."""

    def facts_in_text(self):
        review, film = self.review, self.review.film
        spelled = self.people_named([])  # for names a log writes in lower case
        texts = [
            without_other_films(part, film.title)
            for tag, text, _ in self.blocks
            if tag not in ("h2", "h3") or CREDIT_LINE.match(text)
            for part in ([text] if isinstance(text, str) else text)
        ]
        told = [fact for part in texts for fact in prose_facts(part, spelled=spelled)]
        told = named_one_way(told, "\n".join(texts))
        told += paired_cast(texts, sentence_of, crew=film.directors + film.writers)
        told += title_makers(texts, film.title, sentence_of, cast=actors_of(film, told))
        told = credited(self.in_full(told), texts)  # "Theo Faron (Clive Owen)" told apart
        review.directors_in_text = unique([f.value for f in told if f.fact == "directors"])
        self.check_directors(
            [f.value for f in told if f.fact == "directors" and not is_co_director(f)]
        )
        blank = {name for name in ("runtime_minutes", "year") if getattr(film, name) is None}
        blank |= {name for name in LIST_FACTS if not getattr(film, name)}
        confirmed = is_confirmed(film.cast, told)
        for text_fact in told:
            if text_fact.fact in ("cast", "character") and self.character_from_text(text_fact):
                continue
            named = confirmed and is_named_part(text_fact)
            if text_fact.fact not in blank and not (named or is_co_director(text_fact)):
                continue
            if not self.is_about_this_film(text_fact):
                continue
            self.take_from_text(text_fact)
            if text_fact.fact in ("runtime_minutes", "year", "genres"):
                blank.discard(text_fact.fact)  # the first sentence that says it
        if review.read_from_text:
            self.warn(
                "Read from the review's sentences, please confirm: "
                + "; ".join(review.read_from_text)
                + "."
            )

    def in_full(self, told):
        """`told` with each person a sentence names by surname alone named in full, and
        without those the post never names in full ("Oslo", "Howard": no one's surname)
        or parts named as the film is."""
        known, title = self.people_named(told), name_key(self.review.film.title)
        film = self.review.film
        kept = []
        for text_fact in told:
            value = text_fact.value
            if isinstance(value, CastMember) and is_film_and_maker(value, title, text_fact):
                continue
            if isinstance(value, CastMember) and " " not in value.name:  # "Farhan (Madhavan)"
                if not (actor := credited_actor(value.name, self.review.film.cast)):
                    continue
                value = CastMember(actor, value.character)
                text_fact = TextFact(text_fact.fact, value, text_fact.sentence)
            elif isinstance(value, CastMember) and (actor := listed_in_full(value.name, film)):
                value = CastMember(actor, value.character)  # "Tony Leung" is Tony Leung Chiu-wai
                text_fact = TextFact(text_fact.fact, value, text_fact.sentence)
            if isinstance(value, str) and text_fact.fact in PEOPLE and " " not in value:
                word, sentence = value, text_fact.sentence
                value = full_name(word, known) or full_name(word, self.full_names())
                if not (value := value or sibling_name(word, sentence, self.post_text())):
                    continue
                text_fact = TextFact(text_fact.fact, value, text_fact.sentence)
            kept.append(text_fact)
        return kept

    def full_names(self):
        """Every full name the post's paragraphs write ("turned Julia Ducournau into a
        name"), for a surname a credit sentence uses alone ("Ducournau, who wrote it")."""
        texts = [
            part
            for tag, text, _ in self.blocks
            if tag not in ("h2", "h3")
            for part in ([text] if isinstance(text, str) else text)
        ]
        found = {match.group("name") for text in texts for match in FULL_NAME.finditer(text)}
        return {name for name in found if is_name(without_starters(name), strict=True)}

    def post_text(self):
        """The post's paragraphs as one text."""
        return "\n".join(
            part
            for _, text, _ in self.blocks
            for part in ([text] if isinstance(text, str) else text)
        )

    def people_named(self, told):
        """The people the post names in full: its credits, its sentences' credits and names,
        and a headline's "Joachim Trier's …"."""
        film = self.review.film
        named = [name for role in PEOPLE for name in getattr(film, role)]
        named += [member.name for member in film.cast]
        for text_fact in told:
            value = text_fact.value
            named.append(value.name if isinstance(value, CastMember) else value)
        for line in (self.review.title, self.review.standfirst):
            named += POSSESSOR.findall(line or "")
        for _, text, _ in self.blocks:  # "turned Julia Ducournau into a name"
            for part in [text] if isinstance(text, str) else text:
                named += [name for name in IN_FULL.findall(part) if is_name(name, strict=True)]
        characters = {name_key(member.character) for member in film.cast}
        characters |= {
            name_key(fact.value.character) for fact in told if isinstance(fact.value, CastMember)
        }
        return {
            name
            for name in named
            if isinstance(name, str) and " " in name and name_key(name) not in characters
        }

    def take_from_text(self, text_fact):
        film, name, value = self.review.film, text_fact.fact, text_fact.value
        if name in ("runtime_minutes", "year"):
            setattr(film, name, value)
            shown = f"{value} min" if name == "runtime_minutes" else str(value)
        elif name == "genres":
            film.genres.extend(genre for genre in value if genre not in film.genres)
            shown = ", ".join(value)
        else:
            found = getattr(film, name)
            if value in found or (name == "cast" and is_listed(value, found)):
                return
            found.append(value)
            shown = value
            if name == "cast":
                shown = f"{value.name} as {value.character}" if value.character else value.name
        label = FACT_NAMES.get(name, name)
        self.review.read_from_text.append(f"{label} {shown} (“{text_fact.sentence}”)")

    def is_about_this_film(self, text_fact):
        """Whether the sentence a director, year or genre comes from is about this film (it
        names it, or says "the film", "it"): a review mentions other films too."""
        if text_fact.fact in PEOPLE and OWN_WORK.search(text_fact.sentence.casefold()):
            return False  # "This episode is produced by X", "intro music by Y"
        if text_fact.fact not in ("directors", "writers", "year", "genres", "countries"):
            return True  # a crew credit or runtime in a review is nearly always the film's
        sentence, title = text_fact.sentence.casefold(), self.review.film.title.casefold()
        if is_makers_film(text_fact.sentence):  # "Ana Berg's film, written by …, is"
            return True
        return bool(title and title in sentence) or bool(THIS_FILM.search(sentence))

    def character_from_text(self, text_fact):
        """Give a credited actor listed without a character the one a sentence names."""
        member = text_fact.value
        if not member.character:
            return any(
                name_key(known.name) == name_key(member.name) for known in self.review.film.cast
            )
        for known in self.review.film.cast:
            if name_key(known.name) == name_key(member.name) and not known.character:
                known.character = member.character
                self.review.read_from_text.append(
                    f"character {member.character} for {known.name} (“{text_fact.sentence}”)"
                )
                return True
        return False

    def check_directors(self, named):
        credited = {name_key(name) for name in self.review.film.directors}
        if not credited:
            return
        for name in named:
            if name_key(name) not in credited:
                self.warn(
                    f"The text says “Directed by {name}” but the film facts name "
                    f"{', '.join(self.review.film.directors)} as director."
                )


THIS_FILM = re.compile(
    r"\b(?:the|this) (?:film|movie|picture|feature|sequel|documentary|production)\b"
    r"|^(?:it|it's|it’s)\b"
    r"|\bthis (?:[\w-]+ ){1,3}(?:thriller|drama|comedy|western|romance|(?:co-)?production"
    r"|film|movie|feature|documentary|picture)\b"
    r"|\bit (?:is|was|runs|has|feels|plays|opens|ends|premiered|debuted|came out)\b"
    r"|\b(?:directed|wrote|co-wrote|edited|shot|adapted) (?:it|the script|the screenplay)\b"
    r"|\bwho (?:also )?(?:wrote|directed|co-wrote)(?:,| and) (?:directed|wrote|edited)\b"
    r"|\bwho (?:also )?(?:wrote|directed|co-wrote) it\b"
    r"|\bdirects from (?:a|the|his|her|their) (?:[a-z-]+ )?(?:script|screenplay)\b"
    r"|\bdirects (?:it|with|here|[a-z]+ly)\b|\badapts\b"
    r"|\badapted the\b|^(?:written|directed|co-written|produced)(?: and (?:directed|written))? by\b"
    r"|(?:’s|'s) (?:[a-z-]+,? ){0,3}(?:script|screenplay|direction)\b(?! (?:for|of|in)\b)"
    r"|^the (?:screenplay|script)\b"
    r"|(?:’s|'s) (?:new )?(?:film|movie), which (?:he|she|they) (?:also )?(?:wrote|directed)\b"
    #: A post's own facts after a label: "**The basics:** directed by X, …".
    r"|^[^.:]{1,80}:\W*(?:written|directed|co-written)(?: and (?:directed|written))? by\b"
    r"|^(?:writer[- /])?director [^.;]{1,60}? (?:tells|keeps|builds|stages|lets|gives|frames"
    r"|fills|shoots|paces|holds|handles)\b"
    r"|^(?:screenplay|script|story) by\b|^\W*based on (?:the|a|an) \w+\b"
    r"|\bcredited (?:on|with) the (?:screenplay|script)\b(?! (?:of|for|to)\b)"
    r"|\bwho (?:also |both )?wrote (?:it|the (?:script|screenplay|story)) as well as directing\b"
    #: "Dhont and his co-writer Angelo Tijssens lean on …", never "… made Old Harbour in 2001".
    r"|\band (?:(?:his|her|their) )?co-?(?:writer|screenwriter)\b"
    r"(?![^.;]*\b(?:(?:19|20)\d\d|wrote|made|directed|co-wrote)\b)"
)
#: The post's own work, whose crew is not the film's: "this episode is produced by X",
#: "our newsletter is edited by Y", "intro music by Z", "music by Z for the show".
SHOW = r"(?:episode|podcast|show|newsletter|zine|blog|site|stream|broadcast|video|channel)"
OWN_WORK = re.compile(
    rf"\b(?:this|our|the|this\s+week's|this\s+week’s)\s+{SHOW}(?![\w-])|\bour\s+(?:theme\s+)?music\b"
    rf"|\b(?:intro|outro|episode|podcast|show)\s+music\b|\bfor\s+(?:the|our|this)\s+{SHOW}(?![\w-])"
)
#: A line under the title that reads as a heading but is a credit line: "Director of
#: photography X, music by Y, edited by Z".
CREDIT_LINE = re.compile(
    r"(?:(?:written|directed|produced|edited|shot)(?:\s+and\s+\w+)?\s+by|(?:music|score)\s+by"
    r"|director\s+of\s+photography|cinematographer)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
#: Two or three capitalised words, mid-sentence: a person written in full.
FULL_NAME = re.compile(rf"(?<=[a-z,]\s)(?P<name>{CAP}[\w'’-]+(?:\s+{CAP}[\w'’-]+){{1,2}})\b")
PEOPLE = ("directors", "writers", "composers", "cinematographers", "editors", "producers")
#: A person a headline names as the maker: "Joachim Trier's The Worst Person in the World".
#: A name written in full in a sentence: two or three capitalised words.
IN_FULL = re.compile(
    rf"(?<![\w'’-])({CAP}[\w-]+(?:\s+(?:{NAME_PARTICLE}\s+)?{CAP}[\w-]+){{1,2}})\b"
)
POSSESSOR = re.compile(r"\b((?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){1,2})(?:’s|'s)\s")
LIST_FACTS = ("directors", "writers", "composers", "cinematographers", "editors", "producers")
LIST_FACTS += ("cast", "genres", "studios", "countries")
FACT_NAMES = {
    "directors": "director",
    "writers": "writer",
    "composers": "music",
    "cinematographers": "cinematography",
    "editors": "editing",
    "producers": "producer",
    "cast": "cast",
    "genres": "genre",
    "studios": "studio",
    "countries": "country",
    "runtime_minutes": "runtime",
    "year": "year",
}


def is_confirmed(cast, told):
    """Whether the sentences name an actor of the post's cast list, so that the list is this
    film's and a part they add belongs beside it (a facts strip may carry another film's)."""
    listed = {name_key(member.name) for member in cast}
    return any(
        fact.fact in ("cast", "character") and name_key(fact.value.name) in listed for fact in told
    )


def is_named_part(text_fact):
    """Whether a sentence credits an actor with a named part ("X plays Y"): a post's
    "Starring" line names the leads, its sentences the rest of the cast."""
    return text_fact.fact == "cast" and bool(text_fact.value.character)


def is_film_and_maker(member, title, text_fact):
    """Whether a part "Y (X)" or "X's Y" is the film and its maker: "Night Ferry (Tomas
    Ek)", "Tomas Ek's Night Ferry"."""
    named = title and name_key(member.character) == title
    sentence = text_fact.sentence
    return bool(named) and any(f"{a}{member.name}{b}" in sentence for a, b in MAKER_WRITINGS)


MAKER_WRITINGS = (("(", ""), ("", "'s"), ("", "’s"))


def listed_in_full(name, film):
    """The one listed actor whose name starts with the whole of `name` ("Tony Leung" for
    "Tony Leung Chiu-wai"), "" when none, several, or `name` itself is listed."""
    names = {member.name for member in film.cast}
    longer = {listed for listed in names if listed.startswith(f"{name} ")}
    return longer.pop() if len(longer) == 1 and name not in names else ""


def is_listed(member, cast):
    """Whether the actor of `member` is in `cast` already, under any character."""
    return any(name_key(known.name) == name_key(member.name) for known in cast)


def unique(names):
    seen, kept = set(), []
    for name in names:
        if name_key(name) not in seen:
            seen.add(name_key(name))
            kept.append(name)
    return kept
