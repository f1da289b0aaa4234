"""Read a YAML file into plain Python values that remember their line numbers.

Every scalar stays the text the author typed ("1.10" stays "1.10", "No" stays "No"): a deck is text,
and YAML 1.1's implicit booleans and floats would silently change answers; only control characters
are made visible (ESC becomes the text `\\x1b`: `quizgen.core.controls`). Mappings come back as
`LineDict`, which records the line of each key so problems can point at it; a key given twice in
one mapping is an error (YAML forbids it; PyYAML would keep the last silently).
PyYAML's C parser is used when it is available (it is in the PyPI wheels).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import yaml

from quizgen.core.controls import visible, visible_name
from quizgen.core.inputfiles import read_regular
from quizgen.core.problems import InputError, Problem

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping from a YAML file: `line` is where it starts, `key_lines[key]` where each key is."""

    __slots__ = ("line", "key_lines")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence from a YAML file: `line` is where it starts, `item_lines[i]` where each item is."""

    __slots__ = ("line", "item_lines")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that resolves no implicit types: every scalar is a string, `null` included."""

    yaml_implicit_resolvers: dict = {}

    # `_convert` never reads a node's tag, so the parser's calls to resolve one, once or more per
    # node, can be as cheap as possible.
    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return "tag:yaml.org,2002:str"

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


class _Duplicate(NamedTuple):
    """A key given twice in one mapping: `mapping` is its node, `first` and `again` the two lines."""

    mapping: yaml.MappingNode
    key: str
    first: int
    again: int


def _convert(node: yaml.Node, memo: dict[int, Any], duplicates: list[_Duplicate]) -> Any:
    """Turn a composed node into str / LineList / LineDict. Converting the node graph directly is
    cheaper than PyYAML's generic constructor; `memo` makes aliases (and alias cycles) safe. A key
    given twice in a mapping (which YAML forbids and PyYAML would resolve silently: the last wins)
    is added to `duplicates`."""
    if isinstance(node, yaml.ScalarNode):
        return visible(node.value)
    known = memo.get(id(node))
    if known is not None:
        return known
    if isinstance(node, yaml.SequenceNode):
        sequence = LineList(node.start_mark.line + 1)
        memo[id(node)] = sequence
        for child in node.value:
            sequence.append(_convert(child, memo, duplicates))
            sequence.item_lines.append(child.start_mark.line + 1)
        return sequence
    mapping = LineDict(node.start_mark.line + 1)
    memo[id(node)] = mapping
    merged: set[str] | None = None  # keys that came from `<<:`, which a key of the mapping's own overrides
    for key_node, value_node in node.value:
        # `<<: *defaults`, unquoted (the C parser gives a plain scalar the style "", the Python one None).
        if key_node.value == "<<" and isinstance(key_node, yaml.ScalarNode) and not key_node.style:
            merged = set() if merged is None else merged
            merged_value = _convert(value_node, memo, duplicates)
            for source in merged_value if isinstance(merged_value, list) else [merged_value]:
                if isinstance(source, LineDict):
                    for key, value in source.items():
                        if key not in mapping:
                            mapping[key] = value
                            mapping.key_lines[key] = source.line_of(key)
                            merged.add(key)
            continue
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.MarkedYAMLError(None, None, "a key must be plain text, not a list or mapping",
                                       key_node.start_mark)
        key = visible_name(key_node.value)  # a name: an invisible character in it only disguises it
        if key in mapping:
            if merged is not None and key in merged:
                merged.discard(key)
            else:
                duplicates.append(_Duplicate(node, key, mapping.key_lines[key], key_node.start_mark.line + 1))
        mapping[key] = _convert(value_node, memo, duplicates)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _fields(root: yaml.Node, wanted: set[int]) -> dict[int, str]:
    """The field name (`facts[2].sources`, as the deck reader names fields) of each mapping node in
    `wanted`, by node id. Walked only when a duplicate was found."""
    found: dict[int, str] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack and len(found) < len(wanted):
        node, where = stack.pop()
        if id(node) in seen or isinstance(node, yaml.ScalarNode):
            continue
        seen.add(id(node))
        if id(node) in wanted:
            found[id(node)] = where
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, f"{where}[{index + 1}]") for index, child in enumerate(node.value))
        else:
            stack.extend((value, f"{where}.{key.value}" if where else str(key.value)) for key, value in node.value)
    return found


def _duplicate_problems(root: yaml.Node, duplicates: list[_Duplicate], path: Path) -> list[Problem]:
    where = _fields(root, {id(d.mapping) for d in duplicates})
    problems = []
    for duplicate in duplicates:
        prefix = where.get(id(duplicate.mapping), "")
        problems.append(Problem(
            path, duplicate.again, f"{prefix}.{duplicate.key}" if prefix else duplicate.key,
            f"`{duplicate.key}` is given twice in this mapping (first on line {duplicate.first}); YAML allows "
            "a key once, and one of the two would be lost.",
            f"keep one `{duplicate.key}:` and merge the other into it (for a list such as `facts:`, move its "
            "items under the first)."))
    return problems


def read_text(path: Path) -> str:
    """A file's text, or an InputError saying why it cannot be read as UTF-8 text."""
    try:
        data = read_regular(path, "name a deck file (.yaml); to check what a program writes, save it to a "
                            "file first (`cmd > deck.yaml`).")
    except FileNotFoundError:
        raise InputError([Problem(path, None, None, "no such file.", "check the path.")]) from None
    except IsADirectoryError:
        raise InputError([Problem(path, None, None, "is a folder, not a file.", "name a .yaml file.")]) from None
    except OSError as error:
        raise InputError([Problem(path, None, None, f"cannot be read: {error.strerror}.")]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            [
                Problem(
                    path,
                    line,
                    None,
                    f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}).",
                    "save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8).",
                )
            ]
        ) from None
    return text


def compose_yaml(text: str, path: Path) -> yaml.Node | None:
    """The YAML text's node tree (with each node's start and end marks: `pinids` edits by them);
    a syntax error becomes one Problem with the line and a fix."""
    try:
        return yaml.compose(text, Loader=_Loader)  # noqa: S506 - composing builds no Python objects
    except yaml.MarkedYAMLError as error:
        raise InputError([_syntax_problem(error, text, path)]) from None
    except yaml.reader.ReaderError as error:  # a character YAML cannot hold (NUL, a control, U+FFFE)
        raise InputError([_character_problem(error, text, path)]) from None
    except yaml.YAMLError as error:
        raise InputError([Problem(path, None, None, f"is not valid YAML: {error}.")]) from None


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML text; a syntax error becomes one Problem with the line and a fix."""
    node = compose_yaml(text, path)
    if node is None:
        return None
    duplicates: list[_Duplicate] = []
    try:
        data = _convert(node, {}, duplicates)
    except yaml.MarkedYAMLError as error:
        raise InputError([_syntax_problem(error, text, path)]) from None
    if duplicates:
        raise InputError(_duplicate_problems(node, duplicates, path))
    return data


def _character_problem(error: yaml.reader.ReaderError, text: str, path: Path) -> Problem:
    """One line for a character no YAML file may hold, with its line and column."""
    position = error.position if 0 <= error.position < len(text) else 0
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = ord(text[position]) if text else error.character
    name = "a NUL byte" if code == 0 else "a control character" if code < 0xA0 else "a noncharacter"
    return Problem(path, line, None, f"{name} (U+{code:04X}) at column {column}: YAML files cannot hold it.",
                   "delete it (or, if it belongs in the text, type the character it stands for).")


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, path: Path) -> Problem:
    mark = error.problem_mark or error.context_mark
    line_no = mark.line + 1 if mark else None
    lines = text.splitlines()
    # The line at fault: PyYAML often reports the line after the one that went wrong.
    candidates = [line_no - 1, line_no - 2] if line_no else []
    problem = (error.problem or "syntax error").strip()
    for index in candidates:
        if 0 <= index < len(lines) and "\t" in _indentation(lines[index]):
            tabs = _indentation(lines[index]).count("\t")
            return Problem(path, index + 1, None, f"line {index + 1} is indented with a tab; YAML needs spaces.",
                           "replace the tab with two spaces." if tabs == 1 else
                           f"replace each of its {tabs} tabs with two spaces.")
    for index in candidates:
        if 0 <= index < len(lines) and _value_starts_with_brace(lines[index]):
            return Problem(
                path,
                index + 1,
                _key_of(lines[index]),
                "the value starts with '{', which YAML reads as the start of a mapping.",
                "put the text in quotes, e.g. text: \"{Yulia Peresild} plays ...\".",
            )
    if "mapping values are not allowed" in problem:
        index = line_no - 1 if line_no else -1
        field = _key_of(lines[index]) if 0 <= index < len(lines) else None
        return Problem(
            path,
            line_no,
            field,
            "the value contains ': ', which YAML reads as a new key.",
            "put the text in quotes, e.g. text: \"Note: ...\".",
        )
    if "unknown escape character" in problem:
        return Problem(
            path,
            line_no,
            _key_of(lines[line_no - 1]) if line_no and line_no <= len(lines) else None,
            f"{problem} inside double quotes.",
            r"for a literal brace write \\{ inside double quotes, or use single quotes: 'a \{ b'.",
        )
    if "did not find expected ','" in problem and error.context_mark is not None:
        # An unclosed [ or {: point at where it opened, not where the parser gave up.
        opened = error.context_mark
        return Problem(
            path,
            opened.line + 1,
            _key_of(lines[opened.line]) if opened.line < len(lines) else None,
            f"this '{text.splitlines()[opened.line][opened.column:opened.column + 1] or '['}' at column "
            f"{opened.column + 1} is never closed.",
            "close it, or put the text in quotes if the bracket is part of it.",
        )
    column = f" (column {mark.column + 1})" if mark else ""
    return Problem(
        path,
        line_no,
        None,
        f"YAML syntax error: {problem}{column}.",
        "check the indentation and quoting on this line; text with ': ', '#', '{' or '[' needs quotes.",
    )


def _indentation(line: str) -> str:
    """The spaces and tabs a line starts with."""
    return line[:len(line) - len(line.lstrip(" \t"))]


def _value_starts_with_brace(line: str) -> bool:
    stripped = line.strip()
    if stripped.startswith("- "):
        stripped = stripped[2:].lstrip()
        if stripped.startswith("{"):
            return True
    _, sep, value = stripped.partition(": ")
    return bool(sep) and value.lstrip().startswith("{")


def _key_of(line: str) -> str | None:
    stripped = line.strip().removeprefix("- ")
    key, sep, _ = stripped.partition(":")
    return key.strip() if sep and key.strip() and " " not in key.strip() else None
