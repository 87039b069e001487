"""Installation-level commands: init, info, demo, verify, backup, restore."""

# Imports of db/services are deferred into the handlers, so that ``dudao --help`` and every
# command start fast.

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..paths import database_path
from .common import open_db, print_json, run_quietly


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("init", help="create this installation's database and identity")
    p.add_argument("--role", choices=["office", "field"], required=True)
    p.add_argument("--name", required=True, help="display name, e.g. the office or the group")
    p.add_argument("--user", default="", help="the person using this installation")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("info", help="role, database, schema revision and record counts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_info)

    p = commands.add_parser("demo", help="build an office database with the demo campaign")
    p.add_argument("--units", type=int, default=420, help="number of units (default 420)")
    p.add_argument("--seed", type=int, default=2024, help="random seed (same seed, same data)")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("verify", help="check the database and every evidence file")
    p.add_argument("--quick", action="store_true", help="skip re-hashing evidence files")
    p.set_defaults(handler=cmd_verify)

    p = commands.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser(
        "migrate-to",
        help="move this office's database to the database server (checked, all or nothing)",
    )
    p.add_argument(
        "--database-url",
        dest="target_url",
        required=True,
        help="an empty PostgreSQL database, e.g. postgresql+psycopg://dudao@server/dudao",
    )
    p.set_defaults(handler=cmd_migrate_to)

    p = commands.add_parser(
        "restore",
        help="replace the database with a backup copy (on a server: fill the empty database "
        "of --database-url from the backup)",
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    from ..services import installation

    database = installation.init_installation(
        args.data_dir, args.role, args.name, args.user, url=args.database_url
    )
    where = database.engine.url.render_as_string(hide_password=True)
    if not database.is_server:
        where = str(args.data_dir)
    print(f"Created {args.role} installation '{args.name}' in {where}")
    if database.is_server:
        print(password_note(database.engine.url))
    database.dispose()
    return 0


def password_note(url) -> str:
    """Where the server password of ``url`` is kept from now on."""
    from ..db.connection import keyring_available

    if url.password is None:
        return "No password in the address: the server's own sign-in (e.g. ~/.pgpass) is used."
    if keyring_available():
        return "The password is kept in the system keyring."
    return (
        "No system keyring here, so the password was not saved: give it with "
        "DUDAO_DATABASE_URL or in ~/.pgpass for each run."
    )


def cmd_info(args: argparse.Namespace) -> int:
    from ..services import info

    database = open_db(args)
    try:
        facts = info.describe(database)
    finally:
        database.dispose()
    if args.json:
        print_json(facts)
        return 0
    for key in ("name", "role", "user", "database", "schema_revision"):
        print(f"{key:16} {facts[key]}")
    for table, count in facts["counts"].items():
        print(f"  {table:26} {count:>8}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services import demo

    if args.units < 1:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "--units must be at least 1."))
    database = demo.create_demo(
        args.data_dir, units=args.units, seed=args.seed, url=args.database_url
    )
    database.dispose()
    print(f"Demo campaign with {args.units} units written to {args.data_dir}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ..services import integrity

    database = open_db(args)
    try:
        report = run_quietly(integrity.verify(database, full=not args.quick))
    finally:
        database.dispose()
    if report.ok:
        print(f"Database and {report.files_checked} evidence files are sound.")
        return 0
    for finding in report.findings:
        print(finding)
    raise DudaoError(
        QT_TRANSLATE_NOOP("Errors", "{count} problems found; see the lines above."),
        count=len(report.findings),
    )


def cmd_backup(args: argparse.Namespace) -> int:
    from ..db.backup import backup_database

    database = open_db(args)
    try:
        if args.out.exists():
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "{file} already exists; choose a new file name."),
                file=str(args.out),
            )
        backup_database(database.engine, args.out)
    finally:
        database.dispose()
    print(f"Backup written to {args.out}")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from ..db.connection import parse_url
    from ..db.transfer import move_to_server

    url = parse_url(args.target_url)
    if url.get_backend_name() == "sqlite":
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the address of the database server, e.g. postgresql+psycopg://..."
            )
        )
    database = open_db(args)
    if database.is_server:
        database.dispose()
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "This office's database is already on a server.")
        )
    if database.role != "office":
        database.dispose()
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Only the office's database moves to a server; a laptop keeps its own."
            )
        )
    file = database_path(args.data_dir)
    counts = run_quietly(move_to_server(database.engine, args.data_dir, file, url))
    print(
        f"Moved {sum(counts.values())} rows of {len(counts)} tables "
        f"({counts.get('change_log', 0)} change-log entries) to "
        f"{url.render_as_string(hide_password=True)}; all counts and the change log match."
    )
    print(f"Evidence files stay in {args.data_dir / 'evidence'}.")
    print(password_note(url))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..db.backup import restore_sqlite
    from ..db.connection import configured_url
    from ..db.transfer import restore_to_server

    if not args.file.is_file():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "{file} does not exist."), file=str(args.file))
    server = configured_url(args.data_dir, args.database_url)
    if server is not None and server.get_backend_name() != "sqlite":
        counts = run_quietly(restore_to_server(args.file, server))
        where = server.render_as_string(hide_password=True)
        print(f"Restored {args.file} ({sum(counts.values())} rows) into {where}")
        return 0
    target = database_path(args.data_dir)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    restore_sqlite(args.file, target)
    print(f"Restored {args.file} into {target}")
    return 0
