"""The ``dudao`` command: batch work for office staff, scripts and tests.

Exit codes: 0 success, 1 a user error (one clear line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from . import __version__
from .commands import COMMAND_MODULES
from .errors import DudaoError
from .logging_setup import setup_logging
from .paths import data_dir

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dudao", description="Establishment supervision campaigns, from the command line."
    )
    parser.add_argument("--version", action="version", version=f"dudao {__version__}")
    parser.add_argument(
        "--data-dir", help="the data directory (default: $DUDAO_DATA_DIR or the user data dir)"
    )
    parser.add_argument(
        "--font-dir",
        help="a folder with the office's fonts for official documents (default: $DUDAO_FONT_DIR, "
        "then the system's fonts)",
    )
    parser.add_argument(
        "--database-url",
        help="the office's database server, e.g. postgresql+psycopg://clerk@server/dudao "
        "(default: $DUDAO_DATABASE_URL, then the one set for the data directory)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = data_dir(args.data_dir)
    setup_logging(args.data_dir)
    if args.font_dir:
        from .documents import fonts

        fonts.configure(font_dir=args.font_dir)
    try:
        return args.handler(args) or 0
    except DudaoError as error:
        print(f"dudao: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``dudao warnings | head``): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("dudao: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error in 'dudao %s'", args.command)
        print(
            f"dudao: unexpected error; details are in {args.data_dir / 'logs' / 'dudao.log'}",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
