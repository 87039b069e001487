"""Atomic output files: a temporary file beside the target, fsynced, then renamed over it.

A crash or an error while a PDF or a workbook is written never leaves a half-written file
under its final name.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import DudaoError


@contextmanager
def atomic_output(path: str | os.PathLike, missing_folder: str) -> Iterator[BinaryIO]:
    """Yield a binary handle whose content replaces ``path`` only when the block succeeds.

    ``missing_folder`` is the error template (with ``{folder}``) for a folder that does not
    exist.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise DudaoError(missing_folder, folder=str(target.parent))
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
