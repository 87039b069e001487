"""Scanned check forms are filed as their unit's evidence by the QR code on each page."""

from __future__ import annotations

import pdfplumber
from PIL import Image
from sqlalchemy import select

from dudao_desktop.model import Assignment, Campaign, Evidence, Unit
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import check_forms, form_scans


def test_scanned_pages_are_filed_to_their_units(demo_db, tmp_path):
    with demo_db.Session() as s:
        campaign = s.scalar(select(Campaign))
        units = list(
            s.scalars(select(Assignment.unit_id).order_by(Assignment.visit_order).limit(2))
        )
        names = {u: s.get(Unit, u).name for u in units}
    printed = tmp_path / "forms.pdf"
    run_to_end(check_forms.print_forms(demo_db, campaign.id, printed, unit_ids=units))
    # "Scan" the printed pages: a PDF of page images (as a scanner makes) and one PNG.
    with pdfplumber.open(printed) as pdf:
        images = [
            page.to_image(resolution=150).original.convert("RGB")
            for page in pdf.pages
            if page.chars
        ]
    scan_pdf = tmp_path / "scan.pdf"
    images[0].save(scan_pdf, save_all=True, append_images=images[1:3])
    single = tmp_path / "page.png"
    images[-1].save(single)
    noise = tmp_path / "photo.png"
    Image.new("RGB", (400, 300), "white").save(noise)
    report = run_to_end(
        form_scans.file_scanned_forms(demo_db, [scan_pdf, single, noise], campaign.id)
    )
    assert len(report.filed) == 4
    assert report.unrecognised == ["photo.png: 未识别到核查表二维码"]
    assert report.filed[0][1:3] == (names[units[0]], 1)
    with demo_db.Session() as s:
        rows = s.execute(
            select(Evidence.unit_id, Evidence.caption).where(
                Evidence.caption.like("现场核查表扫描件%")
            )
        ).all()
    assert len(rows) == 4
    assert {u for u, _c in rows} <= set(units)
    assert any(c.startswith("现场核查表扫描件（第1页，共") for u, c in rows if u == units[0])
