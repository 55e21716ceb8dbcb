"""Pin the shipped plan to the document it transcribes: counts, wording and a sample of targets."""

from __future__ import annotations

from collections import Counter

import pytest

from cfcity.checks import validate
from cfcity.loader import load_plan
from tests.conftest import REPO_ROOT

SOURCE = REPO_ROOT / "sources" / "xinzheng-child-friendly-city-plan-2023.txt"


@pytest.fixture(scope="module")
def plan():
    return load_plan(REPO_ROOT)


@pytest.fixture(scope="module")
def source_text() -> str:
    # The text file breaks pages with blank lines inside sentences; phrases are matched without them.
    return SOURCE.read_text(encoding="utf-8").replace("\n", "")


def test_shipped_plan_has_no_errors(plan):
    errors = [problem for problem in validate(plan) if problem.severity == "error"]
    assert errors == []


def test_task_counts(plan):
    assert [task.number for task in plan.tasks] == list(range(1, 57))
    by_domain = Counter(task.domain for task in plan.tasks)
    assert by_domain == {"policy": 7, "service": 11, "rights": 4, "space": 14, "environment": 20}


def test_annex1_counts(plan):
    assert len(plan.annex1) == 53
    by_domain = Counter(row.domain for row in plan.annex1)
    assert by_domain == {"policy": 7, "service": 11, "rights": 4, "space": 11, "environment": 20}


def test_annex1_row_covering_three_tasks(plan):
    row = next(row for row in plan.annex1 if row.id == "space-5")
    assert row.tasks == [27, 28, 29]
    assert row.outcome.endswith("实现村（社区）“儿童之家”100%覆盖。")


def test_target_count_is_about_a_hundred(plan):
    targets = sum(len(indicator.targets) for indicator in plan.indicators)
    assert 90 <= targets <= 100


def test_project_counts(plan):
    kinds = Counter(project.kind for project in plan.projects)
    assert kinds == {"annex3": 4, "key_work": 8, "major_project": 7, "brand_activity": 10}


def test_annex3_figures(plan):
    rows = {project.number: project for project in plan.projects if project.kind == "annex3"}
    figures = {number: (row.name, row.area_m2, row.investment_wan, row.funding) for number, row in rows.items()}
    assert figures == {
        1: ("梨河七里堂小学", 2500, 700, "财政拨款"),
        2: ("薛店镇民盟烛光小学", 4800, 1400, "财政拨款"),
        3: ("华南城第一小学", 22000, 6500, "企业筹资"),
        4: ("郑韩古城遗址公园笼式足球场", 640, 29, "体彩公益金"),
    }


def test_policies_areas_departments(plan):
    assert [policy.number for policy in plan.policies] == list(range(1, 10))
    assert len(plan.areas) == 13
    assert Counter(area.kind for area in plan.areas) == {"town": 9, "township": 1, "subdistrict": 3}
    assert len(plan.departments) >= 50


def test_baseline_values_are_2022_only(plan):
    assert plan.values, "the 2022 facts of 二、建设基础 are shipped as recorded values"
    assert {value.year for value in plan.values} == {2022}


@pytest.mark.parametrize(
    ("indicator_id", "year", "kind", "comparator", "value", "unit"),
    [
        ("social_workers", 2023, "increase", "ge", 13, "人"),
        ("social_workers", 2025, "level", "ge", 156, "人"),
        ("kindergarten_affordable_places_added", 2023, "increase", "ge", 667, "个"),
        ("public_compulsory_places_added", 2023, "increase", "ge", 600, "个"),
        ("friendly_kindergartens", 2025, "level", "ge", 7, "所"),
        ("neonatal_mortality", 2025, "level", "le", 2.5, "‰"),
        ("under5_mortality", 2025, "level", "le", 4, "‰"),
        ("caries_rate_age12", 2025, "level", "le", 25, "%"),
        ("myopia_rate", 2025, "level", "le", 55, "%"),
        ("immunization_rate", 2025, "every_area", "ge", 95, "%"),
        ("science_activities", 2025, "cumulative", "ge", 100, "场"),
        ("children_cultural_activities", 2023, "increase", "ge", 22, "场"),
        ("sports_staff_trained", 2023, "increase", "ge", 16, "人"),
        ("disabled_children_rehab_aided", 2023, "increase", "ge", 150, "人"),
        ("rehab_training_subsidy", 2025, "level", "ge", 25000, "元/人/年"),
        ("disabled_children_rehab_service_rate", 2025, "level", "ge", 85, "%"),
        ("minor_protection_station_coverage", 2023, "coverage", "ge", 100, "%"),
        ("care_service_activities", 2023, "increase", "ge", 7, "场"),
        ("friendly_communities", 2025, "level", "ge", 5, "个"),
        ("slow_traffic_share", 2025, "level", "ge", 55, "%"),
        ("play_facilities_added", 2025, "cumulative", "ge", 15, "处"),
        ("parent_schools_villages", 2025, "level", "ge", 85, "%"),
        ("model_families_selected", 2025, "cumulative", "ge", 150, "户"),
        ("child_injury_mortality", 2025, "relative", "le", -20, "1/10万"),
        ("safe_campus_rate", 2025, "maintained", "ge", 100, "%"),
        ("friendly_enterprises", 2025, "level", "ge", 5, "家"),
    ],
)
def test_target_matches_document(plan, indicator_id, year, kind, comparator, value, unit):
    indicator = plan.indicator(indicator_id)
    assert indicator is not None
    target = next(target for target in indicator.targets if target.year == year)
    assert (target.kind, target.comparator, target.value, indicator.unit) == (kind, comparator, value, unit)


def test_mortality_is_lower_is_better(plan):
    for indicator_id in ("neonatal_mortality", "under5_mortality", "child_injury_mortality", "myopia_rate"):
        assert plan.indicator(indicator_id).direction == "lower"


def test_relative_target_uses_2020(plan):
    target = plan.indicator("child_injury_mortality").targets[0]
    assert target.base_year == 2020


def test_every_target_phrase_is_in_document(plan, source_text):
    missing = [(indicator.id, target.text) for indicator in plan.indicators for target in indicator.targets
               if target.text.replace("\n", "") not in source_text]
    assert missing == []


def test_task_wording_is_in_document(plan, source_text):
    missing = []
    for task in plan.tasks:
        texts = [task.title, task.lead_text, task.responsible_text, task.participating_text,
                 *(milestone.text for milestone in task.milestones)]
        missing += [(task.number, text) for text in texts if text and text not in source_text]
    assert missing == []


def test_annex1_wording_is_in_document(plan, source_text):
    missing = [(row.id, text) for row in plan.annex1 for text in (row.progress, row.outcome)
               if text not in source_text]
    assert missing == []


def test_task_titles_sample(plan):
    assert plan.task(1).title == "为郑州市申报国家儿童友好城市建设试点打好基础"
    assert plan.task(29).title == "推进“儿童之家”建设"
    assert plan.task(56).title == "创建儿童友好企事业单位"
    assert plan.task(22).participating_units[0] == "市委政法委"
    assert plan.task(12).lead_units == ["市卫健委", "市教育局", "市文广旅体局"]


def test_named_sites_sample(plan):
    kindergartens = [site.name for site in plan.sites if site.indicator == "friendly_kindergartens"]
    assert kindergartens == ["人民路幼儿园", "弘远路幼儿园", "市直幼儿园", "实验幼儿园", "政通路幼儿园",
                             "轩辕幼儿园", "畅馨幼儿园"]
    planned_2023 = [site.name for site in plan.sites if site.indicator == "friendly_kindergartens"
                    and site.planned_year == 2023]
    assert planned_2023 == ["人民路幼儿园", "弘远路幼儿园"]


def test_contradictions_carry_notes(plan):
    assert plan.indicator("under5_mortality").note
    assert "市文广旅体育局" in plan.task(31).note
    assert plan.task(55).note
    row = next(row for row in plan.annex1 if row.id == "service-4")
    assert "‰" in row.note
