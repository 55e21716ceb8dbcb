"""Property tests: no input makes the loader raise, and a recorded value reads back exactly."""

from __future__ import annotations

import datetime
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path, PurePosixPath

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cfcity.loader import load_plan
from cfcity.problems import CfcityError
from cfcity.recording import record_value
from cfcity.yamlio import load_document
from tests.plans import indicator_yaml, plan_with

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

yaml_like_text = st.text(alphabet=st.sampled_from(list("abc: -[]{}&*!|>'\"%@#,\n\t 0123456789.：，　１２市妇联")),
                         max_size=120)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=12), st.dates())
records = st.dictionaries(st.sampled_from(["indicator", "year", "value", "as_of", "source", "area", "note", "x"]),
                          scalars, max_size=7)


@SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes_load_without_exception(raw):
    document = load_document(PurePosixPath("random.yaml"), raw)
    for problem in document.problems:
        assert problem.message("zh")


@SETTINGS
@given(yaml_like_text)
def test_yaml_like_text_loads_without_exception(text):
    document = load_document(PurePosixPath("typed.yaml"), text.encode("utf-8"))
    for problem in document.problems:
        assert problem.location.line >= 1
        assert problem.message("en")


@SETTINGS
@given(st.lists(records, max_size=4))
def test_generated_values_files_load_without_exception(items):
    with tempfile.TemporaryDirectory() as folder:
        root = plan_with(Path(folder) / "plan", "")
        text = yaml.safe_dump({"values": items}, allow_unicode=True)
        (root / "data" / "values" / "2023.yaml").write_text(text, encoding="utf-8")
        plan = load_plan(root)
        for problem in plan.problems:
            assert problem.message("zh")


def typed_forms(number: Decimal) -> st.SearchStrategy[str]:
    """Ways a person might type `number`: plain, full-width, with separators, or in 万."""
    plain = format(number, "f")
    forms = [plain, unicodedata.normalize("NFKC", plain).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))]
    whole = int(number)
    if number == whole and whole >= 1000:
        forms.append(f"{whole:,}")
    if number == whole and whole % 100 == 0 and whole >= 10_000:
        forms.append(format((Decimal(whole) / 10_000).normalize(), "f") + "万")
    return st.sampled_from(forms)


amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amounts.flatmap(lambda number: st.tuples(st.just(number), typed_forms(number))))
def test_record_then_load_returns_the_value(case):
    number, typed = case
    target = [{"year": 2025, "kind": "level", "comparator": "ge", "value": 10}]
    with tempfile.TemporaryDirectory() as folder:
        root = plan_with(Path(folder) / "plan", indicator_yaml("amount", "元", "higher", "level", target))
        try:
            record_value(root, "amount", typed, year=2024, source="性质测试", force=True,
                         today=datetime.date(2030, 1, 1))
        except CfcityError as error:
            raise AssertionError(f"{typed!r} was rejected: {error.message('en')}") from None
        stored = [value.value for value in load_plan(root).values if value.indicator == "amount"]
        assert [Decimal(str(value)) for value in stored] == [number.normalize()]
