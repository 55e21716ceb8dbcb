"""`cfcity validate`: every problem in the plan and data files, errors first."""


from typing import Annotated

import typer

from cfcity import messages
from cfcity.cli import output

FORMATS = ("text", "json")


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("validate", help=text("ui.validate.help"))
    def validate_command(
        ctx: typer.Context,
        format: Annotated[str, typer.Option("--format", "-f", help=text("ui.option.format", known="text, json"))] = "text",
        errors_only: Annotated[bool, typer.Option("--errors-only", "-e", help=text("ui.option.errors_only"))] = False,
    ) -> None:
        from cfcity.checks import validate
        from cfcity.loader import load_plan
        from cfcity.problems import has_errors

        format = output.check_format(format, FORMATS)
        root = ctx.obj.plan_root()
        plan = load_plan(root)
        problems = validate(plan)
        shown = [problem for problem in problems if problem.severity == "error"] if errors_only else problems

        if format == "json":
            output.emit_json([problem_record(problem, root) for problem in shown])
        else:
            print_problems(shown, root, len(plan.documents), all_problems=problems)
        raise typer.Exit(output.EXIT_DATA if has_errors(problems) else output.EXIT_OK)


def problem_record(problem, root) -> dict:
    return {
        "file": str(problem.location.file),
        "line": problem.location.line,
        "column": problem.location.column or None,
        "code": problem.code,
        "severity": problem.severity,
        "message": problem.message(),
    }


def print_problems(problems, root, file_count: int, err: bool = False, all_problems=None) -> None:
    """Print `path:line: CODE message` lines, then a summary that counts `all_problems`."""
    for problem in problems:
        path = output.display_path(problem.location, root)
        severity = messages.text(f"ui.severity.{problem.severity}")
        output.emit(f"{path}:{problem.location.line}: {problem.code} [{severity}] {problem.message()}", err=err)

    counted = problems if all_problems is None else all_problems
    errors = sum(1 for problem in counted if problem.severity == "error")
    warnings = len(counted) - errors
    key = "ui.validate.summary" if errors else "ui.validate.ok"
    output.emit(messages.text(key, errors=errors, warnings=warnings, files=file_count), err=err)
