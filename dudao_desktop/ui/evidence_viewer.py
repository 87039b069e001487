"""The image viewer: zoom, fit, and rotate for display (the stored file is never changed)."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QTransform
from PySide6.QtWidgets import QWidget

from ..services import thumbnails
from .forms.ui_EvidenceViewer import Ui_EvidenceViewer
from .window_fit import Dialog

ZOOM_STEP = 1.25


def load_image(path: Path) -> QImage:
    """The image upright (EXIF orientation); through Pillow when Qt cannot read the format."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if not image.isNull():
        return image
    upright = thumbnails.load_upright(path)
    if upright is None:
        return QImage()
    png = io.BytesIO()
    upright.save(png, "PNG")
    return QImage.fromData(png.getvalue(), "PNG")


class EvidenceViewer(Dialog):
    def __init__(self, path: Path, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidenceViewer()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.image = load_image(path)
        self.zoom = 1.0
        self.rotation = 0
        self.fit = True
        self.ui.captionLabel.setText(caption)
        self.setWindowTitle(self.tr("Evidence viewer – {0}").format(caption))
        self.ui.zoomInButton.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.ui.zoomOutButton.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.ui.fitButton.clicked.connect(self.fit_to_window)
        self.ui.actualSizeButton.clicked.connect(self.actual_size)
        self.ui.rotateLeftButton.clicked.connect(lambda: self.rotate(-90))
        self.ui.rotateRightButton.clicked.connect(lambda: self.rotate(90))
        self.ui.buttonBox.rejected.connect(self.close)
        if self.image.isNull():
            self.ui.imageLabel.setText(self.tr("This picture cannot be shown."))
        self.render()

    def shown_size(self) -> tuple[int, int]:
        """Width and height of the picture as displayed (after rotation and zoom)."""
        pixmap = self.ui.imageLabel.pixmap()
        return (pixmap.width(), pixmap.height()) if pixmap and not pixmap.isNull() else (0, 0)

    def zoom_by(self, factor: float) -> None:
        self.fit = False
        self.zoom = min(max(self.zoom * factor, 0.05), 16.0)
        self.render()

    def fit_to_window(self) -> None:
        self.fit = True
        self.render()

    def actual_size(self) -> None:
        self.fit = False
        self.zoom = 1.0
        self.render()

    def rotate(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        self.render()

    def render(self) -> None:
        if self.image.isNull():
            return
        turned = self.image.transformed(QTransform().rotate(self.rotation))
        if self.fit:
            area = self.ui.scrollArea.viewport().size()
            scale = min(area.width() / turned.width(), area.height() / turned.height(), 1.0)
            self.zoom = max(scale, 0.05)
        size = turned.size() * self.zoom
        pixmap = QPixmap.fromImage(
            turned.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.ui.imageLabel.setPixmap(pixmap)
        self.ui.imageLabel.resize(pixmap.size())
        self.ui.zoomLabel.setText(f"{self.zoom:.0%}")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit:
            self.render()
