"""The countries a sentence says made the film: "It is a Polish, French and British
co-production", "a co-production between Denmark and Sweden".

Only a co-production names its makers' countries; "a French film about an American in
Paris" or "set in Poland" says nothing of who made it. Each country is a `TextFact`
("countries", its English name) for an editor to confirm.
"""

import re

from django_countries import countries

from imports.extracted import TextFact

#: Adjectives critics use for a film's countries, and the country each names.
DEMONYMS = {
    "american": "United States",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "australian": "Australia",
    "austrian": "Austria",
    "belgian": "Belgium",
    "brazilian": "Brazil",
    "british": "United Kingdom",
    "canadian": "Canada",
    "chilean": "Chile",
    "chinese": "China",
    "colombian": "Colombia",
    "czech": "Czechia",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "finnish": "Finland",
    "french": "France",
    "german": "Germany",
    "greek": "Greece",
    "hungarian": "Hungary",
    "icelandic": "Iceland",
    "indian": "India",
    "iranian": "Iran",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "japanese": "Japan",
    "korean": "South Korea",
    "mexican": "Mexico",
    "norwegian": "Norway",
    "polish": "Poland",
    "portuguese": "Portugal",
    "romanian": "Romania",
    "russian": "Russia",
    "spanish": "Spain",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "taiwanese": "Taiwan",
    "thai": "Thailand",
    "turkish": "Turkey",
    "ukrainian": "Ukraine",
}
PLACE = r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"
PLACES = rf"(?P<places>{PLACE}(?:\s*,\s*{PLACE})*,?\s+(?:and|&)\s+{PLACE})"
#: "a French-Belgian co-production": the adjectives joined by hyphens or slashes.
JOINED_PLACES = r"(?P<places>(?-i:[A-Z])[a-z]+(?:[-/\u2013](?-i:[A-Z])[a-z]+)+)"
CO_PRODUCTION = [
    re.compile(rf"\b(?:a|an)\s+{JOINED_PLACES}\s+co-?production\b"),
    re.compile(rf"\b(?:a|an)\s+{PLACES}\s+(?:co-?)?production\b"),
    re.compile(rf"\bco-?production\s+(?:between|of|from)\s+{PLACES}\b"),
]


def country_facts(text, sentence_of):
    """The countries each co-production sentence in `text` names, as "countries" facts."""
    found = []
    for match in (match for pattern in CO_PRODUCTION for match in pattern.finditer(text)):
        places = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("places"))
        if match.re is CO_PRODUCTION[0]:
            places = re.split("[-/\u2013]", match.group("places"))
        countries = [country_named(place) for place in places if place]
        if all(countries):  # "a Hollywood and Bollywood co-production": not countries
            sentence = sentence_of(text, match.start())
            found += [TextFact("countries", country, sentence) for country in countries]
    return found


def country_named(place):
    """The country `place` names, as a country or its adjective, or ""."""
    from imports.catalogue import COUNTRY_ALIASES  # the catalogue loads Django models

    if country := DEMONYMS.get(place.casefold()):
        return country
    known = place.casefold() in COUNTRY_ALIASES or countries.by_name(place)
    return place if known else ""  # never the database: a sentence is read before saving
