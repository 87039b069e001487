# Generated from forms/LedgerBlacklistDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerBlacklistDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LedgerBlacklistDialog(object):
    def setupUi(self, LedgerBlacklistDialog):
        if not LedgerBlacklistDialog.objectName():
            LedgerBlacklistDialog.setObjectName(u"LedgerBlacklistDialog")
        LedgerBlacklistDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(LedgerBlacklistDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitLabel = QLabel(LedgerBlacklistDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(LedgerBlacklistDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.reasonLabel = QLabel(LedgerBlacklistDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(LedgerBlacklistDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 162))
        self.reasonEdit.setMinimumSize(QSize(0, 54))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.evidenceLabel = QLabel(LedgerBlacklistDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QPlainTextEdit(LedgerBlacklistDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")
        self.evidenceEdit.setTabChangesFocus(True)
        self.evidenceEdit.setMaximumSize(QSize(16777215, 162))
        self.evidenceEdit.setMinimumSize(QSize(0, 54))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)

        self.filesLabel = QLabel(LedgerBlacklistDialog)
        self.filesLabel.setObjectName(u"filesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.filesLabel)

        self.filesLayout = QHBoxLayout()
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesList = QListWidget(LedgerBlacklistDialog)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setMaximumSize(QSize(16777215, 70))

        self.filesLayout.addWidget(self.filesList)

        self.filesButtons = QVBoxLayout()
        self.filesButtons.setObjectName(u"filesButtons")
        self.addFilesButton = QPushButton(LedgerBlacklistDialog)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.filesButtons.addWidget(self.addFilesButton)

        self.filesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filesButtons.addItem(self.filesSpacer)


        self.filesLayout.addLayout(self.filesButtons)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.filesLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(LedgerBlacklistDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(LedgerBlacklistDialog)

        QMetaObject.connectSlotsByName(LedgerBlacklistDialog)
    # setupUi

    def retranslateUi(self, LedgerBlacklistDialog):
        LedgerBlacklistDialog.setWindowTitle(QCoreApplication.translate("LedgerBlacklistDialog", u"Put a unit on the blacklist", None))
        self.unitLabel.setText(QCoreApplication.translate("LedgerBlacklistDialog", u"Unit", None))
        self.reasonLabel.setText(QCoreApplication.translate("LedgerBlacklistDialog", u"Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LedgerBlacklistDialog", u"Lax execution, poor implementation or poor operation: say what", None))
        self.evidenceLabel.setText(QCoreApplication.translate("LedgerBlacklistDialog", u"Evidence", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("LedgerBlacklistDialog", u"What the listing rests on (documents, findings)", None))
        self.filesLabel.setText(QCoreApplication.translate("LedgerBlacklistDialog", u"Files", None))
        self.addFilesButton.setText(QCoreApplication.translate("LedgerBlacklistDialog", u"Add files\u2026", None))
    # retranslateUi

