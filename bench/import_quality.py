"""How well the importer reads review documents: precision and recall per kind of fact.

    DJANGO_DEBUG=1 .venv/bin/python bench/import_quality.py [CORPUS] [--catalogue demo]
        [--json] [--details] [--database-url postgres://postgres@127.0.0.1:5432/SCRATCH]

CORPUS is a folder of documents (.txt, .md, .html, WordPress .xml), each beside its expected
facts in `<name>.expected.json` (format: bench/README.md); bench/corpus by default. Every
document is imported alone with `manage.py import_reviews`, on a scratch database holding
nothing (or the demo catalogue, with `--catalogue demo`), then read back from the database
(review, its film, credits, scores, and every person, film, genre and studio the import
made), scored by `quality_score`, and rolled back, so documents never see each other.

SQLite in a temporary folder by default; with DATABASE_URL set to PostgreSQL, a scratch
`<name>_quality` on that server; `--database-url` names the scratch database itself. A
PostgreSQL scratch database is created (it must not exist) and dropped afterwards. Always
exits 0: it is a measurement, not a test.
"""

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quality_score import KINDS, Tally, document_score, precision_recall  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
EXPECTED_SUFFIX = ".expected.json"
#: The staff user the documents are imported as.
BENCH_USER = "quality-bench"
#: Credit roles by the kind of fact they are; a role not listed counts under its own name.
ROLE_KINDS = {
    "director": "directors",
    "writer": "writers",
    "screenplay": "writers",
    "cast": "cast",
    "actor": "cast",
    "cinematography": "cinematography",
    "cinematographer": "cinematography",
    "music": "music",
    "composer": "music",
    "editing": "editing",
    "editor": "editing",
    "producer": "producers",
    "studio": "studios",
    "production_company": "studios",
    "distributor": "studios",
}
#: A film's lists of facts that are not credits.
FILM_LISTS = ("genres", "countries", "studios")
#: What the bench says when a document's import warned that its film waits for an editor.
TO_CONFIRM_WORDS = "film to confirm"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--catalogue", choices=["empty", "demo"], default="empty")
    parser.add_argument(
        "--documents",
        type=Path,
        help="Where the documents are, when not beside their expected facts (the seeds).",
    )
    parser.add_argument("--json", action="store_true", help="Machine-readable output.")
    parser.add_argument("--details", action="store_true", help="List every miss and junk.")
    parser.add_argument("--database-url", help="A scratch PostgreSQL database (created, dropped).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = scratch_database_url(args.database_url, scratch)
        os.environ.update(
            DJANGO_SETTINGS_MODULE="reviewsite.settings",
            DJANGO_DEBUG="1",
            DATABASE_URL=url,
            MEDIA_ROOT=f"{scratch}/media",
            TASKS_BACKEND="immediate",
            DJANGO_LOG_LEVEL="ERROR",
        )
        os.environ.pop("REDIS_URL", None)
        is_postgres = url.startswith("postgres")
        if is_postgres:
            createdb("createdb", url)
        try:
            tally, by_format, rows = measure(args.corpus, args.documents, catalogue=args.catalogue)
        finally:
            if is_postgres:
                from django.db import connections

                connections.close_all()
                createdb("dropdb", url)
    if args.json:
        data = report_data(tally, by_format, rows, args)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print_report(tally, by_format, args, details=args.details)
    return 0


def scratch_database_url(named, scratch):
    """`named`, else a scratch copy's name on DATABASE_URL's PostgreSQL server (`<name>_quality`),
    else SQLite in the `scratch` folder: the bench never writes to a working database."""
    server = os.environ.get("DATABASE_URL", "")
    if named:
        return named
    if server.startswith("postgres"):
        return f"{server.rstrip('/')}_quality"
    return f"sqlite:///{scratch}/quality.sqlite3"


def createdb(program, url):
    subprocess.run(
        [program, "-h", "127.0.0.1", "-U", "postgres", url.rsplit("/", 1)[-1]], check=True
    )


def corpus_documents(corpus: Path, documents: Path | None = None):
    """Each document of `corpus` (or of `documents`) with its expected facts, in order."""
    for expected in sorted(corpus.rglob(f"*{EXPECTED_SUFFIX}")):
        document = expected.with_name(expected.name.removesuffix(EXPECTED_SUFFIX))
        if documents is not None:
            document = documents / document.relative_to(corpus)
        if document.exists():
            yield document, json.loads(expected.read_text(encoding="utf-8"))


def measure(corpus, documents=None, *, catalogue):
    """Set the scratch database up, then import and score every document of `corpus`."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(BENCH_USER, is_staff=True, is_superuser=True)
    if catalogue == "demo":
        from demo.services import demo_load

        demo_load(stdout=None)
    tally, by_format, rows = Tally(), {}, []
    for document, expected in corpus_documents(corpus, documents):
        name = str(document.relative_to(documents or corpus))
        got = document_import(document)
        score = document_score(name, expected, got, catalogue=catalogue != "empty")
        tally.add(score)
        by_format.setdefault(document.suffix.lower(), Tally()).add(score)
        rows.append({"document": name, "output": got.pop("output"), **got})
    return tally, by_format, rows


def document_import(path):
    """What importing `path` alone made, read from the database, then rolled back."""
    from django.core.management import call_command
    from django.db import transaction

    output = io.StringIO()
    with transaction.atomic():
        before = high_water_marks()
        try:
            call_command(
                "import_reviews",
                str(path),
                author=BENCH_USER,
                stdout=output,
                stderr=output,
                verbosity=2,
            )
        except Exception as error:  # a failed import is a measured miss, never a crash
            output.write(f"\n{type(error).__name__}: {error}")
        got = made_since(before, to_confirm=slugs_to_confirm(output.getvalue()))
        transaction.set_rollback(True)
    got["output"] = output.getvalue()
    return got


def slugs_to_confirm(output):
    """The reviews (by slug) whose lines in the command's report say their film waits for the
    editor; "*" when the report says so of a document without naming a review."""
    slugs, slug = set(), "*"
    for line in output.splitlines():
        if line.startswith("["):  # "[1/3] name: created → slug (film)", then its warnings
            slug = line.partition(" → ")[2].partition(" (")[0] or "*"
        elif TO_CONFIRM_WORDS in line.casefold():
            slugs.add(slug)
    return slugs


def models():
    from reviews.models import Credit, Film, Genre, Person, Review, Studio

    return {
        "persons": Person,
        "films": Film,
        "genres": Genre,
        "studios": Studio,
        "reviews": Review,
        "credits": Credit,
        **{f"film_{name}": getattr(Film, name).through for name in FILM_LISTS},
    }


def high_water_marks():
    """The highest primary key of each kind of row, so what an import adds can be told apart."""
    from django.db.models import Max

    return {
        name: model.objects.aggregate(top=Max("pk"))["top"] or 0 for name, model in models().items()
    }


def made_since(before, *, to_confirm):
    """The reviews, people, films, genres and studios made after `before`, as plain dicts."""
    tables = models()
    created = {
        name: [
            row.title if name == "films" else row.name
            for row in tables[name].objects.filter(pk__gt=before[name])
        ]
        for name in ("persons", "films", "genres", "studios")
    }
    reviews = tables["reviews"].objects.filter(pk__gt=before["reviews"]).select_related("film")
    return {
        "reviews": [review_facts(review, before, to_confirm=to_confirm) for review in reviews],
        "created": created,
    }


def review_facts(review, before, *, to_confirm):
    """A review and its film as the facts an editor now sees, in the expected files' shape."""
    film = review.film if review.film_id else None
    facts = {
        "rating_0_10": None if review.rating is None else float(review.rating),
        "verdict": review.verdict,
        "scores": {
            str(score.criterion.name): float(score.value)
            for score in review.scores.select_related("criterion")
        },
        **(film_facts(film, before) if film else {}),
    }
    is_new = film is not None and film.pk > before["films"]
    label = f"{film.title} ({film.release_year})" if film else "(no film: title to confirm)"
    return {
        "key": review.import_key,
        "headline": review.headline,
        "facts": facts,
        "to_confirm": bool({review.slug, "*"} & to_confirm)
        or film is None
        or getattr(review, "is_film_to_confirm", False),
        "film": {"label": label, "is_new": is_new},
    }


def film_facts(film, before):
    """A film's facts and credits; what a catalogue film held before the import is listed
    apart, under "preexisting", for the score to count only where the document says it."""
    facts = {
        "title": film.title,
        "year": film.release_year,
        "runtime_minutes": film.runtime_minutes,
    }
    held = facts["preexisting"] = {}
    if film.pk <= before["films"]:
        for kind in ("year", "runtime_minutes"):
            if facts[kind] is not None:
                held[kind] = facts[kind]
    for name in FILM_LISTS:
        for link in models()[f"film_{name}"].objects.filter(film=film).select_related():
            value = link.country.code if name == "countries" else getattr(link, name[:-1]).name
            facts.setdefault(name, []).append(value)
            if link.pk <= before[f"film_{name}"]:
                held.setdefault(name, []).append(value)
    for credit in film.credits.select_related("person").order_by("billing_order", "pk"):
        kind = ROLE_KINDS.get(credit.role, credit.role)
        value = credit.person.name
        if kind == "cast":
            value = {"name": credit.person.name, "character": credit.character}
        facts.setdefault(kind, []).append(value)
        if credit.pk <= before["credits"]:
            held.setdefault(kind, []).append(value)
    return facts


def percent(value):
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def kind_rows(tally):
    """(kind, expected, made, right, precision, recall) per kind of fact, then overall."""
    kinds = [*KINDS, *(kind for kind in tally.kinds if kind not in KINDS)]
    rows = []
    for kind, (tp, fp, fn) in [
        *((kind, tally.kinds[kind]) for kind in kinds),
        ("overall", tally.overall()),
    ]:
        precision, recall = precision_recall(tp, fp, fn)
        rows.append((kind, tp + fn, tp + fp, tp, precision, recall))
    return rows


def shown(path):
    """`path` from the project's folder when it is inside it, as READMEs quote it."""
    path = path.resolve()
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def print_report(tally, by_format, args, *, details):
    print(
        f"Corpus {shown(args.corpus)}: {tally.documents} documents, "
        f"{tally.reviews_expected} reviews expected; catalogue: {args.catalogue}"
    )
    print(
        f"\n{'fact':<16} {'expected':>8} {'made':>6} {'right':>6} {'precision':>10} {'recall':>8}"
    )
    for kind, expected, made, right, precision, recall in kind_rows(tally):
        shares = f"{percent(precision):>10} {percent(recall):>8}"
        print(f"{kind:<16} {expected:>8} {made:>6} {right:>6} {shares}")
    for suffix, part in sorted(by_format.items()):
        kind, expected, made, right, precision, recall = kind_rows(part)[-1]
        shares = f"{percent(precision):>10} {percent(recall):>8}"
        label = f"{suffix} ({part.documents})"
        print(f"{label:<16} {expected:>8} {made:>6} {right:>6} {shares}")
    print(f"\nreviews not imported: {tally.reviews_missing} of {tally.reviews_expected}")
    print(f"non-reviews imported as reviews: {tally.non_reviews_imported}")
    print(f"wrong-film attachments: {len(tally.wrong_films)}")
    print(f"reviews left for the editor to confirm the film: {len(tally.reviews_to_confirm)}")
    junk = ", ".join(f"{len(names)} {entity}" for entity, names in tally.junk.items())
    print(f"junk entities created: {sum(map(len, tally.junk.values()))} ({junk})")
    if not details:
        return
    for line in tally.wrong_films:
        print(f"  wrong film: {line}")
    for line in tally.reviews_to_confirm:
        print(f"  film to confirm: {line}")
    for entity, names in tally.junk.items():
        for line in names:
            print(f"  junk {entity}: {line}")
    for document, kind, how, value in tally.misses:
        print(f"  {document}: {kind} {how}: {value}")


def report_data(tally, by_format, rows, args):
    keys = ("expected", "made", "right", "precision", "recall")
    return {
        "corpus": str(shown(args.corpus)),
        "catalogue": args.catalogue,
        "documents": tally.documents,
        "reviews_expected": tally.reviews_expected,
        "reviews_missing": tally.reviews_missing,
        "non_reviews_imported": tally.non_reviews_imported,
        "kinds": {row[0]: dict(zip(keys, row[1:], strict=True)) for row in kind_rows(tally)},
        "formats": {
            suffix: dict(zip(keys, kind_rows(part)[-1][1:], strict=True))
            for suffix, part in by_format.items()
        },
        "wrong_films": tally.wrong_films,
        "reviews_to_confirm": tally.reviews_to_confirm,
        "junk": tally.junk,
        "misses": [
            dict(zip(("document", "kind", "how", "value"), miss, strict=True))
            for miss in tally.misses
        ],
        "documents_made": rows if args.details else None,
    }


if __name__ == "__main__":
    sys.exit(main())
