"""``cjm render`` as a library: paths in, one file per journey and format out.

This module joins the two branches of the data flow — it checks maps with the
:class:`~cjm.validate.Validator` and draws them with :mod:`cjm.render` — so the
renderers themselves never depend on the linter.

Each map goes through ``cjm validate``'s pipeline first, so its report shows the same
findings. A map that does not load (YAML or schema errors) is reported and skipped;
the others are still rendered.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from cjm.findings import Finding, Severity
from cjm.i18n import Language, language, resolve
from cjm.model import Journey, Persona
from cjm.references import improved_journey
from cjm.render import RENDERERS, get_renderer
from cjm.render.context import JourneyView, PersonaLookup, ReportLinks, build_view
from cjm.render.fingerprint import Entry, Manifest, content_digest, digest, output_fingerprint
from cjm.render.index import Failure
from cjm.render.options import RenderOptions
from cjm.render.outputs import Outcome, OutputDir
from cjm.render.site import (
    SITE_PAGES,
    JourneySummary,
    Portfolio,
    site_page,
    site_page_names,
    site_pages,
)
from cjm.render.svg import require_programs
from cjm.validate import (
    FileResult,
    Validator,
    default_jobs,
    process_context,
    worker_context,
    worker_validator,
)
from cjm.workspace import (
    Candidate,
    WorkspaceDocuments,
    iter_candidates,
    real_path,
    workspace_of,
)

THREADS = min(8, (os.cpu_count() or 1) + 1)
"""Journeys drawn at once in one process. Much of the time goes to the Graphviz program,
which runs outside Python, so threads overlap it with reading the next maps."""
POOL_MIN_FILES = 8
"""From this many files on, maps are checked and drawn in worker processes."""


@dataclass
class RenderResult:
    """What a run did: journeys rendered, maps skipped, and the output files.

    ``with_errors`` holds maps that loaded but have errors (an unknown persona, say):
    they are rendered, their reports list the errors, and the run still fails."""

    outputs: OutputDir
    journeys: int = 0
    skipped: list[FileResult] = field(default_factory=list)
    with_errors: list[FileResult] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass(frozen=True)
class RenderRequest:
    formats: Sequence[str]
    today: dt.date
    options: RenderOptions = field(default_factory=RenderOptions)
    index: bool = False
    """Also write the portfolio site: ``index.html`` and the pages it links to (done for
    directories)."""
    lang: str | None = None
    """``--lang``: the language of every report, before each map's own ``lang`` field and
    the workspace's configured ``lang``."""
    jobs: int = 0
    """Worker processes (0: one per CPU). With 1, or fewer than ``POOL_MIN_FILES`` files,
    everything runs in this process, with Graphviz overlapped in threads."""


@dataclass(frozen=True)
class Output:
    name: str
    fingerprint: str
    content: str | bytes | None
    """``None`` when the file is up to date (its fingerprint matched): not drawn; or
    when a worker process wrote it (``written``)."""
    written: tuple[Outcome, str] | None = None
    """What the worker that wrote (or compared) the file did, and the file's digest."""


@dataclass(frozen=True)
class Prepared:
    """One map checked, with its outputs decided: what to draw and what is up to date."""

    result: FileResult
    """Its findings; no document, so it travels back from a worker cheaply."""
    inputs: str = ""
    """The digest of everything the map's outputs are made from (empty if it did not load)."""
    persona: Persona | None = None
    summary: JourneySummary | None = None
    view: JourneyView | None = None
    outputs: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    """format → (file name, fingerprint, up to date)."""


@dataclass(frozen=True)
class Drawn:
    prepared: Prepared
    outputs: list[Output]


@dataclass(frozen=True)
class Job:
    """What every map of a run shares; sent once to each worker process."""

    request: RenderRequest
    manifest: Manifest
    root: Path
    rendered: tuple[Path, ...]
    """The rendered paths, resolved: reports link only to maps under them."""
    writer: OutputDir | None = None
    """Where worker processes write the outputs of the maps in ``writers`` themselves,
    so that their content is neither sent to the parent nor written there, one by one."""
    writers: Mapping[Path, str] = field(default_factory=dict)
    """Resolved map → its journey id, for the maps whose outputs no other map of the run
    can claim (their id is unique among the workspaces' maps)."""

    def prepare(self, validator: Validator, candidate: Candidate) -> Prepared | None:
        """Check the map and decide its outputs; ``None`` if it is not a cjm document."""
        checked = validator.check_candidate(candidate)
        if checked is None:
            return None
        result = replace(checked, document=None)
        if checked.document is None:
            return Prepared(result)
        model = checked.document.model
        path = Path(checked.file)
        if not isinstance(model, Journey):
            return Prepared(result, digest(path.read_bytes()), persona=model)
        source = source_name(path)
        config = validator.linter.config_for(path)
        workspace = validator.workspace_documents(path)
        baseline = improved_journey(model, workspace.journey)
        links = report_links(model, baseline, workspace, self.rendered)
        view = build_view(
            model,
            today=self.request.today,
            stale_after_days=config.stale_after_days,
            findings=checked.findings,
            source=source,
            personas=persona_lookup(validator, path),
            lang=language(resolve(self.request.lang, model.lang, config.lang)),
            baseline=baseline,
            links=links,
        )
        inputs = map_inputs(validator, path, model, source, links)
        options = f"{self.request.options!r} lang={view.lang.code}"
        outputs = {}
        for fmt in self.request.formats:
            name = f"{model.id}.{RENDERERS[fmt].extension}"
            fingerprint = output_fingerprint(inputs, name, options)
            outputs[fmt] = (
                name,
                fingerprint,
                self.manifest.is_current(self.root, name, fingerprint, self.request.today),
            )
        files = {fmt: name for fmt, (name, _, _) in outputs.items()}
        return Prepared(result, inputs, None, JourneySummary.of(view, files), view, outputs)

    def render(self, validator: Validator, candidates: list[Candidate]) -> list[Drawn | None]:
        """Check and draw a batch of maps, laying out all their diagrams in one Graphviz
        run when SVG is asked for."""
        prepared = [self.prepare(validator, candidate) for candidate in candidates]
        svgs = self._svgs([p for p in prepared if p is not None])
        return [None if p is None else self.draw(p, svgs) for p in prepared]

    def _svgs(self, prepared: list[Prepared]) -> dict[str, str]:
        """SVG file name → SVG of every diagram of the batch that is not up to date."""
        from cjm.render.svg import render_svgs

        wanted = [
            (p.outputs["svg"][0], p.view)
            for p in prepared
            if "svg" in p.outputs and not p.outputs["svg"][2] and p.view is not None
        ]
        drawn = render_svgs([view for _, view in wanted], self.request.options)
        return {name: svg for (name, _), svg in zip(wanted, drawn, strict=True)}

    def draw(self, prepared: Prepared, ready: dict[str, str] | None = None) -> Drawn:
        """Draw the outputs that are not up to date (the slow part: Graphviz, templates);
        ``ready`` holds outputs already drawn, by file name."""
        drawn = []
        writes = self._writes(prepared)
        for fmt, (name, fingerprint, current) in prepared.outputs.items():
            content: str | bytes | None = None
            if ready and name in ready:
                content = ready[name]
            elif not current and prepared.view is not None:
                content = get_renderer(fmt)(prepared.view, self.request.options)
            if writes and self.writer is not None and content is not None:
                data = content.encode("utf-8") if isinstance(content, str) else content
                _, outcome = self.writer.write(name, data)
                drawn.append(Output(name, fingerprint, None, (outcome, content_digest(data))))
            else:
                drawn.append(Output(name, fingerprint, content))
        return Drawn(replace(prepared, view=None), drawn)

    def _writes(self, prepared: Prepared) -> bool:
        """Whether this process writes the map's outputs itself (see ``writers``)."""
        if prepared.summary is None:
            return False
        path = real_path(Path(prepared.result.file))
        return self.writers.get(path) == prepared.summary.entry.id


def map_inputs(
    validator: Validator, path: Path, journey: Journey, source: str, links: ReportLinks
) -> str:
    """The digest of what a journey's outputs are made from, today's date excepted: the
    map, the persona documents it names, what decides its findings, its rows of the
    measurement data files, the maps sharing its id, and the current map it improves or
    the future maps improving it."""
    workspace = validator.workspace_documents(path)
    parts: list[str | bytes] = [path.read_bytes(), source, *validator.findings_inputs(path)]
    for entry in journey.personas:
        if isinstance(entry, str):
            sites = workspace.personas.get(entry, [])
            parts += [entry, *(site.file.read_bytes() for site in sites)]
            if not sites:  # the finding suggests the nearest id the workspace has
                parts += sorted(workspace.personas)
    parts.append(repr(validator.measurement_data(path).rows_of(journey.id)))
    parts += [f"{site.file}:{site.line}" for site in workspace.journeys.get(journey.id, [])]
    related = [journey.improves or "", *workspace.improved_by.get(journey.id, [])]
    for identifier in related:
        parts += [
            identifier,
            *(s.file.read_bytes() for s in workspace.journeys.get(identifier, [])),
        ]
    parts += [links.improves.id if links.improves else "", *links.improved_by]
    return digest(*parts)


def render_paths(
    paths: Sequence[Path],
    outputs: OutputDir,
    request: RenderRequest,
    progress: Callable[[], None] = lambda: None,
    *,
    validator: Validator | None = None,
) -> RenderResult:
    """Render every journey under ``paths`` into ``outputs``; ``progress`` ticks per file.

    ``validator`` checks each map first, so its report lists the same findings as
    ``cjm validate`` would (pass one that lints with ``request.today``). Outputs whose
    fingerprint matches the directory's manifest are not drawn again.
    """
    require_programs(request.formats, request.options)
    request = replace(request, options=replace(request.options, site=request.index))
    validator = validator or Validator()
    rendered = tuple(real_path(path) for path in paths)
    job = Job(request, Manifest.read(outputs.root), outputs.root, rendered)
    jobs = request.jobs or default_jobs()
    site_lang = language(resolve(request.lang, validator.linter.config_for(paths[0]).lang))
    run = _Run(outputs, request, job.manifest, jobs, site_lang)
    if jobs > 1:
        job = _writing_in_workers(job, validator, paths, outputs)
        results = validator.each_batch(
            paths,
            _render_in_worker,
            jobs=jobs,
            min_files=POOL_MIN_FILES,
            local=lambda candidates: job.render(validator, candidates),
            context=job,
            on_data_file=_data_file,
        )
        for drawn in results:
            progress()
            run.add(drawn)
        return run.finish()
    with ThreadPoolExecutor(THREADS) as pool:
        for drawn in _in_threads(validator, paths, job, pool):
            progress()
            run.add(drawn)
    return run.finish()


def _writing_in_workers(
    job: Job, validator: Validator, paths: Sequence[Path], outputs: OutputDir
) -> Job:
    """The job with its workers writing the outputs of the maps no other map can clash
    with; the parent still writes the others, after checking for clashes, as before.

    The worker's output directory protects every input of the workspaces, as the
    parent's does the inputs it has seen.
    """
    candidates = {real_path(candidate.path) for candidate in iter_candidates(paths)}
    roots = sorted({workspace_of(path) for path in candidates})
    sites: dict[str, list[Path]] = {}
    inputs = set(candidates)
    for root in roots:
        workspace = validator.workspace_documents(root)
        for identifier, found in workspace.journeys.items():
            sites.setdefault(identifier, []).extend(site.file for site in found)
        inputs.update(site.file for found in workspace.personas.values() for site in found)
        inputs.update(real_path(file) for file in validator.data_files(root))
    writers = {
        found[0]: identifier
        for identifier, found in sites.items()
        if len(found) == 1
        and found[0] in candidates
        and not (job.request.index and f"{identifier}.html" in SITE_PAGES)
    }
    writer = OutputDir(outputs.root, outputs.check, protected=inputs | outputs.protected)
    return replace(job, writer=writer, writers=writers)


def _data_file(result: FileResult) -> Drawn:
    """A measurement data file: an input of the maps, with no output of its own."""
    return Drawn(Prepared(result), [])


def _render_in_worker(candidates: list[Candidate]) -> list[Drawn | None]:
    job = worker_context()
    assert isinstance(job, Job), "worker not started by render_paths"
    return job.render(worker_validator(), candidates)


def _in_threads(
    validator: Validator, paths: Sequence[Path], job: Job, pool: ThreadPoolExecutor
) -> Iterator[Drawn]:
    """Check maps here, one at a time, while threads draw the previous ones."""
    pending: deque[Future[Drawn]] = deque()
    prepare = partial(job.prepare, validator)
    for prepared in validator.each_file(paths, prepare, on_data_file=Prepared):
        pending.append(pool.submit(job.draw, prepared))
        if len(pending) > 2 * THREADS:  # bounded, so memory does not grow with the maps
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@dataclass
class _Run:
    """The parent's side of a run: outputs written in path order, the site at the end."""

    outputs: OutputDir
    request: RenderRequest
    manifest: Manifest
    jobs: int
    """Processes that may draw the site's pages."""
    lang: Language
    """The site's language: ``--lang``, else the configured one (whatever each map's own)."""
    result: RenderResult = field(init=False)
    portfolio: Portfolio = field(default_factory=Portfolio)
    sources: dict[str, str] = field(default_factory=dict)
    recorded: Manifest = field(default_factory=Manifest)
    site_inputs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.result = RenderResult(self.outputs)

    def add(self, drawn: Drawn) -> None:
        prepared = drawn.prepared
        file_result = prepared.result
        source = source_name(Path(file_result.file))
        self.outputs.protected.add(real_path(Path(file_result.file)))
        if file_result.data_file:  # an input of the maps, never an output of its own
            errors = _errors(file_result.findings)
            if errors:
                self._fail(file_result, source, errors)
        elif prepared.persona is not None:
            self.portfolio.add_persona(prepared.persona)
            self.site_inputs += [source, prepared.inputs]
        elif prepared.summary is None:
            self._fail(file_result, source, _errors(file_result.findings))
        elif clash := _name_clash(prepared.summary.entry.id, self.sources, self.request):
            self._fail(_with_error(file_result, clash), source, [clash])
        else:
            self.sources[prepared.summary.entry.id] = source
            for output in drawn.outputs:
                self._emit(output)
            self.portfolio.add_journey(prepared.summary)
            self.site_inputs += [source, prepared.inputs, *(o.name for o in drawn.outputs)]
            self.result.journeys += 1
            if any(finding.is_broken_input for finding in file_result.findings):
                self.result.with_errors.append(file_result)

    def _fail(self, file_result: FileResult, source: str, messages: list[str]) -> None:
        self.result.skipped.append(file_result)
        self.result.failures.append(Failure(source, messages))
        self.site_inputs += [source, *messages]

    def _emit(self, output: Output) -> None:
        if output.written is not None:  # by a worker process
            outcome, sha = output.written
            self.outputs.record(self.outputs.root / output.name, outcome)
        elif output.content is None:
            self.outputs.skip(output.name)
            self.recorded.entries[output.name] = self.manifest.entries[output.name]
            return
        else:
            data = output.content
            sha = content_digest(data.encode("utf-8") if isinstance(data, str) else data)
            self.outputs.emit(output.name, data)
        as_of = self.request.today.isoformat()
        self.recorded.entries[output.name] = Entry(output.fingerprint, sha, as_of)

    def finish(self) -> RenderResult:
        if self.request.index:
            self._site()
        if not self.outputs.check and self.recorded.entries:
            self.recorded.write(self.outputs.root)
        return self.result

    def _site(self) -> None:
        """The site's pages, unless every one is up to date: they show every map, so
        they are drawn again when any map, persona or failure changed."""
        inputs = digest(*self.site_inputs)
        options = f"{self.request.options!r} lang={self.lang.code}"
        names = site_page_names(self.portfolio)
        fingerprints = {name: output_fingerprint(inputs, name, options) for name in names}
        root = self.outputs.root
        today = self.request.today
        if all(self.manifest.is_current(root, n, f, today) for n, f in fingerprints.items()):
            pages: Iterable[Output] = (Output(n, f, None) for n, f in fingerprints.items())
        else:
            drawn = _site_pages(self.portfolio, self.result.failures, today, self.lang, self.jobs)
            pages = (Output(name, fingerprints[name], html) for name, html in drawn)
        for page in pages:
            self._emit(page)


def _site_pages(
    portfolio: Portfolio, failures: list[Failure], as_of: dt.date, lang: Language, jobs: int
) -> Iterable[tuple[str, str]]:
    """The site's pages in ``lang``, drawn in ``jobs`` processes when there are enough
    maps: the index and the KPI page of a thousand maps take seconds each, and nothing
    else is left to do beside them. Forked workers inherit the portfolio instead of
    receiving it."""
    if jobs < 2 or len(portfolio.entries) < POOL_MIN_FILES:
        return site_pages(portfolio, failures, as_of, lang)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=process_context(),
        initializer=_start_site_worker,
        initargs=(portfolio, failures, as_of, lang.code),
    ) as pool:
        return list(pool.map(_site_page_in_worker, range(len(site_page_names(portfolio)))))


_site: tuple[Portfolio, list[Failure], dt.date, str] | None = None


def _start_site_worker(
    portfolio: Portfolio, failures: list[Failure], as_of: dt.date, lang: str
) -> None:
    global _site
    _site = (portfolio, failures, as_of, lang)


def _site_page_in_worker(number: int) -> tuple[str, str]:
    assert _site is not None, "worker not started by _site_pages"
    portfolio, failures, as_of, lang = _site
    return site_page(portfolio, failures, as_of, language(lang), number)


def _name_clash(journey_id: str, sources: dict[str, str], request: RenderRequest) -> str | None:
    """Why this journey's files would overwrite others' of this run, if they would."""
    if journey_id in sources:
        return f"journey id {journey_id!r} is also used by {sources[journey_id]}"
    if request.index and f"{journey_id}.html" in SITE_PAGES:
        return f"journey id {journey_id!r} would overwrite the portfolio page {journey_id}.html"
    return None


def _errors(findings: Iterable[Finding]) -> list[str]:
    return [
        f"{f.line}:{f.column}: {f.rule}: {f.message}"
        for f in findings
        if f.severity is Severity.ERROR
    ]


def _with_error(result: FileResult, message: str) -> FileResult:
    finding = Finding(result.file, 1, 1, Severity.ERROR, "render", message)
    return FileResult(result.file, [*result.findings, finding], result.document)


def source_name(path: Path) -> str:
    """The map's path relative to its workspace: the same whatever the working directory."""
    resolved = real_path(path)
    try:
        return resolved.relative_to(workspace_of(resolved)).as_posix()
    except ValueError:
        return path.name


def report_links(
    journey: Journey,
    baseline: Journey | None,
    workspace: WorkspaceDocuments,
    rendered: Sequence[Path],
) -> ReportLinks:
    """Links between a current map's report and those of the future maps improving it.

    Only to maps under the rendered paths, whose reports land next to this one.
    """

    def is_rendered(identifier: str) -> bool:
        sites = workspace.journeys.get(identifier, [])
        return len(sites) == 1 and any(sites[0].file.is_relative_to(p) for p in rendered)

    improved_by = sorted(
        {other for other in workspace.improved_by.get(journey.id, []) if is_rendered(other)}
    )
    improves = baseline if baseline is not None and is_rendered(baseline.id) else None
    return ReportLinks(improves, improved_by)


def persona_lookup(validator: Validator, path: Path) -> PersonaLookup:
    """How the map at ``path`` finds a persona by id: among its workspace's documents."""
    sites = validator.workspace_documents(path).personas
    return lambda persona_id: sites[persona_id][0].persona if persona_id in sites else None
