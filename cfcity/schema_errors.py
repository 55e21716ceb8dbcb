"""Turn Pydantic validation errors into located problems with catalogue codes."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from cfcity.problems import Problem
from cfcity.yamlio import FULL_WIDTH_HINTS, Document

# Pydantic error types grouped by the catalogue code that explains them.
_CODES = {
    "extra_forbidden": "unknown-key",
    "missing": "missing-key",
    "literal_error": "invalid-choice",
    "finite_number": "not-finite",
    "int_type": "invalid-integer",
    "int_from_float": "invalid-integer",
    "int_parsing": "invalid-integer",
    "float_type": "invalid-number",
    "float_parsing": "invalid-number",
    "bool_type": "invalid-boolean",
    "bool_parsing": "invalid-boolean",
    "string_type": "invalid-text",
    "string_too_short": "empty-text",
    "string_pattern_mismatch": "invalid-pattern",
    "date_type": "invalid-date",
    "date_parsing": "invalid-date",
    "date_from_datetime_parsing": "invalid-date",
    "list_type": "expected-list",
    "model_type": "expected-mapping",
    "dict_type": "expected-mapping",
    "model_attributes_type": "expected-mapping",
    "greater_than_equal": "out-of-range",
    "less_than_equal": "out-of-range",
}


def format_path(path: tuple) -> str:
    """Format a data path as `targets[1].year`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def show_value(value: Any) -> str:
    """Show a value as the user typed it, for a message."""
    from cfcity import messages

    if isinstance(value, str):
        return f"“{value.replace(chr(0x3000), '[全角空格]')}”"
    if value is None:
        return messages.text("ui.value.empty")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return messages.text("ui.value.mapping")
    if isinstance(value, list):
        return messages.text("ui.value.list")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def validate_record(model: type[BaseModel], data: Any, document: Document, path: tuple) -> tuple[Any, list[Problem]]:
    """Validate one record; return the bound model, or None and the problems."""
    try:
        record = model.model_validate(data)
    except ValidationError as exc:
        problems = [_to_problem(error, model, document, path) for error in exc.errors()]
        return None, _drop_missing_explained_by_typo(problems)
    record.bind(document, path)
    return record, []


def _drop_missing_explained_by_typo(problems: list[Problem]) -> list[Problem]:
    """Drop the missing-key problem that a misspelt key causes, so only the misspelling is reported."""
    suggested = {
        problem.args["key"].rsplit(".", 1)[0] + "." + problem.args["suggestion"]
        for problem in problems if problem.code == "unknown-key" and "." in problem.args["key"]
    }
    return [problem for problem in problems
            if not (problem.code == "missing-key" and problem.args["key"] in suggested)]


def _to_problem(error: dict, model: type[BaseModel], document: Document, path: tuple) -> Problem:
    loc = tuple(part for part in error["loc"] if not _is_union_branch(part))
    full_path = path + loc
    key = format_path(full_path).replace("\u3000", "[全角空格]")
    value = error.get("input")
    code = _CODES.get(error["type"], "invalid-value")
    args: dict[str, Any] = {"key": key, "value": show_value(value)}

    if code == "unknown-key":
        import unicodedata

        fields = _fields_at(model, loc[:-1])
        folded = unicodedata.normalize("NFKC", str(loc[-1])).strip()
        args["suggestion"] = suggest(str(loc[-1]), fields)
        if folded in fields and folded != str(loc[-1]):
            code = "key-full-width-letters"
            args["suggestion"] = folded
        elif not args["suggestion"]:
            code = "unknown-key-no-suggestion"
        args["known"] = "、".join(_fields_at(model, loc[:-1]))
    elif code == "invalid-choice":
        args["choices"] = ", ".join(_literal_choices(error))
    elif code == "out-of-range":
        args["limit"] = str(error.get("ctx", {}).get("ge", error.get("ctx", {}).get("le", "")))
    elif code == "expected-mapping" and isinstance(value, str) and any(c in value for c in FULL_WIDTH_HINTS):
        char = next(c for c in FULL_WIDTH_HINTS if c in value)
        code = "full-width-in-key"
        args.update(char=char, ascii=FULL_WIDTH_HINTS[char])
    elif code == "invalid-value":
        args["detail"] = error.get("msg", "")
    elif code == "invalid-pattern" and str(loc[-1]).endswith("month"):
        code = "invalid-month"
    elif code in ("invalid-number", "invalid-integer") and isinstance(value, str):
        code = _number_typing_hint(value) or code
    elif code == "invalid-integer" and isinstance(value, float):
        args["value"] = repr(value)
    elif code == "invalid-boolean" and value in ("true", "false"):
        code = "boolean-quoted"
    return Problem(code, document.location(full_path), args)


def _number_typing_hint(value: str) -> str | None:
    """Name the likely mistake in a number typed as text: quotes, or full-width digits."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", value).strip()
    try:
        float(folded)
    except ValueError:
        return None
    if folded != value.strip():
        return "number-full-width"
    if re.fullmatch(r"[-+]?0[0-9]+", folded):
        return "number-leading-zero"
    return "number-quoted"


def _is_union_branch(part: Any) -> bool:
    # Pydantic adds the branch name ("float", "constrained-str") to locs inside Optional.
    return isinstance(part, str) and (part in {"float", "int", "str", "bool", "date"} or "constrained" in part
                                      or part.startswith("function-"))


def _literal_choices(error: dict) -> list[str]:
    expected = error.get("ctx", {}).get("expected", "")
    return [choice.strip(" '\"") for choice in expected.replace(" or ", ",").split(",") if choice.strip()]


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """List the keys allowed at `loc` inside `model` (walking into nested models and lists)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if _is_model(current) else None
        if field is None:
            return []
        current = _inner_model(field.annotation)
    return list(current.model_fields) if _is_model(current) else []


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _inner_model(annotation: Any) -> Any:
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if _is_model(found):
            return found
    return annotation


def suggest(word: str, choices: list[str]) -> str:
    """Return the closest of `choices` to `word`, or an empty string."""
    matches = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return matches[0] if matches else ""
