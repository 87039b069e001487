"""``dudao documents``: 版头 settings, document number counters, fonts; letters issued with
their numbers from the command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pdfplumber
from reportlab.pdfbase.ttfonts import TTFont

from dudao_desktop.paths import resource


def dudao(data_dir, *args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "DUDAO_LANG": "en", **(env or {})},
        timeout=300,
    )


def test_settings_counters_and_numbered_report(demo_dir, tmp_path):
    result = dudao(
        demo_dir,
        "documents",
        "settings",
        "--mark",
        "中共昌河市委机构编制委员会办公室",
        "--copies-to",
        "市委组织部、市财政局",
        "--contact",
        "李明",
        "--phone",
        "0536-7212345",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["copies_to"] == "市委组织部、市财政局"
    result = dudao(
        demo_dir,
        "documents",
        "set-number",
        "report",
        "--year",
        "2026",
        "--prefix",
        "昌编督",
        "--next",
        "7",
    )
    assert result.returncode == 0 and "昌编督〔2026〕7号" in result.stdout
    assert dudao(demo_dir, "documents", "issue-report").stdout.strip() == "昌编督〔2026〕7号"
    # Issued once: asking again gives the same number; the counter moved on.
    assert dudao(demo_dir, "documents", "issue-report").stdout.strip() == "昌编督〔2026〕7号"
    numbers = json.loads(dudao(demo_dir, "documents", "numbers", "--year", "2026", "--json").stdout)
    report = next(c for c in numbers["counters"] if c["kind"] == "report")
    assert report["next_number"] == "昌编督〔2026〕8号"
    assert [d["number"] for d in numbers["issued"]] == ["昌编督〔2026〕7号"]
    # Never back onto an issued number: a clear error, nothing changed.
    result = dudao(demo_dir, "documents", "set-number", "report", "--year", "2026", "--next", "7")
    assert result.returncode == 1 and "already issued" in result.stderr
    pdf = tmp_path / "report.pdf"
    assert dudao(demo_dir, "report", "campaign", "--out", str(pdf)).returncode == 0
    with pdfplumber.open(pdf) as document:
        first = document.pages[0]
        text = "".join(c["text"] for c in first.chars)
        assert "昌编督〔2026〕7号" in text and "中共昌河市委机构编制委员会办公室" in text
        last = "".join(c["text"] for c in document.pages[-1].chars)
        assert "抄送：市委组织部、市财政局。" in last


def test_font_dir_option_uses_the_office_fonts(demo_dir, tmp_path):
    """An office font folder (here a Kai font under its Windows name) is used for its face and
    no longer reported as a stand-in."""
    office_fonts = tmp_path / "fonts"
    office_fonts.mkdir()
    shutil.copy(resource("fonts", "gkai00mp.ttf"), office_fonts / "simkai.ttf")
    result = dudao(demo_dir, "--font-dir", str(office_fonts), "documents", "fonts", "--json")
    faces = {f["face"]: f for f in json.loads(result.stdout)}
    assert faces["kaiti"]["office_font"] and Path(faces["kaiti"]["file"]).name == "simkai.ttf"
    result = dudao(
        demo_dir, "documents", "fonts", "--json", env={"DUDAO_FONT_DIR": str(office_fonts)}
    )
    assert {f["face"]: f for f in json.loads(result.stdout)}["kaiti"]["office_font"]
    assert TTFont("probe", str(office_fonts / "simkai.ttf"))  # a font reportlab can embed
