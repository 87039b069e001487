"""Asking for the campaign's sync passphrase: typed twice the first time (it fixes the
campaign's passphrase), once afterwards (the service verifies it). Never stored.

Open it with ``open()`` and read ``passphrase()`` in a slot connected to ``accepted``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MINIMUM_LENGTH = 8


class PassphraseDialog(QDialog):
    def __init__(self, confirm: bool, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self.setWindowTitle(self.tr("Sync passphrase"))
        self.intro = QLabel(intro or self.default_intro(), self)
        self.intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        if confirm:
            form.addRow(self.tr("&Repeat it:"), self.repeat_edit)
        else:
            self.repeat_edit.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def default_intro(self) -> str:
        if self.confirm:
            return self.tr(
                "This is the first field package of the campaign: choose its sync passphrase "
                "(at least 8 characters) and type it twice. Every group's package uses the same "
                "passphrase; tell it to the inspectors by another way than the package itself."
            )
        return self.tr("Type the campaign's sync passphrase.")

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def check_and_accept(self) -> None:
        text = self.passphrase()
        if len(text) < MINIMUM_LENGTH:
            self.message.setText(
                self.tr("The passphrase must have at least {0} characters.").format(
                    MINIMUM_LENGTH
                )
            )
            self.passphrase_edit.setFocus()
            return
        if self.confirm and self.repeat_edit.text() != text:
            self.message.setText(self.tr("The two passphrases differ; type them again."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.passphrase_edit.clear()
        self.repeat_edit.clear()
