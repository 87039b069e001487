# Generated from forms/InterviewDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'InterviewDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_InterviewDialog(object):
    def setupUi(self, InterviewDialog):
        if not InterviewDialog.objectName():
            InterviewDialog.setObjectName(u"InterviewDialog")
        InterviewDialog.resize(560, 640)
        self.mainLayout = QVBoxLayout(InterviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.heldOnLabel = QLabel(InterviewDialog)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldOnLabel)

        self.heldOnEdit = QDateEdit(InterviewDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")
        self.heldOnEdit.setCalendarPopup(True)
        self.heldOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldOnEdit)

        self.placeLabel = QLabel(InterviewDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(InterviewDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.unitHeadLabel = QLabel(InterviewDialog)
        self.unitHeadLabel.setObjectName(u"unitHeadLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitHeadLabel)

        self.unitHeadEdit = QLineEdit(InterviewDialog)
        self.unitHeadEdit.setObjectName(u"unitHeadEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitHeadEdit)

        self.staffLabel = QLabel(InterviewDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffEdit = QLineEdit(InterviewDialog)
        self.staffEdit.setObjectName(u"staffEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staffEdit)

        self.inspectorsLabel = QLabel(InterviewDialog)
        self.inspectorsLabel.setObjectName(u"inspectorsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.inspectorsLabel)

        self.inspectorsEdit = QLineEdit(InterviewDialog)
        self.inspectorsEdit.setObjectName(u"inspectorsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.inspectorsEdit)

        self.topicsLabel = QLabel(InterviewDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsEdit = QPlainTextEdit(InterviewDialog)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setMinimumSize(QSize(0, 44))
        self.topicsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topicsEdit)

        self.needsLabel = QLabel(InterviewDialog)
        self.needsLabel.setObjectName(u"needsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.needsEdit = QPlainTextEdit(InterviewDialog)
        self.needsEdit.setObjectName(u"needsEdit")
        self.needsEdit.setMinimumSize(QSize(0, 44))
        self.needsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.needsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.suggestionsGroup = QGroupBox(InterviewDialog)
        self.suggestionsGroup.setObjectName(u"suggestionsGroup")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsGroup)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionsList = QListWidget(self.suggestionsGroup)
        self.suggestionsList.setObjectName(u"suggestionsList")
        self.suggestionsList.setMinimumSize(QSize(0, 44))

        self.suggestionsLayout.addWidget(self.suggestionsList)

        self.newSuggestionLayout = QHBoxLayout()
        self.newSuggestionLayout.setObjectName(u"newSuggestionLayout")
        self.newSuggestionEdit = QLineEdit(self.suggestionsGroup)
        self.newSuggestionEdit.setObjectName(u"newSuggestionEdit")

        self.newSuggestionLayout.addWidget(self.newSuggestionEdit)

        self.addSuggestionButton = QPushButton(self.suggestionsGroup)
        self.addSuggestionButton.setObjectName(u"addSuggestionButton")

        self.newSuggestionLayout.addWidget(self.addSuggestionButton)

        self.removeSuggestionButton = QPushButton(self.suggestionsGroup)
        self.removeSuggestionButton.setObjectName(u"removeSuggestionButton")

        self.newSuggestionLayout.addWidget(self.removeSuggestionButton)


        self.suggestionsLayout.addLayout(self.newSuggestionLayout)

        self.recordLayout = QHBoxLayout()
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordSuggestionButton = QPushButton(self.suggestionsGroup)
        self.recordSuggestionButton.setObjectName(u"recordSuggestionButton")

        self.recordLayout.addWidget(self.recordSuggestionButton)

        self.recordSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordLayout.addItem(self.recordSpacer)


        self.suggestionsLayout.addLayout(self.recordLayout)


        self.mainLayout.addWidget(self.suggestionsGroup)

        self.evidenceLayout = QHBoxLayout()
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceLabel = QLabel(InterviewDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setText(u"")

        self.evidenceLayout.addWidget(self.evidenceLabel)

        self.evidenceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceLayout.addItem(self.evidenceSpacer)

        self.attachButton = QPushButton(InterviewDialog)
        self.attachButton.setObjectName(u"attachButton")

        self.evidenceLayout.addWidget(self.attachButton)


        self.mainLayout.addLayout(self.evidenceLayout)

        self.buttonBox = QDialogButtonBox(InterviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldOnLabel.setBuddy(self.heldOnEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.unitHeadLabel.setBuddy(self.unitHeadEdit)
        self.staffLabel.setBuddy(self.staffEdit)
        self.inspectorsLabel.setBuddy(self.inspectorsEdit)
        self.topicsLabel.setBuddy(self.topicsEdit)
        self.needsLabel.setBuddy(self.needsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterviewDialog)

        QMetaObject.connectSlotsByName(InterviewDialog)
    # setupUi

    def retranslateUi(self, InterviewDialog):
        InterviewDialog.setWindowTitle(QCoreApplication.translate("InterviewDialog", u"Interview", None))
        self.heldOnLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Date:", None))
        self.placeLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Place:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"e.g. the unit's meeting room", None))
        self.unitHeadLabel.setText(QCoreApplication.translate("InterviewDialog", u"Unit &head:", None))
        self.unitHeadEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Name of the unit's head taking part", None))
        self.staffLabel.setText(QCoreApplication.translate("InterviewDialog", u"Staff &representatives:", None))
        self.staffEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Names separated by commas or \u3001", None))
        self.inspectorsLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Inspectors:", None))
        self.inspectorsEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Names separated by commas or \u3001", None))
        self.topicsLabel.setText(QCoreApplication.translate("InterviewDialog", u"T&opics:", None))
        self.topicsEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"What was discussed", None))
        self.needsLabel.setText(QCoreApplication.translate("InterviewDialog", u"&Needs and difficulties:", None))
        self.needsEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Needs and difficulties the unit raised", None))
        self.suggestionsGroup.setTitle(QCoreApplication.translate("InterviewDialog", u"Suggestions raised", None))
#if QT_CONFIG(tooltip)
        self.suggestionsList.setToolTip(QCoreApplication.translate("InterviewDialog", u"Suggestions marked \u2713 are on the suggestion list", None))
#endif // QT_CONFIG(tooltip)
        self.newSuggestionEdit.setPlaceholderText(QCoreApplication.translate("InterviewDialog", u"Type a suggestion and press Add", None))
        self.addSuggestionButton.setText(QCoreApplication.translate("InterviewDialog", u"&Add", None))
        self.removeSuggestionButton.setText(QCoreApplication.translate("InterviewDialog", u"Remo&ve", None))
        self.recordSuggestionButton.setText(QCoreApplication.translate("InterviewDialog", u"&Record as suggestion", None))
#if QT_CONFIG(tooltip)
        self.recordSuggestionButton.setToolTip(QCoreApplication.translate("InterviewDialog", u"Put the selected suggestion on the suggestion list (source: interview)", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("InterviewDialog", u"Attach fi&les\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("InterviewDialog", u"Attach photos of the meeting or the sign-in sheet", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

