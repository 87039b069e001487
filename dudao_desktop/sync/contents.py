"""The inner stream of a package: a tar stream of ``manifest.json``, ``changes.jsonl`` and
``blobs/<sha256>``, written and read strictly sequentially.

The reader never extracts anything by the member's own name: it checks each member against
the manifest and the limits, and streams it into a staging directory under a name it
chooses, hashing as it goes.
"""

from __future__ import annotations

import hashlib
import json
import re
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..db.blobs import Flusher
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .container import PackageRefused, damaged

MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
BLOB_NAME = re.compile(r"^blobs/[0-9a-f]{64}$")
COPY = 1024 * 1024
MAX_MANIFEST = 64 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    members: int = 10_000
    member_bytes: int = 500 * 1024**2
    package_bytes: int = 20 * 1024**3


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0
    return info


class ContentWriter:
    """Writes the members in order as a tar stream (POSIX pax format); the manifest goes
    first.

    The output is what ``tarfile`` writes in ``w|`` mode, but member data goes to ``out`` in
    large pieces straight from one reused buffer, instead of through
    tarfile's 16 KiB copy loop and its stream buffer.
    """

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.offset = 0
        self.buffer = bytearray(COPY)

    def _write(self, data: Any) -> None:
        self.out.write(data)
        self.offset += len(data)

    def _pad(self, size: int) -> None:
        remainder = size % tarfile.BLOCKSIZE
        if remainder:
            self._write(tarfile.NUL * (tarfile.BLOCKSIZE - remainder))

    def _header(self, name: str, size: int) -> None:
        self._write(_info(name, size).tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape"))

    def add_bytes(self, name: str, data: bytes) -> None:
        self._header(name, len(data))
        self._write(data)
        self._pad(len(data))

    def add_file(self, name: str, path: Path, size: int) -> None:
        """Copy a file of ``size`` bytes in. Evidence is trusted to match its content address
        here (it was hashed when stored, and ``dudao verify`` re-checks the store); the
        receiver hashes every member anyway and refuses a package whose bytes do not match."""
        view = memoryview(self.buffer)
        self._header(name, size)
        left = size
        with path.open("rb", buffering=0) as handle:
            while left:
                got = handle.readinto(view[: min(left, len(view))])
                if not got:
                    break
                self._write(view[:got])
                left -= got
            if left or handle.read(1):
                raise DudaoError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Evidence file {sha} changed on disk while it was being packed; run "
                        "'dudao verify' and export again.",
                    ),
                    sha=path.name[:12],
                )
        self._pad(size)

    def close(self) -> None:
        self._write(tarfile.NUL * (tarfile.BLOCKSIZE * 2))
        remainder = self.offset % tarfile.RECORDSIZE
        if remainder:
            self._write(tarfile.NUL * (tarfile.RECORDSIZE - remainder))


@dataclass
class Staged:
    manifest: dict[str, Any]
    changes: Path
    blobs: dict[str, Path]  # sha256 -> staged file (only those the store lacked)
    blobs_total: int


def _refuse(template: str, file: str, **params: Any) -> PackageRefused:
    return PackageRefused(template, file=file, **params)


def check_member_name(name: str, file: str) -> None:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} contains a member with an absolute path ({name}); it is refused "
                "and nothing was changed.",
            ),
            file,
            name=name,
        )
    if ".." in re.split(r"[/\\]", name):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} contains a member that points outside the package ({name}); it "
                "is refused and nothing was changed.",
            ),
            file,
            name=name,
        )


def check_manifest_limits(manifest: dict[str, Any], limits: Limits, file: str) -> None:
    members = manifest.get("members")
    if not isinstance(members, dict) or CHANGES not in members:
        raise damaged(file, MANIFEST)
    total = 0
    for name, meta in members.items():
        check_member_name(name, file)
        if name != CHANGES and not BLOB_NAME.match(name):
            raise damaged(file, f"{MANIFEST}: {name}")
        size = meta.get("size") if isinstance(meta, dict) else None
        if not isinstance(size, int) or size < 0 or not isinstance(meta.get("sha256"), str):
            raise damaged(file, f"{MANIFEST}: {name}")
        if size > limits.member_bytes:
            raise too_big(file, name, size, limits)
        total += size
    if len(members) + 1 > limits.members:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} has {count} members, more than the limit of {limit}; it is "
                "refused and nothing was changed.",
            ),
            file,
            count=len(members) + 1,
            limit=limits.members,
        )
    if total > limits.package_bytes:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} would unpack to {size} bytes, more than the limit of {limit}; "
                "it is refused and nothing was changed.",
            ),
            file,
            size=total,
            limit=limits.package_bytes,
        )


def too_big(file: str, name: str, size: int, limits: Limits) -> PackageRefused:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Member {name} of package {file} is {size} bytes, more than the limit of {limit} "
            "per member; the package is refused and nothing was changed.",
        ),
        file,
        name=name,
        size=size,
        limit=limits.member_bytes,
    )


def read_contents(
    source: BinaryIO,
    staging: Path,
    file: str,
    limits: Limits,
    check_manifest: Callable[[dict[str, Any]], None],
    have_blob: Callable[[str], bool],
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, int, str]]:
    """Stream the members into ``staging``; a generator that returns ``Staged``."""
    try:
        # "r:" reads headers straight from ``source`` (it can tell and skip forward); the
        # members' data is streamed by _stream_member, not through tarfile.
        tar = tarfile.open(fileobj=source, mode="r:")  # noqa: SIM115
    except tarfile.TarError as error:
        raise damaged(file, "content") from error
    manifest: dict[str, Any] | None = None
    seen: set[str] = set()
    blobs: dict[str, Path] = {}
    count = 0
    done_bytes = 0
    total_bytes = 0
    changes = staging / "changes.jsonl"
    flusher = Flusher()
    try:
        for member in _members(tar, file):
            count += 1
            name = member.name
            check_member_name(name, file)
            if not member.isfile():
                kind = "link" if (member.issym() or member.islnk()) else "special file"
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Package {file} contains a {kind} ({name}); packages may only hold "
                        "plain files. It is refused and nothing was changed.",
                    ),
                    file,
                    kind=kind,
                    name=name,
                )
            if count > limits.members:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Package {file} has more than {limit} members; it is refused and "
                        "nothing was changed.",
                    ),
                    file,
                    limit=limits.members,
                )
            if manifest is None:
                if name != MANIFEST or member.size > MAX_MANIFEST:
                    raise damaged(file, "the manifest must come first")
                manifest = _read_manifest(tar, member, file)
                check_manifest_limits(manifest, limits, file)
                check_manifest(manifest)
                total_bytes = sum(m["size"] for m in manifest["members"].values())
                seen.add(name)
                continue
            if name in seen:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Package {file} contains {name} twice; it is refused and nothing was "
                        "changed.",
                    ),
                    file,
                    name=name,
                )
            seen.add(name)
            meta = manifest["members"].get(name)
            if meta is None:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Package {file} contains {name}, which its manifest does not list; it "
                        "is refused and nothing was changed.",
                    ),
                    file,
                    name=name,
                )
            if member.size > limits.member_bytes:
                raise too_big(file, name, member.size, limits)
            if member.size != meta["size"]:
                raise damaged(file, f"size of {name}")
            if name == CHANGES:
                target: Path | None = changes
            else:
                sha = name.split("/", 1)[1]
                if sha != meta["sha256"]:
                    raise damaged(file, f"{MANIFEST}: {name}")
                target = None if have_blob(sha) else staging / sha
            # The staged change list is read back at once and thrown away: no fsync. A staged
            # blob is moved into the evidence store, so it must be on disk first.
            digest = _stream_member(
                source, member, target, file, flusher if name != CHANGES else None
            )
            if digest != meta["sha256"]:
                raise damaged(file, f"hash of {name}")
            if name != CHANGES and target is not None:
                blobs[name.split("/", 1)[1]] = target
            done_bytes += member.size
            if progress:
                progress(done_bytes)
            yield done_bytes, total_bytes, name
        flusher.wait()
    except tarfile.TarError as error:
        raise damaged(file, "content") from error
    finally:
        flusher.close()
    if manifest is None:
        raise damaged(file, "no manifest")
    missing = sorted(set(manifest["members"]) - seen)
    if missing:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} lacks {name}, which its manifest lists; it is refused and "
                "nothing was changed.",
            ),
            file,
            name=missing[0],
        )
    blob_count = sum(1 for n in manifest["members"] if n != CHANGES)
    return Staged(manifest, changes, blobs, blob_count)


def _members(tar: tarfile.TarFile, file: str) -> Iterator[tarfile.TarInfo]:
    while True:
        try:
            member = tar.next()
        except tarfile.TarError as error:
            raise damaged(file, "content") from error
        if member is None:
            return
        yield member


def _read_manifest(tar: tarfile.TarFile, member: tarfile.TarInfo, file: str) -> dict[str, Any]:
    handle = tar.extractfile(member)
    if handle is None:
        raise damaged(file, MANIFEST)
    try:
        manifest = json.loads(handle.read().decode("utf-8"))
    except ValueError as error:
        raise damaged(file, MANIFEST) from error
    if not isinstance(manifest, dict):
        raise damaged(file, MANIFEST)
    return manifest


def _stream_member(
    source: Any,
    member: tarfile.TarInfo,
    target: Path | None,
    file: str,
    flusher: Flusher | None,
) -> str:
    """Hash a member's data (and write it to ``target``) straight from the decrypted chunks;
    ``flusher`` (when given) makes the written file durable and closes it."""
    if source.seek(member.offset_data) != member.offset_data:
        raise damaged(file, "content")
    digest = hashlib.sha256()
    out = target.open("wb", buffering=0) if target is not None else None
    try:
        left = member.size
        while left:
            view = source.read_view(min(left, COPY))
            if not view:
                raise damaged(file, "content")
            left -= len(view)
            digest.update(view)
            while out is not None and view:  # unbuffered writes may be partial
                view = view[out.write(view) :]
    except BaseException:
        if out is not None:
            out.close()
        raise
    if out is not None:
        if flusher is not None:
            flusher.submit(out)
        else:
            out.close()
    return digest.hexdigest()
