"""The gap report, status summary and annex tables, through the CLI and the library."""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import json

import pytest

from cfcity.loader import load_plan
from cfcity.report import build_report
from tests.conftest import REPO_ROOT, invoke

STATUSES = {"met", "missed", "on_track", "behind", "no_data", "overdue_no_data", "needs_baseline", "not_assessed",
            "not_started", "in_progress", "achieved", "not_achieved"}


@pytest.fixture
def at_repo(chdir):
    chdir(REPO_ROOT)


def test_report_json_contract(at_repo):
    result = invoke(["report", "--year", "2025", "--format", "json", "--as-of", "2024-01-01"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    targets = [row for row in rows if row["indicator"]]
    assert len(targets) == 57
    for row in rows:
        assert {"indicator", "task", "year", "target", "comparator", "unit", "value", "gap", "percent",
                "status"} <= set(row)
        assert row["status"] in STATUSES
        assert row["year"] == 2025
    workers = next(row for row in rows if row["indicator"] == "social_workers")
    assert (workers["task"], workers["target"], workers["comparator"], workers["unit"]) == (6, 156, "ge", "人")
    assert workers["value"] is None
    assert workers["status"] == "no_data"


def test_report_sorted_by_domain_then_task(at_repo):
    rows = json.loads(invoke(["report", "--format", "json"]).output)
    order = ["policy", "service", "rights", "space", "environment"]
    keys = [(order.index(row["domain"]), row["task"]) for row in rows]
    assert keys == sorted(keys)


def test_report_unit_includes_shared_tasks():
    plan = load_plan(REPO_ROOT)
    rows = build_report(plan, datetime.date(2024, 1, 1), year=2023, unit="市财政局")
    tasks = {row["task"] for row in rows}
    assert 6 in tasks
    assert all("市财政局" not in row["lead_units"] for row in rows if row["task"] == 6)


def test_report_status_filter(at_repo):
    rows = json.loads(invoke(["report", "--status", "overdue_no_data", "--format", "json"]).output)
    assert rows
    assert {row["status"] for row in rows} == {"overdue_no_data"}


def test_report_unknown_status_is_usage_error(at_repo):
    result = invoke(["report", "--status", "late"])
    assert result.exit_code == 2
    assert "behind" in result.output


def test_report_bad_as_of_is_usage_error(at_repo):
    result = invoke(["report", "--as-of", "2024-13-01"])
    assert result.exit_code == 2
    assert "2023-12-31" in result.output


def test_report_csv_has_bom_for_excel(at_repo, tmp_path):
    path = tmp_path / "报告.csv"
    result = invoke(["report", "--year", "2023", "--format", "csv", "--output", str(path)])
    assert result.exit_code == 0
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:6] == ["领域", "任务", "牵头单位", "指标编号", "指标", "原文表述"]
    workers = next(row for row in rows[1:] if row[3] == "social_workers")
    assert (workers[6], workers[9], workers[10]) == ("2023", "13", "人")


def test_report_xlsx_opens(at_repo, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "report.xlsx"
    assert invoke(["report", "--year", "2025", "--format", "xlsx", "--output", str(path)]).exit_code == 0
    sheet = load_workbook(path).active
    assert sheet.cell(1, 1).value == "领域"
    numbers = [sheet.cell(row, 10).value for row in range(2, sheet.max_row + 1)]
    assert 156 in numbers
    assert sheet.max_row > 50


def test_report_xlsx_needs_output(at_repo):
    result = invoke(["report", "--format", "xlsx"])
    assert result.exit_code == 2
    assert "--output" in result.output


def test_report_markdown(at_repo):
    result = invoke(["report", "--year", "2023", "--domain", "rights", "--format", "markdown"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("| 领域")
    assert lines[1].startswith("|--")


def test_status_json(at_repo):
    data = json.loads(invoke(["status", "--format", "json", "--as-of", "2024-01-01"]).output)
    assert data["targets"] == 94
    assert [domain["id"] for domain in data["domains"]] == ["policy", "service", "rights", "space", "environment"]
    assert sum(domain["targets"] for domain in data["domains"]) == 94
    assert data["met_share"]["2023"]["targets"] == 37
    assert data["projects"] == {"planned": 29}
    assert all(row["status"] in ("behind", "missed", "overdue_no_data") for row in data["attention"])


def test_status_screen(at_repo):
    result = invoke(["status", "--as-of", "2024-01-01"])
    assert result.exit_code == 0
    assert "截至 2024-01-01，共 94 个量化目标" in result.output
    assert "社会政策友好" in result.output


def test_annex1_rows_match_document(at_repo):
    rows = json.loads(invoke(["annex", "1", "--format", "json"]).output)
    source = (REPO_ROOT / "sources" / "xinzheng-child-friendly-city-plan-2023.txt").read_text(encoding="utf-8")
    assert len(rows) == 53
    assert list(rows[0]) == ["领域", "序号", "相关指标预期进度", "拟实现工作目标和成果"]
    assert rows[5]["拟实现工作目标和成果"] == "整合全社会资源增进儿童福祉。儿童专业社会工作者达到 156 人。"
    assert all(row["拟实现工作目标和成果"] in source for row in rows)


def test_annex1_with_status_counts(at_repo):
    rows = json.loads(invoke(["annex", "1", "--with-status", "--format", "json", "--as-of", "2024-01-01"]).output)
    row = next(row for row in rows if row["相关指标预期进度"].startswith("发动全社会力量"))
    assert sum(row["状态"].values()) >= 3


def test_annex3_figures(at_repo):
    rows = json.loads(invoke(["annex", "3", "--format", "json"]).output)
    figures = [(row["项目名称"], row["建设规模 (平方米)"], row["项目总投资 (万元)"], row["投资来源"]) for row in rows]
    assert figures == [("梨河七里堂小学", 2500, 700, "财政拨款"), ("薛店镇民盟烛光小学", 4800, 1400, "财政拨款"),
                       ("华南城第一小学", 22000, 6500, "企业筹资"), ("郑韩古城遗址公园笼式足球场", 640, 29, "体彩公益金")]


def test_annex2_rows(at_repo):
    rows = json.loads(invoke(["annex", "2", "--format", "json"]).output)
    assert len(rows) == 9
    assert rows[8]["(拟) 出台时间"] == "持续进行"


def test_annex_table_wraps_and_lines_up(at_repo):
    from rich.cells import cell_len

    result = invoke(["annex", "1"])
    lines = result.output.splitlines()[1:]
    assert len({cell_len(line) for line in lines}) == 1
    assert "…" not in result.output


def test_unknown_annex(at_repo):
    result = invoke(["annex", "4"])
    assert result.exit_code == 2


@pytest.mark.parametrize(("typed", "decimals", "shown"), [(56.15, 1, 56.2), (56.25, 1, 56.3), (1.015, 2, 1.02),
                                                         (2.675, 2, 2.68), (56.05, 1, 56.1), (-0.5, 0, -1)])
def test_rounding_is_half_up(typed, decimals, shown):
    from cfcity.query import round_half_up

    assert round_half_up(typed, decimals) == shown


def test_rate_per_hundred_thousand_reads_naturally():
    from cfcity.cli.tables import format_number

    assert format_number(10, "1/10万") == "10/10万"
    assert format_number(9.36, "1/10万") == "9.36/10万"
    assert format_number(95, "%") == "95%"


def test_show_by_chinese_name(at_repo):
    result = invoke(["show", "近视检出率"])
    assert result.exit_code == 0
    assert result.output.startswith("指标 myopia_rate：")
