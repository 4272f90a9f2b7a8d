"""The small sentences every output shares."""

from __future__ import annotations

from cjm.wording import counted, format_number, with_unit


def test_counts_take_the_plural_unless_one():
    assert [counted(n, "journey") for n in (0, 1, 2)] == ["0 journeys", "1 journey", "2 journeys"]


def test_numbers_read_as_written_never_in_scientific_notation():
    assert [format_number(v) for v in (1234567, 59.0, 7.5, -2)] == ["1234567", "59", "7.5", "-2"]


def test_units_follow_the_number_as_people_write_them():
    assert (with_unit(59, "%"), with_unit(7, "minutes"), with_unit(3, None)) == (
        "59%",
        "7 minutes",
        "3",
    )
