"""Fixed vocabularies stored as plain strings (portable across SQLite and PostgreSQL).

Labels are English source strings; the UI translates them.
"""

from __future__ import annotations

import json
from functools import cache

from ..errors import QT_TRANSLATE_NOOP
from ..paths import resource

ROLES = ("office", "field")

# Unit kinds (单位类别) as offices use them. "agency" and "institution" without a finer kind
# are what older rosters said (kept so their units keep their meaning); an office may add
# kinds of its own (stored by their Chinese name, see ``services.vocabulary``).
#: The people who sign off (督导组组长, 组员, 科室经办人, 编办领导).
USER_ROLES = {
    "group_leader": "Group leader",
    "member": "Group member",
    "clerk": "Section clerk",
    "office_leader": "Office leader",
}

UNIT_KINDS = {
    "party_department": "Party committee department",
    "government_department": "Government department",
    "people_congress": "People's congress organ",
    "cppcc": "CPPCC organ",
    "court": "Judicial organ (court)",
    "procuratorate": "Procuratorial organ",
    "mass_organisation": "Mass organisation organ",
    "civil_service_institution": "Institution managed under the Civil Servant Law",
    "public_welfare_1": "Public-welfare institution, class one",
    "public_welfare_2": "Public-welfare institution, class two",
    "business_institution": "Production and business institution",
    "township": "Town or sub-district",
    "agency": "Agency (kind not specified)",
    "institution": "Public institution (kind not specified)",
    "other": "Other",
}
#: The names offices write for each kind (the first is the official one, used in documents).
UNIT_KIND_NAMES = {
    "party_department": ("党委工作部门", "党委部门", "党委工作机关"),
    "government_department": ("政府工作部门", "政府部门", "政府工作机关", "政府组成部门"),
    "people_congress": ("人大机关", "人大", "人大常委会机关"),
    "cppcc": ("政协机关", "政协"),
    "court": ("审判机关", "法院"),
    "procuratorate": ("检察机关", "检察院"),
    "mass_organisation": ("群团机关", "群团组织", "人民团体", "群众团体"),
    "civil_service_institution": (
        "参照公务员法管理事业单位",
        "参公事业单位",
        "参公单位",
        "参照公务员法管理",
        "参公",
    ),
    "public_welfare_1": ("公益一类事业单位", "公益一类", "公益类一类"),
    "public_welfare_2": ("公益二类事业单位", "公益二类", "公益类二类"),
    "business_institution": ("生产经营类事业单位", "生产经营类", "经营类事业单位"),
    "township": ("镇（街道）", "镇街", "乡镇", "镇", "街道", "街道办事处", "乡镇街道", "镇（街）"),
    "agency": ("机关", "党政机关", "行政机关", "党政机构", "机关单位"),
    "institution": ("事业单位",),
    "other": ("其他",),
}
#: Groups of kinds a checklist item or a figure can target (a kind's own key also works).
UNIT_KIND_GROUPS = {
    "administrative": ("party_department", "government_department"),
    "agency": (
        "party_department",
        "government_department",
        "people_congress",
        "cppcc",
        "court",
        "procuratorate",
        "mass_organisation",
        "agency",
    ),
    "institution": (
        "civil_service_institution",
        "public_welfare_1",
        "public_welfare_2",
        "business_institution",
        "institution",
    ),
    "township": ("township",),
}
UNIT_KIND_GROUP_LABELS = {
    "administrative": "Administrative organs (party and government departments)",
    "agency": "All agencies",
    "institution": "All public institutions",
    "township": "Towns and sub-districts",
}
#: The organisation class in a USCC (its first two characters; GB 32100): 1x is registered
#: by the establishment office, 5x by civil affairs, 9x by market regulation.
USCC_CLASSES = {
    "11": "Agency",
    "12": "Public institution",
    "13": "Mass organisation (establishment managed by the office)",
    "19": "Other (registered by the establishment office)",
    "51": "Social organisation",
    "52": "Private non-enterprise unit",
    "53": "Foundation",
    "91": "Enterprise",
    "92": "Individual business",
    "93": "Farmers' cooperative",
}
#: The kind a USCC class implies when a row names no kind.
USCC_CLASS_KINDS = {"11": "agency", "12": "institution", "13": "mass_organisation", "19": "other"}


def kind_in(kind: str, targets: str | tuple[str, ...] | list[str] | set[str]) -> bool:
    """Whether a unit of ``kind`` is targeted by ``targets`` (kinds or kind groups)."""
    if isinstance(targets, str):
        targets = [t for t in targets.split(",") if t]
    return any(kind == t or kind in UNIT_KIND_GROUPS.get(t, ()) for t in targets)


def kind_group(kind: str) -> str:
    """The broad group of a kind: agency, institution, township or "" (other, unknown)."""
    for group in ("agency", "institution", "township"):
        if kind in UNIT_KIND_GROUPS[group]:
            return group
    return ""


#: 机构规格.
UNIT_LEVELS = {
    "division": "Division level",
    "deputy_division": "Deputy division level",
    "section": "Section level",
    "deputy_section": "Deputy section level",
    "sub_section": "Sub-section level",
}
UNIT_LEVEL_NAMES = {
    "division": ("正处级", "正处"),
    "deputy_division": ("副处级", "副处"),
    "section": ("正科级", "正科", "科级"),
    "deputy_section": ("副科级", "副科"),
    "sub_section": ("股级", "正股级"),
}
#: 经费形式.
FUNDING_FORMS = {
    "full": "Fully funded by the budget",
    "partial": "Partly funded by the budget",
    "self": "Self-financing",
}
FUNDING_FORM_NAMES = {
    "full": ("财政拨款", "全额拨款", "财政全额拨款", "全额"),
    "partial": ("差额拨款", "财政差额拨款", "差额补助", "差额"),
    "self": ("自收自支", "经费自理", "自收自支事业"),
}
#: Unit status: a unit that is not active leaves the active roster but keeps its history.
UNIT_STATUSES = {
    "active": "Active",
    "revoked": "Revoked",
    "deregistered": "Deregistered",
    "transferred": "Transferred",
}
UNIT_STATUS_NAMES = {
    "active": ("正常", "存续", "在用"),
    "revoked": ("撤销", "已撤销"),
    "deregistered": ("注销", "已注销"),
    "transferred": ("划转", "已划转", "转出"),
}

EXPERTISE = {
    "streamlining": "Delegation-regulation-service reform",
    "admin_reform": "Administrative system reform",
    "establishment_management": "Establishment management",
    "institution_supervision": "Public-institution supervision",
}

LINES_OF_WORK = {
    "streamlining": "Delegation-regulation-service reform",
    "admin_reform": "Administrative system reform",
    "institution_supervision": "Public-institution supervision",
    "daily_management": "Daily establishment management",
    "effectiveness": "Effectiveness follow-up",
}

# The violation types of 机构编制纪律, so that old ledgers keyed by them import.
DISCIPLINE_VIOLATIONS = {
    "over_establishment_hiring": "Hiring over the approved establishment",
    "over_leader_posts": "Leader posts filled over quota",
    "unauthorised_institution": "Institution set up without approval",
    "absent_from_post": "On the establishment but not at the post",
}
# The three problem categories of the seed report, the five lines of work, the violations.
PROBLEM_CATEGORIES = {
    "duties": "Main duties unclear",
    "structure": "Internal structure not conformant",
    "mixed_posts": "Mixed use of establishment types or posts",
    **LINES_OF_WORK,
    **DISCIPLINE_VIOLATIONS,
}

ANSWER_KINDS = ("yes_no", "number", "text")
YES_NO_VALUES = ("yes", "no", "na")

# The procedure per unit, in order.
STEPS = (
    "self_assessment",
    "on_site",
    "evaluation",
    "feedback",
    "look_back",
    "closed",
)
STEP_LABELS = {
    "self_assessment": "Self-assessment",
    "on_site": "On-site verification",
    "evaluation": "Overall evaluation",
    "feedback": "Feedback and rectification",
    "look_back": "Look-back",
    "closed": "Closed",
}

PROBLEM_STATUSES = ("identified", "notified", "rectifying", "rectified", "verified", "closed")
PROBLEM_STATUS_LABELS = {
    "identified": "Identified",
    "notified": "Notified",
    "rectifying": "Rectifying",
    "rectified": "Rectified",
    "verified": "Verified at look-back",
    "closed": "Closed (销号)",
}
PROBLEM_SOURCES = {
    "campaign": "This supervision campaign",
    "evaluation": "Establishment evaluation",
    "follow_up": "Effectiveness follow-up",
    "special": "Special supervision",
    "transfer": "Transferred by inspection or audit",
    "report": "Public report",
}
#: The names old ledgers write for each source (the office adds sources of its own).
PROBLEM_SOURCE_NAMES = {
    "campaign": ("本次督导", "大督导", "督导检查"),
    "evaluation": ("评估", "机构编制评估"),
    "follow_up": ("跟踪问效", "跟踪评估"),
    "special": ("专项督导", "专项督查", "专项检查"),
    "transfer": ("巡察/审计移交", "巡察移交", "审计移交", "巡视巡察移交"),
    "report": ("举报", "信访举报", "群众举报"),
}
ACCOUNTABILITY_KINDS = {
    "talk": "Admonitory talk (约谈)",
    "notice": "Circulated notice (通报)",
    "accountability": "Accountability decision (问责)",
}
PROBLEM_ACTORS = {"office": "Establishment office", "unit": "Unit"}

APPROVAL_PHASES = ("application", "research", "decision", "implemented")
APPROVAL_CATEGORIES = {
    "establish": "Setting up an institution",
    "merge": "Abolishing or merging",
    "rename": "Renaming",
    "rank": "Changing the rank",
    "duties": "Adjusting duties",
    "establishment": "Adding or cutting establishment",
    "leader_posts": "Adjusting leader posts",
    "internal": "Adjusting internal institutions",
}
DECISION_LEVELS = {
    "director_meeting": "Office director meeting",
    "committee": "Establishment committee",
    "committee_chair": "Committee chair meeting",
}
APPROVAL_OUTCOMES = {
    "approved": "Approved",
    "rejected": "Not approved",
    "deferred": "Deferred",
}

# Establishment kinds (编制类型); the unit's columns for each are declared in ``model.unit``.
ESTABLISHMENT_KINDS = {
    "admin": "Administrative",
    "law": "Political-legal special",
    "institution_cg": "Public institution (civil-service managed)",
    "institution": "Public institution",
    "worker": "Logistics worker",
    "special": "Other special",
}
#: The names offices write for each kind (the first is the official one, used in documents).
ESTABLISHMENT_KIND_NAMES = {
    "admin": ("行政编制", "行政"),
    "law": ("政法专项编制", "政法专项", "政法编制"),
    "institution_cg": ("参公事业编制", "参照公务员法管理事业编制", "参公编制", "参公"),
    "institution": ("事业编制", "事业", "其他事业编制", "非参公事业编制"),
    "worker": ("工勤编制", "工勤", "机关工勤编制", "工勤人员编制"),
    "special": ("其他专项编制", "专项编制", "其他编制"),
}
#: Leader posts (领导职数): principal (正职) and deputy (副职).
LEADER_POST_KINDS = {"principal": "Principal posts", "deputy": "Deputy posts"}

CAMPAIGN_STATUSES = ("planning", "active", "archived")

#: Flags the office sets per unit; checklist items can target them.
UNIT_FLAGS = {
    "reform": "In a current reform",
    "school": "School sector",
    "hospital": "Hospital sector",
    "township_level": "Town or sub-district level",
}
#: The names offices write for each flag (the first is the official one).
UNIT_FLAG_NAMES = {
    "reform": ("涉改", "涉改单位", "改革涉及"),
    "school": ("学校", "教育", "学校类"),
    "hospital": ("医院", "卫生", "医院类"),
    "township_level": ("镇街", "镇街所属", "乡镇街道"),
}
#: What a campaign may focus on; checklist items can be asked only under a focus.
CAMPAIGN_FOCUS = {
    "discipline": "Establishment discipline",
    "establishment_use": "Use of establishment",
    "classification": "Classification of public institutions",
    "reform": "Reforms under way",
}
#: What a figure that differs from the office's suggests (the seed's words in brackets).
FIGURE_FINDINGS = {
    "over_quota": "Staff over establishment (超编)",
    "over_posts": "Leader posts over quota (超职数)",
    "over_bodies": "Internal bodies over the approved number (超内设机构)",
    "inconsistent": "Figures inconsistent with the office's data (数据不一致)",
}
#: Their names in official Chinese (problem descriptions go to the ledger in Chinese).
FIGURE_FINDING_NAMES = {
    "over_quota": "超编",
    "over_posts": "超职数",
    "over_bodies": "超内设机构",
    "inconsistent": "数据不一致",
}
FIGURE_CHECK_STATUSES = {
    "suggested": "Suggested",
    "confirmed": "Confirmed",
    "dismissed": "Dismissed",
}

#: The warning rules (预警规则) by id; shown by the GUI and printed in the yearly analysis.
WARNING_RULE_LABELS = {
    "over_establishment": QT_TRANSLATE_NOOP("Warnings", "Staff over approved establishment"),
    "leader_posts_over_quota": QT_TRANSLATE_NOOP("Warnings", "Leader posts over quota"),
    "internal_bodies_over_quota": QT_TRANSLATE_NOOP(
        "Warnings", "More internal bodies than approved"
    ),
    "certificate_expiring": QT_TRANSLATE_NOOP(
        "Warnings", "Legal-person certificate expired or expiring"
    ),
    "rectification_overdue": QT_TRANSLATE_NOOP("Warnings", "Rectification overdue"),
    "not_inspected": QT_TRANSLATE_NOOP("Warnings", "Not inspected in this campaign"),
}


@cache
def grading_bands() -> list[dict]:
    """The grading bands of ``resources/checklist/grading.json``, best first."""
    return json.loads(resource("checklist", "grading.json").read_text(encoding="utf-8"))["bands"]
