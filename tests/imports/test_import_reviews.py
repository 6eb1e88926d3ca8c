"""The import service and the `import_reviews` command against the database."""

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.management import CommandError, call_command

from imports import apply
from imports.apply import review_import
from imports.catalogue import Catalogue
from imports.documents import MISSING_QUESTION, extract
from reviews.models import Credit, Criterion, FAQEntry, Film, Person, Review
from tests.factories import CreditFactory, FilmFactory, PersonFactory
from tests.imports.helpers import Out, run

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "documents"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed documents not found at {SEEDS}")


@pytest.fixture
def ballerinas(db):
    """The two films called Ballerina, as the catalogue has them."""
    korean = FilmFactory(title="Ballerina", release_year=2023)
    CreditFactory(
        film=korean, person=PersonFactory(name="Lee Chung-hyun"), role="director", character=""
    )
    CreditFactory(film=korean, person=PersonFactory(name="Jeon Jong-seo"), character="Ok-ju")
    wick = FilmFactory(title="From the World of John Wick: Ballerina", release_year=2025)
    CreditFactory(
        film=wick, person=PersonFactory(name="Len Wiseman"), role="director", character=""
    )
    CreditFactory(film=wick, person=PersonFactory(name="Ana de Armas"), character="Eve")
    PersonFactory(name="Scott Derrickson")
    return korean, wick


def import_text(text, author, **options):
    return review_import(extracted=extract(text), status=None, author=author, **options)


@needs_seeds
def test_seed_000_is_a_film_to_confirm_whose_info_line_contradicts_its_text(ballerinas, author):
    korean, wick = ballerinas
    result = import_text(next(SEEDS.glob("000_*.txt")).read_text(), author)
    review = Review.objects.get(slug=result.review)
    assert result.film_decision == "undecided" and not result.is_film_created
    assert review.film == korean and review.status == Review.Status.DRAFT
    assert Film.objects.count() == 2  # never a third Ballerina
    # The info line's facts are another film's: none is applied to either film.
    assert korean.credits.count() == 2 and wick.credits.count() == 2
    assert not korean.countries.exists() and not korean.genres.exists()
    assert review.rating == Decimal(9) and review.scores.count() == 6
    assert set(review.faq_entries.values_list("question", flat=True)) == {MISSING_QUESTION}
    warnings = "\n".join(result.warnings)
    assert "Film to confirm: Its info line contradicts its text" in warnings
    assert "Directed by Lee Chunghyun" in warnings
    # How to settle it is the report's to say: a dry run's review id is no real one.
    assert "settle_film" not in warnings
    assert review.film_to_confirm.status == "pending"
    assert not Person.objects.filter(name="Len wisemen").exists()


@needs_seeds
def test_seed_004_joins_the_existing_2025_film(ballerinas, author):
    _, wick = ballerinas
    result = import_text(next(SEEDS.glob("004_*.txt")).read_text(), author)
    review = Review.objects.get(slug=result.review)
    assert review.film == wick and not result.is_film_created
    assert review.rating == Decimal(9)
    assert len(review.keywords.all()) == 12
    assert Film.objects.filter(title__icontains="Ballerina").count() == 2


@needs_seeds
def test_all_seeds_import_and_reimport_without_duplicates(ballerinas, author):
    first = run(SEEDS)
    counts = Review.objects.count(), Film.objects.count(), Person.objects.count()
    second = run(SEEDS)
    assert "5 created, 0 updated" in first
    assert "0 created, 0 updated, 5 unchanged" in second
    assert (Review.objects.count(), Film.objects.count(), Person.objects.count()) == counts


def test_fixture_documents_create_films_people_scores_and_new_criteria(author, tmp_path):
    output = run(FIXTURES)
    assert "4 created" in output
    lantern = Review.objects.get(film__title="The Lantern Keeper")
    film = lantern.film
    assert film.release_year == 2023 and film.runtime_minutes == 107
    assert sorted(film.countries.values_list("code", flat=True)) == ["KR", "US"]
    cast = film.credits.filter(role="cast").order_by("billing_order")
    assert [(c.person.name, c.character) for c in cast][:2] == [
        ("Mira Okafor", "June"),
        ("Tomás Reyes", "The Keeper"),
    ]
    assert film.credits.get(role="writer").person.name == "Paul Whitcombe"
    assert Criterion.objects.get(name="Editing Rhythm").is_default is False
    assert lantern.scores.count() == 4 and lantern.faq_entries.count() == 2
    assert list(film.studios.values_list("name", flat=True)) == ["Northlight Pictures"]
    tigers = Review.objects.get(film__title="Paper Tigers")
    assert list(tigers.film.countries.values_list("code", flat=True)) == ["GB"]
    assert tigers.rating == Decimal(6)


def test_an_old_films_former_country_is_saved(author, tmp_path):
    """ "Country: USSR": the Soviet Union (ISO 3166-3's "SU") is a country of the catalogue."""
    path = write(
        tmp_path / "mirror.txt",
        b"Mirror (1975)\n\nDirector: Andrei Tarkovsky\nCountry: USSR\nRuntime: 107 min\n\n"
        b"A memory piece that drifts between a dacha, a printing house and a war.\n",
    )
    run(path)
    film = Film.objects.get(title="Mirror")
    assert list(film.countries.values_list("code", "name")) == [("SU", "Soviet Union")]


def test_a_countrys_name_before_its_renaming_is_saved_as_that_country(author, tmp_path):
    """ "Turkey", "Burma": the catalogue names them Türkiye and Myanmar, the same rows."""
    path = write(
        tmp_path / "wall.txt",
        b"Harbour Wall (2004)\n\nDirector: Ines Lund\nCountry: Germany, Turkey, Burma\n\n"
        b"A marriage on paper that does not stay on paper.\n",
    )
    run(path)
    film = Film.objects.get(title="Harbour Wall")
    assert sorted(film.countries.values_list("code", flat=True)) == ["DE", "MM", "TR"]


def test_people_are_matched_ignoring_case_and_accents(author):
    existing = PersonFactory(name="Tomás Reyes")
    run(FIXTURES / "bulleted_facts.txt")
    assert Person.objects.filter(name__iexact="tomás reyes").count() == 1
    assert Credit.objects.filter(person=existing, character="The Keeper").exists()


def test_same_document_twice_is_unchanged_and_keeps_the_editors_changes(author):
    path = FIXTURES / "facts_per_line.txt"
    run(path)
    Review.objects.update(verdict="Edited by an editor.")
    output = run(path)
    assert "0 created, 0 updated, 1 unchanged" in output
    assert Review.objects.get().verdict == "Edited by an editor."


def test_edited_document_updates_its_review(author, tmp_path):
    path = FIXTURES / "facts_per_line.txt"
    run(path)
    review = Review.objects.get()
    review_pk, film_pk = review.pk, review.film_id
    edited = path.read_text().replace("\n\n", "\n\nA sentence added on second thought.\n\n", 1)
    output = run(write(tmp_path / "edited.txt", edited.encode()))
    assert "0 created, 1 updated" in output
    review = Review.objects.get()
    assert (review.pk, review.film_id) == (review_pk, film_pk)
    assert "second thought" in review.body
    assert FAQEntry.objects.count() == 0
    assert (Credit.objects.count(), Person.objects.count()) == (6, 5)


def test_dry_run_reports_and_saves_nothing(author):
    output = run(FIXTURES, "--dry-run")
    assert "4 created" in output and "dry run" in output
    assert not Review.objects.exists() and not Film.objects.exists()


def test_status_published_sets_a_publish_time(author):
    run(FIXTURES / "stars_only.txt", "--status", "published")
    review = Review.objects.get()
    assert review.is_published


def test_a_reimport_never_changes_the_status_editors_chose(author, tmp_path):
    path = FIXTURES / "stars_only.txt"
    run(path, "--status", "published")
    edited = path.read_text() + "\nOne more paragraph, written later.\n"
    output = run(write(tmp_path / "edited.txt", edited.encode()), "--status", "draft")
    assert "1 updated" in output
    assert Review.objects.get().is_published


def write(path, data):
    path.write_bytes(data)
    return path


def test_bad_inputs_are_skipped_with_reasons_and_a_failing_exit_code(author, tmp_path):
    shutil.copy(FIXTURES / "stars_only.txt", tmp_path / "good.txt")
    write(tmp_path / "empty.txt", b"  \n")
    write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    write(tmp_path / "huge.txt", b"Huge\n\n" + b"word " * 2_100_000)  # 10.5 MB
    latin = "Café Society Blues\n\nDirector: Amélie Roux\n\nA warm film.\n\nRating: 7/10\n"
    write(tmp_path / "latin.txt", latin.encode("cp1252"))
    out = Out()
    with pytest.raises(CommandError, match="3 of 5") as raised:
        call_command("import_reviews", str(tmp_path), "--author", "importer", stdout=out)
    assert raised.value.returncode == 1
    assert "skipped: the file is empty" in out.text
    assert "skipped: binary file" in out.text
    assert "over the 1 MB limit" in out.text
    assert "read as Windows-1252" in out.text
    assert Person.objects.filter(name="Amélie Roux").exists()
    assert Review.objects.count() == 2


def test_a_document_failing_midway_leaves_nothing_behind(author, monkeypatch):
    original = apply.Importer.scores_and_faq

    def explode_on_tigers(self, review):
        if review.film.title == "Paper Tigers":
            raise RuntimeError("disk on fire")
        return original(self, review)

    monkeypatch.setattr(apply.Importer, "scores_and_faq", explode_on_tigers)
    out = Out()
    with pytest.raises(CommandError, match="1 of 4"):
        call_command("import_reviews", str(FIXTURES), "--author", "importer", stdout=out)
    assert "failed, nothing saved: RuntimeError: disk on fire" in out.text
    assert Review.objects.count() == 3
    assert not Film.objects.filter(title="Paper Tigers").exists()
    assert not Person.objects.filter(name="Sunita Rao").exists()


def test_catalogue_forgets_rows_of_a_rolled_back_document(author):
    catalogue = Catalogue()
    text = (FIXTURES / "bulleted_facts.txt").read_text()
    import_text(text, author, catalogue=catalogue, dry_run=True)
    assert catalogue.people.exact("Tomás Reyes") is None
    assert catalogue.find(Criterion, "Editing Rhythm") is None
    import_text(text, author, catalogue=catalogue)
    assert catalogue.people.exact("tomas reyes").name == "Tomás Reyes"
    assert (
        catalogue.find(Criterion, "editing rhythm").pk
        == Criterion.objects.get(name="Editing Rhythm").pk
    )


def test_unknown_author_is_an_error(db):
    with pytest.raises(CommandError, match="No user called"):
        call_command("import_reviews", str(FIXTURES), "--author", "nobody")


def test_a_title_with_a_franchise_prefix_joins_the_film_whose_director_agrees(author):
    film = FilmFactory(title="Ballerina", release_year=2025)
    CreditFactory(
        film=film, person=PersonFactory(name="Len Wiseman"), role="director", character=""
    )
    facts = "\n\nGenre: Action Director: {director}\n\nA paragraph of review text.\n"
    joined = import_text(
        "From the World of John Wick: Ballerina" + facts.format(director="Len Wiseman"), author
    )
    apart = import_text("Tales of Dance: Ballerina" + facts.format(director="Ada Virtanen"), author)
    assert Review.objects.get(slug=joined.review).film == film
    assert "ends in its title “Ballerina”" in "\n".join(joined.warnings)
    assert apart.is_film_created
    assert Review.objects.get(slug=apart.review).film.title == "Tales of Dance: Ballerina"


@pytest.mark.postgres
def test_imported_reviews_are_searchable_once_the_run_ends(
    author, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run(FIXTURES)
    assert [review.film.title for review in Review.objects.search("lantern")] == [
        "The Lantern Keeper"
    ]
    assert Review.objects.filter(search_vector__isnull=True).count() == 0


def test_a_document_with_only_a_title_is_skipped(author, tmp_path):
    write(tmp_path / "title.txt", b"Just A Title\n\n")
    write(tmp_path / "capsule.txt", b"Tiny Film\n\nRating: 4/5\n")
    out = Out()
    with pytest.raises(CommandError, match="1 of 2"):
        call_command("import_reviews", str(tmp_path), "--author", "importer", stdout=out)
    assert "skipped: no review text, only a title" in out.text
    assert list(Review.objects.values_list("headline", flat=True)) == ["Tiny Film"]
    assert not Film.objects.filter(title="Just A Title").exists()


def test_a_film_title_matches_whatever_its_accents_case_and_review_subtitle(author):
    film = FilmFactory(title="Amélie", release_year=2001)
    CreditFactory(
        film=film, person=PersonFactory(name="Jean-Pierre Jeunet"), role="director", character=""
    )
    text = "{title}\n\nDirector: Jean-Pierre Jeunet\nYear: 2001\n\nA paragraph about the film.\n"
    for title in ["Amelie (2001) Review", "AMÉLIE review: Jeunet's finest hour"]:
        result = import_text(text.format(title=title), author)
        assert Review.objects.get(slug=result.review).film == film
    assert Film.objects.count() == 1


def test_a_review_edited_here_is_kept_unless_asked_to_replace_it(author, tmp_path):
    path = FIXTURES / "facts_per_line.txt"
    with time_machine.travel("2026-01-01 10:00Z", tick=False):
        run(path)
    with time_machine.travel("2026-01-02 10:00Z", tick=False):
        review = Review.objects.get()
        review.verdict = "The editor's own verdict."
        review.save()
    edited = write(tmp_path / "edited.txt", (path.read_text() + "\nA late paragraph.\n").encode())
    output = run(edited)
    assert "0 updated, 0 unchanged, 1 kept" in output
    assert "changed here since it was imported" in output
    assert Review.objects.get().verdict == "The editor's own verdict."
    output = run(edited, "--replace-edited")
    assert "1 updated" in output
    assert "A late paragraph." in Review.objects.get().body


def test_a_utf16_document_is_read_and_said_to_be(author, tmp_path):
    text = (FIXTURES / "stars_only.txt").read_text()
    write(tmp_path / "unicode.txt", text.encode("utf-16"))
    output = run(tmp_path)
    assert "1 created" in output and "read as UTF-16" in output
