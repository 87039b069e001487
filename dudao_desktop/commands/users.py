"""``dudao user``: the installation's users and roles (who signs off)."""

# Services are imported in the handlers, so that ``dudao --help`` starts fast.

from __future__ import annotations

import argparse
import getpass

from .common import add_action, opened_db, print_rows

#: The roles of ``model.vocab.USER_ROLES`` (kept in step with it: a test compares them).
ROLES = ("group_leader", "member", "clerk", "office_leader")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("user", help="users and roles who sign off on this installation")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = add_action(actions, "add", "add a user", cmd_add)
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=ROLES)
    a.add_argument(
        "--password", action="store_true", help="ask for a password (the office machine)"
    )
    a.add_argument("--approves-closing", action="store_true", help="the office's 销号 approver")
    add_action(actions, "list", "list the users", cmd_list, json_option=True)


def cmd_add(args: argparse.Namespace) -> int:
    from ..services import users

    password = getpass.getpass(f"Password for {args.name}: ") if args.password else ""
    with opened_db(args) as database:
        users.add_user(database, args.name, args.role, password, args.approves_closing)
    print(f"{args.name} added as {args.role}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import users

    with opened_db(args) as database:
        accounts = users.list_users(database)
    return print_rows(
        args,
        accounts,
        lambda u: f"{u.name}\t{u.role}" + ("\t销号" if u.approves_closing else ""),
        lambda u: {
            "name": u.name,
            "role": u.role,
            "password": bool(u.password_hash),
            "approves_closing": u.approves_closing,
        },
    )
