"""The values a status is computed from: recorded values, and counts derived from named sites.

Only values whose `as_of` date is on or before the report's as-of date are seen, so a report
as of 2023-12-31 can be reproduced later.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cfcity import models
from cfcity.directory import area_index
from cfcity.loader import Plan


# The source of a count derived from named sites; the CLI shows it in the user's language.
SITES_SOURCE = "projects.yaml#sites"


@dataclass(frozen=True)
class Observation:
    """One value of an indicator for a year, for the whole city (area None) or one area."""

    year: int
    value: float
    as_of: datetime.date
    source: str
    area: str | None = None
    file: str = ""
    line: int = 0


class Observations:
    """Index of the values visible at an as-of date, by indicator, area and year."""

    def __init__(self, plan: Plan, as_of: datetime.date) -> None:
        self.plan = plan
        self.as_of = as_of
        self.areas = area_index(plan.areas)
        self._values: dict[tuple[str, str | None], dict[int, Observation]] = {}
        for value in plan.values:
            if value.as_of <= as_of:
                self._add(value)

    def _add(self, value: models.RecordedValue) -> None:
        area = self.areas.resolve(value.area) if value.area else None
        location = value.location()
        observation = Observation(value.year, value.value, value.as_of, value.source, area,
                                  str(location.file), location.line)
        self._values.setdefault((value.indicator, area), {})[value.year] = observation

    def series(self, indicator: models.Indicator, area: str | None = None) -> dict[int, Observation]:
        """Return the values of an indicator by year, for the city or one area."""
        if indicator.derived_from_sites and area is None:
            return self._site_series(indicator)
        return dict(sorted(self._values.get((indicator.id, area), {}).items()))

    def area_names(self) -> list[str]:
        return [area.name for area in self.plan.areas]

    def _site_series(self, indicator: models.Indicator) -> dict[int, Observation]:
        """Count completed named sites: at each year's end for a level, within each year for a flow."""
        sites = [site for site in self.plan.sites if site.indicator == indicator.id]
        done = sorted(site.completed for site in sites
                      if site.status == "completed" and site.completed is not None and site.completed <= self.as_of)
        if not done:
            return {}

        first_year = self.plan.start_year
        last_year = min(self.as_of.year, max(self.plan.end_year, done[-1].year))
        series: dict[int, Observation] = {}
        for year in range(first_year, last_year + 1):
            year_end = min(datetime.date(year, 12, 31), self.as_of)
            if indicator.measure == "flow":
                count = sum(1 for day in done if day.year == year)
            else:
                count = sum(1 for day in done if day <= year_end)
            series[year] = Observation(year, float(count), year_end, SITES_SOURCE)
        return series
