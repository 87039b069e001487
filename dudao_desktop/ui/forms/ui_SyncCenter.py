# Generated from forms/SyncCenter.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SyncCenter.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SyncCenter(object):
    def setupUi(self, SyncCenter):
        if not SyncCenter.objectName():
            SyncCenter.setObjectName(u"SyncCenter")
        SyncCenter.resize(980, 680)
        self.verticalLayout = QVBoxLayout(SyncCenter)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.roleLabel = QLabel(SyncCenter)
        self.roleLabel.setObjectName(u"roleLabel")
        self.roleLabel.setText(u"role")
        self.roleLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.roleLabel)

        self.exchangeLayout = QHBoxLayout()
        self.exchangeLayout.setObjectName(u"exchangeLayout")
        self.sendGroup = QGroupBox(SyncCenter)
        self.sendGroup.setObjectName(u"sendGroup")
        self.sendLayout = QVBoxLayout(self.sendGroup)
        self.sendLayout.setObjectName(u"sendLayout")
        self.sendHint = QLabel(self.sendGroup)
        self.sendHint.setObjectName(u"sendHint")
        self.sendHint.setText(u"hint")
        self.sendHint.setWordWrap(True)

        self.sendLayout.addWidget(self.sendHint)

        self.officeSendWidget = QWidget(self.sendGroup)
        self.officeSendWidget.setObjectName(u"officeSendWidget")
        self.officeSendLayout = QHBoxLayout(self.officeSendWidget)
        self.officeSendLayout.setObjectName(u"officeSendLayout")
        self.officeSendLayout.setContentsMargins(0, 0, 0, 0)
        self.groupLabel = QLabel(self.officeSendWidget)
        self.groupLabel.setObjectName(u"groupLabel")

        self.officeSendLayout.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.officeSendWidget)
        self.groupCombo.setObjectName(u"groupCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.groupCombo.sizePolicy().hasHeightForWidth())
        self.groupCombo.setSizePolicy(sizePolicy)

        self.officeSendLayout.addWidget(self.groupCombo)

        self.exportFieldButton = QPushButton(self.officeSendWidget)
        self.exportFieldButton.setObjectName(u"exportFieldButton")

        self.officeSendLayout.addWidget(self.exportFieldButton)


        self.sendLayout.addWidget(self.officeSendWidget)

        self.fieldSendWidget = QWidget(self.sendGroup)
        self.fieldSendWidget.setObjectName(u"fieldSendWidget")
        self.fieldSendLayout = QHBoxLayout(self.fieldSendWidget)
        self.fieldSendLayout.setObjectName(u"fieldSendLayout")
        self.fieldSendLayout.setContentsMargins(0, 0, 0, 0)
        self.exportReturnButton = QPushButton(self.fieldSendWidget)
        self.exportReturnButton.setObjectName(u"exportReturnButton")

        self.fieldSendLayout.addWidget(self.exportReturnButton)

        self.exportAllButton = QPushButton(self.fieldSendWidget)
        self.exportAllButton.setObjectName(u"exportAllButton")

        self.fieldSendLayout.addWidget(self.exportAllButton)


        self.sendLayout.addWidget(self.fieldSendWidget)


        self.exchangeLayout.addWidget(self.sendGroup)

        self.receiveGroup = QGroupBox(SyncCenter)
        self.receiveGroup.setObjectName(u"receiveGroup")
        self.receiveLayout = QVBoxLayout(self.receiveGroup)
        self.receiveLayout.setObjectName(u"receiveLayout")
        self.receiveHint = QLabel(self.receiveGroup)
        self.receiveHint.setObjectName(u"receiveHint")
        self.receiveHint.setText(u"hint")
        self.receiveHint.setWordWrap(True)

        self.receiveLayout.addWidget(self.receiveHint)

        self.receiveButtons = QHBoxLayout()
        self.receiveButtons.setObjectName(u"receiveButtons")
        self.importFilesButton = QPushButton(self.receiveGroup)
        self.importFilesButton.setObjectName(u"importFilesButton")

        self.receiveButtons.addWidget(self.importFilesButton)

        self.importFolderButton = QPushButton(self.receiveGroup)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.receiveButtons.addWidget(self.importFolderButton)


        self.receiveLayout.addLayout(self.receiveButtons)


        self.exchangeLayout.addWidget(self.receiveGroup)

        self.exchangeLayout.setStretch(0, 1)
        self.exchangeLayout.setStretch(1, 1)

        self.verticalLayout.addLayout(self.exchangeLayout)

        self.statusLabel = QLabel(SyncCenter)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.statusLabel)

        self.pages = QTabWidget(SyncCenter)
        self.pages.setObjectName(u"pages")
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportPageLayout = QVBoxLayout(self.reportPage)
        self.reportPageLayout.setObjectName(u"reportPageLayout")
        self.pages.addTab(self.reportPage, "")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyPage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.historySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)

        self.historyReportButton = QPushButton(self.historyPage)
        self.historyReportButton.setObjectName(u"historyReportButton")

        self.historyButtons.addWidget(self.historyReportButton)


        self.historyLayout.addLayout(self.historyButtons)

        self.pages.addTab(self.historyPage, "")
        self.laptopsPage = QWidget()
        self.laptopsPage.setObjectName(u"laptopsPage")
        self.laptopsLayout = QVBoxLayout(self.laptopsPage)
        self.laptopsLayout.setObjectName(u"laptopsLayout")
        self.fingerprintLabel = QLabel(self.laptopsPage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"-")
        self.fingerprintLabel.setWordWrap(True)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.laptopsLayout.addWidget(self.fingerprintLabel)

        self.enrolmentTable = QTableWidget(self.laptopsPage)
        self.enrolmentTable.setObjectName(u"enrolmentTable")
        self.enrolmentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.enrolmentTable.setAlternatingRowColors(True)
        self.enrolmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.enrolmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.laptopsLayout.addWidget(self.enrolmentTable)

        self.laptopButtons = QHBoxLayout()
        self.laptopButtons.setObjectName(u"laptopButtons")
        self.requestButton = QPushButton(self.laptopsPage)
        self.requestButton.setObjectName(u"requestButton")

        self.laptopButtons.addWidget(self.requestButton)

        self.laptopSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.laptopButtons.addItem(self.laptopSpacer)

        self.enrolButton = QPushButton(self.laptopsPage)
        self.enrolButton.setObjectName(u"enrolButton")

        self.laptopButtons.addWidget(self.enrolButton)

        self.revokeButton = QPushButton(self.laptopsPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.laptopButtons.addWidget(self.revokeButton)


        self.laptopsLayout.addLayout(self.laptopButtons)

        self.pages.addTab(self.laptopsPage, "")

        self.verticalLayout.addWidget(self.pages)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.conflictsButton = QPushButton(SyncCenter)
        self.conflictsButton.setObjectName(u"conflictsButton")

        self.bottomLayout.addWidget(self.conflictsButton)

        self.conflictsLabel = QLabel(SyncCenter)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setText(u"0")

        self.bottomLayout.addWidget(self.conflictsLabel)

        self.bottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SyncCenter)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncCenter)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SyncCenter)
    # setupUi

    def retranslateUi(self, SyncCenter):
        SyncCenter.setWindowTitle(QCoreApplication.translate("SyncCenter", u"Sync center", None))
        self.sendGroup.setTitle(QCoreApplication.translate("SyncCenter", u"Send", None))
        self.groupLabel.setText(QCoreApplication.translate("SyncCenter", u"&Group:", None))
        self.exportFieldButton.setText(QCoreApplication.translate("SyncCenter", u"Export &field package\u2026", None))
        self.exportReturnButton.setText(QCoreApplication.translate("SyncCenter", u"Export &return package\u2026", None))
        self.exportAllButton.setText(QCoreApplication.translate("SyncCenter", u"Export &everything again\u2026", None))
        self.receiveGroup.setTitle(QCoreApplication.translate("SyncCenter", u"Receive", None))
        self.importFilesButton.setText(QCoreApplication.translate("SyncCenter", u"Im&port files\u2026", None))
        self.importFolderButton.setText(QCoreApplication.translate("SyncCenter", u"Import a f&older\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.reportPage), QCoreApplication.translate("SyncCenter", u"Import report", None))
        self.historyReportButton.setText(QCoreApplication.translate("SyncCenter", u"Show the &report\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.historyPage), QCoreApplication.translate("SyncCenter", u"History", None))
        self.requestButton.setText(QCoreApplication.translate("SyncCenter", u"Save the enrolment &request\u2026", None))
        self.enrolButton.setText(QCoreApplication.translate("SyncCenter", u"&Enrol a laptop\u2026", None))
        self.revokeButton.setText(QCoreApplication.translate("SyncCenter", u"Re&voke\u2026", None))
        self.pages.setTabText(self.pages.indexOf(self.laptopsPage), QCoreApplication.translate("SyncCenter", u"Laptops", None))
        self.conflictsButton.setText(QCoreApplication.translate("SyncCenter", u"&Conflicts\u2026", None))
    # retranslateUi

