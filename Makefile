# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: demo test lint bench schemas messages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## demo: install, validate the bundled examples, then render them into site/
demo: $(STAMP)
	$(BIN)/cjm validate examples/ --fail-on error
	$(BIN)/cjm render examples/ -o site/
	@echo "open site/index.html"

## test: install, then the static checks and the test suite (what CI runs)
test: lint
	$(BIN)/python -m pytest

## lint: ruff and mypy on the sources
lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

## bench: the speed and memory benchmark of benchmarks/run.py (takes a few minutes)
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	$(BIN)/python benchmarks/run.py

## schemas: regenerate the committed JSON Schemas
schemas: $(STAMP)
	$(BIN)/cjm schema -o schemas

## messages: extract the words of the reports (see babel.cfg) into build/cjm.pot and update
## every catalog src/cjm/locale/*/LC_MESSAGES/cjm.po; then translate what is new (empty msgstr)
messages: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel extract -F babel.cfg -o build/cjm.pot --no-location --sort-output \
		--project cjm --copyright-holder "The cjm developers" .
	$(BIN)/pybabel update -i build/cjm.pot -d src/cjm/locale -D cjm --no-fuzzy-matching --ignore-obsolete

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site build
