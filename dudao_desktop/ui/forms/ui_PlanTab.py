# Generated from forms/PlanTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanTab.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from dudao_desktop.ui.plan_timeline import PlanTimeline

class Ui_PlanTab(object):
    def setupUi(self, PlanTab):
        if not PlanTab.objectName():
            PlanTab.setObjectName(u"PlanTab")
        self.mainLayout = QVBoxLayout(PlanTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.campaignLabel = QLabel(PlanTab)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.topLayout.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(PlanTab)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.campaignCombo)

        self.searchEdit = QLineEdit(PlanTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.topLayout)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.campaignActionsLayout = QHBoxLayout()
        self.campaignActionsLayout.setObjectName(u"campaignActionsLayout")
        self.newButton = QPushButton(PlanTab)
        self.newButton.setObjectName(u"newButton")

        self.campaignActionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(PlanTab)
        self.editButton.setObjectName(u"editButton")

        self.campaignActionsLayout.addWidget(self.editButton)

        self.archiveButton = QPushButton(PlanTab)
        self.archiveButton.setObjectName(u"archiveButton")

        self.campaignActionsLayout.addWidget(self.archiveButton)

        self.addMilestoneButton = QPushButton(PlanTab)
        self.addMilestoneButton.setObjectName(u"addMilestoneButton")

        self.campaignActionsLayout.addWidget(self.addMilestoneButton)

        self.removeMilestoneButton = QPushButton(PlanTab)
        self.removeMilestoneButton.setObjectName(u"removeMilestoneButton")

        self.campaignActionsLayout.addWidget(self.removeMilestoneButton)

        self.printPlanButton = QPushButton(PlanTab)
        self.printPlanButton.setObjectName(u"printPlanButton")

        self.campaignActionsLayout.addWidget(self.printPlanButton)

        self.printRosterButton = QPushButton(PlanTab)
        self.printRosterButton.setObjectName(u"printRosterButton")

        self.campaignActionsLayout.addWidget(self.printRosterButton)

        self.campaignActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.campaignActionsLayout.addItem(self.campaignActionsSpacer)


        self.actionsLayout.addLayout(self.campaignActionsLayout)

        self.groupActionsLayout = QHBoxLayout()
        self.groupActionsLayout.setObjectName(u"groupActionsLayout")
        self.drawButton = QPushButton(PlanTab)
        self.drawButton.setObjectName(u"drawButton")

        self.groupActionsLayout.addWidget(self.drawButton)

        self.assignButton = QPushButton(PlanTab)
        self.assignButton.setObjectName(u"assignButton")

        self.groupActionsLayout.addWidget(self.assignButton)

        self.poolButton = QPushButton(PlanTab)
        self.poolButton.setObjectName(u"poolButton")

        self.groupActionsLayout.addWidget(self.poolButton)

        self.trainingButton = QPushButton(PlanTab)
        self.trainingButton.setObjectName(u"trainingButton")

        self.groupActionsLayout.addWidget(self.trainingButton)

        self.questionnaireButton = QPushButton(PlanTab)
        self.questionnaireButton.setObjectName(u"questionnaireButton")

        self.groupActionsLayout.addWidget(self.questionnaireButton)

        self.groupActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupActionsLayout.addItem(self.groupActionsSpacer)


        self.actionsLayout.addLayout(self.groupActionsLayout)


        self.mainLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(PlanTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.campaignGroup = QGroupBox(self.splitter)
        self.campaignGroup.setObjectName(u"campaignGroup")
        self.campaignForm = QFormLayout(self.campaignGroup)
        self.campaignForm.setObjectName(u"campaignForm")
        self.nameLabel = QLabel(self.campaignGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.campaignForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameValue = QLabel(self.campaignGroup)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setText(u"")
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.yearLabel = QLabel(self.campaignGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.campaignForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearValue = QLabel(self.campaignGroup)
        self.yearValue.setObjectName(u"yearValue")
        self.yearValue.setText(u"")
        self.yearValue.setWordWrap(True)
        self.yearValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearValue)

        self.monthsLabel = QLabel(self.campaignGroup)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.campaignForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsValue = QLabel(self.campaignGroup)
        self.monthsValue.setObjectName(u"monthsValue")
        self.monthsValue.setText(u"")
        self.monthsValue.setWordWrap(True)
        self.monthsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthsValue)

        self.periodLabel = QLabel(self.campaignGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.campaignForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodValue = QLabel(self.campaignGroup)
        self.periodValue.setObjectName(u"periodValue")
        self.periodValue.setText(u"")
        self.periodValue.setWordWrap(True)
        self.periodValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodValue)

        self.statusLabel = QLabel(self.campaignGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.campaignForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(self.campaignGroup)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")
        self.statusValue.setWordWrap(True)
        self.statusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.officeLabel = QLabel(self.campaignGroup)
        self.officeLabel.setObjectName(u"officeLabel")

        self.campaignForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeValue = QLabel(self.campaignGroup)
        self.officeValue.setObjectName(u"officeValue")
        self.officeValue.setText(u"")
        self.officeValue.setWordWrap(True)
        self.officeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officeValue)

        self.purposeLabel = QLabel(self.campaignGroup)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.campaignForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeValue = QLabel(self.campaignGroup)
        self.purposeValue.setObjectName(u"purposeValue")
        self.purposeValue.setText(u"")
        self.purposeValue.setWordWrap(True)
        self.purposeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purposeValue)

        self.targetsLabel = QLabel(self.campaignGroup)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.campaignForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.targetsLabel)

        self.targetsValue = QLabel(self.campaignGroup)
        self.targetsValue.setObjectName(u"targetsValue")
        self.targetsValue.setText(u"")
        self.targetsValue.setWordWrap(True)
        self.targetsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.targetsValue)

        self.contentLabel = QLabel(self.campaignGroup)
        self.contentLabel.setObjectName(u"contentLabel")

        self.campaignForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentValue = QLabel(self.campaignGroup)
        self.contentValue.setObjectName(u"contentValue")
        self.contentValue.setText(u"")
        self.contentValue.setWordWrap(True)
        self.contentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contentValue)

        self.mechanismLabel = QLabel(self.campaignGroup)
        self.mechanismLabel.setObjectName(u"mechanismLabel")

        self.campaignForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.mechanismLabel)

        self.mechanismValue = QLabel(self.campaignGroup)
        self.mechanismValue.setObjectName(u"mechanismValue")
        self.mechanismValue.setText(u"")
        self.mechanismValue.setWordWrap(True)
        self.mechanismValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.mechanismValue)

        self.summaryLabel = QLabel(self.campaignGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.campaignForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryValue = QLabel(self.campaignGroup)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setText(u"")
        self.summaryValue.setWordWrap(True)
        self.summaryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.campaignForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.summaryValue)

        self.splitter.addWidget(self.campaignGroup)
        self.tablesSplitter = QSplitter(self.splitter)
        self.tablesSplitter.setObjectName(u"tablesSplitter")
        self.tablesSplitter.setOrientation(Qt.Orientation.Vertical)
        self.tablesSplitter.setChildrenCollapsible(False)
        self.milestonesGroup = QGroupBox(self.tablesSplitter)
        self.milestonesGroup.setObjectName(u"milestonesGroup")
        self.milestonesLayout = QVBoxLayout(self.milestonesGroup)
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestonesView = QTableView(self.milestonesGroup)
        self.milestonesView.setObjectName(u"milestonesView")
        self.milestonesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestonesView.setAlternatingRowColors(True)
        self.milestonesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestonesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestonesView.setSortingEnabled(True)
        self.milestonesView.setWordWrap(False)
        self.milestonesView.horizontalHeader().setStretchLastSection(True)
        self.milestonesView.verticalHeader().setVisible(False)

        self.milestonesLayout.addWidget(self.milestonesView)

        self.timeline = PlanTimeline(self.milestonesGroup)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setMinimumSize(QSize(0, 90))

        self.milestonesLayout.addWidget(self.timeline)

        self.tablesSplitter.addWidget(self.milestonesGroup)
        self.groupsGroup = QGroupBox(self.tablesSplitter)
        self.groupsGroup.setObjectName(u"groupsGroup")
        self.groupsLayout = QVBoxLayout(self.groupsGroup)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsView = QTableView(self.groupsGroup)
        self.groupsView.setObjectName(u"groupsView")
        self.groupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groupsView.setAlternatingRowColors(True)
        self.groupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groupsView.setSortingEnabled(True)
        self.groupsView.setWordWrap(False)
        self.groupsView.horizontalHeader().setStretchLastSection(True)
        self.groupsView.verticalHeader().setVisible(False)

        self.groupsLayout.addWidget(self.groupsView)

        self.tablesSplitter.addWidget(self.groupsGroup)
        self.splitter.addWidget(self.tablesSplitter)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanTab)

        QMetaObject.connectSlotsByName(PlanTab)
    # setupUi

    def retranslateUi(self, PlanTab):
        PlanTab.setWindowTitle(QCoreApplication.translate("PlanTab", u"Campaign plan", None))
        self.campaignLabel.setText(QCoreApplication.translate("PlanTab", u"&Campaign:", None))
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("PlanTab", u"The campaign shown", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PlanTab", u"Search milestones and groups", None))
        self.newButton.setText(QCoreApplication.translate("PlanTab", u"&New campaign\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PlanTab", u"&Edit plan\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("PlanTab", u"Archi&ve", None))
        self.addMilestoneButton.setText(QCoreApplication.translate("PlanTab", u"Add &milestone\u2026", None))
        self.removeMilestoneButton.setText(QCoreApplication.translate("PlanTab", u"Remove milestone", None))
        self.printPlanButton.setText(QCoreApplication.translate("PlanTab", u"Print &plan\u2026", None))
        self.printRosterButton.setText(QCoreApplication.translate("PlanTab", u"Print &roster\u2026", None))
        self.drawButton.setText(QCoreApplication.translate("PlanTab", u"&Draw groups\u2026", None))
        self.assignButton.setText(QCoreApplication.translate("PlanTab", u"&Units of groups\u2026", None))
        self.poolButton.setText(QCoreApplication.translate("PlanTab", u"Inspector p&ool\u2026", None))
#if QT_CONFIG(tooltip)
        self.poolButton.setToolTip(QCoreApplication.translate("PlanTab", u"List, add, edit and retire inspectors; avoidance; import and export the pool", None))
#endif // QT_CONFIG(tooltip)
        self.trainingButton.setText(QCoreApplication.translate("PlanTab", u"Trainin&g\u2026", None))
        self.questionnaireButton.setText(QCoreApplication.translate("PlanTab", u"&Questionnaires\u2026", None))
        self.campaignGroup.setTitle(QCoreApplication.translate("PlanTab", u"Campaign plan", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanTab", u"Campaign:", None))
        self.yearLabel.setText(QCoreApplication.translate("PlanTab", u"Year:", None))
        self.monthsLabel.setText(QCoreApplication.translate("PlanTab", u"Supervision months:", None))
        self.periodLabel.setText(QCoreApplication.translate("PlanTab", u"Period:", None))
        self.statusLabel.setText(QCoreApplication.translate("PlanTab", u"Status:", None))
        self.officeLabel.setText(QCoreApplication.translate("PlanTab", u"Office:", None))
        self.purposeLabel.setText(QCoreApplication.translate("PlanTab", u"Purpose:", None))
        self.targetsLabel.setText(QCoreApplication.translate("PlanTab", u"Targets:", None))
        self.contentLabel.setText(QCoreApplication.translate("PlanTab", u"Content:", None))
        self.mechanismLabel.setText(QCoreApplication.translate("PlanTab", u"Working mechanism:", None))
        self.summaryLabel.setText(QCoreApplication.translate("PlanTab", u"Groups and units:", None))
        self.milestonesGroup.setTitle(QCoreApplication.translate("PlanTab", u"Timetable and roadmap", None))
        self.groupsGroup.setTitle(QCoreApplication.translate("PlanTab", u"Inspection groups", None))
    # retranslateUi

