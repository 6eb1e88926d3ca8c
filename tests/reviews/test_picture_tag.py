"""The {% picture %} tag: srcsets, sizes, loading, escaping, and images without renditions."""

import pytest
from django.core.files.base import ContentFile
from django.utils.safestring import mark_safe

from reviews.models import Film
from reviews.services import image_renditions_refresh
from tests.reviews.image_files import film_with_poster, image_bytes, render_picture

pytestmark = pytest.mark.django_db

XSS_ALT = '"><script>alert(1)</script>'
ESCAPED_XSS_ALT = 'alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'


def test_picture_tag_renders_srcsets_sizes_dimensions_and_lazy_loading():
    film = film_with_poster(image_bytes((1000, 1500)))
    image_renditions_refresh(instance=film, field_name="poster")

    html = render_picture(
        film.poster, film.poster_renditions, film.poster_alt, 'sizes="(min-width: 768px) 25vw"'
    )

    base = f"/media/{film.poster_renditions['webp'][0][2].rsplit('/', 1)[0]}"
    webp = ", ".join(f"{base}/{w}.webp {w}w" for w in (320, 480, 640, 960))
    jpeg = ", ".join(f"{base}/{w}.jpg {w}w" for w in (320, 480, 640, 960))
    assert f'<source type="image/webp" srcset="{webp}" sizes="(min-width: 768px) 25vw">' in html
    assert f'src="{base}/960.jpg" srcset="{jpeg}" sizes="(min-width: 768px) 25vw"' in html
    assert 'width="960" height="1440"' in html
    assert 'alt="A poster."' in html
    assert 'loading="lazy" decoding="async"' in html
    assert "fetchpriority" not in html


def test_picture_tag_can_load_the_hero_image_first():
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    html = render_picture(
        film.poster,
        film.poster_renditions,
        "Poster",
        'loading="eager" fetchpriority="high" css_class="img-fluid rounded"',
    )
    assert 'loading="eager"' in html and 'fetchpriority="high"' in html
    assert 'class="img-fluid rounded"' in html and "lazy" not in html


@pytest.mark.parametrize("alt", [XSS_ALT, mark_safe(XSS_ALT)], ids=["text", "marked-safe"])
def test_picture_tag_escapes_the_alt_text(alt):
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    html = render_picture(film.poster, film.poster_renditions, alt)
    assert ESCAPED_XSS_ALT in html
    assert "<script>" not in html


def test_picture_tag_shows_nothing_until_renditions_exist():
    # The upload is never linked: readers get it once the worker has re-encoded it.
    film = film_with_poster(image_bytes((700, 1000)))
    assert render_picture(film.poster, film.poster_renditions, film.poster_alt).strip() == ""


def test_picture_tag_ignores_renditions_of_a_previous_image():
    film = film_with_poster()
    image_renditions_refresh(instance=film, field_name="poster")
    film.poster = ContentFile(image_bytes((500, 750)), name="replaced.jpg")
    film.save()
    assert render_picture(film.poster, film.poster_renditions, "Poster").strip() == ""


def test_picture_tag_survives_a_missing_file():
    assert render_picture(Film(poster="posters/gone.jpg").poster, {}, "Poster").strip() == ""


def test_picture_tag_renders_nothing_without_an_image():
    assert render_picture(Film().poster, {}, "Poster").strip() == ""
    assert render_picture(None, None, "Poster").strip() == ""
