"""The campaign plan through the CLI: pool import/export, create, draw, redraw, assign,
spot check, print."""

from __future__ import annotations

import json
import subprocess
import sys

from openpyxl import Workbook
from pypdf import PdfReader


def dudao(data_dir, *args, ok=True):
    result = subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def pool_book(path, count=9, leaders=3):
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Department", "Post", "Phone", "Expertise", "Leadership member"])
    areas = ["放管服改革", "行政体制改革", "机构编制管理", "事业单位监管"]
    for i in range(count):
        tags = f"{areas[i % 4]}、{areas[(i + 1) % 4]}"
        ws.append([f"督导员{i:02d}", "编办", "科员", "", tags, "是" if i < leaders else "否"])
    wb.save(path)
    return path


def test_campaign_flow(tmp_path):
    d = tmp_path / "data"
    dudao(d, "init", "--role", "office", "--name", "昌河市委编办", "--user", "综合科")
    dudao(
        d,
        "campaign",
        "create",
        "--name",
        "2026年大督导",
        "--year",
        "2026",
        "--start",
        "2026-03-01",
        "--end",
        "2026-09-30",
    )
    assert "2026年大督导" in dudao(d, "campaign", "list").stdout
    out = dudao(d, "inspectors", "import", str(pool_book(tmp_path / "pool.xlsx"))).stdout
    assert "9 inspectors added" in out

    refused = dudao(d, "campaign", "draw", "--groups", "5", "--members", "1", ok=False)
    assert refused.returncode == 1
    assert "only 3 leadership members for 5 groups" in refused.stderr

    first = json.loads(
        dudao(d, "campaign", "draw", "--groups", "3", "--members", "2", "--json").stdout
    )
    again = dudao(
        d, "campaign", "draw", "--groups", "3", "--members", "2", "--seed", first["seed"], ok=False
    )
    assert again.returncode == 1 and "needs a reason" in again.stderr
    second = json.loads(
        dudao(
            d,
            "campaign",
            "draw",
            "--groups",
            "3",
            "--members",
            "2",
            "--seed",
            first["seed"],
            "--reason",
            "复核",
            "--json",
        ).stdout
    )
    assert second["groups"] == first["groups"]

    show = json.loads(dudao(d, "campaign", "show", "--json").stdout)
    assert [r["superseded"] for r in show["draws"]] == [False, True]
    assert len(show["groups"]) == 3

    assert "0 units assigned" in dudao(d, "campaign", "assign").stdout  # no units yet
    no_units = dudao(d, "campaign", "spotcheck", "--share", "0.2", ok=False)
    assert "assign units first" in no_units.stderr

    roster = tmp_path / "roster.pdf"
    dudao(d, "print", "roster", "--out", str(roster))
    text = "".join(p.extract_text() for p in PdfReader(roster).pages)
    for group in first["groups"]:
        assert group["leader"]["name"] in text
    dudao(d, "print", "plan", "--out", str(tmp_path / "plan.xlsx"))
    assert (tmp_path / "plan.xlsx").is_file()
    dudao(d, "inspectors", "export", str(tmp_path / "out.xlsx"))
    assert (tmp_path / "out.xlsx").is_file()


def test_demo_assign_and_spotcheck(tmp_path):
    d = tmp_path / "demo"
    dudao(d, "demo", "--units", "30")
    out = dudao(d, "campaign", "spotcheck", "--share", "0.2", "--seed", "42").stdout
    assert "6 of 30 units picked" in out
    show = json.loads(dudao(d, "campaign", "show", "--json").stdout)
    assert sum(len(g["spot_check"]) for g in show["groups"]) == 6
