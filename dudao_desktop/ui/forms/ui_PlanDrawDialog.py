# Generated from forms/PlanDrawDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanDrawDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PlanDrawDialog(object):
    def setupUi(self, PlanDrawDialog):
        if not PlanDrawDialog.objectName():
            PlanDrawDialog.setObjectName(u"PlanDrawDialog")
        PlanDrawDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(PlanDrawDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.groupsSpinLabel = QLabel(PlanDrawDialog)
        self.groupsSpinLabel.setObjectName(u"groupsSpinLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupsSpinLabel)

        self.groupsSpin = QSpinBox(PlanDrawDialog)
        self.groupsSpin.setObjectName(u"groupsSpin")
        self.groupsSpin.setMinimum(1)
        self.groupsSpin.setMaximum(50)
        self.groupsSpin.setValue(5)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupsSpin)

        self.membersSpinLabel = QLabel(PlanDrawDialog)
        self.membersSpinLabel.setObjectName(u"membersSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.membersSpinLabel)

        self.membersSpin = QSpinBox(PlanDrawDialog)
        self.membersSpin.setObjectName(u"membersSpin")
        self.membersSpin.setMinimum(0)
        self.membersSpin.setMaximum(20)
        self.membersSpin.setValue(4)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.membersSpin)

        self.seedEditLabel = QLabel(PlanDrawDialog)
        self.seedEditLabel.setObjectName(u"seedEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.seedEditLabel)

        self.seedEdit = QLineEdit(PlanDrawDialog)
        self.seedEdit.setObjectName(u"seedEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.seedEdit)

        self.reasonEditLabel = QLabel(PlanDrawDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(PlanDrawDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.rulesLabel = QLabel(PlanDrawDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.rulesLabel)


        self.mainLayout.addLayout(self.form)

        self.drawButton = QPushButton(PlanDrawDialog)
        self.drawButton.setObjectName(u"drawButton")

        self.mainLayout.addWidget(self.drawButton)

        self.resultText = QPlainTextEdit(PlanDrawDialog)
        self.resultText.setObjectName(u"resultText")
        self.resultText.setReadOnly(True)

        self.mainLayout.addWidget(self.resultText)

        self.buttonBox = QDialogButtonBox(PlanDrawDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.groupsSpinLabel.setBuddy(self.groupsSpin)
        self.membersSpinLabel.setBuddy(self.membersSpin)
        self.seedEditLabel.setBuddy(self.seedEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanDrawDialog)

        QMetaObject.connectSlotsByName(PlanDrawDialog)
    # setupUi

    def retranslateUi(self, PlanDrawDialog):
        PlanDrawDialog.setWindowTitle(QCoreApplication.translate("PlanDrawDialog", u"Draw inspection groups", None))
        self.groupsSpinLabel.setText(QCoreApplication.translate("PlanDrawDialog", u"&Groups:", None))
        self.membersSpinLabel.setText(QCoreApplication.translate("PlanDrawDialog", u"&Members besides the leader:", None))
        self.seedEditLabel.setText(QCoreApplication.translate("PlanDrawDialog", u"&Seed:", None))
        self.seedEdit.setPlaceholderText(QCoreApplication.translate("PlanDrawDialog", u"empty: a new cryptographically strong seed", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("PlanDrawDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PlanDrawDialog", u"required for a redraw", None))
        self.rulesLabel.setText(QCoreApplication.translate("PlanDrawDialog", u"Rules: each group is led by a leadership member; each group covers every expertise area the pool has enough inspectors for; nobody is in two groups; nobody joins a group that visits a unit they must avoid.", None))
        self.drawButton.setText(QCoreApplication.translate("PlanDrawDialog", u"&Draw", None))
    # retranslateUi

