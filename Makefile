# Two entry points do all the set-up on a fresh machine (Python 3.11 + the package registry):
#   make serve   installs what the site needs, then serves it on http://127.0.0.1:8000
#   make test    installs what the tests need, then runs the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
# Reproducible builds: MkDocs dates the sitemap from SOURCE_DATE_EPOCH; the last commit's time
# makes two builds of one checkout byte-identical (0 outside a git checkout).
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: serve build test check export clean offline screenshots bench search-index

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: re-install only when the pinned requirements change.
$(VENV)/.site-installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements-search.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve --dirty -a 127.0.0.1:8000

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict

# What a contributor runs before a pull request (and CI on every one): every seed validated,
# each problem printed as file:line:column: severity: what. Fix: how. Warnings fail too, as in
# `mkdocs build --strict`.
check: $(VENV)/.site-installed
	$(BIN)/python -m atlas check --strict seeds

# The whole site as plain Markdown plus a hook-free mkdocs.yml, for any engine (README: Other engines).
EXPORT_DIR ?= export
export: $(VENV)/.site-installed
	$(BIN)/python -m atlas export $(EXPORT_DIR)

# Export, then build it strict with MkDocs, ProperDocs and Zensical (their venvs in .cache/engines/).
.PHONY: engines
engines: $(VENV)/.site-installed
	$(BIN)/python scripts/engine_build.py

# The browser tests need Debian's chromium and axe-core: installed here when missing (see the script).
test: $(VENV)/.dev-installed
	bash scripts/ensure-browser.sh
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The offline edition: a site that works opened from the file system (file://), in site-offline/.
offline: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict -f mkdocs-offline.yml -d site-offline

# Refresh the README's screenshot from the browser tests' output (test-artifacts/screenshots/).
screenshots: $(VENV)/.dev-installed
	bash scripts/ensure-browser.sh
	$(BIN)/python -m pytest tests/browser/test_screenshots.py -q
	cp test-artifacts/screenshots/document-light.png docs/assets/screenshots/document-light.png

# Optional Pagefind (requirements-search.txt): the search index for large corpora.
$(VENV)/.search-installed: requirements-search.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet -r requirements-search.txt
	touch $@

# The benchmark behind docs/performance.md: synthetic corpora of BENCH_SIZES documents, each
# build repeated and the median reported (10,000 documents take ~20 minutes:
# `make bench BENCH_SIZES="1000 10000" BENCH_ARGS="--repeat 3 --pagefind"`).
BENCH_SIZES ?= 100 1000
BENCH_ARGS  ?= --repeat 3 --serve --pagefind
bench: $(VENV)/.dev-installed $(VENV)/.search-installed
	bash scripts/ensure-browser.sh
	$(BIN)/python -m bench.run --sizes $(BENCH_SIZES) $(BENCH_ARGS)

# The large-corpus edition: the site with Pagefind's search instead of Material's, in site/
# (docs/performance.md). Pagefind indexes the document pages' articles after the build.
search-index: $(VENV)/.site-installed $(VENV)/.search-installed
	$(BIN)/mkdocs build --strict -f mkdocs-pagefind.yml
	$(BIN)/python -m bench.search --index-only site

clean:
	rm -rf site site-offline .cache
