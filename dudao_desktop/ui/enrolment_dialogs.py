"""Dialogs of enrolment: setting up a laptop (its name, then its fingerprint), enrolling a
laptop at the office (the fingerprint compared with the one the inspector reads out) and
revoking one. Open them with ``open()``; each one calls the enrolment service itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..services import enrolment
from ..services.packages import GroupChoice
from .file_dialogs import save_file_name, with_suffix
from .window_fit import Dialog


def fingerprint_label(text: str, parent: QWidget) -> QLabel:
    """A fingerprint shown large and selectable, so it can be read out and compared."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + 6)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a40000")
    return label


class LaptopSetupDialog(Dialog):
    """Setting up this computer as a laptop: its name and the user's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up this laptop"))
        intro = QLabel(
            self.tr(
                "This computer will be set up as an inspection group's laptop. Give it a name "
                "the office will recognise (for example the group and the inspector) and your "
                "name. It then makes its keys and shows its fingerprint, which you read out "
                "to the office when it enrols the laptop."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.message = _message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Laptop name:"), self.name_edit)
        form.addRow(self.tr("&Your name:"), self.user_edit)
        buttons = self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def laptop_name(self) -> str:
        return self.name_edit.text().strip()

    def user_name(self) -> str:
        return self.user_edit.text().strip()

    def check_and_accept(self) -> None:
        if not self.laptop_name():
            self.message.setText(self.tr("Give the laptop a name first."))
            self.name_edit.setFocus()
            return
        self.accept()


class FingerprintDialog(Dialog):
    """A laptop's fingerprint, with its enrolment request to save for the office."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.request = enrolment.own_request(database)
        self.setWindowTitle(self.tr("This laptop's fingerprint"))
        intro = QLabel(
            self.tr(
                "Save the enrolment request and take it to the office (USB stick). When the "
                "office enrols this laptop, read this fingerprint out to the clerk: it must be "
                "the same on the office's screen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fingerprint = fingerprint_label(self.request.fingerprint, self)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the enrolment &request…"), self)
        self.save_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        suggested = self.tr("{0} - enrolment request").format(self.request.laptop_name) + ".json"
        path = save_file_name(
            self,
            "enrolment",
            self.tr("Save the enrolment request"),
            suggested,
            self.tr("JSON (*.json)"),
        )
        if path is not None:
            self.save(with_suffix(path, ".json"))

    def save(self, path: Path) -> None:
        try:
            enrolment.write_request(self.database, path)
        except DudaoError as error:
            self.status.setText(i18n.error_text(error))
            return
        self.status.setText(self.tr("Saved {0}.").format(path))


class EnrolDialog(Dialog):
    """At the office: enrol the laptop of a request file for a group, once the fingerprint
    the inspector reads out matches the one computed from the file. Emits ``enrolled``."""

    enrolled = Signal()

    def __init__(
        self,
        database: Database,
        request: enrolment.EnrolmentRequest,
        groups: list[GroupChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.request = database, request
        self.setWindowTitle(self.tr("Enrol a laptop"))
        intro = QLabel(
            self.tr(
                "Laptop '{0}' asks to be enrolled. Ask the inspector to read out the fingerprint "
                "shown on the laptop and type it below; it must match this one:"
            ).format(request.laptop_name),
            self,
        )
        intro.setWordWrap(True)
        self.fingerprint = fingerprint_label(request.fingerprint, self)
        self.read_out_edit = QLineEdit(self)
        self.read_out_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.group_combo = QComboBox(self)
        for group in groups:
            self.group_combo.addItem(
                self.tr("Group {0} – {1} ({2})").format(
                    group.number, group.name, group.campaign_name
                ),
                group.id,
            )
        self.message = _message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint &read out:"), self.read_out_edit)
        form.addRow(self.tr("For &group:"), self.group_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.enrol_button = buttons.addButton(
            self.tr("&Enrol"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.enrol)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.read_out_edit.setFocus()

    def enrol(self) -> None:
        group = self.group_combo.currentData()
        if group is None:
            self.message.setText(self.tr("There is no inspection group to enrol the laptop for."))
            return
        try:
            enrolment.enrol(self.database, self.request, group, self.read_out_edit.text())
        except DudaoError as error:
            self.message.setText(i18n.error_text(error))
            self.read_out_edit.setFocus()
            return
        self.enrolled.emit()
        self.accept()


class RevokeDialog(Dialog):
    """Revoke an enrolled laptop, with the reason (lost, stolen, replaced). Emits
    ``revoked``."""

    revoked = Signal()

    def __init__(
        self, database: Database, row: enrolment.EnrolmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.row = database, row
        self.setWindowTitle(self.tr("Revoke a laptop"))
        intro = QLabel(
            self.tr(
                "Revoke laptop '{0}' ({1}) of group {2}? Its packages will be refused from now "
                "on, including work it has not sent yet. Enrol its replacement afterwards."
            ).format(row.laptop_name, row.fingerprint, row.group_number),
            self,
        )
        intro.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("lost, stolen, replaced…"))
        self.message = _message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.revoke_button = buttons.addButton(
            self.tr("Re&voke"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.revoke)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def revoke(self) -> None:
        try:
            enrolment.revoke(self.database, self.row.id, self.reason_edit.text())
        except DudaoError as error:
            self.message.setText(i18n.error_text(error))
            return
        self.revoked.emit()
        self.accept()
