"""Early warnings (预警监测) computed by the rules in ``resources/rules/warnings.json``.

:func:`recompute` is idempotent: a warning that still applies keeps its record (and its
acknowledgement), its figures are refreshed only when they changed; a warning that no
longer applies is cleared with the date; a new one is raised with the date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Assignment, Inspection, Milestone, Problem, Unit, UnitWarning
from ..model.unit import ESTABLISHMENT_COLUMNS, LEADER_POST_COLUMNS
from ..model.vocab import ESTABLISHMENT_KIND_NAMES
from ..model.vocab import WARNING_RULE_LABELS as RULE_LABELS
from ..paths import resource
from .letters import current_campaign
from .problem_query import OPEN_STATUSES

INSPECTED_STEPS = ("evaluation", "feedback", "look_back", "closed")

#: What each rule's figures are called, per rule ("approved" is an establishment for one rule
#: and a number of leader posts for another); shown with the warning instead of raw keys.
FIGURE_LABELS = {
    "over_establishment": {
        "kind_name": QT_TRANSLATE_NOOP("Warnings", "Establishment kind"),
        "actual": QT_TRANSLATE_NOOP("Warnings", "Actual staff"),
        "approved": QT_TRANSLATE_NOOP("Warnings", "Approved establishment"),
        "excess": QT_TRANSLATE_NOOP("Warnings", "Over establishment by"),
    },
    "leader_posts_over_quota": {
        "kind_name": QT_TRANSLATE_NOOP("Warnings", "Posts"),
        "actual": QT_TRANSLATE_NOOP("Warnings", "Leader posts filled"),
        "approved": QT_TRANSLATE_NOOP("Warnings", "Leader posts approved"),
        "excess": QT_TRANSLATE_NOOP("Warnings", "Over quota by"),
    },
    "internal_bodies_over_quota": {
        "actual": QT_TRANSLATE_NOOP("Warnings", "Internal bodies set up"),
        "approved": QT_TRANSLATE_NOOP("Warnings", "Internal bodies approved"),
        "excess": QT_TRANSLATE_NOOP("Warnings", "Over the approved number by"),
    },
    "certificate_expiring": {
        "certificate_no": QT_TRANSLATE_NOOP("Warnings", "Certificate number"),
        "expiry": QT_TRANSLATE_NOOP("Warnings", "Expiry date"),
        "days_left": QT_TRANSLATE_NOOP("Warnings", "Days left"),
    },
    "rectification_overdue": {
        "count": QT_TRANSLATE_NOOP("Warnings", "Overdue problems"),
        "earliest": QT_TRANSLATE_NOOP("Warnings", "Earliest deadline"),
    },
    "not_inspected": {"campaign": QT_TRANSLATE_NOOP("Warnings", "Campaign")},
}
DAYS_SINCE_EXPIRY = QT_TRANSLATE_NOOP("Warnings", "Days since expiry")


@dataclass
class Raised:
    unit_id: str
    rule: str
    figures: dict[str, Any]
    message: str

    @property
    def key(self) -> tuple[str, str, str]:
        """A warning is one per unit, rule and subject (an establishment kind, 正职/副职)."""
        return self.unit_id, self.rule, str(self.figures.get("kind", ""))


#: Chinese names of the subjects a warning is raised for (the rule messages are Chinese).
TOTAL_SUBJECT = "total"
SUBJECT_NAMES = {
    **{kind: names[0] for kind, names in ESTABLISHMENT_KIND_NAMES.items()},
    "principal": "正职",
    "deputy": "副职",
    TOTAL_SUBJECT: "合计（未分类）",
}


@dataclass
class WarningRow:
    id: str
    unit_id: str | None
    unit_name: str
    rule: str
    message: str
    figures: dict[str, Any]
    raised_on: date | None
    cleared_on: date | None
    acknowledged: bool
    note: str


def figure_rows(rule: str, figures: dict[str, Any]) -> list[tuple[str, Any]]:
    """A warning's figures as (English label, value) in the rule's order, for display: the
    labels are marked in the ``Warnings`` context. An expired certificate's negative
    "days left" is shown as the days since it expired; unknown keys keep their name."""
    labels = FIGURE_LABELS.get(rule, {})
    rows: list[tuple[str, Any]] = []
    for key in [*labels, *(k for k in figures if k not in labels)]:
        if key not in figures:
            continue
        value = figures[key]
        if key == "days_left" and isinstance(value, int) and value < 0:
            rows.append((DAYS_SINCE_EXPIRY, -value))
        else:
            rows.append((labels.get(key, key), value))
    return rows


def load_rules(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or resource("rules", "warnings.json")
    try:
        rules = json.loads(Path(path).read_text(encoding="utf-8"))["rules"]
    except (OSError, ValueError, KeyError) as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "The warning rules in {file} cannot be read: {error}."),
            file=str(path),
            error=str(error),
        ) from error
    unknown = [r.get("id") for r in rules if r.get("id") not in RULE_LABELS]
    if unknown:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file}: unknown warning rules {rules}; known: {known}."),
            file=str(path),
            rules=", ".join(map(str, unknown)),
            known=", ".join(RULE_LABELS),
        )
    return [r for r in rules if r.get("enabled", True)]


def _message(rule: dict[str, Any], figures: dict[str, Any], key: str = "message") -> str:
    template = rule.get(key) or rule.get("message") or ""
    try:
        return template.format(**figures)
    except (KeyError, IndexError, ValueError):
        return template


def compute(session: Session, rules: list[dict[str, Any]], today: date) -> list[Raised]:
    """Every warning the rules raise today (nothing is written)."""
    units = list(
        session.execute(
            select(Unit).where(Unit.deleted.is_(False), Unit.status == "active")
        ).scalars()
    )
    raised: list[Raised] = []
    for rule in rules:
        rule_id = rule["id"]
        if rule_id == "over_establishment":
            raised += [
                Raised(u.id, rule_id, f, _message(rule, f)) for u in units for f in over_kinds(u)
            ]
        elif rule_id == "leader_posts_over_quota":
            raised += [
                Raised(u.id, rule_id, f, _message(rule, f)) for u in units for f in over_posts(u)
            ]
        elif rule_id == "internal_bodies_over_quota":
            for u in units:
                count = len(u.internal_institution_names)
                if u.internal_bodies_approved and count > u.internal_bodies_approved:
                    f = {
                        "actual": count,
                        "approved": u.internal_bodies_approved,
                        "excess": count - u.internal_bodies_approved,
                    }
                    raised.append(Raised(u.id, rule_id, f, _message(rule, f)))
        elif rule_id == "certificate_expiring":
            horizon = today + timedelta(days=int(rule.get("days", 60)))
            for u in units:
                if u.certificate_expiry and u.certificate_expiry <= horizon:
                    days_left = (u.certificate_expiry - today).days
                    f = {
                        "certificate_no": u.certificate_no,
                        "expiry": u.certificate_expiry.isoformat(),
                        "days_left": days_left,
                    }
                    key = "message_expired" if days_left < 0 else "message"
                    raised.append(Raised(u.id, rule_id, f, _message(rule, f, key)))
        elif rule_id == "rectification_overdue":
            query = (
                select(Problem.unit_id, func.count(), func.min(Problem.deadline))
                .where(
                    Problem.deleted.is_(False),
                    Problem.status.in_(OPEN_STATUSES),
                    Problem.deadline.is_not(None),
                    Problem.deadline < today,
                )
                .group_by(Problem.unit_id)
            )
            for unit_id, count, earliest in session.execute(query):
                f = {"count": count, "earliest": earliest.isoformat()}
                raised.append(Raised(unit_id, rule_id, f, _message(rule, f)))
        elif rule_id == "not_inspected":
            raised += _not_inspected(session, rule, today)
    return raised


def _figures(kind: str, actual: int, approved: int) -> dict[str, Any]:
    return {
        "kind": kind,
        "kind_name": SUBJECT_NAMES[kind],
        "actual": actual,
        "approved": approved,
        "excess": actual - approved,
    }


def over_kinds(unit: Unit) -> list[dict[str, Any]]:
    """超编 per establishment kind: one kind's excess is never offset by another kind's
    vacancies. A unit whose staff are not recorded by kind is compared in total."""
    found = [
        _figures(kind, unit.actual(kind), unit.approved(kind))
        for kind in ESTABLISHMENT_COLUMNS
        if unit.actual(kind) > unit.approved(kind)
    ]
    known = sum(unit.actual(kind) for kind in ESTABLISHMENT_COLUMNS)
    if not known and unit.actual_staff > unit.approved_establishment:
        found.append(_figures(TOTAL_SUBJECT, unit.actual_staff, unit.approved_establishment))
    return found


def over_posts(unit: Unit) -> list[dict[str, Any]]:
    """超职数 for 正职 and 副职 separately; in total when the split is not recorded."""
    found = []
    split = False
    for post, (approved, actual) in LEADER_POST_COLUMNS.items():
        have, allowed = getattr(unit, actual), getattr(unit, approved)
        split = split or bool(have or allowed)
        if have > allowed:
            found.append(_figures(post, have, allowed))
    if not split and unit.leader_posts_actual > unit.leader_posts_approved:
        found.append(_figures(TOTAL_SUBJECT, unit.leader_posts_actual, unit.leader_posts_approved))
    return found


def _not_inspected(session: Session, rule: dict[str, Any], today: date) -> list[Raised]:
    campaign = current_campaign(session)
    if campaign is None:
        return []
    step = rule.get("after_milestone")
    if step:
        due = session.execute(
            select(func.max(Milestone.due_date)).where(
                Milestone.campaign_id == campaign.id,
                Milestone.step == step,
                Milestone.deleted.is_(False),
            )
        ).scalar()
        if due is not None and today <= due:
            return []
    inspected = set(
        session.execute(
            select(Inspection.unit_id).where(
                Inspection.campaign_id == campaign.id,
                Inspection.deleted.is_(False),
                (Inspection.visited_on.is_not(None)) | Inspection.step.in_(INSPECTED_STEPS),
            )
        ).scalars()
    )
    targets = session.execute(
        select(Assignment.unit_id).where(
            Assignment.campaign_id == campaign.id, Assignment.deleted.is_(False)
        )
    ).scalars()
    f = {"campaign": campaign.name}
    return [
        Raised(u, rule["id"], f, _message(rule, f))
        for u in sorted(set(targets))
        if u not in inspected
    ]


def recompute(
    database: Database, today: date | None = None, rules_file: Path | None = None
) -> dict[str, int]:
    """Bring the stored warnings up to date; returns counts raised, updated, cleared."""
    today = today or date.today()
    rules = load_rules(rules_file)
    counts = {"raised": 0, "updated": 0, "cleared": 0, "active": 0}
    with database.session() as s:
        found = {r.key: r for r in compute(s, rules, today)}
        active = s.execute(
            select(UnitWarning).where(
                UnitWarning.deleted.is_(False), UnitWarning.cleared_on.is_(None)
            )
        ).scalars()
        for warning in active:
            subject = str(json.loads(warning.figures or "{}").get("kind", ""))
            hit = found.pop((warning.unit_id, warning.rule, subject), None)
            if hit is None:
                warning.cleared_on = today
                counts["cleared"] += 1
                continue
            figures = json.dumps(hit.figures, ensure_ascii=False, sort_keys=True)
            if warning.figures != figures or warning.message != hit.message:
                warning.figures, warning.message = figures, hit.message
                counts["updated"] += 1
            counts["active"] += 1
        for hit in found.values():
            s.add(
                UnitWarning(
                    unit_id=hit.unit_id,
                    rule=hit.rule,
                    message=hit.message,
                    figures=json.dumps(hit.figures, ensure_ascii=False, sort_keys=True),
                    raised_on=today,
                )
            )
            counts["raised"] += 1
            counts["active"] += 1
    return counts


def acknowledge(database: Database, warning_id: str, note: str) -> None:
    if not note.strip():
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Write a note saying how the warning is being handled.")
        )
    with database.session() as s:
        warning = s.get(UnitWarning, warning_id)
        if warning is None or warning.deleted:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "Warning {id} does not exist."), id=warning_id
            )
        warning.acknowledged = True
        warning.note = note
        warning.handled_by = database.user_name
        warning.handled_on = date.today()


def list_warnings(
    database: Database,
    include_cleared: bool = False,
    rule: str | None = None,
    unit_id: str | None = None,
) -> list[WarningRow]:
    query = (
        select(UnitWarning, Unit.name)
        .outerjoin(Unit, Unit.id == UnitWarning.unit_id)
        .where(UnitWarning.deleted.is_(False))
        .order_by(UnitWarning.rule, Unit.name)
    )
    if not include_cleared:
        query = query.where(UnitWarning.cleared_on.is_(None))
    if rule:
        query = query.where(UnitWarning.rule == rule)
    if unit_id:
        query = query.where(UnitWarning.unit_id == unit_id)
    with database.Session() as s:
        return [
            WarningRow(
                w.id,
                w.unit_id,
                name or "",
                w.rule,
                w.message,
                json.loads(w.figures),
                w.raised_on,
                w.cleared_on,
                w.acknowledged,
                w.note,
            )
            for w, name in s.execute(query)
        ]
