"""Importing packages: verify everything while streaming into staging, then apply a batch of
packages in one transaction with a savepoint each. A package that fails any check is refused
whole and changes nothing; a return package's changes to records outside its laptop's group
are refused one by one and listed in the report."""

from __future__ import annotations

import gc
import json
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..db.blobs import FULL_ERRNOS, BlobStore
from ..db.bulk import bulk_cache
from ..db.changes import APPLYING_REMOTE
from ..db.clock import BadStamp, Stamp, stamp_key, wall_now_ms
from ..db.concurrency import lock_for_writing
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Acknowledgement, ImportReport, PackageRecord, PeerKey
from ..progress import ProgressGenerator
from .container import PackageRefused, content_key, damaged, read_header
from .contents import Limits, Staged, read_contents
from .keys import load_encryption_key
from .merge import MergeStats, apply_entries
from .parse_ahead import ParseAhead
from .reader import PackageReader
from .scope import unauthorised
from .verify import (
    AlreadyImported,
    Gate,
    OfficeKeyChanged,
    check_batch,
    check_kind,
    check_size,
    refuse,
)

MAX_REFUSED_LISTED = 200


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
    # Records the sender may not change: "table row: reason" (return packages).
    refused_records: list[str] = field(default_factory=list)
    # A field package signed by another office key than the pinned one (a laptop may
    # import it again with ``trust_new_office`` once the user confirmed).
    office_key_changed: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Received:
    """A package read, decrypted, checked and staged, waiting to be applied."""

    gate: Gate
    staged: Staged
    outcome: ImportOutcome
    feed: ParseAhead  # where its entries are read (``number``: its place there)
    number: int


def receive(
    database: Database,
    path: Path,
    staging: Path,
    limits: Limits,
    trust_new_office: bool,
    feed: ParseAhead,
) -> ProgressGenerator[Received | ImportOutcome]:
    """Read one package into ``staging``, checking everything that needs no transaction,
    and queue its changes on ``feed``; raises ``PackageRefused`` (nothing changed), or
    returns an outcome when it was imported before."""
    assert database.data_dir is not None
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
    with source:
        check_size(size, limits, file)
        header, aad = read_header(source, file)
        check_kind(database, header, file)
        key = content_key(header, file, load_encryption_key(database.data_dir))
        reader = PackageReader(source, header, aad, key, file)
        reader.authenticate_header()
        gate = Gate(database, header, file, trust_new_office)
        store = BlobStore(database.evidence_dir)
        try:
            staged = yield from read_contents(
                reader, staging, file, limits, gate.on_manifest, store.has
            )
        except OperationalError as error:
            raise (database_refusal(error, file) or error) from error
        except OSError as error:  # staging the content: a full disk, a read-only folder
            raise storage_failed(database, file, error) from error
        except AlreadyImported:
            return _already(gate)
        reader.finish(gate.signer)
    outcome = ImportOutcome(
        file=file,
        status="applied",
        package_id=gate.manifest["package_id"],
        kind=header["kind"],
        source_name=gate.sender_name,
    )
    return Received(gate, staged, outcome, feed, feed.add(staged.changes, file))


def _already(gate: Gate) -> ImportOutcome:
    return ImportOutcome(
        file=gate.file,
        status="already",
        package_id=gate.manifest["package_id"],
        kind=gate.header["kind"],
        source_name=gate.sender_name,
        message=QT_TRANSLATE_NOOP("Errors", "This package was imported before; nothing to do."),
    )


def apply_received(
    database: Database, received: list[Received], dry_run: bool
) -> list[ImportOutcome]:
    """Apply staged packages in one transaction, each under its own savepoint: a package
    that fails a check here is refused whole (its savepoint rolled back, its evidence taken
    back out) and the others still land. One commit, so one fsync of the database, for the
    whole batch. A dry run rolls everything back at the end (each package previewed after
    the ones before it)."""
    adopted: list[Path] = []
    with _older_objects_set_aside(), database.Session() as s:
        s.info[APPLYING_REMOTE] = True
        s.begin()
        try:
            lock_for_writing(s)  # imports by several clerks take turns, as if one after another
            with bulk_cache(s):
                outcomes, newest = _apply_each(s, database, received, dry_run, adopted)
                if dry_run or not any(o.status == "applied" for o in outcomes):
                    s.rollback()  # nothing to keep: the database file stays byte for byte
                else:
                    with database.checkpoints.deferred(s):
                        s.commit()
        except BaseException:
            s.rollback()
            _unadopt(adopted)
            raise
    if newest and not dry_run:
        database.clock.observe(newest)
    return outcomes


@contextmanager
def _older_objects_set_aside() -> Iterator[None]:
    """The merge makes hundreds of thousands of short-lived objects, and every collection
    of the cycle collector they set off would walk each object of the process (a window
    holds hundreds of thousands). Objects older than the merge are set aside while it runs
    (``gc.freeze``), so collections look at the merge's own."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _apply_each(
    s: Session, database: Database, received: list[Received], dry_run: bool, adopted: list[Path]
) -> tuple[list[ImportOutcome], str]:
    """Each package under its own savepoint; the evidence files it brought into the store
    are added to ``adopted``. Returns the outcomes and the newest stamp applied."""
    now = datetime.now()
    now_ms = wall_now_ms()
    store = BlobStore(database.evidence_dir)
    outcomes: list[ImportOutcome] = []
    newest = ""
    for package in received:
        mine: list[Path] = []
        try:
            with s.begin_nested():
                stats = _apply(s, database, package, now, now_ms)
                if not dry_run:  # evidence enters the store only once authorised
                    store.adopt(package.staged.blobs, mine)
        except AlreadyImported:
            outcomes.append(_already(package.gate))
            continue
        except (PackageRefused, IntegrityError, OSError) as error:
            _unadopt(mine)
            outcomes.append(_refused(package.gate.file, _refusal(database, package, error)))
            continue
        adopted += mine
        package.outcome.status = "dry_run" if dry_run else "applied"
        outcomes.append(package.outcome)
        if stats.max_hlc > newest:  # stamps sort as text (see db.clock)
            newest = stats.max_hlc
    return outcomes, newest


def _refusal(database: Database, package: Received, error: Exception) -> PackageRefused:
    file = package.gate.file
    if isinstance(error, PackageRefused):
        return error
    if isinstance(error, OSError):
        return storage_failed(database, file, error)
    return refuse(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Package {file} refers to records this installation does not have, or "
            "carries incomplete records; it is refused and nothing was changed.",
        ),
        file=file,
    )


def _refused(file: str, error: DudaoError) -> ImportOutcome:
    return ImportOutcome(
        file=file,
        status="refused",
        message=str(error),
        refused=1,
        office_key_changed=isinstance(error, OfficeKeyChanged),
    )


def _apply(
    s: Session, database: Database, package: Received, now: datetime, now_ms: int
) -> MergeStats:
    """Check and merge one package within the caller's savepoint; fills its outcome."""
    gate, staged, outcome = package.gate, package.staged, package.outcome
    stats = MergeStats()
    refused: dict[tuple[str, str], str] = {}
    gate.check(s)
    for batch, unproven, links in package.feed.batches(package.number):
        check_batch(s, gate, batch, unproven, now_ms)
        if gate.header["kind"] == "return":
            found = unauthorised(s, links, gate.allowed_units)
            if found:
                refused.update(found)
                batch = [e for e in batch if (e.table, e.row_id) not in refused]
        apply_entries(s, batch, now, stats)
    outcome.refused = len(refused)
    outcome.refused_records = [
        f"{table} {row}: {why}" for (table, row), why in list(refused.items())
    ][:MAX_REFUSED_LISTED]
    outcome.new, outcome.updated = stats.new, stats.updated
    outcome.unchanged, outcome.conflicts = stats.unchanged, stats.conflicts
    outcome.entries, outcome.tables = stats.entries, stats.tables
    outcome.evidence_received = len(staged.blobs)
    _pin_and_record(s, database, gate, outcome, now)
    s.add(
        ImportReport(
            package_id=gate.manifest["package_id"],
            file_name=gate.file,
            imported_at=now,
            kind=gate.header["kind"],
            source_name=outcome.source_name,
            new=stats.new,
            updated=stats.updated,
            unchanged=stats.unchanged,
            conflicts=stats.conflicts,
            refused=outcome.refused,
            evidence_received=outcome.evidence_received,
            details=json.dumps(
                {
                    "tables": stats.tables,
                    "entries": stats.entries,
                    "refused_records": outcome.refused_records,
                },
                ensure_ascii=False,
            ),
        )
    )
    s.flush()
    return stats


def database_refusal(error: OperationalError, file: str) -> PackageRefused | None:
    """The message for a database another program holds (after the engine's busy timeout
    of a few seconds) or one in a read-only folder; None for anything else."""
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database is in use by another program (another copy of dudao-desktop "
                "or a backup tool) and stayed locked; close it and import {file} again. "
                "Nothing was changed.",
            ),
            file=file,
        )
    if "readonly" in text or "read-only" in text:
        return refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data folder is read-only, so {file} cannot be imported; make the "
                "folder writable (or copy it somewhere writable) and try again. Nothing "
                "was changed.",
            ),
            file=file,
        )
    return None


def storage_failed(database: Database, file: str, error: OSError) -> PackageRefused:
    if error.errno in FULL_ERRNOS:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The disk of the data folder {folder} is full, so {file} cannot be imported; free "
            "some space and import it again. Nothing was changed.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The data folder {folder} cannot be written ({error}), so {file} cannot be "
            "imported; make it writable and import again. Nothing was changed.",
        )
    return refuse(
        template,
        folder=str(database.data_dir),
        file=file,
        error=error.strerror or str(error),
    )


def _pin_and_record(
    s: Session,
    database: Database,
    gate: Gate,
    outcome: ImportOutcome,
    now: datetime,
) -> None:
    manifest, kind, file = gate.manifest, gate.header["kind"], gate.file
    if kind == "field":
        office = manifest["office"]
        try:
            signing = bytes.fromhex(office["signing_key"])
            encryption = bytes.fromhex(office["encryption_key"])
        except (KeyError, TypeError, ValueError) as error:
            raise damaged(file, "manifest office") from error
        for old in s.execute(select(PeerKey).where(PeerKey.role == "office")).scalars():
            if old.signing_key != signing:  # replaced only with trust_new_office (Gate)
                s.delete(old)
        s.flush()
        pinned = s.get(PeerKey, manifest["source"])
        if pinned is None:
            s.add(
                PeerKey(
                    installation_id=manifest["source"],
                    role="office",
                    display_name=str(office.get("name", "")),
                    signing_key=signing,
                    encryption_key=encryption,
                    pinned_at=now,
                )
            )
        acks = manifest.get("acknowledgements") or {}
        mine = acks.get(database.installation_id) if isinstance(acks, dict) else None
        if mine is not None:
            try:
                Stamp.parse(mine)
            except BadStamp as error:
                raise damaged(file, "manifest acknowledgements") from error
            ack = s.get(Acknowledgement, (manifest["source"], database.installation_id))
            if ack is None:
                s.add(
                    Acknowledgement(
                        holder_id=manifest["source"],
                        origin=database.installation_id,
                        hlc=mine,
                        package_id=manifest["package_id"],
                    )
                )
            elif not ack.hlc or stamp_key(mine) > stamp_key(ack.hlc):
                ack.hlc, ack.package_id = mine, manifest["package_id"]
    groups = manifest.get("groups") if kind == "return" else None
    s.add(
        PackageRecord(
            package_id=manifest["package_id"],
            direction="received",
            kind=kind,
            campaign_id=manifest["campaign_id"],
            group_id=str(manifest.get("group_id") or ""),
            groups=",".join(str(g) for g in groups) if isinstance(groups, list) else "",
            source_id=manifest["source"],
            source_name=outcome.source_name,
            seq=manifest["seq"],
            file_name=file,
            at=now,
            entries=len(manifest.get("members", {})),
            blobs=outcome.evidence_received,
        )
    )


def _unadopt(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _staging_dir(database: Database) -> Path:
    assert database.data_dir is not None
    root = database.data_dir / "staging"
    try:
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
    except OSError as error:
        raise storage_failed(database, "", error) from error
    return path


def import_many(
    database: Database,
    paths: list[Path],
    *,
    dry_run: bool = False,
    limits: Limits | None = None,
    trust_new_office: bool = False,
) -> ProgressGenerator[list[ImportOutcome]]:
    """Import files and folders (every ``*.dudao`` in them): each package is read and checked
    into staging, then all are applied in one transaction (see ``apply_received``). A
    refused package is listed in the report and the others go on."""
    if database.data_dir is None:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "This database has no data directory."))
    limits = limits or Limits()
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.dudao")) if path.is_dir() else [path])
    outcomes: dict[int, ImportOutcome] = {}
    received: list[tuple[int, Received]] = []
    stagings: list[Path] = []
    feed = ParseAhead()
    try:
        for index, path in enumerate(files):
            yield index, len(files), path.name
            try:
                stagings.append(_staging_dir(database))
                got = yield from receive(
                    database, path, stagings[-1], limits, trust_new_office, feed
                )
            except DudaoError as error:
                outcomes[index] = _refused(path.name, error)
                continue
            if isinstance(got, ImportOutcome):
                outcomes[index] = got
            else:
                received.append((index, got))
        if received:
            yield len(files), len(files), QT_TRANSLATE_NOOP("Errors", "Applying changes")
            try:
                applied = apply_received(database, [r for _i, r in received], dry_run)
            except OperationalError as error:
                applied = []
                for _i, package in received:
                    refusal = database_refusal(error, package.gate.file)
                    if refusal is None:
                        raise
                    applied.append(_refused(package.gate.file, refusal))
            outcomes.update(zip((i for i, _r in received), applied, strict=True))
            yield len(files), len(files), QT_TRANSLATE_NOOP("Errors", "Done")
    finally:
        feed.close()
        for staging in stagings:
            shutil.rmtree(staging, ignore_errors=True)
    yield len(files), len(files), ""
    return [outcomes[i] for i in range(len(files))]
