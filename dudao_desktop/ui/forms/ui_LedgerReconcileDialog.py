# Generated from forms/LedgerReconcileDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerReconcileDialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_LedgerReconcileDialog(object):
    def setupUi(self, LedgerReconcileDialog):
        if not LedgerReconcileDialog.objectName():
            LedgerReconcileDialog.setObjectName(u"LedgerReconcileDialog")
        LedgerReconcileDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(LedgerReconcileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(LedgerReconcileDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(LedgerReconcileDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(LedgerReconcileDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.monthLabel = QLabel(LedgerReconcileDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = QDateEdit(LedgerReconcileDialog)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setCalendarPopup(True)
        self.monthEdit.setDisplayFormat(u"yyyy-MM")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(LedgerReconcileDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.differencesTable = QTableWidget(LedgerReconcileDialog)
        self.differencesTable.setObjectName(u"differencesTable")
        self.differencesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differencesTable.setAlternatingRowColors(True)
        self.differencesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differencesTable.setSortingEnabled(True)
        self.differencesTable.setWordWrap(False)
        self.differencesTable.horizontalHeader().setStretchLastSection(True)
        self.differencesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.differencesTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.compareButton = QPushButton(LedgerReconcileDialog)
        self.compareButton.setObjectName(u"compareButton")

        self.buttonLayout.addWidget(self.compareButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.applyButton = QPushButton(LedgerReconcileDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonLayout.addWidget(self.applyButton)

        self.closeButton = QPushButton(LedgerReconcileDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(LedgerReconcileDialog)

        QMetaObject.connectSlotsByName(LedgerReconcileDialog)
    # setupUi

    def retranslateUi(self, LedgerReconcileDialog):
        LedgerReconcileDialog.setWindowTitle(QCoreApplication.translate("LedgerReconcileDialog", u"Monthly reconciliation", None))
        self.fileLabel.setText(QCoreApplication.translate("LedgerReconcileDialog", u"Real-name export", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("LedgerReconcileDialog", u"The month's export from the real-name system (.xlsx)", None))
        self.browseButton.setText(QCoreApplication.translate("LedgerReconcileDialog", u"Choose\u2026", None))
        self.monthLabel.setText(QCoreApplication.translate("LedgerReconcileDialog", u"Month", None))
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("LedgerReconcileDialog", u"Read the file and show the differences (nothing is written)", None))
#endif // QT_CONFIG(tooltip)
        self.compareButton.setText(QCoreApplication.translate("LedgerReconcileDialog", u"Compare", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("LedgerReconcileDialog", u"Write the month's snapshot and update the archive", None))
#endif // QT_CONFIG(tooltip)
        self.applyButton.setText(QCoreApplication.translate("LedgerReconcileDialog", u"Apply as snapshot\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("LedgerReconcileDialog", u"Close", None))
    # retranslateUi

