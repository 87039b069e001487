"""审定: an office leader approves a unit's letter or a campaign's supervision report before it
is issued. The approval names the signed-in leader and the time; a document without it prints
as a draft."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import DocumentApproval
from . import users

#: What an office leader approves: the two letter kinds and the report.
APPROVED_KINDS = ("feedback", "notice", "report")
APPROVE_DOCUMENT = QT_TRANSLATE_NOOP("Errors", "approve (审定) a letter or the report")
#: Why a document prints as 草稿 (Chinese: it is printed).
DRAFT_UNAPPROVED = "尚未经编办领导审定"


def approval(
    session: Session, kind: str, campaign_id: str, subject_id: str = ""
) -> DocumentApproval | None:
    """The 审定 of the document (a unit's letter of ``kind``, or the ``report``), if any."""
    return session.scalar(
        select(DocumentApproval).where(
            DocumentApproval.kind == kind,
            DocumentApproval.campaign_id == (campaign_id or ""),
            DocumentApproval.subject_id == (subject_id or ""),
        )
    )


def approve_document(database: Database, kind: str, campaign_id: str, subject_id: str = "") -> str:
    """审定 by the signed-in office leader (anyone else is refused with a message); once:
    a second approval keeps the first. Returns who approved it."""
    if kind not in APPROVED_KINDS:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown letter kind '{kind}'; use one of: {choices}."),
            kind=kind,
            choices=", ".join(APPROVED_KINDS),
        )
    leader = users.require_role(database, ("office_leader",), APPROVE_DOCUMENT)
    with database.session() as s:
        held = approval(s, kind, campaign_id, subject_id)
        if held is not None:
            return held.approved_by
        s.add(
            DocumentApproval(
                kind=kind,
                campaign_id=campaign_id or "",
                subject_id=subject_id or "",
                approved_by=leader.name,
                approved_at=datetime.now().replace(microsecond=0),
            )
        )
    return leader.name


def approved_by(database: Database, kind: str, campaign_id: str, subject_id: str = "") -> str:
    """Who approved the document ("" while it waits for 审定)."""
    with database.Session() as s:
        held = approval(s, kind, campaign_id, subject_id)
        return held.approved_by if held else ""
