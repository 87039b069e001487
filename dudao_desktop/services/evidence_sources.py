"""Files offered as evidence: their media kind, capture time and the checks before storing."""

from __future__ import annotations

import mimetypes
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DudaoError

MB = 1024 * 1024
DEFAULT_MAX_SIZE = 500 * MB

MEDIA_KINDS = ("photo", "pdf", "document", "audio", "video", "other")
MEDIA_KIND_LABELS = {
    "photo": QT_TRANSLATE_NOOP("Evidence", "Photo"),
    "pdf": QT_TRANSLATE_NOOP("Evidence", "PDF"),
    "document": QT_TRANSLATE_NOOP("Evidence", "Document"),
    "audio": QT_TRANSLATE_NOOP("Evidence", "Audio"),
    "video": QT_TRANSLATE_NOOP("Evidence", "Video"),
    "other": QT_TRANSLATE_NOOP("Evidence", "Other"),
}
_EXTENSIONS = {
    "photo": "jpg jpeg jpe png heic heif gif bmp tif tiff webp",
    "pdf": "pdf",
    "document": "doc docx xls xlsx ppt pptx odt ods odp rtf txt csv wps et dps ofd md",
    "audio": "mp3 m4a wav aac amr ogg oga opus flac wma",
    "video": "mp4 mov avi mkv 3gp m4v wmv webm mts m2ts mpg mpeg",
}
KIND_BY_EXTENSION = {ext: kind for kind, exts in _EXTENSIONS.items() for ext in exts.split()}


def media_kind(name: str) -> str:
    """photo / pdf / document / audio / video / other, by extension, else by MIME type."""
    extension = Path(name).suffix.lower().lstrip(".")
    if extension in KIND_BY_EXTENSION:
        return KIND_BY_EXTENSION[extension]
    mime = mimetypes.guess_type(name)[0] or ""
    if mime == "application/pdf":
        return "pdf"
    for prefix, kind in (("image/", "photo"), ("audio/", "audio"), ("video/", "video")):
        if mime.startswith(prefix):
            return kind
    if mime.startswith("text/") or "officedocument" in mime or "opendocument" in mime:
        return "document"
    return "other"


def exif_time(path: Path) -> datetime | None:
    """The photo's EXIF DateTimeOriginal, if Pillow can read it."""
    from PIL import ExifTags, Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                exif = image.getexif()
                value = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal)
    except Exception:  # any unreadable image simply has no EXIF time
        return None
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    try:
        return datetime.strptime(str(value).strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except (TypeError, ValueError):
        return None


def captured_time(path: Path, kind: str | None = None) -> datetime:
    """When the file was captured: EXIF DateTimeOriginal for photos, else its mtime."""
    if (kind or media_kind(path.name)) == "photo":
        taken = exif_time(path)
        if taken is not None:
            return taken
    return datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


@dataclass(frozen=True)
class Source:
    path: Path
    name: str
    size: int
    kind: str
    captured_at: datetime


def inspect_source(path: Path, max_size: int = DEFAULT_MAX_SIZE) -> Source:
    """Check one file before anything is stored: readable, not empty, not too big."""
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "it is a folder")
        with path.open("rb") as handle:
            handle.read(1)
        size = path.stat().st_size
    except OSError as error:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} cannot be read ({reason}); check that it exists and is readable."
            ),
            file=str(path),
            reason=error.strerror or str(error),
        ) from error
    if size == 0:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "{file} is empty (0 bytes); there is nothing to keep."),
            file=str(path),
        )
    if size > max_size:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is {size} MB, over the limit of {limit} MB for one evidence file; "
                "shorten or compress it, or raise the limit in the settings.",
            ),
            file=str(path),
            size=f"{size / MB:.1f}",
            limit=f"{max_size / MB:.0f}",
        )
    kind = media_kind(path.name)
    return Source(path, path.name, size, kind, captured_time(path, kind))


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the files inside given folders (recursively, hidden ones skipped)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found
