"""Fixed vocabularies stored as plain strings (portable across SQLite and PostgreSQL).

Labels are English source strings; the UI translates them.
"""

from __future__ import annotations

ROLES = ("office", "field")

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

# The three problem categories of the seed report, then the five lines of work.
PROBLEM_CATEGORIES = {
    "duties": "Main duties unclear",
    "structure": "Internal structure not conformant",
    "mixed_posts": "Mixed use of establishment types or posts",
    **LINES_OF_WORK,
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

PROBLEM_STATUSES = ("identified", "notified", "rectifying", "rectified", "verified")
PROBLEM_STATUS_LABELS = {
    "identified": "Identified",
    "notified": "Notified",
    "rectifying": "Rectifying",
    "rectified": "Rectified",
    "verified": "Verified at look-back",
}
PROBLEM_ACTORS = {"office": "Establishment office", "unit": "Unit"}

APPROVAL_PHASES = ("application", "research", "decision", "implemented")

ESTABLISHMENT_KINDS = {
    "admin": "Administrative",
    "institution": "Public institution",
    "law": "Political-legal special",
}

CAMPAIGN_STATUSES = ("planning", "active", "archived")
