"""Where log records go: standard error, once each, at the level DJANGO_LOG_LEVEL names."""


def logging_config(*, level: str) -> dict:
    """LOGGING for settings: one console handler on the root logger.

    Django's own console handler (DEBUG only) would print each of its records a second
    time, beside the root's; its mail to ADMINS is unused (errors go to the log).
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"console": {"class": "logging.StreamHandler"}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {"django": {"handlers": [], "propagate": True}},
    }
