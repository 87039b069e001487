"""Helpers for the sync tests: a small office, laptops set up from field packages, dumps,
and a crafter of hand-made (hostile) packages."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dudao_desktop.db.engine import Database
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import (
    SYNCED_MODELS,
    Answer,
    Assignment,
    ChangeLog,
    Conflict,
    Inspection,
    InspectionGroup,
)
from dudao_desktop.paths import database_path
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import enrolment, packages
from dudao_desktop.services.demo import create_demo
from dudao_desktop.services.installation import init_installation
from dudao_desktop.sync.container import FORMAT_VERSION, PackageWriter, recipient_encryption
from dudao_desktop.sync.keys import load_encryption_key, load_signing_key, raw_public


def small_office(directory: Path, units: int = 30) -> Database:
    return create_demo(directory, units=units)


def group_ids(database: Database) -> list[str]:
    with database.Session() as s:
        return [
            g.id
            for g in s.execute(select(InspectionGroup).order_by(InspectionGroup.number)).scalars()
        ]


def field_package(office: Database, group: str, out: Path, laptop: str | None = None) -> Path:
    run_to_end(packages.export_field_package(office, group, out, laptop=laptop))
    return out


def enrol(office: Database, laptop_db: Database, group: str) -> str:
    """Enrol a laptop for a group the way the office does (fingerprint compared)."""
    request = enrolment.own_request(laptop_db)
    return enrolment.enrol(office, request, group, request.fingerprint).id


def laptop(directory: Path, name: str, *field_packages: Path) -> Database:
    database = init_installation(directory, "field", name, name)
    if field_packages:
        outcomes = import_files(database, list(field_packages))
        assert all(o.status == "applied" for o in outcomes), outcomes
    return database


def enrolled_laptop(office: Database, directory: Path, name: str, group: str) -> Database:
    """A laptop set up the real way: made, enrolled for the group, its field package in."""
    database = laptop(directory, name)
    enrol(office, database, group)
    package = field_package(
        office, group, directory.with_name(f"{name}-field.dudao"), database.installation_id
    )
    outcomes = import_files(database, [package])
    assert all(o.status == "applied" for o in outcomes), outcomes
    return database


def import_files(database: Database, files: list[Path], **kw: Any):
    return run_to_end(packages.import_packages(database, files, **kw))


def return_package(database: Database, out: Path, everything: bool = False) -> Path:
    run_to_end(packages.export_return_package(database, out, everything=everything))
    return out


def units_of_group(database: Database, group_id: str) -> list[str]:
    with database.Session() as s:
        return sorted(
            u
            for (u,) in s.execute(select(Assignment.unit_id).where(Assignment.group_id == group_id))
        )


def answers_of_unit(session: Any, unit_id: str) -> list[Answer]:
    inspection = session.execute(
        select(Inspection).where(Inspection.unit_id == unit_id)
    ).scalar_one()
    return list(
        session.execute(
            select(Answer).where(Answer.inspection_id == inspection.id).order_by(Answer.id)
        ).scalars()
    )


def dump(database: Database) -> dict[str, Any]:
    """Everything that must converge: synced rows, the change log as a set, the conflicts."""
    result: dict[str, Any] = {}
    with database.engine.connect() as connection:
        for name in sorted(SYNCED_MODELS):
            table = SYNCED_MODELS[name].__table__  # type: ignore[attr-defined]
            rows = connection.execute(select(table).order_by(table.c.id)).all()
            result[name] = [tuple(r) for r in rows]
        log = connection.execute(
            select(
                ChangeLog.table_name,
                ChangeLog.row_id,
                ChangeLog.field,
                ChangeLog.value,
                ChangeLog.hlc,
                ChangeLog.origin,
                ChangeLog.base_hlc,
            )
        ).all()
        result["change_log"] = sorted(tuple(r) for r in log)
        conflicts = connection.execute(
            select(
                Conflict.table_name,
                Conflict.row_id,
                Conflict.field,
                Conflict.winner_value,
                Conflict.winner_hlc,
                Conflict.loser_value,
                Conflict.loser_hlc,
                Conflict.resolution,
            )
        ).all()
        result["conflict"] = sorted(tuple(r) for r in conflicts)
    return result


def file_state(data_dir: Path) -> str:
    """A digest of the database file and its WAL: byte-identical means the same digest."""
    digest = hashlib.sha256()
    base = database_path(data_dir)
    for path in (base, base.with_name(base.name + "-wal")):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def reopen(database: Database) -> Database:
    assert database.data_dir is not None
    database.dispose()
    return open_database(database.data_dir)


def copy_dir(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def craft(
    out: Path,
    *,
    kind: str,
    signer_dir: Path,
    source: str,
    campaign_id: str,
    members: list[tuple[str, bytes, str]],
    recipient_dir: Path,
    seq: int = 1,
    header_extra: dict[str, Any] | None = None,
    manifest_extra: dict[str, Any] | None = None,
    manifest_members: dict[str, dict[str, Any]] | None = None,
    fmt: int = FORMAT_VERSION,
) -> Path:
    """A validly signed package, encrypted to ``recipient_dir``'s key, with arbitrary tar
    members.

    ``members`` are (name, data, type) with type 'file' or 'symlink' (data = link target);
    the manifest is built from the 'file' members unless ``manifest_members`` is given.
    """
    signer = load_signing_key(signer_dir)
    encryption, key = recipient_encryption(raw_public(load_encryption_key(recipient_dir)))
    header = {"format": fmt, "kind": kind, "encryption": encryption, **(header_extra or {})}
    listed = manifest_members
    if listed is None:
        listed = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data, kind_ in members
            if kind_ == "file"
        }
    manifest = {
        "format": fmt,
        "kind": kind,
        "package_id": str(uuid.uuid4()),
        "campaign_id": campaign_id,
        "source": source,
        "source_name": "crafted",
        "signer_key": raw_public(signer).hex(),
        "seq": seq,
        "members": listed,
        **(manifest_extra or {}),
    }
    with out.open("wb") as handle:
        writer = PackageWriter(handle, header, key, signer)
        tar = tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT)  # noqa: SIM115
        data = json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        for name, data, kind_ in members:
            info = tarfile.TarInfo(name)
            if kind_ == "symlink":
                info.type = tarfile.SYMTYPE
                info.linkname = data.decode()
                tar.addfile(info)
            else:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        tar.close()
        writer.close()
    return out
