"""``dudao evidence add/list/export/remove/restore`` and ``dudao verify`` in subprocesses."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dudao_desktop.db.opening import open_database

USCC = "11370799MB0000001X"


def dudao(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
    )


@pytest.fixture
def office(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert (
        dudao(data, "init", "--role", "office", "--name", "编办", "--user", "clerk").returncode == 0
    )
    database = open_database(data)
    try:
        # The same small site the unit tests use (template, campaign, inspection, a unit).
        sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
        from evidence_site import make_site

        make_site(database)
    finally:
        database.dispose()
    return data


def test_add_list_export_and_verify(office: Path, tmp_path: Path):
    photo = tmp_path / "门牌.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg but bytes")
    sheet = tmp_path / "scans" / "签到表.pdf"
    sheet.parent.mkdir()
    sheet.write_bytes(b"%PDF-1.4 sign-in")

    added = dudao(office, "evidence", "add", "--unit", USCC, "--item", "a01", photo, sheet.parent)
    assert added.returncode == 0, added.stderr
    assert "Added 2 files (2 new to the store, 0 already stored)" in added.stdout
    again = dudao(office, "evidence", "add", "--unit", USCC, "--caption", "复核", photo)
    assert "Added 1 files (0 new to the store, 1 already stored)" in again.stdout
    new_id = again.stdout.split()[-1]

    listed = dudao(office, "evidence", "list", "--unit", USCC, "--json")
    rows = json.loads(listed.stdout)
    assert sorted((r["original_name"], r["item_code"], r["caption"]) for r in rows) == [
        ("签到表.pdf", "A01", ""),
        ("门牌.jpg", "", "复核"),
        ("门牌.jpg", "A01", ""),
    ]
    only_item = dudao(office, "evidence", "list", "--unit", USCC, "--item", "A01")
    assert "2 evidence files" in only_item.stdout

    assert dudao(office, "evidence", "remove", new_id).returncode == 0
    removed = dudao(office, "evidence", "list", "--unit", USCC, "--removed")
    assert "1 evidence files" in removed.stdout and new_id in removed.stdout

    out = tmp_path / "export"
    exported = dudao(office, "evidence", "export", "--unit", USCC, "--out", out)
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.csv",
        "manifest.json",
        "签到表.pdf",
        "门牌.jpg",
    ]
    assert (out / "签到表.pdf").read_bytes() == sheet.read_bytes()
    with (out / "manifest.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 3

    assert dudao(office, "verify").returncode == 0
    digest = hashlib.sha256(sheet.read_bytes()).hexdigest()
    (office / "evidence" / digest[:2] / digest).write_bytes(b"tampered")
    checked = dudao(office, "verify")
    assert checked.returncode == 1
    assert "Evidence '签到表.pdf' of 昌河市审计局 is damaged" in checked.stdout


def test_errors_are_one_clear_line(office: Path, tmp_path: Path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    result = dudao(office, "evidence", "add", "--unit", USCC, empty)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"dudao: {empty} is empty (0 bytes); there is nothing to keep."
    ]

    big = tmp_path / "big.mp4"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    too_big = dudao(office, "evidence", "add", "--unit", USCC, "--max-size", "1", big)
    assert too_big.returncode == 1 and "over the limit of 1 MB" in too_big.stderr

    unknown = dudao(office, "evidence", "list", "--unit", "123")
    assert unknown.returncode == 1 and "No unit has the code 123" in unknown.stderr
    no_item = dudao(office, "evidence", "add", "--unit", USCC, "--item", "Z99", big)
    assert no_item.returncode == 1 and "no item Z99" in no_item.stderr
    assert dudao(office, "evidence", "add", "--unit", USCC).returncode == 2
    assert "0 evidence files" in dudao(office, "evidence", "list", "--unit", USCC).stdout
