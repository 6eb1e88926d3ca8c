"""The import quality bench's metric (bench/quality_score.py) and one run over the corpus."""

import html
import json
import re
import shutil

import pytest
from django.conf import settings

from bench.import_quality import BENCH_USER, corpus_documents, document_import, slugs_to_confirm
from bench.quality_score import (
    NAME_KINDS,
    Tally,
    document_score,
    entries,
    normal,
    precision_recall,
)
from tests.factories import UserFactory

CORPUS = settings.BASE_DIR / "bench" / "corpus"
# Held-out sets, each with the number of documents it holds at least.
HOLDOUTS = {
    "holdout": 12,
    "holdout2": 10,
    "holdout3": 12,
    "holdout4": 12,
    "holdout5": 10,
    "holdout6": 12,
    "holdout7": 12,
    "holdout8": 12,
    "holdout9": 12,
    "holdout10": 12,
    "holdout11": 12,
    "holdout12": 12,
    "holdout13": 12,
    "holdout14": 12,
    "holdout15": 12,
    "holdout16": 12,
    "holdout17": 12,
    "holdout18": 12,
    "holdout19": 12,
    "holdout20": 12,
    "holdout21": 12,
}
SEEDS = settings.BASE_DIR.parent / "shared" / "seeds"


def made(facts, *, film=None, created=None, key=None, to_confirm=False):
    """What an import made, in the shape `document_import` reads from the database."""
    film = film or {"label": f"{facts.get('title')} ({facts.get('year')})", "is_new": True}
    review = {"key": key, "facts": facts, "film": film, "to_confirm": to_confirm}
    return {"reviews": [review], "created": created or {}}


EXPECTED = {
    "title": "Anora",
    "year": 2024,
    "directors": ["Sean Baker"],
    "cast": [{"name": "Mikey Madison", "character": "Ani"}, {"name": "Yura Borisov"}],
    "rating_0_10": 8,
}


def test_names_are_compared_without_case_accents_punctuation_or_hyphens():
    assert normal("  Timothée   CHALAMET ") == normal("timothee chalamet")
    assert normal("Lee Chung-hyun") == normal("Lee Chunghyun") == "lee chunghyun"
    assert normal("Dune: Part Two") == "dune part two"


def test_a_perfect_import_has_full_precision_and_recall_and_no_junk():
    created = {"persons": ["Sean Baker", "Mikey Madison", "Yura Borisov"], "films": ["Anora"]}
    tally = document_score("a.txt", EXPECTED, made(EXPECTED, created=created))

    assert tally.kinds["cast"] == [2, 0, 0]
    assert tally.kinds["characters"] == [1, 0, 0]
    assert tally.overall() == [7, 0, 0]
    assert precision_recall(*tally.overall()) == (1.0, 1.0)
    assert all(not names for names in tally.junk.values())
    assert tally.wrong_films == []


def test_wrong_and_missing_facts_count_against_precision_and_recall():
    facts = {
        "title": "Anora (2024)",  # furniture left in: the title is wrong, once each way
        "year": 2024,
        "directors": ["Sean Baker", "and more"],
        "cast": [{"name": "Mikey Madison", "character": ""}],
        "rating_0_10": 8.0,
    }
    tally = document_score("a.txt", EXPECTED, made(facts))

    assert tally.kinds["title"] == [0, 1, 1]
    assert tally.kinds["directors"] == [1, 1, 0]
    assert tally.kinds["cast"] == [1, 0, 1]
    assert tally.kinds["characters"] == [0, 0, 1]
    assert tally.overall() == [4, 2, 3]
    assert precision_recall(*tally.overall()) == (4 / 6, 4 / 7)
    assert ("a.txt", "directors", "wrong", "and more") in tally.misses


def test_people_films_and_genres_no_expected_fact_names_are_junk():
    created = {
        "persons": ["Sean Baker", "And More", "Len Wiseman"],
        "films": ["Anora", "Home » Reviews"],
        "genres": ["Comedy"],
    }
    tally = document_score("a.txt", EXPECTED, made(EXPECTED, created=created))

    assert tally.junk["persons"] == ["a.txt: and more", "a.txt: len wiseman"]
    assert tally.junk["films"] == ["a.txt: Home » Reviews"]
    assert tally.junk["genres"] == ["a.txt: comedy"]


def test_a_review_on_another_catalogue_film_is_a_wrong_film_attachment_unless_left_to_confirm():
    expected = {**EXPECTED, "film": ["Ballerina (2023)", "confirm"]}
    korean = {"label": "Ballerina (2023)", "is_new": False}
    spin_off = {"label": "From the World of John Wick: Ballerina (2025)", "is_new": False}

    def wrong(film, catalogue=True, **options):
        tally = document_score(
            "b.txt", expected, made({}, film=film, **options), catalogue=catalogue
        )
        return tally.wrong_films

    assert wrong(korean) == []
    assert wrong(spin_off) == ["b.txt: From the World of John Wick: Ballerina (2025)"]
    assert wrong(spin_off, to_confirm=True) == []
    left = document_score("b.txt", expected, made({}, film=spin_off, to_confirm=True))
    assert left.reviews_to_confirm == ["b.txt: From the World of John Wick: Ballerina (2025)"]
    assert wrong({"label": "Ballerina (None)", "is_new": True}) == ["b.txt: Ballerina (None)"]
    assert wrong({"label": "Ballerina (None)", "is_new": True}, catalogue=False) == []


def test_what_a_catalogue_film_already_held_counts_only_where_the_document_says_it():
    facts = {
        "title": "Anora",
        "year": 2024,
        "directors": ["Sean Baker"],
        "cast": [{"name": "Mikey Madison", "character": "Ani"}, {"name": "Mark Eydelshteyn"}],
        "preexisting": {"directors": ["Sean Baker"], "cast": [{"name": "Mark Eydelshteyn"}]},
    }
    tally = document_score("a.txt", EXPECTED, made(facts))

    assert tally.kinds["directors"] == [1, 0, 0]  # held and said: the editor has it
    assert tally.kinds["cast"] == [1, 0, 1]  # held but not said: neither made nor wrong


def test_a_wordpress_export_matches_posts_by_guid_and_counts_non_reviews_imported():
    expected = {"posts": [{"guid": "p1", "not_a_review": True}, {"guid": "p2", **EXPECTED}]}
    got = made(EXPECTED, key="p2")
    got["reviews"].append({**made({"title": "Hello world!"}, key="p1")["reviews"][0]})
    tally = document_score("export.xml", expected, got)

    assert tally.non_reviews_imported == 1
    assert tally.reviews_expected == 1
    assert tally.overall() == [7, 0, 0]


def test_tallies_add_up_and_kinds_unknown_to_the_bench_are_kept():
    total = Tally()
    first, second = Tally(documents=1), Tally(documents=1)
    first.count("directors", tp=1, fn=1)
    second.count("directors", fp=2)
    second.count("costume_design", tp=1)
    total.add(first).add(second)

    assert total.documents == 2
    assert total.kinds["directors"] == [1, 2, 1]
    assert total.kinds["costume_design"] == [1, 0, 0]


def stated(name, text):
    """Whether `text` (normalised) names `name`: as written, or sharing a surname with a
    sibling ("Arkady and Boris Strugatsky")."""
    name = normal(name)
    first, _, surname = name.partition(" ")
    shared = surname and re.search(rf"\b{first} and \w+ {surname}\b", text)
    return name in text or bool(shared)


def expected_names(post):
    """Every name an expected file gives: people, characters, studios, genres."""
    for kind in NAME_KINDS:
        for value in post.get(kind, []):
            yield from [value["name"], value.get("character", "")] if kind == "cast" else [value]


@pytest.mark.parametrize(
    ("expected_in", "documents_in", "at_least"),
    [
        (CORPUS, None, 40),
        *((settings.BASE_DIR / "bench" / name, None, size) for name, size in HOLDOUTS.items()),
        (settings.BASE_DIR / "bench" / "seeds", SEEDS, 5),
    ],
    ids=["corpus", *HOLDOUTS, "seeds"],
)
def test_every_document_says_what_its_expected_facts_say(expected_in, documents_in, at_least):
    if documents_in is not None and not documents_in.is_dir():
        pytest.skip(f"seed documents not found at {documents_in}")
    documents = list(corpus_documents(expected_in, documents_in))

    assert len(documents) >= at_least
    for document, expected in documents:
        text = normal(html.unescape(document.read_text(encoding="utf-8")))
        for post in entries(expected):
            if post.get("not_a_review"):
                continue
            titles = [post["title"], *post.get("title_variants", [])]
            assert any(normal(title) in text for title in titles), document.name
            missing = [name for name in expected_names(post) if not stated(name, text)]
            assert not missing, (document.name, missing)


@pytest.mark.django_db(transaction=False)
def test_the_bench_scores_a_real_import_of_two_corpus_documents(tmp_path):
    UserFactory(username=BENCH_USER, is_staff=True)
    for name in ("18-anora.txt", "37-hello-world.txt"):
        shutil.copy(CORPUS / name, tmp_path / name)
        shutil.copy(CORPUS / f"{name}.expected.json", tmp_path / f"{name}.expected.json")
    tally = Tally()
    for document, expected in corpus_documents(tmp_path):
        got = document_import(document)
        json.dumps(got)  # plain data, as --json prints it
        tally.add(document_score(document.name, expected, got))

    assert (tally.documents, tally.reviews_expected, tally.reviews_missing) == (2, 1, 0)
    assert tally.kinds["title"] == [1, 0, 0]
    assert tally.kinds["year"] == [1, 0, 0]
    assert tally.kinds["characters"][0] == 5  # "Name (Character)" read from the cast line


def test_a_credit_role_the_bench_does_not_know_is_scored_under_its_own_name():
    facts = {**EXPECTED, "costume_design": ["Jenny Beavan"]}
    expected = {**EXPECTED, "costume_design": ["Jenny Beavan", "Ruth Carter"]}

    tally = document_score("a.txt", expected, made(facts))

    assert tally.kinds["costume_design"] == [1, 0, 1]


def test_the_reviews_whose_film_waits_for_the_editor_are_read_from_the_report():
    report = (
        "[1/2] export.xml: created → hello-world (Hello world! (2024))\n"
        "[2/2] export.xml: created → ballerina-review (Ballerina (2023))\n"
        "    - Film to confirm: the info line names another film's director\n"
    )

    assert slugs_to_confirm(report) == {"ballerina-review"}
    assert slugs_to_confirm("[1/1] a.txt: created → a (A (2020))\n") == set()
