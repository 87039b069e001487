# Generated from forms/ReportDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ReportDialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(760, 640)
        self.mainLayout = QVBoxLayout(ReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.campaignLabel = QLabel(ReportDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")
        self.campaignLabel.setStyleSheet(u"font-size: 12pt;")
        self.campaignLabel.setText(u"")

        self.mainLayout.addWidget(self.campaignLabel)

        self.textGroup = QGroupBox(ReportDialog)
        self.textGroup.setObjectName(u"textGroup")
        self.textLayout = QVBoxLayout(self.textGroup)
        self.textLayout.setObjectName(u"textLayout")
        self.sectionTabs = QTabWidget(self.textGroup)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.introductionPage = QWidget()
        self.introductionPage.setObjectName(u"introductionPage")
        self.introductionLayout = QVBoxLayout(self.introductionPage)
        self.introductionLayout.setObjectName(u"introductionLayout")
        self.introductionEdit = QPlainTextEdit(self.introductionPage)
        self.introductionEdit.setObjectName(u"introductionEdit")

        self.introductionLayout.addWidget(self.introductionEdit)

        self.sectionTabs.addTab(self.introductionPage, "")
        self.assessmentPage = QWidget()
        self.assessmentPage.setObjectName(u"assessmentPage")
        self.assessmentLayout = QVBoxLayout(self.assessmentPage)
        self.assessmentLayout.setObjectName(u"assessmentLayout")
        self.assessmentEdit = QPlainTextEdit(self.assessmentPage)
        self.assessmentEdit.setObjectName(u"assessmentEdit")

        self.assessmentLayout.addWidget(self.assessmentEdit)

        self.sectionTabs.addTab(self.assessmentPage, "")
        self.nextStepsPage = QWidget()
        self.nextStepsPage.setObjectName(u"nextStepsPage")
        self.nextStepsLayout = QVBoxLayout(self.nextStepsPage)
        self.nextStepsLayout.setObjectName(u"nextStepsLayout")
        self.nextStepsEdit = QPlainTextEdit(self.nextStepsPage)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")

        self.nextStepsLayout.addWidget(self.nextStepsEdit)

        self.sectionTabs.addTab(self.nextStepsPage, "")

        self.textLayout.addWidget(self.sectionTabs)

        self.savedLabel = QLabel(self.textGroup)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")

        self.textLayout.addWidget(self.savedLabel)


        self.mainLayout.addWidget(self.textGroup)

        self.documentGroup = QGroupBox(ReportDialog)
        self.documentGroup.setObjectName(u"documentGroup")
        self.documentLayout = QGridLayout(self.documentGroup)
        self.documentLayout.setObjectName(u"documentLayout")
        self.campaignRadio = QRadioButton(self.documentGroup)
        self.campaignRadio.setObjectName(u"campaignRadio")
        self.campaignRadio.setChecked(True)

        self.documentLayout.addWidget(self.campaignRadio, 0, 0, 1, 3)

        self.yearlyRadio = QRadioButton(self.documentGroup)
        self.yearlyRadio.setObjectName(u"yearlyRadio")

        self.documentLayout.addWidget(self.yearlyRadio, 1, 0, 1, 1)

        self.yearSpin = QSpinBox(self.documentGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.yearSpin.sizePolicy().hasHeightForWidth())
        self.yearSpin.setSizePolicy(sizePolicy)
        self.yearSpin.setMinimumSize(QSize(90, 0))
        self.yearSpin.setMinimum(2013)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.documentLayout.addWidget(self.yearSpin, 1, 1, 1, 1)

        self.followupRadio = QRadioButton(self.documentGroup)
        self.followupRadio.setObjectName(u"followupRadio")

        self.documentLayout.addWidget(self.followupRadio, 2, 0, 1, 1)

        self.followupYearCheck = QCheckBox(self.documentGroup)
        self.followupYearCheck.setObjectName(u"followupYearCheck")

        self.documentLayout.addWidget(self.followupYearCheck, 2, 1, 1, 1)

        self.documentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentLayout.addItem(self.documentSpacer, 1, 2, 1, 1)


        self.mainLayout.addWidget(self.documentGroup)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(ReportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)

        self.buttonLayout.addWidget(self.statusLabel)

        self.approveButton = QPushButton(ReportDialog)
        self.approveButton.setObjectName(u"approveButton")

        self.buttonLayout.addWidget(self.approveButton)

        self.pdfButton = QPushButton(ReportDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttonLayout.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(ReportDialog)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.buttonLayout.addWidget(self.xlsxButton)

        self.closeButton = QPushButton(ReportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.sectionTabs, self.introductionEdit)
        QWidget.setTabOrder(self.introductionEdit, self.assessmentEdit)
        QWidget.setTabOrder(self.assessmentEdit, self.nextStepsEdit)
        QWidget.setTabOrder(self.nextStepsEdit, self.campaignRadio)
        QWidget.setTabOrder(self.campaignRadio, self.yearlyRadio)
        QWidget.setTabOrder(self.yearlyRadio, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.followupRadio)
        QWidget.setTabOrder(self.followupRadio, self.followupYearCheck)
        QWidget.setTabOrder(self.followupYearCheck, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.xlsxButton)
        QWidget.setTabOrder(self.xlsxButton, self.closeButton)

        self.retranslateUi(ReportDialog)

        self.pdfButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Reports", None))
        self.textGroup.setTitle(QCoreApplication.translate("ReportDialog", u"Text sections of the supervision report (written by the office)", None))
        self.introductionEdit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"The background and the arrangements of the campaign: who decided it, its aim, how it was organised.", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.introductionPage), QCoreApplication.translate("ReportDialog", u"Introduction", None))
        self.assessmentEdit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"The office's overall assessment of how the units manage their establishment.", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.assessmentPage), QCoreApplication.translate("ReportDialog", u"Overall assessment", None))
        self.nextStepsEdit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"What the office will do next: rectification, look-back, rules to improve.", None))
        self.sectionTabs.setTabText(self.sectionTabs.indexOf(self.nextStepsPage), QCoreApplication.translate("ReportDialog", u"Next steps", None))
        self.documentGroup.setTitle(QCoreApplication.translate("ReportDialog", u"Document", None))
        self.campaignRadio.setText(QCoreApplication.translate("ReportDialog", u"Supervision report of the campaign", None))
        self.yearlyRadio.setText(QCoreApplication.translate("ReportDialog", u"Yearly analysis of the year", None))
        self.followupRadio.setText(QCoreApplication.translate("ReportDialog", u"Effectiveness follow-up report", None))
        self.followupYearCheck.setText(QCoreApplication.translate("ReportDialog", u"Only matters decided in the year above", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("ReportDialog", u"\u5ba1\u5b9a: approve the document as the signed-in office leader; until then it prints as a draft", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("ReportDialog", u"Approve (\u5ba1\u5b9a)", None))
        self.pdfButton.setText(QCoreApplication.translate("ReportDialog", u"Preview PDF\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("ReportDialog", u"Save as Excel\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ReportDialog", u"Close", None))
    # retranslateUi

