"""JSON Schemas of the format, generated from the models for editors and other tools.

The files in ``schemas/`` are committed; a test regenerates them and fails on drift.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cjm.model import Journey, PersonaDocument
from cjm.output import make_directory, write_atomic

SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "journey.schema.json": Journey,
    "persona.schema.json": PersonaDocument,
}
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_of(model: type[BaseModel], filename: str) -> dict[str, Any]:
    """The JSON Schema of one document model."""
    schema = model.model_json_schema()
    return {"$schema": _DIALECT, "$id": filename, **schema}


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
