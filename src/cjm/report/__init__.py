"""Reporters: findings → text, JSON, GitHub workflow commands and SARIF.

``REPORTERS`` (a registry, see ``cjm.registry``) maps each ``--format`` name to the
``report`` function that implements it; a module is imported only when its format is
asked for, so heavy writers cost nothing otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TextIO

from cjm.registry import Entry

if TYPE_CHECKING:
    from cjm.report.options import ReportOptions
    from cjm.report.summary import Summary
    from cjm.validate import FileResult

    Reporter = Callable[[Iterable[FileResult], TextIO, Summary, ReportOptions], None]

REPORTERS: dict[str, Entry[Reporter]] = {
    "text": Entry("cjm.report.text:report", "one line per finding, for people"),
    "json": Entry("cjm.report.json:report", "one JSON document, for tools"),
    "github": Entry("cjm.report.github:report", "GitHub Actions workflow annotations"),
    "sarif": Entry("cjm.report.sarif:report", "SARIF 2.1.0, for code scanning"),
}

DOCUMENT_FORMATS = frozenset({"json", "sarif"})
"""Formats whose output is one document for a program: extras such as ``--statistics``
go to standard error, so standard output stays parseable."""


def get_reporter(name: str) -> Reporter:
    """The ``report`` function of a format."""
    return REPORTERS[name].load()
