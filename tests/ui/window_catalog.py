"""Every top-level window and dialog of the application, built on a demo database, for the
tests that check all of them (fit on a 1024×600 screen, mnemonics, tab order) and for
``tools/screenshots.py``. A new dialog class must be added here: a test fails otherwise."""

from __future__ import annotations

import pkgutil
from collections.abc import Callable, Iterator
from datetime import datetime
from importlib import import_module
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

import dudao_desktop.ui as ui_package
from dudao_desktop.ui.window_fit import Dialog


def dialog_classes() -> set[type]:
    """Every dialog class of the application (whether or not it is on the dialog base, so a
    plain QDialog is caught too), after importing every ui module."""
    for module in pkgutil.walk_packages(ui_package.__path__, "dudao_desktop.ui."):
        if ".forms." not in module.name:
            import_module(module.name)
    found: set[type] = set()
    todo = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("dudao_desktop.") and sub is not Dialog:
                found.add(sub)
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


def mapping_needed(path: Path):
    """The column-mapping question a county roster with a header no synonym knows asks."""
    from openpyxl import Workbook

    from dudao_desktop.documents.sheet_reader import MappingNeeded
    from dudao_desktop.services.roster_validation import read_roster

    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "机构名称", "组织机构代码证号", "机构类别", "主管部门", "行政编制"])
    for number in range(1, 6):
        sheet.append([number, f"县第{number}局", f"11330100MB{number:07d}X", "行政机关", "县委", 9])
    book.save(path)
    try:
        read_roster(path)
    except MappingNeeded as needed:
        return needed
    raise RuntimeError(f"{path.name} needs no column mapping")


def window_factories(database, parent: QWidget, tmp: Path) -> dict[str, Callable[[], QWidget]]:
    """Dialog class name -> a function building it, as the application opens it."""
    from dudao_desktop.documents.package_report import ReportLine
    from dudao_desktop.errors import Finding, ValidationError
    from dudao_desktop.model import Inspection
    from dudao_desktop.services import enrolment, packages, users
    from dudao_desktop.services.controls import HoldRow
    from dudao_desktop.services.procedure import GradeSuggestion
    from dudao_desktop.services.roster_fields import field_label
    from dudao_desktop.services.supervision_report import write_report
    from dudao_desktop.ui import (
        check_form_printing,
        checklist_dialogs,
        column_mapping_dialog,
        conflicts_view,
        dialogs,
        document_settings_dialog,
        enrolment_dialogs,
        evidence_viewer,
        figure_checks_dialog,
        findings_report,
        first_run,
        followup_dialog,
        interview_dialog,
        ledger_blacklist_dialog,
        ledger_letter_dialog,
        ledger_new_problem_dialog,
        ledger_reconcile_dialog,
        ledger_record_dialog,
        override_dialog,
        package_report,
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
        users_dialog,
        visit_dialog,
        vocabulary_dialog,
    )
    from dudao_desktop.ui.tabs import approvals_tab

    campaign, unit, inspector = _ids(database)
    with database.Session() as s:
        inspection = s.scalars(select(Inspection.id).where(Inspection.unit_id == unit)).first()
        inspection = inspection or s.scalars(select(Inspection.id)).first()
    hold = HoldRow(
        id="hold",
        approval_id="matter",
        title="核增事业编制",
        unit_name="昌河市图书馆",
        reasons=[{"rule": "blacklist", "detail": "列入黑名单：弄虚作假"}],
        held_on=None,
        status="held",
        overridden_by="",
        override_reason="",
        overridden_on=None,
    )
    pdf = tmp / "report.pdf"
    image = tmp / "photo.png"

    def preview():
        if not pdf.exists():
            write_report(database, campaign, pdf)
        return pdf_preview.PdfPreview(pdf, parent)

    def sign_in():
        # Asked at start once the installation has users; a password shows its field.
        if not users.list_users(database):
            users.add_user(database, "李科长", "office_leader", "督导2026", approves_closing=True)
            users.add_user(database, "王干事", "clerk")
        return users_dialog.SignInDialog(database, parent)

    def viewer():
        from PySide6.QtGui import QColor, QImage

        if not image.exists():
            picture = QImage(1600, 1200, QImage.Format.Format_RGB32)
            picture.fill(QColor("lightsteelblue"))
            picture.save(str(image))
        return evidence_viewer.EvidenceViewer(image, "现场照片", parent)

    # Messages from the catalogue, so that the dialog is seen as a user sees it (translated).
    empty = "This cell is empty; it must be filled in."
    error = ValidationError(
        "The checklist {file} was not imported: {count} problems must be fixed first.",
        [Finding(empty, file="单位名册.xlsx", sheet="Sheet1", row=5, column="B")] * 12,
        file="单位名册.xlsx",
        count=12,
    )
    lines = [ReportLine(file=f"第{n}督导组.dudao", status="applied", new=n) for n in range(1, 6)]
    rows = QStringListModel(["甲", "乙", "丙"])
    request = enrolment.EnrolmentRequest("laptop-1", "第一督导组笔记本", "11" * 32, "22" * 32)
    enrolled = enrolment.EnrolmentRow(
        "enrolment-1",
        "laptop-1",
        "第一督导组笔记本",
        request.fingerprint,
        "group-1",
        1,
        "第一督导组",
        "2026年机构编制大督导",
        datetime(2026, 3, 2, 9, 30),
        "管理员",
        None,
        "",
        "",
    )
    return {
        "AboutDialog": lambda: dialogs.AboutDialog(parent),
        "VisitDialog": lambda: visit_dialog.VisitDialog(database, inspection, unit, parent),
        "FigureChecksDialog": lambda: figure_checks_dialog.FigureChecksDialog(
            database, inspection, parent
        ),
        "OverrideDialog": lambda: override_dialog.OverrideDialog(database, hold, parent),
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
        "LaptopSetupDialog": lambda: enrolment_dialogs.LaptopSetupDialog(parent),
        "FingerprintDialog": lambda: enrolment_dialogs.FingerprintDialog(database, parent),
        "EnrolDialog": lambda: enrolment_dialogs.EnrolDialog(
            database, request, packages.export_groups(database), parent
        ),
        "RevokeDialog": lambda: enrolment_dialogs.RevokeDialog(database, enrolled, parent),
        "SignInDialog": sign_in,
        "UsersDialog": lambda: users_dialog.UsersDialog(database, parent),
        "VocabularyDialog": lambda: vocabulary_dialog.VocabularyDialog(database, parent),
        "LedgerRecordDialog": lambda: ledger_record_dialog.LedgerRecordDialog(
            database, "accountability", parent
        ),
        "ColumnMappingDialog": lambda: column_mapping_dialog.ColumnMappingDialog(
            mapping_needed(tmp / "odd-roster.xlsx"), field_label, parent
        ),
        "DocumentSettingsDialog": lambda: document_settings_dialog.DocumentSettingsDialog(
            database, parent
        ),
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
