# ruff: noqa: RUF001  (tables use typographic dashes)
"""One label for the film's country and year: "Country / year: France, 1998".

Festival catalogues and blogs' fact tables join the two ("Country / Year", "Country,
year", "Year & country", "Land / Jahr") and give both values in one cell, in either
order. The line is written out as two labelled facts, "Country: France | Year: 1998",
when its value is plainly countries and one year; otherwise it is left as it was.
"""

import re

COUNTRY = r"(?:country|countries|country of origin|origin|production country|land|pays|país)"
YEAR = r"(?:year|release year|jahr|année|año)"
JOINED = re.compile(
    rf"^(?:(?P<country_first>{COUNTRY})\s*(?:/|,|&|\band\b)\s*{YEAR}"
    rf"|{YEAR}\s*(?:/|,|&|\band\b)\s*{COUNTRY})\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
YEAR_VALUE = re.compile(r"^(?:18[89]\d|19\d\d|20\d\d)$")
SEPARATORS = re.compile(r"\s*(?:,|/|·|\||–|-(?=\s))\s*")


def country_year_written_out(line: str, country_names) -> str:
    """ "Country / year: France, 1998" as "Country: France | Year: 1998"; `line` itself
    when it is no such line or its value is not countries (`country_names`, folded) and
    a year."""
    if not (match := JOINED.match(line.strip())):
        return line
    parts = [part for part in SEPARATORS.split(match.group("value").strip(" .")) if part]
    years = [part for part in parts if YEAR_VALUE.match(part)]
    countries = [part for part in parts if part.casefold().strip(".") in country_names]
    if len(years) != 1 or not countries or len(years) + len(countries) != len(parts):
        return line
    return f"Country: {', '.join(countries)} | Year: {years[0]}"
