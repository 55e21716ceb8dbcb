"""The history of an indicator's recorded values across git commits."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from cfcity.directory import area_index
from cfcity.gitsource import GitSource, Repository, run_git
from cfcity.loader import VALUES_FOLDER, load_plan
from cfcity.problems import CfcityError
from cfcity.query import find_indicator, number
from cfcity.yamlio import load_document


def value_history(root: Path, indicator_text: str, area: str | None = None) -> list[dict[str, Any]]:
    """List every commit that added, changed or removed a value of the indicator, oldest first."""
    plan = load_plan(root)
    indicator = find_indicator(plan, indicator_text)
    areas = area_index(plan.areas)
    area_name = None
    if area:
        area_name = areas.resolve(area)
        if area_name is None:
            raise CfcityError("unknown-area-option", value=area, known="、".join(areas.names))

    repository = Repository.of(root)
    folder = repository.path(VALUES_FOLDER)
    log = run_git(repository.top, "log", "--reverse", "--date=short", "--format=%H%x1f%P%x1f%ad%x1f%an%x1f%s",
                  "--", folder).stdout.decode("utf-8", "replace")
    cache: dict[str, dict] = {}

    def values_at(commit: str) -> dict:
        if commit not in cache:
            cache[commit] = _values_at(repository, commit, indicator.id, areas)
        return cache[commit]

    entries = []
    for line in log.splitlines():
        commit, parents, date, author, subject = line.split("\x1f", 4)
        after = values_at(commit)
        befores = [values_at(parent) for parent in parents.split()] or [{}]
        for key in sorted(set(after) | set().union(*befores), key=lambda item: (item[0], item[1] or "")):
            if area is not None and key[1] != area_name:
                continue
            new = after.get(key)
            # A merge reports only what differs from every parent, so a branch's value is listed once.
            if any(before.get(key) == new for before in befores):
                continue
            old = befores[0].get(key)
            entries.append({
                "commit": commit, "date": date, "author": author, "subject": subject,
                "year": key[0], "area": key[1],
                "old": old["value"] if old else None, "new": new["value"] if new else None,
                "source": (new or old or {}).get("source"),
            })
    return entries


def _values_at(repository: Repository, commit: str, indicator_id: str, areas) -> dict[tuple, dict]:
    """Read the raw values of one indicator at a commit; files that do not parse are skipped."""
    source = GitSource(repository, commit, commit)
    found: dict[tuple, dict] = {}
    for relative in source.list_folder(VALUES_FOLDER):
        document = load_document(PurePosixPath(relative), source.read_bytes(relative) or b"")
        data = document.data if isinstance(document.data, dict) else {}
        for item in data.get("values") or []:
            if not isinstance(item, dict) or item.get("indicator") != indicator_id:
                continue
            area = item.get("area")
            area = (areas.resolve(area) or area) if isinstance(area, str) else None
            value = item.get("value")
            found[(item.get("year"), area)] = {
                "value": number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value,
                "source": item.get("source"),
            }
    return found
