"""The base ``dudao`` commands in subprocesses: init, demo, info, verify, backup, restore."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from dudao_desktop.db.blobs import BlobStore
from dudao_desktop.db.opening import open_database
from dudao_desktop.model import Evidence
from dudao_desktop.paths import database_path


def dudao(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def cli_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo campaign built once for this module through ``dudao demo`` itself."""
    directory = tmp_path_factory.mktemp("cli-demo") / "data"
    result = dudao(directory, "demo")
    assert result.returncode == 0, result.stderr
    assert "420 units" in result.stdout
    return directory


@pytest.fixture
def demo_copy(cli_demo: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(cli_demo, tmp_path / "copy"))


def info(data_dir: Path) -> dict:
    result = dudao(data_dir, "info", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_init_creates_an_installation(tmp_path: Path):
    data = tmp_path / "office"
    result = dudao(data, "init", "--role", "office", "--name", "某某市委编办", "--user", "张三")
    assert result.returncode == 0, result.stderr
    assert database_path(data).is_file()
    facts = info(data)
    assert facts["role"] == "office"
    assert facts["name"] == "某某市委编办"
    assert facts["user"] == "张三"
    assert facts["schema_revision"]
    assert facts["counts"]["unit"] == 0

    again = dudao(data, "init", "--role", "field", "--name", "第一组")
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0
    assert "already holds an installation" in again.stderr


def test_demo_and_info_report_the_campaign(cli_demo: Path):
    counts = info(cli_demo)["counts"]
    assert counts["unit"] == 420 + 3  # the campaign's units and three revoked this year
    assert counts["inspector"] == 30
    assert counts["inspection_group"] == 5
    assert counts["checklist_item"] >= 40
    text = dudao(cli_demo, "info")
    assert text.returncode == 0 and "office" in text.stdout


def test_verify_passes_on_a_good_database(demo_copy: Path):
    result = dudao(demo_copy, "verify")
    assert result.returncode == 0, result.stderr
    assert "sound" in result.stdout


def test_verify_fails_clearly_on_a_damaged_file(demo_copy: Path):
    path = database_path(demo_copy)
    size = path.stat().st_size
    with path.open("r+b") as handle:  # scribble over the middle of a b-tree page
        handle.seek(size // 2 // 4096 * 4096 + 100)
        handle.write(b"\xde\xad\xbe\xef" * 512)
    result = dudao(demo_copy, "verify", "--quick")
    assert result.returncode == 1
    assert "Database structure" in result.stdout
    assert result.stderr.strip().count("\n") == 0
    assert "problems found" in result.stderr


def test_verify_fails_clearly_when_an_evidence_file_is_missing(demo_copy: Path, tmp_path: Path):
    database = open_database(demo_copy)
    try:
        store = BlobStore(database.evidence_dir)
        source = tmp_path / "会议纪要.txt"
        source.write_bytes("党组会议纪要：研究机构编制事项。".encode())
        with source.open("rb") as handle:
            sha, size = store.put_stream(handle)
        with database.session() as s:
            s.add(
                Evidence(
                    id=str(uuid.uuid4()),
                    sha256=sha,
                    size=size,
                    original_name=source.name,
                    caption="党组会议纪要",
                )
            )
    finally:
        database.dispose()
    assert dudao(demo_copy, "verify").returncode == 0
    store.path_for(sha).unlink()
    result = dudao(demo_copy, "verify")
    assert result.returncode == 1
    assert "党组会议纪要" in result.stdout and "missing" in result.stdout
    assert result.stderr.strip().count("\n") == 0


def test_backup_and_restore(demo_copy: Path, tmp_path: Path):
    backup = tmp_path / "backup.sqlite3"
    result = dudao(demo_copy, "backup", "--out", str(backup))
    assert result.returncode == 0, result.stderr
    assert backup.is_file()
    again = dudao(demo_copy, "backup", "--out", str(backup))
    assert again.returncode == 1 and "already exists" in again.stderr

    elsewhere = tmp_path / "restored"
    elsewhere.mkdir()
    restored = dudao(elsewhere, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert info(elsewhere)["counts"]["unit"] == 423

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    refused = dudao(elsewhere, "restore", str(broken))
    assert refused.returncode == 1
    assert "broken.sqlite3" in refused.stderr
    assert info(elsewhere)["counts"]["unit"] == 423


def test_user_error_exits_1_with_one_line(tmp_path: Path):
    result = dudao(tmp_path / "data", "restore", str(tmp_path / "missing.sqlite3"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing.sqlite3 does not exist" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [[], ["init", "--role", "boss", "--name", "x"], ["no-such"]])
def test_usage_error_exits_2(tmp_path: Path, args: list[str]):
    result = dudao(tmp_path / "data", *args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
