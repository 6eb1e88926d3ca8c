#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys
from pathlib import Path


def main():
    from reviewsite.env import load_env_file

    # The checkout's local settings (`make run` writes DJANGO_DEBUG=1 there); the real
    # environment wins over them. DJANGO_ENV_FILE names another file, or none when empty.
    env_file = os.environ.get("DJANGO_ENV_FILE", Path(__file__).resolve().parent / ".env")
    if env_file:
        load_env_file(Path(env_file))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reviewsite.settings")
    from django.core.management import execute_from_command_line

    from reviewsite.startup import exit_on_missing_setting

    with exit_on_missing_setting():
        execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
