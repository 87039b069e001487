"""The GUI's start: QApplication, settings, fonts, translations, then the main window.

``dudao-desktop [--data-dir DIR] [--database-url URL] [--font-dir DIR] [--demo] [--selftest]``;
``DUDAO_DATA_DIR`` also sets the data directory, ``DUDAO_DATABASE_URL`` the office's database
server, ``DUDAO_FONT_DIR`` the office's fonts for official documents. Without a database the
first-run dialog offers the demo campaign or a new
office database; ``--demo`` builds the demo campaign straight away.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from . import __version__, paths
from .logging_setup import setup_logging

log = logging.getLogger(__name__)
FONT_FILE = ("fonts", "wqy-microhei.ttc")


def parse_options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dudao-desktop", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir",
        help="data directory (default: DUDAO_DATA_DIR or the platform's user data directory)",
    )
    parser.add_argument(
        "--database-url",
        help="the office's database server, e.g. postgresql+psycopg://clerk@server/dudao "
        "(default: DUDAO_DATABASE_URL, then the data directory's setting)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="build the demo campaign if the data directory has no database",
    )
    parser.add_argument(
        "--font-dir",
        help="folder with the office's fonts for official documents (default: DUDAO_FONT_DIR, "
        "the settings, then the system's fonts)",
    )
    parser.add_argument("--selftest", action="store_true", help="check the installation")
    parser.add_argument("--version", action="version", version=f"dudao-desktop {__version__}")
    options, _qt_arguments = parser.parse_known_args(argv)
    return options


def register_fonts(app) -> list[str]:
    """Register the bundled CJK font and add it as the fallback of the application font."""
    from PySide6.QtGui import QFont, QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(paths.resource(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("The bundled CJK font could not be loaded")
        return []
    cjk = families[0]
    font = app.font()
    current = [f for f in font.families() if f != cjk] or [font.family()]
    font.setFamilies([*current, cjk])
    app.setFont(font)
    for family in {font.family(), "Sans Serif", "sans-serif", "Helvetica", "Arial"}:
        QFont.insertSubstitution(family, cjk)
    return families


def use_font_dir(option: str | None) -> None:
    """Where official documents find the office's fonts: ``--font-dir``, else
    ``DUDAO_FONT_DIR``, else the folder chosen in the settings (read when a document is
    printed, so reportlab is not imported at start)."""
    from .ui.settings import FONT_DIR, settings

    chosen = option or os.environ.get("DUDAO_FONT_DIR") or str(settings().value(FONT_DIR, "") or "")
    if chosen:
        os.environ["DUDAO_FONT_DIR"] = chosen


def create_application(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    from .ui import settings as keys

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(keys.ORGANIZATION)
    app.setApplicationName(keys.APPLICATION)
    app.setApplicationVersion(__version__)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if "--selftest" in argv:
        from . import selftest

        return selftest.run_selftest(argv)
    options = parse_options(argv[1:])
    data_dir = paths.data_dir(options.data_dir)
    setup_logging(data_dir)
    if options.database_url:  # read where the database is chosen (db.connection)
        os.environ["DUDAO_DATABASE_URL"] = options.database_url
    # The database layer (SQLAlchemy, the models) is not imported here: the window's shell
    # is shown first and the database opens in a worker (``ui.startup``).
    app = create_application(argv)

    from .ui.errors import install_excepthook
    from .ui.settings import language_setting
    from .ui.startup import Startup
    from .ui.translation import Translations

    install_excepthook()
    register_fonts(app)
    use_font_dir(options.font_dir)
    translations = Translations(app)
    translations.apply(language_setting())
    startup = Startup(data_dir, translations, demo=options.demo)
    if not startup.begin():
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
