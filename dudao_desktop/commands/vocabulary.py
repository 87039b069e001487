"""``dudao vocabulary``: the vocabularies the office extends (problem categories and sources,
unit kinds): list, add, rename, retire and restore entries."""

# Services are imported in the handlers, so that ``dudao --help`` starts fast.

from __future__ import annotations

import argparse

from .common import add_action, opened_db, print_rows

#: The names of ``services.vocabulary.EXTENDABLE`` (kept in step with it: a test compares them).
VOCABULARIES = ("problem_category", "problem_source", "unit_kind")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "vocabulary", help="the office's own problem categories, problem sources and unit kinds"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = add_action(
        actions, "list", "list the entries (retired ones marked)", cmd_list, json_option=True
    )
    a.add_argument("vocabulary", choices=VOCABULARIES)
    a = add_action(actions, "add", "add an entry of the office's own", cmd_add)
    a.add_argument("vocabulary", choices=VOCABULARIES)
    a.add_argument("name")
    a = add_action(actions, "rename", "give an entry a new name (its records keep it)", cmd_rename)
    a.add_argument("vocabulary", choices=VOCABULARIES)
    a.add_argument("entry", help="the entry's key or any of its names")
    a.add_argument("name", help="the new name")
    a = add_action(actions, "retire", "no longer offer an entry (its records keep it)", cmd_retire)
    a.add_argument("vocabulary", choices=VOCABULARIES)
    a.add_argument("entry")
    a = add_action(actions, "restore", "offer a retired entry again", cmd_restore)
    a.add_argument("vocabulary", choices=VOCABULARIES)
    a.add_argument("entry")


def _label(term) -> str:
    from .. import i18n

    return i18n.translate("Vocab", term.label) if term.builtin else term.label


def cmd_list(args: argparse.Namespace) -> int:
    from ..services import vocabulary

    with opened_db(args) as database:
        terms = vocabulary.list_terms(database, args.vocabulary)
    return print_rows(
        args,
        terms,
        lambda t: f"{t.key}\t{_label(t)}" + ("\tretired" if t.retired else ""),
        lambda t: {"key": t.key, "name": _label(t), "builtin": t.builtin, "retired": t.retired},
    )


def cmd_add(args: argparse.Namespace) -> int:
    from ..services import vocabulary

    with opened_db(args) as database:
        key = vocabulary.add_entry(database, args.vocabulary, args.name)
    print(f"{key} added to {args.vocabulary}")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    from ..services import vocabulary

    with opened_db(args) as database:
        vocabulary.rename_term(database, args.vocabulary, args.entry, args.name)
    print(f"{args.entry} is now called {args.name}")
    return 0


def cmd_retire(args: argparse.Namespace) -> int:
    from ..services import vocabulary

    with opened_db(args) as database:
        vocabulary.retire_term(database, args.vocabulary, args.entry)
    print(f"{args.entry} retired")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..services import vocabulary

    with opened_db(args) as database:
        vocabulary.retire_term(database, args.vocabulary, args.entry, retired=False)
    print(f"{args.entry} offered again")
    return 0
