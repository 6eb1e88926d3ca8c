# ruff: noqa: RUF001  (the documents use typographic dashes, glyphs and quotes)
"""Ratings and scores in every form posts use, converted to 0-10 with the conversion said."""

from decimal import Decimal

import pytest

from imports.documents import extract
from imports.rating_forms import glyph_reading
from imports.values import runtime


def read(line):
    return extract(f"Some Film\n\nA paragraph of text about it.\n\n{line}\n")


@pytest.mark.parametrize(
    ("line", "rating", "conversion"),
    [
        ("Rating: ★★★☆☆", Decimal(6), "★★★☆☆ is 3 of 5"),
        ("★★★½", Decimal(7), "★★★½ is 3.5 of 5"),
        ("⭐⭐⭐", Decimal(6), "⭐⭐⭐ is 3 of 5"),
        ("Rating: ***½", Decimal(7), "***½ is 3.5 of 5 stars"),
        ("♥♥♥♡♡", Decimal(6), "♥♥♥♡♡ is 3 of 5"),
        ("Rating: 4 out of 5", Decimal(8), "4 of 5 is 8/10"),
        ("Rating: 3 popcorns out of 4", Decimal("7.5"), "3 popcorns of 4 is 7.5/10"),
        ("Stars: 3.5/5", Decimal(7), "3.5 of 5 is 7/10"),
        ("Grade: B+", Decimal("8.5"), "grade B+ is 8.5/10"),
        ("Rating: A-", Decimal(9), "grade A- is 9/10"),
        ("Rating: C", Decimal("6.5"), "grade C is 6.5/10"),
        ("[4/5]", Decimal(8), "4 of 5 is 8/10"),
    ],
)
def test_rating_forms_are_converted_and_the_conversion_reported(line, rating, conversion):
    review = read(line)
    assert review.rating == rating
    assert any(conversion in warning for warning in review.warnings)
    assert review.body_html == "<p>A paragraph of text about it.</p>"


@pytest.mark.parametrize("line", ["Rating: 8.5/10", "(8.5/10)", "Score: 8.5 out of 10"])
def test_a_rating_out_of_ten_needs_no_conversion(line):
    review = read(line)
    assert review.rating == Decimal("8.5") and review.warnings == []


@pytest.mark.parametrize(
    "line", ["Rating: 8", "Rating: 🍅🍅🍅", "Rating: 4 popcorns", "Rating: 15"]
)
def test_a_rating_whose_scale_is_not_stated_is_reported_not_guessed(line):
    review = read(line)
    assert review.rating is None
    assert any("out of how many is not said" in warning for warning in review.warnings)


@pytest.mark.parametrize(("line", "certificate"), [("Rating: PG-13", "PG-13"), ("Rated: R", "R")])
def test_certificates_are_not_review_ratings(line, certificate):
    review = read(line)
    assert review.rating is None and review.film.certificate == certificate


def test_letter_a_starting_a_verdict_is_not_a_grade():
    review = read("Rating: A solid evening out")
    assert review.rating is None


def test_a_verdict_line_with_a_rating_gives_both():
    review = read("Our verdict: 8.5/10 – a fine film")
    assert (review.rating, review.verdict) == (Decimal("8.5"), "a fine film")


def test_score_lines_keep_their_comment():
    review = extract(
        "Some Film\n\nText.\n\nScores\n\nDirection: 9/10 – tight and confident\n"
        "- Acting: 8/10 (warm)\nStory – 7/10\n| Sound | 3/5 |\n"
    )
    assert review.scores == [
        ("Direction", Decimal(9)),
        ("Acting", Decimal(8)),
        ("Story", Decimal(7)),
        ("Sound", Decimal(6)),
    ]
    assert review.score_comments == {"Direction": "tight and confident", "Acting": "warm"}
    assert review.body_html == "<p>Text.</p>"  # the scores' section was all scores
    assert "Score for Sound: 3/5 converted to 6/10." in review.warnings


@pytest.mark.parametrize(
    ("written", "minutes"),
    [
        ("2h 10min", 130),
        ("2 hrs 10 mins", 130),
        ("1 hour and 50 minutes", 110),
        ("one hundred and ten minutes", 110),
        ("two hours", 120),
        ("approx. 110 min", 110),
        ("110'", 110),
        ("1:50", 110),
        ("125 min (2h 5m)", 125),
        ("01h:05m:34s", 65),  # a DVD site's hours, minutes and seconds
        ("1:52:30", 112),
        ("120 minutes approx.", 120),
    ],
)
def test_runtimes_as_written(written, minutes):
    assert runtime(written) == minutes
    assert read(f"Runtime: {written}").film.runtime_minutes == minutes


@pytest.mark.parametrize(
    ("line", "year"),
    [("Release Date: October 4, 2024", 2024), ("Released: 2019", 2019), ("Year: 2001", 2001)],
)
def test_years_from_release_lines(line, year):
    assert read(line).film.year == year


@pytest.mark.parametrize(
    ("line", "rating"), [("8/10", Decimal(8)), ("4.5/5 stars", Decimal(9)), ("(7/10)", Decimal(7))]
)
def test_a_rating_alone_on_its_line(line, rating):
    review = extract(f"Some Film\n\nA paragraph.\n\n{line}\n\nMore text.\n")
    assert review.rating == rating
    assert review.body_html == "<p>A paragraph.</p><p>More text.</p>"


def test_criteria_scored_in_glyphs_and_a_rating_in_percent():
    review = extract("Some Film\n\nText.\n\nScores\n\nActing: ★★★★☆\nStory – ★★★½\nRating: 85%\n")
    assert review.scores == [("Acting", Decimal(8)), ("Story", Decimal(7))]
    assert review.rating == Decimal("8.5")
    assert "Score for Acting: ★★★★☆ is 4 of 5, 8/10." in review.warnings
    assert "Rating “Rating: 85%” read as 8.5/10 (85% is 8.5/10)." in review.warnings


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("Rating: **A**", Decimal("9.5")),
        ("Grade: A-", Decimal(9)),
        ("Grade: B+", Decimal("8.5")),
        ("Our grade: C-", Decimal(6)),
        ("Grade: F", Decimal(2)),
    ],
)
def test_letter_grades_on_the_documented_scale(line, rating):
    review = extract(f"# Some Film\n\nA paragraph.\n\n{line}\n", markdown=True)
    assert (review.rating, review.film.certificate) == (rating, "")


def test_a_lone_a_after_a_rating_label_is_a_grade_and_the_certificate_reading_is_said():
    review = read("Rating: A")
    assert review.rating == Decimal("9.5") and review.film.certificate == ""
    assert "“Rating: A” read as a letter grade, not as the certificate A." in review.warnings


@pytest.mark.parametrize(
    ("line", "certificate"),
    [("Rating: R", "R"), ("Rated PG-13", "PG-13"), ("Cert 15", "15"), ("Cert. 12A", "12A")],
)
def test_certificates_are_never_grades(line, certificate):
    review = read(line)
    assert (review.rating, review.film.certificate) == (None, certificate)


def test_a_studio_named_like_a_grade_is_a_studio():
    review = read("Distributor: A24")
    assert (review.rating, review.film.studios) == (None, ["A24"])


@pytest.mark.parametrize(
    ("line", "rating", "verdict"),
    [
        ("★★★★☆ 4 out of 5", Decimal(8), ""),
        ("★★★☆☆ (3/5)", Decimal(6), ""),
        ("♥♥♥♥♡ [4 out of 5 stars]", Decimal(8), ""),
        ("★★★½ – a bruised, funny two-hander", Decimal(7), "a bruised, funny two-hander"),
        ("Our rating [7/10]", Decimal(7), ""),
        ("Score (3/4)", Decimal("7.5"), ""),
    ],
)
def test_glyphs_with_their_number_and_bracketed_ratings(line, rating, verdict):
    review = read(line)
    assert (review.rating, review.verdict) == (rating, verdict)
    assert review.body_html == "<p>A paragraph of text about it.</p>"


def test_glyphs_beside_a_number_that_disagrees_are_reported_and_the_number_used():
    review = read("★★★★★ 3 out of 5")
    assert review.rating == Decimal(6)
    assert any("disagree" in warning for warning in review.warnings)


@pytest.mark.parametrize(
    "line", ["★★★ 3 stars and a half-empty cinema", "Score (original): Ana Lind"]
)
def test_lines_that_only_contain_a_rating_form_are_not_ratings(line):
    assert read(line).rating is None


def test_a_score_table_with_unusual_criteria():
    review = extract(
        "# Some Film\n\nText.\n\n| Criterion | Score |\n|---|---|\n| Re-watch value | 8/10 |\n"
        "| Plot/pacing | 7/10 |\n| Sound mix (Atmos) | 9/10 |\n| Goosebumps | 3/5 |\n"
        "| Mise-en-scène | 8/10 |\n| 3D effects | 7/10 |\n| creature design | 6/10 |\n",
        markdown=True,
    )
    assert review.scores == [
        ("Re-watch value", Decimal(8)),
        ("Plot/pacing", Decimal(7)),
        ("Sound mix (Atmos)", Decimal(9)),
        ("Goosebumps", Decimal(6)),
        ("Mise-en-scène", Decimal(8)),
        ("3D effects", Decimal(7)),
        ("creature design", Decimal(6)),
    ]
    assert review.body_html == "<p>Text.</p>"


def test_a_year_before_a_rating_is_not_a_criterion():
    assert read("2024: 8/10").scores == []


def test_a_score_table_whose_header_states_the_scale():
    review = extract(
        "# Some Film\n\nText.\n\n| Aspect | Out of 10 |\n|---|---|\n| Acting | 8 |\n"
        "| Creature design | 6.5 |\n| Overall | 7 |\n",
        markdown=True,
    )
    assert review.scores == [("Acting", Decimal(8)), ("Creature design", Decimal("6.5"))]
    assert review.rating == Decimal(7)


def test_a_score_table_whose_header_states_no_scale_is_not_guessed():
    review = extract(
        "# Some Film\n\nText.\n\n| Aspect | Score |\n|---|---|\n| Acting | 8 |\n", markdown=True
    )
    assert review.scores == [] and review.rating is None


def test_a_glyph_run_after_a_byline_converts():
    reading = glyph_reading("Review by somebody ★★★★½")
    assert reading.value == Decimal(9) and reading.conversion == "★★★★½ is 4.5 of 5"


def test_a_rating_among_the_facts_of_a_strip():
    review = extract("Some Film\n★★★☆☆ | Drama, Mystery | 1h 52m | 12A\n\nA paragraph.\n")
    assert (review.rating, review.film.runtime_minutes) == (Decimal(6), 112)
    assert review.film.genres == ["Drama", "Mystery"]


def test_an_aside_on_the_scale_after_a_grade_is_not_the_verdict():
    review = read("Grade: B (we grade from A+ down to F)")
    assert (review.rating, review.verdict) == (Decimal(8), "")


@pytest.mark.parametrize("line", ["Grade: E", "Our grade: S", "Grade: G"])
def test_a_letter_off_the_grade_table_is_reported_not_guessed(line):
    review = read(line)
    assert (review.rating, review.film.certificate) == (None, "")
    assert any("is not on the A+ … F table" in warning for warning in review.warnings)


@pytest.mark.parametrize(("line", "certificate"), [("Rating: G", "G"), ("Rating: U", "U")])
def test_a_certificate_after_a_rating_label_stays_a_certificate(line, certificate):
    review = read(line)
    assert (review.rating, review.film.certificate) == (None, certificate)


def test_stars_alone_on_the_scale_the_post_states():
    review = extract(
        "Some Film\n\nA paragraph.\n\n★★★½\n\nMore.\n\nAll ratings are out of four stars.\n"
    )
    assert review.rating == Decimal(9)  # 3.5 of 4 is 8.75
    assert any("3.5 of 4, 8.75/10" in warning for warning in review.warnings)


def test_a_sentence_about_the_films_stars_states_no_scale():
    review = extract("Some Film\n\nA paragraph.\n\n★★★½\n\nIts stars are out of their depth.\n")
    assert review.rating == Decimal(7)


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("Rating: 4/5 popcorn buckets 🍿🍿🍿🍿", ""),
        ("Rating: 7/10 donuts", ""),
        ("Rating: 8/10 superb", "superb"),
    ],
)
def test_what_a_rating_is_counted_in_is_not_its_verdict(line, verdict):
    assert read(line).verdict == verdict


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("- Rating: 7/10", Decimal(7)),
        ("> - **Our grade:** B-", Decimal("7.5")),
        ("🌟 FINAL SCORE: 3 out of 5", Decimal(6)),
        ("**Three stars out of five**", Decimal(6)),
        ("Two and a half stars out of four.", Decimal("6.5")),
    ],
)
def test_ratings_behind_a_bullet_a_quote_or_a_star_and_in_words(line, rating):
    review = extract(f"# Some Film\n\nA paragraph.\n\n{line}\n", markdown=True)
    assert (review.rating, review.scores) == (rating, [])


@pytest.mark.parametrize(
    "line",
    [
        "Four stars out of five isn't bad for a sequel.",
        "- Rating: terrible",
        "⭐ Starring: Ana Lind",
    ],
)
def test_sentences_and_labels_that_only_look_like_decorated_ratings(line):
    assert extract(f"# Some Film\n\nA paragraph.\n\n{line}\n", markdown=True).rating is None


@pytest.mark.parametrize(
    "label", ["Voto / Rating", "Note / Our rating", "Bewertung / Rating", "Puntuación / Score"]
)
@pytest.mark.parametrize(
    ("value", "rating"),
    [
        ("9/10", Decimal(9)),
        ("★★★★☆ (4 su 5 / 4 out of 5)", Decimal(8)),
        ("4 sur 5", Decimal(8)),
        ("B+", Decimal("8.5")),
    ],
)
def test_a_rating_label_given_in_two_languages_is_the_rating(label, value, rating):
    review = read(f"{label}: {value}")
    assert (review.rating, review.scores) == (rating, [])


@pytest.mark.parametrize("label", ["Music / Score", "Sound / Score", "Soundtrack / Score"])
def test_a_criterion_named_with_score_beside_it_stays_a_criterion(label):
    review = read(f"Story: 7/10\n{label}: 8/10\nActing: 9/10")
    assert review.rating is None
    assert (label, Decimal(8)) in review.scores


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        # the film's own rating beside its disc's
        ("The film: Four stars out of four.", Decimal(10)),
        ("The film: ★★★★☆", Decimal(8)),
        ("Movie – 3.5 stars", Decimal(7)),
        ("The disc: Four stars out of five.", None),
        ("The film: a long, strange trip.", None),
        # the reviewer's stars closing the byline
        ("Review by sofiawatchesthings  ★★★★½", Decimal(9)),
        ("By Ana Lind ★★★☆☆", Decimal(6)),
        ("By Ana Lind, 12 May 2024", None),
        # the site's own glyphs on the scale it says
        ("Popcorn score: 🍿🍿🍿🍿 (out of five buckets)", Decimal(8)),
        ("Tomato rating: 🍅🍅🍅 (out of 5 tomatoes)", Decimal(6)),
        ("Readers' score: 🍿🍿🍿 (out of five buckets)", None),
        ("Popcorn score: 🍿🍿🍿🍿", None),  # no scale said: reported, not guessed
    ],
)
def test_the_films_label_a_bylines_stars_and_the_sites_glyphs_give_the_rating(line, rating):
    assert read(line).rating == rating


@pytest.mark.parametrize(
    ("rows", "scores"),
    [
        (  # criteria with bare numbers, one above five: out of ten, as such rows are written
            "Story: 8\nAnimation: 10\nSound: 9\nCharacter: 9",
            [("Story", 8), ("Animation", 10), ("Sound", 9), ("Character", 9)],
        ),
        ("Acting: 7.5\nPacing: 6\nVisuals: 9", [("Acting", 7.5), ("Pacing", 6), ("Visuals", 9)]),
        ("Story: 4\nAnimation: 5\nSound: 3", []),  # out of five or ten? not said
        ("Story: 8\nSound: 9", []),  # two numbers could be on any scale
        ("Heat: 9\nRonin: 7\nCollateral: 8", []),  # films, not criteria
        ("Story: 8\nSeason: 1994\nSound: 9", []),  # a year among them: no score block
    ],
)
def test_criteria_with_bare_numbers_above_five_are_out_of_ten(rows, scores):
    review = read(rows)
    assert review.scores == [(name, Decimal(str(value))) for name, value in scores]


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("Our rating: 🤖🤖🤖🤖🤖 (five robots out of five)", Decimal(10)),
        ("Rating: 🦄🦄🦄 (three unicorns out of five)", Decimal(6)),
        ("Rating: 🦄🦄🦄 [three and a half unicorns out of five]", Decimal(7)),
        ("Rating: 🦄🦄🦄", None),  # glyphs of no stated scale
        ("Rating: 🦄🦄🦄 (our unicorn count)", None),
    ],
)
def test_the_sites_own_glyphs_before_the_rating_in_words(line, rating):
    assert read(line).rating == rating
