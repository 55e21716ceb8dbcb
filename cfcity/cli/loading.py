"""Load the plan for a command that reads it, stopping on data errors with their list."""

from __future__ import annotations

import typer

from cfcity import messages
from cfcity.cli import output


def open_valid_plan(ctx: typer.Context, strict: bool = True, revision: str | None = None):
    """Load the plan and report its errors on stderr.

    With `strict`, a plan with errors stops the command with exit code 1, because statuses computed
    from broken data would mislead. Without it, the command goes on with what loaded. With
    `revision`, the plan is read from git objects as it stood at that revision.
    """
    from cfcity.checks import validate
    from cfcity.loader import load_plan
    from cfcity.gitsource import load_plan_at
    from cfcity.problems import ERROR, CfcityError

    root = ctx.obj.plan_root()
    try:
        plan = load_plan_at(root, revision) if revision else load_plan(root)
    except CfcityError as error:
        output.fail(error, output.EXIT_USAGE)
    errors = [problem for problem in validate(plan) if problem.severity == ERROR]
    if not errors:
        return plan
    if not strict:
        output.emit(messages.text("ui.data_errors_partial", errors=len(errors)), err=True)
        return plan

    for problem in errors:
        path = output.display_path(problem.location, root)
        prefix = messages.text("ui.at_revision", revision=revision) if revision else ""
        output.emit(f"{prefix}{path}:{problem.location.line}: {problem.code} {problem.message()}", err=True)
    if revision:
        output.emit(messages.text("ui.data_errors_revision", errors=len(errors), revision=revision), err=True)
    else:
        output.emit(messages.text("ui.data_errors", errors=len(errors)), err=True)
    raise typer.Exit(output.EXIT_DATA)
