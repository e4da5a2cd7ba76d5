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
