"""`python -m etl fetch` against a local web server on the loopback address: never the internet."""
from __future__ import annotations

import csv
import datetime as dt
import http.server
import io
import threading
import time
from pathlib import Path

import duckdb
import pytest

from etl.fetch.client import FetchError, PoliteClient, Throttle
from etl.fetch.content import plan_text, read
from etl.fetch.runner import run_fetch
from etl.fetch.sources import load_sources
from etl.fetch.store import fetches_frame

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fetch"
SHELL = (FIXTURES / "shell.html").read_text()
TABLE = (FIXTURES / "template_table.html").read_text()

KENT_V1 = dict(u71="The crime recording system now offers the stalking classifications.", s71="Complete",
               u72="Audits of stalking crimes began in the autumn.", s72="In progress",
               u101="Training is being written with partners.", s101="In progress",
               u102="The e-learning is not yet assigned.", s102="Not started")
KENT_V2 = {**KENT_V1, "u102": "Every response officer has completed the e-learning.", "s102": "Complete"}


def page(force_name: str, body: str, cookie: str = "We use cookies to make this site work.", stamp: str = "2026-10-01T09:00:00Z",
         title: str = "") -> bytes:
    """A force page in the shared website shell (exit line, cookie banner, beta notice) around `body`."""
    body = body.replace("{force_name}", force_name)
    return (SHELL.replace("{title}", title or f"{force_name}: stalking action plan").replace("{cookie}", cookie)
            .replace("{stamp}", stamp).replace("{body}", body)).encode()


def plan_page(force_name: str, values: dict, **kw) -> bytes:
    body = TABLE
    for key, value in values.items():
        body = body.replace("{" + key + "}", value)
    return page(force_name, body, **kw)


def pdf_plan(force_name: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.cell(0, 8, f"{force_name}: stalking delivery plan", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(15, 60, 80, 25)) as table:
        for row in (("Rec No", "Recommendation", "Force Update", "Status"),
                    ("7.1", "Use the crime recording classifications", "The change is live.", "Complete"),
                    ("7.2", "Check stalking crimes are recorded", "Audits are monthly.", "Complete"),
                    ("10.1", "Training covers the learning outcomes", "Written with partners.", "In progress")):
            cells = table.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------- the server

class Site:
    """What the fixture server answers: path -> a list of answers, used in turn (the last one repeats)."""

    def __init__(self):
        self.routes: dict[str, list] = {}
        self.hits: list[tuple[str, dict]] = []
        self.port = 0

    def set(self, path: str, *answers) -> None:
        self.routes[path] = list(answers)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.hits if p == path)


def ok(body: bytes, ctype: str = "text/html; charset=utf-8", **headers):
    return ("ok", body, ctype, headers)


class Handler(http.server.BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        self.site.hits.append((self.path, dict(self.headers)))
        answers = self.site.routes.get(self.path)
        if not answers:
            return self._send(404, b"<html><body>Page not found</body></html>")
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        kind = answer[0]
        if kind == "ok":
            _, body, ctype, headers = answer
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", headers={"ETag": etag})
            return self._send(200, body, ctype, headers)
        if kind == "status":
            return self._send(answer[1], f"<html><body>error {answer[1]}</body></html>".encode())
        if kind == "redirect":
            return self._send(answer[2] if len(answer) > 2 else 302, b"", headers={"Location": answer[1]})
        if kind == "hang":
            time.sleep(answer[1])
            return self._send(200, b"late")
        if kind == "big":
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            if answer[2]:
                self.send_header("Content-Length", str(answer[1]))
            self.end_headers()
            try:
                sent = 0
                while sent < answer[1]:
                    self.wfile.write(b"%PDF" + b"x" * 65532)
                    sent += 65536
            except OSError:
                pass
            return None
        raise AssertionError(answer)

    def _send(self, status, body, ctype="text/html; charset=utf-8", headers=None):
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if body:
            self.wfile.write(body)


@pytest.fixture
def site():
    state = Site()
    handler = type("BoundHandler", (Handler,), {"site": state})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # port 0: the OS picks a free one
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def client(**kw) -> PoliteClient:
    settings = dict(min_interval=0.0, backoff=0.01, retries=2, connect_timeout=2.0, read_timeout=2.0, use_env_proxies=False)
    settings.update(kw)
    return PoliteClient(**settings)


def write_sources(path: Path, rows: list[tuple]) -> Path:
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["force_id", "url", "kind", "render", "notes"])
        for row in rows:
            writer.writerow(list(row) + [""] * (5 - len(row)))
    return path


def clock(day: str):
    return lambda: dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc)


def fetch(tmp_path, rows, day="2026-10-01T09:00:00", **kw):
    sources = write_sources(tmp_path / "sources.csv", rows)
    return run_fetch(sources, tmp_path / "raw", kw.pop("forces", None), client=kw.pop("client", None) or client(),
                     now=clock(day), **kw)


def results(run) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in run.rows:
        out.setdefault(row.force_id, []).append(row.result)
    return out


def snapshots(tmp_path, force_id) -> list[str]:
    folder = tmp_path / "raw" / "fetched" / force_id
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# ---------------------------------------------------------------------------------------------- tests

def test_first_fetch_of_several_forces_then_unchanged_with_new_cookie_text(tmp_path, site):
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    site.set("/essex", ok(plan_page("Essex Police", KENT_V1)))
    rows = [("kent", site.url("/kent"), "page"), ("essex", site.url("/essex"), "page"), ("dorset", "")]
    first = fetch(tmp_path, rows, forces=["kent", "essex", "dorset"])
    assert results(first) == {"kent": ["new"], "essex": ["new"], "dorset": ["no_source"]}
    assert snapshots(tmp_path, "kent") == ["kent-2026-10-01.html"]
    assert (tmp_path / "raw/fetched/kent/kent-2026-10-01.html").read_bytes() == plan_page("Kent Police", KENT_V1)
    assert first.counts == {"changed": 2, "no_source": 1}
    assert "fetched 2 force(s): 2 changed, 0 unchanged, 0 failed" in first.summary()

    # a new cookie banner, a new timestamp and a new tracking parameter: not a change
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1, cookie="We and our 214 partners use cookies. Manage choices.",
                                   stamp="2026-10-08T17:45:12Z")))
    second = fetch(tmp_path, rows, day="2026-10-08T10:00:00", forces=["kent", "essex"])
    assert results(second) == {"kent": ["unchanged"], "essex": ["unchanged"]}
    assert snapshots(tmp_path, "kent") == ["kent-2026-10-01.html"]
    assert second.counts == {"unchanged": 2}


def test_changed_page_adds_a_snapshot_and_a_round_in_the_rebuilt_warehouse(tmp_path, site):
    from etl.build import run_build

    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    rows = [("kent", site.url("/kent"), "page")]
    fetch(tmp_path, rows, forces=["kent"])
    warehouse = tmp_path / "warehouse"
    run_build(tmp_path / "raw", warehouse, workers=1)
    site.set("/kent", ok(plan_page("Kent Police", KENT_V2, stamp="2026-11-20T08:00:00Z")))
    run = fetch(tmp_path, rows, day="2026-11-20T08:00:00", forces=["kent"])
    assert results(run) == {"kent": ["changed"]}
    assert snapshots(tmp_path, "kent") == ["kent-2026-10-01.html", "kent-2026-11-20.html"]
    run_build(tmp_path / "raw", warehouse, workers=1)
    con = duckdb.connect(str(warehouse / "plans.duckdb"), read_only=True)
    try:
        rounds = con.execute("SELECT DISTINCT round, round_date FROM plan_updates WHERE force_id = 'kent' ORDER BY round_date").fetchall()
        latest = con.execute("SELECT status, round FROM plan_items WHERE force_id = 'kent' AND item_id = '10.2'").fetchone()
        fetches = con.execute("SELECT result, changed, http_status, snapshot FROM fetches ORDER BY fetched_at").fetchall()
    finally:
        con.close()
    # the page dates none of its rounds: each snapshot's fetch date is its round date
    assert rounds == [("October 2026", dt.date(2026, 10, 1)), ("November 2026", dt.date(2026, 11, 1))]
    assert latest == ("complete", "November 2026")
    assert fetches == [("new", True, 200, "fetched/kent/kent-2026-10-01.html"),
                       ("changed", True, 200, "fetched/kent/kent-2026-11-20.html")]


def test_conditional_request_and_304(tmp_path, site):
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1), ETag='"v1"', **{"Last-Modified": "Wed, 01 Oct 2026 08:00:00 GMT"}))
    rows = [("kent", site.url("/kent"), "page")]
    fetch(tmp_path, rows, forces=["kent"])
    run = fetch(tmp_path, rows, day="2026-10-02T09:00:00", forces=["kent"])
    assert results(run) == {"kent": ["not_modified"]}
    assert run.rows[0].http_status == 304 and run.counts == {"unchanged": 1}
    sent = site.hits[-1][1]
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Wed, 01 Oct 2026 08:00:00 GMT"
    assert sent["User-Agent"].startswith("StalkingPlanTracker/") and "Cookie" not in sent
    assert snapshots(tmp_path, "kent") == ["kent-2026-10-01.html"]


def test_redirect_chain_followed_within_limits_and_on_the_same_site(tmp_path, site):
    site.set("/old", ("redirect", "/older", 301))
    site.set("/older", ("redirect", site.url("/plan"), 302))
    site.set("/plan", ok(plan_page("Kent Police", KENT_V1)))
    site.set("/loop", ("redirect", "/loop"))
    site.set("/away", ("redirect", site.url("/plan", host="localhost")))
    site.set("/ftp", ("redirect", "ftp://127.0.0.1/plan.pdf"))
    run = fetch(tmp_path, [("kent", site.url("/old")), ("essex", site.url("/loop")), ("dorset", site.url("/away")),
                           ("norfolk", site.url("/ftp"))], forces=["kent", "essex", "dorset", "norfolk"])
    by_force = {r.force_id: r for r in run.rows}
    assert by_force["kent"].result == "new" and by_force["kent"].final_url == site.url("/plan")
    assert by_force["essex"].result == "failed" and by_force["essex"].error.startswith("too_many_redirects")
    assert by_force["dorset"].error.startswith("redirect_off_site")
    assert by_force["norfolk"].error.startswith("redirect_off_site")
    assert not any(headers.get("Host", "").startswith("localhost") for _, headers in site.hits)


def test_404_and_500_then_success_reported_while_others_succeed(tmp_path, site):
    site.set("/essex", ("status", 500), ("status", 503), ok(plan_page("Essex Police", KENT_V1)))
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    rows = [("dorset", site.url("/gone"), "page"), ("essex", site.url("/essex"), "page"), ("kent", site.url("/kent"), "page")]
    run = fetch(tmp_path, rows, forces=["dorset", "essex", "kent"])
    by_force = {r.force_id: r for r in run.rows}
    assert by_force["dorset"].result == "failed" and by_force["dorset"].http_status == 404
    assert by_force["dorset"].error == "http_404: the server answered 404 Not Found"
    assert by_force["essex"].result == "new" and by_force["essex"].attempts == 3
    assert by_force["kent"].result == "new"
    assert run.counts == {"failed": 1, "changed": 2}
    log = fetches_frame(tmp_path / "raw")
    assert list(log.sort_values("force_id").result) == ["failed", "new", "new"]
    assert log.loc[log.force_id == "dorset", "http_status"].item() == 404


def test_500_every_time_gives_up_after_the_retries(tmp_path, site):
    site.set("/essex", ("status", 502))
    run = fetch(tmp_path, [("essex", site.url("/essex"))], forces=["essex"])
    row = run.rows[0]
    assert row.result == "failed" and row.http_status == 502 and row.attempts == 3
    assert "after 3 attempts" in row.error and site.count("/essex") == 3


def test_a_page_that_never_answers_times_out(tmp_path, site):
    site.set("/slow", ("hang", 3))
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    started = time.monotonic()
    run = fetch(tmp_path, [("essex", site.url("/slow")), ("kent", site.url("/kent"))], forces=["essex", "kent"],
                client=client(read_timeout=0.3, retries=1))
    assert time.monotonic() - started < 2.5
    by_force = {r.force_id: r for r in run.rows}
    assert by_force["essex"].result == "failed" and by_force["essex"].error.startswith("timeout")
    assert by_force["kent"].result == "new"


@pytest.mark.parametrize("declared", [True, False])
def test_an_oversized_answer_is_refused(tmp_path, site, declared):
    site.set("/big.pdf", ("big", 3_000_000, declared))
    run = fetch(tmp_path, [("kent", site.url("/big.pdf"), "document")], forces=["kent"], client=client(max_bytes=1_000_000))
    row = run.rows[0]
    assert row.result == "failed" and row.error.startswith("too_large")
    assert snapshots(tmp_path, "kent") == []


def test_landing_page_links_to_a_pdf_plan_on_the_same_site_only(tmp_path, site):
    site.set("/news", ok(page("South Wales Police", (FIXTURES / "news_with_pdf.html").read_text()
                              .replace("{pdf_href}", "/media/Stalking%20Action%20Plan.pdf?version=3"))))
    site.set("/media/Stalking%20Action%20Plan.pdf?version=3", ok(pdf_plan("South Wales Police"), "application/octet-stream"))
    run = fetch(tmp_path, [("south-wales", site.url("/news"), "page")], forces=["south-wales"])
    assert [r.result for r in run.rows] == ["landing", "new"]
    pdf_row = run.rows[1]
    assert pdf_row.via_url == site.url("/news") and pdf_row.format == "pdf"  # sniffed from the bytes
    names = snapshots(tmp_path, "south-wales")
    assert len(names) == 1 and names[0].startswith("south-wales-2026-10-01-doc-") and names[0].endswith(".pdf")
    fetched = [p for p, _ in site.hits]
    assert "/media/annual-report.pdf" not in fetched  # not the plan
    assert not any("elsewhere" in p for p in fetched)  # another site: never followed
    # unchanged next time: the PDF is asked for again and compared by its text
    again = fetch(tmp_path, [("south-wales", site.url("/news"), "page")], day="2026-10-09T09:00:00", forces=["south-wales"])
    assert [r.result for r in again.rows] == ["landing", "unchanged"]


def test_failed_fetch_never_removes_or_replaces_a_snapshot(tmp_path, site):
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    rows = [("kent", site.url("/kent"))]
    fetch(tmp_path, rows, forces=["kent"])
    before = (tmp_path / "raw/fetched/kent/kent-2026-10-01.html").read_bytes()
    site.set("/kent", ("status", 500))
    run = fetch(tmp_path, rows, forces=["kent"])  # same day
    assert run.rows[0].result == "failed"
    assert snapshots(tmp_path, "kent") == ["kent-2026-10-01.html"]
    assert (tmp_path / "raw/fetched/kent/kent-2026-10-01.html").read_bytes() == before
    site.set("/kent", ok(plan_page("Kent Police", KENT_V2)))
    fetch(tmp_path, rows, forces=["kent"])  # a change on the same day: a second file, the first untouched
    assert snapshots(tmp_path, "kent") == ["kent-2026-10-01-2.html", "kent-2026-10-01.html"]


def test_only_http_addresses_from_the_list_and_bad_rows_reported(tmp_path, site):
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    rows = [("kent", site.url("/kent")), ("essex", "file:///etc/passwd"), ("dorset", "javascript:alert(1)"),
            ("nowhere", site.url("/kent")), ("norfolk", site.url("/kent"), "brochure")]
    run = fetch(tmp_path, rows, forces=["kent", "essex", "dorset", "norfolk"])
    by_force = {r.force_id: r for r in run.rows}
    assert by_force["kent"].result == "new"
    assert "not an http(s) address" in by_force["essex"].error and "not an http(s) address" in by_force["dorset"].error
    assert "kind 'brochure'" in by_force["norfolk"].error
    assert [p for p, _ in site.hits] == ["/kent"]
    assert load_sources(tmp_path / "sources.csv", {"kent"})[3].problem == "'nowhere' is not a force_id in forces.csv"


def test_not_a_plan_page_is_not_saved(tmp_path, site):
    site.set("/about", ok(page("Kent Police", "<p>Opening hours of the front counter.</p>")))
    run = fetch(tmp_path, [("kent", site.url("/about"))], forces=["kent"])
    assert run.rows[0].result == "not_plan" and snapshots(tmp_path, "kent") == []


def test_throttle_waits_a_second_between_requests_to_one_host():
    now = [100.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    throttle = Throttle(1.0, sleep=sleep, clock=lambda: now[0])
    throttle.wait("http://a.example/1")
    now[0] += 0.25
    throttle.wait("http://a.example/2")
    throttle.wait("http://b.example/1")  # another host: no wait
    assert slept == [pytest.approx(0.75)]


def test_plan_text_ignores_shell_and_stamps_and_reads_blocks():
    from etl.model import Document, RawTable

    table = RawTable("table 2", [["Rec No", "Force Update"], ["7.1", "Done at 10:45 on the day; see https://x.uk/a?utm_source=y"]], [1, 2])
    same = RawTable("table 3", [["Rec No", "Force Update"], ["7.1", "Done at 11:02 on the day; see https://x.uk/a?utm_source=z"]], [1, 2])
    assert plan_text(Document(Path("a.html"), "html", [table])) == plan_text(Document(Path("b.html"), "html", [same]))

    class Block:  # the block stream the readers are gaining: text, or a table row's cells
        def __init__(self, text, cells=None):
            self.text, self.cells = text, cells

    doc = Document(Path("c.html"), "html", [])
    doc.blocks = [Block("We use cookies on this site."), Block("7.1 Evidence requirements: the force replies."),
                  Block("", ["7.2", "Victims' consent is recorded"]), Block("Last updated: 3 March 2026")]
    assert plan_text(doc) == "7.1 Evidence requirements: the force replies.\n7.2 | Victims' consent is recorded"


def test_content_type_is_sniffed_from_the_bytes_not_the_header():
    reading = read(plan_page("Kent Police", KENT_V1), "http://x/plan.pdf", {"7.1", "7.2", "10.1", "10.2"})
    assert reading.format == "html" and reading.items == {"7.1", "7.2", "10.1", "10.2"}
    assert "cookies" not in reading.text and "Escape key" not in reading.text
    assert read(b"\x00\x01binary", "http://x/a", set()).format == ""


def test_cli_fetch_progress_and_summary(tmp_path, site, capsys):
    from etl.cli import main

    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    sources = write_sources(tmp_path / "sources.csv", [("kent", site.url("/kent")), ("essex", site.url("/missing"))])
    code = main(["fetch", "--sources", str(sources), "--raw", str(tmp_path / "raw"), "--force", "kent", "essex",
                 "--delay", "0"])
    out, err = capsys.readouterr()
    assert code == 1  # one force failed; the other was fetched
    assert "fetched 2 force(s): 1 changed, 0 unchanged, 1 failed" in out
    assert "new snapshot fetched/kent/kent-" in out and "FAILED essex" in err
    assert main(["fetch", "--sources", str(sources), "--raw", str(tmp_path / "raw"), "--force", "atlantis"]) == 2


def test_seeded_source_list_is_valid():
    from etl.reference import load_reference

    reference = load_reference()
    sources = load_sources(known_forces=reference.force_ids)
    assert {s.force_id for s in sources} == reference.force_ids
    assert all(not s.problem for s in sources)
    with_url = [s for s in sources if s.url]
    assert len(with_url) >= 20 and all(s.url.startswith("https://") for s in with_url)


def test_fetches_table_empty_when_nothing_fetched(tmp_path):
    frame = fetches_frame(tmp_path)
    assert frame.empty and "result" in frame.columns


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian chromium (make browser)")
def test_page_drawn_by_script_is_rendered_when_marked(tmp_path, site):
    html = (FIXTURES / "scripted.html").read_text().replace("{force_name}", "Lancashire Constabulary").encode()
    site.set("/tracker", ok(html))
    (tmp_path / "plain").mkdir()
    plain = fetch(tmp_path / "plain", [("lancashire", site.url("/tracker"), "page", "no")], forces=["lancashire"])
    assert plain.rows[0].result == "not_plan"  # without rendering, the script is never run: no plan on the page
    run = fetch(tmp_path, [("lancashire", site.url("/tracker"), "page", "yes")], forces=["lancashire"], render_timeout=20)
    assert run.rows[0].result == "new", run.rows[0].error
    saved = (tmp_path / "raw/fetched/lancashire" / snapshots(tmp_path, "lancashire")[0]).read_text()
    assert "<td>7.1</td>" in saved and "monthly audits" in saved.lower()


def test_data_quality_query_shows_each_forces_source(tmp_path, site):
    from app import queries
    from app.warehouse import Warehouse
    from etl.build import run_build

    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    rows = [("kent", site.url("/kent")), ("essex", site.url("/gone")), ("dorset", "")]
    fetch(tmp_path, rows, forces=["kent", "essex", "dorset"])
    fetch(tmp_path, rows, day="2026-10-05T09:00:00", forces=["kent", "essex", "dorset"])
    run_build(tmp_path / "raw", tmp_path / "warehouse", workers=1)
    status = queries.fetch_status(Warehouse(tmp_path / "warehouse" / "plans.duckdb")).set_index("force_name")
    assert len(status) == 44 and list(status.last_result[:2]) == ["failed", "no source URL"]
    kent = status.loc["Kent Police"]
    assert kent.last_result == "unchanged" and kent.source_url == site.url("/kent")
    assert kent.last_fetched == dt.datetime(2026, 10, 5, 9) and kent.last_changed == dt.datetime(2026, 10, 1, 9)
    assert status.loc["Essex Police"].last_error.startswith("http_404")
    assert status.loc["Norfolk Police" if "Norfolk Police" in status.index else "Norfolk Constabulary"].last_result == "never fetched"


def test_a_source_out_of_time_before_it_is_asked_names_its_own_address():
    """The clock passes the source's limit while it waits its turn: the failure still says which address failed."""
    times = iter([1000.0])
    client = PoliteClient(clock=lambda: next(times, 5000.0), deadline=45, min_interval=0, sleep=lambda s: None,
                          use_env_proxies=False)
    with pytest.raises(FetchError) as caught:
        client.get("http://127.0.0.2/plan.html")
    error = caught.value
    assert (error.code, error.attempts, error.final_url) == ("timeout", 1, "http://127.0.0.2/plan.html")
