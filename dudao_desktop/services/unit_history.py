"""A unit's record across campaigns, for the unit detail: its problems of every year and its
inspections (campaign, procedure step, grade)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select

from ..db.engine import Database
from ..model import Campaign, Inspection, Problem
from ..model.vocab import PROBLEM_CATEGORIES, PROBLEM_STATUS_LABELS, STEP_LABELS
from .listing import QT_TRANSLATE_NOOP, Column, Listing, ListRow


class UnitProblemListing(Listing):
    """Every problem of one unit, all years, newest first."""

    YEAR, SOURCE, CATEGORY, DESCRIPTION, STATUS, DEADLINE = range(6)
    columns = (
        Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), Problem.year, kind="int"),
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), Problem.source),
        Column(
            "category",
            QT_TRANSLATE_NOOP("Columns", "Category"),
            Problem.category,
            labels=PROBLEM_CATEGORIES,
        ),
        Column("description", QT_TRANSLATE_NOOP("Columns", "Problem"), Problem.description),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            Problem.status,
            labels=PROBLEM_STATUS_LABELS,
        ),
        Column("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), Problem.deadline, kind="date"),
    )

    def __init__(self, database: Database, unit_id: str) -> None:
        super().__init__(database)
        self.unit_id = unit_id

    def id_expr(self) -> Any:
        return Problem.id

    def statement(self, stmt: Select) -> Select:
        return stmt.select_from(Problem).where(
            Problem.unit_id == self.unit_id, Problem.deleted.is_(False)
        )

    def fetch(self, offset, limit, sort_column=None, descending=False, filter_text=""):
        if sort_column is None:  # newest year first
            sort_column, descending = self.YEAR, True
        return super().fetch(offset, limit, sort_column, descending, filter_text)


class UnitInspectionListing(Listing):
    """The unit's inspections: campaign, year, procedure step, grade, locked."""

    CAMPAIGN, YEAR, STEP, GRADE, CONFIRMED_BY = range(5)
    columns = (
        Column("campaign", QT_TRANSLATE_NOOP("Columns", "Campaign"), Campaign.name),
        Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), Campaign.year, kind="int"),
        Column("step", QT_TRANSLATE_NOOP("Columns", "Step"), Inspection.step, labels=STEP_LABELS),
        Column("grade", QT_TRANSLATE_NOOP("Columns", "Grade"), Inspection.grade),
        Column(
            "confirmed_by", QT_TRANSLATE_NOOP("Columns", "Confirmed by"), Inspection.confirmed_by
        ),
    )

    def __init__(self, database: Database, unit_id: str) -> None:
        super().__init__(database)
        self.unit_id = unit_id

    def id_expr(self) -> Any:
        return Inspection.id

    def statement(self, stmt: Select) -> Select:
        return (
            stmt.select_from(Inspection)
            .join(Campaign, Campaign.id == Inspection.campaign_id)
            .where(Inspection.unit_id == self.unit_id, Inspection.deleted.is_(False))
        )

    def fetch(self, offset, limit, sort_column=None, descending=False, filter_text=""):
        if sort_column is None:
            sort_column, descending = self.YEAR, True
        return super().fetch(offset, limit, sort_column, descending, filter_text)

    def decorate(self, rows: list[ListRow]) -> list[ListRow]:
        """Grades are shown with their label from the grading rules (in the current
        language)."""
        from .procedure import grade_label

        out = []
        for row in rows:
            values = list(row.values)
            values[self.GRADE] = grade_label(values[self.GRADE]) if values[self.GRADE] else ""
            out.append(ListRow(row.id, tuple(values)))
        return out
