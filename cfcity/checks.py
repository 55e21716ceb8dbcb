"""Checks that go beyond the schema: references, years, kinds, counts and notes.

Each check is a function of the plan that yields problems, registered with `@check`.
`validate` runs them all and returns the loader's problems with theirs, most serious first.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterator

from cfcity import models
from cfcity.models import COUNT_UNITS
from cfcity.directory import area_index, department_index
from cfcity.loader import Plan
from cfcity.problems import Problem, sort_problems
from cfcity.query import number
from cfcity.schema_errors import suggest

Check = Callable[[Plan], Iterator[Problem]]
CHECKS: list[Check] = []


# The measures each target kind applies to.
KIND_MEASURES = {
    "level": {"level"},
    "increase": {"level", "flow"},
    "cumulative": {"flow"},
    "relative": {"level"},
    "maintained": {"level"},
    "every_area": {"level"},
    "coverage": {"level"},
}


def check(function: Check) -> Check:
    CHECKS.append(function)
    return function


def validate(plan: Plan) -> list[Problem]:
    """Run every check on a loaded plan; return all problems, errors first."""
    problems = list(plan.problems)
    for function in CHECKS:
        problems.extend(function(plan))
    return sort_problems(problems)


def _unknown(code: str, record: models.Record, path: tuple, value: object, choices: list) -> Problem:
    hint = suggest(str(value), [str(choice) for choice in choices])
    if not hint:
        return Problem(f"{code}-no-suggestion", record.location(*path), {"value": value})
    return Problem(code, record.location(*path), {"value": value, "suggestion": hint})


@check
def check_unique_ids(plan: Plan) -> Iterator[Problem]:
    groups = [
        (plan.tasks, "number"), (plan.annex1, "id"), (plan.indicators, "id"), (plan.projects, "id"),
        (plan.sites, "id"), (plan.policies, "number"), (plan.departments, "name"), (plan.areas, "id"),
        (plan.domains, "id"),
    ]
    for records, key in groups:
        first: dict[object, models.Record] = {}
        for record in records:
            value = getattr(record, key)
            if value in first:
                yield Problem("duplicate-id", record.location(key),
                              {"value": value, "first_line": first[value].location(key).line})
            else:
                first[value] = record


@check
def check_task_references(plan: Plan) -> Iterator[Problem]:
    domains = plan.known_keys("domains", "id")
    numbers = plan.known_keys("tasks", "number")
    if plan.loaded("domains"):
        for record in [*plan.tasks, *plan.annex1]:
            if record.domain not in domains:
                yield _unknown("unknown-domain", record, ("domain",), record.domain, domains)
    if not plan.loaded("tasks"):
        return

    references: list[tuple[models.Record, tuple, object]] = []
    for row in plan.annex1:
        references += [(row, ("tasks", index), task) for index, task in enumerate(row.tasks)]
    for project in plan.projects:
        references += [(project, ("tasks", index), task) for index, task in enumerate(project.tasks)]
    for record in [*plan.indicators, *plan.sites, *plan.assessments]:
        if record.task is not None:
            references.append((record, ("task",), record.task))
    for record, path, task in references:
        if task not in numbers:
            yield Problem("unknown-task", record.location(*path), {"value": task, "last": max(numbers, default=0)})


@check
def check_assessments(plan: Plan) -> Iterator[Problem]:
    if not plan.loaded("tasks"):
        return
    for assessment in plan.assessments:
        task = plan.task(assessment.task)
        if task is not None and assessment.year not in {milestone.year for milestone in task.milestones}:
            yield Problem("assessment-without-milestone", assessment.location("year"),
                          {"task": assessment.task, "year": assessment.year})


@check
def check_unit_references(plan: Plan) -> Iterator[Problem]:
    if not plan.departments or not plan.loaded("departments"):
        return
    index = department_index(plan.departments)
    names = list(index.canonical)
    for task in plan.tasks:
        for field in ("lead_units", "responsible_units", "participating_units"):
            for position, unit in enumerate(getattr(task, field)):
                if index.resolve(unit) is not None:
                    continue
                if any(separator in unit for separator in ("、", "，")):
                    yield Problem("unit-list-separator", task.location(field, position), {"value": unit})
                else:
                    yield _unknown("unknown-department", task, (field, position), unit, names)
    for record in [*plan.departments, *plan.areas]:
        for position, alias in enumerate(record.aliases):
            if any(separator in alias for separator in ("、", "，")):
                yield Problem("unit-list-separator", record.location("aliases", position), {"value": alias})
    for project in plan.projects:
        if project.unit and index.resolve(project.unit) is None:
            yield _unknown("unknown-department", project, ("unit",), project.unit, names)
    for policy in plan.policies:
        for position, unit in enumerate(policy.units):
            if index.resolve(unit) is None:
                yield _unknown("unknown-department", policy, ("units", position), unit, names)


@check
def check_indicator_references(plan: Plan) -> Iterator[Problem]:
    ids = plan.known_keys("indicators", "id")
    project_ids = plan.known_keys("projects", "id")
    areas = area_index(plan.areas)
    check_ids, check_projects, check_areas = plan.loaded("indicators"), plan.loaded("projects"), plan.loaded("areas")
    for site in plan.sites:
        if check_ids and site.indicator not in ids:
            yield _unknown("unknown-indicator", site, ("indicator",), site.indicator, ids)
        if check_projects and site.project and site.project not in project_ids:
            yield _unknown("unknown-project", site, ("project",), site.project, project_ids)
    for value in plan.values:
        if check_ids and value.indicator not in ids:
            yield _unknown("unknown-indicator", value, ("indicator",), value.indicator, ids)
        if check_areas and value.area is not None and areas.resolve(value.area) is None:
            yield Problem("unknown-area", value.location("area"),
                          {"value": value.area, "known": "、".join(areas.names)})


@check
def check_target_years(plan: Plan) -> Iterator[Problem]:
    first, last = plan.start_year, plan.end_year
    for indicator in plan.indicators:
        for index, target in enumerate(indicator.targets):
            if not first <= target.year <= last:
                yield Problem("target-year-outside-plan", indicator.location("targets", index, "year"),
                              {"value": target.year, "first": first, "last": last})
            if target.from_year is not None and not first <= target.from_year <= target.year:
                yield Problem("target-year-outside-plan", indicator.location("targets", index, "from_year"),
                              {"value": target.from_year, "first": first, "last": target.year})
            if target.base_year is not None and target.base_year >= target.year:
                yield Problem("base-year-not-before", indicator.location("targets", index, "base_year"),
                              {"value": target.base_year, "year": target.year})


@check
def check_target_kinds(plan: Plan) -> Iterator[Problem]:
    for indicator in plan.indicators:
        for index, target in enumerate(indicator.targets):
            path = ("targets", index)
            if indicator.measure not in KIND_MEASURES[target.kind]:
                yield Problem("kind-does-not-fit-measure", indicator.location(*path, "kind"),
                              {"kind": target.kind, "measure": indicator.measure, "id": indicator.id})
            if target.kind == "relative" and target.base_year is None:
                yield Problem("missing-target-key", indicator.location(*path), {"key": "base_year", "kind": "relative"})
            if target.kind == "maintained" and target.from_year is None:
                yield Problem("missing-target-key", indicator.location(*path), {"key": "from_year", "kind": "maintained"})
            if target.comparator == "about" and target.tolerance is None:
                yield Problem("missing-target-key", indicator.location(*path), {"key": "tolerance", "kind": "about"})


@check
def check_whole_counts(plan: Plan) -> Iterator[Problem]:
    units = {indicator.id: indicator.unit for indicator in plan.indicators}
    for indicator in plan.indicators:
        if indicator.unit not in COUNT_UNITS:
            continue
        for index, target in enumerate(indicator.targets):
            if target.kind == "relative":
                continue
            if target.value < 0 or target.value != int(target.value):
                yield Problem("count-not-whole", indicator.location("targets", index, "value"),
                              {"value": number(target.value), "unit": indicator.unit})
    for value in plan.values:
        if units.get(value.indicator) in COUNT_UNITS and (value.value < 0 or value.value != int(value.value)):
            yield Problem("count-not-whole", value.location("value"),
                          {"value": number(value.value), "unit": units[value.indicator]})


@check
def check_derived_counts(plan: Plan) -> Iterator[Problem]:
    if not plan.loaded("indicators", "sites"):
        return
    sites_by_indicator = Counter(site.indicator for site in plan.sites)
    for indicator in plan.indicators:
        if not indicator.derived_from_sites:
            if sites_by_indicator[indicator.id]:
                yield Problem("sites-for-undeclared-indicator", indicator.location("derived_from_sites"),
                              {"id": indicator.id, "count": sites_by_indicator[indicator.id]})
            continue
        if not sites_by_indicator[indicator.id]:
            yield Problem("derived-without-sites", indicator.location("derived_from_sites"), {"id": indicator.id})
            continue
        for index, target in enumerate(indicator.targets):
            named = sum(1 for site in plan.sites if site.indicator == indicator.id and site.planned_year <= target.year)
            if named > target.value and not indicator.note and not target.note:
                yield Problem("sites-exceed-count", indicator.location("targets", index, "value"),
                              {"id": indicator.id, "year": target.year, "named": named, "value": target.value})
    derived = {indicator.id for indicator in plan.indicators if indicator.derived_from_sites}
    for value in plan.values:
        if value.indicator in derived:
            yield Problem("value-for-derived-indicator", value.location("indicator"), {"id": value.indicator})


@check
def check_value_years(plan: Plan) -> Iterator[Problem]:
    """A value's year must be one the plan can use, and its as-of date must not precede that year."""
    indicators = {indicator.id: indicator for indicator in plan.indicators}
    for value in plan.values:
        indicator = indicators.get(value.indicator)
        earlier = [plan.start_year - 1]
        if indicator is not None:
            earlier += [target.base_year for target in indicator.targets if target.base_year]
            earlier += [indicator.baseline_year] if indicator.baseline_year else []
        if not min(earlier) <= value.year <= plan.end_year:
            yield Problem("value-year-outside-plan", value.location("year"),
                          {"value": value.year, "first": min(earlier), "last": plan.end_year})
        if value.as_of.year < value.year:
            yield Problem("value-as-of-before-year", value.location("as_of"),
                          {"as_of": value.as_of.isoformat(), "year": value.year})


@check
def check_duplicate_values(plan: Plan) -> Iterator[Problem]:
    first: dict[tuple, models.RecordedValue] = {}
    for value in plan.values:
        key = (value.indicator, value.year, value.area or "")
        if key in first:
            earlier = first[key].location()
            yield Problem("duplicate-value", value.location(),
                          {"indicator": value.indicator, "year": value.year, "area": value.area or "全市",
                           "first": f"{earlier.file}:{earlier.line}"})
        else:
            first[key] = value


@check
def check_notes(plan: Plan) -> Iterator[Problem]:
    """Show each contradiction note of the plan as a warning, at its line."""
    groups: list[list[models.Record]] = [
        plan.tasks, plan.annex1, plan.indicators, plan.projects, plan.sites, plan.policies,
        plan.departments, plan.areas,
    ]
    for records in groups:
        for record in records:
            yield from _notes_of(record, ())
    if plan.areas_note:
        document = plan.documents.get("data/areas.yaml")
        if document is not None:
            yield Problem("note", document.location(("note",)), {"note": plan.areas_note})


def _notes_of(record: models.Record, path: tuple) -> Iterator[Problem]:
    note = getattr(record, "note", None)
    if note:
        yield Problem("note", record.location(*path, "note") if not path else record.location(*path, "note"),
                      {"note": note})
    for name in ("targets", "milestones"):
        for index, child in enumerate(getattr(record, name, None) or []):
            if child.note:
                yield Problem("note", record.location(name, index, "note"), {"note": child.note})
