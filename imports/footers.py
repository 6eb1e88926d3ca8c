"""A film's facts in a line that closes the review, as blogs, newspapers and newsletters
print them: "Runtime 94 min, USA, 2012.", "Moonrise Kingdom (2012), 94 minutes, Focal
Features. Rated PG-13.", "Filed under: Rewatches. Runtime 94 min, USA, 2012.", or a
"Credits" paragraph's "A Separation (Jodaeiye Nader az Simin), Iran, 2011, 123 min".

Such a line describes the reviewed film when the film's title stands beside its facts,
or when it is the review's last line of facts, with none of the text after it. Only the
year, runtime, countries, studios, genres and certificate are read from it (a certificate
is never the rating), and only into a field still empty: the facts above were read first.
"""

import re

from imports.agate import LANGUAGES_SENTENCE, sentences_of
from imports.fact_labels import is_language
from imports.facts import OTHER_TITLE
from imports.patterns import FACT_OF_LABEL
from imports.strips import segment_fact
from imports.studio_labels import release_company
from imports.values import outside_brackets, runtime

PART_SEPARATOR = re.compile(r"\s*(?:,|\s[|·•]\s)\s*")
#: A fact's label without a colon, as footers run it into the value: "Runtime 94 min".
LABELLED = re.compile(
    r"^(?P<label>runtime|run time|running time|length|duration|country|countries|year"
    r"|release|released|release date|studio|distributor|production company|certificate"
    r"|rated|genre|genres)\s*:?\s+(?P<value>\S.*)$",
    re.IGNORECASE,
)
CREDITS_LABEL = re.compile(r"^(?:credits|in brief|at a glance|the facts|info|details)\s*:\s*", re.I)
#: The facts a closing line gives, by how the film holds each: filled only when empty.
HELD = {
    "release": lambda film: film.year,
    "runtime": lambda film: film.runtime_minutes,
    "countries": lambda film: film.countries,
    "studios": lambda film: film.studios,
    "certificate": lambda film: film.certificate,
    "genres": lambda film: film.genres,
}
NOT_KEPT = ("languages", "format")  # read for what they are; a film record has no field
MIN_FACTS = 2
TEXT_BLOCKS = ("p", "ul", "ol", "blockquote")


def closing_part(part):
    """(fact, value) for one part of a closing line's sentence, or None."""
    found = segment_fact(part)
    if found and found[0] in (*HELD, *NOT_KEPT):
        return found
    if (spoken := LANGUAGES_SENTENCE.match(part)) and is_language(spoken["languages"]):
        return ("languages", part)  # "in Persian"
    if company := release_company(part):
        return ("studios", company)  # "A Neon release"
    if labelled := LABELLED.match(part):
        fact, value = FACT_OF_LABEL[labelled["label"].casefold()], labelled["value"]
        found = segment_fact(value)
        if found and found[0] == fact:  # "Country UK", "Year 2012"
            return found
        if fact == "runtime" and runtime(value):  # "Running time 1h48"
            return (fact, value)
    return None


class FooterFactsMixin:
    """The `Extractor` methods that read a closing line of facts."""

    #: (facts, how many blocks the body had after the line, whether it is one of them)
    footer_pending = None

    def closing_sentence(self, sentence):
        """The facts of one sentence of a closing line; None unless every part is one."""
        parts = [part.strip(" *_") for part in outside_brackets(PART_SEPARATOR, sentence)]
        read = [self.title_part(part) or [closing_part(part)] for part in parts if part]
        return [fact for facts in read for fact in facts] if read and all(map(all, read)) else None

    def title_part(self, part):
        """The title's facts: "Moonrise Kingdom", "… (2012)", "A Separation (Jodaeiye
        Nader az Simin)"; None when `part` is not the film's title."""
        title = self.review.film.title
        if not title or not part.casefold().startswith(title.casefold()):
            return None
        if found := self.title_segment(part):  # the title, or its year: "Title (2012)"
            return [("title", part), found] if found[0] == "release" else [found]
        return [("title", part)] if OTHER_TITLE.fullmatch(part[len(title) :]) else None

    def closing_facts(self, text):
        """The facts of `text` when every sentence is facts (and there are enough), with
        whether the film's title is among them; None otherwise."""
        read = [self.closing_sentence(sentence) for sentence in sentences_of(text)]
        if not read or not all(read):
            return None
        facts = [fact for facts in read for fact in facts]
        titled = any(name == "title" for name, _ in facts)
        if not any(name in HELD for name, _ in facts) or len(facts) < MIN_FACTS:
            return None
        return [fact for fact in facts if fact[0] in HELD], titled

    def footer_line(self, line):
        """Read `line` as a closing line of facts; False when it is not one. Without the
        title beside them, its facts wait for the end: the line stays the text's unless
        none of the text follows it."""
        if self.faq_mode:
            return False  # an answer's "USA, 2012." is the answer's
        found = self.closing_facts(CREDITS_LABEL.sub("", line.strip(" *_")))
        if found is None:
            return False
        facts, titled = found
        if titled:
            self.fill_empty(facts)
            return True
        blocks = len(self.blocks)
        self.body_line(line)
        if len(self.blocks) == blocks + 1:  # its own block, taken out if the facts are read
            self.footer_pending = (facts, len(self.blocks), self.blocks[-1])
        return True

    def facts_in_furniture(self, line):
        """ "Filed under: Rewatches. Runtime 94 min, USA, 2012.": the sentences of facts
        in a line dropped as the site's wait for the end, as a closing line's do."""
        found = [self.closing_facts(sentence) for sentence in sentences_of(line)[1:]]
        facts = [fact for facts_titled in found if facts_titled for fact in facts_titled[0]]
        if facts:
            self.footer_pending = (facts, len(self.blocks), None)

    def pending_footer(self):
        """Read the facts of the last closing line when none of the text followed it."""
        if self.footer_pending is None:
            return
        facts, blocks, own_block = self.footer_pending
        if any(tag in TEXT_BLOCKS for tag, *_ in self.blocks[blocks:]):
            return  # the text went on: the line was not the review's last
        if own_block is not None and blocks <= len(self.blocks):
            if self.blocks[blocks - 1] is not own_block:
                return  # the line was joined to another block: the text's
            del self.blocks[blocks - 1]
            if len(self.blocks) == blocks - 1 and self.blocks[-1][0] in ("h2", "h3"):
                self.blocks.pop()  # it headed the facts alone
        self.fill_empty(facts)

    def fill_empty(self, facts):
        """Read `facts` into the fields of the film still empty."""
        film = self.review.film
        empty = {name for name, held in HELD.items() if not held(film)}
        for name, value in facts:
            if name in empty:
                self.fact(name, value)
