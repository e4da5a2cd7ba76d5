"""Which site an address belongs to, decided on the address exactly as it will be sent.

The HTTP library (requests, then urllib3) reads an address its own way: `http://localhost:8001\\@127.0.0.1/plan`
goes to localhost:8001 for urllib3, while `urllib.parse.urlsplit` reads its host as 127.0.0.1. So the site is
taken from the address as requests prepares it and urllib3 parses it, and an address is refused outright when
it carries a backslash or a control character, user info (`user:password@`), or a host or port that
`urlsplit` and urllib3 read differently. One rule for the source list, redirects and links found on pages.

A site is the host, lower case, without a leading `www.`, plus its port when that is not the scheme's default:
another port on the same host is another site; http and https on their own ports are one site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

DEFAULT_PORTS = {"http": 80, "https": 443}
_BAD_CHARACTERS = re.compile(r"[\\\x00-\x1f\x7f]")  # a space is quoted in a path; in a host it is refused below
_USER_INFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*:/*)[^/?#\s]*@")


class AddressRefused(ValueError):
    """An address that is not fetched, with the reason in words (never the address's user info)."""


@dataclass(frozen=True)
class Address:
    url: str  # as requests will send it
    scheme: str
    host: str  # lower case, no trailing dot, IPv6 without brackets
    port: int  # the effective port (the scheme's default when none is written)

    @property
    def site(self) -> str:
        host = self.host[4:] if self.host.startswith("www.") else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"


def _host(value: str | None) -> str:
    return (value or "").lower().strip("[]").rstrip(".")


def examine(url: str) -> Address:
    """The address as it will be sent, or AddressRefused saying why it is not fetched."""
    url = str(url or "")
    if _BAD_CHARACTERS.search(url):
        what = "a backslash" if "\\" in url else "a control character"
        raise AddressRefused(f"the address has {what}; not fetched")
    split = urlsplit(url)
    scheme = split.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise AddressRefused("only http and https addresses are fetched")
    if "@" in split.netloc or split.username is not None or split.password is not None:
        raise AddressRefused("addresses with a user name or password are not fetched")
    try:
        prepared = requests.models.PreparedRequest()
        prepared.prepare_url(url, None)
        sent = parse_url(prepared.url)
        first_port = split.port
    except (requests.RequestException, LocationParseError, ValueError) as exc:
        raise AddressRefused(f"the address cannot be read: {type(exc).__name__}") from None
    if sent.auth:
        raise AddressRefused("addresses with a user name or password are not fetched")
    host = _host(sent.host)
    if not host:
        raise AddressRefused("the address has no host")
    port = sent.port or DEFAULT_PORTS[scheme]
    # a host that two parsers read differently is never fetched: the check and the request must agree
    plain = _host(split.hostname)
    try:
        plain = plain.encode("idna").decode("ascii") if plain and not plain.isascii() else plain
    except UnicodeError:
        raise AddressRefused("the address's host cannot be read") from None
    if plain != host or (first_port or DEFAULT_PORTS[scheme]) != port or (sent.scheme or "").lower() != scheme:
        raise AddressRefused("the address's host is read differently by two parsers; not fetched")
    return Address(prepared.url, scheme, host, port)


def problem(url: str) -> str:
    """Why the address is not fetched, or ''."""
    try:
        examine(url)
    except AddressRefused as exc:
        return str(exc)
    return ""


def site_of(url: str) -> str:
    """The site of an address ('' when it is not fetched at all)."""
    try:
        return examine(url).site
    except AddressRefused:
        return ""


def same_site(url: str, site: str) -> bool:
    """True only for an address that is fetched and goes, as sent, to `site`."""
    return bool(site) and site_of(url) == site


def redact(url: str) -> str:
    """An address (or a message naming addresses) for a log line or the fetch log: any user info, as any parser
    could read it, replaced by ***."""
    return _USER_INFO.sub(r"\1***@", str(url or ""))
