# Generated from forms/FindingsDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'FindingsDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FindingsDialog(object):
    def setupUi(self, FindingsDialog):
        if not FindingsDialog.objectName():
            FindingsDialog.setObjectName(u"FindingsDialog")
        FindingsDialog.resize(860, 420)
        self.mainLayout = QVBoxLayout(FindingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(FindingsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.findingsTable = QTableWidget(FindingsDialog)
        if (self.findingsTable.columnCount() < 4):
            self.findingsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.findingsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.findingsTable.setObjectName(u"findingsTable")
        self.findingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingsTable.setAlternatingRowColors(True)
        self.findingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsTable.setWordWrap(True)
        self.findingsTable.horizontalHeader().setStretchLastSection(True)
        self.findingsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.findingsTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.copyButton = QPushButton(FindingsDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonsLayout.addWidget(self.copyButton)

        self.buttonBox = QDialogButtonBox(FindingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(FindingsDialog)

        QMetaObject.connectSlotsByName(FindingsDialog)
    # setupUi

    def retranslateUi(self, FindingsDialog):
        FindingsDialog.setWindowTitle(QCoreApplication.translate("FindingsDialog", u"Nothing was imported", None))
        ___qtablewidgetitem = self.findingsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FindingsDialog", u"Sheet", None))
        ___qtablewidgetitem1 = self.findingsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FindingsDialog", u"Row", None))
        ___qtablewidgetitem2 = self.findingsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FindingsDialog", u"Column", None))
        ___qtablewidgetitem3 = self.findingsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FindingsDialog", u"Problem", None))
        self.copyButton.setText(QCoreApplication.translate("FindingsDialog", u"&Copy report", None))
    # retranslateUi

