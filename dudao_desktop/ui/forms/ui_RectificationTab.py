# Generated from forms/RectificationTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'RectificationTab.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_RectificationTab(object):
    def setupUi(self, RectificationTab):
        if not RectificationTab.objectName():
            RectificationTab.setObjectName(u"RectificationTab")
        self.mainLayout = QVBoxLayout(RectificationTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(RectificationTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCombo = QComboBox(RectificationTab)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.statusCombo)

        self.categoryCombo = QComboBox(RectificationTab)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.categoryCombo)

        self.unitCombo = QComboBox(RectificationTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.unitCombo)

        self.departmentCombo = QComboBox(RectificationTab)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.departmentCombo)


        self.mainLayout.addLayout(self.filterLayout)

        self.filterLayout2 = QHBoxLayout()
        self.filterLayout2.setObjectName(u"filterLayout2")
        self.overdueCheck = QCheckBox(RectificationTab)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout2.addWidget(self.overdueCheck)

        self.dateRangeCheck = QCheckBox(RectificationTab)
        self.dateRangeCheck.setObjectName(u"dateRangeCheck")

        self.filterLayout2.addWidget(self.dateRangeCheck)

        self.fromDate = QDateEdit(RectificationTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout2.addWidget(self.fromDate)

        self.toLabel = QLabel(RectificationTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout2.addWidget(self.toLabel)

        self.toDate = QDateEdit(RectificationTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout2.addWidget(self.toDate)

        self.savedFilterCombo = QComboBox(RectificationTab)
        self.savedFilterCombo.setObjectName(u"savedFilterCombo")
        self.savedFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.savedFilterCombo.setMinimumContentsLength(8)

        self.filterLayout2.addWidget(self.savedFilterCombo)

        self.saveFilterButton = QPushButton(RectificationTab)
        self.saveFilterButton.setObjectName(u"saveFilterButton")

        self.filterLayout2.addWidget(self.saveFilterButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout2.addItem(self.filterSpacer)

        self.importButton = QPushButton(RectificationTab)
        self.importButton.setObjectName(u"importButton")

        self.filterLayout2.addWidget(self.importButton)

        self.exportButton = QPushButton(RectificationTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterLayout2.addWidget(self.exportButton)

        self.printLettersButton = QPushButton(RectificationTab)
        self.printLettersButton.setObjectName(u"printLettersButton")

        self.filterLayout2.addWidget(self.printLettersButton)


        self.mainLayout.addLayout(self.filterLayout2)

        self.splitter = QSplitter(RectificationTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.problemsGroup = QGroupBox(self.splitter)
        self.problemsGroup.setObjectName(u"problemsGroup")
        self.problemsLayout = QVBoxLayout(self.problemsGroup)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemActionsLayout = QHBoxLayout()
        self.problemActionsLayout.setObjectName(u"problemActionsLayout")
        self.newProblemButton = QPushButton(self.problemsGroup)
        self.newProblemButton.setObjectName(u"newProblemButton")

        self.problemActionsLayout.addWidget(self.newProblemButton)

        self.removeProblemButton = QPushButton(self.problemsGroup)
        self.removeProblemButton.setObjectName(u"removeProblemButton")

        self.problemActionsLayout.addWidget(self.removeProblemButton)

        self.problemActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemActionsLayout.addItem(self.problemActionsSpacer)

        self.undoLabel = QLabel(self.problemsGroup)
        self.undoLabel.setObjectName(u"undoLabel")
        self.undoLabel.setText(u"")

        self.problemActionsLayout.addWidget(self.undoLabel)

        self.undoButton = QPushButton(self.problemsGroup)
        self.undoButton.setObjectName(u"undoButton")

        self.problemActionsLayout.addWidget(self.undoButton)


        self.problemsLayout.addLayout(self.problemActionsLayout)

        self.problemsView = QTableView(self.problemsGroup)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemsView.setSortingEnabled(True)
        self.problemsView.setWordWrap(False)
        self.problemsView.horizontalHeader().setStretchLastSection(True)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.splitter.addWidget(self.problemsGroup)
        self.suggestionsGroup = QGroupBox(self.splitter)
        self.suggestionsGroup.setObjectName(u"suggestionsGroup")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsGroup)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionsView = QTableView(self.suggestionsGroup)
        self.suggestionsView.setObjectName(u"suggestionsView")
        self.suggestionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestionsView.setAlternatingRowColors(True)
        self.suggestionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestionsView.setSortingEnabled(True)
        self.suggestionsView.setWordWrap(False)
        self.suggestionsView.horizontalHeader().setStretchLastSection(True)
        self.suggestionsView.verticalHeader().setVisible(False)

        self.suggestionsLayout.addWidget(self.suggestionsView)

        self.responseLayout = QHBoxLayout()
        self.responseLayout.setObjectName(u"responseLayout")
        self.responseLabel = QLabel(self.suggestionsGroup)
        self.responseLabel.setObjectName(u"responseLabel")

        self.responseLayout.addWidget(self.responseLabel)

        self.responseEdit = QPlainTextEdit(self.suggestionsGroup)
        self.responseEdit.setObjectName(u"responseEdit")
        self.responseEdit.setMaximumSize(QSize(16777215, 48))
        self.responseEdit.setTabChangesFocus(True)

        self.responseLayout.addWidget(self.responseEdit)

        self.saveResponseButton = QPushButton(self.suggestionsGroup)
        self.saveResponseButton.setObjectName(u"saveResponseButton")

        self.responseLayout.addWidget(self.saveResponseButton)


        self.suggestionsLayout.addLayout(self.responseLayout)

        self.splitter.addWidget(self.suggestionsGroup)

        self.mainLayout.addWidget(self.splitter)

        self.countLabel = QLabel(RectificationTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(RectificationTab)

        QMetaObject.connectSlotsByName(RectificationTab)
    # setupUi

    def retranslateUi(self, RectificationTab):
        RectificationTab.setWindowTitle(QCoreApplication.translate("RectificationTab", u"Rectification ledger", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RectificationTab", u"Search problems and suggestions", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("RectificationTab", u"Status of the problem", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("RectificationTab", u"Category of the problem", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("RectificationTab", u"Unit of the problem", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("RectificationTab", u"Supervising department of the unit", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("RectificationTab", u"Overdue only", None))
        self.dateRangeCheck.setText(QCoreApplication.translate("RectificationTab", u"Deadline from", None))
        self.toLabel.setText(QCoreApplication.translate("RectificationTab", u"to", None))
#if QT_CONFIG(tooltip)
        self.savedFilterCombo.setToolTip(QCoreApplication.translate("RectificationTab", u"Saved filters", None))
#endif // QT_CONFIG(tooltip)
        self.saveFilterButton.setText(QCoreApplication.translate("RectificationTab", u"Save filter\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RectificationTab", u"Import problems from an old ledger workbook (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("RectificationTab", u"Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RectificationTab", u"Export the rectification ledger or the suggestion list to .xlsx", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RectificationTab", u"Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.printLettersButton.setToolTip(QCoreApplication.translate("RectificationTab", u"Print the feedback letters of every unit with open problems to one PDF", None))
#endif // QT_CONFIG(tooltip)
        self.printLettersButton.setText(QCoreApplication.translate("RectificationTab", u"Print letters\u2026", None))
        self.problemsGroup.setTitle(QCoreApplication.translate("RectificationTab", u"Problems", None))
#if QT_CONFIG(tooltip)
        self.newProblemButton.setToolTip(QCoreApplication.translate("RectificationTab", u"Record a problem by hand (from an earlier evaluation, follow-up or supervision)", None))
#endif // QT_CONFIG(tooltip)
        self.newProblemButton.setText(QCoreApplication.translate("RectificationTab", u"New problem\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeProblemButton.setToolTip(QCoreApplication.translate("RectificationTab", u"Remove the selected problem from the ledger (it can be restored with Undo)", None))
#endif // QT_CONFIG(tooltip)
        self.removeProblemButton.setText(QCoreApplication.translate("RectificationTab", u"Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("RectificationTab", u"Restore the problem removed last", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("RectificationTab", u"Undo", None))
        self.suggestionsGroup.setTitle(QCoreApplication.translate("RectificationTab", u"Suggestions", None))
        self.responseLabel.setText(QCoreApplication.translate("RectificationTab", u"Response", None))
        self.responseEdit.setPlaceholderText(QCoreApplication.translate("RectificationTab", u"The office's response to the selected suggestion", None))
        self.saveResponseButton.setText(QCoreApplication.translate("RectificationTab", u"Save response", None))
    # retranslateUi

