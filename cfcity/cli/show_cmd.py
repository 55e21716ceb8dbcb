"""`cfcity show ID`: the plan's text about one item, and what refers to it."""


from typing import Annotated

import typer

from cfcity import messages
from cfcity.cli import output, tables

FORMATS = ("text", "json")


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("show", help=text("ui.show.help"))
    def show_command(
        ctx: typer.Context,
        item_id: Annotated[str, typer.Argument(metavar="ID", help=text("ui.show.argument"))],
        format: Annotated[str, typer.Option("--format", "-f", help=text("ui.option.format", known="text, json"))] = "text",
    ) -> None:
        from cfcity import query
        from cfcity.cli.loading import open_valid_plan
        from cfcity.problems import CfcityError

        format = output.check_format(format, FORMATS)
        plan = open_valid_plan(ctx, strict=False)
        try:
            kind, record = query.find_item(plan, item_id)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)

        if kind == "task":
            data = query.describe_task(plan, record)
        elif kind == "indicator":
            from cfcity.report import build_report

            data = query.describe_indicator(plan, record)
            # Each target's status today, with the recorded values (file and line) it was computed from.
            data["statuses"] = [
                {key: row[key] for key in ("year", "kind", "target", "comparator", "value", "gap", "percent", "status",
                                           "sources")}
                for row in build_report(plan, tables.parse_as_of(None), milestones=False)
                if row["indicator"] == record.id
            ]
        else:
            data = query.describe_record(record)
        data = {"type": kind, **data}

        if format == "json":
            output.emit_json(data)
        else:
            RENDERERS[kind](data)


def _line(label_key: str, value: object) -> None:
    output.emit(f"{messages.text(label_key)}：{value}" if messages.current_language() == "zh"
                else f"{messages.text(label_key)}: {value}")


def _heading(label_key: str) -> None:
    output.emit("")
    output.emit(f"【{messages.text(label_key)}】" if messages.current_language() == "zh"
                else f"[{messages.text(label_key)}]")


def _target_line(target: dict) -> str:
    comparator = messages.text(f"ui.comparator.{target['comparator']}")
    kind = messages.text(f"ui.kind.{target['kind']}")
    extra = "" if target.get("year_stated", True) else " " + messages.text("ui.year_not_stated")
    unit = "%" if target["kind"] == "relative" else target["unit"]
    shown = tables.format_number(target["value"], unit)
    return f"  {target['year']}  {kind} {comparator} {shown}{extra}\n      {_quoted(target['text'])}"


def _quoted(text: str) -> str:
    """Put the plan's phrase in Chinese quotes unless it already starts with one."""
    return text if text.startswith("“") else f"“{text}”"


def _notes(data: dict) -> None:
    if data.get("notes"):
        _heading("ui.field.notes")
        for note in data["notes"]:
            output.emit(f"  - {note}")


def render_task(data: dict) -> None:
    output.emit(messages.text("ui.show.task", number=data["number"], title=data["title"]))
    _line("ui.field.domain", data["domain_name_en"] if messages.current_language() == "en" else data["domain_name"])
    if messages.current_language() == "en":
        _line("ui.field.name_en", data["title_en"])
    _line("ui.field.lead", data["lead_text"])
    if data["responsible_text"]:
        _line("ui.field.responsible", data["responsible_text"])
    if data["participating_text"]:
        _line("ui.field.participating", data["participating_text"])
    if data["milestones"]:
        _heading("ui.field.milestones")
        for milestone in data["milestones"]:
            output.emit(f"  {milestone['year']}  {milestone['text']}")
            for item in sorted(data["assessments"], key=lambda entry: entry["date"]):
                if item["year"] == milestone["year"]:
                    output.emit(f"      {item['date']}  {tables.status_label(item['status'])}  {item['evidence']}")
    if data["targets"]:
        _heading("ui.field.indicators")
        for target in data["targets"]:
            output.emit(f"  {target['indicator']}  {target['name']}")
            output.emit(_target_line(target))
    if data["annex1"]:
        _heading("ui.field.annex1")
        for row in data["annex1"]:
            output.emit(f"  {row['id']}  {row['progress']}\n      {row['outcome']}")
    for key, label in (("projects", "ui.field.projects"), ("sites", "ui.field.sites")):
        if data[key]:
            _heading(label)
            for item in data[key]:
                output.emit(f"  {item['id']}  {item['name']}")
    _notes(data)


def render_indicator(data: dict) -> None:
    output.emit(messages.text("ui.show.indicator", id=data["id"], name=data["name"]))
    _line("ui.field.name_en", data["name_en"])
    if data["task"] is not None:
        _line("ui.field.task", data["task"])
    _line("ui.field.unit", data["unit"])
    _line("ui.field.direction", messages.text(f"ui.direction.{data['direction']}"))
    _line("ui.field.measure", messages.text(f"ui.measure.{data['measure']}"))
    if data["baseline_year"]:
        _line("ui.field.baseline", data["baseline_year"])

    if data["targets"]:
        _heading("ui.field.targets")
        for target in data["targets"]:
            output.emit(_target_line(target))

    if data["sites"]:
        _heading("ui.field.sites")
        for site in data["sites"]:
            status = messages.text(f"ui.status.{site['status']}")
            output.emit(f"  {site['id']}  {site['name']}  {site['planned_year']}  {status}")

    if data.get("statuses"):
        _heading("ui.field.statuses")
        for row in data["statuses"]:
            unit = "%" if row["kind"] == "relative" else data["unit"]
            output.emit(f"  {row['year']}  {tables.status_label(row['status'])}  "
                        f"{messages.text('ui.field.current')} {tables.format_number(row['value'], unit)}")
            for source in row["sources"]:
                where = f"{source['file']}:{source['line']}" if source["file"] else source["source"]
                output.emit(f"      ← {source['year']} {tables.format_number(source['value'], data['unit'])}"
                            f"  ({tables.source_label(where)})")

    _heading("ui.field.values")
    if not data["values"]:
        output.emit("  " + messages.text("ui.none"))
    for value in data["values"]:
        area = f" {value['area']}" if value["area"] else ""
        shown = tables.format_number(value["value"], data["unit"])
        output.emit(f"  {value['year']}{area}  {shown}  ({value['as_of']}, {value['source']})")
    _notes(data)


FIELD_LABELS = {
    "unit": "ui.field.project_unit", "area_m2": "ui.field.area_m2", "investment_wan": "ui.field.investment",
    "funding": "ui.field.funding", "duration": "ui.field.duration", "content": "ui.field.content",
    "status": "ui.field.status", "planned_year": "ui.field.planned_year", "indicator": "ui.field.indicator",
    "task": "ui.field.task",
}


def render_record(data: dict) -> None:
    heading = "ui.show.project" if data["type"] == "project" else "ui.show.site"
    output.emit(messages.text(heading, id=data["id"], name=data["name"]))
    for key, label in FIELD_LABELS.items():
        if key in data:
            value = data[key]
            if key == "status":
                value = messages.text(f"ui.status.{value}")
            _line(label, value)
    if data.get("tasks"):
        _line("ui.field.task", "、".join(str(number) for number in data["tasks"]))
    if data.get("note"):
        _heading("ui.field.notes")
        output.emit(f"  - {data['note']}")


RENDERERS = {"task": render_task, "indicator": render_indicator, "project": render_record, "site": render_record}
