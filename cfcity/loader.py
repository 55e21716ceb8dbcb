"""Find a plan repository and load every file of it into a `Plan`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

from cfcity import models
from cfcity.problems import CfcityError, Location, Problem
from cfcity.schema_errors import suggest, validate_record
from cfcity.yamlio import Document, load_document

MARKER = "indicators.yaml"
VALUES_FOLDER = "data/values"


@dataclass(frozen=True)
class Section:
    """A top-level key of a plan file and the model of what it holds."""

    key: str
    model: Any
    many: bool = True
    required: bool = True


# Each plan file, whether it must exist, and its top-level keys.
FILES: dict[str, tuple[bool, tuple[Section, ...]]] = {
    "tasks.yaml": (True, (
        Section("plan", models.PlanMeta, many=False),
        Section("domains", models.Domain),
        Section("tasks", models.Task),
        Section("annex1", models.AnnexRow),
    )),
    "indicators.yaml": (True, (Section("indicators", models.Indicator),)),
    "projects.yaml": (True, (
        Section("projects", models.Project),
        Section("sites", models.Site, required=False),
    )),
    "data/policies.yaml": (True, (Section("policies", models.Policy),)),
    "data/departments.yaml": (True, (Section("departments", models.Department),)),
    "data/areas.yaml": (True, (Section("areas", models.Area), Section("note", str, many=False, required=False))),
    "data/assessments.yaml": (False, (Section("assessments", models.Assessment, required=False),)),
}
VALUES_SECTIONS = (Section("values", models.RecordedValue, required=False),)


class DirectorySource:
    """Plan files read from a folder on disk."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read_bytes(self, relative: str) -> bytes | None:
        path = self.root / relative
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def list_folder(self, relative: str) -> list[str]:
        folder = self.root / relative
        if not folder.is_dir():
            return []
        return sorted(f"{relative}/{path.name}" for path in folder.iterdir()
                      if path.is_file() and path.suffix.lower() in (".yaml", ".yml"))


@dataclass
class Plan:
    """Everything a plan repository holds, with the problems found while loading it."""

    root: Path
    meta: models.PlanMeta | None = None
    areas_note: str | None = None
    domains: list[models.Domain] = field(default_factory=list)
    tasks: list[models.Task] = field(default_factory=list)
    annex1: list[models.AnnexRow] = field(default_factory=list)
    indicators: list[models.Indicator] = field(default_factory=list)
    projects: list[models.Project] = field(default_factory=list)
    sites: list[models.Site] = field(default_factory=list)
    policies: list[models.Policy] = field(default_factory=list)
    departments: list[models.Department] = field(default_factory=list)
    areas: list[models.Area] = field(default_factory=list)
    values: list[models.RecordedValue] = field(default_factory=list)
    assessments: list[models.Assessment] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Ids and numbers of records that failed validation, so references to them are not reported twice.
    invalid_keys: dict[str, set] = field(default_factory=dict)
    # Sections and files that could not be loaded; checks skip references into them.
    broken_sections: set[str] = field(default_factory=set)
    broken_files: set[str] = field(default_factory=set)

    @property
    def start_year(self) -> int:
        return self.meta.start_year if self.meta else 2023

    @property
    def end_year(self) -> int:
        return self.meta.end_year if self.meta else 2025

    def loaded(self, *sections: str) -> bool:
        """Tell whether the files of these sections loaded, so references into them can be checked."""
        return not self.broken_sections.intersection(sections)

    def known_keys(self, section: str, key: str) -> list:
        """Return the ids (or numbers) of a section, including those of records that failed validation."""
        valid = [getattr(record, key) for record in getattr(self, section)]
        return valid + sorted(self.invalid_keys.get(section, set()) - set(valid), key=str)

    def task(self, number: int) -> models.Task | None:
        return next((task for task in self.tasks if task.number == number), None)

    def indicator(self, indicator_id: str) -> models.Indicator | None:
        return next((item for item in self.indicators if item.id == indicator_id), None)

    def domain(self, domain_id: str) -> models.Domain | None:
        return next((item for item in self.domains if item.id == domain_id), None)


def find_root(explicit: str | None = None, start: Path | None = None) -> Path:
    """Return the plan root: `explicit` (or CFCITY_ROOT), else the nearest folder up holding indicators.yaml."""
    chosen = explicit or os.environ.get("CFCITY_ROOT")
    if chosen:
        root = Path(chosen).expanduser()
        if root.is_file():
            raise CfcityError("root-is-file", path=str(root))
        if not root.is_dir():
            raise CfcityError("root-missing", path=str(root))
        if not (root / MARKER).is_file():
            raise CfcityError("root-not-plan", path=str(root), marker=MARKER)
        return root.resolve()

    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_file():
            return folder
    for folder in (here, *here.parents):
        if (folder / "tasks.yaml").is_file() and (folder / "data").is_dir():
            # A plan folder whose indicators.yaml was deleted gets its own message, not "not a plan".
            raise CfcityError("marker-missing", path=str(folder), marker=MARKER)
    raise CfcityError("root-not-found", path=str(here), marker=MARKER)


def load_plan(root: Path, source: Any = None) -> Plan:
    """Load every plan and data file under `root`. Data problems are collected, never raised."""
    source = source or DirectorySource(root)
    plan = Plan(root=root)
    for relative, (required, sections) in FILES.items():
        _load_file(plan, source, relative, sections, required)
    for relative in source.list_folder(VALUES_FOLDER):
        _load_file(plan, source, relative, VALUES_SECTIONS, True)
    return plan


def _load_file(plan: Plan, source: Any, relative: str, sections: Iterable[Section], required: bool) -> None:
    path = PurePosixPath(relative)
    try:
        raw = source.read_bytes(relative)
    except OSError as error:
        plan.problems.append(Problem("file-unreadable", Location(path, 1), {"reason": error.strerror or str(error)}))
        plan.broken_sections.update(section.key for section in sections)
        plan.broken_files.add(relative)
        return
    if raw is None:
        if required:
            plan.problems.append(Problem("missing-file", Location(path, 1), {"file": relative}))
            plan.broken_sections.update(section.key for section in sections)
            plan.broken_files.add(relative)
        return

    document = load_document(path, raw)
    plan.documents[relative] = document
    plan.problems.extend(document.problems)
    data = document.data
    if document.problems and not isinstance(data, dict):
        plan.broken_sections.update(section.key for section in sections)
        plan.broken_files.add(relative)
        return
    if data is None:
        plan.problems.append(Problem("empty-file", Location(path, 1), {"file": relative}))
        plan.broken_sections.update(section.key for section in sections)
        return
    if not isinstance(data, dict):
        plan.problems.append(Problem("file-not-mapping", Location(path, 1), {"file": relative}))
        plan.broken_sections.update(section.key for section in sections)
        return

    known = [section.key for section in sections]
    for key in data:
        if key not in known:
            hint = suggest(key, known)
            code = "unknown-key" if hint else "unknown-key-no-suggestion"
            plan.problems.append(Problem(code, document.location((key,)),
                                         {"key": key, "value": "", "suggestion": hint, "known": "、".join(known)}))
    for section in sections:
        _load_section(plan, document, data, section)


def _load_section(plan: Plan, document: Document, data: dict, section: Section) -> None:
    if section.key not in data:
        if section.required:
            plan.problems.append(Problem("missing-key", Location(document.path, 1),
                                         {"key": section.key, "value": ""}))
        return
    value = data[section.key]
    path = (section.key,)

    if section.model is str:
        plan.areas_note = value if isinstance(value, str) else None
        return
    if not section.many:
        record, problems = validate_record(section.model, value, document, path)
        plan.problems.extend(problems)
        plan.meta = record
        return
    if value is None:
        return
    if not isinstance(value, list):
        plan.problems.append(Problem("expected-list", document.location(path), {"key": section.key, "value": ""}))
        return

    target = getattr(plan, section.key)
    for index, item in enumerate(value):
        record, problems = validate_record(section.model, item, document, path + (index,))
        plan.problems.extend(problems)
        if record is not None:
            target.append(record)
        elif isinstance(item, dict):
            key = item.get("id", item.get("number"))
            if isinstance(key, (str, int)):
                plan.invalid_keys.setdefault(section.key, set()).add(key)
