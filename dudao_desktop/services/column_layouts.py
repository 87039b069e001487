"""Column mappings the office confirmed for a workbook layout, remembered for next time.

A layout is known by the sheet reader's signature (its column titles in order); the mapping
says which column holds which field where the header words alone did not tell.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import ColumnLayout

BAD_MAP = QT_TRANSLATE_NOOP(
    "Errors",
    '--map "{value}" is not understood: write COLUMN=FIELD, for example D=establishment_admin '
    'or "核定编制/行政编制=establishment_admin" (FIELD "-" ignores the column).',
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Errors", '--map names the field "{field}", which this import does not have; fields: {fields}.'
)


def remembered(database: Database, purpose: str) -> Callable[[str], dict[str, str] | None]:
    """A lookup for the sheet reader: the mapping saved for a layout signature, if any."""

    def lookup(signature: str) -> dict[str, str] | None:
        with database.Session() as s:
            saved = s.scalar(
                select(ColumnLayout).where(ColumnLayout.signature == _key(purpose, signature))
            )
            return json.loads(saved.mapping) if saved else None

    return lookup


def remember(database: Database, purpose: str, signature: str, mapping: dict[str, str]) -> None:
    """Save (or replace) the mapping for a layout."""
    key = _key(purpose, signature)
    with database.session() as s:
        saved = s.scalar(select(ColumnLayout).where(ColumnLayout.signature == key))
        if saved is None:
            saved = ColumnLayout(purpose=purpose, signature=key)
            s.add(saved)
        saved.mapping = json.dumps(mapping, ensure_ascii=False, sort_keys=True)


def _key(purpose: str, signature: str) -> str:
    return hashlib.sha256(f"{purpose}:{signature}".encode()).hexdigest()


def parse_map_options(values: list[str], fields: list[str]) -> dict[str, str]:
    """``--map COLUMN=FIELD`` options as a mapping; "-" as FIELD ignores the column."""
    mapping: dict[str, str] = {}
    for value in values:
        column, sep, key = value.rpartition("=")
        column, key = column.strip(), key.strip()
        if not sep or not column or not key or not re.fullmatch(r"[\w-]+", key):
            raise DudaoError(BAD_MAP, value=value)
        if key != "-" and key not in fields:
            raise DudaoError(UNKNOWN_FIELD, field=key, fields=", ".join(fields))
        mapping[column] = "" if key == "-" else key
    return mapping
