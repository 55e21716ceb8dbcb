"""The YAML loader: encodings, line endings, unsafe YAML and values people type."""

from __future__ import annotations

import codecs
import datetime
from pathlib import PurePosixPath

import pytest

from cfcity.loader import load_plan
from cfcity.yamlio import load_document
from tests.conftest import write_plan


def load(text: str | bytes):
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    return load_document(PurePosixPath("test.yaml"), raw)


def codes(document) -> list[str]:
    return [problem.code for problem in document.problems]


def test_bom_is_accepted():
    document = load(codecs.BOM_UTF8 + "name: 市妇联\n".encode("utf-8"))
    assert document.problems == []
    assert document.data == {"name": "市妇联"}
    assert document.has_bom is True


def test_crlf_is_accepted_and_lines_kept():
    document = load("a: 1\r\nb: 二\r\n")
    assert document.data == {"a": 1, "b": "二"}
    assert document.newline == "\r\n"
    assert document.line_of(("b",)) == 2


def test_gbk_file_is_named():
    document = load("a: 1\nname: 市妇联\n".encode("gbk"))
    assert codes(document) == ["encoding-gbk"]
    assert document.problems[0].location.line == 2
    assert "GBK" in document.problems[0].message("zh")
    assert "UTF-8" in document.problems[0].message("en")


def test_utf16_file_is_named():
    document = load("name: 市妇联\n".encode("utf-16"))
    assert codes(document) == ["encoding-utf16"]


def test_duplicate_key_names_both_lines():
    document = load("a: 1\nb: 2\na: 3\n")
    assert codes(document) == ["yaml-duplicate-key"]
    problem = document.problems[0]
    assert problem.location.line == 3
    assert problem.args["first_line"] == 1
    assert "第 1 行" in problem.message("zh")


def test_unsafe_tag_is_rejected():
    document = load("a: !!python/object/apply:os.system ['echo hi']\n")
    assert "yaml-tag" in codes(document)
    assert document.problems[0].location.line == 1


def test_alias_and_anchor_are_rejected():
    document = load("a: &x 1\nb: *x\n")
    assert codes(document) == ["yaml-anchor", "yaml-alias"]
    assert [problem.location.line for problem in document.problems] == [1, 2]


def test_alias_bomb_does_not_expand():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 9)}]")
    document = load("\n".join(lines) + "\n")
    assert "yaml-alias" in codes(document)
    assert len(repr(document.data)) < 10_000


def test_full_width_colon_names_character():
    document = load("name: 市妇联\nunit：人\nkind: x\n")
    assert codes(document) == ["yaml-full-width"]
    problem = document.problems[0]
    assert problem.location.line == 2
    assert problem.args["char"] == "："
    assert "：" in problem.message("zh")


def test_tab_indentation_is_named():
    document = load("a:\n\tb: 1\n")
    assert codes(document) == ["yaml-tab"]
    assert document.problems[0].location.line == 2


@pytest.mark.parametrize("typed", ["no", "on", "off", "yes", "No", "ON"])
def test_yaml11_booleans_stay_text(typed):
    document = load(f"value: {typed}\n")
    assert document.data == {"value": typed}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1:30", "1:30"), ("012", "012"), ("2025-06", "2025-06"), ("1,000", "1,000"), ("95%", "95%"),
     ("2023-10-09", datetime.date(2023, 10, 9)), ("1.5", 1.5), ("156", 156), ("true", True), ("~", None)],
)
def test_scalars_resolve_narrowly(typed, expected):
    assert load(f"value: {typed}\n").data == {"value": expected}


def test_quoted_scalars_are_text():
    assert load('a: "156"\nb: \'true\'\n').data == {"a": "156", "b": "true"}


def test_syntax_error_has_line():
    document = load("a: [1, 2\nb: 3\n")
    assert codes(document) == ["yaml-syntax"]
    assert document.problems[0].location.line == 1
    assert document.problems[0].args["line"] >= 2


def test_no_in_text_field_is_kept_as_text(tmp_path):
    root = write_plan(tmp_path, {"data/departments.yaml": """\
        departments:
          - name: 市妇联
            kind: organisation
          - name: 市民政局
            kind: department
            aliases: [民政局]
          - name: 各乡镇（街道、管委会）
            kind: collective
            note: no
        """})
    plan = load_plan(root)
    assert plan.problems == []
    assert plan.departments[2].note == "no"


def test_on_in_boolean_field_is_located_error(tmp_path):
    indicators = (tmp_path / "x").parent  # same folder; keep the mini plan and edit one line
    root = write_plan(tmp_path)
    path = root / "indicators.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("derived_from_sites: true", "derived_from_sites: on"),
                    encoding="utf-8")
    plan = load_plan(root)
    assert [problem.code for problem in plan.problems] == ["invalid-boolean"]
    assert plan.problems[0].location.line == 27
    assert indicators.exists()


def test_misspelt_key_suggests_right_one(tmp_path):
    root = write_plan(tmp_path)
    path = root / "indicators.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("direction: higher", "directoin: higher", 1),
                    encoding="utf-8")
    problems = load_plan(root).problems
    codes_found = [problem.code for problem in problems]
    assert "unknown-key" in codes_found
    unknown = next(problem for problem in problems if problem.code == "unknown-key")
    assert unknown.args["suggestion"] == "direction"
    assert unknown.location.line == 7
    assert "direction" in unknown.message("zh")


def test_nan_value_is_rejected(tmp_path):
    root = write_plan(tmp_path, {"data/values/2022.yaml": """\
        values:
          - indicator: social_workers
            year: 2022
            value: .nan
            as_of: 2022-12-31
            source: 测试来源
        """})
    problems = load_plan(root).problems
    assert [problem.code for problem in problems] == ["not-finite"]
    assert problems[0].location.line == 4


def test_missing_file_is_reported(tmp_path):
    root = write_plan(tmp_path, {"data/areas.yaml": None})
    problems = load_plan(root).problems
    assert [problem.code for problem in problems] == ["missing-file"]
    assert str(problems[0].location.file) == "data/areas.yaml"


def test_empty_file_is_reported(tmp_path):
    root = write_plan(tmp_path, {"data/policies.yaml": ""})
    assert [problem.code for problem in load_plan(root).problems] == ["empty-file"]


def test_list_at_top_level_is_reported(tmp_path):
    root = write_plan(tmp_path, {"data/policies.yaml": "- number: 1\n"})
    assert [problem.code for problem in load_plan(root).problems] == ["file-not-mapping"]


def test_text_field_given_number_is_reported(tmp_path):
    root = write_plan(tmp_path, {"data/areas.yaml": """\
        areas:
          - id: xinjianlu
            name: 2023
            kind: subdistrict
        """})
    problems = load_plan(root).problems
    assert [problem.code for problem in problems] == ["invalid-text"]
    assert problems[0].location.line == 3


def test_missing_direction_is_never_defaulted(tmp_path):
    root = write_plan(tmp_path)
    path = root / "indicators.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    direction: higher\n", "", 1), encoding="utf-8")
    problems = load_plan(root).problems
    assert [problem.code for problem in problems] == ["missing-key"]
    assert problems[0].args["key"] == "indicators[0].direction"


def test_unreadable_file_comes_first_without_cascade(tmp_path):
    root = write_plan(tmp_path)
    path = root / "tasks.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    from cfcity.checks import validate

    problems = validate(load_plan(root))
    assert [problem.code for problem in problems] == ["encoding-gbk"]
    assert "第 2 行附近" in problems[0].message("zh")


def test_every_full_width_colon_is_reported():
    document = load("a: 1\nunit：人\nb: 2\nname：x\n")
    assert [(problem.code, problem.location.line) for problem in document.problems] == [
        ("yaml-full-width", 2), ("yaml-full-width", 4)]


def test_comma_in_value_is_not_blamed():
    document = load("a: [市妇联，市民政局\nb: 2\n")
    assert [problem.code for problem in document.problems] == ["yaml-syntax"]
    assert "缩进" in document.problems[0].message("zh")


def test_missing_space_after_colon():
    document = load("a: 1\nb:\n  unit:人\n  c: 2\n")
    assert [(problem.code, problem.location.line) for problem in document.problems] == [("yaml-colon-space", 3)]


@pytest.mark.parametrize("typed", ["True", "TRUE", "False"])
def test_capitalised_booleans_stay_text(typed):
    assert load(f"value: {typed}\n").data == {"value": typed}


def test_yml_values_file_is_read(tmp_path):
    root = write_plan(tmp_path, {"data/values/2023.yml": """\
        values:
          - indicator: social_workers
            year: 2023
            value: 95%
            as_of: 2023-12-31
            source: 测试
        """})
    problems = load_plan(root).problems
    assert [problem.code for problem in problems] == ["invalid-number"]
    assert str(problems[0].location.file) == "data/values/2023.yml"


@pytest.mark.parametrize(("typed", "code"), [('"143"', "number-quoted"), ("１４３", "number-full-width")])
def test_number_typing_hints(tmp_path, typed, code):
    root = write_plan(tmp_path, {"data/values/2022.yaml": f"""\
        values:
          - indicator: social_workers
            year: 2022
            value: {typed}
            as_of: 2022-12-31
            source: 测试来源
        """})
    assert [problem.code for problem in load_plan(root).problems] == [code]


@pytest.mark.parametrize(("text", "code", "line", "column"), [
    ("a:\n  b: [1, 2］\n", "yaml-full-width", 2, 11),
    ("a:\n  －b: 1\n", "yaml-full-width", 2, 3),
    ("a: 1\nvalue:　124\nc: 2\n", "yaml-full-width", 2, 7),
    ("a:\n    value:124\n    b: 1\n", "yaml-colon-space", 2, 10),
])
def test_more_typing_mistakes(text, code, line, column):
    document = load(text)
    assert [(problem.code, problem.location.line, problem.location.column) for problem in document.problems][:1] == [
        (code, line, column)]


def test_leading_zero_number_hint(tmp_path):
    root = write_plan(tmp_path, {"data/values/2022.yaml": """\
        values:
          - indicator: social_workers
            year: 2022
            value: 0143
            as_of: 2022-12-31
            source: 测试来源
        """})
    assert [problem.code for problem in load_plan(root).problems] == ["number-leading-zero"]


def test_value_year_outside_plan_in_file(tmp_path):
    from cfcity.checks import validate

    root = write_plan(tmp_path, {"data/values/2030.yaml": """\
        values:
          - indicator: social_workers
            year: 2030
            value: 150
            as_of: 2029-12-31
            source: 测试来源
        """})
    codes_found = [problem.code for problem in validate(load_plan(root)) if problem.severity == "error"]
    assert codes_found == ["value-year-outside-plan", "value-as-of-before-year"]


def test_unreadable_plan_file_is_reported(tmp_path):
    root = write_plan(tmp_path, {"data/policies.yaml": None})
    (root / "data" / "policies.yaml").mkdir()
    problems = load_plan(root).problems
    assert [(problem.code, str(problem.location.file)) for problem in problems] == [
        ("file-unreadable", "data/policies.yaml")]
