"""cjm: customer journey maps as code.

The public API is deliberately small and imported lazily, so that
``import cjm`` (and ``cjm --version``) stays instant:

- :meth:`cjm.validate.Validator.validate_paths` checks files and directories and yields
  a result (findings, and the loaded document) per map;
- :func:`cjm.loader.load_document` reads one YAML file into a model with positions.
"""

__version__ = "0.1.0"
