"""File dialogs start in the folder last used for the same kind of file and offer Chinese
default names in the Chinese interface (QFileDialog replaced by a recorder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog


class Recorder:
    """Stands in for the QFileDialog statics: records where each dialog started and
    answers with the next prepared path."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.answers: list[str] = []

    def open(self, _parent, _caption, start="", _filters="", *_args):
        self.started.append(start)
        return self.answers.pop(0), ""

    def many(self, _parent, _caption, start="", _filters="", *_args):
        self.started.append(start)
        return [self.answers.pop(0)], ""

    def folder(self, _parent, _caption, start="", *_args):
        self.started.append(start)
        return self.answers.pop(0)


@pytest.fixture
def dialogs(monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", recorder.open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", recorder.open)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", recorder.many)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", recorder.folder)
    return recorder


def test_ledger_imports_start_in_the_last_folder_of_their_kind(
    main_window, dialogs, tmp_path, monkeypatch
):
    rectification = main_window.tab_named("RectificationTab")
    approvals = main_window.tab_named("ApprovalsTab")
    imported: list[Path] = []
    monkeypatch.setattr(rectification, "import_file", imported.append)
    monkeypatch.setattr(approvals, "import_file", imported.append)
    old_ledgers = tmp_path / "旧台账"
    old_ledgers.mkdir()
    dialogs.answers = [str(old_ledgers / "问题整改台账.xlsx"), str(old_ledgers / "事项.xlsx")]
    rectification.choose_import()
    approvals.choose_import()
    assert dialogs.started[0] == str(Path.home())
    assert dialogs.started[1] == str(old_ledgers)
    assert imported == [old_ledgers / "问题整改台账.xlsx", old_ledgers / "事项.xlsx"]
    # Evidence is another kind: it does not start among the ledgers.
    photos = tmp_path / "照片"
    photos.mkdir()
    dialogs.answers = [str(photos / "1.jpg")]
    detail = rectification.detail
    monkeypatch.setattr(detail, "attach_evidence", imported.append)
    detail.choose_evidence()
    assert dialogs.started[2] == str(Path.home())
    dialogs.answers = [str(photos / "2.jpg")]
    detail.choose_evidence()
    assert dialogs.started[3] == str(photos)


def test_default_file_names_are_chinese(main_window, dialogs, translations, tmp_path):
    translations.apply("zh_CN")
    rectification = main_window.tab_named("RectificationTab")
    dialogs.answers = [""]  # cancelled
    rectification.choose_letters_file()
    assert Path(dialogs.started[-1]).name == "书面反馈意见.pdf"
    from dudao_desktop.ui.roster_import_dialog import RosterImportDialog

    dialog = RosterImportDialog(main_window.database, main_window)
    dialog.problems = ["x"]
    dialogs.answers = [""]
    dialog.save_report()
    assert Path(dialogs.started[-1]).name == "单位名册 - 发现的问题.xlsx"
