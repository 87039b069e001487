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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

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

        self.departmentCombo = QComboBox(InformationTab)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.departmentCombo)

        self.savedFilterCombo = QComboBox(InformationTab)
        self.savedFilterCombo.setObjectName(u"savedFilterCombo")
        self.savedFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.savedFilterCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.savedFilterCombo)

        self.saveFilterButton = QPushButton(InformationTab)
        self.saveFilterButton.setObjectName(u"saveFilterButton")

        self.filterLayout.addWidget(self.saveFilterButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.reconcileButton = QPushButton(InformationTab)
        self.reconcileButton.setObjectName(u"reconcileButton")

        self.filterLayout.addWidget(self.reconcileButton)

        self.exportButton = QPushButton(InformationTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.ledgerTabs = QTabWidget(InformationTab)
        self.ledgerTabs.setObjectName(u"ledgerTabs")
        self.archivePage = QWidget()
        self.archivePage.setObjectName(u"archivePage")
        self.archiveLayout = QVBoxLayout(self.archivePage)
        self.archiveLayout.setObjectName(u"archiveLayout")
        self.archiveSplitter = QSplitter(self.archivePage)
        self.archiveSplitter.setObjectName(u"archiveSplitter")
        self.archiveSplitter.setOrientation(Qt.Orientation.Vertical)
        self.archiveSplitter.setChildrenCollapsible(False)
        self.archiveView = QTableView(self.archiveSplitter)
        self.archiveView.setObjectName(u"archiveView")
        self.archiveView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.archiveView.setAlternatingRowColors(True)
        self.archiveView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.archiveView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.archiveView.setSortingEnabled(True)
        self.archiveView.setWordWrap(False)
        self.archiveSplitter.addWidget(self.archiveView)
        self.archiveView.horizontalHeader().setStretchLastSection(True)
        self.archiveView.verticalHeader().setVisible(False)
        self.historyGroup = QGroupBox(self.archiveSplitter)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTableView(self.historyGroup)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyView.setSortingEnabled(False)
        self.historyView.setWordWrap(False)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyView)

        self.archiveSplitter.addWidget(self.historyGroup)

        self.archiveLayout.addWidget(self.archiveSplitter)

        self.ledgerTabs.addTab(self.archivePage, "")
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
        self.warningButtons = QHBoxLayout()
        self.warningButtons.setObjectName(u"warningButtons")
        self.openWarningsCheck = QCheckBox(self.warningsPage)
        self.openWarningsCheck.setObjectName(u"openWarningsCheck")

        self.warningButtons.addWidget(self.openWarningsCheck)

        self.warningSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.warningButtons.addItem(self.warningSpacer)

        self.recomputeButton = QPushButton(self.warningsPage)
        self.recomputeButton.setObjectName(u"recomputeButton")

        self.warningButtons.addWidget(self.recomputeButton)

        self.acknowledgeButton = QPushButton(self.warningsPage)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.warningButtons.addWidget(self.acknowledgeButton)


        self.warningsLayout.addLayout(self.warningButtons)

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

        self.warningDetailLabel = QLabel(self.warningsPage)
        self.warningDetailLabel.setObjectName(u"warningDetailLabel")
        self.warningDetailLabel.setText(u"")
        self.warningDetailLabel.setWordWrap(True)
        self.warningDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.warningsLayout.addWidget(self.warningDetailLabel)

        self.warningsLayout.setStretch(2, 1)
        self.ledgerTabs.addTab(self.warningsPage, "")
        self.blacklistPage = QWidget()
        self.blacklistPage.setObjectName(u"blacklistPage")
        self.blacklistLayout = QVBoxLayout(self.blacklistPage)
        self.blacklistLayout.setObjectName(u"blacklistLayout")
        self.blacklistButtons = QHBoxLayout()
        self.blacklistButtons.setObjectName(u"blacklistButtons")
        self.currentOnlyCheck = QCheckBox(self.blacklistPage)
        self.currentOnlyCheck.setObjectName(u"currentOnlyCheck")

        self.blacklistButtons.addWidget(self.currentOnlyCheck)

        self.blacklistSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.blacklistButtons.addItem(self.blacklistSpacer)

        self.addBlacklistButton = QPushButton(self.blacklistPage)
        self.addBlacklistButton.setObjectName(u"addBlacklistButton")

        self.blacklistButtons.addWidget(self.addBlacklistButton)

        self.removeBlacklistButton = QPushButton(self.blacklistPage)
        self.removeBlacklistButton.setObjectName(u"removeBlacklistButton")

        self.blacklistButtons.addWidget(self.removeBlacklistButton)


        self.blacklistLayout.addLayout(self.blacklistButtons)

        self.blacklistSplitter = QSplitter(self.blacklistPage)
        self.blacklistSplitter.setObjectName(u"blacklistSplitter")
        self.blacklistSplitter.setOrientation(Qt.Orientation.Vertical)
        self.blacklistSplitter.setChildrenCollapsible(False)
        self.blacklistView = QTableView(self.blacklistSplitter)
        self.blacklistView.setObjectName(u"blacklistView")
        self.blacklistView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.blacklistView.setAlternatingRowColors(True)
        self.blacklistView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.blacklistView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.blacklistView.setSortingEnabled(True)
        self.blacklistView.setWordWrap(False)
        self.blacklistSplitter.addWidget(self.blacklistView)
        self.blacklistView.horizontalHeader().setStretchLastSection(True)
        self.blacklistView.verticalHeader().setVisible(False)
        self.blacklistHistoryGroup = QGroupBox(self.blacklistSplitter)
        self.blacklistHistoryGroup.setObjectName(u"blacklistHistoryGroup")
        self.blacklistHistoryLayout = QVBoxLayout(self.blacklistHistoryGroup)
        self.blacklistHistoryLayout.setObjectName(u"blacklistHistoryLayout")
        self.blacklistHistoryBrowser = QTextBrowser(self.blacklistHistoryGroup)
        self.blacklistHistoryBrowser.setObjectName(u"blacklistHistoryBrowser")

        self.blacklistHistoryLayout.addWidget(self.blacklistHistoryBrowser)

        self.blacklistSplitter.addWidget(self.blacklistHistoryGroup)

        self.blacklistLayout.addWidget(self.blacklistSplitter)

        self.ledgerTabs.addTab(self.blacklistPage, "")
        self.accountabilityPage = QWidget()
        self.accountabilityPage.setObjectName(u"accountabilityPage")
        self.accountabilityLayout = QVBoxLayout(self.accountabilityPage)
        self.accountabilityLayout.setObjectName(u"accountabilityLayout")
        self.accountabilityButtons = QHBoxLayout()
        self.accountabilityButtons.setObjectName(u"accountabilityButtons")
        self.accountabilitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountabilityButtons.addItem(self.accountabilitySpacer)

        self.addAccountabilityButton = QPushButton(self.accountabilityPage)
        self.addAccountabilityButton.setObjectName(u"addAccountabilityButton")

        self.accountabilityButtons.addWidget(self.addAccountabilityButton)


        self.accountabilityLayout.addLayout(self.accountabilityButtons)

        self.accountabilityView = QTableView(self.accountabilityPage)
        self.accountabilityView.setObjectName(u"accountabilityView")
        self.accountabilityView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountabilityView.setAlternatingRowColors(True)
        self.accountabilityView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountabilityView.setSortingEnabled(True)
        self.accountabilityView.setWordWrap(False)
        self.accountabilityView.horizontalHeader().setStretchLastSection(True)
        self.accountabilityView.verticalHeader().setVisible(False)

        self.accountabilityLayout.addWidget(self.accountabilityView)

        self.ledgerTabs.addTab(self.accountabilityPage, "")

        self.mainLayout.addWidget(self.ledgerTabs)

        self.countLabel = QLabel(InformationTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(InformationTab)

        QMetaObject.connectSlotsByName(InformationTab)
    # setupUi

    def retranslateUi(self, InformationTab):
        InformationTab.setWindowTitle(QCoreApplication.translate("InformationTab", u"Information data ledger", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InformationTab", u"Search by unit", None))
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("InformationTab", u"Supervising department of the unit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.savedFilterCombo.setToolTip(QCoreApplication.translate("InformationTab", u"Saved filters", None))
#endif // QT_CONFIG(tooltip)
        self.saveFilterButton.setText(QCoreApplication.translate("InformationTab", u"Save filter\u2026", None))
#if QT_CONFIG(tooltip)
        self.reconcileButton.setToolTip(QCoreApplication.translate("InformationTab", u"Compare a month's real-name system export with the archive and apply it as a snapshot", None))
#endif // QT_CONFIG(tooltip)
        self.reconcileButton.setText(QCoreApplication.translate("InformationTab", u"Monthly reconciliation\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("InformationTab", u"Export the page shown to .xlsx", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("InformationTab", u"Export\u2026", None))
        self.historyGroup.setTitle(QCoreApplication.translate("InformationTab", u"History of the selected unit", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.archivePage), QCoreApplication.translate("InformationTab", u"Establishment archive", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.snapshotsPage), QCoreApplication.translate("InformationTab", u"Establishment snapshots", None))
        self.openWarningsCheck.setText(QCoreApplication.translate("InformationTab", u"Open warnings only", None))
#if QT_CONFIG(tooltip)
        self.recomputeButton.setToolTip(QCoreApplication.translate("InformationTab", u"Apply the warning rules to the current figures", None))
#endif // QT_CONFIG(tooltip)
        self.recomputeButton.setText(QCoreApplication.translate("InformationTab", u"Recompute warnings", None))
#if QT_CONFIG(tooltip)
        self.acknowledgeButton.setToolTip(QCoreApplication.translate("InformationTab", u"Acknowledge the selected warning with a note on how it is handled", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledgeButton.setText(QCoreApplication.translate("InformationTab", u"Acknowledge\u2026", None))
        self.warningsEmptyLabel.setText(QCoreApplication.translate("InformationTab", u"No warnings have been raised.", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.warningsPage), QCoreApplication.translate("InformationTab", u"Warnings", None))
        self.currentOnlyCheck.setText(QCoreApplication.translate("InformationTab", u"On the blacklist now only", None))
        self.addBlacklistButton.setText(QCoreApplication.translate("InformationTab", u"Put a unit on the blacklist\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeBlacklistButton.setToolTip(QCoreApplication.translate("InformationTab", u"Take the selected unit off the blacklist with a reason; the entry stays as history", None))
#endif // QT_CONFIG(tooltip)
        self.removeBlacklistButton.setText(QCoreApplication.translate("InformationTab", u"Take off the blacklist\u2026", None))
        self.blacklistHistoryGroup.setTitle(QCoreApplication.translate("InformationTab", u"Blacklist history of the selected unit", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.blacklistPage), QCoreApplication.translate("InformationTab", u"Blacklist", None))
#if QT_CONFIG(tooltip)
        self.addAccountabilityButton.setToolTip(QCoreApplication.translate("InformationTab", u"Record a \u7ea6\u8c08, \u901a\u62a5 or \u95ee\u8d23 of a unit", None))
#endif // QT_CONFIG(tooltip)
        self.addAccountabilityButton.setText(QCoreApplication.translate("InformationTab", u"Record talk, notice or accountability\u2026", None))
        self.ledgerTabs.setTabText(self.ledgerTabs.indexOf(self.accountabilityPage), QCoreApplication.translate("InformationTab", u"Accountability", None))
    # retranslateUi

