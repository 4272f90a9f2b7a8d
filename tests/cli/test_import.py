"""``cjm import``: Mermaid's documentation example becomes a map that validates."""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.journeys import write

WORKING_DAY = FIXTURES / "mermaid" / "my-working-day.mmd"


def test_import_to_a_file_that_validates(cjm, tmp_path):
    target = tmp_path / "working-day.yaml"
    run = cjm("import", WORKING_DAY, "-o", target)
    assert run.exit_code == 0, run.stderr
    assert "id: my-working-day\n" in target.read_text(encoding="utf-8")
    assert cjm("validate", target, "--fail-on", "error").exit_code == 0


def test_import_to_stdout_with_an_id(cjm):
    run = cjm("import", WORKING_DAY, "--id", "working-day")
    assert run.exit_code == 0
    assert run.stdout.splitlines()[5] == "id: working-day"


def test_import_reports_errors_with_lines_and_writes_nothing(cjm, tmp_path):
    diagram = write(tmp_path / "bad.mmd", "journey\nsection S\n  Make tea\n")
    target = tmp_path / "bad.yaml"
    run = cjm("import", diagram, "-o", target)
    assert run.exit_code == 1
    assert run.stderr.startswith(f"{diagram}:3:1: error mermaid expected a task")
    assert not target.exists()


def test_import_warnings_do_not_stop_it(cjm, tmp_path):
    run = cjm("import", write(tmp_path / "w.mmd", "journey\nsection S\n  T: 0: Me\n"))
    assert run.exit_code == 0
    assert "warning mermaid score 0 is outside Mermaid's 1..5" in run.stderr


def test_import_usage_errors(cjm, tmp_path):
    existing = write(tmp_path / "existing.yaml", "keep")
    assert cjm("import", WORKING_DAY, "-o", existing).exit_code == 2
    assert existing.read_text(encoding="utf-8") == "keep"
    assert cjm("import", WORKING_DAY, "-o", existing, "--force").exit_code == 0
    assert cjm("import", tmp_path / "missing.mmd").exit_code == 2
    assert cjm("import", WORKING_DAY, "--id", "Not An Id").exit_code == 2


def test_import_of_non_utf8_text(cjm, tmp_path):
    diagram = tmp_path / "latin1.mmd"
    diagram.write_bytes("journey\nsection Café\n  T: 3\n".encode("latin-1"))
    run = cjm("import", diagram)
    assert run.exit_code == 1
    assert "not valid UTF-8" in run.stderr
