"""Who works on this installation: sign in at start, and *Tools → Users and roles…*.

Sign-offs (grade confirmation, 审定, 销号) record the signed-in user; with no users defined
(a single-user laptop) the window opens straight away and sign-offs ask for a user first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..model.vocab import USER_ROLES
from ..services import users
from .errors import show_error
from .forms.ui_SignInDialog import Ui_SignInDialog
from .forms.ui_UsersDialog import Ui_UsersDialog
from .window_fit import Dialog


def role_label(role: str) -> str:
    return QCoreApplication.translate("Vocab", USER_ROLES.get(role, role))


class SignInDialog(Dialog):
    """Choose the current user; the password is asked only for an account that has one."""

    signed_in = Signal(str)  # the user's name

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        current = users.current_user(database)
        for account in users.list_users(database):
            self.ui.userCombo.addItem(f"{account.name}（{role_label(account.role)}）", account.name)
            if current is not None and current.name == account.name:
                self.ui.userCombo.setCurrentIndex(self.ui.userCombo.count() - 1)
        self.ui.userCombo.currentIndexChanged.connect(self.show_password)
        self.ui.buttons.accepted.connect(self.sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.show_password()

    def show_password(self, *_args) -> None:
        name = self.ui.userCombo.currentData()
        needed = bool(name) and users.needs_password(self.database, name)
        self.ui.passwordLabel.setVisible(needed)
        self.ui.passwordEdit.setVisible(needed)
        self.ui.passwordEdit.clear()

    def sign_in(self) -> None:
        name = self.ui.userCombo.currentData()
        if not name:
            return
        try:
            users.sign_in(self.database, name, self.ui.passwordEdit.text())
        except DudaoError as error:
            self.ui.messageLabel.setText(i18n.error_text(error))
            self.ui.passwordEdit.selectAll()
            return
        self.signed_in.emit(name)
        self.accept()


class UsersDialog(Dialog):
    """The installation's users: add one (name, role, optional password, 销号 approver) and
    sign in as the selected one."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.sign_in_dialog: SignInDialog | None = None
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        for key in USER_ROLES:
            self.ui.roleCombo.addItem(role_label(key), key)
        self.ui.usersTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.signInButton.clicked.connect(self.open_sign_in)
        self.ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        table = self.ui.usersTable
        accounts = users.list_users(self.database)
        current = users.current_user(self.database)
        headers = [self.tr("Name"), self.tr("Role"), self.tr("Password"), self.tr("销号 approver")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            name = account.name
            if current is not None and current.id == account.id:
                name += " " + self.tr("(signed in)")
            texts = [
                name,
                role_label(account.role),
                self.tr("Yes") if account.password_hash else "",
                self.tr("Yes") if account.approves_closing else "",
            ]
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))

    def add(self) -> None:
        try:
            users.add_user(
                self.database,
                self.ui.nameEdit.text(),
                self.ui.roleCombo.currentData(),
                self.ui.passwordEdit.text(),
                self.ui.approverCheck.isChecked(),
            )
        except DudaoError as error:
            show_error(self, error)
            return
        self.ui.nameEdit.clear()
        self.ui.passwordEdit.clear()
        self.ui.approverCheck.setChecked(False)
        self.refresh()
        self.changed.emit()

    def open_sign_in(self) -> SignInDialog:
        dialog = SignInDialog(self.database, self)
        row = self.ui.usersTable.currentRow()
        if row >= 0:
            dialog.ui.userCombo.setCurrentIndex(row)
        dialog.signed_in.connect(lambda _name: (self.refresh(), self.changed.emit()))
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog
