# Generated from forms/ColumnMappingDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ColumnMappingDialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ColumnMappingDialog(object):
    def setupUi(self, ColumnMappingDialog):
        if not ColumnMappingDialog.objectName():
            ColumnMappingDialog.setObjectName(u"ColumnMappingDialog")
        ColumnMappingDialog.resize(900, 520)
        self.mainLayout = QVBoxLayout(ColumnMappingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ColumnMappingDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.columnsTable = QTableWidget(ColumnMappingDialog)
        if (self.columnsTable.columnCount() < 4):
            self.columnsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.columnsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.columnsTable.setObjectName(u"columnsTable")
        self.columnsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columnsTable.setAlternatingRowColors(True)
        self.columnsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columnsTable.horizontalHeader().setStretchLastSection(True)
        self.columnsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.columnsTable)

        self.missingLabel = QLabel(ColumnMappingDialog)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setText(u"")
        self.missingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.missingLabel)

        self.buttonBox = QDialogButtonBox(ColumnMappingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ColumnMappingDialog)

        QMetaObject.connectSlotsByName(ColumnMappingDialog)
    # setupUi

    def retranslateUi(self, ColumnMappingDialog):
        ColumnMappingDialog.setWindowTitle(QCoreApplication.translate("ColumnMappingDialog", u"Match the columns", None))
        ___qtablewidgetitem = self.columnsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ColumnMappingDialog", u"Column", None))
        ___qtablewidgetitem1 = self.columnsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ColumnMappingDialog", u"Title in the workbook", None))
        ___qtablewidgetitem2 = self.columnsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ColumnMappingDialog", u"First values", None))
        ___qtablewidgetitem3 = self.columnsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ColumnMappingDialog", u"Holds", None))
    # retranslateUi

