"""Pinning fact ids: the deck's text with an `id:` line added to chosen facts, every other character kept.

A fact without `id:` takes one derived from its answers (`deckfile.assign_ids`), so correcting an
answer would give its cards new ids: their study history orphaned, a new Anki note. `quizgen ids`
writes the ids into the file once, here: each `id:` goes on a line of its own after the fact's first
key and its value (`- text: "..."` stays as it was; a flow mapping `- {text: ...}` gets `id: x, ` after
its brace). The result is parsed again and must hold exactly the old data plus those ids, else
nothing is written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping

import yaml

from quizgen.core.model import Deck
from quizgen.core.problems import InputError, Problem, Severity
from quizgen.core.yamlfile import compose_yaml, parse_yaml

_PLAIN_ID = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*$")


def unpinned_ids_note(deck: Deck) -> Problem | None:
    """A note for a deck with facts without `id:`: their ids follow their answers (docs/decks.md, "Ids")."""
    unpinned = [fact for fact in deck.facts if not fact.id_declared]
    if not unpinned:
        return None
    many = len(unpinned) > 1
    return Problem(deck.path, unpinned[0].line, "facts",
                   f"{len(unpinned)} fact{'s have' if many else ' has'} no `id:` (the first: `{unpinned[0].id}`), "
                   f"so {'their ids follow their' if many else 'its id follows its'} answers: correcting an answer "
                   "would start its cards afresh and make a new Anki note.",
                   f"`quizgen ids {deck.path}` writes the ids they have now into the file, once.", Severity.NOTE)


def id_scalar(fact_id: str) -> str:
    """The id as YAML text: plain when it reads back as itself, else double-quoted."""
    return fact_id if _PLAIN_ID.match(fact_id) else '"' + fact_id.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pin_ids(text: str, path: Path, ids: Mapping[int, str]) -> str:
    """`text` with `id: ids[i]` added to the i-th fact (0-based) of its `facts:` list.

    The facts named must have no `id:` key. Raises InputError when a fact is laid out in a way this
    cannot edit safely, or when the edited text would not read back as the old data plus the ids."""
    if not ids:
        return text
    facts = _fact_nodes(compose_yaml(text, path), path)
    lines = text.split("\n")  # each line without its "\n" ("\r" stays on it)
    cr = "\r" if "\r\n" in text else ""  # the added lines end as the file's do
    inserts: dict[int, list[str]] = {}  # line index -> new lines to put before it
    inline: list[tuple[int, int, str]] = []  # (line, column, text) for flow mappings
    problems = []
    first_index: dict[int, int] = {}
    for index, node in enumerate(facts):
        first_index.setdefault(id(node), index)
    for index, fact_id in sorted(ids.items()):
        node = facts[index] if index < len(facts) else None
        if node is not None and first_index[id(node)] != index:
            problems.append(Problem(path, node.start_mark.line + 1, f"facts[{index + 1}]",
                                    "this fact is an alias (`*name`) of another, so it cannot take an id of its own.",
                                    f"write the fact out in full with `id: {id_scalar(fact_id)}`."))
            continue
        if not isinstance(node, yaml.MappingNode) or not node.value:
            problems.append(Problem(path, node.start_mark.line + 1 if node is not None else None, f"facts[{index + 1}]",
                                    "this fact is not a mapping the id can be added to.",
                                    f"add `id: {id_scalar(fact_id)}` to it by hand."))
            continue
        if node.flow_style:
            inline.append((node.start_mark.line, node.start_mark.column + 1, f"id: {id_scalar(fact_id)}, "))
            continue
        key, value = node.value[0]
        indent = " " * key.start_mark.column
        end_line, end_column = value.end_mark.line, value.end_mark.column
        line = lines[end_line] if end_line < len(lines) else ""
        rest = line[end_column:].strip()
        if end_column == 0 and end_line > key.start_mark.line:
            at = end_line  # a block value (`text: |`) ends where the next line starts: the id goes before it
        elif end_line < len(lines) and (not rest or rest.startswith("#")):
            at = end_line + 1  # the value ends on this line: the id goes on the next
        elif not line[:end_column].strip():
            at = end_line
        else:
            problems.append(Problem(path, key.start_mark.line + 1, f"facts[{index + 1}]",
                                    "this fact's layout leaves no line for an id after its first key.",
                                    f"add `id: {id_scalar(fact_id)}` to it by hand."))
            continue
        inserts.setdefault(at, []).append(f"{indent}id: {id_scalar(fact_id)}")
    if problems:
        raise InputError(problems)
    for line_no, column, added in sorted(inline, reverse=True):
        lines[line_no] = lines[line_no][:column] + added + lines[line_no][column:]
    out: list[str] = []
    for i, line in enumerate(lines):
        for added in inserts.get(i, ()):
            out.append(added + cr)
        out.append(line)
    if len(lines) in inserts:  # after the last line, which had no newline: give it one
        out[-1] += cr
        out.extend([*[added + cr for added in inserts[len(lines)]], ""])
    new_text = "\n".join(out)
    _check_same_data(text, new_text, path, ids)
    return new_text


def _fact_nodes(root: Any, path: Path) -> list[Any]:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "facts" and isinstance(value, yaml.SequenceNode):
                return list(value.value)
    raise InputError([Problem(path, None, "facts", "the deck's `facts:` list was not found.")])


def _check_same_data(old_text: str, new_text: str, path: Path, ids: Mapping[int, str]) -> None:
    """The new text must read back as the old data with the ids added, and nothing else."""
    expected = parse_yaml(old_text, path)
    for index, fact_id in ids.items():
        expected["facts"][index]["id"] = fact_id
    if parse_yaml(new_text, path) != expected:
        raise InputError([Problem(path, None, "facts", "adding the ids would change the deck's data, so nothing was "
                                  "written.", "add the `id:` lines by hand (`quizgen check` shows the derived ids "
                                  "with `quizgen cards`).")])
