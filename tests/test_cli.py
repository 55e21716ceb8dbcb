"""The command line: exit codes, formats, filters, languages and the installed entry point."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, installed_cfcity, invoke, write_plan


def test_validate_shipped_plan_passes(chdir):
    chdir(REPO_ROOT)
    result = invoke(["validate"])
    assert result.exit_code == 0
    assert "检查通过" in result.output.splitlines()[-1]


def test_validate_prints_path_line_code(mini_plan, chdir):
    path = mini_plan / "data" / "values" / "2022.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 143", "value: -3"), encoding="utf-8")
    chdir(mini_plan)
    result = invoke(["validate"])
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(str(Path("data/values/2022.yaml")) + ":4: count-not-whole")
    assert "1 个错误" in result.output.splitlines()[-1]


def test_validate_json_records(mini_plan, chdir):
    path = mini_plan / "indicators.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("direction: higher", "directoin: higher", 1),
                    encoding="utf-8")
    chdir(mini_plan)
    result = invoke(["validate", "--format", "json"], lang="en")
    assert result.exit_code == 1
    records = json.loads(result.output)
    assert records[0]["file"] == "indicators.yaml"
    assert records[0]["line"] == 7
    assert records[0]["code"] == "unknown-key"
    assert records[0]["severity"] == "error"
    assert "direction" in records[0]["message"]


def test_warnings_only_exit_zero(mini_plan, chdir):
    path = mini_plan / "tasks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    domain: policy\n    title:",
                                                             "    domain: policy\n    note: 说明\n    title:"),
                    encoding="utf-8")
    chdir(mini_plan)
    result = invoke(["validate"])
    assert result.exit_code == 0
    assert "note" in result.output


def test_unknown_format_is_usage_error(mini_plan, chdir):
    chdir(mini_plan)
    result = invoke(["validate", "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.output


def test_root_found_from_subfolder(mini_plan, chdir):
    chdir(mini_plan / "data" / "values")
    assert invoke(["validate"]).exit_code == 0


def test_root_option_and_environment(mini_plan, tmp_path, chdir, monkeypatch):
    chdir(tmp_path)
    assert invoke(["--root", str(mini_plan), "validate"]).exit_code == 0
    monkeypatch.setenv("CFCITY_ROOT", str(mini_plan))
    assert invoke(["validate"]).exit_code == 0


def test_no_plan_root_is_usage_error(tmp_path, chdir):
    chdir(tmp_path)
    result = invoke(["validate"])
    assert result.exit_code == 2
    assert "indicators.yaml" in result.output


def test_tasks_json_keys(chdir):
    chdir(REPO_ROOT)
    result = invoke(["tasks", "--format", "json"])
    assert result.exit_code == 0
    tasks = json.loads(result.output)
    assert len(tasks) == 56
    task = tasks[5]
    assert {"number", "domain", "title", "lead_units", "responsible_units", "targets"} <= set(task)
    assert task["number"] == 6
    target = next(target for target in task["targets"] if target["year"] == 2025)
    assert target == {**target, "indicator": "social_workers", "value": 156, "unit": "人", "comparator": "ge",
                      "text": "到2025年，儿童专业社会工作者达到156人"}


def test_tasks_by_unit_alias_matches_shared_tasks(chdir):
    chdir(REPO_ROOT)
    by_variant = json.loads(invoke(["tasks", "--unit", "市文广旅体育局", "-f", "json"]).output)
    by_name = json.loads(invoke(["tasks", "--unit", "市文广旅体局", "-f", "json"]).output)
    assert [task["number"] for task in by_variant] == [task["number"] for task in by_name]
    assert 31 in [task["number"] for task in by_name]
    assert 12 in [task["number"] for task in by_name]


def test_tasks_by_domain(chdir):
    chdir(REPO_ROOT)
    tasks = json.loads(invoke(["tasks", "--domain", "权利保障友好", "-f", "json"]).output)
    assert [task["number"] for task in tasks] == [19, 20, 21, 22]


def test_tasks_unknown_domain_lists_known(chdir):
    chdir(REPO_ROOT)
    result = invoke(["tasks", "--domain", "space2"])
    assert result.exit_code == 2
    assert "成长空间友好" in result.output


def test_tasks_ambiguous_unit(chdir):
    chdir(REPO_ROOT)
    result = invoke(["tasks", "--unit", "局"])
    assert result.exit_code == 2
    assert "多个单位" in result.output


def test_tasks_table_lines_up(chdir):
    chdir(REPO_ROOT)
    result = invoke(["tasks", "--domain", "policy"])
    assert result.exit_code == 0
    from rich.cells import cell_len

    table_lines = result.output.splitlines()[:-1]
    assert len({cell_len(line) for line in table_lines}) == 1
    assert any(line.startswith("│ 7 ") for line in table_lines)
    assert result.output.splitlines()[-1] == "共 7 项任务。"


def test_show_task_wording(chdir):
    chdir(REPO_ROOT)
    result = invoke(["show", "6"])
    assert result.exit_code == 0
    assert "任务 6：发动全社会力量共同致力儿童发展" in result.output
    assert "责任单位：市民政局、市财政局、市总工会、团市委，各乡镇（街道、管委会）" in result.output
    assert "“到2025年，儿童专业社会工作者达到156人”" in result.output


def test_show_indicator_json(chdir):
    chdir(REPO_ROOT)
    data = json.loads(invoke(["show", "under5_mortality", "-f", "json"]).output)
    assert data["type"] == "indicator"
    assert data["direction"] == "lower"
    assert data["values"][0]["value"] == 2.27
    assert data["notes"]


def test_show_project_in_english(chdir):
    chdir(REPO_ROOT)
    result = invoke(["--lang", "en", "show", "annex3-1"], lang="en")
    assert result.exit_code == 0
    assert "Project annex3-1: 梨河七里堂小学" in result.output
    assert "Area (m²): 2500" in result.output


def test_show_unknown_suggests(chdir):
    chdir(REPO_ROOT)
    result = invoke(["show", "socail_workers"])
    assert result.exit_code == 2
    assert "social_workers" in result.output


def test_status_on_invalid_plan_lists_errors(mini_plan, chdir):
    path = mini_plan / "data" / "values" / "2022.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 143", "value: -3"), encoding="utf-8")
    chdir(mini_plan)
    result = invoke(["status"])
    assert result.exit_code == 1
    assert "count-not-whole" in result.output
    assert "数据有 1 个错误" in result.output


def test_tasks_on_invalid_plan_continue(mini_plan, chdir):
    path = mini_plan / "data" / "values" / "2022.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 143", "value: -3"), encoding="utf-8")
    chdir(mini_plan)
    result = invoke(["tasks", "--format", "json"])
    assert result.exit_code == 0
    assert "以下结果可能不完整" in result.output


def test_validate_errors_only(chdir):
    chdir(REPO_ROOT)
    result = invoke(["validate", "--errors-only"])
    assert result.exit_code == 0
    assert result.output.splitlines() == [line for line in result.output.splitlines() if "[警告]" not in line]
    assert "个警告" in result.output.splitlines()[-1]


@pytest.mark.parametrize("command", ["validate", "tasks", "show"])
def test_every_command_has_help_in_both_languages(command):
    chinese = invoke([command, "--help"])
    english = invoke([command, "--help"], lang="en")
    assert chinese.exit_code == 0
    assert english.exit_code == 0
    assert "示例" in chinese.output
    assert "Example" in english.output


def _installed_cfcity() -> str:
    return installed_cfcity()


def test_installed_entry_point_validates(tmp_path):
    root = write_plan(tmp_path / "plan")
    env = {**os.environ, "CFCITY_LANG": "en", "PYTHONIOENCODING": "gbk"}
    result = subprocess.run([_installed_cfcity(), "validate"], cwd=root, capture_output=True, env=env)
    assert result.returncode == 0
    assert result.stdout.decode("gbk").strip() == "Valid: no errors. Warnings: 0. Files: 7."


def test_installed_entry_point_survives_gbk_console(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}
    result = subprocess.run([_installed_cfcity(), "show", "annex3-3"], cwd=REPO_ROOT, capture_output=True, env=env)
    assert result.returncode == 0
    assert "华南城第一小学" in result.stdout.decode("gbk")


def test_installed_entry_point_closed_pipe():
    process = subprocess.Popen([_installed_cfcity(), "tasks"], cwd=REPO_ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert b"Traceback" not in stderr
    assert process.returncode in (0, -13, 141)


def test_global_options_after_command(mini_plan, tmp_path, chdir):
    chdir(tmp_path)
    from cfcity.cli.app import _hoist_global_options

    argv = _hoist_global_options(["validate", "--lang", "en", "--root", str(mini_plan), "--format", "json"])
    assert argv[:4] == ["--lang", "en", "--root", str(mini_plan)]
    assert invoke(argv, lang="en").exit_code == 0


def test_usage_errors_in_chinese(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([_installed_cfcity(), "show"], cwd=REPO_ROOT, capture_output=True, env=env)
    assert result.returncode == 2
    assert result.stderr.decode("utf-8").strip() == "错误：缺少参数 ID。运行 cfcity 命令 --help 查看用法。"
    unknown = subprocess.run([_installed_cfcity(), "validate", "--bogus"], cwd=REPO_ROOT, capture_output=True, env=env)
    assert unknown.returncode == 2
    assert "没有选项 --bogus" in unknown.stderr.decode("utf-8")


@pytest.mark.parametrize(("typed", "expected"), [("民政", 19), ("发改委", 12), ("新村镇", 56)])
def test_unit_short_forms(chdir, typed, expected):
    chdir(REPO_ROOT)
    result = invoke(["tasks", "--unit", typed, "-f", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.output)) == expected


def test_show_task_number_out_of_range(chdir):
    chdir(REPO_ROOT)
    result = invoke(["show", "57"])
    assert result.exit_code == 2
    assert "任务编号是 1 到 56" in result.output
