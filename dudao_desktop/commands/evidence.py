"""``dudao evidence``: add, import, list, export, remove, restore and purge evidence files."""

# Imports of services are deferred into the handlers, so that ``dudao --help`` and every
# command start fast (``evidence_sources`` is only constants and file checks: no database).

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..services.evidence_sources import DEFAULT_MAX_SIZE, MB, MEDIA_KINDS
from .common import open_db, print_json, run_quietly

if TYPE_CHECKING:
    from ..services.evidence import Link


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("evidence", help="evidence files (佐证材料) of a unit")
    sub = p.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)

    a = sub.add_parser("add", help="store files (or folders) as evidence of a unit")
    _unit_and_item(a)
    a.add_argument("--caption", default="", help="a caption for every file added")
    a.add_argument("--by", default=None, help="who captured them (default: this user)")
    _max_size(a)
    a.add_argument("files", nargs="+", type=Path, metavar="FILE")
    a.set_defaults(handler=cmd_add)

    i = sub.add_parser("import", help="import what is new in a camera or scanner folder")
    _unit_and_item(i)
    _max_size(i)
    i.add_argument("folder", type=Path, metavar="FOLDER")
    i.set_defaults(handler=cmd_import)

    ls = sub.add_parser("list", help="list a unit's evidence")
    ls.add_argument("--unit", required=True, metavar="CODE", help="the unit's USCC")
    ls.add_argument("--item", metavar="CODE", help="only this checklist item, e.g. A01")
    ls.add_argument("--kind", choices=MEDIA_KINDS)
    ls.add_argument("--removed", action="store_true", help="list removed evidence instead")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(handler=cmd_list)

    e = sub.add_parser("export", help="copy a unit's evidence to a folder with a manifest")
    e.add_argument("--unit", required=True, metavar="CODE", help="the unit's USCC")
    e.add_argument("--out", required=True, type=Path, metavar="DIR", help="a new or empty folder")
    e.set_defaults(handler=cmd_export)

    r = sub.add_parser("remove", help="remove evidence (it can be restored)")
    r.add_argument("ids", nargs="+", metavar="ID")
    r.set_defaults(handler=cmd_remove)

    r = sub.add_parser("restore", help="restore removed evidence")
    r.add_argument("ids", nargs="+", metavar="ID")
    r.set_defaults(handler=cmd_restore)

    pg = sub.add_parser("purge", help="office: delete stored files no evidence uses any more")
    pg.set_defaults(handler=cmd_purge)


def _unit_and_item(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--unit", required=True, metavar="CODE", help="the unit's USCC")
    parser.add_argument("--item", metavar="CODE", help="the checklist item, e.g. A01")


def _max_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-size",
        type=int,
        default=DEFAULT_MAX_SIZE // MB,
        metavar="MB",
        help="largest file accepted, in MB (default %(default)s)",
    )


def _link(database, args) -> Link:
    from ..services import evidence

    unit = evidence.unit_by_code(database, args.unit)
    item = evidence.item_by_code(database, unit.id, args.item) if args.item else None
    return evidence.Link(unit_id=unit.id, item_id=item.id if item else None)


def cmd_add(args: argparse.Namespace) -> int:
    from ..services import evidence

    database = open_db(args)
    try:
        link = _link(database, args)
        files = evidence.expand_paths(args.files)
        if not files:
            raise DudaoError(QT_TRANSLATE_NOOP("Errors", "The folders given hold no files."))
        work = evidence.add_files(
            database,
            files,
            link,
            caption=args.caption,
            captured_by=args.by,
            max_size=args.max_size * MB,
        )
        result = run_quietly(work)
    finally:
        database.dispose()
    print(
        f"Added {len(result.evidence_ids)} files ({result.files_written} new to the store, "
        f"{result.files_reused} already stored)."
    )
    for evidence_id in result.evidence_ids:
        print(evidence_id)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.evidence_transfer import import_folder

    database = open_db(args)
    try:
        link = _link(database, args)
        result = run_quietly(
            import_folder(database, args.folder, link, max_size=args.max_size * MB)
        )
    finally:
        database.dispose()
    print(
        f"Imported {len(result.evidence_ids)} new files; skipped {result.seen_before} imported "
        f"before and {result.already_held} the unit already had."
    )
    for problem in result.problems:
        print(f"not imported: {problem}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import evidence

    database = open_db(args)
    try:
        unit = evidence.unit_by_code(database, args.unit)
        item = evidence.item_by_code(database, unit.id, args.item) if args.item else None
        views = evidence.list_evidence(
            database,
            unit.id,
            item_id=item.id if item else None,
            kind=args.kind,
            deleted_only=args.removed,
        )
    finally:
        database.dispose()
    if args.json:
        print_json([v.__dict__ for v in views])
        return 0
    print(f"{unit.name} ({unit.uscc}): {len(views)} evidence files")
    for v in views:
        when = v.captured_at.strftime("%Y-%m-%d %H:%M") if v.captured_at else ""
        print(
            f"{v.id}  {v.media_kind:8} {v.item_code or '-':5} {when:16} "
            f"{v.size:>11}  {v.original_name}  {v.caption}".rstrip()
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..services import evidence
    from ..services.evidence_transfer import export_unit

    database = open_db(args)
    try:
        unit = evidence.unit_by_code(database, args.unit)
        result = run_quietly(export_unit(database, unit.id, args.out))
    finally:
        database.dispose()
    print(f"Exported {result.files} files with manifest.csv and manifest.json to {args.out}")
    for problem in result.problems:
        print(f"warning: {problem}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from ..services import evidence

    return _each(args, evidence.remove, "Removed")


def cmd_restore(args: argparse.Namespace) -> int:
    from ..services import evidence

    return _each(args, evidence.restore, "Restored")


def _each(args: argparse.Namespace, action, verb: str) -> int:
    database = open_db(args)
    try:
        for evidence_id in args.ids:
            action(database, evidence_id)
    finally:
        database.dispose()
    print(f"{verb} {len(args.ids)} evidence files.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from ..services import evidence

    database = open_db(args)
    try:
        purged = run_quietly(evidence.purge_unreferenced(database))
    finally:
        database.dispose()
    print(f"Purged {len(purged)} files that no evidence uses.")
    return 0
