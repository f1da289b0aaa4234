"""Load deck files (`decks/*.yaml`) into `Deck`s, collecting every problem with its file and line.

Errors stop the load (`InputError`); warnings (weak cards) come back beside the decks and are
produced by `quizgen.core.checks`.
"""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Sequence

from quizgen.core import limits
from quizgen.core.blanks import BlankSyntaxError, RawBlank, parse_blanks, unescape_answer
from quizgen.core.answers import infer_type_from_form
from quizgen.core.containment import DeckTree, FileKind, Refused, resolve
from quizgen.core.kinds import form_of, infer_type as infer_type_from_stem
from quizgen.core.lexicon import type_of_kind
from quizgen.core.model import RETENTION_RANGE, AnswerType, Blank, Deck, Fact, Source, StudyLimits
from quizgen.core.problems import InputError, Problem, Severity, did_you_mean
from quizgen.core.text import normalize, slugify
from quizgen.core.yamlfile import LineDict, LineList, parse_yaml, read_text

TOP_KEYS = ("title", "id", "description", "sources", "pools", "facts", "study")
FACT_KEYS = ("id", "text", "ask", "type", "kind", "distractors", "source", "tags", "note", "image", "quote")
SOURCE_KEYS = ("file", "title", "url")
STUDY_KEYS = ("new_per_day", "reviews_per_day", "retention", "exam")
TYPE_NAMES = tuple(t.value for t in AnswerType)
_KNOWN_KEYS = frozenset(FACT_KEYS + TOP_KEYS)
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
#: A kind names what an answer is, in a word or two: `novel`, `king`, `river`, `noble gas`.
KIND_PATTERN = re.compile(r"^[a-z][a-z0-9 '-]{0,39}$")
DECK_SUFFIXES = (".yaml", ".yml")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: The folder of decks shipped inside the quizgen package (with the source articles they cite).
BUNDLED_DECKS = Path(__file__).resolve().parent.parent / "bundled" / "decks"


def default_decks_dir() -> Path:
    return BUNDLED_DECKS


@dataclass(frozen=True)
class DeckSet:
    decks: tuple[Deck, ...]
    warnings: list[Problem] = field(default_factory=list)


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Deck files named directly, and the *.yaml / *.yml files inside folders, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in DECK_SUFFIXES and p.is_file())
            if not found:
                raise InputError([Problem(path, None, None, "this folder holds no deck files (*.yaml).",
                                          "name a deck file, or a folder that contains some.")])
            files.extend(found)
        else:
            files.append(path)
    return files


def load_decks(paths: Sequence[Path], *, with_warnings: bool = True, allow_outside: Sequence[Path] = (),
               skip_broken_facts: bool = False, read: Callable[..., Deck] | None = None) -> DeckSet:
    """Load and validate decks; raise InputError listing every error of every file.

    `allow_outside`: folders besides each deck's own whose files its `image:` and `file:` may name
    (`quizgen.core.containment`). `skip_broken_facts`: as `load_deck`'s. `read`: what reads one
    file, called as `load_deck` is (default `load_deck`; the card cache's `read_deck` gives the deck
    its current entry holds, read from the same bytes by the same code)."""
    from quizgen.core.checks import deck_warnings  # checks use the generator, which uses this module

    read = read or load_deck

    decks: list[Deck] = []
    problems: list[Problem] = []
    seen_ids: dict[str, Path] = {}
    for path in expand_paths(paths):
        try:
            deck = read(path, allow_outside, skip_broken_facts=skip_broken_facts)
        except InputError as error:
            problems.extend(error.problems)
            continue
        if deck.id in seen_ids:
            problems.append(duplicate_deck_id(path, deck.id, seen_ids[deck.id]))
            continue
        seen_ids[deck.id] = path
        decks.append(deck)
    if problems:
        raise InputError(problems)
    warnings = [w for deck in decks for w in deck_warnings(deck)] if with_warnings else []
    return DeckSet(tuple(decks), warnings)


def duplicate_deck_id(path: Path, deck_id: str, first: Path) -> Problem:
    """The problem of a deck file whose id an earlier file (`first`) has already taken."""
    return Problem(path, None, "id", f"deck id '{deck_id}' is also the id of {first}.",
                   "give one of the decks another `id:`; deck ids key study history.")


def load_deck(path: Path, allow_outside: Sequence[Path] = (), *, text: str | None = None,
              skip_broken_facts: bool = False) -> Deck:
    """The deck in the file at `path`; `text`: its text as about to be written (`quizgen ids` checks
    it before the rename), read as if it were the file's.

    `skip_broken_facts` (the study app, as Anki never loses a deck over one bad card): a fact with
    an error is left out, its problems kept in `Deck.skipped`, and the other facts are the deck;
    an error outside the facts, or no fact without one, still raises InputError with every problem,
    exactly as a strict read does. Only the facts' own errors are skipped, so a deck read either way
    has the same facts with the same ids once it checks (a broken fact that still has its answers
    takes its derived id as it would, so the others' derived ids do not move)."""
    if text is None:
        limits.check_deck_file(path)
        text = read_text(path)
    if not text.strip():
        raise InputError([Problem(path, 1, None, "the file is empty.",
                                  "a deck needs at least `title:` and `facts:` (see docs/decks.md).")])
    data = parse_yaml(text, path)
    return _DeckReader(path, DeckTree.of(path, allow_outside), skip_broken_facts).read(data)


class _DeckReader:
    """Turns the parsed YAML of one file into a Deck, collecting problems as it goes."""

    def __init__(self, path: Path, tree: DeckTree, skip_broken_facts: bool = False):
        self.path = path
        self.tree = tree
        self.problems: list[Problem] = []
        self.skip_broken_facts = skip_broken_facts
        #: The errors of facts, each with its fact's index in `facts:`, in the order found (apart
        #: from the deck's own in `problems`, which come first when every error is listed).
        self.fact_errors: list[tuple[int, Problem]] = []
        #: The declared ids of facts too broken to read (their line): taken all the same.
        self.unread_ids: dict[str, int] = {}

    def error(self, line: int | None, field: str | None, message: str, fix: str | None = None) -> None:
        self.problems.append(Problem(self.path, line, field, message, fix, Severity.ERROR))

    def read(self, data: Any) -> Deck:
        if not isinstance(data, LineDict):
            self.error(getattr(data, "line", 1), None, "the file is not a deck: its top level must be a mapping.",
                       "start the file with `title: ...` and `facts:` (see docs/decks.md).")
            raise InputError(self.problems)
        self.unknown_keys(data, TOP_KEYS, "")
        title = self.string(data, "title", "", required=True)
        deck_id = self.string(data, "id", "") or self.path.stem
        if not ID_PATTERN.match(deck_id):
            self.error(data.line_of("id") if "id" in data else 1, "id",
                       f"deck id '{deck_id}' may only hold letters, digits, '.', '_' and '-'.",
                       "set `id:` to a short name like `challenge` (it keys study history; never change it).")
        description = self.string(data, "description", "")
        sources = self.read_sources(data)
        pools, kind_pools = self.read_pools(data)
        study = self.read_study(data)
        facts = self.read_facts(data, sources, pools, kind_pools)
        skipped = [problem for _, problem in self.fact_errors]
        if self.problems or (skipped and not (self.skip_broken_facts and facts)):
            # Strict, or not only facts are wrong, or no fact is left: every problem, as found.
            raise InputError(self.problems + skipped)
        return Deck(id=deck_id, title=title or "", path=self.path, facts=facts, description=description,
                    sources=sources, pools=pools, study=study, kind_pools=kind_pools, skipped=tuple(skipped),
                    skipped_facts=len(self.broken_facts))

    # -- values -----------------------------------------------------------------------------------

    def unknown_keys(self, mapping: LineDict, allowed: Sequence[str], prefix: str) -> None:
        for key in mapping:
            if key not in allowed:
                guess = did_you_mean(key, allowed)
                fix = f"did you mean `{guess}`?" if guess else f"the known keys are: {', '.join(allowed)}."
                self.error(mapping.line_of(key), f"{prefix}{key}", f"unknown key `{key}`.", fix)

    def string(self, mapping: LineDict, key: str, prefix: str, *, required: bool = False) -> str | None:
        value = mapping.get(key, "")
        if isinstance(value, str):
            if value:
                return value.strip() if self.fits(mapping.line_of(key), f"{prefix}{key}", value) else None
            if required and not (key not in mapping and any(  # a typo of the key is reported already
                    k not in _KNOWN_KEYS and did_you_mean(k, (key,)) for k in mapping)):
                self.error(mapping.line, f"{prefix}{key}", f"`{key}` is missing.", f"add `{key}: ...`.")
            return None
        self.wrong_shape(mapping.line_of(key), f"{prefix}{key}", value, "text")
        return None

    def string_list(self, mapping: LineDict, key: str, prefix: str) -> tuple[str, ...]:
        """A list of texts; a single text counts as a one-item list."""
        value = mapping.get(key, "")
        if isinstance(value, str):
            return (value.strip(),) if value and self.fits(mapping.line_of(key), f"{prefix}{key}", value) else ()
        if not isinstance(value, LineList):
            self.wrong_shape(mapping.line_of(key), f"{prefix}{key}", value, "a list of texts")
            return ()
        items: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                if item.strip() and self.fits(value.line_of(index), f"{prefix}{key}[{index}]", item):
                    items.append(item.strip())
            else:
                self.wrong_shape(value.line_of(index), f"{prefix}{key}[{index}]", item, "text")
        return tuple(items)

    def fits(self, line: int, field: str, text: str) -> bool:
        """Whether a text is within limits.FIELD_CHARS; an error when it is not."""
        too_long = limits.field_too_long(text)
        if too_long:
            self.error(line, field, too_long, limits.FIELD_FIX)
        return too_long is None

    def wrong_shape(self, line: int, where: str, value: Any, expected: str) -> None:
        if isinstance(value, LineDict):
            self.error(line, where, f"expected {expected}, found a mapping.",
                       "if the value starts with '{' (a blank), put the text in quotes: \"{Answer} ...\".")
        elif isinstance(value, LineList):
            self.error(line, where, f"expected {expected}, found a list.",
                       "write a single value, or put the text in quotes if it starts with '['.")
        else:
            self.error(line, where, f"expected {expected}.")

    def integer(self, mapping: LineDict, key: str, prefix: str) -> int | None:
        text = self.string(mapping, key, prefix)
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):  # "²" and "٣" are digits to str.isdigit, not to int()
            self.error(mapping.line_of(key), f"{prefix}{key}", f"expected a whole number, found '{text}'.",
                       f"write e.g. `{key}: 20`.")
            return None
        return int(text)

    def named_file(self, line: int, field: str, text: str, kind: FileKind, missing_fix: str) -> Path | None:
        """The real path of a file the deck names, if the deck may use it (`quizgen.core.containment`)."""
        what = "source file" if kind is FileKind.SOURCE else "image"
        try:
            return resolve(self.tree, self.path.parent, text, kind)
        except FileNotFoundError:
            looked = (self.path.parent / text).resolve()
            self.error(line, field, f"{what} '{text}' does not exist (looked for {looked}).", missing_fix)
        except Refused as refused:
            self.error(line, field, refused.message, refused.fix)
        except OSError as error:
            self.error(line, field, f"{what} '{text}' cannot be read: {error.strerror or error}.",
                       "check the file's permissions.")
        return None

    # -- sections ---------------------------------------------------------------------------------

    def read_sources(self, data: LineDict) -> dict[str, Source]:
        raw = data.get("sources")
        if raw in (None, ""):
            return {}
        if not isinstance(raw, LineDict):
            self.wrong_shape(data.line_of("sources"), "sources", raw, "a mapping of source keys")
            return {}
        sources: dict[str, Source] = {}
        for key, entry in raw.items():
            where = f"sources.{key}"
            if isinstance(entry, str):  # `key: path/to/file.txt` shorthand
                entry_map = LineDict(raw.line_of(key))
                entry_map["file"] = entry
                entry_map.key_lines["file"] = raw.line_of(key)
                entry = entry_map
            if not isinstance(entry, LineDict):
                self.wrong_shape(raw.line_of(key), where, entry, "a mapping with `file:` and `title:`")
                continue
            self.unknown_keys(entry, SOURCE_KEYS, f"{where}.")
            file_text = self.string(entry, "file", f"{where}.")
            file_path = None
            if file_text:
                file_path = self.named_file(entry.line_of("file"), f"{where}.file", file_text, FileKind.SOURCE,
                                            "the path is relative to the deck file's folder; fix it or remove `file:`.")
            title = self.string(entry, "title", f"{where}.")
            url = self.string(entry, "url", f"{where}.")
            if not (file_text or title or url):
                self.error(raw.line_of(key), where, "a source needs at least a `file:`, a `title:` or a `url:`.")
            sources[key] = Source(key=key, file=file_path, title=title, url=url)
        return sources

    def read_pools(self, data: LineDict) -> tuple[dict[AnswerType, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        """Pools by answer type (`person:`) and by kind (`novel:`, `king:`)."""
        raw = data.get("pools")
        if raw in (None, ""):
            return {}, {}
        if not isinstance(raw, LineDict):
            self.wrong_shape(data.line_of("pools"), "pools", raw, "a mapping from answer type or kind to a list")
            return {}, {}
        pools: dict[AnswerType, tuple[str, ...]] = {}
        kind_pools: dict[str, tuple[str, ...]] = {}
        for key in raw:
            name = key.strip().lower()
            if name in TYPE_NAMES:
                pools[AnswerType(name)] = tuple(map(unescape_answer, self.string_list(raw, key, "pools.")))
                continue
            guess = did_you_mean(name, TYPE_NAMES)
            if guess and type_of_kind(name) is None and _close(name, guess):
                self.error(raw.line_of(key), f"pools.{key}", f"unknown answer type '{key}'.",
                           f"did you mean `{guess}`? (A pool named by a kind, like `novel:`, may not look like a type.)")
                continue
            kind = self.kind_name(key, raw.line_of(key), f"pools.{key}")
            if kind is not None:
                kind_pools[kind] = tuple(map(unescape_answer, self.string_list(raw, key, "pools.")))
        return pools, kind_pools

    def kind_name(self, text: str, line: int, where: str) -> str | None:
        kind = " ".join(text.strip().lower().split())
        if not KIND_PATTERN.match(kind):
            self.error(line, where, f"'{text}' is not a kind name.",
                       "a kind is a word or two in lower case, e.g. `novel`, `king`, `noble gas`.")
            return None
        return kind

    def read_study(self, data: LineDict) -> StudyLimits:
        raw = data.get("study")
        if raw in (None, ""):
            return StudyLimits()
        if not isinstance(raw, LineDict):
            self.wrong_shape(data.line_of("study"), "study", raw,
                             "a mapping (new_per_day, reviews_per_day, retention, exam)")
            return StudyLimits()
        self.unknown_keys(raw, STUDY_KEYS, "study.")
        return StudyLimits(self.integer(raw, "new_per_day", "study."), self.integer(raw, "reviews_per_day", "study."),
                           self.retention(raw), self.exam_day(raw))

    def retention(self, study: LineDict) -> float | None:
        text = self.string(study, "retention", "study.")
        if text is None:
            return None
        low, high = RETENTION_RANGE
        try:
            value = float(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            self.error(study.line_of("retention"), "study.retention",
                       f"expected the desired retention, a number from {low} to {high}, found '{text}'.",
                       "write e.g. `retention: 0.9` (the share of reviews you want to remember; 0.9 is the default).")
            return None
        return value

    def exam_day(self, study: LineDict) -> date | None:
        text = self.string(study, "exam", "study.")
        if text is None:
            return None
        try:
            if not _ISO_DATE.match(text):
                raise ValueError(text)
            return date.fromisoformat(text)
        except ValueError:
            self.error(study.line_of("exam"), "study.exam", f"expected the exam's date as YYYY-MM-DD, found '{text}'.",
                       "write e.g. `exam: 2027-01-15`.")
            return None

    def answer_type(self, name: str, line: int, where: str) -> AnswerType | None:
        try:
            return AnswerType(name.strip().lower())
        except ValueError:
            guess = did_you_mean(name.strip().lower(), TYPE_NAMES)
            fix = f"did you mean `{guess}`?" if guess else f"use one of: {', '.join(TYPE_NAMES)}."
            self.error(line, where, f"unknown answer type '{name}'.", fix)
            return None

    def read_facts(self, data: LineDict, sources: dict[str, Source], pools: dict[AnswerType, tuple[str, ...]],
                   kind_pools: dict[str, tuple[str, ...]]) -> tuple[Fact, ...]:
        raw = data.get("facts")
        if "facts" not in data and any(did_you_mean(key, TOP_KEYS) == "facts" for key in data):
            return ()  # a typo of `facts:` is already reported as an unknown key
        if raw in (None, "") or (isinstance(raw, LineList) and not raw):
            self.error(data.line_of("facts") if "facts" in data else data.line, "facts",
                       "the deck has no facts.", "add `facts:` with at least one `- text: \"... {answer} ...\"`.")
            return ()
        if not isinstance(raw, LineList):
            self.wrong_shape(data.line_of("facts"), "facts", raw, "a list of facts")
            return ()
        drafts = [self.fact_draft(raw.line_of(i), entry, i, sources) for i, entry in enumerate(raw)]
        drafts_ok = [(i, d) for i, d in enumerate(drafts) if d is not None]
        self.assign_ids(drafts_ok)
        broken = self.broken_facts
        good = [draft for i, draft in drafts_ok if i not in broken]
        declared = _declared_types(good)
        pool_types = _pool_types(pools, kind_pools)
        facts = []
        for draft in good:
            facts.append(_build_fact(draft, pool_types, declared))
        return tuple(facts)

    def fact_draft(self, line: int, entry: Any, index: int, sources: dict[str, Source]) -> _FactDraft | None:
        """`read_fact`, its errors kept apart as the fact's own (`fact_problems`)."""
        before = len(self.problems)
        draft = self.read_fact(line, entry, index, sources)
        self.fact_errors.extend((index, problem) for problem in self.problems[before:])
        del self.problems[before:]
        if draft is None and isinstance(entry, LineDict) and isinstance(fact_id := entry.get("id"), str) \
                and ID_PATTERN.match(fact_id.strip()):
            # A fact too broken to read keeps its id: no other fact may take it (and its history).
            self.unread_ids.setdefault(fact_id.strip(), entry.line_of("id"))
        return draft

    @property
    def broken_facts(self) -> set[int]:
        """The indexes of the facts with an error."""
        return {index for index, _ in self.fact_errors}

    def read_fact(self, line: int, entry: Any, index: int, sources: dict[str, Source]) -> _FactDraft | None:
        where = f"facts[{index + 1}]"
        if isinstance(entry, str):
            self.error(line, where, "a fact must be a mapping with `text:`, not plain text.",
                       f"write `- text: \"{entry[:40]}\"`.")
            return None
        if not isinstance(entry, LineDict):
            self.wrong_shape(line, where, entry, "a mapping with `text:`")
            return None
        self.unknown_keys(entry, FACT_KEYS, f"{where}.")
        text = self.string(entry, "text", f"{where}.", required=True)
        if text is None:
            return None
        text_line = entry.line_of("text")
        try:
            segments = parse_blanks(text)
        except BlankSyntaxError as error:
            self.error(text_line, f"{where}.text", error.message, error.fix)
            return None
        raw_blanks = [s for s in segments if isinstance(s, RawBlank)]
        too_many = limits.blanks_too_many(len(raw_blanks))
        if too_many:
            self.error(text_line, f"{where}.text", f"the fact {too_many}", limits.BLANKS_FIX)
            return None
        if not raw_blanks:
            self.error(text_line, f"{where}.text", "the fact has no blank, so no card can be made from it.",
                       "put braces around the answer, e.g. \"{Yulia Peresild} plays the lead.\"")
            return None
        fact_id = self.string(entry, "id", f"{where}.")
        if fact_id is not None and not ID_PATTERN.match(fact_id):
            self.error(entry.line_of("id"), f"{where}.id",
                       f"fact id '{fact_id}' may only hold letters, digits, '.', '_' and '-'.",
                       "use a short name like `lead-actress`.")
        types = self.fact_types(entry, where, len(raw_blanks))
        kinds = self.fact_kinds(entry, where, len(raw_blanks))
        distractors, per_blank = self.fact_distractors(entry, where, len(raw_blanks))
        ask = self.string(entry, "ask", f"{where}.")
        ask = unescape_answer(ask) if ask else ask  # the escapes the text takes, so `\\{` reads as `{` here too
        if ask and len(raw_blanks) > 1:
            self.error(entry.line_of("ask"), f"{where}.ask", "`ask` is for facts with one blank; this one has "
                       f"{len(raw_blanks)}.", "remove `ask`, or split the fact into one fact per blank.")
        source_keys = self.string_list(entry, "source", f"{where}.")
        for key in source_keys:
            if key not in sources:
                guess = did_you_mean(key, sources)
                known = ", ".join(sources) or "none are defined"
                fix = f"did you mean `{guess}`?" if guess else f"define it under `sources:` (known: {known})."
                self.error(entry.line_of("source"), f"{where}.source", f"unknown source key '{key}'.", fix)
        image_text = self.string(entry, "image", f"{where}.")
        image = self.named_file(entry.line_of("image"), f"{where}.image", image_text, FileKind.IMAGE,
                                "the path is relative to the deck file's folder.") if image_text else None
        return _FactDraft(
            line=line, id=fact_id or "", id_declared=fact_id is not None, text=text, segments=segments,
            raw_blanks=raw_blanks, types=types, ask=ask, distractors=distractors, per_blank=per_blank, kinds=kinds,
            sources=source_keys, tags=tuple(t.replace(" ", "_") for t in self.string_list(entry, "tags", f"{where}.")),
            note=self.string(entry, "note", f"{where}."), image=image, quote=self.string_list(entry, "quote", f"{where}."),
            where=where, id_line=entry.line_of("id"),
        )

    def fact_types(self, entry: LineDict, where: str, blank_count: int) -> list[AnswerType | None]:
        if "type" not in entry or entry["type"] == "":
            return []
        names = self.string_list(entry, "type", f"{where}.")
        line = entry.line_of("type")
        if len(names) not in (1, blank_count):
            self.error(line, f"{where}.type", f"{len(names)} types for {blank_count} blanks.",
                       "give one type for every blank, in order, or a single type for all of them.")
            return []
        types = [self.answer_type(name, line, f"{where}.type") for name in names]
        return types * blank_count if len(types) == 1 else types

    def fact_kinds(self, entry: LineDict, where: str, blank_count: int) -> list[str | None]:
        """`kind:` as one kind for every blank or a list of one per blank."""
        if "kind" not in entry or entry["kind"] == "":
            return []
        line = entry.line_of("kind")
        names = self.string_list(entry, "kind", f"{where}.")
        if isinstance(entry["kind"], LineList) and len(names) not in (1, blank_count):
            self.error(line, f"{where}.kind", f"{len(names)} kinds for {blank_count} blanks.",
                       "give one kind for every blank, in order, or a single kind for all of them.")
            return []
        kinds = [self.kind_name(name, line, f"{where}.kind") for name in names]
        return kinds * blank_count if len(kinds) == 1 else kinds

    def fact_distractors(self, entry: LineDict, where: str, blank_count: int
                         ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...] | None]:
        """`distractors:` as one list (shared out among the blanks they fit) or, for a fact with
        several blanks, a list of lists: one per blank, in order."""
        value = entry.get("distractors", "")
        if isinstance(value, LineList) and value and all(isinstance(item, LineList) for item in value):
            if len(value) != blank_count:
                self.error(entry.line_of("distractors"), f"{where}.distractors",
                           f"{len(value)} lists of distractors for {blank_count} blanks.",
                           "give one list per blank, in order (an empty list `[]` for a blank with none).")
                return (), None
            per_blank = []
            for index, item in enumerate(value):
                holder = LineDict(value.line_of(index))
                holder["distractors"] = item
                holder.key_lines["distractors"] = value.line_of(index)
                per_blank.append(tuple(map(unescape_answer, self.string_list(holder, "distractors",
                                                                              f"{where}.distractors[{index}]."))))
            return tuple(d for items in per_blank for d in items), tuple(per_blank)
        if isinstance(value, LineList) and any(isinstance(item, LineList) for item in value):
            self.error(entry.line_of("distractors"), f"{where}.distractors",
                       "mixes wrong answers and lists of wrong answers.",
                       "write one list of texts, or one list per blank: `distractors: [[a, b], [c, d]]`.")
            return (), None
        return tuple(map(unescape_answer, self.string_list(entry, "distractors", f"{where}."))), None

    def assign_ids(self, drafts: list[tuple[int, _FactDraft]]) -> None:
        """Check declared ids are unique (a repeat is the later fact's error); derive the missing
        ones from the answers."""
        taken: dict[str, int] = dict(self.unread_ids)
        next_suffix: dict[str, int] = {}  # base -> the first suffix not yet tried
        for index, draft in drafts:
            if not draft.id_declared:
                continue
            if draft.id in taken:
                self.fact_errors.append((index, Problem(
                    self.path, draft.id_line, f"{draft.where}.id", f"fact id '{draft.id}' is used twice "
                    f"(first on line {taken[draft.id]}).", "give each fact its own id.", Severity.ERROR)))
            else:
                taken[draft.id] = draft.id_line
        for _, draft in drafts:
            if draft.id_declared:
                continue
            base = slugify("-".join(b.answers[0] for b in draft.raw_blanks), 40) or "fact"
            # Probing resumes where the last fact of the same base stopped: the ids of probing from 2
            # each time (every skipped id stays taken), at a cost linear in the facts.
            candidate, n = base, next_suffix.get(base, 2)
            if candidate in taken:
                candidate = f"{base}-{n}"
                while candidate in taken:
                    n += 1
                    candidate = f"{base}-{n}"
                next_suffix[base] = n + 1
            draft.id = candidate
            taken[candidate] = draft.line


@dataclass
class _FactDraft:
    line: int
    id: str
    id_declared: bool
    text: str
    segments: list[str | RawBlank]
    raw_blanks: list[RawBlank]
    types: list[AnswerType | None]
    ask: str | None
    distractors: tuple[str, ...]
    per_blank: tuple[tuple[str, ...], ...] | None
    kinds: list[str | None]
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    note: str | None
    image: Path | None
    quote: tuple[str, ...]
    where: str
    id_line: int


def _declared_types(drafts: list[_FactDraft]) -> dict[str, AnswerType]:
    """Answers whose type some fact declares, so the same answer elsewhere gets the same type."""
    declared: dict[str, AnswerType] = {}
    for draft in drafts:
        for position, raw_blank in enumerate(draft.raw_blanks):
            if position < len(draft.types) and draft.types[position] is not None:
                declared.setdefault(normalize(raw_blank.answers[0]), draft.types[position])  # type: ignore[arg-type]
    return declared


def _pool_types(pools: dict[AnswerType, tuple[str, ...]], kind_pools: dict[str, tuple[str, ...]]
                ) -> dict[str, AnswerType]:
    """Each pool entry (normalized) with its pool's type (a kind pool's, when its kind is a known
    noun: `novel` -> title); the first pool listing it wins."""
    types: dict[str, AnswerType] = {}
    for answer_type, pool in pools.items():
        for item in pool:
            types.setdefault(normalize(item), answer_type)
    for kind, pool in kind_pools.items():
        kind_type = type_of_kind(kind)
        if kind_type is not None:
            for item in pool:
                types.setdefault(normalize(item), kind_type)
    return types


def _close(name: str, type_name: str) -> bool:
    """A pool name that is a slip for an answer type: its plural (`persons:`), or one letter off a type of five
    letters or more (`peson:`, `numbr:`, `tilte:`). Anything further is a kind: `numeral:`, `team:`, `period:` are
    words a teacher means (a short type like `term` or `date` is one letter from many such words)."""
    if name == type_name + "s" or _swapped(name, type_name):
        return True
    return len(type_name) >= 5 and _one_edit(name, type_name)


def _swapped(a: str, b: str) -> bool:
    """Whether `a` is `b` with two neighbouring letters swapped (`yaer`, `trem`)."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one insertion, deletion or substitution, or a swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1 or _swapped(a, b)
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


def _build_fact(draft: _FactDraft, pool_types: dict[str, AnswerType], declared: dict[str, AnswerType]) -> Fact:
    """The fact with typed blanks; each blank gets its kind and the hand-picked wrong answers that fit it."""
    blanks = []
    rough: Fact | None = None  # the fact with provisional blanks, which a type is inferred from: made only then
    for position, raw_blank in enumerate(draft.raw_blanks):
        explicit = draft.types[position] if position < len(draft.types) else None
        kind = draft.kinds[position] if position < len(draft.kinds) else None
        if explicit is None:
            rough = rough or _rough_fact(draft)
            answer_type = _infer_type(raw_blank.answers[0], pool_types, declared, draft.distractors
                                      if len(draft.raw_blanks) == 1 else (), kind, rough, rough.blanks[position])
        else:
            answer_type = explicit
        blanks.append(Blank(position + 1, raw_blank.answers[0], raw_blank.answers[1:], answer_type,
                            explicit is not None, kind))
    blanks = _share_distractors(blanks, draft.distractors, draft.per_blank, pool_types, declared)
    segments = []
    iterator = iter(blanks)
    for segment in draft.segments:
        segments.append(next(iterator) if isinstance(segment, RawBlank) else segment)
    return Fact(id=draft.id, text=draft.text, segments=tuple(segments), ask=draft.ask,
                distractors=draft.distractors, sources=draft.sources, tags=draft.tags,
                note=draft.note, image=draft.image, quote=draft.quote, line=draft.line,
                id_declared=draft.id_declared)


def _rough_fact(draft: _FactDraft) -> Fact:
    """The fact with every blank a provisional `term`: what inferring a blank's type reads (its stem, the others)."""
    provisional = [Blank(i + 1, raw.answers[0], raw.answers[1:], AnswerType.TERM) for i, raw in enumerate(draft.raw_blanks)]
    iterator = iter(provisional)
    return Fact(id=draft.id, text=draft.text, segments=tuple(
        next(iterator) if isinstance(s, RawBlank) else s for s in draft.segments), ask=draft.ask)


#: A name opening with an article ("The Book of the Courtier") is a title or a thing, never a person's name: one
#: shared list never gives it to a person's blank ("____ wrote The Prince": not "The Praise of Folly").
_ARTICLE_LED = re.compile(r"(?:the|an?)\s+\w", re.IGNORECASE)


def _share_distractors(blanks: list[Blank], distractors: tuple[str, ...], per_blank: tuple[tuple[str, ...], ...] | None,
                       pool_types: dict[str, AnswerType], declared: dict[str, AnswerType]) -> list[Blank]:
    """Give each blank the hand-picked wrong answers that belong to it: its own list, or from one
    shared list those of its type (and, among blanks of one type, of the form nearest its answer)."""
    if per_blank is not None:
        return [replace(b, distractors=own) for b, own in zip(blanks, per_blank)]
    if not distractors:
        return blanks
    if len(blanks) == 1:
        return [replace(blanks[0], distractors=distractors)]
    shares: dict[int, list[str]] = {b.index: [] for b in blanks}
    for text in distractors:
        key = normalize(text)
        text_type = infer_type_from_form(text) or pool_types.get(key) or declared.get(key)
        fits = [b for b in blanks if b.type is text_type] if text_type else \
            [b for b in blanks if infer_type_from_form(b.answer) is None and b.type not in
             (AnswerType.NUMBER, AnswerType.YEAR, AnswerType.DATE)
             and not (b.type is AnswerType.PERSON and _ARTICLE_LED.match(text))]
        if not fits:
            continue
        best = min(fits, key=lambda b: _form_gap(b.answer, text))
        shares[best.index].append(text)
    return [replace(b, distractors=tuple(shares[b.index])) for b in blanks]


def _form_gap(answer: str, text: str) -> float:
    gap = 0.0 if form_of(answer) == form_of(text) else 2.0
    return gap + abs(len(answer.split()) - len(text.split())) + abs(len(answer) - len(text)) / max(len(answer), len(text))


def _infer_type(answer: str, pool_types: dict[str, AnswerType], declared: dict[str, AnswerType],
                distractors: tuple[str, ...], kind: str | None, fact: Fact, blank: Blank) -> AnswerType:
    """Form first (dates, years, numbers); then a pool holding the answer or the fact's own
    distractors; then the type another fact declares for the same answer; then the blank's
    `kind:`; then the stem (`quizgen.core.kinds.infer_type`: "Who ...", "King ____", "painted by
    ____", a country or city); else `term`."""
    by_form = infer_type_from_form(answer)
    if by_form is not None:
        return by_form
    key = normalize(answer)
    for wanted in (key, *(normalize(d) for d in distractors)):
        if wanted in pool_types:
            return pool_types[wanted]
    if key in declared:
        return declared[key]
    by_kind = type_of_kind(kind)
    if by_kind is not None:
        return by_kind
    return infer_type_from_stem(fact, blank) or AnswerType.TERM
