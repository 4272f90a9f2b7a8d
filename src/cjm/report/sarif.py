"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run: ``tool.driver.rules`` lists cjm's rules — each lint rule with its whole
documentation as help text, and the ``yaml``, ``schema`` and ``reference`` checks —,
``tool.extensions`` each plug-in distribution with its rules, and each finding is a
result pointing at its rule. Paths are relative to the repository root
(``uriBaseId: %SRCROOT%``), as code scanning expects wherever cjm ran; columns count
Unicode code points, as YAML marks do.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from cjm import __version__
from cjm.findings import CORE_RULES, Finding, Severity, identity
from cjm.lint.rule import Distribution, Rule
from cjm.lint.rules import RULES
from cjm.report.options import ReportOptions
from cjm.report.paths import repository_path
from cjm.report.summary import Summary

if TYPE_CHECKING:  # annotations only: reporters must not load the validator
    from cjm.validate import FileResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def report(
    results: Iterable[FileResult], stream: TextIO, summary: Summary, options: ReportOptions
) -> None:
    tool = Tool()
    sarif_results: list[dict[str, Any]] = []
    for result in results:
        summary.add(result.findings, result.hidden, result.stale)
        sarif_results.extend(tool.result(finding) for finding in result.findings)
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": tool.as_dict(),
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    stream.write(json.dumps(log, indent=2, ensure_ascii=False, allow_nan=False) + "\n")


class Tool:
    """The run's ``tool``: cjm as the driver, each plug-in distribution as an extension.

    A result names its rule by index in its component, so code scanning shows a plug-in
    rule's help and where it comes from. A ``[[require]]`` rule of a configuration gets
    a descriptor in the driver when it first fires.
    """

    def __init__(self) -> None:
        self.driver = driver_rules()
        self.extensions: dict[Distribution, list[dict[str, Any]]] = {}
        self.where: dict[str, tuple[Distribution | None, int]] = {
            rule["id"]: (None, position) for position, rule in enumerate(self.driver)
        }
        for rule in RULES.values():
            if rule.distribution is not None and not rule.is_builtin:
                descriptors = self.extensions.setdefault(rule.distribution, [])
                self.where[rule.name] = (rule.distribution, len(descriptors))
                descriptors.append(_rule_descriptor(rule))

    def as_dict(self) -> dict[str, Any]:
        tool: dict[str, Any] = {
            "driver": {"name": "cjm", "version": __version__, "rules": self.driver}
        }
        if self.extensions:
            tool["extensions"] = [
                {"name": dist.name, "version": dist.version, "rules": rules}
                for dist, rules in self.extensions.items()
            ]
        return tool

    def result(self, finding: Finding) -> dict[str, Any]:
        if finding.rule not in self.where:
            self.where[finding.rule] = (None, len(self.driver))
            text = "A rule of the workspace's configuration ([[require]] table)."
            self.driver.append(_descriptor(finding.rule, text, text, text, finding.severity))
        distribution, position = self.where[finding.rule]
        if distribution is None:
            reference: dict[str, Any] = {"ruleIndex": position}
        else:
            component = list(self.extensions).index(distribution)
            reference = {
                "rule": {
                    "id": finding.rule,
                    "index": position,
                    "toolComponent": {"index": component},
                }
            }
        return _result(finding, reference)


def driver_rules() -> list[dict[str, Any]]:
    """A reporting descriptor per rule of cjm: the checks before linting, then the
    built-in lint rules."""
    rules = [
        _descriptor(name, text, text, text, Severity.ERROR) for name, text in CORE_RULES.items()
    ]
    rules.extend(_rule_descriptor(rule) for rule in RULES.values() if rule.is_builtin)
    return rules


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    what = rule.sections().get("What it does", rule.summary)
    return _descriptor(rule.name, rule.summary, what, rule.documentation, rule.default_severity)


def _descriptor(
    name: str, short: str, full: str, help_text: str, severity: Severity
) -> dict[str, Any]:
    return {
        "id": name,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS[severity]},
    }


def _result(finding: Finding, reference: dict[str, Any]) -> dict[str, Any]:
    return {
        "ruleId": finding.rule,
        **reference,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.file),
                    "region": {"startLine": finding.line, "startColumn": finding.column},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT: fingerprint(finding)},
    }


FINGERPRINT = "cjmFinding/v1"


def fingerprint(finding: Finding) -> str:
    """The same alert across runs even when lines move: rule, file and the node's path.

    Code scanning matches alerts of successive uploads by these; a line number would
    turn every edit above a finding into one closed and one new alert.
    """
    key = "\0".join(identity(finding, repository_path(finding.file) or finding.file))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def artifact_location(file: str) -> dict[str, str]:
    """A URI relative to the repository root (``%SRCROOT%``); absolute outside a repository."""
    relative = repository_path(file)
    if relative is None:
        return {"uri": Path(file).absolute().as_uri()}
    return {"uri": quote(relative), "uriBaseId": "%SRCROOT%"}
