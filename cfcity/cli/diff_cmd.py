"""`cfcity diff [REV [REV2]]` and `cfcity log INDICATOR`: review data changes in git."""

from dataclasses import asdict
from typing import Annotated, Optional

import typer

from cfcity import messages
from cfcity.cli import output, tables

FORMATS = ("text", "markdown", "json")


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("diff", help=text("ui.diff.help"))
    def diff_command(
        ctx: typer.Context,
        revision: Annotated[Optional[str], typer.Argument(metavar="REV", help=text("ui.diff.rev"))] = None,
        revision2: Annotated[Optional[str], typer.Argument(metavar="REV2", help=text("ui.diff.rev2"))] = None,
        format: Annotated[str, typer.Option("--format", "-f", help=text(
            "ui.option.format", known=", ".join(FORMATS)))] = "text",
    ) -> None:
        from cfcity.diff import compare
        from cfcity.gitsource import load_plan_at
        from cfcity.loader import load_plan
        from cfcity.problems import CfcityError

        format = output.check_format(format, FORMATS)
        root = ctx.obj.plan_root()
        old_label = revision or "HEAD"
        new_label = revision2 or text("ui.diff.worktree")
        try:
            old = load_plan_at(root, old_label)
            new = load_plan_at(root, revision2) if revision2 else load_plan(root)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)

        result = compare(old, new, old_label, new_label)
        if format == "json":
            output.emit_json(diff_json(result))
        elif format == "markdown":
            output.emit(render_markdown(result))
        else:
            output.emit(render_text(result))
        raise typer.Exit(output.EXIT_DATA if result.new_errors else output.EXIT_OK)

    @app.command("log", help=text("ui.log.help"))
    def log_command(
        ctx: typer.Context,
        indicator: Annotated[str, typer.Argument(metavar="INDICATOR", help=text("ui.record.indicator"))],
        area: Annotated[Optional[str], typer.Option("--area", help=text("ui.record.area"))] = None,
        format: Annotated[str, typer.Option("--format", "-f", help=text(
            "ui.option.format", known="table, json"))] = "table",
    ) -> None:
        from cfcity.history import value_history
        from cfcity.problems import CfcityError

        format = output.check_format(format, ("table", "json"))
        root = ctx.obj.plan_root()
        try:
            entries = value_history(root, indicator, area)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)
        if format == "json":
            output.emit_json(entries)
            return
        columns = [(key, text(f"ui.log.col.{key}")) for key in
                   ("commit", "date", "author", "year", "area", "old", "new", "source", "subject")]
        shown = [{**entry, "commit": entry["commit"][:8], "area": entry["area"] or text("ui.city"),
                  "old": tables.format_number(entry["old"]), "new": tables.format_number(entry["new"])}
                 for entry in entries]
        if not shown:
            output.emit(text("ui.log.empty"))
            return
        tables.print_rich_table(columns, shown)


def diff_json(result) -> dict:
    from cfcity.problems import Problem

    def problem(item: Problem) -> dict:
        return {"file": str(item.location.file), "line": item.location.line, "code": item.code,
                "message": item.message()}

    return {
        "old": result.old_label,
        "new": result.new_label,
        "summary": result.counts(),
        "plan_changes": [asdict(change) for change in result.plan_changes],
        "values": [asdict(change) for change in result.value_changes],
        "statuses": [asdict(move) for move in result.status_moves],
        "progress": [asdict(change) for change in result.progress_changes],
        "errors_introduced": [problem(item) for item in result.introduced],
        "errors_fixed": [problem(item) for item in result.fixed],
        "new_side_valid": result.new_errors == 0,
    }


def _show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return "、".join(str(item) for item in value)
    if isinstance(value, dict):
        parts = [f"{key}={value[key]}" for key in ("year", "kind", "comparator", "value", "text") if key in value]
        return ", ".join(parts) or str(value)
    return str(value)


def change_line(change) -> str:
    """Describe one plan or progress change in one line."""
    section = messages.text(f"ui.diff.section.{change.section}")
    if change.action == "added":
        return messages.text("ui.diff.added_item", section=section, key=change.key, new=_show(change.new))
    if change.action == "removed":
        return messages.text("ui.diff.removed_item", section=section, key=change.key, old=_show(change.old))
    if change.action == "renamed":
        return messages.text("ui.diff.renamed_item", section=section, old=change.old, new=change.new)
    return messages.text("ui.diff.changed_field", section=section, key=change.key, field=change.field,
                         old=_show(change.old), new=_show(change.new))


def value_line(change) -> str:
    area = change.area or messages.text("ui.city")
    if change.action == "added":
        return messages.text("ui.diff.value_added", indicator=change.indicator, year=change.year, area=area,
                             new=change.new["value"], source=change.new["source"])
    if change.action == "removed":
        return messages.text("ui.diff.value_removed", indicator=change.indicator, year=change.year, area=area,
                             old=change.old["value"])
    return messages.text("ui.diff.value_changed", indicator=change.indicator, year=change.year, area=area,
                         old=change.old["value"], new=change.new["value"], source=change.new["source"])


def status_line(move) -> str:
    old = tables.status_label(move.old) if move.old else "—"
    new = tables.status_label(move.new) if move.new else "—"
    return messages.text("ui.diff.status_moved", indicator=move.indicator, year=move.year, old=old, new=new,
                         old_value=_show(move.old_value), new_value=_show(move.new_value))


def _problem_line(problem) -> str:
    return f"{problem.location.file}:{problem.location.line}: {problem.code} {problem.message()}"


def render_text(result) -> str:
    text = messages.text
    lines = [text("ui.diff.title", old=result.old_label, new=result.new_label), ""]
    if result.plan_changes:
        lines += ["!" * 60, text("ui.diff.plan_banner", count=len(result.plan_changes)), "!" * 60]
        lines += [f"  ! {change_line(change)}" for change in result.plan_changes]
        lines.append("")
    sections = (
        ("ui.diff.values", result.value_changes, value_line),
        ("ui.diff.statuses", result.status_moves, status_line),
        ("ui.diff.progress", result.progress_changes, change_line),
        ("ui.diff.introduced", result.introduced, _problem_line),
        ("ui.diff.fixed", result.fixed, _problem_line),
    )
    for key, items, render in sections:
        if items:
            lines.append(text(key, count=len(items)))
            lines += [f"  {render(item)}" for item in items]
            lines.append("")
    lines.append(text("ui.diff.summary", **result.counts()))
    return "\n".join(lines)


def render_markdown(result) -> str:
    text = messages.text
    lines = [f"### {text('ui.diff.title', old=result.old_label, new=result.new_label)}", ""]
    if result.plan_changes:
        lines += ["> [!WARNING]", f"> **{text('ui.diff.plan_banner', count=len(result.plan_changes))}**", ">"]
        lines += [f"> - {_escape(change_line(change))}" for change in result.plan_changes]
        lines.append("")
    sections = (
        ("ui.diff.values", result.value_changes, value_line),
        ("ui.diff.statuses", result.status_moves, status_line),
        ("ui.diff.progress", result.progress_changes, change_line),
        ("ui.diff.introduced", result.introduced, _problem_line),
        ("ui.diff.fixed", result.fixed, _problem_line),
    )
    for key, items, render in sections:
        if items:
            lines += [f"#### {text(key, count=len(items))}", ""]
            lines += [f"- {_escape(render(item))}" for item in items]
            lines.append("")
    lines.append(f"**{text('ui.diff.summary', **result.counts())}**")
    return "\n".join(lines)


def _escape(value: str) -> str:
    return value.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
