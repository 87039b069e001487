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

from .window_fit import Dialog

MINIMUM_LENGTH = 8


class PassphraseDialog(Dialog):
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
        form = self.form = QFormLayout()
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
                self.tr("The passphrase must have at least {0} characters.").format(MINIMUM_LENGTH)
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


class FieldSetupDialog(PassphraseDialog):
    """Setting up a laptop from a field package: the laptop's name, the user's, and the
    campaign's sync passphrase."""

    def __init__(self, package_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            False,
            "",
            parent,
        )
        self.setWindowTitle(self.tr("Set up this laptop from a field package"))
        self.intro.setText(
            self.tr(
                "This laptop will be set up as a field installation from the package {0}. "
                "Give the laptop a name the office will recognise (for example the group and "
                "the inspector), your name, and the campaign's sync passphrase."
            ).format(package_name)
        )
        self.name_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        form = self.form
        form.insertRow(0, self.tr("&Laptop name:"), self.name_edit)
        form.insertRow(1, self.tr("&Your name:"), self.user_edit)
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
        super().check_and_accept()
