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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
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

        self.phaseCombo = QComboBox(ApprovalsTab)
        self.phaseCombo.setObjectName(u"phaseCombo")
        self.phaseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.phaseCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.phaseCombo)

        self.unitCombo = QComboBox(ApprovalsTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.unitCombo)

        self.departmentCombo = QComboBox(ApprovalsTab)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.departmentCombo)


        self.mainLayout.addLayout(self.filterLayout)

        self.filterLayout2 = QHBoxLayout()
        self.filterLayout2.setObjectName(u"filterLayout2")
        self.dateRangeCheck = QCheckBox(ApprovalsTab)
        self.dateRangeCheck.setObjectName(u"dateRangeCheck")

        self.filterLayout2.addWidget(self.dateRangeCheck)

        self.fromDate = QDateEdit(ApprovalsTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout2.addWidget(self.fromDate)

        self.toLabel = QLabel(ApprovalsTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout2.addWidget(self.toLabel)

        self.toDate = QDateEdit(ApprovalsTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout2.addWidget(self.toDate)

        self.savedFilterCombo = QComboBox(ApprovalsTab)
        self.savedFilterCombo.setObjectName(u"savedFilterCombo")
        self.savedFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.savedFilterCombo.setMinimumContentsLength(8)

        self.filterLayout2.addWidget(self.savedFilterCombo)

        self.saveFilterButton = QPushButton(ApprovalsTab)
        self.saveFilterButton.setObjectName(u"saveFilterButton")

        self.filterLayout2.addWidget(self.saveFilterButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout2.addItem(self.filterSpacer)

        self.newButton = QPushButton(ApprovalsTab)
        self.newButton.setObjectName(u"newButton")

        self.filterLayout2.addWidget(self.newButton)

        self.removeButton = QPushButton(ApprovalsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.filterLayout2.addWidget(self.removeButton)

        self.importButton = QPushButton(ApprovalsTab)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout2.addWidget(self.importButton)

        self.exportButton = QPushButton(ApprovalsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout2.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.filterLayout2)

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
        self.detailLayout.setContentsMargins(2, 2, 2, 2)
        self.splitter.addWidget(self.detailGroup)

        self.mainLayout.addWidget(self.splitter)

        self.countLabel = QLabel(ApprovalsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(ApprovalsTab)

        QMetaObject.connectSlotsByName(ApprovalsTab)
    # setupUi

    def retranslateUi(self, ApprovalsTab):
        ApprovalsTab.setWindowTitle(QCoreApplication.translate("ApprovalsTab", u"Matter approval ledger", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ApprovalsTab", u"Search matters by title, unit or document number", None))
#if QT_CONFIG(tooltip)
        self.phaseCombo.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Phase of the matter", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Unit that applied", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Supervising department of the unit", None))
#endif // QT_CONFIG(tooltip)
        self.dateRangeCheck.setText(QCoreApplication.translate("ApprovalsTab", u"Applied from", None))
        self.toLabel.setText(QCoreApplication.translate("ApprovalsTab", u"to", None))
#if QT_CONFIG(tooltip)
        self.savedFilterCombo.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Saved filters", None))
#endif // QT_CONFIG(tooltip)
        self.saveFilterButton.setText(QCoreApplication.translate("ApprovalsTab", u"Save filter\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Record a new matter a unit applies for", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("ApprovalsTab", u"New matter\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Remove the selected matter from the ledger", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ApprovalsTab", u"Remove matter\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Import matters from an old ledger workbook (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ApprovalsTab", u"Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ApprovalsTab", u"Export the matter approval ledger to .xlsx", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ApprovalsTab", u"Export\u2026", None))
        self.detailGroup.setTitle(QCoreApplication.translate("ApprovalsTab", u"Matter", None))
    # retranslateUi

