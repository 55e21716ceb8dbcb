"""One test per cross-file check, each on a small broken plan: the code and the line."""

from __future__ import annotations

from cfcity.checks import validate
from cfcity.loader import load_plan
from tests.conftest import line_of, write_plan


def problems_of(root, code):
    return [problem for problem in validate(load_plan(root)) if problem.code == code]


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_mini_plan_is_valid(mini_plan):
    assert validate(load_plan(mini_plan)) == []


def test_unknown_task_in_annex_row(mini_plan):
    edit(mini_plan / "tasks.yaml", "tasks: [1]", "tasks: [1, 57]")
    found = problems_of(mini_plan, "unknown-task")
    assert [problem.location.line for problem in found] == [line_of(mini_plan / "tasks.yaml", "tasks: [1, 57]")]
    assert found[0].args["value"] == 57


def test_unknown_department_suggests_alias(mini_plan):
    edit(mini_plan / "tasks.yaml", "lead_units: [市妇联]", "lead_units: [市妇联会]")
    found = problems_of(mini_plan, "unknown-department")
    assert len(found) == 1
    assert found[0].args["suggestion"] == "市妇联"
    assert found[0].location.line == line_of(mini_plan / "tasks.yaml", "市妇联会")


def test_department_alias_resolves(mini_plan):
    edit(mini_plan / "tasks.yaml", "responsible_units: [市民政局,", "responsible_units: [民政局,")
    assert problems_of(mini_plan, "unknown-department") == []


def test_unknown_domain(mini_plan):
    edit(mini_plan / "tasks.yaml", "    domain: policy\n    title:", "    domain: polcy\n    title:")
    found = problems_of(mini_plan, "unknown-domain")
    assert [problem.args["suggestion"] for problem in found] == ["policy"]
    assert found[0].location.line == line_of(mini_plan / "tasks.yaml", "domain: polcy")


def test_unknown_indicator_in_value(mini_plan):
    edit(mini_plan / "data/values/2022.yaml", "indicator: social_workers", "indicator: social_worker")
    found = problems_of(mini_plan, "unknown-indicator")
    assert found[0].args["suggestion"] == "social_workers"
    assert found[0].location.line == 2


def test_unknown_area_lists_known(mini_plan):
    edit(mini_plan / "data/values/2022.yaml", "    year: 2022\n", "    year: 2022\n    area: 火星镇\n")
    found = problems_of(mini_plan, "unknown-area")
    assert found[0].location.line == 4
    assert "新建路街道" in found[0].message("zh")


def test_area_alias_is_known(mini_plan):
    edit(mini_plan / "data/values/2022.yaml", "    year: 2022\n", "    year: 2022\n    area: 新华办\n")
    assert problems_of(mini_plan, "unknown-area") == []


def test_target_year_outside_plan(mini_plan):
    edit(mini_plan / "indicators.yaml", "      - year: 2023\n", "      - year: 2027\n")
    found = problems_of(mini_plan, "target-year-outside-plan")
    assert [problem.location.line for problem in found] == [line_of(mini_plan / "indicators.yaml", "year: 2027")]


def test_cumulative_kind_needs_flow_measure(mini_plan):
    edit(mini_plan / "indicators.yaml", "kind: level\n        comparator: ge\n        value: 156",
         "kind: cumulative\n        comparator: ge\n        value: 156")
    found = problems_of(mini_plan, "kind-does-not-fit-measure")
    assert [problem.location.line for problem in found] == [line_of(mini_plan / "indicators.yaml", "kind: cumulative")]


def test_about_needs_tolerance(mini_plan):
    edit(mini_plan / "indicators.yaml", "comparator: ge\n        value: 156", "comparator: about\n        value: 156")
    found = problems_of(mini_plan, "missing-target-key")
    assert [problem.args["key"] for problem in found] == ["tolerance"]


def test_relative_needs_base_year(mini_plan):
    edit(mini_plan / "indicators.yaml", "kind: level\n        comparator: ge\n        value: 156",
         "kind: relative\n        comparator: ge\n        value: 156")
    assert [problem.args["key"] for problem in problems_of(mini_plan, "missing-target-key")] == ["base_year"]


def test_fractional_count_target(mini_plan):
    edit(mini_plan / "indicators.yaml", "value: 156", "value: 156.5")
    found = problems_of(mini_plan, "count-not-whole")
    assert [problem.location.line for problem in found] == [line_of(mini_plan / "indicators.yaml", "value: 156.5")]


def test_negative_count_value(mini_plan):
    edit(mini_plan / "data/values/2022.yaml", "value: 143", "value: -3")
    found = problems_of(mini_plan, "count-not-whole")
    assert [problem.location.line for problem in found] == [4]


def test_sites_exceeding_count(mini_plan):
    edit(mini_plan / "indicators.yaml", "value: 2\n", "value: 0\n")
    found = problems_of(mini_plan, "sites-exceed-count")
    assert found[0].args["named"] == 1
    assert found[0].location.line == line_of(mini_plan / "indicators.yaml", "value: 0")


def test_derived_indicator_without_sites(mini_plan):
    edit(mini_plan / "projects.yaml", "indicator: friendly_parks", "indicator: social_workers")
    assert len(problems_of(mini_plan, "derived-without-sites")) == 1
    assert len(problems_of(mini_plan, "sites-for-undeclared-indicator")) == 1


def test_value_for_derived_indicator(mini_plan):
    edit(mini_plan / "data/values/2022.yaml", "indicator: social_workers", "indicator: friendly_parks")
    found = problems_of(mini_plan, "value-for-derived-indicator")
    assert [problem.location.line for problem in found] == [2]


def test_duplicate_value(tmp_path):
    root = write_plan(tmp_path, {"data/values/2023.yaml": """\
        values:
          - indicator: social_workers
            year: 2022
            value: 150
            as_of: 2023-01-05
            source: 另一来源
        """})
    found = problems_of(root, "duplicate-value")
    assert len(found) == 1
    assert "2022.yaml:2" in found[0].args["first"]


def test_duplicate_indicator_id(mini_plan):
    edit(mini_plan / "indicators.yaml", "id: friendly_parks", "id: social_workers")
    found = problems_of(mini_plan, "duplicate-id")
    assert found[0].args["first_line"] == 2


def test_note_is_a_warning_at_its_line(mini_plan):
    edit(mini_plan / "indicators.yaml", "    unit: 人\n", "    unit: 人\n    note: 附件1印为%，正文为‰。\n")
    problems = validate(load_plan(mini_plan))
    assert [problem.code for problem in problems] == ["note"]
    assert problems[0].severity == "warning"
    assert problems[0].location.line == line_of(mini_plan / "indicators.yaml", "note: 附件1")


def test_errors_sort_before_warnings(mini_plan):
    edit(mini_plan / "indicators.yaml", "    unit: 人\n", "    unit: 人\n    note: 说明\n")
    edit(mini_plan / "data/values/2022.yaml", "value: 143", "value: -3")
    severities = [problem.severity for problem in validate(load_plan(mini_plan))]
    assert severities == ["error", "warning"]
