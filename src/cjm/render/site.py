"""The portfolio site of a rendered directory: what a CX lead scans across many maps.

Besides one report per journey, a directory render writes

- ``index.html``: a card per journey, grouped by tag;
- ``personas/<id>.html``: a persona and every journey it appears in;
- ``actions.html``: every open action, by owner, overdue first, then by due date;
- ``kpis.html``: every KPI with its journey, stage, current value and target.

:class:`Portfolio` collects small summaries while the maps stream past (never whole
views, so a thousand maps do not sit in memory) and :func:`site_pages` lays them out.
Every page links to the others through the same navigation bar and makes no request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from cjm.i18n import N_, Language
from cjm.measurements.trend import Trend
from cjm.model import Persona
from cjm.render.context import NOT_SET, JourneyView, PersonaView
from cjm.render.index import INDEX_NAME, SPARK_HEIGHT, SPARK_WIDTH, Failure, IndexEntry

PERSONAS_DIR = "personas"
ACTIONS_NAME = "actions.html"
KPIS_NAME = "kpis.html"
SITE_PAGES = (INDEX_NAME, ACTIONS_NAME, KPIS_NAME)
"""Pages of the site beside the journey reports; a journey id must not take their names."""
_TEMPLATES = {
    INDEX_NAME: "index.html.j2",
    ACTIONS_NAME: "actions.html.j2",
    KPIS_NAME: "kpis.html.j2",
}
UNTAGGED = "untagged"
"""The group of journeys without tags, shown last."""


def persona_page(persona_id: str) -> str:
    """Where a persona's page is, relative to the output directory."""
    return f"{PERSONAS_DIR}/{persona_id}.html"


@dataclass(frozen=True)
class JourneyRef:
    """A journey as other pages name it: title, and its report when there is one."""

    id: str
    title: str
    href: str | None


@dataclass(frozen=True)
class ActionEntry:
    """One open action of the portfolio, pointing at its place in the journey's report."""

    journey: JourneyRef
    id: str
    description: str
    owner: str | None
    due: dt.date | None
    status: str
    overdue: bool
    pain_label: str
    stage: str

    @property
    def href(self) -> str | None:
        return f"{self.journey.href}#action-{self.id}" if self.journey.href else None

    def sort_key(self) -> tuple[bool, dt.date, str, str]:
        """Overdue first, then the nearest due date; undated actions last."""
        return (not self.overdue, self.due or dt.date.max, self.journey.title.casefold(), self.id)


@dataclass(frozen=True)
class KpiEntry:
    """One KPI of the portfolio, judged against its target."""

    journey: JourneyRef
    id: str
    stage: str
    name: str
    current: str
    target: str
    status: str
    css: str
    better: str
    source: str | None
    trend: Trend | None
    """The KPI's measurements, put into words in the site's language; None without any."""
    last_change: str | None
    """``improved``, ``regressed`` or ``unchanged`` since the previous measurement."""

    @property
    def href(self) -> str | None:
        return f"{self.journey.href}#kpi-{self.id}" if self.journey.href else None


@dataclass
class PersonaEntry:
    """A persona's page: the card, and the journeys mapped for it."""

    id: str
    name: str
    segment: str | None
    persona: Persona | None
    """The full definition, when a document or an inline entry gave one."""
    journeys: list[JourneyRef] = field(default_factory=list)

    @property
    def href(self) -> str:
        return persona_page(self.id)


@dataclass(frozen=True)
class Group:
    """Journeys sharing a tag."""

    tag: str
    entries: list[IndexEntry]


@dataclass(frozen=True)
class JourneySummary:
    """What the site shows of one journey: small, so a worker process can send it back."""

    entry: IndexEntry
    ref: JourneyRef
    actions: list[ActionEntry]
    kpis: list[KpiEntry]
    personas: list[PersonaView]

    @classmethod
    def of(cls, view: JourneyView, files: dict[str, str]) -> JourneySummary:
        """``files`` maps each rendered format to its file name in the output directory."""
        entry = IndexEntry.of(view, files, persona_page)
        ref = JourneyRef(view.id, view.title, entry.link.href if entry.link else None)
        return cls(
            entry, ref, list(_open_actions(view, ref)), list(_kpis(view, ref)), view.personas
        )


@dataclass
class Portfolio:
    """Everything the site's pages show, collected one journey at a time."""

    entries: list[IndexEntry] = field(default_factory=list)
    actions: list[ActionEntry] = field(default_factory=list)
    kpis: list[KpiEntry] = field(default_factory=list)
    personas: dict[str, PersonaEntry] = field(default_factory=dict)
    by_id: dict[str, IndexEntry] = field(default_factory=dict)
    """Entries by journey id: a card looks up its current and future maps here, in
    constant time, so the index of a thousand maps is not quadratic to draw."""
    improvers: dict[str, list[IndexEntry]] = field(default_factory=dict)
    """Entries by the id of the journey they improve."""

    def add_journey(self, summary: JourneySummary) -> None:
        entry = summary.entry
        self.entries.append(entry)
        self.by_id.setdefault(entry.id, entry)
        if entry.improves:
            self.improvers.setdefault(entry.improves, []).append(entry)
        self.actions.extend(summary.actions)
        self.kpis.extend(summary.kpis)
        ref = summary.ref
        for persona in summary.personas:
            self._persona(persona.id, persona.name, persona.segment, persona.persona)
            self.personas[persona.id].journeys.append(ref)

    def add_persona(self, persona: Persona) -> None:
        """A persona document under the rendered paths: it gets a page even if unused."""
        self._persona(persona.id, persona.name, persona.segment, persona)

    def _persona(self, pid: str, name: str, segment: str | None, model: Persona | None) -> None:
        known = self.personas.get(pid)
        if known is None:
            self.personas[pid] = PersonaEntry(pid, name, segment, model)
        elif known.persona is None and model is not None:
            known.name, known.segment, known.persona = name, segment, model

    def groups(self) -> list[Group]:
        """Journeys by tag, tags in alphabetical order, untagged ones last.

        A journey with several tags shows in each of their groups. Tags that differ only
        in case (``AISAS``, ``aisas``) are one group, named as the first map spells it:
        two groups would read the same to a screen reader.
        """
        spelling: dict[str, str] = {}
        by_tag: dict[str, list[IndexEntry]] = {}
        for entry in self.sorted_entries():
            for tag in dict.fromkeys(t.casefold() for t in entry.tags) or [UNTAGGED]:
                spelling.setdefault(tag, next((t for t in entry.tags if t.casefold() == tag), tag))
                by_tag.setdefault(tag, []).append(entry)
        order = sorted(by_tag, key=lambda tag: (tag == UNTAGGED, tag, spelling[tag]))
        return [Group(spelling[tag], by_tag[tag]) for tag in order]

    def entry(self, journey_id: str) -> IndexEntry | None:
        """The journey rendered with this id, if any."""
        return self.by_id.get(journey_id)

    def improved_by(self, journey_id: str) -> list[IndexEntry]:
        """The future maps of the site that improve this journey, by title."""
        return sorted(self.improvers.get(journey_id, []), key=_by_title)

    def sorted_entries(self) -> list[IndexEntry]:
        return sorted(self.entries, key=_by_title)

    def actions_by_owner(self) -> list[tuple[str | None, list[ActionEntry]]]:
        """Open actions grouped by owner (alphabetical; no owner last), overdue first."""
        owners: dict[str | None, list[ActionEntry]] = {}
        for action in self.actions:
            owners.setdefault(action.owner, []).append(action)
        order = sorted(owners, key=lambda owner: (owner is None, (owner or "").casefold()))
        return [(owner, sorted(owners[owner], key=ActionEntry.sort_key)) for owner in order]

    def sorted_kpis(self) -> list[KpiEntry]:
        """Off target first, then by journey; within a journey in stage order."""
        return sorted(self.kpis, key=lambda kpi: (kpi.css != "off", kpi.journey.title.casefold()))

    def sorted_personas(self) -> list[PersonaEntry]:
        return sorted(self.personas.values(), key=lambda p: (p.name.casefold(), p.id))


def _by_title(entry: IndexEntry) -> tuple[str, str]:
    return (entry.title.casefold(), entry.id)


def _open_actions(view: JourneyView, ref: JourneyRef) -> Iterator[ActionEntry]:
    for stage in view.stages:
        for action in stage.actions:
            if action.action.is_open:
                model = action.action
                yield ActionEntry(
                    ref,
                    model.id,
                    model.description,
                    model.owner,
                    model.due,
                    model.status,
                    action.overdue,
                    action.pain_label,
                    stage.name,
                )


def _kpis(view: JourneyView, ref: JourneyRef) -> Iterator[KpiEntry]:
    for stage in view.stages:
        for kpi in stage.kpis:
            yield KpiEntry(
                ref,
                kpi.kpi.id,
                stage.name,
                kpi.kpi.name,
                kpi.current or NOT_SET,
                kpi.target or NOT_SET,
                kpi.status,
                kpi.css,
                kpi.kpi.better,
                kpi.kpi.source,
                kpi.trend,
                kpi.last_change,
            )


@dataclass(frozen=True)
class NavLink:
    label: str
    href: str
    current: bool


NAVIGATION = (
    (N_("Journeys"), INDEX_NAME),
    (N_("Personas"), f"{INDEX_NAME}#personas"),
    (N_("Actions"), ACTIONS_NAME),
    (N_("KPIs"), KPIS_NAME),
)


def navigation(page: str, lang: Language) -> list[NavLink]:
    """The bar at the top of every page of the site, with links relative to ``page``, in
    the page's language."""
    up = "../" * page.count("/")
    return [NavLink(lang.gettext(label), up + href, href == page) for label, href in NAVIGATION]


def site_pages(
    portfolio: Portfolio, failures: Sequence[Failure], as_of: dt.date, lang: Language
) -> Iterator[tuple[str, str]]:
    """Each page of the site as (name relative to the output directory, HTML) in ``lang``;
    ``as_of`` is the day overdue actions and reviews were judged on, recorded in every page."""
    for number in range(len(site_page_names(portfolio))):
        yield site_page(portfolio, failures, as_of, lang, number)


def site_page_names(portfolio: Portfolio) -> list[str]:
    """The names of the site's pages, in the order :func:`site_pages` draws them."""
    return [*SITE_PAGES, *(persona.href for persona in portfolio.sorted_personas())]


def site_page(
    portfolio: Portfolio,
    failures: Sequence[Failure],
    as_of: dt.date,
    lang: Language,
    number: int,
) -> tuple[str, str]:
    """The site's page ``number`` alone (see :func:`site_page_names`): pages can be drawn
    in different processes."""
    from cjm.render.html import render_template

    name = site_page_names(portfolio)[number]
    context: dict[str, object] = {}
    if number < len(SITE_PAGES):
        template = f"{name}.j2"  # index.html.j2 draws index.html
        if name == INDEX_NAME:
            context["failures"] = failures
    else:
        template = "persona.html.j2"
        context["persona"] = portfolio.sorted_personas()[number - len(SITE_PAGES)]
    html = render_template(
        template,
        lang,
        nav=navigation(name, lang),
        untagged=UNTAGGED,
        up="../" * name.count("/"),
        portfolio=portfolio,
        as_of=as_of,
        spark_width=SPARK_WIDTH,
        spark_height=SPARK_HEIGHT,
        **context,
    )
    return name, html
