# Generated from forms/PlanPoolDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanPoolDialog.ui'
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
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PlanPoolDialog(object):
    def setupUi(self, PlanPoolDialog):
        if not PlanPoolDialog.objectName():
            PlanPoolDialog.setObjectName(u"PlanPoolDialog")
        PlanPoolDialog.resize(1100, 620)
        self.mainLayout = QVBoxLayout(PlanPoolDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.searchEdit = QLineEdit(PlanPoolDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.searchEdit)

        self.retiredCheck = QCheckBox(PlanPoolDialog)
        self.retiredCheck.setObjectName(u"retiredCheck")
        self.retiredCheck.setChecked(True)

        self.topLayout.addWidget(self.retiredCheck)

        self.countLabel = QLabel(PlanPoolDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.topLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.topLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(PlanPoolDialog)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(PlanPoolDialog)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.retireButton = QPushButton(PlanPoolDialog)
        self.retireButton.setObjectName(u"retireButton")

        self.actionsLayout.addWidget(self.retireButton)

        self.importButton = QPushButton(PlanPoolDialog)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(PlanPoolDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(PlanPoolDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.poolView = QTableView(self.splitter)
        self.poolView.setObjectName(u"poolView")
        self.poolView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.poolView.setAlternatingRowColors(True)
        self.poolView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.poolView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.poolView.setSortingEnabled(True)
        self.poolView.setWordWrap(False)
        self.splitter.addWidget(self.poolView)
        self.poolView.horizontalHeader().setStretchLastSection(True)
        self.poolView.verticalHeader().setVisible(False)
        self.avoidanceGroup = QGroupBox(self.splitter)
        self.avoidanceGroup.setObjectName(u"avoidanceGroup")
        self.avoidanceLayout = QVBoxLayout(self.avoidanceGroup)
        self.avoidanceLayout.setObjectName(u"avoidanceLayout")
        self.avoidanceHint = QLabel(self.avoidanceGroup)
        self.avoidanceHint.setObjectName(u"avoidanceHint")
        self.avoidanceHint.setWordWrap(True)

        self.avoidanceLayout.addWidget(self.avoidanceHint)

        self.avoidanceTable = QTableWidget(self.avoidanceGroup)
        if (self.avoidanceTable.columnCount() < 2):
            self.avoidanceTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.avoidanceTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.avoidanceTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.avoidanceTable.setObjectName(u"avoidanceTable")
        self.avoidanceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.avoidanceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.avoidanceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.avoidanceTable.horizontalHeader().setStretchLastSection(True)
        self.avoidanceTable.verticalHeader().setVisible(False)

        self.avoidanceLayout.addWidget(self.avoidanceTable)

        self.avoidanceButtons = QHBoxLayout()
        self.avoidanceButtons.setObjectName(u"avoidanceButtons")
        self.addAvoidanceButton = QPushButton(self.avoidanceGroup)
        self.addAvoidanceButton.setObjectName(u"addAvoidanceButton")

        self.avoidanceButtons.addWidget(self.addAvoidanceButton)

        self.removeAvoidanceButton = QPushButton(self.avoidanceGroup)
        self.removeAvoidanceButton.setObjectName(u"removeAvoidanceButton")

        self.avoidanceButtons.addWidget(self.removeAvoidanceButton)


        self.avoidanceLayout.addLayout(self.avoidanceButtons)

        self.splitter.addWidget(self.avoidanceGroup)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(PlanPoolDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(PlanPoolDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(PlanPoolDialog)

        QMetaObject.connectSlotsByName(PlanPoolDialog)
    # setupUi

    def retranslateUi(self, PlanPoolDialog):
        PlanPoolDialog.setWindowTitle(QCoreApplication.translate("PlanPoolDialog", u"Inspector pool", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PlanPoolDialog", u"Search name, department, post, phone", None))
        self.retiredCheck.setText(QCoreApplication.translate("PlanPoolDialog", u"Show &retired", None))
        self.addButton.setText(QCoreApplication.translate("PlanPoolDialog", u"&Add inspector\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PlanPoolDialog", u"&Edit\u2026", None))
        self.retireButton.setText(QCoreApplication.translate("PlanPoolDialog", u"Re&tire", None))
        self.importButton.setText(QCoreApplication.translate("PlanPoolDialog", u"&Import .xlsx\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PlanPoolDialog", u"E&xport .xlsx\u2026", None))
        self.avoidanceGroup.setTitle(QCoreApplication.translate("PlanPoolDialog", u"Avoidance (\u56de\u907f)", None))
        self.avoidanceHint.setText(QCoreApplication.translate("PlanPoolDialog", u"Units the selected inspector must never inspect: their own unit and declared conflicts.", None))
        ___qtablewidgetitem = self.avoidanceTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlanPoolDialog", u"Unit", None))
        ___qtablewidgetitem1 = self.avoidanceTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlanPoolDialog", u"Reason", None))
        self.addAvoidanceButton.setText(QCoreApplication.translate("PlanPoolDialog", u"&Declare conflict\u2026", None))
        self.removeAvoidanceButton.setText(QCoreApplication.translate("PlanPoolDialog", u"&Withdraw", None))
    # retranslateUi

