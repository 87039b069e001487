"""Helpers shared by the sub-commands."""

# Imports of db/services/documents are deferred into the functions that use them, so that
# ``dudao --help`` and every command start fast.

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import DudaoError

if TYPE_CHECKING:
    from ..db.engine import Database


def open_db(args: argparse.Namespace) -> Database:
    from ..db.engine import NO_IDENTITY
    from ..db.opening import open_database

    database = open_database(args.data_dir, url=args.database_url)
    if not database.has_identity:
        raise DudaoError(NO_IDENTITY)
    return database


@contextmanager
def opened_db(args: argparse.Namespace) -> Iterator[Database]:
    """``open_db`` for the length of a ``with`` block; the database is disposed of afterwards."""
    database = open_db(args)
    try:
        yield database
    finally:
        database.dispose()


def add_action(
    actions: argparse._SubParsersAction,
    name: str,
    help: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    json_option: bool = False,
    json_help: str | None = None,
) -> argparse.ArgumentParser:
    """Add the sub-command ``name`` run by ``handler``, with a ``--json`` flag if asked for."""
    parser = actions.add_parser(name, help=help)
    if json_option:
        parser.add_argument("--json", action="store_true", help=json_help)
    parser.set_defaults(handler=handler)
    return parser


def print_rows(
    args: argparse.Namespace,
    rows: Iterable[Any],
    line: Callable[[Any], str],
    as_json: Callable[[Any], Any] | None = None,
) -> int:
    """With ``--json`` the rows (each through ``as_json``) as JSON, else one ``line`` a row.

    Returns the command's exit code, 0."""
    if args.json:
        print_json([as_json(row) for row in rows] if as_json else rows)
        return 0
    for row in rows:
        print(line(row))
    return 0


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def run_quietly(work):
    """Run a progress generator, showing a one-line counter when stderr is a terminal."""
    from ..progress import run_to_end

    if not sys.stderr.isatty():
        return run_to_end(work)

    def show(done: int, total: int, message: str) -> None:
        sys.stderr.write(f"\r{done}/{total} {message[:60]:<60}")

    try:
        return run_to_end(work, show)
    finally:
        sys.stderr.write("\n")
