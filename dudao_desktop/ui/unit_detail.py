"""The selected unit's detail in the units tab: establishment data by kind, leader posts
(approved / actual), internal institutions, certificate and expiry, open warnings, the flags
the office sets (涉改, sector, 镇街: ticked here, they change the checklist asked), and two
tables: the unit's problems of every year and its inspections (campaign, step, grade).

The widgets are drawn in ``forms/UnitsTab.ui`` (the *Unit* group and its tabs); this class
fills them from services.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QTableView

from ..db.engine import Database
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS
from ..model.vocab import (
    ESTABLISHMENT_KINDS,
    LEADER_POST_KINDS,
    STEP_LABELS,
    UNIT_FLAGS,
    UNIT_KINDS,
)
from ..services import unit_flags, units, warnings
from ..services.unit_history import UnitInspectionListing, UnitProblemListing
from .column_widths import fit_columns
from .errors import show_error
from .ledger_common import confirm
from .role import disable_on_field
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
    """Fills the unit group of the units tab form (``ui``) for one unit. Emits
    ``flags_changed(unit_id)`` when the office changed the unit's flags (the checklist the
    unit is asked changes with them)."""

    flags_changed = Signal(str)

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
        self.flag_checks: dict[str, QCheckBox] = {}
        for key in UNIT_FLAGS:
            check = QCheckBox(vocab_label(UNIT_FLAGS, key), ui.unitGroup)
            check.toggled.connect(self.save_flags)
            ui.flagsLayout.addWidget(check)
            self.flag_checks[key] = check
        ui.flagsLayout.addStretch(1)
        disable_on_field(database, *self.flag_checks.values())
        self.loading_flags = False

    # ------------------------------------------------------------------------------------------
    def show(self, unit_id: str | None) -> None:
        self.unit_id = unit_id
        ui = self.ui
        self.problems.set_listing(UnitProblemListing(self.database, unit_id or ""))
        self.inspections.set_listing(UnitInspectionListing(self.database, unit_id or ""))
        for view in (ui.problemsView, ui.inspectionsView):
            self.fit_columns(view)
        self.show_flags(unit_id)
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
        ui.establishmentValue.setText(self.establishment_text(unit, approved=True))
        ui.actualValue.setText(self.establishment_text(unit, approved=False))
        ui.postsValue.setText(self.posts_text(unit))
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

    # Flags ------------------------------------------------------------------------------------
    def show_flags(self, unit_id: str | None) -> None:
        present = unit_flags.flags_of(self.database, unit_id) if unit_id else []
        self.loading_flags = True
        for key, check in self.flag_checks.items():
            check.setText(vocab_label(UNIT_FLAGS, key))
            check.setChecked(key in present)
            check.setVisible(unit_id is not None)
        self.loading_flags = False

    def save_flags(self, _checked: bool = False) -> None:
        if self.loading_flags or not self.unit_id:
            return
        chosen = [key for key, check in self.flag_checks.items() if check.isChecked()]
        hidden = unit_flags.answered_items_hidden(
            self.database, self.campaign_id, self.unit_id, chosen
        )
        if hidden and not confirm(
            self.ui.unitGroup.window(),
            QCoreApplication.translate("UnitDetail", "Change the unit's flags"),
            QCoreApplication.translate(
                "UnitDetail",
                "With these flags the checklist no longer asks {0}, already answered. The "
                "answers are kept and shown again if the flag is set again. Change the flags?",
            ).format("、".join(hidden)),
        ):
            self.show_flags(self.unit_id)
            return
        try:
            unit_flags.set_flags(self.database, self.unit_id, chosen)
        except Exception as error:  # shown to the user; the boxes show what is stored
            show_error(self.ui.unitGroup.window(), error)
            self.show_flags(self.unit_id)
            return
        self.flags_changed.emit(self.unit_id)

    @staticmethod
    def establishment_text(unit, *, approved: bool) -> str:
        """Approved or actual establishment in all and by kind; 空编/超编 per kind."""
        parts = []
        for kind in ESTABLISHMENT_COLUMNS:
            quota, have = unit.approved(kind), unit.actual(kind)
            if not (quota or have):
                continue
            name = vocab_label(ESTABLISHMENT_KINDS, kind)
            if approved:
                parts.append(f"{name} {quota}")
            elif have > quota:
                parts.append(
                    QCoreApplication.translate("UnitDetail", "{0} {1} (over by {2})").format(
                        name, have, have - quota
                    )
                )
            elif have < quota:
                parts.append(
                    QCoreApplication.translate("UnitDetail", "{0} {1} ({2} vacant)").format(
                        name, have, quota - have
                    )
                )
            else:
                parts.append(f"{name} {have}")
        if not approved and unit.actual_unknown_kind:
            parts.append(
                QCoreApplication.translate("UnitDetail", "kind not recorded {0}").format(
                    unit.actual_unknown_kind
                )
            )
        total = unit.approved_establishment if approved else unit.actual_staff
        return f"{total}（{'、'.join(parts)}）" if parts else str(total)

    @staticmethod
    def posts_text(unit) -> str:
        """Leader posts approved / filled, 正职 and 副职 apart where recorded."""
        text = f"{unit.leader_posts_approved} / {unit.leader_posts_actual}"
        split = []
        for post, (approved, actual) in LEADER_POST_COLUMNS.items():
            quota, have = getattr(unit, approved), getattr(unit, actual)
            if quota or have:
                entry = f"{vocab_label(LEADER_POST_KINDS, post)} {quota} / {have}"
                if have > quota:
                    entry += " " + QCoreApplication.translate("UnitDetail", "(over the quota)")
                split.append(entry)
        if split:
            return f"{text}（{'；'.join(split)}）"
        if unit.leader_posts_actual > unit.leader_posts_approved:
            text += "  " + QCoreApplication.translate("UnitDetail", "(over the quota)")
        return text

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
