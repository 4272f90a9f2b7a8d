"""The YAML and type mistakes people actually make get the fix in the message.

Each case is the exact input of issue 10, inside an otherwise valid map.
"""

from __future__ import annotations

import pytest

from cjm.loader import compose, load_text

MAP = """\
cjm: 1
id: checkout
title: Checkout
stages:
  - id: pay
    name: Pay
    kpis:
      - id: conversion
        name: Conversion
        unit: "%"
        target: 10
    pain_points:
      - id: slow
        description: Slow
"""
INDENT_ADVICE = (
    "; check the indentation of this line: keys of one mapping (and the `- ` items of one "
    "list) must start in the same column, with spaces only"
)


def only_finding(old: str, new: str) -> tuple[int, int, str, str]:
    assert old in MAP
    result = load_text(MAP.replace(old, new, 1), "map.yaml")
    [finding] = result.findings
    return finding.line, finding.column, finding.rule, finding.message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            'unit: "%"',
            "unit: %",
            (10, 15, "yaml", "while scanning for the next token: found character that cannot "
             'start any token; text that starts with % must be quoted: unit: "%"'),
            id="percent-unquoted",
        ),
        pytest.param(
            "description: Slow",
            "description: 문제: 원인",
            (14, 24, "yaml", 'mapping values are not allowed in this context; a ": " inside '
             'unquoted text starts a mapping: quote the text, e.g. description: "문제: 원인"'),
            id="colon-in-text",
        ),
        pytest.param(
            "        target: 10",
            "          target: 10",
            (11, 11, "yaml", "while parsing a block mapping: did not find expected key"
             + INDENT_ADVICE),
            id="indented-too-far",
        ),
        pytest.param(
            "        name: Conversion",
            "       name: Conversion",
            (9, 8, "yaml", "while parsing a block collection: did not find expected '-' "
             "indicator" + INDENT_ADVICE),
            id="indented-too-little",
        ),
        pytest.param(
            "title: Checkout",
            "title: Checkout\n  owner: cx-team",
            (4, 8, "yaml", "mapping values are not allowed in this context" + INDENT_ADVICE),
            id="key-indented-under-text",
        ),
        pytest.param(
            "        target: 10",
            "\ttarget: 10",
            (11, 1, "yaml", "a tab character cannot indent YAML: use spaces"),
            id="tab",
        ),
        pytest.param(
            "title: Checkout",
            "title: [draft] Checkout",
            (3, 16, "yaml", "while parsing a block mapping: did not find expected key; text that "
             'starts with `[` must be quoted as a whole, e.g. title: "[draft] Checkout"'),
            id="text-starting-with-a-bracket",
        ),
        pytest.param(
            "title: Checkout",
            "title: [draft",
            (4, 7, "yaml", "while parsing a flow sequence: did not find expected ',' or ']'; the "
             "`[` at line 3, column 8 needs `, ` between items and a closing `]`, or quotes "
             "around the text if the `[` is part of it"),
            id="bracket-never-closed",
        ),
        pytest.param(
            "title: Checkout",
            "title: Checkout\ntags: {a: 1",
            (5, 7, "yaml", "while parsing a flow mapping: did not find expected ',' or '}'; the "
             "`{` at line 4, column 7 needs `, ` between items and a closing `}`, or quotes "
             "around the text if the `{` is part of it"),
            id="brace-never-closed",
        ),
        pytest.param(
            "title: Checkout",
            "title: 'Checkout",
            (15, 1, "yaml", "while scanning a quoted scalar: found unexpected end of stream; the "
             "`'` at line 3, column 8 is never closed: end the text with `'`"),
            id="quote-never-closed",
        ),
        pytest.param(
            "title: Checkout",
            'title: "Checkout',
            (10, 16, "yaml", "while scanning for the next token: found character that cannot "
             'start any token; the `"` before it ends a quoted text: a quote opened earlier is '
             "not closed"),
            id="quote-closed-by-a-later-quote",
        ),
        pytest.param(
            "description: Slow",
            'description: "C:\\data\\x"',
            (14, 25, "yaml", "while parsing a quoted scalar: found unknown escape character; in "
             "double quotes a backslash starts an escape: write \\\\ for a backslash, or use "
             "single quotes"),
            id="backslash-in-double-quotes",
        ),
    ],
)  # fmt: skip
def test_yaml_mistakes_say_how_to_fix_them(old, new, expected):
    assert only_finding(old, new) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "target: 10",
            "target: '10'",
            "stages[0].kpis[0].target: expected a number, got '10'; drop the quotes: target: 10",
            id="quoted-number",
        ),
        pytest.param(
            "target: 10",
            "target: 10%",
            "stages[0].kpis[0].target: expected a number, got '10%'; write the number alone "
            'and the unit in `unit`: target: 10 and unit: "%"',
            id="number-with-unit",
        ),
        pytest.param(
            "title: Checkout",
            "title: Checkout\ntags: retail, online",
            "tags: expected a list, got 'retail, online'; write a list: tags: [retail, online]",
            id="text-for-a-list",
        ),
        pytest.param(
            "    name: Pay",
            "    name: Pay\n    thoughts: 'Why: now?'",
            """stages[0].thoughts: expected a list, got 'Why: now?'; write a list: """
            """thoughts: ["Why: now?"]""",
            id="text-for-a-list-quoted-item",
        ),
    ],
)
def test_type_mistakes_say_how_to_fix_them(old, new, expected):
    *_, rule, message = only_finding(old, new)
    assert (rule, message) == ("schema", expected)


def test_a_number_that_is_text_for_a_good_reason_gets_no_unit_advice():
    *_, message = only_finding("target: 10", "target: about ten")
    assert message == "stages[0].kpis[0].target: expected a number, got 'about ten'"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('unit: "%"', "unit: %"),
        ("description: Slow", "description: 문제: 원인"),
        ("        target: 10", "          target: 10"),
        ("        target: 10", "\ttarget: 10"),
        ("title: Checkout", "title: [draft] Checkout"),
        ("title: Checkout", "title: [draft"),
        ("title: Checkout", "title: 'Checkout"),
        ("title: Checkout", 'title: "Checkout'),
    ],
    ids=[
        "percent-unquoted",
        "colon-in-text",
        "indented-too-far",
        "tab",
        "text-starting-with-a-bracket",
        "bracket-never-closed",
        "quote-never-closed",
        "quote-closed-by-a-later-quote",
    ],
)
def test_the_pure_python_parser_gives_the_same_advice(old, new, monkeypatch):
    def where_and_advice() -> tuple[int, int, str]:
        line, column, _, message = only_finding(old, new)
        return line, column, message.rpartition("; ")[2]  # PyYAML's own words differ

    with_c = where_and_advice()
    monkeypatch.setattr(compose, "NodeLoader", compose.PurePythonNodeLoader)
    assert where_and_advice() == with_c


def test_the_pure_python_parser_gives_the_same_advice_on_a_backslash(monkeypatch):
    # The two parsers stop one column apart here (at the backslash, or after it).
    old, new = "description: Slow", 'description: "C:\\data\\x"'
    with_c = only_finding(old, new)[3].rpartition("; ")[2]
    monkeypatch.setattr(compose, "NodeLoader", compose.PurePythonNodeLoader)
    assert only_finding(old, new)[3].rpartition("; ")[2] == with_c
