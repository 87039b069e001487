# Generated from forms/DatabaseSettingsPage.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'DatabaseSettingsPage.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_DatabaseSettingsPage(object):
    def setupUi(self, DatabaseSettingsPage):
        if not DatabaseSettingsPage.objectName():
            DatabaseSettingsPage.setObjectName(u"DatabaseSettingsPage")
        self.pageLayout = QVBoxLayout(DatabaseSettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.fileRadio = QRadioButton(DatabaseSettingsPage)
        self.fileRadio.setObjectName(u"fileRadio")
        self.fileRadio.setChecked(True)

        self.pageLayout.addWidget(self.fileRadio)

        self.serverRadio = QRadioButton(DatabaseSettingsPage)
        self.serverRadio.setObjectName(u"serverRadio")

        self.pageLayout.addWidget(self.serverRadio)

        self.serverBox = QWidget(DatabaseSettingsPage)
        self.serverBox.setObjectName(u"serverBox")
        self.serverLayout = QFormLayout(self.serverBox)
        self.serverLayout.setObjectName(u"serverLayout")
        self.hostLabel = QLabel(self.serverBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostLayout = QHBoxLayout()
        self.hostLayout.setObjectName(u"hostLayout")
        self.hostEdit = QLineEdit(self.serverBox)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostLayout.addWidget(self.hostEdit)

        self.portLabel = QLabel(self.serverBox)
        self.portLabel.setObjectName(u"portLabel")

        self.hostLayout.addWidget(self.portLabel)

        self.portSpin = QSpinBox(self.serverBox)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.hostLayout.addWidget(self.portSpin)


        self.serverLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostLayout)

        self.databaseLabel = QLabel(self.serverBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.serverBox)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setText(u"dudao")

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.serverBox)
        self.userLabel.setObjectName(u"userLabel")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.serverBox)
        self.userEdit.setObjectName(u"userEdit")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.serverBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.serverBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(self.serverBox)
        self.testButton.setObjectName(u"testButton")

        self.testLayout.addWidget(self.testButton)

        self.testResultLabel = QLabel(self.serverBox)
        self.testResultLabel.setObjectName(u"testResultLabel")
        self.testResultLabel.setWordWrap(True)

        self.testLayout.addWidget(self.testResultLabel)


        self.serverLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.testLayout)


        self.pageLayout.addWidget(self.serverBox)

        self.keyringLabel = QLabel(DatabaseSettingsPage)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.keyringLabel)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DatabaseSettingsPage)

        QMetaObject.connectSlotsByName(DatabaseSettingsPage)
    # setupUi

    def retranslateUi(self, DatabaseSettingsPage):
        DatabaseSettingsPage.setTitle(QCoreApplication.translate("DatabaseSettingsPage", u"Office database", None))
        self.fileRadio.setText(QCoreApplication.translate("DatabaseSettingsPage", u"A database &file on this computer (field laptops, an office with one clerk)", None))
        self.serverRadio.setText(QCoreApplication.translate("DatabaseSettingsPage", u"The office's database &server (PostgreSQL), shared by several clerks", None))
        self.hostLabel.setText(QCoreApplication.translate("DatabaseSettingsPage", u"Ser&ver:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("DatabaseSettingsPage", u"e.g. bianban-server or 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("DatabaseSettingsPage", u"P&ort:", None))
        self.databaseLabel.setText(QCoreApplication.translate("DatabaseSettingsPage", u"&Database:", None))
        self.userLabel.setText(QCoreApplication.translate("DatabaseSettingsPage", u"&User name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("DatabaseSettingsPage", u"&Password:", None))
        self.testButton.setText(QCoreApplication.translate("DatabaseSettingsPage", u"&Test connection", None))
    # retranslateUi

