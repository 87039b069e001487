"""The dated 跟踪问效 checks of an approval matter: a list (date, who checked, what was found),
not one field, so that every later check of the approved change is kept."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import ApprovalMatter, FollowUpCheck


def add_check(
    database: Database, matter_id: str, finding: str, on: date | None = None, by: str = ""
) -> str:
    """Record a check of the matter on ``on`` (default today) by ``by`` (default the
    signed-in user); returns its id."""
    if not finding.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Write what the follow-up check found."))
    with database.session() as s:
        matter = s.get(ApprovalMatter, matter_id)
        if matter is None or matter.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Approval matter {id} does not exist."), id=matter_id
            )
        check = FollowUpCheck(
            approval_id=matter_id,
            on=on or date.today(),
            checked_by=(by or database.user_name).strip(),
            finding=finding.strip(),
        )
        s.add(check)
        s.flush()
        return check.id


def checks(database: Database, matter_id: str) -> list[tuple[str, date, str, str]]:
    """(id, date, who, finding) of the matter's checks, oldest first."""
    with database.Session() as s:
        rows = s.execute(
            select(
                FollowUpCheck.id, FollowUpCheck.on, FollowUpCheck.checked_by, FollowUpCheck.finding
            )
            .where(FollowUpCheck.approval_id == matter_id, FollowUpCheck.deleted.is_(False))
            .order_by(FollowUpCheck.on, FollowUpCheck.created_hlc)
        ).all()
    return [tuple(row) for row in rows]


def remove_check(database: Database, check_id: str) -> None:
    """Take a check off the list (a tombstone)."""
    with database.session() as s:
        check = s.get(FollowUpCheck, check_id)
        if check is None or check.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Follow-up check {id} does not exist."), id=check_id
            )
        check.deleted = True
