"""Export each ledger to ``.xlsx``: its declared columns (:mod:`.ledger_columns`), rows
streamed from the database into the office layout (:mod:`..documents.ledgers`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .. import i18n
from ..db.engine import Database
from ..documents.ledgers import ledger_export_steps
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import EstablishmentSnapshot, Installation
from ..progress import ProgressGenerator, run_to_end
from .ledger_columns import CONTEXT, LEDGERS, Ledger, LedgerColumn, ledger, with_terms
from .letters import current_campaign

KINDS = tuple(LEDGERS)
YES = QT_TRANSLATE_NOOP("Vocab", "Yes")
NO = QT_TRANSLATE_NOOP("Vocab", "No")


def vocab(labels: dict[str, str], key: str) -> str:
    return i18n.translate("Vocab", labels.get(key, key)) if key else ""


def header_groups(book: Ledger) -> list[tuple[str | None, list[tuple[str, Any, None]]]]:
    """The exported columns as translated two-level header groups: consecutive columns of
    the same group share a merged upper header; a column without a group spans both rows."""
    groups: list[tuple[str | None, list[tuple[str, Any, None]]]] = []
    for column in book.exported():
        # Keyed by position: the rows of :func:`ledger_rows` are lists in this order.
        cell = (i18n.translate(CONTEXT, column.label), column.width, None)
        title = i18n.translate(CONTEXT, column.group) if column.group else None
        if groups and column.group and groups[-1][0] == title:
            groups[-1][1].append(cell)
        else:
            groups.append((title, [cell]))
    return groups


def _cell_makers(columns: tuple[LedgerColumn, ...]) -> list[Callable[[Any], Any]]:
    """Per column, raw value -> cell value, each vocabulary translated once per export (a
    key outside the vocabulary is translated, once, the first time it is met)."""
    yes, no = i18n.translate("Vocab", YES), i18n.translate("Vocab", NO)
    makers: list[Callable[[Any], Any]] = []
    for column in columns:
        if column.kind == "choice" and column.vocab is not None:
            labels = dict(column.vocab)
            shown = {key: vocab(labels, key) for key in labels}
            shown[""] = shown[None] = ""  # type: ignore[index]

            def label(value: Any, shown: dict = shown, labels: dict = labels) -> Any:
                if value not in shown:
                    shown[value] = vocab(labels, value)
                return shown[value]

            makers.append(label)
        elif column.kind == "bool":
            # 是 or 否, never blank: a blank flag reads as "not filled in" on paper
            makers.append(lambda value, yes=yes, no=no: yes if value else no)
        else:
            makers.append(_blank_if_none)
    return makers


def _blank_if_none(value: Any) -> Any:
    return "" if value is None else value


def ledger_rows(
    database: Database,
    book: Ledger,
    where: tuple[Any, ...] = (),
    today: date | None = None,
) -> Iterator[list[Any]]:
    """Every live record of ``book`` as an export row: the cell values in the order of
    ``book.exported()``, the serial column numbered from 1. Streamed as plain Core rows (no
    ORM objects, no full list in memory)."""
    today = today or date.today()
    columns = book.exported()
    query = book.select_rows(columns).where(*where).order_by(*book.order_by, book.model.id)
    with database.Session() as s:
        columns = with_terms(s, columns)  # the office's own vocabulary entries
    makers = _cell_makers(columns)
    computed = [c.compute for c in columns if c.compute is not None]
    with database.engine.connect() as connection:
        result = connection.execution_options(yield_per=2000).execute(query).mappings()
        for number, row in enumerate(result, start=1):
            values = dict(row) if computed else row
            for column in columns:
                if column.compute is not None:
                    values[column.key] = column.compute(values, today)
            cells = [
                number if column.kind == "serial" else make(values.get(column.key))
                for column, make in zip(columns, makers, strict=True)
            ]
            yield cells


def _count(database: Database, book: Ledger, where: tuple[Any, ...]) -> int:
    query = select(func.count()).select_from(
        book.statement(select(book.model.id)).where(*where).subquery()
    )
    with database.Session() as s:
        return int(s.execute(query).scalar() or 0)


def office_name(database: Database) -> str:
    with database.Session() as s:
        campaign = current_campaign(s)
        if campaign is not None and campaign.office_name:
            return campaign.office_name
        installation = s.execute(select(Installation)).scalars().first()
        return installation.display_name if installation else ""


def _where(kind: str, month: str | None) -> tuple[Any, ...]:
    if month is None:
        return ()
    if kind != "snapshots":
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Only the snapshots ledger is exported by month.")
        )
    from .archive import check_month

    return (EstablishmentSnapshot.month == check_month(month),)


def export_steps(
    database: Database,
    kind: str,
    path: Path,
    on: date | None = None,
    month: str | None = None,
) -> ProgressGenerator[int]:
    """Write ledger ``kind`` (the snapshots of one ``month`` if given) to ``path``."""
    book = ledger(kind)
    where = _where(kind, month)
    rows = ledger_rows(database, book, where)
    title = i18n.translate(CONTEXT, book.title)
    if month:
        title = f"{title} {month}"
    return (
        yield from ledger_export_steps(
            path,
            title,
            header_groups(book),
            rows,
            office_name(database),
            on,
            _count(database, book, where),
        )
    )


def export_ledger(
    database: Database, kind: str, path: Path, on: date | None = None, month: str | None = None
) -> int:
    """Write one ledger to ``path``; returns the number of rows."""
    return run_to_end(export_steps(database, kind, Path(path), on, month))
