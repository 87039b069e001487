"""Shared by the report tests: independent SQL counts and PDF text as cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from dudao_desktop import i18n

COVERED_SQL = text(
    "SELECT COUNT(DISTINCT unit_id) FROM inspection WHERE campaign_id = :c AND NOT deleted "
    "AND (visited_on IS NOT NULL OR step IN ('evaluation', 'feedback', 'look_back', 'closed'))"
)


@pytest.fixture
def english():
    previous = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


def campaign_id(database) -> str:
    with database.Session() as s:
        return s.execute(text("SELECT id FROM campaign WHERE status = 'active'")).scalar_one()


def sql_counts(database, cid: str) -> dict:
    with database.Session() as s:

        def rows(sql: str) -> dict:
            return dict(s.execute(text(sql), {"c": cid}).all())

        return {
            "roster": s.execute(
                text("SELECT COUNT(*) FROM unit WHERE NOT deleted AND status = 'active'")
            ).scalar(),
            "covered": s.execute(COVERED_SQL, {"c": cid}).scalar(),
            "problems": rows(
                "SELECT category, COUNT(*) FROM problem WHERE campaign_id = :c "
                "AND NOT deleted GROUP BY category"
            ),
            "status": rows(
                "SELECT status, COUNT(*) FROM problem WHERE campaign_id = :c "
                "AND NOT deleted GROUP BY status"
            ),
            "suggestions": rows(
                "SELECT category, COUNT(*) FROM suggestion "
                "WHERE campaign_id = :c AND NOT deleted GROUP BY category"
            ),
            "grades": rows(
                "SELECT grade, COUNT(*) FROM inspection WHERE campaign_id = :c "
                "AND NOT deleted AND grade != '' GROUP BY grade"
            ),
        }


def pdf_cells(path: Path) -> list[str]:
    """The PDF's text, one table cell or line per entry."""
    reader = PdfReader(path)
    text_ = "\n".join(page.extract_text() for page in reader.pages)
    return [line.strip() for line in text_.splitlines() if line.strip()]


def after(cells: list[str], label: str, start: int = 0) -> str:
    """The cell that follows ``label`` (first occurrence at or after ``start``)."""
    return cells[cells.index(label, start) + 1]
