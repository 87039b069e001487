"""Document numbers (发文字号) such as 昌编督〔2026〕3号: one counter per kind of document and
year, never reused. Issuing takes the next serial and records it in the register; the office
may move a counter forward (numbers already given by hand), never back onto an issued one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import DocumentCounter, IssuedDocument

#: Kinds of numbered documents and their Chinese names.
DOCUMENT_KINDS = {
    "feedback": "书面反馈意见",
    "notice": "整改通知书",
    "report": "督导报告",
    "plan": "督导方案",
}
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown document kind '{kind}'; use one of: {choices}.")
SERIAL_USED = QT_TRANSLATE_NOOP(
    "Errors",
    "Number {serial} of {year} is already issued for this kind of document (the highest issued "
    "is {highest}); choose a next number above it.",
)
BAD_SERIAL = QT_TRANSLATE_NOOP("Errors", "The next number must be a whole number from 1 up.")
BAD_YEAR = QT_TRANSLATE_NOOP("Errors", "The year {year} is not a plausible year of issue.")


@dataclass(frozen=True)
class CounterState:
    kind: str
    year: int
    prefix: str
    next_serial: int
    highest_issued: int

    @property
    def next_number(self) -> str:
        return format_number(self.prefix, self.year, self.next_serial)


def format_number(prefix: str, year: int, serial: int) -> str:
    """昌编督〔2026〕3号: the prefix, the year in 六角括号, the serial without leading zeros."""
    return f"{prefix}〔{year}〕{serial}号"


def _check(kind: str, year: int) -> None:
    if kind not in DOCUMENT_KINDS:
        raise DudaoError(UNKNOWN_KIND, kind=kind, choices=", ".join(DOCUMENT_KINDS))
    if not 1990 <= year <= 2200:
        raise DudaoError(BAD_YEAR, year=year)


def _counter(s: Session, kind: str, year: int) -> DocumentCounter:
    counter = s.execute(
        select(DocumentCounter).where(DocumentCounter.kind == kind, DocumentCounter.year == year)
    ).scalar_one_or_none()
    if counter is None:
        earlier = s.execute(
            select(DocumentCounter.prefix)
            .where(DocumentCounter.kind == kind)
            .order_by(DocumentCounter.year.desc())
        ).scalar()
        counter = DocumentCounter(kind=kind, year=year, prefix=earlier or "", next_serial=1)
        s.add(counter)
        s.flush()
    return counter


def _highest(s: Session, kind: str, year: int) -> int:
    return (
        s.execute(
            select(func.max(IssuedDocument.serial)).where(
                IssuedDocument.kind == kind, IssuedDocument.year == year
            )
        ).scalar()
        or 0
    )


def counter_state(database: Database, kind: str, year: int) -> CounterState:
    _check(kind, year)
    with database.session() as s:
        counter = _counter(s, kind, year)
        return CounterState(
            kind, year, counter.prefix, counter.next_serial, _highest(s, kind, year)
        )


def set_counter(
    database: Database,
    kind: str,
    year: int,
    *,
    next_serial: int | None = None,
    prefix: str | None = None,
) -> CounterState:
    """Set the prefix and/or the next serial of a counter (never onto an issued number)."""
    _check(kind, year)
    with database.session() as s:
        counter = _counter(s, kind, year)
        highest = _highest(s, kind, year)
        if next_serial is not None:
            if next_serial < 1:
                raise DudaoError(BAD_SERIAL)
            if next_serial <= highest:
                raise DudaoError(SERIAL_USED, serial=next_serial, year=year, highest=highest)
            counter.next_serial = next_serial
        if prefix is not None:
            counter.prefix = prefix.strip()
        return CounterState(kind, year, counter.prefix, counter.next_serial, highest)


def issue_number(
    s: Session, kind: str, year: int, *, campaign_id: str = "", subject_id: str = ""
) -> str:
    """Take the next number of ``kind`` in ``year`` inside the caller's transaction and
    record it; returns the formatted 发文字号."""
    _check(kind, year)
    counter = _counter(s, kind, year)
    serial = max(counter.next_serial, _highest(s, kind, year) + 1)
    number = format_number(counter.prefix, year, serial)
    s.add(
        IssuedDocument(
            kind=kind,
            year=year,
            serial=serial,
            number=number,
            campaign_id=campaign_id,
            subject_id=subject_id,
            issued_at=datetime.now(),
        )
    )
    counter.next_serial = serial + 1
    s.flush()
    return number


def issued_number(s: Session, kind: str, *, campaign_id: str = "", subject_id: str = "") -> str:
    """The number last issued for this document (unit and campaign), or ``""``."""
    return (
        s.execute(
            select(IssuedDocument.number)
            .where(
                IssuedDocument.kind == kind,
                IssuedDocument.campaign_id == campaign_id,
                IssuedDocument.subject_id == subject_id,
            )
            .order_by(IssuedDocument.id.desc())
        ).scalar()
        or ""
    )


def issued_documents(database: Database, year: int | None = None) -> list[IssuedDocument]:
    """The register of issued numbers, newest first."""
    with database.Session() as s:
        query = select(IssuedDocument).order_by(IssuedDocument.id.desc())
        if year is not None:
            query = query.where(IssuedDocument.year == year)
        rows = list(s.execute(query).scalars())
        s.expunge_all()
        return rows
