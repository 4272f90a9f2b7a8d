"""Documents that do not live in a file (``git show`` output) load like files do."""

from __future__ import annotations

from cjm.loader import load_bytes, load_text
from cjm.model import Journey

MINIMAL = "cjm: 1\nid: demo\ntitle: Demo\nstages:\n  - id: one\n    name: One\n"


def test_load_text_names_the_document_with_its_display_name():
    result = load_text(MINIMAL, "HEAD:demo.yaml")
    assert result.findings == []
    assert result.document is not None
    assert isinstance(result.document.model, Journey)
    assert result.document.file == "HEAD:demo.yaml"


def test_load_text_reports_schema_errors_with_the_display_name():
    result = load_text(MINIMAL.replace("title: Demo\n", ""), "HEAD:demo.yaml")
    assert [(f.file, f.rule) for f in result.findings] == [("HEAD:demo.yaml", "schema")]


def test_load_bytes_strips_a_bom_and_rejects_invalid_utf8():
    assert load_bytes(b"\xef\xbb\xbf" + MINIMAL.encode(), "x").findings == []
    findings = load_bytes(b"cjm: 1\ntitle: \xff\n", "x").findings
    assert [(f.rule, f.line) for f in findings] == [("yaml", 2)]
