"""Reviewing changes in git: diff, log and --rev, on real repositories under tmp_path."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO_ROOT, installed_cfcity, invoke, write_plan

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

VALUE_2023 = """\
  - indicator: social_workers
    year: 2023
    value: {value}
    as_of: 2023-12-31
    source: {source}
"""


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    for name, value in (("GIT_AUTHOR_NAME", "分析员"), ("GIT_AUTHOR_EMAIL", "analyst@example.invalid"),
                        ("GIT_COMMITTER_NAME", "分析员"), ("GIT_COMMITTER_EMAIL", "analyst@example.invalid")):
        monkeypatch.setenv(name, value)
    root = write_plan(tmp_path / "计划")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "初始方案")
    monkeypatch.chdir(root)
    return root


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def add_values(repo: Path, name: str, entries: list[tuple], crlf: bool = False) -> None:
    text = "values:\n" + "".join(VALUE_2023.format(value=value, source=source).replace("2023", str(year))
                                  for year, value, source in entries)
    path = repo / "data" / "values" / name
    path.write_bytes(text.replace("\n", "\r\n" if crlf else "\n").encode("utf-8"))


def diff_json(*args: str) -> tuple[int, dict]:
    result = invoke(["diff", *args, "--format", "json"])
    return result.exit_code, json.loads(result.output)


def test_two_values_and_a_target_change(repo):
    add_values(repo, "2023.yaml", [(2023, 150, "市民政局"), (2024, 160, "市民政局")])
    indicators = repo / "indicators.yaml"
    indicators.write_text(indicators.read_text(encoding="utf-8").replace("value: 156", "value: 150"), encoding="utf-8")
    commit_all(repo, "记录两个数值并修改目标")

    code, data = diff_json("HEAD~1", "HEAD")
    assert code == 0
    assert data["plan_changes"] == [{"section": "targets", "action": "changed", "key": "social_workers 2025 level",
                                     "field": "value", "old": 156, "new": 150}]
    values = [(item["action"], item["year"], item["old"], item["new"]["value"]) for item in data["values"]]
    assert values == [("added", 2023, None, 150), ("added", 2024, None, 160)]
    assert data["summary"]["values_added"] == 2

    text = invoke(["diff", "HEAD~1", "HEAD"]).output
    assert text.index("方案本身有 1 处变更") < text.index("数值变更 2 处")
    assert "156 → 150" in text


def test_changed_value_shows_old_new_and_status(repo):
    add_values(repo, "2023.yaml", [(2025, 150, "市民政局")])
    commit_all(repo, "记录")
    add_values(repo, "2023.yaml", [(2025, 160, "市民政局年报")])
    code, data = diff_json()
    assert code == 0
    change = data["values"][0]
    assert (change["action"], change["old"]["value"], change["new"]["value"]) == ("changed", 150, 160)
    moves = {(move["year"], move["old"], move["new"]) for move in data["statuses"]}
    assert (2025, "missed", "met") in moves


def test_renamed_indicator(repo):
    for name in ("indicators.yaml", "data/values/2022.yaml"):
        path = repo / name
        path.write_text(path.read_text(encoding="utf-8").replace("social_workers", "child_social_workers"),
                        encoding="utf-8")
    commit_all(repo, "指标改名")
    code, data = diff_json("HEAD~1", "HEAD")
    assert code == 0
    assert {"section": "indicators", "action": "renamed", "key": "social_workers", "field": "id",
            "old": "social_workers", "new": "child_social_workers"} in data["plan_changes"]


def test_revision_without_plan(repo, tmp_path):
    git(repo, "checkout", "-q", "--orphan", "empty")
    git(repo, "rm", "-rq", "--cached", ".")
    (repo / "README.txt").write_text("说明", encoding="utf-8")
    git(repo, "add", "README.txt")
    git(repo, "commit", "-q", "-m", "空分支")
    git(repo, "checkout", "-q", "-f", "main")
    result = invoke(["diff", "empty"])
    assert result.exit_code == 2
    assert "版本“empty”中没有 indicators.yaml" in result.output


def test_merge_commit(repo):
    git(repo, "checkout", "-q", "-b", "数据更新")
    add_values(repo, "2024年.yaml", [(2024, 170, "分支")])
    commit_all(repo, "分支记录")
    git(repo, "checkout", "-q", "main")
    add_values(repo, "2023.yaml", [(2023, 150, "主线")])
    commit_all(repo, "主线记录")
    git(repo, "merge", "-q", "--no-ff", "-m", "合并数据更新", "数据更新")

    code, data = diff_json("HEAD~1", "HEAD")
    assert code == 0
    assert [(item["year"], item["new"]["value"]) for item in data["values"]] == [(2024, 170)]
    history = json.loads(invoke(["log", "social_workers", "--format", "json"]).output)
    assert sorted((entry["year"], entry["new"], entry["subject"]) for entry in history) == [
        (2022, 143, "初始方案"), (2023, 150, "主线记录"), (2024, 170, "合并数据更新")]


def test_crlf_files(repo):
    add_values(repo, "2023.yaml", [(2023, 150, "市民政局")], crlf=True)
    commit_all(repo, "CRLF")
    code, data = diff_json("HEAD~1")
    assert code == 0
    assert [item["new"]["value"] for item in data["values"]] == [150]


def test_side_that_does_not_parse(repo):
    (repo / "data" / "values" / "2023.yaml").write_text("values:\n  - indicator: [\n", encoding="utf-8")
    commit_all(repo, "坏文件")
    add_values(repo, "2023.yaml", [(2023, 150, "市民政局")])
    code, data = diff_json()
    assert code == 0
    assert [problem["code"] for problem in data["errors_fixed"]] == ["yaml-syntax"]
    back_code, back = diff_json("HEAD~1", "HEAD")
    assert back_code == 1
    assert [problem["file"] for problem in back["errors_introduced"]] == ["data/values/2023.yaml"]
    assert back["new_side_valid"] is False


def test_log_across_three_commits(repo):
    for value, source in ((150, "一"), (155, "二"), (160, "三")):
        add_values(repo, "2023.yaml", [(2023, value, f"第{source}次")])
        commit_all(repo, f"记录第{source}次")
    history = json.loads(invoke(["log", "社会工作者", "--format", "json"]).output)
    changes = [(entry["old"], entry["new"], entry["source"]) for entry in history if entry["year"] == 2023]
    assert changes == [(None, 150, "第一次"), (150, 155, "第二次"), (155, 160, "第三次")]
    assert all(entry["author"] == "分析员" for entry in history)
    table = invoke(["log", "social_workers"])
    assert table.exit_code == 0
    assert "记录第三次" in table.output


def test_report_at_revision_equals_checkout(repo):
    add_values(repo, "2023.yaml", [(2023, 150, "市民政局")])
    commit_all(repo, "记录")
    old_commit = git(repo, "rev-parse", "HEAD").strip()
    add_values(repo, "2023.yaml", [(2023, 200, "改")])
    commit_all(repo, "再记录")

    at_revision = invoke(["report", "--rev", old_commit, "--format", "json", "--as-of", "2024-06-01"]).output
    git(repo, "checkout", "-q", old_commit)
    checked_out = invoke(["report", "--format", "json", "--as-of", "2024-06-01"]).output
    git(repo, "checkout", "-q", "main")
    assert json.loads(at_revision) == json.loads(checked_out)
    status = json.loads(invoke(["status", "--rev", old_commit, "--format", "json", "--as-of", "2024-06-01"]).output)
    assert status["targets"] == 3


def test_annex_at_revision(repo):
    result = invoke(["annex", "1", "--rev", "HEAD", "--format", "json"])
    assert json.loads(result.output)[0]["序号"] == 1


def test_not_a_repository(tmp_path, monkeypatch):
    root = write_plan(tmp_path / "plain")
    monkeypatch.chdir(root)
    result = invoke(["diff"])
    assert result.exit_code == 2
    assert "不在 git 仓库中" in result.output


def test_unknown_revision(repo):
    result = invoke(["diff", "no-such-branch"])
    assert result.exit_code == 2
    assert "找不到版本“no-such-branch”" in result.output


def test_shallow_clone_without_revision(repo, tmp_path, monkeypatch):
    add_values(repo, "2023.yaml", [(2023, 150, "市民政局")])
    commit_all(repo, "记录")
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.as_posix()}", str(clone)], check=True)
    monkeypatch.chdir(clone)
    result = invoke(["diff", "HEAD~1"])
    assert result.exit_code == 2
    assert "浅克隆" in result.output


def test_pre_commit_hook_rejects_broken_data(repo):
    hooks = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = hooks[0]["entry"]
    cfcity = installed_cfcity()
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\nexec {cfcity} {entry.split(' ', 1)[1]}\n", encoding="utf-8")
    hook.chmod(0o755)

    add_values(repo, "2023.yaml", [(2023, -5, "市民政局")])
    git(repo, "add", "-A")
    rejected = subprocess.run(["git", "commit", "-q", "-m", "负数"], cwd=repo, capture_output=True, text=True,
                              encoding="utf-8")
    assert rejected.returncode != 0
    assert "count-not-whole" in rejected.stderr + rejected.stdout

    add_values(repo, "2023.yaml", [(2023, 5, "市民政局")])
    git(repo, "add", "-A")
    accepted = subprocess.run(["git", "commit", "-q", "-m", "正数"], cwd=repo, capture_output=True)
    assert accepted.returncode == 0


def test_diff_from_merge_base_ignores_newer_main(repo):
    git(repo, "checkout", "-q", "-b", "录入")
    add_values(repo, "2023.yaml", [(2023, 150, "分支")])
    commit_all(repo, "分支录入")
    git(repo, "checkout", "-q", "main")
    indicators = repo / "indicators.yaml"
    indicators.write_text(indicators.read_text(encoding="utf-8").replace("value: 156", "value: 160"), encoding="utf-8")
    commit_all(repo, "主线改目标")
    git(repo, "checkout", "-q", "录入")

    code, data = diff_json("main")
    assert code == 0
    assert data["plan_changes"] == []
    assert [(item["action"], item["new"]["value"]) for item in data["values"]] == [("added", 150)]
    three_dot_code, three_dot = diff_json("main...录入")
    assert three_dot_code == 0
    assert three_dot["plan_changes"] == []


def test_unparsable_file_is_skipped_not_emptied(repo):
    indicators = repo / "indicators.yaml"
    indicators.write_text(indicators.read_text(encoding="utf-8").replace("    unit: 人\n", "    unit：人\n", 1),
                          encoding="utf-8")
    code, data = diff_json()
    assert code == 1
    assert data["plan_changes"] == []
    assert data["unreadable"] == [{"side": "工作区", "file": "indicators.yaml"}]
    assert [problem["code"] for problem in data["errors_introduced"]] == ["yaml-full-width"]


def test_target_year_change_is_one_change(repo):
    indicators = repo / "indicators.yaml"
    indicators.write_text(indicators.read_text(encoding="utf-8").replace("      - year: 2025\n        kind: level",
                                                                         "      - year: 2024\n        kind: level", 1),
                          encoding="utf-8")
    code, data = diff_json()
    assert code == 0
    assert [(change["action"], change["field"], change["old"], change["new"]) for change in data["plan_changes"]] == [
        ("changed", "year", 2025, 2024)]
    text = invoke(["diff"]).output
    assert "年份：2025 → 2024" in text


def test_log_without_commits(tmp_path, monkeypatch):
    root = write_plan(tmp_path / "new")
    git(root, "init", "-q")
    monkeypatch.chdir(root)
    result = invoke(["log", "social_workers"])
    assert result.exit_code == 2
    assert "还没有任何提交" in result.output
