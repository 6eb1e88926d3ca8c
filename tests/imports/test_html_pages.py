"""Saved web pages (.html) are read main content first, their furniture dropped and listed."""

from decimal import Decimal

from django.conf import settings

from imports.html_pages import page_extract
from reviews.models import Credit, Review
from tests.imports.helpers import run, write

PAGE = settings.BASE_DIR / "tests" / "fixtures" / "pages" / "tidewater-review.html"


def test_the_main_content_is_read_and_the_furniture_dropped_and_listed():
    review = page_extract(PAGE.read_text(encoding="utf-8"))
    assert (review.title, review.film.title, review.film.year) == (
        "Tidewater (2024) Review",
        "Tidewater",
        2024,
    )
    # The sidebar's and the related post's "Director:" lines are not this film's.
    assert review.film.directors == ["Pol Marrec"]
    assert review.film.writers == ["Pol Marrec", "Anouk Le Dantec"]
    assert review.rating == 8
    body = review.body_html
    assert "<h2>The town</h2>" in body and "<h3>The sound</h3>" in body  # h4 is a subsection
    link = '<a href="https://harbour-lights.example/2022/the-keeper-review/">'
    assert f"{link}Marrec's first feature</a>" in body and "<em>already</em>" in body
    assert "<p>— Marrec, in the press notes</p></blockquote>" in body
    for furniture in ("Skip to content", "Home", "Share this", "Saltmarsh", "Leave a Reply"):
        assert furniture not in body
    dropped = " | ".join(review.dropped)
    for listed in (
        "outside the page's main content",
        "nav.breadcrumbs",
        "By Ines Varga",
        "Share this",
        "Saltmarsh (2021) Review",
        "div.comments-area",
        "image The lamp room at dawn",
    ):
        assert listed in dropped
    assert any(warning.startswith("Left out of the body (8)") for warning in review.warnings)


def test_a_page_without_main_is_read_from_its_largest_block_of_text():
    page = (
        "<html><body><div class='menu'><p>Home</p><p>Reviews</p></div>"
        "<div class='content'><h1>Quiet Hours Review</h1><p>Director: Ada Holm</p>"
        "<p>A night nurse and a patient who will not sleep trade stories until dawn.</p>"
        "<p>It is small, and exactly the right size.</p></div>"
        "<div class='footer-links'><p>Contact</p></div></body></html>"
    )
    review = page_extract(page)
    assert (review.title, review.film.directors) == ("Quiet Hours Review", ["Ada Holm"])
    assert review.body_html == (
        "<p>A night nurse and a patient who will not sleep trade stories until dawn.</p>"
        "<p>It is small, and exactly the right size.</p>"
    )
    assert review.dropped[0] == "everything outside the page's largest block of text (3 words)"


def test_a_blog_post_of_text_and_line_breaks_is_read_under_its_entry_title():
    page = (
        "<html><body><div id='header-wrapper'><h1>Rubber Suits</h1>"
        "<p class='description'>One man, one sofa, too many monster movies. Est. 2011.</p></div>"
        "<div class='post hentry'><h3 class='post-title entry-title'>Quiet Hours</h3>"
        "<div class='post-body entry-content'>A night nurse and a patient trade stories "
        "until dawn.<br /><br />Ada Holm directed it, and the script is by S.S. Wilson and "
        "Bo Ek.<br /><br />It is small, and exactly the right size, and patient.</div></div>"
        "</body></html>"
    )
    review = page_extract(page)
    assert (review.title, review.film.directors) == ("Quiet Hours", ["Ada Holm"])
    assert review.film.writers == ["S.S. Wilson", "Bo Ek"]


def test_import_reviews_imports_a_saved_page(author):
    output = run(PAGE)
    assert "1 created" in output and "Left out of the body (7)" in output
    assert "Image in the body not found beside the page" in output  # no Tidewater_files/
    review = Review.objects.get()
    assert review.film.title == "Tidewater" and review.rating == 8
    director = Credit.objects.get(film=review.film, role=Credit.Role.DIRECTOR)
    assert director.person.name == "Pol Marrec"
    assert "<h3>The sound</h3>" in review.body
    assert "1 unchanged" in run(PAGE)


def page(head, article, *, rail=""):
    """A saved page written for these tests: its head, one article, and a sidebar."""
    return (
        f"<html><head>{head}</head><body><header><nav>Home · Film</nav></header>"
        f"<main><article>{article}</article></main><aside class='rail'>{rail}</aside>"
        "<footer>© The Quay</footer></body></html>"
    )


GRAPH = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "The Quay"},
 {"@type": "Review", "author": {"@type": "Person", "name": "Nell Ash"},
  "itemReviewed": {"@type": "Movie", "name": "Salt Marsh", "datePublished": "2018-09-01",
   "director": {"@type": "Person", "name": "Oda Brekke"},
   "actor": [{"@type": "PerformanceRole", "characterName": "Marit",
              "actor": {"@type": "Person", "name": "Lene Dahl"}}],
   "duration": "PT1H41M", "genre": "Drama"},
  "reviewRating": {"@type": "Rating", "ratingValue": "3", "bestRating": "4"}}]}</script>"""


def test_a_pages_schema_org_data_fills_what_its_text_left_blank():
    article = (
        "<h1>A coastal drama where nothing is said and everything is felt</h1>"
        "<p>The tide comes in twice a day in this patient, watchful film, and so does grief.</p>"
        "<p>Year: 2019</p><p>It is worth the wait.</p>"
    )
    review = page_extract(page(GRAPH, article))
    film = review.film
    assert film.title == "Salt Marsh"  # the headline is a sentence naming no film
    assert (film.directors, film.runtime_minutes, film.genres) == (["Oda Brekke"], 101, ["Drama"])
    assert [(m.name, m.character) for m in film.cast] == [("Lene Dahl", "Marit")]
    assert review.rating == Decimal("7.5")  # 3 of 4
    assert "Nell Ash" not in str(film)  # the critic
    assert film.year == 2019  # the text's year wins over the data's 2018, and both are said
    warnings = " ".join(review.warnings)
    assert "The text gives year 2019; the page's structured data says 2018" in warnings
    assert "director Oda Brekke" in review.read_from_page_data


def test_malformed_json_ld_is_noted_and_the_page_read_as_before():
    head = '<script type="application/ld+json">{"@type": "Movie", "name": "Salt</script>'
    review = page_extract(page(head, "<h1>Salt Marsh (2018)</h1><p>Director: Oda Brekke</p>"))
    assert (review.film.title, review.film.directors) == ("Salt Marsh", ["Oda Brekke"])
    assert any("JSON-LD block 1 is not valid JSON" in warning for warning in review.warnings)


FACTBOX = (
    "<h1>Salt Marsh review</h1><p>A widow keeps the lighthouse her husband left.</p>"
    "<aside class='factbox'><h3>The film</h3><ul><li>Country: Norway</li>"
    "<li>Running time: 101 minutes</li><li>Music: Jon Lie</li><li>Section: Orizzonti</li>"
    "<li>Sales: Wave Pictures International</li></ul></aside>"
    "<aside class='related'><h3>Related reviews</h3><p>Director: Paul Roe</p>"
    "<p>Cast: Ann Moe</p></aside>"
    "<aside><h3>Most read</h3><ol><li>Deep Water review - Kim Sol's thriller</li>"
    "<li>Five films by Paul Roe</li></ol></aside>"
    "<p>It ends where it began, on the rocks.</p>"
)


def test_a_facts_box_is_read_as_facts_and_the_other_boxes_stay_furniture():
    review = page_extract(page("", FACTBOX, rail="<p>Director: Rail Person</p>"))
    film = review.film
    assert (film.countries, film.runtime_minutes, film.composers) == (["Norway"], 101, ["Jon Lie"])
    # Neither the related box, the most-read list nor the rail gives this film anything.
    assert (film.directors, film.cast, film.studios) == ([], [], [])
    body = review.body_html
    for left_out in ("Country", "Section", "Sales", "The film", "Paul Roe", "Most read"):
        assert left_out not in body
    assert "<p>It ends where it began, on the rocks.</p>" in body
    taken = next(w for w in review.warnings if w.startswith("Taken out of the body"))
    assert "Country: Norway" in taken and "Section" not in taken
    assert "Section: Orizzonti" in review.dropped and "The film" in review.dropped
    assert not any(line.startswith("aside.factbox") for line in review.dropped)
    assert any(line.startswith("aside.related") for line in review.dropped)


def test_a_star_widget_in_the_byline_is_the_rating_and_spoilers_stay_in_the_body():
    article = (
        "<h1>Salt Marsh (2018)</h1>"
        '<p class="byline">By Nell Ash · <span aria-label="3.5 out of 5 stars">★★★½☆</span></p>'
        "<p>A widow keeps the lighthouse her husband left.</p>"
        "<details><summary>Spoilers: the last night</summary><p>She lets the light go out.</p>"
        "</details>"
    )
    review = page_extract(page("", article))
    assert (review.rating, review.rating_as_written) == (Decimal("7.0"), "3.5 out of 5 stars")
    assert "<h3>Spoilers: the last night</h3><p>She lets the light go out.</p>" in (
        review.body_html
    )
    assert "★" not in review.body_html


def test_the_headline_gives_way_to_the_pages_title_only_where_it_names_the_film():
    head = "<title>Lido diary, day 3: Salt Marsh | The Quay</title>"
    article = (
        "<h1>Lido diary, day 3: Oda Brekke's <em>Salt Marsh</em> wins the room</h1><p>Text.</p>"
    )
    kicker = '<p class="kicker">Lido 2024 · Diary</p>'
    longer = article.replace("Text.", "A widow keeps the lighthouse her husband left to her.")
    review = page_extract(page(head, kicker + longer))
    assert review.film.title == "Salt Marsh"
    assert "Diary" not in review.body_html  # the kicker above the headline is furniture
    # Nothing in the headline is emphasised: the <title>'s parts are not trusted alone.
    plain = article.replace("<em>", "").replace("</em>", "")
    assert page_extract(page(head, plain)).film.title != "Salt Marsh"
    # A plain headline stays whatever the <title> says.
    plainly = page_extract(page("<title>Salt | The Quay</title>", "<h1>Salt Marsh</h1><p>T.</p>"))
    assert plainly.film.title == "Salt Marsh"


def test_import_reviews_credits_what_the_schema_org_data_gives(author, tmp_path):
    article = "<h1>Salt Marsh review</h1><p>The tide comes in twice a day, and so does grief.</p>"
    output = run(write(tmp_path / "salt-marsh.html", page(GRAPH, article)))
    assert "1 created" in output and "Read from the page's structured data" in output
    review = Review.objects.get()
    assert (review.film.title, review.film.release_year, review.rating) == ("Salt Marsh", 2018, 7.5)
    director = Credit.objects.get(film=review.film, role=Credit.Role.DIRECTOR)
    assert director.person.name == "Oda Brekke"


def test_a_rating_box_with_more_to_say_than_its_stars_keeps_its_words():
    article = (
        "<h1>Salt Marsh (2018)</h1><p>A widow keeps the lighthouse her husband left.</p>"
        '<div class="rating" data-rating="4" data-max="5"><p>Patient, cold and finally very '
        "moving, a film that trusts its silences.</p></div>"
    )
    review = page_extract(page("", article))
    assert review.rating == 8 and "data-rating" in review.rating_as_written
    assert "a film that trusts its silences" in review.body_html + review.verdict
