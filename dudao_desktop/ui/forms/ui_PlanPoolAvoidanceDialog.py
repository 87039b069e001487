# Generated from forms/PlanPoolAvoidanceDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanPoolAvoidanceDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlanPoolAvoidanceDialog(object):
    def setupUi(self, PlanPoolAvoidanceDialog):
        if not PlanPoolAvoidanceDialog.objectName():
            PlanPoolAvoidanceDialog.setObjectName(u"PlanPoolAvoidanceDialog")
        PlanPoolAvoidanceDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(PlanPoolAvoidanceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.inspectorLabel = QLabel(PlanPoolAvoidanceDialog)
        self.inspectorLabel.setObjectName(u"inspectorLabel")
        self.inspectorLabel.setText(u"")
        self.inspectorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.inspectorLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.unitLabel = QLabel(PlanPoolAvoidanceDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(PlanPoolAvoidanceDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)
        self.unitCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.reasonLabel = QLabel(PlanPoolAvoidanceDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(PlanPoolAvoidanceDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(PlanPoolAvoidanceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PlanPoolAvoidanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanPoolAvoidanceDialog)

        QMetaObject.connectSlotsByName(PlanPoolAvoidanceDialog)
    # setupUi

    def retranslateUi(self, PlanPoolAvoidanceDialog):
        PlanPoolAvoidanceDialog.setWindowTitle(QCoreApplication.translate("PlanPoolAvoidanceDialog", u"Declare a conflict", None))
        self.unitLabel.setText(QCoreApplication.translate("PlanPoolAvoidanceDialog", u"&Unit:", None))
        self.reasonLabel.setText(QCoreApplication.translate("PlanPoolAvoidanceDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PlanPoolAvoidanceDialog", u"e.g. spouse works there", None))
    # retranslateUi

