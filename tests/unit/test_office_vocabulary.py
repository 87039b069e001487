"""The office's own vocabularies, evidence captions, dated follow-up checks, accountability in
the problem ledger and the report, 审定 of letters and the report, marks beside units."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text

from dudao_desktop.db import migrate
from dudao_desktop.db.engine import make_engine, sqlite_url
from dudao_desktop.db.opening import open_database
from dudao_desktop.documents.letters import write_letters
from dudao_desktop.documents.report import draft_reasons
from dudao_desktop.errors import DudaoError, ValidationError
from dudao_desktop.model import (
    BlacklistEntry,
    FollowUpCheck,
    Inspection,
    Problem,
    Suggestion,
    VocabularyTerm,
)
from dudao_desktop.paths import database_path
from dudao_desktop.services import (
    approvals,
    blacklist,
    document_approvals,
    follow_up_checks,
    ledger_export,
    ledger_import,
    ledger_records,
    letters,
    problems,
    suggestions,
    supervision_report,
    users,
    vocabulary,
)
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.ledger_columns import APPROVALS, PROBLEMS
from dudao_desktop.services.ledger_listing import LedgerListing

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_campaign, make_problem, make_unit


def exported(book, row: list, key: str):
    """The cell of column ``key`` in an export row (cells in the order of the declaration)."""
    return row[[c.key for c in book.exported()].index(key)]


def _old_ledger(path: Path, rows: list[list]) -> Path:
    """An old county ledger: title row, header, rows, a 合计 row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "问题台账"
    sheet.append(["2018年机构编制专项督查问题整改台账"])
    sheet.append(["单位名称", "问题类型", "问题来源", "问题描述", "整改时限", "佐证材料"])
    for row in rows:
        sheet.append(row)
    sheet.append(["合计", "", "", f"{len(rows)}个问题", "", ""])
    book.save(path)
    return path


@pytest.mark.backends
def test_office_adds_renames_and_retires_categories(office_db):
    key = vocabulary.add_entry(office_db, "problem_category", "违规使用编制资源")
    vocabulary.rename_term(office_db, "problem_category", key, "违规使用编制")
    vocabulary.retire_term(office_db, "problem_category", "duties")
    with office_db.Session() as s:
        offered = vocabulary.choices(s, "problem_category", offered=True)
        every = vocabulary.choices(s, "problem_category")
    assert offered[key] == "违规使用编制" and "duties" not in offered and "duties" in every
    with pytest.raises(DudaoError, match="already an entry"):
        vocabulary.add_entry(office_db, "problem_category", "超编进人")  # a built-in's name
    with pytest.raises(DudaoError, match="not an entry"):
        vocabulary.retire_term(office_db, "problem_category", "不存在的类别")
    unit = make_unit(office_db, "某某局", "113707990000000001")
    problem = make_problem(office_db, unit, "挪用编制2名", date(2026, 6, 30), category=key)
    with office_db.Session() as s:
        assert s.get(Problem, problem).category == "违规使用编制资源"  # the key stays
    rows = list(ledger_export.ledger_rows(office_db, PROBLEMS))
    assert exported(PROBLEMS, rows[0], "category") == "违规使用编制"  # the new name is shown
    with pytest.raises(DudaoError, match="Unknown problem category"):
        make_problem(office_db, unit, "某问题", date(2026, 6, 30), category="打错的类别")
    with pytest.raises(DudaoError, match="Unknown category"):
        suggestions.add_suggestion(office_db, unit_id=unit, text="建议", category="打错的类别")


def test_old_ledger_with_an_unknown_category_is_refused_until_the_office_adds_it(
    office_db, tmp_path
):
    make_unit(office_db, "某某局", "113707990000000001")
    path = _old_ledger(
        tmp_path / "2018年台账.xlsx",
        [
            ["某某局", "超编进人", "巡察移交", "超编进人3名", "2018/12/31", "调整文件\n花名册"],
            ["某某局", "吃空饷", "举报", "2人长期不在岗领薪", "2019.3.31", ""],
        ],
    )
    with pytest.raises(ValidationError) as refused:
        ledger_import.import_ledger(office_db, "problems", path)
    [finding] = refused.value.findings
    assert (finding.file, finding.sheet, finding.row) == ("2018年台账.xlsx", "问题台账", 4)
    assert "吃空饷" in str(finding) and "dudao vocabulary add problem_category" in str(finding)
    with office_db.Session() as s:
        assert s.scalar(select(Problem.id)) is None  # nothing imported
    vocabulary.add_entry(office_db, "problem_category", "吃空饷")
    assert ledger_import.import_ledger(office_db, "problems", path) == 2
    with office_db.Session() as s:
        rows = s.execute(
            select(Problem.category, Problem.source_kind, Problem.evidence_captions).order_by(
                Problem.deadline
            )
        ).all()
    assert rows == [
        ("over_establishment_hiring", "transfer", "调整文件\n花名册"),
        ("吃空饷", "report", ""),
    ]


def test_a_retired_category_still_imports_and_shows(office_db, tmp_path):
    make_unit(office_db, "某某局", "113707990000000001")
    vocabulary.retire_term(office_db, "problem_category", "absent_from_post")
    path = _old_ledger(
        tmp_path / "old.xlsx", [["某某局", "在编不在岗", "", "借调2人", "2019-12-31", ""]]
    )
    assert ledger_import.import_ledger(office_db, "problems", path) == 1
    listing = LedgerListing(office_db, PROBLEMS)
    column = listing.column_index("category")
    assert listing.columns[column].labels["absent_from_post"]


def test_evidence_captions_round_trip_and_reach_the_letter(office_db, tmp_path):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    problem = make_problem(office_db, unit, "超编进人2名", date(2030, 6, 30), campaign_id=campaign)
    problems.update_problem(office_db, problem, evidence_captions="人员调整文件\n工资发放表")
    path = tmp_path / "export.xlsx"
    ledger_export.export_ledger(office_db, "problems", path)
    sheet = load_workbook(path).active
    headers = [c.value for row in sheet.iter_rows(max_row=4) for c in row]
    assert "佐证材料" in headers or "Evidence captions" in headers
    assert any(c.value == "人员调整文件\n工资发放表" for row in sheet.iter_rows() for c in row)
    letter = letters.build_letter(office_db, unit, "notice")
    assert any("工资发放表" in cell for row in letter.rows for cell in row)


@pytest.mark.backends
def test_follow_up_checks_are_a_dated_list_exported_in_order(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    matter = approvals.add_matter(office_db, unit, "核增事业编制5名")
    users.add_user(office_db, "李科员", "clerk")
    users.sign_in(office_db, "李科员")
    follow_up_checks.add_check(office_db, matter, "编制已全部使用", on=date(2026, 9, 1))
    follow_up_checks.add_check(office_db, matter, "人员尚未到位", on=date(2026, 6, 1), by="王五")
    with pytest.raises(DudaoError, match="found"):
        follow_up_checks.add_check(office_db, matter, "  ")
    listed = follow_up_checks.checks(office_db, matter)
    assert [(on, who, finding) for _id, on, who, finding in listed] == [
        (date(2026, 6, 1), "王五", "人员尚未到位"),
        (date(2026, 9, 1), "李科员", "编制已全部使用"),
    ]
    [row] = ledger_export.ledger_rows(office_db, APPROVALS)
    assert (
        exported(APPROVALS, row, "follow_up_checks")
        == "2026-06-01 王五：人员尚未到位\n2026-09-01 李科员：编制已全部使用"
    )
    follow_up_checks.remove_check(office_db, listed[0][0])
    with office_db.Session() as s:
        assert s.scalar(select(FollowUpCheck.finding).where(FollowUpCheck.deleted.is_(False))) == (
            "编制已全部使用"
        )


@pytest.mark.backends
def test_accountability_is_listed_in_the_problem_ledger_and_the_report(office_db, tmp_path):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    problem = make_problem(office_db, unit, "超编进人2名", date(2030, 6, 30), campaign_id=campaign)
    ledger_records.add_record(
        office_db,
        "accountability",
        unit,
        links={"problem_id": problem},
        kind="accountability",
        on=date(2026, 5, 8),
        decided_by="市纪委监委",
        document_number="昌纪〔2026〕7号",
        outcome="给予诫勉谈话",
    )
    with pytest.raises(DudaoError, match="cannot be set"):
        ledger_records.add_record(office_db, "accountability", unit, links={"unit_id": unit})
    listing = LedgerListing(office_db, PROBLEMS)
    [row] = listing.fetch(0, 10)
    assert row.values[listing.column_index("accountability")] == "accountability"
    report = tmp_path / "report.pdf"
    supervision_report.write_report(office_db, campaign, report)
    text_ = "".join(page.extract_text() for page in PdfReader(report).pages).replace("\n", "")
    assert "约谈通报问责情况表" in text_ and "昌纪〔2026〕7号" in text_
    assert "问责1次" in text_ and "尚未办结1件" in text_


def _confirmed(database, unit: str) -> str:
    campaign = make_campaign(database, [unit])
    with database.session() as s:
        inspection = s.execute(select(Inspection)).scalar()
        inspection.confirmed_by, inspection.confirmed_at = "王组长", datetime(2026, 3, 20, 9, 0)
    return campaign


def test_letter_is_a_draft_until_an_office_leader_approves_it(office_db, tmp_path):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    campaign = _confirmed(office_db, unit)
    make_problem(office_db, unit, "超编进人2名", date(2030, 6, 30), campaign_id=campaign)
    letters.issue_letter(office_db, unit, on=date(2026, 4, 1))
    letter = letters.build_letter(office_db, unit)
    assert letter.draft and letter.draft_reason == document_approvals.DRAFT_UNAPPROVED
    users.add_user(office_db, "李科员", "clerk")
    users.add_user(office_db, "赵主任", "office_leader")
    users.sign_in(office_db, "李科员")
    with pytest.raises(DudaoError, match="Office leader"):
        document_approvals.approve_document(office_db, "feedback", campaign, unit)
    users.sign_in(office_db, "赵主任")
    assert document_approvals.approve_document(office_db, "feedback", campaign, unit) == "赵主任"
    letter = letters.build_letter(office_db, unit)
    assert (letter.draft, letter.approved_by) == (False, "赵主任")
    write_letters(tmp_path / "letter.pdf", [letter])
    assert "草稿" not in "".join(p.extract_text() for p in PdfReader(tmp_path / "letter.pdf").pages)
    assert letters.build_letter(office_db, unit, "notice").draft  # each kind is approved


def test_report_is_a_draft_until_an_office_leader_approves_it(office_db):
    unit = make_unit(office_db, "某某局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    assert "尚未经编办领导审定" in draft_reasons(
        supervision_report.report_data(office_db, campaign)
    )
    users.add_user(office_db, "赵主任", "office_leader")
    users.sign_in(office_db, "赵主任")
    document_approvals.approve_document(office_db, "report", campaign)
    data = supervision_report.report_data(office_db, campaign)
    assert data.approved_by == "赵主任"
    assert "尚未经编办领导审定" not in draft_reasons(data)


@pytest.mark.backends
def test_groups_units_on_the_blacklist_or_under_open_accountability_are_marked(office_db):
    listed = make_unit(office_db, "甲局", "113707990000000001")
    accountable = make_unit(office_db, "乙局", "113707990000000002")
    plain = make_unit(office_db, "丙局", "113707990000000003")
    campaign = make_campaign(office_db, [listed, accountable, plain])
    blacklist.add_to_blacklist(office_db, listed, "执行机构编制纪律不严", date(2026, 1, 5))
    ledger_records.add_record(
        office_db, "accountability", accountable, kind="accountability", on=date(2026, 2, 1)
    )
    ledger_records.add_record(office_db, "accountability", plain, kind="talk")  # not 问责
    marks = blacklist.marked_units(office_db, campaign)
    assert [(m.unit, m.blacklisted, m.open_accountability) for m in marks] == [
        ("乙局", False, True),
        ("甲局", True, False),
    ]
    for unit in (listed, accountable, plain):
        approvals.add_matter(office_db, unit, "调整内设机构")
    listing = LedgerListing(office_db, APPROVALS)
    rows = {
        r.values[listing.column_index("unit")]: (
            r.values[listing.column_index("blacklisted")],
            r.values[listing.column_index("open_accountability")],
        )
        for r in listing.fetch(0, 10)
    }
    assert rows == {"甲局": (True, False), "乙局": (False, True), "丙局": (False, False)}


def test_an_0008_database_keeps_its_rows_when_upgraded(tmp_path):
    directory = tmp_path / "old"
    database = init_installation(directory, "office", "旧版编办")
    unit = make_unit(database, "某某局", "113707990000000001")
    problem = make_problem(database, unit, "超编进人2名", date(2026, 6, 30))
    with database.session() as s:
        s.add(VocabularyTerm(vocabulary="unit_kind", name="开发区管委会", group_key="agency"))
        s.add(BlacklistEntry(unit_id=unit, reason="执行不力", listed_on=date(2026, 1, 1)))
    database.dispose()
    engine = make_engine(sqlite_url(database_path(directory)))
    config = migrate.alembic_config()
    with migrate.schema_change(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
        columns = {r[1] for r in connection.execute(text("PRAGMA table_info(problem)"))}
        assert "evidence_captions" not in columns
    engine.dispose()
    database = open_database(directory)
    try:
        with database.Session() as s:
            assert s.get(Problem, problem).evidence_captions == ""
            assert s.get(Problem, problem).description == "超编进人2名"
            term = s.scalar(select(VocabularyTerm))
            assert (term.name, term.label, term.retired) == ("开发区管委会", "", False)
            assert s.scalar(select(BlacklistEntry.reason)) == "执行不力"
        assert [t.key for t in vocabulary.list_terms(database, "unit_kind")][-1] == "开发区管委会"
    finally:
        database.dispose()


def test_suggestion_categories_read_the_same_vocabulary(office_db):
    key = vocabulary.add_entry(office_db, "problem_category", "编外人员管理")
    sid = suggestions.add_suggestion(office_db, text="规范编外用人", category=key)
    with office_db.Session() as s:
        assert s.get(Suggestion, sid).category == "编外人员管理"
