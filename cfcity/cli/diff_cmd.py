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
        try:
            sides = resolve_sides(root, revision, revision2)
            old = load_plan_at(root, sides.old_label, sides.old_commit)
            new = load_plan_at(root, sides.new_label, sides.new_commit) if sides.new_commit else load_plan(root)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)

        result = compare(old, new, sides.old_label, sides.new_label)
        result.old_commit, result.new_commit = sides.old_commit, sides.new_commit
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
        from cfcity.history import history_is_shallow

        if history_is_shallow(root):
            output.emit(text("ui.log.shallow"), err=True)
        if not shown:
            output.emit(text("ui.log.empty"))
            return
        tables.print_rich_table(columns, shown)


class Sides:
    """The two revisions a diff compares; a missing new commit means the work tree."""

    def __init__(self, old_label: str, old_commit: str, new_label: str, new_commit: str | None) -> None:
        self.old_label, self.old_commit = old_label, old_commit
        self.new_label, self.new_commit = new_label, new_commit


def resolve_sides(root, revision: str | None, revision2: str | None) -> Sides:
    """Work out what to compare.

    One revision, as in `cfcity diff main` on a branch, compares from where the branch left it (the
    merge base, as a merge request does), so changes made on main since then are not shown reversed.
    `A...B` does the same between two revisions; `A B` compares them as they are.
    """
    from cfcity.gitsource import Repository
    from cfcity.problems import CfcityError

    repository = Repository.of(root)
    if revision and "..." in revision and revision2 is None:
        left, right = revision.split("...", 1)
        right = right or "HEAD"
        left_commit, right_commit = repository.resolve(left or "HEAD"), repository.resolve(right)
        base = repository.merge_base(left_commit, right_commit) or left_commit
        return Sides(_base_label(left, base, left_commit), base, right, right_commit)
    if revision2 is not None:
        return Sides(revision, repository.resolve(revision), revision2, repository.resolve(revision2))

    label = revision or "HEAD"
    commit = repository.resolve(label)
    head = repository.resolve("HEAD")
    base = repository.merge_base(commit, head)
    if base is None and repository.is_shallow():
        # Comparing with the tip would show changes made on REV as if this branch had undone them.
        raise CfcityError("git-shallow-no-merge-base", revision=label)
    base = base or commit
    return Sides(_base_label(label, base, commit), base, messages.text("ui.diff.worktree"), None)


def _base_label(label: str, base: str, commit: str) -> str:
    if base == commit:
        return label
    return messages.text("ui.diff.merge_base", revision=label, commit=base[:8])


def diff_json(result) -> dict:
    from cfcity.problems import Problem

    def problem(item: Problem) -> dict:
        return {"file": str(item.location.file), "line": item.location.line, "code": item.code,
                "message": item.message()}

    return {
        "old": result.old_commit,
        "new": result.new_commit or "worktree",
        "summary": result.counts(),
        "plan_changes": [asdict(change) for change in result.plan_changes],
        "values": [asdict(change) for change in result.value_changes],
        "statuses": [asdict(move) for move in result.status_moves],
        "progress": [asdict(change) for change in result.progress_changes],
        "errors_introduced": [problem(item) for item in result.introduced],
        "errors_fixed": [problem(item) for item in result.fixed],
        "unreadable": [{"side": side, "file": name} for side, name in result.unreadable],
        "new_side_valid": result.new_errors == 0,
    }


# Labels for the fields a plan change can touch; other fields show their YAML key.
FIELD_KEYS = ("value", "year", "kind", "comparator", "tolerance", "base_year", "from_year", "text", "unit",
              "direction", "measure", "name", "name_en", "title", "task", "lead_units", "lead_text",
              "responsible_units", "responsible_text", "participating_units", "participating_text", "milestones",
              "planned_year", "status", "completed", "started", "spent_wan", "evidence", "indicator", "note",
              "derived_from_sites", "baseline_year", "decimals", "area_m2", "investment_wan", "funding", "duration",
              "content", "aliases", "outcome", "progress", "tasks", "id")


def _field(name: str | None) -> str:
    return messages.text(f"ui.diff.field.{name}") if name in FIELD_KEYS else str(name)


def _show(value, field: str | None = None) -> str:
    if value is None:
        return "—"
    if field == "comparator" and isinstance(value, str):
        return tables.comparator_label(value) or value
    if field in ("kind",) and isinstance(value, str):
        return messages.text(f"ui.kind.{value}")
    if field == "status" and isinstance(value, str):
        return tables.status_label(value)
    if isinstance(value, (list, tuple)):
        return "、".join(_show(item) for item in value)
    if isinstance(value, dict):
        return _describe(value)
    return str(value)


def _describe(record: dict) -> str:
    """Name an added or removed record in a few words instead of printing all of it."""
    if "comparator" in record and "year" in record:
        kind = messages.text(f"ui.kind.{record['kind']}")
        comparator = tables.comparator_label(record["comparator"])
        return f"{record['year']} {kind} {comparator}{record.get('value')} “{record.get('text', '')}”"
    if "status" in record and "evidence" in record and "task" in record:
        return f"{tables.status_label(record['status'])}（{record['evidence']}）"
    for key in ("name", "title", "outcome", "text"):
        if key in record:
            return str(record[key])
    return "、".join(f"{key}={value}" for key, value in list(record.items())[:3])


def _key(change) -> str:
    if change.section == "targets":
        indicator, year, kind = (change.key.rstrip("+").split(" ") + ["", ""])[:3]
        return messages.text("ui.diff.target_key", indicator=indicator, year=year,
                             kind=messages.text(f"ui.kind.{kind}") if kind else "")
    if change.section == "assessments":
        task, year, date = (change.key.split("/") + ["", ""])[:3]
        return messages.text("ui.diff.assessment_key", task=task, year=year, date=date)
    return change.key


def change_line(change) -> str:
    """Describe one plan or progress change in one line."""
    section = messages.text(f"ui.diff.section.{change.section}")
    key = _key(change)
    if change.action == "added":
        return messages.text("ui.diff.added_item", section=section, key=key, new=_show(change.new))
    if change.action == "removed":
        return messages.text("ui.diff.removed_item", section=section, key=key, old=_show(change.old))
    if change.action == "renamed":
        return messages.text("ui.diff.renamed_item", section=section, old=change.old, new=change.new)
    return messages.text("ui.diff.changed_field", section=section, key=key, field=_field(change.field),
                         old=_show(change.old, change.field), new=_show(change.new, change.field))


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
    gone = messages.text("ui.diff.no_target")
    old = f"{tables.status_label(move.old)}（{_show(move.old_value)}）" if move.old else gone
    new = f"{tables.status_label(move.new)}（{_show(move.new_value)}）" if move.new else gone
    return messages.text("ui.diff.status_moved", indicator=move.indicator, year=move.year, old=old, new=new)


def _problem_line(problem) -> str:
    return f"{problem.location.file}:{problem.location.line}: {problem.code} {problem.message()}"


def _unreadable_line(item) -> str:
    return messages.text("ui.diff.unreadable_file", side=item[0], file=item[1])


def _sections(result) -> tuple:
    return (
        ("ui.diff.unreadable", result.unreadable, _unreadable_line),
        ("ui.diff.values", result.value_changes, value_line),
        ("ui.diff.statuses", result.status_moves, status_line),
        ("ui.diff.progress", result.progress_changes, change_line),
        ("ui.diff.introduced", result.introduced, _problem_line),
        ("ui.diff.fixed", result.fixed, _problem_line),
    )


def render_text(result) -> str:
    import sys

    text = messages.text
    lines = [text("ui.diff.title", old=result.old_label, new=result.new_label), ""]
    if result.plan_changes:
        # In a terminal the banner is also bold red, so it cannot be missed.
        red, reset = ("\x1b[1;31m", "\x1b[0m") if sys.stdout.isatty() else ("", "")
        lines += [red + "!" * 60, text("ui.diff.plan_banner", count=len(result.plan_changes)), "!" * 60 + reset]
        lines += [f"  ! {change_line(change)}" for change in result.plan_changes]
        lines.append("")
    for key, items, render in _sections(result):
        if items:
            lines.append(text(key, count=len(items)))
            lines += [f"  {render(item)}" for item in items]
            lines.append("")
    if result.plan_changes:
        lines.append(text("ui.diff.plan_reminder", count=len(result.plan_changes)))
    lines.append(text("ui.diff.summary", **result.counts()))
    return "\n".join(lines)


def render_markdown(result) -> str:
    text = messages.text
    lines = [f"### {text('ui.diff.title', old=result.old_label, new=result.new_label)}", ""]
    if result.plan_changes:
        lines += ["> [!WARNING]", f"> **{text('ui.diff.plan_banner', count=len(result.plan_changes))}**", ">"]
        lines += [f"> - {_escape(change_line(change))}" for change in result.plan_changes]
        lines.append("")
    for key, items, render in _sections(result):
        if items:
            lines += [f"#### {text(key, count=len(items))}", ""]
            lines += [f"- {_escape(render(item))}" for item in items]
            lines.append("")
    lines.append(f"**{text('ui.diff.summary', **result.counts())}**")
    return "\n".join(lines)


def _escape(value: str) -> str:
    return value.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
