"""Write a copy of a plan repository with simulated values, for trying the tool.

Every simulated value, assessment and project update is marked as simulated in its source or
evidence. The copy is written to a new folder, so the real plan is not changed.
"""

from __future__ import annotations

import datetime
import random
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

from cfcity import models
from cfcity.editing import format_scalar
from cfcity.loader import FILES, VALUES_FOLDER, Plan, load_plan
from cfcity.problems import CfcityError

SIMULATED = "模拟数据（cfcity example 生成，非真实数据）"


def write_example(source_root: Path, target: Path, seed: int = 1, today: datetime.date | None = None) -> dict:
    """Copy the plan at `source_root` to `target` and add simulated data; return counts of what was added."""
    today = today or datetime.date.today()
    if target.exists() and any(target.iterdir()):
        raise CfcityError("example-not-empty", path=str(target))
    plan = load_plan(source_root)
    randomness = random.Random(seed)

    _copy_plan_files(source_root, target)
    values = simulate_values(plan, randomness, today)
    by_year: dict[int, list[dict]] = {}
    for value in values:
        by_year.setdefault(value["year"], []).append(value)
    for year, items in by_year.items():
        _write_values(target / VALUES_FOLDER / f"simulated-{year}.yaml", year, items)

    assessments = _simulate_assessments(plan, randomness, today)
    _write_list(target / "data" / "assessments.yaml", "assessments", assessments,
                "# Simulated assessments written by `cfcity example`: not real data.\n")
    completed = _simulate_sites(target, plan, randomness, today)
    (target / ".gitignore").write_text(".cfcity.lock\n", encoding="utf-8")
    committed = _git_commit(target)
    return {"values": len(values), "assessments": len(assessments), "sites": completed, "git": committed}


def _copy_plan_files(source_root: Path, target: Path) -> None:
    for relative in FILES:
        source = source_root / relative
        if source.exists():
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / relative)
    values = source_root / VALUES_FOLDER
    (target / VALUES_FOLDER).mkdir(parents=True, exist_ok=True)
    for path in sorted(values.glob("*.yaml")):
        if not path.name.startswith("simulated-"):
            shutil.copyfile(path, target / VALUES_FOLDER / path.name)


def simulate_values(plan: Plan, randomness: random.Random, today: datetime.date) -> list[dict]:
    """Make values from the start year to the current year that move toward each target at a random pace."""
    recorded = {(value.indicator, value.year, value.area) for value in plan.values}
    last_year = min(plan.end_year, today.year)
    values: list[dict] = []
    for indicator in plan.indicators:
        if not indicator.targets or indicator.derived_from_sites:
            continue
        pace = randomness.uniform(0.55, 1.25)
        if any(target.kind == "coverage" for target in indicator.targets):
            values += _simulate_coverage(plan, indicator, pace, last_year, today)
            continue
        areas = [area.name for area in plan.areas] if _per_area(indicator) else [None]
        for area in areas:
            values += _simulate_series(plan, indicator, area, pace * randomness.uniform(0.9, 1.1),
                                       last_year, today, recorded)
    return values


def _simulate_coverage(plan: Plan, indicator: models.Indicator, pace: float, last_year: int,
                       today: datetime.date) -> list[dict]:
    """Give each area 100 (it has the facility) or 0, more of them 100 as the years pass."""
    randomness = random.Random(indicator.id)
    values = []
    for year in range(plan.start_year, last_year + 1):
        chance = min(0.6 + 0.2 * (year - plan.start_year), 1.0) * min(pace, 1.0)
        for area in plan.areas:
            covered = randomness.random() < chance
            values.append(_value(indicator, area.name, year, 100.0 if covered else 0.0, today))
    return values


def _per_area(indicator: models.Indicator) -> bool:
    return any(target.kind in ("every_area", "coverage") for target in indicator.targets)


def _simulate_series(plan: Plan, indicator: models.Indicator, area: str | None, pace: float, last_year: int,
                     today: datetime.date, recorded: set) -> list[dict]:
    final = max(indicator.targets, key=lambda target: target.year)
    goal = final.value
    values = []
    if indicator.measure == "flow":
        yearly = goal / max(final.year - plan.start_year + 1, 1) if final.kind == "cumulative" else goal
        for year in range(plan.start_year, last_year + 1):
            values.append(_value(indicator, area, year, yearly * pace, today))
        return values

    start_year = plan.start_year - 1
    base_years = sorted({target.base_year for target in indicator.targets if target.base_year} | {start_year})
    start = _start_value(indicator, final, goal)
    for year in base_years:
        if (indicator.id, year, area) not in recorded and area is None:
            values.append(_value(indicator, area, year, start, today))
    if final.kind == "relative":
        goal = start * (1 + final.value / 100)
    for year in range(plan.start_year, last_year + 1):
        share = (year - start_year) / max(final.year - start_year, 1)
        values.append(_value(indicator, area, year, start + (goal - start) * min(share * pace, 1.3), today))
    return values


def _start_value(indicator: models.Indicator, final: models.Target, goal: float) -> float:
    if final.kind == "relative":
        return 10.0
    if indicator.unit == "%":
        return goal * 0.8 if indicator.direction == "higher" else min(goal * 1.3, 100.0)
    return goal * 0.5 if indicator.direction == "higher" else goal * 1.5


def _value(indicator: models.Indicator, area: str | None, year: int, amount: float, today: datetime.date) -> dict:
    if indicator.unit in models.COUNT_UNITS:
        number = Decimal(max(int(round(amount)), 0))
    else:
        number = Decimal(str(round(max(amount, 0.0), indicator.decimals)))
        if indicator.decimals == 0:
            number = Decimal(int(number))
        if indicator.unit == "%":
            number = min(number, Decimal(100))
    as_of = min(datetime.date(year, 12, 31), today)
    record = {"indicator": indicator.id, "year": year}
    if area:
        record["area"] = area
    record.update(value=number, as_of=as_of, source=SIMULATED)
    return record


def _write_values(path: Path, year: int, items: list[dict]) -> None:
    header = f"# Simulated values for {year} written by `cfcity example`: not real data.\n"
    _write_list(path, "values", items, header)


def _write_list(path: Path, key: str, items: list[dict], header: str) -> None:
    lines = [header, f"{key}:\n"]
    for item in items:
        for position, (name, value) in enumerate(item.items()):
            prefix = "  - " if position == 0 else "    "
            lines.append(f"{prefix}{name}: {format_scalar(value)}\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def _simulate_assessments(plan: Plan, randomness: random.Random, today: datetime.date) -> list[dict]:
    assessments = []
    for task in plan.tasks:
        for milestone in task.milestones:
            if milestone.year > today.year or randomness.random() < 0.3:
                continue
            status = randomness.choice(["achieved", "achieved", "in_progress", "not_achieved"])
            date = min(datetime.date(milestone.year, 12, 20), today)
            assessments.append({"task": task.number, "year": milestone.year, "status": status,
                                "evidence": SIMULATED, "date": date})
    return assessments


def _simulate_sites(target: Path, plan: Plan, randomness: random.Random, today: datetime.date) -> int:
    """Mark most named sites completed within their planned year, by editing projects.yaml line by line."""
    from cfcity.editing import TextFile

    path = target / "projects.yaml"
    text_file = TextFile(path)
    completed = 0
    # Edit from the bottom up so the line numbers of earlier sites stay valid.
    for site in sorted(plan.sites, key=lambda item: item.location().line, reverse=True):
        if site.planned_year > today.year or randomness.random() < 0.2:
            continue
        day = min(datetime.date(site.planned_year, randomness.randint(3, 11), randomness.randint(1, 28)), today)
        text_file.set_keys(site.location().line, [("status", "completed"), ("completed", day),
                                                  ("evidence", SIMULATED)])
        completed += 1
    path.write_bytes(text_file.to_bytes())
    return completed


def _git_commit(target: Path) -> bool:
    """Make the example a git repository with one commit, so `git diff` shows later edits."""
    if shutil.which("git") is None:
        return False
    commands = [
        ["git", "init", "-q"],
        ["git", "symbolic-ref", "HEAD", "refs/heads/main"],
        ["git", "add", "-A"],
        ["git", "-c", "user.name=cfcity example", "-c", "user.email=example@cfcity.invalid",
         "commit", "-q", "-m", "建立示例计划仓库（模拟数据）"],
    ]
    for command in commands:
        if subprocess.run(command, cwd=target, capture_output=True).returncode != 0:
            return False
    return True
