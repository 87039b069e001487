"""The 三定 record of a unit: its regulation (or establishment plan) and the revisions that
findings propose, tracked until the revision document is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Problem, RegulationRevision, Unit


@dataclass
class RevisionRow:
    id: str
    unit_id: str
    unit_name: str
    what: str
    why: str
    problem_ids: list[str]
    proposed_on: date | None
    status: str
    document_number: str
    document_date: date | None


def propose_revision(
    database: Database,
    unit_id: str,
    what: str,
    why: str = "",
    problem_ids: list[str] | None = None,
    campaign_id: str | None = None,
    on: date | None = None,
) -> str:
    """A finding proposes a revision of the unit's 三定规定; returns its id."""
    if not what.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Say what the revision should change."))
    linked = list(dict.fromkeys(problem_ids or []))
    with database.session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Unit {id} does not exist."), id=unit_id
            )
        for problem_id in linked:
            problem = s.get(Problem, problem_id)
            if problem is None or problem.deleted or problem.unit_id != unit_id:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Problem {id} is not a problem of {unit}; link its own."
                    ),
                    id=problem_id,
                    unit=unit.name,
                )
        revision = RegulationRevision(
            unit_id=unit_id,
            campaign_id=campaign_id,
            what=what.strip(),
            why=why.strip(),
            problem_ids=",".join(linked),
            proposed_on=on or date.today(),
        )
        s.add(revision)
        s.flush()
        return revision.id


def record_revision_document(
    database: Database, revision_id: str, document_number: str, document_date: date
) -> None:
    """The revision is made: its document is recorded, and becomes the unit's current
    regulation when it is newer than the one on record."""
    if not document_number.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Give the document number of the revised regulation.")
        )
    with database.session() as s:
        revision = s.get(RegulationRevision, revision_id)
        if revision is None or revision.deleted:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This revision no longer exists."))
        revision.status = "completed"
        revision.document_number = document_number.strip()
        revision.document_date = document_date
        unit = s.get(Unit, revision.unit_id)
        if unit.regulation_date is None or unit.regulation_date <= document_date:
            unit.regulation_doc_no = revision.document_number
            unit.regulation_date = document_date


def revisions(
    database: Database, unit_id: str | None = None, year: int | None = None
) -> list[RevisionRow]:
    """Revisions of a unit (or all), optionally those proposed or completed in ``year``."""
    with database.Session() as s:
        query = (
            select(RegulationRevision, Unit.name)
            .join(Unit, Unit.id == RegulationRevision.unit_id)
            .where(RegulationRevision.deleted.is_(False))
            .order_by(RegulationRevision.proposed_on, Unit.name, RegulationRevision.id)
        )
        if unit_id:
            query = query.where(RegulationRevision.unit_id == unit_id)
        if year is not None:
            start, end = date(year, 1, 1), date(year, 12, 31)
            query = query.where(
                or_(
                    RegulationRevision.proposed_on.between(start, end),
                    RegulationRevision.document_date.between(start, end),
                )
            )
        return [
            RevisionRow(
                r.id,
                r.unit_id,
                name,
                r.what,
                r.why,
                [p for p in r.problem_ids.split(",") if p],
                r.proposed_on,
                r.status,
                r.document_number,
                r.document_date,
            )
            for r, name in s.execute(query)
        ]
