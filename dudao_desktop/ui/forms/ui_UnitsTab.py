# Generated from forms/UnitsTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'UnitsTab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QSplitter, QTableView,
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
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.departmentCombo)

        self.kindCombo = QComboBox(UnitsTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindCombo)

        self.groupCombo = QComboBox(UnitsTab)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.groupCombo)

        self.countLabel = QLabel(UnitsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


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
        self.unitsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.unitForm = QFormLayout(self.unitGroup)
        self.unitForm.setObjectName(u"unitForm")
        self.unitNameLabel = QLabel(self.unitGroup)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameValue = QLabel(self.unitGroup)
        self.unitNameValue.setObjectName(u"unitNameValue")
        self.unitNameValue.setText(u"")
        self.unitNameValue.setWordWrap(True)
        self.unitNameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitNameValue)

        self.usccLabel = QLabel(self.unitGroup)
        self.usccLabel.setObjectName(u"usccLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccValue = QLabel(self.unitGroup)
        self.usccValue.setObjectName(u"usccValue")
        self.usccValue.setText(u"")
        self.usccValue.setWordWrap(True)
        self.usccValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usccValue)

        self.kindLabel = QLabel(self.unitGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindValue = QLabel(self.unitGroup)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setText(u"")
        self.kindValue.setWordWrap(True)
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.departmentLabel = QLabel(self.unitGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentValue = QLabel(self.unitGroup)
        self.departmentValue.setObjectName(u"departmentValue")
        self.departmentValue.setText(u"")
        self.departmentValue.setWordWrap(True)
        self.departmentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentValue)

        self.groupLabel = QLabel(self.unitGroup)
        self.groupLabel.setObjectName(u"groupLabel")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupValue = QLabel(self.unitGroup)
        self.groupValue.setObjectName(u"groupValue")
        self.groupValue.setText(u"")
        self.groupValue.setWordWrap(True)
        self.groupValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupValue)

        self.establishmentLabel = QLabel(self.unitGroup)
        self.establishmentLabel.setObjectName(u"establishmentLabel")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.establishmentLabel)

        self.establishmentValue = QLabel(self.unitGroup)
        self.establishmentValue.setObjectName(u"establishmentValue")
        self.establishmentValue.setText(u"")
        self.establishmentValue.setWordWrap(True)
        self.establishmentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.establishmentValue)

        self.actualLabel = QLabel(self.unitGroup)
        self.actualLabel.setObjectName(u"actualLabel")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.actualLabel)

        self.actualValue = QLabel(self.unitGroup)
        self.actualValue.setObjectName(u"actualValue")
        self.actualValue.setText(u"")
        self.actualValue.setWordWrap(True)
        self.actualValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actualValue)

        self.postsLabel = QLabel(self.unitGroup)
        self.postsLabel.setObjectName(u"postsLabel")

        self.unitForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postsLabel)

        self.postsValue = QLabel(self.unitGroup)
        self.postsValue.setObjectName(u"postsValue")
        self.postsValue.setText(u"")
        self.postsValue.setWordWrap(True)
        self.postsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postsValue)

        self.institutionsLabel = QLabel(self.unitGroup)
        self.institutionsLabel.setObjectName(u"institutionsLabel")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.institutionsLabel)

        self.institutionsValue = QLabel(self.unitGroup)
        self.institutionsValue.setObjectName(u"institutionsValue")
        self.institutionsValue.setText(u"")
        self.institutionsValue.setWordWrap(True)
        self.institutionsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.institutionsValue)

        self.certificateLabel = QLabel(self.unitGroup)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.unitForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.certificateLabel)

        self.certificateValue = QLabel(self.unitGroup)
        self.certificateValue.setObjectName(u"certificateValue")
        self.certificateValue.setText(u"")
        self.certificateValue.setWordWrap(True)
        self.certificateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.certificateValue)

        self.headLabel = QLabel(self.unitGroup)
        self.headLabel.setObjectName(u"headLabel")

        self.unitForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headValue = QLabel(self.unitGroup)
        self.headValue.setObjectName(u"headValue")
        self.headValue.setText(u"")
        self.headValue.setWordWrap(True)
        self.headValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.headValue)

        self.stepLabel = QLabel(self.unitGroup)
        self.stepLabel.setObjectName(u"stepLabel")

        self.unitForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepValue = QLabel(self.unitGroup)
        self.stepValue.setObjectName(u"stepValue")
        self.stepValue.setText(u"")
        self.stepValue.setWordWrap(True)
        self.stepValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.stepValue)

        self.gradeLabel = QLabel(self.unitGroup)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.unitForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeValue = QLabel(self.unitGroup)
        self.gradeValue.setObjectName(u"gradeValue")
        self.gradeValue.setText(u"")
        self.gradeValue.setWordWrap(True)
        self.gradeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.gradeValue)

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
        self.checklistView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.unitGroup.setTitle(QCoreApplication.translate("UnitsTab", u"Unit", None))
        self.unitNameLabel.setText(QCoreApplication.translate("UnitsTab", u"Unit:", None))
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
        self.checklistGroup.setTitle(QCoreApplication.translate("UnitsTab", u"Checklist", None))
    # retranslateUi

