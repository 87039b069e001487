"""A workbook of too many cells is refused before it is loaded whole, naming the file and
sheet; a stray cell far down a small sheet does not make it "too large"."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook

from dudao_desktop.documents.sheet_reader import ImportWorkbook
from dudao_desktop.errors import DudaoError


def test_a_sheet_over_the_cell_limit_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("名册")
    sheet.append(["单位名称", "统一社会信用代码"])
    for index in range(3_000):
        sheet.append([f"单位{index}", index, index, index, index])
    path = tmp_path / "花名册.xlsx"
    book.save(path)
    tracemalloc.start()
    with pytest.raises(DudaoError) as refused:
        ImportWorkbook(path, max_cells=10_000)
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "花名册.xlsx" in str(refused.value) and "名册" in str(refused.value)
    assert peak < 20 * 1024 * 1024


def test_a_stray_cell_at_the_bottom_does_not_refuse_a_small_sheet(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["单位名称", "编制数"])
    book.active.append(["昌邑市机构编制委员会办公室", 12])
    book.active.cell(row=200_000, column=12, value="合计")
    path = tmp_path / "ok.xlsx"
    book.save(path)
    with ImportWorkbook(path, max_cells=10_000) as opened:
        assert opened.sheet()["A2"].value == "昌邑市机构编制委员会办公室"
