"""A workbook of millions of cells is refused before it is loaded, naming the file."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook

from dudao_desktop.errors import DudaoError
from dudao_desktop.services.xlsx_input import open_workbook


def test_millions_of_cells_are_refused_early(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["单位名称", "统一社会信用代码"])
    sheet.cell(row=1_048_576, column=12, value="合计")  # a stray cell at the bottom
    path = tmp_path / "花名册.xlsx"
    book.save(path)
    tracemalloc.start()
    with pytest.raises(DudaoError, match="too large to import") as refused:
        open_workbook(path)
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "花名册.xlsx" in str(refused.value) and "12,582,912" in str(refused.value)
    assert peak < 5 * 1024 * 1024


def test_an_ordinary_workbook_still_opens(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["单位名称", "编制数"])
    book.active.append(["昌邑市机构编制委员会办公室", 12])
    path = tmp_path / "ok.xlsx"
    book.save(path)
    assert open_workbook(path).active["A2"].value == "昌邑市机构编制委员会办公室"
