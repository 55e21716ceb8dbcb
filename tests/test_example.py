"""End to end through the installed `cfcity`: an example repository, a record, status and git diff."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def cfcity(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    executable = shutil.which("cfcity", path=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    assert executable, "the cfcity entry point is installed with the package"
    return subprocess.run([executable, *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "COLUMNS": "160"})


def test_example_record_status_and_diff(tmp_path):
    folder = tmp_path / "试用"
    made = cfcity("--root", str(REPO_ROOT), "example", str(folder), "--seed", "5", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "模拟数值" in made.stdout
    assert cfcity("validate", cwd=folder).returncode == 0

    simulated = (folder / "data" / "values" / "simulated-2023.yaml").read_text(encoding="utf-8")
    assert "模拟数据" in simulated
    assert not (REPO_ROOT / "data" / "values" / "simulated-2023.yaml").exists()

    before = json.loads(cfcity("report", "--format", "json", cwd=folder).stdout)
    old = next(row for row in before if row["indicator"] == "social_workers" and row["year"] == 2025)
    recorded = cfcity("record", "social_workers", "170", "--year", "2025", "--source", "市民政局报表",
                      "--replace", cwd=folder)
    assert recorded.returncode == 0, recorded.stderr
    assert "170" in recorded.stdout

    after = json.loads(cfcity("report", "--format", "json", cwd=folder).stdout)
    new = next(row for row in after if row["indicator"] == "social_workers" and row["year"] == 2025)
    assert new["value"] == 170
    assert new["status"] == "met"
    assert old["value"] != 170

    diff = subprocess.run(["git", "diff", "--unified=0"], cwd=folder, capture_output=True, text=True,
                          encoding="utf-8").stdout
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert sorted(changed) == sorted([f"-    value: {old['value']}", "+    value: 170",
                                      f"-    source: {old['source']}", "+    source: 市民政局报表"])

    status = cfcity("status", cwd=folder)
    assert status.returncode == 0
    assert "social_workers" not in status.stdout or "170" in status.stdout


def test_example_refuses_non_empty_folder(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    result = cfcity("--root", str(REPO_ROOT), "example", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert "不是空目录" in result.stderr
