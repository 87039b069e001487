# Generated from forms/EvidenceTab.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'EvidenceTab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_EvidenceTab(object):
    def setupUi(self, EvidenceTab):
        if not EvidenceTab.objectName():
            EvidenceTab.setObjectName(u"EvidenceTab")
        EvidenceTab.setAcceptDrops(True)
        self.mainLayout = QVBoxLayout(EvidenceTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.unitLayout = QHBoxLayout()
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitLabel = QLabel(EvidenceTab)
        self.unitLabel.setObjectName(u"unitLabel")

        self.unitLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(EvidenceTab)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)
        self.unitCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unitCombo.setMinimumContentsLength(28)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.unitLayout.addWidget(self.unitCombo)

        self.searchEdit = QLineEdit(EvidenceTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.unitLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(EvidenceTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.unitLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.unitLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.itemFilterLabel = QLabel(EvidenceTab)
        self.itemFilterLabel.setObjectName(u"itemFilterLabel")

        self.filterLayout.addWidget(self.itemFilterLabel)

        self.itemFilter = QComboBox(EvidenceTab)
        self.itemFilter.setObjectName(u"itemFilter")
        self.itemFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.itemFilter)

        self.problemFilterLabel = QLabel(EvidenceTab)
        self.problemFilterLabel.setObjectName(u"problemFilterLabel")

        self.filterLayout.addWidget(self.problemFilterLabel)

        self.problemFilter = QComboBox(EvidenceTab)
        self.problemFilter.setObjectName(u"problemFilter")
        self.problemFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.problemFilter)

        self.kindFilterLabel = QLabel(EvidenceTab)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterLayout.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(EvidenceTab)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindFilter)

        self.dateFilterCheck = QCheckBox(EvidenceTab)
        self.dateFilterCheck.setObjectName(u"dateFilterCheck")

        self.filterLayout.addWidget(self.dateFilterCheck)

        self.dateFromEdit = QDateEdit(EvidenceTab)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setCalendarPopup(True)
        self.dateFromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(EvidenceTab)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filterLayout.addWidget(self.dateToLabel)

        self.dateToEdit = QDateEdit(EvidenceTab)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setCalendarPopup(True)
        self.dateToEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.dateToEdit)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.addButton = QPushButton(EvidenceTab)
        self.addButton.setObjectName(u"addButton")

        self.actionLayout.addWidget(self.addButton)

        self.importButton = QPushButton(EvidenceTab)
        self.importButton.setObjectName(u"importButton")

        self.actionLayout.addWidget(self.importButton)

        self.openButton = QPushButton(EvidenceTab)
        self.openButton.setObjectName(u"openButton")

        self.actionLayout.addWidget(self.openButton)

        self.removeButton = QPushButton(EvidenceTab)
        self.removeButton.setObjectName(u"removeButton")

        self.actionLayout.addWidget(self.removeButton)

        self.showRemovedButton = QPushButton(EvidenceTab)
        self.showRemovedButton.setObjectName(u"showRemovedButton")
        self.showRemovedButton.setCheckable(True)

        self.actionLayout.addWidget(self.showRemovedButton)

        self.restoreButton = QPushButton(EvidenceTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.actionLayout.addWidget(self.restoreButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionLayout)

        self.undoLayout = QHBoxLayout()
        self.undoLayout.setObjectName(u"undoLayout")
        self.undoLabel = QLabel(EvidenceTab)
        self.undoLabel.setObjectName(u"undoLabel")
        self.undoLabel.setText(u"")

        self.undoLayout.addWidget(self.undoLabel)

        self.undoButton = QPushButton(EvidenceTab)
        self.undoButton.setObjectName(u"undoButton")

        self.undoLayout.addWidget(self.undoButton)

        self.undoSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.undoLayout.addItem(self.undoSpacer)


        self.mainLayout.addLayout(self.undoLayout)

        self.splitter = QSplitter(EvidenceTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.itemsGroup = QGroupBox(self.splitter)
        self.itemsGroup.setObjectName(u"itemsGroup")
        self.itemsLayout = QVBoxLayout(self.itemsGroup)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsList = QListWidget(self.itemsGroup)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setAcceptDrops(True)
        self.itemsList.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.itemsList.setWordWrap(True)

        self.itemsLayout.addWidget(self.itemsList)

        self.splitter.addWidget(self.itemsGroup)
        self.rightSplitter = QSplitter(self.splitter)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Orientation.Vertical)
        self.rightSplitter.setChildrenCollapsible(False)
        self.evidenceGroup = QGroupBox(self.rightSplitter)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceEmptyLabel = QLabel(self.evidenceGroup)
        self.evidenceEmptyLabel.setObjectName(u"evidenceEmptyLabel")
        self.evidenceEmptyLabel.setWordWrap(True)

        self.evidenceLayout.addWidget(self.evidenceEmptyLabel)

        self.galleryView = QListView(self.evidenceGroup)
        self.galleryView.setObjectName(u"galleryView")
        self.galleryView.setAcceptDrops(True)
        self.galleryView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.galleryView.setViewMode(QListView.ViewMode.IconMode)
        self.galleryView.setResizeMode(QListView.ResizeMode.Adjust)
        self.galleryView.setMovement(QListView.Movement.Static)
        self.galleryView.setUniformItemSizes(True)
        self.galleryView.setWordWrap(True)
        self.galleryView.setSpacing(6)

        self.evidenceLayout.addWidget(self.galleryView)

        self.captionLayout = QHBoxLayout()
        self.captionLayout.setObjectName(u"captionLayout")
        self.captionLabel = QLabel(self.evidenceGroup)
        self.captionLabel.setObjectName(u"captionLabel")

        self.captionLayout.addWidget(self.captionLabel)

        self.captionEdit = QLineEdit(self.evidenceGroup)
        self.captionEdit.setObjectName(u"captionEdit")

        self.captionLayout.addWidget(self.captionEdit)


        self.evidenceLayout.addLayout(self.captionLayout)

        self.detailLabel = QLabel(self.evidenceGroup)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.evidenceLayout.addWidget(self.detailLabel)

        self.rightSplitter.addWidget(self.evidenceGroup)
        self.interviewsGroup = QGroupBox(self.rightSplitter)
        self.interviewsGroup.setObjectName(u"interviewsGroup")
        self.interviewsLayout = QVBoxLayout(self.interviewsGroup)
        self.interviewsLayout.setObjectName(u"interviewsLayout")
        self.interviewsEmptyLabel = QLabel(self.interviewsGroup)
        self.interviewsEmptyLabel.setObjectName(u"interviewsEmptyLabel")
        self.interviewsEmptyLabel.setWordWrap(True)

        self.interviewsLayout.addWidget(self.interviewsEmptyLabel)

        self.interviewsList = QListWidget(self.interviewsGroup)
        self.interviewsList.setObjectName(u"interviewsList")

        self.interviewsLayout.addWidget(self.interviewsList)

        self.interviewButtons = QHBoxLayout()
        self.interviewButtons.setObjectName(u"interviewButtons")
        self.newInterviewButton = QPushButton(self.interviewsGroup)
        self.newInterviewButton.setObjectName(u"newInterviewButton")

        self.interviewButtons.addWidget(self.newInterviewButton)

        self.editInterviewButton = QPushButton(self.interviewsGroup)
        self.editInterviewButton.setObjectName(u"editInterviewButton")

        self.interviewButtons.addWidget(self.editInterviewButton)

        self.interviewSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interviewButtons.addItem(self.interviewSpacer)


        self.interviewsLayout.addLayout(self.interviewButtons)

        self.rightSplitter.addWidget(self.interviewsGroup)
        self.splitter.addWidget(self.rightSplitter)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.itemFilterLabel.setBuddy(self.itemFilter)
        self.problemFilterLabel.setBuddy(self.problemFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.captionLabel.setBuddy(self.captionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceTab)

        QMetaObject.connectSlotsByName(EvidenceTab)
    # setupUi

    def retranslateUi(self, EvidenceTab):
        EvidenceTab.setWindowTitle(QCoreApplication.translate("EvidenceTab", u"On-site evidence", None))
        self.unitLabel.setText(QCoreApplication.translate("EvidenceTab", u"&Unit:", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("EvidenceTab", u"Type part of a unit's name or its code to find it", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EvidenceTab", u"Search captions and file names", None))
        self.itemFilterLabel.setText(QCoreApplication.translate("EvidenceTab", u"It&em:", None))
#if QT_CONFIG(tooltip)
        self.itemFilter.setToolTip(QCoreApplication.translate("EvidenceTab", u"Show only the evidence of one checklist item", None))
#endif // QT_CONFIG(tooltip)
        self.problemFilterLabel.setText(QCoreApplication.translate("EvidenceTab", u"&Problem:", None))
#if QT_CONFIG(tooltip)
        self.problemFilter.setToolTip(QCoreApplication.translate("EvidenceTab", u"Show only the evidence of one problem", None))
#endif // QT_CONFIG(tooltip)
        self.kindFilterLabel.setText(QCoreApplication.translate("EvidenceTab", u"&Kind:", None))
#if QT_CONFIG(tooltip)
        self.kindFilter.setToolTip(QCoreApplication.translate("EvidenceTab", u"Show only photos, PDFs, documents, audio or video", None))
#endif // QT_CONFIG(tooltip)
        self.dateFilterCheck.setText(QCoreApplication.translate("EvidenceTab", u"Capture&d from", None))
#if QT_CONFIG(tooltip)
        self.dateFromEdit.setToolTip(QCoreApplication.translate("EvidenceTab", u"First capture date shown", None))
#endif // QT_CONFIG(tooltip)
        self.dateToLabel.setText(QCoreApplication.translate("EvidenceTab", u"to", None))
#if QT_CONFIG(tooltip)
        self.dateToEdit.setToolTip(QCoreApplication.translate("EvidenceTab", u"Last capture date shown", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("EvidenceTab", u"&Add files\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("EvidenceTab", u"Add files as evidence of the unit (or of the checklist item selected on the left)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("EvidenceTab", u"Import from &camera folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("EvidenceTab", u"Import everything new in a camera card or scanner folder since the last import", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EvidenceTab", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EvidenceTab", u"Show a photo in the viewer; open other files in their application", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("EvidenceTab", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("EvidenceTab", u"Remove the selected evidence; it can be restored", None))
#endif // QT_CONFIG(tooltip)
        self.showRemovedButton.setText(QCoreApplication.translate("EvidenceTab", u"Show re&moved", None))
#if QT_CONFIG(tooltip)
        self.showRemovedButton.setToolTip(QCoreApplication.translate("EvidenceTab", u"Show removed evidence so it can be restored", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("EvidenceTab", u"Re&store", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("EvidenceTab", u"Bring the selected removed evidence back", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("EvidenceTab", u"&Undo", None))
        self.itemsGroup.setTitle(QCoreApplication.translate("EvidenceTab", u"Checklist items (drop files on an item)", None))
#if QT_CONFIG(tooltip)
        self.itemsList.setToolTip(QCoreApplication.translate("EvidenceTab", u"Drop files here on an item to attach them to it", None))
#endif // QT_CONFIG(tooltip)
        self.evidenceGroup.setTitle(QCoreApplication.translate("EvidenceTab", u"Evidence", None))
        self.evidenceEmptyLabel.setText(QCoreApplication.translate("EvidenceTab", u"No evidence for this unit yet. Drop photos, scans or documents here, or use Add files.", None))
        self.captionLabel.setText(QCoreApplication.translate("EvidenceTab", u"Capti&on:", None))
        self.captionEdit.setPlaceholderText(QCoreApplication.translate("EvidenceTab", u"What this evidence shows (saved when you press Enter or leave the field)", None))
        self.interviewsGroup.setTitle(QCoreApplication.translate("EvidenceTab", u"Interviews", None))
        self.interviewsEmptyLabel.setText(QCoreApplication.translate("EvidenceTab", u"No interviews with this unit have been recorded yet.", None))
        self.newInterviewButton.setText(QCoreApplication.translate("EvidenceTab", u"&New interview\u2026", None))
        self.editInterviewButton.setText(QCoreApplication.translate("EvidenceTab", u"&Edit interview\u2026", None))
    # retranslateUi

