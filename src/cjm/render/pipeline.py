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
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from cjm.findings import Finding, Severity
from cjm.model import Journey
from cjm.render import RENDERERS, get_renderer
from cjm.render.context import JourneyView, PersonaLookup, build_view
from cjm.render.index import Failure, IndexEntry
from cjm.render.options import RenderOptions
from cjm.render.outputs import OutputDir
from cjm.render.site import SITE_PAGES, Portfolio, persona_page, site_pages
from cjm.render.svg import require_programs
from cjm.validate import FileResult, Validator
from cjm.workspace import real_path, workspace_of

WORKERS = min(8, (os.cpu_count() or 1) + 1)
"""Journeys drawn at once. Most of the time goes to the Graphviz program, which runs
outside Python, so worker threads overlap it with reading and checking the next maps."""


@dataclass
class RenderResult:
    """What a run did: journeys rendered, maps skipped, and the output files."""

    outputs: OutputDir
    journeys: int = 0
    skipped: list[FileResult] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass(frozen=True)
class RenderRequest:
    formats: Sequence[str]
    today: dt.date
    options: RenderOptions = field(default_factory=RenderOptions)
    index: bool = False
    """Also write the portfolio site: ``index.html`` and the pages it links to (done for
    directories)."""


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
    ``cjm validate`` would (pass one that lints with ``request.today``).
    """
    require_programs(request.formats, request.options)
    request = replace(request, options=replace(request.options, site=request.index))
    with ThreadPoolExecutor(WORKERS) as pool:
        return _render_all(paths, outputs, request, progress, pool, validator or Validator())


def _render_all(
    paths: Sequence[Path],
    outputs: OutputDir,
    request: RenderRequest,
    progress: Callable[[], None],
    pool: ThreadPoolExecutor,
    validator: Validator,
) -> RenderResult:
    result = RenderResult(outputs)
    portfolio = Portfolio()
    sources: dict[str, str] = {}
    pending: deque[tuple[list[str], Future[list[str | bytes]]]] = deque()
    for file_result in validator.validate_paths(paths):
        progress()
        source = source_name(Path(file_result.file))
        outputs.protected.add(real_path(Path(file_result.file)))
        document = file_result.document
        if document is None:
            result.skipped.append(file_result)
            result.failures.append(Failure(source, _errors(file_result.findings)))
            continue
        journey = document.model
        if not isinstance(journey, Journey):
            portfolio.add_persona(journey)
            continue
        clash = _name_clash(journey.id, sources, request)
        if clash:
            message = clash
            result.skipped.append(_with_error(file_result, message))
            result.failures.append(Failure(source, [message]))
            continue
        sources[journey.id] = source
        path = Path(file_result.file)
        view = build_view(
            journey,
            today=request.today,
            stale_after_days=validator.linter.config_for(path).stale_after_days,
            findings=file_result.findings,
            source=source,
            personas=persona_lookup(validator, path),
        )
        files = {name: f"{journey.id}.{RENDERERS[name].extension}" for name in request.formats}
        pending.append((list(files.values()), pool.submit(_draw, view, request)))
        portfolio.add_journey(view, IndexEntry.of(view, files, persona_page))
        result.journeys += 1
        if len(pending) > 2 * WORKERS:  # bounded, so memory does not grow with the maps
            _emit(outputs, *pending.popleft())
    while pending:
        _emit(outputs, *pending.popleft())
    if request.index:
        for name, page in site_pages(portfolio, result.failures):
            outputs.emit(name, page)
    return result


def _name_clash(journey_id: str, sources: dict[str, str], request: RenderRequest) -> str | None:
    """Why this journey's files would overwrite others' of this run, if they would."""
    if journey_id in sources:
        return f"journey id {journey_id!r} is also used by {sources[journey_id]}"
    if request.index and f"{journey_id}.html" in SITE_PAGES:
        return f"journey id {journey_id!r} would overwrite the portfolio page {journey_id}.html"
    return None


def _draw(view: JourneyView, request: RenderRequest) -> list[str | bytes]:
    """Every requested output of one journey; runs in a worker thread."""
    return [get_renderer(name)(view, request.options) for name in request.formats]


def _emit(outputs: OutputDir, names: list[str], drawing: Future[list[str | bytes]]) -> None:
    """Write a journey's outputs in the order they were asked for, so runs stay repeatable."""
    for name, content in zip(names, drawing.result(), strict=True):
        outputs.emit(name, content)


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


def persona_lookup(validator: Validator, path: Path) -> PersonaLookup:
    """How the map at ``path`` finds a persona by id: among its workspace's documents."""
    sites = validator.workspace_documents(path).personas
    return lambda persona_id: sites[persona_id][0].persona if persona_id in sites else None
