"""Record values, assessments and project progress in the plan's YAML files.

Every write holds the plan lock, re-reads the file under it, changes only the lines of the
record it touches, checks that the new text loads, and replaces the file atomically.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any

from cfcity import models
from cfcity.directory import area_index
from cfcity.editing import TextFile, plan_lock, write_atomic
from cfcity.loader import VALUES_FOLDER, Plan, load_plan
from cfcity.problems import CfcityError
from cfcity.query import find_indicator
from cfcity.values import parse_value
from cfcity.yamlio import load_document

VALUES_HEADER = "# {year} 年的记录数值。用 cfcity record 记录或手工编辑，用 cfcity validate 检查。\n"


@dataclass(frozen=True)
class RecordResult:
    """The outcome of a write: the file and line, and the old and new values."""

    file: str
    line: int
    indicator: str
    year: int
    area: str | None
    new: Any
    old: Any = None
    unchanged: bool = False
    counts_toward: str = ""


def record_value(root: Path, indicator_text: str, value_text: str, *, year: int, source: str,
                 area: str | None = None, as_of: datetime.date | None = None, note: str | None = None,
                 replace: bool = False, force: bool = False, today: datetime.date | None = None) -> RecordResult:
    """Record one value of an indicator; raise CfcityError for anything the user must fix."""
    today = today or datetime.date.today()
    as_of = as_of or min(today, datetime.date(year, 12, 31)) if as_of is None else as_of
    with plan_lock(root):
        plan = load_plan(root)
        _reject_if_broken(plan, ("indicators.yaml", "data/areas.yaml"), "data/values/")
        indicator = find_indicator(plan, indicator_text)
        if indicator.derived_from_sites:
            raise CfcityError("record-derived-indicator", id=indicator.id)
        _check_text("--source", source)
        if note is not None:
            _check_text("--note", note)
        parsed = parse_value(value_text, indicator, reference=_latest_value(plan, indicator.id))
        if parsed.warning and not force:
            raise CfcityError(parsed.warning, **parsed.warning_args)
        area_name = _resolve_area(plan, area)
        _check_year(plan, indicator, year)
        _check_as_of(year, as_of, today)
        if not source.strip():
            raise CfcityError("record-source-missing")

        existing = _find_value(plan, indicator.id, year, area_name)
        if existing is not None:
            return _replace_value(root, existing, parsed.number, as_of, source, note, replace)
        return _append_value(root, indicator.id, year, area_name, parsed.number, as_of, source, note)


def _reject_if_broken(plan: Plan, files: tuple[str, ...], prefix: str | None = None) -> None:
    """Raise while a file the write depends on has errors, because a value in it may be unreadable."""
    for problem in plan.problems:
        name = str(problem.location.file)
        if name in files or (prefix and name.startswith(prefix)):
            raise CfcityError("write-blocked-by-errors", file=name, line=problem.location.line,
                              detail=problem.message())


def _check_text(option: str, text: str) -> None:
    """Reject invisible control characters (Word's soft line break pastes as U+000B)."""
    for char in text:
        if (ord(char) < 32 and char not in "\t") or 0x7F <= ord(char) < 0xA0 or char in "\u2028\u2029":
            raise CfcityError("text-control-character", option=option, codepoint=f"U+{ord(char):04X}")


def _latest_value(plan: Plan, indicator_id: str) -> Decimal | None:
    values = [value for value in plan.values if value.indicator == indicator_id and value.area is None]
    latest = max(values, key=lambda value: value.year, default=None)
    return Decimal(str(latest.value)) if latest else None


def _resolve_area(plan: Plan, area: str | None) -> str | None:
    if area is None or area.strip() in ("", plan.meta.city if plan.meta else "", "全市"):
        return None
    index = area_index(plan.areas)
    found = index.resolve_prefix(area)
    if found is None:
        raise CfcityError("unknown-area-option", value=area, known="、".join(index.names))
    return found


def _check_year(plan: Plan, indicator: models.Indicator, year: int) -> None:
    earliest = min([plan.start_year - 1, *(target.base_year for target in indicator.targets if target.base_year),
                    *([indicator.baseline_year] if indicator.baseline_year else [])])
    if not earliest <= year <= plan.end_year:
        raise CfcityError("record-year-outside-plan", value=year, first=earliest, last=plan.end_year)


def _check_as_of(year: int, as_of: datetime.date, today: datetime.date) -> None:
    if as_of < datetime.date(year, 1, 1):
        raise CfcityError("record-as-of-before-year", as_of=as_of.isoformat(), year=year)
    if as_of > today:
        raise CfcityError("record-as-of-future", as_of=as_of.isoformat(), today=today.isoformat())


def _find_value(plan: Plan, indicator_id: str, year: int, area: str | None) -> models.RecordedValue | None:
    index = area_index(plan.areas)
    for value in plan.values:
        value_area = index.resolve(value.area) if value.area else None
        if value.indicator == indicator_id and value.year == year and value_area == area:
            return value
    return None


def _same(old: float, new: Decimal) -> bool:
    return Decimal(str(old)) == new


def _replace_value(root: Path, existing: models.RecordedValue, number: Decimal, as_of: datetime.date,
                   source: str, note: str | None, replace: bool) -> RecordResult:
    location = existing.location()
    result = dict(file=str(location.file), line=location.line, indicator=existing.indicator, year=existing.year,
                  area=existing.area, new=number, old=existing.value)
    same_details = existing.as_of == as_of and existing.source == source and (note is None or existing.note == note)
    if _same(existing.value, number) and same_details:
        return RecordResult(**result, unchanged=True)
    if not replace:
        code = "record-exists-details" if _same(existing.value, number) else "record-exists"
        raise CfcityError(code, indicator=existing.indicator, year=existing.year,
                          area=existing.area or "全市", old=_show(existing.value), new=_show(number),
                          file=str(location.file), line=location.line, old_as_of=existing.as_of.isoformat(),
                          old_source=existing.source)

    updates: list[tuple[str, Any]] = [("value", number), ("as_of", as_of), ("source", source)]
    if note is not None:
        updates.append(("note", note))
    path = root / str(location.file)
    text_file = TextFile(path)
    text_file.set_keys(existing.location().line, updates)
    if note is None and existing.note and not _same(existing.value, number):
        # The old note described the old value (原文：…); kept beside a new value it would mislead.
        text_file.remove_key(existing.location().line, "note")
    _write_checked(path, text_file, location.file)
    return RecordResult(**result)


def _append_value(root: Path, indicator_id: str, year: int, area: str | None, number: Decimal,
                  as_of: datetime.date, source: str, note: str | None) -> RecordResult:
    relative = PurePosixPath(VALUES_FOLDER) / f"{year}.yaml"
    path = root / str(relative)
    text_file = TextFile(path)
    if not text_file.lines:
        text_file.lines = [VALUES_HEADER.format(year=year), "values:\n"]

    fields: list[tuple[str, Any]] = [("indicator", indicator_id), ("year", year)]
    if area:
        fields.append(("area", area))
    fields += [("value", number), ("as_of", as_of), ("source", source)]
    if note:
        fields.append(("note", note))
    line = text_file.append_item("values", fields)
    _write_checked(path, text_file, relative)
    return RecordResult(str(relative), line, indicator_id, year, area, number)


def _write_checked(path: Path, text_file: TextFile, relative: PurePosixPath) -> None:
    """Write the file only if the new text loads cleanly; a bug must never leave a broken file."""
    document = load_document(PurePosixPath(str(relative)), text_file.to_bytes())
    if document.problems:
        raise CfcityError("write-would-break", file=str(relative), detail=document.problems[0].message())
    _remove_stale_temporaries(path)
    write_atomic(path, text_file.to_bytes())


def _remove_stale_temporaries(path: Path) -> None:
    """Delete temporary files a killed writer left beside `path`; the plan lock is held, so none is in use."""
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            leftover.unlink()
        except OSError:
            pass


def _show(value: Any) -> str:
    number = Decimal(str(value))
    return format(number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize(), "f")


def assess_milestone(root: Path, task_number: int, *, year: int, status: str, evidence: str,
                     date: datetime.date | None = None, note: str | None = None,
                     today: datetime.date | None = None) -> RecordResult:
    """Record the assessment of a task's qualitative milestone for a year."""
    today = today or datetime.date.today()
    date = date or today
    if date > today:
        raise CfcityError("date-in-future", date=date.isoformat(), today=today.isoformat())
    relative = PurePosixPath("data/assessments.yaml")
    with plan_lock(root):
        plan = load_plan(root)
        _reject_if_broken(plan, ("tasks.yaml", "data/assessments.yaml"))
        _check_text("--evidence", evidence)
        task = plan.task(task_number)
        if task is None:
            raise CfcityError("unknown-task-option", value=task_number)
        years = sorted({milestone.year for milestone in task.milestones})
        if year not in years:
            raise CfcityError("no-milestone", task=task_number, year=year,
                              years="、".join(str(item) for item in years) or "—")
        status = {"completed": "achieved", "planned": "not_started"}.get(status, status)
        if status not in models.ASSESSMENT_STATUSES:
            raise CfcityError("unknown-status-option", value=status, known=", ".join(models.ASSESSMENT_STATUSES))
        if not evidence.strip():
            raise CfcityError("evidence-missing")

        path = root / str(relative)
        text_file = TextFile(path)
        if not text_file.lines:
            text_file.lines = ["# 阶段目标的评估。用 cfcity assess 记录或手工编辑。\n", "assessments:\n"]
        fields: list[tuple[str, Any]] = [("task", task_number), ("year", year), ("status", status),
                                         ("evidence", evidence), ("date", date)]
        if note:
            fields.append(("note", note))
        line = text_file.append_item("assessments", fields)
        _write_checked(path, text_file, relative)
    return RecordResult(str(relative), line, str(task_number), year, None, status)


def update_project(root: Path, item_id: str, *, status: str, date: datetime.date | None = None,
                   spent: str | None = None, evidence: str | None = None,
                   today: datetime.date | None = None) -> RecordResult:
    """Set the status of a project or named site; a completed site counts from its completion date."""
    today = today or datetime.date.today()
    if status not in models.PROJECT_STATUSES:
        raise CfcityError("unknown-status-option", value=status, known=", ".join(models.PROJECT_STATUSES))
    if date is not None and date > today:
        raise CfcityError("date-in-future", date=date.isoformat(), today=today.isoformat())
    relative = PurePosixPath("projects.yaml")
    with plan_lock(root):
        plan = load_plan(root)
        _reject_if_broken(plan, ("projects.yaml",))
        if evidence:
            _check_text("--evidence", evidence)
        record = _find_project_or_site(plan, item_id)
        if record is None:
            import difflib

            ids = [item.id for item in [*plan.projects, *plan.sites]]
            close = difflib.get_close_matches(item_id, ids, n=5, cutoff=0.5)
            raise CfcityError("unknown-project-option", value=item_id, suggestions="、".join(close) or "—")

        updates: list[tuple[str, Any]] = [("status", status)]
        # A date already recorded stays unless --date gives another. Re-running to add evidence must
        # not move a completion to today, which would change the year it counts in.
        if status == "completed" and (date is not None or record.completed is None):
            updates.append(("completed", date or today))
        elif status == "in_progress" and isinstance(record, models.Project) and (date is not None or record.started is None):
            updates.append(("started", date or today))
        if spent is not None:
            if not isinstance(record, models.Project):
                raise CfcityError("spent-on-site", id=item_id)
            updates.append(("spent_wan", _parse_money(spent)))
        if evidence:
            updates.append(("evidence", evidence))

        old = record.status
        path = root / str(relative)
        text_file = TextFile(path)
        text_file.set_keys(record.location().line, updates)
        _write_checked(path, text_file, relative)
    indicator = record.indicator if isinstance(record, models.Site) else ""
    return RecordResult(str(relative), record.location().line, record.id, 0, None, status, old=old,
                        counts_toward=indicator)


def _find_project_or_site(plan: Plan, text: str) -> models.Project | models.Site | None:
    """Find a project or site by id, by its exact name, or by a part of its name that only it has."""
    records = [*plan.projects, *plan.sites]
    wanted = text.strip()
    exact = [item for item in records if wanted in (item.id, item.name)]
    if exact:
        return exact[0]
    partial = [item for item in records if wanted and wanted in item.name]
    if len(partial) > 1:
        raise CfcityError("ambiguous-project-option", value=text,
                          matches="、".join(f"{item.id}（{item.name}）" for item in partial[:8]))
    return partial[0] if partial else None


def _parse_money(text: str) -> Decimal:
    spent_indicator = models.Indicator(id="spent", name="spent", name_en="spent", unit="万元", direction="higher",
                                       measure="flow")
    parsed = parse_value(text, spent_indicator)
    if parsed.number < 0:
        raise CfcityError("value-negative-count", value=text, unit="万元")
    return parsed.number
