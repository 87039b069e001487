"""Warnings and the report's figures per kind equal independent SQL counts over the roster."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from dudao_desktop.model import Unit, UnitWarning
from dudao_desktop.services import roster, warnings
from dudao_desktop.services.figures import establishment_by_kind

sys.path.insert(0, str(Path(__file__).parent))
from office_workbooks import county_roster
from report_helpers import english  # noqa: F401

KINDS = {
    "admin": ("establishment_admin", "actual_admin"),
    "law": ("establishment_law", "actual_law"),
    "institution_cg": ("establishment_institution_cg", "actual_institution_cg"),
    "institution": ("establishment_institution", "actual_institution"),
    "worker": ("establishment_worker", "actual_worker"),
    "special": ("establishment_special", "actual_special"),
}
ACTIVE = "deleted = 0 AND status = 'active'"


def loaded(office_db, tmp_path):
    roster.import_roster(office_db, county_roster(tmp_path / "r.xlsx").path, add_departments=True)
    with office_db.session() as s:
        units = {u.name: u for u in s.scalars(select(Unit))}
        # A revoked unit that was over establishment leaves the active roster.
        units["某某县社会保险事业中心"].status = "revoked"
        units["某某县社会保险事业中心"].status_date = date(2026, 10, 1)
        # An older unit whose staff were never recorded by kind.
        units["某某县总工会"].actual_admin = 0
        units["某某县总工会"].actual_staff = 9
        # Two internal bodies approved, three set up.
        units["某某县人民医院"].internal_bodies_approved = 2
        units["某某县人民医院"].internal_institutions = "办公室、医务科、护理部"
    return office_db


def test_warnings_per_kind_equal_sql_counts(office_db, tmp_path):
    database = loaded(office_db, tmp_path)
    warnings.recompute(database, date(2026, 12, 1))
    with database.Session() as s:
        raised = [
            (w.rule, json.loads(w.figures).get("kind", ""), w.unit_id)
            for w in s.scalars(select(UnitWarning).where(UnitWarning.cleared_on.is_(None)))
        ]
        for kind, (approved, actual) in KINDS.items():
            expected = s.execute(
                text(f"SELECT id FROM unit WHERE {ACTIVE} AND {actual} > {approved}")
            ).scalars()
            found = [u for rule, k, u in raised if rule == "over_establishment" and k == kind]
            assert sorted(found) == sorted(expected), kind
        unknown = s.execute(
            text(
                f"SELECT id FROM unit WHERE {ACTIVE} AND actual_admin + actual_law + "
                "actual_institution_cg + actual_institution + actual_worker + actual_special = 0 "
                "AND actual_staff > establishment_admin + establishment_law + "
                "establishment_institution_cg + establishment_institution + "
                "establishment_worker + establishment_special"
            )
        ).scalars()
        assert [u for r, k, u in raised if k == "total" and r == "over_establishment"] == list(
            unknown
        )
        for post in ("principal", "deputy"):
            expected = s.execute(
                text(
                    f"SELECT id FROM unit WHERE {ACTIVE} AND "
                    f"leader_{post}_actual > leader_{post}_approved"
                )
            ).scalars()
            found = [u for r, k, u in raised if r == "leader_posts_over_quota" and k == post]
            assert sorted(found) == sorted(expected)
        names = dict(s.execute(text("SELECT id, name FROM unit")).all())
    over = sorted((k, names[u]) for r, k, u in raised if r == "over_establishment")
    # The planted cases, one by one: worker excess not hidden by admin vacancies, admin excess
    # not hidden by worker vacancies; the revoked unit raises nothing.
    assert over == [
        ("admin", "某某县人民政府办公室"),
        ("institution", "某某镇人民政府"),
        ("total", "某某县总工会"),
        ("worker", "中共某某县委办公室"),
    ]
    assert [names[u] for r, _k, u in raised if r == "internal_bodies_over_quota"] == [
        "某某县人民医院"
    ]


def test_report_figures_per_kind_equal_sql_sums(office_db, tmp_path):
    database = loaded(office_db, tmp_path)
    with database.Session() as s:
        figures = {k.kind: k for k in establishment_by_kind(s)}
        for kind, (approved, actual) in KINDS.items():
            row = s.execute(
                text(
                    f"SELECT coalesce(sum({approved}), 0), coalesce(sum({actual}), 0), "
                    f"coalesce(sum(max({approved} - {actual}, 0)), 0), "
                    f"coalesce(sum(max({actual} - {approved}, 0)), 0), "
                    f"coalesce(sum({actual} > {approved}), 0) FROM unit WHERE {ACTIVE}"
                )
            ).one()
            k = figures[kind]
            assert (k.approved, k.actual, k.vacant, k.over, k.units_over) == tuple(row), kind
        assert figures["unknown"].actual == 9
        # 县委办 1, 总工会 6 (its staff are of unrecorded kind), 镇 4; 政府办 is 2 over.
        assert figures["admin"].over == 2 and figures["admin"].vacant == 1 + 6 + 4


@pytest.mark.usefixtures("english")
def test_report_workbook_per_kind_sheet_equals_sql(demo_db, tmp_path):
    from openpyxl import load_workbook

    from dudao_desktop.services.figures import current_campaign_id
    from dudao_desktop.services.supervision_report import write_report_workbook

    path = write_report_workbook(demo_db, current_campaign_id(demo_db), tmp_path / "r.xlsx")
    book = load_workbook(path)
    sheet = next(ws for ws in book.worksheets if ws.title.startswith("Establishment by kind"))
    rows = {
        r[0]: r[1:6] for r in sheet.iter_rows(values_only=True) if r[0] and isinstance(r[1], int)
    }
    with demo_db.Session() as s:
        for kind, (approved, actual) in KINDS.items():
            expected = s.execute(
                text(
                    f"SELECT coalesce(sum({approved}), 0), coalesce(sum({actual}), 0), "
                    f"coalesce(sum(max({approved} - {actual}, 0)), 0), "
                    f"coalesce(sum(max({actual} - {approved}, 0)), 0), "
                    f"coalesce(sum({actual} > {approved}), 0) FROM unit WHERE {ACTIVE}"
                )
            ).one()
            label = {
                "admin": "Administrative",
                "law": "Political-legal special",
                "institution_cg": "Public institution (civil-service managed)",
                "institution": "Public institution",
                "worker": "Logistics worker",
                "special": "Other special",
            }[kind]
            assert rows[label] == tuple(expected), kind
        units = dict(
            s.execute(text(f"SELECT kind, count(*) FROM unit WHERE {ACTIVE} GROUP BY kind")).all()
        )
    kinds_sheet = next(ws for ws in book.worksheets if ws.title.startswith("Units by kind"))
    counted = [r for r in kinds_sheet.iter_rows(values_only=True) if isinstance(r[1], int)]
    assert counted[-1][1] == sum(units.values()) == 420
