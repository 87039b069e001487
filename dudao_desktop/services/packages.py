"""Package exchange as use cases: export for a group or a return, import, history, reports."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Campaign, ImportReport, InspectionGroup, PackageRecord
from ..progress import ProgressGenerator
from ..sync import export as sync_export
from ..sync.contents import Limits
from ..sync.export import ExportResult
from ..sync.importer import ImportOutcome, import_many
from .enrolment import active_for_group, find_group, names_laptop

__all__ = [
    "ExportResult",
    "ImportOutcome",
    "Limits",
    "export_field_package",
    "export_return_package",
    "history",
    "import_packages",
    "reports",
]


def export_field_package(
    database: Database, group_key: str, out: Path, *, laptop: str | None = None
) -> ProgressGenerator[ExportResult]:
    """Export a group's field package, encrypted to the group's enrolled laptop (``laptop``
    names it by name, id or fingerprint when the group has more than one)."""
    if database.role != "office":
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Field packages are made at the office; a laptop exports return packages "
                "(leave out --group).",
            )
        )
    group = find_group(database, group_key)
    with database.Session() as s:
        if s.get(Campaign, group.campaign_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The group's campaign is missing."))
    enrolled = active_for_group(database, group.id)
    if laptop:
        enrolled = [e for e in enrolled if names_laptop(e, laptop)]
    if len(enrolled) != 1:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Group {group} has {count} matching enrolled laptops: a field package is made "
                "for one enrolled laptop. Enrol the group's laptop first, or name it with "
                "--laptop ({names}).",
            ),
            group=group.name,
            count=len(enrolled),
            names=", ".join(e.laptop_name for e in enrolled) or "-",
        )
    return (yield from sync_export.field_package(database, enrolled[0].id, out))


def export_return_package(
    database: Database, out: Path, *, everything: bool = False
) -> ProgressGenerator[ExportResult]:
    if database.role != "field":
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Return packages are made on a laptop; the office exports field packages "
                "with --group.",
            )
        )
    return (yield from sync_export.return_package(database, out, everything=everything))


def import_packages(
    database: Database,
    paths: list[Path],
    *,
    dry_run: bool = False,
    limits: Limits | None = None,
    trust_new_office: bool = False,
) -> ProgressGenerator[list[ImportOutcome]]:
    """Import packages; ``trust_new_office`` (a laptop, after the user confirmed it) accepts
    a field package signed by another office key than the one pinned at set-up."""
    return (
        yield from import_many(
            database, paths, dry_run=dry_run, limits=limits, trust_new_office=trust_new_office
        )
    )


@dataclass
class HistoryRow:
    package_id: str
    direction: str
    kind: str
    at: datetime
    peer: str
    group: str
    seq: int
    entries: int
    blobs: int
    file_name: str


def history(database: Database) -> list[HistoryRow]:
    """Packages sent and received, newest first."""
    with database.Session() as s:
        names = {g.id: g.name for g in s.execute(select(InspectionGroup)).scalars()}
        rows = s.execute(select(PackageRecord).order_by(PackageRecord.at.desc())).scalars()
        return [
            HistoryRow(
                r.package_id,
                r.direction,
                r.kind,
                r.at,
                r.source_name,
                names.get(r.group_id, "")
                or ", ".join(names.get(g, g) for g in r.groups.split(",") if g),
                r.seq,
                r.entries,
                r.blobs,
                r.file_name,
            )
            for r in rows
        ]


def reports(database: Database, package_id: str | None = None) -> list[dict[str, Any]]:
    """Stored import reports, newest first."""
    with database.Session() as s:
        query = select(ImportReport).order_by(ImportReport.id.desc())
        if package_id:
            query = query.where(ImportReport.package_id == package_id)
        return [
            {
                "package_id": r.package_id,
                "file": r.file_name,
                "imported_at": r.imported_at,
                "kind": r.kind,
                "source": r.source_name,
                "new": r.new,
                "updated": r.updated,
                "unchanged": r.unchanged,
                "conflicts": r.conflicts,
                "refused": r.refused,
                "evidence_received": r.evidence_received,
                "details": json.loads(r.details or "{}"),
            }
            for r in s.execute(query).scalars()
        ]


# For the sync center (GUI) -----------------------------------------------------------------------
@dataclass
class GroupChoice:
    """An inspection group a field package can be made for."""

    id: str
    number: int
    name: str
    campaign_id: str
    campaign_name: str


def export_groups(database: Database) -> list[GroupChoice]:
    """Every live inspection group with its campaign, by campaign then group number."""
    with database.Session() as s:
        rows = s.execute(
            select(InspectionGroup, Campaign)
            .join(Campaign, Campaign.id == InspectionGroup.campaign_id)
            .where(InspectionGroup.deleted.is_(False), Campaign.deleted.is_(False))
            .order_by(Campaign.name, InspectionGroup.number)
        ).all()
        return [GroupChoice(g.id, g.number, g.name, c.id, c.name) for g, c in rows]
