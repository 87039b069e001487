"""The demo's ledgers: earlier problems, suggestions, snapshots, matters, blacklist, warnings.

Functions of a :class:`~dudao_desktop.services.demo.DemoBuilder`: they draw from its seeded
generator and give ids with ``builder.add``, so the demo stays reproducible.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..model import (
    ApprovalMatter,
    BlacklistEntry,
    EstablishmentSnapshot,
    Problem,
    Suggestion,
    UnitWarning,
)
from . import warnings as warning_rules

if TYPE_CHECKING:
    from .demo import DemoBuilder

# The demo is dated so its warnings (expired certificates, overdue rectification) are stable.
DEMO_TODAY = date(2026, 11, 26)


def overdue(problems: list[Problem]) -> None:
    """However the draw fell, one earlier problem is still being rectified past its deadline:
    the overdue warning and management control have a case to show."""
    late = [p for p in problems if p.deadline and p.deadline < DEMO_TODAY]
    if not late or any(p.status in ("notified", "rectifying") for p in late):
        return
    problem = max(late, key=lambda p: p.deadline)
    problem.status = "rectifying"
    problem.rectified_on = problem.lookback_on = None
    problem.lookback_result = ""


def earlier_problems(self: DemoBuilder) -> None:
    """Problems found since 2013 by evaluations, follow-ups and special supervision, and
    this campaign's first findings and suggestions."""
    rng = self.rng
    examples = self.names["problem_examples"]
    sources = self.names["sources"]
    earlier: list[Problem] = []
    for year_text, source in sources.items():
        year = int(year_text)
        for _ in range(rng.randint(6, 12)):
            example = rng.choice(examples)
            deadline = date(year, rng.randint(4, 12), 28)
            verified = year < 2023 or rng.random() < 0.5
            problem = self.add(
                Problem(
                    unit_id=rng.choice(self.units).id,
                    source=source,
                    year=year,
                    category=example["category"],
                    description=example["description"],
                    cause=example.get("cause", ""),
                    measures=example.get("measures", ""),
                    deadline=deadline,
                    responsible=self.person(),
                    status="verified"
                    if verified
                    else rng.choice(["notified", "rectifying", "rectified"]),
                    notified_on=deadline - timedelta(days=60),
                    rectified_on=deadline - timedelta(days=5) if verified else None,
                    lookback_on=deadline + timedelta(days=30) if verified else None,
                    lookback_result="已整改到位" if verified else "",
                )
            )
            earlier.append(problem)
    overdue(earlier)
    # Findings of this campaign's units verified on site so far (see demo_inspections).
    verified = self.units[3::7]
    for unit in rng.sample(verified, k=min(12, len(verified))):
        example = rng.choice(examples)
        self.add(
            Problem(
                unit_id=unit.id,
                campaign_id=self.campaign.id,
                source=self.campaign.name,
                year=self.campaign.year,
                category=example["category"],
                description=example["description"],
                cause=example.get("cause", ""),
                measures=example.get("measures", ""),
                deadline=date(2026, 12, 31),
                responsible=unit.head,
            )
        )
    for example in rng.sample(self.names["suggestion_examples"], k=10):
        self.add(
            Suggestion(
                unit_id=rng.choice(self.units).id,
                campaign_id=self.campaign.id,
                category=example["category"],
                source="interview",
                text=example["text"],
            )
        )
    self.s.flush()


def ledgers(self: DemoBuilder) -> None:
    """Last month's establishment snapshot (a revoked unit's last one), a dozen matters and two
    blacklisted units."""
    rng = self.rng
    for unit in [*self.units, *self.revoked]:
        # A revoked unit's last snapshot is of the month it was revoked.
        revoked = unit.status_date
        self.add(
            EstablishmentSnapshot(
                unit_id=unit.id,
                month=f"{revoked.year}-{revoked.month:02d}" if revoked else "2026-10",
                establishment_admin=unit.establishment_admin,
                establishment_institution=unit.establishment_institution,
                establishment_law=unit.establishment_law,
                actual_staff=unit.actual_staff,
                leader_posts_approved=unit.leader_posts_approved,
                leader_posts_actual=unit.leader_posts_actual,
                internal_institutions=unit.internal_institutions,
                figures_by_kind=unit.figures_by_kind(),
                source="实名制管理系统 "
                + (f"{revoked.year}年{revoked.month}月" if revoked else "2026年10月"),
            )
        )
    titles = ["增设内设机构", "核增事业编制", "调整领导职数", "机构更名", "职责调整"]
    phases = ["application", "research", "decision", "implemented"]
    for index in range(12):
        unit = rng.choice(self.units)
        self.add(
            ApprovalMatter(
                unit_id=unit.id,
                title=f"关于{unit.name}{rng.choice(titles)}的请示",
                phase=phases[index % 4],
                applied_on=date(2026, rng.randint(1, 10), rng.randint(1, 28)),
                reason="承接上级新增职能，现有机构编制难以满足工作需要。",
                superior_documents="省委编办有关文件",
                preliminary_plan="拟在现有编制总量内调剂解决。",
            )
        )
    for unit in rng.sample(self.units, k=2):
        self.add(
            BlacklistEntry(
                unit_id=unit.id,
                reason="机构编制事项执行不严格，整改不到位",
                listed_on=date(2025, 12, 1),
            )
        )


def warnings(self: DemoBuilder) -> None:
    """The warnings the rules raise on the demo's date, as a recompute would store them."""
    self.s.flush()
    for hit in warning_rules.compute(self.s, warning_rules.load_rules(), DEMO_TODAY):
        self.add(
            UnitWarning(
                unit_id=hit.unit_id,
                rule=hit.rule,
                message=hit.message,
                figures=json.dumps(hit.figures, ensure_ascii=False, sort_keys=True),
                raised_on=DEMO_TODAY,
            )
        )
