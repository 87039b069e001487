"""The shared ``dudao print TARGET`` command: a registry of print targets.

Each capability registers its targets when its command module is imported::

    from .printing import add_print_target

    def _configure(parser):            # add the target's own options
        parser.add_argument("--out", required=True, type=Path)

    add_print_target("letters", "feedback letters as PDF", _configure, cmd_print_letters)

``printing`` must be in ``COMMAND_MODULES`` (once); its ``register`` builds ``print`` with one
sub-command per registered target, in registration order.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class PrintTarget:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    handler: Callable[[argparse.Namespace], int]


PRINT_TARGETS: dict[str, PrintTarget] = {}


def add_print_target(
    name: str,
    help: str,
    configure: Callable[[argparse.ArgumentParser], None],
    handler: Callable[[argparse.Namespace], int],
) -> None:
    """Register ``dudao print NAME`` (re-registering the same name replaces it)."""
    PRINT_TARGETS[name] = PrintTarget(name, help, configure, handler)


def register(commands: argparse._SubParsersAction) -> None:
    if not PRINT_TARGETS:
        return
    p = commands.add_parser("print", help="print documents to PDF: " + ", ".join(PRINT_TARGETS))
    targets = p.add_subparsers(dest="target", metavar="TARGET", required=True)
    for target in PRINT_TARGETS.values():
        sub = targets.add_parser(target.name, help=target.help)
        target.configure(sub)
        sub.set_defaults(handler=target.handler)
