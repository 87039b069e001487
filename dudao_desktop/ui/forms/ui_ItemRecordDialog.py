# Generated from forms/ItemRecordDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ItemRecordDialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ItemRecordDialog(object):
    def setupUi(self, ItemRecordDialog):
        if not ItemRecordDialog.objectName():
            ItemRecordDialog.setObjectName(u"ItemRecordDialog")
        ItemRecordDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(ItemRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.categoryLabel = QLabel(ItemRecordDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ItemRecordDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.textLabel = QLabel(ItemRecordDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ItemRecordDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttons = QDialogButtonBox(ItemRecordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ItemRecordDialog)

        QMetaObject.connectSlotsByName(ItemRecordDialog)
    # setupUi

    def retranslateUi(self, ItemRecordDialog):
        ItemRecordDialog.setWindowTitle(QCoreApplication.translate("ItemRecordDialog", u"Record a problem", None))
        self.categoryLabel.setText(QCoreApplication.translate("ItemRecordDialog", u"&Category:", None))
        self.textLabel.setText(QCoreApplication.translate("ItemRecordDialog", u"&Description:", None))
    # retranslateUi

