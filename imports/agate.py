# ruff: noqa: SIM905, RUF001  (word lists read as prose; typographic quotes and dashes)
"""A newspaper review's closing credits paragraph ("agate"), short sentences of facts:
"Rated R. Directed by X. Written by Y, based on the novel by Z. With A, B and C.
Director of photography, D. Running time: 1 hour 58 minutes. A Weinstein Company
release. In English. British-American production."

The paragraph is the film's facts only when nearly every sentence plainly is one, so a
body paragraph that opens "Directed by X, the film…" stays the text (the prose rules
read it). Each sentence is read for the fact it states; what is not one is reported.
"""

import re

from imports.fact_labels import by_author, is_language
from imports.facts import (
    CERTIFICATE,
    RATED,
    RUNTIME_ALONE,
    STUDIO_MAX_WORDS,
    starts,
)
from imports.patterns import FACT_LABEL, FACT_OF_LABEL, SENTENCE_BREAK
from imports.values import runtime

SENTENCE = re.compile(r"(?<=[\w)\"”’])\.\s+(?=[A-Z\"“‘(])|;\s+")
#: A sentence wholly in brackets: "(102 min.)".
BRACKETED = re.compile(r"^\((?P<inner>[^()]+)\)$")
#: A word a sentence break must not follow: an initial ("F."), a title ("Jr.").
ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]|Jr|Sr|Dr|Mr|Mrs|Ms|St|Dir|Co|Bros)$")
RELEASE = re.compile(
    r"^(?:(?i:an?|the)\s+)?(?P<company>(?:[A-Z0-9][\w&.'’-]*\s+){1,6}?)(?:release|presentation)$"
)
LANGUAGES_SENTENCE = re.compile(
    r"^in\s+(?P<languages>[A-Z][\w\s,-]+?)(?:,?\s+with\s+english\s+subtitles)?$", re.I
)
#: "British-American production": the countries, by the adjectives papers use.
DEMONYMS = dict(
    pair.split(":")
    for pair in (
        "american:United States,british:United Kingdom,english:United Kingdom,"
        "scottish:United Kingdom,welsh:United Kingdom,irish:Ireland,french:France,"
        "german:Germany,italian:Italy,spanish:Spain,portuguese:Portugal,dutch:Netherlands,"
        "belgian:Belgium,swiss:Switzerland,austrian:Austria,danish:Denmark,swedish:Sweden,"
        "norwegian:Norway,finnish:Finland,icelandic:Iceland,polish:Poland,czech:Czechia,"
        "hungarian:Hungary,romanian:Romania,greek:Greece,turkish:Turkey,russian:Russia,"
        "ukrainian:Ukraine,canadian:Canada,mexican:Mexico,brazilian:Brazil,"
        "argentine:Argentina,argentinian:Argentina,chilean:Chile,colombian:Colombia,"
        "japanese:Japan,chinese:China,korean:South Korea,south korean:South Korea,"
        "taiwanese:Taiwan,indian:India,iranian:Iran,israeli:Israel,australian:Australia,"
        "new zealand:New Zealand,south african:South Africa,nigerian:Nigeria,"
        "egyptian:Egypt,lebanese:Lebanon,thai:Thailand,filipino:Philippines"
    ).split(",")
)
PRODUCTION = re.compile(
    r"^(?:(?i:an?)\s+)?(?P<countries>[A-Z][a-z]+(?:\s*[-–/]\s*[A-Z][a-z]+)*)\s+(?:co-?)?production$"
)
#: "Produced by X for UFA", "Produced by X and Y for Greywater Films": the producers, and
#: the company they produced the film for.
PRODUCED_FOR = re.compile(
    r"^(?i:produced\s+by)\s+(?P<producers>[A-Z][^.;]{2,80}?)\s+for\s+(?:(?i:the)\s+)?"
    r"(?P<company>[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&|of|de|di|du|y)){0,4})$"
)
CAST_SENTENCE = re.compile(r"^(?i:with|starring|featuring|also with)\s+(?=[A-Z])")
#: "Runtime is 104 minutes." inside a paragraph: a label said as a sentence.
RUNTIME_SENTENCE = re.compile(
    r"^(?:the\s+|its\s+)?(?:runtime|run\s*time|running\s+time)\s*(?:is|:)\s+"
    r"(?:just\s+|about\s+|around\s+|a\s+(?:lean|brisk|long|tight)\s+)?(?P<value>[\w\s]+?)\.?$",
    re.IGNORECASE,
)
#: Shorter than this, a duration is a moment of the film ("the last twenty minutes"),
#: not its length.
FEATURE_MINUTES = 40
MIN_SENTENCES = 3
SENTENCE_WORDS = 30
SECONDARY = ("languages", "studios", "countries", "runtime", "certificate")


def sentences_of(text):
    """The sentences of a credits paragraph, not broken after an initial or a title."""
    pieces = SENTENCE.split(text.strip())
    merged = []
    for piece in pieces:
        if merged and ABBREVIATION.search(merged[-1]):
            merged[-1] = f"{merged[-1]}. {piece}"
        else:
            merged.append(piece)
    pieces = [piece.strip().rstrip(".").strip() for piece in merged if piece.strip(" .")]
    return [
        bracketed["inner"].rstrip(".").strip() if (bracketed := BRACKETED.match(p)) else p
        for p in pieces
    ]


def credit_sentence(sentence):
    """The (fact, value) pairs one sentence of credits states; None when it is not one."""
    if len(sentence.split()) > SENTENCE_WORDS:
        return None
    if (rated := RATED.match(sentence)) and CERTIFICATE.fullmatch(rated.group(1)):
        return [("certificate", rated.group(1))]
    if release := RELEASE.match(sentence):
        return [("studios", release.group("company").strip())]
    if (spoken := LANGUAGES_SENTENCE.match(sentence)) and all(
        is_language(part) for part in re.split(r"\s*(?:,|\band\b)\s*", spoken["languages"])
    ):
        return [("languages", spoken.group("languages"))]
    if production := PRODUCTION.match(sentence):
        names = re.split(r"\s*[-–/]\s*", production.group("countries").casefold())
        if all(name in DEMONYMS for name in names):
            return [("countries", ", ".join(DEMONYMS[name] for name in names))]
        return None
    if RUNTIME_ALONE.match(sentence):
        return [("runtime", sentence)]
    if (stated := RUNTIME_SENTENCE.match(sentence)) and runtime(stated.group("value")):
        return [("runtime", stated.group("value"))]  # "Runtime is 104 minutes"
    if (made := PRODUCED_FOR.match(sentence)) and starts("producers", made["producers"]):
        return [("producers", made.group("producers")), ("studios", made.group("company"))]
    return labelled_sentence(sentence) or listed_facts(sentence)


def listed_facts(sentence):
    """ "An A24 release, 109 minutes": facts in one sentence, a comma between them."""
    parts = [part.strip() for part in sentence.split(",")]
    if len(parts) < 2:  # one part is the sentence itself, read already
        return None
    read = [credit_sentence(part) for part in parts]
    return [pair for pairs in read for pair in pairs] if all(read) else None


def labelled_sentence(sentence):
    """ "Directed by X", "Music, Y", "Running time: 2 hours": the labelled fact, when
    what follows the label is all values of it."""
    label, comma, rest = sentence.partition(",")
    if comma and label.casefold() in FACT_OF_LABEL:  # "Director of photography, X"
        sentence = f"{label}: {rest.strip()}"
    if cast := CAST_SENTENCE.match(sentence):  # "With A, B and C"
        sentence = f"Cast: {sentence[cast.end() :]}"
    match = FACT_LABEL.match(sentence)
    if not match:
        return None
    fact, value = FACT_OF_LABEL[match.group("label").casefold()], sentence[match.end() :]
    value = value.strip()
    if fact == "runtime":
        return [(fact, value)] if runtime(value) else None
    if fact == "studios":
        return [(fact, value)] if len(value.split()) <= STUDIO_MAX_WORDS else None
    checked = value
    if fact in ("writers", "writers_directors"):  # "X, based on the novel by Y"
        checked = ", ".join(by_author(part) for part in re.split(r",\s*", value))
    return [(fact, value)] if starts(fact, checked) else None


class AgateMixin:
    """The `Extractor` methods that read a newspaper's closing credits paragraph, and a
    runtime stated as a sentence of a paragraph."""

    def runtime_sentence(self, line):
        """`line` less a sentence that states the runtime ("Runtime is 104 minutes."),
        which is read as the fact; `line` itself when it has none."""
        sentences = SENTENCE_BREAK.split(line)
        known = self.review.film.runtime_minutes is not None
        for index, sentence in enumerate(sentences):
            match = RUNTIME_SENTENCE.match(sentence)
            minutes = runtime(match.group("value")) if match else None
            if minutes and minutes >= FEATURE_MINUTES and len(sentences) > 1 and not known:
                self.fact("runtime", match.group("value"))
                return " ".join(sentences[:index] + sentences[index + 1 :])
        return line

    def credits_paragraph(self, line):
        """Read `line` as a credits paragraph; False when it is not one. A sentence alone
        ("A Weinstein Company release.") counts only right after other facts."""
        sentences = sentences_of(line)
        read = [credit_sentence(sentence) for sentence in sentences]
        facts = [pair for pairs in read if pairs for pair in pairs]
        if len(sentences) < MIN_SENTENCES:
            # "Director: X. With A, B": a label's line whose every sentence is a fact is
            # read a sentence at a time, so the cast is not taken for more directors.
            whole = len(sentences) > 1 and all(read) and FACT_LABEL.match(line)
            alone = self.previous_kind == "facts" and facts and all(read)
            alone = alone and not FACT_LABEL.match(line)  # a label's line: `facts` reads it
            if not whole and (not alone or not all(fact in SECONDARY for fact, _ in facts)):
                return False
        elif sum(1 for pairs in read if pairs) < len(sentences) - 1:
            return False
        for fact, value in facts:
            if fact != "languages":  # (a film's languages are not kept)
                self.fact(fact, value)
        for sentence, pairs in zip(sentences, read, strict=True):
            if not pairs:
                self.review.left_out_values.append(f"credits: {sentence}")
        return True
