# Generated from forms/TemplateEditor.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'TemplateEditor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TemplateEditor(object):
    def setupUi(self, TemplateEditor):
        if not TemplateEditor.objectName():
            TemplateEditor.setObjectName(u"TemplateEditor")
        TemplateEditor.resize(1000, 640)
        self.mainLayout = QVBoxLayout(TemplateEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.versionLayout = QHBoxLayout()
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLabel = QLabel(TemplateEditor)
        self.versionLabel.setObjectName(u"versionLabel")

        self.versionLayout.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(TemplateEditor)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.versionLayout.addWidget(self.versionCombo)

        self.statusLabel = QLabel(TemplateEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.versionLayout.addWidget(self.statusLabel)

        self.importButton = QPushButton(TemplateEditor)
        self.importButton.setObjectName(u"importButton")

        self.versionLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(TemplateEditor)
        self.exportButton.setObjectName(u"exportButton")

        self.versionLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.versionLayout)

        self.splitter = QSplitter(TemplateEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeWidget(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderHidden(False)
        self.splitter.addWidget(self.tree)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.pages.addWidget(self.emptyPage)
        self.sectionPage = QWidget()
        self.sectionPage.setObjectName(u"sectionPage")
        self.sectionForm = QFormLayout(self.sectionPage)
        self.sectionForm.setObjectName(u"sectionForm")
        self.sectionCodeLabel = QLabel(self.sectionPage)
        self.sectionCodeLabel.setObjectName(u"sectionCodeLabel")

        self.sectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionCodeLabel)

        self.sectionCodeEdit = QLineEdit(self.sectionPage)
        self.sectionCodeEdit.setObjectName(u"sectionCodeEdit")

        self.sectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCodeEdit)

        self.sectionTitleLabel = QLabel(self.sectionPage)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionTitleLabel)

        self.sectionTitleEdit = QLineEdit(self.sectionPage)
        self.sectionTitleEdit.setObjectName(u"sectionTitleEdit")

        self.sectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionTitleEdit)

        self.lineOfWorkLabel = QLabel(self.sectionPage)
        self.lineOfWorkLabel.setObjectName(u"lineOfWorkLabel")

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lineOfWorkLabel)

        self.lineOfWorkCombo = QComboBox(self.sectionPage)
        self.lineOfWorkCombo.setObjectName(u"lineOfWorkCombo")

        self.sectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lineOfWorkCombo)

        self.pages.addWidget(self.sectionPage)
        self.itemPage = QWidget()
        self.itemPage.setObjectName(u"itemPage")
        self.itemForm = QFormLayout(self.itemPage)
        self.itemForm.setObjectName(u"itemForm")
        self.codeLabel = QLabel(self.itemPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.itemPage)
        self.codeEdit.setObjectName(u"codeEdit")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.textLabel = QLabel(self.itemPage)
        self.textLabel.setObjectName(u"textLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(self.itemPage)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.guidanceLabel = QLabel(self.itemPage)
        self.guidanceLabel.setObjectName(u"guidanceLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guidanceLabel)

        self.guidanceEdit = QPlainTextEdit(self.itemPage)
        self.guidanceEdit.setObjectName(u"guidanceEdit")
        self.guidanceEdit.setTabChangesFocus(True)

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.guidanceEdit)

        self.answerKindLabel = QLabel(self.itemPage)
        self.answerKindLabel.setObjectName(u"answerKindLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.answerKindLabel)

        self.answerKindCombo = QComboBox(self.itemPage)
        self.answerKindCombo.setObjectName(u"answerKindCombo")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.answerKindCombo)

        self.expectedLabel = QLabel(self.itemPage)
        self.expectedLabel.setObjectName(u"expectedLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expectedLabel)

        self.expectedCombo = QComboBox(self.itemPage)
        self.expectedCombo.setObjectName(u"expectedCombo")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.expectedCombo)

        self.appliesLabel = QLabel(self.itemPage)
        self.appliesLabel.setObjectName(u"appliesLabel")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.appliesLabel)

        self.appliesList = QListWidget(self.itemPage)
        self.appliesList.setObjectName(u"appliesList")
        self.appliesList.setMaximumSize(QSize(16777215, 120))

        self.itemForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.appliesList)

        self.evidenceCheck = QCheckBox(self.itemPage)
        self.evidenceCheck.setObjectName(u"evidenceCheck")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.evidenceCheck)

        self.categoryLabel = QLabel(self.itemPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.itemPage)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.flagsLabel = QLabel(self.itemPage)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.itemForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.flagsLabel)

        self.flagsList = QListWidget(self.itemPage)
        self.flagsList.setObjectName(u"flagsList")
        self.flagsList.setMaximumSize(QSize(16777215, 80))

        self.itemForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.flagsList)

        self.focusLabel = QLabel(self.itemPage)
        self.focusLabel.setObjectName(u"focusLabel")

        self.itemForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.focusLabel)

        self.focusList = QListWidget(self.itemPage)
        self.focusList.setObjectName(u"focusList")
        self.focusList.setMaximumSize(QSize(16777215, 80))

        self.itemForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.focusList)

        self.figureLabel = QLabel(self.itemPage)
        self.figureLabel.setObjectName(u"figureLabel")

        self.itemForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.figureLabel)

        self.figureCombo = QComboBox(self.itemPage)
        self.figureCombo.setObjectName(u"figureCombo")

        self.itemForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.figureCombo)

        self.pages.addWidget(self.itemPage)
        self.splitter.addWidget(self.pages)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(TemplateEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addSectionButton = QPushButton(TemplateEditor)
        self.addSectionButton.setObjectName(u"addSectionButton")

        self.buttonLayout.addWidget(self.addSectionButton)

        self.addItemButton = QPushButton(TemplateEditor)
        self.addItemButton.setObjectName(u"addItemButton")

        self.buttonLayout.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(TemplateEditor)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.buttonLayout.addWidget(self.removeItemButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(TemplateEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(TemplateEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplateEditor)

        QMetaObject.connectSlotsByName(TemplateEditor)
    # setupUi

    def retranslateUi(self, TemplateEditor):
        TemplateEditor.setWindowTitle(QCoreApplication.translate("TemplateEditor", u"Checklist templates", None))
        self.versionLabel.setText(QCoreApplication.translate("TemplateEditor", u"&Version:", None))
        self.importButton.setText(QCoreApplication.translate("TemplateEditor", u"&Import .xlsx\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"Add a template version from a workbook", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("TemplateEditor", u"E&xport .xlsx\u2026", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TemplateEditor", u"Section or item", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TemplateEditor", u"Code", None))
        self.emptyLabel.setText(QCoreApplication.translate("TemplateEditor", u"Choose a section or an item to edit it.", None))
        self.sectionCodeLabel.setText(QCoreApplication.translate("TemplateEditor", u"Section code:", None))
        self.sectionTitleLabel.setText(QCoreApplication.translate("TemplateEditor", u"Title:", None))
        self.lineOfWorkLabel.setText(QCoreApplication.translate("TemplateEditor", u"Line of work:", None))
        self.codeLabel.setText(QCoreApplication.translate("TemplateEditor", u"Item code:", None))
        self.textLabel.setText(QCoreApplication.translate("TemplateEditor", u"Text:", None))
        self.guidanceLabel.setText(QCoreApplication.translate("TemplateEditor", u"Guidance for the inspector:", None))
        self.answerKindLabel.setText(QCoreApplication.translate("TemplateEditor", u"Answer kind:", None))
        self.expectedLabel.setText(QCoreApplication.translate("TemplateEditor", u"Conforming answer:", None))
        self.appliesLabel.setText(QCoreApplication.translate("TemplateEditor", u"Applies to:", None))
#if QT_CONFIG(tooltip)
        self.appliesList.setToolTip(QCoreApplication.translate("TemplateEditor", u"Tick the kinds of unit, or groups of kinds, the item is asked of", None))
#endif // QT_CONFIG(tooltip)
        self.evidenceCheck.setText(QCoreApplication.translate("TemplateEditor", u"Evidence required", None))
        self.categoryLabel.setText(QCoreApplication.translate("TemplateEditor", u"Problem category:", None))
        self.flagsLabel.setText(QCoreApplication.translate("TemplateEditor", u"Only units flagged:", None))
#if QT_CONFIG(tooltip)
        self.flagsList.setToolTip(QCoreApplication.translate("TemplateEditor", u"Ask the item only of units the office flagged so; none ticked asks every unit", None))
#endif // QT_CONFIG(tooltip)
        self.focusLabel.setText(QCoreApplication.translate("TemplateEditor", u"Only under campaign focus:", None))
#if QT_CONFIG(tooltip)
        self.focusList.setToolTip(QCoreApplication.translate("TemplateEditor", u"Ask the item only in campaigns with this focus; none ticked asks it always", None))
#endif // QT_CONFIG(tooltip)
        self.figureLabel.setText(QCoreApplication.translate("TemplateEditor", u"Checked against figure:", None))
        self.addSectionButton.setText(QCoreApplication.translate("TemplateEditor", u"Add s&ection", None))
        self.addItemButton.setText(QCoreApplication.translate("TemplateEditor", u"&Add item", None))
        self.removeItemButton.setText(QCoreApplication.translate("TemplateEditor", u"&Remove item", None))
        self.saveButton.setText(QCoreApplication.translate("TemplateEditor", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"Save the change; a frozen version gets a new version instead (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

