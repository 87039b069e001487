"""Every top-level window and dialog of the application, built on a demo database, for the
tests that check all of them (fit on a 1024×600 screen, mnemonics, tab order) and for
``tools/screenshots.py``. A new dialog class must be added here: a test fails otherwise."""

from __future__ import annotations

import pkgutil
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

import dudao_desktop.ui as ui_package
from dudao_desktop.ui.window_fit import Dialog


def dialog_classes() -> set[type]:
    """Every subclass of the application's dialog base, after importing every ui module."""
    for module in pkgutil.walk_packages(ui_package.__path__, "dudao_desktop.ui."):
        if ".forms." not in module.name:
            import_module(module.name)
    found: set[type] = set()
    todo = [Dialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("dudao_desktop.") and sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


def _ids(database):
    from dudao_desktop.model import Campaign, Inspector, Unit
    from dudao_desktop.services.figures import current_campaign_id

    campaign = current_campaign_id(database)
    with database.Session() as s:
        unit = s.scalars(select(Unit.id).order_by(Unit.name)).first()
        inspector = s.scalars(select(Inspector.id).order_by(Inspector.name)).first()
        campaign = campaign or s.scalars(select(Campaign.id)).first()
    return campaign, unit, inspector


def window_factories(database, parent: QWidget, tmp: Path) -> dict[str, Callable[[], QWidget]]:
    """Dialog class name -> a function building it, as the application opens it."""
    from dudao_desktop.documents.package_report import ReportLine
    from dudao_desktop.errors import Finding, ValidationError
    from dudao_desktop.services.procedure import GradeSuggestion
    from dudao_desktop.services.supervision_report import write_report
    from dudao_desktop.ui import (
        check_form_printing,
        checklist_dialogs,
        conflicts_view,
        dialogs,
        evidence_viewer,
        findings_report,
        first_run,
        followup_dialog,
        interview_dialog,
        ledger_blacklist_dialog,
        ledger_letter_dialog,
        ledger_new_problem_dialog,
        ledger_reconcile_dialog,
        package_report,
        passphrase_dialog,
        pdf_preview,
        plan_assignment,
        plan_dialogs,
        plan_pool,
        plan_pool_dialogs,
        plan_questionnaire,
        plan_training,
        report_dialog,
        roster_import_dialog,
        selfassessment_actions,
        sync_center,
        template_editor,
    )
    from dudao_desktop.ui.tabs import approvals_tab

    campaign, unit, inspector = _ids(database)
    pdf = tmp / "report.pdf"
    image = tmp / "photo.png"

    def preview():
        if not pdf.exists():
            write_report(database, campaign, pdf)
        return pdf_preview.PdfPreview(pdf, parent)

    def viewer():
        from PySide6.QtGui import QColor, QImage

        if not image.exists():
            picture = QImage(1600, 1200, QImage.Format.Format_RGB32)
            picture.fill(QColor("lightsteelblue"))
            picture.save(str(image))
        return evidence_viewer.EvidenceViewer(image, "现场照片", parent)

    error = ValidationError(
        "The workbook has errors.",
        [Finding("Missing value", file="单位名册.xlsx", sheet="Sheet1", row=5, column="B")] * 12,
    )
    lines = [ReportLine(file=f"第{n}督导组.dudao", status="applied", new=n) for n in range(1, 6)]
    rows = QStringListModel(["甲", "乙", "丙"])
    return {
        "AboutDialog": lambda: dialogs.AboutDialog(parent),
        "SettingsDialog": lambda: dialogs.SettingsDialog(parent),
        "CheckFormPrintDialog": lambda: check_form_printing.CheckFormPrintDialog(
            database, campaign, [(unit, "单位")], None, parent
        ),
        "ItemRecordDialog": lambda: checklist_dialogs.ItemRecordDialog(False, "", "", parent),
        "GradeDialog": lambda: checklist_dialogs.GradeDialog(
            GradeSuggestion("good", 0.9, 40, 36, ["注"]), False, "tester", parent
        ),
        "ConflictsView": lambda: conflicts_view.ConflictsView(database, parent),
        "EvidenceViewer": viewer,
        "FindingsDialog": lambda: findings_report.FindingsDialog(error, parent),
        "FirstRunDialog": lambda: first_run.FirstRunDialog(tmp / "new-data", parent),
        "FollowUpDialog": lambda: followup_dialog.FollowUpDialog(database, parent),
        "InterviewDialog": lambda: interview_dialog.InterviewDialog(database, unit, None, parent),
        "BlacklistDialog": lambda: ledger_blacklist_dialog.BlacklistDialog(database, parent),
        "LetterDialog": lambda: ledger_letter_dialog.LetterDialog(database, unit, parent),
        "NewProblemDialog": lambda: ledger_new_problem_dialog.NewProblemDialog(
            database, parent, unit
        ),
        "ReconcileDialog": lambda: ledger_reconcile_dialog.ReconcileDialog(database, parent),
        "PackageReportDialog": lambda: package_report.PackageReportDialog(lines, "", parent),
        "PassphraseDialog": lambda: passphrase_dialog.PassphraseDialog(True, "", parent),
        "FieldSetupDialog": lambda: passphrase_dialog.FieldSetupDialog("第一督导组.dudao", parent),
        "PdfPreview": preview,
        "PlanAssignmentDialog": lambda: plan_assignment.PlanAssignmentDialog(
            database, campaign, parent
        ),
        "PlanCampaignDialog": lambda: plan_dialogs.PlanCampaignDialog(database, campaign, parent),
        "PlanMilestoneDialog": lambda: plan_dialogs.PlanMilestoneDialog(database, campaign, parent),
        "PlanDrawDialog": lambda: plan_dialogs.PlanDrawDialog(database, campaign, parent),
        "PlanPoolDialog": lambda: plan_pool.PlanPoolDialog(database, parent),
        "PlanPoolInspectorDialog": lambda: plan_pool_dialogs.PlanPoolInspectorDialog(
            database, inspector, parent
        ),
        "PlanPoolAvoidanceDialog": lambda: plan_pool_dialogs.PlanPoolAvoidanceDialog(
            database, inspector, parent
        ),
        "PlanQuestionnaireEditDialog": lambda: plan_questionnaire.PlanQuestionnaireEditDialog(
            database, campaign, parent
        ),
        "PlanQuestionnaireDialog": lambda: plan_questionnaire.PlanQuestionnaireDialog(
            database, campaign, parent
        ),
        "PlanTrainingDialog": lambda: plan_training.PlanTrainingDialog(database, campaign, parent),
        "ReportDialog": lambda: report_dialog.ReportDialog(database, campaign, parent),
        "RosterImportDialog": lambda: roster_import_dialog.RosterImportDialog(database, parent),
        "ReportTableDialog": lambda: selfassessment_actions.ReportTableDialog(
            "自评表", "三个单位", rows, parent
        ),
        "SyncCenter": lambda: sync_center.SyncCenter(database, parent),
        "TemplateEditor": lambda: template_editor.TemplateEditor(database, parent),
        "NewMatterDialog": lambda: approvals_tab.NewMatterDialog(database, parent),
    }


def every_dialog(database, parent: QWidget, tmp: Path) -> Iterator[tuple[str, QWidget]]:
    """Build, yield and close each dialog in turn."""
    for name, build in sorted(window_factories(database, parent, tmp).items()):
        dialog = build()
        try:
            yield name, dialog
        finally:
            dialog.hide()
            # Destroyed now: a later language change must not reach a half-gone wrapper.
            shiboken6.delete(dialog)
