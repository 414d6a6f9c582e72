# Two entry points do all the set-up on a fresh machine (Python 3.11 + the package registry):
#   make serve   installs what the site needs, then serves it on http://127.0.0.1:8000
#   make test    installs what the tests need, then runs the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build test check export clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: re-install only when the pinned requirements change.
$(VENV)/.site-installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf site .cache
