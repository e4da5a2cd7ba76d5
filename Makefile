# Two commands: `make run` (dashboard on the bundled sample data) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
# the browser benchmark's server; the peers and the concurrency run take the next three ports
BENCH_PORT ?= 8690

.PHONY: run test build sample check bench setup browser clean fetch report mutate

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

setup: $(STAMP)

build: $(STAMP)
	$(PY) -m etl build

# builds every time: a no-op when nothing changed, and a warehouse from an older ETL or schema is rebuilt
run: $(STAMP)
	$(PY) -m etl build
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) --server.headless true

# Debian's chromium for the browser tests (Playwright must never download its own)
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser
	$(PY) -m pytest -q

# the forces' published plans into data/raw/fetched/ (needs internet; never run by `run` or `test`)
fetch: $(STAMP)
	$(PY) -m etl fetch

# the national progress report (PDF, HTML, Word) from the current warehouse into build/report/
report: $(STAMP)
	$(PY) -m etl report

sample: $(STAMP)
	$(PY) -m etl sample

# mutation testing of the modules that decide figures (mutmut, setup.cfg [mutmut]); slow, never part of `make test`.
# One module at a time, one worker (MUTATE_CHILDREN), fast tests only; the scores go into docs/testing.md.
# `make mutate MUTATE_MODULES="etl.vocabulary app.filters"` runs only those (every mutant of each again: the tests
# may have changed); results are kept in mutants/. A run mutmut ended by its CPU limit or a crashed worker is run
# again in a fresh process (scripts/mutation_recheck.py) before the scores are written.
MUTATE_MODULES ?= etl.vocabulary etl.normalise.dates etl.normalise.items app.filters app.exporting etl.reconcile \
	app.queries etl.load etl.normalise.status etl.normalise.infer etl.normalise.rounds etl.fetch.client
MUTATE_CHILDREN ?= 1
mutate: $(STAMP)
	@mkdir -p build/mutate
	@for module in $(MUTATE_MODULES); do \
		echo "== mutmut: $$module (log: build/mutate/$$module.log)"; \
		$(VENV)/bin/mutmut run --max-children $(MUTATE_CHILDREN) "$$module.*" > build/mutate/$$module.log 2>&1 \
			|| { tr '\r' '\n' < build/mutate/$$module.log | tail -n 30; exit 1; }; \
		tr '\r' '\n' < build/mutate/$$module.log | grep -a "mutations/second" | tail -n 1; \
		$(PY) scripts/mutation_recheck.py $$(echo $$module | tr . /).py >> build/mutate/$$module.log 2>&1 || exit 1; \
	done
	$(PY) scripts/mutation_score.py --write docs/testing.md

bench: $(STAMP)
	$(PY) -m benchmarks.run --write --port $(BENCH_PORT)

clean:
	rm -rf $(VENV) data/warehouse build .pytest_cache mutants
