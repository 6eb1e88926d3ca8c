"""Every public page on the demo database and on a publication of 20,000 reviews and 500,000
comments, uncached: does a page's cost grow with the data?

Usage (PostgreSQL; two scratch databases are made beside the one named, then dropped):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/reviewsite .venv/bin/python bench/scale.py
        [--reviews 20000 --comments 500000 --seconds 5 --rounds 3 --workers 2]

Three sites run under gunicorn with DEBUG off and the page and fragment caches off, side by
side: the demo content; the demo and 300 more reviews, so that every listing's first page is
full (a genre shows twelve cards, not the demo's three); and the large publication. Each
page is measured with wrk on each site in turn, in `--rounds` interleaved rounds after a
warm-up, and the median of the rounds is kept. It prints requests/s for each page on each
site, and the large site's ratio to the demo (the goal: every page at least 0.80) and to the
full small site (the same page, twelve cards against twelve: what grows with the data).

Building the large database takes several minutes (bench/scale_data.py).
"""

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import harness

GOAL = 0.80


def page_paths(env, review_path):
    """The pages measured: the same addresses on both databases."""
    code = f"""
from reviews.models import Review
review = Review.objects.get(slug={review_path.strip("/").split("/")[-1]!r})
film = review.film
person = film.credits.filter(role='director').first().person
genre = film.genres.order_by('pk').first()
tag = review.keywords.order_by('pk').first() or review.film.keywords.first()
country = film.countries.order_by('code').first()
print(film.get_absolute_url(), person.get_absolute_url(), genre.get_absolute_url(),
      '/tags/%s/' % tag.slug, country.get_absolute_url(), '/years/%s/' % film.release_year)
"""
    out = subprocess.run(
        [harness.PYTHON, "manage.py", "shell", "-c", code],
        cwd=harness.ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    film, person, genre, tag, country, year = out[-6:]
    return {
        "home": "/",
        "archive": "/reviews/",
        "review": review_path,
        "film": film,
        "person": person,
        "genre": genre,
        "keyword": tag,
        "country": country,
        "year": year,
        "search": "/search/?q=film",
        "feed": "/feed/",
        "sitemap": "/sitemap.xml",
    }


#: The like-for-like small site: the demo grown just enough to fill every listing's page.
FULL_REVIEWS = 300


def build(urls, workdir, *, sizes):
    """The demo database and its grown copies (unless kept from an earlier run); their
    environments and the benchmarked review's path."""
    envs, review = {}, None
    for site, (url, kept) in urls.items():
        envs[site] = harness.environment(workdir / site, database_url=url, **UNCACHED)
        if kept:  # built by an earlier run: brought up to this code's migrations
            harness.manage(envs[site], "migrate", "--noinput", "-v0")
            harness.manage(envs[site], "collectstatic", "--noinput", "-v0")
            review = harness.run_script(envs[site], "seed.py", capture=True)
            continue
        review = harness.demo_database(envs[site])
        if site in sizes:
            reviews, comments = sizes[site]
            arguments = ["--reviews", str(reviews), "--comments", str(comments)]
            harness.run_script(envs[site], "scale_data.py", *arguments)
    return envs, review


UNCACHED = {"PAGE_CACHE": "0", "FRAGMENT_CACHE": "0", "PAGE_CACHE_PROXY_SECONDS": "0"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=20_000)
    parser.add_argument("--comments", type=int, default=500_000)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--keep", action="store_true", help="keep the databases, and reuse ones kept before"
    )
    args = parser.parse_args()
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server (see the usage above).")
    harness.require("wrk", "wrk")

    workdir = Path(tempfile.mkdtemp(prefix="reviewsite-scale-"))
    per_review = args.comments // args.reviews
    sizes = {
        "full": (FULL_REVIEWS, FULL_REVIEWS * per_review),
        "big": (args.reviews, args.comments),
    }
    with (
        harness.postgres_database(base, "scale_demo", keep=args.keep) as demo,
        harness.postgres_database(base, "scale_full", keep=args.keep) as full,
        harness.postgres_database(base, "scale_big", keep=args.keep) as big,
    ):
        envs, review = build({"demo": demo, "full": full, "big": big}, workdir, sizes=sizes)
        paths = page_paths(envs["demo"], review)
        ports = {site: harness.free_port() for site in envs}
        with contextlib.ExitStack() as stack:
            for site, env in envs.items():
                stack.enter_context(harness.app_server(env, port=ports[site], workers=args.workers))
            results = measure(paths, ports, args)
    report(results, args)


def measure(paths, ports, args):
    results = {(name, site): [] for name in paths for site in ports}
    for path in paths.values():  # warm-up: every worker, every query prepared
        for port in ports.values():
            harness.wrk(f"http://127.0.0.1:{port}{path}", seconds=1, connections=args.connections)
    for _ in range(args.rounds):
        for name, path in paths.items():
            for site, port in ports.items():
                run = harness.wrk(
                    f"http://127.0.0.1:{port}{path}",
                    seconds=args.seconds,
                    connections=args.connections,
                )
                if run["failed"]:
                    raise SystemExit(f"{name} on {site}: {run['failed']} failed answers")
                results[name, site].append(run)
    return results


def report(results, args):
    print(
        f"\nUncached pages, gunicorn {args.workers} sync workers, wrk {args.connections} "
        f"connections, median of {args.rounds} rounds of {args.seconds:g} s; {os.cpu_count()} CPUs."
        f"\ndemo: the demo content; full: the demo and {FULL_REVIEWS} more reviews (every "
        f"listing's first page full); large: the demo and {args.reviews:,} more reviews, "
        f"{args.comments:,} comments. Ratios: large / demo, and large / full (like for like)."
    )
    heading = ("page", "demo req/s", "full req/s", "large req/s", "/demo", "/full")
    print("{:10} {:>11} {:>11} {:>12} {:>7} {:>7}".format(*heading))
    worst = {"demo": 1.0, "full": 1.0}
    for name in dict.fromkeys(name for name, _ in results):
        rate = {
            site: harness.median([run["rate"] for run in results[name, site]])
            for site in ("demo", "full", "big")
        }
        ratios = {site: rate["big"] / rate[site] for site in ("demo", "full")}
        for site in worst:
            worst[site] = min(worst[site], ratios[site])
        marks = "".join(" <" if ratios[site] < GOAL else "  " for site in ("demo", "full"))
        print(
            f"{name:10} {rate['demo']:11.1f} {rate['full']:11.1f} {rate['big']:12.1f} "
            f"{ratios['demo']:7.2f} {ratios['full']:7.2f}{marks}"
        )
    print(
        f"lowest ratio: {worst['demo']:.2f} against the demo, {worst['full']:.2f} like for "
        f"like (goal {GOAL:.2f}; < marks a page below it)"
    )


if __name__ == "__main__":
    main()
