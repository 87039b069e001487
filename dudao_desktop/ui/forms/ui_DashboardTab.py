# Generated from forms/DashboardTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'DashboardTab.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_DashboardTab(object):
    def setupUi(self, DashboardTab):
        if not DashboardTab.objectName():
            DashboardTab.setObjectName(u"DashboardTab")
        self.mainLayout = QVBoxLayout(DashboardTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.campaignLabel = QLabel(DashboardTab)
        self.campaignLabel.setObjectName(u"campaignLabel")
        self.campaignLabel.setStyleSheet(u"font-size: 12pt;")
        self.campaignLabel.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.campaignLabel.sizePolicy().hasHeightForWidth())
        self.campaignLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.campaignLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.refreshButton = QPushButton(DashboardTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)

        self.followupButton = QPushButton(DashboardTab)
        self.followupButton.setObjectName(u"followupButton")

        self.headerLayout.addWidget(self.followupButton)

        self.reportButton = QPushButton(DashboardTab)
        self.reportButton.setObjectName(u"reportButton")

        self.headerLayout.addWidget(self.reportButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.cardsLayout = QGridLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.coveredCard = QToolButton(DashboardTab)
        self.coveredCard.setObjectName(u"coveredCard")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.coveredCard.sizePolicy().hasHeightForWidth())
        self.coveredCard.setSizePolicy(sizePolicy1)
        self.coveredCard.setMinimumSize(QSize(110, 72))
        self.coveredCard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.coveredCard.setAutoRaise(False)

        self.cardsLayout.addWidget(self.coveredCard, 0, 0, 1, 1)

        self.notVisitedCard = QToolButton(DashboardTab)
        self.notVisitedCard.setObjectName(u"notVisitedCard")
        sizePolicy1.setHeightForWidth(self.notVisitedCard.sizePolicy().hasHeightForWidth())
        self.notVisitedCard.setSizePolicy(sizePolicy1)
        self.notVisitedCard.setMinimumSize(QSize(110, 72))
        self.notVisitedCard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.notVisitedCard.setAutoRaise(False)

        self.cardsLayout.addWidget(self.notVisitedCard, 0, 1, 1, 1)

        self.problemsCard = QToolButton(DashboardTab)
        self.problemsCard.setObjectName(u"problemsCard")
        sizePolicy1.setHeightForWidth(self.problemsCard.sizePolicy().hasHeightForWidth())
        self.problemsCard.setSizePolicy(sizePolicy1)
        self.problemsCard.setMinimumSize(QSize(110, 72))
        self.problemsCard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.problemsCard.setAutoRaise(False)

        self.cardsLayout.addWidget(self.problemsCard, 0, 2, 1, 1)

        self.rateCard = QToolButton(DashboardTab)
        self.rateCard.setObjectName(u"rateCard")
        sizePolicy1.setHeightForWidth(self.rateCard.sizePolicy().hasHeightForWidth())
        self.rateCard.setSizePolicy(sizePolicy1)
        self.rateCard.setMinimumSize(QSize(110, 72))
        self.rateCard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.rateCard.setAutoRaise(False)

        self.cardsLayout.addWidget(self.rateCard, 0, 3, 1, 1)

        self.overdueCard = QToolButton(DashboardTab)
        self.overdueCard.setObjectName(u"overdueCard")
        sizePolicy1.setHeightForWidth(self.overdueCard.sizePolicy().hasHeightForWidth())
        self.overdueCard.setSizePolicy(sizePolicy1)
        self.overdueCard.setMinimumSize(QSize(110, 72))
        self.overdueCard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.overdueCard.setAutoRaise(False)

        self.cardsLayout.addWidget(self.overdueCard, 0, 4, 1, 1)

        self.warningsCard = QToolButton(DashboardTab)
        self.warningsCard.setObjectName(u"warningsCard")
        sizePolicy1.setHeightForWidth(self.warningsCard.sizePolicy().hasHeightForWidth())
        self.warningsCard.setSizePolicy(sizePolicy1)
        self.warningsCard.setMinimumSize(QSize(110, 72))
        self.warningsCard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.warningsCard.setAutoRaise(False)

        self.cardsLayout.addWidget(self.warningsCard, 0, 5, 1, 1)

        self.blacklistCard = QToolButton(DashboardTab)
        self.blacklistCard.setObjectName(u"blacklistCard")
        sizePolicy1.setHeightForWidth(self.blacklistCard.sizePolicy().hasHeightForWidth())
        self.blacklistCard.setSizePolicy(sizePolicy1)
        self.blacklistCard.setMinimumSize(QSize(110, 72))
        self.blacklistCard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.blacklistCard.setAutoRaise(False)

        self.cardsLayout.addWidget(self.blacklistCard, 0, 6, 1, 1)


        self.mainLayout.addLayout(self.cardsLayout)

        self.hintLabel = QLabel(DashboardTab)
        self.hintLabel.setObjectName(u"hintLabel")

        self.mainLayout.addWidget(self.hintLabel)

        self.chartsLayout = QGridLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.stepGroup = QGroupBox(DashboardTab)
        self.stepGroup.setObjectName(u"stepGroup")
        self.stepGroupLayout = QVBoxLayout(self.stepGroup)
        self.stepGroupLayout.setObjectName(u"stepGroupLayout")

        self.chartsLayout.addWidget(self.stepGroup, 0, 0, 1, 1)

        self.groupGroup = QGroupBox(DashboardTab)
        self.groupGroup.setObjectName(u"groupGroup")
        self.groupGroupLayout = QVBoxLayout(self.groupGroup)
        self.groupGroupLayout.setObjectName(u"groupGroupLayout")

        self.chartsLayout.addWidget(self.groupGroup, 0, 1, 1, 1)

        self.categoryGroup = QGroupBox(DashboardTab)
        self.categoryGroup.setObjectName(u"categoryGroup")
        self.categoryGroupLayout = QVBoxLayout(self.categoryGroup)
        self.categoryGroupLayout.setObjectName(u"categoryGroupLayout")

        self.chartsLayout.addWidget(self.categoryGroup, 1, 0, 1, 1)

        self.statusGroup = QGroupBox(DashboardTab)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusGroupLayout = QVBoxLayout(self.statusGroup)
        self.statusGroupLayout.setObjectName(u"statusGroupLayout")

        self.chartsLayout.addWidget(self.statusGroup, 1, 1, 1, 1)


        self.mainLayout.addLayout(self.chartsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(DashboardTab)

        QMetaObject.connectSlotsByName(DashboardTab)
    # setupUi

    def retranslateUi(self, DashboardTab):
        DashboardTab.setWindowTitle(QCoreApplication.translate("DashboardTab", u"Dashboard", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardTab", u"Refresh", None))
        self.followupButton.setText(QCoreApplication.translate("DashboardTab", u"Effectiveness follow-up\u2026", None))
#if QT_CONFIG(tooltip)
        self.followupButton.setToolTip(QCoreApplication.translate("DashboardTab", u"Record follow-up indicators and results of approved matters", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("DashboardTab", u"Reports\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("DashboardTab", u"Write the report's text sections; print the supervision report, the yearly analysis or the follow-up report", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.coveredCard.setToolTip(QCoreApplication.translate("DashboardTab", u"Units covered by on-site verification", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.notVisitedCard.setToolTip(QCoreApplication.translate("DashboardTab", u"Units not yet visited", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.problemsCard.setToolTip(QCoreApplication.translate("DashboardTab", u"Problems found in this campaign", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.rateCard.setToolTip(QCoreApplication.translate("DashboardTab", u"Rectification rate", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overdueCard.setToolTip(QCoreApplication.translate("DashboardTab", u"Overdue problems", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.warningsCard.setToolTip(QCoreApplication.translate("DashboardTab", u"Open warnings", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.blacklistCard.setToolTip(QCoreApplication.translate("DashboardTab", u"Units on the blacklist", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("DashboardTab", u"Click a figure or a bar to open the list behind it.", None))
        self.stepGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Progress by procedure step", None))
        self.groupGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Units covered by group", None))
        self.categoryGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Problems by category", None))
        self.statusGroup.setTitle(QCoreApplication.translate("DashboardTab", u"Problems by rectification status", None))
    # retranslateUi

