"""YAML files named after their defect: each declares the problems it must produce in its first line.

The first line reads `# expect: CODE LINE[, CODE LINE ...]`, or `# expect: nothing`.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from cfcity.yamlio import load_document

DEFECTS = Path(__file__).parent / "data" / "defects"


def expected_problems(path: Path) -> list[tuple[str, int]]:
    raw = path.read_bytes()
    text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8", "replace")
    header = text.split("\n", 1)[0]
    declared = header.split("expect:", 1)[1].strip()
    if declared == "nothing":
        return []
    pairs = [item.split() for item in declared.split(",")]
    return [(code, int(line)) for code, line in pairs]


@pytest.mark.parametrize("path", sorted(DEFECTS.glob("*.yaml")), ids=lambda path: path.stem)
def test_defect_file(path):
    document = load_document(PurePosixPath(path.name), path.read_bytes())
    found = [(problem.code, problem.location.line) for problem in document.problems]
    assert found[: len(expected_problems(path))] == expected_problems(path)
    if not expected_problems(path):
        assert found == []
        assert isinstance(document.data, dict)
    for problem in document.problems:
        assert problem.message("zh")
        assert problem.message("en")


def test_billion_laughs_stays_small():
    document = load_document(PurePosixPath("bomb.yaml"), (DEFECTS / "billion-laughs.yaml").read_bytes())
    assert len(repr(document.data)) < 2_000


def test_yaml11_surprises_are_kept_as_typed():
    document = load_document(PurePosixPath("x.yaml"), (DEFECTS / "yaml11-surprises.yaml").read_bytes())
    assert document.data == {"answer": "no", "switch": "on", "time": "1:30", "code": "012", "month": "2025-06",
                             "flag": "True"}
