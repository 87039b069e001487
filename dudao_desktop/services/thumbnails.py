"""Thumbnails of evidence photos, upright (EXIF orientation applied), cached on disk.

The cache is ``data_dir/thumbnails/<sha256>.png``: content-addressed like the store, so a
thumbnail is made once per file however many links show it. Formats Pillow cannot read
(HEIC without a plug-in, PDFs, videos) have no thumbnail; the gallery shows an icon instead.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path

from PIL import Image, ImageOps

from ..db.blobs import BlobStore

THUMBNAIL_SIZE = 256


def thumbnail_dir(data_dir: Path) -> Path:
    return data_dir / "thumbnails"


def cached_thumbnail(data_dir: Path, sha256: str) -> Path | None:
    path = thumbnail_dir(data_dir) / f"{sha256}.png"
    return path if path.is_file() else None


def thumbnail(data_dir: Path, sha256: str, size: int = THUMBNAIL_SIZE) -> Path | None:
    """The cached thumbnail of a stored image, made if needed; None if it is not an image."""
    cached = cached_thumbnail(data_dir, sha256)
    if cached is not None:
        return cached
    source = BlobStore(data_dir / "evidence").path_for(sha256)
    if not source.is_file():
        return None
    image = load_upright(source, size)
    if image is None:
        return None
    target = thumbnail_dir(data_dir) / f"{sha256}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".thumb-", suffix=".png", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, "PNG", optimize=False)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def load_upright(path: Path, size: int | None = None) -> Image.Image | None:
    """The image at ``path``, turned upright, reduced to fit ``size`` (None: full size).

    Returns None for anything Pillow cannot decode, including decompression bombs.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                if size is not None and image.format == "JPEG":
                    image.draft("RGB", (size * 2, size * 2))  # decode at reduced scale: fast
                upright = ImageOps.exif_transpose(image)
                upright.load()
    except Exception:  # not an image Pillow can read: no thumbnail
        return None
    if upright.mode not in ("RGB", "RGBA"):
        upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
    if size is not None:
        upright.thumbnail((size, size), Image.Resampling.LANCZOS)
    return upright
