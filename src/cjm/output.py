"""Writing output files safely: atomically, and only where they belong."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cjm.errors import OutputError


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def make_directory(path: Path) -> Path:
    """Create ``path`` and its parents as needed; a clear error when that is impossible."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} is a file, not a directory")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create directory {path}: {error.strerror or error}") from None
    return path


def write_atomic(path: Path, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8) to ``path`` through a temporary file and a rename.

    Missing parent directories are created. Readers see the old file or the new one,
    never half of it; an interrupted write leaves no partial file behind.
    """
    make_directory(path.parent)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        try:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, 0o666 & ~_UMASK)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    return path


def write_new(path: Path, text: str, *, force: bool = False) -> Path:
    """Write a file the user asked to create; an existing file is kept unless ``force``."""
    if path.is_dir():
        raise OutputError(f"{path} is a directory; give a file name")
    if path.exists() and not force:
        raise OutputError(f"{path} already exists; use --force to overwrite it")
    return write_atomic(path, text)
