"""On-site check forms read back with pypdf."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from dudao_desktop.model import Answer, Campaign, Evidence, Inspection, InspectionGroup, Unit
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
