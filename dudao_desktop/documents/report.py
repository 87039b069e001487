"""The supervision report (督导报告) as a 公文 to the leadership (主送 市委编委).

Shape: 版头 with the report's 发文字号 (or the plain version), title, 主送, an opening,
一、基本情况 二、主要做法 三、发现的问题 四、整改情况 五、下一步工作, the 附件 list, the
落款; the problem list, the suggestion list and the charts follow as 附件 on pages of their
own. The wording follows the figures: 全面督导 only when every unit of the roster was
visited, only the categories that were found are named. The text is data
(``resources/letters/supervision_report.json``); the figures arrive in :class:`ReportData`
(gathered by :mod:`dudao_desktop.services.supervision_report`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from .. import i18n
from ..model.vocab import (
    ESTABLISHMENT_KIND_NAMES,
    PROBLEM_CATEGORIES,
    PROBLEM_STATUS_LABELS,
    UNIT_KIND_NAMES,
)
from ..paths import resource
from . import official
from .charts import bar_chart, pie_chart

if TYPE_CHECKING:
    from ..services.controls import HoldRow
    from ..services.figure_lists import (
        AccountabilityLine,
        ProblemLine,
        SuggestionLine,
        TypicalCase,
    )
    from ..services.figures import CampaignFigures

TOP_DEPARTMENTS = 12
NUMERALS = "一二三四五六七八九十"


@dataclass
class ReportData:
    """Everything the report prints, gathered beforehand."""

    office: str
    figures: CampaignFigures
    problems: list[ProblemLine]
    suggestions: list[SuggestionLine]
    cases: dict[str, list[TypicalCase]]
    graded: dict[str, list[str]]
    texts: dict[str, str]
    problem_units: int
    grade_labels: dict[str, str] = field(default_factory=dict)
    addressee: str = "市委编委"
    doc_number: str = ""
    mark: str = ""
    copies_to: str = ""
    contact: str = ""
    phone: str = ""
    today: date | None = None
    # Management control (管理控制) in the campaign's year: every hold, and who let it go.
    control_year: int | None = None
    holds: list[HoldRow] = field(default_factory=list)
    accountability: list[AccountabilityLine] = field(default_factory=list)
    #: The office leader who approved (审定) the report; until then it is a draft.
    approved_by: str = ""


@cache
def template() -> dict[str, Any]:
    return json.loads(resource("letters", "supervision_report.json").read_text(encoding="utf-8"))


def chinese_date(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def category(key: str) -> str:
    label = PROBLEM_CATEGORIES.get(key)
    return i18n.document_text("Vocab", label) if label else (key or "其他")


def status(key: str) -> str:
    label = PROBLEM_STATUS_LABELS.get(key)
    return i18n.document_text("Vocab", label) if label else key


def draft_reasons(data: ReportData) -> list[str]:
    reasons = template()["draft_reasons"]
    found = [] if data.doc_number else [reasons["unissued"]]
    if not all(text.strip() for text in data.texts.values()):
        found.append(reasons["unwritten"])
    if not data.approved_by:
        found.append(reasons["unapproved"])
    return found


def _office_text(text: str) -> list[Flowable]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return [official.body(template()["not_written"])]
    from .letters import numbered_paragraph

    return [numbered_paragraph(line) for line in lines]


def _basics(data: ReportData) -> list[Flowable]:
    t, f = template(), data.figures
    values = {
        "groups": f.groups,
        "roster": f.units_in_roster,
        "covered": f.units_covered,
        "rate": percent(f.coverage_rate),
        "remaining": max(f.units_in_roster - f.units_covered, 0),
    }
    full = f.units_in_roster > 0 and f.units_covered >= f.units_in_roster
    text = t["coverage_full" if full else "coverage_partial"].format(**values)
    if f.first_visit:
        text += t["visits"].format(
            first_visit=chinese_date(f.first_visit), last_visit=chinese_date(f.last_visit)
        )
    if f.graded:
        bands = "，".join(
            t["band_item"].format(band=data.grade_labels.get(code, code), count=count)
            for code, count in f.grades.items()
            if count
        )
        text += t["grades"].format(graded=f.graded, bands=bands)
    pending = max(f.units_covered - f.graded, 0)
    if pending:
        text += t["grades_pending"].format(pending=pending)
    return [official.body(text), *_office_text(data.texts.get("assessment", ""))]


def _problems(data: ReportData) -> list[Flowable]:
    t, f = template(), data.figures
    if not f.problems:
        return [official.body(t["problems_none"].format(suggestions=f.suggestions))]
    categories = "；".join(
        t["category_item"].format(
            category=category(key), count=count, share=percent(count / f.problems)
        )
        for key, count in f.problems_by_category.items()
        if count
    )
    story: list[Flowable] = [
        official.body(
            t["problems_intro"].format(
                problems=f.problems,
                units=data.problem_units,
                suggestions=f.suggestions,
                categories=categories,
            )
        )
    ]
    for number, (key, cases) in enumerate(data.cases.items(), start=1):
        if not cases:
            continue
        lines = "".join(
            t["typical_item"].format(
                description=c.description.rstrip("。"), units=c.units, unit=c.example_unit
            )
            for c in cases
        )
        story.append(
            official.GridText(
                [
                    (
                        f"（{NUMERALS[number - 1] if number <= 10 else number}）{category(key)}。",
                        "kaiti",
                    ),
                    (lines, "fangsong"),
                ]
            )
        )
    return story


def _rectification(data: ReportData) -> list[Flowable]:
    t, f = template(), data.figures
    text = t["rectification"].format(
        today=chinese_date(data.today),
        problems=f.problems,
        rectified=f.rectified,
        rate=percent(f.rectification_rate),
    )
    text += (
        t["rectification_overdue"].format(overdue=f.overdue)
        if f.overdue
        else t["rectification_none_overdue"]
    )
    if data.accountability:
        kinds = [line.kind for line in data.accountability]
        text += t["accountability"].format(
            talk=kinds.count("talk"),
            notice=kinds.count("notice"),
            accountability=kinds.count("accountability"),
            open=sum(
                1
                for line in data.accountability
                if line.kind == "accountability" and line.concluded_on is None
            ),
        )
    return [official.body(text)]


def _controls(data: ReportData) -> list[Flowable]:
    """How many approval matters management control held, and how many a leader let go."""
    if data.control_year is None:
        return []
    t = template()
    if not data.holds:
        return [official.body(t["controls_none"].format(year=data.control_year))]
    overridden = sum(1 for h in data.holds if h.status == "overridden")
    text = t["controls"].format(
        year=data.control_year,
        units=len({h.unit_name for h in data.holds}),
        holds=len(data.holds),
    ) + t["controls_overridden"].format(
        overridden=overridden,
        held=len(data.holds) - overridden,
        attachment=t["attachments"]["controls"],
    )
    return [official.body(text)]


def _control_attachment(data: ReportData) -> list[tuple[str, list[Flowable]]]:
    """The holds and overrides with who and why, as an attachment of their own."""
    if not data.holds:
        return []
    t = template()
    rows = [
        [
            i,
            h.unit_name,
            h.title,
            "；".join(r["detail"] for r in h.reasons),
            chinese_date(h.held_on),
            h.overridden_by,
            h.override_reason,
            chinese_date(h.overridden_on) if h.overridden_on else "",
        ]
        for i, h in enumerate(data.holds, start=1)
    ]
    table = official.table(
        t["control_columns"],
        rows,
        [1.2, 2.4, 2.4, 3.6, 2.2, 1.8, 3, 2.2],
        size=10.5,
        center_columns=(0,),
    )
    return [(t["attachments"]["controls"], [table])]


def _attachments(data: ReportData) -> list[tuple[str, list[Flowable]]]:
    t, f = template(), data.figures
    names = t["attachments"]
    titles = t["figure_titles"]
    problems = [
        [
            i,
            p.unit,
            category(p.category),
            p.description,
            p.measures,
            chinese_date(p.deadline),
            status(p.status),
        ]
        for i, p in enumerate(data.problems, start=1)
    ]
    suggestions = [
        [i, s.unit, category(s.category), s.text, s.response]
        for i, s in enumerate(data.suggestions, start=1)
    ]
    result: list[tuple[str, list[Flowable]]] = []
    if problems:
        result.append(
            (
                names["problems"],
                [
                    official.table(
                        t["problem_columns"],
                        problems,
                        [1.3, 2.6, 2.3, 4.2, 3.4, 2.5, 2.0],
                        size=10.5,
                        center_columns=(0,),
                    )
                ],
            )
        )
    if suggestions:
        result.append(
            (
                names["suggestions"],
                [
                    official.table(
                        t["suggestion_columns"],
                        suggestions,
                        [1.3, 2.8, 2.3, 5.6, 3],
                        size=10.5,
                        center_columns=(0,),
                    )
                ],
            )
        )
    if data.accountability:
        kind_names = t["accountability_kinds"]
        rows = [
            [
                i,
                line.unit,
                kind_names.get(line.kind, line.kind),
                chinese_date(line.on),
                line.decided_by,
                line.document_number,
                line.outcome,
                chinese_date(line.concluded_on),
            ]
            for i, line in enumerate(data.accountability, start=1)
        ]
        result.append(
            (
                names["accountability"],
                [
                    official.table(
                        t["accountability_columns"],
                        rows,
                        [1.2, 2.6, 1.4, 2.4, 1.8, 2.6, 3.4, 2.4],
                        size=10.5,
                        center_columns=(0, 2),
                    )
                ],
            )
        )
    charts: list[Flowable] = []
    if f.problems_by_category:
        charts.append(
            bar_chart(
                [(category(k), v) for k, v in f.problems_by_category.items()], titles["by_category"]
            )
        )
    departments = list(f.problems_by_department.items())[:TOP_DEPARTMENTS]
    if departments:
        charts.append(
            bar_chart([(k or "其他", v) for k, v in departments], titles["by_department"])
        )
    if f.problems_by_status:
        charts.append(
            pie_chart(
                [(status(k), v) for k, v in f.problems_by_status.items()], titles["by_status"]
            )
        )
    if f.suggestions_by_category:
        charts.append(
            pie_chart(
                [(category(k), v) for k, v in f.suggestions_by_category.items()],
                titles["suggestions"],
            )
        )
    if charts:
        result.append((names["figures"], [KeepTogether(official.GridSnap(c)) for c in charts]))
    if any(k.approved or k.actual for k in f.establishment):  # a roster without figures: none
        result.append((names["establishment"], _establishment_tables(f)))
    return result + _control_attachment(data)


def _establishment_tables(f: CampaignFigures) -> list[Flowable]:
    """Units per kind and establishment per kind (核定, 实有, 空编, 超编), active units only."""
    t = template()
    units = [[UNIT_KIND_NAMES.get(k, (k,))[0], n] for k, n in f.units_by_kind.items()]
    units.append([t["total"], sum(f.units_by_kind.values())])
    figures = ("approved", "actual", "vacant", "over", "units_over")
    kinds = [
        [
            t["unknown_kind"] if k.kind == "unknown" else ESTABLISHMENT_KIND_NAMES[k.kind][0],
            *(getattr(k, name) for name in figures),
        ]
        for k in f.establishment
    ]
    kinds.append(
        [t["total"], *(sum(getattr(k, name) for k in f.establishment) for name in figures)]
    )
    titles = t["establishment_titles"]
    return [
        official.heading2(titles["units"]),
        official.table(t["unit_kind_columns"], units, [6, 2], size=10.5, center_columns=(1,)),
        official.heading2(titles["kinds"]),
        official.table(
            t["establishment_columns"],
            kinds,
            [3, 1.5, 1.5, 1.5, 1.5, 2],
            size=10.5,
            center_columns=(1, 2, 3, 4, 5),
        ),
    ]


def report_story(data: ReportData) -> list[Flowable]:
    t, f = template(), data.figures
    values = {
        "campaign_name": f.campaign_name,
        "addressee": data.addressee,
        "office": data.office,
        "period": chinese_date(f.start_date)
        + ("至" + chinese_date(f.end_date) if f.end_date else "")
        if f.start_date
        else str(f.start_date.year if f.start_date else ""),
    }
    sections = t["sections"]
    story: list[Flowable] = [official.SectionStart(draft=bool(draft_reasons(data)))]
    if data.mark:
        story.append(official.Letterhead(data.mark, data.doc_number))
    story += [
        official.title(t["title"].format(**values)),
        official.blank(),
        official.addressee(t["addressee"].format(**values)),
        official.body(t["opening"].format(**values)),
        official.heading1(sections["basics"]),
        *_basics(data),
        official.heading1(sections["practices"]),
        official.body(t["methods"]),
        *_office_text(data.texts.get("introduction", "")),
        official.heading1(sections["problems"]),
        *_problems(data),
        official.heading1(sections["rectification"]),
        *_rectification(data),
        *_controls(data),
        official.heading1(sections["next_steps"]),
        *_office_text(data.texts.get("next_steps", "")),
    ]
    attachments = _attachments(data)
    if attachments:
        story.append(official.blank())
        names = [name for name, _ in attachments]
        label = t["attachments_label"]
        first = f"{label}1.{names[0]}" if len(names) > 1 else f"{label}{names[0]}"
        story.append(official.GridText(first, indent=2, hanging=5, align="left"))
        story += [
            official.GridText(f"{i}.{name}", indent=5, align="left")
            for i, name in enumerate(names[1:], start=2)
        ]
    note = f"（联系人：{data.contact}，联系电话：{data.phone}）" if data.contact else ""
    story.append(
        official.keep_together(
            [official.blank(), official.Signature(data.office, chinese_date(data.today), note)]
        )
    )
    for number, (name, content) in enumerate(attachments, start=1):
        label = f"附件{number}" if len(attachments) > 1 else "附件"
        story += [
            PageBreak(),
            official.GridText(label, role="heiti", indent=0, align="left"),
            official.blank(),
            official.title(name),
            official.blank(),
            *content,
        ]
    # The 版记 closes the document, after the 附件.
    if data.mark and data.copies_to:
        story.append(official.Colophon(data.copies_to, data.office, chinese_date(data.today)))
    return story


def write_report_pdf(data: ReportData, path: str | os.PathLike) -> Path:
    """Write the report PDF; its title is the report's title."""
    title = template()["title"].format(campaign_name=data.figures.campaign_name)
    return official.write_official(path, report_story(data), title=title, author=data.office)
