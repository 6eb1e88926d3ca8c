"""A co-director a review names in passing joins the credited director.

A facts box often credits only the film's principal director, where the review names the
one who shared the direction: "Co-directed by Ines Vaz, the film …", "with co-director
Ines Vaz", "Tomas Lind, who co-directed with Ines Vaz". The sentence says the credit is
shared, so the name is added to the directors already listed (a plain "directed by X" that
contradicts the box is left to the editor, as before).
"""

import re

from imports.extracted import TextFact
from imports.names import CAP, NAME_PARTICLE, is_name

#: The sentence says the direction was shared.
CO_DIRECTED = re.compile(r"\bco-?direct(?:ed|or|ors|ing)\b", re.IGNORECASE)
#: "co-director Ines Vaz", "co-directed with Ines Vaz": the forms the "directed by"
#: pattern of `imports.prose` does not read.
CO_DIRECTOR = re.compile(
    r"\bco-?director,?\s+|\bco-?directed\s+(?:it\s+|the\s+film\s+)?with\s+", re.IGNORECASE
)
NAME = re.compile(rf"{CAP}[\w'.-]*(?:\s+(?:{CAP}[\w'.-]*|{NAME_PARTICLE})){{1,3}}")


def co_director_facts(text, sentence_of):
    """The co-directors `text` names after "co-director" or "co-directed with"."""
    found = []
    for match in CO_DIRECTOR.finditer(text):
        if (name := NAME.match(text, match.end())) and is_name(
            value := name.group(0).rstrip(".,"), strict=True
        ):
            found.append(TextFact("directors", value, sentence_of(text, match.start())))
    return found


def is_co_director(text_fact) -> bool:
    """Whether `text_fact` names a director its sentence says shared the direction."""
    return text_fact.fact == "directors" and bool(CO_DIRECTED.search(text_fact.sentence))
