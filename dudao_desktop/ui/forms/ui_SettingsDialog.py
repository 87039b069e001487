# Generated from forms/SettingsDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SettingsDialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 300)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.fontDirLabel = QLabel(SettingsDialog)
        self.fontDirLabel.setObjectName(u"fontDirLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fontDirLabel)

        self.fontDirLayout = QHBoxLayout()
        self.fontDirLayout.setObjectName(u"fontDirLayout")
        self.fontDirEdit = QLineEdit(SettingsDialog)
        self.fontDirEdit.setObjectName(u"fontDirEdit")
        self.fontDirEdit.setClearButtonEnabled(True)

        self.fontDirLayout.addWidget(self.fontDirEdit)

        self.fontDirButton = QPushButton(SettingsDialog)
        self.fontDirButton.setObjectName(u"fontDirButton")

        self.fontDirLayout.addWidget(self.fontDirButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fontDirLayout)


        self.verticalLayout.addLayout(self.formLayout)

        self.fontsLabel = QLabel(SettingsDialog)
        self.fontsLabel.setObjectName(u"fontsLabel")
        self.fontsLabel.setWordWrap(True)
        self.fontsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.fontsLabel)

        self.noteLabel = QLabel(SettingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.noteLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fontDirLabel.setBuddy(self.fontDirEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.fontDirLabel.setText(QCoreApplication.translate("SettingsDialog", u"Office &fonts folder:", None))
        self.fontDirEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"System fonts", None))
        self.fontDirButton.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.noteLabel.setText(QCoreApplication.translate("SettingsDialog", u"The language changes at once; dialogs that are already open keep their language.", None))
    # retranslateUi

