# Generated from forms/LedgerApprovalDetail.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerApprovalDetail.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LedgerApprovalDetail(object):
    def setupUi(self, LedgerApprovalDetail):
        if not LedgerApprovalDetail.objectName():
            LedgerApprovalDetail.setObjectName(u"LedgerApprovalDetail")
        self.mainLayout = QVBoxLayout(LedgerApprovalDetail)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.phaseValue = QLabel(LedgerApprovalDetail)
        self.phaseValue.setObjectName(u"phaseValue")
        self.phaseValue.setText(u"")

        self.headerLayout.addWidget(self.phaseValue)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.savedLabel = QLabel(LedgerApprovalDetail)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")

        self.headerLayout.addWidget(self.savedLabel)

        self.overrideButton = QPushButton(LedgerApprovalDetail)
        self.overrideButton.setObjectName(u"overrideButton")

        self.headerLayout.addWidget(self.overrideButton)

        self.closePhaseButton = QPushButton(LedgerApprovalDetail)
        self.closePhaseButton.setObjectName(u"closePhaseButton")

        self.headerLayout.addWidget(self.closePhaseButton)

        self.applyDecisionButton = QPushButton(LedgerApprovalDetail)
        self.applyDecisionButton.setObjectName(u"applyDecisionButton")

        self.headerLayout.addWidget(self.applyDecisionButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.standingLabel = QLabel(LedgerApprovalDetail)
        self.standingLabel.setObjectName(u"standingLabel")
        self.standingLabel.setText(u"")
        self.standingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.standingLabel)

        self.missingLabel = QLabel(LedgerApprovalDetail)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setText(u"")
        self.missingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.missingLabel)

        self.scrollArea = QScrollArea(LedgerApprovalDetail)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.generalGroup = QGroupBox(self.scrollContents)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalForm = QFormLayout(self.generalGroup)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.generalGroup)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.unitLabel = QLabel(self.generalGroup)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setWordWrap(True)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitValue = QLabel(self.generalGroup)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setText(u"")
        self.unitValue.setWordWrap(True)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.appliedLabel = QLabel(self.generalGroup)
        self.appliedLabel.setObjectName(u"appliedLabel")
        self.appliedLabel.setWordWrap(True)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appliedLabel)

        self.appliedOnEdit = QDateEdit(self.generalGroup)
        self.appliedOnEdit.setObjectName(u"appliedOnEdit")
        self.appliedOnEdit.setCalendarPopup(True)
        self.appliedOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appliedOnEdit)


        self.scrollLayout.addWidget(self.generalGroup)

        self.applicationGroup = QGroupBox(self.scrollContents)
        self.applicationGroup.setObjectName(u"applicationGroup")
        self.applicationForm = QFormLayout(self.applicationGroup)
        self.applicationForm.setObjectName(u"applicationForm")
        self.applicationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(self.applicationGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.applicationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.applicationGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 52))
        self.reasonEdit.setMinimumSize(QSize(0, 44))

        self.applicationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.superiorDocumentsLabel = QLabel(self.applicationGroup)
        self.superiorDocumentsLabel.setObjectName(u"superiorDocumentsLabel")
        self.superiorDocumentsLabel.setWordWrap(True)

        self.applicationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.superiorDocumentsLabel)

        self.superiorDocumentsEdit = QPlainTextEdit(self.applicationGroup)
        self.superiorDocumentsEdit.setObjectName(u"superiorDocumentsEdit")
        self.superiorDocumentsEdit.setTabChangesFocus(True)
        self.superiorDocumentsEdit.setMaximumSize(QSize(16777215, 52))
        self.superiorDocumentsEdit.setMinimumSize(QSize(0, 44))

        self.applicationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.superiorDocumentsEdit)

        self.elsewhereLabel = QLabel(self.applicationGroup)
        self.elsewhereLabel.setObjectName(u"elsewhereLabel")
        self.elsewhereLabel.setWordWrap(True)

        self.applicationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.elsewhereLabel)

        self.elsewhereEdit = QPlainTextEdit(self.applicationGroup)
        self.elsewhereEdit.setObjectName(u"elsewhereEdit")
        self.elsewhereEdit.setTabChangesFocus(True)
        self.elsewhereEdit.setMaximumSize(QSize(16777215, 52))
        self.elsewhereEdit.setMinimumSize(QSize(0, 44))

        self.applicationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.elsewhereEdit)

        self.preliminaryPlanLabel = QLabel(self.applicationGroup)
        self.preliminaryPlanLabel.setObjectName(u"preliminaryPlanLabel")
        self.preliminaryPlanLabel.setWordWrap(True)

        self.applicationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preliminaryPlanLabel)

        self.preliminaryPlanEdit = QPlainTextEdit(self.applicationGroup)
        self.preliminaryPlanEdit.setObjectName(u"preliminaryPlanEdit")
        self.preliminaryPlanEdit.setTabChangesFocus(True)
        self.preliminaryPlanEdit.setMaximumSize(QSize(16777215, 52))
        self.preliminaryPlanEdit.setMinimumSize(QSize(0, 44))

        self.applicationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preliminaryPlanEdit)

        self.attachmentsLabel = QLabel(self.applicationGroup)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")
        self.attachmentsLabel.setWordWrap(True)

        self.applicationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsLayout = QHBoxLayout()
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsList = QListWidget(self.applicationGroup)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 72))

        self.attachmentsLayout.addWidget(self.attachmentsList)

        self.attachmentButtons = QVBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.applicationGroup)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.applicationGroup)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.applicationGroup)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)


        self.applicationForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.attachmentsLayout)


        self.scrollLayout.addWidget(self.applicationGroup)

        self.researchGroup = QGroupBox(self.scrollContents)
        self.researchGroup.setObjectName(u"researchGroup")
        self.researchForm = QFormLayout(self.researchGroup)
        self.researchForm.setObjectName(u"researchForm")
        self.researchForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currentInstitutionsLabel = QLabel(self.researchGroup)
        self.currentInstitutionsLabel.setObjectName(u"currentInstitutionsLabel")
        self.currentInstitutionsLabel.setWordWrap(True)

        self.researchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentInstitutionsLabel)

        self.currentInstitutionsEdit = QPlainTextEdit(self.researchGroup)
        self.currentInstitutionsEdit.setObjectName(u"currentInstitutionsEdit")
        self.currentInstitutionsEdit.setTabChangesFocus(True)
        self.currentInstitutionsEdit.setMaximumSize(QSize(16777215, 52))
        self.currentInstitutionsEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentInstitutionsEdit)

        self.staffingLabel = QLabel(self.researchGroup)
        self.staffingLabel.setObjectName(u"staffingLabel")
        self.staffingLabel.setWordWrap(True)

        self.researchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffingLabel)

        self.staffingEdit = QPlainTextEdit(self.researchGroup)
        self.staffingEdit.setObjectName(u"staffingEdit")
        self.staffingEdit.setTabChangesFocus(True)
        self.staffingEdit.setMaximumSize(QSize(16777215, 52))
        self.staffingEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffingEdit)

        self.leaderPostsLabel = QLabel(self.researchGroup)
        self.leaderPostsLabel.setObjectName(u"leaderPostsLabel")
        self.leaderPostsLabel.setWordWrap(True)

        self.researchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leaderPostsLabel)

        self.leaderPostsEdit = QPlainTextEdit(self.researchGroup)
        self.leaderPostsEdit.setObjectName(u"leaderPostsEdit")
        self.leaderPostsEdit.setTabChangesFocus(True)
        self.leaderPostsEdit.setMaximumSize(QSize(16777215, 52))
        self.leaderPostsEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leaderPostsEdit)

        self.policyBasisLabel = QLabel(self.researchGroup)
        self.policyBasisLabel.setObjectName(u"policyBasisLabel")
        self.policyBasisLabel.setWordWrap(True)

        self.researchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.policyBasisLabel)

        self.policyBasisEdit = QPlainTextEdit(self.researchGroup)
        self.policyBasisEdit.setObjectName(u"policyBasisEdit")
        self.policyBasisEdit.setTabChangesFocus(True)
        self.policyBasisEdit.setMaximumSize(QSize(16777215, 52))
        self.policyBasisEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.policyBasisEdit)

        self.needsLabel = QLabel(self.researchGroup)
        self.needsLabel.setObjectName(u"needsLabel")
        self.needsLabel.setWordWrap(True)

        self.researchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.needsEdit = QPlainTextEdit(self.researchGroup)
        self.needsEdit.setObjectName(u"needsEdit")
        self.needsEdit.setTabChangesFocus(True)
        self.needsEdit.setMaximumSize(QSize(16777215, 52))
        self.needsEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.needsEdit)

        self.supportingMeasuresLabel = QLabel(self.researchGroup)
        self.supportingMeasuresLabel.setObjectName(u"supportingMeasuresLabel")
        self.supportingMeasuresLabel.setWordWrap(True)

        self.researchForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.supportingMeasuresLabel)

        self.supportingMeasuresEdit = QPlainTextEdit(self.researchGroup)
        self.supportingMeasuresEdit.setObjectName(u"supportingMeasuresEdit")
        self.supportingMeasuresEdit.setTabChangesFocus(True)
        self.supportingMeasuresEdit.setMaximumSize(QSize(16777215, 52))
        self.supportingMeasuresEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.supportingMeasuresEdit)

        self.expectedEffectLabel = QLabel(self.researchGroup)
        self.expectedEffectLabel.setObjectName(u"expectedEffectLabel")
        self.expectedEffectLabel.setWordWrap(True)

        self.researchForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expectedEffectLabel)

        self.expectedEffectEdit = QPlainTextEdit(self.researchGroup)
        self.expectedEffectEdit.setObjectName(u"expectedEffectEdit")
        self.expectedEffectEdit.setTabChangesFocus(True)
        self.expectedEffectEdit.setMaximumSize(QSize(16777215, 52))
        self.expectedEffectEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expectedEffectEdit)

        self.followUpManagementLabel = QLabel(self.researchGroup)
        self.followUpManagementLabel.setObjectName(u"followUpManagementLabel")
        self.followUpManagementLabel.setWordWrap(True)

        self.researchForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.followUpManagementLabel)

        self.followUpManagementEdit = QPlainTextEdit(self.researchGroup)
        self.followUpManagementEdit.setObjectName(u"followUpManagementEdit")
        self.followUpManagementEdit.setTabChangesFocus(True)
        self.followUpManagementEdit.setMaximumSize(QSize(16777215, 52))
        self.followUpManagementEdit.setMinimumSize(QSize(0, 44))

        self.researchForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.followUpManagementEdit)

        self.fieldResearchCheck = QCheckBox(self.researchGroup)
        self.fieldResearchCheck.setObjectName(u"fieldResearchCheck")

        self.researchForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.fieldResearchCheck)

        self.researchTeamLabel = QLabel(self.researchGroup)
        self.researchTeamLabel.setObjectName(u"researchTeamLabel")
        self.researchTeamLabel.setWordWrap(True)

        self.researchForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.researchTeamLabel)

        self.researchTeamEdit = QLineEdit(self.researchGroup)
        self.researchTeamEdit.setObjectName(u"researchTeamEdit")

        self.researchForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.researchTeamEdit)


        self.scrollLayout.addWidget(self.researchGroup)

        self.decisionGroup = QGroupBox(self.scrollContents)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionForm = QFormLayout(self.decisionGroup)
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.meetingLabel = QLabel(self.decisionGroup)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setWordWrap(True)

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingOnEdit = QDateEdit(self.decisionGroup)
        self.meetingOnEdit.setObjectName(u"meetingOnEdit")
        self.meetingOnEdit.setCalendarPopup(True)
        self.meetingOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingOnEdit)

        self.preliminaryOpinionLabel = QLabel(self.decisionGroup)
        self.preliminaryOpinionLabel.setObjectName(u"preliminaryOpinionLabel")
        self.preliminaryOpinionLabel.setWordWrap(True)

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.preliminaryOpinionLabel)

        self.preliminaryOpinionEdit = QPlainTextEdit(self.decisionGroup)
        self.preliminaryOpinionEdit.setObjectName(u"preliminaryOpinionEdit")
        self.preliminaryOpinionEdit.setTabChangesFocus(True)
        self.preliminaryOpinionEdit.setMaximumSize(QSize(16777215, 52))
        self.preliminaryOpinionEdit.setMinimumSize(QSize(0, 44))

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.preliminaryOpinionEdit)

        self.decisionLabel = QLabel(self.decisionGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setWordWrap(True)

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QPlainTextEdit(self.decisionGroup)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setTabChangesFocus(True)
        self.decisionEdit.setMaximumSize(QSize(16777215, 52))
        self.decisionEdit.setMinimumSize(QSize(0, 44))

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.documentNumberLabel = QLabel(self.decisionGroup)
        self.documentNumberLabel.setObjectName(u"documentNumberLabel")
        self.documentNumberLabel.setWordWrap(True)

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.documentNumberLabel)

        self.documentNumberEdit = QLineEdit(self.decisionGroup)
        self.documentNumberEdit.setObjectName(u"documentNumberEdit")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.documentNumberEdit)

        self.implementationLabel = QLabel(self.decisionGroup)
        self.implementationLabel.setObjectName(u"implementationLabel")
        self.implementationLabel.setWordWrap(True)

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.implementationLabel)

        self.implementationEdit = QPlainTextEdit(self.decisionGroup)
        self.implementationEdit.setObjectName(u"implementationEdit")
        self.implementationEdit.setTabChangesFocus(True)
        self.implementationEdit.setMaximumSize(QSize(16777215, 52))
        self.implementationEdit.setMinimumSize(QSize(0, 44))

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.implementationEdit)


        self.scrollLayout.addWidget(self.decisionGroup)

        self.followUpGroup = QGroupBox(self.scrollContents)
        self.followUpGroup.setObjectName(u"followUpGroup")
        self.followUpForm = QFormLayout(self.followUpGroup)
        self.followUpForm.setObjectName(u"followUpForm")
        self.followUpForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.followUpIndicatorsLabel = QLabel(self.followUpGroup)
        self.followUpIndicatorsLabel.setObjectName(u"followUpIndicatorsLabel")
        self.followUpIndicatorsLabel.setWordWrap(True)

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followUpIndicatorsLabel)

        self.followUpIndicatorsEdit = QPlainTextEdit(self.followUpGroup)
        self.followUpIndicatorsEdit.setObjectName(u"followUpIndicatorsEdit")
        self.followUpIndicatorsEdit.setTabChangesFocus(True)
        self.followUpIndicatorsEdit.setMaximumSize(QSize(16777215, 52))
        self.followUpIndicatorsEdit.setMinimumSize(QSize(0, 44))

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.followUpIndicatorsEdit)

        self.followUpResultLabel = QLabel(self.followUpGroup)
        self.followUpResultLabel.setObjectName(u"followUpResultLabel")
        self.followUpResultLabel.setWordWrap(True)

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpResultLabel)

        self.followUpResultEdit = QPlainTextEdit(self.followUpGroup)
        self.followUpResultEdit.setObjectName(u"followUpResultEdit")
        self.followUpResultEdit.setTabChangesFocus(True)
        self.followUpResultEdit.setMaximumSize(QSize(16777215, 52))
        self.followUpResultEdit.setMinimumSize(QSize(0, 44))

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.followUpResultEdit)

        self.followUpChecksLabel = QLabel(self.followUpGroup)
        self.followUpChecksLabel.setObjectName(u"followUpChecksLabel")
        self.followUpChecksLabel.setWordWrap(True)

        self.followUpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followUpChecksLabel)

        self.followUpChecksLayout = QVBoxLayout()
        self.followUpChecksLayout.setObjectName(u"followUpChecksLayout")
        self.followUpChecksList = QListWidget(self.followUpGroup)
        self.followUpChecksList.setObjectName(u"followUpChecksList")
        self.followUpChecksList.setMaximumSize(QSize(16777215, 72))

        self.followUpChecksLayout.addWidget(self.followUpChecksList)

        self.followUpCheckEntry = QHBoxLayout()
        self.followUpCheckEntry.setObjectName(u"followUpCheckEntry")
        self.followUpCheckDate = QDateEdit(self.followUpGroup)
        self.followUpCheckDate.setObjectName(u"followUpCheckDate")
        self.followUpCheckDate.setCalendarPopup(True)

        self.followUpCheckEntry.addWidget(self.followUpCheckDate)

        self.followUpFindingEdit = QLineEdit(self.followUpGroup)
        self.followUpFindingEdit.setObjectName(u"followUpFindingEdit")

        self.followUpCheckEntry.addWidget(self.followUpFindingEdit)

        self.addFollowUpCheckButton = QPushButton(self.followUpGroup)
        self.addFollowUpCheckButton.setObjectName(u"addFollowUpCheckButton")

        self.followUpCheckEntry.addWidget(self.addFollowUpCheckButton)


        self.followUpChecksLayout.addLayout(self.followUpCheckEntry)


        self.followUpForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.followUpChecksLayout)


        self.scrollLayout.addWidget(self.followUpGroup)

        self.scrollSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scrollLayout.addItem(self.scrollSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)


        self.retranslateUi(LedgerApprovalDetail)

        QMetaObject.connectSlotsByName(LedgerApprovalDetail)
    # setupUi

    def retranslateUi(self, LedgerApprovalDetail):
        LedgerApprovalDetail.setWindowTitle(QCoreApplication.translate("LedgerApprovalDetail", u"Matter", None))
#if QT_CONFIG(tooltip)
        self.overrideButton.setToolTip(QCoreApplication.translate("LedgerApprovalDetail", u"The matter is held by management control; an office leader records an override with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.overrideButton.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Override hold\u2026", None))
#if QT_CONFIG(tooltip)
        self.closePhaseButton.setToolTip(QCoreApplication.translate("LedgerApprovalDetail", u"Close the current phase when all its fields are filled; the matter moves to the next phase", None))
#endif // QT_CONFIG(tooltip)
        self.closePhaseButton.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Close phase", None))
#if QT_CONFIG(tooltip)
        self.applyDecisionButton.setToolTip(QCoreApplication.translate("LedgerApprovalDetail", u"Confirm the approved decision: the unit's approved figures change by the approved amounts, dated by the reply", None))
#endif // QT_CONFIG(tooltip)
        self.applyDecisionButton.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Apply to the unit", None))
        self.generalGroup.setTitle(QCoreApplication.translate("LedgerApprovalDetail", u"Matter", None))
        self.titleLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Title", None))
        self.unitLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Unit", None))
        self.appliedLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Applied on", None))
        self.applicationGroup.setTitle(QCoreApplication.translate("LedgerApprovalDetail", u"Application", None))
        self.reasonLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Reason", None))
        self.superiorDocumentsLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Superior documents", None))
        self.elsewhereLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Situation elsewhere", None))
        self.preliminaryPlanLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Preliminary plan", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Attached materials", None))
#if QT_CONFIG(tooltip)
        self.addAttachmentButton.setToolTip(QCoreApplication.translate("LedgerApprovalDetail", u"Store files in the evidence store as attachments of this matter", None))
#endif // QT_CONFIG(tooltip)
        self.addAttachmentButton.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Attach files\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Open", None))
#if QT_CONFIG(tooltip)
        self.removeAttachmentButton.setToolTip(QCoreApplication.translate("LedgerApprovalDetail", u"Remove the selected attachment from this matter", None))
#endif // QT_CONFIG(tooltip)
        self.removeAttachmentButton.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Remove\u2026", None))
        self.researchGroup.setTitle(QCoreApplication.translate("LedgerApprovalDetail", u"Research", None))
        self.currentInstitutionsLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Current institutions", None))
        self.staffingLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Staffing", None))
        self.leaderPostsLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Leader posts", None))
        self.policyBasisLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Policy basis", None))
        self.needsLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Needs", None))
        self.supportingMeasuresLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Supporting measures", None))
        self.expectedEffectLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Expected effect", None))
        self.followUpManagementLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Follow-up management", None))
        self.fieldResearchCheck.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Field research by a work team", None))
        self.researchTeamLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Research team", None))
        self.researchTeamEdit.setPlaceholderText(QCoreApplication.translate("LedgerApprovalDetail", u"Members of the work team", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("LedgerApprovalDetail", u"Decision", None))
        self.meetingLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Office meeting date", None))
        self.preliminaryOpinionLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Preliminary opinion", None))
        self.decisionLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Decision", None))
        self.documentNumberLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Document number", None))
        self.implementationLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Implementation", None))
        self.followUpGroup.setTitle(QCoreApplication.translate("LedgerApprovalDetail", u"Effectiveness follow-up", None))
        self.followUpIndicatorsLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Follow-up indicators", None))
        self.followUpResultLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Follow-up result", None))
        self.followUpChecksLabel.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Dated checks", None))
        self.followUpCheckDate.setDisplayFormat(QCoreApplication.translate("LedgerApprovalDetail", u"yyyy-MM-dd", None))
        self.followUpFindingEdit.setPlaceholderText(QCoreApplication.translate("LedgerApprovalDetail", u"What the check found", None))
#if QT_CONFIG(tooltip)
        self.addFollowUpCheckButton.setToolTip(QCoreApplication.translate("LedgerApprovalDetail", u"Record a dated \u8ddf\u8e2a\u95ee\u6548 check by the signed-in user", None))
#endif // QT_CONFIG(tooltip)
        self.addFollowUpCheckButton.setText(QCoreApplication.translate("LedgerApprovalDetail", u"Add check", None))
    # retranslateUi

