"""The `cfcity` command: global options and the list of commands."""


import os
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
    # NOTE: Typer and Click print their own help chrome ("Usage:", "Options", "Show this message and
    # exit.") in English; only our help texts and error messages come from the catalogue.
    text = messages.text
    app = typer.Typer(help=text("ui.app.help"), no_args_is_help=True, add_completion=False,
                      pretty_exceptions_enable=False,
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

    from cfcity.cli import (annex_cmd, diff_cmd, example_cmd, record_cmd, report_cmd, show_cmd, status_cmd,
                            tasks_cmd, validate_cmd)

    for module in (status_cmd, report_cmd, record_cmd, annex_cmd, diff_cmd, validate_cmd, tasks_cmd, show_cmd,
                   example_cmd):
        module.register(app)
    for info in app.registered_commands:
        info.short_help = _first_sentence(info.help or "")
    return app


def _first_sentence(text: str) -> str:
    """Return the first sentence of a help text, for the list of commands."""
    ends = [text.find(end) for end in ("。", ". ", "：") if end in text]
    return text[: min(ends) + 1].rstrip("：") if ends else text


def _hoist_global_options(argv: list[str]) -> list[str]:
    """Move `--lang` and `--root` before the command, so they work wherever they are typed."""
    hoisted: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        if arg in ("--lang", "--root") and index + 1 < len(argv):
            hoisted += [arg, argv[index + 1]]
            index += 2
            continue
        if arg.startswith(("--lang=", "--root=")):
            hoisted.append(arg)
        else:
            rest.append(arg)
        index += 1
    return hoisted + rest


def main() -> None:
    output.prepare_streams()
    argv = _hoist_global_options(sys.argv[1:])
    lang = _language_from_argv(argv)
    environment = os.environ.get("CFCITY_LANG")
    if lang is None and environment and messages.normalize_language(environment) is None:
        output.emit(messages.render("unknown-language-environment", "zh", value=environment), err=True)
    messages.set_language(lang if messages.normalize_language(lang) else messages.language_from_environment())
    app = create_app()
    run(app, argv)


def run(app: typer.Typer, argv: list[str]) -> None:
    """Run the app, turning Click's usage errors into catalogue messages with exit code 2."""
    # Typer re-exports Click's exceptions from Click itself or, in newer releases, from a bundled copy.
    errors = sys.modules[typer.BadParameter.__module__]
    try:
        code = app(args=argv, prog_name="cfcity", standalone_mode=False)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        output.quiet_exit_code(0)
    except typer.Exit as error:
        sys.exit(error.exit_code)
    except typer.Abort:
        sys.exit(1)
    except errors.UsageError as error:
        if type(error).__name__ == "NoArgsIsHelpError" and error.ctx is not None:
            output.emit(error.ctx.get_help())
            sys.exit(0)
        output.emit(messages.text("ui.error", message=_usage_message(errors, error)), err=True)
        sys.exit(output.EXIT_USAGE)
    except Exception as error:
        # A bug, not a user error, gets one plain line. CFCITY_DEBUG=1 shows the traceback.
        if os.environ.get("CFCITY_DEBUG"):
            raise
        detail = f"{type(error).__name__}: {error}"
        output.emit(messages.text("ui.error", message=messages.text("internal-error", detail=detail)), err=True)
        sys.exit(output.EXIT_DATA)
    sys.exit(code or 0)


def _usage_message(errors, error) -> str:
    """Render a Click usage error from the catalogue, by its exception class."""
    if isinstance(error, errors.NoSuchOption):
        if error.option_name.lstrip("-").replace(".", "", 1).isdigit():
            return messages.text("negative-value-option", name=error.option_name)
        if not error.possibilities:
            return messages.text("no-such-option-plain", name=error.option_name)
        return messages.text("no-such-option", name=error.option_name, possibilities=", ".join(error.possibilities))
    if isinstance(error, errors.MissingParameter):
        return messages.text("missing-parameter", name=_param_label(error.param))
    if isinstance(error, errors.BadParameter):
        return messages.text("bad-parameter", name=_param_label(error.param), detail=error.format_message())
    return messages.text("usage-error", detail=error.format_message())


def _param_label(param) -> str:
    if param is None:
        return "?"
    options = getattr(param, "opts", None)
    if options and options[0].startswith("-"):
        return options[0]
    return (getattr(param, "metavar", None) or param.name or "?").upper()
