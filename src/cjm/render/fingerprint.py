"""Fingerprints: what each output was made from, so unchanged outputs are not redrawn.

Each output's fingerprint hashes everything it was made from: the map's bytes, the
persona documents it names, what decides its findings (lint settings, baseline,
plug-in rules' distributions), the other maps sharing its id, the current or future
maps it is compared with, the format and options, and cjm's version. It leaves out the date: an
output keeps the date it was rendered as of (and the overdue marks of that day) until
something it was made from changes.

The fingerprints live in one manifest in the output directory, ``.cjm-render.json``,
beside the SHA-256 of each output's bytes and the date it was rendered as of. An output
is up to date when all three match: its inputs did not change, nobody edited it by
hand, and it is as of the day asked for (today for ``cjm render``, so rendering on a
new day brings the overdue marks to that day; the date the outputs record for
``--check``, so an unchanged map passes whatever today is). Then ``cjm render`` skips
it and ``cjm render --check`` accepts it without laying out a diagram. The manifest is
bookkeeping, not an output: a missing or unreadable one only means everything is drawn
and compared again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from cjm import __version__
from cjm.output import write_atomic

MANIFEST_NAME = ".cjm-render.json"
_MANIFEST_VERSION = 1


def digest(*parts: str | bytes) -> str:
    """SHA-256 of the parts, each length-prefixed so that no two lists give the same text."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def output_fingerprint(inputs: str, name: str, options: str) -> str:
    """One output's fingerprint: its inputs' digest, its file name and format, the
    options, and the version of cjm that draws it."""
    return digest(__version__, inputs, name, options)


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    sha256: str
    as_of: str
    """``YYYY-MM-DD``: the day the output was rendered as of."""


@dataclass
class Manifest:
    """The fingerprint and content hash of every output of the directory."""

    entries: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def read(cls, root: Path) -> Manifest:
        """The directory's manifest; empty when missing or not one cjm wrote."""
        try:
            data = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
            outputs = data["outputs"] if data.get("manifest") == _MANIFEST_VERSION else {}
            entries = {
                name: Entry(e["fingerprint"], e["sha256"], e["as_of"])
                for name, e in outputs.items()
            }
            return cls(entries)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls()

    def is_current(self, root: Path, name: str, fingerprint: str, as_of: dt.date) -> bool:
        """The output ``name`` was made from these inputs as of that day, and is as cjm
        wrote it."""
        entry = self.entries.get(name)
        if entry is None or entry.fingerprint != fingerprint or entry.as_of != as_of.isoformat():
            return False
        try:
            return content_digest((root / name).read_bytes()) == entry.sha256
        except OSError:
            return False

    def text(self) -> str:
        outputs = {
            name: {"as_of": entry.as_of, "fingerprint": entry.fingerprint, "sha256": entry.sha256}
            for name, entry in sorted(self.entries.items())
        }
        body = {"manifest": _MANIFEST_VERSION, "generator": "cjm", "outputs": outputs}
        return json.dumps(body, indent=1, sort_keys=True) + "\n"

    def write(self, root: Path) -> None:
        """Save the manifest, unless it is unchanged."""
        path = root / MANIFEST_NAME
        text = self.text()
        try:
            if path.read_text(encoding="utf-8") == text:
                return
        except (OSError, ValueError):
            pass
        write_atomic(path, text)
