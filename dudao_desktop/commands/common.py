"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..db.engine import NO_IDENTITY, Database
from ..db.opening import open_database
from ..errors import DudaoError
from ..progress import run_to_end


def open_db(args: argparse.Namespace) -> Database:
    database = open_database(args.data_dir)
    if not database.has_identity:
        raise DudaoError(NO_IDENTITY)
    return database


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def run_quietly(work):
    """Run a progress generator, showing a one-line counter when stderr is a terminal."""
    if not sys.stderr.isatty():
        return run_to_end(work)

    def show(done: int, total: int, message: str) -> None:
        sys.stderr.write(f"\r{done}/{total} {message[:60]:<60}")

    try:
        return run_to_end(work, show)
    finally:
        sys.stderr.write("\n")
