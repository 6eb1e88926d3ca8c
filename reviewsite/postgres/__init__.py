"""Django's PostgreSQL backend, with statements prepared (see base.py)."""
