"""The campaign plan (督导方案) and the group roster (督导组名单) as PDF and as ``.xlsx``.

The roster lists, group by group, the leader, the members and the units in visiting order;
units picked for the spot check and units under management control are marked. The plan
lists the units under management control with why.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Campaign, DrawRecord, Milestone
from ..model.vocab import EXPERTISE, STEP_LABELS
from . import official, pdf
from .letters import numbered_paragraph
from .report import chinese_date
from .workbook import add_ledger_sheet, new_workbook, save_workbook

if TYPE_CHECKING:
    from ..services.plan_view import ControlledUnit, RosterGroup

CTX = "Documents"
L = {
    "plan": QT_TRANSLATE_NOOP("Documents", "Campaign plan"),
    "roster": QT_TRANSLATE_NOOP("Documents", "Inspection group roster"),
    "year": QT_TRANSLATE_NOOP("Documents", "Year"),
    "months": QT_TRANSLATE_NOOP("Documents", "Supervision months"),
    "span": QT_TRANSLATE_NOOP("Documents", "Period"),
    "office": QT_TRANSLATE_NOOP("Documents", "Establishment office"),
    "purpose": QT_TRANSLATE_NOOP("Documents", "Purpose"),
    "targets": QT_TRANSLATE_NOOP("Documents", "Targets"),
    "content": QT_TRANSLATE_NOOP("Documents", "Content"),
    "mechanism": QT_TRANSLATE_NOOP("Documents", "Working mechanism"),
    "timetable": QT_TRANSLATE_NOOP("Documents", "Timetable and roadmap"),
    "no": QT_TRANSLATE_NOOP("Documents", "No."),
    "step": QT_TRANSLATE_NOOP("Documents", "Step"),
    "milestone": QT_TRANSLATE_NOOP("Documents", "Milestone"),
    "start": QT_TRANSLATE_NOOP("Documents", "Start"),
    "due": QT_TRANSLATE_NOOP("Documents", "Due"),
    "responsible": QT_TRANSLATE_NOOP("Documents", "Responsible"),
    "group": QT_TRANSLATE_NOOP("Documents", "Group"),
    "leader": QT_TRANSLATE_NOOP("Documents", "Leader"),
    "members": QT_TRANSLATE_NOOP("Documents", "Members"),
    "units": QT_TRANSLATE_NOOP("Documents", "Units"),
    "unit": QT_TRANSLATE_NOOP("Documents", "Unit"),
    "uscc": QT_TRANSLATE_NOOP("Documents", "USCC"),
    "department": QT_TRANSLATE_NOOP("Documents", "Supervising department"),
    "order": QT_TRANSLATE_NOOP("Documents", "Visit"),
    "spot": QT_TRANSLATE_NOOP("Documents", "Spot check"),
    "role": QT_TRANSLATE_NOOP("Documents", "Role"),
    "name": QT_TRANSLATE_NOOP("Documents", "Name"),
    "post": QT_TRANSLATE_NOOP("Documents", "Post"),
    "phone": QT_TRANSLATE_NOOP("Documents", "Phone"),
    "expertise": QT_TRANSLATE_NOOP("Documents", "Expertise"),
    "member": QT_TRANSLATE_NOOP("Documents", "Member"),
    "draw": QT_TRANSLATE_NOOP(
        "Documents",
        "Drawn at random on {when} by {who}; seed {seed} (re-running the draw with this "
        "seed and the recorded candidate list gives the same groups).",
    ),
    "count": QT_TRANSLATE_NOOP("Documents", "{count} units"),
    "yes": QT_TRANSLATE_NOOP("Documents", "yes"),
    "controlled": QT_TRANSLATE_NOOP("Documents", "(under management control)"),
}


def t(key: str) -> str:
    return i18n.translate(CTX, L[key])


@dataclass
class PlanData:
    """Everything the plan and roster documents print, gathered beforehand (see
    :mod:`dudao_desktop.services.plan_documents`)."""

    campaign: Campaign
    record: DrawRecord | None
    milestones: list[Milestone]
    roster: list[RosterGroup]
    office: str = ""  # 发文机关署名 and 印发机关
    doc_number: str = ""
    mark: str = ""  # 发文机关标志; empty prints the plain version
    copies_to: str = ""
    contact: str = ""
    phone: str = ""
    today: date | None = None
    controlled: list[ControlledUnit] = field(default_factory=list)


def _span(c: Campaign) -> str:
    return " — ".join(d.isoformat() for d in (c.start_date, c.end_date) if d)


def _draw_note(record: DrawRecord | None) -> str:
    if record is None:
        return ""
    return t("draw").format(
        when=record.drawn_at.strftime("%Y-%m-%d %H:%M"), who=record.drawn_by, seed=record.seed
    )


def _expertise(tags) -> str:
    return "、".join(i18n.translate("Vocab", EXPERTISE[x]) for x in tags if x in EXPERTISE)


def _member_rows(group: RosterGroup) -> list[list[str]]:
    crew = ([group.leader] if group.leader else []) + group.members
    return [
        [
            t("leader") if m is group.leader else t("member"),
            m.name,
            m.department,
            m.post,
            _expertise(m.expertise),
        ]
        for m in crew
    ]


def _group_story(group: RosterGroup) -> list:
    leader = group.leader.name if group.leader else ""
    story = [
        pdf.heading(f"{group.name}　{t('leader')}：{leader}"),
        pdf.table(
            [t("role"), t("name"), t("department"), t("post"), t("expertise")],
            _member_rows(group),
            col_widths=[1.2, 1.5, 3, 2, 3.5],
        ),
        pdf.spacer(3),
        pdf.paragraph(f"{t('units')}（{t('count').format(count=len(group.units))}）"),
        pdf.table(
            [t("order"), t("unit"), t("uscc"), t("department"), t("spot")],
            [
                [
                    u.visit_order,
                    u.name + (t("controlled") if u.controls else ""),
                    u.uscc,
                    u.department,
                    "✓" if u.spot_check else "",
                ]
                for u in group.units
            ],
            col_widths=[0.8, 4, 3, 3, 1.4],
            center_columns=(0, 4),
        ),
        pdf.spacer(5),
    ]
    return story


#: The plan's sections in print order: a campaign field, or a part built from the data.
_SECTIONS = (
    ("purpose", "督导目的"),
    ("targets", "督导对象"),
    ("content", "督导内容"),
    ("mechanism", "工作机制"),
    ("timetable", "时间安排"),
    ("groups", "督导组组成"),
    ("controls", "实行管理控制的单位"),
)
_SECTIONS_FIELDS = ("purpose", "targets", "content", "mechanism")
NUMERALS = "一二三四五六七八九十"


def _period(c: Campaign) -> str:
    days = [chinese_date(d) for d in (c.start_date, c.end_date) if d]
    text = "至".join(days)
    if c.months:
        months = "、".join(f"{m.strip()}月" for m in c.months.split(",") if m.strip())
        text = f"{text}（{months}）" if text else months
    return text


def _timetable(milestones: list[Milestone]) -> list[Flowable]:
    if not milestones:
        return [official.body("时间安排另行通知。")]
    rows = [
        [
            n,
            i18n.document_text("Vocab", STEP_LABELS[m.step]) if m.step in STEP_LABELS else "",
            m.title,
            chinese_date(m.start_date),
            chinese_date(m.due_date),
            m.responsible,
        ]
        for n, m in enumerate(milestones, start=1)
    ]
    return [
        official.table(
            ["序号", "阶段", "工作内容", "开始时间", "完成时间", "责任单位"],
            rows,
            [1.1, 2.1, 2.8, 2.9, 2.9, 2.0],
            center_columns=(0,),
        )
    ]


def _group_name(group: RosterGroup) -> str:
    """The group's own name, unless it was named in another language when drawn."""
    if any(ch.isascii() and ch.isalpha() for ch in group.name):
        return f"第{group.number}组"
    return group.name


def _groups(data: PlanData) -> list[Flowable]:
    if not data.roster:
        return [official.body("督导组由督导库中随机抽取组成，名单另行印发。")]
    units = sum(len(g.units) for g in data.roster)
    covering = f"，督导{units}个单位" if units else ""
    story = [official.body(f"共组建{len(data.roster)}个督导组，实行组长负责制{covering}。")]
    for group in data.roster:
        leader = group.leader.name if group.leader else "待定"
        members = "、".join(m.name for m in group.members) or "待定"
        duty = f"；负责督导{len(group.units)}个单位" if group.units else ""
        story.append(official.body(f"{_group_name(group)}：组长{leader}；成员{members}{duty}。"))
    if data.record is not None:
        when = data.record.drawn_at.date()
        story.append(official.body(f"督导组名单于{chinese_date(when)}随机抽取产生。"))
    return story


def _controls(data: PlanData) -> list[Flowable]:
    """The units under management control (管理控制), with their group and why."""
    if not data.controlled:
        return []
    rows = [
        [n, u.name, _group_label(u.group), "；".join(u.reasons)]
        for n, u in enumerate(data.controlled, start=1)
    ]
    return [
        official.body("下列单位的机构编制事项暂缓办理，须经编办领导签批并说明理由后方可办理。"),
        official.table(
            ["序号", "单位", "督导组", "原因"], rows, [1.1, 4.0, 2.4, 6.3], center_columns=(0,)
        ),
    ]


def _group_label(name: str) -> str:
    return name or "未分组"


def _office_text(text: str) -> list[Flowable]:
    return [numbered_paragraph(line.strip()) for line in text.splitlines() if line.strip()]


def plan_story(data: PlanData) -> list[Flowable]:
    """The plan as a 公文: 版头 (or the plain version), title, the period, numbered sections,
    the 落款 with room for the seal and the 附注, the 版记. Without its 发文字号 it is a draft."""
    c = data.campaign
    story: list[Flowable] = [official.SectionStart(draft=not data.doc_number)]
    if data.mark:
        story.append(official.Letterhead(data.mark, data.doc_number))
    elif data.doc_number:
        story += [official.GridText(data.doc_number, indent=0, align="right"), official.blank()]
    name = c.name if c.name.endswith("方案") else f"{c.name}督导方案"
    story += [official.title(name), official.blank()]
    period = _period(c)
    if period:
        story.append(official.body(f"督导时间：{period}。"))
    parts = {key: _office_text(getattr(c, key) or "") for key in _SECTIONS_FIELDS}
    parts["timetable"] = _timetable(data.milestones)
    parts["groups"] = _groups(data)
    parts["controls"] = _controls(data)
    number = 0
    for key, heading in _SECTIONS:
        if not parts[key]:
            continue
        number += 1
        story += [official.heading1(f"{NUMERALS[number - 1]}、{heading}"), *parts[key]]
    note = f"（联系人：{data.contact}，联系电话：{data.phone}）" if data.contact else ""
    signature = official.Signature(data.office, chinese_date(data.today), note)
    story.append(official.keep_together([official.blank(), signature]))
    if data.mark and (data.copies_to or data.office):
        story.append(official.Colophon(data.copies_to, data.office, chinese_date(data.today)))
    return story


def roster_story(data: PlanData) -> list:
    campaign = data.campaign
    if not data.roster:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Campaign '{campaign}' has no inspection groups yet: draw them first."
            ),
            campaign=campaign.name,
        )
    story = [*pdf.title(campaign.name, t("roster"))]
    if data.record is not None:
        story.append(pdf.paragraph(_draw_note(data.record), "small"))
        story.append(pdf.spacer(3))
    for group in data.roster:
        story += _group_story(group)
    return story


def write_plan_pdf(data: PlanData, path: str | os.PathLike) -> Path:
    name = data.campaign.name
    title = name if name.endswith("方案") else f"{name}督导方案"
    return official.write_official(path, plan_story(data), title=title, author=data.office)


def write_roster_pdf(data: PlanData, path: str | os.PathLike) -> Path:
    name = data.campaign.name
    return pdf.write_pdf(path, roster_story(data), title=f"{name} {t('roster')}", header=name)


def write_roster_xlsx(data: PlanData, path: str | os.PathLike) -> Path:
    """Sheet 1: members of every group; sheet 2: units in visiting order."""
    campaign, record, roster = data.campaign, data.record, data.roster
    wb = new_workbook(write_only=True)
    subtitle = _draw_note(record) or None
    members = [
        [g.name, *row, m.phone]
        for g in roster
        for m, row in zip(
            ([g.leader] if g.leader else []) + g.members, _member_rows(g), strict=True
        )
    ]
    add_ledger_sheet(
        wb,
        f"{campaign.name} {t('roster')}",
        subtitle,
        [
            (
                None,
                [
                    (t("group"), None, None),
                    (t("role"), None, None),
                    (t("name"), None, None),
                    (t("department"), None, None),
                    (t("post"), None, None),
                    (t("expertise"), None, None),
                    (t("phone"), None, None),
                ],
            )
        ],
        members,
        sheet_name=t("members"),
    )
    units = [
        [
            g.name,
            g.leader.name if g.leader else "",
            u.visit_order,
            u.name,
            u.uscc,
            u.department,
            t("yes") if u.spot_check else "",
        ]
        for g in roster
        for u in g.units
    ]
    add_ledger_sheet(
        wb,
        f"{campaign.name} {t('units')}",
        subtitle,
        [
            (
                None,
                [
                    (t("group"), None, None),
                    (t("leader"), None, None),
                    (t("order"), 6, None),
                    (t("unit"), None, None),
                    (t("uscc"), 22, None),
                    (t("department"), None, None),
                    (t("spot"), 8, None),
                ],
            )
        ],
        units,
        sheet_name=t("units"),
    )
    return save_workbook(wb, path)


def write_plan_xlsx(data: PlanData, path: str | os.PathLike) -> Path:
    """The plan's facts and its timetable as one sheet each."""
    campaign, milestones = data.campaign, data.milestones
    wb = new_workbook(write_only=True)
    facts = [
        [t(k), v]
        for k, v in (
            ("year", campaign.year),
            ("months", campaign.months),
            ("span", _span(campaign)),
            ("office", campaign.office_name),
            ("purpose", campaign.purpose),
            ("targets", campaign.targets),
            ("content", campaign.content),
            ("mechanism", campaign.mechanism),
        )
    ]
    add_ledger_sheet(
        wb,
        campaign.name,
        t("plan"),
        [(None, [("", 18, None), ("", 80, None)])],
        facts,
        sheet_name=t("plan"),
    )
    add_ledger_sheet(
        wb,
        f"{campaign.name} {t('timetable')}",
        None,
        [
            (
                None,
                [
                    (t("no"), 6, None),
                    (t("step"), None, None),
                    (t("milestone"), None, None),
                    (t("start"), 12, None),
                    (t("due"), 12, None),
                    (t("responsible"), None, None),
                ],
            )
        ],
        [
            [
                n,
                i18n.translate("Vocab", STEP_LABELS.get(m.step, m.step)) if m.step else "",
                m.title,
                m.start_date,
                m.due_date,
                m.responsible,
            ]
            for n, m in enumerate(milestones, start=1)
        ],
        sheet_name=t("timetable"),
    )
    return save_workbook(wb, path)
