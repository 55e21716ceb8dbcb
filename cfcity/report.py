"""The gap report and the status summary, as plain data that every output format shares."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

from cfcity import models
from cfcity.loader import Plan
from cfcity.observations import Observations
from cfcity.problems import CfcityError
from cfcity.query import number, resolve_domain, resolve_unit, round_half_up, task_units
from cfcity.status import STATUSES, Evaluation, Evaluator

ATTENTION = ("behind", "missed", "overdue_no_data")


def evaluate_all(plan: Plan, as_of: datetime.date) -> list[Evaluation]:
    """Evaluate every target of every indicator, in plan order."""
    evaluator = Evaluator(Observations(plan, as_of))
    return [evaluator.evaluate(indicator, target) for indicator in plan.indicators for target in indicator.targets]


def _rounded(value: float | None, decimals: int) -> int | float | None:
    if value is None:
        return None
    return round_half_up(value, decimals)


def target_row(plan: Plan, evaluation: Evaluation) -> dict[str, Any]:
    """Return one report row; `cfcity report --format json` is a list of these."""
    indicator, target = evaluation.indicator, evaluation.target
    task = plan.task(indicator.task) if indicator.task is not None else None
    decimals = indicator.decimals
    baseline = evaluation.baseline
    latest = evaluation.latest
    return {
        "domain": task.domain if task else None,
        "task": indicator.task,
        "lead_units": list(task.lead_units) if task else [],
        "indicator": indicator.id,
        "name": indicator.name,
        "text": target.text,
        "year": target.year,
        "kind": target.kind,
        "target": number(target.value),
        "comparator": target.comparator,
        "tolerance": number(target.tolerance) if target.tolerance is not None else None,
        "unit": indicator.unit,
        "direction": indicator.direction,
        "baseline": _rounded(baseline.value, decimals) if baseline else None,
        "baseline_year": baseline.year if baseline else None,
        "value": _rounded(evaluation.value, max(decimals, 2) if target.kind == "relative" else decimals),
        "gap": _rounded(evaluation.gap, max(decimals, 2) if target.kind == "relative" else decimals),
        "percent": _rounded(evaluation.percent, 1),
        "status": evaluation.status,
        "expected": _rounded(evaluation.expected, decimals),
        "growth_ratio": evaluation.growth_ratio,
        "growth_band": evaluation.growth_band,
        "as_of": latest.as_of.isoformat() if latest else None,
        "source": latest.source if latest else None,
        "reason": evaluation.reason,
        "areas_reported": sum(1 for value in evaluation.area_values.values() if value is not None)
        if evaluation.area_values else None,
        "areas_total": len(evaluation.area_values) if evaluation.area_values else None,
        "sources": [
            {"year": item.year, "area": item.area, "value": number(item.value), "as_of": item.as_of.isoformat(),
             "source": item.source, "file": item.file, "line": item.line}
            for item in evaluation.observations
        ],
    }


def milestone_rows(plan: Plan, as_of: datetime.date) -> list[dict[str, Any]]:
    """Return a row for each qualitative milestone with its latest assessment up to `as_of`."""
    rows = []
    for task in plan.tasks:
        for milestone in task.milestones:
            assessments = [item for item in plan.assessments
                           if item.task == task.number and item.year == milestone.year and item.date <= as_of]
            latest = max(assessments, key=lambda item: item.date, default=None)
            rows.append({
                "domain": task.domain, "task": task.number, "lead_units": list(task.lead_units),
                "indicator": None, "name": task.title, "text": milestone.text, "year": milestone.year,
                "kind": "milestone", "target": None, "comparator": None, "tolerance": None, "unit": None,
                "direction": None, "baseline": None, "baseline_year": None, "value": None, "gap": None,
                "percent": None, "status": latest.status if latest else "not_assessed", "expected": None,
                "growth_ratio": None, "growth_band": None,
                "as_of": latest.date.isoformat() if latest else None,
                "source": latest.evidence if latest else None, "reason": None, "areas_reported": None,
                "areas_total": None, "sources": [],
            })
    return rows


def build_report(plan: Plan, as_of: datetime.date, year: int | None = None, domain: str | None = None,
                 unit: str | None = None, status: str | None = None,
                 milestones: bool = True) -> list[dict[str, Any]]:
    """Return the gap report rows, filtered, sorted by domain then task."""
    rows = [target_row(plan, evaluation) for evaluation in evaluate_all(plan, as_of)]
    rows = [row for row in rows if row["task"] is not None]
    if milestones:
        rows += milestone_rows(plan, as_of)

    if year is not None:
        rows = [row for row in rows if row["year"] == year]
    if domain:
        domain_id = resolve_domain(plan, domain)
        rows = [row for row in rows if row["domain"] == domain_id]
    if unit:
        canonical = resolve_unit(plan, unit)
        tasks = {task.number for task in plan.tasks if canonical in task_units(plan, task)}
        rows = [row for row in rows if row["task"] in tasks]
    if status:
        known = (*STATUSES, "not_assessed", *models.ASSESSMENT_STATUSES)
        if status not in known:
            raise CfcityError("unknown-status-option", value=status, known=", ".join(known))
        rows = [row for row in rows if row["status"] == status]

    order = {domain_id: position for position, domain_id in enumerate(models.DOMAIN_IDS)}
    rows.sort(key=lambda row: (order.get(row["domain"], 99), row["task"], row["kind"] == "milestone", row["year"]))
    return rows


def build_status(plan: Plan, as_of: datetime.date) -> dict[str, Any]:
    """Return the whole plan's standing at `as_of`: counts, shares met, what needs attention."""
    rows = build_report(plan, as_of, milestones=False)
    domains = []
    for domain in plan.domains:
        counts = Counter(row["status"] for row in rows if row["domain"] == domain.id)
        domains.append({"id": domain.id, "name": domain.name, "name_en": domain.name_en, "targets": sum(counts.values()),
                        "counts": {status: counts.get(status, 0) for status in STATUSES}})

    shares = {}
    for year in sorted({row["year"] for row in rows}):
        in_year = [row for row in rows if row["year"] == year]
        met = sum(1 for row in in_year if row["status"] == "met")
        shares[str(year)] = {"met": met, "targets": len(in_year),
                             "percent": round(met / len(in_year) * 100, 1) if in_year else None}

    current_year = min(max(as_of.year, plan.start_year), plan.end_year)
    recorded = {(value.indicator, value.year) for value in plan.values if value.as_of <= as_of}
    missing = [{"indicator": indicator.id, "name": indicator.name, "task": indicator.task,
                "lead_units": list(plan.task(indicator.task).lead_units) if plan.task(indicator.task) else []}
               for indicator in plan.indicators
               if indicator.targets and not indicator.derived_from_sites
               and (indicator.id, current_year) not in recorded]

    milestones = Counter(row["status"] for row in milestone_rows(plan, as_of))
    return {
        "as_of": as_of.isoformat(),
        "targets": len(rows),
        "domains": domains,
        "met_share": shares,
        "attention": [row for row in rows if row["status"] in ATTENTION],
        "missing_year": current_year,
        "missing": missing,
        "milestones": dict(milestones),
        "projects": dict(Counter(models.status_at(project, as_of) for project in plan.projects)),
        "sites": dict(Counter(models.status_at(site, as_of) for site in plan.sites)),
    }
