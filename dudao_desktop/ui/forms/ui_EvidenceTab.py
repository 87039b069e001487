# Generated from forms/EvidenceTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'EvidenceTab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_EvidenceTab(object):
    def setupUi(self, EvidenceTab):
        if not EvidenceTab.objectName():
            EvidenceTab.setObjectName(u"EvidenceTab")
        self.mainLayout = QVBoxLayout(EvidenceTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(EvidenceTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(EvidenceTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(EvidenceTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.evidenceGroup = QGroupBox(self.splitter)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceEmptyLabel = QLabel(self.evidenceGroup)
        self.evidenceEmptyLabel.setObjectName(u"evidenceEmptyLabel")
        self.evidenceEmptyLabel.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceEmptyLabel)

        self.evidenceView = QTableView(self.evidenceGroup)
        self.evidenceView.setObjectName(u"evidenceView")
        self.evidenceView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidenceView.setAlternatingRowColors(True)
        self.evidenceView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidenceView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidenceView.setSortingEnabled(True)
        self.evidenceView.setWordWrap(False)
        self.evidenceView.horizontalHeader().setStretchLastSection(True)
        self.evidenceView.verticalHeader().setVisible(False)

        self.evidenceLayout.addWidget(self.evidenceView)

        self.splitter.addWidget(self.evidenceGroup)
        self.interviewsGroup = QGroupBox(self.splitter)
        self.interviewsGroup.setObjectName(u"interviewsGroup")
        self.interviewsLayout = QVBoxLayout(self.interviewsGroup)
        self.interviewsLayout.setObjectName(u"interviewsLayout")
        self.interviewsEmptyLabel = QLabel(self.interviewsGroup)
        self.interviewsEmptyLabel.setObjectName(u"interviewsEmptyLabel")
        self.interviewsEmptyLabel.setWordWrap(True)

        self.interviewsLayout.addWidget(self.interviewsEmptyLabel)

        self.interviewsView = QTableView(self.interviewsGroup)
        self.interviewsView.setObjectName(u"interviewsView")
        self.interviewsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.interviewsView.setAlternatingRowColors(True)
        self.interviewsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.interviewsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.interviewsView.setSortingEnabled(True)
        self.interviewsView.setWordWrap(False)
        self.interviewsView.horizontalHeader().setStretchLastSection(True)
        self.interviewsView.verticalHeader().setVisible(False)

        self.interviewsLayout.addWidget(self.interviewsView)

        self.splitter.addWidget(self.interviewsGroup)

        self.mainLayout.addWidget(self.splitter)


        self.retranslateUi(EvidenceTab)

        QMetaObject.connectSlotsByName(EvidenceTab)
    # setupUi

    def retranslateUi(self, EvidenceTab):
        EvidenceTab.setWindowTitle(QCoreApplication.translate("EvidenceTab", u"On-site evidence", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EvidenceTab", u"Search evidence and interviews", None))
        self.evidenceGroup.setTitle(QCoreApplication.translate("EvidenceTab", u"Evidence", None))
        self.evidenceEmptyLabel.setText(QCoreApplication.translate("EvidenceTab", u"No evidence has been recorded yet. Evidence captured on site appears here.", None))
        self.interviewsGroup.setTitle(QCoreApplication.translate("EvidenceTab", u"Interviews", None))
        self.interviewsEmptyLabel.setText(QCoreApplication.translate("EvidenceTab", u"No interviews have been recorded yet.", None))
    # retranslateUi

