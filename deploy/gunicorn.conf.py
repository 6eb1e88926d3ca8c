"""gunicorn settings for every app process (docker-compose's web service and `make serve`).

Sync workers, chosen with bench/servers.py: behind nginx, which reads whole requests and
buffers answers, a worker is busy only while Django works, so threads or an async server
gain nothing on real pages (the review page: 20.4 req/s sync, 18.4 gthread, 17.9 granian),
while sync has the shortest tail on light ones (p99 14 ms; gthread 132 ms) and the least
memory, and gunicorn's watchdog replaces a worker stuck past the timeout.
Environment: WEB_CONCURRENCY (worker processes, default 3), GUNICORN_TIMEOUT (seconds,
default 120: the admin import is the slowest request). The address is given with --bind.
"""

import os

workers = int(os.environ.get("WEB_CONCURRENCY") or 3)
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 120)
graceful_timeout = 10
# Recycle workers now and then: a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# nginx logs every request; the app logs only errors and its own messages.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# Heartbeat files in memory: a container's overlay /tmp can stall a worker's heartbeat.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
