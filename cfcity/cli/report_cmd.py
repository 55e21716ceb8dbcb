"""`cfcity report`: the gap report for the 2023 or 2025 targets."""

from typing import Annotated, Optional

import typer

from cfcity import messages
from cfcity.cli import output, tables


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("report", help=text("ui.report.help"))
    def report_command(
        ctx: typer.Context,
        year: Annotated[Optional[int], typer.Option("--year", "-y", help=text("ui.option.year"))] = None,
        domain: Annotated[Optional[str], typer.Option("--domain", "-d", help=text("ui.option.domain"))] = None,
        unit: Annotated[Optional[str], typer.Option("--unit", "-u", help=text("ui.option.unit"))] = None,
        status: Annotated[Optional[str], typer.Option("--status", "-s", help=text("ui.option.status"))] = None,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help=text("ui.option.as_of"))] = None,
        rev: Annotated[Optional[str], typer.Option("--rev", help=text("ui.option.rev"))] = None,
        format: Annotated[str, typer.Option("--format", "-f", help=text(
            "ui.option.format", known=", ".join(tables.TABLE_FORMATS)))] = "table",
        output_path: Annotated[Optional[str], typer.Option("--output", "-o", help=text("ui.option.output"))] = None,
    ) -> None:
        from cfcity.cli.loading import open_valid_plan
        from cfcity.problems import CfcityError
        from cfcity.report import build_report

        format = output.check_format(format, tables.TABLE_FORMATS)
        date = tables.parse_as_of(as_of)
        plan = open_valid_plan(ctx, revision=rev)
        if year is not None and not plan.start_year <= year <= plan.end_year:
            output.usage_error("year-outside-plan-option", value=year, first=plan.start_year, last=plan.end_year)
        try:
            rows = build_report(plan, date, year=year, domain=domain, unit=unit, status=status)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)

        title = text("ui.report.title", year=year or f"{plan.start_year}—{plan.end_year}", as_of=date.isoformat())
        if format in ("table",) and not output_path:
            output.emit(title)
        tables.emit_rows(report_columns(), [display_row(row) for row in rows], rows, format, output_path,
                         title=str(year or "report"))


def report_columns() -> list[tuple[str, str]]:
    keys = ("task", "lead_units", "text", "target", "baseline", "value", "gap", "percent", "status", "as_of",
            "source")
    return [(key, messages.text(f"ui.report.col.{key}")) for key in keys]


def display_row(row: dict) -> dict:
    """Format one report row for people: units, comparators and translated statuses."""
    unit = row["unit"] or ""
    change_unit = "%" if row["kind"] == "relative" else unit
    target = ""
    if row["target"] is not None:
        target = f"{row['year']} {tables.comparator_label(row['comparator'])}{row['target']}{change_unit}"
        if row["kind"] == "relative":
            target += messages.text("ui.report.relative_to", year=row.get("baseline_year") or "")
    percent = f"{row['percent']}%" if row["percent"] is not None else "—"
    return {
        "task": row["task"],
        "lead_units": row["lead_units"],
        "text": row["text"],
        "target": target or messages.text("ui.report.milestone", year=row["year"]),
        "baseline": tables.format_number(row["baseline"], unit) if row["target"] is not None else "",
        "value": tables.format_number(row["value"], change_unit) if row["target"] is not None else "",
        "gap": tables.format_number(row["gap"], change_unit) if row["target"] is not None else "",
        "percent": percent if row["target"] is not None else "",
        "status": tables.status_label(row["status"]),
        "as_of": row["as_of"] or "",
        "source": row["source"] or "",
    }
