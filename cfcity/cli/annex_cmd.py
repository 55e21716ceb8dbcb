"""`cfcity annex 1|2|3`: the plan's annex tables, optionally with the state of each row."""

from typing import Annotated, Optional

import typer

from cfcity import messages
from cfcity.cli import output, tables


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("annex", help=text("ui.annex.help"))
    def annex_command(
        ctx: typer.Context,
        number: Annotated[str, typer.Argument(metavar="1|2|3", help=text("ui.annex.number"))],
        with_status: Annotated[bool, typer.Option("--with-status", help=text("ui.annex.with_status"))] = False,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help=text("ui.option.as_of"))] = None,
        rev: Annotated[Optional[str], typer.Option("--rev", help=text("ui.option.rev"))] = None,
        format: Annotated[str, typer.Option("--format", "-f", help=text(
            "ui.option.format", known=", ".join(tables.TABLE_FORMATS)))] = "table",
        output_path: Annotated[Optional[str], typer.Option("--output", "-o", help=text("ui.option.output"))] = None,
    ) -> None:
        from cfcity import annex
        from cfcity.cli.loading import open_valid_plan

        if number not in ("1", "2", "3"):
            output.usage_error("unknown-annex", value=number)
        format = output.check_format(format, tables.TABLE_FORMATS)
        date = tables.parse_as_of(as_of)
        plan = open_valid_plan(ctx, revision=rev)

        builders = {"1": (annex.annex1_rows, annex.ANNEX1_COLUMNS), "2": (annex.annex2_rows, annex.ANNEX2_COLUMNS),
                    "3": (annex.annex3_rows, annex.ANNEX3_COLUMNS)}
        build, headings = builders[number]
        rows = build(plan)
        headings = list(headings)
        display = [dict(row) for row in rows]
        if with_status and number == "2":
            output.emit(text("ui.annex.no_status"), err=True)
        if with_status and number in ("1", "3"):
            headings.append(annex.STATUS_COLUMN)
            _add_status(plan, number, date, rows, display)

        columns = [(heading, heading) for heading in headings]
        if format == "table" and not output_path:
            output.emit(text(f"ui.annex.title{number}"))
        tables.emit_rows(columns, display, rows, format, output_path, title=text(f"ui.annex.title{number}"))


def _add_status(plan, number: str, date, rows: list[dict], display: list[dict]) -> None:
    from cfcity import annex

    if number == "1":
        for row, shown, counts in zip(rows, display, annex.annex1_statuses(plan, date), strict=True):
            row[annex.STATUS_COLUMN] = counts
            separator = messages.text("ui.list_separator")
            shown[annex.STATUS_COLUMN] = separator.join(f"{tables.status_label(status)} {count}"
                                                        for status, count in sorted(counts.items())) or "—"
    else:
        for row, shown, status in zip(rows, display, annex.annex3_statuses(plan, date), strict=True):
            row[annex.STATUS_COLUMN] = status
            shown[annex.STATUS_COLUMN] = tables.status_label(status)
