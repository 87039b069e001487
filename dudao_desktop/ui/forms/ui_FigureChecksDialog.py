# Generated from forms/FigureChecksDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'FigureChecksDialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FigureChecksDialog(object):
    def setupUi(self, FigureChecksDialog):
        if not FigureChecksDialog.objectName():
            FigureChecksDialog.setObjectName(u"FigureChecksDialog")
        FigureChecksDialog.resize(760, 420)
        self.mainLayout = QVBoxLayout(FigureChecksDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.table = QTableWidget(FigureChecksDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.confirmButton = QPushButton(FigureChecksDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.actionLayout.addWidget(self.confirmButton)

        self.reasonEdit = QLineEdit(FigureChecksDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.actionLayout.addWidget(self.reasonEdit)

        self.dismissButton = QPushButton(FigureChecksDialog)
        self.dismissButton.setObjectName(u"dismissButton")

        self.actionLayout.addWidget(self.dismissButton)


        self.mainLayout.addLayout(self.actionLayout)

        self.messageLabel = QLabel(FigureChecksDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(FigureChecksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(FigureChecksDialog)

        QMetaObject.connectSlotsByName(FigureChecksDialog)
    # setupUi

    def retranslateUi(self, FigureChecksDialog):
        FigureChecksDialog.setWindowTitle(QCoreApplication.translate("FigureChecksDialog", u"Figures checked against the office's data", None))
        self.confirmButton.setText(QCoreApplication.translate("FigureChecksDialog", u"&Confirm as problem", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("FigureChecksDialog", u"Record the suggested problem on the problem list", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("FigureChecksDialog", u"Why the difference is dismissed", None))
        self.dismissButton.setText(QCoreApplication.translate("FigureChecksDialog", u"&Dismiss", None))
    # retranslateUi

