# Generated from forms/FollowUpDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'FollowUpDialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(1180, 680)
        self.mainLayout = QVBoxLayout(FollowUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FollowUpDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(FollowUpDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.mattersView = QTableView(self.listPane)
        self.mattersView.setObjectName(u"mattersView")
        self.mattersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mattersView.setSortingEnabled(True)

        self.listLayout.addWidget(self.mattersView)

        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listPane)
        self.detailGroup = QGroupBox(self.splitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QFormLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.unitLabel = QLabel(self.detailGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitValue = QLabel(self.detailGroup)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setText(u"")
        self.unitValue.setWordWrap(True)

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.titleLabel = QLabel(self.detailGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleValue = QLabel(self.detailGroup)
        self.titleValue.setObjectName(u"titleValue")
        self.titleValue.setText(u"")
        self.titleValue.setWordWrap(True)

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleValue)

        self.decidedLabel = QLabel(self.detailGroup)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedValue = QLabel(self.detailGroup)
        self.decidedValue.setObjectName(u"decidedValue")
        self.decidedValue.setText(u"")
        self.decidedValue.setWordWrap(True)

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decidedValue)

        self.decisionLabel = QLabel(self.detailGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.detailLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionValue = QLabel(self.detailGroup)
        self.decisionValue.setObjectName(u"decisionValue")
        self.decisionValue.setText(u"")
        self.decisionValue.setWordWrap(True)

        self.detailLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionValue)

        self.implementationLabel = QLabel(self.detailGroup)
        self.implementationLabel.setObjectName(u"implementationLabel")

        self.detailLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.implementationLabel)

        self.implementationValue = QLabel(self.detailGroup)
        self.implementationValue.setObjectName(u"implementationValue")
        self.implementationValue.setText(u"")
        self.implementationValue.setWordWrap(True)

        self.detailLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.implementationValue)

        self.indicatorsLabel = QLabel(self.detailGroup)
        self.indicatorsLabel.setObjectName(u"indicatorsLabel")

        self.detailLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.indicatorsLabel)

        self.indicatorsEdit = QPlainTextEdit(self.detailGroup)
        self.indicatorsEdit.setObjectName(u"indicatorsEdit")

        self.detailLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.indicatorsEdit)

        self.resultLabel = QLabel(self.detailGroup)
        self.resultLabel.setObjectName(u"resultLabel")

        self.detailLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QPlainTextEdit(self.detailGroup)
        self.resultEdit.setObjectName(u"resultEdit")

        self.detailLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.stateLabel = QLabel(self.detailGroup)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.stateLabel.sizePolicy().hasHeightForWidth())
        self.stateLabel.setSizePolicy(sizePolicy)

        self.editButtons.addWidget(self.stateLabel)

        self.revertButton = QPushButton(self.detailGroup)
        self.revertButton.setObjectName(u"revertButton")

        self.editButtons.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.detailGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.editButtons.addWidget(self.saveButton)


        self.detailLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.editButtons)

        self.splitter.addWidget(self.detailGroup)

        self.mainLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.reportButton = QPushButton(FollowUpDialog)
        self.reportButton.setObjectName(u"reportButton")

        self.buttonLayout.addWidget(self.reportButton)

        self.closeButton = QPushButton(FollowUpDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.indicatorsLabel.setBuddy(self.indicatorsEdit)
        self.resultLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.mattersView)
        QWidget.setTabOrder(self.mattersView, self.indicatorsEdit)
        QWidget.setTabOrder(self.indicatorsEdit, self.resultEdit)
        QWidget.setTabOrder(self.resultEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.closeButton)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Effectiveness follow-up", None))
        self.introLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Approved matters (decided or implemented): record the indicators their effect is measured against and the result of the follow-up.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"Search unit, matter or document number", None))
        self.detailGroup.setTitle(QCoreApplication.translate("FollowUpDialog", u"Selected matter", None))
        self.unitLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Unit:", None))
        self.titleLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Matter:", None))
        self.decidedLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Decided:", None))
        self.decisionLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Decision:", None))
        self.implementationLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Implementation:", None))
        self.indicatorsLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Follow-up &indicators:", None))
        self.indicatorsEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"What the effect is measured against, e.g. vacancy rate, processing time, staff redeployed", None))
        self.resultLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Follow-up &result:", None))
        self.resultEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"What the follow-up found against the indicators", None))
        self.revertButton.setText(QCoreApplication.translate("FollowUpDialog", u"Revert", None))
        self.saveButton.setText(QCoreApplication.translate("FollowUpDialog", u"&Save", None))
#if QT_CONFIG(shortcut)
        self.saveButton.setShortcut(QCoreApplication.translate("FollowUpDialog", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.reportButton.setText(QCoreApplication.translate("FollowUpDialog", u"Follow-up report\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("FollowUpDialog", u"Close", None))
    # retranslateUi

