"""Enrolment commands: ``dudao enrol fingerprint|request`` on a laptop, ``dudao enrol
add|list|revoke`` at the office."""

# Imports of services are deferred into the handlers, so that ``dudao --help`` and every
# command start fast.

from __future__ import annotations

import argparse
from pathlib import Path

from .common import add_action, opened_db, print_rows


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("enrol", help="enrol laptops for a group, revoke them")
    sub = p.add_subparsers(dest="enrol_command", metavar="ACTION", required=True)
    add_action(sub, "fingerprint", "this installation's key fingerprint", cmd_fingerprint)
    r = add_action(sub, "request", "laptop: write the enrolment request file", cmd_request)
    r.add_argument("--out", required=True, type=Path, help="the request file to write")
    a = add_action(sub, "add", "office: enrol a laptop for a group", cmd_add)
    a.add_argument("request", type=Path, help="the laptop's enrolment request file")
    a.add_argument("--group", required=True, help="the group's number, name or id")
    a.add_argument(
        "--fingerprint",
        required=True,
        help="the fingerprint the inspector reads out from the laptop's screen",
    )
    add_action(sub, "list", "office: enrolled and revoked laptops", cmd_list, json_option=True)
    v = add_action(sub, "revoke", "office: revoke a lost, stolen or replaced laptop", cmd_revoke)
    v.add_argument("laptop", help="the laptop's name, id or fingerprint")
    v.add_argument("--reason", required=True, help="why: lost, stolen, replaced...")


def cmd_fingerprint(args: argparse.Namespace) -> int:
    from ..services import enrolment

    with opened_db(args) as database:
        print(enrolment.own_request(database).fingerprint)
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    from ..services import enrolment

    with opened_db(args) as database:
        request = enrolment.write_request(database, args.out)
    print(f"Wrote {args.out}. Read this fingerprint to the office: {request.fingerprint}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from ..services import enrolment

    with opened_db(args) as database:
        request = enrolment.read_request(args.request)
        done = enrolment.enrol(database, request, args.group, args.fingerprint)
    print(f"Enrolled laptop '{done.laptop_name}' ({done.fingerprint}).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import enrolment

    with opened_db(args) as database:
        rows = enrolment.list_enrolments(database)
    return print_rows(args, rows, _line, vars)


def _line(r) -> str:
    state = (
        f"revoked {r.revoked_at:%Y-%m-%d %H:%M} by {r.revoked_by}: {r.revoke_reason}"
        if r.revoked_at
        else "active"
    )
    return (
        f"{r.laptop_name} {r.fingerprint} group {r.group_number} {r.group_name} "
        f"enrolled {r.enrolled_at:%Y-%m-%d %H:%M} by {r.enrolled_by}; {state}"
    )


def cmd_revoke(args: argparse.Namespace) -> int:
    from ..services import enrolment

    with opened_db(args) as database:
        done = enrolment.revoke(database, args.laptop, args.reason)
    print(f"Revoked laptop '{done.laptop_name}' ({done.fingerprint}).")
    return 0
