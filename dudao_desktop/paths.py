"""Where things live: bundled resources and the user's data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "dudao-desktop"
DATABASE_FILE = "dudao.sqlite3"


def resource_dir() -> Path:
    """The bundled ``resources/`` folder, from source or from a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data directory: explicit override, then ``DUDAO_DATA_DIR``, then the platform's."""
    chosen = override or os.environ.get("DUDAO_DATA_DIR")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()


def database_path(directory: Path) -> Path:
    return directory / DATABASE_FILE
