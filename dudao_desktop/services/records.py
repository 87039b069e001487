"""Adding, editing and attaching files to one record of a unit's ledger (approval matters,
problems)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..db.concurrency import RECORD_CHANGED, RecordChanged
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, NotFoundError
from ..model import Evidence, Unit
from ..model.base import Synced


def add_for_unit(
    database: Database,
    unit_id: str,
    build: Callable[[], Synced],
    no_unit: str,
    **params: Any,
) -> str:
    """Add the record ``build()`` makes for the unit ``unit_id``; returns the record's id.

    Refuses with ``NotFoundError(no_unit, **params)`` when there is no such unit."""
    with database.session() as s:
        if s.get(Unit, unit_id) is None:
            raise NotFoundError(no_unit, **params)
        record = build()
        s.add(record)
        s.flush()
        return record.id


def update_fields(
    database: Database,
    get: Callable[[Session, str], Synced],
    record_id: str,
    fields: Mapping[str, Any],
    expected_version: int | None = None,
) -> int | None:
    """Set the fields of the record ``get(session, record_id)`` whose value differs (an
    unchanged value is not written, so it is not recorded as an edit).

    For a versioned record edited from a copy read earlier, ``expected_version`` is the
    version of that copy: if someone saved the record since, nothing is written and
    ``RecordChanged`` says so. Returns the record's version after the save."""
    with database.session() as s:
        record = get(s, record_id)
        version = getattr(record, "version", None)
        if expected_version is not None and version != expected_version:
            raise RecordChanged(RECORD_CHANGED)
        for name, value in fields.items():
            if getattr(record, name) != value:
                setattr(record, name, value)
        s.flush()
        return getattr(record, "version", None)


def attach_to_record(
    database: Database,
    get: Callable[[Session, str], Synced],
    record_id: str,
    link: str,
    path: Path,
    caption: str = "",
) -> str:
    """Store the file ``path`` in the evidence store as an attachment of the record
    ``get(session, record_id)``: an evidence record of the record's unit whose field ``link``
    (``approval_id``, ``problem_id``) names it. Returns the evidence id."""
    from ..db.blobs import BlobStore

    path = Path(path)
    if not path.is_file():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "File {file} does not exist."), file=str(path)
        )
    sha, size = BlobStore(database.evidence_dir).put_file(path)
    with database.session() as s:
        record = get(s, record_id)
        evidence = Evidence(
            sha256=sha,
            size=size,
            original_name=path.name,
            caption=caption or path.stem,
            captured_by=database.user_name,
            unit_id=record.unit_id,
            **{link: record.id},
        )
        s.add(evidence)
        s.flush()
        return evidence.id
