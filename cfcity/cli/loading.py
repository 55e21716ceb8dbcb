"""Load the plan for a command that reads it, stopping on data errors with their list."""

from __future__ import annotations

import typer

from cfcity import messages
from cfcity.cli import output


def open_valid_plan(ctx: typer.Context):
    """Load the plan; if it has errors, print them (as `cfcity validate` does) and exit 1."""
    from cfcity.checks import validate
    from cfcity.cli.validate_cmd import print_problems
    from cfcity.loader import load_plan
    from cfcity.problems import ERROR

    root = ctx.obj.plan_root()
    plan = load_plan(root)
    errors = [problem for problem in validate(plan) if problem.severity == ERROR]
    if errors:
        print_problems(errors, root, len(plan.documents), err=True)
        raise typer.Exit(output.EXIT_DATA)
    return plan
