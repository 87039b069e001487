"""Package exchange as use cases: export for a group or a return, import, history, reports."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError, NotFoundError
from ..model import Campaign, ImportReport, InspectionGroup, PackageRecord, SyncPassphrase
from ..progress import ProgressGenerator
from ..sync import export as sync_export
from ..sync.container import SCRYPT, passphrase_master
from ..sync.contents import Limits
from ..sync.export import ExportResult
from ..sync.importer import ImportOutcome, import_many

__all__ = [
    "ExportResult",
    "ImportOutcome",
    "Limits",
    "export_field_package",
    "export_return_package",
    "find_group",
    "history",
    "import_packages",
    "reports",
]


def find_group(database: Database, key: str, campaign_id: str | None = None) -> InspectionGroup:
    """A group by number, id or name (in the given or the only active campaign)."""
    with database.Session() as s:
        query = select(InspectionGroup).where(InspectionGroup.deleted.is_(False))
        if campaign_id:
            query = query.where(InspectionGroup.campaign_id == campaign_id)
        groups = list(s.execute(query).scalars())
    matches = [
        g
        for g in groups
        if g.id == key or g.name == key or (key.isdigit() and g.number == int(key))
    ]
    if len(matches) != 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No single inspection group '{group}': give the group's number, name or id "
                "({count} found).",
            ),
            group=key,
            count=len(matches),
        )
    return matches[0]


def _check_passphrase(database: Database, campaign_id: str, passphrase: str) -> None:
    """The first field package fixes the campaign's passphrase; later ones must match."""
    if len(passphrase) < 8:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "The sync passphrase must have at least 8 characters.")
        )
    with database.session() as s:
        known = s.get(SyncPassphrase, campaign_id)
        if known is None:
            salt = os.urandom(16)
            s.add(
                SyncPassphrase(
                    campaign_id=campaign_id,
                    salt=salt,
                    verifier=passphrase_master(passphrase, salt, **SCRYPT),
                )
            )
            return
        if passphrase_master(passphrase, known.salt, **SCRYPT) != known.verifier:
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This is not the sync passphrase used for the campaign's earlier field "
                    "packages; use the same passphrase for every group.",
                )
            )


def export_field_package(
    database: Database,
    group_key: str,
    out: Path,
    passphrase: str,
    *,
    scrypt: dict[str, int] | None = None,
) -> ProgressGenerator[ExportResult]:
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
    _check_passphrase(database, group.campaign_id, passphrase)
    return (
        yield from sync_export.field_package(
            database, group.campaign_id, group.id, out, passphrase, scrypt=scrypt
        )
    )


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
    passphrase: str | None = None,
    dry_run: bool = False,
    limits: Limits | None = None,
) -> ProgressGenerator[list[ImportOutcome]]:
    return (
        yield from import_many(
            database, paths, passphrase=passphrase, dry_run=dry_run, limits=limits
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


def has_sync_passphrase(database: Database, campaign_id: str) -> bool:
    """Whether the campaign's sync passphrase was fixed by an earlier field package."""
    with database.Session() as s:
        return s.get(SyncPassphrase, campaign_id) is not None
