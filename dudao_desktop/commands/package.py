"""Package exchange commands: ``dudao package export|import|history|report`` and
``dudao conflicts list|resolve``. Passphrases come from a file or a prompt, never argv."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..services import conflicts as conflict_service
from ..services import packages
from .common import open_db, print_json, run_quietly


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("package", help="export and import .dudao packages")
    sub = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    e = sub.add_parser("export", help="office: a group's field package; laptop: a return package")
    e.add_argument("--group", help="office: the group's number, name or id")
    e.add_argument("--out", required=True, type=Path, help="the .dudao file to write")
    e.add_argument("--all", action="store_true", help="laptop: everything again, not only news")
    e.add_argument("--passphrase-file", type=Path, help="file holding the sync passphrase")
    e.set_defaults(handler=cmd_export)

    i = sub.add_parser("import", help="import package files or every .dudao file in folders")
    i.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    i.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    i.add_argument("--passphrase-file", type=Path, help="file holding the sync passphrase")
    i.add_argument("--json", action="store_true", help="machine-readable report")
    i.set_defaults(handler=cmd_import)

    h = sub.add_parser("history", help="packages sent and received")
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=cmd_history)

    r = sub.add_parser("report", help="stored import reports")
    r.add_argument("package_id", nargs="?")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_report)

    c = commands.add_parser("conflicts", help="list and resolve merge conflicts")
    csub = c.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    cl = csub.add_parser("list", help="conflicts waiting for a decision")
    cl.add_argument("--all", action="store_true", help="include resolved conflicts")
    cl.add_argument("--json", action="store_true")
    cl.set_defaults(handler=cmd_conflicts_list)
    cr = csub.add_parser("resolve", help="keep one value, the other, or a merged value")
    cr.add_argument("id", type=int)
    how = cr.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=["winner", "loser"])
    how.add_argument("--value", help="a merged value to keep instead")
    cr.set_defaults(handler=cmd_conflicts_resolve)


def read_passphrase(path: Path | None, prompt: str) -> str:
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "Passphrase file {file} cannot be read: {error}."),
                file=str(path),
                error=error.strerror or str(error),
            ) from error
        passphrase = text.rstrip("\r\n")
    else:
        passphrase = getpass.getpass(prompt)
    if not passphrase:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "The passphrase is empty."))
    return passphrase


def cmd_export(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        if database.role == "office" or args.group:
            if not args.group:
                raise DudaoError(
                    QT_TRANSLATE_NOOP("Errors", "Name the group to export for with --group.")
                )
            passphrase = read_passphrase(args.passphrase_file, "Campaign sync passphrase: ")
            work = packages.export_field_package(database, args.group, args.out, passphrase)
        else:
            work = packages.export_return_package(database, args.out, everything=args.all)
        result = run_quietly(work)
    finally:
        database.dispose()
    print(
        f"Wrote {result.kind} package {result.path} (number {result.seq}): "
        f"{result.entries} changes, {result.blobs} evidence files, {result.size} bytes"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        passphrase = None
        if database.role == "field":
            passphrase = read_passphrase(args.passphrase_file, "Campaign sync passphrase: ")
        outcomes = run_quietly(
            packages.import_packages(
                database, args.paths, passphrase=passphrase, dry_run=args.dry_run
            )
        )
    finally:
        database.dispose()
    if not outcomes:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "No .dudao files found."))
    if args.json:
        print_json([o.as_dict() for o in outcomes])
    else:
        for o in outcomes:
            if o.status == "refused":
                print(f"{o.file}: REFUSED - {o.message}")
                continue
            label = {
                "applied": "imported",
                "dry_run": "would import",
                "already": "already imported",
            }
            print(
                f"{o.file}: {label[o.status]} ({o.kind} from {o.source_name}): new {o.new}, "
                f"updated {o.updated}, unchanged {o.unchanged}, conflicts {o.conflicts}, "
                f"evidence received {o.evidence_received}"
            )
    refused = [o for o in outcomes if o.status == "refused"]
    if refused:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} of {total} packages were refused; see the lines above."
            ),
            count=len(refused),
            total=len(outcomes),
        )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        rows = packages.history(database)
    finally:
        database.dispose()
    if args.json:
        print_json([r.__dict__ for r in rows])
        return 0
    for r in rows:
        print(
            f"{r.at:%Y-%m-%d %H:%M} {r.direction:8} {r.kind:6} #{r.seq:<4} {r.peer} "
            f"{r.group} {r.entries} changes {r.blobs} files {r.package_id}"
        )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        rows = packages.reports(database, args.package_id)
    finally:
        database.dispose()
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(
            f"{r['imported_at']:%Y-%m-%d %H:%M} {r['file']} ({r['kind']} from {r['source']}): "
            f"new {r['new']}, updated {r['updated']}, unchanged {r['unchanged']}, "
            f"conflicts {r['conflicts']}, refused {r['refused']}, "
            f"evidence received {r['evidence_received']}"
        )
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        rows = conflict_service.list_conflicts(database, include_resolved=args.all)
    finally:
        database.dispose()
    if args.json:
        print_json([r.__dict__ for r in rows])
        return 0
    for r in rows:
        state = f" [resolved: {r.resolution}]" if r.resolved else ""
        print(
            f"#{r.id} {r.table}.{r.field} {r.row_id}: shown {r.winner_value!r} "
            f"({r.winner_origin}, {r.winner_at}) / other {r.loser_value!r} "
            f"({r.loser_origin}, {r.loser_at}){state}"
        )
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        if args.value is not None:
            conflict_service.resolve_conflict(database, args.id, "merged", args.value)
        else:
            conflict_service.resolve_conflict(database, args.id, args.keep)
    finally:
        database.dispose()
    print(f"Conflict {args.id} resolved.")
    return 0
