"""Evidence (佐证材料): files that prove what was found, linked to what they prove.

The bytes live content-addressed in the :class:`BlobStore`; each :class:`Evidence` row is one
link (unit, and optionally a checklist item, a problem, an interview or an approval matter).
The same file added twice is stored once and linked twice. Adding streams every file (hash
and copy in one pass), yields progress, can be cancelled by closing the generator, and is
all-or-nothing: a failure or a cancel leaves neither a new file nor a new row behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.blobs import BlobStore
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import ApprovalMatter, ChecklistItem, Evidence, Interview, Problem, Unit
from ..progress import ProgressGenerator
from .evidence_query import (  # noqa: F401 - re-exported: the evidence API in one place
    EvidenceView,
    ItemChoice,
    current_inspection_id,
    evidence_counts_by_item,
    get_evidence,
    item_by_code,
    item_choices,
    list_evidence,
    missing,
    problem_choices,
    unit_by_code,
    unit_choices,
)
from .evidence_sources import (  # noqa: F401 - re-exported
    DEFAULT_MAX_SIZE,
    MB,
    MEDIA_KIND_LABELS,
    MEDIA_KINDS,
    Source,
    captured_time,
    expand_paths,
    inspect_source,
    media_kind,
)

Writer = Callable[[BinaryIO, bytes], object]


@dataclass(frozen=True)
class Link:
    """What an evidence file proves; the unit is filled in from the other targets if absent."""

    unit_id: str | None = None
    item_id: str | None = None
    problem_id: str | None = None
    interview_id: str | None = None
    approval_id: str | None = None
    inspection_id: str | None = None


@dataclass
class AddResult:
    evidence_ids: list[str]
    files_written: int  # new content written to the store
    files_reused: int  # content the store already held


def add_files(
    database: Database,
    paths: Sequence[Path],
    link: Link,
    *,
    caption: str = "",
    captured_by: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    write: Writer | None = None,
) -> ProgressGenerator[AddResult]:
    """Store ``paths`` and link each to ``link``; yields (bytes done, bytes total, file name).

    All or nothing: every file is checked first; if storing fails (disk full, unreadable
    mid-way) or the generator is closed, new files are removed and no row is written.
    """
    with database.Session() as s:
        link = resolve_link(s, link)
    sources = [inspect_source(Path(p), max_size) for p in paths]
    stored = yield from store_sources(database, sources, write=write)
    by = database.user_name if captured_by is None else captured_by
    try:
        with database.session() as s:
            rows = [
                _row(source, sha, link, caption, by)
                for source, (sha, _created) in zip(sources, stored, strict=True)
            ]
            s.add_all(rows)
    except BaseException:
        _discard_unreferenced(database, [sha for sha, created in stored if created])
        raise
    written = sum(1 for _sha, created in stored if created)
    return AddResult([r.id for r in rows], written, len(stored) - written)


def store_sources(
    database: Database, sources: Sequence[Source], *, write: Writer | None = None
) -> ProgressGenerator[list[tuple[str, bool]]]:
    """Stream checked sources into the store; returns (sha256, newly written) per source."""
    store = BlobStore(database.evidence_dir)
    total = sum(source.size for source in sources)
    done = 0
    stored: list[tuple[str, bool]] = []
    try:
        for source in sources:
            yield done, total, source.name
            try:
                handle = source.path.open("rb")
            except OSError as error:
                raise DudaoError(
                    QT_TRANSLATE_NOOP("Errors", "{file} cannot be read ({reason})."),
                    file=str(source.path),
                    reason=error.strerror or str(error),
                ) from error
            with handle:
                steps = store.store_steps(handle, write=write)
                try:
                    while True:
                        try:
                            count = next(steps)
                        except StopIteration as stop:
                            blob = stop.value
                            break
                        yield done + count, total, source.name
                finally:
                    steps.close()
            stored.append((blob.sha256, blob.created))
            done += source.size
        yield total, total, ""
    except BaseException:
        _discard_unreferenced(database, [sha for sha, created in stored if created])
        raise
    return stored


def _row(source: Source, sha: str, link: Link, caption: str, by: str) -> Evidence:
    return Evidence(
        sha256=sha,
        size=source.size,
        original_name=source.name[:300],
        media_kind=source.kind,
        caption=caption,
        captured_by=by[:100],
        captured_at=source.captured_at,
        unit_id=link.unit_id,
        inspection_id=link.inspection_id,
        item_id=link.item_id,
        problem_id=link.problem_id,
        interview_id=link.interview_id,
        approval_id=link.approval_id,
    )


def _discard_unreferenced(database: Database, shas: list[str]) -> None:
    """Remove files this operation wrote if no row (live or removed) refers to them."""
    if not shas:
        return
    with database.Session() as s:
        used = set(s.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(shas))))
    store = BlobStore(database.evidence_dir)
    for sha in set(shas) - used:
        store.remove(sha)


def resolve_link(s: Session, link: Link) -> Link:
    """Check every target exists and belongs to one unit; fill in the unit and inspection."""
    unit_id = link.unit_id
    owners = (
        (Problem, link.problem_id, "problem"),
        (Interview, link.interview_id, "interview"),
        (ApprovalMatter, link.approval_id, "approval matter"),
    )
    for model, key, what in owners:
        if key is None:
            continue
        record = s.get(model, key)
        if record is None or record.deleted:
            raise missing(what, key)
        if unit_id is not None and record.unit_id != unit_id:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "The {what} {key} belongs to another unit."),
                what=what,
                key=key,
            )
        unit_id = record.unit_id
    if unit_id is None:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Choose the unit the evidence belongs to."))
    unit = s.get(Unit, unit_id)
    if unit is None or unit.deleted:
        raise missing("unit", unit_id)
    if link.item_id is not None:
        item = s.get(ChecklistItem, link.item_id)
        if item is None or item.deleted:
            raise missing("checklist item", link.item_id)
    inspection = link.inspection_id or current_inspection_id(s, unit_id)
    return replace(link, unit_id=unit_id, inspection_id=inspection)


def file_path(database: Database, sha256: str) -> Path:
    """Where a stored file lives (to open it with the system's application)."""
    return BlobStore(database.evidence_dir).path_for(sha256)


def _edit(database: Database, evidence_id: str, **values) -> None:
    with database.session() as s:
        e = s.get(Evidence, evidence_id)
        if e is None:
            raise missing("evidence", evidence_id)
        for name, value in values.items():
            if getattr(e, name) != value:
                setattr(e, name, value)


def set_caption(database: Database, evidence_id: str, caption: str) -> None:
    _edit(database, evidence_id, caption=caption.strip())


def relink(database: Database, evidence_id: str, *, item_id: str | None) -> None:
    """Attach evidence to another checklist item of the same unit (or to none)."""
    _edit(database, evidence_id, item_id=item_id)


def remove(database: Database, evidence_id: str) -> None:
    """Remove one link (a tombstone); the file stays until the office purges it."""
    _edit(database, evidence_id, deleted=True)


def restore(database: Database, evidence_id: str) -> None:
    """Bring a removed link back, provided its file was not purged meanwhile."""
    view = get_evidence(database, evidence_id)
    if not BlobStore(database.evidence_dir).has(view.sha256):
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{label}' cannot be restored: its file was purged. Add the file again.",
            ),
            label=view.label,
        )
    _edit(database, evidence_id, deleted=False)


def purge_unreferenced(database: Database) -> ProgressGenerator[list[str]]:
    """Office action: delete stored files no live evidence refers to; returns their digests."""
    if database.role != "office":
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "Only the office installation may purge removed evidence files."
            )
        )
    with database.Session() as s:
        live = set(s.scalars(select(Evidence.sha256).where(Evidence.deleted.is_(False))))
    store = BlobStore(database.evidence_dir)
    candidates = sorted(set(store.stored()) - live)
    purged: list[str] = []
    for done, sha in enumerate(candidates, start=1):
        if store.remove(sha):
            purged.append(sha)
        yield done, len(candidates), sha[:12]
    _remove_thumbnails(database, purged)
    return purged


def _remove_thumbnails(database: Database, shas: list[str]) -> None:
    from .thumbnails import thumbnail_dir

    if database.data_dir is None:
        return
    for sha in shas:
        with suppress(OSError):
            os.unlink(thumbnail_dir(database.data_dir) / f"{sha}.png")
