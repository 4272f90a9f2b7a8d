"""JSON Schemas of the format, generated from the models for editors and other tools.

The files in ``schemas/`` are committed; a test regenerates them and fails on drift.
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cjm.model import Journey, PersonaDocument
from cjm.model.common import Model
from cjm.output import make_directory, write_atomic

SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "journey.schema.json": Journey,
    "persona.schema.json": PersonaDocument,
}
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_of(model: type[BaseModel], filename: str) -> dict[str, Any]:
    """The JSON Schema of one document model."""
    schema = model.model_json_schema()
    _describe_fields(schema, model)
    for name, definition in schema.get("$defs", {}).items():
        _describe_fields(definition, _MODELS.get(name))
    return {"$schema": _DIALECT, "$id": filename, **schema}


def _describe_fields(schema: dict[str, Any], model: type[BaseModel] | None) -> None:
    """Give each property of ``schema`` its field's docstring as ``description``."""
    properties: dict[str, dict[str, Any]] = schema.get("properties", {})
    docs = field_docstrings(model) if model is not None else {}
    for field, doc in docs.items():
        name = _property_name(model, field)
        if name in properties and "description" not in properties[name]:
            properties[name] = dict(sorted({**properties[name], "description": doc}.items()))


def _property_name(model: type[BaseModel] | None, field: str) -> str:
    """The key a field has in YAML and in the schema: its alias (``from``) if it has one."""
    info = model.model_fields.get(field) if model is not None else None
    return info.alias if info is not None and info.alias else field


def field_docstrings(model: type) -> dict[str, str]:
    """Each field's docstring, the string literal right after it, inherited ones included."""
    docs: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if issubclass(cls, Model) and cls is not Model:
            docs.update(_own_docstrings(cls))
    return docs


def _own_docstrings(cls: type) -> dict[str, str]:
    body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(body, ast.ClassDef)
    docs: dict[str, str] = {}
    for field, after in zip(body.body, body.body[1:], strict=False):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[field.target.id] = inspect.cleandoc(after.value.value)
    return docs


def _subclasses(cls: type[BaseModel]) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    for direct in cls.__subclasses__():
        found += [direct, *_subclasses(direct)]
    return found


_MODELS: dict[str, type[BaseModel]] = {cls.__name__: cls for cls in _subclasses(Model)}
"""Every model by the name pydantic gives its ``$defs`` entry."""


def schema_texts() -> dict[str, str]:
    """File name → JSON text, deterministic and newline-terminated."""
    return {
        name: json.dumps(schema_of(model, name), indent=2, ensure_ascii=False) + "\n"
        for name, model in SCHEMA_FILES.items()
    }


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema into ``directory``; returns the paths written."""
    make_directory(directory)
    return [write_atomic(directory / name, text) for name, text in schema_texts().items()]
