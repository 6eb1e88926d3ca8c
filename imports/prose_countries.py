# ruff: noqa: RUF001  (posts use typographic apostrophes; the patterns must too)
"""The countries a sentence says made the film: "It is a Polish, French and British
co-production", "a co-production between Denmark and Sweden", "It is a French film",
"this South Korean thriller".

Only a co-production, or the reviewed film called by its nations' adjectives, names its
makers' countries; the Americans "a French film" is about, "set in Poland", "in
Japanese" or "a French actor" say nothing of who made it. Each country is a `TextFact`
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
    "czechoslovak": "Czechoslovakia",
    "yugoslav": "Yugoslavia",
    "east german": "East Germany",
    "west german": "Germany",
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
    "south korean": "South Korea",
    "mexican": "Mexico",
    "norwegian": "Norway",
    "polish": "Poland",
    "portuguese": "Portugal",
    "romanian": "Romania",
    "russian": "Russia",
    "soviet": "Soviet Union",
    "spanish": "Spain",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "taiwanese": "Taiwan",
    "thai": "Thailand",
    "turkish": "Turkey",
    "ukrainian": "Ukraine",
    "algerian": "Algeria",
    "egyptian": "Egypt",
    "moroccan": "Morocco",
    "tunisian": "Tunisia",
    "senegalese": "Senegal",
    "nigerian": "Nigeria",
    "south african": "South Africa",
    "lebanese": "Lebanon",
    "palestinian": "Palestine",
    "filipino": "Philippines",
    "indonesian": "Indonesia",
    "vietnamese": "Vietnam",
    "malaysian": "Malaysia",
    "singaporean": "Singapore",
    "pakistani": "Pakistan",
    "cuban": "Cuba",
    "peruvian": "Peru",
    "venezuelan": "Venezuela",
    "uruguayan": "Uruguay",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "bosnian": "Bosnia and Herzegovina",
    "bulgarian": "Bulgaria",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "new zealand": "New Zealand",
    "hong kong": "Hong Kong",
}
PLACE = r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?"
PLACES = rf"(?P<places>{PLACE}(?:\s*,\s*{PLACE})*,?\s+(?:and|&)\s+{PLACE})"
#: "a French-Belgian co-production", "a West German\u2013French co-production": the adjectives
#: joined by hyphens, dashes or slashes, a compass word before one of them.
JOINED_PLACE = r"(?:(?-i:West|East|South|North|New)\s+)?(?-i:[A-Z])[a-z]+"
JOINED_PLACES = rf"(?P<places>{JOINED_PLACE}(?:[-/\u2013]{JOINED_PLACE})+)"
CO_PRODUCTION = [
    re.compile(rf"\b(?:a|an)\s+{JOINED_PLACES}\s+co-?production\b"),
    re.compile(rf"\b(?:a|an)\s+{PLACES}\s+(?:co-?)?production\b"),
    re.compile(rf"\bco-?production\s+(?:between|of|from)\s+{PLACES}\b"),
]


#: A nation's adjective, capitalised: "French", "South Korean".
NATION = "|".join(
    sorted((" ".join(map(str.capitalize, d.split())) for d in DEMONYMS), key=len, reverse=True)
)
NATIONS = rf"(?P<places>(?:{NATION})(?:\s*[-/,]\s*(?:{NATION}))*(?:,?\s+(?:and|&)\s+(?:{NATION}))?)"
#: What the film is, after its nations' adjectives: "a Norwegian film", "this South
#: Korean thriller", "a French-Belgian co-production".
KIND = (
    r"(?:co-?)?production|film|movie|feature|thriller|drama|comedy|documentary|western"
    r"|horror(?:\s+film)?|romance|melodrama|animation"
)
#: The reviewed film said to be of its nations: "(it) is a Norwegian film", "this Korean
#: thriller"; never "a French actor", "in Japanese" or "she loved a Japanese film".
#: "a Danish film critic", "a French film school": a person or a place, not the film.
NOT_THE_FILM = r"(?!\s+(?:critics?|directors?|stars?|actors?|actress|makers?|buffs?|historians?"
NOT_THE_FILM += r"|industry|school|festival|fans?|lovers?|crews?|sets?)\b)"
#: Words between the nations and the film's kind: "a Japanese animated science-fiction
#: film"; never its language ("a Spanish-language film" says what is spoken).
QUALIFIERS = r"(?:(?!language\b|speaking\b)(?-i:[a-z][a-z-]+)\s+){0,3}"
NATIONAL_FILM = [
    re.compile(
        rf"\b(?:is|was|it['’]s)\s+(?:a|an)\s+(?:[a-z]+\s+|(?:18[89]|19\d|20\d)\d\s+)?{NATIONS}\s+"
        rf"{QUALIFIERS}(?:{KIND})\b" + NOT_THE_FILM
    ),
    #: "it came out of South Korea in 2003", "The film was made in Japan": where it is from.
    re.compile(
        r"\b(?:[Ii]t|[Tt]he\s+(?:film|movie))\s+(?:came\s+out\s+of|was\s+made\s+in)\s+"
        rf"(?P<places>{PLACE}(?:\s+(?:and|&)\s+{PLACE})?)"
    ),
    #: "The film is Mexican, runs 154 minutes": the film's nation said of it.
    re.compile(rf"(?:^|(?<=[.!?]\s))(?:It|The\s+(?:film|movie))\s+(?:is|was)\s+{NATIONS}(?=[,.;])"),
    #: "The production … was a British-American one": the nations joined, of the film.
    re.compile(
        r"\b(?:[Tt]he\s+(?:production|film|movie)(?=,|\s+(?:is|was)\b)|[Ii]t\b)[^.;]{0,120}?"
        r"\b(?:is|was)\s+an?\s+"
        rf"(?P<places>(?:{NATION})(?:[-/](?:{NATION}))+)\s+one\b"
    ),
    re.compile(rf"\b(?i:this)\s+{NATIONS}\s+(?:{KIND})\b{NOT_THE_FILM}"),
]


def country_facts(text, sentence_of):
    """The countries each co-production or national film sentence in `text` names, as
    "countries" facts."""
    found = []
    for match in (
        match for pattern in (*CO_PRODUCTION, *NATIONAL_FILM) for match in pattern.finditer(text)
    ):
        places = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("places"))
        if match.re is CO_PRODUCTION[0] or match.re in NATIONAL_FILM:  # "French-Belgian"
            places = [place for part in places for place in re.split("[-/\u2013]", part)]
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
