"""``cjm render`` as a library: paths in, one file per journey and format out.

Each map goes through ``cjm validate``'s pipeline first, so its report shows the same
findings. A map that does not load (YAML or schema errors) is reported and skipped;
the others are still rendered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cjm.findings import Finding, Severity
from cjm.model import Journey
from cjm.render import RENDERERS, get_renderer
from cjm.render.context import build_view
from cjm.render.index import INDEX_NAME, Failure, IndexEntry, render_index
from cjm.render.options import RenderOptions
from cjm.render.outputs import OutputDir
from cjm.render.sources import PersonaNames, source_name
from cjm.render.svg import require_programs
from cjm.validate import FileResult, Validator


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
    """Also write ``index.html``, the portfolio page (done for directories)."""


def render_paths(
    paths: Sequence[Path],
    outputs: OutputDir,
    request: RenderRequest,
    progress: Callable[[], None] = lambda: None,
) -> RenderResult:
    """Render every journey under ``paths`` into ``outputs``; ``progress`` ticks per file."""
    require_programs(request.formats, request.options)
    validator = Validator()
    personas = PersonaNames(validator)
    result = RenderResult(outputs)
    entries: list[IndexEntry] = []
    sources: dict[str, str] = {}
    for file_result in validator.validate_paths(paths):
        progress()
        source = source_name(Path(file_result.file))
        outputs.protected.add(Path(file_result.file).resolve())
        document = file_result.document
        if document is None:
            result.skipped.append(file_result)
            result.failures.append(Failure(source, _errors(file_result.findings)))
            continue
        journey = document.model
        if not isinstance(journey, Journey):
            continue
        if journey.id in sources:
            message = f"journey id {journey.id!r} is also used by {sources[journey.id]}"
            result.skipped.append(_with_error(file_result, message))
            result.failures.append(Failure(source, [message]))
            continue
        sources[journey.id] = source
        view = build_view(
            journey,
            today=request.today,
            findings=file_result.findings,
            source=source,
            personas=personas.lookup_for(Path(file_result.file)),
        )
        files = {}
        for name in request.formats:
            file_name = f"{journey.id}.{RENDERERS[name].extension}"
            outputs.emit(file_name, get_renderer(name)(view, request.options))
            files[name] = file_name
        entries.append(IndexEntry.of(view, files))
        result.journeys += 1
    if request.index:
        outputs.emit(INDEX_NAME, render_index(entries, result.failures))
    return result


def _errors(findings: Iterable[Finding]) -> list[str]:
    return [
        f"{f.line}:{f.column}: {f.rule}: {f.message}"
        for f in findings
        if f.severity is Severity.ERROR
    ]


def _with_error(result: FileResult, message: str) -> FileResult:
    finding = Finding(result.file, 1, 1, Severity.ERROR, "render", message)
    return FileResult(result.file, [*result.findings, finding], result.document)
