# Two commands: `make run` (dashboard on the bundled sample data) and `make test` (whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
# the browser benchmark's server; the peers and the concurrency run take the next three ports
BENCH_PORT ?= 8690

.PHONY: run test build sample check bench setup browser clean fetch report

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

bench: $(STAMP)
	$(PY) -m benchmarks.run --write --port $(BENCH_PORT)

clean:
	rm -rf $(VENV) data/warehouse build .pytest_cache
