"""Present rows in the format a command was asked for: a terminal table, markdown, csv, json or xlsx."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from cfcity import messages
from cfcity.cli import output

TABLE_FORMATS = ("table", "markdown", "csv", "json", "xlsx")

# No column but the long text ones takes more than this many cells, so the text keeps its room.
MAX_WIDTH = 16

# Columns whose numbers and units should not break across lines.
MIN_WIDTHS = {"target": 8, "baseline": 6, "value": 7, "gap": 6, "name": 6, "status": 6, "as_of": 10}

# Columns of long text get more of the terminal's width; short ones never wrap.
WIDE_COLUMNS = {"text", "相关指标预期进度", "拟实现工作目标和成果", "政策内容", "主要建设内容和预期成效"}
NARROW_COLUMNS = {"task", "percent", "commit", "date", "year", "area", "old", "new",
                  "序号", "领域", "(拟) 出台时间", "建设规模 (平方米)",
                  "项目总投资 (万元)"}


def parse_as_of(value: str | None, option: str = "--as-of") -> datetime.date:
    """Return the date of a date option, or today; 2024-9-30, 2024/9/30 and 2024年9月30日 work too."""
    if value is None:
        return datetime.date.today()
    import re
    import unicodedata

    typed = unicodedata.normalize("NFKC", value).strip()
    match = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", typed)
    try:
        if match is None:
            raise ValueError(value)
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        output.usage_error("invalid-date-option", value=value, option=option)


def parse_whole(value: str, option: str) -> int:
    """Read a year or a task number as typed: full-width digits and a trailing 年 or 项 are fine."""
    import unicodedata

    typed = unicodedata.normalize("NFKC", value).strip().removesuffix("年").removesuffix("项").strip()
    if not typed.isdigit():
        output.usage_error("invalid-whole-option", value=value, option=option)
    return int(typed)


def choose_format(format: str | None, output_path: str | None) -> str:
    """Return the format asked for, or the one the output file's extension names, or table."""
    if format is not None:
        return output.check_format(format, TABLE_FORMATS)
    suffix = Path(output_path).suffix.lower() if output_path else ""
    return {".xlsx": "xlsx", ".csv": "csv", ".json": "json", ".md": "markdown"}.get(suffix, "table")


def status_code(text: str, allowed: tuple[str, ...] | None = None) -> str:
    """Accept a status by its code or by its label in either language (已达标, met).

    Two statuses share the label 已完成, so `allowed` lists the codes the command takes.
    """
    from cfcity.catalogue import CATALOGUE

    wanted = text.strip()
    for key, entry in CATALOGUE.items():
        code = key[len("ui.state."):]
        if not key.startswith("ui.state.") or (allowed and code not in allowed):
            continue
        if wanted in (code, entry["zh"], entry["en"]):
            return code
    return wanted


def source_label(source: str | None) -> str:
    from cfcity.observations import SITES_SOURCE

    if source == SITES_SOURCE:
        return messages.text("ui.source.sites")
    return source or ""


def emit_rows(columns: list[tuple[str, str]], display_rows: list[dict[str, Any]], json_rows: Any,
              format: str, output_path: str | None, title: str) -> None:
    """Print or write rows; `json_rows` is what `--format json` returns."""
    from cfcity import export

    format = output.check_format(format, TABLE_FORMATS)
    if format == "xlsx":
        if not output_path:
            output.usage_error("xlsx-needs-output")
        _write_file(Path(output_path), None, lambda path: export.write_xlsx(path, columns, display_rows, title))
        return

    if format == "json":
        text = json.dumps(json_rows, ensure_ascii=False, indent=2, default=str)
    elif format == "markdown":
        text = export.to_markdown(columns, display_rows)
    elif format == "csv":
        text = export.to_csv(columns, display_rows)
    elif output_path:
        text = export.to_markdown(columns, display_rows)
    else:
        print_rich_table(columns, display_rows)
        return

    if output_path:
        encoding = "utf-8-sig" if format == "csv" else "utf-8"
        _write_file(Path(output_path), text.encode(encoding), None)
    elif format == "csv":
        # Excel on Chinese Windows reads CSV as GBK unless it starts with a UTF-8 BOM, redirected or not.
        output.emit_bytes(text.encode("utf-8-sig"))
    else:
        output.emit(text.rstrip("\n"))


def _write_file(path: Path, data: bytes | None, writer: Any) -> None:
    from cfcity.editing import write_atomic
    from cfcity.problems import CfcityError

    if not path.parent.exists():
        output.fail(CfcityError("output-folder-missing", folder=str(path.parent)), output.EXIT_USAGE)
    try:
        if data is not None:
            write_atomic(path, data)
        else:
            temporary = path.with_name(f".{path.name}.partial")
            writer(temporary)
            write_atomic(path, temporary.read_bytes())
            temporary.unlink()
    except CfcityError as error:
        output.fail(error)
    except OSError as error:
        output.fail(CfcityError("output-write-failed", file=str(path), reason=error.strerror or str(error)))
    output.emit(messages.text("ui.written", file=str(path)), err=True)


def print_rich_table(columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> None:
    from rich.cells import cell_len
    from rich.table import Table

    from cfcity.cli.console import make_console

    table = Table(show_lines=True)
    if not rows:
        output.emit(messages.text("ui.no_rows"))
        return
    for key, header in columns:
        if key in NARROW_COLUMNS:
            table.add_column(header, no_wrap=True)
        else:
            table.add_column(header, overflow="fold", min_width=max(min(cell_len(header), 8), MIN_WIDTHS.get(key, 0)),
                             max_width=None if key in WIDE_COLUMNS else MAX_WIDTH)
    for row in rows:
        table.add_row(*[_cell(row.get(key)) for key, _ in columns])
    try:
        make_console().print(table)
    except BrokenPipeError:
        output.quiet_exit()


def _cell(value: Any) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return escape("、".join(str(item) for item in value))
    return escape(str(value))


def format_number(value: Any, unit: str | None = "") -> str:
    """Write a number with its unit; a rate unit such as 1/10万 reads 10/10万, not 101/10万."""
    if value is None:
        return "—"
    unit = unit or ""
    if unit.startswith("1/"):
        unit = unit[1:]
    return f"{value}{unit}"


def status_label(status: str) -> str:
    return messages.text(f"ui.state.{status}")


def status_with_reason(row: dict) -> str:
    """Return a report row's status, with the reason where the value alone does not show it."""
    label = status_label(row["status"])
    reason = row.get("reason")
    if reason:
        label += messages.text(f"ui.reason.{reason['code']}", year=reason["year"])
    if row.get("areas_total"):
        label += messages.text("ui.report.areas_short", reported=row["areas_reported"], total=row["areas_total"])
    return label


def comparator_label(comparator: str | None) -> str:
    return messages.text(f"ui.comparator.{comparator}") if comparator else ""
