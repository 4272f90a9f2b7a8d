# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed
# Exact versions of every dependency, so `make test` resolves the same on every machine.
LOCK = requirements.lock
# A second environment with the newest versions pyproject.toml allows (`make test-latest`).
LATEST ?= .venv-latest

.PHONY: demo test test-latest lint bench schemas lock dist messages clean

# Install the locked versions, then cjm itself without resolving anything else;
# `pip check` fails when pyproject.toml asks for a package the lock lacks (run `make lock`).
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

## demo: install, validate the bundled examples, then render them into site/
demo: $(STAMP)
	$(BIN)/cjm validate examples/ --fail-on error
	$(BIN)/cjm render examples/ -o site/
	@echo "open site/index.html"

## test: install, then the static checks and the test suite (what CI runs)
test: lint
	$(BIN)/python -m pytest

## test-latest: the test suite against the newest dependency versions pyproject.toml allows
## (CI runs it after `make test`, so a new release that breaks cjm is seen the day it appears;
## the slow tests that build and install distributions already ran in `make test`)
test-latest:
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager -e ".[dev]"
	$(LATEST)/bin/python -m pip list --format freeze | grep -iE '^(pyyaml|pydantic|typer|rich|jinja2|graphviz)'
	$(LATEST)/bin/python -m pytest -p no:cacheprovider -q -m "not slow"

## lock: re-resolve requirements.lock after changing dependencies in pyproject.toml
## (keeps existing pins; `make lock LOCK_ARGS=--upgrade` moves everything to the newest)
lock:
	$(PYTHON) -m venv .venv-tools
	.venv-tools/bin/python -m pip install --quiet pip-tools
	.venv-tools/bin/pip-compile --quiet --all-extras --strip-extras --no-emit-index-url \
		--no-emit-find-links $(LOCK_ARGS) -o $(LOCK) pyproject.toml

## lint: ruff and mypy on the sources
lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

## bench: the speed and memory benchmark of benchmarks/run.py (takes a few minutes)
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

## schemas: regenerate the committed JSON Schemas
schemas: $(STAMP)
	$(BIN)/cjm schema -o schemas

## dist: build the wheel (dist/cjmaps-VERSION-py3-none-any.whl) to install cjm elsewhere
DIST ?= dist
dist: $(STAMP)
	rm -rf $(DIST)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(DIST) .
	@ls $(DIST)/*.whl

## messages: extract the words of the reports (see babel.cfg) into build/cjm.pot and update
## every catalog src/cjm/locale/*/LC_MESSAGES/cjm.po; then translate what is new (empty msgstr)
messages: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel extract -F babel.cfg -o build/cjm.pot --no-location --sort-output \
		--project cjm --copyright-holder "The cjm developers" .
	$(BIN)/pybabel update -i build/cjm.pot -d src/cjm/locale -D cjm --no-fuzzy-matching --ignore-obsolete

clean:
	rm -rf $(VENV) $(LATEST) .venv-tools .pytest_cache .mypy_cache .ruff_cache site dist build
