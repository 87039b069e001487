"""Errors in the GUI: a clear message box for the user, the traceback to the log file.

``show_error(parent, error)`` is what every tab and dialog calls in an ``except`` block or as a
worker's ``on_error``. ``install_excepthook()`` routes uncaught exceptions the same way.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import i18n
from ..errors import DudaoError

log = logging.getLogger("dudao_desktop.ui")


def error_message(error: BaseException) -> tuple[str, str]:
    """(title, text) shown for ``error``: a domain error's own words, else a generic line."""
    if isinstance(error, DudaoError):
        return QCoreApplication.translate("ErrorMessages", "Cannot do that"), i18n.error_text(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if getattr(error, "filename", None) else ""
        return QCoreApplication.translate(
            "ErrorMessages", "File problem"
        ), QCoreApplication.translate(
            "ErrorMessages", "The file could not be read or written: {0}"
        ).format((error.strerror or str(error)) + where)
    return QCoreApplication.translate(
        "ErrorMessages", "Unexpected error"
    ), QCoreApplication.translate(
        "ErrorMessages",
        "Something went wrong and the operation was not completed. "
        "The details were written to the log file; please send it to your support contact.",
    ) + f"\n\n{type(error).__name__}: {error}"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong; log the traceback unless it is a plain user error."""
    if not isinstance(error, DudaoError):
        log.error(
            "Error shown to the user",
            exc_info=(type(error), error, error.__traceback__),
        )
    _show(parent, error)


def _show(parent: QWidget | None, error: BaseException) -> None:
    title, text = error_message(error)
    box = QMessageBox(
        QMessageBox.Icon.Warning if isinstance(error, DudaoError) else QMessageBox.Icon.Critical,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if not isinstance(error, DudaoError):
        log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    try:
        _show(QApplication.activeWindow(), error)
    except Exception:  # never recurse into the hook
        log.exception("Could not show the error message")


def install_excepthook() -> None:
    sys.excepthook = _excepthook
