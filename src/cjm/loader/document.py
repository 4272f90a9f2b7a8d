"""Load one cjm document from a file."""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from yaml.nodes import MappingNode, Node

from cjm.findings import Finding, Report, Severity, format_path, shorten
from cjm.loader.compose import LoadError, compose, position_of
from cjm.loader.construct import Constructor, LimitExceeded, NodeProblem, check_expansion
from cjm.loader.limits import Limits
from cjm.loader.schema_errors import schema_findings
from cjm.loader.sourcemap import SourceMap
from cjm.model import FORMAT_VERSION, Journey, PersonaDocument
from cjm.text import did_you_mean

CJM_KEY = re.compile(r"^cjm[ \t]*:", re.MULTILINE)
"""How a cjm document is recognised in a directory: a top-level ``cjm:`` line."""
_CJM_KEY_BYTES = re.compile(rb"^(?:\xef\xbb\xbf)?cjm[ \t]*:", re.MULTILINE)

MODELS: dict[str, type[Journey] | type[PersonaDocument]] = {
    "journey": Journey,
    "persona": PersonaDocument,
}


@dataclass(frozen=True)
class LoadedDocument:
    """A document that passed the schema: its model and how to find its lines."""

    file: str
    text: str
    source: SourceMap
    model: Journey | PersonaDocument


@dataclass
class LoadResult:
    """What reading one file gave: a document, findings, or both empty for a non-cjm file."""

    file: str
    document: LoadedDocument | None = None
    findings: list[Finding] = field(default_factory=list)
    is_cjm: bool = True


DEFAULT_LIMITS = Limits()


def load_document(
    path: Path,
    *,
    display: str | None = None,
    explicit: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> LoadResult:
    """Read ``path``; with ``explicit=False`` a file without a ``cjm:`` line is skipped.

    The line is looked for in the raw bytes, so a YAML file that is not a map is skipped
    whatever its encoding or size (a Latin-1 Helm chart, a 20 MB OpenAPI document),
    while a map is still told exactly what is wrong with it.
    """
    file = display or str(path)
    try:
        raw, size = _read_bytes(path, limits)
        if not explicit and not _has_cjm_key(raw):
            return LoadResult(file, is_cjm=False)
        _check_size(size, limits)
        text = _decode(raw, limits)
    except LoadError as error:
        return LoadResult(file, findings=[_yaml_finding(file, error)])
    return load_text(text, file, limits=limits)


def load_bytes(raw: bytes, display: str, *, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Load a document that does not live in a file, e.g. ``git show REV:path`` output.

    The same checks as for a file apply (size, binary content, UTF-8); ``display`` names
    the document in findings.
    """
    try:
        text = _decode(raw, limits)
    except LoadError as error:
        return LoadResult(display, findings=[_yaml_finding(display, error)])
    return load_text(text, display, limits=limits)


def load_text(text: str, display: str, *, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Load a document from text already decoded; ``display`` names it in findings."""
    file = display  # the name every finding carries
    try:
        root = compose(text, limits)
        data = _construct(root, limits)
    except LoadError as error:
        return LoadResult(file, findings=[_yaml_finding(file, error)])
    assert root is not None  # _construct rejects empty documents
    source = SourceMap(root)
    model = _model_for(data, source, file)
    if isinstance(model, Finding):
        return LoadResult(file, findings=[model])
    too_big = _over_count_limit(data, source, file, limits)
    if too_big is not None:
        return LoadResult(file, findings=[too_big])
    try:
        document = model.model_validate(data)
    except ValidationError as error:
        return LoadResult(file, findings=list(schema_findings(error, model, source, file)))
    return LoadResult(file, LoadedDocument(file, text, source, document))


def _read_bytes(path: Path, limits: Limits) -> tuple[bytes, int]:
    """The file's bytes, never more than one past the size limit, and its real size."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO or device would block or never end
            raise LoadError("not a regular file")
        with path.open("rb") as stream:
            return stream.read(limits.max_file_size + 1), status.st_size
    except OSError as error:
        raise LoadError(f"cannot read file: {error.strerror or error}") from None


def _has_cjm_key(raw: bytes) -> bool:
    """Whether a file found in a folder is meant as a cjm document: a ``cjm:`` line, also
    in UTF-16 text (with its BOM), which is then reported instead of silently skipped."""
    if _CJM_KEY_BYTES.search(raw):
        return True
    return _is_utf16(raw) and CJM_KEY.search(raw.decode("utf-16", "replace")) is not None


def _is_utf16(raw: bytes) -> bool:
    """Whether the bytes start with a UTF-16 byte order mark (either byte order)."""
    return raw[:2] in (b"\xff\xfe", b"\xfe\xff")


def _check_size(size: int, limits: Limits) -> None:
    if size > limits.max_file_size:
        raise LoadError(
            f"file is {size:,} bytes, over the limit of {limits.max_file_size:,} bytes"
            f"{_RAISE_HINT.format(key='max-file-size')}"
        )


def _decode(raw: bytes, limits: Limits) -> str:
    _check_size(len(raw), limits)
    if _is_utf16(raw):
        raise LoadError(
            "UTF-16 text (it starts with a UTF-16 byte order mark): cjm reads YAML as UTF-8; "
            "save the file as UTF-8"
        )
    if b"\x00" in raw:
        raise LoadError("binary file (or UTF-16 text): cjm reads YAML as UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start].decode("utf-8", "replace")
        line, column = position_of(before, len(before))  # columns count characters
        raise LoadError(
            f"not valid UTF-8 ({error.reason} at byte {error.start}): save the file as UTF-8",
            line,
            column,
        ) from None


def _construct(root: Node | None, limits: Limits) -> dict[str, Any]:
    if root is None:
        raise LoadError("empty document: a cjm document starts with `cjm: 1`")
    if not isinstance(root, MappingNode):
        raise LoadError(
            "expected a mapping of keys (starting with `cjm: 1`) at the top level",
            root.start_mark.line + 1,
            root.start_mark.column + 1,
        )
    constructor = Constructor(limits)
    try:
        data = constructor.construct(root)
        if constructor.saw_alias:
            check_expansion(root, limits)
    except LimitExceeded as error:
        raise _problem_error(error.problem) from None
    if constructor.problems:
        raise _problem_error(constructor.problems[0], more=len(constructor.problems) - 1)
    assert isinstance(data, dict)
    return data


def _problem_error(problem: NodeProblem, more: int = 0) -> LoadError:
    suffix = f" (and {more} more problem{'s' if more > 1 else ''} like it)" if more else ""
    return LoadError(problem.message + suffix, problem.line, problem.column)


def _model_for(
    data: dict[str, Any], source: SourceMap, file: str
) -> type[Journey] | type[PersonaDocument] | Finding:
    """Pick the model from ``cjm`` and ``kind``: an unknown version is an error, never a guess."""
    if "cjm" not in data:
        return _schema_finding(
            source, (), file, "missing `cjm: 1`: every cjm document starts with its format version"
        )
    problem = _version_problem(data["cjm"])
    if problem:
        return _schema_finding(source, ("cjm",), file, problem)
    kind = data.get("kind", "journey")
    if not isinstance(kind, str) or kind not in MODELS:
        return _schema_finding(
            source,
            ("kind",),
            file,
            f"unknown kind {shorten(kind)}: expected {' or '.join(MODELS)}"
            + (did_you_mean(kind, set(MODELS)) if isinstance(kind, str) else ""),
        )
    return MODELS[kind]


def _version_problem(version: object) -> str | None:
    """What is wrong with the value of ``cjm:``, if anything."""
    expected = f"`cjm: {FORMAT_VERSION}`"
    if version is None:
        return f"missing format version: write {expected}"
    if isinstance(version, str):
        text = shorten(version)
        return f"the format version is the number {FORMAT_VERSION}, not the text {text}: {expected}"
    if isinstance(version, bool) or not isinstance(version, int):
        return f"the format version is a whole number, got {shorten(version)}: write {expected}"
    if version != FORMAT_VERSION:
        return f"unsupported format version {version}: this cjm reads {expected}"
    return None


_RAISE_HINT = " (raise `{key}` under [limits] in cjm.toml if this map is meant to be so big)"


def _over_count_limit(
    data: dict[str, Any], source: SourceMap, file: str, limits: Limits
) -> Finding | None:
    """A journey with more stages or touchpoints than the limits allow."""
    stages = data.get("stages")
    if not isinstance(stages, list):
        return None
    touchpoints = sum(
        len(stage["touchpoints"])
        for stage in stages
        if isinstance(stage, dict) and isinstance(stage.get("touchpoints"), list)
    )
    for count, limit, what, key in (
        (len(stages), limits.max_stages, "stages", "max-stages"),
        (touchpoints, limits.max_touchpoints, "touchpoints", "max-touchpoints"),
    ):
        if count > limit:
            message = f"{count:,} {what}, over the limit of {limit:,}{_RAISE_HINT.format(key=key)}"
            return _schema_finding(source, ("stages",), file, message)
    return None


def _schema_finding(source: SourceMap, path: tuple[str, ...], file: str, message: str) -> Finding:
    located = source.locate(path)
    return Finding(
        file, located.line, located.column, Severity.ERROR, "schema", message, ".".join(path)
    )


def _yaml_finding(file: str, error: LoadError) -> Finding:
    return Finding(file, error.line, error.column, Severity.ERROR, "yaml", error.message)


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
