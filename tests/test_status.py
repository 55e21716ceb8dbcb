"""Status rules for every target kind, comparator and direction, on real YAML under tmp_path."""

from __future__ import annotations

import datetime
import json

import pytest

from cfcity.loader import load_plan
from cfcity.observations import Observations
from cfcity.report import build_report
from cfcity.status import Evaluator
from tests.plans import indicator_yaml, plan_with, values_yaml

D = datetime.date


def evaluate(tmp_path, unit, direction, measure, target, values, as_of, baseline_year=None):
    indicator = indicator_yaml("x", unit, direction, measure, [target], baseline_year=baseline_year)
    root = plan_with(tmp_path / "plan", indicator, values_yaml("x", values))
    plan = load_plan(root)
    assert plan.problems == []
    evaluator = Evaluator(Observations(plan, as_of))
    item = plan.indicator("x")
    return evaluator.evaluate(item, item.targets[0])


LEVEL_156 = {"year": 2025, "kind": "level", "comparator": "ge", "value": 156}
MORTALITY = {"year": 2025, "kind": "level", "comparator": "le", "value": 4}

CASES = [
    # (name, unit, direction, measure, target, values, as_of, baseline_year, status, value, gap, percent)
    ("level met", "人", "higher", "level", LEVEL_156, [(2025, 160, "2025-12-31")], D(2026, 1, 5), None,
     "met", 160, -4, 102.564103),
    ("level missed", "人", "higher", "level", LEVEL_156, [(2025, 150, "2025-12-31")], D(2026, 1, 5), None,
     "missed", 150, 6, 96.153846),
    ("level on track by growth", "人", "higher", "level", LEVEL_156,
     [(2022, 100, "2022-12-31"), (2024, 140, "2024-12-31")], D(2025, 1, 10), 2022, "on_track", 140, 16, 89.74359),
    ("level behind by growth", "人", "higher", "level", LEVEL_156,
     [(2022, 100, "2022-12-31"), (2024, 105, "2024-12-31")], D(2025, 1, 10), 2022, "behind", 105, 51, 67.307692),
    ("level single value no baseline", "人", "higher", "level", LEVEL_156, [(2024, 105, "2024-12-31")],
     D(2025, 1, 10), None, "needs_baseline", 105, 51, 67.307692),
    ("lower better missed", "‰", "lower", "level", MORTALITY, [(2025, 4.5, "2025-12-31")], D(2026, 2, 1), None,
     "missed", 4.5, 0.5, 88.888889),
    ("lower better met", "‰", "lower", "level", MORTALITY, [(2025, 3.5, "2025-12-31")], D(2026, 2, 1), None,
     "met", 3.5, -0.5, 112.5),
    ("level fed running totals", "个", "higher", "level", {**LEVEL_156, "value": 5},
     [(2023, 2, "2023-12-31"), (2024, 4, "2024-12-31"), (2025, 5, "2025-12-31")], D(2026, 1, 1), None,
     "met", 5, 0, 100.0),
    ("cumulative fed annual amounts", "场", "higher", "flow",
     {"year": 2025, "kind": "cumulative", "comparator": "ge", "value": 100},
     [(2023, 30, "2023-12-31"), (2024, 40, "2024-12-31"), (2025, 35, "2025-12-31")], D(2026, 1, 1), None,
     "met", 105, -5, 105.0),
    ("cumulative behind the line", "场", "higher", "flow",
     {"year": 2025, "kind": "cumulative", "comparator": "ge", "value": 100},
     [(2023, 30, "2023-12-31"), (2024, 30, "2024-12-31")], D(2025, 1, 1), None, "behind", 60, 40, 60.0),
    ("increase of a flow", "场", "higher", "flow", {"year": 2023, "kind": "increase", "comparator": "ge", "value": 25},
     [(2023, 26, "2023-12-31")], D(2024, 1, 2), None, "met", 26, -1, 104.0),
    ("increase of a level", "人", "higher", "level",
     {"year": 2023, "kind": "increase", "comparator": "ge", "value": 13},
     [(2022, 143, "2022-12-31"), (2023, 150, "2023-12-31")], D(2024, 1, 2), None, "missed", 7, 6, 53.846154),
    ("increase without previous year", "人", "higher", "level",
     {"year": 2023, "kind": "increase", "comparator": "ge", "value": 13},
     [(2023, 150, "2023-12-31")], D(2024, 1, 2), None, "needs_baseline", None, None, None),
    ("relative met", "‰", "lower", "level",
     {"year": 2025, "kind": "relative", "comparator": "le", "value": -20, "base_year": 2020},
     [(2020, 10, "2020-12-31"), (2025, 7.5, "2025-12-31")], D(2026, 1, 5), None, "met", -25, -5, 125.0),
    ("relative missed", "‰", "lower", "level",
     {"year": 2025, "kind": "relative", "comparator": "le", "value": -20, "base_year": 2020},
     [(2020, 10, "2020-12-31"), (2025, 9, "2025-12-31")], D(2026, 1, 5), None, "missed", -10, 10, 50.0),
    ("relative without base year", "‰", "lower", "level",
     {"year": 2025, "kind": "relative", "comparator": "le", "value": -20, "base_year": 2020},
     [(2025, 9, "2025-12-31")], D(2026, 1, 5), None, "needs_baseline", None, None, None),
    ("relative with zero base", "‰", "lower", "level",
     {"year": 2025, "kind": "relative", "comparator": "le", "value": -20, "base_year": 2020},
     [(2020, 0, "2020-12-31"), (2025, 9, "2025-12-31")], D(2026, 1, 5), None, "needs_baseline", None, None, None),
    ("relative needs its own year", "1/10万", "lower", "level",
     {"year": 2025, "kind": "relative", "comparator": "le", "value": -20, "base_year": 2020},
     [(2020, 5, "2020-12-31"), (2024, 4, "2024-12-31")], D(2026, 1, 5), None, "overdue_no_data", -20, 0, 100.0),
    ("relative on track before the deadline", "1/10万", "lower", "level",
     {"year": 2025, "kind": "relative", "comparator": "le", "value": -20, "base_year": 2020},
     [(2020, 5, "2020-12-31"), (2024, 4, "2024-12-31")], D(2025, 6, 30), None, "on_track", -20, 0, 100.0),
    ("maintained broken in a closed year", "%", "higher", "level",
     {"year": 2025, "kind": "maintained", "comparator": "ge", "value": 100, "from_year": 2023},
     [(2023, 100, "2023-12-31"), (2024, 99, "2024-12-31")], D(2025, 3, 1), None, "missed", 99, 1, 99.0),
    ("maintained so far", "%", "higher", "level",
     {"year": 2025, "kind": "maintained", "comparator": "ge", "value": 100, "from_year": 2023},
     [(2023, 100, "2023-12-31")], D(2024, 6, 1), None, "on_track", 100, 0, 100.0),
    ("maintained every year", "%", "higher", "level",
     {"year": 2025, "kind": "maintained", "comparator": "ge", "value": 100, "from_year": 2023},
     [(2023, 100, "2023-12-31"), (2024, 100, "2024-12-31"), (2025, 100, "2025-12-31")], D(2026, 1, 2), None,
     "met", 100, 0, 100.0),
    ("about at tolerance edge", "%", "higher", "level",
     {"year": 2025, "kind": "level", "comparator": "about", "value": 100, "tolerance": 1},
     [(2025, 101, "2025-12-31")], D(2026, 1, 2), None, "met", 101, -1, 101.0),
    ("about past tolerance", "%", "higher", "level",
     {"year": 2025, "kind": "level", "comparator": "about", "value": 100, "tolerance": 1},
     [(2025, 101.5, "2025-12-31")], D(2026, 1, 2), None, "missed", 101.5, -1.5, 101.5),
    ("equal comparator", "个", "higher", "level", {"year": 2025, "kind": "level", "comparator": "eq", "value": 5},
     [(2025, 5, "2025-12-31")], D(2026, 1, 2), None, "met", 5, 0, 100.0),
    ("value as of after report date", "人", "higher", "level", LEVEL_156, [(2025, 160, "2026-03-01")],
     D(2026, 1, 15), None, "overdue_no_data", None, None, None),
    ("no data before deadline", "人", "higher", "level", LEVEL_156, [], D(2024, 5, 1), None,
     "no_data", None, None, None),
    ("no data after deadline", "人", "higher", "level", LEVEL_156, [], D(2026, 5, 1), None,
     "overdue_no_data", None, None, None),
    ("zero baseline uses the line", "个", "higher", "level", {**LEVEL_156, "value": 5},
     [(2022, 0, "2022-12-31"), (2024, 1, "2024-12-31")], D(2025, 1, 1), 2022, "behind", 1, 4, 20.0),
    ("baseline equal to target", "人", "higher", "level", LEVEL_156,
     [(2022, 156, "2022-12-31"), (2024, 150, "2024-12-31")], D(2025, 1, 1), 2022, "behind", 150, 6, 96.153846),
    ("target exceeded early is on track", "人", "higher", "level", LEVEL_156,
     [(2022, 100, "2022-12-31"), (2024, 200, "2024-12-31")], D(2025, 1, 1), 2022, "on_track", 200, -44, 128.205128),
    ("earlier year only after the deadline", "‰", "lower", "level", MORTALITY, [(2023, 2.2, "2023-12-31")],
     D(2026, 1, 5), None, "overdue_no_data", 2.2, -1.8, 145.0),
    ("judged on the deadline day", "人", "higher", "level", LEVEL_156, [(2025, 150, "2025-12-31")],
     D(2025, 12, 31), None, "missed", 150, 6, 96.153846),
    ("baseline from the year before the plan", "人", "higher", "level", LEVEL_156,
     [(2022, 100, "2022-12-31"), (2024, 140, "2024-12-31")], D(2025, 1, 10), None, "on_track", 140, 16, 89.74359),
]


@pytest.mark.parametrize(
    ("unit", "direction", "measure", "target", "values", "as_of", "baseline_year", "status", "value", "gap",
     "percent"),
    [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_status_rules(tmp_path, unit, direction, measure, target, values, as_of, baseline_year, status, value, gap,
                      percent):
    evaluation = evaluate(tmp_path, unit, direction, measure, target, values, as_of, baseline_year)
    assert evaluation.status == status
    assert evaluation.value == (pytest.approx(value) if value is not None else None)
    assert evaluation.gap == (pytest.approx(gap) if gap is not None else None)
    assert evaluation.percent == (pytest.approx(percent) if percent is not None else None)


def test_growth_ratio_bands(tmp_path):
    on_track = evaluate(tmp_path / "a", "人", "higher", "level", LEVEL_156,
                        [(2022, 100, "2022-12-31"), (2024, 140, "2024-12-31")], D(2025, 1, 10), 2022)
    limited = evaluate(tmp_path / "b", "人", "higher", "level", LEVEL_156,
                       [(2022, 100, "2022-12-31"), (2024, 105, "2024-12-31")], D(2025, 1, 10), 2022)
    worse = evaluate(tmp_path / "c", "人", "higher", "level", LEVEL_156,
                     [(2022, 100, "2022-12-31"), (2024, 90, "2024-12-31")], D(2025, 1, 10), 2022)
    assert on_track.growth_band == "substantial"
    assert on_track.growth_ratio > 0.95
    assert limited.growth_band == "limited"
    assert 0 <= limited.growth_ratio < 0.6
    assert worse.growth_band == "deterioration"
    assert worse.growth_ratio < 0


def test_line_expectation_is_reported(tmp_path):
    evaluation = evaluate(tmp_path, "场", "higher", "flow",
                          {"year": 2025, "kind": "cumulative", "comparator": "ge", "value": 90},
                          [(2023, 30, "2023-12-31")], D(2024, 1, 1), None)
    assert evaluation.expected == pytest.approx(30, abs=0.1)
    assert evaluation.status == "on_track"


def test_every_area_one_short(tmp_path):
    target = {"year": 2025, "kind": "every_area", "comparator": "ge", "value": 95}
    values = [(2025, 97, "2025-12-31", "新建路街道"), (2025, 93, "2025-12-31", "新华办")]
    evaluation = evaluate(tmp_path, "%", "higher", "level", target, values, D(2026, 1, 5))
    assert evaluation.status == "missed"
    assert evaluation.value == 93
    assert evaluation.area_values == {"新建路街道": 97, "新华路街道": 93}


def test_every_area_all_met(tmp_path):
    target = {"year": 2025, "kind": "every_area", "comparator": "ge", "value": 95}
    values = [(2025, 97, "2025-12-31", "新建路街道"), (2025, 96, "2025-12-31", "新华路街道")]
    assert evaluate(tmp_path, "%", "higher", "level", target, values, D(2026, 1, 5)).status == "met"


def test_every_area_missing_area(tmp_path):
    target = {"year": 2025, "kind": "every_area", "comparator": "ge", "value": 95}
    values = [(2025, 97, "2025-05-01", "新建路街道")]
    assert evaluate(tmp_path, "%", "higher", "level", target, values, D(2025, 6, 5)).status == "on_track"
    assert evaluate(tmp_path / "later", "%", "higher", "level", target, values, D(2026, 6, 5)).status == \
        "overdue_no_data"


def test_coverage_counts_areas(tmp_path):
    target = {"year": 2023, "kind": "coverage", "comparator": "ge", "value": 100}
    values = [(2023, 1, "2023-12-31", "新建路街道"), (2023, 0, "2023-12-31", "新华路街道")]
    evaluation = evaluate(tmp_path, "%", "higher", "level", target, values, D(2024, 1, 5))
    assert evaluation.status == "missed"
    assert evaluation.value == 50


def test_sites_count_from_completion_date(tmp_path):
    root = plan_with(tmp_path / "plan", "")
    projects = root / "projects.yaml"
    projects.write_text(projects.read_text(encoding="utf-8").replace(
        "    planned_year: 2023\n", "    planned_year: 2023\n    status: completed\n    completed: 2024-05-01\n"),
        encoding="utf-8")
    plan = load_plan(root)
    parks = plan.indicator("friendly_parks")
    before = Evaluator(Observations(plan, D(2024, 4, 30))).evaluate(parks, parks.targets[0])
    after = Evaluator(Observations(plan, D(2024, 5, 2))).evaluate(parks, parks.targets[0])
    assert before.status == "no_data"
    assert after.value == 1
    assert after.expected == pytest.approx(0.89, abs=0.01)
    assert after.status == "on_track"


def test_report_json_has_no_nan(tmp_path):
    indicator = indicator_yaml("x", "人", "higher", "level", [LEVEL_156], baseline_year=2022)
    root = plan_with(tmp_path / "plan", indicator, values_yaml("x", [(2022, 0, "2022-12-31"),
                                                                      (2023, 0, "2023-12-31")]))
    rows = build_report(load_plan(root), D(2024, 1, 1))
    text = json.dumps(rows, allow_nan=False, default=str)
    assert '"status": "behind"' in text
