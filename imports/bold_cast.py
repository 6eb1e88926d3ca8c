# ruff: noqa: RUF001, RUF002, RUF003  (posts use typographic dashes)
"""Cast written as bold names, one a line, as Markdown posts set them: "**Zula** Joanna
Kulig", "**Wiktor** — Tomasz Kot", "- **Joanna Kulig** as Zula", "**Joanna Kulig** (Zula)".

Alone, such a line reads as a heading. A run of them under a cast heading, or two or more
in a row that the post's text bears out (it names one of their actors or characters
elsewhere), is the cast. Which side is the actor is decided by evidence, the same for the
whole run: "as" puts the actor first; a full name beside a single word is the actor; a
name the post already credits is the actor; a heading "Cast (character – actor)" says
the order. A run with no evidence, or evidence both ways, is left alone.
"""

import re

from imports.extracted import CastMember
from imports.names import NAME_WORD, PARTICLES, is_name
from imports.patterns import BULLET, FACT_OF_LABEL

#: A line's inline HTML: a bold part first, then the rest in plain text.
BOLD_FIRST = re.compile(r"^<strong>(?P<bold>[^<>]+)</strong>(?P<rest>[^<>]*)$")
#: What follows the bold part: "as Zula", "(Zula)", "— Zula", ": Zula", " Zula".
REST_FORMS = (
    ("as", re.compile(r"^\s+as\s+(?P<other>.+)$")),
    ("brackets", re.compile(r"^\s*\((?P<other>[^()]+)\)$")),
    ("plain", re.compile(r"^\s*(?:[—–:]|\s-)?\s+(?P<other>.+)$")),
)
#: A heading over a cast: "Cast", "The cast", "Cast (character – actor)", "Who's who".
CAST_WORDS = re.compile(
    r"^(?:the\s+)?(?:main\s+|full\s+|principal\s+)?(?:cast|characters|who[’']s\s+who|starring)\b",
    re.IGNORECASE,
)
PART_WORD = re.compile(r"\b(?:characters?|roles?|parts?)\b", re.IGNORECASE)
ACTOR_WORD = re.compile(r"\b(?:actors?|actress(?:es)?|performers?|played\s+by)\b", re.IGNORECASE)
MAX_WORDS = 4


def bold_pair(text, html):
    """(bold, other, form) for a line written "**A** B", "**A** as B", "**A** (B)", or
    None; both sides must read as names."""
    match = BOLD_FIRST.match(html.strip())
    if not match:
        return None
    bold = match.group("bold").strip().rstrip(":").strip()
    if bold.casefold() in FACT_OF_LABEL or not name_shaped(bold):
        return None  # "**Director:** Ana Lind" is a label
    rest = match.group("rest").rstrip(" .,;")
    for form, pattern in REST_FORMS:
        if (other := pattern.match(rest)) and name_shaped(other.group("other").strip()):
            return bold, other.group("other").strip(), form
    return None


def name_shaped(text):
    """Capitalised name words (particles between), at most four, nothing else."""
    words = text.split()
    if not 0 < len(words) <= MAX_WORDS or not is_name(text):
        return False
    named = words[:1] + [word for word in words[1:] if word not in PARTICLES]
    return all(NAME_WORD.match(word) for word in named)


def bold_first_is_actor(bold, other, form, credited):
    """True when the bold side is the actor, False when it is the character, None when the
    line alone cannot tell."""
    if form == "as":
        return True
    for side, answer in ((bold, True), (other, False)):
        if side.casefold() in credited:
            return answer
    if len(bold.split()) == 1 and is_name(other, strict=True):
        return False
    if len(other.split()) == 1 and is_name(bold, strict=True):
        return True
    return None


def heading_order(heading):
    """From "Cast (character – actor)": whether a line's first name is the actor (True),
    the character (False), or None when the heading does not say."""
    part, actor = PART_WORD.search(heading), ACTOR_WORD.search(heading)
    if not (part and actor):
        return None
    return actor.start() < part.start()


def run_members(pairs, *, heading="", credited=frozenset()):
    """The `CastMember`s of a run of bold lines, or [] when the run's order is unknown or
    contradicted, or a side that must be an actor does not read as a full name."""
    said = {heading_order(heading)} - {None}
    said |= {bold_first_is_actor(*pair, credited) for pair in pairs} - {None}
    if len(said) != 1:
        return []
    bold_is_actor = said.pop()
    members = [
        CastMember(bold, other) if bold_is_actor else CastMember(other, bold)
        for bold, other, _ in pairs
    ]
    actors = {member.name.casefold() for member in members}
    if len(actors) < len(members) or any(
        not is_name(member.name, strict=True) or member.name == member.character
        for member in members
    ):
        return []
    return members


class BoldCastMixin:
    """The `Extractor` step that reads a run of bold cast lines."""

    def bold_cast(self, line):
        """Read the run of bold cast lines `line` belongs to; False when it is none."""
        start, end, pairs = self.bold_run()
        if not pairs:
            return False
        heading = next((text for text in reversed(self.lines[:start]) if text), "")
        under_cast = bool(CAST_WORDS.match(heading))
        if not under_cast and (len(pairs) < 2 or not self.named_elsewhere(pairs, start, end)):
            return False
        film = self.review.film
        crew = {name.casefold() for name in film.directors + film.writers}
        if crew & {side.casefold() for bold, other, _ in pairs for side in (bold, other)}:
            return False  # "**Ida** Paweł Pawlikowski": the director's other films
        credited = {member.name.casefold() for member in film.cast}
        members = run_members(pairs, heading=heading if under_cast else "", credited=credited)
        if not members:
            return False
        for member in members:
            self.add_cast(member)
        self.skip_to = end
        return True

    def bold_run(self):
        """(first index, index past the last, pairs) of the bold lines around the one being
        read (blank lines between them allowed); no pairs when it is not one."""

        def pair_at(index):
            text = self.lines[index]
            text = bullet.group("text") if (bullet := BULLET.match(text)) else text
            return bold_pair(text, self.markup.get(text, ""))

        if not pair_at(self.position):
            return self.position, self.position, []
        start = self.position
        while (before := previous_line(self.lines, start)) is not None and pair_at(before):
            start = before
        pairs, index, end = [], start, start
        while index < len(self.lines):
            if self.lines[index]:
                if not (pair := pair_at(index)):
                    break
                pairs.append(pair)
                end = index + 1
            index += 1
        return start, end, pairs

    def named_elsewhere(self, pairs, start, end):
        """Whether a line outside the run names one of its people: the run is this post's."""
        names = {side for bold, other, _ in pairs for side in (bold, other)}
        text = "\n".join(self.lines[:start] + self.lines[end:])
        return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)


def previous_line(lines, index):
    """The index of the non-blank line before `index`, or None."""
    index -= 1
    while index >= 0 and not lines[index]:
        index -= 1
    return index if index >= 0 else None
