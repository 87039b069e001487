# Generated from forms/InformationTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'InformationTab.ui'
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
    QLabel, QLineEdit, QSizePolicy, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_InformationTab(object):
    def setupUi(self, InformationTab):
        if not InformationTab.objectName():
            InformationTab.setObjectName(u"InformationTab")
        self.mainLayout = QVBoxLayout(InformationTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(InformationTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(InformationTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.ledgerTabs = QTabWidget(InformationTab)
        self.ledgerTabs.setObjectName(u"ledgerTabs")
        self.snapshotsPage = QWidget()
        self.snapshotsPage.setObjectName(u"snapshotsPage")
        self.snapshotsLayout = QVBoxLayout(self.snapshotsPage)
        self.snapshotsLayout.setObjectName(u"snapshotsLayout")
        self.snapshotsView = QTableView(self.snapshotsPage)
        self.snapshotsView.setObjectName(u"snapshotsView")
        self.snapshotsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.snapshotsView.setAlternatingRowColors(True)
        self.snapshotsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.snapshotsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.snapshotsView.setSortingEnabled(True)
        self.snapshotsView.setWordWrap(False)
        self.snapshotsView.horizontalHeader().setStretchLastSection(True)
        self.snapshotsView.verticalHeader().setVisible(False)

        self.snapshotsLayout.addWidget(self.snapshotsView)

        self.ledgerTabs.addTab(self.snapshotsPage, "")
        self.warningsPage = QWidget()
        self.warningsPage.setObjectName(u"warningsPage")
        self.warningsLayout = QVBoxLayout(self.warningsPage)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsEmptyLabel = QLabel(self.warningsPage)
        self.warningsEmptyLabel.setObjectName(u"warningsEmptyLabel")
        self.warningsEmptyLabel.setWordWrap(True)

        self.warningsLayout.addWidget(self.warningsEmptyLabel)

        self.warningsView = QTableView(self.warningsPage)
        self.warningsView.setObjectName(u"warningsView")
        self.warningsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warningsView.setAlternatingRowColors(True)
        self.warningsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.warningsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.warningsView.setSortingEnabled(True)
        self.warningsView.setWordWrap(False)
        self.warningsView.horizontalHeader().setStretchLastSection(True)
        self.warningsView.verticalHeader().setVisible(False)

        self.warningsLayout.addWidget(self.warningsView)

        self.ledgerTabs.addTab(self.warningsPage, "")
        self.blacklistPage = QWidget()
        self.blacklistPage.setObjectName(u"blacklistPage")
        self.blacklistLayout = QVBoxLayout(self.blacklistPage)
        self.blacklistLayout.setObjectName(u"blacklistLayout")
        self.blacklistView = QTableView(self.blacklistPage)
        self.blacklistView.setObjectName(u"blacklistView")
        self.blacklistView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.blacklistView.setAlternatingRowColors(True)
        self.blacklistView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.blacklistView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.blacklistView.setSortingEnabled(True)
        self.blacklistView.setWordWrap(False)
        self.blacklistView.horizontalHeader().setStretchLastSection(True)
        self.blacklistView.verticalHeader().setVisible(False)

        self.blacklistLayout.addWidget(self.blacklistView)

        self.ledgerTabs.addTab(self.blacklistPage, "")

        self.mainLayout.addWidget(self.ledgerTabs)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(InformationTab)

        QMetaObject.connectSlotsByName(InformationTab)
    # setupUi

    def retranslateUi(self, InformationTab):
        InformationTab.setWindowTitle(QCoreApplication.translate("InformationTab", u"Information data ledger", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InformationTab", u"Search by unit", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.snapshotsPage), QCoreApplication.translate("InformationTab", u"Establishment snapshots", None))
        self.warningsEmptyLabel.setText(QCoreApplication.translate("InformationTab", u"No warnings have been raised.", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.warningsPage), QCoreApplication.translate("InformationTab", u"Warnings", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.blacklistPage), QCoreApplication.translate("InformationTab", u"Blacklist", None))
    # retranslateUi

