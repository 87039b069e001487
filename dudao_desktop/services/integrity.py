"""``dudao verify``: the database's soundness (``db.health``), the change log against the rows,
and every evidence file's hash."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Float, Integer, Numeric, Text, select, text, type_coerce

from ..db.blobs import BlobStore
from ..db.changes import encode, synced_fields
from ..db.engine import Database
from ..db.health import structure_findings
from ..model import SYNCED_MODELS, Evidence, Unit
from ..progress import ProgressGenerator
from ..sync.entries import field_columns
from ..sync.values import problem


@dataclass
class IntegrityReport:
    findings: list[str] = field(default_factory=list)
    files_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings


def verify(database: Database, full: bool = True) -> ProgressGenerator[IntegrityReport]:
    """Check the database; yields progress, returns the report (``StopIteration.value``)."""
    report = IntegrityReport()
    report.findings += structure_findings(database.engine, full)
    if report.findings:
        return report
    if full:
        report.findings += change_log_mismatches(database)
        report.findings += stored_value_problems(database)
    store = BlobStore(database.evidence_dir)
    with database.Session() as s:
        rows = s.execute(
            select(Evidence.sha256, Evidence.caption, Evidence.original_name, Unit.name)
            .outerjoin(Unit, Unit.id == Evidence.unit_id)
            .where(Evidence.deleted.is_(False))
            .order_by(Unit.name, Evidence.caption)
        ).all()
    checked: dict[str, str] = {}
    for done, (sha, caption, original, unit_name) in enumerate(rows, start=1):
        if sha not in checked:
            checked[sha] = store.check(sha) if full else ("ok" if store.has(sha) else "missing")
        state = checked[sha]
        if state != "ok":
            what = "is missing" if state == "missing" else "is damaged (its hash no longer matches)"
            label = caption or original
            report.findings.append(f"Evidence '{label}' of {unit_name or 'no unit'} {what}.")
        yield done, len(rows), caption or original
    report.files_checked = len(checked)
    report.findings += orphan_files(database, store)
    return report


def orphan_files(database: Database, store: BlobStore, limit: int = 20) -> list[str]:
    """Files in the evidence store that no evidence record names (e.g. copied in by hand)."""
    with database.Session() as s:
        named = {sha for (sha,) in s.execute(select(Evidence.sha256)) if sha}
    orphans = sorted(sha for sha in store.stored() if sha not in named)
    return [
        f"Evidence file {sha[:12]}… is an orphan: no evidence record names it "
        f"({store.path_for(sha)})."
        for sha in orphans[:limit]
    ]


def stored_value_problems(database: Database, limit: int = 20) -> list[str]:
    """Stored values that do not fit their column (type, length, allowed values, dates)."""
    findings: list[str] = []
    with database.engine.connect() as connection:
        for table, model in SYNCED_MODELS.items():
            columns = field_columns(table)
            core: Any = model.__table__  # type: ignore[attr-defined]
            names = list(columns)
            raw = select(core.c.id, *(type_coerce(core.c[n], Text) for n in names))
            for row in connection.execute(raw):
                for name, text_value in zip(names, row[1:], strict=True):
                    wrong = problem(table, name, columns[name], _as_json(columns[name], text_value))
                    if wrong is not None:
                        findings.append(f"{table} {row[0]}: {name} {wrong}.")
                        if len(findings) >= limit:
                            return findings
    return findings


def _as_json(column: Any, stored: Any) -> Any:
    """A value as read raw from the database, in the JSON form packages carry."""
    if stored is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, Boolean):
            # SQLite keeps 1/0; PostgreSQL hands back its own booleans.
            truth = {"1": True, "0": False, "true": True, "false": False, "t": True, "f": False}
            return truth.get(str(stored).lower(), str(stored))
        if isinstance(kind, Integer):
            return int(stored)
        if isinstance(kind, Float | Numeric):
            return float(stored)
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(str(stored)).isoformat()
    except ValueError:
        return str(stored)
    return str(stored)


def change_log_mismatches(database: Database, limit: int = 20) -> list[str]:
    """Fields whose stored value differs from the newest value in the change log.

    The change log is the audit trail and the sync source: replaying it must give the rows.
    """
    findings: list[str] = []
    latest = text(
        "SELECT row_id, field, value FROM (SELECT row_id, field, value, ROW_NUMBER() OVER "
        "(PARTITION BY row_id, field ORDER BY hlc DESC) AS rank FROM change_log "
        "WHERE table_name = :table) AS ranked WHERE rank = 1"
    )
    with database.Session() as s:
        for table, model in SYNCED_MODELS.items():
            logged: dict[str, dict[str, str]] = {}
            for row_id, name, value in s.execute(latest, {"table": table}):
                logged.setdefault(row_id, {})[name] = value
            fields = synced_fields(model)
            for row in s.execute(select(model)).scalars():
                values = logged.pop(row.id, {})
                for name in fields:
                    if values.get(name) != encode(getattr(row, name)):
                        findings.append(f"{table} {row.id}: {name} differs from its change log.")
            findings += [f"{table} {row_id}: logged but missing." for row_id in logged]
            if len(findings) >= limit:
                break
    return findings[:limit]
