"""Figures checked against data: the unit's self-assessed figure beside the figure the office
holds; a difference becomes a suggested problem (超编, 超职数, 超内设机构, 数据不一致) that the
inspectors confirm (a problem is recorded) or dismiss with a reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Answer, ChecklistItem, FigureCheck, Inspection, Problem, Unit
from ..model.natural import natural_id
from ..model.vocab import (
    ESTABLISHMENT_KIND_NAMES,
    ESTABLISHMENT_KINDS,
    FIGURE_FINDING_NAMES,
    FIGURE_FINDINGS,
)


@dataclass(frozen=True)
class HeldFigure:
    """A figure of the unit the office holds, and the approved figure it must not exceed."""

    label: str  # Chinese, as on the office's forms
    held: Callable[[Unit], int]
    approved: Callable[[Unit], int] | None = None
    over: str = ""  # the finding when the reported figure exceeds the approved one


def _figures() -> dict[str, HeldFigure]:
    out: dict[str, HeldFigure] = {}
    for kind in ESTABLISHMENT_KINDS:
        name = ESTABLISHMENT_KIND_NAMES[kind][0]
        out[f"approved_{kind}"] = HeldFigure(f"核定{name}", lambda u, k=kind: u.approved(k))
        out[f"actual_{kind}"] = HeldFigure(
            f"实有{name}人数",
            lambda u, k=kind: u.actual(k),
            lambda u, k=kind: u.approved(k),
            "over_quota",
        )
    out["leader_principal_actual"] = HeldFigure(
        "实配正职领导",
        lambda u: u.leader_principal_actual or 0,
        lambda u: u.leader_principal_approved or 0,
        "over_posts",
    )
    out["leader_deputy_actual"] = HeldFigure(
        "实配副职领导",
        lambda u: u.leader_deputy_actual or 0,
        lambda u: u.leader_deputy_approved or 0,
        "over_posts",
    )
    out["internal_bodies_approved"] = HeldFigure(
        "核定内设机构数", lambda u: u.internal_bodies_approved or 0
    )
    out["internal_bodies_actual"] = HeldFigure(
        "实设内设机构数",
        lambda u: len(u.internal_institution_names),
        lambda u: u.internal_bodies_approved or 0,
        "over_bodies",
    )
    out["staff_outside"] = HeldFigure("编外人员", lambda u: u.staff_outside or 0)
    return out


#: Figure key -> what the office holds; a checklist item names its figure by key.
FIGURES = _figures()
CONFIRM_CATEGORY = {"over_bodies": "structure", "over_posts": "mixed_posts"}
DESCRIPTION = "{finding}：{label}，单位自评{reported}，台账{held}{approved}。"


def held_value(unit: Unit, figure: str) -> int | None:
    spec = FIGURES.get(figure)
    return None if spec is None else spec.held(unit)


def judge(unit: Unit, figure: str, reported: int) -> tuple[int, int | None, str] | None:
    """(held, approved, finding) when ``reported`` differs from the office's data or exceeds
    the approved figure; None when it agrees."""
    spec = FIGURES[figure]
    held = spec.held(unit)
    approved = spec.approved(unit) if spec.approved else None
    if approved is not None and spec.over and reported > approved:
        return held, approved, spec.over
    if reported != held:
        return held, approved, "inconsistent"
    return None


def check_in_session(
    session: Session, inspection: Inspection, unit: Unit, item: ChecklistItem, answer: Answer
) -> None:
    """Keep the figure check of one answer current with the unit's self-assessed figure. A
    decided check stays as decided unless the figure it was decided on changes."""
    if not item.figure or item.figure not in FIGURES:
        return
    check_id = natural_id("figure_check", {"inspection_id": inspection.id, "item_id": item.id})
    check = session.get(FigureCheck, check_id)
    reported = answer.self_value
    verdict = judge(unit, item.figure, int(reported)) if reported.isdigit() else None
    if verdict is None:
        if check is not None and not check.deleted and check.status == "suggested":
            check.deleted = True
        return
    held, approved, finding = verdict
    if check is None:
        check = FigureCheck(
            id=check_id, inspection_id=inspection.id, item_id=item.id, unit_id=unit.id
        )
        session.add(check)
    elif (check.reported, check.held, check.kind) == (int(reported), held, finding):
        if check.deleted:
            check.deleted = False
        return
    check.deleted = False
    check.figure = item.figure
    check.held = held
    check.approved = approved
    check.reported = int(reported)
    check.kind = finding
    check.status = "suggested"
    check.reason = ""
    check.decided_by = ""


@dataclass
class FigureCheckRow:
    id: str
    item_code: str
    label: str
    reported: int
    held: int
    approved: int | None
    kind: str
    status: str
    reason: str
    decided_by: str
    problem_id: str | None

    @property
    def finding(self) -> str:
        return i18n.translate("Vocab", FIGURE_FINDINGS[self.kind])


def figure_checks(database: Database, inspection_id: str) -> list[FigureCheckRow]:
    """The figure differences of an inspection, in checklist order."""
    with database.Session() as s:
        rows = s.execute(
            select(FigureCheck, ChecklistItem.code)
            .join(ChecklistItem, ChecklistItem.id == FigureCheck.item_id)
            .where(FigureCheck.inspection_id == inspection_id, FigureCheck.deleted.is_(False))
            .order_by(ChecklistItem.code)
        ).all()
        return [
            FigureCheckRow(
                c.id,
                code,
                FIGURES[c.figure].label if c.figure in FIGURES else c.figure,
                c.reported,
                c.held,
                c.approved,
                c.kind,
                c.status,
                c.reason,
                c.decided_by,
                c.problem_id,
            )
            for c, code in rows
        ]


def _open_check(session: Session, check_id: str) -> FigureCheck:
    check = session.get(FigureCheck, check_id)
    if check is None or check.deleted:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This figure difference no longer exists."))
    if check.status != "suggested":
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "This figure difference has already been decided.")
        )
    return check


def describe(check: FigureCheck) -> str:
    """The problem text of a confirmed difference (Chinese: it goes to the ledger)."""
    label = FIGURES[check.figure].label if check.figure in FIGURES else check.figure
    return DESCRIPTION.format(
        finding=FIGURE_FINDING_NAMES[check.kind],
        label=label,
        reported=check.reported,
        held=check.held,
        approved="" if check.approved is None else f"，核定{check.approved}",
    )


def confirm(database: Database, check_id: str, by: str = "") -> str:
    """Confirm a suggested problem: a problem is recorded from it; returns the problem's id."""
    from ..model import Campaign

    with database.session() as s:
        check = _open_check(s, check_id)
        inspection = s.get(Inspection, check.inspection_id)
        campaign = s.get(Campaign, inspection.campaign_id)
        problem = Problem(
            unit_id=check.unit_id,
            campaign_id=campaign.id,
            item_id=check.item_id,
            source=campaign.name,
            year=campaign.year,
            category=CONFIRM_CATEGORY.get(check.kind, "daily_management"),
            description=describe(check),
        )
        s.add(problem)
        s.flush()
        check.status = "confirmed"
        check.decided_by = by.strip()
        check.problem_id = problem.id
        return problem.id


def dismiss(database: Database, check_id: str, reason: str, by: str = "") -> None:
    """Dismiss a suggested problem; the reason is required and kept."""
    if not reason.strip():
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Say why the figure difference is dismissed."))
    with database.session() as s:
        check = _open_check(s, check_id)
        check.status = "dismissed"
        check.reason = reason.strip()
        check.decided_by = by.strip()
