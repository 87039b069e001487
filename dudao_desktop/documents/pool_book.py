"""The inspector pool workbook: sheet Inspectors and sheet Avoidance, laid out as a ledger."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .workbook import add_ledger_sheet, new_workbook, save_workbook

Sheet = tuple[str, Sequence[str], Sequence[Sequence[Any]]]


def write_pool_book(path: Path, title: str, *sheets: Sheet) -> Path:
    workbook = new_workbook(write_only=True)
    for name, headers, rows in sheets:
        columns = [(None, [(h, None, None) for h in headers])]
        add_ledger_sheet(workbook, f"{title} - {name}", None, columns, rows, sheet_name=name)
    return save_workbook(workbook, path)
