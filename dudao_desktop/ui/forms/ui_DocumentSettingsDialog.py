# Generated from forms/DocumentSettingsDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'DocumentSettingsDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DocumentSettingsDialog(object):
    def setupUi(self, DocumentSettingsDialog):
        if not DocumentSettingsDialog.objectName():
            DocumentSettingsDialog.setObjectName(u"DocumentSettingsDialog")
        DocumentSettingsDialog.resize(620, 560)
        self.verticalLayout = QVBoxLayout(DocumentSettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerGroup = QGroupBox(DocumentSettingsDialog)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerForm = QFormLayout(self.headerGroup)
        self.headerForm.setObjectName(u"headerForm")
        self.markLabel = QLabel(self.headerGroup)
        self.markLabel.setObjectName(u"markLabel")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.markLabel)

        self.markEdit = QLineEdit(self.headerGroup)
        self.markEdit.setObjectName(u"markEdit")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.markEdit)

        self.issuerLabel = QLabel(self.headerGroup)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(self.headerGroup)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.addresseeLabel = QLabel(self.headerGroup)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeEdit = QLineEdit(self.headerGroup)
        self.addresseeEdit.setObjectName(u"addresseeEdit")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addresseeEdit)

        self.copiesLabel = QLabel(self.headerGroup)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesEdit = QLineEdit(self.headerGroup)
        self.copiesEdit.setObjectName(u"copiesEdit")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.copiesEdit)

        self.contactLabel = QLabel(self.headerGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.headerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.headerGroup)
        self.contactEdit.setObjectName(u"contactEdit")

        self.headerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneLabel = QLabel(self.headerGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.headerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.headerGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.headerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.redHeaderCheck = QCheckBox(self.headerGroup)
        self.redHeaderCheck.setObjectName(u"redHeaderCheck")

        self.headerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.redHeaderCheck)


        self.verticalLayout.addWidget(self.headerGroup)

        self.numbersGroup = QGroupBox(DocumentSettingsDialog)
        self.numbersGroup.setObjectName(u"numbersGroup")
        self.numbersLayout = QVBoxLayout(self.numbersGroup)
        self.numbersLayout.setObjectName(u"numbersLayout")
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.numbersGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.numbersGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2200)

        self.yearLayout.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.numbersLayout.addLayout(self.yearLayout)

        self.countersTable = QTableWidget(self.numbersGroup)
        self.countersTable.setObjectName(u"countersTable")
        self.countersTable.setColumnCount(4)

        self.numbersLayout.addWidget(self.countersTable)


        self.verticalLayout.addWidget(self.numbersGroup)

        self.buttonBox = QDialogButtonBox(DocumentSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.markLabel.setBuddy(self.markEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.addresseeLabel.setBuddy(self.addresseeEdit)
        self.copiesLabel.setBuddy(self.copiesEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentSettingsDialog)

        QMetaObject.connectSlotsByName(DocumentSettingsDialog)
    # setupUi

    def retranslateUi(self, DocumentSettingsDialog):
        DocumentSettingsDialog.setWindowTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Official documents", None))
        self.headerGroup.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Header and footer of letters and reports", None))
        self.markLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Issuing office &mark (red):", None))
        self.issuerLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Issuing office:", None))
        self.addresseeLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Report &addressed to:", None))
        self.copiesLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Copies to:", None))
        self.contactLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Contact &person:", None))
        self.phoneLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Contact p&hone:", None))
        self.redHeaderCheck.setText(QCoreApplication.translate("DocumentSettingsDialog", u"Print with the &red header (uncheck for plain documents)", None))
        self.numbersGroup.setTitle(QCoreApplication.translate("DocumentSettingsDialog", u"Document numbers", None))
        self.yearLabel.setText(QCoreApplication.translate("DocumentSettingsDialog", u"&Year:", None))
    # retranslateUi

