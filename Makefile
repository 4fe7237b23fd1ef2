# The README's quick start: `make hengshui` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup system-deps hengshui test clean

$(BIN)/kg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

setup: $(BIN)/kg

hengshui: setup
	$(BIN)/kg build data/hengshui-2021-11-19-education.txt --out exports/hengshui

system-deps:
	scripts/system-deps

test: setup system-deps
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) exports/hengshui
