"""Read YAML files the way people type them, keeping the line of every value.

Only a safe subset of YAML is accepted: no tags, anchors, aliases or duplicate keys. Plain
scalars follow YAML 1.2's core schema, narrowed so that nothing a person types is silently
reinterpreted. Only `true` and `false` are booleans. `yes`/`no`/`on`/`off`, `1:30`, `012` and
`2025-06` stay text, and `2023-10-09` is a date.
"""

from __future__ import annotations

import codecs
import datetime
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cfcity.problems import Location, Problem

_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?((\.[0-9]+|[0-9]+\.[0-9]*)([eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SPECIAL_FLOATS = {
    ".nan": math.nan, ".NaN": math.nan, ".NAN": math.nan,
    ".inf": math.inf, ".Inf": math.inf, ".INF": math.inf,
    "+.inf": math.inf, "+.Inf": math.inf, "+.INF": math.inf,
    "-.inf": -math.inf, "-.Inf": -math.inf, "-.INF": -math.inf,
}
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true"}
_FALSE = {"false"}

# Characters that Chinese input methods produce where YAML needs ASCII.
FULL_WIDTH_HINTS = {"：": ":", "，": ",", "\u3000": " ", "－": "-", "＃": "#", "［": "[", "］": "]"}


@dataclass
class Document:
    """A loaded YAML file: its plain data and the line of every value in it."""

    path: Path
    data: Any = None
    lines: dict[tuple, int] = field(default_factory=dict)
    text: str = ""
    has_bom: bool = False
    newline: str = "\n"
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: tuple) -> int:
        """Return the line of the value at `path`, or of its nearest enclosing value."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line:
                return line
        return 1

    def location(self, path: tuple) -> Location:
        return Location(self.path, self.line_of(path))


def decode_text(path: Path, raw: bytes) -> tuple[str | None, Problem | None]:
    """Decode UTF-8 with or without a BOM; name the encoding of anything else."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, Problem("encoding-utf16", Location(path, 1))
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return None, Problem("encoding-unknown", Location(path, line), {"line": line})
    return None, Problem("encoding-gbk", Location(path, line), {"line": line})


def load_document(path: Path, raw: bytes) -> Document:
    """Decode and parse the bytes of one YAML file. Problems are collected, never raised."""
    document = Document(path=path)
    text, problem = decode_text(path, raw)
    if problem is not None:
        document.problems.append(problem)
        return document
    document.text = text
    document.has_bom = raw.startswith(codecs.BOM_UTF8)
    document.newline = "\r\n" if b"\r\n" in raw else "\n"

    parse_text(document)
    return document


# Text without these characters can hold no anchor, alias or tag, so libyaml may compose it.
_CAREFUL_CHARACTERS = ("&", "*", "!")


def parse_text(document: Document) -> None:
    """Parse `document.text` into `document.data` and `document.lines`."""
    fast = getattr(yaml, "__with_libyaml__", False) and not any(char in document.text for char in _CAREFUL_CHARACTERS)
    try:
        if fast:
            # libyaml composes about ten times faster; it is only used where nothing needs reporting.
            node = yaml.compose(document.text, Loader=_FastLoader)
        else:
            node = _compose_checking(document)
    except yaml.YAMLError as exc:
        _report_syntax_error(document, exc)
        return

    if node is None:
        document.data = None
        return
    try:
        document.data = _build(node, (), document)
    except RecursionError:
        document.problems.append(Problem("yaml-too-deep", Location(document.path, node.start_mark.line + 1)))


if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):
        """libyaml's composer without tag resolution, which `resolve_scalar` does instead."""

        _TAGS = {yaml.ScalarNode: "tag:yaml.org,2002:str", yaml.SequenceNode: "tag:yaml.org,2002:seq",
                 yaml.MappingNode: "tag:yaml.org,2002:map"}

        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            return self._TAGS[kind]


def _compose_checking(document: Document) -> Any:
    """Compose with the pure-Python loader that reports tags, anchors and aliases."""
    # The reader rejects control characters as soon as the loader is made, so callers catch that too.
    loader = _CheckingLoader(document)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


# Typing mistakes that break YAML, found line by line so every one of them is reported at once.
_KEY = r"^[ \t]*(?:-[ \t]+)?[A-Za-z_][A-Za-z0-9_]*"
_TYPING_MISTAKES = (
    (re.compile(r"^(<<<<<<<|=======|>>>>>>>)( |$)"), "merge-conflict", None),
    (re.compile(r"^ *\t"), "yaml-tab", None),
    (re.compile(_KEY + r"[ \t]*："), "yaml-full-width", "："),
    (re.compile(r"^[ \t]*\u3000"), "yaml-full-width", "\u3000"),
    (re.compile(_KEY + r":\u3000"), "yaml-full-width", "\u3000"),
    (re.compile(r"^[ \t]*－"), "yaml-full-width", "－"),
    (re.compile(r"^[^#]*［"), "yaml-full-width", "［"),
    (re.compile(r"^[^#]*］"), "yaml-full-width", "］"),
    (re.compile(_KEY + r":\t"), "yaml-tab", None),
    (re.compile(_KEY + r":[^\s:]"), "yaml-colon-space", None),
)


def find_typing_mistakes(document: Document) -> list[Problem]:
    """Return a problem for each line with a tab indent, a full-width colon after a key, or no space after a colon."""
    problems = []
    for index, line in enumerate(document.text.splitlines()):
        for pattern, code, char in _TYPING_MISTAKES:
            match = pattern.match(line)
            if not match:
                continue
            if char:
                column = line.index(char) + 1
            elif code == "yaml-tab":
                column = line.index("\t") + 1
            else:
                column = match.end() - 1  # the colon, just before the character that follows it
            args = {"char": char, "ascii": FULL_WIDTH_HINTS[char], "column": column} if char else {"column": column}
            problems.append(Problem(code, Location(document.path, index + 1, column), args))
            break
    return problems


def _report_syntax_error(document: Document, exc: yaml.YAMLError) -> None:
    """Report every typing mistake in the file, and the parser's error where none of them explains it."""
    if isinstance(exc, yaml.reader.ReaderError):
        # Find the character ourselves: the error's position is not an offset into the text.
        match = yaml.reader.Reader.NON_PRINTABLE.search(document.text)
        offset = match.start() if match else 0
        line = document.text.count("\n", 0, offset) + 1
        codepoint = f"U+{ord(match.group()):04X}" if match else "?"
        document.problems.append(Problem("control-character", Location(document.path, line),
                                         {"line": line, "codepoint": codepoint}))
        return
    mistakes = find_typing_mistakes(document)
    document.problems.extend(mistakes)

    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else 1
    explained = any(0 <= line - problem.location.line <= 1 for problem in mistakes)
    if explained:
        return
    context = getattr(exc, "context_mark", None)
    start = context.line + 1 if context is not None else line
    detail = getattr(exc, "problem", None) or str(exc)
    column = mark.column + 1 if mark is not None else 0
    # Point at where the broken construct starts (an unclosed quote, say), which is where to look.
    document.problems.append(Problem("yaml-syntax", Location(document.path, min(start, line), column),
                                     {"detail": detail, "line": line, "start": min(start, line)}))


class _CheckingLoader(yaml.SafeLoader):
    """A composer that reports tags, anchors and aliases instead of acting on them."""

    def __init__(self, document: Document) -> None:
        super().__init__(document.text)
        self._document = document

    def _report(self, code: str, mark: Any, **args: Any) -> None:
        location = Location(self._document.path, mark.line + 1, mark.column + 1)
        self._document.problems.append(Problem(code, location, args))

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self.get_event()
            self._report("yaml-alias", event.start_mark, name=event.anchor)
            return yaml.ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        if getattr(event, "anchor", None) is not None:
            self._report("yaml-anchor", event.start_mark, name=event.anchor)
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            shown = "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag
            self._report("yaml-tag", event.start_mark, tag=shown)
        return super().compose_node(parent, index)


def _build(node: yaml.Node, path: tuple, document: Document) -> Any:
    """Convert a node into plain Python values, recording the line of each."""
    document.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        return _build_mapping(node, path, document)
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (index,), document) for index, item in enumerate(node.value)]
    return resolve_scalar(node)


def _build_mapping(node: yaml.MappingNode, path: tuple, document: Document) -> dict:
    result: dict[str, Any] = {}
    first_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode):
            document.problems.append(Problem("yaml-complex-key", Location(document.path, key_line)))
            continue
        key = key_node.value
        for char in FULL_WIDTH_HINTS:
            if char in key:
                column = key_node.start_mark.column + key.index(char) + 1
                document.problems.append(Problem("yaml-full-width", Location(document.path, key_line, column),
                                                 {"char": char, "ascii": FULL_WIDTH_HINTS[char], "column": column}))
                break
        if key in first_lines:
            document.problems.append(
                Problem("yaml-duplicate-key", Location(document.path, key_line),
                        {"key": key, "first_line": first_lines[key]})
            )
            continue
        first_lines[key] = key_line
        document.lines[path + (key,)] = key_line
        result[key] = _build(value_node, path + (key,), document)
    return result


def resolve_scalar(node: yaml.ScalarNode) -> Any:
    """Resolve a scalar: quoted and block scalars are text; plain ones follow the narrow rules."""
    value = node.value
    # Plain scalars have no style: None from the Python composer, "" from libyaml.
    if node.style:
        return value
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    if value in _SPECIAL_FLOATS:
        return _SPECIAL_FLOATS[value]
    if _DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value
