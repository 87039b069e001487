# Generated from forms/UnitsTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'UnitsTab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QScrollArea, QSizePolicy,
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_UnitsTab(object):
    def setupUi(self, UnitsTab):
        if not UnitsTab.objectName():
            UnitsTab.setObjectName(u"UnitsTab")
        self.mainLayout = QVBoxLayout(UnitsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(UnitsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.departmentCombo = QComboBox(UnitsTab)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.departmentCombo)

        self.kindCombo = QComboBox(UnitsTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.kindCombo)

        self.groupCombo = QComboBox(UnitsTab)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groupCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.groupCombo)

        self.stepCombo = QComboBox(UnitsTab)
        self.stepCombo.setObjectName(u"stepCombo")
        self.stepCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stepCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.stepCombo)

        self.warningCombo = QComboBox(UnitsTab)
        self.warningCombo.setObjectName(u"warningCombo")
        self.warningCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.warningCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.warningCombo)

        self.countLabel = QLabel(UnitsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)

        self.toolsButton = QToolButton(UnitsTab)
        self.toolsButton.setObjectName(u"toolsButton")
        self.toolsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolsButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.filterLayout.addWidget(self.toolsButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(UnitsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.unitsView = QTableView(self.splitter)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsView.setAlternatingRowColors(True)
        self.unitsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unitsView.setSortingEnabled(True)
        self.unitsView.setWordWrap(False)
        self.splitter.addWidget(self.unitsView)
        self.unitsView.horizontalHeader().setStretchLastSection(True)
        self.unitsView.verticalHeader().setVisible(False)
        self.detailSplitter = QSplitter(self.splitter)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Vertical)
        self.detailSplitter.setChildrenCollapsible(False)
        self.unitGroup = QGroupBox(self.detailSplitter)
        self.unitGroup.setObjectName(u"unitGroup")
        self.unitLayout = QVBoxLayout(self.unitGroup)
        self.unitLayout.setSpacing(2)
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitNameValue = QLabel(self.unitGroup)
        self.unitNameValue.setObjectName(u"unitNameValue")
        self.unitNameValue.setText(u"")
        self.unitNameValue.setWordWrap(True)
        self.unitNameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unitNameValue.setStyleSheet(u"font-weight: bold;")

        self.unitLayout.addWidget(self.unitNameValue)

        self.detailTabs = QTabWidget(self.unitGroup)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setDocumentMode(True)
        self.dataPage = QWidget()
        self.dataPage.setObjectName(u"dataPage")
        self.dataLayout = QVBoxLayout(self.dataPage)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataLayout.setContentsMargins(0, 0, 0, 0)
        self.dataScroll = QScrollArea(self.dataPage)
        self.dataScroll.setObjectName(u"dataScroll")
        self.dataScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dataScroll.setWidgetResizable(True)
        self.dataContents = QWidget()
        self.dataContents.setObjectName(u"dataContents")
        self.unitForm = QFormLayout(self.dataContents)
        self.unitForm.setObjectName(u"unitForm")
        self.usccLabel = QLabel(self.dataContents)
        self.usccLabel.setObjectName(u"usccLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccValue = QLabel(self.dataContents)
        self.usccValue.setObjectName(u"usccValue")
        self.usccValue.setText(u"")
        self.usccValue.setWordWrap(True)
        self.usccValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usccValue)

        self.kindLabel = QLabel(self.dataContents)
        self.kindLabel.setObjectName(u"kindLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindValue = QLabel(self.dataContents)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setText(u"")
        self.kindValue.setWordWrap(True)
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.departmentLabel = QLabel(self.dataContents)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentValue = QLabel(self.dataContents)
        self.departmentValue.setObjectName(u"departmentValue")
        self.departmentValue.setText(u"")
        self.departmentValue.setWordWrap(True)
        self.departmentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentValue)

        self.groupLabel = QLabel(self.dataContents)
        self.groupLabel.setObjectName(u"groupLabel")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupValue = QLabel(self.dataContents)
        self.groupValue.setObjectName(u"groupValue")
        self.groupValue.setText(u"")
        self.groupValue.setWordWrap(True)
        self.groupValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupValue)

        self.establishmentLabel = QLabel(self.dataContents)
        self.establishmentLabel.setObjectName(u"establishmentLabel")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.establishmentLabel)

        self.establishmentValue = QLabel(self.dataContents)
        self.establishmentValue.setObjectName(u"establishmentValue")
        self.establishmentValue.setText(u"")
        self.establishmentValue.setWordWrap(True)
        self.establishmentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.establishmentValue)

        self.actualLabel = QLabel(self.dataContents)
        self.actualLabel.setObjectName(u"actualLabel")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.actualLabel)

        self.actualValue = QLabel(self.dataContents)
        self.actualValue.setObjectName(u"actualValue")
        self.actualValue.setText(u"")
        self.actualValue.setWordWrap(True)
        self.actualValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actualValue)

        self.postsLabel = QLabel(self.dataContents)
        self.postsLabel.setObjectName(u"postsLabel")

        self.unitForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postsLabel)

        self.postsValue = QLabel(self.dataContents)
        self.postsValue.setObjectName(u"postsValue")
        self.postsValue.setText(u"")
        self.postsValue.setWordWrap(True)
        self.postsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postsValue)

        self.institutionsLabel = QLabel(self.dataContents)
        self.institutionsLabel.setObjectName(u"institutionsLabel")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.institutionsLabel)

        self.institutionsValue = QLabel(self.dataContents)
        self.institutionsValue.setObjectName(u"institutionsValue")
        self.institutionsValue.setText(u"")
        self.institutionsValue.setWordWrap(True)
        self.institutionsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.institutionsValue)

        self.certificateLabel = QLabel(self.dataContents)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.unitForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.certificateLabel)

        self.certificateValue = QLabel(self.dataContents)
        self.certificateValue.setObjectName(u"certificateValue")
        self.certificateValue.setText(u"")
        self.certificateValue.setWordWrap(True)
        self.certificateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.certificateValue)

        self.headLabel = QLabel(self.dataContents)
        self.headLabel.setObjectName(u"headLabel")

        self.unitForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headValue = QLabel(self.dataContents)
        self.headValue.setObjectName(u"headValue")
        self.headValue.setText(u"")
        self.headValue.setWordWrap(True)
        self.headValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.headValue)

        self.stepLabel = QLabel(self.dataContents)
        self.stepLabel.setObjectName(u"stepLabel")

        self.unitForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepValue = QLabel(self.dataContents)
        self.stepValue.setObjectName(u"stepValue")
        self.stepValue.setText(u"")
        self.stepValue.setWordWrap(True)
        self.stepValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.stepValue)

        self.gradeLabel = QLabel(self.dataContents)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.unitForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeValue = QLabel(self.dataContents)
        self.gradeValue.setObjectName(u"gradeValue")
        self.gradeValue.setText(u"")
        self.gradeValue.setWordWrap(True)
        self.gradeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.gradeValue)

        self.warningsLabel = QLabel(self.dataContents)
        self.warningsLabel.setObjectName(u"warningsLabel")

        self.unitForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.warningsLabel)

        self.warningsValue = QLabel(self.dataContents)
        self.warningsValue.setObjectName(u"warningsValue")
        self.warningsValue.setText(u"")
        self.warningsValue.setWordWrap(True)
        self.warningsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.warningsValue)

        self.flagsLabel = QLabel(self.dataContents)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.unitForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.flagsLabel)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")

        self.unitForm.setLayout(14, QFormLayout.ItemRole.FieldRole, self.flagsLayout)

        self.dataScroll.setWidget(self.dataContents)

        self.dataLayout.addWidget(self.dataScroll)

        self.detailTabs.addTab(self.dataPage, "")
        self.problemsPage = QWidget()
        self.problemsPage.setObjectName(u"problemsPage")
        self.problemsLayout = QVBoxLayout(self.problemsPage)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsView = QTableView(self.problemsPage)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setSortingEnabled(True)
        self.problemsView.setWordWrap(False)
        self.problemsView.horizontalHeader().setStretchLastSection(True)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.detailTabs.addTab(self.problemsPage, "")
        self.inspectionsPage = QWidget()
        self.inspectionsPage.setObjectName(u"inspectionsPage")
        self.inspectionsLayout = QVBoxLayout(self.inspectionsPage)
        self.inspectionsLayout.setObjectName(u"inspectionsLayout")
        self.inspectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.inspectionsView = QTableView(self.inspectionsPage)
        self.inspectionsView.setObjectName(u"inspectionsView")
        self.inspectionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspectionsView.setAlternatingRowColors(True)
        self.inspectionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionsView.setSortingEnabled(True)
        self.inspectionsView.setWordWrap(False)
        self.inspectionsView.horizontalHeader().setStretchLastSection(True)
        self.inspectionsView.verticalHeader().setVisible(False)

        self.inspectionsLayout.addWidget(self.inspectionsView)

        self.detailTabs.addTab(self.inspectionsPage, "")

        self.unitLayout.addWidget(self.detailTabs)

        self.detailSplitter.addWidget(self.unitGroup)
        self.checklistGroup = QGroupBox(self.detailSplitter)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistLayout = QVBoxLayout(self.checklistGroup)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistView = QTableView(self.checklistGroup)
        self.checklistView.setObjectName(u"checklistView")
        self.checklistView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistView.setAlternatingRowColors(True)
        self.checklistView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.checklistView.setSortingEnabled(True)
        self.checklistView.setWordWrap(False)
        self.checklistView.horizontalHeader().setStretchLastSection(True)
        self.checklistView.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.checklistView)

        self.detailSplitter.addWidget(self.checklistGroup)
        self.splitter.addWidget(self.detailSplitter)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(UnitsTab)

        QMetaObject.connectSlotsByName(UnitsTab)
    # setupUi

    def retranslateUi(self, UnitsTab):
        UnitsTab.setWindowTitle(QCoreApplication.translate("UnitsTab", u"Units and checklist", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("UnitsTab", u"Search units by name or USCC", None))
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("UnitsTab", u"Supervising department", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("UnitsTab", u"Kind of unit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.groupCombo.setToolTip(QCoreApplication.translate("UnitsTab", u"Inspection group", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.stepCombo.setToolTip(QCoreApplication.translate("UnitsTab", u"Procedure step", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.warningCombo.setToolTip(QCoreApplication.translate("UnitsTab", u"Open early warnings", None))
#endif // QT_CONFIG(tooltip)
        self.toolsButton.setText(QCoreApplication.translate("UnitsTab", u"&Roster and workbooks", None))
#if QT_CONFIG(tooltip)
        self.toolsButton.setToolTip(QCoreApplication.translate("UnitsTab", u"Import or export the roster, self-assessment workbooks and checklist templates; progress overview", None))
#endif // QT_CONFIG(tooltip)
        self.unitGroup.setTitle(QCoreApplication.translate("UnitsTab", u"Unit", None))
        self.usccLabel.setText(QCoreApplication.translate("UnitsTab", u"USCC:", None))
        self.kindLabel.setText(QCoreApplication.translate("UnitsTab", u"Kind:", None))
        self.departmentLabel.setText(QCoreApplication.translate("UnitsTab", u"Supervising department:", None))
        self.groupLabel.setText(QCoreApplication.translate("UnitsTab", u"Inspection group:", None))
        self.establishmentLabel.setText(QCoreApplication.translate("UnitsTab", u"Approved establishment:", None))
        self.actualLabel.setText(QCoreApplication.translate("UnitsTab", u"Actual staff:", None))
        self.postsLabel.setText(QCoreApplication.translate("UnitsTab", u"Leader posts (approved / actual):", None))
        self.institutionsLabel.setText(QCoreApplication.translate("UnitsTab", u"Internal institutions:", None))
        self.certificateLabel.setText(QCoreApplication.translate("UnitsTab", u"Legal-person certificate:", None))
        self.headLabel.setText(QCoreApplication.translate("UnitsTab", u"Head of unit:", None))
        self.stepLabel.setText(QCoreApplication.translate("UnitsTab", u"Step:", None))
        self.gradeLabel.setText(QCoreApplication.translate("UnitsTab", u"Grade:", None))
        self.warningsLabel.setText(QCoreApplication.translate("UnitsTab", u"Open warnings:", None))
        self.flagsLabel.setText(QCoreApplication.translate("UnitsTab", u"Flags:", None))
#if QT_CONFIG(tooltip)
        self.flagsLabel.setToolTip(QCoreApplication.translate("UnitsTab", u"Flags the office sets: they decide which checklist items the unit is asked", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.dataPage), QCoreApplication.translate("UnitsTab", u"Data", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.problemsPage), QCoreApplication.translate("UnitsTab", u"Problems (all years)", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.inspectionsPage), QCoreApplication.translate("UnitsTab", u"Inspections", None))
        self.checklistGroup.setTitle(QCoreApplication.translate("UnitsTab", u"Checklist", None))
    # retranslateUi

