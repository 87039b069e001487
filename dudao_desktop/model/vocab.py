"""Fixed vocabularies stored as plain strings (portable across SQLite and PostgreSQL).

Labels are English source strings; the UI translates them.
"""

from __future__ import annotations

ROLES = ("office", "field")

#: The people who sign off (督导组组长, 组员, 科室经办人, 编办领导).
USER_ROLES = {
    "group_leader": "Group leader",
    "member": "Group member",
    "clerk": "Section clerk",
    "office_leader": "Office leader",
}

UNIT_KINDS = {
    "agency": "Party or government agency",
    "institution": "Public institution",
    "township": "Town or sub-district",
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

ESTABLISHMENT_KINDS = {
    "admin": "Administrative",
    "institution": "Public institution",
    "law": "Political-legal special",
}

CAMPAIGN_STATUSES = ("planning", "active", "archived")
