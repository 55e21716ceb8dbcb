"""Build small plan repositories with chosen indicators and values, for status and record tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_plan

AREAS = """\
    areas:
      - id: xinjianlu
        name: 新建路街道
        kind: subdistrict
      - id: xinhualu
        name: 新华路街道
        kind: subdistrict
        aliases: [新华办]
    """


def indicator_yaml(indicator_id: str, unit: str, direction: str, measure: str, targets: list[dict],
                   baseline_year: int | None = None, decimals: int = 1) -> str:
    """Return the YAML of one indicator of task 1 with the given targets."""
    lines = [f"  - id: {indicator_id}", f"    name: 指标{indicator_id}", f"    name_en: Indicator {indicator_id}",
             "    task: 1", f"    unit: \"{unit}\"", f"    direction: {direction}", f"    measure: {measure}",
             f"    decimals: {decimals}"]
    if baseline_year:
        lines.append(f"    baseline_year: {baseline_year}")
    lines.append("    targets:")
    for target in targets:
        first = True
        for key, value in {"text": "原文", **target}.items():
            lines.append(f"      {'- ' if first else '  '}{key}: {value}")
            first = False
    return "\n".join(lines) + "\n"


def values_yaml(indicator_id: str, values: list[tuple]) -> str:
    """Return a values file body: each tuple is (year, value, as_of) or (year, value, as_of, area)."""
    lines = ["values:"]
    for item in values:
        year, value, as_of = item[:3]
        lines += [f"  - indicator: {indicator_id}", f"    year: {year}"]
        if len(item) > 3:
            lines.append(f"    area: {item[3]}")
        lines += [f"    value: {value}", f"    as_of: {as_of}", "    source: 测试"]
    return "\n".join(lines) + "\n"


PARKS = """\
  - id: friendly_parks
    name: 儿童友好公园数量
    name_en: Child-friendly parks
    task: 1
    unit: 个
    direction: higher
    measure: level
    derived_from_sites: true
    targets:
      - year: 2025
        kind: level
        comparator: ge
        value: 2
        text: 新建或改建儿童友好公园2个
"""


def plan_with(root: Path, indicators: str, values: str = "values: []\n") -> Path:
    """Write the mini plan with `indicators` (YAML list items) and one values file."""
    return write_plan(root, {
        "indicators.yaml": "indicators:\n" + indicators + PARKS,
        "data/values/2022.yaml": values,
        "data/areas.yaml": AREAS,
    })
