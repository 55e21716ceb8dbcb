"""Write to the terminal safely: any console encoding, a closed pipe, JSON output."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer

from cfcity import messages
from cfcity.problems import CfcityError, Location

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def prepare_streams() -> None:
    """Replace characters the console cannot encode (a GBK console, say) instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


_broken = {"stdout": False, "stderr": False}


def emit(text: str = "", err: bool = False) -> None:
    """Print one block of text.

    A reader that closed the pipe ends the program quietly. Any other failure to print (a full disk,
    no console at all) stops further printing on that stream but never changes the exit code, so a
    write that succeeded is not reported as failed.
    """
    name = "stderr" if err else "stdout"
    stream = sys.stderr if err else sys.stdout
    if stream is None or _broken[name]:
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except BrokenPipeError:
        _quiet_exit()
    except (OSError, ValueError):
        _broken[name] = True


def emit_bytes(data: bytes) -> None:
    """Write bytes as they are, for output whose encoding is fixed (CSV with a BOM)."""
    stream = getattr(sys.stdout, "buffer", None)
    try:
        if stream is None:
            sys.stdout.write(data.decode("utf-8-sig"))
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            stream.write(data)
            stream.flush()
    except BrokenPipeError:
        _quiet_exit()


def quiet_exit() -> NoReturn:
    _quiet_exit()


def quiet_exit_code(code: int) -> NoReturn:
    """Leave with `code` after the reader closed the pipe, without a second error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    sys.exit(code)


def emit_json(data: Any) -> None:
    emit(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _quiet_exit() -> NoReturn:
    # Point stdout at devnull so the interpreter's final flush does not raise again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(EXIT_OK)


def fail(error: CfcityError, exit_code: int = EXIT_DATA) -> NoReturn:
    """Print a user error from the catalogue and stop with `exit_code`."""
    emit(messages.text("ui.error", message=error.message()), err=True)
    raise typer.Exit(exit_code)


def usage_error(code: str, **args: Any) -> NoReturn:
    fail(CfcityError(code, **args), EXIT_USAGE)


def display_path(location: Location, root: Path) -> str:
    """Show a plan file's path relative to the working folder where possible."""
    full = root / str(location.file)
    try:
        return str(full.relative_to(Path.cwd()))
    except ValueError:
        return str(full)


def check_format(value: str, known: tuple[str, ...]) -> str:
    if value.lower() not in known:
        usage_error("unknown-format", value=value, known=", ".join(known))
    return value.lower()
