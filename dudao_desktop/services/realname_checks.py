"""The monthly person checks of the real-name system (人编对应, 编制、人员、工资“三对应”).

Per unit: persons per establishment kind against the approved figures, persons occupying
leader posts against the 正职/副职 posts, persons in internal bodies that were not set up,
persons whose establishment kind or unit is not known; against the previous month, who
joined and who left; against the payroll, who is paid but not on establishment (the signal
for 吃空饷), who left and is still paid, and who is on establishment but not paid (the signal
for 在编不在岗). Findings carry masked ID numbers only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Row, delete, func, insert, select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP
from ..model import Installation, RealNamePerson
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS, institution_names
from ..model.vocab import ESTABLISHMENT_KIND_NAMES
from .realname import PersonRow, RealNameExport, hash_id

CHECK_LABELS = {
    "unknown_kind": QT_TRANSLATE_NOOP("Archive", "Person on an unknown establishment kind"),
    "unknown_unit": QT_TRANSLATE_NOOP("Archive", "Person in a unit not on the roster"),
    "over_kind": QT_TRANSLATE_NOOP("Archive", "More persons than approved for a kind"),
    "over_principal": QT_TRANSLATE_NOOP("Archive", "More principal leaders than posts"),
    "over_deputy": QT_TRANSLATE_NOOP("Archive", "More deputy leaders than posts"),
    "unknown_body": QT_TRANSLATE_NOOP("Archive", "Person in an internal body not set up"),
    "joined": QT_TRANSLATE_NOOP("Archive", "Joined since last month"),
    "left": QT_TRANSLATE_NOOP("Archive", "Left since last month"),
    "paid_not_on_roster": QT_TRANSLATE_NOOP("Archive", "Paid but not on establishment"),
    "leaver_paid": QT_TRANSLATE_NOOP("Archive", "Left establishment but still paid"),
    "not_paid": QT_TRANSLATE_NOOP("Archive", "On establishment but not paid"),
}
POST_CHECKS = {"principal": "over_principal", "deputy": "over_deputy"}
#: Persons written per statement when the month is kept.
BATCH = 1_000


@dataclass
class PersonCheck:
    check: str  # a key of CHECK_LABELS
    uscc: str
    unit_name: str
    person: str = ""  # the person's name ("" for a unit-level finding)
    id_masked: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


def office_salt(session: Session) -> str:
    """This installation's id: ID hashes are not comparable across offices."""
    return session.scalar(select(Installation.id)) or ""


def _month_end(month: str) -> date:
    year, number = int(month[:4]), int(month[5:7])
    return date(year + number // 12, number % 12 + 1, 1)  # the first day after the month


def _unit_of(person: PersonRow, by_uscc: dict[str, Row], by_name: dict[str, Row]):
    return by_uscc.get(person.unit.upper()) or by_name.get(person.unit)


def check_persons(
    session: Session,
    export: RealNameExport,
    units: dict[str, Row],
    month: str,
    salt: str,
) -> list[PersonCheck]:
    """Every person-level finding of the month (nothing is written). ``units`` are the
    roster's rows by USCC (:func:`.archive.roster_units`)."""
    by_uscc = dict(units)
    by_name = {u.name: u for u in units.values()}
    after = _month_end(month)
    found: list[PersonCheck] = []
    on_roster = [p for p in export.persons if p.left_on is None or p.left_on >= after]
    per_kind: Counter[tuple[str, str]] = Counter()
    per_post: Counter[tuple[str, str]] = Counter()
    for person in export.persons:
        unit = _unit_of(person, by_uscc, by_name)
        where = (unit.uscc, unit.name) if unit else (person.unit, person.unit)
        if unit is None:
            found.append(PersonCheck("unknown_unit", *where, person.name, person.id_masked))
            continue
        if person.left_on is not None and person.left_on < after:  # not on the roster
            continue
        if not person.kind:
            found.append(
                PersonCheck(
                    "unknown_kind",
                    *where,
                    person.name,
                    person.id_masked,
                    {"kind": person.kind_text, "row": person.row},
                )
            )
        else:
            per_kind[(unit.uscc, person.kind)] += 1
        if person.leader_post:
            per_post[(unit.uscc, person.leader_post)] += 1
        bodies = institution_names(unit.internal_institutions)
        if person.body and bodies and person.body not in bodies:
            found.append(
                PersonCheck(
                    "unknown_body",
                    *where,
                    person.name,
                    person.id_masked,
                    {"body": person.body, "bodies": "、".join(bodies)},
                )
            )
    for (uscc, kind), count in sorted(per_kind.items()):
        unit = by_uscc[uscc]
        approved = getattr(unit, ESTABLISHMENT_COLUMNS[kind][0]) or 0
        if count > approved:
            found.append(
                PersonCheck(
                    "over_kind",
                    uscc,
                    unit.name,
                    detail={
                        "kind": ESTABLISHMENT_KIND_NAMES[kind][0],
                        "persons": count,
                        "approved": approved,
                    },
                )
            )
    for (uscc, post), count in sorted(per_post.items()):
        unit = by_uscc[uscc]
        approved = getattr(unit, LEADER_POST_COLUMNS[post][0]) or 0
        if count > approved:
            found.append(
                PersonCheck(
                    POST_CHECKS[post],
                    uscc,
                    unit.name,
                    detail={"persons": count, "approved": approved},
                )
            )
    found += _month_to_month(session, export, on_roster, month, salt, by_uscc, by_name)
    if export.payroll is not None:
        found += _payroll(export, on_roster, by_uscc, by_name, month)
    return found


def _month_to_month(session, export, on_roster, month, salt, by_uscc, by_name):
    previous_month = session.scalar(
        select(func.max(RealNamePerson.month)).where(RealNamePerson.month < month)
    )
    if not previous_month:
        return []
    last = (RealNamePerson.month == previous_month, RealNamePerson.left_on.is_(None))
    # Hashes held as their 32 bytes, not 64 hex digits: half the memory for a county.
    before = {
        bytes.fromhex(h) for h in session.scalars(select(RealNamePerson.id_hash).where(*last))
    }
    now = {bytes.fromhex(hash_id(p.id_number, salt)): p for p in on_roster}
    found = []
    for key, person in now.items():
        if key not in before:
            unit = _unit_of(person, by_uscc, by_name)
            found.append(
                PersonCheck(
                    "joined",
                    unit.uscc if unit else person.unit,
                    unit.name if unit else person.unit,
                    person.name,
                    person.id_masked,
                    {"joined_on": person.joined_on.isoformat() if person.joined_on else ""},
                )
            )
    names = {u.uscc: u.name for u in by_uscc.values()}
    # Last month's persons are read again as a stream, for those who left: never all held.
    leavers = select(
        RealNamePerson.id_hash,
        RealNamePerson.unit_uscc,
        RealNamePerson.name,
        RealNamePerson.id_masked,
    ).where(*last)
    for person in session.execute(leavers.execution_options(yield_per=BATCH)):
        if bytes.fromhex(person.id_hash) not in now:
            found.append(
                PersonCheck(
                    "left",
                    person.unit_uscc,
                    names.get(person.unit_uscc, person.unit_uscc),
                    person.name,
                    person.id_masked,
                )
            )
    return found


def _payroll(export, on_roster, by_uscc, by_name, month):
    paid = {p.id_number: p for p in export.payroll or []}
    listed = {p.id_number: p for p in export.persons}
    current = {p.id_number for p in on_roster}
    found = []
    for number, line in paid.items():
        person = listed.get(number)
        unit = _unit_of(person or line, by_uscc, by_name)
        where = (unit.uscc, unit.name) if unit else (line.unit, line.unit)
        if person is None:
            found.append(PersonCheck("paid_not_on_roster", *where, line.name, line.id_masked))
        elif number not in current:
            found.append(
                PersonCheck(
                    "leaver_paid",
                    *where,
                    person.name,
                    person.id_masked,
                    {"left_on": person.left_on.isoformat() if person.left_on else ""},
                )
            )
    for person in on_roster:
        if person.id_number not in paid:
            unit = _unit_of(person, by_uscc, by_name)
            if unit is not None:
                found.append(
                    PersonCheck("not_paid", unit.uscc, unit.name, person.name, person.id_masked)
                )
    return found


def store_persons(
    session: Session, persons: list[PersonRow], units: dict[str, Row], month: str, salt: str
) -> None:
    """Keep the month's persons for next month's comparison: hashed and masked ID numbers,
    never the number itself. The month's earlier import is replaced. Persons are not
    synced (no change log): they are inserted :data:`BATCH` at a time, never held as
    objects."""
    session.execute(delete(RealNamePerson).where(RealNamePerson.month == month))
    by_name = {u.name: u for u in units.values()}
    for first in range(0, len(persons), BATCH):
        values = []
        for person in persons[first : first + BATCH]:
            unit = _unit_of(person, units, by_name)
            values.append(
                {
                    "month": month,
                    "unit_uscc": unit.uscc if unit else person.unit[:18],
                    "name": person.name,
                    "id_hash": hash_id(person.id_number, salt),
                    "id_masked": person.id_masked,
                    "establishment_kind": person.kind or person.kind_text,
                    "category": person.category,
                    "body": person.body,
                    "post": person.post,
                    "leader_post": person.leader_post,
                    "joined_on": person.joined_on,
                    "left_on": person.left_on,
                    "approval_no": person.approval_no,
                }
            )
        session.execute(insert(RealNamePerson), values)


CHECK = QT_TRANSLATE_NOOP("Archive", "Check")
UNIT = QT_TRANSLATE_NOOP("Archive", "Unit")
USCC = QT_TRANSLATE_NOOP("Archive", "USCC")
PERSON = QT_TRANSLATE_NOOP("Archive", "Person")
ID_NUMBER = QT_TRANSLATE_NOOP("Archive", "ID number (masked)")
DETAIL = QT_TRANSLATE_NOOP("Archive", "Detail")
TITLE = QT_TRANSLATE_NOOP("Archive", "Real-name reconciliation {month}")


def detail_text(check: PersonCheck) -> str:
    return "; ".join(f"{k}: {v}" for k, v in check.detail.items() if k != "row")


def write_person_checks(checks: list[PersonCheck], month: str, path) -> None:
    """The month's person findings as a workbook in the office layout (IDs masked)."""
    from .. import i18n
    from ..documents.workbook import write_ledger

    def t(text: str) -> str:
        return i18n.translate("Archive", text)

    columns = [
        (None, [(t(CHECK), 28, None), (t(UNIT), 30, None), (t(USCC), 22, None)]),
        (None, [(t(PERSON), 10, None), (t(ID_NUMBER), 22, None), (t(DETAIL), 50, None)]),
    ]
    rows = [
        (
            t(CHECK_LABELS[c.check]),
            c.unit_name,
            c.uscc,
            c.person,
            c.id_masked,
            detail_text(c),
        )
        for c in checks
    ]
    write_ledger(path, t(TITLE).format(month=month), None, columns, rows)
