"""Enqueue the periodic jobs of settings.SCHEDULED_JOBS when they are due."""

import signal
import threading

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections

from scheduler.jobs import jobs_declared
from scheduler.services import scheduler_step, scheduler_tick

#: Seconds to wait before trying again when the database cannot be reached.
RETRY_WAIT = 10.0


class Command(BaseCommand):
    help = (
        "Enqueue the periodic jobs (settings.SCHEDULED_JOBS) as they fall due, until stopped "
        "(Ctrl+C or SIGTERM). Several schedulers may run: each run is enqueued once. "
        "--once enqueues what is due now and exits (for cron or a health check)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Enqueue what is due now, then exit."
        )

    def handle(self, *args, once, **options):
        try:
            jobs = jobs_declared()
        except ImproperlyConfigured as error:
            raise CommandError(error) from error
        if once:
            runs = scheduler_tick(jobs=jobs)
            done = ", ".join(run.name for run in runs)
            self.stdout.write(f"Enqueued: {done}." if runs else "Nothing due.")
            return
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        names = ", ".join(job.name for job in jobs) or "none"
        self.stdout.write(f"Scheduler started; jobs: {names}. Ctrl+C stops it.")
        while not stop.is_set():
            close_old_connections()
            try:
                wait = scheduler_step(jobs=jobs)
            except DatabaseError as error:
                self.stderr.write(f"Database unavailable ({type(error).__name__}); retrying.")
                wait = RETRY_WAIT
            stop.wait(wait)  # a signal sets `stop`: the wait ends at once
        self.stdout.write("Scheduler stopped.")
