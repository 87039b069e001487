"""Dialogs of the plan tab: the campaign plan, a milestone, and the recorded random draw.

Each dialog saves through a service when the user confirms; a refused change keeps the
dialog open with the reason shown, so nothing typed is lost.
"""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from .. import i18n
from ..db.engine import Database
from ..errors import DudaoError
from ..model.vocab import CAMPAIGN_FOCUS, EXPERTISE, STEP_LABELS
from ..services import blacklist, draw, plan_view
from ..services import campaign as campaigns
from .errors import show_error
from .forms.ui_PlanCampaignDialog import Ui_PlanCampaignDialog
from .forms.ui_PlanDrawDialog import Ui_PlanDrawDialog
from .forms.ui_PlanMilestoneDialog import Ui_PlanMilestoneDialog
from .vocab_labels import label as vocab_label
from .vocab_labels import translate as vocab
from .window_fit import Dialog

PLAN_STEPS = {
    "plan": QT_TRANSLATE_NOOP("Vocab", "Plan"),
    "training": QT_TRANSLATE_NOOP("Vocab", "Training"),
    **STEP_LABELS,
}


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate.currentDate()


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PlanCampaignDialog(Dialog):
    """Create a campaign (``campaign_id`` None) or edit one; emits ``saved(id)``."""

    saved = Signal(str)

    def __init__(
        self, database: Database, campaign_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_PlanCampaignDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        ui = self.ui
        focus = campaigns.get_campaign(database, campaign_id).focus if campaign_id else ""
        for key in CAMPAIGN_FOCUS:
            entry = QListWidgetItem(vocab_label(CAMPAIGN_FOCUS, key))
            entry.setData(Qt.ItemDataRole.UserRole, key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if key in focus.split(",") else Qt.CheckState.Unchecked
            )
            ui.focusList.addItem(entry)
        if campaign_id:
            c = campaigns.get_campaign(database, campaign_id)
            self.setWindowTitle(self.tr("Edit campaign plan"))
            ui.nameEdit.setText(c.name)
            ui.yearSpin.setValue(c.year)
            ui.monthsEdit.setText(c.months)
            ui.startDate.setDate(to_qdate(c.start_date))
            ui.endDate.setDate(to_qdate(c.end_date))
            ui.officeEdit.setText(c.office_name)
            for edit, text in (
                (ui.purposeEdit, c.purpose),
                (ui.targetsEdit, c.targets),
                (ui.contentEdit, c.content),
                (ui.mechanismEdit, c.mechanism),
            ):
                edit.setPlainText(text)
        else:
            self.setWindowTitle(self.tr("New campaign"))
            year = date.today().year
            ui.yearSpin.setValue(year)
            ui.monthsEdit.setText("3,9")
            ui.startDate.setDate(QDate(year, 3, 1))
            ui.endDate.setDate(QDate(year, 9, 30))

    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "year": ui.yearSpin.value(),
            "months": ui.monthsEdit.text(),
            "start_date": from_qdate(ui.startDate.date()),
            "end_date": from_qdate(ui.endDate.date()),
            "office_name": ui.officeEdit.text().strip(),
            "purpose": ui.purposeEdit.toPlainText().strip(),
            "targets": ui.targetsEdit.toPlainText().strip(),
            "content": ui.contentEdit.toPlainText().strip(),
            "mechanism": ui.mechanismEdit.toPlainText().strip(),
            "focus": ",".join(
                ui.focusList.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(ui.focusList.count())
                if ui.focusList.item(r).checkState() == Qt.CheckState.Checked
            ),
        }

    def save(self) -> None:
        values = self.values()
        try:
            if self.campaign_id:
                campaign = campaigns.update_campaign(self.database, self.campaign_id, **values)
            else:
                campaign = campaigns.create_campaign(
                    self.database, values.pop("name"), values.pop("year"), **values
                )
        except DudaoError as error:
            show_error(self, error)
            return
        self.saved.emit(campaign.id)
        self.accept()


class PlanMilestoneDialog(Dialog):
    """Add a milestone to the campaign's timetable; emits ``saved(id)``."""

    saved = Signal(str)

    def __init__(self, database: Database, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_PlanMilestoneDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.stepCombo.addItem("", "")
        for key, label in PLAN_STEPS.items():
            self.ui.stepCombo.addItem(vocab(label), key)
        c = campaigns.get_campaign(database, campaign_id)
        self.ui.startDate.setDate(to_qdate(c.start_date))
        self.ui.dueDate.setDate(to_qdate(c.start_date))

    def save(self) -> None:
        ui = self.ui
        try:
            milestone = campaigns.add_milestone(
                self.database,
                self.campaign_id,
                ui.titleEdit.text(),
                from_qdate(ui.startDate.date()),
                from_qdate(ui.dueDate.date()),
                ui.responsibleEdit.text(),
                step=ui.stepCombo.currentData() or "",
            )
        except DudaoError as error:
            show_error(self, error)
            return
        self.saved.emit(milestone.id)
        self.accept()


class PlanDrawDialog(Dialog):
    """Draw the groups: shows the seed, the rules, the result or why the rules cannot be met.

    A redraw needs a reason (the reason field is then required); ``drawn`` is emitted with the
    new record's id after every successful draw.
    """

    drawn = Signal(str)

    def __init__(self, database: Database, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.campaign_id = campaign_id
        self.ui = Ui_PlanDrawDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.drawButton.clicked.connect(self.run_draw)
        self.outcome: draw.DrawOutcome | None = None
        self.refusal = ""
        self.show_current()

    def show_current(self) -> None:
        records = draw.list_draws(self.database, self.campaign_id, kind="groups")
        live = [r for r in records if not r.superseded]
        if not live:
            self.ui.resultText.setPlainText(
                self.tr("No groups have been drawn yet.") + self.describe_marks()
            )
            self.append_controls()
            return
        record = live[0]
        rules = json.loads(record.rules)
        self.ui.groupsSpin.setValue(rules.get("groups", 5))
        self.ui.membersSpin.setValue(rules.get("members", 4))
        self.ui.reasonEdit.setPlaceholderText(self.tr("Required: why draw again?"))
        groups = json.loads(record.result).get("groups", [])
        candidates = json.loads(record.candidates or "[]")
        self.ui.resultText.setPlainText(
            self.describe(record.seed, record.drawn_by, record.drawn_at, groups, rules)
            + "\n\n"
            + self.describe_pool(candidates, rules.get("barred", {}), groups)
            + self.describe_marks()
        )
        self.append_controls()

    def append_controls(self) -> None:
        """The units under management control (管理控制), marked with why and their group."""
        held = plan_view.units_under_control(self.database, self.campaign_id)
        if not held:
            return
        lines = ["", self.tr("Units under management control ({0}):").format(len(held))]
        for unit in held:
            lines.append(
                self.tr("  ⚑ {0} [{1}]: {2}").format(
                    unit.name, unit.group or self.tr("not assigned"), "；".join(unit.reasons)
                )
            )
        self.ui.resultText.appendPlainText("\n".join(lines))

    def describe(self, seed, who, when, groups, rules) -> str:
        lines = [
            self.tr("Seed: {0}").format(seed),
            self.tr("Drawn by {0} at {1}").format(who, when.strftime("%Y-%m-%d %H:%M")),
            self.tr("Every group covers: {0}").format(
                ", ".join(vocab(EXPERTISE[a]) for a in rules.get("required_expertise", []))
                or self.tr("(no area has enough inspectors)")
            ),
        ]
        short = rules.get("short_expertise", {})
        if short:
            lines.append(
                self.tr("Too few inspectors for every group: {0}").format(
                    ", ".join(f"{vocab(EXPERTISE[a])} ({n})" for a, n in short.items())
                )
            )
        lines.append("")
        for g in groups:
            members = ", ".join(m["name"] for m in g["members"])
            lines.append(
                self.tr("{0}: leader {1}; members {2}").format(
                    g["name"], g["leader"]["name"], members
                )
            )
        return "\n".join(lines)

    def describe_pool(self, candidates: list[dict], barred: dict, groups: list[dict]) -> str:
        """The candidate pool the draw chose from, and who could not go to which group
        because they must avoid one of its units."""
        names = {c["id"]: c["name"] for c in candidates}
        group_names = {g["number"]: g["name"] for g in groups}
        pool = [
            self.tr("{0} (leadership)").format(c["name"]) if c.get("leadership") else c["name"]
            for c in candidates
        ]
        lines = [self.tr("Candidate pool ({0}): {1}").format(len(pool), "、".join(pool))]
        if barred:
            lines.append(self.tr("Excluded for avoidance:"))
            for inspector_id, numbers in sorted(
                barred.items(), key=lambda pair: names.get(pair[0], "")
            ):
                where = "、".join(group_names.get(n, str(n)) for n in numbers)
                lines.append(
                    self.tr("  {0}: not in {1} (avoids a unit of that group)").format(
                        names.get(inspector_id, inspector_id), where
                    )
                )
        else:
            lines.append(self.tr("Excluded for avoidance: nobody."))
        return "\n".join(lines)

    def describe_marks(self) -> str:
        """The groups' units on the blacklist or under an open 问责 ("" when none)."""
        lines = []
        for mark in blacklist.marked_units(self.database, self.campaign_id):
            marks = [self.tr("on the blacklist")] if mark.blacklisted else []
            if mark.open_accountability:
                marks.append(self.tr("open accountability (问责)"))
            lines.append(
                self.tr("  {0}: {1} ({2})").format(mark.group, mark.unit, "、".join(marks))
            )
        if not lines:
            return ""
        return "\n\n" + "\n".join([self.tr("Units to watch in the groups:"), *lines])

    def run_draw(self) -> None:
        ui = self.ui
        seed = ui.seedEdit.text().strip() or None
        try:
            outcome = draw.draw_groups(
                self.database,
                self.campaign_id,
                ui.groupsSpin.value(),
                ui.membersSpin.value(),
                seed=seed,
                reason=ui.reasonEdit.text(),
            )
        except DudaoError as error:
            self.refusal = i18n.error_text(error)
            ui.resultText.setPlainText(self.tr("The draw was refused:") + "\n" + self.refusal)
            return
        self.outcome = outcome
        self.refusal = ""
        self.show_current()  # the record just written: result, candidate pool, exclusions
        ui.seedEdit.clear()
        ui.reasonEdit.clear()
        ui.reasonEdit.setPlaceholderText(self.tr("Required: why draw again?"))
        self.drawn.emit(outcome.record_id)


__all__ = ["PlanCampaignDialog", "PlanDrawDialog", "PlanMilestoneDialog"]
