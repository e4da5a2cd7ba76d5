"""Fetch every force's published plan from its website into dated snapshots (`python -m etl fetch`).

sources.py   the source list (data/reference/plan_sources.csv)
client.py    the polite HTTP client: timeouts, retries with backoff, one request a second per host,
             conditional requests, a size cap, redirects within limits and on the same site
render.py    optional rendering with the machine's Chromium, for sources marked `render`
content.py   what a fetched answer is (sniffed from its bytes), its plan text (via etl.extract), its links
store.py     snapshots under <raw>/fetched/<force_id>/, the per-URL state and the fetch log
runner.py    one run over the source list: fetch, follow plan links, snapshot what changed, log every request
"""


def __getattr__(name):  # lazy: `python -m etl build` need not import the HTTP client
    if name in ("run_fetch", "FetchRun", "NoSources"):
        from . import runner

        return getattr(runner, name)
    raise AttributeError(name)
