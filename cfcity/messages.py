"""The message catalogue: every text shown to a user, in Simplified Chinese and English.

Chinese is the default. `set_language` (from `--lang` or CFCITY_LANG) switches to English.
Codes of problems map to a severity and a template per language; interface strings use
keys that start with `ui.`.
"""

from __future__ import annotations

import os
from typing import Any

from cfcity.catalogue import CATALOGUE

LANGUAGES = ("zh", "en")
_ALIASES = {"zh": "zh", "zh-cn": "zh", "zh_cn": "zh", "cn": "zh", "en": "en", "en-us": "en", "en_us": "en"}
_current = {"lang": "zh"}


def normalize_language(value: str | None) -> str | None:
    """Return "zh" or "en" for a language name, or None when it is not one of them."""
    if not value:
        return None
    return _ALIASES.get(value.strip().lower())


def set_language(value: str | None) -> None:
    _current["lang"] = normalize_language(value) or "zh"


def language_from_environment() -> str:
    return normalize_language(os.environ.get("CFCITY_LANG")) or "zh"


def current_language() -> str:
    return _current["lang"]


def severity(code: str) -> str:
    return CATALOGUE[code]["severity"]


def render(code: str, lang: str | None = None, /, **args: Any) -> str:
    """Fill the template of `code` in `lang` (default: the current language)."""
    entry = CATALOGUE[code]
    template = entry[lang or _current["lang"]]
    return template.format(**args) if args else template


def text(key: str, /, **args: Any) -> str:
    """Render an interface string in the current language."""
    return render(key, None, **args)
