"""Importing packages: verify everything while streaming into staging, then apply in one
transaction. A package that fails any check is refused whole and changes nothing."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db.changes import APPLYING_REMOTE
from ..db.concurrency import lock_for_writing
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP
from ..model import (
    Acknowledgement,
    ImportReport,
    PackageRecord,
    PeerKey,
)
from ..progress import ProgressGenerator
from ..services.blobs import BlobStore
from ..services.installation import load_encryption_key
from .container import PackageRefused, content_key, damaged, read_header
from .contents import Limits, read_contents
from .entries import read_entries
from .merge import apply_entries
from .reader import PackageReader
from .scope import authorise_return
from .verify import (
    check_kind,
    check_manifest,
    check_origins,
    check_size,
    preflight,
    refuse,
    return_units,
)


@dataclass
class ImportOutcome:
    file: str
    status: str  # applied | dry_run | already | refused
    package_id: str = ""
    kind: str = ""
    source_name: str = ""
    message: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0
    evidence_received: int = 0
    entries: int = 0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def import_package(
    database: Database,
    path: Path,
    *,
    passphrase: str | None = None,
    dry_run: bool = False,
    limits: Limits | None = None,
) -> ProgressGenerator[ImportOutcome]:
    """Import one package; raises ``PackageRefused`` (nothing changed) when it fails a check."""
    assert database.data_dir is not None
    limits = limits or Limits()
    file = path.name
    try:
        size = path.stat().st_size
        source = path.open("rb")
    except OSError as error:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {error}."),
            file=str(path),
            error=error.strerror or str(error),
        ) from error
    staging = _staging_dir(database)
    try:
        with source:
            check_size(size, limits, file)
            header, aad = read_header(source, file)
            check_kind(database, header, file)
            private = load_encryption_key(database.data_dir) if header["kind"] == "return" else None
            key = content_key(header, file, passphrase, private)
            reader = PackageReader(source, header, aad, key, file)
            reader.authenticate_header()
            with database.Session() as s:
                state = preflight(s, database, header, file)
            outcome = ImportOutcome(
                file=file,
                status="already" if state == "already" else ("dry_run" if dry_run else "applied"),
                package_id=header["package_id"],
                kind=header["kind"],
                source_name=str(header.get("source_name", "")),
            )
            if state == "already":
                outcome.message = QT_TRANSLATE_NOOP(
                    "Errors", "This package was imported before; nothing to do."
                )
                return outcome
            store = BlobStore(database.evidence_dir)
            staged = yield from read_contents(
                reader, staging, file, limits, check_manifest(header, file), store.has
            )
            reader.finish(bytes.fromhex(header["signer_key"]))
            entries = list(read_entries(staged.changes, file))
            check_origins(header, entries, file)
            total = max(len(entries), 1)
            yield 0, total, QT_TRANSLATE_NOOP("Errors", "Applying changes")
            if not dry_run:
                for sha, staged_path in staged.blobs.items():
                    _adopt_blob(store, sha, staged_path)
            outcome.evidence_received = len(staged.blobs)
            _apply(database, header, staged.manifest, entries, outcome, dry_run, file)
            yield total, total, QT_TRANSLATE_NOOP("Errors", "Done")
            return outcome
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _apply(
    database: Database,
    header: dict[str, Any],
    manifest: dict[str, Any],
    entries: list[Any],
    outcome: ImportOutcome,
    dry_run: bool,
    file: str,
) -> None:
    now = datetime.now()
    with database.Session() as s:
        s.info[APPLYING_REMOTE] = True
        s.begin()
        try:
            lock_for_writing(s)  # imports by several clerks take turns, as if one after another
            if preflight(s, database, header, file) == "already":
                outcome.status = "already"
                s.rollback()
                return
            if header["kind"] == "return":
                authorise_return(s, entries, return_units(s, header, file), file)
            stats = apply_entries(s, entries, now)
            _pin_and_record(s, database, header, manifest, outcome, now, file)
            outcome.new, outcome.updated = stats.new, stats.updated
            outcome.unchanged, outcome.conflicts = stats.unchanged, stats.conflicts
            outcome.entries, outcome.tables = stats.entries, stats.tables
            s.add(
                ImportReport(
                    package_id=header["package_id"],
                    file_name=file,
                    imported_at=now,
                    kind=header["kind"],
                    source_name=outcome.source_name,
                    new=stats.new,
                    updated=stats.updated,
                    unchanged=stats.unchanged,
                    conflicts=stats.conflicts,
                    refused=0,
                    evidence_received=outcome.evidence_received,
                    details=json.dumps({"tables": stats.tables, "entries": stats.entries}),
                )
            )
            s.flush()
            if dry_run:
                s.rollback()
            else:
                s.commit()
        except IntegrityError as error:
            s.rollback()
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} refers to records this installation does not have, or "
                    "carries incomplete records; it is refused and nothing was changed.",
                ),
                file=file,
            ) from error
        except BaseException:
            s.rollback()
            raise
    if stats.max_hlc and not dry_run:
        database.clock.observe(stats.max_hlc)


def _pin_and_record(
    s: Session,
    database: Database,
    header: dict[str, Any],
    manifest: dict[str, Any],
    outcome: ImportOutcome,
    now: datetime,
    file: str,
) -> None:
    kind = header["kind"]
    if kind == "field":
        office = manifest["office"]
        try:
            signing = bytes.fromhex(office["signing_key"])
            encryption = bytes.fromhex(office["encryption_key"])
        except (KeyError, TypeError, ValueError) as error:
            raise damaged(file, "manifest office") from error
        pinned = s.get(PeerKey, header["source"])
        if pinned is None:
            s.add(
                PeerKey(
                    installation_id=header["source"],
                    role="office",
                    display_name=str(office.get("name", "")),
                    signing_key=signing,
                    encryption_key=encryption,
                    pinned_at=now,
                )
            )
        acks = manifest.get("acknowledgements") or {}
        mine = acks.get(database.installation_id) if isinstance(acks, dict) else None
        if isinstance(mine, str) and mine:
            ack = s.get(Acknowledgement, (header["source"], database.installation_id))
            if ack is None:
                s.add(
                    Acknowledgement(
                        holder_id=header["source"],
                        origin=database.installation_id,
                        hlc=mine,
                        package_id=header["package_id"],
                    )
                )
            elif mine > ack.hlc:
                ack.hlc, ack.package_id = mine, header["package_id"]
    elif s.get(PeerKey, header["source"]) is None:
        s.add(
            PeerKey(
                installation_id=header["source"],
                role="field",
                display_name=outcome.source_name,
                signing_key=bytes.fromhex(header["signer_key"]),
                pinned_at=now,
            )
        )
    s.add(
        PackageRecord(
            package_id=header["package_id"],
            direction="received",
            kind=kind,
            campaign_id=header["campaign_id"],
            group_id=str(header.get("group_id") or ""),
            groups=",".join(header.get("groups") or []),
            source_id=header["source"],
            source_name=outcome.source_name,
            seq=header["seq"],
            file_name=file,
            at=now,
            entries=len(manifest.get("members", {})),
            blobs=outcome.evidence_received,
        )
    )


def _adopt_blob(store: BlobStore, sha: str, staged: Path) -> None:
    """Move a verified staged file into the store (same file system: a rename)."""
    final = store.path_for(sha)
    if final.exists():
        return
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged, final)
    if os.name == "posix":
        fd = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _staging_dir(database: Database) -> Path:
    assert database.data_dir is not None
    root = database.data_dir / "staging"
    root.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - 3600
    for old in root.iterdir():  # left behind by a killed import or export
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    path = root / f"import-{secrets.token_hex(8)}"
    path.mkdir()
    return path


def import_many(
    database: Database,
    paths: list[Path],
    *,
    passphrase: str | None = None,
    dry_run: bool = False,
    limits: Limits | None = None,
) -> ProgressGenerator[list[ImportOutcome]]:
    """Import files and folders (every ``*.dudao`` in them) one package at a time."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.dudao")) if path.is_dir() else [path])
    outcomes: list[ImportOutcome] = []
    for index, path in enumerate(files):
        yield index, len(files), path.name
        try:
            outcome = yield from import_package(
                database, path, passphrase=passphrase, dry_run=dry_run, limits=limits
            )
        except PackageRefused as error:
            outcome = ImportOutcome(file=path.name, status="refused", message=str(error), refused=1)
        outcomes.append(outcome)
    yield len(files), len(files), ""
    return outcomes
