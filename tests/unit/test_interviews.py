"""Interviews (座谈): the record, its participants, evidence, and suggestions recorded from it."""

from __future__ import annotations

from datetime import date

import pytest
from evidence_site import make_site
from sqlalchemy import select

from dudao_desktop.errors import DudaoError
from dudao_desktop.model import Interview, Suggestion
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import evidence, interviews
from dudao_desktop.services.interviews import InterviewData, Participants


@pytest.fixture
def site(office_db):
    return make_site(office_db)


def sample() -> InterviewData:
    return InterviewData(
        held_on=date(2026, 3, 17),
        place="审计局三楼会议室",
        participants=Participants(
            unit_head="李局长",
            staff=interviews.split_names("张三、李四，王五"),
            inspectors=["赵督导", " ", "钱督导"],
        ),
        topics="机构编制执行情况",
        needs="编制紧张，专业人员不足",
        suggestions=["增加审计专业编制", "  ", "加强业务培训"],
    )


def test_create_read_update_and_list(site):
    interview_id = interviews.create_interview(site.database, site.unit_id, sample())
    view = interviews.get_interview(site.database, interview_id)
    assert view.inspection_id == site.inspection_id
    assert view.data.place == "审计局三楼会议室"
    assert view.data.participants == Participants(
        "李局长", ["张三", "李四", "王五"], ["赵督导", "钱督导"]
    )
    assert view.data.suggestions == ["增加审计专业编制", "加强业务培训"]

    changed = view.data
    changed.topics = "机构运转和职责履行"
    interviews.update_interview(site.database, interview_id, changed)
    [listed] = interviews.list_interviews(site.database, site.unit_id)
    assert listed.data.topics == "机构运转和职责履行"
    with site.database.Session() as s:
        text = interviews.participants_text(s.get(Interview, interview_id), language="en")
    assert text.splitlines() == [
        "Unit head: 李局长",
        "Staff representatives: 张三、李四、王五",
        "Inspectors: 赵督导、钱督导",
    ]

    interviews.remove_interview(site.database, interview_id)
    assert interviews.list_interviews(site.database, site.unit_id) == []


def test_record_a_raised_suggestion_on_the_suggestion_list(site):
    interview_id = interviews.create_interview(site.database, site.unit_id, sample())
    raised = interviews.raised_suggestions(site.database, interview_id)
    assert [(r.text, r.recorded) for r in raised] == [
        ("增加审计专业编制", False),
        ("加强业务培训", False),
    ]
    suggestion_id = interviews.record_suggestion(site.database, interview_id, "增加审计专业编制")
    with site.database.Session() as s:
        suggestion = s.get(Suggestion, suggestion_id)
        assert (suggestion.source, suggestion.unit_id, suggestion.interview_id) == (
            "interview",
            site.unit_id,
            interview_id,
        )
        assert suggestion.text == "增加审计专业编制"
        assert suggestion.campaign_id is not None
    raised = interviews.raised_suggestions(site.database, interview_id)
    assert [r.suggestion_id for r in raised] == [suggestion_id, None]
    with pytest.raises(DudaoError, match="already on the suggestion list"):
        interviews.record_suggestion(site.database, interview_id, "增加审计专业编制")
    with pytest.raises(DudaoError, match="Type the suggestion"):
        interviews.record_suggestion(site.database, interview_id, "   ")

    # A suggestion typed straight into the action joins the interview's own list too.
    interviews.record_suggestion(site.database, interview_id, "理顺职责  边界")
    assert interviews.get_interview(site.database, interview_id).data.suggestions[-1] == (
        "理顺职责 边界"
    )
    with site.database.Session() as s:
        texts = s.scalars(select(Suggestion.text).order_by(Suggestion.text)).all()
    assert sorted(texts) == sorted(["增加审计专业编制", "理顺职责 边界"])


def test_evidence_attaches_to_the_interview(site, tmp_path):
    interview_id = interviews.create_interview(site.database, site.unit_id, sample())
    sheet = tmp_path / "签到表.pdf"
    sheet.write_bytes(b"%PDF sign-in")
    run_to_end(evidence.add_files(site.database, [sheet], evidence.Link(interview_id=interview_id)))
    [view] = evidence.list_evidence(site.database, site.unit_id, interview_id=interview_id)
    assert view.original_name == "签到表.pdf" and view.unit_id == site.unit_id
