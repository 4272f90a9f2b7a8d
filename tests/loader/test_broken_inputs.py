"""Every kind of broken input gets one clear finding with file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm.loader import Limits, load_document
from tests.conftest import FIXTURES

BROKEN = FIXTURES / "broken"

# fixture file, line, column, rule, words the message must contain
CASES = [
    ("invalid-yaml.yaml", 4, 7, "yaml", "flow sequence"),
    ("tab-indentation.yaml", 5, 1, "yaml", "tab character"),
    ("duplicate-keys.yaml", 4, 1, "yaml", "duplicate key 'title' (first defined at line 3)"),
    ("unknown-key.yaml", 3, 1, "schema", "unknown key 'titel' (did you mean \"title\"?)"),
    ("wrong-type.yaml", 10, 17, "schema", "stages[0].kpis[0].target: expected a number"),
    ("emotion-out-of-range.yaml", 7, 14, "schema", "stages[0].emotion: must be at most 2, got 5"),
    ("impossible-date.yaml", 4, 11, "schema", "2024-13-45 is not a real date"),
    ("bad-slug.yaml", 2, 5, "schema", "'Bad Slug' is not a valid id"),
    ("unknown-version.yaml", 1, 6, "schema", "unsupported format version 2"),
    (
        "version-as-text.yaml",
        1,
        6,
        "schema",
        "the format version is the number 1, not the text '1'",
    ),
    ("version-missing-value.yaml", 1, 5, "schema", "missing format version: write `cjm: 1`"),
    ("empty.yaml", 1, 1, "yaml", "empty document"),
    ("binary.yaml", 1, 1, "yaml", "binary file"),
    ("latin1.yaml", 3, 11, "yaml", "not valid UTF-8"),
    ("number-as-text.yaml", 3, 8, "schema", 'quote it to keep it as text: "2024"'),
    ("python-tag.yaml", 4, 8, "yaml", "unsupported YAML tag '!!python/object/apply:os.system'"),
    ("top-level-list.yaml", 1, 1, "yaml", "expected a mapping"),
    ("two-documents.yaml", 5, 1, "yaml", "one cjm document per file"),
    ("misspelt-kind.yaml", 2, 7, "schema", 'expected journey or persona (did you mean "persona"?)'),
]


@pytest.mark.parametrize(("name", "line", "column", "rule", "words"), CASES)
def test_broken_file_gives_one_positioned_finding(name, line, column, rule, words):
    result = load_document(BROKEN / name)
    assert result.document is None
    assert len(result.findings) == 1
    finding = result.findings[0]
    assert (finding.line, finding.column, finding.rule) == (line, column, rule)
    assert words in finding.message
    assert finding.file == str(BROKEN / name)


def test_nan_and_inf_are_rejected_one_finding_each():
    findings = load_document(BROKEN / "nan-and-inf.yaml").findings
    assert [(f.line, f.column, f.message.split(": ", 1)[1]) for f in findings] == [
        (8, 34, "must be a finite number, got nan"),
        (8, 49, "must be a finite number, got inf"),
    ]


def test_keys_one_and_true_stay_distinct_and_are_both_reported():
    findings = load_document(BROKEN / "numeric-and-boolean-keys.yaml").findings
    assert [(f.line, f.message) for f in findings] == [
        (4, "unknown key '1'"),
        (5, "unknown key 'true'"),
    ]


def test_rich_markup_in_text_is_plain_text():
    findings = load_document(BROKEN / "rich-markup-text.yaml").findings
    assert [f.message for f in findings] == ["stages[0].emotion: expected a number, got '[/]'"]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_deep_flow_nesting_is_refused_before_the_parser_can_crash(tmp_path):
    path = write(tmp_path, "deep.yaml", "cjm: 1\nid: deep\ntitle: " + "[" * 30_000)
    [finding] = load_document(path).findings
    assert (finding.line, finding.rule) == (3, "yaml")
    assert finding.message == "nesting deeper than 64 levels"


def test_deep_block_nesting_is_refused(tmp_path):
    lines = "".join(f"{' ' * depth}k{depth}:\n" for depth in range(100))
    path = write(tmp_path, "deep-block.yaml", "cjm: 1\nid: deep\n" + lines)
    [finding] = load_document(path).findings
    assert "nesting deeper than 64 levels" in finding.message


def test_alias_bomb_is_refused_without_expanding_it(tmp_path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    path = write(tmp_path, "bomb.yaml", "cjm: 1\nid: bomb\n" + "\n".join(levels) + "\n")
    [finding] = load_document(path).findings
    assert finding.rule == "yaml"
    assert "alias bomb" in finding.message
    assert len(finding.message) < 200


def test_recursive_alias_is_refused(tmp_path):
    path = write(tmp_path, "loop.yaml", "cjm: 1\nid: loop\ntags: &t [*t]\n")
    [finding] = load_document(path).findings
    assert finding.rule == "yaml"


def test_file_over_the_size_limit_is_not_read(tmp_path):
    path = write(tmp_path, "huge.yaml", "cjm: 1\n" + "# padding\n" * 200)
    [finding] = load_document(path, limits=Limits(max_file_size=1000)).findings
    assert finding.message.startswith("file is 2,007 bytes, over the limit of 1,000 bytes")


def test_huge_value_is_not_echoed_in_the_message(tmp_path):
    path = write(tmp_path, "long.yaml", f"cjm: 1\nid: long\ntitle: T\nstages: {'x' * 100_000}\n")
    [finding] = load_document(path).findings
    assert len(finding.message) < 200


def test_aliases_within_budget_are_fine(tmp_path):
    text = (
        "cjm: 1\nid: ok\ntitle: T\ntags: &tags [a, b]\nstages:\n"
        "  - {id: s, name: S, thoughts: *tags}\n"
    )
    result = load_document(write(tmp_path, "ok.yaml", text))
    assert result.findings == []
    assert result.document is not None
    assert result.document.model.stages[0].thoughts == ["a", "b"]


def test_columns_of_invalid_utf8_count_characters_not_bytes(tmp_path):
    path = write(tmp_path, "accents.yaml", 'cjm: 1\ntitle: "éééé'.encode() + b'\xff"\n')
    [finding] = load_document(path).findings
    assert (finding.line, finding.column) == (2, 13)
