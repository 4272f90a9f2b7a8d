"""Large runs are checked in worker processes with the very same results."""

from __future__ import annotations

import datetime as dt
import shutil

from cjm.baseline import BaselineWriter
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


def test_workers_apply_overrides_requirements_and_the_baseline_alike(tmp_path):
    shutil.copytree(EXAMPLES / "personas", tmp_path / "personas")
    template = (EXAMPLES / "online-store.yaml").read_text(encoding="utf-8")
    for number in range(PARALLEL_MIN_FILES + 2):
        text = template.replace("id: online-store-purchase", f"id: store-{number}")
        folder = "b2b" if number % 2 else "b2c"
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / f"j{number:03}.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "cjm.toml").write_text(
        '[[overrides]]\nfiles = ["b2b/**"]\nrules = {kpi-off-target = "off"}\n'
        '[[require]]\nname = "kpi-needs-unit"\non = "kpi"\nfields = ["unit"]\n',
        encoding="utf-8",
    )
    (tmp_path / "b2c" / "j000.yaml").write_text(
        template.replace("id: online-store-purchase", "id: store-0").replace(
            'unit: "%"', "unit: ''"
        ),
        encoding="utf-8",
    )

    def run(jobs: int, baseline=None) -> list[tuple[str, int, list[str]]]:
        validator = Validator(linter=Linter(dt.date(2026, 11, 23)), baseline=baseline)
        return [
            (result.file, result.hidden, [f"{f.line}:{f.column} {f.rule}" for f in result.findings])
            for result in validator.validate_paths([tmp_path], jobs=jobs)
        ]

    sequential = run(1)
    assert run(2) == sequential
    rules = {line.split()[1] for _, _, lines in sequential for line in lines}
    assert "kpi-needs-unit" in rules
    assert not any(
        "kpi-off-target" in line for file, _, lines in sequential if "b2b" in file for line in lines
    )

    writer = BaselineWriter(tmp_path / "baseline.json")
    validator = Validator(linter=Linter(dt.date(2026, 11, 23)), use_baselines=False)
    list(writer.watch(validator.validate_paths([tmp_path], jobs=2)))
    writer.write()
    hidden = run(2, tmp_path / "baseline.json")
    assert hidden == run(1, tmp_path / "baseline.json")
    assert all(lines == [] for _, _, lines in hidden)
    assert all(count > 0 for file, count, _ in hidden if "personas" not in file)
