"""Fetching over HTTP for pages and feeds alike: one client, one set of limits, one set of errors.

A news reader fetches pages written by strangers, so every fetch is bounded: one deadline for
the whole exchange (connecting, headers, redirects, body; not only each read), a redirect
limit, no redirect from a public host to a local or private address, and a size cap checked
while streaming so a huge or endless body is abandoned early. Every failure becomes one
``NewsreadError`` line naming the URL.

httpx is imported on the first fetch, not with this module: reading a local file never pays
for it. The limits can be narrowed through the environment (``NEWSREAD_HTTP_TIMEOUT`` in seconds,
``NEWSREAD_HTTP_MAX_BYTES``), which is how the tests exercise them against a local server.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui import __version__
from tui.errors import NewsreadError
from tui.ingest.sniff import looks_like_feed

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"newsread/{__version__} (+terminal news reader)"


HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES = frozenset({"text/xml", "application/xml"})
ACCEPT = ", ".join([*sorted(HTML_TYPES), *sorted(FEED_TYPES), "application/xml;q=0.9", "*/*;q=0.1"])


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float = 10.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5

    @classmethod
    def from_env(cls) -> Limits:
        """The defaults, narrowed by the environment when a user or a test asks for it."""
        default = cls()
        return cls(
            timeout=min(_positive("NEWSREAD_HTTP_TIMEOUT", float, default.timeout), default.timeout),
            max_bytes=min(_positive("NEWSREAD_HTTP_MAX_BYTES", int, default.max_bytes), default.max_bytes),
        )


def _positive(name: str, kind: type[float] | type[int], default: float) -> float:
    """A limit from the environment: a positive number (a zero or NaN limit would refuse every page)."""
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        number = kind(value)
    except ValueError:
        number = 0
    if not number > 0:
        raise NewsreadError(f"{name}: {value!r} is not a positive number")
    return number


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response body with what is needed to decide what it is."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes
    warning: str | None = None
    """What the reader should know about this copy (a body longer than its Content-Length)."""

    @property
    def is_feed(self) -> bool:
        if self.content_type in FEED_TYPES:
            return True
        return self.content_type in XML_TYPES | {""} and looks_like_feed(self.body)

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES or (self.content_type == "" and not self.is_feed)

    def text(self) -> str:
        """The body as text: the declared charset, else the document's own declaration or a guess.

        Raises NewsreadError when the text holds a lone surrogate (a UTF-7 page can)."""
        from tui.ingest.decode import valid_unicode

        if self.charset:
            try:
                return valid_unicode(self.body.decode(self.charset, errors="replace"), self.url)
            except (LookupError, UnicodeError):  # no such codec, or one that decodes nothing
                pass
        from trafilatura.utils import decode_file

        return valid_unicode(decode_file(self.body), self.url)


def client(limits: Limits | None = None, *, guard_from: str | None = None) -> httpx.Client:
    """The one client configuration every fetch in newsread uses; with ``guard_from`` (the URL
    asked for), redirects from a public host to a local or private address are refused."""
    import httpx

    limits = limits or Limits.from_env()
    hooks = {"request": [_redirect_guard(guard_from)]} if guard_from else {}
    return httpx.Client(
        timeout=httpx.Timeout(limits.timeout),
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        event_hooks=hooks,
    )


class Unreachable(NewsreadError):
    """The page cannot be had right now (network down, timeout, server failing), though it may
    still exist: a saved copy may stand in for it. A 4xx answer is not this: the page is gone."""


def fetch(url: str, limits: Limits | None = None) -> Page:
    """GET ``url`` within the limits; HTTP and network failures raise one clear line.

    ``limits.timeout`` is one deadline for the whole exchange — connecting, the status line and
    headers, every redirect and the body — not a limit per socket read, which a server dripping
    a byte every few seconds would never reach. The exchange runs in a daemon thread that is
    abandoned (its client closed) when the deadline passes.
    """
    limits = limits or Limits.from_env()
    http = client(limits, guard_from=url)  # made (httpx imported) before the clock starts
    outcome: list[Page | BaseException] = []
    worker = threading.Thread(target=_exchange, args=(http, url, limits, outcome), daemon=True,
                              name=f"fetch {url[:60]}")
    worker.start()
    worker.join(limits.timeout)
    http.close()  # when the deadline passed, the abandoned exchange fails at its next read
    if worker.is_alive():
        raise Unreachable(f"{url}: timed out after {limits.timeout:g} s")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _exchange(http: httpx.Client, url: str, limits: Limits, outcome: list[Page | BaseException]) -> None:
    """``fetch``'s work, in its thread: the page, or the one-line error, put in ``outcome``."""
    try:
        outcome.append(_get(http, url, limits))
    except BaseException as exc:  # noqa: BLE001 (handed to the caller's thread, which raises it)
        outcome.append(exc)


def _get(http: httpx.Client, url: str, limits: Limits) -> Page:
    import httpx

    try:
        with http.stream("GET", url) as response:
            if response.status_code >= 400:
                failed = Unreachable if response.status_code >= 500 else NewsreadError
                raise failed(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise NewsreadError(f"{url}: response too large ({_size(int(declared))}, "
                                    f"limit {_size(limits.max_bytes)})")
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > limits.max_bytes:
                    raise NewsreadError(
                        f"{url}: response too large (over {_size(limits.max_bytes)})"
                    )
                chunks.append(chunk)
            mime = response.headers.get("content-type", "").partition(";")[0]
            cut = (f"{url}: the server sent more than the {declared} bytes its Content-Length "
                   "announced; the page may be cut short") if _past_length(response) else None
            return Page(
                url=url,
                final_url=str(response.url),
                content_type=mime.strip().lower(),
                charset=response.charset_encoding,
                body=b"".join(chunks),
                warning=cut,
            )
    except httpx.TimeoutException:
        raise Unreachable(f"{url}: timed out after {limits.timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise NewsreadError(f"{url}: too many redirects (more than {limits.max_redirects})") from None
    except httpx.ConnectError as exc:
        raise Unreachable(f"{url}: cannot reach host ({_reason(exc)})") from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise Unreachable(f"{url}: connection broken ({_reason(exc)})") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise NewsreadError(f"{url}: not a valid URL ({_reason(exc)})") from None
    except httpx.HTTPError as exc:
        raise Unreachable(f"{url}: {_reason(exc)}") from None


def _past_length(response: httpx.Response) -> bool:
    """Whether bytes came after the body its Content-Length announced (an understated length):
    HTTP/1.1 ends the body there and drops the rest without a word. Read from the leftovers of
    httpcore's h11 parser, through private attributes, so False when they are not found."""
    stream: object = response.stream
    for _ in range(6):  # httpx's stream wraps httpcore's pool stream, which wraps the connection's
        inner = getattr(stream, "_stream", None) or getattr(stream, "_httpcore_stream", None)
        if inner is None:
            break
        stream = inner
    state = getattr(getattr(stream, "_connection", None), "_h11_state", None)
    leftover = getattr(state, "trailing_data", (b"", False))[0]
    return bool(leftover.strip())


def addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The IP addresses ``host`` names (itself when it is one); none when it does not resolve."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return [ipaddress.ip_address(info[4][0].partition("%")[0]) for info in infos]


def is_public(host: str) -> bool:
    """Whether every address of ``host`` is a public (globally routable) one."""
    found = addresses(host)
    return bool(found) and all(a.is_global for a in found)


def _redirect_guard(origin: str) -> Callable[[httpx.Request], None]:
    """A request hook: from a public host, no hop may lead to a loopback, link-local or private
    address (a page must not make newsread fetch from the reader's own machine or network).
    Names are resolved in the hook, so within the exchange's deadline; the first request is
    the origin's own."""
    public_origin: list[bool] = []

    def guard(request: httpx.Request) -> None:
        if not public_origin:
            public_origin.append(is_public(request.url.host))
        elif public_origin[0] and not is_public(request.url.host):
            raise NewsreadError(f"{origin}: refused a redirect from a public host to "
                                f"{request.url.host}, a local or private address")

    return guard


def _reason(exc: Exception) -> str:
    """httpx wraps OS errors; the innermost message is the one a user can act on."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / (1024 * 1024):.1f} MB"
