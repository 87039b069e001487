# Generated from forms/UsersDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'UsersDialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.usersTable = QTableWidget(UsersDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.usersTable)

        self.newUserGroup = QGroupBox(UsersDialog)
        self.newUserGroup.setObjectName(u"newUserGroup")
        self.newUserForm = QFormLayout(self.newUserGroup)
        self.newUserForm.setObjectName(u"newUserForm")
        self.nameLabel = QLabel(self.newUserGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newUserForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.newUserGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.newUserForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.newUserGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.newUserForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.newUserGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.newUserForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(self.newUserGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.newUserForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.newUserGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newUserForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.approverCheck = QCheckBox(self.newUserGroup)
        self.approverCheck.setObjectName(u"approverCheck")

        self.newUserForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approverCheck)

        self.addButton = QPushButton(self.newUserGroup)
        self.addButton.setObjectName(u"addButton")

        self.newUserForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.mainLayout.addWidget(self.newUserGroup)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.signInButton = QPushButton(UsersDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonsLayout.addWidget(self.signInButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.spacer)

        self.closeButton = QPushButton(UsersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users and roles", None))
        self.newUserGroup.setTitle(QCoreApplication.translate("UsersDialog", u"New user", None))
        self.nameLabel.setText(QCoreApplication.translate("UsersDialog", u"&Name", None))
        self.roleLabel.setText(QCoreApplication.translate("UsersDialog", u"&Role", None))
        self.passwordLabel.setText(QCoreApplication.translate("UsersDialog", u"&Password (optional)", None))
        self.approverCheck.setText(QCoreApplication.translate("UsersDialog", u"Approves closing problems (\u9500\u53f7)", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&Add user", None))
        self.signInButton.setText(QCoreApplication.translate("UsersDialog", u"&Sign in as selected\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("UsersDialog", u"Close", None))
    # retranslateUi

