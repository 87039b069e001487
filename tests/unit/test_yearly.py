"""The yearly analysis: snapshots before unit figures, matters, problems per year, repeats,
warnings; the PDF and workbook hold the figures."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from report_helpers import english, pdf_cells  # noqa: F401
from sqlalchemy import text

from dudao_desktop.model import Campaign, EstablishmentSnapshot, Problem, Unit, UnitWarning
from dudao_desktop.services.warnings import over_kinds
from dudao_desktop.services.yearly import write_yearly_pdf, write_yearly_workbook, yearly_analysis

KINDS = ("admin", "law", "institution_cg", "institution", "worker", "special")
APPROVED = " + ".join(f"establishment_{k}" for k in KINDS)
ACTUAL = " + ".join(f"actual_{k}" for k in KINDS)
OVER_BY_KIND = " OR ".join(f"actual_{k} > establishment_{k}" for k in KINDS)
# Over establishment: in any kind, or in total for staff whose kind is not recorded.
DEPT_SQL = text(
    f"SELECT COUNT(*), SUM({APPROVED}), SUM(actual_staff), SUM(({OVER_BY_KIND}) OR "
    f"({ACTUAL} = 0 AND actual_staff > {APPROVED})) FROM unit WHERE deleted = 0"
)

pytestmark = pytest.mark.usefixtures("english")


def test_establishment_from_latest_snapshot_else_units(demo_db):
    with demo_db.Session() as s:
        units, approved, actual, over = s.execute(DEPT_SQL).one()
    a2025 = yearly_analysis(demo_db, 2025)
    total = a2025.establishment_total
    assert (total.units, total.approved, total.actual, total.over_quota_units) == (
        units,
        approved,
        actual,
        over,
    )
    assert total.from_snapshots == 0
    with demo_db.session() as s:
        unit = s.query(Unit).order_by(Unit.name).first()
        base = unit.approved_establishment
        for month, staff in (("2025-03", base + 50), ("2025-11", base + 3)):
            s.add(
                EstablishmentSnapshot(
                    unit_id=unit.id,
                    month=month,
                    establishment_admin=unit.establishment_admin,
                    establishment_institution=unit.establishment_institution,
                    establishment_law=unit.establishment_law,
                    actual_staff=staff,
                )
            )
        unit_actual, was_over = unit.actual_staff, bool(over_kinds(unit))
    total = yearly_analysis(demo_db, 2025).establishment_total
    assert total.from_snapshots == 1
    assert total.actual == actual - unit_actual + base + 3
    assert total.over_quota_units == over + (0 if was_over else 1)
    # 2026 uses the demo's October snapshots of every unit.
    assert yearly_analysis(demo_db, 2026).establishment_total.from_snapshots == units


def test_matters_problems_repeats_and_warnings(demo_db):
    with demo_db.session() as s:
        unit = s.query(Unit).order_by(Unit.name).first()
        campaign_id = s.query(Campaign.id).scalar()
        for year, campaign in ((2019, None), (2026, campaign_id)):
            s.add(
                Problem(
                    unit_id=unit.id,
                    campaign_id=campaign,
                    source="专项督导",
                    year=year,
                    category="mixed_posts",
                    description="混编混岗",
                )
            )
        s.add(
            UnitWarning(
                unit_id=unit.id,
                rule="over_establishment",
                raised_on=date(2026, 2, 1),
                cleared_on=date(2026, 8, 1),
            )
        )
        s.add(UnitWarning(unit_id=unit.id, rule="over_establishment", raised_on=date(2026, 9, 1)))
        s.add(
            UnitWarning(
                unit_id=unit.id,
                rule="rectification_overdue",
                raised_on=date(2025, 9, 1),
                cleared_on=date(2026, 1, 5),
            )
        )
        name = unit.name
    a = yearly_analysis(demo_db, 2026)
    with demo_db.Session() as s:
        matters = s.execute(
            text(
                "SELECT COUNT(*) FROM approval_matter WHERE deleted = 0 AND phase IN "
                "('decision', 'implemented') AND COALESCE(meeting_on, applied_on) "
                "BETWEEN '2026-01-01' AND '2026-12-31'"
            )
        ).scalar()
        per_year = dict(
            s.execute(
                text("SELECT year, COUNT(*) FROM problem WHERE deleted = 0 GROUP BY year")
            ).all()
        )
        done = dict(
            s.execute(
                text(
                    "SELECT year, COUNT(*) FROM problem WHERE deleted = 0 AND status IN "
                    "('rectified', 'verified') GROUP BY year"
                )
            ).all()
        )
    assert len(a.matters) == matters > 0
    assert [y.year for y in a.problems_by_year] == list(range(2013, 2027))
    assert {y.year: y.found for y in a.problems_by_year if y.found} == per_year
    assert {y.year: y.rectified for y in a.problems_by_year if y.rectified} == done
    repeat = next(r for r in a.repeats if r.unit == name and r.category == "mixed_posts")
    assert repeat.occurrences >= 2 and {2019, 2026} <= set(repeat.years)
    # The demo raises its own warnings on its date; count every rule independently.
    with demo_db.Session() as s:
        raised = dict(
            s.execute(
                text(
                    "SELECT rule, COUNT(*) FROM warning WHERE deleted = 0 "
                    "AND raised_on BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY rule"
                )
            ).all()
        )
        cleared = dict(
            s.execute(
                text(
                    "SELECT rule, COUNT(*) FROM warning WHERE deleted = 0 "
                    "AND cleared_on BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY rule"
                )
            ).all()
        )
        still_open = s.execute(
            text(
                "SELECT COUNT(*) FROM warning WHERE deleted = 0 AND raised_on <= '2026-12-31' "
                "AND (cleared_on IS NULL OR cleared_on > '2026-12-31')"
            )
        ).scalar()
    expected = {
        rule: (raised.get(rule, 0), cleared.get(rule, 0)) for rule in set(raised) | set(cleared)
    }
    warnings = {w.rule: (w.raised, w.cleared) for w in a.warnings}
    assert warnings == expected
    assert warnings["rectification_overdue"][1] >= 1 and warnings["over_establishment"][1] == 1
    assert a.open_warnings_at_year_end == still_open
    assert all(r.occurrences >= 2 for r in yearly_analysis(demo_db, 2018).repeats)


def test_yearly_documents(demo_db, tmp_path):
    a = yearly_analysis(demo_db, 2026)
    total = a.establishment_total
    cells = pdf_cells(write_yearly_pdf(demo_db, 2026, tmp_path / "y.pdf"))
    joined = " ".join(cells)
    assert "Yearly analysis of the information data ledger, 2026" in joined
    assert f"{total.units} units hold {total.approved} approved establishment posts" in joined
    assert f"{len(a.matters)} establishment matters were approved in 2026." in joined
    book = openpyxl.load_workbook(write_yearly_workbook(demo_db, 2026, tmp_path / "y.xlsx"))
    rows = list(
        book["Establishment use per supervising department"[:31]].iter_rows(
            min_row=4, values_only=True
        )
    )
    assert rows[-1][:4] == ("Total", total.units, total.approved, total.actual)
    years = {
        r[0]: r[1]
        for r in book["Problems found and rectified per year"[:31]].iter_rows(
            min_row=4, values_only=True
        )
    }
    assert years == {y.year: y.found for y in a.problems_by_year}
