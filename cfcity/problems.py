"""Problems found in a plan repository, as values.

A problem carries its file, line, a stable code and the arguments of its message.
The text is rendered from the message catalogue only when it is shown, so the same
problem can be printed in Chinese or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cfcity import messages

ERROR = "error"
WARNING = "warning"

# Problems that stop a whole file from loading.
FILE_CODES = frozenset({
    "encoding-gbk", "encoding-utf16", "encoding-unknown", "file-unreadable", "missing-file", "empty-file",
    "file-not-mapping", "yaml-syntax", "yaml-tab", "yaml-full-width", "yaml-too-deep", "merge-conflict",
})


@dataclass(frozen=True)
class Location:
    """A place in a file: 1-based line and column, 0 where unknown."""

    file: Path
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class Problem:
    """One finding of the loader or of a check."""

    code: str
    location: Location
    args: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> str:
        return messages.severity(self.code)

    def message(self, lang: str | None = None) -> str:
        return messages.render(self.code, lang, **self.args)

    def sort_key(self) -> tuple:
        # A file that cannot be read at all comes first: it is usually the cause of what follows.
        if self.code in FILE_CODES:
            rank = 0
        else:
            rank = 1 if self.severity == ERROR else 2
        return (rank, str(self.location.file), self.location.line, self.code)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Order problems with errors first, then by file and line."""
    return sorted(problems, key=Problem.sort_key)


def has_errors(problems: list[Problem]) -> bool:
    return any(problem.severity == ERROR for problem in problems)


class CfcityError(Exception):
    """A user-facing failure that stops a command: one catalogue code and its arguments."""

    def __init__(self, code: str, **args: Any) -> None:
        super().__init__(code)
        self.code = code
        self.args_map = args

    def message(self, lang: str | None = None) -> str:
        return messages.render(self.code, lang, **self.args_map)
