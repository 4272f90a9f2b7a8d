"""DOT: a diagram Graphviz accepts, where text from the map is only ever text."""

from __future__ import annotations

import re

from cjm.render.context import JourneyView
from cjm.render.dot import build, render, wrap
from cjm.render.options import RenderOptions
from tests.render.helpers import assert_golden, graphviz_accepts


def test_wrapping_counts_wide_characters_twice():
    assert wrap("aaaa bbbb cccc", 9) == ["aaaa bbbb", "cccc"]
    assert wrap("결제 결제 결제", 9) == ["결제 결제", "결제"]
    assert wrap("x" * 12, 5) == ["xxxxx", "xxxxx", "xx"]
    assert wrap("", 5) == [""]


def test_node_ids_are_generated_never_taken_from_the_map(hostile: JourneyView):
    source = render(hostile, RenderOptions())
    statements = re.findall(r"^\s*(\S+) \[label=", source, re.MULTILINE)
    assert statements and all(re.fullmatch(r"s\d+([tpk]\d+)?", node) for node in statements)


OUR_TAGS = re.compile(r"</?(TABLE|TR|TD|B|FONT|BR)\b[^<>]*>")


def test_user_text_adds_no_markup_to_the_html_like_labels(hostile: JourneyView):
    source = render(hostile, RenderOptions())
    nodes = [line for line in source.splitlines() if re.match(r"\s*s\d+\w* \[label=", line)]
    assert len(nodes) == 8
    for line in nodes:
        label = re.fullmatch(r"\s*s\d+\w* \[label=<(.*)>\]", line)
        assert label, line
        text = OUR_TAGS.sub("", label.group(1))
        assert not re.search(r'[<>"]', text), text  # user text only as entities


def test_graphviz_accepts_the_dot_of_a_hostile_map(hostile: JourneyView):
    completed = graphviz_accepts(render(hostile, RenderOptions()))
    assert completed.returncode == 0, completed.stderr
    svg = completed.stdout.decode()
    assert "C:\\path\\ \\N \\G" in svg  # escape sequences not expanded
    assert "&lt;&lt;b&gt;pwn&lt;/b&gt;&gt;" in svg  # markup shown as text
    assert "<a " not in svg and "<image" not in svg  # no link, no image from HREF/IMG


def test_stages_are_clusters_in_order_joined_by_arrows(small: JourneyView):
    graph = build(small)
    source = graph.source
    assert source.index("cluster_s1") < source.index("cluster_s2") < source.index("cluster_s3")
    assert "s1 -> s2" in source and "s2 -> s3" in source
    assert 's2t1 -> s2p1 [color="#d73027"' in source  # the pain point hangs off its touchpoint


def test_golden(small: JourneyView):
    assert_golden("small.dot", render(small, RenderOptions()))
