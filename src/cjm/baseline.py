"""A baseline: the lint findings a repository already had when it adopted cjm.

A team with a hundred imperfect maps cannot fix them all before turning CI on. It writes
today's findings to a baseline file (``--write-baseline``); later runs hide the findings
in it (``--baseline``, or ``baseline = "..."`` in the configuration) and fail only on new
ones. Findings match by rule, file and YAML path, as SARIF fingerprints do
(:func:`~cjm.findings.identity`), never by line, so editing a map above a finding keeps
it hidden. Broken maps (``yaml``, ``schema``, ``reference`` and every other check of
:data:`~cjm.findings.CORE_RULES`) are never baselined: they are not advice to defer.

The file is JSON, one entry per finding, sorted, so it diffs well in a pull request:
``{"cjm-baseline": 1, "findings": [{"rule", "file", "path", "message"}, ...]}``; files
are relative to the baseline's folder.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from cjm.errors import ConfigError, OutputError
from cjm.findings import CORE_RULES, Finding, Severity, identity

if TYPE_CHECKING:  # annotations only: the validator imports this module
    from cjm.validate import FileResult

VERSION = 1
Key = tuple[str, ...]


def _anchored(file: str, folder: Path) -> str:
    """``file`` relative to the baseline's folder, in POSIX form, as entries store it."""
    return Path(os.path.relpath(os.path.abspath(file), folder)).as_posix()


def _entry_key(entry: dict[str, str]) -> Key:
    """An entry's identity, computed as a finding's is."""
    finding = Finding(
        entry["file"], 0, 0, Severity.INFO, entry["rule"], entry["message"], entry["path"]
    )
    return identity(finding, entry["file"], by_position=False)


@dataclass(frozen=True)
class Baseline:
    """The findings of a baseline file, counted by identity and grouped by file."""

    file: Path
    by_file: dict[str, Counter[Key]] = field(default_factory=dict)
    entries: tuple[dict[str, str], ...] = ()

    @classmethod
    def read(cls, file: Path) -> Baseline:
        """Read a baseline; a missing or malformed file is a configuration error."""
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"{file}: baseline not found (write it with `cjm validate PATH... "
                f"--write-baseline {file}`)"
            ) from None
        except json.JSONDecodeError as error:  # file:line:col, like every other finding
            raise ConfigError(
                f"{file}:{error.lineno}:{error.colno}: the baseline is not valid JSON: {error.msg}"
                " (write it again with --write-baseline)"
            ) from None
        except (OSError, UnicodeDecodeError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            raise ConfigError(f"{file}: cannot read the baseline: {reason}") from None
        if not isinstance(data, dict) or data.get("cjm-baseline") != VERSION:
            raise ConfigError(f"{file}: not a cjm baseline (version {VERSION})")
        entries = data.get("findings")
        if not _valid(entries):
            raise ConfigError(f"{file}: not a cjm baseline (version {VERSION})")
        by_file: dict[str, Counter[Key]] = {}
        for entry in entries:
            by_file.setdefault(entry["file"], Counter())[_entry_key(entry)] += 1
        return cls(file, by_file, tuple(entries))

    def key(self, finding: Finding) -> Key:
        return identity(finding, _anchored(finding.file, self.file.parent), by_position=False)

    def apply(self, result: FileResult) -> FileResult:
        """The result without the findings the baseline knows; counts what it hid and
        how many of its entries for this file did not occur."""
        remaining = Counter(self.by_file.get(_anchored(result.file, self.file.parent), {}))
        kept: list[Finding] = []
        for finding in result.findings:
            key = self.key(finding)
            if finding.rule not in CORE_RULES and remaining[key] > 0:
                remaining[key] -= 1
            else:
                kept.append(finding)
        hidden = len(result.findings) - len(kept)
        return replace(result, findings=kept, hidden=hidden, stale=remaining.total())


def _valid(entries: object) -> TypeGuard[list[dict[str, str]]]:
    keys = {"rule", "file", "path", "message"}
    return isinstance(entries, list) and all(
        isinstance(entry, dict) and all(isinstance(entry.get(key), str) for key in keys)
        for entry in entries
    )


@dataclass
class BaselineWriter:
    """Records the lint findings of a run and writes them as the new baseline.

    The run then reports what later runs with this baseline will: the recorded findings
    are hidden. Entries of the old baseline for maps this run did not check are kept
    while the map exists, so writing the baseline for one folder keeps the others.
    """

    file: Path
    entries: list[dict[str, str]] = field(default_factory=list)
    checked: set[str] = field(default_factory=set)

    def watch(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        for result in results:
            self.checked.add(_anchored(result.file, self.file.parent))
            kept = [finding for finding in result.findings if finding.rule in CORE_RULES]
            for finding in result.findings:
                if finding.rule not in CORE_RULES:
                    self.entries.append(self._entry(finding))
            yield replace(result, findings=kept, hidden=len(result.findings) - len(kept))

    def _entry(self, finding: Finding) -> dict[str, str]:
        return {
            "rule": finding.rule,
            "file": _anchored(finding.file, self.file.parent),
            "path": finding.path,
            "message": finding.message,
        }

    def write(self) -> int:
        """Write the baseline atomically; the number of findings it holds."""
        entries = self.entries + self._kept_from_before()
        entries.sort(key=lambda e: (e["file"], e["rule"], e["path"], e["message"]))
        text = json.dumps({"cjm-baseline": VERSION, "findings": entries}, indent=2)
        temporary = self.file.with_name(f".{self.file.name}.tmp")
        try:
            temporary.write_text(text + "\n", encoding="utf-8")
            os.replace(temporary, self.file)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            reason = error.strerror or error
            raise OutputError(f"{self.file}: cannot write the baseline: {reason}") from None
        return len(entries)

    def _kept_from_before(self) -> list[dict[str, str]]:
        if not self.file.is_file():
            return []
        previous = Baseline.read(self.file)
        folder = self.file.parent
        return [
            entry
            for entry in previous.entries
            if entry["file"] not in self.checked and (folder / entry["file"]).is_file()
        ]
