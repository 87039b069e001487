"""The ledgers as ``.xlsx`` in the office's layout (title row with the office and the date,
two-level merged headers, widths for Chinese, frozen header, print titles, autofilter,
A4 landscape), on the shared :func:`.workbook.ledger_steps`.

The caller passes the translated title and header groups (from the ledger's declared
columns) and rows as the groups' keys find them (lists in column order for positional
keys), streamed: exports are write-only, so 100,000 rows keep memory flat.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from .. import i18n
from ..errors import QT_TRANSLATE_NOOP
from ..progress import ProgressGenerator
from .workbook import GroupSpec, ledger_steps, new_workbook, save_workbook

SUBTITLE = QT_TRANSLATE_NOOP("Ledgers", "Compiled by: {office}    Date: {date}")


def ledger_export_steps(
    path: str | os.PathLike,
    title: str,
    groups: Sequence[GroupSpec],
    rows: Iterable[Any],
    office: str,
    on: date | None = None,
    total: int = 0,
) -> ProgressGenerator[int]:
    """Write one ledger to ``path`` (progress generator); returns the row count."""
    on = on or date.today()
    workbook = new_workbook(write_only=True)
    subtitle = i18n.translate("Ledgers", SUBTITLE).format(office=office, date=on.isoformat())
    count = yield from ledger_steps(workbook, title, subtitle, groups, rows, total=total)
    save_workbook(workbook, Path(path))
    return count
