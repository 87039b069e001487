"""Reading a ``.dudao`` file: decrypt the chunks in order, then check the signature.

The layout and the sealing are described in :mod:`.container`.
"""

from __future__ import annotations

import hashlib
import struct
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import QT_TRANSLATE_NOOP
from .container import (
    MAX_CHUNK,
    SIGN_CONTEXT,
    TAG,
    PackageRefused,
    _nonce,
    chain_link,
    damaged,
    truncated,
)


class PackageReader:
    """A read-only file object over the decrypted content; ``finish`` checks the signature.

    It reads forward only, one chunk in memory. ``tell``/``seek`` (forward, or back within
    the current chunk) let ``tarfile`` read headers from it directly, and ``read_view``
    hands out the decrypted chunk itself so member data streams without copies.
    """

    def __init__(
        self, source: BinaryIO, header: dict[str, Any], aad: bytes, key: bytes, file: str
    ) -> None:
        self.source, self.header, self.aad, self.file = source, header, aad, file
        self.aes = AESGCM(key)
        self.chain = hashlib.sha256()
        self.index = 0
        self.chunk = memoryview(b"")  # the current decrypted chunk
        self.at = 0  # read position within it
        self.final_seen = False
        self.bytes_read = 0  # position in the decrypted stream

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def _next_chunk(self) -> None:
        raw = self.source.read(4)
        if len(raw) < 4:
            raise truncated(self.file)
        (length,) = struct.unpack(">I", raw)
        if length < TAG or length > MAX_CHUNK + TAG:
            raise damaged(self.file, f"chunk {self.index}")
        sealed = self.source.read(length)
        if len(sealed) < length:
            raise truncated(self.file)
        self.chain.update(chain_link(raw, sealed))
        plain = None
        for final in (False, True):
            try:
                plain = self.aes.decrypt(_nonce(self.index, final), sealed, self.aad)
            except InvalidTag:
                continue
            self.final_seen = final
            break
        if plain is None:
            raise damaged(self.file, f"chunk {self.index}")
        self.index += 1
        self.chunk, self.at = memoryview(plain), 0

    def authenticate_header(self) -> None:
        """Decrypt the first chunk: its tag covers the header, so this proves the header."""
        if self.index == 0:
            self._next_chunk()

    def read_view(self, size: int) -> memoryview:
        """Up to ``size`` bytes (at least one unless at the end) without copying; the view
        is valid until the next read."""
        while self.at >= len(self.chunk):
            if self.final_seen:
                return memoryview(b"")
            self._next_chunk()
        view = self.chunk[self.at : self.at + size]
        self.at += len(view)
        self.bytes_read += len(view)
        return view

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = 1 << 62
        parts = []
        while size > 0:
            view = self.read_view(size)
            if not view:
                break
            parts.append(view)
            size -= len(view)
        return parts[0].tobytes() if len(parts) == 1 else b"".join(parts)

    def readinto(self, buffer: Any) -> int:
        target = memoryview(buffer).cast("B")
        done = 0
        while done < len(target):
            view = self.read_view(len(target) - done)
            if not view:
                break
            target[done : done + len(view)] = view
            done += len(view)
        return done

    def tell(self) -> int:
        return self.bytes_read

    def seek(self, offset: int, whence: int = 0) -> int:
        """Skip forward (decrypting what lies between), or step back within the chunk."""
        if whence == 1:
            offset += self.bytes_read
        elif whence != 0:
            raise OSError("a package can only be read forward")
        if offset < self.bytes_read:
            back = self.bytes_read - offset
            if back > self.at:
                raise OSError("a package can only be read forward")
            self.at -= back
            self.bytes_read = offset
        while offset > self.bytes_read:
            if not self.read_view(offset - self.bytes_read):
                break
        return self.bytes_read

    def finish(self, signer_public: bytes) -> None:
        """Read to the end and verify the signature; raises ``PackageRefused``."""
        while not self.final_seen:
            self._next_chunk()
        self.chunk, self.at = memoryview(b""), 0
        signature = self.source.read(64)
        if len(signature) < 64:
            raise truncated(self.file)
        if self.source.read(1):
            raise damaged(self.file, "data after the signature")
        try:
            Ed25519PublicKey.from_public_bytes(signer_public).verify(
                signature, SIGN_CONTEXT + self.aad + self.chain.digest()
            )
        except (InvalidSignature, ValueError) as error:
            raise PackageRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The signature of package {file} does not match its content: it was "
                    "altered after it was made. Nothing was changed.",
                ),
                file=self.file,
            ) from error
