"""Edit YAML files line by line, so a change touches only its own lines.

Comments, key order, quoting, line endings and a BOM stay as they were. Writes are atomic: the
new text goes to a temporary file in the same folder, is flushed to disk, then replaces the old
file, so a crash leaves the old file or the new one and never a partial one.
"""

from __future__ import annotations

import codecs
import datetime
import json
import os
import re
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from cfcity.problems import CfcityError
from cfcity.yamlio import resolve_scalar

_TOP_LEVEL_KEY = re.compile(r"^[^\s#-][^:]*:")
_PLAIN_UNSAFE = re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`]|: | #|^\s|\s$|[\r\n]""")


def format_scalar(value: Any) -> str:
    """Write a value as a YAML scalar that the loader reads back as the same value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    if text and not _PLAIN_UNSAFE.search(text):
        # Plain only when both this loader and a YAML 1.1 reader (no, on, 1:30) read it back as this text.
        node = yaml.ScalarNode("tag:yaml.org,2002:str", text, style=None)
        if resolve_scalar(node) == text and yaml.safe_load(text) == text:
            return text
    return json.dumps(text, ensure_ascii=False)


class TextFile:
    """A text file's lines with their own line endings, its BOM and its dominant newline."""

    def __init__(self, path: Path, raw: bytes | None = None) -> None:
        self.path = path
        if raw is None:
            raw = path.read_bytes() if path.exists() else b""
        self.has_bom = raw.startswith(codecs.BOM_UTF8)
        text = raw.decode("utf-8-sig")
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.lines: list[str] = text.splitlines(keepends=True)
        if self.lines and not self.lines[-1].endswith(("\n", "\r")):
            self.lines[-1] += self.newline

    def text(self) -> str:
        return "".join(self.lines)

    def to_bytes(self) -> bytes:
        data = self.text().encode("utf-8")
        return codecs.BOM_UTF8 + data if self.has_bom else data

    def _line(self, content: str) -> str:
        return content + self.newline

    # Locating.

    def key_line(self, key: str) -> int | None:
        """Return the 0-based index of a top-level `key:` line, or None."""
        for index, line in enumerate(self.lines):
            if line.startswith(f"{key}:"):
                return index
        return None

    def region_end(self, start: int) -> int:
        """Return the index after the last content line that belongs to the block starting at `start`."""
        end = start + 1
        last_content = start + 1
        while end < len(self.lines) and not _TOP_LEVEL_KEY.match(self.lines[end]):
            stripped = self.lines[end].strip()
            if stripped and not stripped.startswith("#"):
                last_content = end + 1
            end += 1
        return last_content

    # Editing.

    def append_item(self, list_key: str, fields: list[tuple[str, Any]], indent: int = 2) -> int:
        """Append a mapping to the top-level list `list_key`; return the 1-based line of its first key."""
        start = self.key_line(list_key)
        if start is None:
            self.lines.append(self._line(f"{list_key}:"))
            start = len(self.lines) - 1
        elif self.lines[start].split(":", 1)[1].split("#", 1)[0].strip() in ("[]", "null", "~"):
            self.lines[start] = self._line(f"{list_key}:")

        existing_indent = self._item_indent(start)
        indent = existing_indent if existing_indent is not None else indent
        insert_at = self.region_end(start)
        pad = " " * indent
        new_lines = [self._line("")] if self._items_spaced(start, insert_at, indent) else []
        for position, (key, value) in enumerate(fields):
            prefix = f"{pad}- " if position == 0 else f"{pad}  "
            new_lines.append(self._line(f"{prefix}{key}: {format_scalar(value)}"))
        self.lines[insert_at:insert_at] = new_lines
        return insert_at + 1

    def _items_spaced(self, start: int, end: int, indent: int) -> bool:
        """Tell whether the list's items are separated by blank lines, so a new item follows suit."""
        for index in range(start + 2, end):
            if self.lines[index].startswith(" " * indent + "- ") and not self.lines[index - 1].strip():
                return True
        return False

    def _item_indent(self, start: int) -> int | None:
        for line in self.lines[start + 1:]:
            if _TOP_LEVEL_KEY.match(line):
                return None
            stripped = line.lstrip(" ")
            if stripped.startswith("- "):
                return len(line) - len(stripped)
        return None

    def set_keys(self, item_line: int, updates: list[tuple[str, Any]]) -> None:
        """Set keys of the list item whose "- " line is `item_line` (1-based), keeping its other lines."""
        first = item_line - 1
        dash = self.lines[first]
        key_indent = len(dash) - len(dash.lstrip(" ")) + 2
        end = self._item_end(first, key_indent)

        for key, value in updates:
            found = self._find_key(first, end, key, key_indent)
            text = f"{' ' * key_indent}{key}: {format_scalar(value)}"
            if found is not None:
                key_start, key_end = found
                prefix = dash[: key_indent - 2] + "- " if key_start == first else ""
                if prefix:
                    text = prefix + text[key_indent:]
                self.lines[key_start:key_end] = [self._line(text)]
                end += 1 - (key_end - key_start)
            else:
                self.lines[end:end] = [self._line(text)]
                end += 1

    def remove_key(self, item_line: int, key: str) -> None:
        """Remove `key` and its continuation lines from the list item whose "- " line is `item_line`."""
        first = item_line - 1
        dash = self.lines[first]
        key_indent = len(dash) - len(dash.lstrip(" ")) + 2
        found = self._find_key(first, self._item_end(first, key_indent), key, key_indent)
        if found is not None and found[0] != first:
            del self.lines[found[0]:found[1]]

    def _item_end(self, first: int, key_indent: int) -> int:
        """Return the index after the last content line of the item starting at `first`."""
        last_content = first + 1
        for index in range(first + 1, len(self.lines)):
            line = self.lines[index]
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if _indent(line) < key_indent:
                break
            last_content = index + 1
        return last_content

    def _find_key(self, first: int, end: int, key: str, key_indent: int) -> tuple[int, int] | None:
        """Return the line range of `key` and its continuation lines inside one list item."""
        pattern = re.compile(rf"{re.escape(key)}\s*:")
        for index in range(first, end):
            line = self.lines[index]
            if line[:key_indent].strip() not in ("", "-") or not pattern.match(line[key_indent:]):
                continue
            stop = index + 1
            while stop < end and self.lines[stop].strip() and _indent(self.lines[stop]) > key_indent:
                stop += 1
            return index, stop
        return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically, keeping its permission bits.

    A symbolic link is followed, so its target gets the new content and the link stays. A device or
    pipe (/dev/null, a FIFO) cannot be replaced, so it is written to directly.
    """
    path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        if path.is_dir():
            raise CfcityError("output-is-folder", file=str(path))
        with open(path, "wb") as stream:
            stream.write(data)
        return
    if path.exists() and not os.access(path, os.W_OK):
        raise CfcityError("file-read-only", file=str(path))
    mode = path.stat().st_mode & 0o7777 if path.exists() else _default_mode()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except PermissionError:
        raise CfcityError("folder-read-only", folder=str(path.parent)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    _fsync_folder(path.parent)


def _default_mode() -> int:
    """Return the permission bits a new file gets from the umask (mkstemp alone would give 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    # Make the rename durable where the platform allows opening a folder (not on Windows).
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def plan_lock(root: Path, timeout: float = 30.0):
    """Return a lock on the plan repository that every writing command holds while it writes."""
    from filelock import FileLock

    return FileLock(str(root / ".cfcity.lock"), timeout=timeout)
