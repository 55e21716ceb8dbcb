"""The history of an indicator's recorded values across git commits."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from cfcity.directory import area_index
from cfcity.gitsource import Repository, run_git
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
    if run_git(repository.top, "rev-parse", "--verify", "--quiet", "HEAD", check=False).returncode != 0:
        raise CfcityError("git-no-commits")
    folder = repository.path(VALUES_FOLDER)
    # The first-parent history is the history of the current branch: a merge is one step, so the
    # values it brings in are listed at the merge, and the last row is the value the branch has now.
    log = run_git(repository.top, "log", "--first-parent", "--reverse", "--date=short",
                  "--format=%H%x1f%P%x1f%ad%x1f%an%x1f%s", "--", folder).stdout.decode("utf-8", "replace")
    reader = _ValueReader(repository, indicator.id, areas)

    entries = []
    for line in log.splitlines():
        commit, parents, date, author, subject = line.split("\x1f", 4)
        after = reader.values_at(commit)
        parent = parents.split()[0] if parents.split() else None
        before = reader.values_at(parent) if parent else {}
        for key in sorted(set(after) | set(before), key=lambda item: (item[0] or 0, item[1] or "")):
            if area is not None and key[1] != area_name:
                continue
            old, new = before.get(key), after.get(key)
            if old == new:
                continue
            entries.append({
                "commit": commit, "date": date, "author": author, "subject": subject,
                "year": key[0], "area": key[1],
                "old": old["value"] if old else None, "new": new["value"] if new else None,
                "source": (new or old or {}).get("source"),
            })
    return entries


class _ValueReader:
    """Read one indicator's raw values at any commit, parsing each distinct file version once."""

    def __init__(self, repository: Repository, indicator_id: str, areas) -> None:
        self.repository = repository
        self.indicator_id = indicator_id
        self.areas = areas
        self._by_blob: dict[str, dict[tuple, dict]] = {}
        self._by_commit: dict[str, dict[tuple, dict]] = {}

    def values_at(self, commit: str) -> dict[tuple, dict]:
        if commit not in self._by_commit:
            found: dict[tuple, dict] = {}
            for blob, name in self._blobs(commit):
                if blob not in self._by_blob:
                    self._by_blob[blob] = self._parse(blob, name)
                found.update(self._by_blob[blob])
            self._by_commit[commit] = found
        return self._by_commit[commit]

    def _blobs(self, commit: str) -> list[tuple[str, str]]:
        folder = self.repository.path(VALUES_FOLDER)
        listing = run_git(self.repository.top, "ls-tree", "-z", commit, "--", folder + "/").stdout.decode("utf-8")
        blobs = []
        for entry in filter(None, listing.split("\0")):
            meta, name = entry.split("\t", 1)
            kind, blob = meta.split()[1:3]
            if kind == "blob" and PurePosixPath(name).suffix.lower() in (".yaml", ".yml"):
                blobs.append((blob, name))
        return blobs

    def _parse(self, blob: str, name: str) -> dict[tuple, dict]:
        """Read the values of the indicator in one file version; a file that does not parse gives none."""
        raw = run_git(self.repository.top, "cat-file", "blob", blob).stdout
        document = load_document(PurePosixPath(name), raw)
        data = document.data if isinstance(document.data, dict) else {}
        found: dict[tuple, dict] = {}
        for item in data.get("values") or []:
            if not isinstance(item, dict) or item.get("indicator") != self.indicator_id:
                continue
            area = item.get("area")
            area = (self.areas.resolve(area) or area) if isinstance(area, str) else None
            value = item.get("value")
            found[(item.get("year"), area)] = {
                "value": number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value,
                "source": item.get("source"),
            }
        return found


def history_is_shallow(root: Path) -> bool:
    """Tell whether the repository's history is cut off (a shallow clone), so the log starts late."""
    return Repository.of(root).is_shallow()
