# Generated from forms/ConflictsView.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ConflictsView.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConflictsView(object):
    def setupUi(self, ConflictsView):
        if not ConflictsView.objectName():
            ConflictsView.setObjectName(u"ConflictsView")
        ConflictsView.resize(900, 620)
        self.verticalLayout = QVBoxLayout(ConflictsView)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ConflictsView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.countLabel = QLabel(ConflictsView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0")

        self.topLayout.addWidget(self.countLabel)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.showResolvedCheck = QCheckBox(ConflictsView)
        self.showResolvedCheck.setObjectName(u"showResolvedCheck")

        self.topLayout.addWidget(self.showResolvedCheck)

        self.refreshButton = QPushButton(ConflictsView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)


        self.verticalLayout.addLayout(self.topLayout)

        self.conflictsTable = QTableWidget(ConflictsView)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setAlternatingRowColors(True)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.verticalLayout.addWidget(self.conflictsTable)

        self.detailGroup = QGroupBox(ConflictsView)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QGridLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.shownLabel = QLabel(self.detailGroup)
        self.shownLabel.setObjectName(u"shownLabel")

        self.detailLayout.addWidget(self.shownLabel, 0, 0, 1, 1)

        self.otherLabel = QLabel(self.detailGroup)
        self.otherLabel.setObjectName(u"otherLabel")

        self.detailLayout.addWidget(self.otherLabel, 0, 1, 1, 1)

        self.mergedLabel = QLabel(self.detailGroup)
        self.mergedLabel.setObjectName(u"mergedLabel")

        self.detailLayout.addWidget(self.mergedLabel, 0, 2, 1, 1)

        self.shownText = QPlainTextEdit(self.detailGroup)
        self.shownText.setObjectName(u"shownText")
        self.shownText.setReadOnly(True)

        self.detailLayout.addWidget(self.shownText, 1, 0, 1, 1)

        self.otherText = QPlainTextEdit(self.detailGroup)
        self.otherText.setObjectName(u"otherText")
        self.otherText.setReadOnly(True)

        self.detailLayout.addWidget(self.otherText, 1, 1, 1, 1)

        self.mergedEdit = QPlainTextEdit(self.detailGroup)
        self.mergedEdit.setObjectName(u"mergedEdit")

        self.detailLayout.addWidget(self.mergedEdit, 1, 2, 1, 1)

        self.keepShownButton = QPushButton(self.detailGroup)
        self.keepShownButton.setObjectName(u"keepShownButton")

        self.detailLayout.addWidget(self.keepShownButton, 2, 0, 1, 1)

        self.keepOtherButton = QPushButton(self.detailGroup)
        self.keepOtherButton.setObjectName(u"keepOtherButton")

        self.detailLayout.addWidget(self.keepOtherButton, 2, 1, 1, 1)

        self.mergeButton = QPushButton(self.detailGroup)
        self.mergeButton.setObjectName(u"mergeButton")

        self.detailLayout.addWidget(self.mergeButton, 2, 2, 1, 1)


        self.verticalLayout.addWidget(self.detailGroup)

        self.buttonBox = QDialogButtonBox(ConflictsView)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)

        self.verticalLayout.setStretch(2, 3)
        self.verticalLayout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.mergedLabel.setBuddy(self.mergedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.showResolvedCheck, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.conflictsTable)
        QWidget.setTabOrder(self.conflictsTable, self.shownText)
        QWidget.setTabOrder(self.shownText, self.otherText)
        QWidget.setTabOrder(self.otherText, self.mergedEdit)
        QWidget.setTabOrder(self.mergedEdit, self.keepShownButton)
        QWidget.setTabOrder(self.keepShownButton, self.keepOtherButton)
        QWidget.setTabOrder(self.keepOtherButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.buttonBox)

        self.retranslateUi(ConflictsView)

        QMetaObject.connectSlotsByName(ConflictsView)
    # setupUi

    def retranslateUi(self, ConflictsView):
        ConflictsView.setWindowTitle(QCoreApplication.translate("ConflictsView", u"Conflicts", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictsView", u"The same field was changed in two places. The value shown everywhere is the later change; decide which value to keep, or write a merged one. Your decision travels to the laptops with the next packages.", None))
        self.showResolvedCheck.setText(QCoreApplication.translate("ConflictsView", u"Show &resolved conflicts", None))
        self.refreshButton.setText(QCoreApplication.translate("ConflictsView", u"Re&fresh", None))
        self.detailGroup.setTitle(QCoreApplication.translate("ConflictsView", u"Selected conflict", None))
        self.shownLabel.setText(QCoreApplication.translate("ConflictsView", u"Shown value:", None))
        self.otherLabel.setText(QCoreApplication.translate("ConflictsView", u"Other value:", None))
        self.mergedLabel.setText(QCoreApplication.translate("ConflictsView", u"&Merged value:", None))
        self.keepShownButton.setText(QCoreApplication.translate("ConflictsView", u"Keep the &shown value", None))
        self.keepOtherButton.setText(QCoreApplication.translate("ConflictsView", u"Keep the &other value", None))
        self.mergeButton.setText(QCoreApplication.translate("ConflictsView", u"Keep the merged &value", None))
    # retranslateUi

