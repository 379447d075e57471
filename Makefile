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

demo: setup
	$(BIN)/rasd analyze src/rasd/data/examples/cairo_talks.txt --published 2023-03-14 --format text

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
