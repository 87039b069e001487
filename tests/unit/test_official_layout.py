"""Official documents measured back from their PDFs against GB/T 9704-2012: the line grid,
margins, faces and sizes, the red 版头, page numbers and Chinese line breaking."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from dudao_desktop import i18n
from dudao_desktop.documents import fonts, official
from dudao_desktop.documents.letters import write_letters
from dudao_desktop.model import Inspection
from dudao_desktop.services import (
    doc_numbers,
    document_approvals,
    document_settings,
    letters,
    procedure,
    users,
)

sys.path.insert(0, str(Path(__file__).parent))
from gongwen_reader import (
    LEFT,
    TOP,
    WIDTH,
    body_lines,
    check_grid,
    grid_row,
)
from ledger_fixtures import make_campaign, make_problem, make_unit

LONG = (
    "根据《2026年度机构编制大督导方案》安排，督导组采取听取汇报、查阅资料、随机抽查、个别谈话等方式，"
    "对单位机构编制情况的真实性、完整性和规范性进行了核查，深入了解了机构运转、职责履行和机构编制管理"
    "等情况（包括“三定”规定执行情况）。"
)


def face_name(role: str) -> str:
    raw = fonts.pdfmetrics.getFont(fonts.face(role).name).face.name
    return raw.decode("latin-1") if isinstance(raw, bytes) else str(raw)


@pytest.fixture
def issued_letters(office_db):
    unit = make_unit(office_db, "昌河市自然资源局", "113707990000000001")
    campaign = make_campaign(office_db, [unit])
    for number in range(12):
        make_problem(
            office_db,
            unit,
            f"擅自增设内设机构“督查室”，未按规定报批（第{number + 1}处）。",
            date(2026, 12, 31),
            campaign_id=campaign,
        )
    document_settings.save_settings(
        office_db,
        document_settings.DocumentSettings(
            mark="中共昌河市委机构编制委员会办公室",
            issuer="中共昌河市委机构编制委员会办公室",
            copies_to="市委组织部、市财政局、市人力资源和社会保障局",
            contact="李明",
            phone="0536-7212345",
        ),
    )
    doc_numbers.set_counter(office_db, "feedback", 2026, prefix="昌编督", next_serial=3)
    with office_db.Session() as s:
        inspection = s.query(Inspection).filter_by(unit_id=unit).one()
    users.add_user(office_db, "王组长", "group_leader")
    users.sign_in(office_db, "王组长")
    procedure.confirm_grade(office_db, inspection.id, "fair")
    letters.issue_letter(office_db, unit, on=date(2026, 11, 20))
    users.add_user(office_db, "赵主任", "office_leader")  # 审定: no longer a draft
    users.sign_in(office_db, "赵主任")
    document_approvals.approve_document(office_db, "feedback", inspection.campaign_id, unit)
    return office_db, unit


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_feedback_letter_stands_on_the_gbt_9704_grid(issued_letters, tmp_path, language):
    database, unit = issued_letters
    i18n.set_language(language)
    try:
        letter = letters.build_letter(database, unit, "feedback", issued_on=date(2026, 11, 20))
        path = write_letters(tmp_path / "letter.pdf", [letter])
    finally:
        i18n.set_language("")
    pages = check_grid(path)
    first = pages[0]
    mark = [line for line in first if line.text == "中共昌河市委机构编制委员会办公室"]
    assert mark and mark[0].colors == {(1, 0, 0)} and face_name("xiaobiaosong") in mark[0].fonts
    assert abs(mark[0].top - (TOP + 35)) < 1.5
    number = [line for line in first if line.text == "昌编督〔2026〕3号"]
    assert number and number[0].size == 16
    title = [line for line in first if line.text.startswith("关于机构编制大督导")]
    assert title[0].size == 22 and face_name("xiaobiaosong") in title[0].fonts
    with pdfplumber.open(path) as pdf:
        red = [
            item
            for item in pdf.pages[0].lines + pdf.pages[0].rects
            if tuple(item.get("stroking_color") or ()) == (1, 0, 0)
        ]
        assert red and abs((red[0]["x1"] - red[0]["x0"]) / 72 * 25.4 - WIDTH) < 1
        assert red[0]["top"] > number[0].top
        assert "字体替代" in (pdf.metadata.get("Subject") or "") or all(
            fonts.face(r).proper for r in fonts.FACES
        )
    body = [line for page in pages for line in body_lines(page)]
    assert all(face_name("fangsong") in line.fonts for line in body if "从督导情况看" in line.text)
    headings = [line for line in body if line.text.startswith("一、督导发现的问题")]
    assert headings and face_name("heiti") in headings[0].fonts
    level2 = [line for line in body if line.text.startswith("（一）")]
    assert level2 and face_name("kaiti") in level2[0].fonts
    text = "".join(line.text for page in pages for line in page)
    # Grade 一般 with problems: never the wording of a well-run unit.
    assert "综合评定等次为“一般”" in text and "总体规范" not in text
    assert "联系人：李明" in text and "抄送：市委组织部" in text and "印发" in text
    with pdfplumber.open(path) as pdf:
        assert "草稿" not in "".join(c["text"] for page in pdf.pages for c in page.chars)


def test_notice_and_an_unconfirmed_letter(office_db, tmp_path):
    unit = make_unit(office_db, "昌河市水利局", "113707990000000002")
    campaign = make_campaign(office_db, [unit])
    make_problem(office_db, unit, "人员混编混岗", date(2026, 12, 31), campaign_id=campaign)
    notice = letters.build_letter(office_db, unit, "notice", issued_on=date(2026, 11, 20))
    path = write_letters(tmp_path / "notice.pdf", [notice])
    pages = check_grid(path)
    assert any("整改通知书" in line.text for line in pages[0])
    draft = letters.build_letter(office_db, unit, "feedback")
    assert draft.draft and "未确认" in draft.draft_reason
    assert "总体规范" not in draft.text() and "“" + "良好" not in draft.text()
    with pdfplumber.open(write_letters(tmp_path / "draft.pdf", [draft])) as pdf:
        stamp = [c for c in pdf.pages[0].chars if c["size"] > 60]
        assert "".join(c["text"] for c in stamp) == "草稿"


def test_a_full_page_holds_22_lines_of_28_characters(tmp_path):
    story = [official.body(LONG * 12)]
    path = official.write_official(tmp_path / "full.pdf", story, title="测试")
    pages = check_grid(path)
    lines = body_lines(pages[0])
    assert len(lines) == 22
    assert sorted(round(grid_row(line)) for line in lines) == list(range(22))
    full = [line for line in lines if not re.search(r"[0-9A-Za-z]", line.text)][1:]
    # 28 characters a line; one fewer where 避头尾 moved a character down (then justified).
    assert full and all(len(line.text) in (27, 28) for line in full)
    assert sum(len(line.text) == 28 for line in full) >= 0.8 * len(full)
    assert all(abs(line.x1 - (LEFT + WIDTH)) < 1 for line in full)


def test_line_breaking_keeps_punctuation_off_the_edges():
    cap = 10
    items = official.tokens([("一二三四五六七八九，“十一”（二）三。", "fangsong")], cap)
    lines = official.break_lines(items, cap)
    texts = ["".join(t.text for t in line) for line in lines]
    assert all(text[0] not in official.NO_START for text in texts[1:])
    assert all(text[-1] not in official.NO_END for text in texts)
    assert "".join(texts) == "一二三四五六七八九，“十一”（二）三。"
