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
from imports.names import (
    AFTER_LEADER,
    NAME_WORD,
    PARTICLES,
    cast_member,
    cast_members,
    is_name,
    with_glosses,
)
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
    r"^(?:the\s+)?(?:main\s+|full\s+|principal\s+)?(?:(?:voice\s+)?cast|characters|who[’']s\s+who"
    r"|starring|voices|voice\s+actors)\b",
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


#: A line's inline HTML with its part in italics: "Ines Vaz <em>Mara Holm</em>".
EMPHASIS_LAST = re.compile(r"^(?P<first>[^<>]+?)\s*<em>(?P<other>[^<>]+)</em>$")
LINK = re.compile(r"</?a\b[^>]*>")
#: A plain line of two names, as lists under a cast heading write them: "Mara – Ines Vaz",
#: "Mara: Ines Vaz", "Ines Vaz / Mara", "Mara (Ines Vaz)".
PLAIN_PAIR = re.compile(
    r"^(?P<first>[^()/:–—]+?)(?:\s*[:–—]\s+|\s+/\s+|\s*\()(?P<other>[^()/:–—]+?)\)?$"
)


def emphasis_pair(html):
    """(name, part, "emphasis") for "Ines Vaz <em>Mara Holm</em>", or None; a job in
    italics ("<em>Producer</em>") is a staff list's, never a part."""
    match = EMPHASIS_LAST.match(LINK.sub("", html.strip()))
    if not match:
        return None
    first, other = match.group("first").strip(), match.group("other").strip().rstrip(".")
    if other.casefold() in FACT_OF_LABEL or not (name_shaped(first) and name_shaped(other)):
        return None
    return first, other, "emphasis"


def plain_pair(text):
    """(first, other, "plain") for a line of two names a list under a cast heading writes,
    "Mara – Ines Vaz" or aligned by a dot leader, "Mara ........ Ines Vaz"; which is the
    actor the run decides (`run_members`). A leader's side may be a dual part, "Conor /
    Mac Lir" (one actor in two parts), which is never the actor."""
    if leader := AFTER_LEADER.match(text.strip()):
        first, other = leader.group("name").strip(), leader.group("character").strip()
        shaped = all(name_shaped(side) or dual_part(side) for side in (first, other))
        both_dual = dual_part(first) and dual_part(other)
        return (first, other, "plain") if shaped and not both_dual else None
    match = PLAIN_PAIR.match(text.strip())
    if not match or (text.strip().endswith(")") != ("(" in text)):
        return None
    first, other = match.group("first").strip(), match.group("other").strip()
    if {first.casefold(), other.casefold()} & FACT_OF_LABEL.keys():
        return None  # "Director: Ana Lind"
    return (first, other, "plain") if name_shaped(first) and name_shaped(other) else None


def dual_part(text):
    """Whether `text` is two parts one actor plays, "Conor / Mac Lir": names either side
    of one slash."""
    sides = text.split(" / ")
    return len(sides) == 2 and all(name_shaped(side.strip()) for side in sides)


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
    if form in ("as", "emphasis"):
        return True
    if dual_part(bold) or dual_part(other):
        return not dual_part(bold)  # "Conor / Mac Lir": two parts, one actor
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


def list_members(values, markup, *, heading, credited=frozenset()):
    """The `CastMember`s of a label's lines ("Cast:" then "Mara – Ines Vaz" or "Ines Vaz
    *Mara*" a line each; `markup` has a line's inline HTML) when every line is a pair of
    names and the run shows which side is the actor; else []."""
    pairs = [emphasis_pair(markup.get(value, "")) or plain_pair(value) for value in values]
    if len(pairs) < 2 or None in pairs:
        return []
    return run_members(pairs, heading=heading, credited=credited)


#: A heading of the writer's own words over a cast run is short; the run is three lines.
HEADING_WORDS = 5
RUN_LINES = 3


class BoldCastMixin:
    """The `Extractor` step that reads a run of bold cast lines."""

    def cast_lines(self, values, *, heading):
        """Read a label's lines as pairs of names (`list_members`); False when they are not."""
        credited = {member.name.casefold() for member in self.review.film.cast}
        members = list_members(values, self.markup, heading=heading, credited=credited)
        for member in members:
            self.add_cast(member)
        return bool(members)

    def cast_run(self, values):
        """Read one line's run of cast entries ("A, B (Part), C") if each reads as a name,
        one of them in full; False when they do not."""
        values = with_glosses(values)  # "A as B, the ronin, C": two entries
        members = cast_members(values)
        if len(members) < len(values) or not any(is_name(m.name, strict=True) for m in members):
            return False
        for member in members:
            self.add_cast(member)
        return True

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
            html = self.markup.get(text, "")
            if pair := bold_pair(text, html) or emphasis_pair(html):
                return pair
            return plain_pair(text) if self.in_cast_section else None

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

    def heads_cast_run(self, line):
        """Whether heading `line` ("The living", "Who's who") stands over a run of three or
        more cast lines, "Full Name – Part" or "Full Name as Part", one of whose actors the
        text names elsewhere: a cast list under a heading of the writer's own words."""
        if len(line.split()) > HEADING_WORDS or line.rstrip()[-1:] in ".!?,;":
            return False
        members, end = [], self.position + 1
        for index in range(self.position + 1, len(self.lines)):
            if not (text := self.lines[index]):
                continue  # a list's items may stand a blank line apart
            member = cast_member(bullet["text"] if (bullet := BULLET.match(text)) else text)
            if not (member.character and is_name(member.name, strict=True)):
                break
            members, end = [*members, member], index + 1
        if len(members) < RUN_LINES:
            return False
        pairs = [(member.name, member.character, None) for member in members]
        return self.named_elsewhere(pairs, self.position + 1, end)

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
