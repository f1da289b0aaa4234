"""The QR code on every answer-sheet page: `quizgen:1:<quiz_id>:<version>:<copy or 0>:<page>` (CONTRACTS.md)."""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "quizgen"
FORMAT_VERSION = "1"


@dataclass(frozen=True, slots=True)
class PageCode:
    quiz_id: str
    version: str
    copy: int  # 0 when the sheets are not numbered per student
    page: int  # from 1

    def payload(self) -> str:
        return f"{PREFIX}:{FORMAT_VERSION}:{self.quiz_id}:{self.version}:{self.copy}:{self.page}"


def parse(payload: str) -> PageCode | None:
    """The page code in a QR payload, or None when it is not one of ours (or a newer format)."""
    parts = payload.split(":")
    if len(parts) != 6 or parts[0] != PREFIX or parts[1] != FORMAT_VERSION:
        return None
    _, _, quiz_id, version, copy, page = parts
    if not (quiz_id and version.isalpha() and copy.isdigit() and page.isdigit() and int(page) >= 1):
        return None
    return PageCode(quiz_id, version, int(copy), int(page))


def svg(code: PageCode) -> str:
    """The QR code as an SVG document without quiet zone (the sheet keeps white space around it)."""
    import io

    import segno

    qr = segno.make_qr(code.payload(), error="q", boost_error=False)
    out = io.BytesIO()
    qr.save(out, kind="svg", border=0, scale=1, xmldecl=False, svgns=True, nl=False)
    return out.getvalue().decode("ascii")
