"""``dudao verify``: database integrity, foreign keys and every evidence file's hash."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text

from ..db.engine import Database
from ..progress import ProgressGenerator
from ..model import Evidence, Unit
from .blobs import BlobStore


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
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":
            pragma = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
            rows = [r[0] for r in connection.execute(text(pragma))]
            if rows != ["ok"]:
                report.findings += [f"Database structure: {r}" for r in rows[:20]]
            for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
                report.findings.append(
                    f"Table {table} row {rowid} points to a missing {parent} record."
                )
    if report.findings:
        return report
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
    return report
