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

run: PORT ?= 8000
run: $(STAMP)
	@mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_editor
	$(BIN)/python manage.py ensure_editor --username moderator --group Moderators
	@echo "Serving http://127.0.0.1:$(PORT)/ (admin at /admin/); Ctrl+C stops it."
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

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
