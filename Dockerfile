FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# EXTRAS=s3 adds django-storages and boto3 for media on S3-compatible storage
# (docker compose build --build-arg EXTRAS=s3).
ARG EXTRAS=""
COPY requirements.txt requirements-s3.txt ./
RUN pip install -r requirements.txt \
    && if [ "$EXTRAS" = "s3" ]; then pip install -r requirements-s3.txt; fi

COPY . .
# Static files are collected here so the image runs on its own; docker-compose's setup
# service collects them again into the shared volume the proxy serves. The throwaway key
# only lets settings load; it never reaches a running container.
RUN useradd --system --uid 1000 --home-dir /app reviewsite \
    && DJANGO_SECRET_KEY=collectstatic-only-build-key-not-used-at-runtime-000000 \
       DJANGO_ALLOWED_HOSTS=build STATIC_ROOT=/app/var/static \
       python manage.py collectstatic --noinput -v0 \
    && mkdir -p /app/var/media \
    && chown -R reviewsite /app/var

USER reviewsite
ENV STATIC_ROOT=/app/var/static MEDIA_ROOT=/app/var/media
EXPOSE 8000
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "--bind", "0.0.0.0:8000", "reviewsite.wsgi:application"]
