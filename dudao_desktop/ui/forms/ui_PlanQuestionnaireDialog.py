# Generated from forms/PlanQuestionnaireDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanQuestionnaireDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PlanQuestionnaireDialog(object):
    def setupUi(self, PlanQuestionnaireDialog):
        if not PlanQuestionnaireDialog.objectName():
            PlanQuestionnaireDialog.setObjectName(u"PlanQuestionnaireDialog")
        PlanQuestionnaireDialog.resize(1060, 640)
        self.mainLayout = QVBoxLayout(PlanQuestionnaireDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.questionnaireLabel = QLabel(PlanQuestionnaireDialog)
        self.questionnaireLabel.setObjectName(u"questionnaireLabel")

        self.topLayout.addWidget(self.questionnaireLabel)

        self.questionnaireCombo = QComboBox(PlanQuestionnaireDialog)
        self.questionnaireCombo.setObjectName(u"questionnaireCombo")
        self.questionnaireCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.questionnaireCombo)

        self.newButton = QPushButton(PlanQuestionnaireDialog)
        self.newButton.setObjectName(u"newButton")

        self.topLayout.addWidget(self.newButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.exportAllButton = QPushButton(PlanQuestionnaireDialog)
        self.exportAllButton.setObjectName(u"exportAllButton")

        self.topLayout.addWidget(self.exportAllButton)

        self.exportUnitsButton = QPushButton(PlanQuestionnaireDialog)
        self.exportUnitsButton.setObjectName(u"exportUnitsButton")

        self.topLayout.addWidget(self.exportUnitsButton)

        self.importButton = QPushButton(PlanQuestionnaireDialog)
        self.importButton.setObjectName(u"importButton")

        self.topLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(PlanQuestionnaireDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.totalsGroup = QGroupBox(self.splitter)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsLayout = QVBoxLayout(self.totalsGroup)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totalsTable = QTableWidget(self.totalsGroup)
        if (self.totalsTable.columnCount() < 5):
            self.totalsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.totalsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.totalsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.totalsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.totalsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.totalsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.totalsTable.setObjectName(u"totalsTable")
        self.totalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totalsTable.setAlternatingRowColors(True)
        self.totalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.totalsTable.setWordWrap(True)
        self.totalsTable.horizontalHeader().setStretchLastSection(True)
        self.totalsTable.verticalHeader().setVisible(False)

        self.totalsLayout.addWidget(self.totalsTable)

        self.splitter.addWidget(self.totalsGroup)
        self.unitsGroup = QGroupBox(self.splitter)
        self.unitsGroup.setObjectName(u"unitsGroup")
        self.unitsLayout = QVBoxLayout(self.unitsGroup)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsFilter = QLineEdit(self.unitsGroup)
        self.unitsFilter.setObjectName(u"unitsFilter")
        self.unitsFilter.setClearButtonEnabled(True)

        self.unitsLayout.addWidget(self.unitsFilter)

        self.unitsList = QListWidget(self.unitsGroup)
        self.unitsList.setObjectName(u"unitsList")

        self.unitsLayout.addWidget(self.unitsList)

        self.issueLayout = QHBoxLayout()
        self.issueLayout.setObjectName(u"issueLayout")
        self.tickAllButton = QPushButton(self.unitsGroup)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.issueLayout.addWidget(self.tickAllButton)

        self.issueButton = QPushButton(self.unitsGroup)
        self.issueButton.setObjectName(u"issueButton")

        self.issueLayout.addWidget(self.issueButton)


        self.unitsLayout.addLayout(self.issueLayout)

        self.splitter.addWidget(self.unitsGroup)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(PlanQuestionnaireDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(PlanQuestionnaireDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.questionnaireLabel.setBuddy(self.questionnaireCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanQuestionnaireDialog)

        QMetaObject.connectSlotsByName(PlanQuestionnaireDialog)
    # setupUi

    def retranslateUi(self, PlanQuestionnaireDialog):
        PlanQuestionnaireDialog.setWindowTitle(QCoreApplication.translate("PlanQuestionnaireDialog", u"Questionnaires", None))
        self.questionnaireLabel.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"&Questionnaire:", None))
        self.newButton.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"&New questionnaire\u2026", None))
        self.exportAllButton.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"Export &one workbook\u2026", None))
        self.exportUnitsButton.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"Export one &per unit\u2026", None))
        self.importButton.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"&Import answers\u2026", None))
        self.totalsGroup.setTitle(QCoreApplication.translate("PlanQuestionnaireDialog", u"Questions and totals", None))
        ___qtablewidgetitem = self.totalsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"No.", None))
        ___qtablewidgetitem1 = self.totalsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"Question", None))
        ___qtablewidgetitem2 = self.totalsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"Answer type", None))
        ___qtablewidgetitem3 = self.totalsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"Answered", None))
        ___qtablewidgetitem4 = self.totalsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"Totals", None))
        self.unitsGroup.setTitle(QCoreApplication.translate("PlanQuestionnaireDialog", u"Issued to", None))
        self.unitsFilter.setPlaceholderText(QCoreApplication.translate("PlanQuestionnaireDialog", u"Filter units", None))
        self.tickAllButton.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"&Tick all shown", None))
        self.issueButton.setText(QCoreApplication.translate("PlanQuestionnaireDialog", u"I&ssue to ticked units", None))
    # retranslateUi

