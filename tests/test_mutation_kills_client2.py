"""More tests written against surviving mutants of etl/fetch/client.py: the proxies taken from the environment,
the conditional headers of a plain request, addresses refused before any request, and a body that stops
mid-read (a dropped connection or a read timeout, before or after the source's limit).

No server and no sleeping: responses, sockets and clocks are stubs, the environment is set with monkeypatch,
and the functions are called directly or through PoliteClient.get with its session's `get` replaced.
"""
from __future__ import annotations

import os

import pytest
import requests
import urllib3

from etl.fetch import client as fc
from tests.test_mutation_kills_client import _Raw, _Response  # the first set's stubs of response.raw and a response

URL = "http://127.0.0.1:9/plan.pdf"
HTTP_PROXY = "http://127.0.0.4:3128"
HTTPS_PROXY = "http://127.0.0.4:3129"


# ------------------------------------------------------------------------------------------------ stubs



def _client(now: float = 1000.0, **kwargs) -> fc.PoliteClient:
    """A client on a stopped clock (`now`), never sleeping, asking no proxy unless told."""
    slept = []
    kwargs.setdefault("use_env_proxies", False)
    client = fc.PoliteClient(sleep=slept.append, clock=lambda: now, min_interval=0, **kwargs)
    client.slept = slept
    return client


def _answering(client: fc.PoliteClient, *answers):
    """Make the client's session give `answers` in turn; returns the (url, headers) of every request made."""
    asked = []

    def get(url, headers=None, **_):
        asked.append((url, dict(headers or {})))
        answer = answers[min(len(asked), len(answers)) - 1]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    client.session.get = get
    return asked


def _reset() -> urllib3.exceptions.ProtocolError:
    """What urllib3 raises when the server drops the connection in the middle of a body."""
    return urllib3.exceptions.ProtocolError(
        "('Connection broken: ConnectionResetError(104, \\'Connection reset by peer\\')', "
        "ConnectionResetError(104, 'Connection reset by peer'))")


# ------------------------------------------------------------------------------------------------ _proxies

@pytest.fixture
def proxy_env(monkeypatch):
    """An environment naming an http, an https and an ftp proxy, and one host that goes direct."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy") or name.upper() == "REQUEST_METHOD":
            monkeypatch.delenv(name)
    monkeypatch.setenv("http_proxy", HTTP_PROXY)
    monkeypatch.setenv("https_proxy", HTTPS_PROXY)
    monkeypatch.setenv("ftp_proxy", "http://127.0.0.4:2121")
    monkeypatch.setenv("no_proxy", "127.0.0.3")


def test_the_environment_s_http_and_https_proxies_are_used_and_nothing_else(proxy_env):
    client = _client(use_env_proxies=True)
    assert client._proxies("https://127.0.0.2/stalking.pdf") == \
        {"http": HTTP_PROXY, "https": HTTPS_PROXY}


def test_an_address_the_environment_says_goes_direct_gets_no_proxy(proxy_env):
    client = _client(use_env_proxies=True)
    assert client._proxies("https://127.0.0.3/stalking.pdf") == {}


def test_a_client_told_not_to_use_the_environment_s_proxies_gets_none(proxy_env):
    client = _client(use_env_proxies=False)
    assert client._proxies("https://127.0.0.2/stalking.pdf") == {}


def test_the_proxies_reach_the_request(proxy_env):
    client = _client(use_env_proxies=True)
    seen = []

    def get(url, **kwargs):
        seen.append(kwargs["proxies"])
        return _Response(200, {}, _Raw([b"plan"]))

    client.session.get = get
    assert client.get("http://127.0.0.2/plan.pdf").content == b"plan"
    assert seen == [{"http": HTTP_PROXY, "https": HTTPS_PROXY}]


# ------------------------------------------------------------------------------------------------ get: conditional headers

def test_a_plain_request_asks_nothing_conditionally():
    client = _client()
    asked = _answering(client, _Response(200, {}, _Raw([b"plan"])))
    assert client.get(URL).content == b"plan"
    assert asked == [(URL, {})]


def test_an_etag_alone_is_sent_as_if_none_match_alone():
    client = _client()
    asked = _answering(client, _Response(304, {"ETag": '"v1"'}))
    answer = client.get(URL, etag='"v1"')
    assert answer.not_modified and answer.content == b""
    assert asked == [(URL, {"If-None-Match": '"v1"'})]


def test_a_last_modified_date_alone_is_sent_as_if_modified_since_alone():
    client = _client()
    asked = _answering(client, _Response(304))
    answer = client.get(URL, last_modified="Wed, 21 Oct 2015 07:28:00 GMT")
    assert answer.not_modified
    assert asked == [(URL, {"If-Modified-Since": "Wed, 21 Oct 2015 07:28:00 GMT"})]


def test_a_304_to_a_plain_request_is_a_failure():
    client = _client()
    _answering(client, _Response(304))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    assert (caught.value.code, caught.value.status, caught.value.final_url) == ("http_304", 304, URL)


# ------------------------------------------------------------------------------------------------ get: refused addresses

def test_an_address_with_user_info_is_refused_before_any_request_and_the_password_never_shown():
    url = "http://someone:secret@127.0.0.1:9/" + "plans/" * 30 + "stalking.pdf"
    shown = "http://***@127.0.0.1:9/" + "plans/" * 30 + "stalking.pdf"
    client = _client()
    asked = _answering(client, _Response(200, {}, _Raw([b"plan"])))
    with pytest.raises(fc.FetchError) as caught:
        client.get(url)
    error = caught.value
    assert (error.code, error.status, error.attempts) == ("not_allowed", None, 1)
    assert error.final_url == shown
    assert error.message == shown[:120] + ": addresses with a user name or password are not fetched"
    assert len(shown) > 121 and str(error) == error.message
    assert "secret" not in error.message and "secret" not in error.final_url
    assert asked == []


def test_an_address_that_is_not_http_is_refused_naming_it():
    client = _client()
    asked = _answering(client, _Response(200))
    with pytest.raises(fc.FetchError) as caught:
        client.get("ftp://127.0.0.1/plan.pdf")
    error = caught.value
    assert (error.code, error.final_url) == ("not_allowed", "ftp://127.0.0.1/plan.pdf")
    assert error.message == "ftp://127.0.0.1/plan.pdf: only http and https addresses are fetched"
    assert asked == []


def test_an_address_on_another_site_than_the_one_given_is_refused_naming_both():
    client = _client()
    asked = _answering(client, _Response(200))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL, site="127.0.0.2")
    error = caught.value
    assert (error.code, error.status, error.final_url) == ("not_allowed", None, URL)
    assert error.message == f"{URL} is not an http(s) address on 127.0.0.2"
    assert asked == []


# ------------------------------------------------------------------------------------------------ _read: a body that stops

def test_a_connection_dropped_mid_body_is_a_retryable_connection_error_with_its_reason():
    raw = _Raw([b"%PDF-1.7 part"], error=_reset())
    with pytest.raises(fc._Retryable) as caught:
        _client()._read(_Response(200, {}, raw), URL, 2000.0)
    error = caught.value
    assert (error.code, error.final_url, error.status, error.retry_after) == ("connection_error", URL, None, None)
    assert error.message == "the answer stopped: Connection reset"
    assert len(raw.asked) == 2


def test_a_read_timeout_mid_body_is_a_retryable_timeout_whatever_its_words():
    raw = _Raw([b"part"], error=TimeoutError("the socket gave up"))
    with pytest.raises(fc._Retryable) as caught:
        _client()._read(_Response(200, {}, raw), URL, 2000.0)
    error = caught.value
    assert (error.code, error.final_url) == ("timeout", URL)
    assert error.message == "the answer stopped: the socket gave up"


def test_a_broken_body_whose_reason_says_timed_out_is_a_retryable_timeout():
    raw = _Raw([b"part"], error=urllib3.exceptions.ProtocolError(
        "('Connection broken: The read operation timed out', OSError('The read operation timed out'))"))
    with pytest.raises(fc._Retryable) as caught:
        _client()._read(_Response(200, {}, raw), URL, 2000.0)
    error = caught.value
    assert (error.code, error.final_url) == ("timeout", URL)
    assert error.message == "the answer stopped: timed out"


def test_an_os_error_saying_timed_out_in_capitals_is_a_timeout():
    raw = _Raw([], error=OSError("Read Timed Out by the proxy"))
    with pytest.raises(fc._Retryable) as caught:
        _client()._read(_Response(200, {}, raw), URL, 2000.0)
    assert caught.value.code == "timeout"
    assert caught.value.message == "the answer stopped: Read Timed Out by the proxy"


def _stopping_at(seconds_after: float, until: float = 120.0):
    """_read on a body that breaks when the clock (which was at 100) reads `seconds_after`: the error raised."""
    times = iter([100.0, seconds_after])
    client = _client(deadline=20)
    client.clock = lambda: next(times)
    with pytest.raises(fc.FetchError) as caught:
        client._read(_Response(200, {}, _Raw([], error=_reset())), URL, until)
    return caught.value


def test_a_body_that_breaks_after_the_limit_has_passed_is_a_timeout_not_retried():
    error = _stopping_at(130.0)
    assert not isinstance(error, fc._Retryable)
    assert (error.code, error.status, error.final_url) == ("timeout", 200, URL)
    assert error.message == "the answer took longer than this source's 20 s limit; not waited for"
    assert isinstance(error.__cause__, urllib3.exceptions.ProtocolError)


def test_a_body_that_breaks_exactly_at_the_limit_is_a_timeout_not_retried():
    error = _stopping_at(120.0)
    assert not isinstance(error, fc._Retryable)
    assert error.code == "timeout"
    assert error.message == "the answer took longer than this source's 20 s limit; not waited for"


def test_a_body_that_breaks_half_a_second_before_the_limit_may_be_retried():
    error = _stopping_at(119.5)
    assert isinstance(error, fc._Retryable)
    assert (error.code, error.message) == ("connection_error", "the answer stopped: Connection reset")


def test_a_body_dropped_on_every_attempt_is_reported_after_them_all():
    client = _client(retries=1, backoff=3.0)
    asked = _answering(client, _Response(200, {}, _Raw([b"part"], error=_reset())),
                       _Response(200, {}, _Raw([b"part"], error=_reset())))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    error = caught.value
    assert (error.code, error.attempts, error.final_url) == ("connection_error", 2, URL)
    assert error.message == "the answer stopped: Connection reset (after 2 attempts)"
    assert client.slept == [3.0] and len(asked) == 2


def test_a_connection_that_never_opens_names_the_connect_limit_not_the_read_limit():
    """Found while writing these tests: a connect timeout was reported with the read timeout's figure."""
    client = _client(retries=0, connect_timeout=4, read_timeout=30)
    _answering(client, requests.ConnectTimeout("Connection to 127.0.0.1 timed out. (connect timeout=4)"))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    assert (caught.value.code, caught.value.message) == ("timeout", "no connection within 4 s (after 1 attempt)")
    client = _client(retries=0, connect_timeout=4, read_timeout=30)
    _answering(client, requests.ReadTimeout("Read timed out. (read timeout=30)"))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    assert (caught.value.code, caught.value.message) == ("timeout", "no answer within 30 s (after 1 attempt)")
