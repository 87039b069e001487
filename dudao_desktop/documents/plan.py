"""The campaign plan (督导方案) and the group roster (督导组名单) as PDF and as ``.xlsx``.

The roster lists, group by group, the leader, the members and the units in visiting order;
units picked for the spot check and units under management control are marked. The plan
lists the units under management control with why.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Campaign, DrawRecord
from ..model.vocab import EXPERTISE, STEP_LABELS
from ..services.campaign import list_milestones, resolve_campaign
from ..services.draw import current_record
from ..services.plan_view import RosterGroup, group_roster, units_under_control
from . import pdf
from .workbook import add_ledger_sheet, new_workbook, save_workbook

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
    "groups": QT_TRANSLATE_NOOP("Documents", "Inspection groups"),
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
    "no_groups": QT_TRANSLATE_NOOP("Documents", "No groups have been drawn yet."),
    "count": QT_TRANSLATE_NOOP("Documents", "{count} units"),
    "yes": QT_TRANSLATE_NOOP("Documents", "yes"),
    "controls": QT_TRANSLATE_NOOP("Documents", "Units under management control"),
    "controls_note": QT_TRANSLATE_NOOP(
        "Documents",
        "Their establishment matters are held until an office leader records an override "
        "with a reason.",
    ),
    "why": QT_TRANSLATE_NOOP("Documents", "Why"),
    "controlled": QT_TRANSLATE_NOOP("Documents", "(under management control)"),
    "not_assigned": QT_TRANSLATE_NOOP("Documents", "not assigned"),
}


def t(key: str) -> str:
    return i18n.translate(CTX, L[key])


def _campaign(database: Database, ref: str | None) -> tuple[Campaign, DrawRecord | None]:
    with database.session() as s:
        campaign = resolve_campaign(s, ref)
        return campaign, current_record(s, campaign.id, "groups")


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


def plan_story(database: Database, ref: str | None = None) -> tuple[Campaign, list]:
    campaign, record = _campaign(database, ref)
    milestones = list_milestones(database, campaign.id)
    story = [
        *pdf.title(campaign.name, t("plan")),
        pdf.key_value_table(
            [
                (t("year"), campaign.year),
                (t("months"), campaign.months.replace(",", "、")),
                (t("span"), _span(campaign)),
                (t("office"), campaign.office_name),
            ]
        ),
    ]
    for key in ("purpose", "targets", "content", "mechanism"):
        text = getattr(campaign, key)
        if text:
            story += [pdf.heading(t(key)), pdf.paragraph(text, "body_indent")]
    story += [
        pdf.heading(t("timetable")),
        pdf.table(
            [t("no"), t("step"), t("milestone"), t("start"), t("due"), t("responsible")],
            [
                [
                    n,
                    i18n.translate("Vocab", STEP_LABELS.get(m.step, m.step)) if m.step else "",
                    m.title,
                    m.start_date or "",
                    m.due_date or "",
                    m.responsible,
                ]
                for n, m in enumerate(milestones, start=1)
            ],
            col_widths=[0.7, 2, 4, 1.8, 1.8, 2],
            center_columns=(0, 3, 4),
        ),
        pdf.heading(t("groups")),
    ]
    roster = group_roster(database, campaign.id)
    if not roster:
        story.append(pdf.paragraph(t("no_groups")))
    for group in roster:
        crew = "、".join(m.name for m in group.members)
        leader = group.leader.name if group.leader else ""
        story.append(
            pdf.paragraph(
                f"{group.name}：{t('leader')} {leader}；{t('members')} {crew}；"
                f"{t('count').format(count=len(group.units))}"
            )
        )
    if record is not None:
        story += [pdf.spacer(2), pdf.paragraph(_draw_note(record), "small")]
    return campaign, story + _controls_story(database, campaign.id)


def _controls_story(database: Database, campaign_id: str) -> list:
    """The units under management control (管理控制) with their group and why."""
    held = units_under_control(database, campaign_id)
    if not held:
        return []
    return [
        pdf.heading(t("controls")),
        pdf.paragraph(t("controls_note"), "body_indent"),
        pdf.table(
            [t("no"), t("unit"), t("group"), t("why")],
            [
                [n, u.name, u.group or t("not_assigned"), "；".join(u.reasons)]
                for n, u in enumerate(held, start=1)
            ],
            col_widths=[0.7, 3.5, 2, 6],
            center_columns=(0,),
        ),
    ]


def roster_story(database: Database, ref: str | None = None) -> tuple[Campaign, list]:
    campaign, record = _campaign(database, ref)
    roster = group_roster(database, campaign.id)
    if not roster:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Campaign '{campaign}' has no inspection groups yet: draw them first."
            ),
            campaign=campaign.name,
        )
    story = [*pdf.title(campaign.name, t("roster"))]
    if record is not None:
        story.append(pdf.paragraph(_draw_note(record), "small"))
        story.append(pdf.spacer(3))
    for group in roster:
        story += _group_story(group)
    return campaign, story


def write_plan_pdf(database: Database, path: Path, ref: str | None = None) -> Path:
    campaign, story = plan_story(database, ref)
    return pdf.write_pdf(path, story, title=f"{campaign.name} {t('plan')}", header=campaign.name)


def write_roster_pdf(database: Database, path: Path, ref: str | None = None) -> Path:
    campaign, story = roster_story(database, ref)
    return pdf.write_pdf(path, story, title=f"{campaign.name} {t('roster')}", header=campaign.name)


def write_roster_xlsx(database: Database, path: Path, ref: str | None = None) -> Path:
    """Sheet 1: members of every group; sheet 2: units in visiting order."""
    campaign, record = _campaign(database, ref)
    roster = group_roster(database, campaign.id)
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


def write_plan_xlsx(database: Database, path: Path, ref: str | None = None) -> Path:
    """The plan's facts and its timetable as one sheet each."""
    campaign, _record = _campaign(database, ref)
    milestones = list_milestones(database, campaign.id)
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


def draw_result(record: DrawRecord) -> list[dict]:
    return json.loads(record.result).get("groups", [])
