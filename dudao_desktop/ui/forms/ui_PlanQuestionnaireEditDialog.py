# Generated from forms/PlanQuestionnaireEditDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanQuestionnaireEditDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PlanQuestionnaireEditDialog(object):
    def setupUi(self, PlanQuestionnaireEditDialog):
        if not PlanQuestionnaireEditDialog.objectName():
            PlanQuestionnaireEditDialog.setObjectName(u"PlanQuestionnaireEditDialog")
        PlanQuestionnaireEditDialog.resize(760, 480)
        self.mainLayout = QVBoxLayout(PlanQuestionnaireEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(PlanQuestionnaireEditDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PlanQuestionnaireEditDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(PlanQuestionnaireEditDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(PlanQuestionnaireEditDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.form)

        self.questionsTable = QTableWidget(PlanQuestionnaireEditDialog)
        if (self.questionsTable.columnCount() < 3):
            self.questionsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.questionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.questionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.questionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.questionsTable.setObjectName(u"questionsTable")
        self.questionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionsTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.questionsTable)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addQuestionButton = QPushButton(PlanQuestionnaireEditDialog)
        self.addQuestionButton.setObjectName(u"addQuestionButton")

        self.rowButtons.addWidget(self.addQuestionButton)

        self.removeQuestionButton = QPushButton(PlanQuestionnaireEditDialog)
        self.removeQuestionButton.setObjectName(u"removeQuestionButton")

        self.rowButtons.addWidget(self.removeQuestionButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.rowSpacer)


        self.mainLayout.addLayout(self.rowButtons)

        self.messageLabel = QLabel(PlanQuestionnaireEditDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PlanQuestionnaireEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanQuestionnaireEditDialog)

        QMetaObject.connectSlotsByName(PlanQuestionnaireEditDialog)
    # setupUi

    def retranslateUi(self, PlanQuestionnaireEditDialog):
        PlanQuestionnaireEditDialog.setWindowTitle(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"New questionnaire", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"&Title:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"&Description:", None))
        ___qtablewidgetitem = self.questionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"Question", None))
        ___qtablewidgetitem1 = self.questionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"Answer type", None))
        ___qtablewidgetitem2 = self.questionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"Options (choice: separated by |)", None))
        self.addQuestionButton.setText(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"&Add question", None))
        self.removeQuestionButton.setText(QCoreApplication.translate("PlanQuestionnaireEditDialog", u"&Remove question", None))
    # retranslateUi

