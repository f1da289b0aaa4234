"""`quizgen import --with-history`: an Anki package's review log into the study collection.

Each Anki card that became a quizgen card (a cloze note's card -> its blank's cloze card; a
front/back card -> its fact's cloze card; a quizgen MCQ note -> its MCQ card) keeps its answers:
every revlog row that is an answer (ease 1-4; not Anki's manual reschedules) is replayed, in
order and at its own time, through the same rule the study session records answers with
(`study.session.answered_state`, quizgen's FSRS scheduler and settings), so the card's FSRS state
is what quizgen would hold had the learner answered here. Cards suspended in Anki stay suspended;
flagged cards keep their flag (Anki's seven are quizgen's, same numbers and colours). Everything is written in one transaction by `Collection.import_history`, which refuses (writing
nothing) when quizgen already holds history for any of these cards.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Sequence

import fsrs

from quizgen.core.problems import InputError, Problem
from quizgen.importers.anki.package import AnkiCollection
from quizgen.importers.model import Imported
from quizgen.study.records import ReviewDraft
from quizgen.study.store import Collection, default_db_path

#: Anki revlog types that are answers (learn, review, relearn, filtered); 4-5 are manual changes.
ANSWER_TYPES = frozenset({0, 1, 2, 3})
QUEUE_SUSPENDED = -1


@dataclass(frozen=True, slots=True)
class Answer:
    at: datetime
    rating: fsrs.Rating
    duration_ms: int


@dataclass
class HistoryPlan:
    db_path: Path
    answers: dict[str, list[Answer]]  # quizgen card id -> answers in order
    suspended: set[str]
    flags: dict[str, int] = field(default_factory=dict)  # quizgen card id -> Anki's flag (1-7)

    def commit(self) -> tuple[int, int, int]:
        """Replay and write the history and the flags; (cards, reviews, flags) written."""
        if not self.answers and not self.flags:
            return 0, 0, 0
        from quizgen.study.scheduler import DeckSchedulers, StudyDays
        from quizgen.study.session import answered_state
        from quizgen.study.settings import Settings

        settings = Settings.load()
        with Collection.open(self.db_path) as collection:
            # Each deck's fitted parameters; an imported deck file has no `study:` block (no retention, exam).
            schedulers = DeckSchedulers.of_collection(collection, settings,
                                                      StudyDays(None, settings.day_rollover_hour), {})
            histories: dict[str, list[ReviewDraft]] = {}
            for card_id, answers in self.answers.items():
                scheduler = schedulers.of(card_id.partition(":")[0])
                kind = card_id.rsplit(":", 1)[1]
                drafts: list[ReviewDraft] = []
                state = None
                for number, answer in enumerate(answers):
                    state, _ = answered_state(scheduler, settings, card_id, state, answer.rating, answer.at, number,
                                              answer.duration_ms)
                    verdict = "wrong" if answer.rating is fsrs.Rating.Again else "right"
                    drafts.append(ReviewDraft(answer.at, answer.rating, kind, verdict, "", None, answer.duration_ms,
                                              state))
                if card_id in self.suspended and drafts:
                    drafts[-1] = replace(drafts[-1], state_after=replace(drafts[-1].state_after, suspended=True))
                histories[card_id] = drafts
            reviews, flags = collection.import_history(histories, self.flags)
        return len(histories), reviews, flags


def plan_history(results: Sequence[Imported], planned: Sequence, db: Path | None) -> HistoryPlan:
    """Which answers go to which quizgen card; InputError (nothing written yet) if the collection
    already holds history for any of them."""
    sources = [r for r in results if isinstance(r.history, AnkiCollection)]
    if not any(r.kind.startswith("Anki") for r in results):
        raise InputError([Problem("--with-history", None, None, "only Anki packages carry review history.",
                                  "drop --with-history for this file.")])
    path = Path(db).expanduser() if db is not None else default_db_path()
    quizgen_id: dict[int, str] = {}
    for item in planned:
        for fact in item.deck.facts:
            for anki_card, suffix in fact.cards.items():
                quizgen_id[anki_card] = f"{item.deck_id}:{fact.id}:{suffix}"
    answers: dict[str, list[Answer]] = {}
    suspended: set[str] = set()
    flags: dict[str, int] = {}
    for result in sources:
        collection = result.history
        assert isinstance(collection, AnkiCollection)
        for card in collection.cards:
            if card.queue == QUEUE_SUSPENDED and card.id in quizgen_id:
                suspended.add(quizgen_id[card.id])
            if card.flag and card.id in quizgen_id:
                flags[quizgen_id[card.id]] = card.flag
        for review in collection.reviews:
            card_id = quizgen_id.get(review.card_id)
            if card_id is None or review.type not in ANSWER_TYPES or not 1 <= review.ease <= 4:
                continue
            answers.setdefault(card_id, []).append(Answer(
                datetime.fromtimestamp(review.id / 1000, UTC), fsrs.Rating(review.ease), max(0, review.time_ms)))
    for card_answers in answers.values():
        card_answers.sort(key=lambda a: a.at)
    if answers and path.exists():
        with Collection.open(path) as collection:
            held = sorted(collection.stored_card_ids() & set(answers))
        if held:
            raise InputError([Problem(path, None, None, f"already holds study history for {len(held)} of the "
                                      f"{len(answers)} imported cards (e.g. {held[0]}); nothing was written",
                                      "import without --with-history, or into another collection with --db.")])
    return HistoryPlan(path, answers, suspended, flags)
