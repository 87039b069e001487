"""Feedback letters (书面反馈意见) and rectification notices (整改通知书) as 公文 PDFs, one
unit or a batch.

The content arrives filled (:class:`Letter`, built by
:func:`dudao_desktop.services.letters.build_letter`); this module only lays it out on the
official grid (:mod:`.official`): 版头 or plain, title, 主送, body, the problem table, the
落款 with room for the seal and the 附注, the 版记. A letter that may not be issued yet is
stamped 草稿 on every page.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from . import official

#: Relative widths of problem-table columns by column title (others: 2.2).
_WIDTHS = {"序号": 0.9, "问题描述": 6, "整改意见": 4, "整改措施": 4, "整改时限": 3.2}
_LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")
_LEVEL2 = re.compile(r"^（[一二三四五六七八九十]+）")


@dataclass
class Letter:
    """A filled letter: everything the preview shows and the PDF prints (Chinese text)."""

    kind: str
    unit_id: str
    unit_name: str
    title: str
    doc_number: str
    salutation: str
    paragraphs: list[str]
    problem_table_intro: str
    columns: list[str]
    rows: list[list[str]]
    suggestion_intro: str = ""
    suggestions: list[str] = field(default_factory=list)
    requirements_intro: str = ""
    requirements: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signature: str = ""
    date_line: str = ""
    note: str = ""  # 附注: （联系人：…，联系电话：…）
    mark: str = ""  # 发文机关标志; empty prints the plain version
    copies_to: str = ""
    printer: str = ""  # 印发机关
    draft: bool = False
    draft_reason: str = ""
    campaign_id: str = ""
    #: The office leader who approved (审定) the letter ("" while it waits).
    approved_by: str = ""
    receipt_title: str = ""
    receipt_lines: list[str] = field(default_factory=list)
    problem_ids: list[str] = field(default_factory=list)
    deadlines: list[date | None] = field(default_factory=list)

    def text(self) -> str:
        """The whole letter as plain text (for a quick preview)."""
        lines = [
            self.title,
            self.doc_number,
            self.salutation,
            *self.paragraphs,
            self.problem_table_intro,
            " | ".join(self.columns),
        ]
        lines += [" | ".join(row) for row in self.rows]
        if self.suggestion_intro:
            lines += [self.suggestion_intro, *self.suggestions]
        if self.requirements_intro:
            lines.append(self.requirements_intro)
        lines += [*self.requirements, *self.closing, self.signature, self.date_line, self.note]
        return "\n".join(line for line in lines if line)


def numbered_paragraph(text: str) -> Flowable:
    """A paragraph that may open with a numbered heading: "一、…" in 黑体, "（一）…" in 楷体.
    A heading alone is kept with what follows; a lead-in sentence ("（一）提高思想认识。")
    shares the paragraph with the 仿宋 text after it."""
    for pattern, heading_face in ((_LEVEL2, "kaiti"), (_LEVEL1, "heiti")):
        if pattern.match(text):
            stop = text.find("。")
            if 0 < stop < len(text) - 1:
                return official.GridText(
                    [(text[: stop + 1], heading_face), (text[stop + 1 :], "fangsong")]
                )
            return official.GridText(text, role=heading_face, room_after=2)
    return official.body(text)


def letter_story(letter: Letter) -> list[Flowable]:
    story: list[Flowable] = [official.SectionStart(draft=letter.draft)]
    if letter.mark:
        story.append(official.Letterhead(letter.mark, letter.doc_number))
    elif letter.doc_number:
        story.append(official.GridText(letter.doc_number, indent=0, align="right"))
        story.append(official.blank())
    story += [official.title(letter.title), official.blank(), official.addressee(letter.salutation)]
    story += [official.body(text) for text in letter.paragraphs]
    if letter.problem_table_intro:
        story += [official.room(5), official.heading1(letter.problem_table_intro, keep=False)]
    if letter.columns and letter.rows:
        widths = [_WIDTHS.get(c, 2.2) for c in letter.columns]
        centre = [i for i, c in enumerate(letter.columns) if c == "序号"]
        story.append(official.table(letter.columns, letter.rows, widths, center_columns=centre))
    if letter.suggestion_intro:
        story.append(official.heading1(letter.suggestion_intro))
        story += [official.body(text) for text in letter.suggestions]
    if letter.requirements_intro:
        story.append(official.heading1(letter.requirements_intro))
    story += [numbered_paragraph(text) for text in letter.requirements]
    signature = official.Signature(letter.signature, letter.date_line, letter.note)
    # The 落款 never stands alone on a page: the closing words (or the last paragraph) go
    # with it.
    closing: list[Flowable] = [official.body(text) for text in letter.closing]
    if not closing:
        closing, story = story[-1:], story[:-1]
    story.append(official.keep_together([*closing, signature]))
    if letter.mark and (letter.copies_to or letter.printer):
        story.append(official.Colophon(letter.copies_to, letter.printer, letter.date_line))
    if letter.receipt_title:
        story += [PageBreak(), official.title(letter.receipt_title), official.blank()]
        story += [official.GridText(text, indent=0, align="left") for text in letter.receipt_lines]
    return story


def write_letters(path: str | os.PathLike, letters: Sequence[Letter]) -> Path:
    """Write one PDF holding every letter, each starting on a new page with its own
    page numbering."""
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if index:
            story.append(PageBreak())
        story += letter_story(letter)
    title = letters[0].title if letters else ""
    author = letters[0].signature if letters else ""
    return official.write_official(path, story, title=title, author=author)


def letter_file_name(letter: Letter) -> str:
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in letter.unit_name).strip()
    return f"{safe or letter.unit_id}-{letter.title[:20]}.pdf"


def write_letter_files(folder: str | os.PathLike, letters: Sequence[Letter]) -> list[Path]:
    """One PDF per unit in ``folder``; returns the paths written."""
    target = Path(folder)
    return [write_letters(target / letter_file_name(letter), [letter]) for letter in letters]
