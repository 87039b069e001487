"""A rotating log file in the data directory: tracebacks go there, not to the user."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "dudao.log"


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_FILE


def setup_logging(data_dir: Path) -> Path | None:
    """Send log records to ``logs/dudao.log`` (1 MB x 5); silently skip if not writable."""
    path = log_path(data_dir)
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # Alembic announces every plugin and migration step at INFO: keep the log readable.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
