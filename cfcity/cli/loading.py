"""Load the plan for a command that reads it, stopping on data errors with their list."""

from __future__ import annotations

import typer

from cfcity import messages
from cfcity.cli import output


def open_valid_plan(ctx: typer.Context, strict: bool = True):
    """Load the plan and report its errors on stderr.

    With `strict`, a plan with errors stops the command with exit code 1, because statuses computed
    from broken data would mislead. Without it, the command goes on with what loaded.
    """
    from cfcity.checks import validate
    from cfcity.loader import load_plan
    from cfcity.problems import ERROR

    root = ctx.obj.plan_root()
    plan = load_plan(root)
    errors = [problem for problem in validate(plan) if problem.severity == ERROR]
    if not errors:
        return plan
    if not strict:
        output.emit(messages.text("ui.data_errors_partial", errors=len(errors)), err=True)
        return plan

    for problem in errors:
        path = output.display_path(problem.location, root)
        output.emit(f"{path}:{problem.location.line}: {problem.code} {problem.message()}", err=True)
    output.emit(messages.text("ui.data_errors", errors=len(errors)), err=True)
    raise typer.Exit(output.EXIT_DATA)
