# ruff: noqa: SIM905  (word lists read as prose)
"""Whether a credit names a company or a person: "A24", "Greywater Films", "D. V. V.
Danayya for DVV Entertainment" (a producer and the company he produced for)."""

import re

from imports.names import is_name

#: The last word of a company's name: in English, in other languages, a legal form.
COMPANY_WORDS = frozenset(
    (
        "pictures films studios studio entertainment productions production media releasing"
        " distribution features company inc ltd llc animation animations filmworks content"
        " filmes filmoj filmproduktion produktion producciones produzioni cinéma"
        " corp corporation gmbh srl s.a sa bv plc limited"
        " oy oyj ab ag aps nv sarl s.a.r.l spa s.p.a s.r.l kft"  # Nordic, German, Latin forms
    ).split()
)

#: Studios and distributors whose names carry no company word ("a Universal picture", "An
#: A24 film", "109 minutes · USA · Bleecker Street"): the majors and the best-known
#: independents, as critics name them. Streaming services are left out: "now on Netflix"
#: says where the film streams, not who made it.
KNOWN_STUDIOS = (
    "Universal", "Paramount", "Warner Bros.", "Warner Bros", "Columbia", "20th Century Fox",
    "Twentieth Century Fox", "20th Century Studios", "Fox Searchlight", "Searchlight", "MGM",
    "United Artists", "TriStar", "Orion", "Miramax", "New Line Cinema", "DreamWorks", "Pixar",
    "Disney", "Walt Disney", "Touchstone", "Lionsgate", "Neon", "A24", "Bleecker Street",
    "Annapurna", "Blumhouse", "Amblin", "Lucasfilm", "Legendary", "Summit", "Magnolia",
    "Janus", "Toho", "Toei", "Shochiku", "Nikkatsu", "Gaumont", "Pathé", "StudioCanal",
    "Curzon", "Ealing", "Hammer", "Working Title", "Aardman", "Laika", "Studio Ghibli",
    "Roadside Attractions", "IFC", "Zentropa", "Wild Bunch", "MK2",
)  # fmt: skip
KNOWN_STUDIO_KEYS = frozenset(name.casefold() for name in KNOWN_STUDIOS)
#: The known studios as a pattern, the longest first ("20th Century Fox" before "Fox").
KNOWN_STUDIO = "|".join(re.escape(name) for name in sorted(KNOWN_STUDIOS, key=len, reverse=True))


def is_known_studio(value):
    """Whether `value` is one of the `KNOWN_STUDIOS`, however capitalised."""
    return value.strip().casefold() in KNOWN_STUDIO_KEYS


def is_company(value):
    """Whether a producer reads as a company: "A24", "AGBO", "Greywater Films"."""
    words = value.split()
    return bool(words) and (
        any(char.isdigit() for char in value)
        or (value.isupper() and len(value) <= 6)
        or words[-1].casefold().strip(".") in COMPANY_WORDS
    )


def is_person(value):
    """Whether `value` reads as a person's name rather than a company's."""
    return is_name(value, strict=True) and not is_company(value)


#: "D. V. V. Danayya for DVV Entertainment": a producer and the company he produced for.
FOR_COMPANY = re.compile(r"^(?P<name>.+?)\s+for\s+(?P<company>.+)$")


def for_company(value):
    """`value` as [producer, company] when it is "Name for Company", else [`value`]."""
    match = FOR_COMPANY.match(value)
    if match and is_company(match.group("company")) and is_name(match.group("name")):
        return [match.group("name"), match.group("company")]
    return [value]


#: "Ines Vaz (El Deseo)" under a producers' label: the producer and the company she
#: produced for; never a remark ("(executive)") or a guild's letters ("(PGA)", "(p.g.a.)").
BRACKETED_COMPANY = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<company>[A-Z][^()]{1,60})\)$")
GUILD_LETTERS = re.compile(r"^(?:[A-Z]\.?){2,5}$")


def producers_apart(values):
    """`values` of a producers' label as (the parts to read as people, the companies):
    "A24 and AGBO", "X for DVV Entertainment", "Ines Vaz (El Deseo)"."""
    parts, bracketed, partners = [], [], None
    for value in values:
        match = BRACKETED_COMPANY.match(value.strip())
        if match and is_name(match["name"]):
            parts.append(match["name"])  # "(PGA)": the producer alone
            if not GUILD_LETTERS.match(match["company"]):
                bracketed.extend(part.strip() for part in match["company"].split(","))
        else:  # "A, with B and C": the partners of the first
            partners = partners or PARTNERS.match(value.strip())
            parts.extend(for_company(PARTNERS.sub("", value.strip())))
    found = producing_companies(parts, partners=bool(partners))
    companies = bracketed + [c for c in found if c not in bracketed]
    return [part for part in parts if part not in companies], companies


#: "Cartoon Saloon, with Melusine Productions, …": a producer's partners follow "with".
PARTNERS = re.compile(r"^with\s+(?=[A-Z0-9])")


def producing_companies(values, *, partners=False):
    """The companies among a list of producers: those that read as companies, and, beside
    one, those that do not read as a person's name ("Caviar and Flat 5 Productions"); in a
    list of `partners` that is mostly companies, all of them."""
    if not any(is_company(value) for value in values):
        return []
    companies = [
        value
        for value in values
        if is_company(value) or (value[:1].isupper() and not is_name(value, strict=True))
    ]
    if partners and 2 * len(companies) > len(values):
        # "Cartoon Saloon, with Melusine Productions, Big Farm and Norlum": co-producing
        # companies, those without a company word too
        return [value for value in values if value[:1].isupper()]
    return companies


#: A team credited by its name with its members in brackets: "The Wachowskis (Lana
#: Wachowski, Lilly Wachowski)", "Daniels (Daniel Kwan and Daniel Scheinert)".
TEAM_MEMBERS = re.compile(r"(?P<team>[^()]+?)[\s,]*\((?P<members>[^()]+)\)")


def team_members(value, split):
    """`value` as its team's members when it names a team and them ("The Wachowskis (Lana
    Wachowski, Lilly Wachowski)"); `value` itself otherwise. `split` splits a list."""
    found = TEAM_MEMBERS.fullmatch(value.strip())
    if found is None or is_name(found["team"], strict=True):
        return value  # "Ines Vaz (Mara)": a person and a note
    members = split(found["members"])
    if len(members) >= 2 and all(is_name(member, strict=True) for member in members):
        return found["members"]
    return value
