"""The demo's inspections: self-assessment answers for some units, a few verified on site.

Functions of a :class:`~dudao_desktop.services.demo.DemoBuilder`: they draw from its seeded
generator (in the same order as ever) and give ids with ``builder.add``, so the demo stays
reproducible.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..model import Answer, ChecklistItem, Inspection, Unit, Visit
from .figure_checks import check_in_session, held_value
from .visits import visit_id

DEMO_MEMBERS = ("组长", "督导员甲", "督导员乙", "督导员丙")
DEMO_METHODS = (
    '{"records": {"covered": "三定规定、实名制花名册、用编审核单", "links": [], "people": 0, '
    '"used": true}, "report": {"covered": "单位主要负责人汇报", "links": [], "people": 0, '
    '"used": true}}'
)

if TYPE_CHECKING:
    from .demo import DemoBuilder


def inspections(self: DemoBuilder) -> None:
    """Some units have answered their self-assessment; a few were verified on site."""
    rng = self.rng
    self.inspections_by_unit: dict[str, Inspection] = {}
    for index, unit in enumerate(self.units):
        progress = index % 7  # 0-2: self-assessed, 3: verified, other: not started
        inspection = self.add(
            Inspection(
                campaign_id=self.campaign.id,
                unit_id=unit.id,
                step="on_site" if progress <= 3 else "self_assessment",
            )
        )
        self.inspections_by_unit[unit.id] = inspection
        if progress > 3:
            continue
        self.s.flush()
        for item in self.items:
            if not item.applies(unit.kind, unit.flags or "", self.campaign.focus or ""):
                continue
            value = answer_value(self, item, unit)
            if item.figure and (held := held_value(unit, item.figure)) is not None:
                # Most units report what the office holds; one in ten reports otherwise.
                value = str(held + 1 if rng.random() < 0.1 else held)
            verified = ""
            if progress == 3:
                verified = value if rng.random() > 0.08 else flip(item, value)
                inspection.visited_on = date(2026, 3, 16) + timedelta(days=index % 14)
            answer = self.add(
                Answer(
                    inspection_id=inspection.id,
                    item_id=item.id,
                    self_value=value,
                    verified_value=verified,
                )
            )
            check_in_session(self.s, inspection, unit, item, answer)
        if progress == 3:  # its id comes from the inspection's (see services.visits)
            self.s.add(
                Visit(
                    id=visit_id(inspection.id),
                    inspection_id=inspection.id,
                    unit_id=unit.id,
                    visited_on=inspection.visited_on,
                    members="、".join(self.rng.sample(DEMO_MEMBERS, 2)),
                    participants=unit.head,
                    methods=DEMO_METHODS,
                )
            )
    self.s.flush()


def answer_value(self: DemoBuilder, item: ChecklistItem, unit: Unit) -> str:
    if item.answer_kind == "number":
        return str(unit.actual_staff if "实有" in item.text else self.rng.randint(0, 8))
    if item.answer_kind == "text":
        return self.rng.choice(["", "人员力量不足，专业技术人员短缺", "职责边界需进一步明确"])
    expected = item.expected or "yes"
    return expected if self.rng.random() > 0.1 else flip(item, expected)


def flip(item: ChecklistItem, value: str) -> str:
    if item.answer_kind != "yes_no":
        return value
    return {"yes": "no", "no": "yes"}.get(value, value)
