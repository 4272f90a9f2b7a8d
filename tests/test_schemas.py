"""The committed JSON Schemas are generated from the models and never drift from them."""

from __future__ import annotations

import json

import jsonschema

from cjm.schemas import schema_texts
from tests.conftest import REPO


def test_committed_schemas_match_the_models():
    for name, text in schema_texts().items():
        committed = (REPO / "schemas" / name).read_text(encoding="utf-8")
        assert committed == text, f"schemas/{name} is out of date: run `make schemas`"


def test_every_field_has_a_description_for_editor_hover_docs():
    for name, text in schema_texts().items():
        schema = json.loads(text)
        for definition in [schema, *schema.get("$defs", {}).values()]:
            for field, spec in definition.get("properties", {}).items():
                assert spec.get("description"), f"{name}: {field} has no description"


def test_schemas_are_valid_json_schemas():
    for text in schema_texts().values():
        jsonschema.Draft202012Validator.check_schema(json.loads(text))


def test_schema_command_writes_both_files(cjm, tmp_path):
    run = cjm("schema", "-o", tmp_path)
    assert run.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "journey.schema.json",
        "persona.schema.json",
    ]


def test_schema_into_a_file_is_a_clear_error(cjm, tmp_path):
    (tmp_path / "afile").write_text("")
    run = cjm("schema", "-o", tmp_path / "afile")
    assert run.exit_code == 2
    assert run.stderr == f"cjm: error: {tmp_path / 'afile'} is a file, not a directory\n"
