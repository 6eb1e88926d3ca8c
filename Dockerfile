FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# collectstatic only reads settings; this throwaway key never reaches a running container.
RUN DJANGO_SECRET_KEY=collectstatic-only-build-key-not-used-at-runtime-000000 \
    DJANGO_ALLOWED_HOSTS=build STATIC_ROOT=/app/staticfiles \
    python manage.py collectstatic --noinput \
    && useradd --system --uid 1000 reviewsite \
    && mkdir -p /app/var/media && chown -R reviewsite /app/var

USER reviewsite
ENV STATIC_ROOT=/app/staticfiles MEDIA_ROOT=/app/var/media
EXPOSE 8000
CMD ["gunicorn", "reviewsite.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
