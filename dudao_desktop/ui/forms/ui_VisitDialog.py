# Generated from forms/VisitDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'VisitDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(700, 760)
        self.mainLayout = QVBoxLayout(VisitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.planGroup = QGroupBox(VisitDialog)
        self.planGroup.setObjectName(u"planGroup")
        self.planLayout = QFormLayout(self.planGroup)
        self.planLayout.setObjectName(u"planLayout")
        self.plannedDateLabel = QLabel(self.planGroup)
        self.plannedDateLabel.setObjectName(u"plannedDateLabel")

        self.planLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plannedDateLabel)

        self.plannedDateEdit = QDateEdit(self.planGroup)
        self.plannedDateEdit.setObjectName(u"plannedDateEdit")
        self.plannedDateEdit.setCalendarPopup(True)
        self.plannedDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.planLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plannedDateEdit)

        self.plannedMethodsLabel = QLabel(self.planGroup)
        self.plannedMethodsLabel.setObjectName(u"plannedMethodsLabel")

        self.planLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plannedMethodsLabel)

        self.plannedMethodsLayout = QHBoxLayout()
        self.plannedMethodsLayout.setObjectName(u"plannedMethodsLayout")
        self.plannedReportCheck = QCheckBox(self.planGroup)
        self.plannedReportCheck.setObjectName(u"plannedReportCheck")

        self.plannedMethodsLayout.addWidget(self.plannedReportCheck)

        self.plannedRecordsCheck = QCheckBox(self.planGroup)
        self.plannedRecordsCheck.setObjectName(u"plannedRecordsCheck")

        self.plannedMethodsLayout.addWidget(self.plannedRecordsCheck)

        self.plannedSpotCheck = QCheckBox(self.planGroup)
        self.plannedSpotCheck.setObjectName(u"plannedSpotCheck")

        self.plannedMethodsLayout.addWidget(self.plannedSpotCheck)

        self.plannedInterviewCheck = QCheckBox(self.planGroup)
        self.plannedInterviewCheck.setObjectName(u"plannedInterviewCheck")

        self.plannedMethodsLayout.addWidget(self.plannedInterviewCheck)


        self.planLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.plannedMethodsLayout)

        self.plannedMembersLabel = QLabel(self.planGroup)
        self.plannedMembersLabel.setObjectName(u"plannedMembersLabel")

        self.planLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plannedMembersLabel)

        self.plannedMembersLayout = QHBoxLayout()
        self.plannedMembersLayout.setObjectName(u"plannedMembersLayout")
        self.plannedMembersValue = QLabel(self.planGroup)
        self.plannedMembersValue.setObjectName(u"plannedMembersValue")
        self.plannedMembersValue.setWordWrap(True)
        self.plannedMembersValue.setText(u"")

        self.plannedMembersLayout.addWidget(self.plannedMembersValue)

        self.savePlanButton = QPushButton(self.planGroup)
        self.savePlanButton.setObjectName(u"savePlanButton")

        self.plannedMembersLayout.addWidget(self.savePlanButton)


        self.planLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.plannedMembersLayout)


        self.mainLayout.addWidget(self.planGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(VisitDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(VisitDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.membersLabel = QLabel(VisitDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersEdit = QLineEdit(VisitDialog)
        self.membersEdit.setObjectName(u"membersEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.membersEdit)

        self.participantsLabel = QLabel(VisitDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(VisitDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.participantsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.methodsGroup = QGroupBox(VisitDialog)
        self.methodsGroup.setObjectName(u"methodsGroup")
        self.methodsLayout = QGridLayout(self.methodsGroup)
        self.methodsLayout.setObjectName(u"methodsLayout")
        self.reportCheck = QCheckBox(self.methodsGroup)
        self.reportCheck.setObjectName(u"reportCheck")

        self.methodsLayout.addWidget(self.reportCheck, 0, 0, 1, 1)

        self.reportEdit = QLineEdit(self.methodsGroup)
        self.reportEdit.setObjectName(u"reportEdit")

        self.methodsLayout.addWidget(self.reportEdit, 0, 1, 1, 1)

        self.recordsCheck = QCheckBox(self.methodsGroup)
        self.recordsCheck.setObjectName(u"recordsCheck")

        self.methodsLayout.addWidget(self.recordsCheck, 1, 0, 1, 1)

        self.recordsLayout = QVBoxLayout()
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.recordsEdit = QLineEdit(self.methodsGroup)
        self.recordsEdit.setObjectName(u"recordsEdit")

        self.recordsLayout.addWidget(self.recordsEdit)

        self.recordsList = QListWidget(self.methodsGroup)
        self.recordsList.setObjectName(u"recordsList")
        self.recordsList.setMaximumSize(QSize(16777215, 90))

        self.recordsLayout.addWidget(self.recordsList)

        self.addFilesButton = QPushButton(self.methodsGroup)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.recordsLayout.addWidget(self.addFilesButton)


        self.methodsLayout.addLayout(self.recordsLayout, 1, 1, 1, 1)

        self.spotCheck = QCheckBox(self.methodsGroup)
        self.spotCheck.setObjectName(u"spotCheck")

        self.methodsLayout.addWidget(self.spotCheck, 2, 0, 1, 1)

        self.spotEdit = QLineEdit(self.methodsGroup)
        self.spotEdit.setObjectName(u"spotEdit")

        self.methodsLayout.addWidget(self.spotEdit, 2, 1, 1, 1)

        self.interviewCheck = QCheckBox(self.methodsGroup)
        self.interviewCheck.setObjectName(u"interviewCheck")

        self.methodsLayout.addWidget(self.interviewCheck, 3, 0, 1, 1)

        self.interviewColumn = QVBoxLayout()
        self.interviewColumn.setObjectName(u"interviewColumn")
        self.interviewLayout = QHBoxLayout()
        self.interviewLayout.setObjectName(u"interviewLayout")
        self.peopleSpin = QSpinBox(self.methodsGroup)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMaximum(999)

        self.interviewLayout.addWidget(self.peopleSpin)

        self.interviewEdit = QLineEdit(self.methodsGroup)
        self.interviewEdit.setObjectName(u"interviewEdit")

        self.interviewLayout.addWidget(self.interviewEdit)


        self.interviewColumn.addLayout(self.interviewLayout)

        self.interviewsList = QListWidget(self.methodsGroup)
        self.interviewsList.setObjectName(u"interviewsList")
        self.interviewsList.setMaximumSize(QSize(16777215, 70))

        self.interviewColumn.addWidget(self.interviewsList)


        self.methodsLayout.addLayout(self.interviewColumn, 3, 1, 1, 1)


        self.mainLayout.addWidget(self.methodsGroup)

        self.sampleGroup = QGroupBox(VisitDialog)
        self.sampleGroup.setObjectName(u"sampleGroup")
        self.sampleLayout = QFormLayout(self.sampleGroup)
        self.sampleLayout.setObjectName(u"sampleLayout")
        self.populationLabel = QLabel(self.sampleGroup)
        self.populationLabel.setObjectName(u"populationLabel")

        self.sampleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationEdit = QLineEdit(self.sampleGroup)
        self.populationEdit.setObjectName(u"populationEdit")

        self.sampleLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.populationEdit)

        self.candidatesLabel = QLabel(self.sampleGroup)
        self.candidatesLabel.setObjectName(u"candidatesLabel")

        self.sampleLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.candidatesLabel)

        self.candidatesLayout = QVBoxLayout()
        self.candidatesLayout.setObjectName(u"candidatesLayout")
        self.candidatesEdit = QPlainTextEdit(self.sampleGroup)
        self.candidatesEdit.setObjectName(u"candidatesEdit")

        self.candidatesLayout.addWidget(self.candidatesEdit)

        self.personsButton = QPushButton(self.sampleGroup)
        self.personsButton.setObjectName(u"personsButton")

        self.candidatesLayout.addWidget(self.personsButton)


        self.sampleLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.candidatesLayout)

        self.sizeLabel = QLabel(self.sampleGroup)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.sampleLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.drawLayout = QHBoxLayout()
        self.drawLayout.setObjectName(u"drawLayout")
        self.sizeSpin = QSpinBox(self.sampleGroup)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(1)
        self.sizeSpin.setMaximum(999)
        self.sizeSpin.setValue(3)

        self.drawLayout.addWidget(self.sizeSpin)

        self.drawButton = QPushButton(self.sampleGroup)
        self.drawButton.setObjectName(u"drawButton")

        self.drawLayout.addWidget(self.drawButton)

        self.replayButton = QPushButton(self.sampleGroup)
        self.replayButton.setObjectName(u"replayButton")

        self.drawLayout.addWidget(self.replayButton)


        self.sampleLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.drawLayout)

        self.samplesList = QListWidget(self.sampleGroup)
        self.samplesList.setObjectName(u"samplesList")

        self.sampleLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.samplesList)


        self.mainLayout.addWidget(self.sampleGroup)

        self.buttonBox = QDialogButtonBox(VisitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.plannedDateLabel.setBuddy(self.plannedDateEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.membersLabel.setBuddy(self.membersEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.populationLabel.setBuddy(self.populationEdit)
        self.candidatesLabel.setBuddy(self.candidatesEdit)
        self.sizeLabel.setBuddy(self.sizeSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Visit record", None))
        self.planGroup.setTitle(QCoreApplication.translate("VisitDialog", u"Plan of the visit (printed on the check form)", None))
        self.plannedDateLabel.setText(QCoreApplication.translate("VisitDialog", u"Pla&nned day:", None))
        self.plannedMethodsLabel.setText(QCoreApplication.translate("VisitDialog", u"Methods planned:", None))
        self.plannedReportCheck.setText(QCoreApplication.translate("VisitDialog", u"Report", None))
        self.plannedRecordsCheck.setText(QCoreApplication.translate("VisitDialog", u"Records", None))
        self.plannedSpotCheck.setText(QCoreApplication.translate("VisitDialog", u"Spot check", None))
        self.plannedInterviewCheck.setText(QCoreApplication.translate("VisitDialog", u"Individual talks", None))
        self.plannedMembersLabel.setText(QCoreApplication.translate("VisitDialog", u"Group members:", None))
        self.savePlanButton.setText(QCoreApplication.translate("VisitDialog", u"Sa&ve the plan", None))
        self.dateLabel.setText(QCoreApplication.translate("VisitDialog", u"&Date of the visit:", None))
        self.membersLabel.setText(QCoreApplication.translate("VisitDialog", u"Group &members present:", None))
        self.membersEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Names separated by \u3001", None))
        self.participantsLabel.setText(QCoreApplication.translate("VisitDialog", u"&Unit participants:", None))
        self.methodsGroup.setTitle(QCoreApplication.translate("VisitDialog", u"Methods used and what they covered", None))
        self.reportCheck.setText(QCoreApplication.translate("VisitDialog", u"Hearing the unit's &report", None))
        self.reportEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Who reported", None))
        self.recordsCheck.setText(QCoreApplication.translate("VisitDialog", u"Reviewing r&ecords", None))
        self.recordsEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Which files", None))
#if QT_CONFIG(tooltip)
        self.recordsList.setToolTip(QCoreApplication.translate("VisitDialog", u"Tick the unit's evidence files that were reviewed", None))
#endif // QT_CONFIG(tooltip)
        self.addFilesButton.setText(QCoreApplication.translate("VisitDialog", u"Add &files reviewed\u2026", None))
        self.spotCheck.setText(QCoreApplication.translate("VisitDialog", u"Random &spot check", None))
        self.spotEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"What was sampled", None))
        self.interviewCheck.setText(QCoreApplication.translate("VisitDialog", u"&Individual talks", None))
        self.peopleSpin.setSuffix(QCoreApplication.translate("VisitDialog", u" people", None))
        self.interviewEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Who was talked to", None))
#if QT_CONFIG(tooltip)
        self.interviewsList.setToolTip(QCoreApplication.translate("VisitDialog", u"Tick the unit's interviews held during the visit", None))
#endif // QT_CONFIG(tooltip)
        self.sampleGroup.setTitle(QCoreApplication.translate("VisitDialog", u"Random sample for the spot check", None))
        self.populationLabel.setText(QCoreApplication.translate("VisitDialog", u"Dra&wn from:", None))
        self.populationEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"e.g. 2025 approval files, staff on establishment", None))
        self.candidatesLabel.setText(QCoreApplication.translate("VisitDialog", u"&List (one a line):", None))
        self.personsButton.setText(QCoreApplication.translate("VisitDialog", u"Fill with the unit's &persons", None))
        self.sizeLabel.setText(QCoreApplication.translate("VisitDialog", u"Sample si&ze:", None))
        self.drawButton.setText(QCoreApplication.translate("VisitDialog", u"Dr&aw", None))
        self.replayButton.setText(QCoreApplication.translate("VisitDialog", u"Re&play selected", None))
    # retranslateUi

