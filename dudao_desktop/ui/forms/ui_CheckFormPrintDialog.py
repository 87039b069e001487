# Generated from forms/CheckFormPrintDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'CheckFormPrintDialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CheckFormPrintDialog(object):
    def setupUi(self, CheckFormPrintDialog):
        if not CheckFormPrintDialog.objectName():
            CheckFormPrintDialog.setObjectName(u"CheckFormPrintDialog")
        CheckFormPrintDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(CheckFormPrintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scopeGroup = QGroupBox(CheckFormPrintDialog)
        self.scopeGroup.setObjectName(u"scopeGroup")
        self.scopeLayout = QGridLayout(self.scopeGroup)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.selectionRadio = QRadioButton(self.scopeGroup)
        self.selectionRadio.setObjectName(u"selectionRadio")

        self.scopeLayout.addWidget(self.selectionRadio, 0, 0, 1, 2)

        self.groupRadio = QRadioButton(self.scopeGroup)
        self.groupRadio.setObjectName(u"groupRadio")

        self.scopeLayout.addWidget(self.groupRadio, 1, 0, 1, 1)

        self.groupCombo = QComboBox(self.scopeGroup)
        self.groupCombo.setObjectName(u"groupCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.groupCombo.sizePolicy().hasHeightForWidth())
        self.groupCombo.setSizePolicy(sizePolicy)

        self.scopeLayout.addWidget(self.groupCombo, 1, 1, 1, 1)

        self.departmentRadio = QRadioButton(self.scopeGroup)
        self.departmentRadio.setObjectName(u"departmentRadio")

        self.scopeLayout.addWidget(self.departmentRadio, 2, 0, 1, 1)

        self.departmentCombo = QComboBox(self.scopeGroup)
        self.departmentCombo.setObjectName(u"departmentCombo")
        sizePolicy.setHeightForWidth(self.departmentCombo.sizePolicy().hasHeightForWidth())
        self.departmentCombo.setSizePolicy(sizePolicy)

        self.scopeLayout.addWidget(self.departmentCombo, 2, 1, 1, 1)

        self.allRadio = QRadioButton(self.scopeGroup)
        self.allRadio.setObjectName(u"allRadio")

        self.scopeLayout.addWidget(self.allRadio, 3, 0, 1, 2)


        self.mainLayout.addWidget(self.scopeGroup)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(CheckFormPrintDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(CheckFormPrintDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(CheckFormPrintDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.countLabel = QLabel(CheckFormPrintDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(CheckFormPrintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.selectionRadio, self.groupRadio)
        QWidget.setTabOrder(self.groupRadio, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.departmentRadio)
        QWidget.setTabOrder(self.departmentRadio, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.allRadio)
        QWidget.setTabOrder(self.allRadio, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.buttonBox)

        self.retranslateUi(CheckFormPrintDialog)

        QMetaObject.connectSlotsByName(CheckFormPrintDialog)
    # setupUi

    def retranslateUi(self, CheckFormPrintDialog):
        CheckFormPrintDialog.setWindowTitle(QCoreApplication.translate("CheckFormPrintDialog", u"Print on-site check forms", None))
        self.scopeGroup.setTitle(QCoreApplication.translate("CheckFormPrintDialog", u"Units", None))
        self.selectionRadio.setText(QCoreApplication.translate("CheckFormPrintDialog", u"&Selected units", None))
        self.groupRadio.setText(QCoreApplication.translate("CheckFormPrintDialog", u"All units of the &group", None))
        self.departmentRadio.setText(QCoreApplication.translate("CheckFormPrintDialog", u"All units of the &department", None))
        self.allRadio.setText(QCoreApplication.translate("CheckFormPrintDialog", u"&All assigned units", None))
        self.fileLabel.setText(QCoreApplication.translate("CheckFormPrintDialog", u"Save &to:", None))
        self.browseButton.setText(QCoreApplication.translate("CheckFormPrintDialog", u"&Browse\u2026", None))
    # retranslateUi

