"""This installation's key pairs and the short fingerprint people compare by voice.

Every installation has an Ed25519 signing key and an X25519 encryption key, made at set-up
and kept in ``<data dir>/keys`` (readable only by the user). Packages are encrypted to the
receiver's X25519 key and signed with the sender's Ed25519 key. The fingerprint covers both
public halves, so the office that enrols a laptop pins exactly the keys the inspector sees.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..errors import QT_TRANSLATE_NOOP, DudaoError

SIGNING_KEY_FILE = "signing_key.pem"
ENCRYPTION_KEY_FILE = "encryption_key.pem"
FINGERPRINT_CONTEXT = b"dudao-key-fingerprint-v1"


def key_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(signing_public: bytes, encryption_public: bytes) -> str:
    """Five groups of four letters and digits (100 bits), e.g. ``K7QD-2MXA-...``."""
    digest = hashlib.sha256(FINGERPRINT_CONTEXT + signing_public + encryption_public).digest()
    text = base64.b32encode(digest[:13]).decode("ascii")[:20]
    return "-".join(text[i : i + 4] for i in range(0, 20, 4))


def write_private_key(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    """Write a private key readable only by the user (created 0600, never widened)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())


def make_keys(data_dir: Path) -> None:
    """Fresh key pairs for a new installation (replacing any left in the folder)."""
    for name, key in (
        (SIGNING_KEY_FILE, Ed25519PrivateKey.generate()),
        (ENCRYPTION_KEY_FILE, X25519PrivateKey.generate()),
    ):
        path = key_dir(data_dir) / name
        path.unlink(missing_ok=True)
        write_private_key(path, key)


def _load(path: Path, kind: type) -> object:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "The key file {file} is missing; restore it from a backup."
            ),
            file=str(path),
        ) from error
    except ValueError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "The key file {file} is damaged; restore it from a backup."
            ),
            file=str(path),
        ) from error
    if not isinstance(key, kind):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "The key file {file} holds the wrong kind of key."),
            file=str(path),
        )
    return key


def load_signing_key(data_dir: Path) -> Ed25519PrivateKey:
    key = _load(key_dir(data_dir) / SIGNING_KEY_FILE, Ed25519PrivateKey)
    return key  # type: ignore[return-value]


def load_encryption_key(data_dir: Path) -> X25519PrivateKey:
    """The X25519 private key; an installation set up before every role had one gets it now."""
    path = key_dir(data_dir) / ENCRYPTION_KEY_FILE
    if not path.exists():
        write_private_key(path, X25519PrivateKey.generate())
    key = _load(path, X25519PrivateKey)
    return key  # type: ignore[return-value]


def own_fingerprint(data_dir: Path) -> str:
    return fingerprint(
        raw_public(load_signing_key(data_dir)), raw_public(load_encryption_key(data_dir))
    )
