"""Which `url:` of a deck may become a link: the one rule for every output that makes links.

Only `http://` and `https://` addresses with a host, and relative names (`notes/week1.html`), are
links. Anything else (`javascript:`, `data:`, `file:`, `vbscript:`, a protocol-relative `//host`)
is shown as text. Browsers ignore tabs and line breaks inside a URL and spaces and controls around
it (`java\tscript:` runs), so the scheme is read with those removed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
LINK_SCHEMES = frozenset({"http", "https"})


def link_target(url: str) -> str | None:
    """The address to link to for a source's `url`, or None when it must be shown as text."""
    squeezed = _IGNORED.sub("", url)
    if not squeezed or "\\" in squeezed:
        return None  # browsers read "\" as "/": `\\host` is another host
    scheme = _SCHEME.match(squeezed)
    if scheme is None:
        # A relative name: not `//host/...` (another host) nor `/path` (a file of the viewer's disk).
        return None if squeezed.startswith("/") else url.strip()
    if scheme.group(1).lower() not in LINK_SCHEMES:
        return None
    try:
        host = urlsplit(squeezed).hostname
    except ValueError:
        return None
    return url.strip() if host else None
