"""Feedback letters: filled from the data templates, printed, issued."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dudao_desktop.documents.letters import write_letter_files, write_letters
from dudao_desktop.model import Problem
from dudao_desktop.services import letters

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_campaign, make_problem, make_unit


@pytest.fixture
def unit_with_problems(office_db):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    first = make_problem(
        office_db, unit, "擅自增设内设机构“督查室”", date(2026, 12, 31), campaign_id=campaign
    )
    second = make_problem(
        office_db,
        unit,
        "实名制信息未及时更新",
        date(2027, 1, 15),
        campaign_id=campaign,
        category="daily_management",
    )
    return office_db, unit, [first, second]


def test_every_placeholder_of_the_templates_is_filled(unit_with_problems):
    database, unit, _ = unit_with_problems
    for kind in letters.LETTER_KINDS:
        used = letters.template_placeholders(letters.load_template(kind))
        assert used  # the templates really use placeholders
        letter = letters.build_letter(database, unit, kind, doc_number="昌编督〔2026〕3号")
        assert "{" not in letter.text() and "}" not in letter.text()
        assert "昌河市自然资源局" in letter.salutation
        assert "2026年机构编制大督导" in letter.text()


def test_letter_lists_problems_deadlines_and_evidence(unit_with_problems, tmp_path):
    database, unit, (first, _) = unit_with_problems
    photo = tmp_path / "门牌.jpg"
    photo.write_bytes(b"photo")
    from dudao_desktop.services import problems

    problems.attach_evidence(database, first, photo, caption="门牌照片")
    letter = letters.build_letter(database, unit, "feedback")
    assert letter.columns[:3] == ["序号", "问题类型", "问题描述"]
    assert len(letter.rows) == 2
    assert "擅自增设内设机构" in letter.rows[0][2] and "门牌照片" in letter.rows[0][2]
    assert letter.rows[0][4] == "2026年12月31日"
    assert "共2项" in letter.problem_table_intro


def test_feedback_letter_pdf_names_unit_problems_and_deadlines(unit_with_problems, tmp_path):
    database, unit, _ = unit_with_problems
    letter = letters.build_letter(database, unit, "feedback", issued_on=date(2026, 11, 26))
    target = write_letters(tmp_path / "letter.pdf", [letter])
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    compact = text.replace("\n", "").replace(" ", "")
    assert "昌河市自然资源局" in compact
    assert "擅自增设内设机构" in compact and "实名制信息未及时更新" in compact
    assert "2026年12月31日" in compact and "2027年1月15日" in compact
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                str(target),
                str(tmp_path / "page"),
            ],
            check=True,
        )
        assert list(tmp_path.glob("page*.png"))


def test_batch_writes_one_file_per_unit(unit_with_problems, tmp_path):
    database, unit, _ = unit_with_problems
    notice = letters.build_letter(database, unit, "notice")
    assert notice.receipt_title == "送达回执"
    paths = write_letter_files(tmp_path, [notice])
    assert len(paths) == 1 and paths[0].is_file()
    assert "整改通知书" in PdfReader(paths[0]).pages[0].extract_text().replace("\n", "")


def confirm(database, unit_id: str, grade: str = "good") -> None:
    from dudao_desktop.model import Inspection
    from dudao_desktop.services import procedure, users

    with database.Session() as s:
        inspection = s.query(Inspection).filter_by(unit_id=unit_id).one()
    users.add_user(database, "王组长", "group_leader")
    users.sign_in(database, "王组长")
    procedure.confirm_grade(database, inspection.id, grade)


def test_issuing_a_letter_notifies_its_problems_with_the_date(unit_with_problems):
    database, unit, ids = unit_with_problems
    with pytest.raises(letters.DudaoError, match="not confirmed"):
        letters.issue_letter(database, unit, on=date(2026, 11, 20))
    confirm(database, unit)
    assert letters.issue_letter(database, unit, on=date(2026, 11, 20)) == 2
    with database.Session() as s:
        for problem_id in ids:
            problem = s.get(Problem, problem_id)
            assert problem.status == "notified"
            assert problem.notified_on == date(2026, 11, 20)
    # Issuing again changes nothing more.
    assert letters.issue_letter(database, unit, on=date(2026, 11, 21)) == 0


def test_units_with_letters_and_find_unit(unit_with_problems):
    database, unit, _ = unit_with_problems
    assert letters.units_with_letters(database) == [unit]
    with database.Session() as s:
        assert letters.find_unit(s, "113707990000000001").id == unit
    with pytest.raises(letters.NotFoundError), database.Session() as s:
        letters.find_unit(s, "nope")
