# Generated from forms/LedgerRecordDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerRecordDialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LedgerRecordDialog(object):
    def setupUi(self, LedgerRecordDialog):
        if not LedgerRecordDialog.objectName():
            LedgerRecordDialog.setObjectName(u"LedgerRecordDialog")
        self.mainLayout = QVBoxLayout(LedgerRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitLabel = QLabel(LedgerRecordDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(LedgerRecordDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.buttons = QDialogButtonBox(LedgerRecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LedgerRecordDialog)

        QMetaObject.connectSlotsByName(LedgerRecordDialog)
    # setupUi

    def retranslateUi(self, LedgerRecordDialog):
        LedgerRecordDialog.setWindowTitle(QCoreApplication.translate("LedgerRecordDialog", u"New record", None))
        self.unitLabel.setText(QCoreApplication.translate("LedgerRecordDialog", u"&Unit", None))
    # retranslateUi

