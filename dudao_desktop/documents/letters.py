"""Feedback letters and rectification notices as PDF, one unit or a batch.

The content comes filled from :func:`dudao_desktop.services.letters.build_letter`; this
module only lays it out on the shared A4 base (:mod:`.pdf`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from ..services.letters import Letter
from . import pdf

#: Relative widths of problem-table columns by the kind of column title.
_WIDE = ("问题描述", "整改意见", "整改措施")


def letter_story(letter: Letter) -> list[Flowable]:
    story: list[Flowable] = [*pdf.title(letter.title)]
    if letter.doc_number:
        story.append(pdf.paragraph(letter.doc_number, "subtitle"))
    story.append(pdf.spacer(2))
    story.append(pdf.paragraph(letter.salutation))
    story += [pdf.paragraph(text, "body_indent") for text in letter.paragraphs]
    if letter.problem_table_intro:
        story.append(pdf.heading(letter.problem_table_intro))
    if letter.columns:
        widths = [1 if c == "序号" else 5 if c in _WIDE else 2 for c in letter.columns]
        centre = [i for i, c in enumerate(letter.columns) if c == "序号"]
        story.append(pdf.table(letter.columns, letter.rows, widths, center_columns=centre))
    if letter.suggestion_intro:
        story.append(pdf.heading(letter.suggestion_intro))
        story += [pdf.paragraph(text, "body_indent") for text in letter.suggestions]
    if letter.requirements_intro:
        story.append(pdf.heading(letter.requirements_intro))
    story += [pdf.paragraph(text, "body_indent") for text in letter.requirements]
    story += [pdf.paragraph(text, "body_indent") for text in letter.closing]
    story.append(pdf.spacer(8))
    if letter.signature:
        story.append(pdf.paragraph(letter.signature, "right"))
    if letter.date_line:
        story.append(pdf.paragraph(letter.date_line, "right"))
    if letter.receipt_title:
        story.append(pdf.spacer(10))
        story.append(pdf.paragraph("- " * 40, "subtitle"))
        story.append(pdf.heading(letter.receipt_title))
        story += [pdf.paragraph(text) for text in letter.receipt_lines]
    return story


def write_letters(path: str | os.PathLike, letters: Sequence[Letter]) -> Path:
    """Write one PDF holding every letter, each starting on a new page with its own
    page numbering."""
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if index:
            story.append(pdf.page_break())
        story.append(pdf.new_section())
        story += letter_story(letter)
    title = letters[0].title if letters else ""
    header = letters[0].header if letters else ""
    return pdf.write_pdf(path, story, title=title, header=header)


def letter_file_name(letter: Letter) -> str:
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in letter.unit_name).strip()
    return f"{safe or letter.unit_id}-{letter.title[:20]}.pdf"


def write_letter_files(folder: str | os.PathLike, letters: Sequence[Letter]) -> list[Path]:
    """One PDF per unit in ``folder``; returns the paths written."""
    target = Path(folder)
    return [write_letters(target / letter_file_name(letter), [letter]) for letter in letters]
