"""A post's HTML as the text the extractor reads (imports.wxr_html)."""

from imports.wxr_html import html_text


def test_gutenberg_and_classic_html_become_the_text_the_extractor_reads():
    gutenberg = (
        "<!-- wp:paragraph --><p>Genre: Drama<br>Country: France &amp; Belgium</p>"
        "<!-- /wp:paragraph --><!-- wp:heading --><h2>What <em>works</em></h2>"
        "<!-- /wp:heading --><p>It is <strong>very</strong>\ngood.</p>"
        "<ul><li>one</li><li><p>two</p></li><li></li></ul>"
        "<table><tr><th>Direction:</th><td>8/10</td></tr></table>"
        '<p>[caption id="x"]<img src="a.jpg"> The ferry[/caption] [sic]</p>'
    )
    assert html_text(gutenberg) == (
        "Genre: Drama\nCountry: France & Belgium\n\nWhat works\n\nIt is very good.\n\n"
        "• one\n• two\n\nDirection: 8/10\n\nThe ferry [sic]"
    )
    classic = (
        "Director: Nell Ashdown<br />\nCountry: UK\n\n"
        "First.\nSecond <b>line</b>.\n\n\n&#8220;Last&#8221;"
    )
    assert html_text(classic) == (
        "Director: Nell Ashdown\nCountry: UK\n\nFirst.\nSecond line.\n\n\u201cLast\u201d"
    )
