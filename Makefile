# The two commands of the README:
#   make run    start the app (builds the database from seeds/ on first run)
#   make test   run the whole test suite (offscreen Qt)
# Both install what they need first (scripts/setup.sh).

VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test smoke lint bench native screenshots package clean

run:
	@scripts/setup.sh run
	@$(PY) -m cds_desktop $(ARGS)

test:
	@scripts/setup.sh test
	@$(PY) -m ruff check cds_desktop tests benchmarks
	@$(PY) -m mypy
	@$(PY) -m pytest $(PYTEST_ARGS)

smoke:
	@scripts/setup.sh test
	@QT_QPA_PLATFORM=offscreen $(PY) -m cds_desktop --smoke

lint:
	@scripts/setup.sh test
	@$(PY) -m ruff check cds_desktop tests benchmarks
	@$(PY) -m mypy

bench:
	@scripts/setup.sh test
	@$(PY) -m benchmarks $(ARGS)

# Compile the extractor's rules with mypyc into build/native/ (about 30%
# faster; used only while it matches the source: cds_desktop/native.py).
native:
	@scripts/setup.sh native
	@$(PY) packaging/native.py

package:
	@packaging/build.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
