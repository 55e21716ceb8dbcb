"""The `cfcity` command: global options and the list of commands."""


import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from cfcity import __version__, messages
from cfcity.cli import output


def _language_from_argv(argv: list[str]) -> str | None:
    """Find `--lang X` or `--lang=X` before Typer parses, so help text is in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class State:
    """Options shared by every command."""

    root_option: Optional[str] = None

    def plan_root(self) -> Path:
        from cfcity.loader import find_root
        from cfcity.problems import CfcityError

        try:
            return find_root(self.root_option)
        except CfcityError as error:
            output.fail(error, output.EXIT_USAGE)


def create_app() -> typer.Typer:
    """Build the Typer app with help text in the current language."""
    text = messages.text
    app = typer.Typer(help=text("ui.app.help"), no_args_is_help=True, add_completion=False,
                      context_settings={"help_option_names": ["-h", "--help"]})
    state = State()

    def show_version(value: bool) -> None:
        if value:
            output.emit(f"cfcity {__version__}")
            raise typer.Exit()

    @app.callback()
    def main_options(
        ctx: typer.Context,
        root: Annotated[Optional[str], typer.Option("--root", help=text("ui.option.root"))] = None,
        lang: Annotated[Optional[str], typer.Option("--lang", help=text("ui.option.lang"))] = None,
        version: Annotated[bool, typer.Option("--version", callback=show_version, is_eager=True,
                                              help=text("ui.option.version"))] = False,
    ) -> None:
        if lang is not None and messages.normalize_language(lang) is None:
            output.usage_error("unknown-language", value=lang)
        state.root_option = root
        ctx.obj = state

    from cfcity.cli import (annex_cmd, example_cmd, record_cmd, report_cmd, show_cmd, status_cmd, tasks_cmd,
                            validate_cmd)

    for module in (status_cmd, report_cmd, record_cmd, annex_cmd, validate_cmd, tasks_cmd, show_cmd, example_cmd):
        module.register(app)
    return app


def main() -> None:
    output.prepare_streams()
    lang = _language_from_argv(sys.argv[1:])
    messages.set_language(lang if messages.normalize_language(lang) else messages.language_from_environment())
    app = create_app()
    app(prog_name="cfcity")
