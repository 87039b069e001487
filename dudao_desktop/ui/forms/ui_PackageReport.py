# Generated from forms/PackageReport.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PackageReport.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PackageReport(object):
    def setupUi(self, PackageReport):
        if not PackageReport.objectName():
            PackageReport.setObjectName(u"PackageReport")
        PackageReport.resize(760, 320)
        self.verticalLayout = QVBoxLayout(PackageReport)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(PackageReport)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.reportTable = QTableWidget(PackageReport)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportTable.setAlternatingRowColors(True)
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportTable.setWordWrap(True)

        self.verticalLayout.addWidget(self.reportTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.applyButton = QPushButton(PackageReport)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonLayout.addWidget(self.applyButton)

        self.discardButton = QPushButton(PackageReport)
        self.discardButton.setObjectName(u"discardButton")

        self.buttonLayout.addWidget(self.discardButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.printButton = QPushButton(PackageReport)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.savePdfButton = QPushButton(PackageReport)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonLayout.addWidget(self.savePdfButton)


        self.verticalLayout.addLayout(self.buttonLayout)


        self.retranslateUi(PackageReport)

        QMetaObject.connectSlotsByName(PackageReport)
    # setupUi

    def retranslateUi(self, PackageReport):
        self.summaryLabel.setText(QCoreApplication.translate("PackageReport", u"No import yet. Choose package files or a folder to import; a preview is shown before anything changes.", None))
        self.applyButton.setText(QCoreApplication.translate("PackageReport", u"&Apply the import", None))
        self.discardButton.setText(QCoreApplication.translate("PackageReport", u"&Discard the preview", None))
        self.printButton.setText(QCoreApplication.translate("PackageReport", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("PackageReport", u"Save as P&DF\u2026", None))
        pass
    # retranslateUi

