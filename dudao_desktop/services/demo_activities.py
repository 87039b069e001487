"""The demo's activities around the visits: training sessions, a questionnaire issued to units
and answered, interviews (座谈) at the units verified on site, and evidence (site photos and
check notes) stored in the evidence folder, so that no tab of the demo is empty.

Functions of a :class:`~dudao_desktop.services.demo.DemoBuilder`: they draw from its seeded
generator and give ids with ``builder.add``; evidence files are made from the same draws, so
the demo stays reproducible.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..db.blobs import BlobStore
from ..model import (
    Evidence,
    Interview,
    Questionnaire,
    QuestionnaireAnswer,
    QuestionnaireIssue,
    QuestionnaireQuestion,
    TrainingSession,
)

if TYPE_CHECKING:
    from .demo import DemoBuilder

QUESTIONS = (
    ("本单位“三定”规定是否在本单位内部公开？", "yes_no", ""),
    ("本单位实名制信息更新是否及时？", "choice", "及时|基本及时|不及时"),
    ("本单位目前编外用工人数", "number", ""),
    ("对机构编制工作的意见建议", "text", ""),
)
NEEDS = (
    "专业技术人员短缺，希望在编制总量内适当调剂",
    "承接下放事项后人手紧张，希望加强业务培训",
    "内设机构职责交叉，希望进一步理顺",
)
SUGGESTIONS = (
    "建议定期开展机构编制政策培训",
    "建议简化用编审核流程",
    "建议建立部门间职责争议协调机制",
)


def training(self: DemoBuilder) -> None:
    """The inspector pool's training before the visits and a session for the units' staff."""
    units = self.rng.sample(self.units, k=min(40, len(self.units)))
    self.add(
        TrainingSession(
            campaign_id=self.campaign.id,
            held_on=date(self.campaign.year, 3, 7),
            topic="督导库成员专题培训：督导内容、方法和纪律要求",
            attendees=json.dumps(
                {"inspectors": [i.id for i in self.pool], "units": [], "others": []},
                ensure_ascii=False,
            ),
        )
    )
    self.add(
        TrainingSession(
            campaign_id=self.campaign.id,
            held_on=date(self.campaign.year, 3, 8),
            topic="机构编制政策业务培训：单位自评和实名制信息维护",
            attendees=json.dumps(
                {"inspectors": [], "units": [u.id for u in units], "others": ["市委编办综合科"]},
                ensure_ascii=False,
            ),
        )
    )


def questionnaire(self: DemoBuilder) -> None:
    """A questionnaire issued to sixty units; most returned it with answers."""
    rng = self.rng
    paper = self.add(
        Questionnaire(
            campaign_id=self.campaign.id,
            title="机构编制工作调查问卷",
            description="了解各单位机构编制政策执行情况和意见建议，请于3月20日前填报返回。",
        )
    )
    self.s.flush()
    questions = []
    for position, (text, kind, options) in enumerate(QUESTIONS, start=1):
        questions.append(
            self.add(
                QuestionnaireQuestion(
                    questionnaire_id=paper.id,
                    position=position,
                    text=text,
                    answer_kind=kind,
                    options=options,
                )
            )
        )
    self.s.flush()
    issued_on = date(self.campaign.year, 3, 10)
    for unit in rng.sample(self.units, k=min(60, len(self.units))):
        returned = rng.random() < 0.8
        self.add(
            QuestionnaireIssue(
                questionnaire_id=paper.id,
                unit_id=unit.id,
                issued_on=issued_on,
                returned_on=issued_on + timedelta(days=rng.randint(2, 9)) if returned else None,
            )
        )
        if not returned:
            continue
        values = [
            rng.choice(["yes", "yes", "no"]),
            rng.choice(["及时", "及时", "基本及时", "不及时"]),
            str(unit.staff_outside),
            rng.choice(["", *SUGGESTIONS]),
        ]
        for question, value in zip(questions, values, strict=True):
            self.add(
                QuestionnaireAnswer(
                    questionnaire_id=paper.id, question_id=question.id, unit_id=unit.id, value=value
                )
            )


def interviews(self: DemoBuilder) -> list[Interview]:
    """An interview with the head and staff representatives at each unit visited on site."""
    rng = self.rng
    held: list[Interview] = []
    for inspection in self.inspections_by_unit.values():
        if inspection.visited_on is None:
            continue
        unit = next(u for u in self.units if u.id == inspection.unit_id)
        held.append(
            self.add(
                Interview(
                    inspection_id=inspection.id,
                    unit_id=unit.id,
                    held_on=inspection.visited_on,
                    place=f"{unit.name}会议室",
                    participants=f"{unit.head}（单位负责人）、{self.person()}、{self.person()}"
                    "（干部职工代表）",
                    topics="机构编制执行情况、职责履行、机构运转",
                    needs=rng.choice(NEEDS),
                    suggestions=rng.choice(SUGGESTIONS),
                )
            )
        )
    self.s.flush()
    return held


def evidence(self: DemoBuilder, store: BlobStore, held: list[Interview]) -> None:
    """A site photo and the check notes of each interview, stored as evidence files."""
    for interview in held:
        unit = next(u for u in self.units if u.id == interview.unit_id)
        group = self.assignment_of[unit.id]
        notes = (
            f"{unit.name}现场核查记录\n核查日期：{interview.held_on}\n核查人员：{group.name}\n"
            f"核定编制{unit.approved_establishment}名，实有{unit.actual_staff}人；"
            f"领导职数核定{unit.leader_posts_approved}名，实配{unit.leader_posts_actual}名。\n"
            f"座谈意见：{interview.needs}\n"
        ).encode()
        files = (
            (f"{unit.name}-现场核查记录.txt", "document", notes, "现场核查记录"),
            (f"{unit.name}-座谈会现场.png", "photo", photo(self), "座谈会现场照片"),
        )
        for name, kind, data, caption in files:
            sha, size = store.put_stream(io.BytesIO(data))
            self.add(
                Evidence(
                    sha256=sha,
                    size=size,
                    original_name=name,
                    media_kind=kind,
                    caption=caption,
                    captured_by=group.name,
                    captured_at=datetime.combine(interview.held_on, datetime.min.time())
                    + timedelta(hours=10),
                    unit_id=unit.id,
                    inspection_id=interview.inspection_id,
                    interview_id=interview.id,
                )
            )


def photo(self: DemoBuilder) -> bytes:
    """A small picture of a meeting table (drawn, so the demo carries no real photograph)."""
    from PIL import Image, ImageDraw

    rng = self.rng
    image = Image.new("RGB", (320, 200), (236, 232, 222))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 80, 280, 140), fill=(120, 84, 52))
    for x in range(50, 280, 40):
        shade = rng.randint(40, 90)
        draw.ellipse((x, 50, x + 24, 74), fill=(shade, shade, shade + 20))
        draw.ellipse((x, 146, x + 24, 170), fill=(shade, shade, shade + 20))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
