"""A polite HTTP client for forces' websites (requests underneath).

- a User-Agent that names the tool; no cookies kept or sent; no credentials from ~/.netrc
- connect and read timeouts, plus a deadline for the whole answer (a server that trickles bytes)
- a few retries with exponential backoff on 5xx, 429 and connection errors / timeouts (Retry-After honoured, capped)
- at most one request a second per host (the interval, sleep and clock are injectable for tests)
- conditional requests: If-None-Match / If-Modified-Since from the previous answer; a 304 is "not modified"
- a size cap, checked against Content-Length and again while reading (decoded bytes, so gzip bombs stop too)
- redirects followed by hand: at most `max_redirects`, http(s) only, and only on the same site
"""
from __future__ import annotations

import email.utils
import http.cookiejar
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests

from .. import ETL_VERSION
from ..extract.guard import MAX_FILE_BYTES

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


def site_of(url: str) -> str:
    """The site an address belongs to: its host, lower case, without a leading 'www.'."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, site: str) -> bool:
    return urlsplit(url).scheme in ("http", "https") and site_of(url) == site


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
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            last = self._last.get(host)
            now = self.clock()
            if last is not None and now - last < self.interval:
                self.sleep(self.interval - (now - last))
            self._last[host] = self.clock()


class PoliteClient:
    def __init__(
        self, *, user_agent: str = USER_AGENT, connect_timeout: float = 10.0, read_timeout: float = 30.0,
        deadline: float = 120.0, retries: int = 3, backoff: float = 2.0, max_retry_after: float = 60.0,
        min_interval: float = 1.0, max_bytes: int = MAX_FILE_BYTES, max_redirects: int = 5,
        sleep=time.sleep, clock=time.monotonic, use_env_proxies: bool = True,
    ):
        self.user_agent = user_agent
        self.timeout = (connect_timeout, read_timeout)
        self.deadline, self.retries, self.backoff, self.max_retry_after = deadline, retries, backoff, max_retry_after
        self.max_bytes, self.max_redirects = max_bytes, max_redirects
        self.sleep, self.clock = sleep, clock
        self.throttle = Throttle(min_interval, sleep, clock)
        self.use_env_proxies = use_env_proxies
        self.session = requests.Session()
        self.session.trust_env = False  # no ~/.netrc credentials; proxies are taken from the environment below
        self.session.cookies = _no_cookies()
        self.session.headers.clear()
        self.session.headers.update({
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument."
                      "wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                      "text/csv,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "en-GB,en;q=0.8",
        })

    def close(self) -> None:
        self.session.close()

    def _proxies(self, url: str) -> dict:
        if not self.use_env_proxies or requests.utils.should_bypass_proxies(url, no_proxy=None):
            return {}
        return {k: v for k, v in urllib.request.getproxies().items() if k in ("http", "https")}

    def get(self, url: str, *, etag: str = "", last_modified: str = "", site: str | None = None) -> Answer:
        """GET `url` politely; redirects must stay on `site` (default: the address's own site)."""
        site = site or site_of(url)
        if not same_site(url, site):
            raise FetchError("not_allowed", f"{url[:120]} is not an http(s) address on {site}", final_url=url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt, last_error = 0, None
        while attempt <= self.retries:
            attempt += 1
            try:
                answer = self._once(url, headers, site)
            except _Retryable as exc:
                last_error = exc
                if attempt > self.retries:
                    break
                self.sleep(exc.retry_after if exc.retry_after is not None else self.backoff * 2 ** (attempt - 1))
                continue
            except FetchError as exc:
                exc.attempts = attempt
                raise
            answer.attempts = attempt
            return answer
        raise FetchError(last_error.code, f"{last_error.message} (after {attempt} attempt{'s' * (attempt > 1)})",
                         last_error.status, last_error.final_url, attempt)

    def _once(self, url: str, headers: dict, site: str) -> Answer:
        current, redirects = url, []
        started = self.clock()
        while True:
            self.throttle.wait(current)
            try:
                response = self.session.get(current, headers=headers, timeout=self.timeout, stream=True,
                                            allow_redirects=False, proxies=self._proxies(current))
            except requests.Timeout as exc:
                raise _Retryable("timeout", f"no answer within {self.timeout[1]:g} s", final_url=current) from exc
            except requests.ConnectionError as exc:
                raise _Retryable("connection_error", f"could not connect: {_reason(exc)}", final_url=current) from exc
            except requests.RequestException as exc:
                raise FetchError("request_error", f"{type(exc).__name__}: {_reason(exc)}", final_url=current) from exc
            with response:
                status = response.status_code
                if status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                    target = urljoin(current, response.headers["Location"].strip())
                    redirects.append(target)
                    if len(redirects) > self.max_redirects:
                        raise FetchError("too_many_redirects", f"more than {self.max_redirects} redirects", status, current)
                    if not same_site(target, site):
                        raise FetchError("redirect_off_site", f"redirected to another site or scheme ({target[:120]}); "
                                                              "not followed", status, current)
                    current = target
                    continue
                if status == 304:
                    return Answer(url, current, status, b"", dict(response.headers), redirects=redirects)
                if status in RETRY_STATUSES:
                    raise _Retryable(f"http_{status}", f"the server answered {status} {response.reason or ''}".strip(),
                                     status, current, _retry_after(response.headers.get("Retry-After"), self.max_retry_after))
                if status >= 400 or status < 200:
                    raise FetchError(f"http_{status}", f"the server answered {status} {response.reason or ''}".strip(),
                                     status, current)
                content = self._read(response, current, started)
                return Answer(url, current, status, content, dict(response.headers), redirects=redirects)

    def _read(self, response, url: str, started: float) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError("too_large", f"the answer is {int(declared) / 1e6:.1f} MB, over the "
                                          f"{self.max_bytes / 1e6:.1f} MB limit; refused", response.status_code, url)
        chunks, total = [], 0
        try:
            for chunk in response.iter_content(65536):
                total += len(chunk)
                if total > self.max_bytes:
                    raise FetchError("too_large", f"the answer is over the {self.max_bytes / 1e6:.1f} MB limit; refused",
                                     response.status_code, url)
                if self.clock() - started > self.deadline:
                    raise _Retryable("timeout", f"the answer took longer than {self.deadline:g} s", final_url=url)
                chunks.append(chunk)
        except (requests.ConnectionError, requests.Timeout) as exc:  # a read timeout mid-body
            raise _Retryable("timeout" if "timed out" in str(exc).lower() else "connection_error",
                             f"the answer stopped: {_reason(exc)}", final_url=url) from exc
        except requests.RequestException as exc:
            raise FetchError("bad_answer", f"the answer could not be read: {_reason(exc)}", response.status_code, url) from exc
        return b"".join(chunks)


class _Retryable(FetchError):
    def __init__(self, code, message, status=None, final_url="", retry_after=None):
        super().__init__(code, message, status, final_url)
        self.retry_after = retry_after


def _retry_after(value: str | None, cap: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when.timestamp() - time.time(), cap))


def _reason(exc: Exception) -> str:
    text = str(exc)
    if "Read timed out" in text or "timed out" in text:
        return "timed out"
    for marker in ("Connection refused", "Name or service not known", "Temporary failure in name resolution",
                   "Connection reset", "RemoteDisconnected", "No route to host"):
        if marker in text:
            return marker
    return text[:160]
