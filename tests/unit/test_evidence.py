"""Evidence service: content-addressed storing, links, limits, faults, import, export, verify."""

from __future__ import annotations

import csv
import errno
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest
from evidence_site import make_site
from PIL import Image
from sqlalchemy import func, select

from dudao_desktop.db.blobs import StoreFullError
from dudao_desktop.errors import DudaoError
from dudao_desktop.model import ChangeLog, Evidence
from dudao_desktop.progress import run_to_end
from dudao_desktop.services import evidence
from dudao_desktop.services.evidence import Link
from dudao_desktop.services.evidence_transfer import export_unit, import_folder
from dudao_desktop.services.installation import init_installation
from dudao_desktop.services.integrity import verify


@pytest.fixture
def site(office_db):
    return make_site(office_db)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def photo(path: Path, taken: str | None = None, size=(64, 32), color="red") -> Path:
    image = Image.new("RGB", size, color)
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[36867] = taken  # DateTimeOriginal
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", exif=exif)
    return path


def add(site, paths, **kwargs):
    link = kwargs.pop("link", Link(unit_id=site.unit_id))
    return run_to_end(evidence.add_files(site.database, [Path(p) for p in paths], link, **kwargs))


def store_files(site) -> list[Path]:
    root = site.database.evidence_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def evidence_rows(site) -> int:
    with site.database.Session() as s:
        return s.scalar(select(func.count()).select_from(Evidence))


def evidence_log_rows(site) -> int:
    with site.database.Session() as s:
        return s.scalar(
            select(func.count()).select_from(ChangeLog).where(ChangeLog.table_name == "evidence")
        )


def test_same_photo_twice_is_stored_once_linked_twice_and_survives_one_removal(site, tmp_path):
    picture = photo(tmp_path / "门牌.jpg")
    first = add(site, [picture], link=Link(unit_id=site.unit_id, item_id=site.items["A01"]))
    second = add(site, [picture], link=Link(unit_id=site.unit_id, item_id=site.items["B01"]))

    assert (first.files_written, second.files_written, second.files_reused) == (1, 0, 1)
    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    assert [p.name for p in store_files(site)] == [sha]
    links = evidence.list_evidence(site.database, site.unit_id)
    assert sorted(v.item_code for v in links) == ["A01", "B01"]
    assert {v.sha256 for v in links} == {sha}

    evidence.remove(site.database, first.evidence_ids[0])
    left = evidence.list_evidence(site.database, site.unit_id)
    assert [v.item_code for v in left] == ["B01"]
    assert evidence.file_path(site.database, sha).is_file()
    run_to_end(evidence.purge_unreferenced(site.database))  # the other link still uses it
    assert evidence.file_path(site.database, sha).is_file()
    assert evidence.evidence_counts_by_item(site.database, site.unit_id) == {site.items["B01"]: 1}


def test_metadata_caption_captured_by_exif_time_and_original_name(site, tmp_path):
    with_exif = photo(tmp_path / "IMG_0001.JPG", taken="2026:03:17 09:41:05")
    scan = write(tmp_path / "花名册.pdf", b"%PDF-1.4 roster")
    os.utime(scan, (datetime(2026, 3, 18, 15, 0).timestamp(),) * 2)
    result = add(site, [with_exif, scan], caption="现场核查", captured_by="王督导")

    views = {v.original_name: v for v in evidence.list_evidence(site.database, site.unit_id)}
    assert set(views) == {"IMG_0001.JPG", "花名册.pdf"}
    assert views["IMG_0001.JPG"].captured_at == datetime(2026, 3, 17, 9, 41, 5)
    assert views["IMG_0001.JPG"].media_kind == "photo"
    assert views["花名册.pdf"].captured_at == datetime(2026, 3, 18, 15, 0)
    assert views["花名册.pdf"].media_kind == "pdf"
    assert {v.caption for v in views.values()} == {"现场核查"}
    assert {v.captured_by for v in views.values()} == {"王督导"}
    with site.database.Session() as s:
        row = s.get(Evidence, result.evidence_ids[0])
        assert row.inspection_id == site.inspection_id  # the unit's current inspection

    evidence.set_caption(site.database, result.evidence_ids[1], "  人员花名册  ")
    assert evidence.get_evidence(site.database, result.evidence_ids[1]).caption == "人员花名册"
    default_by = add(site, [scan])
    view = evidence.get_evidence(site.database, default_by.evidence_ids[0])
    assert view.captured_by == "tester"  # the installation's user


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.JPG", "photo"),
        ("b.heic", "photo"),
        ("c.pdf", "pdf"),
        ("d.docx", "document"),
        ("e.xlsx", "document"),
        ("f.m4a", "audio"),
        ("g.amr", "audio"),
        ("h.MOV", "video"),
        ("i.bin", "other"),
        ("noext", "other"),
    ],
)
def test_media_kind_by_extension(name, kind):
    assert evidence.media_kind(name) == kind


def test_limits_give_clear_messages_and_change_nothing(site, tmp_path):
    empty = write(tmp_path / "empty.jpg", b"")
    big = write(tmp_path / "big.mp4", b"x" * 3000)
    good = write(tmp_path / "good.txt", b"fine")
    with pytest.raises(DudaoError, match="cannot be read") as missing:
        add(site, [good, tmp_path / "gone.jpg"])
    assert "gone.jpg" in str(missing.value)
    with pytest.raises(DudaoError, match="is empty"):
        add(site, [good, empty])
    with pytest.raises(DudaoError, match=r"over the limit of 0 MB") as over:
        add(site, [good, big], max_size=2000)
    assert "big.mp4" in str(over.value)
    with pytest.raises(DudaoError, match="cannot be read"):
        add(site, [tmp_path])
    assert store_files(site) == []
    assert evidence_rows(site) == 0


def test_disk_full_leaves_no_partial_file_and_no_row(site, tmp_path):
    done = write(tmp_path / "first.pdf", b"a" * 1000)
    large = write(tmp_path / "video.mp4", os.urandom(3 * 1024 * 1024 + 17))
    calls = []

    def full_after_one_chunk(handle, chunk):
        calls.append(len(chunk))
        if len(calls) > 2:  # the first file's chunk and one of the video's, then the disk fills
            raise OSError(errno.ENOSPC, "No space left on device")
        handle.write(chunk)

    with pytest.raises(StoreFullError, match="is full; nothing was stored"):
        add(site, [done, large], write=full_after_one_chunk)
    assert len(calls) == 3
    assert store_files(site) == []  # neither the half video nor the complete first file
    assert evidence_rows(site) == 0
    assert evidence_log_rows(site) == 0


def test_cancel_midway_leaves_nothing(site, tmp_path):
    small = write(tmp_path / "a.txt", b"hello")
    large = write(tmp_path / "b.wav", os.urandom(3 * 1024 * 1024))
    work = evidence.add_files(site.database, [small, large], Link(unit_id=site.unit_id))
    progress = [next(work) for _ in range(4)]
    assert progress[0] == (0, 5 + 3 * 1024 * 1024, "a.txt")
    assert progress[-1][2] == "b.wav" and 0 < progress[-1][0] < progress[-1][1]
    work.close()
    assert store_files(site) == []
    assert evidence_rows(site) == 0


def test_links_are_checked(site, tmp_path):
    other = make_problem_of_other_unit(site)
    file = write(tmp_path / "x.txt", b"x")
    with pytest.raises(DudaoError, match="belongs to another unit"):
        add(site, [file], link=Link(unit_id=site.unit_id, problem_id=other))
    with pytest.raises(DudaoError, match="does not exist"):
        add(site, [file], link=Link(unit_id=site.unit_id, item_id="no-such-item"))
    # A problem alone names its unit.
    result = add(site, [file], link=Link(problem_id=site.problem_id))
    assert evidence.get_evidence(site.database, result.evidence_ids[0]).unit_id == site.unit_id


def make_problem_of_other_unit(site) -> str:
    from dudao_desktop.model import Problem

    with site.database.session() as s:
        problem = Problem(unit_id=site.other_unit_id, year=2026, category="x", description="y")
        s.add(problem)
        s.flush()
        return problem.id


def test_list_filters_by_item_problem_kind_and_date(site, tmp_path):
    a = photo(tmp_path / "a.jpg", taken="2026:03:16 10:00:00", color="blue")
    b = photo(tmp_path / "b.jpg", taken="2026:03:17 10:00:00", color="green")
    doc = write(tmp_path / "c.docx", b"docx")
    os.utime(doc, (datetime(2026, 3, 17, 12, 0).timestamp(),) * 2)
    add(site, [a], link=Link(unit_id=site.unit_id, item_id=site.items["A01"]))
    add(site, [b, doc], link=Link(unit_id=site.unit_id, problem_id=site.problem_id))
    add(site, [doc], link=Link(unit_id=site.other_unit_id))

    def names(**filters):
        return [v.original_name for v in evidence.list_evidence(site.database, **filters)]

    assert names(unit_id=site.unit_id) == ["a.jpg", "b.jpg", "c.docx"]
    assert names(unit_id=site.unit_id, item_id=site.items["A01"]) == ["a.jpg"]
    assert names(unit_id=site.unit_id, problem_id=site.problem_id) == ["b.jpg", "c.docx"]
    assert names(unit_id=site.unit_id, kind="photo") == ["a.jpg", "b.jpg"]
    assert names(unit_id=site.unit_id, date_from=date(2026, 3, 17)) == ["b.jpg", "c.docx"]
    assert names(unit_id=site.unit_id, date_to=date(2026, 3, 16)) == ["a.jpg"]
    assert names(unit_id=site.other_unit_id) == ["c.docx"]


def test_remove_restore_and_office_purge(site, tmp_path):
    file = write(tmp_path / "note.m4a", b"audio")
    evidence_id = add(site, [file]).evidence_ids[0]
    evidence.remove(site.database, evidence_id)
    assert evidence.list_evidence(site.database, site.unit_id) == []
    removed = evidence.list_evidence(site.database, site.unit_id, deleted_only=True)
    assert [v.id for v in removed] == [evidence_id]
    assert len(store_files(site)) == 1  # a tombstone keeps the file

    evidence.restore(site.database, evidence_id)
    assert [v.id for v in evidence.list_evidence(site.database, site.unit_id)] == [evidence_id]

    evidence.remove(site.database, evidence_id)
    purged = run_to_end(evidence.purge_unreferenced(site.database))
    assert len(purged) == 1 and store_files(site) == []
    with pytest.raises(DudaoError, match="its file was purged"):
        evidence.restore(site.database, evidence_id)


def test_field_installation_may_not_purge(tmp_path):
    database = init_installation(tmp_path / "laptop", "field", "第一组", "inspector")
    try:
        with pytest.raises(DudaoError, match="Only the office"):
            run_to_end(evidence.purge_unreferenced(database))
    finally:
        database.dispose()


def test_import_camera_folder_takes_only_what_is_new(site, tmp_path):
    card = tmp_path / "card" / "DCIM" / "100CANON"
    photo(card / "IMG_0001.JPG", color="red")
    photo(card / "IMG_0002.JPG", color="blue")
    write(card / ".hidden", b"thumbs db")
    link = Link(unit_id=site.unit_id)
    first = run_to_end(import_folder(site.database, tmp_path / "card", link))
    assert (len(first.evidence_ids), first.seen_before, first.already_held) == (2, 0, 0)

    photo(card / "IMG_0003.JPG", color="green")
    (card / "copy.jpg").write_bytes((card / "IMG_0001.JPG").read_bytes())  # same content again
    write(card / "zero.jpg", b"")
    second = run_to_end(import_folder(site.database, tmp_path / "card", link))
    assert len(second.evidence_ids) == 1
    assert (second.seen_before, second.already_held) == (2, 1)
    assert len(second.problems) == 1 and "zero.jpg" in second.problems[0]
    names = sorted(v.original_name for v in evidence.list_evidence(site.database, site.unit_id))
    assert names == ["IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG"]

    third = run_to_end(import_folder(site.database, tmp_path / "card", link))
    assert third.evidence_ids == [] and third.seen_before == 4


def test_export_writes_original_names_and_a_manifest(site, tmp_path):
    one = write(tmp_path / "a" / "签到表.pdf", b"sign-in sheet")
    two = write(tmp_path / "b" / "签到表.pdf", b"another sheet")
    formula = write(tmp_path / "c" / "=cmd.txt", b"careful")
    add(
        site,
        [one],
        caption="座谈签到表",
        link=Link(unit_id=site.unit_id, item_id=site.items["A01"]),
    )
    add(site, [two, formula])
    out = tmp_path / "export"
    result = run_to_end(export_unit(site.database, site.unit_id, out))

    assert result.files == 3 and result.problems == []
    assert sorted(p.name for p in out.iterdir()) == [
        "=cmd.txt",
        "manifest.csv",
        "manifest.json",
        "签到表 (2).pdf",
        "签到表.pdf",
    ]
    assert {(out / "签到表.pdf").read_bytes(), (out / "签到表 (2).pdf").read_bytes()} == {
        b"sign-in sheet",
        b"another sheet",
    }
    with (out / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["File", "Original name", "Caption"]
    by_file = {r[0]: r for r in rows[1:]}
    # Either copy may get the plain name; the captioned one is linked to item A01.
    captioned = next(r for r in rows[1:] if r[2] == "座谈签到表")
    assert captioned[0] in ("签到表.pdf", "签到表 (2).pdf") and captioned[6] == "A01"
    assert (out / captioned[0]).read_bytes() == b"sign-in sheet"
    assert by_file["'=cmd.txt"][1] == "'=cmd.txt"  # no formula when opened in Excel
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["unit"]["name"] == "昌河市审计局"
    assert {e["sha256"] for e in manifest["evidence"]} == {
        hashlib.sha256(p.read_bytes()).hexdigest() for p in (one, two, formula)
    }
    with pytest.raises(DudaoError, match="is not empty"):
        run_to_end(export_unit(site.database, site.unit_id, out))


def test_verify_reports_missing_and_damaged_files_by_unit_and_caption(site, tmp_path):
    sound = write(tmp_path / "ok.txt", b"sound")
    lost = write(tmp_path / "lost.txt", b"will vanish")
    hurt = write(tmp_path / "hurt.txt", b"will rot")
    add(site, [sound], caption="完好")
    add(site, [lost], caption="会丢失")
    add(site, [hurt], caption="会损坏")
    digest = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (lost, hurt)}
    evidence.file_path(site.database, digest[lost]).unlink()
    evidence.file_path(site.database, digest[hurt]).write_bytes(b"bit rot")

    report = run_to_end(verify(site.database))
    text = "\n".join(report.findings)
    assert "'会丢失' of 昌河市审计局 is missing" in text
    assert "'会损坏' of 昌河市审计局 is damaged" in text
    assert "完好" not in text
    assert len(report.findings) == 2


MEMORY_PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from dudao_desktop.db.opening import open_database
    from dudao_desktop.progress import run_to_end
    from dudao_desktop.services import evidence

    database = open_database(Path(sys.argv[1]))
    unit = evidence.unit_by_code(database, sys.argv[3])
    work = evidence.add_files(
        database, [Path(sys.argv[2])], evidence.Link(unit_id=unit.id), max_size=2 * 1024**3
    )
    result = run_to_end(work)
    view = evidence.get_evidence(database, result.evidence_ids[0])
    sys.path.insert(0, sys.argv[4])
    from peak_memory import peak_rss_kb
    peak = peak_rss_kb() // 1024
    print(view.sha256, view.size, peak)
    """
)


@pytest.mark.slow
def test_one_gigabyte_file_streams_with_flat_memory(site, tmp_path):
    from evidence_site import USCC_A

    big = tmp_path / "sparse.mp4"
    with big.open("wb") as handle:
        handle.truncate(1024**3)
        handle.seek(1024**3 // 2)
        handle.write(b"middle")
    site.database.dispose()
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            MEMORY_PROBE,
            str(site.database.data_dir),
            str(big),
            USCC_A,
            str(Path(__file__).resolve().parents[1]),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    sha, size, peak_mb = probe.stdout.split()
    print(f"peak RSS while adding a 1 GB file: {peak_mb} MB")
    expected = subprocess.run(
        ["sha256sum", str(big)], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    assert sha == expected
    assert int(size) == 1024**3
    assert int(peak_mb) < 200
    stored = evidence.file_path(site.database, sha)
    assert stored.stat().st_size == 1024**3
    stored.unlink()  # a real gigabyte on disk: do not leave it in pytest's kept temp dirs
    big.unlink()
