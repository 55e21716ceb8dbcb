"""`cfcity example DIR`: a copy of the plan with simulated values, for trying the tool."""

from pathlib import Path
from typing import Annotated

import typer

from cfcity import messages
from cfcity.cli import output


def register(app: typer.Typer) -> None:
    text = messages.text

    @app.command("example", help=text("ui.example.help"))
    def example_command(
        ctx: typer.Context,
        folder: Annotated[Path, typer.Argument(metavar="DIR", help=text("ui.example.folder"))],
        seed: Annotated[int, typer.Option("--seed", help=text("ui.example.seed"))] = 1,
    ) -> None:
        from cfcity.example import write_example
        from cfcity.problems import CfcityError

        root = ctx.obj.plan_root()
        try:
            counts = write_example(root, folder, seed=seed)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)
        output.emit(text("ui.example.done", folder=str(folder), **counts))
        if not counts["git"]:
            output.emit(text("ui.example.no_git"), err=True)
