"""Evidence in and out in bulk: a camera card or scanner folder in, a unit's evidence out.

Importing a folder takes everything new since the last import of that folder (remembered in
``data_dir/imports``) and skips content the unit already holds, one file per transaction, so
a cancelled import keeps what was done and the next one carries on. Exporting writes the
files under their original names with a manifest (CSV for Excel, JSON for programs).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from .. import i18n
from ..db.blobs import CHUNK, BlobStore
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Evidence, Interview, Problem, Unit
from ..progress import ProgressGenerator
from .evidence import Link, Writer, _row, resolve_link, store_sources
from .evidence_query import list_evidence, missing
from .evidence_sources import DEFAULT_MAX_SIZE, expand_paths, inspect_source

MANIFEST = "EvidenceManifest"
MANIFEST_COLUMNS = (
    ("file", QT_TRANSLATE_NOOP("EvidenceManifest", "File")),
    ("original_name", QT_TRANSLATE_NOOP("EvidenceManifest", "Original name")),
    ("caption", QT_TRANSLATE_NOOP("EvidenceManifest", "Caption")),
    ("kind", QT_TRANSLATE_NOOP("EvidenceManifest", "Kind")),
    ("captured_at", QT_TRANSLATE_NOOP("EvidenceManifest", "Captured at")),
    ("captured_by", QT_TRANSLATE_NOOP("EvidenceManifest", "Captured by")),
    ("item", QT_TRANSLATE_NOOP("EvidenceManifest", "Checklist item")),
    ("problem", QT_TRANSLATE_NOOP("EvidenceManifest", "Problem")),
    ("interview", QT_TRANSLATE_NOOP("EvidenceManifest", "Interview")),
    ("size", QT_TRANSLATE_NOOP("EvidenceManifest", "Size (bytes)")),
    ("sha256", QT_TRANSLATE_NOOP("EvidenceManifest", "SHA-256")),
    ("status", QT_TRANSLATE_NOOP("EvidenceManifest", "Status")),
)
STATUS_TEXT = {
    "ok": QT_TRANSLATE_NOOP("EvidenceManifest", "ok"),
    "missing": QT_TRANSLATE_NOOP("EvidenceManifest", "file missing from the store"),
    "damaged": QT_TRANSLATE_NOOP("EvidenceManifest", "file damaged (hash differs)"),
}


@dataclass
class ImportResult:
    evidence_ids: list[str] = field(default_factory=list)
    seen_before: int = 0  # files imported from this folder in an earlier run
    already_held: int = 0  # content the unit already had
    problems: list[str] = field(default_factory=list)  # files that could not be imported


def _state_path(database: Database, folder: Path) -> Path:
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:24]
    return database.data_dir / "imports" / f"{key}.json"


def _load_seen(path: Path) -> dict[str, list[int]]:
    try:
        return json.loads(path.read_text("utf-8")).get("seen", {})
    except (OSError, ValueError, AttributeError):
        return {}


def _save_seen(path: Path, folder: Path, seen: dict[str, list[int]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps({"folder": str(folder), "seen": seen}), "utf-8")
    os.replace(temp, path)


def import_folder(
    database: Database,
    folder: Path,
    link: Link,
    *,
    caption: str = "",
    max_size: int = DEFAULT_MAX_SIZE,
    write: Writer | None = None,
) -> ProgressGenerator[ImportResult]:
    """Import every file new since the last import of ``folder``; yields (file, files, name)."""
    if not folder.is_dir():
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{folder} is not a folder that can be read."),
            folder=str(folder),
        )
    with database.Session() as s:
        link = resolve_link(s, link)
        held = set(s.scalars(select(Evidence.sha256).where(Evidence.unit_id == link.unit_id)))
    state = _state_path(database, folder)
    seen = _load_seen(state)
    result = ImportResult()
    fresh: list[tuple[Path, str, list[int]]] = []
    for path in expand_paths([folder]):
        relative = path.relative_to(folder).as_posix()
        stat = path.stat()
        mark = [stat.st_size, stat.st_mtime_ns]
        if seen.get(relative) == mark:
            result.seen_before += 1
        else:
            fresh.append((path, relative, mark))
    try:
        for index, (path, relative, mark) in enumerate(fresh):
            yield index, len(fresh), path.name
            try:
                source = inspect_source(path, max_size)
            except DudaoError as error:
                result.problems.append(str(error))
                continue
            steps = store_sources(database, [source], write=write)
            try:
                while True:
                    try:
                        next(steps)
                    except StopIteration as stop:
                        sha = stop.value[0][0]
                        break
                    yield index, len(fresh), path.name
            finally:
                steps.close()
            if sha in held:
                result.already_held += 1
            else:
                with database.session() as s:
                    row = _row(source, sha, link, caption, database.user_name)
                    s.add(row)
                held.add(sha)
                result.evidence_ids.append(row.id)
            seen[relative] = mark
        yield len(fresh), len(fresh), ""
    finally:
        _save_seen(state, folder, seen)
    return result


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(name: str) -> str:
    """A file name every desktop system accepts, keeping the original where possible."""
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "file"
    return cleaned[:180]


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = os.path.splitext(name)
    candidate, n = name, 2
    while candidate.lower() in used:
        candidate, n = f"{stem} ({n}){suffix}", n + 1
    used.add(candidate.lower())
    return candidate


@dataclass
class ExportResult:
    folder: Path
    files: int = 0
    problems: list[str] = field(default_factory=list)


def export_unit(
    database: Database, unit_id: str, out: Path, *, language: str | None = None
) -> ProgressGenerator[ExportResult]:
    """Copy a unit's live evidence into ``out`` with original names and a manifest."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{folder} is not empty; choose a new or empty folder."),
            folder=str(out),
        )
    with database.Session() as s:
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise missing("unit", unit_id)
        problems = dict(
            s.execute(
                select(Problem.id, Problem.description).where(Problem.unit_id == unit_id)
            ).all()
        )
        interviews = {
            i.id: f"{i.held_on or ''} {i.place}".strip()
            for i in s.scalars(select(Interview).where(Interview.unit_id == unit_id))
        }
    views = list_evidence(database, unit_id)
    store = BlobStore(database.evidence_dir)
    created_folder = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    result = ExportResult(out)
    used: set[str] = {"manifest.csv", "manifest.json"}
    records: list[dict[str, object]] = []
    total = sum(v.size for v in views)
    done = 0
    try:
        for view in views:
            name = _unique(safe_name(view.original_name), used)
            status = yield from _copy_checked(store, view.sha256, out / name, done, total)
            if status == "missing":
                name = ""
            if status != "ok":
                label = STATUS_TEXT[status]
                result.problems.append(f"{view.label}: {i18n.translate(MANIFEST, label, language)}")
            done += view.size
            result.files += bool(name)
            records.append(
                {
                    "file": name,
                    "original_name": view.original_name,
                    "caption": view.caption,
                    "kind": view.media_kind,
                    "captured_at": view.captured_at.isoformat(sep=" ") if view.captured_at else "",
                    "captured_by": view.captured_by,
                    "item": view.item_code,
                    "problem": (problems.get(view.problem_id) or "")[:80],
                    "interview": interviews.get(view.interview_id or "", ""),
                    "size": view.size,
                    "sha256": view.sha256,
                    "status": status,
                }
            )
        _write_manifests(out, unit, records, language)
        yield total, total, ""
    except BaseException:
        if created_folder:
            shutil.rmtree(out, ignore_errors=True)
        else:
            for entry in out.iterdir():
                entry.unlink(missing_ok=True)
        raise
    return result


def _copy_checked(store: BlobStore, sha: str, target: Path, done: int, total: int):
    source = store.path_for(sha)
    if not source.is_file():
        return "missing"
    digest = hashlib.sha256()
    temp = target.with_name(target.name + ".part")
    copied = 0
    with source.open("rb") as reader, temp.open("wb") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            copied += len(chunk)
            yield done + copied, total, target.name
    os.replace(temp, target)
    return "ok" if digest.hexdigest() == sha else "damaged"


def _write_manifests(out: Path, unit: Unit, records: list[dict], language: str | None) -> None:
    headers = [i18n.translate(MANIFEST, label, language) for _key, label in MANIFEST_COLUMNS]
    with (out / "manifest.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for record in records:
            status = STATUS_TEXT[record["status"]]
            row = dict(record, status=i18n.translate(MANIFEST, status, language))
            writer.writerow([_cell(row[key]) for key, _label in MANIFEST_COLUMNS])
    document = {"unit": {"uscc": unit.uscc, "name": unit.name}, "evidence": records}
    (out / "manifest.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def _cell(value: object) -> object:
    """Text that Excel would take for a formula is written as plain text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def open_copy(database: Database, evidence_id: str) -> Path:
    """A read-only copy of a stored file under its original name, for the system's viewer.

    The store's own file is never handed out: an application that saves over it would
    damage the evidence.
    """
    from .evidence_query import get_evidence

    view = get_evidence(database, evidence_id)
    source = BlobStore(database.evidence_dir).path_for(view.sha256)
    if not source.is_file():
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "The file of '{label}' is missing from the store; run Verify."
            ),
            label=view.label,
        )
    target = database.data_dir / "opened" / view.sha256[:16] / safe_name(view.original_name)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(target.name + ".part")
        shutil.copyfile(source, temp)
        os.chmod(temp, 0o444)
        os.replace(temp, target)
    return target
