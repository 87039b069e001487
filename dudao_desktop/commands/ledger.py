"""The three ledgers from the command line: export, import, reconcile, warnings, letters."""

# Imports of services/documents are deferred into the handlers, so that ``dudao --help`` and
# every command start fast.

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .common import open_db, print_json, run_quietly
from .printing import add_print_target

#: The ledger kinds of ``services.ledger_export.KINDS`` (kept in step with it: a test
#: compares them; the command line starts without importing the declarations).
EXPORT_KINDS = (
    "problems",
    "suggestions",
    "approvals",
    "archive",
    "warnings",
    "blacklist",
    "snapshots",
    "accountability",
)
#: The kinds an import adds records to (the archive is the roster's).
IMPORT_KINDS = tuple(k for k in EXPORT_KINDS if k != "archive")
#: The letter kinds of ``services.letters.LETTER_KINDS`` (kept in step with it).
LETTER_KINDS = ("feedback", "notice")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("ledger", help="export or import the ledgers as .xlsx")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write a ledger to .xlsx in the office layout")
    e.add_argument("kind", choices=EXPORT_KINDS)
    e.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    e.add_argument("--month", help="snapshots only: the month to export (YYYY-MM)")
    e.set_defaults(handler=cmd_export)
    i = actions.add_parser("import", help="import an old ledger (all rows or none)")
    i.add_argument("kind", choices=IMPORT_KINDS)
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="validate only; change nothing")
    i.set_defaults(handler=cmd_import)

    p = commands.add_parser("reconcile", help="monthly reconciliation with the real-name export")
    p.add_argument("file", type=Path, help="the month's real-name system export (.xlsx)")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--dry-run", action="store_true", help="show the differences only")
    p.add_argument(
        "--payroll", type=Path, help="the month's payroll (.xlsx) for 编制、人员、工资三对应"
    )
    p.add_argument(
        "--out", type=Path, help="also write the person findings (ID numbers masked) to .xlsx"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_reconcile)

    p = commands.add_parser("warnings", help="recompute and list the early warnings")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_warnings)


def _print_letters_options(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", help="one unit: its USCC or exact name")
    which.add_argument("--all", action="store_true", help="every unit with problems to feed back")
    parser.add_argument("--kind", choices=sorted(LETTER_KINDS), default="feedback")
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        help="a .pdf file (all letters in one), or a folder (one PDF per unit)",
    )
    parser.add_argument(
        "--issue",
        action="store_true",
        help="also issue the letters: their problems become 'notified' today",
    )


add_print_target(
    "letters",
    "feedback letters or rectification notices as PDF",
    _print_letters_options,
    lambda args: cmd_print_letters(args),
)


def cmd_export(args: argparse.Namespace) -> int:
    from ..services import ledger_export

    database = open_db(args)
    try:
        count = run_quietly(
            ledger_export.export_steps(database, args.kind, args.out, month=args.month)
        )
    finally:
        database.dispose()
    print(f"{count} rows written to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..services import ledger_import

    database = open_db(args)
    try:
        count = ledger_import.import_ledger(database, args.kind, args.file, dry_run=args.dry_run)
    finally:
        database.dispose()
    if args.dry_run:
        print(f"{count} rows are valid; nothing was imported (dry run).")
    else:
        print(f"{count} rows imported from {args.file}")
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    from ..services import archive

    database = open_db(args)
    try:
        report = archive.reconcile(
            database, args.file, args.month, dry_run=args.dry_run, payroll=args.payroll
        )
    finally:
        database.dispose()
    if args.out:
        from ..services.realname_checks import write_person_checks

        write_person_checks(report.persons, report.month, args.out)
    if args.json:
        print_json({**asdict(report), "by_kind": report.by_kind()})
        return 0
    print(
        f"Month {report.month} (previous: {report.previous_month or '-'}): "
        f"{report.rows} units in the file, {len(report.differences)} differences"
    )
    for d in report.differences:
        figures = ", ".join(
            f"{k}: {d.roster.get(k, '-')} -> {v}"
            for k, v in d.new.items()
            if d.kind not in ("new_unit",)
        )
        print(f"  {d.kind:14} {d.uscc} {d.unit_name} {figures}")
    if report.persons_read or report.payroll_read:
        from ..services.realname_checks import detail_text

        paid = f", {report.payroll_read} payroll lines" if report.payroll_read is not None else ""
        print(f"{report.persons_read} persons{paid}, {len(report.persons)} person findings")
        for c in report.persons:
            print(
                f"  {c.check:18} {c.uscc} {c.unit_name} {c.person} {c.id_masked} {detail_text(c)}"
            )
    if report.applied:
        print(
            f"Applied as the {report.month} snapshot: {report.snapshots_written} units, "
            f"{report.units_created} new."
        )
    else:
        print("Dry run: nothing was changed.")
    return 0


def cmd_warnings(args: argparse.Namespace) -> int:
    from ..services import warnings

    database = open_db(args)
    try:
        counts = warnings.recompute(database)
        rows = warnings.list_warnings(database)
    finally:
        database.dispose()
    if args.json:
        print_json({"counts": counts, "warnings": [asdict(r) for r in rows]})
        return 0
    for r in rows:
        mark = "*" if r.acknowledged else " "
        print(f"{mark} {r.rule:24} {r.unit_name}: {r.message}")
    print(f"{len(rows)} warnings ({counts['raised']} new, {counts['cleared']} cleared)")
    return 0


def cmd_print_letters(args: argparse.Namespace) -> int:
    from ..documents.letters import write_letter_files, write_letters
    from ..services import letters
    from .documents import report_stand_ins

    database = open_db(args)
    try:
        if args.all:
            unit_ids = letters.units_with_letters(database)
            if not unit_ids:
                raise DudaoError(
                    QT_TRANSLATE_NOOP("Errors", "No unit has open problems to feed back.")
                )
        else:
            with database.Session() as s:
                unit_ids = [letters.find_unit(s, args.unit).id]
        if args.issue:
            letters.issue_letters(database, unit_ids, kind=args.kind)
        built = [letters.build_letter(database, u, args.kind) for u in unit_ids]
        if args.out.suffix.lower() == ".pdf":
            write_letters(args.out, built)
            written = [args.out]
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            written = write_letter_files(args.out, built)
    finally:
        database.dispose()
    print(f"{len(built)} letters written to {args.out} ({len(written)} files)")
    report_stand_ins()
    return 0
