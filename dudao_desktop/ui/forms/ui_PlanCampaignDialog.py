# Generated from forms/PlanCampaignDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanCampaignDialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PlanCampaignDialog(object):
    def setupUi(self, PlanCampaignDialog):
        if not PlanCampaignDialog.objectName():
            PlanCampaignDialog.setObjectName(u"PlanCampaignDialog")
        PlanCampaignDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(PlanCampaignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameEditLabel = QLabel(PlanCampaignDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(PlanCampaignDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.yearSpinLabel = QLabel(PlanCampaignDialog)
        self.yearSpinLabel.setObjectName(u"yearSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearSpinLabel)

        self.yearSpin = QSpinBox(PlanCampaignDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.monthsEditLabel = QLabel(PlanCampaignDialog)
        self.monthsEditLabel.setObjectName(u"monthsEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthsEditLabel)

        self.monthsEdit = QLineEdit(PlanCampaignDialog)
        self.monthsEdit.setObjectName(u"monthsEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthsEdit)

        self.startDateLabel = QLabel(PlanCampaignDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDate = QDateEdit(PlanCampaignDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)
        self.startDate.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endDateLabel = QLabel(PlanCampaignDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDate = QDateEdit(PlanCampaignDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)
        self.endDate.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.officeEditLabel = QLabel(PlanCampaignDialog)
        self.officeEditLabel.setObjectName(u"officeEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officeEditLabel)

        self.officeEdit = QLineEdit(PlanCampaignDialog)
        self.officeEdit.setObjectName(u"officeEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.purposeEditLabel = QLabel(PlanCampaignDialog)
        self.purposeEditLabel.setObjectName(u"purposeEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purposeEditLabel)

        self.purposeEdit = QPlainTextEdit(PlanCampaignDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.targetsEditLabel = QLabel(PlanCampaignDialog)
        self.targetsEditLabel.setObjectName(u"targetsEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.targetsEditLabel)

        self.targetsEdit = QPlainTextEdit(PlanCampaignDialog)
        self.targetsEdit.setObjectName(u"targetsEdit")
        self.targetsEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.targetsEdit)

        self.contentEditLabel = QLabel(PlanCampaignDialog)
        self.contentEditLabel.setObjectName(u"contentEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contentEditLabel)

        self.contentEdit = QPlainTextEdit(PlanCampaignDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.mechanismEditLabel = QLabel(PlanCampaignDialog)
        self.mechanismEditLabel.setObjectName(u"mechanismEditLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.mechanismEditLabel)

        self.mechanismEdit = QPlainTextEdit(PlanCampaignDialog)
        self.mechanismEdit.setObjectName(u"mechanismEdit")
        self.mechanismEdit.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.mechanismEdit)

        self.focusListLabel = QLabel(PlanCampaignDialog)
        self.focusListLabel.setObjectName(u"focusListLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.focusListLabel)

        self.focusList = QListWidget(PlanCampaignDialog)
        self.focusList.setObjectName(u"focusList")
        self.focusList.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.focusList)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(PlanCampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.yearSpinLabel.setBuddy(self.yearSpin)
        self.monthsEditLabel.setBuddy(self.monthsEdit)
        self.startDateLabel.setBuddy(self.startDate)
        self.endDateLabel.setBuddy(self.endDate)
        self.officeEditLabel.setBuddy(self.officeEdit)
        self.purposeEditLabel.setBuddy(self.purposeEdit)
        self.targetsEditLabel.setBuddy(self.targetsEdit)
        self.contentEditLabel.setBuddy(self.contentEdit)
        self.mechanismEditLabel.setBuddy(self.mechanismEdit)
        self.focusListLabel.setBuddy(self.focusList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanCampaignDialog)

        QMetaObject.connectSlotsByName(PlanCampaignDialog)
    # setupUi

    def retranslateUi(self, PlanCampaignDialog):
        PlanCampaignDialog.setWindowTitle(QCoreApplication.translate("PlanCampaignDialog", u"Campaign plan", None))
        self.nameEditLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Name:", None))
        self.yearSpinLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Year:", None))
        self.monthsEditLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"Supervision &months:", None))
        self.monthsEdit.setPlaceholderText(QCoreApplication.translate("PlanCampaignDialog", u"e.g. 3,9", None))
        self.startDateLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Start:", None))
        self.endDateLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&End:", None))
        self.officeEditLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Office:", None))
        self.purposeEditLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Purpose:", None))
        self.targetsEditLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Targets:", None))
        self.contentEditLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Content:", None))
        self.mechanismEditLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"Wor&king mechanism:", None))
        self.focusListLabel.setText(QCoreApplication.translate("PlanCampaignDialog", u"&Focus:", None))
#if QT_CONFIG(tooltip)
        self.focusList.setToolTip(QCoreApplication.translate("PlanCampaignDialog", u"Checklist items under a focus are asked only in a campaign with that focus", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

