"""Decide the status of each target at an as-of date.

A target is met when the value computed for its basis satisfies its comparator. It is missed
when its deadline (31 December of the target year) has come and it is not met. Before that it is
on track or behind. Where a level has a start value and a later one, progress is judged by Open
SDG's growth-rate method: 0.95 or more of the required compound annual growth is on track.
Otherwise progress is judged by a straight line from the start value to the target at its deadline. No result is NaN
or infinite, because every division is guarded.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

from cfcity import models
from cfcity.observations import SITES_SOURCE, Observation, Observations

MET, MISSED, ON_TRACK, BEHIND = "met", "missed", "on_track", "behind"
NO_DATA, OVERDUE_NO_DATA, NEEDS_BASELINE, NOT_ASSESSED = "no_data", "overdue_no_data", "needs_baseline", "not_assessed"
STATUSES = (MET, MISSED, ON_TRACK, BEHIND, NO_DATA, OVERDUE_NO_DATA, NEEDS_BASELINE)

# Open SDG's growth-rate bands: ratio of observed to required compound annual growth.
GROWTH_ON_TRACK, GROWTH_MODERATE, GROWTH_LIMITED = 0.95, 0.60, 0.0


@dataclass
class Evaluation:
    """The status of one target and every number behind it."""

    indicator: models.Indicator
    target: models.Target
    status: str
    value: float | None = None
    gap: float | None = None
    percent: float | None = None
    baseline: Observation | None = None
    expected: float | None = None
    growth_ratio: float | None = None
    growth_band: str | None = None
    latest: Observation | None = None
    observations: list[Observation] = field(default_factory=list)
    area_values: dict[str, float | None] = field(default_factory=dict)
    # Why the status is what it is, where the value alone does not show it (a failed year of a range).
    reason: dict | None = None


def year_time(day: datetime.date) -> float:
    """Return a date as a fractional year, so 31 December 2023 is 2024.0."""
    days = 366 if day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0) else 365
    return day.year + day.timetuple().tm_yday / days


def deadline(target: models.Target) -> datetime.date:
    return datetime.date(target.year, 12, 31)


def satisfies(value: float, target: models.Target) -> bool:
    """Check `value` against the target's comparator."""
    if target.comparator == "ge":
        return value >= target.value - 1e-9
    if target.comparator == "le":
        return value <= target.value + 1e-9
    if target.comparator == "eq":
        return math.isclose(value, target.value, rel_tol=1e-9, abs_tol=1e-9)
    return abs(value - target.value) <= (target.tolerance or 0) + 1e-9


def gap_and_percent(indicator: models.Indicator, target: models.Target, value: float) -> tuple[float, float | None]:
    """Return how far `value` is from the target in the better direction, and the percent achieved.

    A positive gap is what is still missing; zero or negative means the target is reached.
    """
    if indicator.direction == "higher":
        gap = target.value - value
    else:
        gap = value - target.value

    if target.kind == "relative":
        percent = _ratio(value, target.value)
    elif indicator.direction == "higher" and target.value:
        percent = _ratio(value, target.value)
    elif indicator.direction == "higher":
        percent = 100.0 if value >= 0 else 0.0
    elif value > target.value:
        percent = _ratio(target.value, value)
    elif target.value > 0:
        # Below a lower-is-better target: 100% at the target, rising to 200% at zero, so the scale stays monotonic.
        percent = _clean(100 + (target.value - value) / target.value * 100)
    else:
        percent = 100.0
    return _clean(gap), percent


def _ratio(numerator: float, denominator: float) -> float | None:
    if denominator == 0:
        return None
    return _clean(numerator / denominator * 100)


def _clean(number: float | None, digits: int = 6) -> float | None:
    if number is None or not math.isfinite(number):
        return None
    return round(number, digits)


class Evaluator:
    """Evaluate targets against the observations visible at one as-of date."""

    def __init__(self, observations: Observations) -> None:
        self.observations = observations
        self.as_of = observations.as_of
        self.start_year = observations.plan.start_year

    def evaluate(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        method = getattr(self, f"_evaluate_{target.kind}")
        return method(indicator, target)

    # Shared steps.

    def _past_deadline(self, target: models.Target) -> bool:
        # On 31 December the year is over: a report as of that day judges the year's targets.
        return self.as_of >= deadline(target)

    def _no_data(self, indicator: models.Indicator, target: models.Target, **extra) -> Evaluation:
        status = OVERDUE_NO_DATA if self._past_deadline(target) else NO_DATA
        return Evaluation(indicator, target, status, **extra)

    def _baseline(self, indicator: models.Indicator, series: dict[int, Observation]) -> Observation | None:
        if indicator.derived_from_sites:
            start = datetime.date(self.start_year - 1, 12, 31)
            return Observation(self.start_year - 1, 0.0, start, SITES_SOURCE)
        if indicator.baseline_year is not None:
            return series.get(indicator.baseline_year)
        earlier = [item for year, item in series.items() if year < self.start_year]
        return earlier[-1] if earlier else None

    def _finish(self, evaluation: Evaluation, satisfied: bool) -> Evaluation:
        """Set met, missed, or the progress status of an evaluation whose value is known."""
        indicator, target = evaluation.indicator, evaluation.target
        evaluation.gap, evaluation.percent = gap_and_percent(indicator, target, evaluation.value)
        if satisfied:
            evaluation.status = MET
        elif self._past_deadline(target):
            evaluation.status = MISSED
        return evaluation

    def _judge_line(self, evaluation: Evaluation, start_value: float, start_time: float) -> None:
        """Compare the latest value with a straight line from the start to the target at the deadline."""
        target = evaluation.target
        end_time = year_time(deadline(target))
        now = year_time(evaluation.latest.as_of)
        if end_time <= start_time:
            evaluation.status = BEHIND
            return
        share = min(max((now - start_time) / (end_time - start_time), 0.0), 1.0)
        expected = start_value + (target.value - start_value) * share
        evaluation.expected = _clean(expected)
        better = evaluation.value >= expected if _higher_is_better(evaluation) else evaluation.value <= expected
        evaluation.status = ON_TRACK if better else BEHIND

    def _judge_growth(self, evaluation: Evaluation, start: Observation) -> bool:
        """Apply Open SDG's growth-rate method; return False when it cannot be computed."""
        latest, target = evaluation.latest, evaluation.target
        start_time, now, end_time = year_time(start.as_of), year_time(latest.as_of), year_time(deadline(target))
        if start.value <= 0 or latest.value <= 0 or target.value <= 0 or now <= start_time or end_time <= start_time:
            return False
        required = (target.value / start.value) ** (1 / (end_time - start_time)) - 1
        observed = (latest.value / start.value) ** (1 / (now - start_time)) - 1
        if required == 0:
            return False
        ratio = observed / required
        if not math.isfinite(ratio):
            return False
        evaluation.growth_ratio = round(ratio, 4)
        if ratio >= GROWTH_ON_TRACK:
            evaluation.growth_band, evaluation.status = "substantial", ON_TRACK
        elif ratio >= GROWTH_MODERATE:
            evaluation.growth_band, evaluation.status = "moderate", BEHIND
        elif ratio >= GROWTH_LIMITED:
            evaluation.growth_band, evaluation.status = "limited", BEHIND
        else:
            evaluation.growth_band, evaluation.status = "deterioration", BEHIND
        return True

    def _judge_level_progress(self, evaluation: Evaluation, plan_values: list[Observation]) -> Evaluation:
        """Judge a level not yet met before its deadline: growth rate, else straight line, else no baseline."""
        start = evaluation.baseline
        if start is None and len(plan_values) >= 2:
            start = plan_values[0]
        if start is None:
            evaluation.status = NEEDS_BASELINE
            return evaluation

        # The straight line always gives the expected value; the growth rate decides where it applies.
        self._judge_line(evaluation, start.value, year_time(start.as_of))
        self._judge_growth(evaluation, start)
        return evaluation

    # One method per target kind.

    def _evaluate_level(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        series = self.observations.series(indicator)
        baseline = self._baseline(indicator, series)
        plan_values = [item for year, item in series.items() if self.start_year <= year <= target.year]
        if not plan_values:
            return self._no_data(indicator, target, baseline=baseline)

        latest = plan_values[-1]
        evaluation = Evaluation(indicator, target, BEHIND, value=latest.value, baseline=baseline, latest=latest,
                                observations=[*([baseline] if baseline else []), *plan_values])
        # A year-end level is met or missed only on a value for the target year itself.
        if latest.year == target.year:
            self._finish(evaluation, satisfies(latest.value, target))
            if evaluation.status in (MET, MISSED):
                return evaluation
        else:
            evaluation.gap, evaluation.percent = gap_and_percent(indicator, target, latest.value)
            evaluation.reason = {"code": "no_value_for_year", "year": target.year}
            if self._past_deadline(target):
                evaluation.status = OVERDUE_NO_DATA
                return evaluation
        self._judge_level_progress(evaluation, plan_values)
        if satisfies(latest.value, target):
            evaluation.status = ON_TRACK
        return evaluation

    def _evaluate_coverage(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        area_values = self._area_values(indicator, target)
        if not any(value is not None for value in area_values.values()):
            return self._evaluate_level(indicator, target)

        covered = sum(1 for value in area_values.values() if value is not None and value > 0)
        share = covered / len(area_values) * 100
        observations = self._area_observations(indicator, target)
        latest = max(observations, key=lambda item: item.as_of)
        evaluation = Evaluation(indicator, target, BEHIND, value=_clean(share), latest=latest,
                                observations=observations, area_values=area_values)
        complete = self._complete_for_year(observations, area_values, target)
        if complete:
            self._finish(evaluation, satisfies(share, target))
        else:
            evaluation.gap, evaluation.percent = gap_and_percent(indicator, target, share)
            if self._past_deadline(target):
                evaluation.status = OVERDUE_NO_DATA
        if evaluation.status == BEHIND:
            self._judge_line(evaluation, 0.0, float(self.start_year))
        return evaluation

    def _evaluate_every_area(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        area_values = self._area_values(indicator, target)
        present = [value for value in area_values.values() if value is not None]
        if not present:
            return self._no_data(indicator, target, area_values=area_values)

        worst = min(present) if _comparator_wants_high(target) else max(present)
        observations = self._area_observations(indicator, target)
        latest = max(observations, key=lambda item: item.as_of)
        evaluation = Evaluation(indicator, target, BEHIND, value=worst, latest=latest,
                                observations=observations, area_values=area_values)
        evaluation.gap, evaluation.percent = gap_and_percent(indicator, target, worst)
        failing = [value for value in present if not satisfies(value, target)]
        if self._complete_for_year(observations, area_values, target):
            self._finish(evaluation, not failing)
        elif self._past_deadline(target):
            evaluation.status = OVERDUE_NO_DATA
        else:
            evaluation.status = BEHIND if failing else ON_TRACK
        return evaluation

    @staticmethod
    def _complete_for_year(observations: list[Observation], area_values: dict, target: models.Target) -> bool:
        """Tell whether every area has a value for the target year itself."""
        return len(observations) == len(area_values) and all(item.year == target.year for item in observations)

    def _evaluate_increase(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        series = self.observations.series(indicator)
        current = series.get(target.year)
        if current is None:
            return self._no_data(indicator, target)

        observations = [current]
        amount = current.value
        if indicator.measure == "level":
            previous = series.get(target.year - 1)
            if previous is None and indicator.derived_from_sites and target.year - 1 < self.start_year:
                previous = self._baseline(indicator, series)
            if previous is None:
                return Evaluation(indicator, target, NEEDS_BASELINE, latest=current, observations=observations)
            observations.insert(0, previous)
            amount = current.value - previous.value

        evaluation = Evaluation(indicator, target, BEHIND, value=_clean(amount), latest=current,
                                observations=observations)
        self._finish(evaluation, satisfies(amount, target))
        if evaluation.status == BEHIND:
            self._judge_line(evaluation, 0.0, float(target.year))
        return evaluation

    def _evaluate_cumulative(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        series = self.observations.series(indicator)
        amounts = [item for year, item in series.items() if self.start_year <= year <= target.year]
        if not amounts:
            return self._no_data(indicator, target)

        total = sum(item.value for item in amounts)
        evaluation = Evaluation(indicator, target, BEHIND, value=_clean(total), latest=amounts[-1],
                                observations=amounts)
        self._finish(evaluation, satisfies(total, target))
        if evaluation.status == BEHIND:
            self._judge_line(evaluation, 0.0, float(self.start_year))
        return evaluation

    def _evaluate_relative(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        series = self.observations.series(indicator)
        base = series.get(target.base_year)
        plan_values = [item for year, item in series.items() if self.start_year <= year <= target.year]
        if base is None or base.value == 0:
            return Evaluation(indicator, target, NEEDS_BASELINE, baseline=base,
                              latest=plan_values[-1] if plan_values else None, observations=plan_values)
        if not plan_values:
            return self._no_data(indicator, target, baseline=base)

        latest = plan_values[-1]
        change = (latest.value - base.value) / base.value * 100
        evaluation = Evaluation(indicator, target, BEHIND, value=_clean(change), baseline=base, latest=latest,
                                observations=[base, *plan_values])
        # Like a year-end level, the change is met or missed only on a value for the target year.
        if latest.year == target.year:
            self._finish(evaluation, satisfies(change, target))
        else:
            evaluation.gap, evaluation.percent = gap_and_percent(indicator, target, change)
            evaluation.reason = {"code": "no_value_for_year", "year": target.year}
            if self._past_deadline(target):
                evaluation.status = OVERDUE_NO_DATA
                return evaluation
        if evaluation.status == BEHIND:
            self._judge_line(evaluation, 0.0, year_time(base.as_of))
            if evaluation.status == BEHIND and satisfies(change, target):
                evaluation.status = ON_TRACK
        return evaluation

    def _evaluate_maintained(self, indicator: models.Indicator, target: models.Target) -> Evaluation:
        series = self.observations.series(indicator)
        years = range(target.from_year or target.year, target.year + 1)
        values = [series[year] for year in years if year in series]
        if not values:
            return self._no_data(indicator, target)

        latest = values[-1]
        evaluation = Evaluation(indicator, target, ON_TRACK, value=latest.value, latest=latest, observations=values)
        evaluation.gap, evaluation.percent = gap_and_percent(indicator, target, latest.value)
        closed_years = [year for year in years if datetime.date(year, 12, 31) <= self.as_of]
        failed = [item.year for item in values if item.year in closed_years and not satisfies(item.value, target)]
        missing = [year for year in closed_years if year not in series]
        if failed:
            evaluation.status = MISSED
            evaluation.reason = {"code": "year_failed", "year": failed[0]}
        elif missing:
            evaluation.status = OVERDUE_NO_DATA
            evaluation.reason = {"code": "year_missing", "year": missing[0]}
        elif not satisfies(latest.value, target):
            evaluation.status = BEHIND
        elif self._past_deadline(target):
            evaluation.status = MET
        return evaluation

    # Areas.

    def _area_values(self, indicator: models.Indicator, target: models.Target) -> dict[str, float | None]:
        result: dict[str, float | None] = {}
        for name in self.observations.area_names():
            item = self._latest_for_area(indicator, name, target)
            result[name] = item.value if item else None
        return result

    def _area_observations(self, indicator: models.Indicator, target: models.Target) -> list[Observation]:
        found = (self._latest_for_area(indicator, name, target) for name in self.observations.area_names())
        return [item for item in found if item is not None]

    def _latest_for_area(self, indicator: models.Indicator, area: str, target: models.Target) -> Observation | None:
        series = self.observations.series(indicator, area)
        candidates = [item for year, item in series.items() if self.start_year <= year <= target.year]
        return candidates[-1] if candidates else None


def _higher_is_better(evaluation: Evaluation) -> bool:
    if evaluation.target.kind == "relative":
        return evaluation.target.value >= 0
    return _comparator_wants_high(evaluation.target) if evaluation.target.comparator in ("ge", "le") \
        else evaluation.indicator.direction == "higher"


def _comparator_wants_high(target: models.Target) -> bool:
    return target.comparator != "le"
