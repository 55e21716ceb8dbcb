"""A rich console that survives closed pipes and consoles that cannot print every character."""

from __future__ import annotations

import os
import sys


def make_console():
    from rich.console import Console

    width = None
    if not sys.stdout.isatty():
        # Keep piped and captured output stable; COLUMNS still wins where it is set.
        width = int(os.environ.get("COLUMNS", "120"))
    return Console(width=width, highlight=False, soft_wrap=False)
