"""Roster, checklist template, self-assessment and check-form commands."""

# Imports of sqlalchemy/model/services are deferred into the handlers, so that
# ``dudao --help`` and every command start fast.

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError, ValidationError
from .common import open_db, run_quietly
from .printing import add_print_target


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("roster", help="import or export the unit roster (.xlsx)")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    i = sub.add_parser("import", help="add and update units from an .xlsx (all or nothing)")
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    i.add_argument(
        "--add-departments",
        action="store_true",
        help="create supervising departments that are not known yet",
    )
    i.add_argument(
        "--accept-uscc",
        action="append",
        default=[],
        metavar="CODE=NOTE",
        help="accept a code that fails the checksum, with the reason (repeatable)",
    )
    i.add_argument(
        "--add-kinds",
        action="store_true",
        help="add unit kinds that are not known yet to the office's kinds",
    )
    i.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="say which field a column holds when its header is not recognised, e.g. "
        "D=establishment_admin or 组织机构代码=uscc ('-' ignores the column; repeatable; "
        "remembered for the layout once the import is applied)",
    )
    i.add_argument("--report", type=Path, help="also save the problems found as an .xlsx")
    i.set_defaults(handler=cmd_roster_import)
    e = sub.add_parser("export", help="write every unit to an .xlsx in the import layout")
    e.add_argument("file", type=Path)
    e.set_defaults(handler=cmd_roster_export)

    p = commands.add_parser("checklist", help="import or export checklist templates (.xlsx)")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    i = sub.add_parser("import", help="add a template from an .xlsx as a new version")
    i.add_argument("file", type=Path)
    i.set_defaults(handler=cmd_checklist_import)
    e = sub.add_parser("export", help="write a template (default: the campaign's) to an .xlsx")
    e.add_argument("file", type=Path)
    e.add_argument("--template", help="template id (default: the current campaign's)")
    e.set_defaults(handler=cmd_checklist_export)

    p = commands.add_parser("selfassess", help="self-assessment workbooks for the units")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = sub.add_parser("export", help="one .xlsx per unit, to be filled by the unit")
    which = e.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", help="the unit's USCC or name")
    which.add_argument("--group", help="every unit of an inspection group (number or name)")
    which.add_argument("--all", action="store_true", help="every assigned unit")
    e.add_argument("--out", type=Path, required=True, help="folder (or .xlsx for one unit)")
    e.set_defaults(handler=cmd_selfassess_export)
    i = sub.add_parser("import", help="import filled workbooks: one file or a folder")
    i.add_argument("path", type=Path)
    i.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    i.set_defaults(handler=cmd_selfassess_import)


def _configure_forms(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", action="append", help="a unit's USCC or name (repeatable)")
    which.add_argument("--group", help="every unit of an inspection group (number or name)")
    which.add_argument("--all", action="store_true", help="every assigned unit")
    which.add_argument(
        "--blank",
        choices=["agency", "institution", "township"],
        help="a blank form for a unit kind",
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        help="FILE.pdf for one PDF, or a folder for one PDF per unit",
    )
    parser.add_argument(
        "--simplex",
        action="store_true",
        help="one-sided printing: no blank page before a unit's form (default: duplex, "
        "each unit's form starts on an odd page)",
    )


def _campaign(database):
    from ..services.overview import current_campaign

    campaign = current_campaign(database)
    if campaign is None:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "There is no campaign yet: create one."))
    return campaign


def _group_id(database, campaign_id: str, text: str) -> str:
    from sqlalchemy import select

    from ..model import InspectionGroup

    with database.Session() as s:
        for group in s.scalars(
            select(InspectionGroup).where(
                InspectionGroup.campaign_id == campaign_id, InspectionGroup.deleted.is_(False)
            )
        ):
            if text in (str(group.number), group.name):
                return group.id
    raise DudaoError(
        QT_TRANSLATE_NOOP("Errors", "There is no inspection group {group}."), group=text
    )


def _overrides(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        code, sep, note = pair.partition("=")
        if not sep or not note.strip():
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "--accept-uscc needs CODE=REASON, for example 12370799...=已报备."
                )
            )
        out[code.strip().upper()] = note.strip()
    return out


def cmd_roster_import(args: argparse.Namespace) -> int:
    from ..documents.sheet_reader import MappingNeeded
    from ..services import column_layouts, roster
    from ..services.roster_fields import FIELDS

    database = open_db(args)
    try:
        plan = roster.import_roster(
            database,
            args.file,
            dry_run=args.dry_run,
            overrides=_overrides(args.accept_uscc),
            add_departments=args.add_departments,
            add_kinds=args.add_kinds,
            mapping=column_layouts.parse_map_options(args.map, [f.key for f in FIELDS]),
        )
    except MappingNeeded as needed:
        _print_columns(needed)
        raise
    except ValidationError as error:
        if args.report:
            roster.write_findings_report(error.findings, args.report)
            print(f"The problems were saved to {args.report}", file=sys.stderr)
        raise
    finally:
        database.dispose()
    for note in plan.notes:
        print(f"note: {note}")
    for sheet, row, reason, text in plan.skipped:
        print(f"skipped  {sheet} row {row} ({reason}): {text}")
    for change in plan.changes:
        if change.action == "unchanged":
            continue
        print(f"{change.action:8} {change.uscc} {change.name}")
        for key, (old, new) in change.changes.items():
            print(f"         {key}: {old!r} -> {new!r}")
    for name in plan.new_departments:
        print(f"new department: {name}")
    for name, group in plan.new_kinds.items():
        print(f"new unit kind: {name}" + (f" (in {group})" if group else ""))
    verb = "would be" if args.dry_run else "were"
    print(
        f"{plan.rows} rows: {plan.count('new')} new, {plan.count('updated')} updated, "
        f"{plan.count('unchanged')} unchanged units {verb} imported from {args.file.name}; "
        f"{len(plan.skipped)} rows skipped as totals, notes or headings."
    )
    return 0


def _print_columns(needed) -> None:
    """The sheet's columns and the fields left to map, for a --map option."""
    from openpyxl.utils import get_column_letter

    print(f"The columns of sheet {needed.data.sheet}:", file=sys.stderr)
    for index, title in enumerate(needed.data.titles):
        mapped = [k for k, i in needed.matched.items() if i == index]
        print(
            f"  {get_column_letter(index + 1):>3}  {title or '-'}"
            + (f"  -> {mapped[0]}" if mapped else ""),
            file=sys.stderr,
        )
    missing = [f.key for f in needed.fields if f.required and f.key not in needed.matched]
    print(
        "Map the missing fields with --map COLUMN=FIELD: " + ", ".join(missing),
        file=sys.stderr,
    )


def cmd_roster_export(args: argparse.Namespace) -> int:
    from ..services import roster

    database = open_db(args)
    try:
        count = roster.export_roster(database, args.file)
    finally:
        database.dispose()
    print(f"{count} units written to {args.file}")
    return 0


def cmd_checklist_import(args: argparse.Namespace) -> int:
    from ..services import checklist_io

    database = open_db(args)
    try:
        template_id, version = checklist_io.import_template(database, args.file)
    finally:
        database.dispose()
    print(f"Checklist template version {version} added ({template_id}).")
    return 0


def cmd_checklist_export(args: argparse.Namespace) -> int:
    from ..services import checklist_io

    database = open_db(args)
    try:
        template_id = args.template or _campaign(database).template_id
        count = checklist_io.export_template(database, template_id, args.file)
    finally:
        database.dispose()
    print(f"{count} checklist items written to {args.file}")
    return 0


def cmd_selfassess_export(args: argparse.Namespace) -> int:
    from ..services import selfassessment

    database = open_db(args)
    try:
        campaign = _campaign(database)
        if args.unit:
            with database.Session() as s:
                unit = selfassessment.find_unit(s, args.unit)
            target = args.out
            if target.suffix.lower() != ".xlsx":
                target.mkdir(parents=True, exist_ok=True)
                target = target / f"{unit.uscc}_{selfassessment.safe_file_name(unit.name)}.xlsx"
            written = [selfassessment.export_unit(database, campaign.id, unit.id, target)]
        else:
            group = _group_id(database, campaign.id, args.group) if args.group else None
            written = run_quietly(
                selfassessment.export_units(database, campaign.id, args.out, group)
            )
    finally:
        database.dispose()
    print(f"{len(written)} self-assessment workbooks written to {args.out}")
    return 0


def cmd_selfassess_import(args: argparse.Namespace) -> int:
    from ..services import selfassessment

    database = open_db(args)
    try:
        campaign = _campaign(database)
        reports = run_quietly(
            selfassessment.import_path(
                database, args.path, campaign_id=campaign.id, dry_run=args.dry_run
            )
        )
    finally:
        database.dispose()
    refused = 0
    for report in reports:
        if report.refused:
            refused += 1
            print(f"REFUSED  {report.file}")
            for finding in report.findings:
                print(f"         {finding}")
        else:
            verb = "would change" if args.dry_run else "changed"
            print(
                f"ok       {report.file}: {report.unit}, {report.answers} answers, "
                f"{report.changed} {verb}"
            )
    print(
        f"{len(reports) - refused} of {len(reports)} workbooks "
        f"{'are valid' if args.dry_run else 'imported'}."
    )
    if refused:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{count} workbooks were refused; see the lines above."),
            count=refused,
        )
    return 0


def cmd_print_forms(args: argparse.Namespace) -> int:
    from ..services import selfassessment
    from ..services.check_forms import print_forms

    database = open_db(args)
    try:
        campaign = _campaign(database)
        unit_ids = None
        if args.unit:
            with database.Session() as s:
                unit_ids = [selfassessment.find_unit(s, code).id for code in args.unit]
        group = _group_id(database, campaign.id, args.group) if args.group else None
        one_file = args.out.suffix.lower() == ".pdf"
        files = run_quietly(
            print_forms(
                database,
                campaign.id,
                args.out,
                unit_ids=unit_ids,
                group_id=group,
                one_file=one_file,
                blank_kind=args.blank,
                duplex=not args.simplex,
            )
        )
    finally:
        database.dispose()
    print(f"{len(files)} PDF file(s) written: {args.out}")
    return 0


add_print_target(
    "forms",
    "on-site check forms (现场核查表) per unit, group or all",
    _configure_forms,
    cmd_print_forms,
)
