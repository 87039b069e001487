"""The selected unit's detail in the units tab: establishment data by kind, leader posts
(approved / actual), internal institutions, certificate and expiry, open warnings, and two
tables: the unit's problems of every year and its inspections (campaign, step, grade).

The widgets are drawn in ``forms/UnitsTab.ui`` (the *Unit* group and its tabs); this class
fills them from services.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..db.engine import Database
from ..model.vocab import STEP_LABELS, UNIT_KINDS
from ..services import units, warnings
from ..services.unit_history import UnitInspectionListing, UnitProblemListing
from .column_widths import fit_columns
from .table_model import QueryTableModel
from .vocab_labels import label as vocab_label

VALUE_LABELS = (
    "uscc",
    "kind",
    "department",
    "group",
    "establishment",
    "actual",
    "posts",
    "institutions",
    "certificate",
    "head",
    "step",
    "grade",
    "warnings",
)


class UnitDetailView(QObject):
    """Fills the unit group of the units tab form (``ui``) for one unit."""

    def __init__(
        self, database: Database, ui, campaign_id: str | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.ui = ui
        self.campaign_id = campaign_id
        self.unit_id: str | None = None
        self.problems = QueryTableModel(UnitProblemListing(database, ""), self)
        self.inspections = QueryTableModel(UnitInspectionListing(database, ""), self)
        for view, model in (
            (ui.problemsView, self.problems),
            (ui.inspectionsView, self.inspections),
        ):
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems.modelReset.connect(self.update_titles)
        self.inspections.modelReset.connect(self.update_titles)

    # ------------------------------------------------------------------------------------------
    def show(self, unit_id: str | None) -> None:
        self.unit_id = unit_id
        ui = self.ui
        self.problems.set_listing(UnitProblemListing(self.database, unit_id or ""))
        self.inspections.set_listing(UnitInspectionListing(self.database, unit_id or ""))
        for view in (ui.problemsView, ui.inspectionsView):
            self.fit_columns(view)
        if unit_id is None:
            ui.unitNameValue.setText(QCoreApplication.translate("UnitDetail", "No unit selected"))
            for name in VALUE_LABELS:
                getattr(ui, f"{name}Value").setText("")
            return
        detail = units.unit_detail(self.database, unit_id, self.campaign_id)
        unit = detail.unit
        ui.unitNameValue.setText(unit.name)
        ui.usccValue.setText(
            unit.uscc + (f"  ({unit.uscc_override_note})" if unit.uscc_override_note else "")
        )
        ui.kindValue.setText(vocab_label(UNIT_KINDS, unit.kind))
        ui.departmentValue.setText(detail.department)
        ui.groupValue.setText(detail.group)
        ui.establishmentValue.setText(
            QCoreApplication.translate(
                "UnitDetail",
                "{0} (administrative {1}, public institution {2}, political-legal {3})",
            ).format(
                unit.approved_establishment,
                unit.establishment_admin,
                unit.establishment_institution,
                unit.establishment_law,
            )
        )
        actual = str(unit.actual_staff)
        if unit.actual_staff > unit.approved_establishment:
            actual += "  " + QCoreApplication.translate(
                "UnitDetail", "(over the approved establishment by {0})"
            ).format(unit.actual_staff - unit.approved_establishment)
        ui.actualValue.setText(actual)
        posts = f"{unit.leader_posts_approved} / {unit.leader_posts_actual}"
        if unit.leader_posts_actual > unit.leader_posts_approved:
            posts += "  " + QCoreApplication.translate("UnitDetail", "(over the quota)")
        ui.postsValue.setText(posts)
        ui.institutionsValue.setText(
            "、".join(unit.internal_institution_names)
            or QCoreApplication.translate("UnitDetail", "none recorded")
        )
        ui.certificateValue.setText(
            self.certificate_text(unit.certificate_no, unit.certificate_expiry)
        )
        ui.headValue.setText(unit.head)
        ui.stepValue.setText(self.step_text(detail))
        ui.gradeValue.setText(self.grade_text(detail.grade))
        ui.warningsValue.setText(self.warnings_text(unit_id))

    def refresh_step(self) -> None:
        """After a checklist change: the step, grade and inspections only."""
        if not self.unit_id:
            return
        detail = units.unit_detail(self.database, self.unit_id, self.campaign_id)
        self.ui.stepValue.setText(self.step_text(detail))
        self.ui.gradeValue.setText(self.grade_text(detail.grade))
        self.problems.reload()
        self.inspections.reload()

    # Texts ------------------------------------------------------------------------------------
    @staticmethod
    def certificate_text(number: str, expiry: date | None) -> str:
        if not number and not expiry:
            return QCoreApplication.translate("UnitDetail", "none recorded")
        if not expiry:
            return number
        text = QCoreApplication.translate("UnitDetail", "{0}, valid until {1}").format(
            number, expiry.isoformat()
        )
        if expiry < date.today():
            text += "  " + QCoreApplication.translate("UnitDetail", "(expired)")
        return text

    @staticmethod
    def step_text(detail: units.UnitDetail) -> str:
        if not detail.step:
            return QCoreApplication.translate("UnitDetail", "Not started")
        return QCoreApplication.translate("UnitDetail", "{0}, {1} answers").format(
            vocab_label(STEP_LABELS, detail.step), detail.answers
        )

    @staticmethod
    def grade_text(grade: str) -> str:
        from ..services.procedure import grade_label

        return grade_label(grade) if grade else ""

    def warnings_text(self, unit_id: str) -> str:
        rows = warnings.list_warnings(self.database, unit_id=unit_id)
        if not rows:
            return QCoreApplication.translate("UnitDetail", "none")
        return "\n".join(
            QCoreApplication.translate("Warnings", warnings.RULE_LABELS.get(w.rule, w.rule))
            for w in rows
        )

    def update_titles(self) -> None:
        tabs = self.ui.detailTabs
        tabs.setTabText(
            tabs.indexOf(self.ui.problemsPage),
            QCoreApplication.translate("UnitDetail", "Problems (all years): {0}").format(
                self.problems.total_count
            ),
        )
        tabs.setTabText(
            tabs.indexOf(self.ui.inspectionsPage),
            QCoreApplication.translate("UnitDetail", "Inspections: {0}").format(
                self.inspections.total_count
            ),
        )

    @staticmethod
    def fit_columns(view: QTableView) -> None:
        fit_columns(view, 260)
