"""Graphviz DOT: the journey as a diagram, one column per stage, left to right.

Each stage is a cluster holding, top to bottom, its header (name, phase, emotion), its
touchpoints (with channel, coloured by emotion), its pain points (bordered by severity,
linked to their touchpoint) and its KPIs (on or off target). The stage headers share a
rank and are chained by arrows, which keeps the stages in order.

Safety: node ids are generated (``s1``, ``s1t2``), never taken from the map. Every
label is an HTML-like label built here, with each piece of user text passed through
``cjm.text.escape_dot_label`` (HTML-escaped, backslashes doubled); Graphviz never sees user
text as DOT syntax, escape sequences (``\\N``, ``\\G``), record fields or HTML markup
(``<IMG>``, ``HREF``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import graphviz

from cjm.model.journey import SERIOUS_SEVERITIES
from cjm.render.asof import comment_line
from cjm.render.context import (
    NOT_SET,
    JourneyView,
    KpiView,
    PainPointView,
    StageView,
    TouchpointView,
)
from cjm.render.options import RenderOptions
from cjm.render.values import Emotion
from cjm.text import counted, display_width, escape_dot_label

T = TypeVar("T")
FONT = "Helvetica"
WRAP = 32
"""Columns per label line: keeps stages narrow enough to read side by side."""
NODE_WIDTH = 190
"""Minimum node width in points, wide enough for a line of ``WRAP`` columns."""

EMOTION_FILL = {-2: "#f4a6a6", -1: "#fbd3b0", 0: "#eeeeee", 1: "#cdebc0", 2: "#9fd99a"}
SEVERITY_COLOUR = {"critical": "#a50026", "high": "#d73027", "medium": "#f08c00", "low": "#6c757d"}
KPI_COLOUR = {"on": "#1a7f37", "off": "#c92a2a", "unknown": "#6c757d"}
CHANGE_COLOUR = {"improved": "#1a7f37", "regressed": "#c92a2a", "unchanged": "#444444"}
"""The arrow for a KPI's last change: green better, red worse."""
NO_EMOTION_FILL = "#ffffff"


def wrap(text: str, width: int = WRAP) -> list[str]:
    """Greedy word wrap by display width, so Korean or Chinese lines are not twice as wide."""
    result: list[str] = []
    line = ""
    for word in text.split():
        while display_width(word) > width:  # a word longer than a line: cut it
            cut = next(i for i in range(len(word), 0, -1) if display_width(word[:i]) <= width)
            result += [line] if line else []
            result.append(word[:cut])
            line, word = "", word[cut:]
        candidate = f"{line} {word}" if line else word
        if line and display_width(candidate) > width:
            result.append(line)
            candidate = word
        line = candidate
    return [*result, line] if line or not result else result


def lines(text: str, width: int = WRAP) -> str:
    """User text, escaped for an HTML-like label and wrapped into lines.

    The cells' ``BALIGN="LEFT"`` aligns the lines left.
    """
    return "<BR/>".join(escape_dot_label(line) for line in wrap(text, width))


def small(markup: str, colour: str = "#444444") -> str:
    return f'<FONT POINT-SIZE="10" COLOR="{colour}">{markup}</FONT>'


def table(rows: Iterable[str], border_colour: str, fill: str, border: int = 1) -> str:
    """An HTML-like label: one cell per row, so every node reads top to bottom.

    Every node has the same minimum width, so a stage's nodes line up as a column.
    """
    cells = "".join(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{row}</TD></TR>' for row in rows)
    return (
        f'<<TABLE BORDER="{border}" CELLBORDER="0" CELLPADDING="4" CELLSPACING="0" '
        f'WIDTH="{NODE_WIDTH}" COLOR="{border_colour}" BGCOLOR="{fill}" STYLE="ROUNDED">'
        f"{cells}</TABLE>>"
    )


def emotion_fill(emotion: Emotion | None) -> str:
    return EMOTION_FILL[emotion.level] if emotion else NO_EMOTION_FILL


def emotion_text(emotion: Emotion | None) -> str:
    return f"emotion {emotion.signed} ({emotion.word})" if emotion else "emotion unknown"


def build(view: JourneyView) -> graphviz.Digraph:
    """The diagram as a ``graphviz.Digraph``; its ``.source`` is the DOT text."""
    graph = graphviz.Digraph("journey", comment=comment_line(view.as_of))
    graph.attr(newrank="true", nodesep="0.25", ranksep="0.3", fontname=FONT)
    graph.attr(label=f"<<B>{lines(view.title, 80)}</B>>", labelloc="t", fontsize="18")
    graph.attr("node", shape="plain", fontname=FONT, fontsize="11")
    graph.attr("edge", fontname=FONT, color="#888888", arrowsize="0.7")
    headers = [_add_stage(graph, stage) for stage in view.stages]
    with graph.subgraph() as top:
        top.attr(rank="same")
        for header in headers:
            top.node(header)
    for left, right in itertools.pairwise(headers):
        graph.edge(left, right, penwidth="2", color="#555555")
    return graph


def _add_stage(graph: graphviz.Digraph, stage: StageView) -> str:
    """One stage as a cluster: a column of nodes under its header; returns the header id."""
    header = f"s{stage.number}"
    with graph.subgraph(name=f"cluster_{header}") as cluster:
        cluster.attr(label="", style="rounded,filled", color="#cccccc", fillcolor="#fafafa")
        cluster.node(header, _stage_header(stage))
        touchpoints = _add_nodes(cluster, f"{header}t", stage.touchpoints, _touchpoint)
        pains = _add_nodes(cluster, f"{header}p", stage.pain_points, _pain_point)
        kpis = _add_nodes(cluster, f"{header}k", stage.kpis, _kpi)
        where = {t.touchpoint.id: n for t, n in zip(stage.touchpoints, touchpoints, strict=True)}
        for pain, node in zip(stage.pain_points, pains, strict=True):
            touchpoint = where.get(pain.pain_point.touchpoint or "")
            if touchpoint:
                colour = SEVERITY_COLOUR[pain.severity]
                cluster.edge(touchpoint, node, style="dashed", color=colour, constraint="false")
        for upper, lower in itertools.pairwise([header, *touchpoints, *pains, *kpis]):
            cluster.edge(upper, lower, style="invis", weight="20")
    return header


def _add_nodes(
    cluster: graphviz.Digraph, prefix: str, items: Sequence[T], label: Callable[[T], str]
) -> list[str]:
    """A node per item, with generated ids ``<prefix>1``, ``<prefix>2``..."""
    ids = [f"{prefix}{n}" for n in range(1, len(items) + 1)]
    for node, item in zip(ids, items, strict=True):
        cluster.node(node, label(item))
    return ids


def _stage_header(stage: StageView) -> str:
    name = lines(f"{stage.number}. {stage.name}", WRAP - 6)
    rows = [f'<FONT POINT-SIZE="13"><B>{name}</B></FONT>']
    if stage.stage.phase:
        rows.append(small(lines(stage.stage.phase)))
    rows.append(small(emotion_text(stage.emotion), "#222222"))
    return table(rows, "#555555", emotion_fill(stage.emotion), 2)


def _touchpoint(view: TouchpointView) -> str:
    touchpoint = view.touchpoint
    rows = [f"<B>{lines(view.name)}</B>"]
    details = [view.channel] if view.channel else []
    details += [touchpoint.moment.upper()] if touchpoint.moment else []
    details += ["\u2605 WOW"] if touchpoint.wow else []
    details += [f"for {', '.join(view.personas)}"] if view.personas else []
    details.append(emotion_text(view.emotion))
    rows.append(small(lines(" · ".join(details), WRAP + 6)))
    border = "#1a7f37" if touchpoint.wow else "#777777"
    return table(rows, border, emotion_fill(view.emotion), 2 if touchpoint.wow else 1)


def _pain_point(view: PainPointView) -> str:
    colour = SEVERITY_COLOUR[view.severity]
    heading = f'<FONT COLOR="{colour}"><B>{view.label} {view.severity.upper()} PAIN</B></FONT>'
    rows = [heading, lines(view.pain_point.description)]
    if view.actions:
        open_count = sum(1 for action in view.actions if action.action.is_open)
        count = len(view.actions)
        status = f"{counted(count, 'action')}, {open_count} open"
        if view.overdue_count:
            status += f', <B><FONT COLOR="#c92a2a">{view.overdue_count} OVERDUE</FONT></B>'
        rows.append(small(status))
    else:
        rows.append(small("no action yet"))
    return table(rows, colour, "#fff8f6", 3 if view.severity in SERIOUS_SEVERITIES else 1)


def _kpi(view: KpiView) -> str:
    colour = KPI_COLOUR[view.css]
    rows = [f"<B>KPI</B> {lines(view.kpi.name)}"]
    values = f"{view.current or NOT_SET} (target {view.target or NOT_SET})"
    if view.current is None and view.target is None:
        values = "no values yet"
    rows.append(small(lines(values, WRAP + 6), "#222222"))
    if view.last_change_words:
        change = CHANGE_COLOUR[view.last_change or "unchanged"]
        rows.append(small(lines(view.last_change_words, WRAP + 6), change))
    rows.append(f'<FONT POINT-SIZE="10" COLOR="{colour}"><B>{view.status.upper()}</B></FONT>')
    return table(rows, colour, "#ffffff")


def render(view: JourneyView, options: RenderOptions) -> str:
    source: str = build(view).source
    return source
