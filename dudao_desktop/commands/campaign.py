"""``dudao inspectors`` and ``dudao campaign``: the pool, the plan, the draw, the assignment;
``dudao print plan|roster``."""

# Imports of services/documents are deferred into the handlers, so that ``dudao --help`` and
# every command start fast.

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .common import add_action, opened_db, print_json, print_rows
from .printing import add_print_target


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-01") from error


def _campaign_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--campaign",
        default=None,
        metavar="NAME_OR_ID",
        help="the campaign (default: the newest one not archived)",
    )


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("inspectors", help="the inspector pool (督导库)")
    sub = p.add_subparsers(dest="inspectors_command", metavar="ACTION", required=True)
    i = add_action(
        sub,
        "import",
        "add or update inspectors from an .xlsx (all or nothing)",
        cmd_inspectors_import,
    )
    i.add_argument("file", type=Path, metavar="FILE")
    e = add_action(
        sub,
        "export",
        "write the pool and avoidance declarations to an .xlsx",
        cmd_inspectors_export,
    )
    e.add_argument("file", type=Path, metavar="FILE")
    add_action(sub, "list", "list the pool", cmd_inspectors_list, json_option=True)

    p = commands.add_parser("campaign", help="the campaign plan, the draw and the assignment")
    sub = p.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    c = add_action(sub, "create", "create a campaign", cmd_create)
    c.add_argument("--name", required=True)
    c.add_argument("--year", type=int, required=True)
    c.add_argument("--months", default="3,9", help="supervision months, e.g. 3,9")
    c.add_argument("--start", type=_date, help="first day, e.g. 2026-03-01")
    c.add_argument("--end", type=_date, help="last day, e.g. 2026-09-30")
    for key in ("purpose", "targets", "content", "mechanism"):
        c.add_argument(f"--{key}", default="")
    c.add_argument("--office", default="", help="the establishment office's name")
    c.add_argument(
        "--focus",
        default="",
        help="campaign focus, comma-separated: discipline, establishment_use, classification, "
        "reform (items under a focus are asked only then)",
    )

    add_action(sub, "list", "list campaigns", cmd_list, json_option=True)

    s = add_action(sub, "show", "the plan, its milestones, groups and draw records", cmd_show)
    _campaign_option(s)
    s.add_argument("--json", action="store_true")

    d = add_action(
        sub, "draw", "draw N groups, each a leadership member and M members, at random", cmd_draw
    )
    _campaign_option(d)
    d.add_argument("--groups", type=int, required=True, metavar="N")
    d.add_argument(
        "--members",
        type=int,
        required=True,
        metavar="M",
        help="members per group besides the leader",
    )
    d.add_argument("--seed", default=None, help="reproduce a draw with its recorded seed")
    d.add_argument("--reason", default="", help="why (required for a redraw)")
    d.add_argument("--json", action="store_true")

    a = add_action(
        sub, "assign", "assign units to groups (balanced, departments together)", cmd_assign
    )
    _campaign_option(a)
    a.add_argument("--replace", action="store_true", help="assign every unit afresh")

    sc = add_action(sub, "spotcheck", "pick a share of the units at random (双随机)", cmd_spotcheck)
    _campaign_option(sc)
    sc.add_argument("--share", type=float, required=True, help="e.g. 0.2 for a fifth")
    sc.add_argument("--seed", default=None)
    sc.add_argument("--reason", default="", help="why (required for a repeated spot check)")


def _print_options(parser: argparse.ArgumentParser) -> None:
    _campaign_option(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.xlsx")


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Name the output file .pdf or .xlsx (got {file})."),
            file=path.name,
        )
    return suffix


def _print_document(args: argparse.Namespace, write_pdf, write_xlsx, what: str) -> int:
    """Write the campaign's document to ``--out`` with the writer its suffix names."""
    writer = write_pdf if _suffix(args.out) == ".pdf" else write_xlsx
    with opened_db(args) as database:
        writer(database, args.out, args.campaign)
    print(f"{what} written to {args.out}")
    return 0


def _plan_options(parser: argparse.ArgumentParser) -> None:
    _print_options(parser)
    parser.add_argument(
        "--issue",
        action="store_true",
        help="give the plan its document number (发文字号) first; without one it prints as a draft",
    )


def cmd_print_plan(args: argparse.Namespace) -> int:
    from ..services import plan_documents as plan_docs

    if args.issue:
        with opened_db(args) as database:
            print(plan_docs.issue_plan_number(database, args.campaign))
    return _print_document(
        args, plan_docs.write_plan_pdf, plan_docs.write_plan_xlsx, "Campaign plan"
    )


def cmd_print_roster(args: argparse.Namespace) -> int:
    from ..services import plan_documents as plan_docs

    return _print_document(
        args, plan_docs.write_roster_pdf, plan_docs.write_roster_xlsx, "Group roster"
    )


add_print_target("plan", "the campaign plan (方案) as PDF or .xlsx", _plan_options, cmd_print_plan)
add_print_target("roster", "the group roster as PDF or .xlsx", _print_options, cmd_print_roster)


def cmd_inspectors_import(args: argparse.Namespace) -> int:
    from ..services import pool_workbook

    with opened_db(args) as database:
        report = pool_workbook.import_pool(database, args.file)
    print(
        f"{report.added} inspectors added, {report.updated} updated, {report.unchanged} "
        f"unchanged, {report.declarations} avoidance declarations"
    )
    return 0


def cmd_inspectors_export(args: argparse.Namespace) -> int:
    from ..services import pool_workbook

    with opened_db(args) as database:
        count = pool_workbook.export_pool(database, args.file)
    print(f"{count} inspectors written to {args.file}")
    return 0


def cmd_inspectors_list(args: argparse.Namespace) -> int:
    from ..services import pool

    with opened_db(args) as database:
        rows = pool.list_inspectors(database, include_retired=True)
    data = [
        {
            "id": i.id,
            "name": i.name,
            "department": i.department,
            "post": i.post,
            "expertise": i.expertise_tags,
            "leadership": i.is_leadership,
            "retired": i.retired,
        }
        for i in rows
    ]
    return print_rows(args, data, _inspector_line)


def _inspector_line(row: dict) -> str:
    flags = ("*" if row["leadership"] else " ") + ("R" if row["retired"] else " ")
    return f"{flags} {row['name']:<8} {row['department']:<20} {','.join(row['expertise'])}"


def cmd_create(args: argparse.Namespace) -> int:
    from ..services import campaign as campaigns

    with opened_db(args) as database:
        c = campaigns.create_campaign(
            database,
            args.name,
            args.year,
            months=args.months,
            start_date=args.start,
            end_date=args.end,
            purpose=args.purpose,
            targets=args.targets,
            content=args.content,
            mechanism=args.mechanism,
            office_name=args.office,
            focus=args.focus,
        )
    print(f"Created campaign '{c.name}' ({c.id})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import campaign as campaigns

    with opened_db(args) as database:
        rows = campaigns.list_campaigns(database)
    return print_rows(args, rows, lambda r: f"{r.id}  {r.year}  {r.status:<9} {r.name}", vars)


def cmd_show(args: argparse.Namespace) -> int:
    from ..services import campaign as campaigns
    from ..services import draw
    from ..services.plan_view import group_roster

    with opened_db(args) as database:
        c = campaigns.get_campaign(database, args.campaign)
        milestones = campaigns.list_milestones(database, c.id)
        roster = group_roster(database, c.id)
        records = draw.list_draws(database, c.id)
    data = {
        "id": c.id,
        "name": c.name,
        "year": c.year,
        "months": c.months,
        "status": c.status,
        "start_date": c.start_date,
        "end_date": c.end_date,
        "purpose": c.purpose,
        "targets": c.targets,
        "content": c.content,
        "mechanism": c.mechanism,
        "milestones": [
            {
                "title": m.title,
                "step": m.step,
                "start": m.start_date,
                "due": m.due_date,
                "responsible": m.responsible,
            }
            for m in milestones
        ],
        "groups": [
            {
                "number": g.number,
                "name": g.name,
                "leader": g.leader.name if g.leader else "",
                "members": [m.name for m in g.members],
                "units": [u.name for u in g.units],
                "spot_check": [u.name for u in g.units if u.spot_check],
            }
            for g in roster
        ],
        "draws": [
            {
                "id": r.id,
                "kind": r.kind,
                "drawn_by": r.drawn_by,
                "drawn_at": r.drawn_at,
                "seed": r.seed,
                "reason": r.reason,
                "superseded": r.superseded,
            }
            for r in records
        ],
    }
    if args.json:
        print_json(data)
        return 0
    print(f"{c.name}  ({c.year}, {c.status}, months {c.months})")
    for m in data["milestones"]:
        print(f"  {m['start'] or '':<10} {m['due'] or '':<10} {m['title']}  {m['responsible']}")
    for g in data["groups"]:
        print(
            f"  {g['name']}: leader {g['leader']}; members {', '.join(g['members'])}; "
            f"{len(g['units'])} units"
        )
    for r in data["draws"]:
        mark = " (superseded)" if r["superseded"] else ""
        print(f"  draw {r['kind']} {r['drawn_at']} by {r['drawn_by']} seed {r['seed']}{mark}")
    return 0


def cmd_draw(args: argparse.Namespace) -> int:
    from ..model.vocab import EXPERTISE
    from ..services import draw

    with opened_db(args) as database:
        outcome = draw.draw_groups(
            database, args.campaign, args.groups, args.members, seed=args.seed, reason=args.reason
        )
    if args.json:
        print_json(outcome.__dict__)
        return 0
    print(f"Seed {outcome.seed} (drawn by {outcome.drawn_by} at {outcome.drawn_at})")
    for g in outcome.groups:
        members = ", ".join(m["name"] for m in g["members"])
        print(f"  {g['name']}: leader {g['leader']['name']}; members {members}")
    if outcome.short:
        short = ", ".join(f"{EXPERTISE[a]} ({n})" for a, n in outcome.short.items())
        print(f"  Not every group can cover (too few inspectors): {short}")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from ..services import assignment

    with opened_db(args) as database:
        report = assignment.assign_units(database, args.campaign, replace=args.replace)
    loads = ", ".join(f"group {n}: {count}" for n, count in sorted(report.loads.items()))
    print(f"{report.assigned} units assigned, {report.kept} kept ({loads})")
    return 0


def cmd_spotcheck(args: argparse.Namespace) -> int:
    from ..services import assignment

    with opened_db(args) as database:
        outcome = assignment.spot_check(
            database, args.campaign, args.share, seed=args.seed, reason=args.reason
        )
    print(f"Seed {outcome.seed}: {len(outcome.chosen)} of {outcome.total} units picked")
    return 0
