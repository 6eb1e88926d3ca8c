# ruff: noqa: RUF001  (the documents use typographic dashes and quotes)
"""The extractor on the five seed posts and on our own fixture documents (no database)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings

from imports.documents import MISSING_QUESTION, extract, name_key

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "documents"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed documents not found at {SEEDS}")


def seed_text(prefix):
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def seed(prefix):
    return extract(seed_text(prefix))


def source_lines(prefix):
    return [line.strip() for line in seed_text(prefix).splitlines() if line.strip()]


def fixture(name):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


@needs_seeds
def test_seed_000_info_line_scores_rating_and_answer_only_faq():
    review = seed("000")
    film = review.film
    assert review.title == "Ballerina"
    assert (film.title, film.year) == ("Ballerina", None)
    assert film.genres == ["Action", "Thriller"]
    # The info line's people and country are another film's: the text's own sentences are believed.
    assert film.directors == ["Lee Chunghyun"]
    assert [(member.name, member.character) for member in film.cast] == [("Kim Jihoon", "Choi Pro")]
    assert review.set_aside["directors"] == ["Len wisemen"]
    # "Ballerina is a gripping South Korean action thriller": the text's own country.
    assert film.countries == ["South Korea"] and review.set_aside["countries"] == ["United States"]
    assert review.set_aside["cast"][:4] == [
        "Ethan Hawke",
        "Mason Thames",
        "Madeleine McGraw",
        "Demián Bichir",
    ]
    assert len(review.set_aside["cast"]) == 12
    assert review.scores == [
        ("Direction", Decimal(9)),
        ("Performance", Decimal("9.5")),
        ("Cinematography", Decimal(10)),
        ("Sound & Score", Decimal(9)),
        ("Screenplay", Decimal(8)),
        ("Overall Impact", Decimal(9)),
    ]
    assert review.rating == Decimal(9)
    lines = source_lines("000")
    rating_line = next(line for line in lines if line.startswith("Final Rating:"))
    assert review.verdict and rating_line.endswith(review.verdict)  # the rest of the line
    assert "9/10" not in review.verdict
    faq_start = lines.index("Frequently Asked Questions") + 1
    answers = lines[faq_start : lines.index("Similar Posts")]
    assert [entry.answer for entry in review.faq] == answers
    assert len(review.faq) == 5
    assert all(entry.question == MISSING_QUESTION for entry in review.faq)
    assert review.keywords == []
    assert review.directors_in_text == ["Lee Chunghyun"]
    assert any("Not applied: contradicted by the text" in warning for warning in review.warnings)
    assert any("no question" in warning for warning in review.warnings)
    assert any("stars" in warning for warning in review.warnings)  # ★★★★★ is 10, not 9


@needs_seeds
def test_seed_000_drops_site_furniture():
    review = seed("000")
    lines = source_lines("000")
    assert len(review.sections) == 9
    assert all(section in lines for section in review.sections)  # each a line of its own
    assert review.sections[0] == "Storyline & Structure"
    assert "Score / Rating Summary" not in review.sections  # its content was all extracted
    for furniture in ("Gomovies", "Similar Posts", "28 Years Later", "Leave a Reply", "featured"):
        assert furniture not in review.body_html
    assert "Direction: 9/10" not in review.body_html


@needs_seeds
def test_seed_001_subtitle_becomes_standfirst_and_repeated_title_is_dropped():
    review = seed("001")
    assert (review.title, review.film.title, review.film.year) == ("Ballerina", "Ballerina", None)
    lines = source_lines("001")
    assert review.standfirst == lines[1]
    assert len(review.sections) == 14
    assert all(section in lines and not section.endswith(".") for section in review.sections)
    assert "<h2>Ballerina</h2>" not in review.body_html
    assert (review.rating, review.scores, review.faq, review.keywords) == (None, [], [], [])
    assert "Leave a Reply" not in review.body_html
    assert "Explore more" not in review.body_html


@needs_seeds
def test_seed_002_without_title_line_guesses_the_film_and_says_so():
    review = seed("002")
    assert review.film.title == "Ballerina"
    assert any("No title line" in warning for warning in review.warnings)
    numbered = [line.split(". ", 1)[1] for line in source_lines("002") if line[:2] == "1."]
    assert review.sections[0] == numbered[0]  # "1. …" became a heading without its number
    assert len(review.sections) == 11
    assert "Click here" not in review.body_html


@needs_seeds
def test_seed_003_is_an_analysis_with_numbered_headings_and_lists():
    review = seed("003")
    assert (review.title, review.film.title, review.kind) == (
        "Ballerina movie analysis",
        "Ballerina",
        "analysis",
    )
    lines = source_lines("003")
    assert review.standfirst == lines[1]
    assert len(review.sections) == 10
    assert any(section.endswith("?") for section in review.sections)  # "2. Who is …?"
    assert review.body_html.count("<ul>") == 2
    assert review.body_html.count("<li>") == 6


@needs_seeds
def test_seed_004_prose_rating_rounded_keywords_and_director_from_text():
    review = seed("004")
    film = review.film
    assert (film.title, film.year) == ("From the World of John Wick: Ballerina", 2025)
    assert film.directors == ["Len Wiseman"]
    assert review.rating == Decimal(9)
    assert review.rating_as_written == "8.8/10 rating"
    assert "Rating 8.8/10 rounded to 9." in review.warnings
    assert review.verdict == "A Triumph of Action and Emotion"
    assert review.keywords[:3] == ["John Wick", "Ballerina 2025", "Ana de Armas"]
    assert review.keywords[-1] == "top movies 2025"
    assert len(review.keywords) == 12
    assert "Related Movies" not in review.body_html


def test_bulleted_facts_with_label_variants():
    review = fixture("bulleted_facts.txt")
    film = review.film
    assert review.title == "The Lantern Keeper"
    assert film.genres == ["Drama", "Mystery"]
    assert film.countries == ["South Korea", "USA"]
    assert film.directors == ["Hana Sørensen"]
    assert [(m.name, m.character) for m in film.cast] == [
        ("Mira Okafor", "June"),
        ("Tomás Reyes", "The Keeper"),
        ("Lee Da-eun", ""),
    ]
    assert film.writers == ["Paul Whitcombe"]
    assert film.runtime_minutes == 107
    assert (film.year, str(film.release_date)) == (2023, "2023-03-03")
    assert film.studios == ["Northlight Pictures"]
    assert review.rating == Decimal(8)  # 4/5
    assert review.verdict == "Patient, beautiful and a little too eager to explain itself."
    assert [name for name, _ in review.scores] == [
        "Direction",
        "Performance",
        "Cinematography",
        "Editing Rhythm",
    ]
    assert [entry.question for entry in review.faq] == [
        "Is The Lantern Keeper based on a true story?",
        "Is it suitable for children?",
    ]
    assert review.faq[1].answer.startswith("Older children")
    assert review.keywords == ["lighthouse", "grief", "island cinema", "slow burn"]
    assert review.sections == ["What Works", "What Does Not"]
    assert "<ul><li><p>the long opening shot" in review.body_html
    assert "Another Film" not in review.body_html
    assert review.warnings[0] == "Rating “Rating: 4/5” read as 8/10 (4 of 5 is 8/10)."
    assert review.warnings[1].startswith("5 line(s) left out as the site's")
    assert "“Similar Posts”" in review.warnings[1] and "“Leave a Reply”" in review.warnings[1]
    assert len(review.warnings) == 2


def test_facts_one_per_line_numbered_headings_and_my_rating():
    review = fixture("facts_per_line.txt")
    film = review.film
    assert (film.title, film.year) == ("Paper Tigers", 2019)
    assert film.countries == ["UK"]
    assert film.directors == ["Oliver Brandt", "Sunita Rao"]
    assert [member.name for member in film.cast] == ["Grace Ellery", "Omar Haddad", "Felix Nwosu"]
    assert film.runtime_minutes == 98
    assert film.studios == ["Little Fox Films"]
    assert review.rating == Decimal(6)
    assert review.verdict == "Likeable and modest, with a cast better than its script."
    assert review.sections == ["The Premise", "The Cast"]
    assert "Click here" not in review.body_html
    assert "ReelHub" not in review.body_html
    assert not any("Directed by" in warning for warning in review.warnings)  # he is credited


def test_star_glyphs_alone_and_facts_on_one_line():
    review = fixture("stars_only.txt")
    assert review.rating == Decimal(7)  # ★★★½ is 3.5 stars
    assert review.verdict == "Tense, cold and just long enough."
    assert review.film.countries == ["United States", "Finland"]
    assert [member.name for member in review.film.cast] == ["Ada Virtanen", "Jon Mäkelä"]
    assert review.film.writers == ["Ada Virtanen"]
    assert review.scores == [("Overall Impact", Decimal("7.5")), ("Sound & Score", Decimal(8))]
    assert "Read more" not in review.body_html


def test_final_rating_is_rounded_to_a_half_step_and_reported():
    review = fixture("final_rating_rounded.txt")
    assert (review.film.title, review.film.year) == ("Copper Sky", 2021)
    assert review.rating == Decimal("7.5")
    assert "Rating 7.3/10 rounded to 7.5." in review.warnings
    assert review.verdict.startswith("A handsome western")


@pytest.mark.parametrize(
    ("line", "rating", "verdict"),
    [
        ("Final Rating: ★★★★★ 9/10 Great fun.", Decimal(9), "Great fun."),
        ("Rating: 4/5", Decimal(8), ""),
        ("My rating: 6 / 10", Decimal(6), ""),
        ("Our rating: 3.5 out of 5 – Worth a look", Decimal(7), "Worth a look"),
        ("★★★★½", Decimal(9), ""),
        ("Score: 73/100", Decimal("7.5"), ""),
        ("With a solid 8.8/10 rating, it earns its place.", Decimal(9), ""),
        ("★★★", Decimal(6), ""),
        # the critic's own rating said in a sentence
        ("Anyway. 9/10 for me, knocking a point off for the opening.", Decimal(9), ""),
        ("Call it 8/10 from me.", Decimal(8), ""),
        ("Overall, the film is a 9/10 for me.", Decimal(9), ""),  # no label: a sentence
        ("I'd give it 7/10, maybe more on a second look.", Decimal(7), ""),
        ("I'm giving it a 4 out of 5 and moving on.", Decimal(8), ""),
        # what others gave it, or a count that is no rating
        ("My brother would give it 6/10, but he sleeps in films.", None, ""),
        ("Critics gave it 9/10 across the board.", None, ""),
        ("It won 3/5 of its awards for me to see.", None, ""),
    ],
)
def test_rating_forms(line, rating, verdict):
    review = extract(f"Some Film\n\nA paragraph of text about it.\n\n{line}\n")
    assert review.rating == rating
    assert review.verdict == verdict


def test_people_match_ignoring_case_accents_and_hyphens():
    assert name_key("Lee Chung-hyun") == name_key("lee chunghyun")
    assert name_key("Demián Bichir") == name_key("DEMIAN BICHIR")
    assert name_key("Len wisemen") != name_key("Len Wiseman")


def test_huge_single_line_document_is_handled_in_one_pass():
    review = extract("Big One\n\n" + "word " * 200_000)
    assert review.title == "Big One"
    assert review.body_html.startswith("<p>word word")


LABEL_VARIANTS = [
    ("Genre", "Action, Thriller", "genres", ["Action", "Thriller"]),
    ("Genres", "Drama & Romance", "genres", ["Drama", "Romance"]),
    ("Country", "France", "countries", ["France"]),
    ("Countries", "UK and Ireland", "countries", ["UK", "Ireland"]),
    ("Director", "Ada Lind", "directors", ["Ada Lind"]),
    ("Directed by", "Ada Lind and Bo Ek", "directors", ["Ada Lind", "Bo Ek"]),
    ("Cast", "Ana Ruiz, Ben Holt", "cast", ["Ana Ruiz", "Ben Holt"]),
    ("Starring", "Ana Ruiz & Ben Holt", "cast", ["Ana Ruiz", "Ben Holt"]),
    ("Stars", "Ana Ruiz", "cast", ["Ana Ruiz"]),
    ("Actors", "Ana Ruiz and Ben Holt", "cast", ["Ana Ruiz", "Ben Holt"]),
    ("Lead cast", "Ana Ruiz", "cast", ["Ana Ruiz"]),
    ("Writer", "Cy Moor", "writers", ["Cy Moor"]),
    ("Writers", "Cy Moor, Di Park", "writers", ["Cy Moor", "Di Park"]),
    ("Screenplay", "Cy Moor", "writers", ["Cy Moor"]),
    ("Screenwriter", "Cy Moor", "writers", ["Cy Moor"]),
    ("Runtime", "1h 52m", "runtime_minutes", 112),
    ("Running time", "104 minutes", "runtime_minutes", 104),
    ("Length", "98 min", "runtime_minutes", 98),
    ("Release date", "June 6, 2025", "release_date", date(2025, 6, 6)),
    ("Year", "2019", "year", 2019),
    ("Studio", "Lionsgate", "studios", ["Lionsgate"]),
    ("Distributor", "A24 and Neon", "studios", ["A24", "Neon"]),
]


@pytest.mark.parametrize("layout", ["line", "bullet", "one_line"])
@pytest.mark.parametrize(("label", "value", "fact", "expected"), LABEL_VARIANTS)
def test_every_fact_label_variant_in_every_layout(label, value, fact, expected, layout):
    facts = {
        "line": f"{label}: {value}",
        "bullet": f"• {label}: {value}",
        "one_line": f"Genre: Comedy {label}: {value}" if fact != "genres" else f"{label}: {value}",
    }[layout]
    review = extract(f"Some Film\n\n{facts}\n\nA paragraph of text about the film.\n")
    found = getattr(review.film, fact)
    if fact == "cast":
        found = [member.name for member in found]
    assert found == expected
    assert review.film.title == "Some Film"


def test_a_rating_line_on_its_own_is_a_rating_not_a_heading():
    review = extract("Some Film\n\nA paragraph about it.\n\n8.8/10 rating\n\nMore text here.\n")
    assert review.rating == Decimal(9)
    assert "8.8" not in review.body_html and review.sections == []


def test_facts_separated_by_bars_and_dots():
    review = extract(
        "Some Film\n\nDirector: Zed Quorra | Year: 2001 | Cast: Ann Lee · Bo Ek\n\nText.\n"
    )
    assert review.film.directors == ["Zed Quorra"] and review.film.year == 2001
    assert [member.name for member in review.film.cast] == ["Ann Lee", "Bo Ek"]


def test_a_film_line_names_the_film_a_headline_does_not():
    review = extract(
        "Two Lanterns: the films that share a name\n\n"
        "Film: The Lantern Keeper (2023)\nDirector: Hana Sørensen\n\nA paragraph of text.\n"
    )
    assert review.title == "Two Lanterns: the films that share a name"
    assert (review.film.title, review.film.year) == ("The Lantern Keeper", 2023)
    assert review.film.directors == ["Hana Sørensen"] and review.standfirst == ""


def test_a_quoted_line_is_a_pull_quote():
    review = extract("Some Film review\n\nA paragraph.\n\n> Worth quoting.\n\nMore text.\n")
    assert review.body_html == (
        "<p>A paragraph.</p><blockquote><p>Worth quoting.</p></blockquote><p>More text.</p>"
    )
