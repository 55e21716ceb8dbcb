"""`cfcity status`: one screen for the whole plan."""

from typing import Annotated, Optional

import typer

from cfcity import messages
from cfcity.cli import output, tables

FORMATS = ("text", "json")

# Each list on the status screen shows at most this many lines, so the screen stays one screen.
LIST_LIMIT = 12


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("status", help=text("ui.status.help"))
    def status_command(
        ctx: typer.Context,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help=text("ui.option.as_of"))] = None,
        rev: Annotated[Optional[str], typer.Option("--rev", help=text("ui.option.rev"))] = None,
        format: Annotated[str, typer.Option("--format", "-f", help=text("ui.option.format", known="text, json"))] = "text",
    ) -> None:
        from cfcity.cli.loading import open_valid_plan
        from cfcity.report import build_status

        format = output.check_format(format, FORMATS)
        date = tables.parse_as_of(as_of)
        plan = open_valid_plan(ctx, revision=rev)
        summary = build_status(plan, date)
        if rev:
            summary["revision"] = rev
        if format == "json":
            output.emit_json(summary)
        else:
            print_status(summary)


def print_status(summary: dict) -> None:
    from rich.table import Table

    from cfcity.cli.console import make_console
    from cfcity.status import STATUSES

    text = messages.text
    console = make_console()
    revision = text("ui.report.title_revision", revision=summary["revision"]) if "revision" in summary else ""
    output.emit(text("ui.status.title", as_of=summary["as_of"], targets=summary["targets"]) + revision)

    table = Table(title=text("ui.status.by_domain"), show_lines=False)
    table.add_column(text("ui.col.domain"))
    for status in STATUSES:
        table.add_column(tables.status_label(status), justify="right")
    table.add_column(text("ui.status.total"), justify="right")
    for domain in summary["domains"]:
        name = domain["name_en"] if messages.current_language() == "en" else domain["name"]
        table.add_row(name, *[str(domain["counts"][status] or "·") for status in STATUSES],
                      str(domain["targets"]))
    console.print(table)

    for year, share in summary["met_share"].items():
        bar = _bar(share["percent"] or 0)
        output.emit(text("ui.status.met_share", year=year, met=share["met"], targets=share["targets"],
                         percent=share["percent"], bar=bar))

    _print_attention(summary["attention"])
    _print_missing(summary)
    _print_counts(text("ui.status.milestones"), summary["milestones"])
    _print_counts(text("ui.status.projects"), summary["projects"])
    _print_counts(text("ui.status.sites"), summary["sites"])


def _bar(percent: float, width: int = 20) -> str:
    import sys

    filled = int(round(percent / 100 * width))
    full, empty = "█", "░"
    try:
        (full + empty).encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        full, empty = "#", "-"
    return full * filled + empty * (width - filled)


def _print_attention(rows: list[dict]) -> None:
    text = messages.text
    output.emit()
    output.emit(text("ui.status.attention", count=len(rows)))
    for row in rows[:LIST_LIMIT]:
        line = text("ui.status.attention_row", status=tables.status_label(row["status"]), task=row["task"],
                    indicator=row["indicator"], name=row["name"], year=row["year"],
                    lead="、".join(row["lead_units"]), value=tables.format_number(row["value"], row["unit"]))
        output.emit(f"  {line}")
    if len(rows) > LIST_LIMIT:
        output.emit(text("ui.status.more", count=len(rows) - LIST_LIMIT, command=text("ui.status.more_command")))


def _print_missing(summary: dict) -> None:
    missing = summary["missing"]
    output.emit()
    output.emit(messages.text("ui.status.missing", year=summary["missing_year"], count=len(missing)))
    for item in missing[:LIST_LIMIT]:
        output.emit(f"  {item['indicator']}  {item['name']}  ({'、'.join(item['lead_units'])})")
    if len(missing) > LIST_LIMIT:
        output.emit(messages.text("ui.status.more", count=len(missing) - LIST_LIMIT,
                                  command="cfcity status --format json"))


def _print_counts(title: str, counts: dict) -> None:
    parts = [f"{tables.status_label(status)} {count}" for status, count in sorted(counts.items())]
    output.emit()
    output.emit(messages.text("ui.labelled_list", title=title,
                              items=messages.text("ui.list_separator").join(parts) or messages.text("ui.none")))
