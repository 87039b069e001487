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

from ..db.blobs import BlobStore
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
from ..model.natural import NATURAL_KEYS
from ..model.unit import ESTABLISHMENT_COLUMNS
from ..model.vocab import kind_group
from ..paths import resource
from . import demo_activities, demo_inspections, demo_ledgers, demo_progress
from .checklist_template import add_template, read_template_file
from .demo_ledgers import DEMO_TODAY
from .installation import init_installation

CAMPAIGN_YEAR = 2026
REGION_CODE = "370799"  # a fictional county-level city in Shandong
GROUPS = 5
INSPECTORS = 30
OFFICE_NAME = "中共昌河市委机构编制委员会办公室"

INTERNAL_INSTITUTIONS = {
    "agency": [
        "办公室",
        "政策法规科",
        "综合科",
        "业务科",
        "财务审计科",
        "人事科",
        "行政审批科",
        "规划发展科",
        "安全监管科",
        "机关党委",
        "宣传教育科",
        "法制科",
    ],
    "institution": ["综合部", "业务部", "财务室", "办公室", "技术部", "质量管理部"],
    "township": [
        "党政办公室",
        "党建工作办公室",
        "经济发展办公室",
        "社会事务办公室",
        "综合治理办公室",
        "自然资源和生态环境办公室",
        "应急管理办公室",
        "财政所",
    ],
    "": ["办公室", "综合科"],
}
#: Units that hold 政法专项编制 rather than 行政编制.
LAW_UNITS = ("公安", "法院", "检察院")
#: Institutions revoked this year, beside the campaign's units (they keep their history).
REVOKED_UNITS = 3


def organisation_code(body: str) -> str:
    """GB 11714 organisation code: eight digits and their check character."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    check = 11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def make_uscc(rng: random.Random, kind: str) -> str:
    """A valid USCC: registration authority and type, region, organisation code, checksum
    (class 11 for agencies and towns, 13 for mass organisations, 12 for institutions)."""
    group = kind_group(kind) or kind
    prefix = {"agency": "11", "township": "11", "mass_organisation": "13"}.get(kind) or (
        "11" if group in ("agency", "township") else "12"
    )
    body = prefix + REGION_CODE + organisation_code(f"{rng.randrange(10**8):08d}")
    return body + uscc_check.calc_check_digit(body)


class DemoBuilder:
    def __init__(
        self, session: Session, seed: int, units: int, evidence_dir: Path | None = None
    ) -> None:
        self.s = session
        self.evidence_dir = evidence_dir
        self.rng = random.Random(seed)
        self.unit_count = units
        self.names: dict[str, Any] = json.loads(
            resource("demo", "names.json").read_text(encoding="utf-8")
        )

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, obj: Any) -> Any:
        drawn = self.new_id()  # drawn either way, so the demo's content stays the same
        if obj.__tablename__ not in NATURAL_KEYS:  # those get the id of their natural key
            obj.id = drawn
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
        demo_activities.training(self)
        demo_activities.questionnaire(self)
        held = demo_activities.interviews(self)
        if self.evidence_dir is not None:
            demo_activities.evidence(self, BlobStore(self.evidence_dir), held)
        demo_ledgers.warnings(self)

    def departments_and_units(self) -> None:
        """Departments (党委、政府工作部门, 人大, 政协, 法院, 检察院, 群团, a dozen towns and
        streets) and the institutions they supervise, each with its kind, level, funding,
        documents and establishment by kind consistent with its size."""
        candidates: list[tuple[str, str, Department]] = []
        self.departments: list[Department] = []
        for entry in self.names["departments"]:
            dept = self.add(Department(name=entry["name"], kind=entry["kind"]))
            self.departments.append(dept)
            candidates.append((entry["name"], entry["unit_kind"], dept))
        institutions = [
            (name, self.institution_kind(name), dept)
            for entry, dept in zip(self.names["departments"], self.departments, strict=True)
            for name in entry["institutions"]
        ]
        self.rng.shuffle(institutions)
        chosen = (candidates + institutions)[: self.unit_count]
        # A few more institutions were revoked this year: off the active roster, history kept.
        revoked = [i for i in institutions if i not in chosen][:REVOKED_UNITS]
        self.s.flush()
        self.units: list[Unit] = []
        seen: set[str] = set()
        for name, kind, dept in chosen + revoked:
            code = make_uscc(self.rng, kind)
            while code in seen:
                code = make_uscc(self.rng, kind)
            seen.add(code)
            self.units.append(self.add(self.unit_record(name, kind, dept, code)))
        self.revoked: list[Unit] = self.units[len(chosen) :]
        del self.units[len(chosen) :]
        for unit in self.revoked:
            unit.status = "revoked"
            unit.status_date = date(CAMPAIGN_YEAR, self.rng.randint(1, 6), 28)
        self.s.flush()

    def institution_kind(self, name: str) -> str:
        table = self.names["institution_kinds"]
        for word, kind in table["rules"]:
            if word in name:
                return kind
        shares = table["shares"]
        return self.rng.choices(list(shares), weights=list(shares.values()))[0]

    def size(self, name: str, kind: str) -> int:
        """Approved establishment in all, by kind and name (a hospital is large)."""
        rng = self.rng
        if kind == "township":
            return rng.randint(38, 62)
        if "公安" in name:
            return rng.randint(160, 260)
        if kind in ("court", "procuratorate"):
            return rng.randint(45, 110)
        if kind in ("party_department", "government_department"):
            return rng.randint(8, 32)
        if kind in ("people_congress", "cppcc"):
            return rng.randint(14, 24)
        if kind == "mass_organisation":
            return rng.randint(4, 12)
        if kind == "public_welfare_2":
            return rng.randint(150, 480) if "医院" in name else rng.randint(15, 70)
        if kind == "public_welfare_1":
            return rng.randint(40, 220) if "中学" in name else rng.randint(4, 45)
        if kind == "civil_service_institution":
            return rng.randint(8, 40)
        return rng.randint(3, 18)

    def unit_record(self, name: str, kind: str, dept: Department, code: str) -> Unit:
        rng = self.rng
        total = self.size(name, kind)
        group = kind_group(kind)
        approved = dict.fromkeys(ESTABLISHMENT_COLUMNS, 0)
        if any(word in name for word in LAW_UNITS):
            approved["admin"] = total // 10
            approved["law"] = total - total // 10
        elif group in ("agency", "township"):
            approved["admin"] = total
        elif kind == "civil_service_institution":
            approved["institution_cg"] = total
        else:
            approved["institution"] = total
        if group in ("agency", "township") or kind == "civil_service_institution":
            approved["worker"] = rng.randint(0, 3)
        if "应急" in name and group == "agency":
            approved["special"] = rng.randint(3, 6)
        unit = Unit(
            uscc=code,
            name=name,
            kind=kind,
            department_id=dept.id,
            level=self.level(name, kind, total),
            funding={"public_welfare_2": "partial", "business_institution": "self"}.get(
                kind, "full"
            ),
            head=self.person(),
            staff_outside=rng.randint(0, max(1, total // 6)),
        )
        founded = rng.randint(1985, 2021)
        unit.founding_doc_no = f"昌编〔{founded}〕{rng.randint(1, 60)}号"
        unit.founding_date = date(founded, rng.randint(1, 12), rng.randint(1, 28))
        if group in ("agency", "township"):
            unit.regulation_doc_no = f"昌办发〔2019〕{rng.randint(20, 80)}号"
            unit.regulation_date = date(2019, rng.randint(2, 4), rng.randint(1, 28))
        else:
            unit.regulation_doc_no = f"昌编发〔2021〕{rng.randint(1, 90)}号"
            unit.regulation_date = date(2021, rng.randint(3, 11), rng.randint(1, 28))
        # Actual staff per kind: mostly a few vacancies; about one unit in fifteen over in one
        # kind (while another kind may still have vacancies).
        over = rng.random() < 0.07
        for index, (kind_key, (approved_column, actual_column)) in enumerate(
            ESTABLISHMENT_COLUMNS.items()
        ):
            quota = approved[kind_key]
            setattr(unit, approved_column, quota)
            if not quota:
                continue
            actual = quota - rng.randint(0, max(1, quota // 8))
            if over and index == next(i for i, k in enumerate(approved) if approved[k]):
                actual = quota + rng.randint(1, 3)
            setattr(unit, actual_column, max(actual, 0))
        unit.actual_staff = sum(unit.actual(k) for k in ESTABLISHMENT_COLUMNS)
        # Leader posts: one principal; deputies by size (a town has many).
        deputies = (
            rng.randint(5, 7)
            if kind == "township"
            else 1 + (total > 10) + (total > 30) + (total > 80) + (total > 200)
        )
        unit.leader_principal_approved = 1
        unit.leader_principal_actual = 1 if rng.random() > 0.04 else 0
        unit.leader_deputy_approved = deputies
        unit.leader_deputy_actual = (
            deputies + 1 if rng.random() < 0.05 else deputies - rng.randint(0, 1)
        )
        unit.leader_posts_approved = 1 + deputies
        unit.leader_posts_actual = unit.leader_principal_actual + unit.leader_deputy_actual
        # Internal bodies: approved by size; set up as approved, now and then one more.
        names = INTERNAL_INSTITUTIONS[group]
        bodies = min(len(names) - 1, 2 + total // 10)
        if group == "institution" and total < 10:
            bodies = 0  # a small institution has no internal bodies
        if bodies:
            unit.internal_bodies_approved = bodies
            set_up = bodies + 1 if rng.random() < 0.03 else bodies
            unit.internal_institutions = "、".join(rng.sample(names, k=set_up))
            unit.internal_leader_posts_approved = bodies
            unit.internal_leader_posts_actual = bodies - rng.randint(0, 1)
        unit.flags = demo_flags(name)
        if group == "institution":
            unit.certificate_no = f"事证第{REGION_CODE}{rng.randrange(10**6):06d}号"
            # Some certificates expired or run out soon: the warnings have work to do.
            unit.certificate_expiry = DEMO_TODAY + timedelta(days=rng.randint(-200, 1500))
        return unit

    def level(self, name: str, kind: str, total: int) -> str:
        """机构规格: departments and towns 正科级; large institutions 正科级, most 副科级,
        small ones 股级."""
        if kind_group(kind) in ("agency", "township"):
            return "section"
        if total >= 100 or "人民医院" in name:
            return "section"
        return "deputy_section" if total >= 10 else "sub_section"

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
            # The office's leaders and staff, and a third from the departments that work
            # with establishment matters (组织、财政、人社、审计...).
            if leadership:
                department, post = OFFICE_NAME, rng.choice(self.names["leadership_titles"])
            elif index % 3 == 0:
                department, post = rng.choice(self.names["department_inspectors"])
            else:
                department = rng.choice(self.names["inspector_departments"])
                post = rng.choice(("科长", "副科长", "一级主任科员", "二级主任科员", "四级调研员"))
            self.pool.append(
                self.add(
                    Inspector(
                        name=name,
                        department=department,
                        post=post,
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
                drawn_by=f"{self.person()}（综合科科长）",
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
            DemoBuilder(session, seed, units, database.evidence_dir).build()
    except Exception:
        database.dispose()
        raise
    return database


#: Words in a demo unit's name that make the office set a flag (the reform of 2026 concerns
#: law enforcement and the towns).
DEMO_FLAG_WORDS = {
    "reform": ("综合行政执法", "执法", "镇", "街道"),
    "school": ("学校", "中学", "小学", "幼儿园"),
    "hospital": ("医院", "卫生院"),
    "township_level": ("镇", "街道"),
}


def demo_flags(name: str) -> str:
    return ",".join(f for f, words in DEMO_FLAG_WORDS.items() if any(w in name for w in words))
