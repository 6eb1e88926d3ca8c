"""Files that are not WordPress exports, or are dangerous ones: refused, nothing imported."""

import pytest
from django.contrib.auth import get_user_model

from comments.models import Comment
from imports import wxr_read
from reviews.models import Film, Person, Review
from tests.imports.helpers import EXPORT, run_failing, write


def test_malformed_xml_is_refused_with_its_line_number(author, tmp_path):
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    broken = next(n for n, line in enumerate(lines) if "<wp:post_id>10</wp:post_id>" in line)
    lines[broken] = lines[broken].replace("</wp:post_id>", "</wp:post>")
    output = run_failing(write(tmp_path / "broken.xml", "\n".join(lines)))
    assert f"not well-formed XML at line {broken + 1}, column" in output
    assert "(mismatched tag)" in output and "1 failed" in output
    assert (
        not Review.objects.exists()
        and not get_user_model().objects.exclude(username="importer").exists()
    )


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&lol9;</title>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item></channel></rss>
"""


def test_an_xml_bomb_is_refused_unexpanded(author, tmp_path):
    output = run_failing(write(tmp_path / "bomb.xml", BILLION_LAUGHS))
    assert "refused: the file has a document type declaration" in output
    assert "XML bomb" in output and "lollol" not in output
    assert not Review.objects.exists() and not Film.objects.exists()


def test_an_external_entity_is_refused_and_its_file_never_read(author, tmp_path):
    marker = "MARKER-SECRET-3f9c1e"
    secret = write(tmp_path / "secret.txt", marker)
    doctype = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    declaration = '<?xml version="1.0" encoding="UTF-8" ?>'
    export = EXPORT.read_text(encoding="utf-8").replace(declaration, f"{declaration}\n{doctype}")
    export = export.replace("Night Ferry to Tallinn Review", "&xxe;")
    output = run_failing(write(tmp_path / "xxe.xml", export))
    assert "refused" in output and "read files on the server" in output
    assert marker not in output
    assert not Review.objects.exists() and not Film.objects.exists()
    assert not Person.objects.exists() and not Comment.objects.exists()


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("<html><body><p>Hello</p></body></html>", "the file is <html> XML, not an RSS export"),
        (
            "<rss version='2.0'><channel><item><title>A feed</title></item></channel></rss>",
            "an RSS feed without WordPress (wp:) elements",
        ),
    ],
)
def test_xml_that_is_not_a_wordpress_export_is_refused(author, tmp_path, document, message):
    output = run_failing(write(tmp_path / "other.xml", document))
    assert f"refused: not a WordPress export: {message}" in output


def test_an_export_over_the_size_limit_is_refused_unread(author, tmp_path, monkeypatch):
    monkeypatch.setattr(wxr_read, "MAX_EXPORT_BYTES", 1_000_000)
    big = write(
        tmp_path / "big.xml", EXPORT.read_text(encoding="utf-8") + "<!--" + "x" * 1_000_000 + "-->"
    )
    output = run_failing(big)
    assert "MB is over the 1 MB limit for a WordPress export" in output
