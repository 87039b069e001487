"""The evidence tab: drop files on a checklist item, caption one, record an interview suggestion."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from dudao_desktop.model import Suggestion
from dudao_desktop.services import evidence, interviews
from dudao_desktop.ui import workers
from dudao_desktop.ui.evidence_viewer import EvidenceViewer
from dudao_desktop.ui.interview_dialog import InterviewDialog
from dudao_desktop.ui.tabs.evidence_tab import EvidenceTab


@pytest.fixture
def tab(qtbot, demo_db, translations):
    widget = EvidenceTab(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    unit_id = evidence.unit_choices(demo_db)[0][0]
    widget.select_unit(unit_id)
    yield widget
    task = widget.evidence.thumbnail_task
    if task is not None:
        qtbot.waitUntil(lambda: task not in workers._running)


def type_text(widget, text: str) -> None:
    """Type text key by key (QTest.keyClicks cannot type Chinese characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def make_files(folder: Path) -> list[Path]:
    folder.mkdir()
    wide = Image.new("RGB", (300, 150), "navy")
    exif = Image.Exif()
    exif[0x0112] = 6
    wide.save(folder / "门牌.jpg", "JPEG", exif=exif)
    Image.new("RGB", (200, 200), "darkgreen").save(folder / "办公室.png")
    (folder / "花名册.pdf").write_bytes(b"%PDF-1.4 roster")
    return sorted(folder.iterdir())


_keep: list[QMimeData] = []  # QDropEvent does not own its mime data: keep it alive


def drop_event(position, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    _keep.append(mime)
    return QDropEvent(
        QPointF(position),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_drop_caption_and_record_an_interview_suggestion(qtbot, tab, demo_db, tmp_path):
    files = make_files(tmp_path / "camera")
    items = tab.ui.itemsList
    target = items.item(2)
    item_id = target.data(Qt.ItemDataRole.UserRole + 1)
    # Qt refuses drop events sent outside a real drag, so the event is handed to the
    # filter that receives it on the list's viewport during a drag from the desktop.
    event = drop_event(items.visualItemRect(target).center(), files)
    assert tab.item_drop.eventFilter(items.viewport(), event)
    assert event.isAccepted()

    qtbot.waitUntil(lambda: tab.evidence.total_count == 3, timeout=10000)
    stored = evidence.list_evidence(demo_db, tab.unit_id, item_id=item_id)
    assert sorted(v.original_name for v in stored) == ["办公室.png", "花名册.pdf", "门牌.jpg"]
    assert "[3 file(s)]" in items.currentItem().text()
    assert tab.ui.evidenceEmptyLabel.isHidden()

    # Caption the first one by typing in the caption field.
    gallery = tab.ui.galleryView
    gallery.setCurrentIndex(tab.evidence.index(0))
    captioned = tab.evidence.rows[0].id
    tab.ui.captionEdit.clear()
    type_text(tab.ui.captionEdit, "单位门牌")
    qtbot.keyClick(tab.ui.captionEdit, Qt.Key.Key_Return)
    assert evidence.get_evidence(demo_db, captioned).caption == "单位门牌"
    assert tab.evidence.index(tab.evidence.row_of(captioned)).data() == "单位门牌"

    # Thumbnails arrive from the background; the rotated photo's is upright (tall).
    photo = next(v for v in tab.evidence.rows if v.original_name == "门牌.jpg")
    thumbs = demo_db.data_dir / "thumbnails"
    qtbot.waitUntil(lambda: (thumbs / f"{photo.sha256}.png").is_file(), timeout=10000)
    with Image.open(thumbs / f"{photo.sha256}.png") as thumb:
        assert thumb.height > thumb.width

    # The interview form: fill it, add a suggestion, record it on the suggestion list.
    qtbot.mouseClick(tab.ui.newInterviewButton, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(InterviewDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.ui.placeEdit, "三楼会议室")
    type_text(dialog.ui.unitHeadEdit, "李局长")
    type_text(dialog.ui.staffEdit, "张三、李四")
    type_text(dialog.ui.newSuggestionEdit, "增加专业技术编制")
    qtbot.mouseClick(dialog.ui.addSuggestionButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.recordSuggestionButton.isEnabled()
    qtbot.mouseClick(dialog.ui.recordSuggestionButton, Qt.MouseButton.LeftButton)

    with demo_db.Session() as s:
        recorded = s.scalars(select(Suggestion).where(Suggestion.text == "增加专业技术编制")).one()
    assert recorded.source == "interview" and recorded.unit_id == tab.unit_id
    assert recorded.interview_id == dialog.interview_id
    assert "✓" in dialog.ui.suggestionsList.item(0).text()
    assert not dialog.ui.recordSuggestionButton.isEnabled()
    view = interviews.get_interview(demo_db, dialog.interview_id)
    assert view.data.participants.staff == ["张三", "李四"]
    dialog.save_and_close()
    assert tab.ui.interviewsList.count() == 1
    assert "三楼会议室" in tab.ui.interviewsList.item(0).text()


def test_remove_undo_filters_and_viewer(qtbot, tab, demo_db, tmp_path):
    files = make_files(tmp_path / "scans")
    tab.dropEvent(drop_event(QPointF(600, 400), [files[0].parent]))  # a folder onto the tab
    qtbot.waitUntil(lambda: tab.evidence.total_count == 3, timeout=10000)

    tab.ui.kindFilter.setCurrentIndex(tab.ui.kindFilter.findData("photo"))
    tab.apply_filters()
    assert sorted(v.original_name for v in tab.evidence.rows) == ["办公室.png", "门牌.jpg"]

    row = next(r for r, v in enumerate(tab.evidence.rows) if v.original_name == "门牌.jpg")
    tab.ui.galleryView.setCurrentIndex(tab.evidence.index(row))
    tab.open_selected()
    viewer = tab.findChild(EvidenceViewer)
    assert viewer is not None
    viewer.actual_size()
    assert viewer.shown_size() == (150, 300)  # upright from EXIF
    viewer.rotate(90)
    assert viewer.shown_size() == (300, 150)
    viewer.zoom_by(2)
    assert viewer.shown_size() == (600, 300)
    viewer.close()

    tab.remove_selected()
    assert [v.original_name for v in tab.evidence.rows] == ["办公室.png"]
    assert tab.ui.undoButton.isVisible()
    qtbot.mouseClick(tab.ui.undoButton, Qt.MouseButton.LeftButton)
    assert len(tab.evidence.rows) == 2
    assert len(evidence.list_evidence(demo_db, tab.unit_id)) == 3
