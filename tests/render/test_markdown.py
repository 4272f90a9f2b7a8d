"""Markdown: GitHub-flavoured, with every value from the map kept literal."""

from __future__ import annotations

import re

from cjm.render.context import JourneyView
from cjm.render.markdown import md_inline, md_paragraphs, render
from cjm.render.options import RenderOptions
from tests.render.helpers import assert_golden


def test_inline_text_escapes_markdown_and_html_structure():
    assert md_inline("a | b") == r"a \| b"
    assert md_inline("# not a heading") == r"\# not a heading"
    assert md_inline("- item") == r"\- item"
    assert md_inline("1. first") == r"1\. first"
    assert md_inline("[x](javascript:y) <b>") == r"\[x\](javascript:y) \<b\>"
    assert md_inline("*a* _b_ `c` ~d~ $e$ & \\") == r"\*a\* \_b\_ \`c\` \~d\~ \$e\$ \& \\"
    assert md_inline("one\ntwo\r\nthree") == "one<br>two<br>three"


def test_paragraphs_keep_blank_lines_and_lose_indentation():
    text = "# Title\n    code?\n\n\n- next"
    assert md_paragraphs(text) == [r"\# Title", "code?", "", r"\- next"]


def table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def cells(row: str) -> int:
    """Cells in a GFM table row: pipes that are not backslash-escaped separate them."""
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", row)) - 1


def test_hostile_text_cannot_break_tables_or_start_blocks(hostile: JourneyView):
    mark, text = render(hostile, RenderOptions()).split("\n", 1)
    assert mark == "<!-- cjm-as-of: 2026-11-01 -->"  # the one HTML comment, cjm's own
    lines = text.splitlines()
    tables: list[list[str]] = []
    for line in lines:
        if line.startswith("|"):
            if not tables or not lines[lines.index(line) - 1].startswith("|"):
                tables.append([])
            tables[-1].append(line)
    for table in tables:
        assert len({cells(row) for row in table}) == 1, table
    headings = [line for line in lines if line.startswith("#")]
    assert all(re.match(r"#{1,3} ", heading) for heading in headings)
    outside_fence = text.split("```mermaid")[0] + text.split("```\n", 1)[1]
    unescaped_tags = re.findall(r"(?<!\\)<(?!br>)", outside_fence)
    assert unescaped_tags == []
    assert re.search(r"(?<!\\)\]\(", outside_fence) is None  # no link can form


def test_mermaid_block_comes_before_the_stages(small: JourneyView):
    text = render(small, RenderOptions())
    assert text.index("```mermaid\njourney\n") < text.index("## 1. Browse")


def test_overdue_actions_say_so_in_words(small: JourneyView):
    text = render(small, RenderOptions())
    assert "| Open a second till | P1 | store-team | 2026-10-01 | in-progress **OVERDUE** |" in text


def test_golden(small: JourneyView):
    assert_golden("small.md", render(small, RenderOptions()))
