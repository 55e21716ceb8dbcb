"""The plan's three annex tables, row for row, with the document's column headings."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

from cfcity.loader import Plan
from cfcity.query import number

ANNEX1_COLUMNS = ("领域", "序号", "相关指标预期进度", "拟实现工作目标和成果")
ANNEX2_COLUMNS = ("序号", "政策内容", "责任部门", "(拟) 出台时间")
ANNEX3_COLUMNS = ("序号", "项目名称", "项目单位", "建设规模 (平方米)", "项目总投资 (万元)", "投资来源", "建设期限",
                  "主要建设内容和预期成效", "备注")
STATUS_COLUMN = "状态"


def annex1_rows(plan: Plan) -> list[dict[str, Any]]:
    domains = {domain.id: domain.name for domain in plan.domains}
    return [dict(zip(ANNEX1_COLUMNS, (domains.get(row.domain, row.domain), row.number, row.progress, row.outcome),
                 strict=True))
            for row in plan.annex1]


def annex2_rows(plan: Plan) -> list[dict[str, Any]]:
    return [dict(zip(ANNEX2_COLUMNS, (policy.number, policy.title, policy.units_text, policy.issued), strict=True))
            for policy in plan.policies]


def annex3_rows(plan: Plan) -> list[dict[str, Any]]:
    projects = [project for project in plan.projects if project.kind == "annex3"]
    return [
        dict(zip(ANNEX3_COLUMNS, (
            project.number, project.name, project.unit, _figure(project.area_m2), _figure(project.investment_wan),
            project.funding, project.duration, project.content, project.remarks or "",
        ), strict=True))
        for project in projects
    ]


def _figure(value: float | None) -> int | float | None:
    return number(value) if value is not None else None


def annex1_statuses(plan: Plan, as_of: datetime.date) -> list[dict[str, int]]:
    """Count the target and milestone statuses of each annex 1 row's tasks."""
    from cfcity.report import build_report

    rows = build_report(plan, as_of)
    statuses = []
    for annex_row in plan.annex1:
        counts = Counter(row["status"] for row in rows if row["task"] in annex_row.tasks)
        statuses.append(dict(counts))
    return statuses


def annex3_statuses(plan: Plan, as_of: datetime.date) -> list[str]:
    from cfcity.models import status_at

    return [status_at(project, as_of) for project in plan.projects if project.kind == "annex3"]
