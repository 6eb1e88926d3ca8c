"""Every public page on the demo database and on a publication of 20,000 reviews and 500,000
comments, uncached: does a page's cost grow with the data?

Usage (PostgreSQL; two scratch databases are made beside the one named, then dropped):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/reviewsite .venv/bin/python bench/scale.py
        [--reviews 20000 --comments 500000 --seconds 5 --rounds 3 --workers 2]

Both sites run under gunicorn with DEBUG off and with the page and fragment caches off, side
by side; each page is measured with wrk on one site then the other, in `--rounds` interleaved
rounds after a warm-up, and the median of the rounds is kept. It prints requests/s for each
page on each database and their ratio (the goal: every page at least 0.80).

Building the large database takes several minutes (bench/scale_data.py).
"""

import argparse
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


def build(urls, workdir, *, reviews, comments):
    """The demo database and its grown copy (unless kept from an earlier run); their
    environments and the benchmarked review's path."""
    envs, review = {}, None
    for site, (url, kept) in urls.items():
        envs[site] = harness.environment(workdir / site, database_url=url, **UNCACHED)
        if kept:
            harness.manage(envs[site], "collectstatic", "--noinput", "-v0")
            review = harness.run_script(envs[site], "seed.py", capture=True)
            continue
        review = harness.demo_database(envs[site])
        if site == "big":
            arguments = ["--reviews", str(reviews), "--comments", str(comments)]
            harness.run_script(envs[site], "scale_data.py", *arguments)
    return envs["demo"], envs["big"], review


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
    with (
        harness.postgres_database(base, "scale_demo", keep=args.keep) as demo,
        harness.postgres_database(base, "scale_big", keep=args.keep) as big,
    ):
        demo_env, big_env, review = build(
            {"demo": demo, "big": big},
            workdir,
            reviews=args.reviews,
            comments=args.comments,
        )
        paths = page_paths(demo_env, review)
        ports = {"demo": harness.free_port(), "big": harness.free_port()}
        with (
            harness.app_server(demo_env, port=ports["demo"], workers=args.workers),
            harness.app_server(big_env, port=ports["big"], workers=args.workers),
        ):
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
        f"connections, median of {args.rounds} rounds of {args.seconds:g} s; "
        f"large site: {args.reviews:,} reviews, {args.comments:,} comments; {os.cpu_count()} CPUs"
    )
    heading = ("page", "demo req/s", "large req/s", "ratio", "p50 demo/large ms")
    print("{:10} {:>11} {:>12} {:>7}  {:>18}".format(*heading))
    worst = None
    for name in dict.fromkeys(name for name, _ in results):
        demo = harness.median([run["rate"] for run in results[name, "demo"]])
        big = harness.median([run["rate"] for run in results[name, "big"]])
        p50 = (
            harness.median([run["p50"] for run in results[name, "demo"]]),
            harness.median([run["p50"] for run in results[name, "big"]]),
        )
        ratio = big / demo
        worst = ratio if worst is None else min(worst, ratio)
        mark = "" if ratio >= GOAL else "  < goal"
        print(
            f"{name:10} {demo:11.1f} {big:12.1f} {ratio:7.2f}  {p50[0]:8.1f} / {p50[1]:6.1f}{mark}"
        )
    print(f"lowest ratio {worst:.2f} (goal {GOAL:.2f})")


if __name__ == "__main__":
    main()
