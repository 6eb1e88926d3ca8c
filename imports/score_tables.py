"""Score tables whose header states the scale: "| Criterion | Out of 10 |" over "| Acting | 8 |".

The rows' bare numbers are given the header's scale ("8" becomes "8/10"), so they read as
any other score; a table whose header states no scale is left as it is, its bare numbers
not guessed.
"""

import re

#: A header cell that states a scale: "Out of 10", "Score (/10)", "Rating /5", "Marks (of 100)".
SCALE_HEADER = re.compile(r"(?:\bout\s+of|\bof|/)\s*(?P<scale>100|10|5|4)\)?$", re.IGNORECASE)
BARE_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")


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


def scaled_tables(lines):
    """`lines` with the bare numbers of scored tables given their header's scale."""
    scales = None  # the scale of each column of the table being read
    for line in lines:
        row = cells(line)
        if row is None:
            scales = None
        elif scales is None:  # a table's first row is its header
            scales = [header_scale(cell) for cell in row]
        elif any(scales) and len(row) == len(scales):
            row = [
                f"{cell}/{scale}" if scale and BARE_NUMBER.match(cell) else cell
                for cell, scale in zip(row, scales, strict=True)
            ]
            line = "| " + " | ".join(row) + " |"
        yield line
