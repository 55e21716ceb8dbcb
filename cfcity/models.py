"""The plan and its data as Pydantic models.

Every model is strict: a YAML number is not text, text is not a number, unknown keys are
errors and NaN or infinity is rejected. Each loaded record remembers the document and the
path it came from, so a check can report the line of any of its values.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StringConstraints

from cfcity.problems import Location

DOMAIN_IDS = ("policy", "service", "rights", "space", "environment")
TARGET_KINDS = ("level", "increase", "cumulative", "relative", "maintained", "every_area", "coverage")
COMPARATORS = ("ge", "le", "eq", "about")
PROJECT_STATUSES = ("planned", "in_progress", "completed", "cancelled")
ASSESSMENT_STATUSES = ("not_started", "in_progress", "achieved", "not_achieved")

# Units whose values are counts of things or people, so they must be whole and not negative.
COUNT_UNITS = frozenset({"人", "个", "所", "场", "家", "处", "户", "项", "人次", "座", "名", "册", "次", "栋", "课时"})


def _parse_iso_date(value: Any) -> Any:
    """Accept a quoted ISO date ("2023-10-09") as well as the YAML date."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value


Date = Annotated[datetime.date, BeforeValidator(_parse_iso_date)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Text = Annotated[str, StringConstraints(min_length=1)]
Year = Annotated[int, Field(ge=1990, le=2100)]
Month = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]


class Record(BaseModel):
    """A loaded record, with the file and the path in it that it was read from."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)

    _document: Any = PrivateAttr(default=None)
    _path: tuple = PrivateAttr(default=())

    def bind(self, document: Any, path: tuple) -> None:
        self._document = document
        self._path = path
        for name in self.__class__.model_fields:
            _bind_children(getattr(self, name), document, path + (name,))

    def location(self, *subpath: Any) -> Location:
        """Return the file and line of this record, or of one of its values."""
        if self._document is None:
            return Location(file=_UNKNOWN_FILE)
        return self._document.location(self._path + subpath)


def _bind_children(value: Any, document: Any, path: tuple) -> None:
    if isinstance(value, Record):
        value.bind(document, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _bind_children(item, document, path + (index,))


class _UnknownFile(str):
    pass


_UNKNOWN_FILE = _UnknownFile("?")


class PlanMeta(Record):
    title: Text
    document_number: Text
    issued: Date
    start_year: Year
    end_year: Year
    city: Text


class Domain(Record):
    id: Literal[DOMAIN_IDS]  # type: ignore[valid-type]
    name: Text
    name_en: Text
    section: Text


class Milestone(Record):
    year: Year
    text: Text
    note: Optional[Text] = None


class Task(Record):
    number: Annotated[int, Field(ge=1)]
    domain: Text
    title: Text
    title_en: Text
    lead_text: Text
    lead_units: list[Text]
    responsible_text: Optional[Text] = None
    responsible_units: list[Text] = []
    participating_text: Optional[Text] = None
    participating_units: list[Text] = []
    milestones: list[Milestone] = []
    note: Optional[Text] = None

    def all_units(self) -> list[str]:
        return [*self.lead_units, *self.responsible_units, *self.participating_units]


class AnnexRow(Record):
    id: Id
    domain: Text
    number: Annotated[int, Field(ge=1)]
    progress: Text
    outcome: Text
    tasks: list[int]
    note: Optional[Text] = None


class Target(Record):
    year: Year
    kind: Literal[TARGET_KINDS]  # type: ignore[valid-type]
    comparator: Literal[COMPARATORS]  # type: ignore[valid-type]
    value: float
    text: Text
    tolerance: Optional[Annotated[float, Field(ge=0)]] = None
    base_year: Optional[Year] = None
    from_year: Optional[Year] = None
    year_stated: bool = True
    note: Optional[Text] = None


class Indicator(Record):
    id: Id
    name: Text
    name_en: Text
    task: Optional[int] = None
    unit: Text
    direction: Literal["higher", "lower"]
    measure: Literal["level", "flow"]
    decimals: Annotated[int, Field(ge=0, le=6)] = 0
    baseline_year: Optional[Year] = None
    derived_from_sites: bool = False
    targets: list[Target] = []
    note: Optional[Text] = None


class Project(Record):
    id: Id
    kind: Literal["annex3", "key_work", "major_project", "brand_activity"]
    number: Annotated[int, Field(ge=1)]
    name: Text
    unit: Optional[Text] = None
    area_m2: Optional[Annotated[float, Field(ge=0)]] = None
    investment_wan: Optional[Annotated[float, Field(ge=0)]] = None
    funding: Optional[Text] = None
    duration: Optional[Text] = None
    content: Optional[Text] = None
    remarks: Optional[str] = None
    tasks: list[int] = []
    status: Literal[PROJECT_STATUSES] = "planned"  # type: ignore[valid-type]
    started: Optional[Date] = None
    completed: Optional[Date] = None
    spent_wan: Optional[Annotated[float, Field(ge=0)]] = None
    evidence: Optional[Text] = None
    note: Optional[Text] = None


def status_at(record: "Project | Site", as_of: datetime.date) -> str:
    """Return a project's or site's status as it stood at `as_of`, judged from its dates where it has them."""
    started = getattr(record, "started", None)
    if record.status == "cancelled":
        return "cancelled"
    if record.completed is not None and record.completed <= as_of:
        return "completed"
    if started is not None and started <= as_of:
        return "in_progress"
    if record.completed is not None or started is not None:
        return "planned"
    return record.status


class Site(Record):
    id: Id
    name: Text
    kind: Text
    indicator: Id
    task: int
    planned_year: Year
    status: Literal[PROJECT_STATUSES] = "planned"  # type: ignore[valid-type]
    completed: Optional[Date] = None
    project: Optional[Id] = None
    evidence: Optional[Text] = None
    note: Optional[Text] = None


class Policy(Record):
    number: Annotated[int, Field(ge=1)]
    title: Text
    document_number: Optional[Text] = None
    units: list[Text]
    units_text: Text
    issued: Text
    issued_month: Optional[Month] = None
    note: Optional[Text] = None


class Department(Record):
    name: Text
    name_en: Optional[Text] = None
    kind: Literal["department", "court", "procuratorate", "collective", "company", "organisation"]
    aliases: list[Text] = []
    note: Optional[Text] = None


class Area(Record):
    id: Id
    name: Text
    kind: Literal["subdistrict", "town", "township", "management_committee"]
    aliases: list[Text] = []
    note: Optional[Text] = None


class RecordedValue(Record):
    indicator: Id
    year: Year
    area: Optional[Text] = None
    value: float
    as_of: Date
    source: Text
    note: Optional[Text] = None


class Assessment(Record):
    task: int
    year: Year
    status: Literal[ASSESSMENT_STATUSES]  # type: ignore[valid-type]
    evidence: Text
    date: Date
    note: Optional[Text] = None
