"""Typed SQLAlchemy entities, one module per aggregate; importing this registers them all."""

from .approval import ApprovalMatter, FollowUpCheck
from .archive import BlacklistEntry, EstablishmentSnapshot, UnitWarning
from .base import Base, Synced, new_id
from .campaign import Campaign, Milestone, TrainingSession
from .checklist import ChecklistItem, ChecklistSection, ChecklistTemplate
from .control import ControlHold, FigureCheck, RegulationRevision, SpotCheckDraw, Visit
from .document import DocumentApproval, DocumentCounter, DocumentSetting, IssuedDocument
from .enrolment import Enrolment
from .evidence import Evidence
from .group import Assignment, DrawRecord, GroupMembership, InspectionGroup
from .inspection import Answer, Inspection, InspectionRevision, Interview
from .inspector import AvoidanceDeclaration, Inspector
from .installation import Installation
from .package import Acknowledgement, ImportReport, PackageRecord, PeerKey
from .problem import AccountabilityRecord, Problem, ProblemProgress, Suggestion
from .questionnaire import (
    Questionnaire,
    QuestionnaireAnswer,
    QuestionnaireIssue,
    QuestionnaireQuestion,
)
from .realname import ColumnLayout, RealNamePerson
from .report import CampaignReportText
from .sync import ChangeLog, Conflict
from .unit import Department, Unit
from .user import UserAccount
from .vocabulary import VocabularyTerm

SYNCED_MODELS: dict[str, type[Synced]] = {
    m.__tablename__: m  # type: ignore[attr-defined]
    for m in Base.__subclasses__()
    if issubclass(m, Synced)
}

__all__ = [
    "AccountabilityRecord",
    "Acknowledgement",
    "Answer",
    "ApprovalMatter",
    "Assignment",
    "AvoidanceDeclaration",
    "Base",
    "BlacklistEntry",
    "Campaign",
    "CampaignReportText",
    "ChangeLog",
    "ChecklistItem",
    "ChecklistSection",
    "ChecklistTemplate",
    "ColumnLayout",
    "ControlHold",
    "Conflict",
    "Department",
    "Enrolment",
    "DocumentApproval",
    "DocumentCounter",
    "DocumentSetting",
    "DrawRecord",
    "EstablishmentSnapshot",
    "Evidence",
    "FigureCheck",
    "FollowUpCheck",
    "GroupMembership",
    "ImportReport",
    "Inspection",
    "InspectionGroup",
    "InspectionRevision",
    "Inspector",
    "Installation",
    "Interview",
    "IssuedDocument",
    "Milestone",
    "PackageRecord",
    "PeerKey",
    "Problem",
    "ProblemProgress",
    "Questionnaire",
    "QuestionnaireAnswer",
    "QuestionnaireIssue",
    "QuestionnaireQuestion",
    "RealNamePerson",
    "RegulationRevision",
    "SYNCED_MODELS",
    "SpotCheckDraw",
    "Suggestion",
    "Synced",
    "TrainingSession",
    "Unit",
    "UserAccount",
    "UnitWarning",
    "Visit",
    "VocabularyTerm",
    "new_id",
]
