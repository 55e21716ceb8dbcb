"""The message catalogue: both languages for every entry, and every code used is defined."""

from __future__ import annotations

import re
import string

from cfcity.catalogue import CATALOGUE
from tests.conftest import REPO_ROOT


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_entry_has_both_languages():
    incomplete = [code for code, entry in CATALOGUE.items() if not entry.get("zh") or not entry.get("en")]
    assert incomplete == []


def test_languages_use_same_placeholders():
    mismatched = [code for code, entry in CATALOGUE.items() if placeholders(entry["zh"]) != placeholders(entry["en"])]
    assert mismatched == []


def test_problem_codes_have_severity():
    missing = [code for code, entry in CATALOGUE.items()
               if not code.startswith("ui.") and entry["severity"] not in ("error", "warning")]
    assert missing == []


def test_every_code_in_source_is_in_catalogue():
    pattern = re.compile(r"""(?:Problem|CfcityError|usage_error)\(\s*["']([a-z0-9-]+)["']""")
    text_keys = re.compile(r"""text\(\s*["'](ui\.[a-z0-9_.]+)["']""")
    used: set[str] = set()
    for path in (REPO_ROOT / "cfcity").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(pattern.findall(source)) | set(text_keys.findall(source))
    assert used, "the scan finds the codes the package uses"
    assert sorted(used - set(CATALOGUE)) == []
