"""The shared document helpers: PDFs (font, header, page numbers) and ledger workbooks."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dudao_desktop import i18n
from dudao_desktop.documents import pdf
from dudao_desktop.documents.fonts import FONT, register_fonts
from dudao_desktop.documents.workbook import (
    Field,
    match_headers,
    read_sheet,
    text_width,
    write_ledger,
)
from dudao_desktop.errors import DudaoError, ValidationError

CAMPAIGN = "2025年度机构编制大督导"


@pytest.fixture
def english():
    previous = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


def two_page_story() -> list:
    rows = [
        [i, f"检查内容第{i}项：机构设置是否符合“三定”规定", pdf.choices(["符合", "不符合"])]
        for i in range(1, 61)
    ]
    return [
        *pdf.title("现场检查表", "被检查单位：某某市教育局"),
        pdf.paragraph("中文段落会自动换行。" * 20, "body_indent"),
        pdf.table(["序号", "检查内容", "结论"], rows, [1, 8, 3], center_columns=[0]),
        pdf.signature_lines(["检查人员签字"]),
    ]


def test_register_fonts_is_idempotent():
    assert register_fonts() == FONT
    assert register_fonts() == FONT


def test_pdf_has_chinese_text_header_page_numbers_and_embedded_font(tmp_path: Path, english):
    target = pdf.write_pdf(tmp_path / "form.pdf", two_page_story(), "现场检查表", CAMPAIGN)
    reader = PdfReader(target)
    assert len(reader.pages) >= 2
    pages = [page.extract_text() for page in reader.pages]
    total = len(pages)
    assert "现场检查表" in pages[0]
    assert "被检查单位：某某市教育局" in pages[0]
    assert "检查内容第60项" in "".join(pages)
    for number, text in enumerate(pages, start=1):
        assert CAMPAIGN in text
        assert f"Page {number} of {total}" in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    base_fonts = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    cjk = [name for name in base_fonts if "WenQuanYi" in name]
    assert cjk, base_fonts
    font = next(
        font.get_object()
        for font in fonts.values()
        if "WenQuanYi" in str(font.get_object()["/BaseFont"])
    )
    assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the subset is embedded
    assert reader.metadata.title == "现场检查表"
    assert not list(tmp_path.glob(".*.tmp"))


def test_pdf_sections_restart_page_numbers(tmp_path: Path, english):
    story = [
        pdf.paragraph("第一个单位"),
        pdf.page_break(),
        pdf.paragraph("续页"),
        pdf.page_break(),
        pdf.new_section(),
        pdf.paragraph("第二个单位"),
    ]
    reader = PdfReader(pdf.write_pdf(tmp_path / "batch.pdf", story, "检查表", CAMPAIGN))
    footers = [page.extract_text() for page in reader.pages]
    assert "Page 1 of 2" in footers[0]
    assert "Page 2 of 2" in footers[1]
    assert "第二个单位" in footers[2] and "Page 1 of 1" in footers[2]


def test_pdf_footer_follows_the_language(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(
        i18n,
        "catalogue",
        lambda language: {("Documents", pdf.PAGE_FOOTER): "第 {page} 页 共 {total} 页"},
    )
    reader = PdfReader(pdf.write_pdf(tmp_path / "zh.pdf", [pdf.paragraph("正文")], "报告"))
    assert "第 1 页 共 1 页" in reader.pages[0].extract_text()


def test_failed_pdf_leaves_no_file(tmp_path: Path):
    class Broken(pdf.Flowable):
        def wrap(self, width, height):
            raise RuntimeError("boom")

    target = tmp_path / "broken.pdf"
    with pytest.raises(RuntimeError):
        pdf.write_pdf(target, [Broken()], "坏")
    assert list(tmp_path.iterdir()) == []


def test_pdf_into_missing_folder_is_a_user_error(tmp_path: Path):
    with pytest.raises(DudaoError, match="does not exist"):
        pdf.write_pdf(tmp_path / "nope" / "x.pdf", [pdf.paragraph("x")], "x")


COLUMNS = [
    (None, [("序号", 6, "no")]),
    ("被检查单位", [("单位名称", None, "unit"), ("主管部门", None, "department")]),
    ("问题", [("问题描述", 40, "text"), ("发现日期", 12, "found")]),
]


def ledger_rows(count: int) -> list[dict]:
    texts = ["=1+1", "+86 138", "-减少编制", "@SUM(A1)", "超编\x07进人"]
    return [
        {
            "no": i,
            "unit": f"某某市第{i}中学",
            "department": "市教育局",
            "text": texts[i % len(texts)],
            "found": dt.date(2024, 3, 1 + i % 28),
        }
        for i in range(count)
    ]


@pytest.mark.parametrize("write_only", [True, False])
def test_ledger_layout_reads_back(tmp_path: Path, write_only: bool):
    target = tmp_path / "ledger.xlsx"
    count = write_ledger(
        target, "问题台账", "填报单位：某某市委编办", COLUMNS, ledger_rows(7), write_only=write_only
    )
    assert count == 7
    ws = openpyxl.load_workbook(target).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert merged == {"A1:E1", "A2:E2", "A3:A4", "B3:C3", "D3:E3"}
    assert ws["A1"].value == "问题台账"
    assert ws["A2"].value == "填报单位：某某市委编办"
    assert [c.value for c in ws[3]] == ["序号", "被检查单位", None, "问题", None]
    assert [c.value for c in ws[4]] == [None, "单位名称", "主管部门", "问题描述", "发现日期"]
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:E11"
    assert ws.print_title_rows == "$3:$4"
    # Five narrow columns print portrait (landscape only where wide), within the print area.
    assert ws.page_setup.orientation == "portrait"
    assert ws.print_area == "'Sheet1'!$A$1:$E$11" or ws.print_area.endswith("$A$1:$E$11")
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1
    # Width fitted to Chinese text: "某某市第0中学" is 13 columns wide, plus padding.
    assert ws.column_dimensions["B"].width == text_width("某某市第0中学") + 2
    assert ws.column_dimensions["D"].width == 40
    formula = ws["D5"]
    assert formula.value == "=1+1" and formula.data_type == "s"
    assert [ws.cell(row, 4).value for row in range(6, 10)] == [
        "+86 138",
        "-减少编制",
        "@SUM(A1)",
        "超编进人",
    ]
    assert ws["E5"].value == dt.datetime(2024, 3, 1)


def test_ledger_with_one_header_row_and_positional_rows(tmp_path: Path):
    columns = [(None, [("名称", None, None), ("数量", 8, None)])]
    write_ledger(tmp_path / "l.xlsx", "清单", None, columns, [("甲", 1), ("乙", 2)])
    ws = openpyxl.load_workbook(tmp_path / "l.xlsx").active
    assert [c.value for c in ws[2]] == ["名称", "数量"]
    assert ws.freeze_panes == "A3" and ws.print_title_rows == "$2:$2"
    assert ws.auto_filter.ref == "A2:B4"
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:B1"}


def test_read_sheet_finds_header_merges_keeps_hidden_rows_and_skips_empty_ones(tmp_path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位花名册"])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "单位名称 *", "主管\n部门"])
    ws.append([1, "  某某市第一中学 ", "市教育局"])
    ws.append([2, "某某市第二中学", None])
    ws.merge_cells("C3:C4")
    ws.append([3, "隐藏的行", "市卫健委"])
    ws.row_dimensions[5].hidden = True
    ws.append([])
    ws.append([4, "某某医院", "市卫健委"])
    ws.append([None, "", None])
    ws.append([None, None, None])
    wb.save(tmp_path / "roster.xlsx")

    fields = [
        Field("name", ("单位名称", "Unit name")),
        Field("department", ("主管部门", "Department")),
        Field("note", ("备注", "Note"), required=False),
    ]
    sheet = read_sheet(tmp_path / "roster.xlsx", fields=fields)
    assert sheet.header_row == 2
    assert sheet.column_letter("department") == "C"
    records = list(sheet.records())
    assert records == [
        (3, {"name": "某某市第一中学", "department": "市教育局"}),
        (4, {"name": "某某市第二中学", "department": "市教育局"}),
        (5, {"name": "隐藏的行", "department": "市卫健委"}),
        (7, {"name": "某某医院", "department": "市卫健委"}),
    ]
    # A hidden row is data like any other (every import reads it), and it is listed.
    assert sheet.hidden_rows == [5]
    assert read_sheet(tmp_path / "roster.xlsx").header_row == 2


def test_read_sheet_reads_back_our_own_ledger(tmp_path: Path):
    write_ledger(tmp_path / "l.xlsx", "问题台账", "编办", COLUMNS, ledger_rows(3))
    sheet = read_sheet(
        tmp_path / "l.xlsx", fields=[Field("unit", ("单位名称",)), Field("text", ("问题描述",))]
    )
    assert sheet.header_row == 4
    assert [r for _, r in sheet.records()][0] == {"unit": "某某市第0中学", "text": "=1+1"}


def test_match_headers_reports_every_missing_column():
    fields = [
        Field("uscc", ("统一社会信用代码", "USCC")),
        Field("name", ("单位名称", "Name")),
        Field("kind", ("单位类型", "Kind")),
    ]
    assert match_headers(["Name", "usCC"], fields[:2]) == {"name": 0, "uscc": 1}
    with pytest.raises(ValidationError) as caught:
        match_headers(["名称", "单位名称"], fields, file="a.xlsx", sheet="Sheet1", row=2)
    text = str(caught.value)
    assert "统一社会信用代码" in text and "单位类型" in text and "row 2" in text
    with pytest.raises(ValidationError, match="both mean"):
        match_headers(["单位名称", "Name", "USCC", "Kind"], fields)


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def test_xml_bomb_workbook_is_refused(tmp_path: Path):
    good = tmp_path / "good.xlsx"
    write_ledger(good, "台账", None, COLUMNS, ledger_rows(2), write_only=False)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode().split("?>", 1)[-1]
                data = (BOMB + text.replace("<v>", "<v>&lol3;", 1)).encode()
            out.writestr(info, data)
    with pytest.raises(DudaoError, match="bomb.xlsx was refused"):
        read_sheet(bomb)


def test_not_a_workbook_is_a_clear_error(tmp_path: Path):
    fake = tmp_path / "roster.xlsx"
    fake.write_text("单位名称,统一社会信用代码\n")
    with pytest.raises(DudaoError, match="roster.xlsx is not an Excel workbook"):
        read_sheet(fake)
    with pytest.raises(DudaoError, match="does not exist"):
        read_sheet(tmp_path / "missing.xlsx")
