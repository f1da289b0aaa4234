"""Read source documents (plain text, Markdown, HTML, PDF) into a title and paragraphs of prose.

Each reader returns the document's running text as paragraphs, so that sentence splitting and
filtering work the same whatever the input format. HTML goes through trafilatura, which drops
menus, ads, footers and captions; PDF text comes from pypdf. Both are imported lazily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import AbstractSet

from quizgen.core.controls import BIDI_CONTROLS
from quizgen.core.inputfiles import read_regular, refuse_irregular
from quizgen.core.problems import InputError, Problem

#: What to do about a document that is a pipe or a device.
DOCUMENT_FIX = "name a document file (to draft from what a program writes, save it to a file first: `cmd > article.txt`)."

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}

#: A line this short without closing punctuation is a heading or a label, never wrapped prose.
_WRAPPED_LINE_MIN = 50
_PDF_WRAPPED_LINE_MIN = 20
#: A line longer than this is a whole paragraph on one line (a page's text), never a hard-wrapped one.
_UNWRAPPED_LINE = 160
#: A first paragraph of one line and at most this many words is the document's title.
_TITLE_MAX_WORDS = 20
#: A list item's marker at the start of a line ("• ", "- ", "▪ "), and U+FFFD, the replacement
#: character a bullet glyph often becomes when a page is saved with the wrong encoding.
_BULLET = re.compile(r"^(?:[•◦▪▫‣⁃∙·●○■□►▸▶➢➤✓✔★☆\ufffd]+|[-–—*](?=\s|$))\s*")


@dataclass(frozen=True, slots=True)
class Document:
    """A source document's prose: `paragraphs` in reading order, without the title."""

    path: Path
    title: str | None
    paragraphs: tuple[str, ...]
    url: str | None = None
    tables: frozenset[int] = frozenset()  # paragraphs that are lines of a table or an infobox, not prose
    headings: frozenset[int] = frozenset()  # lines of a headline and its deck above the text, not prose


def read_document(path: Path) -> Document:
    """Read one input file; raises InputError (never a traceback) for a file that can't be used.
    Its text is cleaned of characters no deck may hold (`clean_text`)."""
    document = _read_document(path)
    title = None if document.title is None else clean_text(document.title)
    return replace(document, title=title, paragraphs=tuple(clean_text(p) for p in document.paragraphs))


#: C0 controls but tab and newlines, DEL, the noncharacters a YAML file may not hold, and the bidirectional
#: embeddings, overrides and isolates (a page's layout, not its text: a deck would show them as escapes).
_UNPRINTABLE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufdd0-\ufdef\ufffe\uffff{BIDI_CONTROLS}]")
_C1 = re.compile("[\x80-\x9f]")


def clean_text(text: str) -> str:
    """`text` without what a deck file cannot hold: a C1 control (U+0080-U+009F) is nearly always a
    Windows-1252 character decoded as Latin-1 (U+0093 was a left quote: it becomes one; the five
    code points Windows-1252 leaves unused go), and C0 controls, NUL, noncharacters (U+FFFE) and the
    bidirectional controls (U+202A-U+202E, U+2066-U+2069) go."""
    if text.isascii() and text.isprintable():
        return text
    text = _C1.sub(_windows_1252, text)
    return _UNPRINTABLE.sub("", text)


def _windows_1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _read_document(path: Path) -> Document:
    if not path.exists():
        raise InputError([Problem(path, None, None, "no such file.", "check the path.")])
    if path.is_dir():
        raise InputError([Problem(path, None, None, "is a folder, not a document.", "name the files inside it.")])
    refuse_irregular(path, DOCUMENT_FIX)  # a FIFO or a device: before pypdf or the text reader opens it
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return _read_pdf(path)
    text = _read_text(path)
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_like_html(text)):
        return _read_html(path, text)
    if suffix in MARKDOWN_SUFFIXES:
        return _from_markdown(path, text)
    return _from_plain_text(path, text)


def _read_text(path: Path) -> str:
    try:
        data = read_regular(path, DOCUMENT_FIX)
    except OSError as error:
        raise InputError([Problem(path, None, None, f"can't read the file ({error.strerror}).")]) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            [Problem(path, None, None, f"is not UTF-8 text (byte {error.start}).", "save it as UTF-8.")]
        ) from error


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


#: A news page's dateline before its first sentence: " date 2021-03-24 The ship ...", "WELLINGTON, New
#: Zealand (AP) — The Pacific nation ...": where and when the story was filed, no part of the sentence.
_DATELINE = re.compile(
    r"^\s*(?:(?:date:?\s+)?\d{4}-\d{2}-\d{2}\s+(?=[A-Z])|[A-Z]{3,}(?: [A-Z]{3,})*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?(?: \([A-Z]{2,}\))? [—–-]+ (?=[A-Z]))"
)


def _from_plain_text(path: Path, text: str) -> Document:
    text = _DATELINE.sub("", text, count=1)
    headline = re.match(r"\s*[^\n]+\n\s*\n", text)  # ... or at the start of the text below its headline
    if headline:
        text = headline.group() + _DATELINE.sub("", text[headline.end() :], count=1)
    paragraphs, tables, items = _paragraphs(text)
    title, rest = _split_title(paragraphs, items)
    offset = len(paragraphs) - len(rest)
    headings = _shift(_headlines(text, paragraphs, tables | items), offset)
    return Document(path, title, rest, tables=_shift(tables, offset), headings=headings)


#: A headline or its deck line is at most this many words.
_HEADLINE_MAX_WORDS = 15


def _headlines(text: str, paragraphs: list[str], not_prose: AbstractSet[int]) -> set[int]:
    """A news page's headline and deck above its text ("Sandstorm, winds blamed for ... in Suez Canal",
    "20,000-TEU Ever Given ran aground early Tuesday"): before the first paragraph of prose, a line
    standing alone between empty lines, of at most 15 words, that ends without a full stop. A
    sentence of the text that lost its full stop is a line of a paragraph, or comes after the prose
    has begun."""
    lone = {block.strip() for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if "\n" not in block.strip()}
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if _is_prose(paragraph):
            break
        if index not in not_prose and paragraph in lone and len(paragraph.split()) <= _HEADLINE_MAX_WORDS and not re.search(
            r"[.!?:;,][\"”’')\]]*$", paragraph
        ):
            found.add(index)
    return found


def _is_prose(paragraph: str) -> bool:
    """A paragraph of sentences: a dozen words or more, ending as a sentence ends, no table cells."""
    # a wiki copy's reference marks after the full stop ("... Gili Dasami.[2]", "[3][4]") still end a sentence
    ended = re.sub(r"(?:\[\d{1,3}\])+$", "", paragraph.rstrip())
    return len(paragraph.split()) >= 12 and "|" not in paragraph and re.search(r"[.!?][\"”’')\]]*$", ended) is not None


def _shift(indices: set[int], offset: int) -> frozenset[int]:
    return frozenset(i - offset for i in indices if i >= offset)


def _paragraphs(text: str, wrapped_line_min: int = _WRAPPED_LINE_MIN) -> tuple[list[str], set[int], set[int]]:
    """Blocks separated by blank lines; inside a block, hard-wrapped lines are joined again; the
    indices of paragraphs that are lines of a table or an infobox, and of those that are list items.

    A line starting with a list marker ("• ", "- ", U+FFFD) starts a paragraph of its own, without
    the marker, and so does the line after a marker standing alone on its line.

    A line continues the one before it unless that one ends a sentence, or is a short label (no
    closing punctuation, a capitalised last word) followed by a capitalised line: "Yulia Peresild"
    above a photo caption stays a paragraph of its own, "commander,\\nas well as" is one sentence, and
    a full stop pushed to the start of the next line (". Fleming's") goes back where it belongs. A
    block of mostly short lines without punctuation ("Type Plinian", "VEI 5") is a table.
    """
    paragraphs: list[str] = []
    tables: set[int] = set()
    items: set[int] = set()
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines: list[str] = []
        starts: set[int] = set()  # lines that open a list item
        listed = False  # the block's lines so far were list items
        for raw in block.split("\n"):
            line = raw.strip()
            bullet = _BULLET.match(line)
            # A dash opens an item only where a sentence could not be going on ("the town –\n– and").
            if bullet and (line[0] not in "-–—*" or not lines or listed or re.search(r"[.!?:]$", lines[-1])):
                line = line[bullet.end() :]
                starts.add(len(lines))
                listed = True
            if line:
                lines.append(line)
        first = len(paragraphs)
        labels = [line for line in lines if len(line.split()) <= 6 and not re.search(r"[.!?,;:\"”’)]$", line)]
        table = len(lines) >= 4 and len(labels) >= 0.6 * len(lines)
        lengths = sorted(len(line) for line in lines)
        # Rows of an infobox vary in length ("Crew 61", "Site Naval Air Station ... United States"); a
        # narrow column of prose does not: there a long line is still a hard-wrapped one.
        rows = table and lengths[-1] > 2 * lengths[len(lengths) // 2]
        current = previous_line = ""
        for index, line in enumerate(lines):
            label_above = table and current == previous_line and _label_above_name(current, line)
            after_item = bool(starts) and index - 1 in starts and current == previous_line and _new_sentence_after_item(current, line)
            if current and index not in starts and not after_item and (
                label_above or _continues(current, previous_line, line, 10**6 if rows else wrapped_line_min)
            ):
                current = _join_wrapped(current, line)
            else:
                if current:
                    paragraphs.append(current)
                current = line
                if index in starts:
                    items.add(len(paragraphs))
            previous_line = line
        if current:
            paragraphs.append(current)
        for i in items:
            if i >= first and _UNSTOPPED_ITEM.search(paragraphs[i]):
                paragraphs[i] += "."  # "- The electric field grows until it overcomes ... of the air": a sentence without its stop
        if table:  # a long line of a table is no hard-wrapped line
            # The block is a table, but a paragraph of prose inside it (a page stored with its
            # infobox and its text in one block) is still prose.
            tables.update(i for i in range(first, len(paragraphs)) if not _is_prose(paragraphs[i]))
    return paragraphs, tables, items


#: An infobox label alone on its line: one to three words, the first capitalised, the rest lower case.
_LONE_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}")


def _label_above_name(label: str, line: str) -> bool:
    """In an infobox, a label on its own line above its value when the value is a name ("Spouse" /
    "Catherine Kingsley", "Academic advisors" / "John Fordyce"): one row, "Spouse Catherine Kingsley".
    The label's first word is an English word and the value's is not (a value of ordinary words may
    be a label itself, "Known for" / "Smallpox hospitals", so it is left alone)."""
    from quizgen.draft.words import known  # the dictionary loads only when a table needs it

    first = line.split()[0] if line.split() else ""
    return bool(_LONE_LABEL.fullmatch(label)) and known(label.split()[0].lower()) and bool(
        re.fullmatch(r"[A-Z][a-z]+", first)
    ) and not known(first.lower()) and not re.search(r"[.!?]$", line)


#: Words a title-case heading writes in lower case ("Cooperation of the Light Reactions and ...").
_HEADING_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as vs".split())


def _continues(current: str, previous_line: str, line: str, wrapped_line_min: int) -> bool:
    if re.match(r"[.,;:!?)\]]", line):
        return True
    if re.search(r"[.!?][\"”’')\]]*$", current):
        return False
    words = [w for w in current.split() if w.lower() not in _HEADING_SMALL_WORDS and not w[:1].isdigit()]
    if current == previous_line and line[:1].isupper() and sum(w[:1].isupper() for w in words) > 0.75 * len(words):
        return False  # a heading in title case above its text, as PDFs lay them out ("of", "the" stay small)
    if re.search(r"\b[A-Z][a-z]+$", current) and len(previous_line.split()) >= 6 and re.match(r"(?:The|A|An|This|These|It|In) [a-z]", line) \
            and current.split()[-1].lower() not in _HEADING_SMALL_WORDS:
        return False  # "... such as Nitrosomonas and Nitrobacter" / "The ammonia is ...": a name and "The ammonia" run on in no sentence
    if len(previous_line) > _UNWRAPPED_LINE and re.match(r"[A-Z][a-z]+ [a-z]", line) and re.search(r"\b[a-z]{3,}$", current) \
            and current.split()[-1] not in _HEADING_SMALL_WORDS:
        return False  # a page's paragraph on one long line that lost its full stop: "... at 5 p.m. local time" / "Radar images show ..."
    if len(previous_line) >= wrapped_line_min or re.match(r"[a-z0-9(\"“—–-]", line):
        return True
    if re.search(r"[,;:(—–-]$|\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|as|that|which)$", current):
        return True
    return bool(re.search(r"\b[a-z][\w'’-]*$", current)) and len(current.split()) >= 5


#: A list item of at least six words ending in a word or a closing bracket, without its full stop.
_UNSTOPPED_ITEM = re.compile(r"^(?:\S+\s+){5,}\S*[\w)\]]$")


def _new_sentence_after_item(item: str, line: str) -> bool:
    """A line without a marker below a one-line list item that lost its full stop, opening a sentence
    ("- ... the sound of thunder" / "In summary, lightning is ..."): a paragraph of its own, not the item
    wrapped ("- ... creates a" / "conductive path"; "... within the" / "United States")."""
    return len(item.split()) >= 6 and re.search(r"\b[a-z]{3,}$", item) is not None and item.split()[-1] not in _HEADING_SMALL_WORDS \
        and re.match(r"(?:[A-Z][a-z]+,? [a-z]|(?:In|The|This|These|It|A|An) )", line) is not None


def _join_wrapped(left: str, right: str) -> str:
    """Join a hard-wrapped line, mending a word hyphenated across the break ("treat-\\nment")."""
    if re.match(r"[.,;:!?)\]]", right):
        return left.rstrip() + right
    if re.search(r"[a-z]-$", left) and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}"


#: A sentence closing inside a line and another starting: prose, never a title ("Lightning forms ... cloud. Here is how").
_TWO_SENTENCES = re.compile(r"\b[a-z]{2,}[.!?]\s+[A-Z][a-z]")


def _split_title(paragraphs: list[str], items: AbstractSet[int] = frozenset()) -> tuple[str | None, tuple[str, ...]]:
    """The first paragraph is the title when it is short, more text follows it, and it is not an
    item of a list."""
    if len(paragraphs) >= 2 and len(paragraphs[0].split()) <= _TITLE_MAX_WORDS and 0 not in items \
            and not _TWO_SENTENCES.search(paragraphs[0]):
        return paragraphs[0].rstrip(" ."), tuple(paragraphs[1:])
    return None, tuple(paragraphs)


def _from_markdown(path: Path, text: str) -> Document:
    """Markdown: the first heading is the title; code, tables, images and HTML are dropped."""
    text = re.sub(r"(?ms)^(```|~~~).*?^\1[^\n]*$", "", text)  # fenced code blocks
    text = re.sub(r"(?s)<!--.*?-->", "", text)
    title: str | None = None
    lines: list[str] = []
    for line in text.split("\n"):
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            if title is None:
                title = _inline_markdown(heading.group(1))
            lines.append("")  # a heading ends the paragraph before it and is not prose
            continue
        if re.match(r"^\s*(\|.*\||[-=*_]{3,}\s*$|<[^>]+>\s*$|\s{4,}\S)", line):
            lines.append("")
            continue
        if re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", line):
            lines.append("")  # each list item is a paragraph of its own
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)  # list markers
        line = re.sub(r"^\s*>\s?", "", line)  # block quotes
        lines.append(_inline_markdown(line))
    paragraphs, tables, items = _paragraphs("\n".join(lines))
    if title is None:
        title, rest = _split_title(paragraphs, items)
        return Document(path, title, rest, tables=_shift(tables, len(paragraphs) - len(rest)))
    return Document(path, title, tuple(paragraphs), tables=frozenset(tables))


def _inline_markdown(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    return text.strip()


def _read_html(path: Path, text: str) -> Document:
    """The page's main text, via trafilatura (boilerplate, menus, ads and captions dropped)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body:
        raise InputError(
            [Problem(path, None, None, "no main text found in this HTML page.", "save the article as text and draft from that.")]
        )
    title = getattr(extracted, "title", None) or None
    paragraphs = [_BULLET.sub("", p.strip()) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and paragraphs[0].strip(" .") == title.strip(" ."):
        paragraphs = paragraphs[1:]  # trafilatura repeats the headline as the first line
    return Document(path, title, tuple(paragraphs), url=getattr(extracted, "url", None) or None)


def _read_pdf(path: Path) -> Document:
    """A PDF's text layer, page by page; a scanned PDF without one is reported, not guessed at."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

    try:
        reader = PdfReader(path)  # an encrypted PDF with an empty user password is opened as is
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("a password is needed")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata_title = reader.metadata.title if reader.metadata else None
    except FileNotDecryptedError:
        raise InputError([Problem(path, None, None, "is an encrypted PDF that needs a password to open.",
                                  "save a copy without the password (e.g. `qpdf --decrypt --password=PASSWORD "
                                  "in.pdf out.pdf`) and draft from that.")]) from None
    except LimitReachedError as error:
        raise InputError([Problem(path, None, None, f"holds a stream that unpacks past pypdf's safety limit ({error}): "
                                  "a damaged or hostile PDF.", "draft from a text copy of the document.")]) from None
    except (PdfReadError, OSError) as error:
        raise InputError([Problem(path, None, None, f"can't read this PDF ({error}).")]) from None
    except Exception as error:  # pypdf on a malformed file: any of its internals may fail; say so in one line
        raise InputError([Problem(path, None, None, f"can't read this PDF ({type(error).__name__}: {error}).",
                                  "draft from a text copy of the document.")]) from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError(
            [Problem(path, None, None, "this PDF has no text layer (a scan?).", "run OCR on it first, or draft from a text copy.")]
        )
    # PDF lines are often narrow columns: a line ending mid-sentence continues on the next.
    all_paragraphs, tables, items = _paragraphs(text, wrapped_line_min=_PDF_WRAPPED_LINE_MIN)
    title, paragraphs = _split_title(all_paragraphs, items)
    tables_left = _shift(tables, len(all_paragraphs) - len(paragraphs))
    return Document(path, str(metadata_title) if metadata_title else title, paragraphs, tables=tables_left)
