"""quizgen's two Anki note types, with ids that never change.

Anki matches an imported note type to the one already in a collection by id (and by its field
and template names), so the ids are constants: changing one would make every re-import create a
second note type and refuse to update the notes made with the first.
Templates and CSS live as package data in `templates/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Fixed note type ids (random once, then frozen).
CLOZE_NOTETYPE_ID = 1_736_548_190
MCQ_NOTETYPE_ID = 1_736_548_191

CLOZE_NOTETYPE_NAME = "quizgen Cloze"
MCQ_NOTETYPE_NAME = "quizgen MCQ"

#: Field names, in order. Anki identifies a note type's schema by these names: keep them.
CLOZE_FIELDS = ("Text", "Extra", "Source", "Image")
MCQ_FIELDS = ("Question", "Choices", "Answer", "Text", "Extra", "Source", "Image")

_JS_MARKER = "/*QUIZGEN_MCQ_JS*/"


def template_text(name: str) -> str:
    return resources.files("quizgen.export.anki").joinpath("templates", name).read_text(encoding="utf-8")


def mcq_script() -> str:
    """The MCQ card script, checked to be safe inside an Anki template (no `{{` or `}}`)."""
    script = template_text("mcq.js")
    if "{{" in script or "}}" in script:
        raise RuntimeError("mcq.js contains '{{' or '}}', which Anki would read as template syntax")
    return script


@dataclass(frozen=True, slots=True)
class NoteTypeSpec:
    """What the package writer needs to declare one note type."""

    id: int
    name: str
    fields: tuple[str, ...]
    template_name: str
    front: str
    back: str
    css: str
    is_cloze: bool


@cache
def cloze_notetype() -> NoteTypeSpec:
    return NoteTypeSpec(
        id=CLOZE_NOTETYPE_ID,
        name=CLOZE_NOTETYPE_NAME,
        fields=CLOZE_FIELDS,
        template_name="Cloze",
        front=template_text("cloze_front.html"),
        back=template_text("cloze_back.html"),
        css=template_text("style.css"),
        is_cloze=True,
    )


@cache
def mcq_notetype() -> NoteTypeSpec:
    script = mcq_script()
    return NoteTypeSpec(
        id=MCQ_NOTETYPE_ID,
        name=MCQ_NOTETYPE_NAME,
        fields=MCQ_FIELDS,
        template_name="Multiple choice",
        front=template_text("mcq_front.html").replace(_JS_MARKER, script),
        back=template_text("mcq_back.html").replace(_JS_MARKER, script),
        css=template_text("style.css"),
        is_cloze=False,
    )
