# Generated from forms/EvidenceViewer.ui by tools/build_forms.py - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'EvidenceViewer.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EvidenceViewer(object):
    def setupUi(self, EvidenceViewer):
        if not EvidenceViewer.objectName():
            EvidenceViewer.setObjectName(u"EvidenceViewer")
        EvidenceViewer.resize(900, 700)
        self.mainLayout = QVBoxLayout(EvidenceViewer)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.zoomInButton = QPushButton(EvidenceViewer)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolLayout.addWidget(self.zoomInButton)

        self.zoomOutButton = QPushButton(EvidenceViewer)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolLayout.addWidget(self.zoomOutButton)

        self.fitButton = QPushButton(EvidenceViewer)
        self.fitButton.setObjectName(u"fitButton")

        self.toolLayout.addWidget(self.fitButton)

        self.actualSizeButton = QPushButton(EvidenceViewer)
        self.actualSizeButton.setObjectName(u"actualSizeButton")

        self.toolLayout.addWidget(self.actualSizeButton)

        self.rotateLeftButton = QPushButton(EvidenceViewer)
        self.rotateLeftButton.setObjectName(u"rotateLeftButton")

        self.toolLayout.addWidget(self.rotateLeftButton)

        self.rotateRightButton = QPushButton(EvidenceViewer)
        self.rotateRightButton.setObjectName(u"rotateRightButton")

        self.toolLayout.addWidget(self.rotateRightButton)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.zoomLabel = QLabel(EvidenceViewer)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setText(u"")

        self.toolLayout.addWidget(self.zoomLabel)


        self.mainLayout.addLayout(self.toolLayout)

        self.scrollArea = QScrollArea(EvidenceViewer)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(False)
        self.scrollArea.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.imageLabel = QLabel()
        self.imageLabel.setObjectName(u"imageLabel")
        self.imageLabel.setGeometry(QRect(0, 0, 100, 100))
        self.imageLabel.setText(u"")
        self.imageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scrollArea.setWidget(self.imageLabel)

        self.mainLayout.addWidget(self.scrollArea)

        self.captionLabel = QLabel(EvidenceViewer)
        self.captionLabel.setObjectName(u"captionLabel")
        self.captionLabel.setText(u"")
        self.captionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.captionLabel)

        self.buttonBox = QDialogButtonBox(EvidenceViewer)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(EvidenceViewer)

        QMetaObject.connectSlotsByName(EvidenceViewer)
    # setupUi

    def retranslateUi(self, EvidenceViewer):
        EvidenceViewer.setWindowTitle(QCoreApplication.translate("EvidenceViewer", u"Evidence viewer", None))
        self.zoomInButton.setText(QCoreApplication.translate("EvidenceViewer", u"Zoom &in", None))
        self.zoomOutButton.setText(QCoreApplication.translate("EvidenceViewer", u"Zoom &out", None))
        self.fitButton.setText(QCoreApplication.translate("EvidenceViewer", u"&Fit", None))
        self.actualSizeButton.setText(QCoreApplication.translate("EvidenceViewer", u"&100%", None))
        self.rotateLeftButton.setText(QCoreApplication.translate("EvidenceViewer", u"Rotate &left", None))
#if QT_CONFIG(tooltip)
        self.rotateLeftButton.setToolTip(QCoreApplication.translate("EvidenceViewer", u"Turn the picture for viewing only; the file is not changed", None))
#endif // QT_CONFIG(tooltip)
        self.rotateRightButton.setText(QCoreApplication.translate("EvidenceViewer", u"Rotate &right", None))
#if QT_CONFIG(tooltip)
        self.rotateRightButton.setToolTip(QCoreApplication.translate("EvidenceViewer", u"Turn the picture for viewing only; the file is not changed", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

