"""Tests for the fetch client's survivors of a whole run of `make mutate` (issue 24), one fresh process per mutant
(scripts/mutation_recheck.py): the documented limits are the client's own, the throttle waits on the client's own
clock, a source already out of time is not asked again, and no cookie is ever kept."""
import requests
from requests.cookies import MockRequest, create_cookie

import pytest

from etl.fetch import client as fc


def test_the_documented_limits_are_the_clients_defaults():
    """README: 10 s to connect, 30 s a read, 2 minutes a source, three retries with backoff, one request a second
    per host, at most five redirects, proxies from the environment."""
    client = fc.PoliteClient()
    assert client.timeout == (10.0, 30.0) and (client.connect_timeout, client.read_timeout) == (10.0, 30.0)
    assert (client.deadline, client.retries, client.backoff, client.max_retry_after) == (120.0, 3, 2.0, 60.0)
    assert (client.throttle.interval, client.max_redirects, client.use_env_proxies) == (1.0, 5, True)


def test_the_throttle_waits_on_the_clients_own_clock_and_sleep():
    now, slept = [500.0], []
    client = fc.PoliteClient(sleep=slept.append, clock=lambda: now[0], min_interval=5, use_env_proxies=False)
    client.throttle.wait("http://127.0.0.2/plan.html")
    now[0] += 2
    client.throttle.wait("http://127.0.0.2/plan.pdf")
    assert slept == [3.0]  # five seconds apart per host, two of them already gone


@pytest.mark.parametrize("until, left", [(1000.5, 0.5), (1001.0, 1.0), (1060.0, 60.0)])
def test_the_time_left_of_a_source_is_counted_on_the_clients_clock(until, left):
    client = fc.PoliteClient(clock=lambda: 1000.0, deadline=45, use_env_proxies=False)
    assert client._left(until) == left


@pytest.mark.parametrize("until", [1000.0, 999.0])
def test_a_source_already_out_of_time_is_a_timeout_naming_its_limit(until):
    client = fc.PoliteClient(clock=lambda: 1000.0, deadline=45, use_env_proxies=False)
    with pytest.raises(fc.FetchError) as caught:
        client._left(until)
    assert caught.value.code == "timeout"
    assert caught.value.message == "this source's 45 s limit passed; the answer was not waited for"


def test_no_cookie_a_site_sets_is_kept():
    jar = fc.PoliteClient(use_env_proxies=False).session.cookies
    request = MockRequest(requests.Request("GET", "http://127.0.0.2/plan.html").prepare())
    jar.set_cookie_if_ok(create_cookie("session", "abc", domain="127.0.0.2", path="/"), request)
    assert len(jar) == 0


def test_the_request_headers_are_the_documented_ones_and_nothing_else():
    """README 'What is sent to the forces' sites': the User-Agent, what we accept, and nothing more (as sent)."""
    headers = list(fc.PoliteClient(use_env_proxies=False).session.headers.items())
    assert headers == [
        ("User-Agent", fc.USER_AGENT),
        ("Accept", "text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument."
                   "wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                   "text/csv,text/plain;q=0.9,*/*;q=0.5"),
        ("Accept-Encoding", "gzip, deflate"),
        ("Accept-Language", "en-GB,en;q=0.8"),
    ]


@pytest.mark.parametrize("location, says", [
    ("ftp://127.0.0.2/" + "plan-" * 30 + ".pdf", "redirected to ftp://127.0.0.2/"),  # a scheme refused outright
    ("http://127.0.0.3/" + "plan-" * 30 + ".pdf", "redirected to another site, port or scheme (http://127.0.0.3/"),
])
def test_a_refused_redirect_names_its_status_the_page_that_sent_it_and_at_most_120_characters_of_where(location, says):
    from tests.test_mutation_kills_client import _answering, _client, _Response

    client = _client()
    _answering(client, _Response(302, {"Location": location}))
    with pytest.raises(fc.FetchError) as caught:
        client.get("http://127.0.0.2/plan.html")
    error = caught.value
    assert (error.code, error.status, error.final_url) == ("redirect_off_site", 302, "http://127.0.0.2/plan.html")
    assert says in error.message
    assert location[:120] in error.message and location[:121] not in error.message



def test_a_304_to_a_first_request_is_a_failure_that_says_why():
    from tests.test_mutation_kills_client import _answering, _client, _Response

    client = _client()
    _answering(client, _Response(304))
    with pytest.raises(fc.FetchError) as caught:
        client.get("http://127.0.0.2/plan.html")
    error = caught.value
    assert (error.code, error.status, error.final_url) == ("http_304", 304, "http://127.0.0.2/plan.html")
    assert error.message == ("the server answered 304 Not Modified to a first, unconditional request; nothing to "
                             "compare with")


# ---------------------------------------------------------------------------------------------------- _once's answers
URL = "http://127.0.0.2/plan.html"


def _asking(client, *answers):
    """The client's session gives `answers` in turn; every call's address and keyword arguments are kept."""
    calls = []

    def get(url, **kwargs):
        calls.append((url, kwargs))
        answer = answers[min(len(calls), len(answers)) - 1]
        if isinstance(answer, BaseException):
            raise answer
        return answer

    client.session.get = get
    return calls


def test_every_request_is_streamed_under_the_sources_limits_and_follows_no_redirect_itself():
    from tests.test_mutation_kills_client import _client, _Response

    client = _client()
    calls = _asking(client, _Response(200, {"Content-Length": "0"}))
    client.get(URL)
    (url, kwargs), = calls
    assert url == URL and kwargs["allow_redirects"] is False and kwargs["stream"] is True
    assert kwargs["timeout"] == (10.0, 30.0)


def test_a_not_modified_answer_keeps_the_address_asked_where_it_ended_its_headers_and_redirects():
    from tests.test_mutation_kills_client import _client, _Response

    client = _client()
    _asking(client, _Response(302, {"Location": "/plan-2026.html"}), _Response(304, {"ETag": '"v2"'}))
    answer = client.get(URL, etag='"v2"')
    assert (answer.url, answer.final_url, answer.status, answer.content) == (
        URL, "http://127.0.0.2/plan-2026.html", 304, b"")
    assert answer.headers == {"ETag": '"v2"'} and answer.redirects == ["http://127.0.0.2/plan-2026.html"]


def test_an_answer_after_a_redirect_keeps_the_address_asked():
    from tests.test_mutation_kills_client import _client, _Raw, _Response

    client = _client()
    _asking(client, _Response(301, {"Location": "/new.html"}), _Response(200, {"Content-Length": "0"}, raw=_Raw()))
    answer = client.get(URL)
    assert (answer.url, answer.final_url, answer.status) == (URL, "http://127.0.0.2/new.html", 200)


@pytest.mark.parametrize("status, reason, code, message", [
    (503, "Service Unavailable", "http_503", "the server answered 503 Service Unavailable (after 1 attempt)"),
    (400, "Bad Request", "http_400", "the server answered 400 Bad Request"),
    (401, "Unauthorized", "http_401", "the server answered 401 Unauthorized"),
    (404, "", "http_404", "the server answered 404"),
    (199, "", "http_199", "the server answered 199"),
])
def test_an_error_status_is_named_with_its_reason_and_the_address(status, reason, code, message):
    from tests.test_mutation_kills_client import _client, _Response

    client = _client(retries=0)
    _asking(client, _Response(status, reason=reason))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    error = caught.value
    assert (error.code, error.message, error.status, error.final_url) == (code, message, status, URL)


@pytest.mark.parametrize("raised, code, message", [
    (requests.ConnectTimeout("connect timed out"), "timeout", "no connection within 10 s (after 1 attempt)"),
    (requests.ReadTimeout("read timed out"), "timeout", "no answer within 30 s (after 1 attempt)"),
    (requests.exceptions.InvalidHeader("bad header value"), "request_error", "InvalidHeader: bad header value"),
])
def test_a_request_that_fails_names_the_address_it_failed_at(raised, code, message):
    from tests.test_mutation_kills_client import _client

    client = _client(retries=0)
    _asking(client, raised)
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    assert (caught.value.code, caught.value.message, caught.value.final_url) == (code, message, URL)


def test_the_throttle_is_per_host_whatever_the_address():
    from tests.test_mutation_kills_client import _Response

    slept = []
    client = fc.PoliteClient(sleep=slept.append, clock=lambda: 1000.0, min_interval=5, use_env_proxies=False)
    _asking(client, _Response(200, {"Content-Length": "0"}))
    client.get("http://127.0.0.2/a.html")
    client.get("http://127.0.0.3/b.html")  # another host: no wait
    assert slept == []
    client.get("http://127.0.0.2/c.html")  # the first host again, no time gone on the clock: the whole interval
    assert slept == [5.0]


def test_a_location_header_on_an_answer_that_is_no_redirect_is_not_followed():
    from tests.test_mutation_kills_client import _client, _Response

    client = _client()
    calls = _asking(client, _Response(200, {"Location": "/elsewhere.html", "Content-Length": "0"}))
    answer = client.get(URL)
    assert (answer.status, answer.final_url, answer.redirects, len(calls)) == (200, URL, [], 1)
    client = _client()
    calls = _asking(client, _Response(304, {"Location": "/elsewhere.html"}))
    answer = client.get(URL, etag='"v1"')
    assert (answer.status, answer.final_url, len(calls)) == (304, URL, 1)  # not modified: nothing to follow


def test_too_many_redirects_names_the_last_status_and_the_page_that_sent_it():
    from tests.test_mutation_kills_client import _client, _Response

    client = _client(max_redirects=1)
    _asking(client, _Response(302, {"Location": "/a.html"}), _Response(307, {"Location": "/b.html"}))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    error = caught.value
    assert (error.code, error.status, error.final_url, error.attempts) == (
        "too_many_redirects", 307, "http://127.0.0.2/a.html", 1)
    assert error.message == "more than 1 redirects"


def test_a_retry_whose_wait_reaches_the_limit_exactly_is_not_tried_and_says_so():
    from tests.test_mutation_kills_client import _client, _Response

    client = _client(deadline=10, retries=2)  # the clock stands at 1000: the source must be done by 1010
    calls = _asking(client, _Response(503, {"Retry-After": "10"}, reason="Service Unavailable"))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    error = caught.value
    assert (error.code, error.status, error.final_url, error.attempts, len(calls)) == ("http_503", 503, URL, 1, 1)
    assert error.message == ("the server answered 503 Service Unavailable; a retry in 10 s would pass this source's "
                             "10 s limit, so not retried")
    assert client.slept == []


def test_a_retry_refused_at_the_limit_counts_the_attempts_made():
    from tests.test_mutation_kills_client import _client, _Response

    client = _client(deadline=10, retries=3)
    _asking(client, _Response(503, {"Retry-After": "1"}), _Response(503, {"Retry-After": "10"}))
    with pytest.raises(fc.FetchError) as caught:
        client.get(URL)
    assert (caught.value.attempts, client.slept) == (2, [1.0])


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_every_redirect_status_is_followed_on_the_same_site(status):
    from tests.test_mutation_kills_client import _client, _Response

    client = _client()
    _asking(client, _Response(status, {"Location": "/moved.html"}), _Response(200, {"Content-Length": "0"}))
    assert client.get(URL).final_url == "http://127.0.0.2/moved.html"


def test_an_address_that_is_not_http_is_refused_quoting_at_most_120_characters():
    address = "ftp://127.0.0.2/" + "plan-" * 40
    with pytest.raises(fc.FetchError) as caught:
        fc.PoliteClient(use_env_proxies=False).get(address)
    assert caught.value.code == "not_allowed"
    assert address[:120] in caught.value.message and address[:121] not in caught.value.message
