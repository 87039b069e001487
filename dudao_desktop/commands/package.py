"""Package exchange commands: ``dudao package export|import|history|report`` and
``dudao conflicts list|resolve``."""

# Imports of services are deferred into the handlers, so that ``dudao --help`` and every
# command start fast.

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .common import add_action, opened_db, print_json, print_rows, run_quietly


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("package", help="export and import .dudao packages")
    sub = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    e = add_action(
        sub, "export", "office: a group's field package; laptop: a return package", cmd_export
    )
    e.add_argument("--group", help="office: the group's number, name or id")
    e.add_argument("--out", required=True, type=Path, help="the .dudao file to write")
    e.add_argument("--all", action="store_true", help="laptop: everything again, not only news")
    e.add_argument(
        "--laptop", help="office: the enrolled laptop (name, id or fingerprint), if several"
    )

    i = add_action(
        sub, "import", "import package files or every .dudao file in folders", cmd_import
    )
    i.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    i.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    i.add_argument(
        "--trust-new-office",
        action="store_true",
        help="laptop: accept a field package signed by a new office key (only when the "
        "office confirms it changed its key)",
    )
    i.add_argument("--json", action="store_true", help="machine-readable report")

    add_action(sub, "history", "packages sent and received", cmd_history, json_option=True)

    r = add_action(sub, "report", "stored import reports", cmd_report)
    r.add_argument("package_id", nargs="?")
    r.add_argument("--json", action="store_true")

    c = commands.add_parser("conflicts", help="list and resolve merge conflicts")
    csub = c.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    cl = add_action(csub, "list", "conflicts waiting for a decision", cmd_conflicts_list)
    cl.add_argument("--all", action="store_true", help="include resolved conflicts")
    cl.add_argument("--json", action="store_true")
    cr = add_action(
        csub, "resolve", "keep one value, the other, or a merged value", cmd_conflicts_resolve
    )
    cr.add_argument("id", type=int)
    how = cr.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=["winner", "loser"])
    how.add_argument("--value", help="a merged value to keep instead")


def cmd_export(args: argparse.Namespace) -> int:
    from ..services import packages

    with opened_db(args) as database:
        if database.role == "office" or args.group:
            if not args.group:
                raise DudaoError(
                    QT_TRANSLATE_NOOP("Errors", "Name the group to export for with --group.")
                )
            work = packages.export_field_package(database, args.group, args.out, laptop=args.laptop)
        else:
            work = packages.export_return_package(database, args.out, everything=args.all)
        result = run_quietly(work)
    print(
        f"Wrote {result.kind} package {result.path} (number {result.seq}): "
        f"{result.entries} changes, {result.blobs} evidence files, {result.size} bytes"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services import packages

    with opened_db(args) as database:
        outcomes = run_quietly(
            packages.import_packages(
                database,
                args.paths,
                dry_run=args.dry_run,
                trust_new_office=args.trust_new_office,
            )
        )
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
                f"evidence received {o.evidence_received}, refused records {o.refused}"
            )
            for line in o.refused_records:
                print(f"  refused: {line}")
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
    from ..services import packages

    with opened_db(args) as database:
        rows = packages.history(database)
    return print_rows(args, rows, _history_line, vars)


def _history_line(r) -> str:
    return (
        f"{r.at:%Y-%m-%d %H:%M} {r.direction:8} {r.kind:6} #{r.seq:<4} {r.peer} "
        f"{r.group} {r.entries} changes {r.blobs} files {r.package_id}"
    )


def cmd_report(args: argparse.Namespace) -> int:
    from ..services import packages

    with opened_db(args) as database:
        rows = packages.reports(database, args.package_id)
    return print_rows(args, rows, _report_line)


def _report_line(r: dict) -> str:
    return (
        f"{r['imported_at']:%Y-%m-%d %H:%M} {r['file']} ({r['kind']} from {r['source']}): "
        f"new {r['new']}, updated {r['updated']}, unchanged {r['unchanged']}, "
        f"conflicts {r['conflicts']}, refused {r['refused']}, "
        f"evidence received {r['evidence_received']}"
    )


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from ..services import conflicts as conflict_service

    with opened_db(args) as database:
        rows = conflict_service.list_conflicts(database, include_resolved=args.all)
    return print_rows(args, rows, _conflict_line, vars)


def _conflict_line(r) -> str:
    state = f" [resolved: {r.resolution}]" if r.resolved else ""
    return (
        f"#{r.id} {r.table}.{r.field} {r.row_id}: shown {r.winner_value!r} "
        f"({r.winner_origin}, {r.winner_at}) / other {r.loser_value!r} "
        f"({r.loser_origin}, {r.loser_at}){state}"
    )


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from ..services import conflicts as conflict_service

    with opened_db(args) as database:
        if args.value is not None:
            conflict_service.resolve_conflict(database, args.id, "merged", args.value)
        else:
            conflict_service.resolve_conflict(database, args.id, args.keep)
    print(f"Conflict {args.id} resolved.")
    return 0
