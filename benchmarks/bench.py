"""Time validation and reporting on synthetic plans with many recorded values.

Generates a plan repository from the shipped plan with N synthetic values spread over the
indicators, the years 2022-2025 and a prefecture-sized list of areas, then times, for each N:

- parse: reading every YAML file of the repository with PyYAML's safe loader (libyaml's where
  available) and nothing else;
- load: cfcity's loader (safe YAML with line numbers, Pydantic models);
- validate: load plus every cross-file check;
- report: load plus the status of every target.

Each time is also shown as a ratio to `parse`, so the numbers travel between machines.

    python benchmarks/bench.py                 # N = 10,000, 50,000 and 100,000
    python benchmarks/bench.py --sizes 2000    # a quick run
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cfcity.checks import validate  # noqa: E402
from cfcity.loader import FILES, load_plan  # noqa: E402
from cfcity.report import build_report  # noqa: E402


def make_repository(folder: Path, values: int, seed: int = 1) -> Path:
    """Copy the shipped plan into `folder`, with `values` synthetic values and village-level areas."""
    for relative in FILES:
        source = REPO / relative
        if source.exists():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / relative)
    shutil.copytree(REPO / "data" / "values", folder / "data" / "values")

    # A prefecture: 16 county-level divisions of 30 villages each, as one flat list of areas.
    areas = [f"区县{county:02d}村{village:02d}" for county in range(16) for village in range(30)]
    area_lines = ["areas:"] + [line for index, name in enumerate(areas) for line in
                               (f"  - id: area{index:04d}", f"    name: {name}", "    kind: town")]
    (folder / "data" / "areas.yaml").write_text("\n".join(area_lines) + "\n", encoding="utf-8")

    plan = load_plan(folder)
    indicators = [item for item in plan.indicators if item.targets and not item.derived_from_sites]
    keys = [(indicator.id, year, area) for indicator in indicators for year in (2023, 2024, 2025) for area in areas]
    randomness = random.Random(seed)
    randomness.shuffle(keys)
    by_year: dict[int, list[str]] = {}
    for indicator_id, year, area in keys[:values]:
        by_year.setdefault(year, []).append(
            f"  - indicator: {indicator_id}\n    year: {year}\n    area: {area}\n"
            f"    value: {randomness.randint(0, 100)}\n    as_of: {datetime.date(year, 12, 31)}\n    source: 基准测试\n")
    for year, items in by_year.items():
        (folder / "data" / "values" / f"bench-{year}.yaml").write_text("values:\n" + "".join(items), encoding="utf-8")
    return folder


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


# The fastest safe parser PyYAML has here: libyaml's where it is built in.
PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_only(folder: Path) -> None:
    for path in sorted(folder.rglob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=PARSER)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    arguments = parser.parse_args()
    today = datetime.date(2026, 1, 15)

    print(f"{'values':>8} {'parse s':>8} {'load':>12} {'validate':>12} {'report':>12}")
    for size in arguments.sizes:
        with tempfile.TemporaryDirectory() as folder:
            root = make_repository(Path(folder), size)
            parse = timed(lambda root=root: parse_only(root))
            load = timed(lambda root=root: load_plan(root))
            check = timed(lambda root=root: validate(load_plan(root)))
            report = timed(lambda root=root: build_report(load_plan(root), today))
        cells = [f"{seconds:6.2f}s {seconds / parse:4.1f}x" for seconds in (load, check, report)]
        print(f"{size:>8} {parse:>7.2f}s " + " ".join(f"{cell:>12}" for cell in cells))


if __name__ == "__main__":
    main()
