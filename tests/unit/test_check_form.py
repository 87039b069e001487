"""On-site check forms read back with pypdf."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from dudao_desktop.model import (
    Answer,
    Assignment,
    Campaign,
    Evidence,
    Inspection,
    InspectionGroup,
    Unit,
)
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import check_forms, checklist


def pdf_text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_form_for_one_unit_holds_unit_data_and_every_item(demo_db, tmp_path):
    with demo_db.Session() as s:
        campaign = s.scalar(select(Campaign))
        inspection = s.scalar(
            select(Inspection).where(Inspection.id.in_(select(Answer.inspection_id)))
        )
        unit = s.get(Unit, inspection.unit_id)
    rows = checklist.checklist_rows(demo_db, inspection.id)
    with demo_db.session() as s:
        s.add(
            Evidence(
                sha256="0" * 64,
                unit_id=unit.id,
                inspection_id=inspection.id,
                item_id=rows[0].item_id,
                caption="公示栏照片",
                captured_at=datetime(2026, 3, 20),
            )
        )
    path = tmp_path / "form.pdf"
    files = run_to_end(check_forms.print_forms(demo_db, campaign.id, path, unit_ids=[unit.id]))
    assert files == [path]
    text = pdf_text(path)
    assert squeeze(unit.name) in text and unit.uscc in text
    for row in rows:
        assert squeeze(row.text) in text, row.code
    assert "公示栏照片" in text
    assert squeeze(campaign.name) in text


def test_blank_form_and_one_file_per_unit(demo_db, tmp_path):
    with demo_db.Session() as s:
        campaign = s.scalar(select(Campaign))
        group = s.scalar(select(InspectionGroup).order_by(InspectionGroup.number))
    blank = tmp_path / "blank.pdf"
    run_to_end(check_forms.print_forms(demo_db, campaign.id, blank, blank_kind="township"))
    assert PdfReader(blank).pages
    out = tmp_path / "forms"
    with demo_db.Session() as s:
        from dudao_desktop.model import Assignment

        ids = list(
            s.scalars(select(Assignment.unit_id).where(Assignment.group_id == group.id).limit(3))
        )
    files = run_to_end(
        check_forms.print_forms(demo_db, campaign.id, out, unit_ids=ids, one_file=False)
    )
    assert len(files) == 3 and all(f.stat().st_size > 0 for f in files)


@pytest.mark.slow
def test_batch_of_420_units_into_one_pdf(demo_db, tmp_path):
    with demo_db.Session() as s:
        campaign = s.scalar(select(Campaign))
        names = list(s.scalars(select(Unit.name)))
    path = tmp_path / "all.pdf"
    run_to_end(check_forms.print_forms(demo_db, campaign.id, path))
    reader = PdfReader(path)
    assert len(reader.pages) >= 420
    first_pages = squeeze(reader.pages[0].extract_text())
    assert any(squeeze(n) in first_pages for n in names)


def form_pages(path):
    """Per page: (unit line of the header, "第 x 页 共 y 页" numbers, text)."""
    import pdfplumber

    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            found = re.search(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页", text)
            unit = re.search(r"单位：(\S+)", text)
            pages.append(
                (
                    unit.group(1) if unit else None,
                    (int(found.group(1)), int(found.group(2))) if found else None,
                    squeeze(text),
                )
            )
    return pages


def group_units(database, count):
    with database.Session() as s:
        campaign = s.scalar(select(Campaign))
        rows = s.execute(
            select(Unit.id, Unit.name)
            .join(Assignment, Assignment.unit_id == Unit.id)
            .join(InspectionGroup, InspectionGroup.id == Assignment.group_id)
            .where(InspectionGroup.number == 1)
            .order_by(Assignment.visit_order)
            .limit(count)
        ).all()
    return campaign, rows


def test_every_page_names_its_unit_and_counts_the_units_pages(demo_db, tmp_path):
    from dudao_desktop.documents.check_form import parse_qr

    campaign, units = group_units(demo_db, 8)
    path = tmp_path / "group.pdf"
    run_to_end(check_forms.print_forms(demo_db, campaign.id, path, unit_ids=[u.id for u in units]))
    pages = form_pages(path)
    printed = [p for p in pages if p[2]]
    # Duplex (the default): every unit starts on an odd page; inserted pages stay blank.
    starts = [i for i, p in enumerate(pages) if p[1] == (1, p[1][1] if p[1] else 0)]
    assert len(starts) == len(units) and all(i % 2 == 0 for i in starts)
    assert all(i % 2 == 1 for i, p in enumerate(pages) if not p[2])
    by_unit: dict[str, list] = {}
    for unit_name, numbers, text in printed:
        assert unit_name and numbers, text[:80]
        by_unit.setdefault(unit_name, []).append(numbers)
    assert sorted(by_unit) == sorted(squeeze(u.name) for u in units)
    for numbers in by_unit.values():
        total = len(numbers)
        assert numbers == [(n, total) for n in range(1, total + 1)]
    # The signature block never stands alone: its page also holds checklist items.
    for _unit, _numbers, text in printed:
        if "被督导单位负责人" in text or "单位负责人：" in text:
            assert re.search(r"[A-Z]\d{2}", text), "signature page without items"
    pages_per_unit = len(printed) / len(units)
    assert pages_per_unit < 5.05  # the old layout: 5.05 pages a unit for group 1
    print(f"check forms: {pages_per_unit:.2f} pages a unit (before: 5.05)")
    # Each page's QR code says campaign, unit and page.
    import pdfplumber
    from PIL import Image  # noqa: F401 - pdfplumber renders with it

    with pdfplumber.open(path) as pdf:
        image = pdf.pages[0].to_image(resolution=200).original
    import zxingcpp

    decoded = [parse_qr(r.text) for r in zxingcpp.read_barcodes(image)]
    assert decoded and decoded[0].unit_id == units[0].id and decoded[0].page == 1
    assert decoded[0].campaign_id == campaign.id


def test_without_duplex_no_blank_pages(demo_db, tmp_path):
    campaign, units = group_units(demo_db, 4)
    path = tmp_path / "simplex.pdf"
    run_to_end(
        check_forms.print_forms(
            demo_db, campaign.id, path, unit_ids=[u.id for u in units], duplex=False
        )
    )
    assert all(text for _u, _n, text in form_pages(path))


def test_group_one_prints_on_fewer_pages_with_room_to_write(demo_db, tmp_path):
    """The whole of group 1 one-sided: pages per unit read back from the page numbers, and
    the sizes a form filled by hand needs, measured on the page."""
    import pdfplumber

    from dudao_desktop.documents import check_form

    with demo_db.Session() as s:
        campaign = s.scalar(select(Campaign))
        group = s.scalar(select(InspectionGroup).where(InspectionGroup.number == 1))
        units = {
            u.id: u
            for u in s.scalars(
                select(Unit)
                .join(Assignment, Assignment.unit_id == Unit.id)
                .where(Assignment.group_id == group.id, Assignment.deleted.is_(False))
            )
        }
    path = tmp_path / "group1.pdf"
    run_to_end(check_forms.print_forms(demo_db, campaign.id, path, group_id=group.id, duplex=False))
    reader = PdfReader(path)
    totals = []
    for page in reader.pages:
        found = re.search(r"第\s*(\d+)\s*页\s*共\s*(\d+)\s*页", page.extract_text())
        assert found, "a page without its number"
        if found.group(1) == "1":
            totals.append(int(found.group(2)))
    assert len(totals) == len(units) and sum(totals) == len(reader.pages)
    per_unit = sum(totals) / len(totals)
    print(f"check forms, group 1: {per_unit:.2f} pages a unit (the old form: 5.05)")
    assert per_unit < 5.05 and max(totals) <= 4  # duplex then needs no blank page either

    box_mm = 3.5 * check_form.mm
    findings_left = check_form.MARGIN_X + sum(check_form.COLUMNS_MM[:3]) * check_form.mm
    with pdfplumber.open(path) as pdf:
        first = units[next(iter(units))]
        for page in pdf.pages[: totals[0]]:
            text = squeeze(page.extract_text())
            # The header names unit, USCC and group on every page.
            assert squeeze(first.name) in text and first.uscc in text
            assert squeeze(group.name) in text
            # Tick boxes (the squares drawn below the header's QR code) at least 3.5 mm.
            squares = [
                r
                for r in page.rects
                if abs(r["width"] - r["height"]) < 0.5 and r["top"] > check_form.MARGIN_TOP
            ]
            assert squares and all(r["width"] >= box_mm for r in squares)
            # The items' own text at 10.5 pt at least (how to check it is a note, smaller).
            codes = [
                w
                for w in page.extract_words(extra_attrs=["size"])
                if re.fullmatch(r"[A-Z]\d{2}", w["text"])
            ]
            assert codes and all(w["size"] >= 10.5 - 0.01 for w in codes), codes
            # The findings column, where the inspector writes: at least 40 mm wide.
            edges = sorted(
                {round(e["x0"]) for e in page.vertical_edges if e["x0"] > findings_left - 2}
            )
            assert edges and page.width - check_form.MARGIN_X - edges[0] >= 40 * check_form.mm
        last = squeeze(pdf.pages[totals[0] - 1].extract_text())
    # The closing page: items, the problems found on lines, methods, grade, signatures, seal.
    for word in ("发现的问题", "听取单位汇报", "查阅资料", "随机抽查", "个别谈话", "较好", "一般"):
        assert word in last, word
    for word in ("组长：", "督导人员（签字）：", "单位负责人：", "单位盖章"):
        assert word in last, word
    assert re.search(r"[A-Z]\d{2}", last)
