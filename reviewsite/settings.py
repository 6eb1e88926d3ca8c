"""Settings for reviewsite, driven by environment variables with safe defaults.

Every variable is listed in README.md and .env.example. With DJANGO_DEBUG off the
site refuses to start without a real secret key and allowed hosts.
"""

import importlib.util
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from reviewsite import logs, policies, schedule
from reviewsite.env import env_bool, env_float, env_int, env_list
from reviewsite.startup import MissingSetting

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DJANGO_DEBUG")

# Keys Django's startproject template generates in development start with this prefix.
INSECURE_KEY_PREFIX = "django-insecure"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or f"{INSECURE_KEY_PREFIX}-local-development-only"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if len(SECRET_KEY) < 32 or SECRET_KEY.startswith(INSECURE_KEY_PREFIX):
        raise MissingSetting(
            "DJANGO_DEBUG is off: set DJANGO_SECRET_KEY to a random string of 50 characters "
            "or more (or set DJANGO_DEBUG=1 for local development)."
        )
    if not ALLOWED_HOSTS:
        raise MissingSetting(
            "DJANGO_DEBUG is off: set DJANGO_ALLOWED_HOSTS to the site's host names, "
            "comma-separated (for example reviews.example.com)."
        )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "taggit",
    "reversion",
    "django_prose_editor",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_include_bootstrap",
    "django_tasks",
    "django_tasks_db",
    "pagecache",
    "reviews",
    "comments",
    "imports",
    "scheduler",
    "outbox",
    "demo",
    "axes",
    "reviewsite",  # last: applies reviewsite/roles.py after every migrate
]

MIDDLEWARE = [
    "reviewsite.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a kept page needs none of what follows.
    "pagecache.middleware.PageCacheMiddleware",
    "reviewsite.sessions.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Below the page cache: their headers are kept with a page and served with it.
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "reviewsite.urls"
WSGI_APPLICATION = "reviewsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database(url):
    """One DATABASES entry, with the connection handling this site relies on."""
    config = dj_database_url.parse(url)
    options = config.setdefault("OPTIONS", {})
    if config["ENGINE"] != "django.db.backends.postgresql":
        options.update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
        return config
    # An unreachable database must fail fast (the app answers the branded 503), not hang a
    # worker; psycopg, like libpq, treats anything under 2 s as 2 s.
    options.setdefault("connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 2))
    if env_bool("DATABASE_POOL"):
        # psycopg 3's pool per process: worth it only with many threads per process. Its
        # reconnection backs off exponentially, so it recovers more slowly after an outage.
        config["CONN_MAX_AGE"] = 0
        options["pool"] = {
            "min_size": env_int("DATABASE_POOL_MIN_SIZE", 2),
            "max_size": env_int("DATABASE_POOL_MAX_SIZE", 10),
            # Seconds a request waits for a connection before failing (psycopg's default: 30).
            "timeout": env_int("DATABASE_POOL_TIMEOUT", 2),
        }
    else:
        # One persistent connection per worker thread, checked before reuse: after an outage
        # the next request reconnects (measured in bench/outage.py).
        config["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 300)
        config["CONN_HEALTH_CHECKS"] = True
    # Parameters sent apart from the SQL, so psycopg prepares the statements a connection runs
    # again and again, and PostgreSQL plans a page's queries once per connection, not on every
    # request. Behind PgBouncer in transaction mode, set its max_prepared_statements (1.21+)
    # or DATABASE_PREPARE=0.
    if env_bool("DATABASE_PREPARE", default=True):
        config["ENGINE"] = "reviewsite.postgres"  # batches bulk writes to fit
        options.update({"server_side_binding": True, "prepare_threshold": 5})
    return config


# Database: the embedded SQLite file under var/ unless DATABASE_URL says otherwise.
DATABASES = {
    "default": database(os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
}
# A read replica (README, "Deployment"): anonymous readers' pages read from it, everything
# else from the primary (reviewsite/replicas.py). Tests read the primary under its name.
if DATABASE_REPLICA_URL := os.environ.get("DATABASE_REPLICA_URL", ""):
    DATABASES["replica"] = {**database(DATABASE_REPLICA_URL), "TEST": {"MIRROR": "default"}}
    DATABASE_ROUTERS = ["reviewsite.replicas.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("reviewsite.health.HealthCheckMiddleware") + 1,
        "reviewsite.replicas.ReplicaMiddleware",
    )
IS_POSTGRES = DATABASES["default"]["ENGINE"] in (
    "django.db.backends.postgresql",
    "reviewsite.postgres",
)

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "reviewsite",
            "OPTIONS": {
                # Redis down is a cache miss, not an error page; and it is noticed quickly.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Signed-in readers' sessions are read from Redis, written through to the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_COOKIE_NAME = "sessionid"

# Whole pages and page fragments for anonymous readers (pagecache/). They are kept in the
# shared cache only: with a per-process memory cache, one process would go on serving pages
# another process's change had made stale.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", default=bool(REDIS_URL))
FRAGMENT_CACHE_ENABLED = env_bool("FRAGMENT_CACHE", default=bool(REDIS_URL))
#: How long the app keeps a page at most (a change ends it at once anyway).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 24 * 60 * 60)
#: Pages each process also keeps in memory (checked against the live generation every time).
PAGE_CACHE_RECENT = env_int("PAGE_CACHE_RECENT", 100)
FRAGMENT_CACHE_RECENT = env_int("FRAGMENT_CACHE_RECENT", 500)
#: How long a process trusts the generation it last read: the bound on how late another
#: process's change reaches readers served from this one's memory (0: read it every time).
PAGE_CACHE_GENERATION_SECONDS = env_float("PAGE_CACHE_GENERATION_SECONDS", 1.0)
#: How long the proxy and a CDN may serve a page without asking (s-maxage): the bound on
#: how stale a page read through them can be.
PAGE_CACHE_PROXY_SECONDS = env_int("PAGE_CACHE_PROXY_SECONDS", 5)
#: How long the proxy may serve its last good copy while the app or database is down.
PAGE_CACHE_STALE_IF_ERROR = env_int("PAGE_CACHE_STALE_IF_ERROR", 24 * 60 * 60)
#: A request carrying one of these is answered for its visitor alone (nginx agrees).
PAGE_CACHE_BYPASS_COOKIES = [SESSION_COOKIE_NAME, "messages", "comment_author"]
#: Turn a kept page's per-moment parts into this moment's (the comment form's stamp).
PAGE_CACHE_REFRESHERS = ["comments.forms.KeptPageStamps"]
#: When pages next change by themselves (a scheduled review goes live).
PAGE_CACHE_NEXT_CHANGE = "reviews.publication.next_change"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (README, "Background work"): services enqueue tasks through django-tasks
# (Django 6's tasks API, backported), always after their transaction commits
# (reviewsite.background.enqueue_on_commit); a worker runs them. TASKS_BACKEND chooses:
#   database   rows in this database, run by `manage.py db_worker`: no other service to run
#   immediate  run inline when enqueued, in the process that enqueues (so `make run` needs
#              no worker); development only: a request would wait for what it enqueues
#   a.dotted.Path  any other backend, e.g. a Redis-backed one such as django-tasks-rq's
#              (install it and set its options here): a settings change, not a code change
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "").strip() or (
    "immediate" if DEBUG else "database"
)
if TASKS_BACKEND not in TASKS_BACKENDS and "." not in TASKS_BACKEND:
    raise MissingSetting(
        f"TASKS_BACKEND={TASKS_BACKEND!r}: use database, immediate or a backend's dotted path."
    )
TASKS = {"default": {"BACKEND": TASKS_BACKENDS.get(TASKS_BACKEND, TASKS_BACKEND)}}

# Periodic jobs, enqueued by `manage.py run_scheduler` when due (reviewsite/schedule.py).
SCHEDULED_JOBS = schedule.SCHEDULED_JOBS
#: Comments in the trash or spam this long are deleted for good (WordPress: 30 days).
COMMENTS_TRASH_KEEP = timedelta(days=env_int("COMMENTS_TRASH_KEEP_DAYS", 30))
#: How long the schedulers' claims (scheduler.JobRun rows) are kept.
SCHEDULER_KEEP = timedelta(days=7)
#: How long the database backend keeps finished tasks (errors included) for staff to see.
TASK_RESULTS_KEEP = timedelta(days=7)

# django-axes first: a locked-out account or address is refused before its password is tried.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Countries that no longer exist, as film credits name them (ISO 3166-3's codes): a 1979
# film is Soviet, not Russian. West Germany is Germany (DE), the same state.
COUNTRIES_OVERRIDE = {
    "SU": "Soviet Union",
    "CS": "Czechoslovakia",
    "YU": "Yugoslavia",
    "DD": "East Germany",
}
LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Media on S3-compatible storage through django-storages (an optional install:
# requirements-s3.txt) when a bucket is named; files under MEDIA_ROOT otherwise. Credentials
# come from boto3's own environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    if importlib.util.find_spec("storages") is None:
        raise MissingSetting(
            "AWS_STORAGE_BUCKET_NAME is set but django-storages is not installed: "
            ".venv/bin/pip install -r requirements-s3.txt (Docker: --build-arg EXTRAS=s3)."
        )
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # A CDN's host name for the bucket, e.g. media.reviews.example.com.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Public images: plain URLs that pages (and the caches that keep pages) can hold,
            # not signed ones that expire.
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
# Uploaded files stream to disk above this size (Django's default form-field limit of
# 2.5 MB stays in force for everything else, visitors' comment posts included).
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Uploaded images with more pixels are refused before they are decoded: 40 megapixels take
# 160 MB to decode (RGBA), a 13,000 x 13,000 PNG of 657 KB would take 676 MB.
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
# Uploaded files nothing refers to (a replaced poster, a deleted film's renditions) are
# deleted by a daily job once this old: younger ones may belong to an upload in flight.
MEDIA_ORPHAN_GRACE = timedelta(days=1)

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Mail is queued in the outbox with the change that caused it and sent by the worker, never
# during a request: a stuck server makes the worker give up the attempt after this many
# seconds and retry later.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "reviewsite <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The outbox (outbox/): a failed send is retried after 1, 2, 4 ... minutes, at most
# OUTBOX_RETRY_MAX apart, OUTBOX_MAX_ATTEMPTS times in all (30: about a day), then it is
# failed for good and shown to staff. A worker holds the mail it is sending for
# OUTBOX_LEASE; if it dies, the mail is sent by another after that. Sent and given-up mail
# (personal data: addresses, comments) is deleted after OUTBOX_KEEP.
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 30)
OUTBOX_RETRY_FIRST = timedelta(minutes=1)
OUTBOX_RETRY_MAX = timedelta(seconds=env_int("OUTBOX_RETRY_MAX_SECONDS", 3600))
OUTBOX_LEASE = timedelta(minutes=15)
OUTBOX_KEEP = timedelta(days=env_int("OUTBOX_KEEP_DAYS", 30))

SESSION_COOKIE_HTTPONLY = True
#: The site is served over HTTPS (TLS at nginx or before it): secure cookies, the redirect
#: from http:// and HSTS follow unless set apart. Off only to try production settings over
#: plain HTTP on a private machine (make serve does).
HTTPS = not DEBUG and env_bool("DJANGO_SECURE_COOKIES", default=True)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = not DEBUG and env_bool("DJANGO_SSL_REDIRECT", default=HTTPS)
# Load balancers and orchestrators probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 0 if DEBUG else env_int("DJANGO_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
# Preloading is a promise browsers keep for months: opt in once HTTPS is there for good.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
#: How many reverse proxies in front of the app append to X-Forwarded-For (0: none, use
#: REMOTE_ADDR). Commenters' IPs for flood control and moderation depend on it.
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
# nginx tells the app the scheme readers used (X-Forwarded-Proto); trusted whenever the
# app is behind proxies of ours.
if env_bool("DJANGO_BEHIND_TLS_PROXY", default=TRUSTED_PROXY_COUNT > 0):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CONTENT_SECURITY_POLICY = policies.content_security_policy(
    media=policies.media_origins(
        bucket=AWS_STORAGE_BUCKET_NAME,
        region=os.environ.get("AWS_S3_REGION_NAME", ""),
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL", ""),
        custom_domain=os.environ.get("AWS_S3_CUSTOM_DOMAIN", ""),
    ),
    report_uri=os.environ.get("DJANGO_CSP_REPORT_URI", ""),
)
PERMISSIONS_POLICY = policies.PERMISSIONS_POLICY

# Admin logins (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords in a row for one
# account, or from one client address (the proxy-aware one comments use), that account or
# address is refused for the cool-off period, even with the right password.
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "reviewsite.client.client_ip"
AXES_LOCKOUT_CALLABLE = "reviewsite.logins.lockout_response"
AXES_VERBOSE = False
#: How long login records (django-axes' attempts and access log: addresses) are kept.
LOGIN_RECORDS_KEEP = timedelta(days=env_int("DJANGO_LOGIN_RECORDS_KEEP_DAYS", 30))

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

TAGGIT_CASE_INSENSITIVE = True

SITE_NAME = os.environ.get("SITE_NAME", "reviewsite")
# Scheme and host for absolute links in e-mail (there is no Sites framework).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

LOGGING = logs.logging_config(level=os.environ.get("DJANGO_LOG_LEVEL", "INFO"))
