"""Print the on-site check forms of the demo campaign's 420 units into one PDF, against bare
reportlab drawing the same content.

Work: ``services.check_forms.print_forms`` for every assigned unit (reads the units, answers
and checklist, builds the forms with ``documents.check_form``, writes one PDF atomically with
page numbers restarting per unit). Floor: the same texts (title, unit data, every checklist
item with its guidance and self-assessment answer, the yes/no choices, signature labels) in
a plain ``SimpleDocTemplate`` story of paragraphs and simple ``Table`` s in the same font,
one page break per unit; the data is read before the clock starts. Budget (DESIGN.md):
< 1.5x the floor.

Run: ``python bench/bench_check_forms.py [--quick] [--pairs N]`` (quick: 60 units; at full
size one run of each side takes minutes, so the full run takes a while: five pairs at least).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _floor import compare

from dudao_desktop.documents import check_form
from dudao_desktop.documents.fonts import FONT, register_fonts
from dudao_desktop.model import Campaign
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import check_forms
from dudao_desktop.services.demo import create_demo

BUDGET = 1.5


def floor_story(forms: list[check_form.FormData]) -> list:
    """The forms' texts as paragraphs and plain tables, nothing else."""
    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=9, leading=12.5, wordWrap="CJK")
    big = ParagraphStyle("t", parent=body, fontSize=18, leading=26)
    grid = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("FONT", (0, 0), (-1, -1), FONT, 9)]
    )
    tr = check_form.tr
    yes_no = "□ 是  □ 否  □ 不适用"
    story: list = []
    for index, form in enumerate(forms):
        if index:
            story.append(PageBreak())
        story.append(Paragraph(form.title, big))
        story.append(Paragraph(form.campaign, body))
        pairs = Table(
            [
                [Paragraph(escape(label), body), Paragraph(escape(value), body)]
                for label, value in form.pairs + check_form.plan_pairs(form)
            ],
            colWidths=[120, 330],
        )
        pairs.setStyle(grid)
        story.append(pairs)
        story.append(
            Paragraph(
                tr(check_form.METHODS)
                + "："
                + "  ".join("□ " + tr(m) for m in check_form.METHOD_CHOICES.values()),
                body,
            )
        )
        number = 0
        for heading, items in form.sections:
            story.append(Paragraph(escape(heading), big))
            rows = [[tr(h) for h in check_form.HEADERS]]
            for code, text, guidance, _kind, self_value, captions, _held in items:
                number += 1
                described = "<br/>".join(
                    escape(t) for t in (f"{code}  {text}", guidance, "；".join(captions))
                )
                rows.append([str(number), Paragraph(described, body), f"{self_value} {yes_no}", ""])
            table = Table(rows, colWidths=[25, 240, 110, 105], repeatRows=1)
            table.setStyle(grid)
            story.append(table)
        story.append(Paragraph(tr(check_form.INTERVIEW), body))
        story.append(Paragraph(tr(check_form.OVERALL), body))
        signatures = Table(
            [
                [tr(label) + "：", "", "日期：", ""]
                for label in (
                    check_form.SIGN_INSPECTORS,
                    check_form.SIGN_LEADER,
                    check_form.SIGN_UNIT,
                )
            ]
        )
        signatures.setStyle(grid)
        story.append(signatures)
    return story


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 60-unit demo campaign")
    parser.add_argument("--pairs", type=int, default=5, help="paired runs (at least 5)")
    options = parser.parse_args()
    units = 60 if options.quick else 420
    with tempfile.TemporaryDirectory(prefix="bench-forms-") as tmp:
        directory = Path(tmp)
        database = create_demo(directory / "data", units=units)
        with database.Session() as s:
            campaign_id = s.scalar(select(Campaign.id))
            unit_ids = check_forms._units(s, campaign_id, None, None)
            forms = check_forms.load_forms(s, campaign_id, unit_ids)

        def work() -> None:
            run_to_end(check_forms.print_forms(database, campaign_id, directory / "forms.pdf"))

        def floor() -> None:
            doc = SimpleDocTemplate(str(directory / "floor.pdf"), pagesize=A4)
            doc.build(floor_story(forms))

        register_fonts()  # parse the font file once, before either side is timed
        code = compare(f"check forms, {len(forms)} units", work, floor, BUDGET, options.pairs)
        database.dispose()
        # Paper: pages per unit as printed (duplex: blank pages included, each unit starts on
        # an odd page).
        pages = len(PdfReader(directory / "forms.pdf").pages)
        per_unit = pages / len(forms)
        print(f"check forms: {pages} pages for {len(forms)} units, {per_unit:.2f} per unit")
    return code


if __name__ == "__main__":
    sys.exit(main())
