"""The grid of rating forms the tests cross: labels, values and the places a document
puts them, each written into a small document of its kind (.txt, .md, .html)."""

from decimal import Decimal

from imports.runs import document_extract
from imports.sources import Source
from imports.values import half_step, plain

#: Labels as people write them; "" is a value alone on its line.
LABELS = (
    "Rating", "Our rating", "My rating", "Score", "Verdict", "Stars", "Grade", "Final score",
    "Overall", "Rated", "",
)  # fmt: skip
#: Each value with what it is on 0-10 before rounding, and whether the scale had to be
#: converted (then the conversion must be reported).
VALUES = {
    "★★★★½": (Decimal(9), True),
    "★★★☆☆": (Decimal(6), True),
    "4½ stars": (Decimal(9), True),
    "4.5 stars": (Decimal(9), True),
    "4.5/5": (Decimal(9), True),
    "4.5 / 5": (Decimal(9), True),
    "9/10": (Decimal(9), False),
    "9 out of 10": (Decimal(9), False),
    "four stars out of five": (Decimal(8), True),
    "four and a half stars": (Decimal(9), True),
    "3.5 out of 4": (Decimal("8.75"), True),
    "B+": (Decimal("8.5"), True),
    "A-": (Decimal(9), True),
    "8.2/10": (Decimal("8.2"), False),
    "4/5 hearts": (Decimal(8), True),
    "(4/5)": (Decimal(8), True),
    "[8/10]": (Decimal(8), False),
}
#: A letter grade is a rating only after a label that may grade: "B+" alone on a line,
#: or after "Stars:" (a count of stars, or the cast), is not read.
LETTERS = ("B+", "A-")
#: Front matter keys a static site gives its rating.
FRONT_MATTER_KEYS = ("rating", "stars", "score", "grade")

TITLE = "Some Film (2021)"
INFO = "Director: Jane Doe\nRuntime: 112 minutes\nCertificate: PG-13"
PARAGRAPH = (
    "The film opens on a quiet street and never quite lets go of it. Its lead gives a "
    "patient, watchful performance, and the score keeps out of the way."
)
CLOSING = "By the end it has earned its long last shot, and most of its quiet moments."


def labelled(label, value, *, colon=True):
    if not label:
        return value
    return f"{label}{':' if colon else ''} {value}"


def txt_end(label, value, colon=True):
    line = labelled(label, value, colon=colon)
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n{line}\n"


def txt_body(label, value, colon=True):
    line = labelled(label, value, colon=colon)
    return "review.txt", f"{TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{line}\n\n{CLOSING}\n"


def md_bold(label, value, colon=True):
    line = f"**{label}{':' if colon else ''}** {value}" if label else f"**{value}**"
    return "review.md", f"# {TITLE}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n\n{line}\n"


def page(body):
    return (
        f"<html><head><title>{TITLE} review</title></head><body><article><h1>{TITLE}</h1>"
        f"<p>Director: Jane Doe</p><p>Runtime: 112 minutes</p><p>Certificate: PG-13</p>"
        f"<p>{PARAGRAPH}</p><p>{CLOSING}</p>{body}</article></body></html>"
    )


def html_dl(label, value, colon=True):
    return "review.html", page(f"<dl><dt>{label}</dt><dd>{value}</dd></dl>")


def html_row(label, value, colon=True):
    return "review.html", page(f"<table><tr><th>{label}</th><td>{value}</td></tr></table>")


def html_strong(label, value, colon=True):
    strong = f"<strong>{label}{':' if colon else ''}</strong> " if label else ""
    return "review.html", page(f"<p>{strong}{value}</p>")


def front_matter(key, value, colon=True):
    quoted = f'"{value}"'
    head = f"---\ntitle: {TITLE}\n{key}: {quoted}\n---\n"
    return "review.md", f"{head}\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n"


def title_rating(label, value, colon=True):
    bracketed = value if value.startswith(("(", "[")) else f"({value})"
    text = f"Night Train Review {bracketed}\n\n{INFO}\n\n{PARAGRAPH}\n\n{CLOSING}\n"
    return "review.txt", text


#: The places a rating is written, by name; the labels each place takes.
PLACES = {
    "txt-end": txt_end,
    "txt-body": txt_body,
    "md-bold": md_bold,
    "html-dl": html_dl,
    "html-row": html_row,
    "html-strong": html_strong,
}
#: Places that need a label (a <dl> or table row has one by its nature).
LABELLED_PLACES = ("html-dl", "html-row")


def read(name, text):
    return document_extract(Source(name=name, text=text))


def expected(value):
    raw, converted = VALUES[value]
    return raw, half_step(raw), converted


def is_read(label, value):
    """Whether the grid expects `value` under `label` to be the rating."""
    return value not in LETTERS or label.casefold() not in ("", "stars")


def misread(name, text, value, *, read_it=True, year=2021):
    """What is wrong with the review read from `text` (a document rating with `value`),
    or "" when the rating, its reported conversion and the other facts are right."""
    review = read(name, text)
    raw, rating, converted = expected(value)
    film = review.film
    wrong = []
    if (film.certificate, film.runtime_minutes, film.year) != ("PG-13", 112, year):
        wrong.append(f"facts {film.certificate}, {film.runtime_minutes}, {film.year}")
    if not read_it:
        return "; ".join([*wrong, f"rating {review.rating}"] if review.rating else wrong)
    if review.rating != rating:
        wrong.append(f"rating {review.rating}, not {rating}")
    elif converted and not any(f"{plain(raw)}/10" in warning for warning in review.warnings):
        wrong.append(f"conversion not reported: {review.warnings}")
    if value in review.body_html:
        wrong.append("left in the body")
    return "; ".join(wrong)


def cell_misread(place, label, value, *, colon=True):
    """What is wrong with `value` under `label` in `place` (a key of PLACES), or ""."""
    name, text = PLACES[place](label, value, colon)
    return misread(name, text, value, read_it=is_read(label, value))
