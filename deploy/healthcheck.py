"""Container health check for processes without an HTTP port (the task worker, the scheduler).

Healthy means able to do their work: the database and the cache answer (the checks behind
/readyz). Exit status 0, or 1 with the names of what failed. Usage: python deploy/healthcheck.py
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")


def main():
    import django

    django.setup()
    from reviewsite.health import passes, readiness_checks

    failures = [name for name, check in readiness_checks() if not passes(name, check)]
    if failures:
        sys.stderr.write("unavailable: " + ", ".join(failures) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
