# ruff: noqa: RUF001  (word lists read as prose; primes and quotes in patterns)
"""The film facts a post lists: "Label: value" lines, bullets, one-line strips, table rows,
and the bullets under a "Cast" heading ("Name as Character", "Character: Name")."""

import re

from django_countries import countries

from imports.companies import is_person, producers_apart, producing_companies, team_members
from imports.country_year_labels import country_year_written_out
from imports.extracted import TitleSource
from imports.fact_labels import (
    BARE_LABEL,
    LABEL_FACTS,
    FactLabelsMixin,
    bilingual,
    by_author,
    clause_after_value,
    labels_in,
    sentence_after_value,
    source_title_dropped,
)
from imports.furniture import DATE
from imports.names import (
    NOT_A_NAME,
    cast_member,
    cast_members,
    character_first,
    genres,
    is_name,
    names_apart,
    one_language,
    people,
    until_a_clause,
)
from imports.patterns import (
    BULLET,
    COUNTRY_ENDONYMS,
    FACT_LABEL,
    FACT_OF_LABEL,
    GLUED_FACT_LABEL,
    QUOTE,
    RATING_NUMBER,
    SCORE,
    SENTENCE_BREAK,
    SENTENCE_END,
    STRIP_COUNTRY_ALIASES,
    YEAR,
    YEAR_IN_BRACKETS,
    fact_of_label,
    one_label,
)
from imports.rating_forms import GLYPH_RUN
from imports.structured_front import FrontMatterFactsMixin
from imports.title_shapes import furniture_shape
from imports.values import TABLE_HEADERS, release_date, runtime, split_values

#: Countries as strips write them: django-countries' names, aliases and endonyms.
COUNTRY_NAMES = (
    frozenset(name.casefold() for _, name in countries)
    | STRIP_COUNTRY_ALIASES
    | set(COUNTRY_ENDONYMS)
)
#: The roles whose values are lists of people, by the FilmFacts field they fill.
PEOPLE_FACTS = ("directors", "writers", "cinematographers", "composers", "editors", "producers")
STUDIO_MAX_WORDS, COUNTRY_WORDS, TRAILING_WORDS = 6, 4, 8
OTHER_TITLE = re.compile(r"\s*\([^()]{2,60}\)\s*$")
DATE_VALUE = re.compile(rf"\s*(?:{DATE}|(?:19|20)\d\d)(?:\s*\([^)]*\))?", re.IGNORECASE)
RATED = re.compile(
    r"^(?:rated|mpaa rating|certificate|cert\.?|fsk|bbfc)\s+(\S+)(?:\s+for\b.{0,120})?\.?$", re.I
)
RUNTIME_ALONE = re.compile(
    r"^(?:\d+\s*(?:h|hrs?|hours?)\.?,?\s*(?:and\s+)?)?\d+\s*(?:m|mins?|minutes?)\.?$"
    r"|^\d+\s*(?:h|hrs?|hours?)\.?$|^\d{2,3}\s*['′’]$"  # "94'": minutes
    r"|^\d\s*h\s*[0-5]\d$",  # "1h52", as French and German credits write it
    re.IGNORECASE,
)
#: The links a film log prints after the runtime: "122 mins   More at IMDb  TMDb".
SITE_LINKS = re.compile(r"\s+(?:more\s+(?:at|on)\s+)?(?:(?:imdb|tmdb|letterboxd)\b\s*)+$", re.I)
CERTIFICATE = re.compile(  # the longest first: "PG-13" before "PG"
    r"^(?:TV-(?:Y7|Y|G|PG|14|MA)|PG-13|NC-17|U/A|UA|R18|12A|PG|NR|G|R|U|A|S"
    r"|[0-9]{1,2}\+?)(?![\w/-])",
    re.IGNORECASE,
)


class FactsMixin(FactLabelsMixin, FrontMatterFactsMixin):
    """The `Extractor` methods that read the film facts into `self.review.film`."""

    def facts(self, line):
        """Read a line of "Label: value" facts; False when it is not one. A newsletter's
        facts box is often quoted ("> - **Runtime:** 2h"): read inside the quote too."""
        if (quoted := QUOTE.match(line)) and BULLET.match(quoted.group("text")):
            line = quoted.group("text")  # "> - **Runtime:** 2h"
        start = BULLET.match(line)
        text = self.plain_label(start.group("text") if start else line)  # "UK distributor"
        text = country_year_written_out(text, COUNTRY_NAMES)  # "Country / year: France, 1998"
        text = GLUED_FACT_LABEL.sub(" ", one_label(text))  # "…VazWriter:"; "Regie / Kamera /"
        matches = labels_in(text)
        if not matches or matches[0].start() != 0:
            if (
                self.compound_facts(text, starts=starts)
                or self.other_label(text)
                or self.distributor_from(text, is_person=is_person)
            ):
                return True  # "Written, directed, shot by X"; "Language: Korean"
            if not (bare := BARE_LABEL.match(text)):  # "Writer Ana Lind, Bo Ek"
                if self.in_cast_section and is_header_row(text):
                    return True  # "Role: Name" heads the cast's table
                return self.in_cast_section and self.cast_bullet(text, strict=not start)
            matches = [bare, *(match for match in matches if match.start() >= bare.end())]
        if SCORE.fullmatch(text.strip()) or RATING_NUMBER.match(text[matches[0].end() :].strip()):
            return False  # "Screenplay: 8/10" is a score, not a writer
        parts = []
        for match, following in zip(matches, [*matches[1:], None], strict=True):
            end = following.start() if following else len(text)
            parts.append((LABEL_FACTS[match.group("label").lower()], text[match.end() : end]))
        rest = clause = ""
        if text[matches[0].end() - 1] == ":" or self.starts_a_line_of_its_own(text):
            rest = sentence_after_value(parts, starts=starts)  # "Director: X. She shot it…"
            clause = clause_after_value(parts, starts=starts)  # "X, who also…": not a name
        if clause:
            self.review.left_out_values.append(f"{parts[-1][0]}: {clause}")
        if text[matches[0].end() - 1] != ":" and not all(starts(*part) for part in parts):
            return False  # "Directed by Ana Lind, the film…" is a sentence, not a label
        if len(parts) == 1 and parts[0][0] in PEOPLE_FACTS and is_prose(parts[0][1]):
            return False  # "STORY: Ten years after they graduated, …": the synopsis
        if rest := rest or self.trailing_text(parts):
            self.paragraph(rest, starts_block=True)  # the post's text, run into the facts
        for name, value in parts:
            self.fact(name, value)
        if parts == [("cast", "")] or [(n, v.strip()) for n, v in parts] == [("cast", "")]:
            self.in_cast_section = True  # "Cast:" alone: the cast follows, a line each
        return True

    def starts_a_line_of_its_own(self, text):
        """Whether `text`, a label without a colon, opens a line of its own ("Edited by
        X, who…") rather than going on with a wrapped sentence ("…the soundtrack / with
        Y, which suits…")."""
        return text[:1].isupper() and (
            self.block_start
            or not self.previous_line
            or bool(SENTENCE_END.search(self.previous_line))
        )

    @staticmethod
    def trailing_text(parts):
        """The text after a strip's last date ("Release Date: May 1, 2023 THE FILM opens…"),
        taken off `parts` and returned; "" when the last value is only a value."""
        name, value = parts[-1]
        if name != "release" or len(value.split()) <= TRAILING_WORDS:
            return ""
        match = DATE_VALUE.match(value)
        if not match:
            return ""
        parts[-1] = (name, match.group(0))
        return value[match.end() :].strip()

    def fact(self, name, value):
        film = self.review.film
        value = value.strip().strip("|/·•;,").strip()  # "Director: X / Writer: Y"
        if not value:
            return
        if name == "film":  # "Film: Title (2025)" names the film the headline may not
            self.film_fact(value)
        elif name == "genres":
            written = split_values(value, slash=True)
            if "/" in value:  # "Commedia / Comedy": one genre in two languages
                written = one_language(written)
            self.add_values(film.genres, genres(written), value, name)
        elif name == "countries":  # "Origin: a true story" names no country
            found = [  # "France Germany": a page's columns run together
                run
                for part in split_values(value, slash=True)
                for run in country_run(part)
                if is_country_like(run)
            ]
            self.add_values(film.countries, found, value, name)
        elif name == "writers_directors":  # "Written and directed by X"
            self.fact("writers", value)
            self.fact("directors", value)
        elif name in PEOPLE_FACTS:
            value = team_members(value, split_values)  # "The Wachowskis (Lana W., Lilly W.)"
            values = self.other_facts_among(split_values(value))  # "Dir: X, 2025, US, 125m"
            if name == "producers":  # "Produced by A24 and AGBO": companies are studios
                values, companies = producers_apart(values)
                self.fact("studios", ", ".join(companies))
                value = ", ".join(values)  # (what is left to read as people)
            if name == "writers":  # "X and Y (based on the novel by Z)": X, Y and Z
                value = source_title_dropped(value)  # "Lanterns, a novel by Z": Z
                values = split_values(re.sub(r"\s*\(([^)]*)\)", r", \1", value))
                values = [by_author(part) for part in values]
            found, refused = names_apart(people(until_a_clause(values)), " ".join(self.lines))
            for run in refused:
                self.warn(f"“{run}” may be two names run together; not taken as a person.")
            self.add_values(getattr(film, name), found, value, name)
        elif name in ("studios", "makers"):  # "Made by": companies only
            self.studio_values(value, only_companies=name == "makers")
        elif name == "cast":
            values = split_values(value)
            # "Louise Banks: Amy Adams" under a "Cast" label: the character first
            members = [character_first(v) for v in values if ":" in v] or cast_members(values)
            members = [member for member in members if member is not None]
            for member in members:
                self.add_cast(member)
            self.add_values([], members, value, name)
        else:
            self.dated_fact(name, value)

    def film_fact(self, value):
        """ "Film: Title (2025)"; "Film: ★★★★" in a DVD review is the film's rating."""
        film = self.review.film
        if GLYPH_RUN.match(value) or RATING_NUMBER.match(value):
            self.rating(value, as_written=f"Film: {value}")
            return
        if furniture_shape(value) or re.fullmatch(r"\d|10", value):  # "Movie: 4.5", a disc's
            return  # score row over "Video: 4", never the film's name
        if match := YEAR_IN_BRACKETS.search(value):
            film.year = int(match.group(1))
            value = value[: match.start()].strip()
        film.title = OTHER_TITLE.sub("", value) or value  # "365 Days (365 dni)"
        self.review.title_source = TitleSource.LABEL

    def add_values(self, found_so_far, found, value, name):
        """Add `found` (read from `value`), saying so when some of `value` was not usable."""
        found_so_far.extend(item for item in found if item not in found_so_far)
        if len(found) < len(split_values(value, slash=name == "genres")):
            self.review.left_out_values.append(f"{name}: {value}")

    def dated_fact(self, name, value):
        film = self.review.film
        if name == "runtime":
            film.runtime_minutes = runtime(value)
            if film.runtime_minutes is None:
                self.warn(f"Runtime “{value}” not understood; left blank.")
        elif name == "release":
            film.release_date = film.release_date or release_date(value)
            if match := YEAR.search(value):
                film.year = int(match.group(1))
            self.released_through(value)  # "1993, by Columbia Pictures"
        elif name == "certificate" and (match := CERTIFICATE.match(value)):
            film.certificate = match.group(0).upper()

    def fact_alone(self, line):
        """A fact a line states with no label: "Rated R for violence", "118 minutes", a
        studio's release (`release_line`), a closing line of facts (`footer_line`)."""
        film = self.review.film
        if (match := RATED.match(line)) and (certificate := CERTIFICATE.match(match.group(1))):
            film.certificate = film.certificate or certificate.group(0).upper()
            return True
        if RUNTIME_ALONE.match(alone := SITE_LINKS.sub("", line)) and film.runtime_minutes is None:
            film.runtime_minutes = runtime(alone)
            return film.runtime_minutes is not None
        return self.release_line(line) or self.footer_line(line)  # "A Neon release."

    def label_block(self, line):
        """A label alone on its line ("Directed by", "Cast:") with its values on the lines
        under it, as pages copied from an infobox have them; False when none follow."""
        fact = fact_of_label(bilingual(line))
        if fact is None or fact in ("film", "certificate"):
            return False
        values, index, blanks = [], self.position + 1, 0
        while index < len(self.lines) and (len(values) < 1 or fact in LIST_FACTS):
            value = self.lines[index]
            if not value and (values or blanks):
                break
            if value and (fact_of_label(value) or not is_value(fact, value) or is_labelled(value)):
                break  # "Production" over "Directed by: X": a group's heading, no label
            blanks += not value
            values += [value] if value else []
            index += 1
        if not values:
            return False
        if fact == "cast" and self.cast_lines(values, heading=line):
            values = []  # "Mara - Ines Vaz" a line each: the run says the order
        for value in values:
            self.fact(fact, value)
        self.skip_to = index
        return True

    def trailing_fact(self, line):
        """`line` less a last sentence that is a labelled value ("… in 2020. Running time:
        2 hours."), which is read as the fact; `line` itself when it has none."""
        line = self.runtime_sentence(line)  # "… Runtime is 104 minutes. …"
        *sentences, last = SENTENCE_BREAK.split(line)
        label = FACT_LABEL.match(last)
        if not sentences or not label or not label.group(0).rstrip().endswith(":"):
            return line
        fact, value = FACT_OF_LABEL[label.group("label").casefold()], last[label.end() :]
        value = value.strip().rstrip(".")
        if fact not in ("runtime", "countries") or not all(
            is_value(fact, part) and (fact != "countries" or part.casefold() in COUNTRY_NAMES)
            for part in split_values(value)
        ):
            return line
        self.fact(fact, value)
        return " ".join(sentences)

    def cast_bullet(self, text, *, strict=False):
        """A bullet (`strict`: a line) under a "Cast" heading: a cast member however it is
        written."""
        if len(run := split_values(text)) > 1:  # "A, B (Part), C", "A · B"
            return self.cast_run(run)
        member = character_first(text) if ":" in text else cast_member(text)
        if member is None or not is_name(member.name, strict=strict):
            return False
        self.add_cast(member)
        return True

    def add_cast(self, member):
        """Add `member`, or give the character to the same actor listed without one."""
        cast = self.review.film.cast
        for known in cast:
            if known.name == member.name and known.character in ("", member.character):
                known.character = member.character
                return
        cast.append(member)


LIST_FACTS = (*PEOPLE_FACTS, "writers_directors", "cast", "genres", "countries", "studios")


def is_labelled(value):
    """ "Directed by: X": a labelled fact of its own, never a value under another label."""
    return bool((label := FACT_LABEL.match(value)) and label.group(0).rstrip().endswith(":"))


def is_country_like(value):
    """Whether a value under a country label reads as a country: a short capitalised name."""
    return value[:1].isupper() and len(value.split()) <= COUNTRY_WORDS


def is_prose(value):
    """Whether a people label's `value` is a sentence from its first words on (its source
    named, '"Story of Your Life" by Ted Chiang', is a credit)."""
    values = [by_author(part) for part in split_values(value)]
    return bool(values) and not until_a_clause(values)


def country_run(value):
    """ "France Germany", "United Kingdom South Korea": each country apart when the words
    are known countries from first to last; [`value`] otherwise."""
    words, found = value.split(), []
    while words:
        size = next(
            (size for size in (3, 2, 1) if " ".join(words[:size]).casefold() in COUNTRY_NAMES),
            0,
        )
        if not size:
            return [value]
        found.append(" ".join(words[:size]))
        words = words[size:]
    return found


def is_header_row(text):
    """ "Role: Name", "Character: Actor": a credits table's header row, read as a line."""
    first, _, second = text.partition(":")
    headers = {"character", "characters", "actor", "actors", "name", "names", "person", "cast"}
    return first.strip().casefold() in TABLE_HEADERS and second.strip().casefold() in headers


def starts(fact, value):
    """Whether `value`, after a label without a colon ("Directed by X", "Cast - Y"), holds
    only values of `fact`: names that read as names, a runtime, a date."""
    values = [part for part in split_values(value) if not NOT_A_NAME.match(part)]
    if fact == "writers":  # "X & Y, from the novel *Title* by Z"
        values = [by_author(part) for part in values]
    if fact in (*PEOPLE_FACTS, "cast", "writers_directors"):
        companies = producing_companies(values) if fact == "producers" else []
        return bool(values) and all(
            is_name(cast_member(v).name, strict=True) or v in companies for v in values
        )
    if fact == "countries":  # "Country UK", never "Country Joe and the Fish"
        return bool(values) and all(part.casefold() in COUNTRY_NAMES for part in values)
    return bool(values) and all(is_value(fact, part) for part in values)


def is_value(fact, value):
    """Whether `value`, alone on a line under a label, is a value of `fact`."""
    if BULLET.match(value):
        return False  # bullets under a heading: read one by one (`cast_bullet`, `facts`)
    if fact in (*PEOPLE_FACTS, "writers_directors"):  # "Ines Vaz, Tomas Lind and Hana Berg"
        return all(is_name(part) for part in split_values(value))
    if fact == "cast":
        return all(  # "Ines Vaz • Tomas Lind • Rufus"
            is_name(cast_member(part).name) or character_first(part) is not None
            for part in split_values(value)
        )
    if fact == "genres":
        return bool(genres([value])) and len(value.split()) <= GENRE_WORDS
    if fact == "runtime":
        return runtime(value) is not None
    if fact == "release":
        return len(value.split()) <= DATE_WORDS and bool(YEAR.search(value))
    short = len(value.split()) <= STUDIO_MAX_WORDS and value[:1].isupper()
    return short and not value.endswith((".", "!", "?"))


GENRE_WORDS = 3
DATE_WORDS = 5
