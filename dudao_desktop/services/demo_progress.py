"""The demo campaign carried on to where a supervision report can be written: the units
verified on site are graded (some moved on to feedback), part of the campaign's problems
are notified or rectified, decided matters carry their decision and follow-up, and the
office has written the report's text sections.

Called at the end of ``DemoBuilder.build``; draws from the builder's seeded generator, so
the demo stays reproducible.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..model import ApprovalMatter, CampaignReportText, Problem

if TYPE_CHECKING:
    from .demo import DemoBuilder

REPORT_TEXTS = {
    "introduction": (
        "按照市委编委统一部署，{year}年3月至9月，市委编办组织开展了全市机关事业单位机构编制"
        "大督导活动。督导坚持“全覆盖、全程化、综合化”，由办领导班子成员分别带队，从督导库"
        "随机抽取人员组成{groups}个督导组，采取听取汇报、查阅资料、随机抽查等方式，对全市"
        "党政机关、事业单位和镇街机构编制执行情况进行了全面督导。现将有关情况报告如下。"
    ),
    "assessment": (
        "从督导情况看，各单位能够严格执行机构编制纪律，机构编制管理总体规范，“三定”规定"
        "执行情况较好，放管服改革和事业单位监管各项任务有序推进。同时也发现，部分单位存在"
        "主要职责不够清晰、内设机构设置不够规范、混编混岗等问题，个别单位实名制信息更新"
        "不及时，需要在下一步工作中认真加以解决。"
    ),
    "next_steps": (
        "一是抓好问题整改。对督导发现的问题，逐一下发书面反馈意见和整改通知书，明确整改"
        "时限和责任人，实行销号管理。\n二是开展督导“回头看”。整改期满后，由各督导组对整改"
        "情况进行实地复核，确保整改到位。\n三是强化结果运用。将督导结果作为修订“三定”规定、"
        "核定机构编制和加强日常管理的重要依据，对整改不力的单位纳入诚信“黑名单”管理。"
    ),
}


def report_progress(builder: DemoBuilder) -> None:
    from .procedure import suggest_in_session

    s, rng, campaign = builder.s, builder.rng, builder.campaign
    s.flush()
    verified = [
        builder.inspections_by_unit[unit.id]
        for index, unit in enumerate(builder.units)
        if index % 7 == 3
    ]
    for number, inspection in enumerate(verified):
        if number % 3 == 2:
            continue  # still waiting for the group's overall evaluation
        suggestion = suggest_in_session(s, inspection)
        inspection.suggested_grade = inspection.grade = suggestion.grade
        inspection.step = "feedback" if number % 3 == 0 else "evaluation"
        leader = builder.assignment_of[inspection.unit_id].leader_id
        inspection.confirmed_by = next(i.name for i in builder.pool if i.id == leader)
        inspection.confirmed_at = datetime(campaign.year, 9, 8, 10, 0)
        inspection.locked = True
    problems = (
        s.query(Problem).filter(Problem.campaign_id == campaign.id).order_by(Problem.id).all()
    )
    by_unit = {i.unit_id: i for i in builder.inspections_by_unit.values()}
    for number, problem in enumerate(problems):
        inspection = by_unit.get(problem.unit_id)
        if inspection is not None and inspection.visited_on is None:
            inspection.visited_on = date(campaign.year, 3, 16) + timedelta(days=number)
        # The procedure holds: a problem is fed back only once the unit's evaluation is
        # confirmed, and rectified only at units in feedback and rectification.
        step = inspection.step if inspection is not None else "on_site"
        if step == "feedback":
            status = ("notified", "rectifying", "rectified")[number % 3]
        elif step == "evaluation":
            status = ("identified", "notified")[number % 2]
        else:
            status = "identified"
        problem.status = status
        if status != "identified":
            problem.notified_on = date(campaign.year, 9, 15)
            problem.rectification_plan = "制定整改方案，明确责任科室，按期整改到位。"
        if status == "rectified":
            problem.rectified_on = date(campaign.year, 9, 28) - timedelta(days=number % 5)
    decided = (
        s.query(ApprovalMatter)
        .filter(ApprovalMatter.phase.in_(("decision", "implemented")))
        .order_by(ApprovalMatter.applied_on, ApprovalMatter.id)
        .all()
    )
    for number, matter in enumerate(decided, start=1):
        applied = matter.applied_on or date(campaign.year, 1, 10)
        matter.meeting_on = applied + timedelta(days=rng.randint(20, 40))
        matter.preliminary_opinion = "经调研论证，拟同意在现有编制总量内调整解决。"
        matter.decision = "机关办公会研究同意。"
        matter.document_number = f"昌编办字〔{campaign.year}〕{number + 10}号"
        matter.follow_up_indicators = "职能履行到位；人员到岗到位；群众满意度不低于90%"
        if matter.phase == "implemented":
            matter.implementation = "已印发文件并落实到位。"
            matter.follow_up_result = rng.choice(
                [
                    "职能运行顺畅，人员已全部到岗，达到预期效果。",
                    "调整后工作效率明显提升，服务对象满意度达95%。",
                ]
            )
    for section, text in REPORT_TEXTS.items():
        builder.add(
            CampaignReportText(
                campaign_id=campaign.id,
                section=section,
                text=text.format(year=campaign.year, groups=len(builder.groups)),
            )
        )
    s.flush()
