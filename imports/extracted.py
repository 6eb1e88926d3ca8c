"""What `extract` returns: an `ExtractedReview` and the film facts, cast and FAQ in it."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass
class CastMember:
    name: str
    character: str = ""


class TitleSource:
    """Where the film's title was read (`ExtractedReview.title_source`), for
    `imports.title_strength` to weigh."""

    LABEL = "label"  # "Film: X", "Title: X"
    PAGE_DATA = "page data"  # a saved page's JSON-LD, or its <title> marked as a review's
    HEADLINE = "headline"  # the headline's reading, marked or not
    FRONT_MATTER = "front matter"  # a static site's "title:", standing in for the headline
    TEXT_PHRASE = "text phrase"  # the headline's phrase the text treats as a title
    CREDITS = "credits heading"  # the line heading the film's stars or credits
    QUOTED = "quoted"  # the phrase the text quotes and names again
    OPENING = "opening"  # "*The Film* (2020) follows …" opening the text
    TEXT_NAME = "text name"  # a weak reading's stand-in: a name the document gives plainly once
    GUESS = "guess"  # the phrase the text repeats most: no title line at all


@dataclass
class FilmFacts:
    title: str = ""
    year: int | None = None
    release_date: date | None = None
    runtime_minutes: int | None = None
    genres: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    directors: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    cast: list[CastMember] = field(default_factory=list)
    studios: list[str] = field(default_factory=list)
    cinematographers: list[str] = field(default_factory=list)
    composers: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    producers: list[str] = field(default_factory=list)
    certificate: str = ""  # "PG-13", "15": an age rating, never the review's rating


@dataclass
class TextFact:
    """A fact a sentence of the review states ("directed by X"), for an editor to confirm."""

    fact: str  # the FilmFacts field it fills
    value: object  # a name, a CastMember, minutes, a year or genres
    sentence: str


@dataclass
class FAQ:
    question: str
    answer: str
    is_question_missing: bool = False


@dataclass
class ExtractedReview:
    """Everything a review post says, in the shape of the catalogue, plus what to check."""

    title: str
    film: FilmFacts
    standfirst: str = ""
    kind: str = "review"
    body_html: str = ""
    sections: list[str] = field(default_factory=list)
    scores: list[tuple[str, Decimal]] = field(default_factory=list)
    score_comments: dict[str, str] = field(default_factory=dict)  # by criterion, as written
    rating: Decimal | None = None
    rating_as_written: str = ""
    verdict: str = ""
    faq: list[FAQ] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    directors_in_text: list[str] = field(default_factory=list)
    #: The facts taken from sentences rather than fact lines, described for the editor.
    read_from_text: list[str] = field(default_factory=list)
    #: The facts taken from a saved page's schema.org data or star widget, described.
    read_from_page_data: list[str] = field(default_factory=list)
    #: Info-line people the text contradicts, by fact ("cast": names): not credited.
    set_aside: dict[str, list[str]] = field(default_factory=dict)
    left_out_values: list[str] = field(default_factory=list)  # "cast: and more", not names
    strip_openings: list[str] = field(default_factory=list)  # "**Title** · dir. X": "**Title**"
    text: str = ""
    title_source: str = ""  # where film.title was read: a `TitleSource`
    warnings: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    #: Headings left out because all under them was facts ("THE FILM (2014)" over credits).
    facts_headings: list[str] = field(default_factory=list)
    fingerprint: str = ""
