"""The outer ``.dudao`` file: a signed header, then chunked authenticated encryption.

Layout::

    MAGIC (8) | header length (4, big endian) | header JSON
    chunk*: ciphertext length (4) | AES-256-GCM ciphertext of up to ``chunk_size`` bytes
    signature (64): Ed25519 over SIGN_CONTEXT + SHA-256(header part) + SHA-256(tag chain)

Chunk ``i`` is sealed with the nonce ``i`` (11 bytes) + final flag (1 byte) and the header's
digest as associated data, so chunks cannot be reordered, dropped, truncated or moved to
another package. The signature covers the chain of chunk lengths and GCM tags, not the
ciphertext again: each tag authenticates its chunk under the content key, which only the
sender and the receiver derive, so signing the tags binds the sender to every byte while
the bytes are read once (by AES-GCM) on either side.

The content key is fresh for every package: derived from an X25519 exchange of an ephemeral
key with the receiver's public key (the enrolled laptop's for a field package, the office's
for a return package). Both directions stream:
at most one chunk is held in memory. ``PackageWriter`` is here; ``reader.PackageReader`` reads.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import QT_TRANSLATE_NOOP, DudaoError
from .keys import raw_public

MAGIC = b"DUDAO\x00PK"
FORMAT_VERSION = 3
CHUNK_SIZE = 1024 * 1024
MAX_CHUNK = 8 * 1024 * 1024
MAX_HEADER = 64 * 1024
SIGN_CONTEXT = b"dudao-package-signature-v2"
TAG = 16
KEY_INFO = b"dudao package key v2"
# The plain header: only what is needed before decryption. Everything else (package id,
# campaign, sender, its name and groups) is in the encrypted manifest.
HEADER_FIELDS = frozenset(("format", "kind", "encryption", "chunk_size"))


class PackageRefused(DudaoError):
    """A package failed a check; nothing was changed."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def recipient_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:32]


def recipient_encryption(recipient_public: bytes):
    """(header encryption info, content key) for a package to one installation's X25519 key."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    info = {
        "scheme": "x25519",
        "ephemeral": b64(eph_public),
        "recipient": recipient_id(recipient_public),
    }
    return info, _hkdf(shared, KEY_INFO, eph_public + recipient_public)


def content_key(header: dict[str, Any], file: str, private: X25519PrivateKey) -> bytes:
    """Derive the content key from the header with this installation's X25519 key."""
    info = header.get("encryption")
    if not isinstance(info, dict) or info.get("scheme") != "x25519":
        raise damaged(file, "encryption scheme")
    try:
        mine = raw_public(private)
        if recipient_id(mine) != info.get("recipient"):
            raise PackageRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Package {file} was made for another installation (another laptop, or "
                    "another office) and cannot be read here. Import it on the installation "
                    "it was made for; nothing was changed.",
                ),
                file=file,
            )
        eph = unb64(info["ephemeral"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph))
    except PackageRefused:
        raise
    except (KeyError, TypeError, ValueError) as error:
        raise damaged(file, "encryption header") from error
    return _hkdf(shared, KEY_INFO, eph + mine)


def damaged(file: str, where: str) -> PackageRefused:
    return PackageRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Package {file} is damaged or was altered ({where}). Ask the sender for a new copy; "
            "nothing was changed.",
        ),
        file=file,
        where=where,
    )


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def chain_link(length: bytes, sealed: Any) -> bytes:
    """What the signature's chain takes of a sealed chunk: its length field and GCM tag."""
    return length + bytes(memoryview(sealed)[-TAG:])


class PackageWriter:
    """A write-only file object: plaintext in, encrypted and signed package out."""

    def __init__(
        self,
        out: BinaryIO,
        header: dict[str, Any],
        key: bytes,
        signer: Ed25519PrivateKey,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        header = {**header, "chunk_size": chunk_size}
        blob = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
        head = MAGIC + struct.pack(">I", len(blob)) + blob
        self.out, self.signer, self.chunk_size = out, signer, chunk_size
        self.aad = hashlib.sha256(head).digest()
        self.chain = hashlib.sha256()
        self.aes = AESGCM(key)
        self.buffer = bytearray(chunk_size)  # pending plaintext, the first `filled` bytes
        self.filled = 0
        self.index = 0
        self.closed = False
        self.size = len(head)
        out.write(head)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        """Buffer plaintext; seal every full chunk once more data follows it (the last chunk,
        sealed by ``close``, may be full). Large writes are sealed straight from the caller's
        buffer; the rest is copied into one buffer allocated once."""
        view = memoryview(data).cast("B")
        size = len(view)
        if self.filled:
            room = self.chunk_size - self.filled
            if size <= room:
                self.buffer[self.filled : self.filled + size] = view
                self.filled += size
                return size
            self.buffer[self.filled :] = view[:room]
            self._emit(self.buffer, final=False)
            self.filled = 0
            view = view[room:]
        while len(view) > self.chunk_size:
            self._emit(view[: self.chunk_size], final=False)
            view = view[self.chunk_size :]
        self.buffer[: len(view)] = view
        self.filled = len(view)
        return size

    def _emit(self, plain: Any, final: bool) -> None:
        sealed = self.aes.encrypt(_nonce(self.index, final), plain, self.aad)
        length = struct.pack(">I", len(sealed))
        self.chain.update(chain_link(length, sealed))
        self.out.write(length)
        self.out.write(sealed)
        self.size += len(length) + len(sealed)
        self.index += 1

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.closed:
            return
        self._emit(memoryview(self.buffer)[: self.filled], final=True)
        self.filled = 0
        signature = self.signer.sign(SIGN_CONTEXT + self.aad + self.chain.digest())
        self.out.write(signature)
        self.size += len(signature)
        self.closed = True


def read_header(source: BinaryIO, file: str) -> tuple[dict[str, Any], bytes]:
    """Read and parse the plain header; returns it and its digest (the chunks' AAD)."""
    magic = source.read(len(MAGIC))
    if magic != MAGIC:
        raise PackageRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not a dudao package (.dudao file); nothing was changed."
            ),
            file=file,
        )
    raw_length = source.read(4)
    if len(raw_length) < 4:
        raise truncated(file)
    (length,) = struct.unpack(">I", raw_length)
    if length > MAX_HEADER:
        raise damaged(file, "header size")
    blob = source.read(length)
    if len(blob) < length:
        raise truncated(file)
    try:
        header = json.loads(blob.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("header is not an object")
    except ValueError as error:
        raise damaged(file, "header") from error
    version = header.get("format")
    if not isinstance(version, int) or not set(header) <= HEADER_FIELDS:
        raise damaged(file, "header")
    if version < FORMAT_VERSION:
        raise PackageRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} was made by an older version of dudao-desktop (package format "
                "{version}). Update that installation, enrol it, and export again; nothing was "
                "changed.",
            ),
            file=file,
            version=version,
        )
    if version > FORMAT_VERSION:
        raise PackageRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Package {file} was made by a newer version of dudao-desktop (package format "
                "{version}, this version reads up to {supported}). Update the application "
                "first; nothing was changed.",
            ),
            file=file,
            version=version,
            supported=FORMAT_VERSION,
        )
    return header, hashlib.sha256(MAGIC + raw_length + blob).digest()


def truncated(file: str) -> PackageRefused:
    return PackageRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Package {file} is incomplete (the file was cut short, e.g. by an interrupted "
            "copy). Copy it again; nothing was changed.",
        ),
        file=file,
    )
