"""cjm: customer journey maps as code.

The public API is deliberately small and imported lazily, so that
``import cjm`` (and ``cjm --version``) stays instant:

- :meth:`cjm.validate.Validator.validate_paths` checks files and directories and yields
  a result (findings, and the loaded document) per map;
- :func:`cjm.loader.load_document` reads one YAML file into a model with positions.
"""

__version__ = "0.1.0"
"""The one place the version is written: the build reads it from here (``pyproject.toml``,
``[tool.hatch.version]``), so ``cjm --version`` and the package metadata agree. A release
is the commit tagged ``v`` + this version."""

DISTRIBUTION = "cjmaps"
"""The name cjm is installed under (``pip install cjmaps``); the command and the import
package are ``cjm``. The name ``cjm`` on the package index belongs to another project."""
