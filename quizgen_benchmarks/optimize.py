"""6. Parameter fitting: `quizgen optimize --revlog` on the public review log, against bare fsrs-rs-python.

quizgen's figure is the real command (`quizgen optimize --revlog FILE --dry-run --db TEMP`, in-process
through `quizgen.cli.main`): read the CSV, build training items, evaluate the default parameters,
fit, evaluate the fitted ones. Its log loss and RMSE(bins) before (FSRS-6 defaults) and after come
from the `FitResult` the command computed. The baseline is the same job with fsrs-rs-python alone
and no quizgen logic: read the CSV, build items by the simplest grouping (per card, days between
answers in UTC), evaluate the defaults, `FSRS.compute_parameters`, evaluate the fit.
`--quick` uses the first 4,000 answers of the log.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from quizgen_benchmarks.harness import REPO, Context, Row, StepResult, cpu_ratio, ratio, seconds_text, timer

TITLE = "fit FSRS to review_logs_josh.csv"
TARGET = "fitted log loss < default"
STEPS = ("prepare", "baseline", "quizgen")
SHARED_LOG = REPO.parent / "shared" / "data" / "review_logs_josh.csv"
TEST_LOG = REPO / "tests" / "data" / "review_logs_josh.csv"
QUICK_ROWS = 4000


def source_log() -> Path:
    return SHARED_LOG if SHARED_LOG.exists() else TEST_LOG


def log_path(context: Context) -> Path:
    return context.inputs / ("review_log_quick.csv" if context.quick else "review_log.csv")


def prepare(context: Context) -> dict[str, Any]:
    """Copy the review log (the first rows of it with --quick) into the work folder."""
    lines = source_log().read_text(encoding="utf-8").splitlines(keepends=True)
    if context.quick:
        lines = lines[: QUICK_ROWS + 1]
    log_path(context).write_text("".join(lines), encoding="utf-8")
    return {"answers": len(lines) - 1, "source": str(source_log())}


def baseline(context: Context) -> dict[str, Any]:
    with timer() as total:
        result = _bare_fit(log_path(context))
    return {"seconds": total["seconds"], "cpu_seconds": total["cpu_seconds"], **result}


def _bare_fit(path: Path) -> dict[str, Any]:
    from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview

    by_card: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_card[row["card_id"]].append((datetime.fromisoformat(row["review_time"]), int(row["review_rating"])))
    items = []
    for history in by_card.values():
        history.sort()
        reviews = []
        for i, (moment, rating) in enumerate(history):
            delta = (moment.date() - history[i - 1][0].date()).days if i else 0
            reviews.append(FSRSReview(rating, delta))
            if i and delta > 0:
                item = FSRSItem(list(reviews))
                if item.long_term_review_cnt() > 0:
                    items.append(item)
    default = FSRS(list(DEFAULT_PARAMETERS)).evaluate(items)
    with timer() as fit_time:
        parameters = FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(items)
    fitted = FSRS(list(parameters)).evaluate(items)
    return {"fit_seconds": fit_time["seconds"], "items": len(items), "default_log_loss": default.log_loss,
            "log_loss": fitted.log_loss, "rmse_bins": fitted.rmse_bins}


def quizgen(context: Context) -> dict[str, Any]:
    import quizgen.study.optimize as optimize
    from quizgen.cli import main

    captured: list[Any] = []
    fit = optimize.fit

    def recorded(*args: Any, **kwargs: Any) -> Any:
        result = fit(*args, **kwargs)
        captured.append(result)
        return result

    optimize.fit = recorded
    db = context.scratch("optimize") / "collection.sqlite3"
    output = io.StringIO()
    with contextlib.redirect_stdout(output), timer() as t:
        status = main(["optimize", "--revlog", str(log_path(context)), "--dry-run", "--db", str(db)])
    if status != 0 or not captured:
        raise SystemExit(f"quizgen optimize exited {status}: {output.getvalue()}")
    result = captured[0]
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "fit_seconds": result.seconds,
            "answers": result.reviews, "items": result.items,
            "default_log_loss": result.default_log_loss, "default_rmse_bins": result.default_rmse_bins,
            "log_loss": result.log_loss, "rmse_bins": result.rmse_bins, "output": output.getvalue()}


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    base, ours = results["baseline"], results["quizgen"]
    fitted = ours["log_loss"] is not None
    quality = (f"log loss {ours['default_log_loss']:.4f} -> {ours['log_loss']:.4f}, RMSE(bins) "
               f"{ours['default_rmse_bins']:.4f} -> {ours['rmse_bins']:.4f}" if fitted
               else "not fitted (too few items)")
    note = (f"{ours['answers']} answers, {ours['items']} training items (bare: {base['items']}); {quality} "
            f"(default -> fitted); compute_parameters alone: quizgen {ours['fit_seconds'] * 1000:.0f} ms, "
            f"bare {base['fit_seconds'] * 1000:.0f} ms; bare pipeline log loss "
            f"{base['default_log_loss']:.4f} -> {base['log_loss']:.4f}")
    passed = fitted and ours["log_loss"] < ours["default_log_loss"]
    return [Row("optimize", TITLE, seconds_text(ours["seconds"]), seconds_text(base["seconds"]),
                ratio(ours["seconds"], base["seconds"]), cpu_ratio(ours, base), ours.peak_mb, TARGET, passed, note,
                base.peak_mb)]
