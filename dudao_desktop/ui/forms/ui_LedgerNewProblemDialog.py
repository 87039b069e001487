# Generated from forms/LedgerNewProblemDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerNewProblemDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_LedgerNewProblemDialog(object):
    def setupUi(self, LedgerNewProblemDialog):
        if not LedgerNewProblemDialog.objectName():
            LedgerNewProblemDialog.setObjectName(u"LedgerNewProblemDialog")
        LedgerNewProblemDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(LedgerNewProblemDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitLabel = QLabel(LedgerNewProblemDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(LedgerNewProblemDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.sourceLabel = QLabel(LedgerNewProblemDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(LedgerNewProblemDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.yearLabel = QLabel(LedgerNewProblemDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(LedgerNewProblemDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2013)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.categoryLabel = QLabel(LedgerNewProblemDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(LedgerNewProblemDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.descriptionLabel = QLabel(LedgerNewProblemDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(LedgerNewProblemDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.causeLabel = QLabel(LedgerNewProblemDialog)
        self.causeLabel.setObjectName(u"causeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeEdit = QPlainTextEdit(LedgerNewProblemDialog)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setTabChangesFocus(True)
        self.causeEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.causeEdit)

        self.actorLabel = QLabel(LedgerNewProblemDialog)
        self.actorLabel.setObjectName(u"actorLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.actorLabel)

        self.actorCombo = QComboBox(LedgerNewProblemDialog)
        self.actorCombo.setObjectName(u"actorCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actorCombo)

        self.actionLabel = QLabel(LedgerNewProblemDialog)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setText(u"")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QPlainTextEdit(LedgerNewProblemDialog)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setTabChangesFocus(True)
        self.actionEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.deadlineLabel = QLabel(LedgerNewProblemDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QDateEdit(LedgerNewProblemDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)
        self.deadlineEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.responsibleLabel = QLabel(LedgerNewProblemDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleEdit = QLineEdit(LedgerNewProblemDialog)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(LedgerNewProblemDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(LedgerNewProblemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.causeLabel.setBuddy(self.causeEdit)
        self.actorLabel.setBuddy(self.actorCombo)
        self.actionLabel.setBuddy(self.actionEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.responsibleLabel.setBuddy(self.responsibleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.causeEdit)
        QWidget.setTabOrder(self.causeEdit, self.actorCombo)
        QWidget.setTabOrder(self.actorCombo, self.actionEdit)
        QWidget.setTabOrder(self.actionEdit, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.responsibleEdit)

        self.retranslateUi(LedgerNewProblemDialog)

        QMetaObject.connectSlotsByName(LedgerNewProblemDialog)
    # setupUi

    def retranslateUi(self, LedgerNewProblemDialog):
        LedgerNewProblemDialog.setWindowTitle(QCoreApplication.translate("LedgerNewProblemDialog", u"New problem", None))
        self.unitLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"&Unit", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("LedgerNewProblemDialog", u"Type any part of the unit's name and choose it from the list", None))
#endif // QT_CONFIG(tooltip)
        self.sourceLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"&Source", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("LedgerNewProblemDialog", u"Where it was found, e.g. 2021 establishment evaluation", None))
        self.yearLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"&Year", None))
        self.categoryLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"&Category", None))
        self.descriptionLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("LedgerNewProblemDialog", u"What is wrong, in the words of the ledger", None))
        self.causeLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"C&ause", None))
        self.actorLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"&Who must act", None))
        self.deadlineLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"D&eadline", None))
        self.responsibleLabel.setText(QCoreApplication.translate("LedgerNewProblemDialog", u"&Responsible person", None))
    # retranslateUi

