"""Recording values: what people type, minimal diffs, --replace, and two writers at once."""

from __future__ import annotations

import codecs
import json
import datetime
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from cfcity.loader import load_plan
from cfcity.problems import CfcityError
from cfcity.recording import record_value
from cfcity.values import parse_value
from tests.conftest import invoke
from tests.plans import indicator_yaml, plan_with

TODAY = datetime.date(2024, 6, 30)
COUNT = indicator_yaml("workers", "人", "higher", "level",
                       [{"year": 2025, "kind": "level", "comparator": "ge", "value": 156}])
RATE = indicator_yaml("rate", "%", "higher", "level", [{"year": 2025, "kind": "level", "comparator": "ge", "value": 95}])
SCHOOLS = indicator_yaml("schools", "所", "higher", "level",
                         [{"year": 2025, "kind": "level", "comparator": "ge", "value": 7}])

VALUES_WITH_COMMENTS = (
    "# 2023 values, kept by the analysts\r\n"
    "values:\r\n"
    "  # from the civil affairs bureau\r\n"
    "  - indicator: workers   # checked\r\n"
    "    year: 2023\r\n"
    "    value: 150\r\n"
    "    as_of: 2023-12-31\r\n"
    "    source: \"市民政局: 年报\"\r\n"
)


@pytest.fixture
def root(tmp_path) -> Path:
    return plan_with(tmp_path / "plan", COUNT + RATE + SCHOOLS)


def record(root, indicator, value, year=2024, **options):
    options.setdefault("source", "市民政局报表")
    return record_value(root, indicator, value, year=year, today=TODAY, **options)


@pytest.mark.parametrize(
    ("typed", "indicator", "expected"),
    [("１２", "workers", Decimal(12)), ("1,000", "workers", Decimal(1000)), ("1.5万", "workers", Decimal(15000)),
     ("95%", "rate", Decimal(95)), ("９５％", "rate", Decimal(95)), ("12所", "schools", Decimal(12)),
     (" 12 ", "workers", Decimal(12)), ("2.50", "rate", Decimal("2.5")), ("1亿", "workers", Decimal(100_000_000))],
)
def test_typed_values_parse(root, typed, indicator, expected):
    plan = load_plan(root)
    assert parse_value(typed, plan.indicator(indicator)).number == expected


@pytest.mark.parametrize(
    ("typed", "indicator", "code"),
    [("95%", "workers", "value-wrong-unit"), ("12个", "schools", "value-wrong-unit"), ("95‰", "rate", "value-wrong-unit"),
     ("-3", "workers", "value-negative-count"), ("2.5", "workers", "value-fractional-count"),
     ("nan", "workers", "value-not-finite"), ("inf", "rate", "value-not-finite"), ("", "workers", "value-empty"),
     ("1,0", "workers", "value-bad-separator"), ("abc", "workers", "value-not-number")],
)
def test_bad_values_rejected(root, typed, indicator, code):
    plan = load_plan(root)
    with pytest.raises(CfcityError) as caught:
        parse_value(typed, plan.indicator(indicator))
    assert caught.value.code == code


@pytest.mark.parametrize(("typed", "code"), [("0.95", "implausible-share"), ("120", "implausible-percent-over-100")])
def test_implausible_values_need_force(root, typed, code):
    with pytest.raises(CfcityError) as caught:
        record(root, "rate", typed)
    assert caught.value.code == code
    assert record(root, "rate", typed, force=True).new == Decimal(typed)


def test_record_appends_new_file(root):
    result = record(root, "workers", "150", year=2024)
    assert result.file == "data/values/2024.yaml"
    plan = load_plan(root)
    value = next(item for item in plan.values if item.indicator == "workers")
    assert (value.year, value.value, value.as_of, value.source) == (2024, 150, TODAY, "市民政局报表")


def test_record_keeps_comments_and_crlf(root):
    path = root / "data" / "values" / "2023.yaml"
    path.write_bytes(codecs.BOM_UTF8 + VALUES_WITH_COMMENTS.encode("utf-8"))
    record(root, "rate", "96.5", year=2023, as_of=datetime.date(2023, 12, 31), note="no")
    after = path.read_bytes()
    assert after.startswith(codecs.BOM_UTF8 + VALUES_WITH_COMMENTS.encode("utf-8"))
    added = after[len(codecs.BOM_UTF8 + VALUES_WITH_COMMENTS.encode("utf-8")):].decode("utf-8")
    assert added == ("  - indicator: rate\r\n    year: 2023\r\n    value: 96.5\r\n    as_of: 2023-12-31\r\n"
                     "    source: 市民政局报表\r\n    note: \"no\"\r\n")
    assert load_plan(root).values[-1].note == "no"


def test_different_value_without_replace_writes_nothing(root):
    path = root / "data" / "values" / "2023.yaml"
    path.write_text(VALUES_WITH_COMMENTS, encoding="utf-8", newline="")
    before = path.read_bytes()
    with pytest.raises(CfcityError) as caught:
        record(root, "workers", "160", year=2023)
    assert caught.value.code == "record-exists"
    assert "150" in caught.value.message()
    assert "160" in caught.value.message()
    assert path.read_bytes() == before


def test_replace_changes_only_that_value(root):
    path = root / "data" / "values" / "2023.yaml"
    path.write_text(VALUES_WITH_COMMENTS, encoding="utf-8", newline="")
    result = record(root, "workers", "160", year=2023, replace=True, as_of=datetime.date(2023, 12, 31),
                    source="市民政局: 年报")
    assert (result.old, result.new) == (150, Decimal(160))
    assert path.read_bytes() == VALUES_WITH_COMMENTS.replace("value: 150", "value: 160").encode("utf-8")


def test_same_value_is_unchanged(root):
    path = root / "data" / "values" / "2023.yaml"
    path.write_text(VALUES_WITH_COMMENTS, encoding="utf-8", newline="")
    same = record(root, "workers", "150", year=2023, source="市民政局: 年报", as_of=datetime.date(2023, 12, 31))
    assert same.unchanged is True


def test_same_value_new_source_needs_replace(root):
    path = root / "data" / "values" / "2023.yaml"
    path.write_text(VALUES_WITH_COMMENTS, encoding="utf-8", newline="")
    with pytest.raises(CfcityError) as caught:
        record(root, "workers", "150", year=2023, source="市民政局更正", as_of=datetime.date(2023, 12, 31))
    assert caught.value.code == "record-exists-details"
    record(root, "workers", "150", year=2023, source="市民政局更正", as_of=datetime.date(2023, 12, 31), replace=True)
    assert load_plan(root).values[-1].source == "市民政局更正"


def test_indicator_by_chinese_name_part(root):
    assert record(root, "指标workers", "3").indicator == "workers"


def test_unknown_indicator_suggests(root):
    with pytest.raises(CfcityError) as caught:
        record(root, "wrokers", "3")
    assert caught.value.code == "unknown-indicator-option"
    assert "workers" in caught.value.message()


def test_ambiguous_indicator_lists_matches(root):
    with pytest.raises(CfcityError) as caught:
        record(root, "指标", "3")
    assert caught.value.code == "ambiguous-indicator"


def test_unknown_area_lists_known(root):
    with pytest.raises(CfcityError) as caught:
        record(root, "workers", "3", area="火星镇")
    assert caught.value.code == "unknown-area-option"
    assert "新建路街道" in caught.value.message()


def test_area_alias_is_stored_canonical(root):
    record(root, "workers", "3", area="新华办")
    assert load_plan(root).values[-1].area == "新华路街道"


@pytest.mark.parametrize("year", [2019, 2026])
def test_year_outside_plan(root, year):
    with pytest.raises(CfcityError) as caught:
        record(root, "workers", "3", year=year)
    assert caught.value.code == "record-year-outside-plan"


def test_as_of_in_future_rejected(root):
    with pytest.raises(CfcityError) as caught:
        record(root, "workers", "3", as_of=datetime.date(2024, 7, 1))
    assert caught.value.code == "record-as-of-future"


def test_derived_indicator_rejected(root):
    with pytest.raises(CfcityError) as caught:
        record(root, "friendly_parks", "1")
    assert caught.value.code == "record-derived-indicator"


def test_read_only_file_is_reported(root):
    path = root / "data" / "values" / "2023.yaml"
    path.write_text(VALUES_WITH_COMMENTS, encoding="utf-8", newline="")
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with pytest.raises(CfcityError) as caught:
            record(root, "rate", "90", year=2023)
        assert caught.value.code == "file-read-only"
    finally:
        path.chmod(0o644)


def test_cli_record_prints_old_new_and_status(root, chdir):
    chdir(root)
    first = invoke(["record", "workers", "150", "--year", "2024", "--source", "报表", "--as-of", "2024-06-01"])
    assert first.exit_code == 0
    assert "已记录：workers 2024年（全市）= 150" in first.output
    assert "2025 年目标 ≥156人" in first.output
    second = invoke(["record", "workers", "151", "--year", "2024", "--source", "报表", "--as-of", "2024-06-01"])
    assert second.exit_code == 1
    assert "--replace" in second.output
    third = invoke(["record", "workers", "151", "--year", "2024", "--source", "报表", "--as-of", "2024-06-01",
                    "--replace"])
    assert third.exit_code == 0
    assert "150 → 151" in third.output


WRITER = """
import datetime, sys
from pathlib import Path
from cfcity.recording import record_value
root, indicator, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for year in range(2023, 2023 + count):
    record_value(root, indicator, str(year - 2000), year=year, source="并发测试",
                 as_of=datetime.date(year, 12, 31), today=datetime.date(2030, 1, 1))
"""


def test_two_processes_recording_at_once(root):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(root), indicator, "3"], env=env)
               for indicator in ("workers", "schools")]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    recorded = {(value.indicator, value.year) for value in load_plan(root).values}
    expected = {(indicator, year) for indicator in ("workers", "schools") for year in (2023, 2024, 2025)}
    assert recorded == expected


def test_assess_needs_an_existing_milestone(root):
    from cfcity.recording import assess_milestone

    with pytest.raises(CfcityError) as caught:
        assess_milestone(root, 1, year=2023, status="achieved", evidence="总结", today=TODAY)
    assert caught.value.code == "no-milestone"
    assert "2025" in caught.value.message()
    result = assess_milestone(root, 1, year=2025, status="in_progress", evidence="总结", today=TODAY)
    assert result.file == "data/assessments.yaml"
    assert [(item.task, item.year, item.status) for item in load_plan(root).assessments] == [(1, 2025, "in_progress")]


def test_assess_date_in_future(root):
    from cfcity.recording import assess_milestone

    with pytest.raises(CfcityError) as caught:
        assess_milestone(root, 1, year=2025, status="achieved", evidence="总结", date=datetime.date(2024, 7, 1),
                         today=TODAY)
    assert caught.value.code == "date-in-future"


def test_project_completion_of_site_by_name(root):
    from cfcity.recording import update_project

    result = update_project(root, "铁路公园", status="completed", date=datetime.date(2024, 5, 1), today=TODAY)
    assert (result.indicator, result.old, result.new, result.counts_toward) == (
        "park-tielu", "planned", "completed", "friendly_parks")
    site = load_plan(root).sites[0]
    assert (site.status, site.completed) == ("completed", datetime.date(2024, 5, 1))
    with pytest.raises(CfcityError) as caught:
        update_project(root, "park-tielu", status="completed", date=datetime.date(2030, 1, 1), today=TODAY)
    assert caught.value.code == "date-in-future"


def test_project_spending_in_yi(root):
    from cfcity.recording import update_project

    update_project(root, "annex3-1", status="in_progress", spent="0.03亿", today=TODAY)
    project = load_plan(root).projects[0]
    assert (project.status, project.spent_wan, project.started) == ("in_progress", 300, TODAY)


def test_show_traces_status_to_values(root, chdir):
    record(root, "workers", "150", year=2024, as_of=datetime.date(2024, 6, 30))
    chdir(root)
    data = json.loads(invoke(["show", "workers", "--format", "json"]).output)
    status = data["statuses"][0]
    assert (status["year"], status["value"], status["status"]) == (2025, 150, "overdue_no_data")
    assert [(source["file"], source["line"], source["value"]) for source in status["sources"]] == [
        ("data/values/2024.yaml", 3, 150)]


def test_project_rerun_keeps_completion_date(root):
    from cfcity.recording import update_project

    update_project(root, "park-tielu", status="completed", date=datetime.date(2023, 5, 1), today=TODAY)
    update_project(root, "park-tielu", status="completed", evidence="验收报告", today=TODAY)
    site = load_plan(root).sites[0]
    assert (site.completed, site.evidence) == (datetime.date(2023, 5, 1), "验收报告")
