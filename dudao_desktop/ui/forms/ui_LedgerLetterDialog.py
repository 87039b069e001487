# Generated from forms/LedgerLetterDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerLetterDialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_LedgerLetterDialog(object):
    def setupUi(self, LedgerLetterDialog):
        if not LedgerLetterDialog.objectName():
            LedgerLetterDialog.setObjectName(u"LedgerLetterDialog")
        LedgerLetterDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(LedgerLetterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.kindCombo = QComboBox(LedgerLetterDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.optionsLayout.addWidget(self.kindCombo)

        self.docNumberEdit = QLineEdit(LedgerLetterDialog)
        self.docNumberEdit.setObjectName(u"docNumberEdit")

        self.optionsLayout.addWidget(self.docNumberEdit)


        self.mainLayout.addLayout(self.optionsLayout)

        self.previewBrowser = QTextBrowser(LedgerLetterDialog)
        self.previewBrowser.setObjectName(u"previewBrowser")

        self.mainLayout.addWidget(self.previewBrowser)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(LedgerLetterDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.approveButton = QPushButton(LedgerLetterDialog)
        self.approveButton.setObjectName(u"approveButton")

        self.buttonLayout.addWidget(self.approveButton)

        self.issueButton = QPushButton(LedgerLetterDialog)
        self.issueButton.setObjectName(u"issueButton")

        self.buttonLayout.addWidget(self.issueButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(LedgerLetterDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(LedgerLetterDialog)

        QMetaObject.connectSlotsByName(LedgerLetterDialog)
    # setupUi

    def retranslateUi(self, LedgerLetterDialog):
        LedgerLetterDialog.setWindowTitle(QCoreApplication.translate("LedgerLetterDialog", u"Feedback letter", None))
        self.docNumberEdit.setPlaceholderText(QCoreApplication.translate("LedgerLetterDialog", u"Document number", None))
        self.printButton.setText(QCoreApplication.translate("LedgerLetterDialog", u"Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("LedgerLetterDialog", u"\u5ba1\u5b9a: approve the document as the signed-in office leader; until then it prints as a draft", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("LedgerLetterDialog", u"Approve (\u5ba1\u5b9a)", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("LedgerLetterDialog", u"Mark the letter issued today: the unit's identified problems become notified", None))
#endif // QT_CONFIG(tooltip)
        self.issueButton.setText(QCoreApplication.translate("LedgerLetterDialog", u"Issue", None))
        self.closeButton.setText(QCoreApplication.translate("LedgerLetterDialog", u"Close", None))
    # retranslateUi

