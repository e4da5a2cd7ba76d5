"""A polite HTTP client for forces' websites (requests underneath).

- a User-Agent that names the tool; no cookies kept or sent; no credentials from ~/.netrc
- connect and read timeouts on every socket operation, and a wall-clock limit per source (`deadline`, every
  request, retry and wait of one source together) that nothing passes: not a server that trickles its headers or
  body, not a Retry-After. In the main thread an alarm enforces it; elsewhere every wait and read is cut to it
- a few retries with exponential backoff on 5xx, 429 and connection errors / timeouts (Retry-After honoured,
  capped, and never waited past the source's limit)
- at most one request a second per host (the interval, sleep and clock are injectable for tests)
- conditional requests: If-None-Match / If-Modified-Since from the previous answer; a 304 is "not modified", and a
  failure when the request was not conditional
- a size cap, checked against Content-Length and again while reading (decoded bytes, so gzip bombs stop too)
- redirects followed by hand: at most `max_redirects`, http(s) only, and only on the same site, decided on the
  address as it will be sent (address.py: no backslash, no user info, one reading of the host; another port is
  another site). No address's user info ever reaches a message
"""
from __future__ import annotations

import contextlib
import email.utils
import http.cookiejar
import signal
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin

import requests
import urllib3

from .. import ETL_VERSION
from ..extract.guard import MAX_FILE_BYTES
from .address import AddressRefused, examine, redact, same_site, site_of  # noqa: F401 (site_of, same_site: API)

USER_AGENT = (f"StalkingPlanTracker/{ETL_VERSION} (python -m etl fetch; reads UK police forces' published "
              f"stalking action plans, at most one request a second)")
RETRY_STATUSES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A request that did not give a usable answer; `code` is stable, `message` is for people."""

    def __init__(self, code: str, message: str, status: int | None = None, final_url: str = "", attempts: int = 1):
        super().__init__(message)
        self.code, self.message, self.status, self.final_url, self.attempts = code, message, status, final_url, attempts


@dataclass
class Answer:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content: bytes = b""
    headers: dict = field(default_factory=dict)
    attempts: int = 1
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _no_cookies() -> requests.cookies.RequestsCookieJar:
    jar = requests.cookies.RequestsCookieJar()
    jar.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
    return jar


class Throttle:
    """At most one request per `interval` seconds to each host."""

    def __init__(self, interval: float = 1.0, sleep=time.sleep, clock=time.monotonic):
        self.interval, self.sleep, self.clock = interval, sleep, clock
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, url: str) -> None:
        try:
            host = examine(url).host  # per host, whatever the port
        except AddressRefused:
            host = ""
        with self._lock:
            last = self._last.get(host)
            now = self.clock()
            if last is not None and now - last < self.interval:
                self.sleep(self.interval - (now - last))
            self._last[host] = self.clock()


class _OutOfTime(BaseException):
    """Raised by the alarm at a source's limit: a BaseException, so no library on the way catches it."""


class PoliteClient:
    def __init__(
        self, *, user_agent: str = USER_AGENT, connect_timeout: float = 10.0, read_timeout: float = 30.0,
        deadline: float = 120.0, retries: int = 3, backoff: float = 2.0, max_retry_after: float = 60.0,
        min_interval: float = 1.0, max_bytes: int = MAX_FILE_BYTES, max_redirects: int = 5,
        sleep=time.sleep, clock=time.monotonic, use_env_proxies: bool = True,
    ):
        self.user_agent = user_agent
        self.connect_timeout, self.read_timeout = connect_timeout, read_timeout
        self.timeout = (connect_timeout, read_timeout)
        self.deadline = deadline  # seconds per source: every request, retry and wait of it together
        self.retries, self.backoff, self.max_retry_after = retries, backoff, max_retry_after
        self.max_bytes, self.max_redirects = max_bytes, max_redirects
        self.sleep, self.clock = sleep, clock
        self.throttle = Throttle(min_interval, sleep, clock)
        self.use_env_proxies = use_env_proxies
        self.session = self._new_session()

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        session.trust_env = False  # no ~/.netrc credentials; proxies are taken from the environment below
        session.cookies = _no_cookies()
        session.headers.clear()
        session.headers.update({
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument."
                      "wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                      "text/csv,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "en-GB,en;q=0.8",
        })
        return session

    def close(self) -> None:
        self.session.close()

    def until(self) -> float:
        """The moment (on this client's clock) a source starting now must be done by."""
        return self.clock() + self.deadline

    def _proxies(self, url: str) -> dict:
        if not self.use_env_proxies or requests.utils.should_bypass_proxies(url, no_proxy=None):
            return {}
        return {k: v for k, v in urllib.request.getproxies().items() if k in ("http", "https")}

    def get(self, url: str, *, etag: str = "", last_modified: str = "", site: str | None = None,
            until: float | None = None) -> Answer:
        """GET `url` politely; redirects must stay on `site` (default: the address's own site). Everything,
        retries and waits included, ends by `until` (default: this client's `deadline` from now)."""
        try:
            examine(url)
        except AddressRefused as exc:
            raise FetchError("not_allowed", f"{redact(url)[:120]}: {exc}", final_url=redact(url)) from None
        site = site or site_of(url)
        if not same_site(url, site):
            raise FetchError("not_allowed", f"{redact(url)[:120]} is not an http(s) address on {site}",
                             final_url=redact(url))
        until = self.until() if until is None else until
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt, last_error = 0, None
        with self._alarm(until) as alarm:
            while attempt <= self.retries:
                attempt += 1
                try:
                    answer = self._once(url, headers, site, until)
                except _OutOfTime:
                    self._drop_connections()
                    raise self._out_of_time(url, attempt) from None
                except _Retryable as exc:
                    last_error = exc
                    if attempt > self.retries:
                        break
                    wait = exc.retry_after if exc.retry_after is not None else self.backoff * 2 ** (attempt - 1)
                    if self.clock() + wait >= until:  # a wait (a Retry-After: 100000) never passes the limit
                        raise FetchError(exc.code, f"{exc.message}; a retry in {wait:g} s would pass this source's "
                                                   f"{self.deadline:g} s limit, so not retried", exc.status,
                                         exc.final_url, attempt) from None
                    try:
                        self.sleep(wait)
                    except _OutOfTime:
                        raise self._out_of_time(url, attempt) from None
                    continue
                except FetchError as exc:
                    exc.attempts = attempt
                    exc.final_url = exc.final_url or redact(url)  # out of time before asking: the source's own address
                    raise
                answer.attempts = attempt
                return answer
            if alarm.fired:
                raise self._out_of_time(url, attempt)
        raise FetchError(last_error.code, f"{last_error.message} (after {attempt} attempt{'s' * (attempt > 1)})",
                         last_error.status, last_error.final_url, attempt)

    def _out_of_time(self, url: str, attempt: int) -> FetchError:
        return FetchError("timeout", f"this source's {self.deadline:g} s limit passed; the answer was not waited for",
                          final_url=redact(url), attempts=attempt)

    @contextlib.contextmanager
    def _alarm(self, until: float):
        """In the main thread, a SIGALRM at `until` interrupts whatever waits (a read, a connect, a sleep): the
        limit holds even against a server that trickles its headers. An alarm already set by the caller (a test
        runner's timeout) is kept and set again afterwards. Elsewhere, _once and _read cut each wait to the limit."""
        state = _AlarmState()
        if threading.current_thread() is not threading.main_thread() or self.clock is not time.monotonic:
            yield state
            return
        outer, interval = signal.getitimer(signal.ITIMER_REAL)
        seconds = max(0.001, until - time.monotonic())
        if outer and outer <= seconds:  # the caller's alarm comes first anyway
            yield state
            return

        def fire(signum, frame):
            state.fired = True
            raise _OutOfTime()

        started = time.monotonic()
        previous = signal.signal(signal.SIGALRM, fire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield state
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            if outer:
                signal.setitimer(signal.ITIMER_REAL, max(0.001, outer - (time.monotonic() - started)), interval)

    def _drop_connections(self) -> None:
        """After an interrupted request its connection is in no known state: start a fresh pool."""
        with contextlib.suppress(Exception):
            self.session.close()
        self.session = self._new_session()

    def _left(self, until: float) -> float:
        left = until - self.clock()
        if left <= 0:
            raise FetchError("timeout", f"this source's {self.deadline:g} s limit passed; the answer was not waited for")
        return left

    def _once(self, url: str, headers: dict, site: str, until: float) -> Answer:
        current, redirects = url, []
        while True:
            self.throttle.wait(current)
            left = self._left(until)
            timeout = (min(self.connect_timeout, left), min(self.read_timeout, left))
            try:
                response = self.session.get(current, headers=headers, timeout=timeout, stream=True,
                                            allow_redirects=False, proxies=self._proxies(current))
            except requests.ConnectTimeout as exc:  # the connection itself never opened: its own, shorter limit
                raise _Retryable("timeout", f"no connection within {timeout[0]:g} s", final_url=current) from exc
            except requests.Timeout as exc:
                raise _Retryable("timeout", f"no answer within {timeout[1]:g} s", final_url=current) from exc
            except requests.ConnectionError as exc:
                raise _Retryable("connection_error", f"could not connect: {_reason(exc)}", final_url=current) from exc
            except requests.RequestException as exc:
                raise FetchError("request_error", f"{type(exc).__name__}: {_reason(exc)}", final_url=current) from exc
            with response:
                status = response.status_code
                if status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                    target = urljoin(current, response.headers["Location"].strip())
                    redirects.append(redact(target))
                    if len(redirects) > self.max_redirects:
                        raise FetchError("too_many_redirects", f"more than {self.max_redirects} redirects", status, current)
                    try:
                        examine(target)
                    except AddressRefused as exc:
                        raise FetchError("redirect_off_site", f"redirected to {redact(target)[:120]}: {exc}",
                                         status, current) from None
                    if not same_site(target, site):
                        raise FetchError("redirect_off_site", f"redirected to another site, port or scheme "
                                                              f"({redact(target)[:120]}); not followed", status, current)
                    current = target
                    continue
                if status == 304:
                    if not headers:  # nothing was asked conditionally: there is nothing it could be "the same" as
                        raise FetchError("http_304", "the server answered 304 Not Modified to a first, unconditional "
                                                     "request; nothing to compare with", status, current)
                    return Answer(url, current, status, b"", dict(response.headers), redirects=redirects)
                if status in RETRY_STATUSES:
                    raise _Retryable(f"http_{status}", f"the server answered {status} {response.reason or ''}".strip(),
                                     status, current, _retry_after(response.headers.get("Retry-After"), self.max_retry_after))
                if status >= 400 or status < 200:
                    raise FetchError(f"http_{status}", f"the server answered {status} {response.reason or ''}".strip(),
                                     status, current)
                content = self._read(response, current, until)
                return Answer(url, current, status, content, dict(response.headers), redirects=redirects)

    def _read(self, response, url: str, until: float) -> bytes:
        """The body, each read cut to what is left of the source's limit: a server that trickles a byte at a
        time is stopped at the limit, not when a 64 KiB chunk is full."""
        declared = response.headers.get("Content-Length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError("too_large", f"the answer is {int(declared) / 1e6:.1f} MB, over the "
                                          f"{self.max_bytes / 1e6:.1f} MB limit; refused", response.status_code, url)
        chunks, total = [], 0
        late = FetchError("timeout", f"the answer took longer than this source's {self.deadline:g} s limit; "
                                     "not waited for", response.status_code, url)
        try:
            while True:
                left = until - self.clock()
                if left <= 0:
                    raise late
                _socket_timeout(response, min(self.read_timeout, left))
                chunk = response.raw.read1(65536, decode_content=True)  # what has come, at most 64 KiB
                if not chunk:
                    break
                total += len(chunk)
                if total > self.max_bytes:
                    raise FetchError("too_large", f"the answer is over the {self.max_bytes / 1e6:.1f} MB limit; refused",
                                     response.status_code, url)
                chunks.append(chunk)
        except (urllib3.exceptions.DecodeError, requests.exceptions.ContentDecodingError) as exc:
            raise FetchError("bad_answer", f"the answer could not be read: {_reason(exc)}", response.status_code, url) from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:  # a read timeout or a dropped connection mid-body
            if until - self.clock() <= 0:
                raise late from exc
            timed_out = isinstance(exc, (TimeoutError, urllib3.exceptions.TimeoutError, requests.Timeout)) \
                or "timed out" in str(exc).lower()
            raise _Retryable("timeout" if timed_out else "connection_error", f"the answer stopped: {_reason(exc)}",
                             final_url=url) from exc
        return b"".join(chunks)


class _AlarmState:
    fired = False


def _socket_timeout(response, seconds: float) -> None:
    """Set the answer's socket timeout for the next read (urllib3 keeps the connection on the response)."""
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.settimeout(max(0.01, seconds))


class _Retryable(FetchError):
    def __init__(self, code, message, status=None, final_url="", retry_after=None):
        super().__init__(code, message, status, final_url)
        self.retry_after = retry_after


def _retry_after(value: str | None, cap: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when.timestamp() - time.time(), cap))


def _reason(exc: Exception) -> str:
    text = str(exc)
    if "timed out" in text:  # 'Read timed out', 'Connection to ... timed out
        return "timed out"
    for marker in ("Connection refused", "Name or service not known", "Temporary failure in name resolution",
                   "Connection reset", "RemoteDisconnected", "No route to host"):
        if marker in text:
            return marker
    return text[:160]
