"""Adding a record to a declared ledger by hand (the ledgers without a service of their own,
such as the accountability records): the declared editable fields, checked by kind."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .ledger_columns import CONTEXT, ledger, with_terms
from .records import add_for_unit


def add_record(
    database: Database,
    name: str,
    unit_id: str,
    /,
    links: Mapping[str, str] | None = None,
    **fields: Any,
) -> str:
    """Add a record of the ledger called ``name`` for the unit; returns its id. Only the
    declared editable fields may be set; required ones must be filled; choices known.
    ``links``: the records it belongs to beside the unit (the ledger's ``links``, e.g. the
    problem of an accountability record)."""
    book = ledger(name)
    links = dict(links or {})
    if set(links) - set(book.links):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "These fields cannot be set here: {fields}."),
            fields=", ".join(sorted(set(links) - set(book.links))),
        )
    with database.Session() as s:
        editable = {c.key: c for c in with_terms(s, book.detail())}
    unknown = set(fields) - set(editable)
    if unknown:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "These fields cannot be set here: {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    for key, column in editable.items():
        value = fields.get(key)
        if column.required and value in (None, ""):
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "{field} is empty; fill it in."),
                field=i18n.translate(CONTEXT, column.label),
            )
        if (
            column.kind == "choice"
            and value not in (None, "")
            and value not in (column.vocab or {})
        ):
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "'{value}' is not a valid {field}; use one of: {choices}."
                ),
                value=value,
                field=i18n.translate(CONTEXT, column.label),
                choices=", ".join(column.vocab or {}),
            )
        if column.kind == "date" and value is not None and not isinstance(value, date):
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date (YYYY-MM-DD)."), value=value
            )
    values = {k: v for k, v in fields.items() if v is not None} | links
    return add_for_unit(
        database,
        unit_id or "",
        lambda: book.model(unit_id=unit_id, **values),
        QT_TRANSLATE_NOOP("Errors", "Choose the unit from the list."),
    )
