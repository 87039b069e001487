"""Writing packages: field packages at the office, return packages on a laptop."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import secrets
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import migrate
from ..db.blobs import FULL_ERRNOS, BlobStore
from ..db.changes import decode
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Acknowledgement, ChangeLog, Enrolment, Installation, PackageRecord, PeerKey
from ..progress import ProgressGenerator
from .container import CHUNK_SIZE, FORMAT_VERSION, PackageWriter, recipient_encryption
from .contents import CHANGES, MANIFEST, ContentWriter
from .entries import ENTRY_COLUMNS, Entry, entries_of_rows, field_types, from_row, write_entries
from .keys import load_encryption_key, load_signing_key, raw_public
from .merge import SYNCED_ORDER
from .scope import field_scope

PARTIAL = ".partial"


@dataclass
class ExportResult:
    path: Path
    package_id: str
    kind: str
    seq: int
    entries: int
    blobs: int
    size: int


def _me(session: Session) -> Installation:
    me = session.execute(select(Installation)).scalars().first()
    assert me is not None
    return me


def next_seq(session: Session, kind: str) -> int:
    last = session.execute(
        select(func.max(PackageRecord.seq)).where(
            PackageRecord.direction == "sent", PackageRecord.kind == kind
        )
    ).scalar()
    return (last or 0) + 1


def acknowledgements(session: Session) -> dict[str, str]:
    """For every enrolled laptop: the newest of its changes this office holds."""
    laptops = {r for (r,) in session.execute(select(Enrolment.laptop_id))}
    acks: dict[str, str] = {}
    for laptop in sorted(laptops):
        hlc = session.execute(
            select(func.max(ChangeLog.hlc)).where(ChangeLog.origin == laptop)
        ).scalar()
        if hlc:
            acks[laptop] = hlc
    return acks


def field_package(
    database: Database,
    enrolment_id: str,
    out: Path,
    *,
    chunk_size: int = CHUNK_SIZE,
) -> ProgressGenerator[ExportResult]:
    """Export the field package of an enrolled laptop's group, encrypted to that laptop."""
    assert database.data_dir is not None
    signer = load_signing_key(database.data_dir)
    office_key = load_encryption_key(database.data_dir)
    spool = _spool_dir(database)
    try:
        with database.Session() as s:
            me = _me(s)
            enrolment = s.get(Enrolment, enrolment_id)
            if enrolment is None or enrolment.revoked_at is not None:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "That laptop is not enrolled (or was revoked); enrol it first."
                    )
                )
            campaign_id, group_id = enrolment.campaign_id, enrolment.group_id
            scope = field_scope(s, campaign_id, group_id)
            entries_path = spool / CHANGES
            count = write_entries(
                entries_path,
                (
                    e
                    for table in SYNCED_ORDER
                    if table in scope
                    for e in entries_of_rows(s, table, scope[table])
                ),
            )
            shas = _blob_shas(s, scope.get("evidence", set()))
            seq = next_seq(s, "field")
            recipient = bytes.fromhex(enrolment.encryption_key)
            manifest = _identity(database, "field", campaign_id, seq, signer, me.display_name)
            manifest.update(
                group_id=group_id,
                recipient=enrolment.laptop_id,
                office={
                    "id": me.id,
                    "name": me.display_name,
                    "signing_key": raw_public(signer).hex(),
                    "encryption_key": raw_public(office_key).hex(),
                },
                acknowledgements=acknowledgements(s),
            )
        encryption, key = recipient_encryption(recipient)
        result = yield from _write(
            database, out, manifest, encryption, key, signer, entries_path, count, shas, chunk_size
        )
        with database.session() as s:
            s.add(_record(result, manifest, group_id=group_id))
        return result
    finally:
        _remove_tree(spool)


def return_package(
    database: Database, out: Path, *, everything: bool = False, chunk_size: int = CHUNK_SIZE
) -> ProgressGenerator[ExportResult]:
    """Export this laptop's changes the office has not acknowledged (or all of them)."""
    assert database.data_dir is not None
    signer = load_signing_key(database.data_dir)
    spool = _spool_dir(database)
    try:
        with database.Session() as s:
            me = _me(s)
            office = s.execute(select(PeerKey).where(PeerKey.role == "office")).scalars().first()
            latest = (
                s.execute(
                    select(PackageRecord)
                    .where(PackageRecord.direction == "received", PackageRecord.kind == "field")
                    .order_by(PackageRecord.at.desc())
                )
                .scalars()
                .first()
            )
            if office is None or latest is None:
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This laptop has not been set up from a field package yet; import the "
                        "field package from the office first.",
                    )
                )
            campaign_id = latest.campaign_id
            groups = sorted(
                {
                    g
                    for (g,) in s.execute(
                        select(PackageRecord.group_id).where(
                            PackageRecord.direction == "received",
                            PackageRecord.kind == "field",
                            PackageRecord.campaign_id == campaign_id,
                        )
                    )
                }
            )
            ack = s.get(Acknowledgement, (office.installation_id, me.id))
            since = "" if everything or ack is None else ack.hlc
            query = (
                select(*ENTRY_COLUMNS)
                .where(ChangeLog.origin == me.id, ChangeLog.hlc > since)
                .order_by(ChangeLog.seq)
            )
            entries_path = spool / CHANGES
            shas: set[str] = set()

            def rows():
                for row in s.execute(query):
                    entry = from_row(row)
                    if entry.table == "evidence" and entry.field == "sha256":
                        sha = decode(field_types("evidence")["sha256"], entry.value)
                        if sha:
                            shas.add(sha)
                    yield entry

            count = write_entries(entries_path, rows())
            seq = next_seq(s, "return")
            office_public = office.encryption_key
            manifest = _identity(database, "return", campaign_id, seq, signer, me.display_name)
            # What the laptop believes; the office decides by its own enrolment record.
            manifest.update(groups=groups, since=since, office_id=office.installation_id)
        encryption, key = recipient_encryption(office_public)
        result = yield from _write(
            database,
            out,
            manifest,
            encryption,
            key,
            signer,
            entries_path,
            count,
            sorted(shas),
            chunk_size,
        )
        with database.session() as s:
            s.add(_record(result, manifest, groups=",".join(groups)))
        return result
    finally:
        _remove_tree(spool)


def _blob_shas(session: Session, evidence_ids: set[str]) -> list[str]:
    from ..model import Evidence

    shas: set[str] = set()
    ids = sorted(evidence_ids)
    for start in range(0, len(ids), 400):
        query = select(Evidence.sha256).where(
            Evidence.id.in_(ids[start : start + 400]), Evidence.deleted.is_(False)
        )
        shas.update(sha for (sha,) in session.execute(query) if sha)
    return sorted(shas)


def _identity(
    database: Database, kind: str, campaign_id: str, seq: int, signer: Any, name: str
) -> dict[str, Any]:
    """The package's description, kept inside the encrypted part (the manifest)."""
    return {
        "format": FORMAT_VERSION,
        "kind": kind,
        "package_id": str(uuid.uuid4()),
        "campaign_id": campaign_id,
        "source": database.installation_id,
        "source_name": name,
        "signer_key": raw_public(signer).hex(),
        "seq": seq,
        "created_at": datetime.now().isoformat(timespec="seconds"),
    }


def _write(
    database: Database,
    out: Path,
    manifest: dict[str, Any],
    encryption: dict[str, Any],
    key: bytes,
    signer: Any,
    entries_path: Path,
    count: int,
    shas: list[str],
    chunk_size: int,
) -> ProgressGenerator[ExportResult]:
    assert database.data_dir is not None
    store = BlobStore(database.evidence_dir)
    members: dict[str, dict[str, Any]] = {
        CHANGES: {"sha256": _sha_of(entries_path), "size": entries_path.stat().st_size}
    }
    blob_paths = []
    for sha in shas:
        path = store.path_for(sha)
        if not path.is_file():
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Evidence file {sha} is missing from this installation, so it cannot be "
                    "sent; run 'dudao verify' to see which evidence it belongs to.",
                ),
                sha=sha[:12],
            )
        members[f"blobs/{sha}"] = {"sha256": sha, "size": path.stat().st_size}
        blob_paths.append((sha, path))
    manifest = {
        **manifest,
        "schema_revision": migrate.current_revision(database.engine),
        "counts": {"entries": count, "blobs": len(blob_paths)},
    }
    manifest["members"] = members
    header = {"format": FORMAT_VERSION, "kind": manifest["kind"], "encryption": encryption}
    total = sum(m["size"] for m in members.values())
    out = out.resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        remove_partials(out)
        fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=PARTIAL, dir=out.parent)
    except OSError as error:
        raise write_failed(out, error) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            writer = PackageWriter(handle, header, key, signer, chunk_size)
            content = ContentWriter(writer)  # type: ignore[arg-type]
            content.add_bytes(MANIFEST, json.dumps(manifest, ensure_ascii=False).encode("utf-8"))
            content.add_file(CHANGES, entries_path, members[CHANGES]["size"])
            done = members[CHANGES]["size"]
            yield done, total, CHANGES
            for sha, path in blob_paths:
                content.add_file(f"blobs/{sha}", path, members[f"blobs/{sha}"]["size"])
                done += members[f"blobs/{sha}"]["size"]
                yield done, total, sha[:12]
            content.close()
            writer.close()
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise write_failed(out, error) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return ExportResult(
        out,
        manifest["package_id"],
        manifest["kind"],
        manifest["seq"],
        count,
        len(blob_paths),
        out.stat().st_size,
    )


def remove_partials(out: Path) -> None:
    """Remove what interrupted earlier exports left in the folder (a file still being
    written by another export was touched in the last minute and stays)."""
    cutoff = time.time() - 60
    for old in out.parent.glob(f".*.dudao.*{PARTIAL}"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass


def write_failed(out: Path, error: OSError) -> DudaoError:
    if error.errno in FULL_ERRNOS:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The disk holding {file} is full; free some space or choose another place, then "
            "export again. No package was written.",
        )
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{file} cannot be written there (the folder is read-only or you lack permission); "
            "choose another place. No package was written.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be written: {error}. No package was written."
        )
    return DudaoError(template, file=str(out), error=error.strerror or str(error))


def _record(result: ExportResult, manifest: dict[str, Any], **kw: Any) -> PackageRecord:
    return PackageRecord(
        package_id=result.package_id,
        direction="sent",
        kind=result.kind,
        campaign_id=manifest["campaign_id"],
        source_id=manifest["source"],
        source_name=manifest["source_name"],
        seq=result.seq,
        file_name=str(result.path),
        at=datetime.now(),
        entries=result.entries,
        blobs=result.blobs,
        size=result.size,
        **kw,
    )


def _sha_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _spool_dir(database: Database) -> Path:
    assert database.data_dir is not None
    root = database.data_dir / "staging"
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"export-{secrets.token_hex(8)}"
    path.mkdir()
    return path


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


__all__ = ["Entry", "ExportResult", "field_package", "return_package"]
