"""Time `manage.py import_reviews` over 1,000 generated review posts on a scratch database.

    DJANGO_DEBUG=1 .venv/bin/python bench/import_documents.py [--documents 1000]
        [--database-url postgres://postgres@127.0.0.1:5432/reviewsite_import_bench]

SQLite in a temporary folder by default; a PostgreSQL URL names a scratch database that
is created (it must not exist) and dropped afterwards. The second run of the same
documents, all unchanged, is timed too.

The posts vary the way real ones do: facts on one line, one per line or bulleted, label
variants, score blocks, every rating form, FAQ with and without questions, furniture, and
people drawn from a shared pool so later posts match earlier people. Target: under a minute.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = [
    "Ada",
    "Ben",
    "Cleo",
    "Dev",
    "Esme",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kaia",
    "Luca",
    "Mira",
    "Nils",
    "Omar",
    "Pia",
]
LAST = [
    "Achebe",
    "Brandt",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "Garcia",
    "Haddad",
    "Ito",
    "Jansen",
    "Kowalski",
]
WORDS = [
    "light",
    "storm",
    "river",
    "city",
    "night",
    "glass",
    "paper",
    "iron",
    "winter",
    "harbour",
    "silence",
    "engine",
]
GENRES = ["Action", "Drama", "Comedy", "Thriller", "Horror", "Romance", "Mystery"]
COUNTRIES = ["United States", "UK", "South Korea", "France", "Finland", "USA", "Australia"]
CRITERIA = ["Direction", "Performance", "Cinematography", "Sound & Score", "Screenplay"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def facts(rng, film_year):
    genre = ", ".join(rng.sample(GENRES, 2))
    country = " and ".join(rng.sample(COUNTRIES, rng.randint(1, 2)))
    director, cast = person(rng), ", ".join(person(rng) for _ in range(rng.randint(2, 6)))
    style = rng.randrange(3)
    if style == 0:
        return [f"Genre: {genre} Country: {country} Director: {director} Cast: {cast}"]
    labels = [
        f"Genres: {genre}",
        f"Countries: {country}",
        f"Directed by: {director}",
        f"{rng.choice(['Starring', 'Stars', 'Actors', 'Lead cast'])}: {cast}",
        f"Runtime: {rng.randint(80, 170)} min",
        f"Year: {film_year}",
    ]
    return [f"• {line}" for line in labels] if style == 1 else labels


def rating(rng):
    value = rng.randint(8, 20) / 2
    return rng.choice(
        [
            f"Final Rating: {'★' * int(value // 2)} {value}/10 {sentence(rng)}",
            f"Rating: {value / 2}/5",
            f"My rating: {value} / 10",
            "★" * int(value // 2) + ("½" if value % 2 else ""),
        ]
    )


def sentence(rng, words=12):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def document(number, rng):
    title = f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {number}"
    year = rng.randint(1990, 2025)
    lines = [title, "", *facts(rng, year), ""]
    for section in range(rng.randint(3, 8)):
        lines += [f"{section + 1}. Part {section + 1}" if rng.random() < 0.3 else f"Part {section}"]
        lines += ["", *(sentence(rng, 40) for _ in range(rng.randint(2, 4))), ""]
    lines += [" ".join(f"{name}: {rng.randint(10, 20) / 2}/10" for name in CRITERIA), ""]
    lines += [rating(rng), sentence(rng), "", "Frequently Asked Questions", ""]
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.7:
            lines.append(f"Is {title} worth it?")
        lines += [sentence(rng), ""]
    lines += [
        f"Keywords: {', '.join(rng.sample(WORDS, 4))}",
        "",
        "Similar Posts",
        "",
        "Leave a Reply",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--database-url", help="A scratch PostgreSQL database (created, dropped).")
    args = parser.parse_args()
    rng = random.Random(2025)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "documents"
        folder.mkdir()
        for number in range(args.documents):
            (folder / f"{number:04d}.txt").write_text(document(number, rng), encoding="utf-8")
        url = args.database_url or f"sqlite:///{scratch}/db.sqlite3"
        name = url.rsplit("/", 1)[-1]
        if url.startswith("postgres"):
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
        try:
            run(folder, {**os.environ, "DJANGO_DEBUG": "1", "DATABASE_URL": url}, args.documents)
        finally:
            if url.startswith("postgres"):
                subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)


def run(folder, env, documents):
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], check=True, env=env, cwd=ROOT)
    subprocess.run(
        [
            *manage,
            "shell",
            "-c",
            "from django.contrib.auth.models import User; "
            "User.objects.create_user('bench', is_staff=True)",
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    for label in ("first import", "same documents again"):
        start = time.perf_counter()
        done = subprocess.run(
            [*manage, "import_reviews", str(folder), "--author", "bench"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - start
        print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr)
        print(
            f"{label}: {documents} documents in {elapsed:.1f} s "
            f"({documents / elapsed:.1f} documents/s), exit code {done.returncode}"
        )


if __name__ == "__main__":
    main()
