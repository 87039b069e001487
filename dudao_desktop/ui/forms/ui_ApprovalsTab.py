# Generated from forms/ApprovalsTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ApprovalsTab.ui'
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
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ApprovalsTab(object):
    def setupUi(self, ApprovalsTab):
        if not ApprovalsTab.objectName():
            ApprovalsTab.setObjectName(u"ApprovalsTab")
        self.mainLayout = QVBoxLayout(ApprovalsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ApprovalsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(ApprovalsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(ApprovalsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.approvalsView = QTableView(self.splitter)
        self.approvalsView.setObjectName(u"approvalsView")
        self.approvalsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.approvalsView.setAlternatingRowColors(True)
        self.approvalsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approvalsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.approvalsView.setSortingEnabled(True)
        self.approvalsView.setWordWrap(False)
        self.splitter.addWidget(self.approvalsView)
        self.approvalsView.horizontalHeader().setStretchLastSection(True)
        self.approvalsView.verticalHeader().setVisible(False)
        self.detailGroup = QGroupBox(self.splitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailBrowser = QTextBrowser(self.detailGroup)
        self.detailBrowser.setObjectName(u"detailBrowser")

        self.detailLayout.addWidget(self.detailBrowser)

        self.splitter.addWidget(self.detailGroup)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ApprovalsTab)

        QMetaObject.connectSlotsByName(ApprovalsTab)
    # setupUi

    def retranslateUi(self, ApprovalsTab):
        ApprovalsTab.setWindowTitle(QCoreApplication.translate("ApprovalsTab", u"Matter approval ledger", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ApprovalsTab", u"Search matters by title or unit", None))
        self.detailGroup.setTitle(QCoreApplication.translate("ApprovalsTab", u"Matter", None))
    # retranslateUi

