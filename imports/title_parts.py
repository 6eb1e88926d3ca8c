# ruff: noqa: RUF001, RUF002  (headlines use typographic dashes and quotes; so must this)
"""The part of a headline that names the film, when the text never names the headline's
reading of it, and the film's name spelled as the text spells it.

"The Site | The Film", "ORIGINAL TITLE / The Film": the part the text names as a name.
"Why The Film still matters", "The Film, reviewed", "In The Film, a director …": a
headline that is a phrase, not a name, holds the film as a run of its words the text
names, always with its capitals. "THE FILM review" is "The Film" when the text writes it
so. These functions only read strings; `imports.headline.HeadlineMixin` asks them.
"""

import re
from collections import Counter

from imports.names import is_name
from imports.prose_countries import country_named
from imports.title_evidence import REPEATED, headline_film, is_title_case, is_title_like, mentions
from imports.title_shapes import furniture_shape

#: What parts a headline holding several names: the site's, the original title's.
PART_SEPARATOR = re.compile(r"\s+[–—|/-]\s+")
LONGEST_SPAN_WORDS = 8
EDGE = " ,;:–—|/-‘’“”\"'()[]#*_"
POSSESSIVE = re.compile(r"[’']s?$")
#: The small words inside a name, between its capitalised words: "Dusk to Dawn".
LINKS = "(?-i:of|the|to|in|on|at|for|a|an)"
#: An essay's headline around a film's name: "The Film at 80", "Notes on The Film", "Some
#: Thoughts About The Film", "In Defence of The Film" (a film so named, "Notes on a
#: Scandal", is one the text names whole, and never reaches these).
ESSAY_NAMES = (
    re.compile(r"^(?P<title>\S.*?)\s+(?:at|turns)\s+\d{1,3}$", re.IGNORECASE),
    re.compile(
        r"^(?:(?:(?:some|a\s+few|more|further|final|stray|random)\s+)?"
        r"(?:notes|thoughts|reflections|musings|words|ramblings)\s+(?:on|about)"
        r"|in\s+(?:praise|defen[cs]e)\s+of)\s+(?P<title>\S.*)$",
        re.IGNORECASE,
    ),
)
#: The small words a name may open on, as a noun does: "Your Name.", "All About Eve".
DETERMINERS = frozenset(
    re.findall(
        r"\w+", "a an the my your our his her their its this that these all every one some no"
    )
)


def text_named_part(headline, derived, body):
    """The part of `headline` that names the film the text names, when the text never
    names `derived` (the headline's reading): one of its parts between separators, else
    (when `derived` reads as a phrase, not a name) the run of its words the text names
    most as a name. "" when there is none."""
    if not derived or mentions(body, derived):
        return ""
    parts = [headline_film(part)[0] for part in PART_SEPARATOR.split(headline)]
    parts = [part for part in parts if not furniture_shape(part)]  # "Film Review 4127"
    named = [part for part in parts[1:] if len(parts) > 1 and is_named(body, part, set_apart=True)]
    if len(parts) > 1 and is_named(body, parts[0], set_apart=True):
        named.insert(0, parts[0])
    if named:
        return max(named, key=lambda part: mentions(body, part))
    for essay in (pattern.match(derived) for pattern in ESSAY_NAMES):
        title = essay.group("title").strip(EDGE) if essay else ""
        if (
            is_named(body, title, set_apart=True)
            and not reads_as_person(title, body)
            and not country_named(title)
        ):
            return title  # "The Film at 80", "Notes on The Film", never "Notes on Mira Sol"
    if is_title_case(derived):
        return ""  # "Deep Water: Ace": a name of its own the text may shorten
    return best_span(spans(derived), body, derived)


def spans(text):
    """The runs of `text`'s words that could be a film's name, edges trimmed: never one
    ending a possessive ("Director's")."""
    words = text.split()
    found = []
    for start in range(len(words)):
        for end in range(start + 1, min(start + LONGEST_SPAN_WORDS, len(words)) + 1):
            run = words[start:end]
            if any(POSSESSIVE.search(word.rstrip(EDGE)) for word in run):
                break
            span = " ".join(run).strip(EDGE)
            if span and is_title_like(span.rstrip(".")) and is_name_case(span):
                found.append(span)
                if span.endswith("."):  # "Your Name." or the end of a sentence
                    found.append(span.rstrip("."))
    return found


def is_name_case(span):
    """Whether `span` is in title case, or opens with a small word the rest is in title
    case after ("Your Name."): such a span is checked in the text (`is_named`)."""
    words = span.split()
    return is_title_case(span) or (
        len(words) > 1 and words[0][0].isupper() and is_title_case(" ".join(words[1:]))
    )


def best_span(candidates, body, headline):
    """The candidate the text names most as a name, the longest first, never a person's
    name ("In The Film, Mira Sol turns …") nor a country's; "" when the text names none."""
    people = [span for span in candidates if reads_as_person(span, body)]
    named = [
        span
        for span in candidates
        if span not in people
        and not any(person.endswith(f" {span}") for person in people)  # "Sol" of "Mira Sol"
        and not country_named(span)
        and is_named(body, span, set_apart=opens_name(span) or not headline.startswith(span))
    ]
    return max(named, key=lambda span: (mentions(body, span), len(span)), default="")


def reads_as_person(span, body):
    """Whether `span` reads as a person's name ("Mira Sol", not "Your Name."), one the
    text names once only or also by its last word ("Sol's camera"): "Fight Club" the
    text names twice and never "Club" alone is a film's."""
    if not is_name(span, strict=True) or opens_name(span):
        return False
    count = mentions(body, span)
    return count > 0 and (count < REPEATED or mentions(body, span.split()[-1]) > count)


def opens_name(span):
    """Whether `span` opens on a word a name may open on ("Your Name.", "My Neighbour
    Totoro"), not on one a sentence does ("In", "Why", "When")."""
    return span.split()[0].casefold() in DETERMINERS


def is_named(body, phrase, *, set_apart=False):
    """Whether `body` names `phrase` as a name: with its capitals every time it writes it
    (never "the harbour"), never as someone's ("Mira Sol's new film"), never as a
    nickname in quotes between a person's names. A phrase opening on a small word ("Your
    Name.") is named inside a sentence, or `set_apart` by the headline (in capitals
    inside it, or a part of its own)."""
    if not phrase or not is_title_like(phrase.rstrip(".")):
        return False
    pattern = rf"(?<!\w){re.escape(phrase)}(?!\w)"
    written = re.findall(pattern, body, re.IGNORECASE)
    # A headline in capitals names "THE FILM" as the text's "The Film".
    spelling = written[0] if written and phrase.isupper() else phrase
    if not written or any(
        other != spelling or not is_title_like(other.rstrip(".")) for other in written
    ):
        return False
    after_capital = rf"(?<![\w’'])(?-i:[A-Z])\w*\s+(?:(?:{LINKS})\s+)*{pattern}"
    if len(re.findall(after_capital, body, re.IGNORECASE)) == len(written):
        return False  # "Name" of "Your Name.", "Dawn" of "Dusk to Dawn": a longer name's
    if (
        not set_apart
        and not is_title_case(phrase)
        and not re.search(rf"[^\W\d_][,;]?\s+{pattern}", body)
    ):
        return False  # "Your Name." but never "In Harbour": named inside a sentence
    nickname = rf"[“\"]{re.escape(phrase)}[”\"]\s+(?-i:[A-Z])"
    return not (
        re.search(rf"{pattern}(?:[’']s?\s|\s+(?-i:[A-Z])\w)", body, re.IGNORECASE)
        or re.search(nickname, body)
    )  # someone's, a longer name's start ("Mira" of "Mira Sol"), a nickname


def whole_name(phrase, headline, body):
    """`phrase`, or the longer run of `headline`'s words holding it that the text names as
    often ("Dune" of "Director's Dune: Part Two is …" when the text only writes that)."""
    count = mentions(body, phrase)
    longer = [
        span
        for span in spans(headline)
        if phrase in span and mentions(body, span) == count and is_named(body, span)
    ]
    return max(longer, key=len, default=phrase)


def dashed_whole(title, headline, body):
    """`title` with the subtitle the headline writes after a dash ("Saga: Impossible –
    Fallout Review: …" gives "Saga: Impossible – Fallout"), when the text writes the two
    joined the same way (a site's name after a dash it never does); else `title`."""
    if not title or not (after := re.search(rf"{re.escape(title)}\s+[–—-]\s+(.+)$", headline)):
        return title
    words, found = after.group(1).split(), title
    for end in range(1, min(len(words), LONGEST_SPAN_WORDS) + 1):
        rest = " ".join(words[:end]).rstrip(EDGE)
        pattern = rf"(?<!\w){re.escape(title)}\s+[–—-]\s+{re.escape(rest)}(?!\w)"
        if rest and is_title_like(rest) and re.search(pattern, body):
            found = re.search(pattern, body).group(0)
    return found


def as_the_text_writes(title, body):
    """`title` spelled as the text spells it when the text never writes it as the
    headline does ("THE FILM" is "The Film", "Rrr" from a headline in capitals is "RRR"),
    its spelling most used, capitalised, in capitals only as one word."""
    if not title or re.search(rf"(?<!\w){re.escape(title)}(?!\w)", body):
        return title
    written = re.findall(rf"(?<!\w){re.escape(title)}(?!\w)", body, re.IGNORECASE)
    spellings = Counter(
        spelling
        for spelling in written
        if is_title_like(spelling) and not (spelling.isupper() and " " in spelling)
    )  # "RRR" is the film's own spelling; "SALT ROAD" is a layout's emphasis
    return spellings.most_common(1)[0][0] if spellings else title


#: A title's original in brackets after it in a facts line: "(Aguirre, der Zorn Gottes)".
ORIGINAL_IN_BRACKETS = re.compile(r"\s*\((?P<inside>[^()\d]{2,80})\)$")
#: The rest of a film's whole name after the short one: "Aguirre, the Wrath of God".
NAME_GOES_ON = re.compile(r"^[,:]\s+(?:the\s+)?(?-i:[A-Z])[^()\d,:;]{0,60}$", re.IGNORECASE)


def strip_title(segment, title):
    """(the film's name, its year or None) when a facts line's `segment` names the film
    `title` is: "Title", "Title (2014)", "Title (Original Title)", or its whole name where
    `title` is a short one ("Aguirre, the Wrath of God" for "Aguirre"); else None."""
    if not title or not segment.casefold().startswith(title.casefold()):
        return None
    rest = segment[len(title) :].strip()
    if year := re.fullmatch(r"\((18[89]\d|19\d\d|20\d\d)\)", rest):
        return title, year.group(1)
    rest = ORIGINAL_IN_BRACKETS.sub("", rest)
    if not rest:
        return title, None
    return (f"{title}{rest}", None) if NAME_GOES_ON.match(rest) else None
