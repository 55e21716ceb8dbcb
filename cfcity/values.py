"""Parse a value as people type it, for an indicator with a known unit.

Accepted: full-width digits and punctuation (１２，５％), thousands separators (1,000), 万 and 亿,
a trailing % for a % indicator, ‰ for a ‰ indicator, and the indicator's own unit word (12所).
The result is a Decimal, so 1.5万 is exactly 15000 and no binary floating-point noise reaches a file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from cfcity import models
from cfcity.models import COUNT_UNITS
from cfcity.problems import CfcityError

_NUMBER = re.compile(r"[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")
_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
_PERCENT_SIGNS = {"%": "%", "‰": "‰"}
# Other ways people write a rate unit: 12.5/10万 for a rate per 100,000 (1/10万).
_RATE_SUFFIXES = {"1/10万": ("/10万",)}


@dataclass(frozen=True)
class ParsedValue:
    """A typed value: the number in the indicator's unit and whether it needs --force."""

    number: Decimal
    warning: str | None = None
    warning_args: dict | None = None


def normalize_typed(text: str) -> str:
    """Fold full-width characters (１２，％) to ASCII and drop spaces."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.split())


def parse_value(text: str, indicator: models.Indicator, reference: Decimal | None = None) -> ParsedValue:
    """Parse `text` as a value of `indicator`; raise CfcityError with a catalogue code if it is not one."""
    raw = text
    typed = normalize_typed(text)
    if not typed:
        raise CfcityError("value-empty")
    if typed.lower() in {"nan", "inf", "+inf", "-inf", "infinity", "-infinity", ".nan", ".inf"}:
        raise CfcityError("value-not-finite", value=raw)

    # A unit such as 万元 is a base unit (元) with a scale (万); the typed value may use another scale (1.5亿元).
    unit = unicodedata.normalize("NFKC", indicator.unit)
    unit_scale, base_unit = _split_scale(unit)
    typed = _strip_unit(typed, unit, base_unit, indicator.unit, raw)
    typed_scale = Decimal(1)
    if typed and typed[-1] in _MULTIPLIERS:
        typed_scale = _MULTIPLIERS[typed[-1]]
        typed = typed[:-1]
    elif unit_scale != 1 and base_unit and _typed_in_base_unit(raw, base_unit, unit):
        typed_scale = Decimal(1)
    else:
        typed_scale = unit_scale

    if "," in typed:
        if not _GROUPED.fullmatch(typed):
            raise CfcityError("value-bad-separator", value=raw)
        typed = typed.replace(",", "")
    if not _NUMBER.fullmatch(typed):
        raise CfcityError("value-not-number", value=raw, unit=indicator.unit)
    try:
        number = Decimal(typed) * typed_scale / unit_scale
    except InvalidOperation:
        raise CfcityError("value-not-number", value=raw, unit=indicator.unit) from None

    number = _normalize_decimal(number)
    if number == 0:
        number = Decimal(0)  # "-0" is zero
    _check_count(number, indicator, raw)
    return ParsedValue(number, *_plausibility(number, indicator, reference))


def _split_scale(unit: str) -> tuple[Decimal, str]:
    """Split 万元 into (10000, 元); a unit without a scale gives (1, unit)."""
    if len(unit) > 1 and unit[0] in _MULTIPLIERS:
        return _MULTIPLIERS[unit[0]], unit[1:]
    return Decimal(1), unit


def _typed_in_base_unit(raw: str, base_unit: str, unit: str) -> bool:
    """Tell whether the typed text ends in the base unit without a scale (850元 for a 万元 indicator)."""
    typed = normalize_typed(raw)
    return typed.endswith(base_unit) and not typed.endswith(unit) and not typed[: -len(base_unit)][-1:] in _MULTIPLIERS


def _strip_unit(typed: str, unit: str, base_unit: str, shown_unit: str, raw: str) -> str:
    """Remove a trailing unit that matches the indicator's; reject one that does not."""
    for suffix in dict.fromkeys([unit, *_RATE_SUFFIXES.get(unit, ()), base_unit]):
        if suffix and typed.endswith(suffix) and typed != suffix:
            return typed[: -len(suffix)]
    for sign in _PERCENT_SIGNS:
        if typed.endswith(sign):
            raise CfcityError("value-wrong-unit", value=raw, unit=shown_unit, typed_unit=sign)
    match = re.search(r"[^0-9.,+\-万亿]+$", typed)
    if match and match.group() and match.start() > 0:
        raise CfcityError("value-wrong-unit", value=raw, unit=shown_unit, typed_unit=match.group())
    return typed


def _normalize_decimal(number: Decimal) -> Decimal:
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def _check_count(number: Decimal, indicator: models.Indicator, raw: str) -> None:
    if indicator.unit in COUNT_UNITS:
        if number < 0:
            raise CfcityError("value-negative-count", value=raw, unit=indicator.unit)
        if number != number.to_integral_value():
            raise CfcityError("value-fractional-count", value=raw, unit=indicator.unit)


def _plausibility(number: Decimal, indicator: models.Indicator,
                  reference: Decimal | None = None) -> tuple[str | None, dict | None]:
    """Return a warning code for a value that is possible but unlikely; such a value needs --force.

    `reference` is the indicator's latest recorded value, if any: a value ten times larger or smaller
    than it usually means a wrong unit (人 typed for 万人).
    """
    # A rate unit reads 5/10万 after a number, not 51/10万.
    unit = indicator.unit[1:] if indicator.unit.startswith("1/") else indicator.unit
    targets = [_normalize_decimal(Decimal(str(target.value))) for target in indicator.targets
               if target.kind != "relative"]
    if indicator.unit == "%" and number > 100:
        return "implausible-percent-over-100", {"value": str(number)}
    if unit == "‰" and number > 1000:
        return "implausible-permille-over-1000", {"value": str(number)}
    if unit in ("%", "‰") and 0 < number <= 1 and targets and min(targets) >= 5:
        scaled = _normalize_decimal(number * (100 if unit == "%" else 1000))
        return "implausible-share", {"value": str(number), "percent": f"{scaled}{unit}", "unit": unit}
    if unit == "小时" and number > 24:
        return "implausible-hours", {"value": str(number)}
    if unit == "岁" and number > 18:
        return "implausible-age", {"value": str(number)}
    if number < 0 and indicator.measure == "level" and unit not in ("%",):
        return "implausible-negative", {"value": str(number), "unit": unit}
    if targets and max(targets) > 0 and number > 10 * max(targets):
        return "implausible-magnitude", {"value": str(number), "unit": unit, "target": str(max(targets))}
    if reference and reference > 0 and number > 0 and not reference / 10 <= number <= reference * 10:
        return "implausible-change", {"value": str(number), "unit": unit, "reference": str(reference)}
    return None, None
