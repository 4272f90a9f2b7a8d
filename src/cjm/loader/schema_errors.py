"""Pydantic validation errors → findings that name file, line, path and what was expected."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from yaml.nodes import ScalarNode

from cjm.findings import Finding, Severity, format_path, shorten
from cjm.ids import slugify
from cjm.loader.sourcemap import Located, SourceMap
from cjm.text import counted, did_you_mean
from cjm.yamltext import quote


def schema_findings(
    error: ValidationError, model: type[BaseModel], source: SourceMap, file: str
) -> Iterator[Finding]:
    """One finding per Pydantic error, positioned on the offending node."""
    for details in _without_typo_twins(error.errors(include_url=False)):
        loc = tuple(details["loc"])
        wants_key = details["type"] == "extra_forbidden"
        located = source.locate(loc, key=wants_key)
        path = located.path if located.exact else located.path + loc[-1:]
        # A missing or unknown key is a problem of the mapping that holds it.
        where = format_path(path[:-1] if details["type"] in _KEY_ERRORS else path)
        message = (
            f"{where}: {_explain(details, located, model)}"
            if where
            else _explain(details, located, model)
        )
        yield Finding(
            file,
            located.line,
            located.column,
            Severity.ERROR,
            "schema",
            message,
            format_path(path),
        )


_KEY_ERRORS = frozenset({"missing", "extra_forbidden"})


def _without_typo_twins(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """Drop "missing 'title'" when the same mapping has an unknown key like 'titel'.

    A typo is one mistake; the unknown-key message already suggests the right name.
    """
    unknown = {
        (tuple(e["loc"][:-1]), str(e["loc"][-1])) for e in errors if e["type"] == "extra_forbidden"
    }

    def is_typo_twin(details: ErrorDetails) -> bool:
        if details["type"] != "missing":
            return False
        parent, name = tuple(details["loc"][:-1]), str(details["loc"][-1])
        typos = [key for where, key in unknown if where == parent]
        return bool(difflib.get_close_matches(name, typos, n=1, cutoff=0.6))

    return [details for details in errors if not is_typo_twin(details)]


def _explain(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    explain = _EXPLAINERS.get(details["type"])
    if explain is not None:
        return explain(details, located, model)
    return f"{details['msg'][:1].lower()}{details['msg'][1:]}{_got(details)}"


def _got(details: ErrorDetails) -> str:
    value = details.get("input")
    return "" if isinstance(value, dict | list) else f", got {shorten(value)}"


def _missing(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    return f"missing required key {details['loc'][-1]!r}"


def _unknown_key(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    key = str(details["loc"][-1])
    allowed = _fields_at(model, details["loc"][:-1])
    return f"unknown key {shorten(key)}{did_you_mean(key, allowed)}"


def _expected_text(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    node = located.node
    if isinstance(node, ScalarNode) and located.exact:
        raw = node.value if len(node.value) <= 40 else node.value[:39] + "…"
        return f'expected text, got {raw}; quote it to keep it as text: "{raw}"'
    return f"expected text, got {_kind(details.get('input'))}"


def _expected(what: str) -> Callable[[ErrorDetails, Located, type[BaseModel]], str]:
    def explain(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
        return f"expected {what}, got {_kind(details.get('input'))}"

    return explain


_ADVICE_WIDTH = 60
"""Longer values are not echoed in the advice: a finding stays one readable line."""
_NUMBER_WITH_UNIT = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*(\S.*?)\s*")


def _expected_number(what: str) -> Callable[[ErrorDetails, Located, type[BaseModel]], str]:
    """A number written as text gets the fix: drop the quotes, or move the unit out."""

    def explain(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
        value, key = details.get("input"), details["loc"][-1]
        message = f"expected {what}, got {_kind(value)}"
        if not isinstance(value, str):
            return message
        node = located.node
        quoted = isinstance(node, ScalarNode) and located.exact and node.style in ("'", '"')
        if quoted and _is_number(value):
            return f"{message}; drop the quotes: {key}: {value.strip()}"
        match = _NUMBER_WITH_UNIT.fullmatch(value[: _ADVICE_WIDTH + 1])
        if match and key in ("target", "current"):
            fix = f"{key}: {match[1]} and unit: {quote(match[2])}"
            return f"{message}; write the number alone and the unit in `unit`: {fix}"
        return message

    return explain


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


_FLOW_PLAIN = re.compile(r"[^\s,:#\[\]{}&*!|>'\"%@`?-][^,:#\[\]{}]*(?<=\S)")
"""An item that can stand unquoted in a ``[a, b]`` list."""


def _expected_list(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    """Text where a list is expected gets the list it probably meant, in ``[a, b]`` form."""
    value = details.get("input")
    message = f"expected a list, got {_kind(value)}"
    if not isinstance(value, str) or not value.strip():
        return message
    items = [item.strip() for item in value.split(",") if item.strip()]
    shown = ", ".join(item if _FLOW_PLAIN.fullmatch(item) else quote(item) for item in items)
    if len(shown) > _ADVICE_WIDTH:
        shown = "a, b"
    return f"{message}; write a list: {details['loc'][-1]}: [{shown}]"


def _literal(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    expected = re.findall(r"'([^']*)'", details.get("ctx", {}).get("expected", ""))
    value = details.get("input")
    hint = did_you_mean(value, expected) if isinstance(value, str) else ""
    return f"expected one of {', '.join(expected)}; got {shorten(value)}{hint}"


def _slug(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    value = str(details.get("input"))
    suggestion = slugify(value, limit=40)
    hint = f' (e.g. "{suggestion}")' if suggestion else ""
    return (
        f"{shorten(value)} is not a valid id: use lowercase letters, digits and hyphens, "
        f"starting with a letter or digit{hint}"
    )


def _bound(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    ctx = details.get("ctx", {})
    limit = next(iter(ctx.values()), "")
    word = "at least" if details["type"] == "greater_than_equal" else "at most"
    return f"must be {word} {_number(limit)}, got {shorten(details.get('input'))}"


def _too_short(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    if details["type"] == "string_too_short":
        return "must not be empty"
    return f"must list at least {counted(details.get('ctx', {}).get('min_length', 1), 'item')}"


def _too_long(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    return f"is longer than {details.get('ctx', {}).get('max_length')} characters"


def _date(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    if details["type"] == "date_value":
        return details["msg"]
    return f"{details['msg']}, got {_kind(details.get('input'))}"


def _not_finite(details: ErrorDetails, located: Located, model: type[BaseModel]) -> str:
    return f"must be a finite number, got {shorten(details.get('input'))}"


_EXPLAINERS: dict[str, Callable[[ErrorDetails, Located, type[BaseModel]], str]] = {
    "missing": _missing,
    "extra_forbidden": _unknown_key,
    "string_type": _expected_text,
    "float_type": _expected_number("a number"),
    "int_type": _expected_number("a whole number"),
    "bool_type": _expected("true or false"),
    "list_type": _expected_list,
    "model_type": _expected("a mapping"),
    "model_attributes_type": _expected("a mapping"),
    "dict_type": _expected("a mapping"),
    "literal_error": _literal,
    "string_pattern_mismatch": _slug,
    "greater_than_equal": _bound,
    "less_than_equal": _bound,
    "too_short": _too_short,
    "string_too_short": _too_short,
    "string_too_long": _too_long,
    "date_format": _date,
    "date_value": _date,
    "finite_number": _not_finite,
}


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {shorten(value)}"
    return shorten(value)


def _number(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _fields_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """Field names of the model reached by following ``loc`` from ``model``."""
    current: type[BaseModel] | None = model
    for part in loc:
        if current is None:
            return []
        if isinstance(part, str) and part in current.model_fields:
            current = _model_in(current.model_fields[part].annotation)
    return list(current.model_fields) if current else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
