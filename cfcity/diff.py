"""Compare the plan and its data at two revisions: plan decisions, values, statuses, validation.

Changes to the plan itself (targets, years, comparators, units, directions, units responsible,
tasks, projects, named sites) are kept apart from recorded values and progress updates, because
they are decisions for the joint meeting (联席会议), not data fixes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from cfcity.checks import validate
from cfcity.directory import area_index
from cfcity.loader import Plan
from cfcity.problems import ERROR, Problem
from cfcity.query import number
from cfcity.report import evaluate_all

# Fields of projects and sites that record progress; every other field is part of the plan.
PROGRESS_FIELDS = {"status", "started", "completed", "spent_wan", "evidence"}


@dataclass(frozen=True)
class Change:
    """One added, removed, renamed or changed item or field."""

    section: str
    action: str
    key: str
    field: str | None = None
    old: Any = None
    new: Any = None


@dataclass(frozen=True)
class ValueChange:
    action: str
    indicator: str
    year: int
    area: str | None
    old: dict | None
    new: dict | None


@dataclass(frozen=True)
class StatusMove:
    indicator: str
    year: int
    kind: str
    old: str | None
    new: str | None
    old_value: Any
    new_value: Any


@dataclass
class PlanDiff:
    """Everything that differs between two sides of a comparison."""

    old_label: str
    new_label: str
    plan_changes: list[Change] = field(default_factory=list)
    progress_changes: list[Change] = field(default_factory=list)
    value_changes: list[ValueChange] = field(default_factory=list)
    status_moves: list[StatusMove] = field(default_factory=list)
    introduced: list[Problem] = field(default_factory=list)
    fixed: list[Problem] = field(default_factory=list)
    new_errors: int = 0
    # Files that do not load on one side, so their contents were not compared: (side, file).
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    old_commit: str | None = None
    new_commit: str | None = None

    def counts(self) -> dict[str, int]:
        actions = [change.action for change in self.value_changes]
        return {
            "plan_changes": len(self.plan_changes),
            "values_added": actions.count("added"),
            "values_changed": actions.count("changed"),
            "values_removed": actions.count("removed"),
            "status_moves": len(self.status_moves),
            "progress_changes": len(self.progress_changes),
            "errors_introduced": len(self.introduced),
            "errors_fixed": len(self.fixed),
        }


def compare(old: Plan, new: Plan, old_label: str, new_label: str,
            as_of: datetime.date | None = None) -> PlanDiff:
    """Compare two loaded plans."""
    as_of = as_of or datetime.date.today()
    result = PlanDiff(old_label, new_label)
    result.unreadable = [(old_label, name) for name in sorted(old.broken_files)]
    result.unreadable += [(new_label, name) for name in sorted(new.broken_files)]
    skipped = old.broken_sections | new.broken_sections
    _compare_plan(old, new, result, skipped)
    renames = {change.old: change.new for change in result.plan_changes if change.action == "renamed"}
    result.value_changes = _compare_values(old, new, renames, old.broken_files | new.broken_files)
    result.status_moves = _compare_statuses(old, new, as_of, result)
    _compare_problems(old, new, result)
    return result


# The plan.

def _dump(record: Any, exclude: set[str] | None = None) -> dict:
    data = record.model_dump(mode="json", exclude_none=True, exclude=exclude)
    return {key: _plain(value) for key, value in data.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return number(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _compare_records(section: str, old: dict[str, dict], new: dict[str, dict], changes: list[Change]) -> None:
    for key in sorted(old.keys() - new.keys(), key=str):
        changes.append(Change(section, "removed", key, old=old[key]))
    for key in sorted(new.keys() - old.keys(), key=str):
        changes.append(Change(section, "added", key, new=new[key]))
    for key in sorted(old.keys() & new.keys(), key=str):
        for name in list(dict.fromkeys([*old[key], *new[key]])):
            if old[key].get(name) != new[key].get(name):
                changes.append(Change(section, "changed", key, name, old[key].get(name), new[key].get(name)))


def _compare_plan(old: Plan, new: Plan, result: PlanDiff, skipped: set[str]) -> None:
    plan_changes: list[Change] = []
    if "indicators" not in skipped:
        _compare_indicators(old, new, plan_changes)
    for section, key in (("tasks", "number"), ("annex1", "id"), ("policies", "number"), ("departments", "name"),
                         ("areas", "id"), ("domains", "id")):
        if section in skipped:
            continue
        _compare_records(section, {str(getattr(item, key)): _dump(item) for item in getattr(old, section)},
                         {str(getattr(item, key)): _dump(item) for item in getattr(new, section)}, plan_changes)
    for section in ("projects", "sites"):
        if section in skipped:
            continue
        _compare_records(section, {item.id: _dump(item, PROGRESS_FIELDS) for item in getattr(old, section)},
                         {item.id: _dump(item, PROGRESS_FIELDS) for item in getattr(new, section)}, plan_changes)
        progress_old = {item.id: _dump(item, set(type(item).model_fields) - PROGRESS_FIELDS)
                        for item in getattr(old, section)}
        progress_new = {item.id: _dump(item, set(type(item).model_fields) - PROGRESS_FIELDS)
                        for item in getattr(new, section)}
        shared = progress_old.keys() & progress_new.keys()
        _compare_records(section, {key: progress_old[key] for key in shared},
                         {key: progress_new[key] for key in shared}, result.progress_changes)
    if "assessments" not in skipped:
        _compare_records("assessments",
                         {f"{item.task}/{item.year}/{item.date}": _dump(item) for item in old.assessments},
                         {f"{item.task}/{item.year}/{item.date}": _dump(item) for item in new.assessments},
                         result.progress_changes)
    if old.meta and new.meta and "plan" not in skipped:
        _compare_records("plan", {"plan": _dump(old.meta)}, {"plan": _dump(new.meta)}, plan_changes)
    result.plan_changes = plan_changes


def _compare_indicators(old: Plan, new: Plan, changes: list[Change]) -> None:
    old_items = {item.id: item for item in old.indicators}
    new_items = {item.id: item for item in new.indicators}

    # An id that disappears while one with the same name, task and unit appears is a rename.
    renamed: dict[str, str] = {}
    for old_id in sorted(old_items.keys() - new_items.keys()):
        before = old_items[old_id]
        for new_id in sorted(new_items.keys() - old_items.keys() - set(renamed.values())):
            after = new_items[new_id]
            if (before.name, before.task, before.unit) == (after.name, after.task, after.unit):
                renamed[old_id] = new_id
                changes.append(Change("indicators", "renamed", old_id, "id", old_id, new_id))
                break

    pairs = {key: (old_items[key], new_items[key]) for key in old_items.keys() & new_items.keys()}
    pairs.update({old_id: (old_items[old_id], new_items[new_id]) for old_id, new_id in renamed.items()})
    removed = sorted(old_items.keys() - new_items.keys() - renamed.keys())
    added = sorted(new_items.keys() - old_items.keys() - set(renamed.values()))
    _compare_records("indicators", {key: _dump(old_items[key]) for key in removed},
                     {key: _dump(new_items[key]) for key in added}, changes)

    for key in sorted(pairs):
        before, after = pairs[key]
        label = after.id
        _compare_records("indicators", {label: _dump(before, {"targets", "id"})},
                         {label: _dump(after, {"targets", "id"})}, changes)
        _compare_targets(label, before, after, changes)


def _compare_targets(label: str, before: Any, after: Any, changes: list[Change]) -> None:
    """Compare targets by year and kind; a target whose year changed is one change, not two."""
    old_targets, new_targets = _targets(label, before), _targets(label, after)
    removed = [key for key in old_targets if key not in new_targets]
    added = [key for key in new_targets if key not in old_targets]
    for old_key in list(removed):
        partner = next((key for key in added if new_targets[key]["kind"] == old_targets[old_key]["kind"]), None)
        if partner is not None:
            removed.remove(old_key)
            added.remove(partner)
            new_targets[old_key] = new_targets.pop(partner)
    _compare_records("targets", old_targets, new_targets, changes)


def _targets(label: str, indicator: Any) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for target in indicator.targets:
        key = f"{label} {target.year} {target.kind}"
        while key in found:
            key += "+"
        found[key] = _dump(target)
    return found


# Recorded values.

def _value_map(plan: Plan, renames: dict[str, str], skipped_files: set[str]) -> dict[tuple, dict]:
    areas = area_index(plan.areas)
    result = {}
    for value in plan.values:
        area = (areas.resolve(value.area) or value.area) if value.area else None
        location = value.location()
        if str(location.file) in skipped_files:
            continue
        result[(renames.get(value.indicator, value.indicator), value.year, area)] = {
            "value": number(value.value), "as_of": value.as_of.isoformat(), "source": value.source,
            "note": value.note, "file": str(location.file), "line": location.line,
        }
    return result


def _compare_values(old: Plan, new: Plan, renames: dict[str, str], skipped_files: set[str]) -> list[ValueChange]:
    before, after = _value_map(old, renames, skipped_files), _value_map(new, {}, skipped_files)
    changes = []
    compared = ("value", "as_of", "source", "note")
    for key in sorted(before.keys() | after.keys(), key=lambda item: (item[0], item[1], item[2] or "")):
        old_value, new_value = before.get(key), after.get(key)
        if old_value is None:
            action = "added"
        elif new_value is None:
            action = "removed"
        elif any(old_value[name] != new_value[name] for name in compared):
            action = "changed"
        else:
            continue
        changes.append(ValueChange(action, key[0], key[1], key[2], old_value, new_value))
    return changes


def _compare_statuses(old: Plan, new: Plan, as_of: datetime.date, result: PlanDiff) -> list[StatusMove]:
    touched = {change.indicator for change in result.value_changes}
    touched |= {change.key.split(" ")[0] for change in result.plan_changes if change.section == "targets"}
    touched |= {change.key for change in result.plan_changes if change.section == "indicators"}
    sites_changed = {change.key for change in result.progress_changes if change.section == "sites"}
    touched |= {site.indicator for site in new.sites if site.id in sites_changed}

    def statuses(plan: Plan) -> dict[tuple, tuple]:
        return {(item.indicator.id, item.target.year, item.target.kind): (item.status, item.value)
                for item in evaluate_all(plan, as_of) if item.indicator.id in touched}

    before, after = statuses(old), statuses(new)
    moves = []
    for key in sorted(before.keys() | after.keys()):
        old_status, old_value = before.get(key, (None, None))
        new_status, new_value = after.get(key, (None, None))
        if old_status != new_status or old_value != new_value:
            moves.append(StatusMove(key[0], key[1], key[2], old_status, new_status,
                                    _round(old_value), _round(new_value)))
    return moves


def _round(value: float | None) -> Any:
    return None if value is None else number(round(value, 6))


# Validation.

def _compare_problems(old: Plan, new: Plan, result: PlanDiff) -> None:
    def errors(plan: Plan) -> dict[tuple, Problem]:
        return {(problem.code, str(problem.location.file), problem.message("en")): problem
                for problem in validate(plan) if problem.severity == ERROR}

    before, after = errors(old), errors(new)
    result.introduced = [after[key] for key in after.keys() - before.keys()]
    result.fixed = [before[key] for key in before.keys() - after.keys()]
    result.introduced.sort(key=Problem.sort_key)
    result.fixed.sort(key=Problem.sort_key)
    result.new_errors = len(after)
