"""Reading never hangs, never modifies inputs, and reports files it cannot read."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from tests.conftest import EXAMPLES

VALID = "cjm: 1\nid: j\ntitle: T\nstages:\n  - {id: s, name: S}\n"
READING_RULES = {"yaml", "schema", "reference"}


def reading_problems(run):
    return [f for f in run.json()["findings"] if f["rule"] in READING_RULES]


def digest(folder):
    return {
        path.relative_to(folder): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_validating_never_modifies_the_inputs(cjm, tmp_path):
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    before = digest(tmp_path)
    for output_format in ("text", "json", "github", "sarif"):
        cjm("validate", tmp_path / "examples", "--format", output_format)
    assert digest(tmp_path) == before


def test_symlink_loops_do_not_hang_the_walk(cjm, tmp_path):
    (tmp_path / "map.yaml").write_text(VALID)
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "self.yaml", tmp_path / "self.yaml")
    run = cjm("validate", tmp_path, "-f", "json")
    files = {finding["file"].rsplit("/", 1)[-1] for finding in reading_problems(run)}
    assert run.json()["summary"]["files"] == 2
    assert files == {"self.yaml"}


def test_a_dangling_link_is_reported_and_the_rest_checked(cjm, tmp_path):
    (tmp_path / "map.yaml").write_text(VALID)
    os.symlink(tmp_path / "gone.yaml", tmp_path / "dangling.yaml")
    run = cjm("validate", tmp_path / "dangling.yaml", tmp_path / "map.yaml", "-f", "json")
    [finding] = reading_problems(run)
    assert run.json()["summary"]["files"] == 2
    assert finding["rule"] == "yaml"
    assert finding["message"].startswith("cannot read file")


def test_a_fifo_named_like_yaml_is_reported_not_read(cjm, tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    run = cjm("validate", tmp_path / "pipe.yaml", "-f", "json")
    [finding] = run.json()["findings"]
    assert finding["message"] == "not a regular file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_reported_and_skipped(cjm, tmp_path):
    (tmp_path / "map.yaml").write_text(VALID)
    secret = tmp_path / "secret.yaml"
    secret.write_text(VALID)
    secret.chmod(0)
    run = cjm("validate", secret, tmp_path / "map.yaml", "-f", "json")
    [finding] = reading_problems(run)
    assert "Permission denied" in finding["message"]


def test_other_yaml_files_are_skipped_whatever_their_encoding_or_size(cjm, tmp_path):
    (tmp_path / "map.yaml").write_text(VALID)
    (tmp_path / "chart.yaml").write_bytes("name: café\n".encode("latin-1"))
    (tmp_path / "windows.yaml").write_text("name: x\n", encoding="utf-16")
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\n" + "# padding\n" * 300_000)
    run = cjm("validate", tmp_path, "-f", "json")
    assert run.json()["summary"]["files"] == 1
    assert reading_problems(run) == []
    hook = cjm("validate", "--skip-non-cjm", tmp_path / "chart.yaml", tmp_path / "windows.yaml")
    assert hook.exit_code == 0


def test_a_map_saved_as_utf16_in_a_scanned_folder_is_reported_not_skipped(cjm, tmp_path):
    (tmp_path / "map.yaml").write_text(VALID)
    (tmp_path / "utf16.yaml").write_text(VALID, encoding="utf-16")  # with its BOM
    run = cjm("validate", tmp_path, "-f", "json")
    assert run.json()["summary"]["files"] == 2
    [finding] = reading_problems(run)
    assert finding["file"].endswith("utf16.yaml")
    assert finding["message"].startswith("UTF-16 text (it starts with a UTF-16 byte order mark)")
    assert finding["message"].endswith("save the file as UTF-8")
    assert run.exit_code == 1
    named = cjm("validate", tmp_path / "utf16.yaml", "-f", "json")
    assert reading_problems(named) == [finding]
