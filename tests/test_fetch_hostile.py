"""`python -m etl fetch` against hostile servers (issue 21): every address a test sends or serves is on this
machine. "Another site" is `localhost` or 127.0.0.1 on another port; nothing here names a public address."""
from __future__ import annotations

import contextlib
import errno
import http.server
import json
import threading
import time
import pytest

from etl.fetch.address import examine, problem, redact, same_site, site_of
from etl.fetch.content import plan_links
from etl.fetch.store import LOG_NAME, STATE_NAME, Store, fetches_frame
from tests.test_fetch import (KENT_V1, Handler, Site, client, fetch, ok, page, plan_page, results, snapshots,
                              write_sources)

SECRET = "s3cr3t-pw"


class HostileHandler(Handler):
    """The fixture server's answers, and hostile ones: a body or headers trickled, a bare status with headers."""

    def do_GET(self):
        answers = self.site.routes.get(self.path)
        kind = answers[0][0] if answers else ""
        if kind == "trickle":  # Content-Length 100000, one byte every half second, for at most `answer[1]` s
            self.site.hits.append((self.path, dict(self.headers)))
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            return self._trickle(answers[0][1])
        if kind == "trickle_headers":  # the status line, then a header one byte every half second
            self.site.hits.append((self.path, dict(self.headers)))
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self.wfile.flush()
            return self._trickle(answers[0][1], b"X-Slow: ")
        if kind == "bare":  # a status and headers, nothing else
            self.site.hits.append((self.path, dict(self.headers)))
            _, status, headers = answers[0]
            return self._send(status, b"" if status == 304 else b"<html><body>busy</body></html>", headers=headers)
        return super().do_GET()

    def _trickle(self, seconds: float, first: bytes = b"") -> None:
        stop = time.monotonic() + seconds
        try:
            self.wfile.write(first)
            while time.monotonic() < stop:
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            pass  # the client hung up: what it should do
        self.close_connection = True


@contextlib.contextmanager
def serving(host: str = "127.0.0.1"):
    state = Site()
    handler = type("BoundHostileHandler", (HostileHandler,), {"site": state})
    server = http.server.ThreadingHTTPServer((host, 0), handler)  # port 0: a free one, never a fixed one
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site():
    with serving() as state:
        yield state


@pytest.fixture
def other():
    """Another site: the same machine on another port (reached as `localhost` or 127.0.0.1)."""
    with serving() as state:
        yield state


def log_text(tmp_path) -> str:
    path = tmp_path / "raw" / "fetched" / LOG_NAME
    return path.read_text() if path.exists() else ""


# ---------------------------------------------------------------------------------------------- addresses

def test_the_site_is_read_as_the_request_is_sent():
    assert site_of("http://www.LocalHost/plan") == site_of("https://localhost:443/x") == "localhost"  # parsed, never asked
    assert site_of("http://127.0.0.1:18701/x") == "127.0.0.1:18701" != site_of("http://127.0.0.1:18702/x")
    assert not same_site("http://127.0.0.1:18702/x", "127.0.0.1:18701")  # another port is another site
    # urlsplit reads 127.0.0.1 here; requests would send to localhost:18701
    assert "backslash" in problem("http://localhost:18701\\@127.0.0.1:18702/plan.csv")
    assert not same_site("http://localhost:18701\\@127.0.0.1:18702/plan.csv", "127.0.0.1:18702")
    assert "user name or password" in problem(f"http://user:{SECRET}@127.0.0.1:18701/plan")
    assert "user name or password" in problem("http://@127.0.0.1:18701/plan")
    assert "two parsers" in problem("http://%6c%6fcalhost:18701/")  # urllib3 and urlsplit disagree on the host
    assert problem("http://127.0.0.1:18701/a\tb") and problem("ftp://127.0.0.1/plan.pdf")
    assert examine("http://127.0.0.1:18701/Stalking Action Plan.pdf").url.endswith("Stalking%20Action%20Plan.pdf")
    assert redact(f"http://user:{SECRET}@127.0.0.1:18701/x") == "http://***@127.0.0.1:18701/x"
    assert SECRET not in redact(f"redirected to http://localhost:1\\user:{SECRET}@127.0.0.2/x; not followed")


def test_a_landing_page_link_is_same_site_only_as_sent():
    page_url = "http://127.0.0.1:18701/news"
    html = (b'<a href="http://localhost:18702\\@127.0.0.1:18701/stalking-action-plan.pdf">Stalking action plan</a>'
            b'<a href="http://user:pw@127.0.0.1:18701/stalking-delivery-plan.pdf">Stalking delivery plan</a>'
            b'<a href="http://127.0.0.1:18702/stalking-plan.pdf">Stalking action plan (PDF)</a>'
            b'<a href="/media/stalking-action-plan.pdf">Our stalking action plan (PDF)</a>')
    assert plan_links(html, page_url, site_of(page_url)) == [
        ("http://127.0.0.1:18701/media/stalking-action-plan.pdf", "Our stalking action plan (PDF)")]


# ---------------------------------------------------------------------------------------------- redirects and links

def test_a_backslash_redirect_is_refused_and_nothing_reaches_the_other_port(tmp_path, site, other):
    other.set("/%5C@127.0.0.1:" + str(site.port) + "/plan.csv", ok(plan_page("Kent Police", KENT_V1)))
    other.set("/plan.csv", ok(plan_page("Kent Police", KENT_V1)))
    site.set("/old", ("redirect", f"http://localhost:{other.port}\\@127.0.0.1:{site.port}/plan.csv"))
    run = fetch(tmp_path, [("kent", site.url("/old"))], forces=["kent"])
    row = run.rows[0]
    assert row.result == "failed" and row.error.startswith("redirect_off_site") and "backslash" in row.error
    assert other.hits == [] and snapshots(tmp_path, "kent") == []


def test_a_backslash_link_on_a_landing_page_is_not_followed(tmp_path, site, other):
    other.set("/%5C@127.0.0.1:" + str(site.port) + "/stalking-action-plan.pdf", ok(b"%PDF-1.4 not followed"))
    link = f"http://localhost:{other.port}\\@127.0.0.1:{site.port}/stalking-action-plan.pdf"
    site.set("/news", ok(page("Kent Police", f'<p>Read our <a href="{link}">stalking action plan (PDF)</a>.</p>')))
    run = fetch(tmp_path, [("kent", site.url("/news"))], forces=["kent"])
    assert [r.result for r in run.rows] == ["not_plan"]
    assert other.hits == []


def test_user_info_in_a_redirect_is_refused_and_never_logged(tmp_path, site, capsys):
    from etl.cli import main

    site.set("/r", ("redirect", f"http://user:{SECRET}@127.0.0.1:{site.port}/plan"))
    site.set("/plan", ok(plan_page("Kent Police", KENT_V1)))
    sources = write_sources(tmp_path / "sources.csv", [("kent", site.url("/r")),
                                                       ("essex", f"http://spy:{SECRET}@127.0.0.1:{site.port}/plan")])
    code = main(["fetch", "--sources", str(sources), "--raw", str(tmp_path / "raw"), "--force", "kent", "essex",
                 "--delay", "0"])
    out, err = capsys.readouterr()
    assert code == 1
    log = fetches_frame(tmp_path / "raw").set_index("force_id")
    assert log.loc["kent", "result"] == "failed" and log.loc["kent", "error"].startswith("redirect_off_site")
    assert "user name or password" in log.loc["essex", "error"]
    assert [p for p, _ in site.hits] == ["/r"]  # never followed, so no Authorization header was ever sent
    assert not any("Authorization" in headers for _, headers in site.hits)
    for text in (out, err, log_text(tmp_path), (tmp_path / "raw/fetched" / STATE_NAME).read_text()):
        assert SECRET not in text and "spy:" not in text


def test_another_port_on_the_same_host_is_another_site(tmp_path, site, other):
    other.set("/plan", ok(plan_page("Kent Police", KENT_V1)))
    site.set("/moved", ("redirect", other.url("/plan"), 301))
    run = fetch(tmp_path, [("kent", site.url("/moved"))], forces=["kent"])
    assert run.rows[0].result == "failed" and run.rows[0].error.startswith("redirect_off_site")
    assert other.hits == []


# ---------------------------------------------------------------------------------------------- time

def test_a_trickled_body_ends_at_the_sources_limit_and_the_others_are_fetched(tmp_path, site):
    site.set("/slow.csv", ("trickle", 20))  # would take 14 hours at this pace; the server gives up after 20 s
    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    started = time.monotonic()
    run = fetch(tmp_path, [("essex", site.url("/slow.csv"), "document"), ("kent", site.url("/kent"))],
                forces=["essex", "kent"], client=client(deadline=3.0, read_timeout=2.0, retries=1))
    elapsed = time.monotonic() - started
    by_force = {r.force_id: r for r in run.rows}
    assert elapsed < 6, elapsed
    assert by_force["essex"].result == "failed" and by_force["essex"].error.startswith("timeout")
    assert "3 s limit" in by_force["essex"].error
    assert by_force["kent"].result == "new"
    assert run.outcome == {"essex": "failed", "kent": "changed"}


def test_a_trickled_body_ends_at_the_limit_off_the_main_thread_too(tmp_path, site):
    """No alarm outside the main thread (a dashboard, a notebook): every read is cut to the time left."""
    site.set("/slow.csv", ("trickle", 20))
    done: dict = {}

    def work():
        started = time.monotonic()
        done["run"] = fetch(tmp_path, [("essex", site.url("/slow.csv"), "document")], forces=["essex"],
                            client=client(deadline=2.0, read_timeout=2.0, retries=1))
        done["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(15)
    assert not thread.is_alive() and done["seconds"] < 5, done
    assert done["run"].rows[0].result == "failed" and done["run"].rows[0].error.startswith("timeout")


def test_trickled_headers_end_at_the_sources_limit(tmp_path, site):
    site.set("/slow", ("trickle_headers", 20))
    started = time.monotonic()
    run = fetch(tmp_path, [("essex", site.url("/slow"))], forces=["essex"],
                client=client(deadline=2.0, read_timeout=2.0, retries=1))
    assert time.monotonic() - started < 5
    assert run.rows[0].result == "failed" and run.rows[0].error.startswith("timeout")


def test_a_retry_after_never_waits_past_the_sources_limit(tmp_path, site):
    site.set("/busy", ("bare", 503, {"Retry-After": "100000"}))
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        time.sleep(min(seconds, 0.01))

    run = fetch(tmp_path, [("essex", site.url("/busy"))], forces=["essex"],
                client=client(deadline=3.0, retries=3, max_retry_after=1000.0, sleep=sleep))
    row = run.rows[0]
    assert row.result == "failed" and row.error.startswith("http_503") and "limit" in row.error
    assert all(w < 3 for w in waits), waits
    assert site.count("/busy") == 1


# ---------------------------------------------------------------------------------------------- state and log

def test_two_forces_with_one_address_each_get_their_own_snapshot(tmp_path, site):
    site.set("/shared", ok(plan_page("Kent Police", KENT_V1)))
    rows = [("kent", site.url("/shared")), ("essex", site.url("/shared"))]
    first = fetch(tmp_path, rows, forces=["kent", "essex"])
    assert results(first) == {"kent": ["new"], "essex": ["new"]}
    assert snapshots(tmp_path, "kent") == ["kent-2026-10-01.html"] and snapshots(tmp_path, "essex") == ["essex-2026-10-01.html"]
    again = fetch(tmp_path, rows, day="2026-10-02T09:00:00", forces=["kent", "essex"])
    assert results(again) == {"kent": ["unchanged"], "essex": ["unchanged"]}


def test_a_state_file_of_the_old_shape_is_read_per_force(tmp_path):
    root = tmp_path / "fetched"
    (root / "kent").mkdir(parents=True)
    (root / "kent" / "kent-2026-10-01.html").write_text("x")
    (root / STATE_NAME).write_text(json.dumps({"http://127.0.0.1:18701/p": {
        "etag": '"v1"', "snapshot": "fetched/kent/kent-2026-10-01.html", "text_sha256": "abc"}}))
    store = Store(tmp_path)
    assert store.previous("kent", "http://127.0.0.1:18701/p")["etag"] == '"v1"'
    assert store.previous("essex", "http://127.0.0.1:18701/p") == {}


def test_a_first_request_answered_304_is_a_failure(tmp_path, site):
    site.set("/nm", ("bare", 304, {"ETag": '"v1"'}))
    run = fetch(tmp_path, [("kent", site.url("/nm"))], forces=["kent"])
    row = run.rows[0]
    assert row.result == "failed" and row.error.startswith("http_304") and row.http_status == 304
    assert run.outcome == {"kent": "failed"}


def test_a_fetch_log_that_cannot_be_opened_is_one_line_and_exit_3(tmp_path, site, capsys):
    from etl.cli import main

    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    (tmp_path / "raw" / "fetched" / LOG_NAME).mkdir(parents=True)  # the log's name is taken by a folder
    sources = write_sources(tmp_path / "sources.csv", [("kent", site.url("/kent"))])
    code = main(["fetch", "--sources", str(sources), "--raw", str(tmp_path / "raw"), "--force", "kent", "--delay", "0"])
    out, err = capsys.readouterr()
    assert code == 3
    assert err.strip().count("\n") == 0 and err.startswith("etl fetch: cannot write the fetch log")
    assert "Traceback" not in err and site.hits == [] and snapshots(tmp_path, "kent") == []


def test_a_fetch_log_that_fails_mid_run_leaves_no_unlogged_snapshot(tmp_path, site, capsys, monkeypatch):
    from etl.cli import main

    site.set("/kent", ok(plan_page("Kent Police", KENT_V1)))
    site.set("/essex", ok(plan_page("Essex Police", KENT_V1)))
    real, calls = Store.append_log, []

    def full_disk(self, rows):
        calls.append(rows)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, rows)

    monkeypatch.setattr(Store, "append_log", full_disk)
    sources = write_sources(tmp_path / "sources.csv", [("kent", site.url("/kent")), ("essex", site.url("/essex"))])
    code = main(["fetch", "--sources", str(sources), "--raw", str(tmp_path / "raw"), "--force", "kent", "essex",
                 "--delay", "0"])
    out, err = capsys.readouterr()
    assert code == 3 and "Traceback" not in err and err.strip().count("\n") == 0
    assert "No space left on device" in err and "essex" in err
    # every snapshot on disk has its row in the log; essex's was removed and its state forgotten
    on_disk = sorted(p.relative_to(tmp_path / "raw").as_posix() for p in (tmp_path / "raw/fetched").rglob("*-*.html"))
    assert len(on_disk) == 1 and on_disk[0].startswith("fetched/kent/kent-")
    assert sorted(s for s in fetches_frame(tmp_path / "raw").snapshot if s) == on_disk
    state = json.loads((tmp_path / "raw/fetched" / STATE_NAME).read_text())["forces"]
    assert "essex" not in state and state["kent"][site.url("/kent")]["snapshot"] == on_disk[0]
    # the next run fetches essex again, as new
    monkeypatch.setattr(Store, "append_log", real)
    assert main(["fetch", "--sources", str(sources), "--raw", str(tmp_path / "raw"), "--force", "kent", "essex",
                 "--delay", "0"]) == 0
    assert len(snapshots(tmp_path, "essex")) == 1 and snapshots(tmp_path, "kent") == [on_disk[0].split("/")[-1]]


def test_seeded_sources_pass_the_stricter_address_check():
    from etl.fetch.sources import load_sources
    from etl.reference import load_reference

    reference = load_reference()
    assert all(not s.problem for s in load_sources(known_forces=reference.force_ids))
