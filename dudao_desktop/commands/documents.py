"""Official documents from the command line: the 版头/版记 settings, the document number
counters (发文字号) and the fonts that print each face."""

# Imports of services/documents are deferred into the handlers, so that ``dudao --help`` and
# every command start fast.

from __future__ import annotations

import argparse
from dataclasses import asdict, fields
from datetime import date

from .common import add_action, opened_db, print_json

KINDS = ("feedback", "notice", "report", "plan")
SETTING_OPTIONS = {
    "mark": "发文机关标志, the red name at the top of the first page",
    "issuer": "发文机关署名 and 印发机关",
    "copies_to": "抄送机关, e.g. '市委组织部、市财政局'",
    "addressee": "主送机关 of the supervision report (default 市委编委)",
    "contact": "联系人 for the 附注",
    "phone": "联系电话 for the 附注",
}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "documents", help="official documents: 版头 settings, document numbers, fonts"
    )
    actions = parser.add_subparsers(dest="documents_action", required=True, metavar="ACTION")
    p = add_action(
        actions, "settings", "show or change the 版头/版记 settings", cmd_settings, json_option=True
    )
    for name, text in SETTING_OPTIONS.items():
        p.add_argument(f"--{name.replace('_', '-')}", dest=name, default=None, help=text)
    header = p.add_mutually_exclusive_group()
    header.add_argument(
        "--red-header",
        dest="red_header",
        action="store_true",
        default=None,
        help="print letters and reports with the red 版头",
    )
    header.add_argument(
        "--plain",
        dest="red_header",
        action="store_false",
        help="print them as plain documents without the 版头",
    )

    p = add_action(
        actions,
        "numbers",
        "the counters and the numbers issued in a year",
        cmd_numbers,
        json_option=True,
    )
    p.add_argument("--year", type=int, default=date.today().year)

    p = add_action(
        actions,
        "set-number",
        "set a counter's prefix and/or next number",
        cmd_set_number,
        json_option=True,
    )
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--year", type=int, default=date.today().year)
    p.add_argument(
        "--next",
        dest="next_serial",
        type=int,
        default=None,
        help="the next serial to issue (never one already issued)",
    )
    p.add_argument("--prefix", default=None, help="机关代字, e.g. 昌编督")

    p = add_action(
        actions, "issue-report", "give the campaign's report its number", cmd_issue_report
    )
    p.add_argument("--campaign", default=None, help="campaign id (default: the active one)")

    add_action(
        actions,
        "fonts",
        "which font prints each face of official documents",
        cmd_fonts,
        json_option=True,
    )


def cmd_settings(args: argparse.Namespace) -> int:
    from ..services import document_settings

    with opened_db(args) as database:
        settings = document_settings.load_settings(database)
        changes = {
            f.name: getattr(args, f.name)
            for f in fields(settings)
            if getattr(args, f.name, None) is not None
        }
        if changes:
            settings = document_settings.DocumentSettings(**{**asdict(settings), **changes})
            document_settings.save_settings(database, settings)
    if args.json:
        print_json(asdict(settings))
    else:
        for key, value in asdict(settings).items():
            print(f"{key:10} {value}")
    return 0


def cmd_numbers(args: argparse.Namespace) -> int:
    from ..services import doc_numbers

    with opened_db(args) as database:
        states = [doc_numbers.counter_state(database, kind, args.year) for kind in KINDS]
        issued = doc_numbers.issued_documents(database, args.year)
    if args.json:
        print_json(
            {
                "counters": [asdict(s) | {"next_number": s.next_number} for s in states],
                "issued": [
                    {
                        "kind": d.kind,
                        "number": d.number,
                        "subject_id": d.subject_id,
                        "campaign_id": d.campaign_id,
                        "issued_at": d.issued_at,
                    }
                    for d in issued
                ],
            }
        )
        return 0
    for s in states:
        print(f"{s.kind:9} next {s.next_number}  (highest issued: {s.highest_issued})")
    for d in issued:
        print(f"  {d.number}  {d.kind}  {d.issued_at:%Y-%m-%d}")
    return 0


def cmd_set_number(args: argparse.Namespace) -> int:
    from ..services import doc_numbers

    with opened_db(args) as database:
        state = doc_numbers.set_counter(
            database, args.kind, args.year, next_serial=args.next_serial, prefix=args.prefix
        )
    if args.json:
        print_json(asdict(state) | {"next_number": state.next_number})
    else:
        print(f"{state.kind} {state.year}: the next number is {state.next_number}")
    return 0


def cmd_issue_report(args: argparse.Namespace) -> int:
    from ..errors import QT_TRANSLATE_NOOP, DudaoError
    from ..services.figures import current_campaign_id
    from ..services.supervision_report import issue_report_number

    with opened_db(args) as database:
        campaign_id = args.campaign or current_campaign_id(database)
        if campaign_id is None:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "There is no campaign yet: plan a campaign first.")
            )
        print(issue_report_number(database, campaign_id))
    return 0


def cmd_file_scans(args: argparse.Namespace) -> int:
    from ..errors import QT_TRANSLATE_NOOP, DudaoError
    from ..services.figures import current_campaign_id
    from ..services.form_scans import file_scanned_forms
    from .common import run_quietly

    with opened_db(args) as database:
        campaign_id = args.campaign or current_campaign_id(database)
        if campaign_id is None:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "There is no campaign yet: plan a campaign first.")
            )
        report = run_quietly(file_scanned_forms(database, list(args.paths), campaign_id))
    for source, unit, page, total in report.filed:
        print(f"filed {source}: {unit} page {page} of {total}")
    for line in report.unrecognised:
        print(f"not filed {line}")
    return 0


def cmd_fonts(args: argparse.Namespace) -> int:
    from ..documents import fonts

    faces = [fonts.face(role) for role in fonts.FACES]
    if args.json:
        print_json(
            [
                {
                    "face": f.role,
                    "name": fonts.FACES[f.role],
                    "file": str(f.path),
                    "family": f.family,
                    "office_font": f.proper,
                    "bundled": f.bundled,
                }
                for f in faces
            ]
        )
        return 0
    for f in faces:
        state = "office font" if f.proper else ("bundled stand-in" if f.bundled else "stand-in")
        print(f"{fonts.FACES[f.role]}\t{f.family}\t{state}\t{f.path}")
    return 0


def report_stand_ins() -> None:
    """One line on stderr per face printed with a stand-in font (after writing a 公文)."""
    import sys

    from ..documents import fonts

    for line in fonts.stand_ins():
        print(f"dudao: 字体替代 {line}", file=sys.stderr)
