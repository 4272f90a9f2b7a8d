"""The small sentences, hints, escapers and widths every output shares."""

from __future__ import annotations

import pytest

from cjm.text import (
    counted,
    did_you_mean,
    display_width,
    escape_dot_label,
    format_number,
    ljust_display,
    safe_text,
    with_unit,
)


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


def test_a_near_miss_gets_a_hint_and_anything_else_none():
    assert did_you_mean("titel", {"title", "stages"}) == ' (did you mean "title"?)'
    assert did_you_mean("zzz", {"title", "stages"}) == ""


def test_control_characters_cannot_reach_the_terminal():
    assert safe_text("a\x1b[31mb\tc\nd") == "a?[31mb\tc\nd"


def test_dot_labels_escape_markup_and_double_backslashes():
    assert escape_dot_label('<B>x</B> & "q" C:\\N') == (
        "&lt;B&gt;x&lt;/B&gt; &amp; &quot;q&quot; C:\\\\N"
    )


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("", 0),
        ("abc", 3),
        ("결제", 4),
        ("결제 page", 9),
        ("ｆｕｌｌ", 8),  # fullwidth Latin
        ("e\u0301", 1),  # e + combining acute accent
        ("支付", 4),
    ],
)
def test_display_width_counts_columns_not_characters(text, width):
    assert display_width(text) == width


def test_ljust_display_pads_to_columns_and_never_cuts():
    assert ljust_display("결제", 6) == "결제  "
    assert ljust_display("ab", 4) == "ab  "
    assert ljust_display("결제결제", 4) == "결제결제"
    assert display_width(ljust_display("e\u0301", 3)) == 3
