"""``dudao vocabulary`` and an old ledger with the office's own category, through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from plan_fixtures import make_uscc


def dudao(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dudao_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def test_office_adds_a_category_then_its_old_ledger_imports(tmp_path):
    data = tmp_path / "office"
    assert dudao(data, "init", "--role", "office", "--name", "昌河市委编办").returncode == 0
    book = Workbook()
    sheet = book.active
    sheet.append(["单位名称", "统一社会信用代码", "单位类别"])
    sheet.append(["昌河市自然资源局", make_uscc(1), "政府工作部门"])
    roster = tmp_path / "roster.xlsx"
    book.save(roster)
    assert dudao(data, "roster", "import", str(roster)).returncode == 0, "roster"
    ledger = tmp_path / "2017年问题台账.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["单位名称", "问题类型", "问题描述", "整改时限"])
    sheet.append(["昌河市自然资源局", "吃空饷", "2人长期不在岗", "2017.12.31"])
    book.save(ledger)
    refused = dudao(data, "ledger", "import", "problems", str(ledger))
    assert refused.returncode == 1
    assert "吃空饷" in refused.stderr and "row 2" in refused.stderr
    assert "dudao vocabulary add problem_category" in refused.stderr
    assert dudao(data, "vocabulary", "add", "problem_category", "吃空饷").returncode == 0
    assert dudao(data, "ledger", "import", "problems", str(ledger)).returncode == 0
    listed = json.loads(dudao(data, "vocabulary", "list", "problem_category", "--json").stdout)
    assert {"key": "吃空饷", "name": "吃空饷", "builtin": False, "retired": False} in listed
    assert dudao(data, "vocabulary", "retire", "problem_category", "吃空饷").returncode == 0
    listed = json.loads(dudao(data, "vocabulary", "list", "problem_category", "--json").stdout)
    assert {"key": "吃空饷", "name": "吃空饷", "builtin": False, "retired": True} in listed
    wrong = dudao(data, "vocabulary", "rename", "problem_category", "没有这个", "新名")
    assert wrong.returncode == 1 and "not an entry" in wrong.stderr
