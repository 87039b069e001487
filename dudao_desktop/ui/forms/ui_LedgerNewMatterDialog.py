# Generated from forms/LedgerNewMatterDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LedgerNewMatterDialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LedgerNewMatterDialog(object):
    def setupUi(self, LedgerNewMatterDialog):
        if not LedgerNewMatterDialog.objectName():
            LedgerNewMatterDialog.setObjectName(u"LedgerNewMatterDialog")
        LedgerNewMatterDialog.resize(460, 180)
        self.mainLayout = QVBoxLayout(LedgerNewMatterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitLabel = QLabel(LedgerNewMatterDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(LedgerNewMatterDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.titleLabel = QLabel(LedgerNewMatterDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(LedgerNewMatterDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.appliedLabel = QLabel(LedgerNewMatterDialog)
        self.appliedLabel.setObjectName(u"appliedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appliedLabel)

        self.appliedEdit = QDateEdit(LedgerNewMatterDialog)
        self.appliedEdit.setObjectName(u"appliedEdit")
        self.appliedEdit.setCalendarPopup(True)
        self.appliedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appliedEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(LedgerNewMatterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(LedgerNewMatterDialog)

        QMetaObject.connectSlotsByName(LedgerNewMatterDialog)
    # setupUi

    def retranslateUi(self, LedgerNewMatterDialog):
        LedgerNewMatterDialog.setWindowTitle(QCoreApplication.translate("LedgerNewMatterDialog", u"New matter", None))
        self.unitLabel.setText(QCoreApplication.translate("LedgerNewMatterDialog", u"Unit", None))
        self.titleLabel.setText(QCoreApplication.translate("LedgerNewMatterDialog", u"Matter", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("LedgerNewMatterDialog", u"What the unit applies for", None))
        self.appliedLabel.setText(QCoreApplication.translate("LedgerNewMatterDialog", u"Applied on", None))
    # retranslateUi

