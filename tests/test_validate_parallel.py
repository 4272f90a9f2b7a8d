"""Large runs are checked in worker processes with the very same results."""

from __future__ import annotations

import datetime as dt
import shutil

from cjm.lint.engine import Linter
from cjm.validate import PARALLEL_MIN_FILES, Validator
from tests.conftest import EXAMPLES


def test_workers_give_the_same_results_in_the_same_order(tmp_path):
    shutil.copytree(EXAMPLES / "personas", tmp_path / "personas")
    (tmp_path / "cjm.toml").write_text("")
    template = (EXAMPLES / "online-store.yaml").read_text(encoding="utf-8")
    for number in range(PARALLEL_MIN_FILES + 6):
        text = template.replace("id: online-store-purchase", f"id: store-{number}")
        if number % 7 == 0:
            text = text.replace("cjm: 1", "cjm: 1\nunknown-key: x")
        (tmp_path / f"j{number:03}.yaml").write_text(text, encoding="utf-8")

    def run(jobs: int) -> list[tuple[str, list[str]]]:
        validator = Validator(linter=Linter(dt.date(2026, 11, 23)))
        return [
            (result.file, [f"{f.line}:{f.column} {f.rule} {f.message}" for f in result.findings])
            for result in validator.validate_paths([tmp_path], jobs=jobs)
        ]

    sequential, parallel = run(1), run(2)
    assert parallel == sequential
    assert len(sequential) == PARALLEL_MIN_FILES + 6 + 3
    assert any("unknown key 'unknown-key'" in line for _, lines in sequential for line in lines)
