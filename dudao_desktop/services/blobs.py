"""The content-addressed file store beside the database (``evidence/ab/abcdef...``).

Files are streamed in chunks (a 2 GB video never sits in memory), written to a temporary
file in the store, fsynced, then renamed into place, so a crash or a full disk never leaves
a half-written file under its final name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import DudaoError

CHUNK = 1024 * 1024


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise DudaoError(f"'{sha256}' is not a SHA-256 digest.")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_stream(
        self,
        source: BinaryIO,
        *,
        expected_sha256: str | None = None,
        progress: Callable[[int], None] | None = None,
        write: Callable[[BinaryIO, bytes], None] | None = None,
    ) -> tuple[str, int]:
        """Store a stream; returns (sha256, size). ``write`` lets tests inject faults."""
        self.root.mkdir(parents=True, exist_ok=True)
        write = write or (lambda handle, chunk: handle.write(chunk))
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    write(handle, chunk)
                    size += len(chunk)
                    if progress:
                        progress(size)
                handle.flush()
                os.fsync(handle.fileno())
            sha = digest.hexdigest()
            if expected_sha256 and sha != expected_sha256:
                raise DudaoError(f"Content does not match its digest {expected_sha256[:12]}…")
            final = self.path_for(sha)
            if final.exists():
                temp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, final)
                _fsync_dir(final.parent)
            return sha, size
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise DudaoError(f"Could not store the file: {error.strerror or error}.") from error
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def put_file(self, path: Path, **kwargs) -> tuple[str, int]:
        try:
            with path.open("rb") as source:
                return self.put_stream(source, **kwargs)
        except (FileNotFoundError, PermissionError, IsADirectoryError) as error:
            raise DudaoError(f"{path} cannot be read: {error.strerror}.") from error

    def check(self, sha256: str) -> str:
        """'ok', 'missing' or 'damaged' for one stored file (re-hashed in chunks)."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "missing"
        return "ok" if file_sha256(path) == sha256 else "damaged"

    def stored(self) -> Iterable[str]:
        if not self.root.is_dir():
            return []
        return (p.name for p in self.root.glob("??/*") if len(p.name) == 64)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
