"""The embedded demo campaign: a county-level city's office with 420 units.

Everything comes from ``resources/demo/names.json`` and a seeded random generator, so the
same seed gives the same records (ids included); only the clock stamps differ.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session
from stdnum.cn import uscc as uscc_check

from ..db.engine import Database
from ..model import (
    Assignment,
    AvoidanceDeclaration,
    Campaign,
    ChecklistItem,
    Department,
    DrawRecord,
    GroupMembership,
    InspectionGroup,
    Inspector,
    Milestone,
    Unit,
)
from ..paths import resource
from . import demo_inspections, demo_ledgers, demo_progress
from .checklist_template import add_template, read_template_file
from .demo_ledgers import DEMO_TODAY
from .installation import init_installation

CAMPAIGN_YEAR = 2026
REGION_CODE = "370799"  # a fictional county-level city in Shandong
GROUPS = 5
INSPECTORS = 30
OFFICE_NAME = "中共昌河市委机构编制委员会办公室"

INTERNAL_INSTITUTIONS = {
    "agency": ["办公室", "政策法规科", "综合科", "业务科", "财务审计科", "人事科", "行政审批科"],
    "institution": ["综合部", "业务部", "财务室", "办公室", "技术部"],
    "township": ["党政办公室", "经济发展办公室", "社会事务办公室", "综合治理办公室"],
}


def organisation_code(body: str) -> str:
    """GB 11714 organisation code: eight digits and their check character."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    check = 11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def make_uscc(rng: random.Random, kind: str) -> str:
    """A valid USCC: registration authority and type, region, organisation code, checksum."""
    prefix = "11" if kind in ("agency", "township") else "12"
    body = prefix + REGION_CODE + organisation_code(f"{rng.randrange(10**8):08d}")
    return body + uscc_check.calc_check_digit(body)


class DemoBuilder:
    def __init__(self, session: Session, seed: int, units: int) -> None:
        self.s = session
        self.rng = random.Random(seed)
        self.unit_count = units
        self.names: dict[str, Any] = json.loads(
            resource("demo", "names.json").read_text(encoding="utf-8")
        )

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, obj: Any) -> Any:
        obj.id = self.new_id()
        self.s.add(obj)
        return obj

    def person(self) -> str:
        return self.rng.choice(self.names["surnames"]) + self.rng.choice(self.names["given_names"])

    def build(self) -> None:
        template = add_template(self.s, read_template_file(), ids=self.new_id)
        template.frozen = True
        self.items = list(
            self.s.query(ChecklistItem).order_by(ChecklistItem.section_id, ChecklistItem.position)
        )
        self.departments_and_units()
        self.campaign = self.add(
            Campaign(
                name=f"{CAMPAIGN_YEAR}年全市机关事业单位机构编制大督导活动",
                year=CAMPAIGN_YEAR,
                months="3,9",
                start_date=date(CAMPAIGN_YEAR, 3, 1),
                end_date=date(CAMPAIGN_YEAR, 9, 30),
                purpose="全面掌握全市机关事业单位机构编制执行情况，及时发现问题、解决问题，"
                "严肃机构编制纪律，提升机构编制管理的规范性和严肃性。",
                targets="全市党政机关、事业单位及镇街，共" + str(len(self.units)) + "家。",
                content="放管服改革、行政体制改革、事业单位监管、机构编制日常管理、"
                "机构编制事项跟踪问效五个方面。",
                mechanism="主要领导亲自抓、督导组长分工抓、科室负责人协调抓、全办上下共同抓。",
                status="active",
                office_name=OFFICE_NAME,
                template_id=template.id,
            )
        )
        self.s.flush()
        self.milestones()
        self.inspectors()
        self.groups_and_assignments()
        self.inspections()
        demo_ledgers.earlier_problems(self)
        demo_ledgers.ledgers(self)
        demo_progress.report_progress(self)
        demo_ledgers.warnings(self)

    def departments_and_units(self) -> None:
        candidates: list[tuple[str, str, Department]] = []
        self.departments: list[Department] = []
        for entry in self.names["departments"]:
            dept = self.add(Department(name=entry["name"], kind=entry["kind"]))
            self.departments.append(dept)
            candidates.append((entry["name"], entry["kind"], dept))
        institutions = [
            (name, "institution", dept)
            for entry, dept in zip(self.names["departments"], self.departments, strict=True)
            for name in entry["institutions"]
        ]
        self.rng.shuffle(institutions)
        chosen = (candidates + institutions)[: self.unit_count]
        self.s.flush()
        self.units: list[Unit] = []
        seen: set[str] = set()
        for name, kind, dept in chosen:
            code = make_uscc(self.rng, kind)
            while code in seen:
                code = make_uscc(self.rng, kind)
            seen.add(code)
            self.units.append(self.add(self.unit_record(name, kind, dept, code)))
        self.s.flush()

    def unit_record(self, name: str, kind: str, dept: Department, code: str) -> Unit:
        rng = self.rng
        approved = rng.randint(8, 60) if kind != "institution" else rng.randint(3, 45)
        # About one unit in twelve is over its approved establishment.
        actual = (
            approved + rng.randint(1, 4)
            if rng.random() < 0.08
            else rng.randint(max(1, approved - 6), approved)
        )
        posts = rng.randint(2, 6)
        unit = Unit(
            uscc=code,
            name=name,
            kind=kind,
            department_id=dept.id,
            actual_staff=actual,
            leader_posts_approved=posts,
            leader_posts_actual=posts + 1 if rng.random() < 0.05 else rng.randint(1, posts),
            internal_institutions="、".join(
                rng.sample(INTERNAL_INSTITUTIONS[kind], k=rng.randint(2, 4))
            ),
            head=self.person(),
        )
        if kind == "institution":
            unit.establishment_institution = approved
            unit.certificate_no = f"事证第{REGION_CODE}{rng.randrange(10**6):06d}号"
            # Some certificates expired or run out soon: the warnings have work to do.
            unit.certificate_expiry = DEMO_TODAY + timedelta(days=rng.randint(-200, 1500))
        elif "公安" in name or "司法" in name:
            unit.establishment_admin = approved // 3
            unit.establishment_law = approved - approved // 3
        else:
            unit.establishment_admin = approved
        return unit

    def milestones(self) -> None:
        plan = [
            ("plan", "制定督导方案", date(2026, 3, 1), date(2026, 3, 5), "综合科"),
            ("training", "督导库成员专题培训", date(2026, 3, 6), date(2026, 3, 8), "监督检查科"),
            ("self_assessment", "单位自评", date(2026, 3, 9), date(2026, 3, 15), "各督导组"),
            ("on_site", "现场核查", date(2026, 3, 16), date(2026, 3, 31), "各督导组"),
            ("evaluation", "综合评定", date(2026, 9, 1), date(2026, 9, 10), "督导组组长"),
            ("feedback", "书面反馈整改", date(2026, 9, 11), date(2026, 9, 20), "监督检查科"),
            ("look_back", "督导“回头看”", date(2026, 9, 21), date(2026, 9, 30), "各督导组"),
        ]
        for step, title, start, due, who in plan:
            self.add(
                Milestone(
                    campaign_id=self.campaign.id,
                    step=step,
                    title=title,
                    start_date=start,
                    due_date=due,
                    responsible=who,
                )
            )

    def inspectors(self) -> None:
        rng = self.rng
        tags = [
            "streamlining",
            "admin_reform",
            "establishment_management",
            "institution_supervision",
        ]
        self.pool: list[Inspector] = []
        names: set[str] = set()
        for index in range(INSPECTORS):
            name = self.person()
            while name in names:
                name = self.person()
            names.add(name)
            leadership = index < GROUPS + 2
            own_tags = {tags[index % len(tags)]} | set(rng.sample(tags, k=rng.randint(0, 2)))
            self.pool.append(
                self.add(
                    Inspector(
                        name=name,
                        department=OFFICE_NAME
                        if leadership
                        else rng.choice(self.names["inspector_departments"]),
                        post=rng.choice(self.names["leadership_titles"])
                        if leadership
                        else rng.choice(self.names["posts"]),
                        phone=f"13{rng.randrange(10**9):09d}",
                        expertise=",".join(t for t in tags if t in own_tags),
                        is_leadership=leadership,
                    )
                )
            )
        self.s.flush()
        self.avoided: dict[str, set[str]] = {}
        for inspector in rng.sample(self.pool, k=4):
            declaration = self.add(
                AvoidanceDeclaration(
                    inspector_id=inspector.id,
                    unit_id=rng.choice(self.units).id,
                    reason=rng.choice(
                        ["配偶在该单位工作", "曾在该单位任职", "直系亲属任该单位负责人"]
                    ),
                )
            )
            self.avoided.setdefault(inspector.id, set()).add(declaration.unit_id)

    def groups_and_assignments(self) -> None:
        """The group draw, recorded so that ``draw.replay_draw`` can audit it, and the units
        assigned balanced by number, departments kept together where possible."""
        from .assignment_algorithm import balance_units
        from .draw_algorithm import ALGORITHM, Candidate, compute_draw

        members = 4
        seed = f"{self.rng.getrandbits(128):032x}"
        candidates = sorted(
            (
                Candidate(i.id, i.name, i.is_leadership, tuple(i.expertise_tags))
                for i in self.pool
                if not i.retired
            ),
            key=lambda c: (c.name, c.id),
        )
        plan = compute_draw(candidates, GROUPS, members, seed)
        names = {c.id: c.name for c in candidates}
        self.groups: list[InspectionGroup] = []
        result: list[dict[str, Any]] = []
        for drawn in plan.groups:
            group = self.add(
                InspectionGroup(
                    campaign_id=self.campaign.id,
                    number=drawn.number,
                    name=f"第{'一二三四五六七八九十'[drawn.number - 1]}督导组",
                    leader_id=drawn.leader,
                )
            )
            self.groups.append(group)
            self.s.flush()
            self.add(GroupMembership(group_id=group.id, inspector_id=drawn.leader, role="leader"))
            for member in drawn.members:
                self.add(GroupMembership(group_id=group.id, inspector_id=member))
            result.append(
                {
                    "number": drawn.number,
                    "name": group.name,
                    "leader": {"id": drawn.leader, "name": names[drawn.leader]},
                    "members": [{"id": m, "name": names[m]} for m in drawn.members],
                }
            )
        self.add(
            DrawRecord(
                campaign_id=self.campaign.id,
                kind="groups",
                drawn_by="综合科",
                drawn_at=datetime(2026, 3, 2, 9, 30),
                seed=seed,
                candidates=json.dumps([c.as_json() for c in candidates], ensure_ascii=False),
                rules=json.dumps(
                    {
                        "algorithm": ALGORITHM,
                        "groups": GROUPS,
                        "members": members,
                        "group_size": members + 1,
                        "leader": "leadership member",
                        "required_expertise": plan.required,
                        "short_expertise": plan.short,
                        "barred": {},
                    },
                    ensure_ascii=False,
                ),
                result=json.dumps({"groups": result}, ensure_ascii=False),
            )
        )
        # Balanced by number of units, departments kept together unless one alone exceeds
        # the average load; nobody visits a unit they declared a conflict with.
        by_department: dict[str, list[Unit]] = {}
        for unit in self.units:
            by_department.setdefault(unit.department_id or "", []).append(unit)
        blocks = sorted(by_department.values(), key=len, reverse=True)
        crews = {d.number: {d.leader, *d.members} for d in plan.groups}
        avoided = getattr(self, "avoided", {})
        avoided_by = {
            g.id: {u for i in crews[g.number] for u in avoided.get(i, ())} for g in self.groups
        }
        spread = balance_units(
            [[u.id for u in block] for block in blocks], [g.id for g in self.groups], avoided_by
        )
        self.assignment_of: dict[str, InspectionGroup] = {}
        for group in self.groups:
            for order, unit_id in enumerate(spread[group.id], start=1):
                self.add(
                    Assignment(
                        campaign_id=self.campaign.id,
                        group_id=group.id,
                        unit_id=unit_id,
                        visit_order=order,
                    )
                )
                self.assignment_of[unit_id] = group
        self.s.flush()

    def inspections(self) -> None:
        """Some units have answered their self-assessment; a few were verified on site."""
        demo_inspections.inspections(self)

    def answer_value(self, item: ChecklistItem, unit: Unit) -> str:
        return demo_inspections.answer_value(self, item, unit)

    flip = staticmethod(demo_inspections.flip)


def create_demo(
    data_dir: Path, units: int = 420, seed: int = 2024, url: str | None = None
) -> Database:
    """Create an office installation in ``data_dir`` (its database at ``url`` if given)
    holding the demo campaign."""
    database = init_installation(data_dir, "office", OFFICE_NAME, "demo", url=url)
    try:
        with database.session() as session:
            DemoBuilder(session, seed, units).build()
    except Exception:
        database.dispose()
        raise
    return database
