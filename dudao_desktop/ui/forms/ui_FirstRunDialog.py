# Generated from forms/FirstRunDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'FirstRunDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 420)
        self.verticalLayout = QVBoxLayout(FirstRunDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.dataDirLabel = QLabel(FirstRunDialog)
        self.dataDirLabel.setObjectName(u"dataDirLabel")
        self.dataDirLabel.setText(u"/path")
        self.dataDirLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.dataDirLabel)

        self.demoGroup = QGroupBox(FirstRunDialog)
        self.demoGroup.setObjectName(u"demoGroup")
        self.demoLayout = QVBoxLayout(self.demoGroup)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoLabel = QLabel(self.demoGroup)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)

        self.demoLayout.addWidget(self.demoLabel)

        self.demoButton = QPushButton(self.demoGroup)
        self.demoButton.setObjectName(u"demoButton")

        self.demoLayout.addWidget(self.demoButton)


        self.verticalLayout.addWidget(self.demoGroup)

        self.officeGroup = QGroupBox(FirstRunDialog)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeLayout = QFormLayout(self.officeGroup)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeNameLabel = QLabel(self.officeGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.officeGroup)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.userNameLabel = QLabel(self.officeGroup)
        self.userNameLabel.setObjectName(u"userNameLabel")

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userNameLabel)

        self.userNameEdit = QLineEdit(self.officeGroup)
        self.userNameEdit.setObjectName(u"userNameEdit")

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userNameEdit)

        self.createButton = QPushButton(self.officeGroup)
        self.createButton.setObjectName(u"createButton")

        self.officeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.createButton)


        self.verticalLayout.addWidget(self.officeGroup)

        self.packageButton = QPushButton(FirstRunDialog)
        self.packageButton.setObjectName(u"packageButton")

        self.verticalLayout.addWidget(self.packageButton)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.userNameLabel.setBuddy(self.userNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to dudao-desktop", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"There is no database in this data directory yet. Choose how to start:", None))
        self.demoGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"Demo campaign", None))
        self.demoLabel.setText(QCoreApplication.translate("FirstRunDialog", u"A complete example: a county-level city's office with 420 units, 30 inspectors and 5 inspection groups. Good for trying the application out.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"Open the &demo campaign", None))
        self.officeGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"New office database", None))
        self.officeNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Office &name:", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. the city's establishment office", None))
        self.userNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Your name:", None))
        self.createButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Create office database", None))
        self.packageButton.setText(QCoreApplication.translate("FirstRunDialog", u"Set up this &laptop\u2026", None))
    # retranslateUi

