# Generated from forms/VocabularyDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'VocabularyDialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_VocabularyDialog(object):
    def setupUi(self, VocabularyDialog):
        if not VocabularyDialog.objectName():
            VocabularyDialog.setObjectName(u"VocabularyDialog")
        self.mainLayout = QVBoxLayout(VocabularyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.chooseForm = QFormLayout()
        self.chooseForm.setObjectName(u"chooseForm")
        self.vocabularyLabel = QLabel(VocabularyDialog)
        self.vocabularyLabel.setObjectName(u"vocabularyLabel")

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vocabularyLabel)

        self.vocabularyCombo = QComboBox(VocabularyDialog)
        self.vocabularyCombo.setObjectName(u"vocabularyCombo")

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vocabularyCombo)


        self.mainLayout.addLayout(self.chooseForm)

        self.termsList = QListWidget(VocabularyDialog)
        self.termsList.setObjectName(u"termsList")

        self.mainLayout.addWidget(self.termsList)

        self.editLayout = QHBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.nameEdit = QLineEdit(VocabularyDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.editLayout.addWidget(self.nameEdit)

        self.addButton = QPushButton(VocabularyDialog)
        self.addButton.setObjectName(u"addButton")

        self.editLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(VocabularyDialog)
        self.renameButton.setObjectName(u"renameButton")

        self.editLayout.addWidget(self.renameButton)

        self.retireButton = QPushButton(VocabularyDialog)
        self.retireButton.setObjectName(u"retireButton")

        self.editLayout.addWidget(self.retireButton)


        self.mainLayout.addLayout(self.editLayout)

        self.messageLabel = QLabel(VocabularyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(VocabularyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.vocabularyLabel.setBuddy(self.vocabularyCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.vocabularyCombo, self.termsList)
        QWidget.setTabOrder(self.termsList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.retireButton)

        self.retranslateUi(VocabularyDialog)

        QMetaObject.connectSlotsByName(VocabularyDialog)
    # setupUi

    def retranslateUi(self, VocabularyDialog):
        VocabularyDialog.setWindowTitle(QCoreApplication.translate("VocabularyDialog", u"Vocabularies", None))
        self.vocabularyLabel.setText(QCoreApplication.translate("VocabularyDialog", u"&Vocabulary", None))
#if QT_CONFIG(tooltip)
        self.termsList.setToolTip(QCoreApplication.translate("VocabularyDialog", u"Retired entries stay with the records that use them but are no longer offered", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("VocabularyDialog", u"Name of a new entry, or the new name of the selected one", None))
        self.addButton.setText(QCoreApplication.translate("VocabularyDialog", u"&Add", None))
        self.renameButton.setText(QCoreApplication.translate("VocabularyDialog", u"&Rename", None))
        self.retireButton.setText(QCoreApplication.translate("VocabularyDialog", u"Re&tire", None))
    # retranslateUi

