"""GitHub-flavoured Markdown: readable as plain text in a terminal and rendered by git hosts.

Everything from the map is literal text. ``md_inline`` backslash-escapes what Markdown
would read as structure (emphasis, links, HTML, table pipes, math, a leading ``#`` or
``-``), and newlines become ``<br>``, so a value can neither end a table row nor start a
heading. Descriptions are shown as plain paragraphs, not interpreted as Markdown: in a
Markdown page, a map's own Markdown could otherwise open a table or a block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cjm.render.asof import comment_line
from cjm.render.comparison import Comparison
from cjm.render.context import (
    NOT_SET,
    ActionView,
    JourneyView,
    KpiView,
    PainPointView,
    ReportLinks,
    StageView,
    TouchpointView,
)
from cjm.render.mermaid import persona_names, render_mermaid
from cjm.render.opportunities import OpportunityView
from cjm.render.options import RenderOptions
from cjm.render.values import Emotion
from cjm.text import escape_markdown

_BLOCK_START = re.compile(r"^([#+\-=>]|\d+(?=[.)]))")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def md_inline(text: str) -> str:
    """Literal text for a table cell, a list item or a heading: one line, no structure."""
    escaped = _BLOCK_START.sub(_escape_block_start, escape_markdown(text.strip()))
    return _NEWLINES.sub("<br>", escaped)


def _escape_block_start(match: re.Match[str]) -> str:
    """``#`` becomes ``\\#``; ``1.`` becomes ``1\\.``, since the dot makes the list."""
    mark = match[1]
    return f"{mark}\\" if mark[0].isdigit() else f"\\{mark}"


def md_paragraphs(text: str) -> list[str]:
    """Multi-line text as escaped lines; blank lines stay paragraph breaks.

    Lines lose their indentation, which Markdown would read as a code block.
    """
    lines: list[str] = []
    for line in _NEWLINES.split(text.strip()):
        if line.strip():
            lines.append(md_inline(line))
        elif lines and lines[-1]:
            lines.append("")
    return lines


def md_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A GFM table; cells must already be escaped."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(cell or " " for cell in row) + " |" for row in rows)
    return lines


def render(view: JourneyView, options: RenderOptions) -> str:
    """The journey as one Markdown page: header, Mermaid curve, a section per stage."""
    lines = [f"<!-- {comment_line(view.as_of)} -->", "", *_header(view)]
    lines += [
        "",
        "## Emotional journey",
        "",
        "```mermaid",
        render_mermaid(view.journey, persona_names(view)) + "```",
    ]
    for stage in view.stages:
        lines += ["", *_stage(stage)]
    if view.comparison:
        lines += ["", *_comparison(view.comparison, view.links)]
    if view.opportunities:
        lines += ["", *_opportunities(view.opportunities)]
    lines += ["", *_findings(view)]
    return "\n".join(lines) + "\n"


def _header(view: JourneyView) -> list[str]:
    journey = view.journey
    facts = [f"**State:** {journey.state} ({'as-is' if journey.state == 'current' else 'to-be'})"]
    if journey.owner:
        facts.append(f"**Owner:** {md_inline(journey.owner)}")
    reviewed = journey.reviewed.isoformat() if journey.reviewed else "never"
    facts.append(f"**Reviewed:** {reviewed}" + (" (due for review)" if view.stale else ""))
    facts.append(f"**As of:** {view.as_of.isoformat()}")
    if journey.tags:
        facts.append("**Tags:** " + ", ".join(md_inline(tag) for tag in journey.tags))
    facts += _links(view)
    lines = [f"# {md_inline(' '.join(view.title.split()))}", "", " · ".join(facts)]
    if journey.description:
        lines += ["", *md_paragraphs(journey.description)]
    goals = journey.goals
    if goals and (goals.business or goals.customer or goals.shared):
        lines += ["", "## Goals", ""]
        for name, goal in (("Business", goals.business), ("Customer", goals.customer)):
            lines += [f"- **{name}:** {md_inline(goal)}"] if goal else []
        lines += [f"- **Shared:** {md_inline(goals.shared)}"] if goals.shared else []
    if view.personas:
        lines += ["", "## Personas", ""]
        for persona in view.personas:
            segment = f" ({persona.segment} customers)" if persona.segment else ""
            lines.append(f"- {md_inline(persona.name)}{segment}")
    counts = view.counts
    open_pains = ", ".join(f"{n} {s}" for s, n in counts.open_pain_points.items() if n) or "none"
    lines += ["", "## Summary", ""]
    lines += md_table(
        ["Stages", "Touchpoints", "Open pain points", "Overdue actions", "KPIs off target"],
        [
            [
                str(len(view.stages)),
                str(counts.touchpoints),
                open_pains,
                str(counts.overdue_actions),
                f"{counts.kpis['off']} of {sum(counts.kpis.values())}",
            ]
        ],
    )
    return lines


def _emotion(emotion: Emotion | None) -> str:
    return f"{emotion.signed} ({emotion.word})" if emotion else NOT_SET


def _stage(view: StageView) -> list[str]:
    stage = view.stage
    facts = [f"Phase: {md_inline(stage.phase)}"] if stage.phase else []
    facts += [f"Duration: {md_inline(stage.duration)}"] if stage.duration else []
    facts.append(f"Emotion: {_emotion(view.emotion)}")
    lines = [f"## {view.number}. {md_inline(' '.join(stage.name.split()))}", "", " · ".join(facts)]
    if stage.description:
        lines += ["", *md_paragraphs(stage.description)]
    if stage.customer_goal:
        lines += ["", f"**Customer goal:** {md_inline(stage.customer_goal)}"]
    if stage.thoughts:
        lines += ["", "**Thoughts:**", ""] + [f"- “{md_inline(t)}”" for t in stage.thoughts]
    lines += _section(
        "Touchpoints",
        ["Touchpoint", "Channel", "Emotion", "Moment"],
        [_touchpoint(t) for t in view.touchpoints],
    )
    lines += _section(
        "Pain points",
        ["#", "Severity", "Pain point", "Touchpoint", "Evidence", "Benchmark"],
        [_pain_point(p) for p in view.pain_points],
    )
    lines += _section(
        "Actions", ["Action", "For", "Owner", "Due", "Status"], [_action(a) for a in view.actions]
    )
    measured = any(k.trend is not None for k in view.kpis)  # no empty column otherwise
    lines += _section(
        "KPIs",
        ["KPI", "Current", "Target", "Better", "Status", *(["Trend"] if measured else [])],
        [_kpi(k, measured) for k in view.kpis],
    )
    lines += _bullets("Opportunities", [o.description for o in stage.opportunities])
    lines += _bullets("Backstage", stage.backstage)
    return lines


def _section(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A titled table, or nothing when there are no rows."""
    return ["", f"### {title}", "", *md_table(headers, rows)] if rows else []


def _touchpoint(view: TouchpointView) -> list[str]:
    wow = " ★ wow" if view.touchpoint.wow else ""
    moment = (view.touchpoint.moment or "").upper()
    only_for = f" (for {md_inline(', '.join(view.personas))})" if view.personas else ""
    return [
        md_inline(view.name) + wow + only_for,
        md_inline(view.channel or ""),
        _emotion(view.emotion),
        moment,
    ]


def _pain_point(view: PainPointView) -> list[str]:
    pain = view.pain_point
    return [
        view.label,
        view.severity.upper(),
        md_inline(pain.description),
        md_inline(view.touchpoint or ""),
        "<br>".join(md_inline(evidence) for evidence in pain.evidence),
        md_inline(pain.benchmark or ""),
    ]


def _kpi(view: KpiView, measured: bool) -> list[str]:
    return [
        md_inline(view.kpi.name),
        md_inline(view.current or NOT_SET),
        md_inline(view.target or NOT_SET),
        view.kpi.better,
        view.status,
        *([md_inline(_trend(view))] if measured else []),
    ]


def _trend(view: KpiView) -> str:
    """The sparkline of the HTML report in words: first → latest, the change, the last step."""
    if view.trend is None:
        return NOT_SET
    values = f"{view.first} → {view.latest}" if view.first else f"{view.latest}"
    parts = [f"{values}: {view.change_words}"]
    if view.last_change_words:
        parts.append(view.last_change_words)
    return "; ".join(parts)


def _action(view: ActionView) -> list[str]:
    action = view.action
    status = action.status + (" **OVERDUE**" if view.overdue else "")
    due = action.due.isoformat() if action.due else NOT_SET
    return [
        md_inline(action.description),
        view.pain_label,
        md_inline(action.owner or NOT_SET),
        due,
        status,
    ]


def _bullets(title: str, items: Sequence[str]) -> list[str]:
    if not items:
        return []
    return ["", f"### {title}", ""] + [f"- {md_inline(item)}" for item in items]


def _links(view: JourneyView) -> list[str]:
    """Links to the reports of the journey this one improves and of those improving it."""
    facts = []
    links = view.links
    if links.improves is not None:
        title = md_inline(" ".join(links.improves.title.split()))
        facts.append(f"**Improves:** [{title}]({links.improves.id}.md)")
    elif view.journey.improves:
        facts.append(f"**Improves:** {md_inline(view.journey.improves)}")
    if links.improved_by:
        others = ", ".join(f"[{other}]({other}.md)" for other in links.improved_by)
        facts.append(f"**Improved by:** {others}")
    return facts


def _comparison(comparison: Comparison, links: ReportLinks) -> list[str]:
    """The "Current → future" tables: stages side by side, pain points, KPI targets."""
    current = md_inline(" ".join(comparison.current.title.split()))
    if links.improves is not None:
        current = f"[{current}]({comparison.current.id}.md)"
    lines = ["## Current → future", "", f"Compared with the current (as-is) journey {current}."]
    lines += _section(
        "Stages and emotion",
        ["Future stage", "Replaces", "Current emotion", "Future emotion", "Difference"],
        [
            [
                md_inline(item.stage.name),
                ", ".join(md_inline(old.name) for old in item.replaced) or "a new stage",
                _emotion(item.current_emotion),
                _emotion(item.emotion),
                item.difference or NOT_SET,
            ]
            for item in comparison.stages
        ],
    )
    if comparison.unreplaced:
        names = ", ".join(md_inline(old.name) for old in comparison.unreplaced)
        lines += ["", f"Current stages no stage of this design replaces: {names}."]
    total = len(comparison.resolved) + len(comparison.left)
    lines += _section(
        f"Pain points resolved ({len(comparison.resolved)} of {total})",
        ["Severity now", "Current pain point", "Current stage", "Resolved by"],
        [
            [
                outcome.severity.upper(),
                md_inline(outcome.pain_point.description),
                md_inline(outcome.stage.name),
                "; ".join(md_inline(name) for name in outcome.resolved_by),
            ]
            for outcome in comparison.resolved
        ],
    )
    lines += _section(
        f"Pain points left ({len(comparison.left)} of {total})",
        ["Severity", "Current pain point", "Current stage"],
        [
            [
                outcome.severity.upper(),
                md_inline(outcome.pain_point.description),
                md_inline(outcome.stage.name),
            ]
            for outcome in comparison.left
        ],
    )
    lines += _section(
        "KPI targets that change",
        ["KPI", "Stage", "Current target", "Future target", "Better"],
        [
            [
                md_inline(change.kpi.name),
                md_inline(change.stage.name),
                md_inline(change.current_target),
                md_inline(change.future_target),
                change.kpi.better,
            ]
            for change in comparison.kpi_targets
        ],
    )
    return lines


def _opportunities(opportunities: Sequence[OpportunityView]) -> list[str]:
    """Every opportunity by value, then effort, with its quadrant of the matrix."""
    rows = [
        [
            item.label,
            md_inline(item.opportunity.description),
            md_inline(item.stage.name),
            str(item.opportunity.value or NOT_SET),
            str(item.opportunity.effort or NOT_SET),
            item.quadrant or NOT_SET,
            item.opportunity.status,
            md_inline(item.opportunity.owner or NOT_SET),
            "<br>".join(md_inline(pain) for pain in item.resolves),
        ]
        for item in opportunities
    ]
    headers = ["#", "Opportunity", "Stage", "Value", "Effort", "Quadrant", "Status", "Owner"]
    return [
        "## Opportunities by value and effort",
        "",
        *md_table([*headers, "Resolves"], rows),
    ]


def _findings(view: JourneyView) -> list[str]:
    source = f" in {md_inline(view.source)}" if view.source else ""
    if not view.findings:
        return ["## Findings", "", f"No findings{source}."]
    rows = [
        [f"{f.line}:{f.column}", f.severity.value, md_inline(f.rule), md_inline(f.message)]
        for f in view.findings
    ]
    return [
        "## Findings",
        "",
        f"What `cjm validate` reports{source}:",
        "",
        *md_table(["Line", "Severity", "Rule", "Message"], rows),
    ]
