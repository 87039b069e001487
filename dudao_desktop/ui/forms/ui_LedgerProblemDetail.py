# Generated from forms/LedgerProblemDetail.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerProblemDetail.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LedgerProblemDetail(object):
    def setupUi(self, LedgerProblemDetail):
        if not LedgerProblemDetail.objectName():
            LedgerProblemDetail.setObjectName(u"LedgerProblemDetail")
        self.mainLayout = QVBoxLayout(LedgerProblemDetail)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitLabel = QLabel(LedgerProblemDetail)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitValue = QLabel(LedgerProblemDetail)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.statusLabel = QLabel(LedgerProblemDetail)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValue = QLabel(LedgerProblemDetail)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.descriptionLabel = QLabel(LedgerProblemDetail)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(LedgerProblemDetail)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.causeLabel = QLabel(LedgerProblemDetail)
        self.causeLabel.setObjectName(u"causeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeEdit = QPlainTextEdit(LedgerProblemDetail)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setMaximumSize(QSize(16777215, 50))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.causeEdit)

        self.measuresLabel = QLabel(LedgerProblemDetail)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measuresEdit = QPlainTextEdit(LedgerProblemDetail)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setMaximumSize(QSize(16777215, 50))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.planLabel = QLabel(LedgerProblemDetail)
        self.planLabel.setObjectName(u"planLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.rectificationPlanEdit = QPlainTextEdit(LedgerProblemDetail)
        self.rectificationPlanEdit.setObjectName(u"rectificationPlanEdit")
        self.rectificationPlanEdit.setMaximumSize(QSize(16777215, 50))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rectificationPlanEdit)

        self.deadlineLabel = QLabel(LedgerProblemDetail)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QDateEdit(LedgerProblemDetail)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)
        self.deadlineEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.responsibleLabel = QLabel(LedgerProblemDetail)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleEdit = QLineEdit(LedgerProblemDetail)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.lookbackLabel = QLabel(LedgerProblemDetail)
        self.lookbackLabel.setObjectName(u"lookbackLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lookbackLabel)

        self.lookbackResultEdit = QPlainTextEdit(LedgerProblemDetail)
        self.lookbackResultEdit.setObjectName(u"lookbackResultEdit")
        self.lookbackResultEdit.setMaximumSize(QSize(16777215, 50))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lookbackResultEdit)

        self.progressLabel = QLabel(LedgerProblemDetail)
        self.progressLabel.setObjectName(u"progressLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressList = QListWidget(LedgerProblemDetail)
        self.progressList.setObjectName(u"progressList")
        self.progressList.setMaximumSize(QSize(16777215, 56))

        self.progressLayout.addWidget(self.progressList)

        self.progressButtons = QVBoxLayout()
        self.progressButtons.setObjectName(u"progressButtons")
        self.progressEdit = QLineEdit(LedgerProblemDetail)
        self.progressEdit.setObjectName(u"progressEdit")

        self.progressButtons.addWidget(self.progressEdit)

        self.addProgressButton = QPushButton(LedgerProblemDetail)
        self.addProgressButton.setObjectName(u"addProgressButton")

        self.progressButtons.addWidget(self.addProgressButton)


        self.progressLayout.addLayout(self.progressButtons)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.progressLayout)

        self.evidenceLabel = QLabel(LedgerProblemDetail)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceLayout = QHBoxLayout()
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceList = QListWidget(LedgerProblemDetail)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setMaximumSize(QSize(16777215, 56))
        self.evidenceList.setFlow(QListView.Flow.LeftToRight)
        self.evidenceList.setProperty(u"wrapping", True)

        self.evidenceLayout.addWidget(self.evidenceList)

        self.evidenceButtons = QVBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.attachEvidenceButton = QPushButton(LedgerProblemDetail)
        self.attachEvidenceButton.setObjectName(u"attachEvidenceButton")

        self.evidenceButtons.addWidget(self.attachEvidenceButton)

        self.openEvidenceButton = QPushButton(LedgerProblemDetail)
        self.openEvidenceButton.setObjectName(u"openEvidenceButton")

        self.evidenceButtons.addWidget(self.openEvidenceButton)


        self.evidenceLayout.addLayout(self.evidenceButtons)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.evidenceLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveButton = QPushButton(LedgerProblemDetail)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.issueLetterButton = QPushButton(LedgerProblemDetail)
        self.issueLetterButton.setObjectName(u"issueLetterButton")

        self.buttonLayout.addWidget(self.issueLetterButton)

        self.rectifyingButton = QPushButton(LedgerProblemDetail)
        self.rectifyingButton.setObjectName(u"rectifyingButton")

        self.buttonLayout.addWidget(self.rectifyingButton)

        self.rectifiedButton = QPushButton(LedgerProblemDetail)
        self.rectifiedButton.setObjectName(u"rectifiedButton")

        self.buttonLayout.addWidget(self.rectifiedButton)

        self.verifiedButton = QPushButton(LedgerProblemDetail)
        self.verifiedButton.setObjectName(u"verifiedButton")

        self.buttonLayout.addWidget(self.verifiedButton)

        self.notVerifiedButton = QPushButton(LedgerProblemDetail)
        self.notVerifiedButton.setObjectName(u"notVerifiedButton")

        self.buttonLayout.addWidget(self.notVerifiedButton)

        self.accountabilityButton = QPushButton(LedgerProblemDetail)
        self.accountabilityButton.setObjectName(u"accountabilityButton")

        self.buttonLayout.addWidget(self.accountabilityButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(LedgerProblemDetail)

        QMetaObject.connectSlotsByName(LedgerProblemDetail)
    # setupUi

    def retranslateUi(self, LedgerProblemDetail):
        LedgerProblemDetail.setWindowTitle(QCoreApplication.translate("LedgerProblemDetail", u"Problem", None))
        self.unitLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Unit", None))
        self.statusLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Status", None))
        self.descriptionLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Description", None))
        self.causeLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Cause", None))
        self.measuresLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Rectification measures", None))
        self.planLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Rectification plan returned by the unit", None))
        self.deadlineLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Deadline", None))
        self.responsibleLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Responsible person", None))
        self.lookbackLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Look-back result", None))
        self.progressLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Progress updates", None))
        self.progressEdit.setPlaceholderText(QCoreApplication.translate("LedgerProblemDetail", u"What was done (dated today)", None))
        self.addProgressButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Add update", None))
        self.evidenceLabel.setText(QCoreApplication.translate("LedgerProblemDetail", u"Evidence of rectification", None))
#if QT_CONFIG(tooltip)
        self.attachEvidenceButton.setToolTip(QCoreApplication.translate("LedgerProblemDetail", u"Store files proving the rectification in the evidence store, linked to this problem", None))
#endif // QT_CONFIG(tooltip)
        self.attachEvidenceButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Attach files\u2026", None))
        self.openEvidenceButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Open", None))
        self.saveButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Save", None))
#if QT_CONFIG(tooltip)
        self.issueLetterButton.setToolTip(QCoreApplication.translate("LedgerProblemDetail", u"Preview and issue the unit's feedback letter: its problems become notified", None))
#endif // QT_CONFIG(tooltip)
        self.issueLetterButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Issue letter\u2026", None))
        self.rectifyingButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Rectifying", None))
        self.rectifiedButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Rectified", None))
#if QT_CONFIG(tooltip)
        self.verifiedButton.setToolTip(QCoreApplication.translate("LedgerProblemDetail", u"Record the look-back result: rectification verified", None))
#endif // QT_CONFIG(tooltip)
        self.verifiedButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Verified at look-back", None))
#if QT_CONFIG(tooltip)
        self.notVerifiedButton.setToolTip(QCoreApplication.translate("LedgerProblemDetail", u"Record the look-back result: not rectified yet, back to rectifying", None))
#endif // QT_CONFIG(tooltip)
        self.notVerifiedButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Not rectified at look-back", None))
#if QT_CONFIG(tooltip)
        self.accountabilityButton.setToolTip(QCoreApplication.translate("LedgerProblemDetail", u"Record a \u7ea6\u8c08, \u901a\u62a5 or \u95ee\u8d23 about this problem", None))
#endif // QT_CONFIG(tooltip)
        self.accountabilityButton.setText(QCoreApplication.translate("LedgerProblemDetail", u"Accountability\u2026", None))
    # retranslateUi

