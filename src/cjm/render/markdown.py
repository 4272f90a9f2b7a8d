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

from cjm.findings import Finding
from cjm.i18n import Language
from cjm.render.asof import comment_line
from cjm.render.comparison import Comparison
from cjm.render.context import (
    BETTER_WORDS,
    NOT_SET,
    QUADRANT_WORDS,
    SEGMENT_CUSTOMERS,
    SEVERITY_WORDS,
    STATE_WORDS,
    STATUS_WORDS,
    ActionView,
    JourneyView,
    KpiView,
    PainPointView,
    PersonaView,
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
    _ = view.lang.gettext
    lines = [f"<!-- {comment_line(view.as_of)} -->", "", *_header(view)]
    mermaid = render_mermaid(view.journey, persona_names(view))
    lines += ["", "## " + _("Emotional journey"), "", "```mermaid", mermaid + "```"]
    for stage in view.stages:
        lines += ["", *_stage(stage, view.lang)]
    if view.comparison:
        lines += ["", *_comparison(view.comparison, view.links, view.lang)]
    if view.opportunities:
        lines += ["", *_opportunities(view.opportunities, view.lang)]
    listed = view.listed_findings(options.findings)
    if options.findings or listed:
        title = _("Findings") if options.findings else _("Errors in the map")
        lines += ["", *_findings(view, listed, title)]
    return "\n".join(lines) + "\n"


def _fact(label: str, value: str) -> str:
    return f"**{label}:** {value}"


def _header(view: JourneyView) -> list[str]:
    journey = view.journey
    lang = view.lang
    _ = lang.gettext
    state = _(STATE_WORDS[journey.state])
    as_is = _("as-is") if journey.state == "current" else _("to-be")
    facts = [_fact(_("State"), f"{state} ({as_is})")]
    if journey.owner:
        facts.append(_fact(_("Owner"), md_inline(journey.owner)))
    reviewed = lang.date(journey.reviewed) if journey.reviewed else _("never")
    due = " " + _("(due for review)") if view.stale else ""
    facts.append(_fact(_("Reviewed"), reviewed + due))
    facts.append(_fact(_("As of"), lang.date(view.as_of)))
    if journey.tags:
        facts.append(_fact(_("Tags"), _(", ").join(md_inline(tag) for tag in journey.tags)))
    facts += _links(view)
    lines = [f"# {md_inline(' '.join(view.title.split()))}", "", " · ".join(facts)]
    if journey.description:
        lines += ["", *md_paragraphs(journey.description)]
    goals = journey.goals
    if goals and (goals.business or goals.customer or goals.shared):
        lines += ["", "## " + _("Goals"), ""]
        named = ((_("Business"), goals.business), (_("Customer"), goals.customer))
        for name, goal in (*named, (_("Shared"), goals.shared)):
            lines += [f"- {_fact(name, md_inline(goal))}"] if goal else []
    lines += _personas(view.personas, lang)
    counts = view.counts
    open_pains = _(", ").join(
        _("%(num)d %(severity)s") % {"num": n, "severity": _(SEVERITY_WORDS[s])}
        for s, n in counts.open_pain_points.items()
        if n
    )
    lines += ["", "## " + _("Summary"), ""]
    lines += md_table(
        [
            _("Stages"),
            _("Touchpoints"),
            _("Open pain points"),
            _("Overdue actions"),
            _("KPIs off target"),
        ],
        [
            [
                str(len(view.stages)),
                str(counts.touchpoints),
                open_pains or _("none"),
                str(counts.overdue_actions),
                _("%(off)d of %(num)d")
                % {"off": counts.kpis["off"], "num": sum(counts.kpis.values())},
            ]
        ],
    )
    return lines


def _personas(personas: Sequence[PersonaView], lang: Language) -> list[str]:
    """A list of who the map is for, then a card per persona that says more."""
    _ = lang.gettext
    if not personas:
        return []
    lines = ["", "## " + _("Personas"), ""]
    for persona in personas:
        segment = f" ({_(SEGMENT_CUSTOMERS[persona.segment])})" if persona.segment else ""
        lines.append(f"- {md_inline(persona.name)}{segment}")
    for persona in (persona for persona in personas if persona.has_details):
        lines += ["", f"### {md_inline(persona.name)}"]
        if persona.description:
            lines += ["", *md_paragraphs(persona.description)]
        lines += _bullets("**" + _("Goals") + ":**", persona.goals)
        lines += _bullets("**" + _("Frustrations") + ":**", persona.frustrations)
    return lines


def _emotion(emotion: Emotion | None, lang: Language) -> str:
    return f"{emotion.signed} ({lang.gettext(emotion.word)})" if emotion else NOT_SET


def _stage(view: StageView, lang: Language) -> list[str]:
    _ = lang.gettext
    stage = view.stage
    facts = [_("Phase") + ": " + md_inline(stage.phase)] if stage.phase else []
    facts += [_("Duration") + ": " + md_inline(stage.duration)] if stage.duration else []
    facts.append(_("Emotion") + ": " + _emotion(view.emotion, lang))
    lines = [f"## {view.number}. {md_inline(' '.join(stage.name.split()))}", "", " · ".join(facts)]
    if stage.description:
        lines += ["", *md_paragraphs(stage.description)]
    if stage.customer_goal:
        lines += ["", _fact(_("Customer goal"), md_inline(stage.customer_goal))]
    if stage.thoughts:
        thoughts = [f"- “{md_inline(t)}”" for t in stage.thoughts]
        lines += ["", "**" + _("Thoughts") + ":**", "", *thoughts]
    lines += _section(
        _("Touchpoints"),
        [_("Touchpoint"), _("Channel"), _("Emotion"), _("Moment")],
        [_touchpoint(t, lang) for t in view.touchpoints],
    )
    lines += _section(
        _("Pain points"),
        ["#", _("Severity"), _("Pain point"), _("Touchpoint"), _("Evidence"), _("Benchmark")],
        [_pain_point(p, lang) for p in view.pain_points],
    )
    lines += _section(
        _("Actions"),
        [_("Action"), _("For"), _("Owner"), _("Due"), _("Status")],
        [_action(a, lang) for a in view.actions],
    )
    measured = any(k.trend is not None for k in view.kpis)  # no empty column otherwise
    lines += _section(
        _("KPIs"),
        [_("KPI"), _("Current"), _("Target"), _("Better"), _("Status")]
        + ([_("Trend")] if measured else []),
        [_kpi(k, lang, measured) for k in view.kpis],
    )
    lines += _bullets("### " + _("Opportunities"), [o.description for o in stage.opportunities])
    lines += _bullets("### " + _("Backstage"), stage.backstage)
    return lines


def _section(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A titled table, or nothing when there are no rows."""
    return ["", f"### {title}", "", *md_table(headers, rows)] if rows else []


def _touchpoint(view: TouchpointView, lang: Language) -> list[str]:
    wow = " ★ " + lang.gettext("wow") if view.touchpoint.wow else ""
    moment = (view.touchpoint.moment or "").upper()
    only_for = ""
    if view.personas:
        names = md_inline(lang.gettext(", ").join(view.personas))
        only_for = " (" + lang.gettext("for %(names)s") % {"names": names} + ")"
    return [
        md_inline(view.name) + wow + only_for,
        md_inline(view.channel or ""),
        _emotion(view.emotion, lang),
        moment,
    ]


def _pain_point(view: PainPointView, lang: Language) -> list[str]:
    pain = view.pain_point
    return [
        view.label,
        lang.gettext(SEVERITY_WORDS[view.severity]).upper(),
        md_inline(pain.description),
        md_inline(view.touchpoint or ""),
        "<br>".join(md_inline(evidence) for evidence in pain.evidence),
        md_inline(pain.benchmark or ""),
    ]


def _kpi(view: KpiView, lang: Language, measured: bool) -> list[str]:
    _ = lang.gettext
    return [
        md_inline(view.kpi.name),
        md_inline(view.current or NOT_SET),
        md_inline(view.target or NOT_SET),
        _(BETTER_WORDS[view.kpi.better]),
        _(view.status),
        *([md_inline(_trend(view, lang))] if measured else []),
    ]


def _trend(view: KpiView, lang: Language) -> str:
    """The sparkline of the HTML report in words: first → latest, the change, the last step."""
    if view.trend is None:
        return NOT_SET
    values = f"{view.first} → {view.latest}" if view.first else f"{view.latest}"
    parts = [f"{values}: {view.change_words}"]
    if view.last_change_words:
        parts.append(view.last_change_words)
    return lang.gettext("; ").join(parts)


def _action(view: ActionView, lang: Language) -> list[str]:
    _ = lang.gettext
    action = view.action
    status = _(STATUS_WORDS[action.status])
    status += " **" + _("OVERDUE") + "**" if view.overdue else ""
    due = lang.date(action.due) if action.due else NOT_SET
    return [
        md_inline(action.description),
        view.pain_label,
        md_inline(action.owner or NOT_SET),
        due,
        status,
    ]


def _bullets(title: str, items: Sequence[str]) -> list[str]:
    """A list under its ``title`` line (a heading or bold text), or nothing."""
    if not items:
        return []
    return ["", title, ""] + [f"- {md_inline(item)}" for item in items]


def _links(view: JourneyView) -> list[str]:
    """Links to the reports of the journey this one improves and of those improving it."""
    _ = view.lang.gettext
    facts = []
    links = view.links
    if links.improves is not None:
        title = md_inline(" ".join(links.improves.title.split()))
        facts.append(_fact(_("Improves"), f"[{title}]({links.improves.id}.md)"))
    elif view.journey.improves:
        facts.append(_fact(_("Improves"), md_inline(view.journey.improves)))
    if links.improved_by:
        others = _(", ").join(f"[{other}]({other}.md)" for other in links.improved_by)
        facts.append(_fact(_("Improved by"), others))
    return facts


def _comparison(comparison: Comparison, links: ReportLinks, lang: Language) -> list[str]:
    """The "Current → future" tables: stages side by side, pain points, KPI targets."""
    _ = lang.gettext
    current = md_inline(" ".join(comparison.current.title.split()))
    if links.improves is not None:
        current = f"[{current}]({comparison.current.id}.md)"
    intro = _("Compared with the current (as-is) journey %(title)s.") % {"title": current}
    lines = ["## " + _("Current → future"), "", intro]
    lines += _section(
        _("Stages and emotion"),
        [
            _("Future stage"),
            _("Replaces"),
            _("Current emotion"),
            _("Future emotion"),
            _("Difference"),
        ],
        [
            [
                md_inline(item.stage.name),
                _(", ").join(md_inline(old.name) for old in item.replaced) or _("a new stage"),
                _emotion(item.current_emotion, lang),
                _emotion(item.emotion, lang),
                item.difference or NOT_SET,
            ]
            for item in comparison.stages
        ],
    )
    if comparison.unreplaced:
        names = _(", ").join(md_inline(old.name) for old in comparison.unreplaced)
        unreplaced = _("Current stages no stage of this design replaces: %(names)s.")
        lines += ["", unreplaced % {"names": names}]
    total = len(comparison.resolved) + len(comparison.left)
    counts = {"num": len(comparison.resolved), "total": total}
    lines += _section(
        _("Pain points resolved (%(num)d of %(total)d)") % counts,
        [_("Severity now"), _("Current pain point"), _("Current stage"), _("Resolved by")],
        [
            [
                _(SEVERITY_WORDS[outcome.severity]).upper(),
                md_inline(outcome.pain_point.description),
                md_inline(outcome.stage.name),
                _("; ").join(md_inline(name) for name in outcome.resolved_by),
            ]
            for outcome in comparison.resolved
        ],
    )
    counts["num"] = len(comparison.left)
    lines += _section(
        _("Pain points left (%(num)d of %(total)d)") % counts,
        [_("Severity"), _("Current pain point"), _("Current stage")],
        [
            [
                _(SEVERITY_WORDS[outcome.severity]).upper(),
                md_inline(outcome.pain_point.description),
                md_inline(outcome.stage.name),
            ]
            for outcome in comparison.left
        ],
    )
    lines += _section(
        _("KPI targets that change"),
        [_("KPI"), _("Stage"), _("Current target"), _("Future target"), _("Better")],
        [
            [
                md_inline(change.kpi.name),
                md_inline(change.stage.name),
                md_inline(change.current_target or _("none")),
                md_inline(change.future_target or _("none")),
                _(BETTER_WORDS[change.kpi.better]),
            ]
            for change in comparison.kpi_targets
        ],
    )
    return lines


def _opportunities(opportunities: Sequence[OpportunityView], lang: Language) -> list[str]:
    """Every opportunity by value, then effort, with its quadrant of the matrix."""
    _ = lang.gettext
    rows = [
        [
            item.label,
            md_inline(item.opportunity.description),
            md_inline(item.stage.name),
            str(item.opportunity.value or NOT_SET),
            str(item.opportunity.effort or NOT_SET),
            _(QUADRANT_WORDS[item.quadrant]) if item.quadrant else NOT_SET,
            _(STATUS_WORDS[item.opportunity.status]),
            md_inline(item.opportunity.owner or NOT_SET),
            "<br>".join(md_inline(pain) for pain in item.resolves),
        ]
        for item in opportunities
    ]
    headers = [_("Opportunity"), _("Stage"), _("Value"), _("Effort"), _("Quadrant")]
    headers += [_("Status"), _("Owner"), _("Resolves")]
    return ["## " + _("Opportunities by value and effort"), "", *md_table(["#", *headers], rows)]


def _findings(view: JourneyView, findings: Sequence[Finding], title: str) -> list[str]:
    _ = view.lang.gettext
    if not findings:
        if view.source:
            return [
                "## " + title,
                "",
                _("No findings in %(source)s.") % {"source": md_inline(view.source)},
            ]
        return ["## " + title, "", _("No findings.")]
    rows = [
        [f"{f.line}:{f.column}", _(f.severity.value), md_inline(f.rule), md_inline(f.message)]
        for f in findings
    ]
    intro = (
        _("What `cjm validate` reports in %(source)s:") % {"source": md_inline(view.source)}
        if view.source
        else _("What `cjm validate` reports:")
    )
    return [
        "## " + title,
        "",
        intro,
        "",
        *md_table([_("Line"), _("Severity"), _("Rule"), _("Message")], rows),
    ]
