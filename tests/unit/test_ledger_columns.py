"""Every declared ledger column reaches the export, the import, the list and the conflicts
view; a column added to a declaration appears in all of them with no other change."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from dudao_desktop import i18n
from dudao_desktop.errors import ValidationError
from dudao_desktop.model import Problem, UnitWarning
from dudao_desktop.services import conflicts, ledger_columns, ledger_export, ledger_import
from dudao_desktop.services.ledger_columns import LEDGERS, Ledger, LedgerColumn
from dudao_desktop.services.ledger_listing import LedgerListing

sys.path.insert(0, str(Path(__file__).parent))
from ledger_fixtures import make_unit

EDITABLE_LEDGERS = [name for name, book in LEDGERS.items() if not book.read_only]


def sample(column: LedgerColumn, n: int, unit_id: str) -> Any:
    """A value of the column's kind that is not its default (text that looks like a formula)."""
    if column.kind == "unit":
        return unit_id
    if column.kind == "choice":
        return list(column.vocab or {})[-1]
    if column.kind == "date":
        return date(2025, 1 + n % 12, 1 + n % 28)
    if column.kind == "number":
        return 2000 + n
    if column.kind == "bool":
        return True
    if column.key == "month":
        return "2026-03"
    return f"={column.key}+{n}（测试）"


def record_values(book: Ledger, unit_id: str) -> dict[str, Any]:
    values = {}
    for n, column in enumerate(book.imported()):
        values["unit_id" if column.kind == "unit" else column.key] = sample(column, n, unit_id)
    return values


@pytest.mark.parametrize("kind", EDITABLE_LEDGERS)
def test_every_declared_column_round_trips(office_db, tmp_path, kind):
    book = LEDGERS[kind]
    unit = make_unit(office_db, "某某局", "113707990000000001")
    values = record_values(book, unit)
    with office_db.session() as s:
        record = book.model(**values)
        s.add(record)
        s.flush()
        original = record.id
    target = tmp_path / f"{kind}.xlsx"
    assert ledger_export.export_ledger(office_db, kind, target) == 1
    sheet = load_workbook(target).worksheets[0]
    headers = {c.value for row in sheet.iter_rows(min_row=3, max_row=4) for c in row}
    for column in book.exported():
        assert i18n.translate("Ledgers", column.label) in headers, column.key
    with office_db.session() as s:  # taken off the ledger: the import must bring it all back
        s.get(book.model, original).deleted = True
    assert ledger_import.import_ledger(office_db, kind, target) == 1
    with office_db.Session() as s:
        # A new record, or for a record kept once per natural key (a unit's snapshot of a
        # month) the same one again.
        [copy] = s.execute(select(book.model).where(book.model.deleted.is_(False))).scalars()
        for key, value in values.items():
            assert getattr(copy, key) == value, key


@pytest.mark.parametrize("kind", list(LEDGERS))
def test_every_listed_column_is_in_the_list(office_db, kind):
    book = LEDGERS[kind]
    make_unit(office_db, "某某局", "113707990000000001")
    listing = LedgerListing(office_db, book)
    assert [c.key for c in listing.columns] == [c.key for c in book.listed()]
    listing.fetch(0, 10)  # every listed column has SQL or a computation that runs
    # One header row: no two columns may read the same (two "合计" of the archive).
    headers = [(c.group, c.label) for c in listing.columns]
    assert len(set(headers)) == len(headers)


def test_problem_and_approval_detail_fields_come_from_the_declaration():
    from dudao_desktop.services import approvals, problems

    assert set(problems.EDITABLE_FIELDS) == {"unit_id", *ledger_columns.PROBLEMS.editable_fields()}
    assert "rectification_plan" in problems.EDITABLE_FIELDS
    assert approvals.PHASE_FIELDS["decision"] == (
        "meeting_on",
        "preliminary_opinion",
        "decision",
        "document_number",
        "implementation",
    )


def test_conflict_labels_of_ledger_fields_come_from_the_declaration():
    assert conflicts.field_label("problem", "rectification_plan") == (
        "Rectification plan",
        "Ledgers",
    )
    assert conflicts.field_label("answer", "verified_value")[1] == "SyncLabels"


def test_a_column_added_to_a_declaration_appears_everywhere(office_db, tmp_path, monkeypatch):
    """The warning's figures are stored but not declared; declaring them is the only change."""
    extended = replace(
        ledger_columns.WARNINGS,
        columns=(
            *ledger_columns.WARNINGS.columns,
            LedgerColumn("figures", "Figures", "long_text", 30, listed=True),
        ),
    )
    monkeypatch.setitem(LEDGERS, "warnings", extended)
    unit = make_unit(office_db, "某某局", "113707990000000001")
    with office_db.session() as s:
        s.add(
            UnitWarning(
                unit_id=unit, rule="over_establishment", figures='{"actual": 7}', note="已核实"
            )
        )
    target = tmp_path / "warnings.xlsx"
    ledger_export.export_ledger(office_db, "warnings", target)
    sheet = load_workbook(target).worksheets[0]
    assert '{"actual": 7}' in [c.value for row in sheet.iter_rows(min_row=5) for c in row]
    assert ledger_import.import_ledger(office_db, "warnings", target) == 1
    with office_db.Session() as s:
        figures = s.execute(select(UnitWarning.figures)).scalars().all()
    assert figures == ['{"actual": 7}', '{"actual": 7}']
    listing = LedgerListing(office_db, extended)
    index = listing.column_index("figures")
    assert {r.values[index] for r in listing.fetch(0, 10)} == {'{"actual": 7}'}
    assert "figures" in extended.editable_fields()  # the detail editor shows it
    assert conflicts.field_label("warning", "figures")[1] == "Ledgers"


def test_old_ledger_with_discipline_categories_is_refused_row_by_row(office_db, tmp_path):
    make_unit(office_db, "某某局", "113707990000000001")
    path = tmp_path / "old.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["单位名称", "问题类型", "问题描述", "年度"])
    sheet.append(["某某局", "不存在的类型", "超编进人3名", 2019])
    book.save(path)
    with pytest.raises(ValidationError) as error:
        ledger_import.import_ledger(office_db, "problems", path)
    [finding] = error.value.findings
    assert finding.row == 2 and finding.column == "B"
    with office_db.Session() as s:
        assert s.execute(select(Problem)).first() is None
