"""Reporters: findings → text, JSON, GitHub workflow commands and SARIF.

``REPORTERS`` maps each ``--format`` name to the module that implements it; a module is
imported only when its format is asked for, so heavy writers cost nothing otherwise.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from cjm.report.options import ReportOptions
    from cjm.report.summary import Summary
    from cjm.validate import FileResult

    Reporter = Callable[[Iterable[FileResult], TextIO, Summary, ReportOptions], None]

REPORTERS: dict[str, str] = {
    "text": "cjm.report.text",
    "json": "cjm.report.json",
    "github": "cjm.report.github",
    "sarif": "cjm.report.sarif",
}

DOCUMENT_FORMATS = frozenset({"json", "sarif"})
"""Formats whose output is one document for a program: extras such as ``--statistics``
go to standard error, so standard output stays parseable."""


def get_reporter(name: str) -> Reporter:
    """The ``report`` function of a format."""
    module = importlib.import_module(REPORTERS[name])
    reporter: Reporter = module.report
    return reporter
