"""Scanned, filled check forms filed as evidence of their unit, by the QR code on each page.

A scanner gives PDFs (one image per page) or image files; each page's QR code (written by
:mod:`dudao_desktop.documents.check_form`) says campaign, unit and page. Recognised pages
are stored as the unit's evidence, captioned "现场核查表扫描件（第 x 页，共 y 页）"; pages
without a readable code, or of another campaign or an unknown unit, are reported and left
alone.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from ..db.engine import Database
from ..documents.check_form import FormPage, parse_qr
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import Unit
from ..progress import ProgressGenerator
from .evidence import Link, add_files

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")
RENDER_SCALE = 200 / 72  # a scanned page rendered at 200 dpi reads reliably
CAPTION = "现场核查表扫描件（第{page}页，共{total}页）"
NOT_A_SCAN = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not a PDF or an image; scan the forms to PDF, PNG, JPEG or TIFF."
)


@dataclass
class ScanReport:
    filed: list[tuple[str, str, int, int]] = field(default_factory=list)  # source, unit, page, of
    unrecognised: list[str] = field(default_factory=list)  # "file p. 3: why"


def read_form_page(image: Image.Image) -> FormPage | None:
    """The check-form page a scanned image shows, from its QR code (``None`` if none)."""
    import zxingcpp

    for result in zxingcpp.read_barcodes(image.convert("L")):
        page = parse_qr(result.text)
        if page is not None:
            return page
    return None


def _pages(path: Path) -> list[tuple[str, Image.Image, bool]]:
    """(label, image, is_the_file_itself) for every page of a scan."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdfium2

        document = pypdfium2.PdfDocument(str(path))
        try:
            return [
                (f"{path.name} p. {index + 1}", page.render(scale=RENDER_SCALE).to_pil(), False)
                for index, page in enumerate(document)
            ]
        finally:
            document.close()
    if suffix in IMAGE_SUFFIXES:
        with Image.open(path) as image:
            image.load()
            return [(path.name, image.copy(), True)]
    raise DudaoError(NOT_A_SCAN, file=str(path))


def file_scanned_forms(
    database: Database, paths: list[Path], campaign_id: str
) -> ProgressGenerator[ScanReport]:
    """Read every page of ``paths`` and file the recognised ones as their unit's evidence."""
    report = ScanReport()
    by_unit: dict[str, list[tuple[Path, FormPage, str]]] = {}
    with tempfile.TemporaryDirectory(prefix="dudao-scans-") as tmp:
        for done, path in enumerate(paths):
            yield done, len(paths) + 1, Path(path).name
            for label, image, whole_file in _pages(Path(path)):
                page = read_form_page(image)
                if page is None:
                    report.unrecognised.append(f"{label}: 未识别到核查表二维码")
                    continue
                if page.campaign_id != campaign_id:
                    report.unrecognised.append(f"{label}: 不是本次督导活动的核查表")
                    continue
                source = Path(path)
                if not whole_file:
                    source = Path(tmp) / f"{Path(path).stem}-{len(report.filed) + 1}.png"
                    image.save(source)
                by_unit.setdefault(page.unit_id, []).append((source, page, label))
        with database.Session() as s:
            names = {uid: s.get(Unit, uid) for uid in by_unit}
        for unit_id, pages in by_unit.items():
            unit = names[unit_id]
            if unit is None or unit.deleted:
                report.unrecognised += [f"{label}: 单位不在名册中" for _s, _p, label in pages]
                continue
            for source, page, label in pages:
                yield from add_files(
                    database,
                    [source],
                    Link(unit_id=unit_id),
                    caption=CAPTION.format(page=page.page, total=page.total),
                )
                report.filed.append((label, unit.name, page.page, page.total))
    yield len(paths) + 1, len(paths) + 1, ""
    return report
