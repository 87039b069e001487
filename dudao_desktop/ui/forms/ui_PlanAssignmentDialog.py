# Generated from forms/PlanAssignmentDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanAssignmentDialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlanAssignmentDialog(object):
    def setupUi(self, PlanAssignmentDialog):
        if not PlanAssignmentDialog.objectName():
            PlanAssignmentDialog.setObjectName(u"PlanAssignmentDialog")
        PlanAssignmentDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(PlanAssignmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")

        self.mainLayout.addLayout(self.form)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.groupsList = QListWidget(PlanAssignmentDialog)
        self.groupsList.setObjectName(u"groupsList")

        self.listsLayout.addWidget(self.groupsList)

        self.unitsList = QListWidget(PlanAssignmentDialog)
        self.unitsList.setObjectName(u"unitsList")
        self.unitsList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unitsList.setDragEnabled(True)

        self.listsLayout.addWidget(self.unitsList)


        self.mainLayout.addLayout(self.listsLayout)

        self.moveLayout = QHBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.autoButton = QPushButton(PlanAssignmentDialog)
        self.autoButton.setObjectName(u"autoButton")

        self.moveLayout.addWidget(self.autoButton)

        self.upButton = QPushButton(PlanAssignmentDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveLayout.addWidget(self.upButton)

        self.downButton = QPushButton(PlanAssignmentDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveLayout.addWidget(self.downButton)

        self.targetLabel = QLabel(PlanAssignmentDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.moveLayout.addWidget(self.targetLabel)

        self.targetCombo = QComboBox(PlanAssignmentDialog)
        self.targetCombo.setObjectName(u"targetCombo")

        self.moveLayout.addWidget(self.targetCombo)

        self.moveButton = QPushButton(PlanAssignmentDialog)
        self.moveButton.setObjectName(u"moveButton")

        self.moveLayout.addWidget(self.moveButton)


        self.mainLayout.addLayout(self.moveLayout)

        self.spotLayout = QHBoxLayout()
        self.spotLayout.setObjectName(u"spotLayout")
        self.shareLabel = QLabel(PlanAssignmentDialog)
        self.shareLabel.setObjectName(u"shareLabel")

        self.spotLayout.addWidget(self.shareLabel)

        self.shareSpin = QDoubleSpinBox(PlanAssignmentDialog)
        self.shareSpin.setObjectName(u"shareSpin")
        self.shareSpin.setMinimum(0.010000000000000)
        self.shareSpin.setMaximum(1.000000000000000)
        self.shareSpin.setSingleStep(0.050000000000000)
        self.shareSpin.setValue(0.200000000000000)

        self.spotLayout.addWidget(self.shareSpin)

        self.spotButton = QPushButton(PlanAssignmentDialog)
        self.spotButton.setObjectName(u"spotButton")

        self.spotLayout.addWidget(self.spotButton)

        self.statusLabel = QLabel(PlanAssignmentDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.spotLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.spotLayout)

        self.buttonBox = QDialogButtonBox(PlanAssignmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.targetCombo)
        self.shareLabel.setBuddy(self.shareSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanAssignmentDialog)

        QMetaObject.connectSlotsByName(PlanAssignmentDialog)
    # setupUi

    def retranslateUi(self, PlanAssignmentDialog):
        PlanAssignmentDialog.setWindowTitle(QCoreApplication.translate("PlanAssignmentDialog", u"Units of the inspection groups", None))
        self.autoButton.setText(QCoreApplication.translate("PlanAssignmentDialog", u"Assign &automatically", None))
        self.upButton.setText(QCoreApplication.translate("PlanAssignmentDialog", u"Visit &earlier", None))
        self.downButton.setText(QCoreApplication.translate("PlanAssignmentDialog", u"Visit &later", None))
        self.targetLabel.setText(QCoreApplication.translate("PlanAssignmentDialog", u"Move &to:", None))
        self.moveButton.setText(QCoreApplication.translate("PlanAssignmentDialog", u"&Move", None))
        self.shareLabel.setText(QCoreApplication.translate("PlanAssignmentDialog", u"Spot-check &share:", None))
        self.spotButton.setText(QCoreApplication.translate("PlanAssignmentDialog", u"Dra&w spot check", None))
    # retranslateUi

