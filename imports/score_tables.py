# ruff: noqa: RUF001  (rows use typographic apostrophes)
"""Score tables whose header states the scale: "| Criterion | Out of 10 |" over "| Acting | 8 |".

The rows' bare numbers are given the header's scale ("8" becomes "8/10"), so they read as
any other score; a table whose header states no scale is left as it is, its bare numbers
not guessed. Rows of criteria with bare numbers ("Story: 8" over "Animation: 10") are
given the scale of ten as a "Score" column is (`implied_scale`).
"""

import re

#: A header cell that states a scale: "Out of 10", "Score (/10)", "Rating /5", "Marks (of 100)".
SCALE_HEADER = re.compile(r"(?:\bout\s+of|\bof|/)\s*(?P<scale>100|10|5|4)\)?$", re.IGNORECASE)
BARE_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")
#: A header cell over a column of scores: "Score", "Rating", "Marks", "Points".
SCORE_HEADER = re.compile(r"^(?:score|rating|marks?|points|grade)s?$", re.IGNORECASE)
FIVE, TEN = 5, 10
MIN_ROWS = 3
SEPARATOR_ROW = re.compile(r"^\s*\|[\s|:-]*\|\s*$")


def header_scale(cell):
    """The scale a header cell states ("10" for "Out of 10"), or ""."""
    match = SCALE_HEADER.search(cell.strip())
    return match.group("scale") if match else ""


def cells(line):
    """The cells of a table row ("| a | b |"), or None when `line` is not one."""
    stripped = line.strip()
    if len(stripped) < 2 or not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    return [cell.strip() for cell in stripped[1:-1].split("|")]


#: A criterion's row with a bare number: "Story: 8", "Acting: 7.5".
BARE_ROW = re.compile(r"^(?P<name>[A-Za-z][A-Za-z&'’ /-]{1,30}):\s*(?P<value>\d{1,2}(?:[.,]\d)?)$")
#: A row of the same block that states its scale: "Overall: 4.5 / 5".
SCALED_ROW = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z&'’ /-]{1,30}):\s*(?P<value>\d{1,3}(?:[.,]\d)?)\s*"
    r"(?:/|out\s+of)\s*(?P<scale>100|10|5|4)$",
    re.IGNORECASE,
)
#: What a disc review scores beside the film ("Movie: 4.5", "Video: 4", "Extras: 5").
DISC_CRITERIA = frozenset(
    ("movie", "film", "feature", "video", "picture", "audio", "sound", "extras", "supplements")
)


def scaled_rows(lines):
    """`lines` with the bare numbers of a block of three or more criteria's rows ("Story:
    8", "Animation: 10") given a scale: the one a row of the block states ("Overall: 4.5 /
    5", as disc reviews' score boxes write it), else ten when one is above five and none
    above ten (see `implied_scale`); rows naming anything but criteria are left as they are."""
    from imports.criteria import CRITERION_WORDS  # (criteria reads values, which reads this)

    lines, start = list(lines), 0
    while start < len(lines):
        end = start
        while end < len(lines) and (BARE_ROW.match(lines[end]) or SCALED_ROW.match(lines[end])):
            end += 1
        bare = [at for at in range(start, end) if BARE_ROW.match(lines[at])]
        rows = [
            BARE_ROW.match(lines[at]) or SCALED_ROW.match(lines[at]) for at in range(start, end)
        ]
        names = [set(re.findall(r"[a-z]+", row.group("name").casefold())) for row in rows]
        numbers = [float(BARE_ROW.match(lines[at]).group("value").replace(",", ".")) for at in bare]
        scale = stated_scale(rows)
        if len(bare) >= MIN_ROWS and scale and max(numbers) <= int(scale):
            if all((CRITERION_WORDS | DISC_CRITERIA) & words for words in names):
                for at in bare:
                    lines[at] = f"{lines[at]}/{scale}"
        elif (
            len(bare) == end - start >= MIN_ROWS
            and FIVE < max(numbers) <= TEN
            and all(CRITERION_WORDS & words for words in names)
        ):
            lines[start:end] = [f"{line}/10" for line in lines[start:end]]
        start = end + 1
    return lines


def stated_scale(rows):
    """The one scale the rows of a block that state one agree on ("5"), or ""."""
    scales = {row.group("scale") for row in rows if "scale" in row.groupdict()}
    return scales.pop() if len(scales) == 1 else ""


def scaled_tables(lines):
    """`lines` with the bare numbers of scored tables given their header's scale."""
    table = []  # the rows of the table being read, header first
    for line in scaled_rows(lines):
        if cells(line) is not None:
            table.append(line)
            continue
        yield from scaled_table(table)
        table = []
        yield line
    yield from scaled_table(table)


def scaled_table(rows):
    """The rows of one table (header first), its bare numbers given their column's scale."""
    if not rows:
        return
    header = cells(rows[0])
    body = [cells(row) for row in rows[1:] if not SEPARATOR_ROW.match(row)]
    scales = [
        header_scale(cell) or implied_scale(cell, [row[at] for row in body if len(row) > at])
        for at, cell in enumerate(header)
    ]
    yield rows[0]
    for line in rows[1:]:
        row = cells(line)
        if any(scales) and len(row) == len(scales):
            row = [
                f"{cell}/{scale}" if scale and BARE_NUMBER.match(cell) else cell
                for cell, scale in zip(row, scales, strict=True)
            ]
            line = "| " + " | ".join(row) + " |"
        yield line


def implied_scale(cell, column):
    """ "10" for a "Score" column of three or more bare numbers up to 10, one of them
    above 5 (so no scale of 5 or 4): how score tables that state no scale are written;
    else ""."""
    if not SCORE_HEADER.match(cell.strip()) or len(column) < MIN_ROWS:
        return ""  # one or two numbers could be on any scale
    if not all(BARE_NUMBER.match(value) for value in column):
        return ""
    numbers = [float(value.replace(",", ".")) for value in column]
    return "10" if FIVE < max(numbers) <= TEN else ""
