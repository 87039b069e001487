# Generated from forms/RosterImportDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'RosterImportDialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_RosterImportDialog(object):
    def setupUi(self, RosterImportDialog):
        if not RosterImportDialog.objectName():
            RosterImportDialog.setObjectName(u"RosterImportDialog")
        RosterImportDialog.resize(900, 600)
        self.mainLayout = QVBoxLayout(RosterImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(RosterImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(RosterImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(RosterImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.addDepartmentsCheck = QCheckBox(RosterImportDialog)
        self.addDepartmentsCheck.setObjectName(u"addDepartmentsCheck")

        self.mainLayout.addWidget(self.addDepartmentsCheck)

        self.addKindsCheck = QCheckBox(RosterImportDialog)
        self.addKindsCheck.setObjectName(u"addKindsCheck")

        self.mainLayout.addWidget(self.addKindsCheck)

        self.overrideGroup = QGroupBox(RosterImportDialog)
        self.overrideGroup.setObjectName(u"overrideGroup")
        self.overrideLayout = QGridLayout(self.overrideGroup)
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideCodeEdit = QLineEdit(self.overrideGroup)
        self.overrideCodeEdit.setObjectName(u"overrideCodeEdit")
        self.overrideCodeEdit.setMaxLength(18)

        self.overrideLayout.addWidget(self.overrideCodeEdit, 0, 0, 1, 1)

        self.overrideNoteEdit = QLineEdit(self.overrideGroup)
        self.overrideNoteEdit.setObjectName(u"overrideNoteEdit")

        self.overrideLayout.addWidget(self.overrideNoteEdit, 0, 1, 1, 1)

        self.addOverrideButton = QPushButton(self.overrideGroup)
        self.addOverrideButton.setObjectName(u"addOverrideButton")

        self.overrideLayout.addWidget(self.addOverrideButton, 0, 2, 1, 1)

        self.overrideList = QListWidget(self.overrideGroup)
        self.overrideList.setObjectName(u"overrideList")
        self.overrideList.setMaximumSize(QSize(16777215, 64))

        self.overrideLayout.addWidget(self.overrideList, 1, 0, 1, 2)

        self.removeOverrideButton = QPushButton(self.overrideGroup)
        self.removeOverrideButton.setObjectName(u"removeOverrideButton")

        self.overrideLayout.addWidget(self.removeOverrideButton, 1, 2, 1, 1)


        self.mainLayout.addWidget(self.overrideGroup)

        self.summaryLabel = QLabel(RosterImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.resultTabs = QTabWidget(RosterImportDialog)
        self.resultTabs.setObjectName(u"resultTabs")
        self.changesPage = QWidget()
        self.changesPage.setObjectName(u"changesPage")
        self.changesLayout = QVBoxLayout(self.changesPage)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesView = QTableView(self.changesPage)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.changesLayout.addWidget(self.changesView)

        self.resultTabs.addTab(self.changesPage, "")
        self.errorsPage = QWidget()
        self.errorsPage.setObjectName(u"errorsPage")
        self.errorsLayout = QVBoxLayout(self.errorsPage)
        self.errorsLayout.setObjectName(u"errorsLayout")
        self.errorsView = QTableView(self.errorsPage)
        self.errorsView.setObjectName(u"errorsView")
        self.errorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errorsView.setAlternatingRowColors(True)
        self.errorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errorsView.setWordWrap(True)
        self.errorsView.horizontalHeader().setStretchLastSection(True)
        self.errorsView.verticalHeader().setVisible(False)

        self.errorsLayout.addWidget(self.errorsView)

        self.resultTabs.addTab(self.errorsPage, "")

        self.mainLayout.addWidget(self.resultTabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.checkButton = QPushButton(RosterImportDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.buttonLayout.addWidget(self.checkButton)

        self.saveReportButton = QPushButton(RosterImportDialog)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.buttonLayout.addWidget(self.saveReportButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(RosterImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.buttonBox = QDialogButtonBox(RosterImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(RosterImportDialog)

        QMetaObject.connectSlotsByName(RosterImportDialog)
    # setupUi

    def retranslateUi(self, RosterImportDialog):
        RosterImportDialog.setWindowTitle(QCoreApplication.translate("RosterImportDialog", u"Import the unit roster", None))
        self.fileLabel.setText(QCoreApplication.translate("RosterImportDialog", u"Workbook:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RosterImportDialog", u"Choose the roster workbook (.xlsx)", None))
        self.browseButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Choose\u2026", None))
        self.addDepartmentsCheck.setText(QCoreApplication.translate("RosterImportDialog", u"Add supervising departments that are not known yet", None))
        self.addKindsCheck.setText(QCoreApplication.translate("RosterImportDialog", u"Add unit kinds that are not known yet to the office's kinds", None))
        self.overrideGroup.setTitle(QCoreApplication.translate("RosterImportDialog", u"Known exceptions to the USCC check", None))
        self.overrideCodeEdit.setPlaceholderText(QCoreApplication.translate("RosterImportDialog", u"Unified social credit code", None))
        self.overrideNoteEdit.setPlaceholderText(QCoreApplication.translate("RosterImportDialog", u"Why it is accepted (note kept with the unit)", None))
        self.addOverrideButton.setText(QCoreApplication.translate("RosterImportDialog", u"Accept &exception", None))
        self.removeOverrideButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Remove exception", None))
        self.resultTabs.setTabText(self.resultTabs.indexOf(self.changesPage), QCoreApplication.translate("RosterImportDialog", u"Changes", None))
        self.resultTabs.setTabText(self.resultTabs.indexOf(self.errorsPage), QCoreApplication.translate("RosterImportDialog", u"Problems", None))
        self.checkButton.setText(QCoreApplication.translate("RosterImportDialog", u"Chec&k again", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("RosterImportDialog", u"Check the workbook without changing anything (dry run)", None))
#endif // QT_CONFIG(tooltip)
        self.saveReportButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Save error report\u2026", None))
        self.importButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Import", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RosterImportDialog", u"Apply every change shown (all or nothing)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

