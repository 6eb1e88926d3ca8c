"""Which documents' film titles the importer would leave to an editor ("title to confirm").

    DJANGO_DEBUG=1 .venv/bin/python bench/title_strength.py bench/SET [--documents DIR] [--all]

Reads each document of a corpus as the importer does (no database), and prints, for each
title `imports.title_strength` calls weak, whether the title read is right (a right title
flagged is a review held back for nothing) or wrong (a junk film avoided), with where it
was read; `--all` prints every document. Only the extraction: whether the film would have
been found in the catalogue is not asked, so a weak title with a catalogue film is counted
too. Always exits 0: a measurement.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")

import django  # noqa: E402

django.setup()

from bench.quality_score import entries, film_titles, normal  # noqa: E402
from imports.evidence import film_title  # noqa: E402
from imports.html_extract import html_extract  # noqa: E402
from imports.runs import document_extract  # noqa: E402
from imports.sources import document_read  # noqa: E402
from imports.title_strength import title_strength  # noqa: E402
from imports.wxr_html import one_line  # noqa: E402
from imports.wxr_read import export_read  # noqa: E402

EXPECTED_SUFFIX = ".expected.json"


def documents(corpus: Path, folder: Path):
    """(name, expected post, extracted) for every review the corpus expects."""
    for expected_path in sorted(corpus.glob(f"*{EXPECTED_SUFFIX}")):
        name = expected_path.name[: -len(EXPECTED_SUFFIX)]
        expected = json.loads(expected_path.read_text())
        path = folder / name
        if name.endswith(".xml"):
            posts = {post.guid: post for post in export_read(path).posts}
            for entry in entries(expected):
                post = posts.get(entry.get("guid"))
                if post is None or entry.get("not_a_review"):
                    continue
                extracted = html_extract(
                    post.content, title=one_line(post.title), classic="<!-- wp:" not in post.content
                )
                yield f"{name} {entry['guid']}", entry, extracted
        elif not expected.get("not_a_review"):
            yield name, expected, document_extract(document_read(path))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--documents", type=Path, help="where the documents are, if elsewhere")
    parser.add_argument("--all", action="store_true", help="print every document")
    options = parser.parse_args()
    counts = {"documents": 0, "weak right": 0, "weak wrong": 0, "strong wrong": 0}
    for name, expected, extracted in documents(options.corpus, options.documents or options.corpus):
        counts["documents"] += 1
        strength = title_strength(extracted)
        is_right = normal(film_title(extracted.film.title)) in film_titles(expected)
        if strength.is_weak:
            counts["weak right" if is_right else "weak wrong"] += 1
        elif not is_right:
            counts["strong wrong"] += 1
        if strength.is_weak or options.all or not is_right:
            state = ("WEAK " if strength.is_weak else "     ") + ("right" if is_right else "WRONG")
            print(
                f"{state}  {name}: “{extracted.film.title}” from {extracted.title_source or '?'}"
                f" (expected “{expected.get('title')}”)"
            )
    print(", ".join(f"{key}: {value}" for key, value in counts.items()))


if __name__ == "__main__":
    main()
