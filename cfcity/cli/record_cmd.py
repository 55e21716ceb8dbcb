"""`cfcity record`, `cfcity assess` and `cfcity project`: write what departments report."""

from typing import Annotated, Optional

import typer

from cfcity import messages, models
from cfcity.cli import output, tables


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("record", help=text("ui.record.help"))
    def record_command(
        ctx: typer.Context,
        indicator: Annotated[str, typer.Argument(metavar="INDICATOR", help=text("ui.record.indicator"))],
        value: Annotated[str, typer.Argument(metavar="VALUE", help=text("ui.record.value"))],
        year: Annotated[str, typer.Option("--year", "-y", help=text("ui.record.year"))],
        source: Annotated[str, typer.Option("--source", help=text("ui.record.source"))],
        area: Annotated[Optional[str], typer.Option("--area", help=text("ui.record.area"))] = None,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help=text("ui.record.as_of"))] = None,
        note: Annotated[Optional[str], typer.Option("--note", help=text("ui.record.note"))] = None,
        replace: Annotated[bool, typer.Option("--replace", help=text("ui.record.replace"))] = False,
        force: Annotated[bool, typer.Option("--force", help=text("ui.record.force"))] = False,
    ) -> None:
        from cfcity.problems import CfcityError
        from cfcity.recording import record_value

        root = ctx.obj.plan_root()
        date = tables.parse_as_of(as_of) if as_of else None
        try:
            result = record_value(root, indicator, value, year=tables.parse_whole(year, "--year"), source=source,
                                  area=area, as_of=date,
                                  note=note, replace=replace, force=force)
        except CfcityError as error:
            output.fail(error)
        except TimeoutError:
            output.fail(CfcityError("lock-timeout", file=str(root / ".cfcity.lock")))

        area_text = result.area or text("ui.city")
        if result.unchanged:
            output.emit(text("ui.record.unchanged", indicator=result.indicator, year=result.year, area=area_text,
                             value=result.new))
        elif result.old is not None:
            output.emit(text("ui.record.replaced", indicator=result.indicator, year=result.year, area=area_text,
                             old=_plain(result.old), new=result.new, file=result.file, line=result.line))
        else:
            output.emit(text("ui.record.added", indicator=result.indicator, year=result.year, area=area_text,
                             value=result.new, file=result.file, line=result.line))

        # The value is written by now: a failure while reporting the new status must not look like a failed write.
        try:
            print_indicator_status(root, result.indicator)
        except (CfcityError, OSError, ValueError):
            output.emit(text("ui.record.status_unavailable"), err=True)

    @app.command("assess", help=text("ui.assess.help"))
    def assess_command(
        ctx: typer.Context,
        task: Annotated[str, typer.Argument(metavar="TASK", help=text("ui.assess.task"))],
        year: Annotated[str, typer.Option("--year", "-y", help=text("ui.option.year"))],
        status: Annotated[str, typer.Option("--status", "-s", help=text("ui.assess.status"))],
        evidence: Annotated[str, typer.Option("--evidence", help=text("ui.assess.evidence"))],
        date: Annotated[Optional[str], typer.Option("--date", help=text("ui.assess.date"))] = None,
    ) -> None:
        from cfcity.problems import CfcityError
        from cfcity.recording import assess_milestone

        root = ctx.obj.plan_root()
        day = tables.parse_as_of(date, "--date") if date else None
        try:
            task = tables.parse_whole(task, "TASK")
            year = tables.parse_whole(year, "--year")
            status = tables.status_code(status, models.ASSESSMENT_STATUSES)
            result = assess_milestone(root, task, year=year, status=status, evidence=evidence, date=day)
        except CfcityError as error:
            output.fail(error)
        output.emit(text("ui.assess.done", task=task, year=year, status=tables.status_label(result.new),
                         file=result.file, line=result.line))

    @app.command("project", help=text("ui.project.help"))
    def project_command(
        ctx: typer.Context,
        item_id: Annotated[str, typer.Argument(metavar="ID", help=text("ui.project.id"))],
        status: Annotated[str, typer.Option("--status", "-s", help=text("ui.project.status"))],
        date: Annotated[Optional[str], typer.Option("--date", help=text("ui.project.date"))] = None,
        spent: Annotated[Optional[str], typer.Option("--spent", help=text("ui.project.spent"))] = None,
        evidence: Annotated[Optional[str], typer.Option("--evidence", help=text("ui.project.evidence"))] = None,
    ) -> None:
        from cfcity.problems import CfcityError
        from cfcity.recording import update_project

        root = ctx.obj.plan_root()
        day = tables.parse_as_of(date, "--date") if date else None
        try:
            result = update_project(root, item_id, status=tables.status_code(status, models.PROJECT_STATUSES),
                                    date=day, spent=spent, evidence=evidence)
        except CfcityError as error:
            output.fail(error)
        output.emit(text("ui.project.done", id=result.indicator, old=tables.status_label(result.old),
                         new=tables.status_label(result.new), file=result.file, line=result.line))
        if result.counts_toward:
            try:
                print_indicator_status(root, result.counts_toward)
            except (CfcityError, OSError, ValueError):
                output.emit(text("ui.record.status_unavailable"), err=True)


def _plain(value) -> str:
    from decimal import Decimal

    number = Decimal(str(value))
    return format(number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize(), "f")


def print_indicator_status(root, indicator_id: str) -> None:
    """Print the new status of each target of the indicator after a write."""
    from cfcity.loader import load_plan
    from cfcity.report import build_report

    plan = load_plan(root)
    rows = [row for row in build_report(plan, tables.parse_as_of(None), milestones=False)
            if row["indicator"] == indicator_id]
    for row in rows:
        unit = "%" if row["kind"] == "relative" else row["unit"]
        target = tables.comparator_label(row["comparator"]) + tables.format_number(row["target"], unit)
        output.emit(messages.text("ui.record.status", year=row["year"], target=target,
                                  value=tables.format_number(row["value"], unit),
                                  status=tables.status_with_reason(row)))
