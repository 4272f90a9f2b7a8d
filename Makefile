# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: demo test lint bench schemas dist clean

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

## dist: build the wheel (dist/cjmaps-VERSION-py3-none-any.whl) to install cjm elsewhere
DIST ?= dist
dist: $(STAMP)
	rm -rf $(DIST)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir $(DIST) .
	@ls $(DIST)/*.whl

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site dist
