"""Tests written against surviving mutants of etl/fetch/client.py: the body reader (_read), the per-read socket
timeout, Retry-After dates, the reason text of a failure, the out-of-time error and a fresh connection pool.

No server and no sleeping: responses, sockets and clocks are stubs (or a real urllib3 response over bytes in
memory), and the functions are called directly or through PoliteClient.get with its session's `get` replaced.
"""
from __future__ import annotations

import gzip
import io
import time
from types import SimpleNamespace

import pytest
import requests
import urllib3
from requests.structures import CaseInsensitiveDict

from etl.fetch import client as fc

URL = "http://127.0.0.1:9/plan.pdf"
ODD_LIMIT = 1_050_001  # 1.1 MB when divided by 1e6, 1.0 MB when divided by anything a little larger


# ------------------------------------------------------------------------------------------------ stubs

class _Sock:
    def __init__(self, fails: bool = False):
        self.timeouts, self.fails = [], fails

    def settimeout(self, seconds):
        if self.fails:
            raise OSError(9, "Bad file descriptor")  # a socket closed under us
        self.timeouts.append(seconds)


class _Raw:
    """What requests keeps as response.raw: read1 gives the next chunk, and the connection holds the socket."""

    def __init__(self, chunks=(), sock=None, error=None):
        self.chunks, self.error = list(chunks), error
        self.asked = []  # (size, decode_content) of every read1
        self.connection = SimpleNamespace(sock=sock if sock is not None else _Sock())

    def read1(self, size=None, decode_content=None):
        self.asked.append((size, decode_content))
        if self.error is not None and not self.chunks:
            raise self.error
        return self.chunks.pop(0) if self.chunks else b""


class _Response:
    def __init__(self, status=200, headers=None, raw=None, reason=""):
        self.status_code, self.reason = status, reason
        self.headers = CaseInsensitiveDict(headers or {})  # as requests gives them
        self.raw = raw if raw is not None else _Raw()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _client(now: float = 1000.0, **kwargs) -> fc.PoliteClient:
    """A client on a stopped clock (`now`), never sleeping, asking no proxy."""
    slept = []
    client = fc.PoliteClient(sleep=slept.append, clock=lambda: now, min_interval=0, use_env_proxies=False, **kwargs)
    client.slept = slept
    return client


def _answering(client: fc.PoliteClient, *answers):
    """Make the client's session give `answers` in turn (a response, or an exception to raise)."""
    asked = []

    def get(url, **_):
        asked.append(url)
        answer = answers[min(len(asked), len(answers)) - 1]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    client.session.get = get
    return asked


def _real_raw(body: bytes, encoding: str = "") -> urllib3.HTTPResponse:
    """A urllib3 response over bytes in memory, made as requests makes them (not decoding by itself)."""
    headers = {"Content-Encoding": encoding} if encoding else {}
    return urllib3.HTTPResponse(body=io.BytesIO(body), headers=headers, status=200, preload_content=False,
                                decode_content=False)


# ------------------------------------------------------------------------------------------------ _read: size

def test_a_declared_length_over_the_limit_is_refused_before_reading_with_both_sizes_in_the_message():
    raw = _Raw([b"%PDF-1.7 a small start"])
    client = _client(max_bytes=ODD_LIMIT)
    with pytest.raises(fc.FetchError) as caught:
        client._read(_Response(200, {"Content-Length": "60000000000"}, raw), URL, 2000.0)
    error = caught.value
    assert (error.code, error.status, error.final_url) == ("too_large", 200, URL)
    assert error.message == "the answer is 60000.0 MB, over the 1.1 MB limit; refused"
    assert str(error) == error.message
    assert raw.asked == []  # not a byte read


def test_a_declared_length_is_found_whatever_the_case_of_the_header_name():
    for name in ("content-length", "CONTENT-LENGTH", "Content-Length"):
        client = _client(max_bytes=10)
        with pytest.raises(fc.FetchError) as caught:
            client._read(_Response(200, {name: "11"}, _Raw([b"x" * 11])), URL, 2000.0)
        assert caught.value.message == "the answer is 0.0 MB, over the 0.0 MB limit; refused"


def test_an_answer_of_exactly_the_limit_declared_and_sent_is_read_whole():
    client = _client(max_bytes=10)
    raw = _Raw([b"0123456789"])
    assert client._read(_Response(200, {"Content-Length": "10"}, raw), URL, 2000.0) == b"0123456789"


def test_a_declared_length_that_is_not_a_number_is_ignored_and_the_body_read():
    client = _client(max_bytes=10)
    assert client._read(_Response(200, {"Content-Length": "lots"}, _Raw([b"abc", b"def"])), URL, 2000.0) == b"abcdef"


def test_an_answer_growing_past_the_limit_while_read_is_refused_with_the_limit_in_the_message():
    raw = _Raw([b"x" * 1_000_000, b"y" * 50_001, b"z"])
    client = _client(max_bytes=ODD_LIMIT)
    with pytest.raises(fc.FetchError) as caught:
        client._read(_Response(203, {}, raw), URL, 2000.0)
    error = caught.value
    assert (error.code, error.status, error.final_url) == ("too_large", 203, URL)
    assert error.message == "the answer is over the 1.1 MB limit; refused"
    assert len(raw.asked) == 3  # stopped at the chunk that passed the limit


# ------------------------------------------------------------------------------------------------ _read: decoding

def test_a_gzipped_answer_is_given_decoded():
    text = b"<html><h1>Stalking action plan</h1>" + b"<p>item</p>" * 500
    client = _client()
    response = _Response(200, {"Content-Encoding": "gzip"}, _real_raw(gzip.compress(text), "gzip"))
    assert client._read(response, URL, 2000.0) == text


def test_the_size_limit_counts_decoded_bytes_so_a_gzip_bomb_is_stopped():
    bomb = gzip.compress(b"\0" * 3_000_000)
    assert len(bomb) < 10_000
    client = _client(max_bytes=ODD_LIMIT)
    with pytest.raises(fc.FetchError) as caught:
        client._read(_Response(200, {"Content-Encoding": "gzip"}, _real_raw(bomb, "gzip")), URL, 2000.0)
    assert caught.value.code == "too_large"
    assert caught.value.message == "the answer is over the 1.1 MB limit; refused"


def test_each_read_asks_for_at_most_64_kib_decoded():
    raw = _Raw([b"a" * 10, b"b" * 10])
    assert _client()._read(_Response(200, {}, raw), URL, 2000.0) == b"a" * 10 + b"b" * 10
    assert raw.asked == [(65536, True)] * 3  # two chunks, then the empty read that ends the body


def test_a_body_that_cannot_be_decoded_is_a_bad_answer_with_the_reason():
    raw = _Raw([b"part"], error=urllib3.exceptions.DecodeError("Received response with content-encoding: gzip, "
                                                                "but failed to decode it."))
    with pytest.raises(fc.FetchError) as caught:
        _client()._read(_Response(200, {}, raw), URL, 2000.0)
    error = caught.value
    assert not isinstance(error, fc._Retryable)
    assert (error.code, error.status, error.final_url) == ("bad_answer", 200, URL)
    assert error.message == ("the answer could not be read: Received response with content-encoding: gzip, "
                             "but failed to decode it.")


def test_a_real_corrupt_gzip_body_is_a_bad_answer():
    response = _Response(200, {"Content-Encoding": "gzip"}, _real_raw(b"this is not gzip at all", "gzip"))
    with pytest.raises(fc.FetchError) as caught:
        _client()._read(response, URL, 2000.0)
    assert (caught.value.code, caught.value.status, caught.value.final_url) == ("bad_answer", 200, URL)
    assert caught.value.message.startswith("the answer could not be read: ")


# ------------------------------------------------------------------------------------------------ _read: time

def test_a_body_not_started_when_the_limit_is_reached_exactly_is_not_waited_for():
    raw = _Raw([b"late body"])
    client = _client(now=500.0, deadline=45)
    with pytest.raises(fc.FetchError) as caught:
        client._read(_Response(206, {}, raw), URL, 500.0)  # nothing left: 0 s
    error = caught.value
    assert (error.code, error.status, error.final_url) == ("timeout", 206, URL)
    assert error.message == "the answer took longer than this source's 45 s limit; not waited for"
    assert raw.asked == []


def test_a_body_with_half_a_second_left_is_read_and_its_socket_given_that_half_second():
    sock = _Sock()
    client = _client(now=500.0, read_timeout=30.0)
    assert client._read(_Response(200, {}, _Raw([b"quick"], sock=sock)), URL, 500.5) == b"quick"
    assert sock.timeouts == [0.5, 0.5]


def test_each_read_gets_the_read_timeout_when_more_of_the_limit_is_left():
    sock = _Sock()
    client = _client(now=500.0, read_timeout=7.5)
    assert client._read(_Response(200, {}, _Raw([b"a", b"b"], sock=sock)), URL, 600.0) == b"ab"
    assert sock.timeouts == [7.5, 7.5, 7.5]


def test_the_limit_passing_during_the_body_stops_the_read_at_the_next_chunk():
    times = iter([100.0, 101.0, 130.0])
    client = _client(deadline=20)
    client.clock = lambda: next(times)
    raw = _Raw([b"first", b"second"])
    with pytest.raises(fc.FetchError) as caught:
        client._read(_Response(200, {}, raw), URL, 120.0)
    assert caught.value.message == "the answer took longer than this source's 20 s limit; not waited for"
    assert len(raw.asked) == 2


# ------------------------------------------------------------------------------------------------ _socket_timeout

def test_the_socket_of_the_answer_gets_the_timeout_with_a_floor_of_a_hundredth_of_a_second():
    sock = _Sock()
    response = _Response(200, {}, _Raw(sock=sock))
    fc._socket_timeout(response, 0.5)
    fc._socket_timeout(response, 12)
    fc._socket_timeout(response, 0)
    fc._socket_timeout(response, -3.0)
    assert sock.timeouts == [0.5, 12, 0.01, 0.01]


def test_a_socket_that_cannot_take_a_timeout_is_left_alone():
    response = _Response(200, {}, _Raw(sock=_Sock(fails=True)))
    fc._socket_timeout(response, 5.0)  # no error


def test_an_answer_without_a_connection_or_socket_is_left_alone():
    fc._socket_timeout(SimpleNamespace(raw=SimpleNamespace()), 5.0)
    fc._socket_timeout(SimpleNamespace(raw=SimpleNamespace(connection=SimpleNamespace(sock=None))), 5.0)
    fc._socket_timeout(_Response(200, {}, _real_raw(b"")), 5.0)


# ------------------------------------------------------------------------------------------------ _retry_after

DATE = "Wed, 21 Oct 2015 07:28:00 GMT"
DATE_TS = 1445412480.0


@pytest.mark.parametrize("now, cap, expected", [
    (DATE_TS - 30, 60.0, 30.0),  # thirty seconds ahead
    (DATE_TS - 3600, 60.0, 60.0),  # an hour ahead: capped
    (DATE_TS + 100, 60.0, 0.0),  # already past: no wait, never a negative one
    (DATE_TS, 60.0, 0.0),
])
def test_a_retry_after_date_is_the_seconds_from_now_capped(monkeypatch, now, cap, expected):
    monkeypatch.setattr(time, "time", lambda: now)
    assert fc._retry_after(DATE, cap) == expected
    assert fc._retry_after(f"  {DATE} ", cap) == expected


def test_retry_after_seconds_empty_and_nonsense():
    assert fc._retry_after("7", 60.0) == 7.0
    assert fc._retry_after(" 120 ", 60.0) == 60.0
    assert fc._retry_after(None, 60.0) is None
    assert fc._retry_after("", 60.0) is None
    assert fc._retry_after("soon", 60.0) is None


def test_a_retry_after_date_is_waited_between_attempts(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: DATE_TS - 12)
    client = _client(retries=1)
    asked = _answering(client, _Response(503, {"Retry-After": DATE}, reason="Service Unavailable"),
                       _Response(200, {}, _Raw([b"plan"])))
    answer = client.get(URL)
    assert (answer.content, answer.attempts, client.slept, asked) == (b"plan", 2, [12.0], [URL, URL])


# ------------------------------------------------------------------------------------------------ _Retryable

def test_a_retryable_error_keeps_its_address_and_has_none_by_default():
    error = fc._Retryable("timeout", "no answer within 5 s")
    assert (error.code, error.message, error.status, error.final_url, error.retry_after) == \
        ("timeout", "no answer within 5 s", None, "", None)
    error = fc._Retryable("http_503", "the server answered 503", 503, URL, 7.0)
    assert (error.status, error.final_url, error.retry_after, error.attempts) == (503, URL, 7.0, 1)


def test_a_connection_error_on_every_attempt_is_reported_with_its_reason_and_address():
    client = _client(retries=0)
    _answering(client, requests.ConnectionError(
        "HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: /plan.pdf (Caused by "
        "NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new "
        "connection: [Errno 111] Connection refused'))"))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    error = caught.value
    assert (error.code, error.final_url, error.attempts, error.status) == ("connection_error", URL, 1, None)
    assert error.message == "could not connect: Connection refused (after 1 attempt)"


# ------------------------------------------------------------------------------------------------ _out_of_time, _drop_connections

def test_the_out_of_time_error_names_the_limit_the_address_without_user_info_and_the_attempts():
    client = _client(deadline=90)
    error = client._out_of_time("http://someone:secret@127.0.0.1:9/plan.pdf", 3)
    assert (error.code, error.attempts, error.status) == ("timeout", 3, None)
    assert error.final_url == "http://***@127.0.0.1:9/plan.pdf"
    assert error.message == "this source's 90 s limit passed; the answer was not waited for"


def test_a_request_interrupted_at_the_limit_is_a_timeout_and_the_pool_is_replaced_even_if_closing_fails():
    client = _client(deadline=30, retries=2)
    _answering(client, _Response(503), fc._OutOfTime())
    old = client.session

    def close():
        raise RuntimeError("the pool was in no state to close")

    old.close = close
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    error = caught.value
    assert (error.code, error.attempts, error.final_url) == ("timeout", 2, URL)
    assert error.message == "this source's 30 s limit passed; the answer was not waited for"
    assert client.session is not old
    assert client.session.headers["User-Agent"] == fc.USER_AGENT and len(client.session.cookies) == 0


def test_dropping_connections_survives_a_failing_close_and_gives_a_fresh_session():
    client = _client()
    old = client.session
    old.close = lambda: (_ for _ in ()).throw(OSError("already gone"))
    client._drop_connections()
    assert client.session is not old and isinstance(client.session, requests.Session)
    assert client.session.trust_env is False


# ------------------------------------------------------------------------------------------------ _reason

@pytest.mark.parametrize("text, reason", [
    ("HTTPConnectionPool(host='127.0.0.1', port=9): Read timed out. (read timeout=5)", "timed out"),
    ("(<urllib3.connection.HTTPConnection object at 0x7f>, 'Connection to 127.0.0.1 timed out. "
     "(connect timeout=10)')", "timed out"),
    ("HTTPConnectionPool(host='127.0.0.1', port=9): Max retries exceeded with url: / (Caused by "
     "NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))",
     "Connection refused"),
    ("Failed to resolve 'plans.example.police.uk' ([Errno -2] Name or service not known)", "Name or service not known"),
    ("Failed to resolve 'plans.example.police.uk' ([Errno -3] Temporary failure in name resolution)",
     "Temporary failure in name resolution"),
    ("('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))", "Connection reset"),
    ("('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
     "RemoteDisconnected"),
    ("Failed to establish a new connection: [Errno 113] No route to host", "No route to host"),
    ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate "
                                                                   "verify failed"),
])
def test_the_reason_for_a_failure_is_short_and_plain(text, reason):
    assert fc._reason(requests.ConnectionError(text)) == reason
    assert fc._reason(OSError(text)) == reason


def test_an_unknown_reason_is_given_as_its_first_160_characters():
    text = "".join(f"{n:03d}," for n in range(60))  # 240 characters, each place readable
    assert fc._reason(ValueError(text)) == text[:160]
    assert len(fc._reason(ValueError(text))) == 160


# found while writing these tests: a header byte 0xB2 decodes (Latin-1) to '²', which str.isdigit() accepts and
# int()/float() refuse, so a hostile server's header raised a plain ValueError past the fetch's own error handling
@pytest.mark.parametrize("digits", ["²", "¹²", "٣"])
def test_header_numbers_that_are_not_ascii_digits_are_ignored_not_a_crash(digits):
    client = _client(max_bytes=10)
    assert client._read(_Response(200, {"Content-Length": digits}, _Raw([b"abc"])), URL, 2000.0) == b"abc"
    assert fc._retry_after(digits, 60.0) is None
