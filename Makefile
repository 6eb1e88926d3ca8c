# make run: the site on the embedded SQLite database with demo content.
# make test: the whole suite (on PostgreSQL when DATABASE_URL points there).
# make serve: the production topology on loopback (nginx, app processes, Redis, worker,
# scheduler) with DEBUG off, on PORT (default 8080).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Local development defaults; production sets these in its environment.
export DJANGO_DEBUG ?= 1

.PHONY: run serve test install lint format check clean

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (found " + sys.version.split()[0] + ")")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

# Local settings manage.py reads (the real environment wins), so that the commands README
# shows work without DJANGO_DEBUG=1 in front. Written once, never committed (.gitignore).
.env:
	printf '# Local development (written by make run; never commit it). manage.py reads it;\n# the environment wins. For docker-compose, replace it: cp .env.example .env\nDJANGO_DEBUG=1\n' > .env

# Mail links (moderation, replies) point at the port the site really runs on.
run: PORT ?= 8000
run: SITE_URL ?= http://127.0.0.1:$(PORT)
run: $(STAMP) .env
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_editor --email editor@localhost
	$(BIN)/python manage.py ensure_editor --username moderator --group Moderators --email moderator@localhost
	@echo "Serving $(SITE_URL)/ (admin at /admin/; mail is printed here); Ctrl+C stops it."
	SITE_URL=$(SITE_URL) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

serve: PORT ?= 8080
serve: $(STAMP)
	@mkdir -p var
	$(BIN)/python deploy/serve.py --port $(PORT)

test: $(STAMP)
	@mkdir -p var
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: $(STAMP)
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var/static
