"""The content-addressed file store beside the database (``evidence/ab/abcdef...``).

Files are streamed in chunks (a 2 GB video never sits in memory), written to a temporary
file in the store, fsynced, then renamed into place, so a crash or a full disk never leaves
a half-written file under its final name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..errors import QT_TRANSLATE_NOOP, DudaoError

CHUNK = 1024 * 1024
FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}

Writer = Callable[[BinaryIO, bytes], object]


class Stored(NamedTuple):
    sha256: str
    size: int
    created: bool


class StoreFullError(DudaoError):
    """The disk (or the user's quota) ran out while a file was being stored."""


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "'{digest}' is not a SHA-256 digest."), digest=sha256
            )
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_stream(
        self,
        source: BinaryIO,
        *,
        expected_sha256: str | None = None,
        progress: Callable[[int], None] | None = None,
        write: Writer | None = None,
    ) -> tuple[str, int]:
        """Store a stream; returns (sha256, size). ``write`` lets tests inject faults."""
        steps = self.put_stream_steps(source, expected_sha256=expected_sha256, write=write)
        while True:
            try:
                size = next(steps)
            except StopIteration as stop:
                return stop.value
            if progress:
                progress(size)

    def put_stream_steps(
        self,
        source: BinaryIO,
        *,
        expected_sha256: str | None = None,
        write: Writer | None = None,
    ) -> Generator[int, None, tuple[str, int]]:
        """Like :meth:`put_stream`, as a generator yielding the bytes stored so far.

        Closing the generator (cancel) removes the temporary file; nothing is left behind.
        """
        stored = yield from self.store_steps(source, expected_sha256=expected_sha256, write=write)
        return stored.sha256, stored.size

    def store_steps(
        self,
        source: BinaryIO,
        *,
        expected_sha256: str | None = None,
        write: Writer | None = None,
    ) -> Generator[int, None, Stored]:
        """:meth:`put_stream_steps` that also tells whether the content was new to the store."""
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
                    yield size
                handle.flush()
                os.fsync(handle.fileno())
            sha = digest.hexdigest()
            if expected_sha256 and sha != expected_sha256:
                raise DudaoError(
                    QT_TRANSLATE_NOOP("Errors", "Content does not match its digest {digest}…"),
                    digest=expected_sha256[:12],
                )
            final = self.path_for(sha)
            if final.exists():
                temp.unlink()
                return Stored(sha, size, created=False)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, final)
            _fsync_dir(final.parent)
            return Stored(sha, size, created=True)
        except OSError as error:
            temp.unlink(missing_ok=True)
            if error.errno in FULL_ERRNOS:
                raise StoreFullError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The disk holding {folder} is full; nothing was stored. "
                        "Free some space and try again.",
                    ),
                    folder=str(self.root),
                ) from error
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "Could not store the file: {reason}."),
                reason=error.strerror or str(error),
            ) from error
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def put_file(self, path: Path, **kwargs) -> tuple[str, int]:
        try:
            with path.open("rb") as source:
                return self.put_stream(source, **kwargs)
        except (FileNotFoundError, PermissionError, IsADirectoryError) as error:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}."),
                file=str(path),
                reason=error.strerror,
            ) from error

    def adopt(self, files: dict[str, Path], adopted: list[Path]) -> None:
        """Move verified files (already durable, on the store's file system) into the store
        under their digests, appending each final path to ``adopted`` as it lands (so a
        caller can take them back out); a digest the store holds already is skipped. Each
        directory that gained an entry is fsynced once at the end (side by side), not once
        per file."""
        touched: set[Path] = set()
        for sha, path in files.items():
            final = self.path_for(sha)
            if final.exists():
                continue
            if not final.parent.is_dir():
                final.parent.mkdir(parents=True, exist_ok=True)
                touched.add(final.parent.parent)
            os.replace(path, final)
            adopted.append(final)
            touched.add(final.parent)
        flusher = Flusher()
        try:
            flusher.submit_dirs(touched)
            flusher.wait()
        finally:
            flusher.close()

    def remove(self, sha256: str) -> bool:
        """Delete a stored file (callers decide it is unreferenced); True if it existed."""
        path = self.path_for(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True

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


class Flusher:
    """Makes written files durable in the background: ``submit`` hands over an open file,
    which a few threads fsync and close while the caller writes the next one; ``wait``
    returns once all are on disk (raising the first ``OSError``).

    One fsync after another costs a journal commit each; issued side by side, the file
    system commits them together, so hundreds of photo-sized files cost about what one
    file of their total size does.
    """

    THREADS = 4
    MAX_OPEN = 64  # files handed over and not yet closed: bounds open handles

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(self.THREADS, thread_name_prefix="fsync")
        self.pending: list[Future[None]] = []
        self.error: OSError | None = None

    def submit(self, handle: BinaryIO) -> None:
        if len(self.pending) >= self.MAX_OPEN:
            self._settle(self.pending.pop(0))
        self.pending.append(self.pool.submit(_fsync_and_close, handle))

    def submit_dirs(self, directories: Iterable[Path]) -> None:
        self.pending.extend(self.pool.submit(_fsync_dir, d) for d in set(directories))

    def _settle(self, future: Future[None]) -> None:
        try:
            future.result()
        except OSError as failed:
            self.error = self.error or failed

    def wait(self) -> None:
        pending, self.pending = self.pending, []
        for future in pending:
            self._settle(future)
        error, self.error = self.error, None
        if error is not None:
            raise error

    def close(self) -> None:
        """Wait for what was handed over (errors ignored: the caller is failing already)."""
        try:
            self.wait()
        except OSError:
            pass
        finally:
            self.pool.shutdown()


def _fsync_and_close(handle: BinaryIO) -> None:
    try:
        os.fsync(handle.fileno())
    finally:
        handle.close()
