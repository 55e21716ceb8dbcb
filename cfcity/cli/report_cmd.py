"""`cfcity report`: the gap report for the 2023 or 2025 targets."""

from typing import Annotated, Optional

import typer

from cfcity import messages
from cfcity.cli import output, tables

TERMINAL_KEYS = ("task", "name", "text", "target", "baseline", "value", "gap", "percent", "status", "as_of")
EXPORT_KEYS = ("domain", "task", "lead_units", "indicator", "name", "text", "year", "kind", "comparator", "target",
               "unit", "baseline", "value", "gap", "percent", "status", "as_of", "source")


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("report", help=text("ui.report.help"))
    def report_command(
        ctx: typer.Context,
        year: Annotated[Optional[str], typer.Option("--year", "-y", help=text("ui.option.year"))] = None,
        domain: Annotated[Optional[str], typer.Option("--domain", "-d", help=text("ui.option.domain"))] = None,
        unit: Annotated[Optional[str], typer.Option("--unit", "-u", help=text("ui.option.unit"))] = None,
        status: Annotated[Optional[str], typer.Option("--status", "-s", help=text("ui.option.status"))] = None,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help=text("ui.option.as_of"))] = None,
        rev: Annotated[Optional[str], typer.Option("--rev", help=text("ui.option.rev"))] = None,
        format: Annotated[Optional[str], typer.Option("--format", "-f", help=text(
            "ui.option.format", known=", ".join(tables.TABLE_FORMATS)))] = None,
        output_path: Annotated[Optional[str], typer.Option("--output", "-o", help=text("ui.option.output"))] = None,
    ) -> None:
        from cfcity.cli.loading import open_valid_plan
        from cfcity.problems import CfcityError
        from cfcity.report import build_report

        format = tables.choose_format(format, output_path)
        year = tables.parse_whole(year, "--year") if year is not None else None
        date = tables.parse_as_of(as_of)
        plan = open_valid_plan(ctx, revision=rev)
        target_years = sorted({target.year for indicator in plan.indicators for target in indicator.targets})
        if year is not None and year not in target_years:
            output.usage_error("year-without-targets", value=year, years="、".join(map(str, target_years)))
        try:
            rows = build_report(plan, date, year=year, domain=domain, unit=unit,
                                status=tables.status_code(status) if status else None)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)

        title = text("ui.report.title", year=year or f"{plan.start_year}—{plan.end_year}", as_of=date.isoformat())
        if rev:
            title += text("ui.report.title_revision", revision=rev)
        if format == "table" and not output_path:
            output.emit(title)
            from cfcity.cli.console import make_console

            # Below about 110 cells the table cannot hold every column, so it drops the two least needed.
            keys = TERMINAL_KEYS if make_console().width >= 110 else tuple(
                key for key in TERMINAL_KEYS if key not in ("name", "baseline"))
            columns = [(key, text(f"ui.report.col.{key}")) for key in keys]
            tables.print_rich_table(columns, [terminal_row(row) for row in rows])
            output.emit(text("ui.report.count", count=len(rows)))
            return
        columns = [(key, text(f"ui.report.col.{key}" if key != "as_of" else "ui.report.col.as_of_date"))
                   for key in EXPORT_KEYS]
        names = {domain.id: domain.name_en if messages.current_language() == "en" else domain.name
                 for domain in plan.domains}
        tables.emit_rows(columns, [export_row(row, names) for row in rows], rows, format, output_path,
                         title=text("ui.report.sheet", year=year or f"{plan.start_year}-{plan.end_year}"))


def _change_unit(row: dict) -> str:
    return "%" if row["kind"] == "relative" else (row["unit"] or "")


def _gap_unit(row: dict) -> str:
    unit = _change_unit(row)
    return messages.text("ui.unit.percentage_points") if unit == "%" else unit


def _status_text(row: dict) -> str:
    label = tables.status_label(row["status"])
    reason = row.get("reason")
    if reason:
        label += messages.text(f"ui.reason.{reason['code']}", year=reason["year"])
    return label


def _value_text(row: dict) -> str:
    shown = tables.format_number(row["value"], _change_unit(row))
    if row.get("areas_total"):
        shown += messages.text("ui.report.areas", reported=row["areas_reported"], total=row["areas_total"])
    return shown


def terminal_row(row: dict) -> dict:
    """Format one report row for the terminal: units attached, sources under the date."""
    if row["target"] is None:
        target = messages.text("ui.report.milestone", year=row["year"])
    else:
        shown = tables.format_number(row["target"], _change_unit(row))
        target = f"{row['year']} {tables.comparator_label(row['comparator'])}{shown}"
    measured = row["target"] is not None
    source = tables.source_label(row["source"])
    if row["percent"] is not None:
        percent = f"{row['percent']}%"
    else:
        percent = "—" if measured else ""
    return {
        "task": row["task"],
        "name": row["name"] if measured else "",
        "text": row["text"],
        "target": target,
        "baseline": tables.format_number(row["baseline"], row["unit"]) if measured else "",
        "value": _value_text(row) if measured else "",
        "gap": tables.format_number(row["gap"], _gap_unit(row)) if measured else "",
        "percent": percent,
        "status": _status_text(row),
        "as_of": "\n".join(part for part in (row["as_of"], source) if part),
    }


def export_row(row: dict, domain_names: dict[str, str]) -> dict:
    """Format one report row for csv, xlsx and markdown: numbers stay numbers, units get their own column."""
    return {
        **row,
        "domain": domain_names.get(row["domain"], row["domain"]),
        "lead_units": "、".join(row["lead_units"]),
        "kind": messages.text(f"ui.kind.{row['kind']}") if row["kind"] != "milestone" else
        messages.text("ui.report.milestone", year=row["year"]),
        "comparator": tables.comparator_label(row["comparator"]),
        "unit": _change_unit(row),
        "status": _status_text(row),
        "source": tables.source_label(row["source"]),
    }
