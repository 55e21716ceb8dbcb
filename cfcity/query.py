"""Look up the plan: tasks by domain or unit, and any item by its id or name."""

from __future__ import annotations

import difflib
from typing import Any

from cfcity import models
from cfcity.directory import area_index, department_index
from cfcity.loader import Plan
from cfcity.problems import CfcityError


def resolve_domain(plan: Plan, text: str) -> str:
    """Return the domain id for an id or a Chinese or English name."""
    wanted = text.strip().lower()
    for domain in plan.domains:
        if wanted in (domain.id, domain.name.lower(), domain.name_en.lower()):
            return domain.id
    partial = [domain.id for domain in plan.domains if wanted and wanted in domain.name.lower()]
    if len(partial) == 1:
        return partial[0]
    known = "、".join(f"{domain.id}（{domain.name}）" for domain in plan.domains)
    raise CfcityError("unknown-domain-option", value=text, known=known)


def resolve_unit(plan: Plan, text: str) -> str:
    """Return the canonical name of a department given a name, alias or unique part of one."""
    index = department_index(plan.departments)
    matches = index.search(text)
    if len(matches) == 1:
        return matches[0]
    if not matches and area_index(plan.areas).resolve(text):
        # A township or subdistrict owes what the plan gives to all of them together.
        collective = index.search("各乡镇")
        if collective:
            return collective[0]
    if matches:
        raise CfcityError("ambiguous-unit-option", value=text, matches="、".join(matches[:8]))
    close = difflib.get_close_matches(text, list(index.canonical), n=3, cutoff=0.4)
    raise CfcityError("unknown-unit-option", value=text, suggestions="、".join(close) or "—")


def task_units(plan: Plan, task: models.Task) -> set[str]:
    """Return the canonical names of every unit that leads or shares a task."""
    index = department_index(plan.departments)
    return {index.resolve(unit) or unit for unit in task.all_units()}


def select_tasks(plan: Plan, domain: str | None = None, unit: str | None = None) -> list[models.Task]:
    """Return the tasks of a domain and/or a unit, in plan order."""
    tasks = plan.tasks
    if domain:
        domain_id = resolve_domain(plan, domain)
        tasks = [task for task in tasks if task.domain == domain_id]
    if unit:
        canonical = resolve_unit(plan, unit)
        tasks = [task for task in tasks if canonical in task_units(plan, task)]
    return tasks


def indicators_of_task(plan: Plan, number: int) -> list[models.Indicator]:
    return [indicator for indicator in plan.indicators if indicator.task == number]


def target_record(indicator: models.Indicator, target: models.Target) -> dict[str, Any]:
    """Return the JSON form of one target; scripts depend on these keys."""
    record = {
        "indicator": indicator.id,
        "name": indicator.name,
        "year": target.year,
        "kind": target.kind,
        "value": number(target.value),
        "unit": indicator.unit,
        "comparator": target.comparator,
        "text": target.text,
    }
    for key in ("tolerance", "base_year", "from_year"):
        if getattr(target, key) is not None:
            record[key] = number(getattr(target, key))
    if not target.year_stated:
        record["year_stated"] = False
    return record


def task_record(plan: Plan, task: models.Task) -> dict[str, Any]:
    """Return the JSON form of one task; scripts depend on these keys."""
    domain = plan.domain(task.domain)
    return {
        "number": task.number,
        "domain": task.domain,
        "domain_name": domain.name if domain else task.domain,
        "domain_name_en": domain.name_en if domain else task.domain,
        "title": task.title,
        "lead_units": list(task.lead_units),
        "responsible_units": list(task.responsible_units),
        "participating_units": list(task.participating_units),
        "milestones": [{"year": item.year, "text": item.text} for item in task.milestones],
        "targets": [
            target_record(indicator, target)
            for indicator in indicators_of_task(plan, task.number)
            for target in indicator.targets
        ],
    }


def number(value: float) -> int | float:
    """Return a whole float as an int, so 156.0 prints as 156."""
    return int(value) if float(value).is_integer() else value


def round_half_up(value: float, decimals: int) -> int | float:
    """Round as people do by hand (四舍五入): 56.15 to one place is 56.2, where round() gives 56.1.

    The float's shortest decimal form (repr) is rounded, not its binary value, so what was typed
    as 56.15 rounds as 56.15.
    """
    from decimal import ROUND_HALF_UP, Decimal

    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return number(float(rounded))


def find_item(plan: Plan, item_id: str) -> tuple[str, Any]:
    """Find a task (by number), an indicator, a project or a site by id."""
    text = item_id.strip()
    if text.lstrip("-").isdigit():
        if plan.task(int(text)):
            return "task", plan.task(int(text))
        if not plan.tasks:
            raise CfcityError("no-tasks")
        raise CfcityError("unknown-task-number", value=text, last=max(task.number for task in plan.tasks))
    for kind, records in (("indicator", plan.indicators), ("project", plan.projects), ("site", plan.sites)):
        for record in records:
            if record.id == text.lower():
                return kind, record
    for kind, records in (("project", plan.projects), ("site", plan.sites)):
        named = [record for record in records if record.name == text]
        if named:
            return kind, named[0]
    try:
        return "indicator", find_indicator(plan, text)
    except CfcityError:
        pass
    candidates = [*(str(task.number) for task in plan.tasks), *(item.id for item in plan.indicators),
                  *(item.id for item in plan.projects), *(item.id for item in plan.sites)]
    close = difflib.get_close_matches(text, candidates, n=5, cutoff=0.5)
    raise CfcityError("unknown-id", value=item_id, suggestions="、".join(close) or "—")


def describe_task(plan: Plan, task: models.Task) -> dict[str, Any]:
    """Return a task's text in the plan and the records that refer to it."""
    record = task_record(plan, task)
    record.update(
        title_en=task.title_en,
        lead_text=task.lead_text,
        responsible_text=task.responsible_text,
        participating_text=task.participating_text,
        annex1=[{"id": row.id, "progress": row.progress, "outcome": row.outcome}
                for row in plan.annex1 if task.number in row.tasks],
        projects=[{"id": item.id, "name": item.name} for item in plan.projects if task.number in item.tasks],
        sites=[{"id": item.id, "name": item.name, "planned_year": item.planned_year}
               for item in plan.sites if item.task == task.number],
        assessments=[{"year": item.year, "status": item.status, "evidence": item.evidence,
                      "date": item.date.isoformat()} for item in plan.assessments if item.task == task.number],
        notes=_notes(task),
    )
    return record


def describe_indicator(plan: Plan, indicator: models.Indicator) -> dict[str, Any]:
    """Return an indicator's definition, targets, named sites and recorded values."""
    return {
        "id": indicator.id,
        "name": indicator.name,
        "name_en": indicator.name_en,
        "task": indicator.task,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "measure": indicator.measure,
        "baseline_year": indicator.baseline_year,
        "derived_from_sites": indicator.derived_from_sites,
        "targets": [target_record(indicator, target) for target in indicator.targets],
        "sites": [{"id": item.id, "name": item.name, "planned_year": item.planned_year, "status": item.status}
                  for item in plan.sites if item.indicator == indicator.id],
        "values": [
            {"year": item.year, "area": item.area, "value": number(item.value), "as_of": item.as_of.isoformat(),
             "source": item.source, "note": item.note}
            for item in plan.values if item.indicator == indicator.id
        ],
        "notes": _notes(indicator),
    }


def describe_record(record: models.Record) -> dict[str, Any]:
    """Return a project's or a site's fields as JSON values."""
    data = record.model_dump(mode="json", exclude_none=True)
    return {key: number(value) if isinstance(value, float) else value for key, value in data.items()}


def _notes(record: models.Record) -> list[str]:
    notes = [record.note] if getattr(record, "note", None) else []
    for child in [*getattr(record, "targets", []), *getattr(record, "milestones", [])]:
        if child.note:
            notes.append(child.note)
    return notes


def find_indicator(plan: Plan, text: str) -> models.Indicator:
    """Find an indicator by id, Chinese name, or a part of either that matches only one."""
    wanted = text.strip()
    for indicator in plan.indicators:
        if wanted in (indicator.id, indicator.name):
            return indicator

    lowered = wanted.lower()
    matches = [item for item in plan.indicators if lowered in item.id.lower() or wanted in item.name]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = "、".join(f"{item.id}（{item.name}）" for item in matches[:8])
        raise CfcityError("ambiguous-indicator", value=text, matches=listed)

    names = {item.id: item for item in plan.indicators} | {item.name: item for item in plan.indicators}
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.4)
    listed = "、".join(dict.fromkeys(f"{names[key].id}（{names[key].name}）" for key in close)) or "—"
    raise CfcityError("unknown-indicator-option", value=text, suggestions=listed)
