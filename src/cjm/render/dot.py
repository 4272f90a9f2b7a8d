"""Graphviz DOT: the journey as a diagram, one column per stage, left to right.

Each stage is a cluster holding, top to bottom, its header (name, phase, emotion), its
touchpoints (with channel, coloured by emotion), its pain points (bordered by severity,
linked to their touchpoint) and its KPIs (on or off target). The stage headers share a
rank and are chained by arrows, which keeps the stages in order. Each lane starts on the
same row in every stage, the boxes of a row share one height and all boxes one width,
all computed here (``Box``), so the diagram reads as a grid. Every word cjm adds comes
from the view's language.

Safety: node ids are generated (``s1``, ``s1t2``), never taken from the map. Every
label is an HTML-like label built here, with each piece of user text passed through
``cjm.text.escape_dot_label`` (HTML-escaped, backslashes doubled); Graphviz never sees user
text as DOT syntax, escape sequences (``\\N``, ``\\G``), record fields or HTML markup
(``<IMG>``, ``HREF``).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import graphviz

from cjm.i18n import Language
from cjm.model.journey import SERIOUS_SEVERITIES
from cjm.render.asof import comment_line
from cjm.render.context import (
    NOT_SET,
    SEVERITY_WORDS,
    JourneyView,
    KpiView,
    PainPointView,
    StageView,
    TouchpointView,
)
from cjm.render.options import RenderOptions
from cjm.render.values import Emotion
from cjm.text import display_width, escape_dot_label

FONT = "Helvetica"
FONT_SIZE = 11
SMALL_SIZE = 10
TITLE_SIZE = 18
WRAP = 32
"""Columns per label line: keeps stages narrow enough to read side by side."""
NODE_WIDTH = 190
"""Minimum node width in points, wide enough for a line of ``WRAP`` columns."""
LINE_PITCH = 1.2
"""Graphviz's distance between two lines of text, per point of font size."""
EM_PER_COLUMN = 0.5
"""A column of display width is half an em: a Hangul syllable (two columns) is one em."""
CELL_PADDING = 4

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


@dataclass(frozen=True)
class Row:
    """One cell of a label: its markup, and the size it takes as Graphviz lays it out."""

    markup: str
    height: float
    """Points taken by the text lines, without the cell's padding."""
    width: float = 0
    """Points taken by the widest line, estimated from its display width."""


def text_row(
    text: str,
    *,
    size: float = FONT_SIZE,
    width: int = WRAP,
    bold: bool = False,
    colour: str | None = None,
    lead: str = "",
) -> Row:
    """User text (or a translated message), escaped and wrapped into lines.

    Lines are wrapped by display width (a Hangul syllable counts twice), and the box is
    sized the same way: the bundled Graphviz has no metrics for non-ASCII text and would
    draw Korean wider than its box. Several bold lines become a borderless table of one
    line per cell: Graphviz spaces bold lines by their font size alone, and Korean
    lines would touch. ``lead`` is a word shown bold before the first line (``KPI``).
    """
    wrapped = wrap(text, width)
    escaped = [escape_dot_label(line) for line in wrapped]
    if not bold:
        body = "<BR/>".join(escaped)
    elif len(escaped) == 1:
        body = f"<B>{escaped[0]}</B>"
    else:
        cells = "".join(f'<TR><TD ALIGN="LEFT"><B>{line}</B></TD></TR>' for line in escaped)
        body = f'<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0">{cells}</TABLE>'
    font = [f'POINT-SIZE="{size:g}"'] if size != FONT_SIZE else []
    font += [f'COLOR="{colour}"'] if colour else []
    markup = f"<B>{escape_dot_label(lead)}</B> {body}" if lead else body
    if font:
        markup = f"<FONT {' '.join(font)}>{markup}</FONT>"
    columns = [display_width(line) for line in wrapped]
    columns[0] += display_width(f"{lead} ") if lead else 0
    return Row(markup, len(wrapped) * size * LINE_PITCH, max(columns) * size * EM_PER_COLUMN)


def markup_row(markup: str, text: str, colour: str, size: float = SMALL_SIZE) -> Row:
    """One line of ready markup in ``size`` points; ``text`` is what it reads, for its width."""
    width = display_width(text) * size * EM_PER_COLUMN
    font = f'<FONT POINT-SIZE="{size:g}" COLOR="{colour}">{markup}</FONT>'
    return Row(font, size * LINE_PITCH, width)


@dataclass(frozen=True)
class Box:
    """A node's label: rows top to bottom, in a rounded box."""

    rows: tuple[Row, ...]
    border_colour: str
    fill: str
    border: int = 1

    @property
    def height(self) -> float:
        """Points, as Graphviz will draw it: lines, cell padding, border."""
        return sum(row.height + 2 * CELL_PADDING for row in self.rows) + 2 * self.border

    @property
    def width(self) -> float:
        return max(row.width for row in self.rows) + 2 * (CELL_PADDING + self.border)

    def label(self, width: float, height: float) -> str:
        """The HTML-like label, at least ``width`` × ``height`` points (whole points)."""
        cells = "".join(
            f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{row.markup}</TD></TR>' for row in self.rows
        )
        return (
            f'<<TABLE BORDER="{self.border}" CELLBORDER="0" CELLPADDING="{CELL_PADDING}" '
            f'CELLSPACING="0" WIDTH="{math.ceil(width)}" HEIGHT="{math.ceil(height)}" '
            f'COLOR="{self.border_colour}" BGCOLOR="{self.fill}" STYLE="ROUNDED">'
            f"{cells}</TABLE>>"
        )


def emotion_fill(emotion: Emotion | None) -> str:
    return EMOTION_FILL[emotion.level] if emotion else NO_EMOTION_FILL


def emotion_text(emotion: Emotion | None, lang: Language) -> str:
    """``emotion -1 (negative)`` in the reader's language; plain text, not yet escaped."""
    if emotion is None:
        return lang.gettext("emotion unknown")
    words = {"value": emotion.signed, "word": lang.gettext(emotion.word)}
    return lang.gettext("emotion %(value)s (%(word)s)") % words


@dataclass(frozen=True)
class Node:
    id: str
    """Generated: ``s2`` (stage header), ``s2t1`` (touchpoint), ``s2p1``, ``s2k1``."""
    rank: int
    """Row of the diagram: the header, then the touchpoints, pain points and KPIs, each
    lane starting on the same row in every stage."""
    box: Box


def build(view: JourneyView) -> graphviz.Digraph:
    """The diagram as a ``graphviz.Digraph``; its ``.source`` is the DOT text.

    The lanes line up across stages (every stage's pain points start on the row below
    the longest list of touchpoints), every box of a row has the height of the row's
    tallest, and all boxes share one width, so the diagram reads as a journey-map grid.
    """
    graph = graphviz.Digraph("journey", comment=comment_line(view.as_of))
    graph.attr(newrank="true", nodesep="0.25", ranksep="0.3", fontname=FONT)
    graph.attr(label=f"<{_title(view.title)}>", labelloc="t", fontsize=str(TITLE_SIZE))
    graph.attr("node", shape="plain", fontname=FONT, fontsize=str(FONT_SIZE))
    graph.attr("edge", fontname=FONT, color="#888888", arrowsize="0.7")
    lanes = (
        max(len(s.touchpoints) for s in view.stages),
        max(len(s.pain_points) for s in view.stages),
    )
    columns = [_column(stage, view.lang, lanes) for stage in view.stages]
    boxes = [node for column in columns for node in column]
    heights: dict[int, float] = {}
    for node in boxes:
        heights[node.rank] = max(heights.get(node.rank, 0), node.box.height)
    width = max([NODE_WIDTH, *(node.box.width for node in boxes)])
    for stage, column in zip(view.stages, columns, strict=True):
        with graph.subgraph(name=f"cluster_{column[0].id}") as cluster:
            cluster.attr(label="", style="rounded,filled", color="#cccccc", fillcolor="#fafafa")
            for node in column:
                cluster.node(node.id, node.box.label(width, heights[node.rank]))
            _link_pains(cluster, stage, column[0].id)
            for upper, lower in itertools.pairwise(column):
                length = lower.rank - upper.rank
                extra = {"minlen": str(length)} if length > 1 else {}
                cluster.edge(upper.id, lower.id, style="invis", weight="20", **extra)
    headers = [column[0].id for column in columns]
    with graph.subgraph() as top:
        top.attr(rank="same")
        for header in headers:
            top.node(header)
    for left, right in itertools.pairwise(headers):
        graph.edge(left, right, penwidth="2", color="#555555")
    return graph


def _title(title: str) -> str:
    """The journey's title over the diagram, in a cell as wide as its display width says:
    the bundled Graphviz would measure a Korean title too short and clip it."""
    row = text_row(title, size=TITLE_SIZE, width=80, bold=True)
    return (
        '<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0">'
        f'<TR><TD WIDTH="{math.ceil(row.width)}">{row.markup}</TD></TR></TABLE>'
    )


def _column(stage: StageView, lang: Language, lanes: tuple[int, int]) -> list[Node]:
    """A stage's nodes top to bottom, with generated ids and their rows."""
    header = f"s{stage.number}"
    touchpoint_rows, pain_rows = lanes
    nodes = [Node(header, 0, _stage_header(stage, lang))]
    for n, touchpoint in enumerate(stage.touchpoints, 1):
        nodes.append(Node(f"{header}t{n}", n, _touchpoint(touchpoint, lang)))
    for n, pain in enumerate(stage.pain_points, 1):
        nodes.append(Node(f"{header}p{n}", touchpoint_rows + n, _pain_point(pain, lang)))
    for n, kpi in enumerate(stage.kpis, 1):
        nodes.append(Node(f"{header}k{n}", touchpoint_rows + pain_rows + n, _kpi(kpi, lang)))
    return nodes


def _link_pains(cluster: graphviz.Digraph, stage: StageView, header: str) -> None:
    """A dashed arrow from a touchpoint to each pain point felt there.

    An arrow with other boxes between its ends runs down the column's right margin
    (east ports) instead of across those boxes; an arrow between neighbours goes
    straight down.
    """
    where = {view.touchpoint.id: n for n, view in enumerate(stage.touchpoints, 1)}
    for n, pain in enumerate(stage.pain_points, 1):
        touchpoint = where.get(pain.pain_point.touchpoint or "")
        if touchpoint is None:
            continue
        neighbours = touchpoint == len(stage.touchpoints) and n == 1
        ports = {} if neighbours else {"tailport": "e", "headport": "e"}
        cluster.edge(
            f"{header}t{touchpoint}",
            f"{header}p{n}",
            style="dashed",
            color=SEVERITY_COLOUR[pain.severity],
            constraint="false",
            **ports,
        )


def _stage_header(stage: StageView, lang: Language) -> Box:
    rows = [text_row(f"{stage.number}. {stage.name}", size=13, width=WRAP - 6, bold=True)]
    if stage.stage.phase:
        rows.append(text_row(stage.stage.phase, size=SMALL_SIZE, colour="#444444"))
    emotion = emotion_text(stage.emotion, lang)
    rows.append(text_row(emotion, size=SMALL_SIZE, width=WRAP + 6, colour="#222222"))
    return Box(tuple(rows), "#555555", emotion_fill(stage.emotion), 2)


def _touchpoint(view: TouchpointView, lang: Language) -> Box:
    touchpoint = view.touchpoint
    details = [view.channel] if view.channel else []
    details += [touchpoint.moment.upper()] if touchpoint.moment else []
    details += ["\u2605 " + lang.gettext("WOW")] if touchpoint.wow else []
    if view.personas:
        names = lang.gettext(", ").join(view.personas)
        details.append(lang.gettext("for %(names)s") % {"names": names})
    details.append(emotion_text(view.emotion, lang))
    rows = (
        text_row(view.name, bold=True),
        text_row(" · ".join(details), size=SMALL_SIZE, width=WRAP + 6, colour="#444444"),
    )
    border = "#1a7f37" if touchpoint.wow else "#777777"
    return Box(rows, border, emotion_fill(view.emotion), 2 if touchpoint.wow else 1)


def _pain_point(view: PainPointView, lang: Language) -> Box:
    _ = lang.gettext
    colour = SEVERITY_COLOUR[view.severity]
    severity = _(SEVERITY_WORDS[view.severity]).upper()
    title = _("%(label)s %(severity)s PAIN") % {"label": view.label, "severity": severity}
    rows = [
        text_row(title, size=FONT_SIZE, width=WRAP + 6, bold=True, colour=colour),
        text_row(view.pain_point.description),
    ]
    if view.actions:
        open_count = sum(1 for action in view.actions if action.action.is_open)
        count = len(view.actions)
        status = lang.ngettext("%(num)d action", "%(num)d actions", count) % {"num": count}
        status += _(", ") + _("%(num)d open") % {"num": open_count}
        markup = escape_dot_label(status)
        if view.overdue_count:
            overdue = _("%(num)d OVERDUE") % {"num": view.overdue_count}
            status += _(", ") + overdue
            markup += escape_dot_label(_(", "))
            markup += f'<B><FONT COLOR="#c92a2a">{escape_dot_label(overdue)}</FONT></B>'
        rows.append(markup_row(markup, status, "#444444"))
    else:
        rows.append(text_row(_("no action yet"), size=SMALL_SIZE, colour="#444444"))
    border = 3 if view.severity in SERIOUS_SEVERITIES else 1
    return Box(tuple(rows), colour, "#fff8f6", border)


def _kpi(view: KpiView, lang: Language) -> Box:
    _ = lang.gettext
    colour = KPI_COLOUR[view.css]
    values = _("%(current)s (target %(target)s)") % {
        "current": view.current or NOT_SET,
        "target": view.target or NOT_SET,
    }
    if view.current is None and view.target is None:
        values = _("no values yet")
    rows = [
        text_row(view.kpi.name, lead=_("KPI")),
        text_row(values, size=SMALL_SIZE, width=WRAP + 6, colour="#222222"),
    ]
    if view.last_change_words:
        change = CHANGE_COLOUR[view.last_change or "unchanged"]
        words = view.last_change_words
        rows.append(text_row(words, size=SMALL_SIZE, width=WRAP + 6, colour=change))
    rows.append(text_row(_(view.status).upper(), size=SMALL_SIZE, bold=True, colour=colour))
    return Box(tuple(rows), colour, "#ffffff")


def render(view: JourneyView, options: RenderOptions) -> str:
    source: str = build(view).source
    return source
