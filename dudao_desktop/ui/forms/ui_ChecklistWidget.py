# Generated from forms/ChecklistWidget.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ChecklistWidget.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_ChecklistWidget(object):
    def setupUi(self, ChecklistWidget):
        if not ChecklistWidget.objectName():
            ChecklistWidget.setObjectName(u"ChecklistWidget")
        self.mainLayout = QVBoxLayout(ChecklistWidget)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.stepLabel = QLabel(ChecklistWidget)
        self.stepLabel.setObjectName(u"stepLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.stepLabel.sizePolicy().hasHeightForWidth())
        self.stepLabel.setSizePolicy(sizePolicy)

        self.actionLayout.addWidget(self.stepLabel)

        self.problemButton = QPushButton(ChecklistWidget)
        self.problemButton.setObjectName(u"problemButton")

        self.actionLayout.addWidget(self.problemButton)

        self.suggestionButton = QPushButton(ChecklistWidget)
        self.suggestionButton.setObjectName(u"suggestionButton")

        self.actionLayout.addWidget(self.suggestionButton)

        self.visitButton = QPushButton(ChecklistWidget)
        self.visitButton.setObjectName(u"visitButton")

        self.actionLayout.addWidget(self.visitButton)

        self.figuresButton = QPushButton(ChecklistWidget)
        self.figuresButton.setObjectName(u"figuresButton")

        self.actionLayout.addWidget(self.figuresButton)

        self.closeStepButton = QPushButton(ChecklistWidget)
        self.closeStepButton.setObjectName(u"closeStepButton")

        self.actionLayout.addWidget(self.closeStepButton)

        self.gradeButton = QPushButton(ChecklistWidget)
        self.gradeButton.setObjectName(u"gradeButton")

        self.actionLayout.addWidget(self.gradeButton)

        self.approveGradeButton = QPushButton(ChecklistWidget)
        self.approveGradeButton.setObjectName(u"approveGradeButton")

        self.actionLayout.addWidget(self.approveGradeButton)

        self.printButton = QPushButton(ChecklistWidget)
        self.printButton.setObjectName(u"printButton")

        self.actionLayout.addWidget(self.printButton)


        self.mainLayout.addLayout(self.actionLayout)

        self.table = QTableView(ChecklistWidget)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.keysLabel = QLabel(ChecklistWidget)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setEnabled(False)

        self.mainLayout.addWidget(self.keysLabel)

        self.messageLabel = QLabel(ChecklistWidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)


        self.retranslateUi(ChecklistWidget)

        QMetaObject.connectSlotsByName(ChecklistWidget)
    # setupUi

    def retranslateUi(self, ChecklistWidget):
        ChecklistWidget.setWindowTitle(QCoreApplication.translate("ChecklistWidget", u"Checklist", None))
        self.stepLabel.setText(QCoreApplication.translate("ChecklistWidget", u"Step:", None))
        self.problemButton.setText(QCoreApplication.translate("ChecklistWidget", u"&Problem\u2026", None))
#if QT_CONFIG(tooltip)
        self.problemButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Record a problem found at the selected item (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.suggestionButton.setText(QCoreApplication.translate("ChecklistWidget", u"&Suggestion\u2026", None))
#if QT_CONFIG(tooltip)
        self.suggestionButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Record a suggestion collected at the selected item", None))
#endif // QT_CONFIG(tooltip)
        self.visitButton.setText(QCoreApplication.translate("ChecklistWidget", u"&Visit\u2026", None))
#if QT_CONFIG(tooltip)
        self.visitButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Record the visit: date, members present, participants, methods and random samples", None))
#endif // QT_CONFIG(tooltip)
        self.figuresButton.setText(QCoreApplication.translate("ChecklistWidget", u"Fig&ures\u2026", None))
#if QT_CONFIG(tooltip)
        self.figuresButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Figures that differ from the office's data: confirm as problems or dismiss with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.closeStepButton.setText(QCoreApplication.translate("ChecklistWidget", u"&Close step", None))
#if QT_CONFIG(tooltip)
        self.closeStepButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Close the current step of the procedure; shows what is missing", None))
#endif // QT_CONFIG(tooltip)
        self.gradeButton.setText(QCoreApplication.translate("ChecklistWidget", u"&Grade\u2026", None))
#if QT_CONFIG(tooltip)
        self.gradeButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Confirm the grade of the overall evaluation (locks the record)", None))
#endif // QT_CONFIG(tooltip)
        self.approveGradeButton.setText(QCoreApplication.translate("ChecklistWidget", u"&Approve grade", None))
#if QT_CONFIG(tooltip)
        self.approveGradeButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"\u5ba1\u5b9a: an office leader approves the confirmed grade", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ChecklistWidget", u"F&orm\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Print the on-site check form of this unit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("ChecklistWidget", u"Y / N / A (\u662f / \u5426 / \u65e0) answer the verified column; Enter edits the note", None))
#endif // QT_CONFIG(tooltip)
        self.keysLabel.setText(QCoreApplication.translate("ChecklistWidget", u"Keys: Y yes \u00b7 N no \u00b7 A not applicable (verified column) \u00b7 Enter note \u00b7 Ctrl+R record a problem", None))
        self.messageLabel.setText("")
    # retranslateUi

