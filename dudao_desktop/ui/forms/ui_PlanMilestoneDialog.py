# Generated from forms/PlanMilestoneDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanMilestoneDialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlanMilestoneDialog(object):
    def setupUi(self, PlanMilestoneDialog):
        if not PlanMilestoneDialog.objectName():
            PlanMilestoneDialog.setObjectName(u"PlanMilestoneDialog")
        PlanMilestoneDialog.resize(480, 260)
        self.mainLayout = QVBoxLayout(PlanMilestoneDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleEditLabel = QLabel(PlanMilestoneDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(PlanMilestoneDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.stepComboLabel = QLabel(PlanMilestoneDialog)
        self.stepComboLabel.setObjectName(u"stepComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stepComboLabel)

        self.stepCombo = QComboBox(PlanMilestoneDialog)
        self.stepCombo.setObjectName(u"stepCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stepCombo)

        self.startDateLabel = QLabel(PlanMilestoneDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDate = QDateEdit(PlanMilestoneDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)
        self.startDate.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.dueDateLabel = QLabel(PlanMilestoneDialog)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueDateLabel)

        self.dueDate = QDateEdit(PlanMilestoneDialog)
        self.dueDate.setObjectName(u"dueDate")
        self.dueDate.setCalendarPopup(True)
        self.dueDate.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueDate)

        self.responsibleEditLabel = QLabel(PlanMilestoneDialog)
        self.responsibleEditLabel.setObjectName(u"responsibleEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responsibleEditLabel)

        self.responsibleEdit = QLineEdit(PlanMilestoneDialog)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(PlanMilestoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.stepComboLabel.setBuddy(self.stepCombo)
        self.startDateLabel.setBuddy(self.startDate)
        self.dueDateLabel.setBuddy(self.dueDate)
        self.responsibleEditLabel.setBuddy(self.responsibleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanMilestoneDialog)

        QMetaObject.connectSlotsByName(PlanMilestoneDialog)
    # setupUi

    def retranslateUi(self, PlanMilestoneDialog):
        PlanMilestoneDialog.setWindowTitle(QCoreApplication.translate("PlanMilestoneDialog", u"Milestone", None))
        self.titleEditLabel.setText(QCoreApplication.translate("PlanMilestoneDialog", u"&Title:", None))
        self.stepComboLabel.setText(QCoreApplication.translate("PlanMilestoneDialog", u"St&ep:", None))
        self.startDateLabel.setText(QCoreApplication.translate("PlanMilestoneDialog", u"&Start:", None))
        self.dueDateLabel.setText(QCoreApplication.translate("PlanMilestoneDialog", u"&Due:", None))
        self.responsibleEditLabel.setText(QCoreApplication.translate("PlanMilestoneDialog", u"&Responsible:", None))
    # retranslateUi

