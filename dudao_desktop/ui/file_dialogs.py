"""File dialogs that start where the user last saved or opened a file of the same kind.

A clerk saves every check form into one folder and every roster into another; a dialog that
always starts in the home folder makes them walk there each time. The last folder is kept per
kind (``"pdf"``, ``"workbook"``, ``"package"``, …) in the settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from .settings import settings


def remembered_folder(kind: str) -> Path:
    """The folder last used for files of ``kind``, else the home folder."""
    value = settings().value(f"folders/{kind}")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(kind: str, path: Path) -> None:
    settings().setValue(f"folders/{kind}", str(path if path.is_dir() else path.parent))


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (typed names often lack it)."""
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)


def save_file_name(
    parent: QWidget | None, kind: str, caption: str, file_name: str, filters: str
) -> Path | None:
    """Ask where to save ``file_name``; starts in the last folder of ``kind``."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(remembered_folder(kind) / file_name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(kind, path.parent)
    return path


def open_file_name(parent: QWidget | None, kind: str, caption: str, filters: str) -> Path | None:
    """Ask for a file to open; starts in the last folder of ``kind``."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, caption, str(remembered_folder(kind)), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(kind, path.parent)
    return path


def open_file_names(
    parent: QWidget | None, kind: str, caption: str, filters: str = ""
) -> list[Path]:
    """Ask for files to open (several may be chosen); starts in the last folder of ``kind``."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, caption, str(remembered_folder(kind)), filters
    )
    paths = [Path(name) for name in chosen]
    if paths:
        remember_folder(kind, paths[0].parent)
    return paths


def existing_folder(parent: QWidget | None, kind: str, caption: str) -> Path | None:
    """Ask for a folder; starts in the last folder of ``kind``."""
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(remembered_folder(kind)))
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(kind, path)
    return path
