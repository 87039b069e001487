# Generated from forms/AboutDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'AboutDialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 460)
        self.verticalLayout = QVBoxLayout(AboutDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.verticalLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"0.0.0")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.descriptionLabel)

        self.licenceLabel = QLabel(AboutDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.licenceLabel)

        self.fontLabel = QLabel(AboutDialog)
        self.fontLabel.setObjectName(u"fontLabel")
        self.fontLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.fontLabel)

        self.fontLicenceText = QPlainTextEdit(AboutDialog)
        self.fontLicenceText.setObjectName(u"fontLicenceText")
        self.fontLicenceText.setReadOnly(True)

        self.verticalLayout.addWidget(self.fontLicenceText)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About dudao-desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"<h2>dudao-desktop</h2>", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Offline desktop application for establishment supervision campaigns: plan, inspect units on laptops without network, merge the work, track rectification and keep the three ledgers.", None))
        self.licenceLabel.setText(QCoreApplication.translate("AboutDialog", u"Licence: GNU General Public License, version 3 or later.", None))
        self.fontLabel.setText(QCoreApplication.translate("AboutDialog", u"Bundled font: WenQuanYi Micro Hei, licensed under the Apache License 2.0 or the GPL version 3 with the font embedding exception:", None))
    # retranslateUi

