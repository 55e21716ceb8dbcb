"""Shared fixtures: a small valid plan written under tmp_path, and CLI runners."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cfcity import messages

REPO_ROOT = Path(__file__).resolve().parent.parent

MINI_PLAN = {
    "tasks.yaml": """\
        plan:
          title: 测试方案
          document_number: 测政〔2023〕1号
          issued: 2023-10-09
          start_year: 2023
          end_year: 2025
          city: 测试市
        domains:
          - id: policy
            name: 社会政策友好
            name_en: Child-friendly social policy
            section: （一）深化儿童友好社会政策
        tasks:
          - number: 1
            domain: policy
            title: 发动全社会力量共同致力儿童发展
            title_en: Mobilise society
            lead_text: 市妇联
            lead_units: [市妇联]
            responsible_text: 市民政局，各乡镇（街道、管委会）
            responsible_units: [市民政局, 各乡镇（街道、管委会）]
            milestones:
              - year: 2025
                text: 到2025年，儿童专业社会工作者达到156人。
        annex1:
          - id: policy-1
            domain: policy
            number: 1
            progress: 发动全社会力量共同致力儿童发展（2023—2025年）
            outcome: 儿童专业社会工作者达到 156 人。
            tasks: [1]
        """,
    "indicators.yaml": """\
        indicators:
          - id: social_workers
            name: 儿童专业社会工作者数量
            name_en: Professional child social workers
            task: 1
            unit: 人
            direction: higher
            measure: level
            targets:
              - year: 2023
                kind: increase
                comparator: ge
                value: 13
                text: 2023年，儿童专业社会工作者数量增加13人
              - year: 2025
                kind: level
                comparator: ge
                value: 156
                text: 到2025年，儿童专业社会工作者达到156人
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
        """,
    "projects.yaml": """\
        projects:
          - id: annex3-1
            kind: annex3
            number: 1
            name: 梨河七里堂小学
            unit: 市民政局
            area_m2: 2500
            investment_wan: 700
            tasks: [1]
        sites:
          - id: park-tielu
            name: 铁路公园
            kind: park
            indicator: friendly_parks
            task: 1
            planned_year: 2023
        """,
    "data/policies.yaml": """\
        policies:
          - number: 1
            title: 测试政策
            units: [市妇联]
            units_text: 市妇联
            issued: 2021年7月
            issued_month: 2021-07
        """,
    "data/departments.yaml": """\
        departments:
          - name: 市妇联
            kind: organisation
          - name: 市民政局
            kind: department
            aliases: [民政局]
          - name: 各乡镇（街道、管委会）
            kind: collective
        """,
    "data/areas.yaml": """\
        areas:
          - id: xinjianlu
            name: 新建路街道
            kind: subdistrict
          - id: xinhualu
            name: 新华路街道
            kind: subdistrict
            aliases: [新华办]
        """,
    "data/values/2022.yaml": """\
        values:
          - indicator: social_workers
            year: 2022
            value: 143
            as_of: 2022-12-31
            source: 测试来源
        """,
}


def write_plan(root: Path, overrides: dict[str, str | bytes | None] | None = None) -> Path:
    """Write the mini plan under `root`, with files replaced (or removed, for None) by `overrides`."""
    files: dict[str, str | bytes | None] = {name: textwrap.dedent(text) for name, text in MINI_PLAN.items()}
    files.update(overrides or {})
    for name, content in files.items():
        if content is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8", newline="\n")
    return root


@pytest.fixture
def mini_plan(tmp_path: Path) -> Path:
    return write_plan(tmp_path / "plan")


@pytest.fixture
def shipped_root() -> Path:
    return REPO_ROOT


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CFCITY_ROOT", raising=False)
    monkeypatch.delenv("CFCITY_LANG", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    yield
    messages.set_language("zh")


def invoke(args: list[str], lang: str = "zh"):
    """Run the CLI in-process, as `main` does, and return click's result."""
    from cfcity.cli.app import create_app

    messages.set_language(lang)
    runner = CliRunner()
    return runner.invoke(create_app(), args, prog_name="cfcity")


def line_of(path: Path, needle: str) -> int:
    """Return the 1-based line of the first line of `path` containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def installed_cfcity() -> str:
    """Return the path of the installed `cfcity` entry point of this interpreter's environment."""
    import shutil
    import sys

    found = shutil.which("cfcity", path=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    assert found, "the cfcity entry point is installed with the package"
    return found


@pytest.fixture
def chdir(monkeypatch: pytest.MonkeyPatch):
    def change(path: Path) -> None:
        monkeypatch.chdir(path)
    return change


os.environ.setdefault("COLUMNS", "120")
