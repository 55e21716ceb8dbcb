"""Faults: killed writers, concurrent writers, stale locks, closed pipes and consoles that cannot print."""

from __future__ import annotations

import datetime
import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from cfcity.loader import load_plan
from cfcity.recording import record_value
from tests.conftest import installed_cfcity, write_plan
from tests.plans import indicator_yaml, plan_with

REPO = Path(__file__).resolve().parent.parent
TARGET = [{"year": 2025, "kind": "level", "comparator": "ge", "value": 1000}]

# Records two values in turn, forever; prints "ready" once its imports are done.
LOOPING_WRITER = """
import datetime, sys
from pathlib import Path
from cfcity.recording import record_value
root = Path(sys.argv[1])
print("ready", flush=True)
value = 0
while True:
    value = 111 if value == 222 else 222
    record_value(root, "counted", str(value), year=2024, source="循环写入", replace=True,
                 as_of=datetime.date(2024, 12, 31), today=datetime.date(2030, 1, 1))
"""

# Records a range of indicators, one value each.
BATCH_WRITER = """
import datetime, sys
from pathlib import Path
from cfcity.recording import record_value
root, first, last = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
for number in range(first, last):
    record_value(root, f"ind{number:03d}", str(number), year=2024, source="并发",
                 as_of=datetime.date(2024, 12, 31), today=datetime.date(2030, 1, 1))
"""


def child_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO)}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to kill a writer mid-write")
def test_killed_writer_leaves_old_or_new_value(tmp_path):
    root = plan_with(tmp_path / "plan", indicator_yaml("counted", "人", "higher", "level", TARGET))
    record_value(root, "counted", "222", year=2024, source="起始", as_of=datetime.date(2024, 12, 31),
                 today=datetime.date(2030, 1, 1))
    path = root / "data" / "values" / "2024.yaml"
    randomness = random.Random(7)
    deadline = time.monotonic() + 45
    kills = 0

    while kills < 200 and time.monotonic() < deadline:
        child = subprocess.Popen([sys.executable, "-c", LOOPING_WRITER, str(root)], env=child_env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(randomness.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        kills += 1

        plan = load_plan(root)
        assert plan.problems == []
        values = [value.value for value in plan.values if value.indicator == "counted"]
        assert values in ([111], [222]), path.read_text(encoding="utf-8")
        if kills >= 25:
            break

    # The lock a killed writer held is released by the system, so the next write does not wait.
    started = time.monotonic()
    record_value(root, "counted", "333", year=2024, source="之后", replace=True, as_of=datetime.date(2024, 12, 31),
                 today=datetime.date(2030, 1, 1))
    assert time.monotonic() - started < 5
    assert [value.value for value in load_plan(root).values if value.indicator == "counted"] == [333]
    assert list(path.parent.glob(".*.tmp")) == []


def test_two_processes_record_fifty_each(tmp_path):
    indicators = "".join(indicator_yaml(f"ind{number:03d}", "人", "higher", "level", TARGET) for number in range(100))
    root = plan_with(tmp_path / "plan", indicators)
    writers = [subprocess.Popen([sys.executable, "-c", BATCH_WRITER, str(root), str(first), str(first + 50)],
                                env=child_env()) for first in (0, 50)]
    assert [writer.wait(timeout=300) for writer in writers] == [0, 0]

    plan = load_plan(root)
    assert plan.problems == []
    recorded = {value.indicator: value.value for value in plan.values if value.year == 2024}
    assert recorded == {f"ind{number:03d}": number for number in range(100)}


def test_record_with_closed_stdout_still_writes(tmp_path):
    root = plan_with(tmp_path / "plan", indicator_yaml("counted", "人", "higher", "level", TARGET))
    process = subprocess.Popen([installed_cfcity(), "record", "counted", "150", "--year", "2024", "--source", "报表",
                                "--as-of", "2024-06-01"], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert b"Traceback" not in stderr
    assert process.returncode == 0
    assert [value.value for value in load_plan(root).values if value.indicator == "counted"] == [150]


def test_record_on_ascii_console_reports_success(tmp_path):
    root = plan_with(tmp_path / "plan", indicator_yaml("counted", "人", "higher", "level", TARGET))
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([installed_cfcity(), "record", "counted", "150", "--year", "2024", "--source", "报表",
                             "--as-of", "2024-06-01"], cwd=root, capture_output=True, env=env)
    assert result.returncode == 0
    assert b"counted" in result.stdout
    assert [value.value for value in load_plan(root).values if value.indicator == "counted"] == [150]


def test_stale_temporary_files_are_removed(tmp_path):
    root = plan_with(tmp_path / "plan", indicator_yaml("counted", "人", "higher", "level", TARGET))
    leftover = root / "data" / "values" / ".2024.yaml.abc123.tmp"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_text("values:\n  - indicator: coun", encoding="utf-8")
    record_value(root, "counted", "5", year=2024, source="报表", today=datetime.date(2030, 1, 1))
    assert not leftover.exists()


def test_file_cut_off_mid_key(tmp_path):
    root = write_plan(tmp_path, {"data/values/2022.yaml": "values:\n  - indicator: social_workers\n    year: 2022\n"
                                                          "    value: 143\n    as_of: 2022-12-31\n    sou"})
    problems = load_plan(root).problems
    assert [(problem.code, problem.location.line) for problem in problems] == [("yaml-syntax", 6)]


def test_file_cut_off_after_a_line(tmp_path):
    root = write_plan(tmp_path, {"data/values/2022.yaml": "values:\n  - indicator: social_workers\n    year: 2022\n"})
    problems = load_plan(root).problems
    assert sorted(problem.args["key"] for problem in problems) == ["values[0].as_of", "values[0].source",
                                                                    "values[0].value"]
    assert {problem.code for problem in problems} == {"missing-key"}


def test_units_run_together(tmp_path):
    from cfcity.checks import validate

    root = write_plan(tmp_path)
    path = root / "tasks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("lead_units: [市妇联]", "lead_units: [市妇联，市民政局]"),
                    encoding="utf-8")
    found = [problem for problem in validate(load_plan(root)) if problem.severity == "error"]
    assert [problem.code for problem in found] == ["unit-list-separator"]


def test_decimal_values_keep_no_float_noise(tmp_path):
    root = plan_with(tmp_path / "plan", indicator_yaml("rate", "%", "higher", "level", TARGET[:0] or [
        {"year": 2025, "kind": "level", "comparator": "ge", "value": 95}]))
    record_value(root, "rate", "0.1", year=2023, source="x", force=True, today=datetime.date(2030, 1, 1))
    record_value(root, "rate", "33.3", year=2024, source="x", force=True, today=datetime.date(2030, 1, 1))
    text = (root / "data" / "values" / "2024.yaml").read_text(encoding="utf-8")
    assert "value: 33.3\n" in text
    assert Decimal(str(load_plan(root).values[-1].value)) == Decimal("33.3")


def test_record_refused_while_values_file_is_broken(tmp_path):
    from cfcity.problems import CfcityError

    root = plan_with(tmp_path / "plan", indicator_yaml("counted", "人", "higher", "level", TARGET))
    broken = root / "data" / "values" / "2024.yaml"
    broken.write_bytes("values:\n  - indicator: counted\n    year: 2024\n    value: 124\n    as_of: 2024-12-31\n"
                       "    source: 市民政局\n".encode("gbk"))
    with pytest.raises(CfcityError) as caught:
        record_value(root, "counted", "130", year=2024, source="s", today=datetime.date(2030, 1, 1))
    assert caught.value.code == "write-blocked-by-errors"
    assert "data/values/2024.yaml" in caught.value.message()
    assert sorted(path.name for path in broken.parent.iterdir()) == ["2022.yaml", "2024.yaml"]


def test_report_output_follows_symlink_and_writes_fifo(tmp_path, chdir):
    from tests.conftest import REPO_ROOT, invoke

    chdir(REPO_ROOT)
    target = tmp_path / "real.csv"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert invoke(["report", "--year", "2023", "--output", str(link)]).exit_code == 0
    assert link.is_symlink()
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")

    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        reader = subprocess.Popen([sys.executable, "-c", f"print(len(open({str(fifo)!r}, 'rb').read()))"],
                                  stdout=subprocess.PIPE)
        assert invoke(["report", "--year", "2023", "--format", "json", "--output", str(fifo)]).exit_code == 0
        assert int(reader.communicate(timeout=30)[0]) > 1000
        assert not fifo.is_file()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full to make printing fail")
def test_record_exit_zero_when_printing_fails(tmp_path):
    root = plan_with(tmp_path / "plan", indicator_yaml("counted", "人", "higher", "level", TARGET))
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = subprocess.run([installed_cfcity(), "record", "counted", "126", "--year", "2024", "--source", "报表",
                                 "--as-of", "2024-06-01"], cwd=root, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert [value.value for value in load_plan(root).values if value.indicator == "counted"] == [126]


def test_control_character_in_source_is_rejected(tmp_path):
    from cfcity.problems import CfcityError

    root = plan_with(tmp_path / "plan", indicator_yaml("counted", "人", "higher", "level", TARGET))
    with pytest.raises(CfcityError) as caught:
        record_value(root, "counted", "5", year=2024, source="市\x0b民政局", today=datetime.date(2030, 1, 1))
    assert caught.value.code == "text-control-character"
    assert "U+000B" in caught.value.message()


def test_control_character_in_file_is_located(tmp_path):
    root = write_plan(tmp_path, {"data/policies.yaml": "policies:\n  - number: 1\n    title: 测试\x0b政策\n"})
    problems = load_plan(root).problems
    assert [(problem.code, problem.location.line) for problem in problems] == [("control-character", 3)]
