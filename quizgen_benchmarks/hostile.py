"""11. Hostile sizes (issue 12): what the inputs a careless or hostile author might write cost, and
that the cost grows linearly (or is a fast refusal past a documented limit).

The inputs are quizgen_benchmarks/inputs/hostile.py's. Each is made at two sizes, N and 2N, beside a
normal deck of the same number of facts (quizgen_benchmarks/inputs/deck.py), and every command that
reads it runs on each, in a process of its own (time, CPU time, peak memory):

- `same-answer`: facts that all share one answer and have no ids (10,000 and 20,000 facts);
- `many-blanks`: facts of 50 blanks each, the limit (500 and 1,000 facts: 25,000 and 50,000 blanks;
  fewer make the baseline's parse a few milliseconds, too short to measure growth by);
- `long-text`: facts whose one word makes the text exactly as long as a text may be (10,000
  characters; 250 and 500 facts);

with `check`, `export anki`, `lint`, `cards --json`, `quiz` (every format) and the study deck list
(the study core without the TUI: the decks read and generated with an empty card cache, the
collection opened, the session made, every deck counted). The baseline is the bare work of reading
the same file: PyYAML's C loader parsing it. Each row gives, at 2N, the time, its ratio to the
baseline, and, in the note, the ratio to the normal deck of the same size and the same figures at N;
the target is linearity: the ratio to the baseline at 2N over the ratio at N (the ratio of ratios)
at most 1.3 (a cost that grows with the square of the size would give 2).

Past the limits, a refusal must be fast: a deck whose one word is 10 MB, and one fact of 5,000 blanks
(check, study deck list; baseline: parsing the file), and a deck file of 60 MB (refused before it is read; baseline: reading
its bytes). `draft`: a 10 MB HTML page and a 50 MB text are refused by their file size at the
default `--max-size` (baseline: reading the bytes); with `--max-size` raised past the file size,
they are read, extracted and refused by their text's length (baseline: trafilatura extracting the
page, or reading and decoding the text); and drafting inside the limit is linear: documents of
100,000 and 200,000 characters of text and HTML pages of the same text, against pysbd splitting
the same text into sentences, or trafilatura extracting the page.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, ratio, seconds_text, timer
from quizgen_benchmarks.inputs import hostile
from quizgen_benchmarks.inputs.deck import write_deck

TITLE = "hostile sizes"
TARGET = "ratio of ratios (2N vs N) <= 1.3"
LINEAR = 1.3
#: A refusal past a limit costs at most this many times the bare read of the input (or this many
#: seconds, for an input whose bare read is quicker than the command's own start).
REFUSAL_TARGET, REFUSAL_LIMIT, REFUSAL_FLOOR = "exit 2 in <= max(2x the bare read, 0.5 s)", 2.0, 0.5


@dataclass(frozen=True)
class Input:
    """A hostile deck made at two sizes: `make(folder, facts)` writes it and returns its path."""

    name: str
    what: str
    full: int  # N facts at full size (2N is the second size)
    quick: int
    make: Callable[[Path, int], Path]


def _long_text(folder: Path, facts: int) -> Path:
    from quizgen.core import limits

    return hostile.huge_word(folder, hostile.word_at_limit_megabytes(limits.FIELD_CHARS), facts=facts)


INPUTS = (
    Input("same-answer", "facts sharing one answer", 10_000, 40, lambda folder, n: hostile.same_answer(folder, n)),
    Input("many-blanks", "facts of 50 blanks (the limit)", 500, 2, lambda folder, n: hostile.many_blanks(folder, 50, n)),
    Input("long-text", "facts of 10,000 characters (the limit)", 250, 2, _long_text),
)
COMMANDS = ("check", "export anki", "lint", "cards --json", "quiz", "study deck list")


def _commands(context: Context, item: Input) -> tuple[str, ...]:
    """The commands measured on an input: all of them, or at --quick (the smoke test) all of them
    on the first input only and `check` on the others (each command costs a process start)."""
    return COMMANDS if not context.quick or item is INPUTS[0] else COMMANDS[:1]
SIZES = (1, 2)  # N and 2N
KINDS = ("hostile", "normal")


def _facts(context: Context, item: Input, size: int) -> int:
    return context.size(item.full, item.quick) * size


def _deck(context: Context, item: Input, size: int, kind: str) -> Path:
    folder = context.inputs / "hostile" / f"{item.name}-{_facts(context, item, size)}-{kind}"
    if kind == "normal":
        return folder / "normal.yaml"
    return folder / {"same-answer": "same-answer.yaml", "many-blanks": "many-blanks.yaml",
                     "long-text": "huge-word.yaml"}[item.name]


# -- the refusals and draft's documents ---------------------------------------------------------

def _refusal_inputs(context: Context) -> dict[str, Path]:
    folder = context.inputs / "hostile" / "refused"
    return {"word": folder / "word" / "huge-word.yaml", "blanks": folder / "blanks" / "many-blanks.yaml",
            "description": folder / "description" / "huge-description.yaml",
            "html": folder / "html" / "big.html", "text": folder / "text" / "big.txt"}


def _draft_inputs(context: Context, size: int) -> dict[str, Path]:
    folder = context.inputs / "hostile" / f"draft-{size}"
    return {"text": folder / "big.txt", "html": folder / "big.html"}


#: Megabytes of the refused inputs at full size (the issue's) and at --quick.
REFUSED_MB = {"word": (10, 0.02), "description": (60, 0.06), "html": (10, 0.02), "text": (50, 0.05)}
#: Blanks in the one fact of the refused many-blanks deck (the issue's; the limit is 50).
REFUSED_BLANKS = 5_000
#: Characters of text of the documents drafted inside the limit, at N (2N is twice as many).
DRAFT_CHARS = (100_000, 2_000)
#: --quick: the deck file limit the 0.06 MB "60 MB" description is refused at, and the --max-size the
#: draft refusals use (the full run uses quizgen's own limits).
QUICK_DECK_FILE_BYTES, QUICK_MAX_SIZE = 50_000, 1_000


def prepare(context: Context) -> dict[str, Any]:
    made: dict[str, int] = {}
    with timer() as t:
        for item in INPUTS:
            for size in SIZES:
                for kind in KINDS:
                    path = _deck(context, item, size, kind)
                    if path.exists():
                        continue
                    facts = _facts(context, item, size)
                    if kind == "normal":
                        path.parent.mkdir(parents=True, exist_ok=True)
                        write_deck(path, facts, seed=12, deck_id="normal")
                    else:
                        item.make(path.parent, facts)
                    made[str(path)] = path.stat().st_size
        refused = _refusal_inputs(context)
        makers = {"word": hostile.huge_word, "description": hostile.huge_description, "html": hostile.big_html,
                  "text": hostile.big_text}
        for name, path in refused.items():
            if path.exists():
                continue
            if name == "blanks":
                hostile.many_blanks(path.parent, REFUSED_BLANKS)
            else:
                makers[name](path.parent, context.size(*REFUSED_MB[name]))
            made[str(path)] = path.stat().st_size
        for size in SIZES:
            for name, path in _draft_inputs(context, size).items():
                if not path.exists():
                    chars = context.size(*DRAFT_CHARS) * size
                    # big_text's sentences are its text; big_html's paragraphs carry ~15% markup.
                    megabytes = chars / 1e6 * (1.15 if name == "html" else 1.0)
                    (hostile.big_html if name == "html" else hostile.big_text)(path.parent, megabytes)
                    made[str(path)] = path.stat().st_size
    return {"seconds": t["seconds"], "made": made}


# -- what is timed ------------------------------------------------------------------------------

def forked(function: Callable[[], dict[str, Any]]) -> StepResult:
    """Run `function` in a forked child of this worker: a process of its own (its peak memory is its
    own, `wait4`'s `ru_maxrss`), with the worker's imports already done (they are not timed; the
    peak includes them, as a fresh process's would). Its time and CPU time are measured inside it."""
    import json
    import os

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, report through the pipe, leave at once
        os.close(read_fd)
        code = 0
        try:
            with timer() as t:
                data = function()
            data.update(seconds=t["seconds"], cpu_seconds=t["cpu_seconds"])
        except BaseException as error:  # noqa: BLE001 - reported to the parent, which fails the step
            data, code = {"error": f"{type(error).__name__}: {error}"}, 1
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(json.dumps(data).encode())
        os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        payload = pipe.read()
    _, _, usage = os.wait4(pid, 0)
    data = json.loads(payload) if payload else {"error": "the measuring process died"}
    if "error" in data:
        raise SystemExit(data["error"])
    return StepResult(data, usage.ru_maxrss / 1024)


def _as_dict(result: StepResult) -> dict[str, Any]:
    return {"data": result.data, "peak_mb": result.peak_mb}


def _cli(args: list[str], stdout: Path | None = None) -> int:
    from quizgen.cli import main

    with contextlib.ExitStack() as stack:
        out = stack.enter_context(stdout.open("w", encoding="utf-8")) if stdout else io.StringIO()
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(io.StringIO()))
        return main(args)


def _deck_list(deck: Path, scratch: Path) -> int:
    """The study deck list without the TUI: decks read and generated (empty card cache), the
    collection opened, the session made, every deck counted."""
    from datetime import UTC, datetime

    from quizgen.commands.gcpolicy import paused_gc
    from quizgen.core.problems import InputError
    from quizgen.study.cardcache import load_catalog
    from quizgen.study.session import StudySession
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection

    with paused_gc():
        try:
            catalog = load_catalog([deck], cache_dir=scratch / "card-cache")
        except InputError:
            return 2
        collection = Collection.open(scratch / "collection.sqlite3")
        try:
            session = StudySession(collection, catalog, clock=lambda: datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
                                   settings=Settings())
            session.counts()
        finally:
            collection.close()
    return 0


def _imports() -> None:
    """What every measured command needs, imported once in the worker (imports are not timed)."""
    import yaml  # noqa: F401

    import quizgen.cli  # noqa: F401
    import quizgen.commands.cards  # noqa: F401
    import quizgen.commands.check  # noqa: F401
    import quizgen.commands.draft  # noqa: F401
    import quizgen.commands.export  # noqa: F401
    import quizgen.commands.lint  # noqa: F401
    import quizgen.commands.quiz  # noqa: F401
    import quizgen.draft.drafter  # noqa: F401
    import quizgen.study.cardcache  # noqa: F401
    import quizgen.study.session  # noqa: F401


#: The deck the worker reads once before it forks its measures (`_load_reference_data`).
_WARM_UP_DECK = Path(__file__).resolve().parent.parent / "quizgen" / "bundled" / "decks" / "challenge.yaml"


def _load_reference_data(context: Context) -> None:
    """Load what quizgen reads on first use (the gazetteer, the lists, the word classes) in the worker,
    by checking the bundled deck once, so each forked measure starts with it as it starts with the
    imports: the measure is the command's work on its deck, not a fixed second of loading that would
    hide how the work grows (and that a smoke run would pay once per forked command)."""
    _cli(["check", str(_WARM_UP_DECK)])
    _deck_list(_WARM_UP_DECK, context.scratch("hostile_warm_up"))


def _run_command(command: str, deck: Path, scratch: Path) -> dict[str, Any]:
    """Run `command` on `deck`: its exit status and the bytes it wrote."""
    written = 0
    if command == "study deck list":
        status = _deck_list(deck, scratch)
    elif command == "cards --json":
        out = scratch / "cards.json"
        status = _cli(["cards", str(deck), "--json"], stdout=out)
        written = out.stat().st_size
    elif command == "export anki":
        out = scratch / "deck.apkg"
        status = _cli(["export", "anki", str(deck), "-o", str(out)])
        written = out.stat().st_size if out.exists() else 0
    elif command == "quiz":
        out = scratch / "quiz"
        status = _cli(["quiz", str(deck), "-o", str(out)])
        written = sum(p.stat().st_size for p in out.iterdir()) if out.exists() else 0
    else:
        status = _cli([command, str(deck)])
    return {"status": status, "bytes": written}


def _slug(text: str) -> str:
    return text.replace(" ", "_").replace("-", "_")


def _parse(path: Path) -> dict[str, Any]:
    """The bare read of a deck: its text parsed by PyYAML's C loader."""
    import yaml

    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return {"facts": len(data.get("facts") or [])}


def _decks_step(item: Input) -> Callable[[Context], dict[str, Any]]:
    """One input's decks (N and 2N, hostile and normal) in one worker: each deck's bare parse, then, once
    quizgen's reference data is loaded (`_load_reference_data`: after the parses, whose peaks stay their
    own), each command on each deck; every measure in a forked process of its own (named "SIZE KIND
    NAME": "2 normal check")."""
    def step(context: Context) -> dict[str, Any]:
        _imports()
        decks = {(size, kind): _deck(context, item, size, kind) for size in SIZES for kind in KINDS}
        measures: dict[str, Any] = {}
        for (size, kind), deck in decks.items():  # the baselines before quizgen's data is loaded (their peaks)
            measures[f"{size} {kind} parse"] = _as_dict(forked(lambda: _parse(deck)))  # noqa: B023
        _load_reference_data(context)
        for (size, kind), deck in decks.items():
            for command in _commands(context, item):
                scratch = context.scratch(f"hostile_{_slug(item.name)}_{size}_{kind}_{_slug(command)}")
                result = forked(lambda: _run_command(command, deck, scratch))  # noqa: B023 - run at once
                if result["status"] not in (0, 1):  # 1: `check` found warnings
                    raise SystemExit(f"{command} on {deck} exited {result['status']}")
                measures[f"{size} {kind} {command}"] = _as_dict(result)
        return {"measures": measures}

    return step


def _bare_read(path: Path, name: str) -> dict[str, Any]:
    """A refused input's bare read: its bytes (decoded, for a text), and for the 10 MB word the YAML parse."""
    data = path.read_bytes()
    if name in ("word", "blanks"):
        _parse(path)
    elif name == "text":
        data.decode("utf-8")
    return {"bytes": len(data)}


def refusals(context: Context) -> dict[str, Any]:
    """The 10 MB word, the 5,000 blanks and the 60 MB description: `check` and the study deck list refuse them."""
    _imports()
    if context.quick:  # the quick "60 MB" deck is small: lower the limit it is refused at
        from quizgen.core import limits

        limits.DECK_FILE_BYTES = QUICK_DECK_FILE_BYTES
    measures: dict[str, Any] = {}
    for name in ("word", "blanks", "description"):
        path = _refusal_inputs(context)[name]
        measures[f"{name} read"] = _as_dict(forked(lambda: _bare_read(path, name)))  # noqa: B023
        for command in ("check", "study deck list"):
            scratch = context.scratch(f"hostile_refused_{name}_{_slug(command)}")
            result = forked(lambda: _run_command(command, path, scratch))  # noqa: B023
            if result["status"] != 2:
                raise SystemExit(f"{command} on {path} exited {result['status']}, not 2 (refused)")
            measures[f"{name} {command}"] = _as_dict(result)
    return {"measures": measures}


def _draft(document: Path, scratch: Path, max_size: int | None) -> dict[str, Any]:
    out = scratch / "drafted.yaml"
    args = ["draft", str(document), "-o", str(out), "--force"]
    if max_size is not None:
        args += ["--max-size", str(max_size)]
    status = _cli(args)
    return {"status": status, "bytes": out.stat().st_size if out.exists() else 0, "max_size": max_size}


def _extract(document: Path, name: str) -> dict[str, Any]:
    """The bare work `draft` must do before it can count a document's text: trafilatura on the
    page, or reading and decoding the text."""
    import trafilatura

    text = document.read_bytes().decode("utf-8")
    if name == "html":
        text = trafilatura.extract(text) or ""
    return {"chars": len(text)}


def draft_refusals(context: Context) -> dict[str, Any]:
    """The 10 MB page and the 50 MB text: refused by their file size at the default `--max-size`
    (the bare read: their bytes), and by their text's length with `--max-size` raised past their
    file size (the bare work: extracting the text)."""
    _imports()
    import trafilatura  # noqa: F401

    measures: dict[str, Any] = {}
    for name in ("html", "text"):
        document = _refusal_inputs(context)[name]
        size = document.stat().st_size
        measures[f"{name} read"] = _as_dict(forked(lambda: _bare_read(document, name)))  # noqa: B023
        measures[f"{name} extract"] = _as_dict(forked(lambda: _extract(document, name)))  # noqa: B023
        for raised in (False, True):
            max_size = (size // 10 + 1000) if raised else (QUICK_MAX_SIZE if context.quick else None)
            scratch = context.scratch(f"hostile_draft_{name}_{'raised' if raised else 'default'}")
            result = forked(lambda: _draft(document, scratch, max_size))  # noqa: B023
            if result["status"] != 2:
                raise SystemExit(f"draft of {document} exited {result['status']}, not 2 (refused)")
            measures[f"{name} {'raised' if raised else 'default'}"] = _as_dict(result)
    return {"measures": measures}


def _sentences(document: Path, name: str) -> dict[str, Any]:
    """The bare work of drafting: the text split into sentences by pysbd (the page extracted by
    trafilatura first)."""
    import pysbd
    import trafilatura

    segmenter = pysbd.Segmenter(language="en", clean=False)
    text = document.read_text(encoding="utf-8")
    if name == "html":
        text = trafilatura.extract(text) or ""
    return {"sentences": sum(len(segmenter.segment(line)) for line in text.splitlines() if line.strip()),
            "chars": len(text)}


def _drafting_step(name: str) -> Callable[[Context], dict[str, Any]]:
    """Drafting inside the limit, at N and 2N characters of text, against pysbd on the same text."""
    def step(context: Context) -> dict[str, Any]:
        _imports()
        import pysbd  # noqa: F401
        import trafilatura  # noqa: F401

        measures: dict[str, Any] = {}
        for size in SIZES:
            document = _draft_inputs(context, size)[name]
            measures[f"sentences {size}"] = _as_dict(forked(lambda: _sentences(document, name)))  # noqa: B023
            scratch = context.scratch(f"hostile_drafting_{name}_{size}")
            result = forked(lambda: _draft(document, scratch, None))  # noqa: B023
            if result["status"] != 0:
                raise SystemExit(f"draft of {document} exited {result['status']}")
            measures[f"draft {size}"] = _as_dict(result)
        return {"measures": measures}

    return step


# -- the steps, by name -------------------------------------------------------------------------

_DECK_STEPS = {f"decks_{_slug(i.name)}": _decks_step(i) for i in INPUTS}
drafting_text, drafting_html = _drafting_step("text"), _drafting_step("html")
globals().update(_DECK_STEPS)
STEPS = ("prepare", *_DECK_STEPS, "refusals", "draft_refusals", "drafting_text", "drafting_html")


# -- the table ----------------------------------------------------------------------------------

def _measure(results: dict[str, StepResult], step: str, name: str) -> StepResult:
    found = results[step]["measures"][name]
    return StepResult(found["data"], found["peak_mb"])


def _mb(step: StepResult) -> str:
    return f"{step.peak_mb:.0f} MiB"


def _linearity_row(figure: str, at_n: tuple[StepResult, StepResult], at_2n: tuple[StepResult, StepResult],
                   note: str) -> Row:
    """A row for a cost measured at N and 2N against a baseline at each: time at 2N, its ratio to the
    baseline, and the ratio of ratios (CPU time: steadier on a shared machine) as the verdict."""
    (ours_n, base_n), (ours_2n, base_2n) = at_n, at_2n
    r_n, r_2n = cpu_ratio(ours_n, base_n), cpu_ratio(ours_2n, base_2n)
    of_ratios = r_2n / r_n if r_n and r_2n else None
    wall_n, wall_2n = ratio(ours_n["seconds"], base_n["seconds"]), ratio(ours_2n["seconds"], base_2n["seconds"])
    note = (f"{note}; at N {seconds_text(ours_n['seconds'])} ({wall_n or 0:.1f}x, CPU {r_n or 0:.1f}x, {_mb(ours_n)}), "
            f"at 2N {seconds_text(ours_2n['seconds'])} ({wall_2n or 0:.1f}x, CPU {r_2n or 0:.1f}x, {_mb(ours_2n)}); "
            f"time 2N/N {ratio(ours_2n['seconds'], ours_n['seconds']) or 0:.2f}x; "
            f"ratio of ratios (CPU) {of_ratios or 0:.2f}")
    return Row("hostile", figure, seconds_text(ours_2n["seconds"]), seconds_text(base_2n["seconds"]), wall_2n, r_2n,
               ours_2n.peak_mb, TARGET, of_ratios is not None and of_ratios <= LINEAR, note, base_2n.peak_mb)


def _refusal_row(figure: str, ours: StepResult, base: StepResult, note: str) -> Row:
    value = ratio(ours["seconds"], base["seconds"])
    fast = ours["seconds"] <= max(REFUSAL_LIMIT * base["seconds"], REFUSAL_FLOOR)
    return Row("hostile", figure, seconds_text(ours["seconds"]), seconds_text(base["seconds"]), value,
               cpu_ratio(ours, base), ours.peak_mb, REFUSAL_TARGET, fast, note, base.peak_mb)


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    rows: list[Row] = []
    for item in INPUTS:
        n, n2 = (_facts(context, item, size) for size in SIZES)

        def at(size: int, kind: str, name: str) -> StepResult:
            return _measure(results, f"decks_{_slug(item.name)}", f"{size} {kind} {name}")  # noqa: B023

        for command in _commands(context, item):
            normal = [ratio(at(size, "hostile", command)["seconds"], at(size, "normal", command)["seconds"]) or 0
                      for size in SIZES]
            normal_cpu = [cpu_ratio(at(size, "hostile", command), at(size, "normal", command)) or 0 for size in SIZES]
            plain = at(2, "normal", command)
            note = (f"{item.name} ({item.what}), N = {n:,} facts, 2N = {n2:,}; against a normal deck of as many "
                    f"facts: {normal[0]:.2f}x at N, {normal[1]:.2f}x at 2N (CPU {normal_cpu[0]:.2f}x, "
                    f"{normal_cpu[1]:.2f}x; the normal deck {seconds_text(plain['seconds'])}, {_mb(plain)} at 2N)")
            written = at(2, "hostile", command)["bytes"]
            if written:
                note += f"; wrote {written / 1e6:.1f} MB at 2N"
            rows.append(_linearity_row(f"{item.name} x {n2:,}: {command} (vs YAML parse)",
                                       (at(1, "hostile", command), at(1, "hostile", "parse")),
                                       (at(2, "hostile", command), at(2, "hostile", "parse")), note))
    for name, what in (("word", "a 10 MB word"), ("blanks", f"a fact of {REFUSED_BLANKS:,} blanks"),
                       ("description", "a 60 MB description")):
        base = _measure(results, "refusals", f"{name} read")
        for command in ("check", "study deck list"):
            bare = "read" if name == "description" else "parse"
            rows.append(_refusal_row(f"{what}: {command} refuses it (vs the file's bare {bare})",
                                     _measure(results, "refusals", f"{name} {command}"), base,
                                     f"{base['bytes'] / 1e6:.1f} MB file; exit 2"))
    for name, what in (("html", "a 10 MB HTML page"), ("text", "a 50 MB text")):
        base = _measure(results, "draft_refusals", f"{name} read")
        ours = _measure(results, "draft_refusals", f"{name} default")
        limit = "default --max-size" if ours["max_size"] is None else f"--max-size {ours['max_size']:,}"
        rows.append(_refusal_row(f"draft of {what}, {limit}: refused by its file size (vs reading its bytes)", ours,
                                 base, f"{base['bytes'] / 1e6:.1f} MB file; exit 2 before it is read"))
        extract = _measure(results, "draft_refusals", f"{name} extract")
        raised = _measure(results, "draft_refusals", f"{name} raised")
        bare = "trafilatura's extraction" if name == "html" else "reading and decoding it"
        rows.append(Row("hostile", f"draft of {what}, --max-size {raised['max_size']:,}: read, refused by its "
                        f"text's length (vs {bare})", seconds_text(raised["seconds"]), seconds_text(extract["seconds"]),
                        ratio(raised["seconds"], extract["seconds"]), cpu_ratio(raised, extract), raised.peak_mb,
                        "(none: reported)", None, f"{extract['chars']:,} characters of text; exit 2", extract.peak_mb))
    for name in ("text", "html"):
        def drafted(key: str) -> StepResult:
            return _measure(results, f"drafting_{name}", key)  # noqa: B023

        chars = context.size(*DRAFT_CHARS)
        rows.append(_linearity_row(
            f"draft of {'an HTML page' if name == 'html' else 'a text'} of {2 * chars:,} characters (vs pysbd"
            f"{' after trafilatura' if name == 'html' else ''})",
            (drafted("draft 1"), drafted("sentences 1")), (drafted("draft 2"), drafted("sentences 2")),
            f"N = {chars:,} characters of text ({drafted('sentences 1')['sentences']:,} sentences), 2N = {2 * chars:,}; "
            f"drafted {drafted('draft 2')['bytes'] / 1e3:.0f} kB at 2N"))
    return rows
