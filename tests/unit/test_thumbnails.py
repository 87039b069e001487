"""Thumbnails: upright by EXIF orientation, cached on disk, none for what Pillow cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence_site import make_site
from PIL import Image

from dudao_desktop.progress import run_to_end
from dudao_desktop.services import evidence, thumbnails
from dudao_desktop.services.evidence import Link


@pytest.fixture
def site(office_db):
    return make_site(office_db)


def add_one(site, path: Path) -> str:
    result = run_to_end(evidence.add_files(site.database, [path], Link(unit_id=site.unit_id)))
    return evidence.get_evidence(site.database, result.evidence_ids[0]).sha256


def test_rotated_exif_jpeg_gives_an_upright_thumbnail(site, tmp_path):
    wide = Image.new("RGB", (400, 200), "white")
    wide.paste((200, 0, 0), (0, 0, 100, 200))  # a red band on the left as the camera saw it
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    wide.save(tmp_path / "rotated.jpg", "JPEG", exif=exif)
    sha = add_one(site, tmp_path / "rotated.jpg")

    path = thumbnails.thumbnail(site.database.data_dir, sha)
    assert path == site.database.data_dir / "thumbnails" / f"{sha}.png"
    with Image.open(path) as thumb:
        width, height = thumb.size
        assert height > width  # tall: shown upright
        assert height == thumbnails.THUMBNAIL_SIZE
        top = thumb.convert("RGB").getpixel((width // 2, 5))
        assert top[0] > 150 and top[1] < 100  # the left band is now at the top


def test_thumbnail_is_cached_and_reused(site, tmp_path):
    Image.new("RGB", (800, 600), "blue").save(tmp_path / "p.png")
    sha = add_one(site, tmp_path / "p.png")
    first = thumbnails.thumbnail(site.database.data_dir, sha)
    assert thumbnails.cached_thumbnail(site.database.data_dir, sha) == first
    stamp = first.stat().st_mtime_ns
    evidence.file_path(site.database, sha).unlink()  # the cache no longer needs the original
    assert thumbnails.thumbnail(site.database.data_dir, sha) == first
    assert first.stat().st_mtime_ns == stamp
    with Image.open(first) as thumb:
        assert thumb.size == (256, 192)


def test_files_pillow_cannot_read_have_no_thumbnail(site, tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 not an image")
    (tmp_path / "fake.heic").write_bytes(b"\x00\x00\x00\x18ftypheic not decodable here")
    for name in ("scan.pdf", "fake.heic"):
        sha = add_one(site, tmp_path / name)
        assert thumbnails.thumbnail(site.database.data_dir, sha) is None
    assert not (site.database.data_dir / "thumbnails").exists()
