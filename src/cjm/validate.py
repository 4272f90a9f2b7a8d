"""``cjm validate`` as a library: paths in, one result per cjm document out.

The pipeline runs per file — load (``yaml``, ``schema``), then checks on the model
(``reference``, then lint rules) — and yields each file's findings as soon as they are
known, so memory does not grow with the number of files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cjm.errors import NoDocumentsError
from cjm.findings import Finding, Report, Severity, format_path
from cjm.loader import Limits, LoadedDocument, load_document
from cjm.model import Journey, PersonaDocument
from cjm.references import REFERENCE_RULE, check_references
from cjm.workspace import PersonaIndex, PersonaSite, iter_candidates, workspace_of


@dataclass(frozen=True)
class FileResult:
    """All findings for one cjm document, sorted by position."""

    file: str
    findings: list[Finding]
    document: LoadedDocument | None = None


@dataclass
class Validator:
    """Checks documents; keeps the per-workspace persona index between files."""

    limits: Limits = field(default_factory=Limits)
    personas: PersonaIndex = field(init=False)

    def __post_init__(self) -> None:
        self.personas = PersonaIndex(self.limits)

    def validate_paths(self, paths: Iterable[Path]) -> Iterator[FileResult]:
        """Yield a result for every cjm document under ``paths``.

        Raises :class:`~cjm.errors.NoDocumentsError` at the end if there was none.
        """
        found = False
        for candidate in iter_candidates(paths):
            loaded = load_document(
                candidate.path,
                display=candidate.display,
                explicit=candidate.explicit,
                limits=self.limits,
            )
            if not loaded.is_cjm:
                continue
            found = True
            findings = list(loaded.findings)
            if loaded.document is not None:
                findings.extend(self.check(loaded.document, candidate.path))
            yield FileResult(loaded.file, sorted(findings, key=Finding.sort_key), loaded.document)
        if not found:
            names = ", ".join(str(path) for path in paths)
            raise NoDocumentsError(
                f"no cjm document found in {names} (a cjm document is a .yaml/.yml file "
                "with a top-level `cjm:` key)"
            )

    def check(self, document: LoadedDocument, path: Path) -> Iterator[Finding]:
        """Checks that need the model: references across the workspace."""
        sites = self.personas.sites(workspace_of(path))
        model = document.model
        if isinstance(model, Journey):
            reports = check_references(model, sites.keys())
        else:
            reports = _persona_duplicates(model, sites, path)
        for report in reports:
            yield to_finding(document, report, REFERENCE_RULE, Severity.ERROR)


def _persona_duplicates(
    persona: PersonaDocument, sites: dict[str, list[PersonaSite]], path: Path
) -> Iterator[Report]:
    others = [site for site in sites.get(persona.id, []) if site.file != path.resolve()]
    if others:
        where = ", ".join(f"{site.file.name}:{site.line}" for site in others)
        yield Report(("id",), f"persona id {persona.id!r} is also defined in {where}")


def to_finding(document: LoadedDocument, report: Report, rule: str, severity: Severity) -> Finding:
    """Give a check's report its file, line and column."""
    located = document.source.locate(report.path)
    return Finding(
        document.file,
        located.line,
        located.column,
        severity,
        rule,
        report.message,
        format_path(report.path),
    )
