"""`cfcity tasks`: the construction tasks, filtered by domain or unit."""


from typing import Annotated, Optional

import typer

from cfcity import messages
from cfcity.cli import output

FORMATS = ("table", "json")


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("tasks", help=text("ui.tasks.help"))
    def tasks_command(
        ctx: typer.Context,
        domain: Annotated[Optional[str], typer.Option("--domain", "-d", help=text("ui.option.domain"))] = None,
        unit: Annotated[Optional[str], typer.Option("--unit", "-u", help=text("ui.option.unit"))] = None,
        format: Annotated[str, typer.Option("--format", "-f", help=text("ui.option.format", known="table, json"))] = "table",
    ) -> None:
        from cfcity.cli.loading import open_valid_plan
        from cfcity.problems import CfcityError
        from cfcity.query import select_tasks, task_record

        format = output.check_format(format, FORMATS)
        plan = open_valid_plan(ctx, strict=False)
        try:
            tasks = select_tasks(plan, domain=domain, unit=unit)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)
        records = [task_record(plan, task) for task in tasks]

        if format == "json":
            output.emit_json(records)
        else:
            print_table(records)


def format_target(target: dict) -> str:
    comparator = messages.text(f"ui.comparator.{target['comparator']}")
    return f"{target['year']} {target['name']} {comparator}{target['value']}{target['unit']}"


def print_table(records: list[dict]) -> None:
    from cfcity.cli.console import make_console
    from rich.table import Table

    table = Table(show_lines=True)
    for key in ("ui.col.number", "ui.col.domain", "ui.col.task", "ui.col.lead", "ui.col.targets"):
        table.add_column(messages.text(key), overflow="fold")
    for record in records:
        targets = "\n".join(format_target(target) for target in record["targets"])
        domain = record["domain_name_en"] if messages.current_language() == "en" else record["domain_name"]
        table.add_row(str(record["number"]), domain, record["title"],
                      "、".join(record["lead_units"]), targets)
    console = make_console()
    console.print(table)
    output.emit(messages.text("ui.tasks.count", count=len(records)))
