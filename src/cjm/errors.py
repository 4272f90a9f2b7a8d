"""The tool's own errors: the environment or the command line is wrong, not the user's maps.

Problems in the maps themselves are never exceptions: they are
:class:`cjm.findings.Finding` objects, collected before the exit code is decided.
Every exception here ends the command with exit code 2.
"""


class CjmError(Exception):
    """Base class: the tool could not do its job (exit code 2)."""


class PathNotFoundError(CjmError):
    """A path given on the command line does not exist."""


class NoDocumentsError(CjmError):
    """The paths given hold no cjm document."""


class ConfigError(CjmError):
    """A configuration file or option is invalid."""


class OutputError(CjmError):
    """An output could not be written."""


class PluginError(CjmError):
    """An installed plug-in's rule cannot be used: it does not load, or its name is wrong."""


class UnknownRuleError(CjmError):
    """A rule name given on the command line names no rule."""


class RendererError(CjmError):
    """A renderer is missing or failed, e.g. PNG asked for without the Graphviz programs."""


class UsageError(CjmError):
    """Options that make sense alone but not together, e.g. Mermaid for several journeys."""
