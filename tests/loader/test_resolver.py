"""YAML 1.1 surprises do not happen: text stays text, numbers are core-schema numbers."""

from __future__ import annotations

from cjm.loader import load_document


def load(tmp_path, body: str):
    path = tmp_path / "map.yaml"
    path.write_text(f"cjm: 1\nid: m\ntitle: T\nstages:\n  - id: s\n    name: S\n{body}")
    return load_document(path)


def test_norway_words_stay_text(tmp_path):
    result = load(tmp_path, "    thoughts: [NO, no, yes, on, off, y, n]\n")
    assert result.document.model.stages[0].thoughts == ["NO", "no", "yes", "on", "off", "y", "n"]


def test_dates_and_times_stay_text_where_text_is_expected(tmp_path):
    result = load(tmp_path, "    duration: 2024-01-02 10:00:00\n    phase: 2024-01-01\n")
    stage = result.document.model.stages[0]
    assert (stage.duration, stage.phase) == ("2024-01-02 10:00:00", "2024-01-01")


def test_sexagesimal_and_leading_zero_are_not_yaml11_numbers(tmp_path):
    result = load(tmp_path, "    thoughts: [190:20:30, 1_000]\n    emotion: 0o1\n")
    stage = result.document.model.stages[0]
    assert stage.thoughts == ["190:20:30", "1_000"]
    assert stage.emotion == 1


def test_a_yes_where_a_boolean_is_expected_is_an_error_not_a_guess(tmp_path):
    body = "    touchpoints:\n      - {id: t, name: T, wow: yes}\n"
    [finding] = load(tmp_path, body).findings
    assert finding.message == "stages[0].touchpoints[0].wow: expected true or false, got 'yes'"
