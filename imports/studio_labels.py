# ruff: noqa: RUF001, SIM905  (typographic quotes in patterns; word lists read as prose)
"""Who made or releases the film, in the spellings a review's facts give it beside the
plain "Studio:" label: a region before or inside the label ("UK distributor: X",
"Distributed in the US by X", "Distributor (UK): X"), "Made by: X" (a company, never a
person), an aside naming the distributor ("DNA Films (released in the US by Fox
Searchlight Pictures)"), and a line of its own: "A Neon release", "In cinemas from Curzon".
"""

import re

from imports.companies import is_company, is_known_studio, is_person
from imports.facts import COUNTRY_NAMES, STUDIO_MAX_WORDS
from imports.names import ASIDE
from imports.values import split_values

#: Where a distributor releases the film, as labels name it: a country ("UK", "United
#: States"), or the market's own word.
MARKETS = frozenset(("international", "worldwide", "world", "domestic", "north american"))
REGION = r"(?:the\s+)?(?P<region>(?:U\.S\.A?\.?|U\.K\.|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))"
#: "UK distributor: X", "Distributed in the US by X", "Distributor (UK): X".
REGIONAL_LABELS = [
    re.compile(rf"^{REGION}\s+(?=(?i:distribut))"),
    re.compile(rf"^(?i:distributed|released)(?P<cut>\s+(?i:in)\s+{REGION})\s+(?=(?i:by)\b)"),
    re.compile(rf"^(?i:distributor|distribution)(?P<cut>\s*\({REGION}\))(?=\s*[:\s])"),
]
#: "released in the US by X" in brackets after a studio: the distributor, a studio too.
#: A firm named after its founders, "Wiedemann & Berg Filmproduktion": one company, the
#: ampersand before a founder's name and the company's own word, not between two studios.
FOUNDERS = re.compile(
    r"(?<=[a-z]) & (?=[A-Z][\w'-]+ (?:Film\w*|Productions?|Pictures|Entertainment"
    r"|Studios?|Media|Company|Films?)\b)"
)
FIRM_AMPERSAND = "\uff06"  # kept from the separators while the value is split


def founders_kept(value):
    return FOUNDERS.sub(f" {FIRM_AMPERSAND} ", value)


ASIDE_DISTRIBUTOR = re.compile(
    r"\((?:(?:distributed|released)(?:\s+in\s+(?:the\s+)?[\w. ]{2,20}?)?\s+by|via)\s+"
    r"(?P<studio>[A-Z0-9][\w&.'’ -]{1,60}?)\)",
    re.IGNORECASE,
)
#: A company's name as a release line gives it: capitalised words, "A24".
COMPANY_NAME = r"(?P<company>[A-Z0-9][\w&.'’+-]*(?:\s+[A-Z0-9][\w&.'’+-]*){0,4})"
RELEASE_LINES = [
    re.compile(rf"^(?:(?i:an?|the)\s+)?{COMPANY_NAME}\s+(?:release|presentation)\.?$"),
    re.compile(
        r"^(?i:(?:out\s+now|now\s+showing|showing|opening|released|playing)\s+)?(?i:in)\s+"
        rf"(?:[A-Z][\w.]*\s+)?(?i:cinemas|theaters|theatres)\s+(?:(?i:now)\s+)?(?i:from)\s+"
        rf"{COMPANY_NAME}\.?$"
    ),
]
#: What a capitalised word after "from" or before "release" may be instead of a company.
NOT_COMPANIES = frozenset(
    (
        "january february march april may june july august september october november december"
        " jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday"
        " friday saturday sunday today tomorrow tonight christmas easter halloween"
        " thanksgiving spring summer autumn fall winter limited wide digital theatrical"
        " home festival special new"
    ).split()
)
STUDIO_WORDS = 5
#: "Aardman Animations with DreamWorks Animation": two companies made the film together.
WITH_COMPANY = re.compile(r"\s+with\s+(?=[A-Z0-9])")
#: "Released: 1993, by Columbia Pictures": the year, then who released the film.
RELEASED_THROUGH = re.compile(
    r"(?:19|20)\d\d,?\s+(?:by|through|via)\s+(?P<company>[A-Z0-9].{1,60})$"
)

#: The trade papers' credit of the companies, under "Production:": "A Neon release of a
#: Film4, Element Pictures production in association with BFI", "A Netflix presentation
#: of a Tequila Gang production", "An El Deseo production": each company named is a studio.
TRADE_CREDIT = re.compile(
    r"^(?i:an?)\s+(?:(?P<release>[A-Z0-9].{0,80}?)\s+(?i:release|presentation)"
    r"(?:,?\s+(?i:in\s+association\s+with)\s+(?P<partner>.{1,80}?),?)?\s+(?i:of)\s+"
    r"(?i:an?\s+)?)?(?P<production>[A-Z0-9].{0,120}?)\s+(?:production|co-production)"
    r"(?:,?\s+(?i:in\s+(?:association|co-?production)\s+with)\s+(?P<associate>.{1,120}?))?"
    r"[\s.]*$"
)
CREDIT_SEPARATOR = re.compile(r"\s*(?:,|;|\s+and\s+)\s*")


def trade_credit(value):
    """The companies of a trade paper's credit ("A Neon release of a Film4 production")
    joined by commas, or None when `value` is not one."""
    match = TRADE_CREDIT.match(value.strip())
    if not match:
        return None
    companies = [
        company.strip()
        for group in ("release", "partner", "production", "associate")
        if match.group(group)
        for company in CREDIT_SEPARATOR.split(match.group(group))
    ]
    if not all(company[:1].isupper() or company[:1].isdigit() for company in companies):
        return None  # "a fine production" is no company
    return ", ".join(companies)


#: A market's own licence or release, labelled with its region: "US licence: GKIDS", "UK
#: release: Pathé Distribution" (a release's value is a date as often: only companies).
REGIONAL_DISTRIBUTOR = re.compile(
    rf"^{REGION}\s+(?P<label>(?i:licen[cs](?:e|ed|or|ee)|release))\s*:\s*(?P<value>\S.*)$"
)


def regional_distributor(text):
    """The companies a market's licence or release label gives ("US release: IFC Films"),
    or None (a date, "UK release: 12 May 2024", or no region)."""
    match = REGIONAL_DISTRIBUTOR.match(text.strip())
    if not match or not is_region(match.group("region")):
        return None
    value = ASIDE.sub("", match.group("value")).strip(" .")  # "GKIDS (2020 re-release)"
    parts = split_values(value)
    if not parts or any(char.isdigit() for char in value):
        return None
    if match.group("label").casefold() == "release" and not all(
        is_company(part) or is_known_studio(part) for part in parts
    ):
        return None
    return value


def without_region(text):
    """`text` with a distributor label's region taken out ("UK distributor: X" is
    "distributor: X"), so the plain label reads it; `text` itself otherwise."""
    if value := regional_distributor(text):
        return f"Distributor: {value}"
    for pattern in REGIONAL_LABELS:
        if (match := pattern.match(text)) and is_region(match.group("region")):
            cut = match.span("cut") if "cut" in pattern.groupindex else match.span()
            return text[: cut[0]] + text[cut[1] :]
    return text


def is_region(words):
    """Whether `words` name a country or a market ("UK", "the United States", "International")."""
    words = words.casefold().strip(" .")
    return words in COUNTRY_NAMES or words in MARKETS


def aside_distributors(value):
    """The distributors an aside names: "DNA Films (released in the US by Fox)" gives Fox."""
    return [match.group("studio").strip() for match in ASIDE_DISTRIBUTOR.finditer(value)]


def makers(values):
    """The companies among the values of a "Made by" label; a person there is left out,
    as the label does not say which of the film's people they are."""
    return [value for value in values if is_company(value) or not is_person(value)]


def release_company(line):
    """The company a line of its own names as the film's releaser ("A Neon release.",
    "In cinemas from Curzon"), or None."""
    for pattern in RELEASE_LINES:
        if match := pattern.match(line.strip(" *_")):
            company = match.group("company")
            words = company.split()
            if len(words) <= STUDIO_WORDS and is_release_company(company):
                return company
    return None


def is_release_company(company):
    """Whether the capitalised words before "release" or after "from" are a company, not a
    date, a season or a country ("a Christmas release", "in cinemas from Friday")."""
    first = company.split()[0].casefold().strip(".")
    return (
        first not in NOT_COMPANIES
        and not first.isdigit()
        and company.casefold().strip(".") not in COUNTRY_NAMES
        and not is_person(company)
    )


class StudioLabelsMixin:
    """The `Extractor` methods that read studios from the labels and lines above."""

    @staticmethod
    def without_region(text):
        return without_region(text)

    def studio_values(self, value, *, only_companies=False):
        """Add the studios `value` names (`only_companies`: "Made by", where a person is
        not a studio), with the distributors in its asides."""
        value = trade_credit(value) or value
        found = [
            part.replace(FIRM_AMPERSAND, "&")
            for part in split_values(
                founders_kept(WITH_COMPANY.sub(", ", ASIDE.sub("", value))), slash=True
            )  # "A / B", "A with B"
            if len(part.split()) <= STUDIO_MAX_WORDS
            and part[:1].isupper()
            and part.casefold().strip(".") not in COUNTRY_NAMES  # "UK distributor: X"
        ]
        found = found if len(value.split()) <= 2 * STUDIO_MAX_WORDS else []
        if only_companies:
            found = makers(found)
        found += [studio for studio in aside_distributors(value) if studio not in found]
        self.add_values(self.review.film.studios, found, ASIDE.sub("", value), "studios")

    def released_through(self, value):
        """The company a release date's value names after it ("1993, by Columbia
        Pictures"), as a studio; never a person ("2019, by Ines Vaz")."""
        if match := RELEASED_THROUGH.search(value):
            self.studio_values(match.group("company").rstrip(". "), only_companies=True)

    def release_line(self, line):
        """ "A Neon release.", "In cinemas from Curzon": the studio; False otherwise."""
        if (company := release_company(line)) is None:
            return False
        self.fact("studios", company)
        return True
