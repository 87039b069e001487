# Generated from forms/PlanTrainingDialog.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PlanTrainingDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSplitter,
    QVBoxLayout, QWidget)

class Ui_PlanTrainingDialog(object):
    def setupUi(self, PlanTrainingDialog):
        if not PlanTrainingDialog.objectName():
            PlanTrainingDialog.setObjectName(u"PlanTrainingDialog")
        PlanTrainingDialog.resize(980, 600)
        self.mainLayout = QVBoxLayout(PlanTrainingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(PlanTrainingDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sessionsGroup = QGroupBox(self.splitter)
        self.sessionsGroup.setObjectName(u"sessionsGroup")
        self.sessionsLayout = QVBoxLayout(self.sessionsGroup)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsList = QListWidget(self.sessionsGroup)
        self.sessionsList.setObjectName(u"sessionsList")

        self.sessionsLayout.addWidget(self.sessionsList)

        self.sessionButtons = QHBoxLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.newButton = QPushButton(self.sessionsGroup)
        self.newButton.setObjectName(u"newButton")

        self.sessionButtons.addWidget(self.newButton)

        self.removeButton = QPushButton(self.sessionsGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.sessionButtons.addWidget(self.removeButton)


        self.sessionsLayout.addLayout(self.sessionButtons)

        self.splitter.addWidget(self.sessionsGroup)
        self.editGroup = QGroupBox(self.splitter)
        self.editGroup.setObjectName(u"editGroup")
        self.editLayout = QVBoxLayout(self.editGroup)
        self.editLayout.setObjectName(u"editLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(self.editGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.editGroup)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.topicLabel = QLabel(self.editGroup)
        self.topicLabel.setObjectName(u"topicLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(self.editGroup)
        self.topicEdit.setObjectName(u"topicEdit")
        self.topicEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicEdit)


        self.editLayout.addLayout(self.form)

        self.attendeesLayout = QHBoxLayout()
        self.attendeesLayout.setObjectName(u"attendeesLayout")
        self.inspectorsLayout = QVBoxLayout()
        self.inspectorsLayout.setObjectName(u"inspectorsLayout")
        self.inspectorsLabel = QLabel(self.editGroup)
        self.inspectorsLabel.setObjectName(u"inspectorsLabel")

        self.inspectorsLayout.addWidget(self.inspectorsLabel)

        self.inspectorsList = QListWidget(self.editGroup)
        self.inspectorsList.setObjectName(u"inspectorsList")

        self.inspectorsLayout.addWidget(self.inspectorsList)


        self.attendeesLayout.addLayout(self.inspectorsLayout)

        self.unitsLayout = QVBoxLayout()
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsLabel = QLabel(self.editGroup)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.unitsLayout.addWidget(self.unitsLabel)

        self.unitsFilter = QLineEdit(self.editGroup)
        self.unitsFilter.setObjectName(u"unitsFilter")
        self.unitsFilter.setClearButtonEnabled(True)

        self.unitsLayout.addWidget(self.unitsFilter)

        self.unitsList = QListWidget(self.editGroup)
        self.unitsList.setObjectName(u"unitsList")

        self.unitsLayout.addWidget(self.unitsList)


        self.attendeesLayout.addLayout(self.unitsLayout)


        self.editLayout.addLayout(self.attendeesLayout)

        self.othersLabel = QLabel(self.editGroup)
        self.othersLabel.setObjectName(u"othersLabel")

        self.editLayout.addWidget(self.othersLabel)

        self.othersEdit = QPlainTextEdit(self.editGroup)
        self.othersEdit.setObjectName(u"othersEdit")
        self.othersEdit.setMaximumSize(QSize(16777215, 70))

        self.editLayout.addWidget(self.othersEdit)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.messageLabel = QLabel(self.editGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.saveLayout.addWidget(self.messageLabel)

        self.saveButton = QPushButton(self.editGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.editLayout.addLayout(self.saveLayout)

        self.splitter.addWidget(self.editGroup)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(PlanTrainingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.othersLabel.setBuddy(self.othersEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanTrainingDialog)

        QMetaObject.connectSlotsByName(PlanTrainingDialog)
    # setupUi

    def retranslateUi(self, PlanTrainingDialog):
        PlanTrainingDialog.setWindowTitle(QCoreApplication.translate("PlanTrainingDialog", u"Training sessions", None))
        self.sessionsGroup.setTitle(QCoreApplication.translate("PlanTrainingDialog", u"Sessions", None))
        self.newButton.setText(QCoreApplication.translate("PlanTrainingDialog", u"&New session", None))
        self.removeButton.setText(QCoreApplication.translate("PlanTrainingDialog", u"&Remove", None))
        self.editGroup.setTitle(QCoreApplication.translate("PlanTrainingDialog", u"Session", None))
        self.dateLabel.setText(QCoreApplication.translate("PlanTrainingDialog", u"&Date:", None))
        self.topicLabel.setText(QCoreApplication.translate("PlanTrainingDialog", u"&Topic:", None))
        self.inspectorsLabel.setText(QCoreApplication.translate("PlanTrainingDialog", u"Inspectors attending:", None))
        self.unitsLabel.setText(QCoreApplication.translate("PlanTrainingDialog", u"Units attending:", None))
        self.unitsFilter.setPlaceholderText(QCoreApplication.translate("PlanTrainingDialog", u"Filter units", None))
        self.othersLabel.setText(QCoreApplication.translate("PlanTrainingDialog", u"&Other attendees (one per line):", None))
        self.saveButton.setText(QCoreApplication.translate("PlanTrainingDialog", u"&Save session", None))
    # retranslateUi

