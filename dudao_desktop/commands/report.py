"""Reports: the campaign's supervision report, the yearly analysis, the follow-up report."""

# Imports of services/documents are deferred into the handlers, so that ``dudao --help`` and
# every command start fast.

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .common import open_db

FORMATS = (".pdf", ".xlsx")


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="supervision report, yearly analysis, follow-up")
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    p = kinds.add_parser("campaign", help="the campaign's supervision report (PDF or .xlsx)")
    p.add_argument("--campaign", default=None, help="campaign id (default: the active one)")
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    p.set_defaults(handler=cmd_campaign)
    p = kinds.add_parser("year", help="the yearly analysis of a year (PDF or .xlsx)")
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.xlsx")
    p.set_defaults(handler=cmd_year)
    p = kinds.add_parser("followup", help="the effectiveness follow-up report (PDF)")
    p.add_argument("--year", type=int, default=None, help="only matters decided that year")
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    p.set_defaults(handler=cmd_followup)


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the file name must end in {choices}."),
            file=str(path),
            choices=" or ".join(allowed),
        )
    return suffix


def cmd_campaign(args: argparse.Namespace) -> int:
    from ..services.figures import current_campaign_id
    from ..services.supervision_report import write_report, write_report_workbook

    suffix = _suffix(args.out, FORMATS)
    database = open_db(args)
    try:
        campaign_id = args.campaign or current_campaign_id(database)
        if campaign_id is None:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "There is no campaign yet: plan a campaign first.")
            )
        write = write_report if suffix == ".pdf" else write_report_workbook
        write(database, campaign_id, args.out)
    finally:
        database.dispose()
    print(f"Supervision report written to {args.out}")
    if suffix == ".pdf":
        from .documents import report_stand_ins

        report_stand_ins()
    return 0


def cmd_year(args: argparse.Namespace) -> int:
    from ..services.yearly import write_yearly_pdf, write_yearly_workbook

    suffix = _suffix(args.out, FORMATS)
    if not 2000 <= args.year <= 2100:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "--year {year} is not a plausible year."), year=args.year
        )
    database = open_db(args)
    try:
        write = write_yearly_pdf if suffix == ".pdf" else write_yearly_workbook
        write(database, args.year, args.out)
    finally:
        database.dispose()
    print(f"Yearly analysis {args.year} written to {args.out}")
    return 0


def cmd_followup(args: argparse.Namespace) -> int:
    from ..services.followup import write_followup_report

    _suffix(args.out, (".pdf",))
    database = open_db(args)
    try:
        write_followup_report(database, args.out, args.year)
    finally:
        database.dispose()
    print(f"Follow-up report written to {args.out}")
    return 0
