# Two commands on a fresh machine with only python3:  make demo  ·  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: setup demo test lint typecheck unit bench bench-api clean

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
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks training

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/python -m pytest

test: lint typecheck unit

bench: setup
	$(BIN)/python benchmarks/text_layer.py

bench-api: setup
	$(BIN)/python benchmarks/api.py --articles 5000

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
