"""``cjm validate`` as a library: paths in, one result per cjm document out.

The pipeline runs per file — load (``yaml``, ``schema``), then checks on the model
(``reference``, then lint rules) — and yields each file's findings as soon as they are
known, so memory does not grow with the number of files. Each result carries the fail
level of its workspace, so :class:`Failures` can decide the exit code while a reporter
streams the results.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from cjm.baseline import Baseline
from cjm.errors import NoDocumentsError
from cjm.findings import Finding, Report, Severity
from cjm.lint.config import is_failure, workspace_data_files
from cjm.lint.engine import Linter
from cjm.lint.rule import Workspace
from cjm.lint.rules import RULES
from cjm.loader import LoadedDocument, load_document
from cjm.loader.document import to_finding
from cjm.measurements import MeasurementData, index_data_files, merge_measurements
from cjm.model import Journey
from cjm.references import REFERENCE_RULE, check_references, improved_journey
from cjm.workspace import (
    Candidate,
    Site,
    WorkspaceDocuments,
    WorkspaceIndex,
    iter_candidates,
    real_path,
    relative_to_cwd,
    workspace_of,
)

if TYPE_CHECKING:
    import multiprocessing.context

R = TypeVar("R")

PARALLEL_MIN_FILES = 64
"""Below this many files, starting worker processes costs more than it saves."""
_CHUNK = 16


@dataclass(frozen=True)
class FileResult:
    """All findings for one cjm document, sorted by position."""

    file: str
    findings: list[Finding]
    document: LoadedDocument | None = None
    fail_on: str = "warning"
    """The lowest lint severity that fails the run for this file (``never``: none does;
    YAML, schema and reference errors always do)."""
    data_file: bool = False
    """A CSV data file of KPI measurements rather than a cjm document."""
    hidden: int = 0
    """Findings a baseline hid (they are not in ``findings``)."""
    stale: int = 0
    """Entries of the baseline for this file that no finding matched any more."""

    def failures(self) -> int:
        """How many findings are at or above the fail level."""
        return sum(1 for finding in self.findings if is_failure(finding, self.fail_on))


@dataclass
class Failures:
    """Counts failing findings while the results stream through to a reporter."""

    count: int = 0

    def watch(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        for result in results:
            self.count += result.failures()
            yield result


@dataclass
class Validator:
    """Checks documents; keeps the per-workspace index of persona and journey ids.

    With ``skip_non_cjm``, files named explicitly are treated like files found in a
    folder: skipped unless they are cjm documents, and finding none is no error. That is
    what pre-commit needs, since it passes every changed YAML file.
    """

    linter: Linter = field(default_factory=Linter)
    skip_non_cjm: bool = False
    lint: bool = True
    """Run the lint rules; commands that only read maps (export, stats) turn it off."""
    baseline: Path | None = None
    """The baseline for every map (``--baseline``) instead of each configuration's."""
    use_baselines: bool = True
    """Hide the findings of baselines; off while a new baseline is written."""
    workspaces: WorkspaceIndex = field(init=False)
    _measurements: dict[Path, MeasurementData] = field(init=False, default_factory=dict)
    _baselines: dict[Path, Baseline] = field(init=False)

    def __post_init__(self) -> None:
        self.workspaces = WorkspaceIndex()
        self._baselines = {}

    def validate_paths(self, paths: Iterable[Path], *, jobs: int = 1) -> Iterator[FileResult]:
        """Yield a result for every cjm document under ``paths``, in path order.

        With ``jobs`` above 1 and enough files, files are checked in that many worker
        processes; results then carry no ``document`` (it stays in the worker).

        Raises :class:`~cjm.errors.NoDocumentsError` at the end if there was none
        (unless ``skip_non_cjm``), and :class:`~cjm.errors.ConfigError` for a broken
        configuration of a workspace.
        """
        return self.each_file(
            paths,
            _check_in_worker,
            jobs=jobs,
            local=self.check_candidate,
            on_data_file=lambda result: result,
        )

    def each_file(
        self,
        paths: Iterable[Path],
        task: Callable[[Candidate], R | None],
        *,
        jobs: int = 1,
        min_files: int = PARALLEL_MIN_FILES,
        local: Callable[[Candidate], R | None] | None = None,
        context: object = None,
        on_data_file: Callable[[FileResult], R] | None = None,
    ) -> Iterator[R]:
        """``task`` of every file under ``paths`` that is a cjm document, in path order.

        ``task`` returns ``None`` for a file that is not a cjm document. With ``jobs``
        above 1 and at least ``min_files`` files it runs in that many worker processes
        (a top-level function, so it can be sent there; it finds this validator through
        :func:`worker_validator`, and ``context`` through :func:`worker_context`);
        otherwise ``local`` (default: ``task``) runs here. The workspaces' measurement
        data files come first, each through ``on_data_file`` (left out without it).
        Raises :class:`~cjm.errors.NoDocumentsError` at the end if there was none
        (unless ``skip_non_cjm``), and :class:`~cjm.errors.ConfigError` for a broken
        configuration of a workspace.
        """
        return self.each_batch(
            paths,
            partial(_one_by_one, task),
            jobs=jobs,
            min_files=min_files,
            local=partial(_one_by_one, local or task),
            context=context,
            on_data_file=on_data_file,
        )

    def each_batch(
        self,
        paths: Iterable[Path],
        task: Callable[[list[Candidate]], list[R | None]],
        *,
        jobs: int = 1,
        min_files: int = PARALLEL_MIN_FILES,
        local: Callable[[list[Candidate]], list[R | None]] | None = None,
        context: object = None,
        on_data_file: Callable[[FileResult], R] | None = None,
    ) -> Iterator[R]:
        """Like :meth:`each_file`, but ``task`` takes a batch of files and returns a result
        for each: work that is cheaper done for many files at once (one Graphviz run for
        many diagrams). Here, without workers, ``local`` gets one file at a time."""
        paths = list(paths)
        candidates = list(iter_candidates(paths))
        roots = {workspace_of(candidate.path) for candidate in candidates}
        for root in roots:  # a broken configuration or baseline stops the run before any output
            self.linter.config_for(root)
            self.baseline_for(root)
        if on_data_file is not None:
            yield from map(on_data_file, self._data_file_results(sorted(roots)))
        if jobs > 1 and len(candidates) >= min_files:
            results: Iterable[R | None] = self._in_workers(task, candidates, roots, jobs, context)
        else:
            run = local or task
            results = chain.from_iterable(run([candidate]) for candidate in candidates)
        found = False
        for result in results:
            if result is not None:
                found = True
                yield result
        if not found and not self.skip_non_cjm:
            names = ", ".join(str(path) for path in paths)
            raise NoDocumentsError(
                f"no cjm document found in {names} (a cjm document is a .yaml/.yml file "
                "with a top-level `cjm:` key)"
            )

    def check_candidate(self, candidate: Candidate) -> FileResult | None:
        """Load and check one file; ``None`` when it is not a cjm document."""
        config = self.linter.config_for(candidate.path)
        loaded = load_document(
            candidate.path,
            display=candidate.display,
            explicit=candidate.explicit and not self.skip_non_cjm,
            limits=config.limits,
        )
        if not loaded.is_cjm:
            return None
        findings = list(loaded.findings)
        document = loaded.document
        if document is not None:
            if isinstance(document.model, Journey):
                rows = self.measurement_data(candidate.path).rows_of(document.model.id)
                document, problems = merge_measurements(document, rows)
                findings.extend(problems)
            findings.extend(self.check(document, candidate.path))
        result = FileResult(loaded.file, _distinct(findings), document, config.fail_on)
        baseline = self.baseline_for(candidate.path)
        return result if baseline is None else baseline.apply(result)

    def measurement_data(self, path: Path) -> MeasurementData:
        """The rows of the data files of the workspace of ``path``, read once per workspace."""
        root = workspace_of(path)
        if root not in self._measurements:
            files = self.data_files(root)
            journeys = self.workspace_documents(root).journeys.keys() if files else ()
            self._measurements[root] = index_data_files(files, journeys)
        return self._measurements[root]

    def data_files(self, root: Path) -> list[Path]:
        """The measurement data files of the workspace at ``root``: inputs of its maps."""
        return workspace_data_files(root, self.linter.config_for(root))

    def _data_file_results(self, roots: Iterable[Path]) -> Iterator[FileResult]:
        """One result per data file of the workspaces: they are inputs like the maps."""
        for root in roots:
            fail_on = self.linter.config_for(root).fail_on
            for file, findings in self.measurement_data(root).findings.items():
                findings = sorted(findings, key=Finding.sort_key)
                yield FileResult(file, findings, None, fail_on, data_file=True)

    def baseline_file(self, path: Path) -> Path | None:
        """The baseline file that applies to ``path``; None when none does."""
        if not self.use_baselines or not self.lint:
            return None
        return self.baseline or self.linter.config_for(path).baseline

    def findings_inputs(self, path: Path) -> list[str | bytes]:
        """What decides the findings of the map at ``path`` besides its workspace: its
        lint settings, the baseline that hides some, and the plug-in distributions that
        add rules (``cjm render`` fingerprints its reports with them)."""
        parts: list[str | bytes] = [repr(self.linter.config_for(path))]
        baseline = self.baseline_file(path)
        if baseline is not None:
            parts += [str(baseline), baseline.read_bytes() if baseline.is_file() else b""]
        plugins = {rule.distribution for rule in RULES.values() if not rule.is_builtin}
        return parts + sorted(f"{dist.name} {dist.version}" for dist in plugins if dist)

    def baseline_for(self, path: Path) -> Baseline | None:
        """The baseline that applies to ``path``, read once; None when there is none."""
        file = self.baseline_file(path)
        if file is None:
            return None
        if file not in self._baselines:
            self._baselines[file] = Baseline.read(file)
        return self._baselines[file]

    def _in_workers(
        self,
        task: Callable[[list[Candidate]], list[R | None]],
        candidates: list[Candidate],
        roots: set[Path],
        jobs: int,
        context: object,
    ) -> Iterator[R | None]:
        """Run ``task`` in worker processes, streaming results back in order.

        Each workspace's index is built once here, before the workers start, instead of
        once in every worker. The process pool is imported here: a run of one file, the
        editor's and pre-commit's case, never pays for it.
        """
        from concurrent.futures import ProcessPoolExecutor

        for root in roots:  # without data files, measurement_data does not scan it
            self.workspace_documents(root)
            self.measurement_data(root)
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=process_context(),
            initializer=_start_worker,
            initargs=(self, context),
        ) as pool:
            size = _chunk(len(candidates), jobs)
            batches = [candidates[i : i + size] for i in range(0, len(candidates), size)]
            for results in pool.map(task, batches):
                yield from results

    def workspace_documents(self, path: Path) -> WorkspaceDocuments:
        """The ids defined by the documents of the workspace of ``path``."""
        root = workspace_of(path)
        return self.workspaces.documents(root, self.linter.config_for(root).limits)

    def check(self, document: LoadedDocument, path: Path) -> Iterator[Finding]:
        """Checks that need the model: references across the workspace, then lint."""
        workspace = self.workspace_documents(path)
        model = document.model
        if isinstance(model, Journey):
            reports: Iterable[Report] = chain(
                check_references(
                    model,
                    workspace.personas.keys(),
                    _persona_hint(workspace, workspace_of(path)),
                    workspace.journeys.keys(),
                    workspace.journey,
                ),
                _defined_elsewhere("journey", model.id, workspace.journeys, path),
            )
        else:
            reports = _defined_elsewhere("persona", model.id, workspace.personas, path)
        for report in reports:
            yield to_finding(document, report, REFERENCE_RULE, Severity.ERROR)
        if self.lint:
            baseline = (
                improved_journey(model, workspace.journey) if isinstance(model, Journey) else None
            )
            config = self.linter.config_for(path)
            yield from self.linter.lint(document, config, baseline, workspace=Workspace(workspace))


def _persona_hint(workspace: WorkspaceDocuments, root: Path) -> Callable[[str, str], str]:
    """Why a persona id is unknown: a file that lacks its ``cjm:`` line, or defines the id
    as a journey (no ``kind: persona``), a near miss, or none in the folder that was
    searched — always naming that folder, so a newcomer sees where cjm looked."""
    folder = relative_to_cwd(root)

    def hint(persona_id: str, near_miss: str) -> str:
        unmarked = workspace.unmarked_personas.get(persona_id)
        if unmarked:
            return (
                f": {relative_to_cwd(unmarked[0])} defines id {persona_id} but has no `cjm: 1` "
                f"line, so it is not read as a persona (searched the workspace folder {folder})"
            )
        if journeys := workspace.journeys.get(persona_id):
            return (
                f": {relative_to_cwd(journeys[0].file)} defines id {persona_id} as a journey; "
                f"add `kind: persona` to it to make it a persona (searched the workspace folder "
                f"{folder})"
            )
        if near_miss:
            return f"{near_miss}; searched the workspace folder {folder}"
        return (
            f": no persona document in the workspace folder {folder} defines it; define it "
            "in a persona document (`kind: persona`) there or inline under `personas`"
        )

    return hint


def _defined_elsewhere(
    kind: str, identifier: str, sites: Mapping[str, Sequence[Site]], path: Path
) -> Iterator[Report]:
    """A journey or persona id that another document of the workspace uses too."""
    others = [site for site in sites.get(identifier, []) if site.file != real_path(path)]
    if others:
        where = ", ".join(f"{relative_to_cwd(site.file)}:{site.line}" for site in others)
        yield Report(("id",), f"{kind} id {identifier!r} is also used by {where}")


def _distinct(findings: list[Finding]) -> list[Finding]:
    """Findings sorted by position, each said once.

    A node repeated through an alias sits at one place in the file, so the same message
    about it would otherwise be printed once per repetition.
    """
    unique: dict[tuple[int, int, str, str], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.line, finding.column, finding.rule, finding.message), finding)
    return sorted(unique.values(), key=Finding.sort_key)


def default_jobs() -> int:
    """One worker per CPU this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def process_context() -> multiprocessing.context.BaseContext:
    """How worker processes start. On Linux, fork starts them in milliseconds with every
    module already imported and the parent's data inherited; elsewhere the platform's
    default (spawn) is the safe choice."""
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


_worker: Validator | None = None
_context: object = None


def _start_worker(validator: Validator, context: object) -> None:
    global _worker, _context
    _worker, _context = validator, context


def worker_validator() -> Validator:
    """The validator a worker process was started with (see :meth:`Validator.each_file`)."""
    assert _worker is not None, "worker not started"
    return _worker


def worker_context() -> object:
    """What the run that started this worker process shares with every task."""
    return _context


def _check_in_worker(candidate: Candidate) -> FileResult | None:
    result = worker_validator().check_candidate(candidate)
    return None if result is None else replace(result, document=None)


def _one_by_one(task: Callable[[Candidate], R | None], batch: list[Candidate]) -> list[R | None]:
    return [task(candidate) for candidate in batch]


def _chunk(files: int, jobs: int) -> int:
    """Files sent to a worker at a time: few round trips, yet the work stays balanced."""
    return max(1, min(_CHUNK, files // (jobs * 4)))
