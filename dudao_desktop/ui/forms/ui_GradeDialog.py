# Generated from forms/GradeDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'GradeDialog.ui'
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

class Ui_GradeDialog(object):
    def setupUi(self, GradeDialog):
        if not GradeDialog.objectName():
            GradeDialog.setObjectName(u"GradeDialog")
        self.mainLayout = QVBoxLayout(GradeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.suggestionLabel = QLabel(GradeDialog)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.suggestionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.gradeLabel = QLabel(GradeDialog)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeCombo = QComboBox(GradeDialog)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gradeCombo)

        self.byLabel = QLabel(GradeDialog)
        self.byLabel.setObjectName(u"byLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byEdit = QLineEdit(GradeDialog)
        self.byEdit.setObjectName(u"byEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.byEdit)

        self.noteLabel = QLabel(GradeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(GradeDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.reasonLabel = QLabel(GradeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(GradeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttons = QDialogButtonBox(GradeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.byLabel.setBuddy(self.byEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GradeDialog)

        QMetaObject.connectSlotsByName(GradeDialog)
    # setupUi

    def retranslateUi(self, GradeDialog):
        GradeDialog.setWindowTitle(QCoreApplication.translate("GradeDialog", u"Confirm the grade", None))
        self.suggestionLabel.setText("")
        self.gradeLabel.setText(QCoreApplication.translate("GradeDialog", u"&Grade:", None))
        self.byLabel.setText(QCoreApplication.translate("GradeDialog", u"Confirmed &by:", None))
        self.noteLabel.setText(QCoreApplication.translate("GradeDialog", u"&Note:", None))
        self.reasonLabel.setText(QCoreApplication.translate("GradeDialog", u"&Reason for the change:", None))
    # retranslateUi

