"""Every ledger's columns, declared once (台账栏目).

A :class:`LedgerColumn` says what a column holds (its record field, English label in the
``Ledgers`` context, kind, width, header group) and where it appears: the ``.xlsx`` export
(``exported``) and import (``imported``), the list view (``listed``), the detail editor
(``detail``) and the conflicts view (``conflicts``). The listings, the export, the imports,
the detail editors and the conflicts view all read these declarations, so a new column is
the model field, a migration, one line here and its translation.

Kinds: ``text`` (one line), ``long_text``, ``number``, ``date``, ``choice`` (a vocabulary
key; ``vocab`` maps keys to English labels in the ``Vocab`` context), ``bool``, ``person``
and ``docno`` (a document number: one line of text), ``unit`` (the record's unit, shown by
name, imported by name or USCC) and ``serial`` (the row number of an export). A column with
an ``expr`` (SQL) or a ``compute`` (from the row's other values) is derived: shown and
exported, never typed or imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, String, cast, func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import (
    AccountabilityRecord,
    ApprovalMatter,
    BlacklistEntry,
    Department,
    EstablishmentSnapshot,
    FollowUpCheck,
    Problem,
    Suggestion,
    Unit,
    UnitWarning,
)
from ..model.approval import CHANGE_SIDES, FIGURE_CHANGES, change_field
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS
from ..model.vocab import (
    ACCOUNTABILITY_KINDS,
    APPROVAL_CATEGORIES,
    APPROVAL_OUTCOMES,
    DECISION_LEVELS,
    PROBLEM_ACTORS,
    PROBLEM_CATEGORIES,
    PROBLEM_SOURCES,
    PROBLEM_STATUS_LABELS,
)
from .listing import live
from .vocabulary import PROBLEM_CATEGORY, PROBLEM_SOURCE, choices

CONTEXT = "Ledgers"
KINDS = frozenset(
    (
        "text",
        "long_text",
        "number",
        "date",
        "choice",
        "bool",
        "person",
        "docno",
        "unit",
        "serial",
    )
)

OPEN_STATUSES = ("identified", "notified", "rectifying")

PHASE_LABELS = {
    "application": QT_TRANSLATE_NOOP("Vocab", "Application"),
    "research": QT_TRANSLATE_NOOP("Vocab", "Research"),
    "decision": QT_TRANSLATE_NOOP("Vocab", "Decision"),
    "implemented": QT_TRANSLATE_NOOP("Vocab", "Implemented"),
}
SUGGESTION_SOURCES = {
    "interview": QT_TRANSLATE_NOOP("Vocab", "Interview"),
    "checklist": QT_TRANSLATE_NOOP("Vocab", "Checklist"),
}
#: The warning rules' names in the ``Vocab`` context.
RULE_NAMES = {
    "over_establishment": QT_TRANSLATE_NOOP("Vocab", "Staff over approved establishment"),
    "leader_posts_over_quota": QT_TRANSLATE_NOOP("Vocab", "Leader posts over quota"),
    "certificate_expiring": QT_TRANSLATE_NOOP(
        "Vocab", "Legal-person certificate expired or expiring"
    ),
    "rectification_overdue": QT_TRANSLATE_NOOP("Vocab", "Rectification overdue"),
    "not_inspected": QT_TRANSLATE_NOOP("Vocab", "Not inspected in this campaign"),
}


@dataclass(frozen=True)
class LedgerColumn:
    key: str
    label: str
    kind: str = "text"
    width: float | None = 12
    group: str | None = None
    vocab: Mapping[str, str] | None = None
    exported: bool = True
    imported: bool = True
    listed: bool = False
    detail: bool = True
    conflicts: bool = True
    required: bool = False
    #: SQL expression of the value (default: the record's field of the same name).
    expr: Any = None
    #: For ``derived`` columns without SQL: the value from the row's other raw values.
    compute: Callable[[Mapping[str, Any], date], Any] | None = None
    #: Further header titles an import accepts (other offices' words).
    aliases: tuple[str, ...] = ()
    #: A ``choice`` from a vocabulary the office extends (``services.vocabulary``): its
    #: name; ``vocab`` holds the built-in entries, :func:`with_terms` the office's too.
    terms: str | None = None

    @property
    def editable(self) -> bool:
        """Typed by a person (detail editor) and read back by an import."""
        return self.kind not in ("unit", "serial") and self.expr is None and self.compute is None


def _unit(group: str | None = None, **flags: Any) -> LedgerColumn:
    return LedgerColumn(
        "unit",
        QT_TRANSLATE_NOOP("Ledgers", "Unit name"),
        "unit",
        28,
        group,
        expr=Unit.name,
        detail=False,
        conflicts=False,
        required=True,
        **flags,
    )


def _department(group: str | None = None, **flags: Any) -> LedgerColumn:
    return LedgerColumn(
        "department",
        QT_TRANSLATE_NOOP("Ledgers", "Supervising department"),
        "text",
        20,
        group,
        expr=func.coalesce(Department.name, ""),
        imported=False,
        detail=False,
        conflicts=False,
        **flags,
    )


_SERIAL = LedgerColumn(
    "no",
    QT_TRANSLATE_NOOP("Ledgers", "No."),
    "serial",
    6,
    imported=False,
    detail=False,
    conflicts=False,
)


#: The fields every synced record has for the sync; never a ledger column.
_BOOKKEEPING = frozenset(("id", "created_hlc", "updated_hlc", "origin", "deleted"))


@dataclass(frozen=True)
class Ledger:
    """One ledger: its record model, title and columns, and how its rows are selected."""

    name: str
    model: Any
    title: str
    columns: tuple[LedgerColumn, ...]
    #: The unit join: inner for records that always have a unit, outer otherwise.
    unit_optional: bool = False
    #: Fixed conditions beside "not deleted".
    where: tuple[Any, ...] = field(default=())
    #: The export's row order (the record id breaks ties).
    order_by: tuple[Any, ...] = field(default=())
    #: A rule an import runs on each row after reading its columns (see
    #: ``ledger_import.RowCheck``); ``None``: the columns' own checks suffice.
    row_check: Callable[..., None] | None = None
    #: Records are kept elsewhere (the roster): the ledger is shown and exported only.
    read_only: bool = False
    #: Fields linking a record to another beside its unit, set by the screen it is added
    #: from (an accountability record from its problem), never typed.
    links: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"ledger {self.name}: a column key is declared twice")
        for column in self.columns:
            if column.kind not in KINDS:
                raise ValueError(f"ledger {self.name}: unknown kind {column.kind!r}")
            if column.key in _BOOKKEEPING:
                raise ValueError(f"ledger {self.name}: {column.key!r} is the sync's own field")

    # Which columns go where --------------------------------------------------------------------
    def exported(self) -> tuple[LedgerColumn, ...]:
        return tuple(c for c in self.columns if c.exported)

    def imported(self) -> tuple[LedgerColumn, ...]:
        return tuple(c for c in self.columns if c.imported and (c.editable or c.kind == "unit"))

    def listed(self) -> tuple[LedgerColumn, ...]:
        return tuple(c for c in self.columns if c.listed)

    def detail(self) -> tuple[LedgerColumn, ...]:
        return tuple(c for c in self.columns if c.detail and c.editable)

    def column(self, key: str) -> LedgerColumn:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def editable_fields(self) -> tuple[str, ...]:
        """The record fields the detail editor and the services may set."""
        return tuple(c.key for c in self.detail())

    # SQL -------------------------------------------------------------------------------------
    def expr(self, column: LedgerColumn) -> Any:
        if column.expr is not None:
            return column.expr
        if column.kind == "serial" or column.compute is not None:
            return None
        return getattr(self.model, column.key)

    def statement(self, stmt: Select) -> Select:
        """FROM the record, its unit and the unit's department, live records only."""
        model = self.model
        if model is Unit:
            stmt = stmt.select_from(Unit)
        elif self.unit_optional:
            stmt = stmt.select_from(model).outerjoin(Unit, Unit.id == model.unit_id)
        else:
            stmt = stmt.select_from(model).join(Unit, Unit.id == model.unit_id)
        stmt = stmt.outerjoin(Department, Department.id == Unit.department_id)
        return stmt.where(live(model), *self.where)

    def select_rows(self, columns: tuple[LedgerColumn, ...]) -> Select:
        """``SELECT id, <every column with SQL>`` labelled by key, for export and listings."""
        exprs = [self.model.id.label("_id")]
        for column in columns:
            expr = self.expr(column)
            if expr is not None:
                exprs.append(expr.label(column.key))
        for column in columns:  # what computed columns read
            if column.compute is not None:
                for need in _NEEDS.get(column.key, ()):
                    if need not in {c.key for c in columns}:
                        exprs.append(getattr(self.model, need).label(need))
        return self.statement(select(*exprs))


def _overdue(values: Mapping[str, Any], today: date) -> bool:
    deadline = values.get("deadline")
    return bool(deadline and values.get("status") in OPEN_STATUSES and deadline < today)


#: The raw fields a computed column reads.
_NEEDS = {"overdue": ("status", "deadline")}


def _problem_year(values: dict[str, Any], texts: dict[str, str], bad: Callable[..., None]) -> None:
    """An old ledger may give only the deadline: the year is then the deadline's."""
    if values.get("year") is None and texts.get("year", "") == "":
        deadline = values.get("deadline")
        if deadline is not None:
            values["year"] = deadline.year
        elif texts.get("deadline", "") == "":
            bad(
                QT_TRANSLATE_NOOP("Errors", "Give the year or the deadline of the problem."), "year"
            )


#: The latest 约谈, 通报 or 问责 recorded for the problem (the ledger lists it beside the problem).
_latest_accountability = (
    select(AccountabilityRecord.kind)
    .where(AccountabilityRecord.problem_id == Problem.id, AccountabilityRecord.deleted.is_(False))
    .order_by(AccountabilityRecord.on.desc(), AccountabilityRecord.id.desc())
    .limit(1)
    .correlate(Problem)
    .scalar_subquery()
)

_RECT = QT_TRANSLATE_NOOP("Ledgers", "Rectification")
_PROGRESS = QT_TRANSLATE_NOOP("Ledgers", "Progress")
_LOOKBACK = QT_TRANSLATE_NOOP("Ledgers", "Look-back")
_CLOSING = QT_TRANSLATE_NOOP("Ledgers", "Closing (销号)")
_UNIT = QT_TRANSLATE_NOOP("Ledgers", "Unit")

PROBLEMS = Ledger(
    "problems",
    Problem,
    QT_TRANSLATE_NOOP("Ledgers", "Problem rectification ledger"),
    (
        _SERIAL,
        LedgerColumn(
            "number",
            QT_TRANSLATE_NOOP("Ledgers", "Problem number"),
            "docno",
            14,
            listed=True,
            detail=False,  # given once by the ledger
        ),
        _unit(_UNIT, listed=True),
        _department(_UNIT, listed=True),
        LedgerColumn(
            "found_on",
            QT_TRANSLATE_NOOP("Ledgers", "Found on"),
            "date",
            12,
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
        ),
        LedgerColumn(
            "source_kind",
            QT_TRANSLATE_NOOP("Ledgers", "Found by"),
            "choice",
            14,
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
            vocab=PROBLEM_SOURCES,
            terms=PROBLEM_SOURCE,
            aliases=("问题来源", "来源类别"),
        ),
        LedgerColumn(
            "source",
            QT_TRANSLATE_NOOP("Ledgers", "Source"),
            width=16,
            group=QT_TRANSLATE_NOOP("Ledgers", "Problem"),
            listed=True,
        ),
        LedgerColumn(
            "year",
            QT_TRANSLATE_NOOP("Ledgers", "Year"),
            "number",
            8,
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
            listed=True,
        ),
        LedgerColumn(
            "category",
            QT_TRANSLATE_NOOP("Ledgers", "Category"),
            "choice",
            16,
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
            vocab=PROBLEM_CATEGORIES,
            terms=PROBLEM_CATEGORY,
            listed=True,
            required=True,
        ),
        LedgerColumn(
            "description",
            QT_TRANSLATE_NOOP("Ledgers", "Description"),
            "long_text",
            48,
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
            listed=True,
            required=True,
        ),
        LedgerColumn(
            "figure",
            QT_TRANSLATE_NOOP("Ledgers", "Persons or posts involved"),
            "number",
            8,
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
        ),
        LedgerColumn(
            "cause",
            QT_TRANSLATE_NOOP("Ledgers", "Cause"),
            "long_text",
            30,
            QT_TRANSLATE_NOOP("Ledgers", "Problem"),
        ),
        LedgerColumn(
            "actor",
            QT_TRANSLATE_NOOP("Ledgers", "Who must act"),
            "choice",
            10,
            _RECT,
            vocab=PROBLEM_ACTORS,
        ),
        LedgerColumn(
            "handling_opinion",
            QT_TRANSLATE_NOOP("Ledgers", "Handling opinion"),
            "long_text",
            24,
            _RECT,
        ),
        LedgerColumn(
            "measures",
            QT_TRANSLATE_NOOP("Ledgers", "Rectification measures"),
            "long_text",
            36,
            _RECT,
        ),
        LedgerColumn(
            "rectification_plan",
            QT_TRANSLATE_NOOP("Ledgers", "Rectification plan"),
            "long_text",
            30,
            _RECT,
        ),
        LedgerColumn(
            "deadline",
            QT_TRANSLATE_NOOP("Ledgers", "Deadline"),
            "date",
            12,
            _RECT,
            listed=True,
        ),
        LedgerColumn(
            "responsible_unit",
            QT_TRANSLATE_NOOP("Ledgers", "Responsible unit"),
            "text",
            16,
            _RECT,
        ),
        LedgerColumn(
            "responsible",
            QT_TRANSLATE_NOOP("Ledgers", "Responsible person"),
            "person",
            12,
            _RECT,
            listed=True,
        ),
        LedgerColumn(
            "supervising_section",
            QT_TRANSLATE_NOOP("Ledgers", "Supervising section"),
            "text",
            12,
            _RECT,
        ),
        LedgerColumn(
            "supervisor", QT_TRANSLATE_NOOP("Ledgers", "Supervised by"), "person", 10, _RECT
        ),
        LedgerColumn(
            "status",
            QT_TRANSLATE_NOOP("Ledgers", "Status"),
            "choice",
            12,
            _PROGRESS,
            vocab=PROBLEM_STATUS_LABELS,
            listed=True,
            detail=False,  # moved by the procedure, never typed
        ),
        LedgerColumn(
            "notified_on",
            QT_TRANSLATE_NOOP("Ledgers", "Notified on"),
            "date",
            12,
            _PROGRESS,
            detail=False,
        ),
        LedgerColumn(
            "feedback_number",
            QT_TRANSLATE_NOOP("Ledgers", "Feedback document number"),
            "docno",
            16,
            _PROGRESS,
        ),
        LedgerColumn(
            "delivered_on", QT_TRANSLATE_NOOP("Ledgers", "Delivered on"), "date", 12, _PROGRESS
        ),
        LedgerColumn(
            "received_by", QT_TRANSLATE_NOOP("Ledgers", "Signed for by"), "person", 10, _PROGRESS
        ),
        LedgerColumn(
            "rectified_on",
            QT_TRANSLATE_NOOP("Ledgers", "Rectified on"),
            "date",
            12,
            _PROGRESS,
            detail=False,
        ),
        LedgerColumn(
            "overdue",
            QT_TRANSLATE_NOOP("Ledgers", "Overdue"),
            "bool",
            8,
            _PROGRESS,
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
            compute=_overdue,
        ),
        LedgerColumn(
            "evidence_captions",
            QT_TRANSLATE_NOOP("Ledgers", "Evidence captions"),
            "long_text",
            30,
            _PROGRESS,
            listed=True,
            aliases=("整改佐证材料", "佐证材料名称", "佐证材料说明"),
        ),
        LedgerColumn(
            "accountability",
            QT_TRANSLATE_NOOP("Ledgers", "Accountability"),
            "choice",
            12,
            _PROGRESS,
            vocab=ACCOUNTABILITY_KINDS,
            expr=func.coalesce(_latest_accountability, ""),
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
        ),
        LedgerColumn(
            "lookback_on",
            QT_TRANSLATE_NOOP("Ledgers", "Look-back date"),
            "date",
            12,
            _LOOKBACK,
            detail=False,
        ),
        LedgerColumn(
            "lookback_by", QT_TRANSLATE_NOOP("Ledgers", "Looked back by"), "person", 10, _LOOKBACK
        ),
        LedgerColumn(
            "lookback_result",
            QT_TRANSLATE_NOOP("Ledgers", "Look-back result"),
            "long_text",
            30,
            _LOOKBACK,
        ),
        LedgerColumn(
            "closed_on",
            QT_TRANSLATE_NOOP("Ledgers", "Closed on"),
            "date",
            12,
            _CLOSING,
            detail=False,
        ),
        LedgerColumn(
            "closed_by",
            QT_TRANSLATE_NOOP("Ledgers", "Closing approved by"),
            "person",
            12,
            _CLOSING,
            detail=False,
        ),
    ),
    order_by=(Problem.deadline,),
    row_check=_problem_year,
)

_SUGGESTION = QT_TRANSLATE_NOOP("Ledgers", "Suggestion")
SUGGESTIONS = Ledger(
    "suggestions",
    Suggestion,
    QT_TRANSLATE_NOOP("Ledgers", "Suggestion list"),
    (
        _SERIAL,
        replace(_unit(_SUGGESTION, listed=True), required=False),
        LedgerColumn(
            "category",
            QT_TRANSLATE_NOOP("Ledgers", "Category"),
            "choice",
            16,
            _SUGGESTION,
            vocab=PROBLEM_CATEGORIES,
            terms=PROBLEM_CATEGORY,
            listed=True,
        ),
        LedgerColumn(
            "source",
            QT_TRANSLATE_NOOP("Ledgers", "Source"),
            "choice",
            12,
            _SUGGESTION,
            vocab=SUGGESTION_SOURCES,
            listed=True,
        ),
        LedgerColumn(
            "text",
            QT_TRANSLATE_NOOP("Ledgers", "Suggestion text"),
            "long_text",
            60,
            _SUGGESTION,
            listed=True,
            required=True,
        ),
        LedgerColumn(
            "response", QT_TRANSLATE_NOOP("Ledgers", "Response"), "long_text", 40, listed=True
        ),
    ),
    unit_optional=True,
    order_by=(Unit.name,),
)

_APPLICATION = QT_TRANSLATE_NOOP("Ledgers", "Application")
_RESEARCH = QT_TRANSLATE_NOOP("Ledgers", "Research")
_DECISION = QT_TRANSLATE_NOOP("Ledgers", "Decision")
_FOLLOW_UP = QT_TRANSLATE_NOOP("Ledgers", "Effectiveness follow-up")
_RECEIPT = QT_TRANSLATE_NOOP("Ledgers", "Receipt")
_REQUESTED = QT_TRANSLATE_NOOP("Ledgers", "Change requested")
_REPLY = QT_TRANSLATE_NOOP("Ledgers", "Approval and reply")


#: The labels of each kind's change (approval.FIGURE_CHANGES), requested and approved. The
#: kinds are the unit's; the labels are written out only for the translation tools to see.
CHANGE_LABELS: dict[str, tuple[str, str]] = {
    "admin": (
        QT_TRANSLATE_NOOP("Ledgers", "Administrative requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Administrative approved"),
    ),
    "law": (
        QT_TRANSLATE_NOOP("Ledgers", "Political-legal special requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Political-legal special approved"),
    ),
    "institution_cg": (
        QT_TRANSLATE_NOOP("Ledgers", "Public institution (civil-service managed) requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Public institution (civil-service managed) approved"),
    ),
    "institution": (
        QT_TRANSLATE_NOOP("Ledgers", "Public institution requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Public institution approved"),
    ),
    "worker": (
        QT_TRANSLATE_NOOP("Ledgers", "Logistics worker requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Logistics worker approved"),
    ),
    "special": (
        QT_TRANSLATE_NOOP("Ledgers", "Other special requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Other special approved"),
    ),
    "principal": (
        QT_TRANSLATE_NOOP("Ledgers", "Principal posts requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Principal posts approved"),
    ),
    "deputy": (
        QT_TRANSLATE_NOOP("Ledgers", "Deputy posts requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Deputy posts approved"),
    ),
    "posts": (
        QT_TRANSLATE_NOOP("Ledgers", "Leader posts (split not given) requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Leader posts (split not given) approved"),
    ),
    "internal_bodies": (
        QT_TRANSLATE_NOOP("Ledgers", "Internal bodies requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Internal bodies approved"),
    ),
    "internal_leader_posts": (
        QT_TRANSLATE_NOOP("Ledgers", "Internal body leader posts requested"),
        QT_TRANSLATE_NOOP("Ledgers", "Internal body leader posts approved"),
    ),
}
if set(CHANGE_LABELS) != set(FIGURE_CHANGES):
    raise ValueError("every figure an approval changes needs its labels in CHANGE_LABELS")
#: Header titles of older approval ledgers (one leader-post figure without its split).
_CHANGE_ALIASES = {
    "requested_posts": ("Leader posts requested", "申请领导职数"),
    "approved_posts": ("Leader posts approved", "批准领导职数"),
}


def _changes(side: str, group: str) -> tuple[LedgerColumn, ...]:
    """The change of every kind on one side (requested or approved): positive 核增, negative
    核减, in the unit's order of kinds."""
    index = CHANGE_SIDES.index(side)
    return tuple(
        LedgerColumn(
            change_field(side, kind),
            CHANGE_LABELS[kind][index],
            "number",
            8,
            group,
            aliases=_CHANGE_ALIASES.get(change_field(side, kind), ()),
        )
        for kind in FIGURE_CHANGES
    )


def _text(key: str, label: str, group: str | None, width: float = 20, **kw: Any) -> LedgerColumn:
    return LedgerColumn(key, label, "long_text", width, group, **kw)


#: The matter's dated 跟踪问效 checks as one cell, oldest first: "date who：finding" per line.
_ordered_checks = (
    select(
        (
            cast(FollowUpCheck.on, String)
            + " "
            + FollowUpCheck.checked_by
            + "："
            + FollowUpCheck.finding
        ).label("line")
    )
    .where(FollowUpCheck.approval_id == ApprovalMatter.id, FollowUpCheck.deleted.is_(False))
    .order_by(FollowUpCheck.on, FollowUpCheck.created_hlc)
    .correlate(ApprovalMatter)
    .subquery()
)
_follow_up_checks = (
    select(func.aggregate_strings(_ordered_checks.c.line, "\n"))
    .correlate(ApprovalMatter)
    .scalar_subquery()
)


def _blacklisted_unit(unit_id: Any) -> Any:
    """Whether the unit ``unit_id`` is on the blacklist now (listed, not removed)."""
    return (
        select(func.count(BlacklistEntry.id))
        .where(
            BlacklistEntry.unit_id == unit_id,
            BlacklistEntry.deleted.is_(False),
            BlacklistEntry.removed_on.is_(None),
        )
        .scalar_subquery()
        > 0
    )


def _open_accountability(unit_id: Any) -> Any:
    """Whether the unit ``unit_id`` has a 问责 not yet concluded."""
    return (
        select(func.count(AccountabilityRecord.id))
        .where(
            AccountabilityRecord.unit_id == unit_id,
            AccountabilityRecord.deleted.is_(False),
            AccountabilityRecord.kind == "accountability",
            AccountabilityRecord.concluded_on.is_(None),
        )
        .scalar_subquery()
        > 0
    )


APPROVALS = Ledger(
    "approvals",
    ApprovalMatter,
    QT_TRANSLATE_NOOP("Ledgers", "Matter approval ledger"),
    (
        _SERIAL,
        replace(_unit(listed=True), width=26),
        _department(listed=True, exported=False),
        LedgerColumn(
            "title", QT_TRANSLATE_NOOP("Ledgers", "Matter"), "text", 30, listed=True, required=True
        ),
        LedgerColumn(
            "phase",
            QT_TRANSLATE_NOOP("Ledgers", "Phase"),
            "choice",
            10,
            vocab=PHASE_LABELS,
            listed=True,
            detail=False,  # moved by closing a phase
        ),
        LedgerColumn(
            "category",
            QT_TRANSLATE_NOOP("Ledgers", "Matter category"),
            "choice",
            14,
            _RECEIPT,
            vocab=APPROVAL_CATEGORIES,
            listed=True,
        ),
        LedgerColumn(
            "request_number",
            QT_TRANSLATE_NOOP("Ledgers", "Request document number"),
            "docno",
            18,
            _RECEIPT,
        ),
        LedgerColumn(
            "received_on", QT_TRANSLATE_NOOP("Ledgers", "Received on"), "date", 12, _RECEIPT
        ),
        LedgerColumn(
            "handling_section",
            QT_TRANSLATE_NOOP("Ledgers", "Handling section"),
            "text",
            14,
            _RECEIPT,
        ),
        LedgerColumn(
            "handler", QT_TRANSLATE_NOOP("Ledgers", "Officer in charge"), "person", 10, _RECEIPT
        ),
        LedgerColumn(
            "applied_on",
            QT_TRANSLATE_NOOP("Ledgers", "Applied on"),
            "date",
            12,
            _APPLICATION,
            listed=True,
        ),
        _text("reason", QT_TRANSLATE_NOOP("Ledgers", "Reason"), _APPLICATION, 30),
        _text(
            "superior_documents",
            QT_TRANSLATE_NOOP("Ledgers", "Superior documents"),
            _APPLICATION,
            24,
        ),
        _text("elsewhere", QT_TRANSLATE_NOOP("Ledgers", "Situation elsewhere"), _APPLICATION, 24),
        _text(
            "preliminary_plan", QT_TRANSLATE_NOOP("Ledgers", "Preliminary plan"), _APPLICATION, 24
        ),
        _text(
            "current_institutions",
            QT_TRANSLATE_NOOP("Ledgers", "Current institutions"),
            _RESEARCH,
        ),
        _text("staffing", QT_TRANSLATE_NOOP("Ledgers", "Staffing"), _RESEARCH, 16),
        _text("leader_posts", QT_TRANSLATE_NOOP("Ledgers", "Leader posts"), _RESEARCH, 12),
        _text("policy_basis", QT_TRANSLATE_NOOP("Ledgers", "Policy basis"), _RESEARCH),
        _text("needs", QT_TRANSLATE_NOOP("Ledgers", "Needs"), _RESEARCH),
        _text(
            "supporting_measures", QT_TRANSLATE_NOOP("Ledgers", "Supporting measures"), _RESEARCH
        ),
        _text("expected_effect", QT_TRANSLATE_NOOP("Ledgers", "Expected effect"), _RESEARCH),
        _text(
            "follow_up_management",
            QT_TRANSLATE_NOOP("Ledgers", "Follow-up management"),
            _RESEARCH,
        ),
        LedgerColumn(
            "field_research", QT_TRANSLATE_NOOP("Ledgers", "Field research"), "bool", 8, _RESEARCH
        ),
        LedgerColumn(
            "research_team", QT_TRANSLATE_NOOP("Ledgers", "Research team"), "text", 16, _RESEARCH
        ),
        LedgerColumn(
            "meeting_on",
            QT_TRANSLATE_NOOP("Ledgers", "Office meeting date"),
            "date",
            12,
            _DECISION,
            listed=True,
        ),
        _text(
            "preliminary_opinion",
            QT_TRANSLATE_NOOP("Ledgers", "Preliminary opinion"),
            _DECISION,
            24,
        ),
        _text("decision", QT_TRANSLATE_NOOP("Ledgers", "Decision"), _DECISION, 24),
        LedgerColumn(
            "document_number",
            QT_TRANSLATE_NOOP("Ledgers", "Document number"),
            "docno",
            16,
            _DECISION,
            listed=True,
        ),
        _text("implementation", QT_TRANSLATE_NOOP("Ledgers", "Implementation"), _DECISION, 24),
        *_changes("requested", _REQUESTED),
        LedgerColumn(
            "decision_level",
            QT_TRANSLATE_NOOP("Ledgers", "Decision level"),
            "choice",
            14,
            _REPLY,
            vocab=DECISION_LEVELS,
        ),
        LedgerColumn("decided_on", QT_TRANSLATE_NOOP("Ledgers", "Decided on"), "date", 12, _REPLY),
        LedgerColumn(
            "outcome",
            QT_TRANSLATE_NOOP("Ledgers", "Outcome"),
            "choice",
            10,
            _REPLY,
            vocab=APPROVAL_OUTCOMES,
            listed=True,
        ),
        *_changes("approved", _REPLY),
        LedgerColumn(
            "reply_number",
            QT_TRANSLATE_NOOP("Ledgers", "Reply document number"),
            "docno",
            18,
            _REPLY,
            listed=True,
        ),
        LedgerColumn("reply_on", QT_TRANSLATE_NOOP("Ledgers", "Reply date"), "date", 12, _REPLY),
        LedgerColumn(
            "applied_to_unit_on",
            QT_TRANSLATE_NOOP("Ledgers", "Unit figures updated on"),
            "date",
            12,
            _REPLY,
            detail=False,  # set when the approved change is applied
        ),
        _text(
            "follow_up_indicators",
            QT_TRANSLATE_NOOP("Ledgers", "Follow-up indicators"),
            _FOLLOW_UP,
        ),
        _text("follow_up_result", QT_TRANSLATE_NOOP("Ledgers", "Follow-up result"), _FOLLOW_UP),
        LedgerColumn(
            "follow_up_checks",
            QT_TRANSLATE_NOOP("Ledgers", "Dated checks"),
            "long_text",
            40,
            _FOLLOW_UP,
            expr=func.coalesce(_follow_up_checks, ""),
            imported=False,
            detail=False,
            conflicts=False,
        ),
        LedgerColumn(
            "blacklisted",
            QT_TRANSLATE_NOOP("Ledgers", "On the blacklist"),
            "bool",
            8,
            expr=_blacklisted_unit(ApprovalMatter.unit_id),
            exported=False,
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
        ),
        LedgerColumn(
            "open_accountability",
            QT_TRANSLATE_NOOP("Ledgers", "Open accountability"),
            "bool",
            8,
            expr=_open_accountability(ApprovalMatter.unit_id),
            exported=False,
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
        ),
    ),
    order_by=(ApprovalMatter.applied_on, Unit.name),
)

_APPROVED = QT_TRANSLATE_NOOP("Ledgers", "Approved establishment")
_POSTS = QT_TRANSLATE_NOOP("Ledgers", "Leader posts")
_ACTUAL = QT_TRANSLATE_NOOP("Ledgers", "Actual staff")
#: Column titles of the establishment kinds of ``model.unit.ESTABLISHMENT_COLUMNS`` (under the
#: group titles above; literal here so that they are translated in this context).
_KIND_LABELS = {
    "admin": QT_TRANSLATE_NOOP("Ledgers", "Administrative"),
    "law": QT_TRANSLATE_NOOP("Ledgers", "Political-legal special"),
    "institution_cg": QT_TRANSLATE_NOOP("Ledgers", "Public institution (civil-service managed)"),
    "institution": QT_TRANSLATE_NOOP("Ledgers", "Public institution"),
    "worker": QT_TRANSLATE_NOOP("Ledgers", "Logistics worker"),
    "special": QT_TRANSLATE_NOOP("Ledgers", "Other special"),
}
_POST_LABELS = {
    "principal": (
        QT_TRANSLATE_NOOP("Ledgers", "Principal posts approved"),
        QT_TRANSLATE_NOOP("Ledgers", "Principal posts actual"),
    ),
    "deputy": (
        QT_TRANSLATE_NOOP("Ledgers", "Deputy posts approved"),
        QT_TRANSLATE_NOOP("Ledgers", "Deputy posts actual"),
    ),
}
_REGISTRATION = QT_TRANSLATE_NOOP("Ledgers", "Registration")
_last_month = (
    select(func.max(EstablishmentSnapshot.month))
    .where(EstablishmentSnapshot.unit_id == Unit.id, EstablishmentSnapshot.deleted.is_(False))
    .correlate(Unit)
    .scalar_subquery()
)
_blacklisted = (
    select(func.count(BlacklistEntry.id))
    .where(
        BlacklistEntry.unit_id == Unit.id,
        BlacklistEntry.deleted.is_(False),
        BlacklistEntry.removed_on.is_(None),
    )
    .correlate(Unit)
    .scalar_subquery()
    > 0
)


def _figure(key: str, label: str, group: str | None, expr: Any, **kw: Any) -> LedgerColumn:
    return LedgerColumn(
        key, label, "number", 8, group, expr=expr, imported=False, detail=False, **kw
    )


#: The electronic establishment archive: one row per unit with its current figures. Its
#: records are the units (kept by the roster); this ledger only shows and exports them.
ARCHIVE = Ledger(
    "archive",
    Unit,
    QT_TRANSLATE_NOOP("Ledgers", "Information data ledger: establishment archive"),
    (
        _SERIAL,
        LedgerColumn(
            "uscc",
            QT_TRANSLATE_NOOP("Ledgers", "Unified social credit code"),
            "text",
            22,
            _UNIT,
            expr=Unit.uscc,
            imported=False,
            listed=True,
            detail=False,
        ),
        LedgerColumn(
            "name",
            QT_TRANSLATE_NOOP("Ledgers", "Unit name"),
            "text",
            28,
            _UNIT,
            expr=Unit.name,
            imported=False,
            listed=True,
            detail=False,
        ),
        _department(_UNIT, listed=True),
        *(
            _figure(approved, _KIND_LABELS[kind], _APPROVED, getattr(Unit, approved))
            for kind, (approved, _actual) in ESTABLISHMENT_COLUMNS.items()
        ),
        _figure(
            "approved_establishment",
            QT_TRANSLATE_NOOP("Ledgers", "Total"),
            _APPROVED,
            sum(getattr(Unit, approved) for approved, _a in ESTABLISHMENT_COLUMNS.values()),
            listed=True,
        ),
        *(
            _figure(actual, _KIND_LABELS[kind], _ACTUAL, getattr(Unit, actual))
            for kind, (_approved, actual) in ESTABLISHMENT_COLUMNS.items()
        ),
        _figure(
            "actual_staff",
            QT_TRANSLATE_NOOP("Ledgers", "Total"),
            _ACTUAL,
            Unit.actual_staff,
            listed=True,
        ),
        _figure(
            "leader_posts_approved",
            QT_TRANSLATE_NOOP("Ledgers", "Approved posts"),
            _POSTS,
            Unit.leader_posts_approved,
            listed=True,
        ),
        _figure(
            "leader_posts_actual",
            QT_TRANSLATE_NOOP("Ledgers", "Actual posts"),
            _POSTS,
            Unit.leader_posts_actual,
            listed=True,
        ),
        *(
            _figure(column, label, _POSTS, getattr(Unit, column))
            for kind, (approved, actual) in LEADER_POST_COLUMNS.items()
            for column, label in (
                (approved, _POST_LABELS[kind][0]),
                (actual, _POST_LABELS[kind][1]),
            )
        ),
        LedgerColumn(
            "internal_institutions",
            QT_TRANSLATE_NOOP("Ledgers", "Internal institutions"),
            "long_text",
            36,
            expr=Unit.internal_institutions,
            imported=False,
            detail=False,
        ),
        LedgerColumn(
            "certificate_no",
            QT_TRANSLATE_NOOP("Ledgers", "Certificate number"),
            "text",
            22,
            _REGISTRATION,
            expr=Unit.certificate_no,
            imported=False,
            detail=False,
        ),
        LedgerColumn(
            "certificate_expiry",
            QT_TRANSLATE_NOOP("Ledgers", "Certificate expiry"),
            "date",
            12,
            _REGISTRATION,
            expr=Unit.certificate_expiry,
            imported=False,
            detail=False,
        ),
        LedgerColumn(
            "last_month",
            QT_TRANSLATE_NOOP("Ledgers", "Last reconciled month"),
            "text",
            10,
            expr=func.coalesce(_last_month, ""),
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
        ),
        LedgerColumn(
            "blacklisted",
            QT_TRANSLATE_NOOP("Ledgers", "On the blacklist"),
            "bool",
            8,
            expr=_blacklisted,
            exported=False,
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
        ),
    ),
    # The active roster: a revoked unit's history stays in its snapshots.
    where=(Unit.status == "active",),
    order_by=(Department.name, Unit.name),
    read_only=True,
)

_WARNING = QT_TRANSLATE_NOOP("Ledgers", "Warning")
_HANDLING = QT_TRANSLATE_NOOP("Ledgers", "Handling")
WARNINGS = Ledger(
    "warnings",
    UnitWarning,
    QT_TRANSLATE_NOOP("Ledgers", "Information data ledger: warnings"),
    (
        _SERIAL,
        replace(_unit(listed=True), required=False),
        LedgerColumn(
            "rule",
            QT_TRANSLATE_NOOP("Ledgers", "Rule"),
            "choice",
            22,
            _WARNING,
            vocab=RULE_NAMES,
            listed=True,
            detail=False,
            required=True,
        ),
        LedgerColumn(
            "message",
            QT_TRANSLATE_NOOP("Ledgers", "Figures and details"),
            "long_text",
            50,
            _WARNING,
            listed=True,
            detail=False,
        ),
        LedgerColumn(
            "raised_on",
            QT_TRANSLATE_NOOP("Ledgers", "Raised on"),
            "date",
            12,
            _WARNING,
            listed=True,
            detail=False,
        ),
        LedgerColumn(
            "cleared_on",
            QT_TRANSLATE_NOOP("Ledgers", "Cleared on"),
            "date",
            12,
            _HANDLING,
            listed=True,
            detail=False,
        ),
        LedgerColumn(
            "acknowledged",
            QT_TRANSLATE_NOOP("Ledgers", "Acknowledged"),
            "bool",
            8,
            _HANDLING,
            listed=True,
        ),
        LedgerColumn(
            "handled_by",
            QT_TRANSLATE_NOOP("Ledgers", "Handled by"),
            "person",
            10,
            _HANDLING,
            listed=True,
            detail=False,  # the signed-in user who acknowledged it
        ),
        LedgerColumn(
            "handled_on",
            QT_TRANSLATE_NOOP("Ledgers", "Handled on"),
            "date",
            12,
            _HANDLING,
            detail=False,
        ),
        LedgerColumn(
            "note", QT_TRANSLATE_NOOP("Ledgers", "Note"), "long_text", 30, _HANDLING, listed=True
        ),
    ),
    unit_optional=True,
    order_by=(UnitWarning.rule, Unit.name),
)

BLACKLIST = Ledger(
    "blacklist",
    BlacklistEntry,
    QT_TRANSLATE_NOOP("Ledgers", "Information data ledger: credit blacklist"),
    (
        _SERIAL,
        _unit(listed=True),
        LedgerColumn(
            "reason",
            QT_TRANSLATE_NOOP("Ledgers", "Reason"),
            "long_text",
            40,
            listed=True,
            required=True,
        ),
        LedgerColumn("evidence", QT_TRANSLATE_NOOP("Ledgers", "Evidence"), "long_text", 30),
        LedgerColumn(
            "listed_on", QT_TRANSLATE_NOOP("Ledgers", "Listed on"), "date", 12, listed=True
        ),
        LedgerColumn(
            "removed_on", QT_TRANSLATE_NOOP("Ledgers", "Removed on"), "date", 12, listed=True
        ),
        LedgerColumn(
            "removal_reason",
            QT_TRANSLATE_NOOP("Ledgers", "Removal reason"),
            "long_text",
            30,
            listed=True,
        ),
    ),
    order_by=(BlacklistEntry.listed_on, Unit.name),
)

_SNAPSHOT_APPROVED = (
    EstablishmentSnapshot.establishment_admin
    + EstablishmentSnapshot.establishment_institution
    + EstablishmentSnapshot.establishment_law
)


def _count(key: str, label: str, group: str | None = None, **kw: Any) -> LedgerColumn:
    return LedgerColumn(key, label, "number", 8, group, **kw)


SNAPSHOTS = Ledger(
    "snapshots",
    EstablishmentSnapshot,
    QT_TRANSLATE_NOOP("Ledgers", "Information data ledger: monthly snapshots"),
    (
        _SERIAL,
        _unit(listed=True),
        LedgerColumn(
            "month",
            QT_TRANSLATE_NOOP("Ledgers", "Month"),
            "text",
            10,
            listed=True,
            required=True,
        ),
        _count("establishment_admin", QT_TRANSLATE_NOOP("Ledgers", "Administrative"), _APPROVED),
        _count(
            "establishment_institution",
            QT_TRANSLATE_NOOP("Ledgers", "Public institution"),
            _APPROVED,
        ),
        _count(
            "establishment_law", QT_TRANSLATE_NOOP("Ledgers", "Political-legal special"), _APPROVED
        ),
        LedgerColumn(
            "approved",
            QT_TRANSLATE_NOOP("Ledgers", "Total"),
            "number",
            8,
            _APPROVED,
            expr=_SNAPSHOT_APPROVED,
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
        ),
        _count("actual_staff", QT_TRANSLATE_NOOP("Ledgers", "Actual staff"), listed=True),
        _count(
            "leader_posts_approved",
            QT_TRANSLATE_NOOP("Ledgers", "Approved posts"),
            _POSTS,
            listed=True,
        ),
        _count(
            "leader_posts_actual",
            QT_TRANSLATE_NOOP("Ledgers", "Actual posts"),
            _POSTS,
            listed=True,
        ),
        LedgerColumn(
            "internal_institutions",
            QT_TRANSLATE_NOOP("Ledgers", "Internal institutions"),
            "long_text",
            36,
            listed=True,
        ),
        LedgerColumn("source", QT_TRANSLATE_NOOP("Ledgers", "Source"), "text", 30, listed=True),
    ),
    order_by=(EstablishmentSnapshot.month, Unit.name),
)

ACCOUNTABILITY = Ledger(
    "accountability",
    AccountabilityRecord,
    QT_TRANSLATE_NOOP("Ledgers", "Accountability records"),
    (
        _SERIAL,
        _unit(listed=True),
        LedgerColumn(
            "kind",
            QT_TRANSLATE_NOOP("Ledgers", "Measure"),
            "choice",
            12,
            vocab=ACCOUNTABILITY_KINDS,
            listed=True,
            required=True,
        ),
        LedgerColumn("on", QT_TRANSLATE_NOOP("Ledgers", "Date"), "date", 12, listed=True),
        LedgerColumn(
            "decided_by", QT_TRANSLATE_NOOP("Ledgers", "Decided by"), "person", 12, listed=True
        ),
        LedgerColumn(
            "document_number",
            QT_TRANSLATE_NOOP("Ledgers", "Document number"),
            "docno",
            18,
            listed=True,
        ),
        LedgerColumn(
            "outcome", QT_TRANSLATE_NOOP("Ledgers", "Outcome"), "long_text", 40, listed=True
        ),
        LedgerColumn(
            "concluded_on", QT_TRANSLATE_NOOP("Ledgers", "Concluded on"), "date", 12, listed=True
        ),
        LedgerColumn(
            "problem_number",
            QT_TRANSLATE_NOOP("Ledgers", "Problem number"),
            "docno",
            14,
            expr=func.coalesce(
                select(Problem.number)
                .where(Problem.id == AccountabilityRecord.problem_id)
                .correlate(AccountabilityRecord)
                .scalar_subquery(),
                "",
            ),
            imported=False,
            listed=True,
            detail=False,
            conflicts=False,
        ),
    ),
    order_by=(AccountabilityRecord.on, Unit.name),
    links=("problem_id",),
)

LEDGERS: dict[str, Ledger] = {
    ledger.name: ledger
    for ledger in (
        PROBLEMS,
        SUGGESTIONS,
        APPROVALS,
        ARCHIVE,
        WARNINGS,
        BLACKLIST,
        SNAPSHOTS,
        ACCOUNTABILITY,
    )
}


def with_terms(
    session: Session, columns: tuple[LedgerColumn, ...], offered: bool = False
) -> tuple[LedgerColumn, ...]:
    """``columns`` with the office's own entries in the vocabulary of every extendable
    choice; ``offered``: without the retired ones (for editors of new values)."""
    return tuple(
        replace(c, vocab=choices(session, c.terms, offered)) if c.terms else c for c in columns
    )


def offered_columns(
    database: Database, columns: tuple[LedgerColumn, ...], keep: Mapping[str, Any] | None = None
) -> tuple[LedgerColumn, ...]:
    """``columns`` as an editor offers them: the entries in use of every extendable choice,
    and the retired entry a record shown (``keep``: its values by key) still holds."""
    keep = keep or {}
    with database.Session() as s:
        offered = with_terms(s, columns, offered=True)
        every = {c.key: c for c in with_terms(s, columns)}
    result = []
    for column in offered:
        held = keep.get(column.key)
        if column.terms and held and held not in (column.vocab or {}):
            vocab = dict(column.vocab or {})
            vocab[held] = (every[column.key].vocab or {}).get(held, held)
            column = replace(column, vocab=vocab)
        result.append(column)
    return tuple(result)


def ledger(name: str) -> Ledger:
    """The ledger called ``name``; a clear error for any other word."""
    found = LEDGERS.get(name)
    if found is None:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown ledger '{kind}'; choose one of: {choices}."),
            kind=name,
            choices=", ".join(LEDGERS),
        )
    return found


def ledger_of_table(table: str) -> Ledger | None:
    """The ledger whose records live in ``table`` (for the conflicts view)."""
    return next(
        (x for x in LEDGERS.values() if x.model is not Unit and x.model.__tablename__ == table),
        None,
    )
