# Generated from forms/PlanPoolInspectorDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanPoolInspectorDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PlanPoolInspectorDialog(object):
    def setupUi(self, PlanPoolInspectorDialog):
        if not PlanPoolInspectorDialog.objectName():
            PlanPoolInspectorDialog.setObjectName(u"PlanPoolInspectorDialog")
        PlanPoolInspectorDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(PlanPoolInspectorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PlanPoolInspectorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PlanPoolInspectorDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.departmentLabel = QLabel(PlanPoolInspectorDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(PlanPoolInspectorDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.postLabel = QLabel(PlanPoolInspectorDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(PlanPoolInspectorDialog)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.phoneLabel = QLabel(PlanPoolInspectorDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PlanPoolInspectorDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.expertiseLabel = QLabel(PlanPoolInspectorDialog)
        self.expertiseLabel.setObjectName(u"expertiseLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expertiseLabel)

        self.expertiseBox = QWidget(PlanPoolInspectorDialog)
        self.expertiseBox.setObjectName(u"expertiseBox")
        self.expertiseLayout = QVBoxLayout(self.expertiseBox)
        self.expertiseLayout.setObjectName(u"expertiseLayout")
        self.expertiseLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.expertiseBox)

        self.leadershipCheck = QCheckBox(PlanPoolInspectorDialog)
        self.leadershipCheck.setObjectName(u"leadershipCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leadershipCheck)

        self.unitLabel = QLabel(PlanPoolInspectorDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(PlanPoolInspectorDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)
        self.unitCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitCombo)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(PlanPoolInspectorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PlanPoolInspectorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.postLabel.setBuddy(self.postEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanPoolInspectorDialog)

        QMetaObject.connectSlotsByName(PlanPoolInspectorDialog)
    # setupUi

    def retranslateUi(self, PlanPoolInspectorDialog):
        PlanPoolInspectorDialog.setWindowTitle(QCoreApplication.translate("PlanPoolInspectorDialog", u"Inspector", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanPoolInspectorDialog", u"&Name:", None))
        self.departmentLabel.setText(QCoreApplication.translate("PlanPoolInspectorDialog", u"&Department:", None))
        self.postLabel.setText(QCoreApplication.translate("PlanPoolInspectorDialog", u"&Post:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PlanPoolInspectorDialog", u"P&hone:", None))
        self.expertiseLabel.setText(QCoreApplication.translate("PlanPoolInspectorDialog", u"Expertise:", None))
        self.leadershipCheck.setText(QCoreApplication.translate("PlanPoolInspectorDialog", u"&Leadership member (can lead a group)", None))
        self.unitLabel.setText(QCoreApplication.translate("PlanPoolInspectorDialog", u"&Own unit:", None))
    # retranslateUi

