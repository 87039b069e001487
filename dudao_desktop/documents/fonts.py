"""Fonts of the printed documents, registered with reportlab.

Two families of fonts:

* :data:`FONT` / :data:`FONT_BOLD`: the bundled WenQuanYi Micro Hei, for forms, lists and
  ledgers (one face, no bold cut; ``<b>`` maps to the same face).
* the five *faces* of official documents (公文, GB/T 9704-2012): 仿宋 for the body, 小标宋 for
  the title and the 发文机关标志, 黑体 for level-1 headings, 楷体 for level-2 headings and 宋体
  for page numbers. :func:`face` finds the office's own font for each (a file chosen in the
  settings, then a font folder given with ``--font-dir``, ``DUDAO_FONT_DIR`` or the settings,
  then the system's font folders, by the names Windows and Linux give them); where none is
  present a bundled free font of the same style stands in (Song: AR PL SungtiL GB, Kai:
  AR PL KaitiM GB, Hei: WenQuanYi Micro Hei) and :func:`stand_ins` says so.

reportlab embeds a subset of every TrueType font it draws with, so the PDFs render on
machines without Chinese fonts. PostScript-outline fonts (most ``.otf``) cannot be embedded
by reportlab and are skipped.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..paths import resource

FONT = "WenQuanYi"
FONT_BOLD = "WenQuanYi-Bold"
FONT_FILE = ("fonts", "wqy-microhei.ttc")
FONT_DIR_ENV = "DUDAO_FONT_DIR"

#: The faces of official documents and their Chinese names (for the stand-in notice).
FACES = {
    "fangsong": "仿宋",
    "xiaobiaosong": "小标宋",
    "heiti": "黑体",
    "kaiti": "楷体",
    "songti": "宋体",
}
#: File names (stem, lower case) of each face as Windows, WPS, founder and Linux ship them.
_PROPER = {
    "fangsong": r"仿宋|fangsong|simfang|^fs_?gb2312|^fzfs|stfangso",
    "xiaobiaosong": r"小标宋|xiaobiaosong|^fzxbs",
    "heiti": r"黑体|^simhei|heiti|^fzht|^fzhei|stheiti",
    "kaiti": r"楷体|kaiti|^simkai|^fzkt|stkaiti",
    "songti": r"^n?simsun|^宋体|songti|^stsong|^fzss",
}
#: Free fonts of the right style that a Linux system may have (still a stand-in).
_STYLE = {
    "fangsong": r"^uming|^gbsn00lp",
    "xiaobiaosong": r"^uming|^gbsn00lp",
    "heiti": r"^wqy-(micro|zen)hei|droidsansfallback",
    "kaiti": r"^ukai|^gkai00mp",
    "songti": r"^uming|^gbsn00lp",
}
_BUNDLED = {
    "fangsong": ("gbsn00lp.ttf", "AR PL SungtiL GB"),
    "xiaobiaosong": ("gbsn00lp.ttf", "AR PL SungtiL GB"),
    "heiti": ("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    "kaiti": ("gkai00mp.ttf", "AR PL KaitiM GB"),
    "songti": ("gbsn00lp.ttf", "AR PL SungtiL GB"),
}
_FONT_SUFFIXES = (".ttf", ".ttc")

_lock = threading.RLock()
_settings: dict[str, object] = {"font_dir": None, "files": {}}
_faces: dict[str, Face] = {}
_by_path: dict[tuple[str, int], str] = {}


@dataclass(frozen=True)
class Face:
    """The font that prints one face: its reportlab name, file and whether it is the
    office's own face (``proper``) or a stand-in of the same style."""

    role: str
    name: str
    path: Path
    family: str
    proper: bool
    bundled: bool

    def has(self, char: str) -> bool:
        return ord(char) in pdfmetrics.getFont(self.name).face.charToGlyph

    def notice(self) -> str:
        """One Chinese line: "正文仿宋：以 AR PL SungtiL GB（内置）代替"."""
        where = "（内置）" if self.bundled else f"（{self.path.name}）"
        return f"{FACES[self.role]}：以 {self.family}{where}代替"


def register_fonts() -> str:
    """Register the bundled font (idempotent, thread-safe) and return its name."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if FONT in registered and FONT_BOLD in registered:
            return FONT
        path = str(resource(*FONT_FILE))
        pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=0))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, path, subfontIndex=0))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        return FONT


def configure(
    font_dir: str | os.PathLike | None = None, files: dict[str, str] | None = None
) -> None:
    """Set where the office's fonts are: a folder to search first and/or one file per face
    (keys of :data:`FACES`). Faces are looked up again on next use."""
    unknown = set(files or {}) - set(FACES)
    if unknown:
        raise ValueError(f"unknown font faces: {sorted(unknown)}")
    with _lock:
        _settings["font_dir"] = Path(font_dir).expanduser() if font_dir else None
        _settings["files"] = {k: Path(v).expanduser() for k, v in (files or {}).items() if v}
        _faces.clear()


def system_font_dirs() -> list[Path]:
    """The folders where Windows, Linux and macOS keep fonts (those that exist)."""
    home = Path.home()
    candidates: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        candidates += [Path(windir) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            candidates.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        candidates += [
            home / "Library/Fonts",
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts"),
        ]
    else:
        candidates += [
            home / ".local/share/fonts",
            home / ".fonts",
            Path("/usr/local/share/fonts"),
            Path("/usr/share/fonts"),
        ]
    return [path for path in candidates if path.is_dir()]


def _font_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, _dirs, names in os.walk(folder):
        found += [Path(root) / n for n in sorted(names) if n.lower().endswith(_FONT_SUFFIXES)]
    return found


def _register(path: Path) -> str | None:
    """Register ``path`` (first face of a collection) once; ``None`` if reportlab cannot
    embed it (PostScript outlines, broken file)."""
    key = (str(path), 0)
    if key in _by_path:
        return _by_path[key]
    name = f"DudaoFace{len(_by_path)}"
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError, KeyError):
        return None
    _by_path[key] = name
    return name


def _family(name: str) -> str:
    face = pdfmetrics.getFont(name).face
    raw = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    return raw


def _search_folders() -> list[Path]:
    chosen = _settings["font_dir"] or os.environ.get(FONT_DIR_ENV) or None
    folders = [Path(chosen).expanduser()] if chosen else []
    return [*[f for f in folders if f.is_dir()], *system_font_dirs()]


def _find(role: str) -> Face:
    chosen = _settings["files"].get(role)  # type: ignore[union-attr]
    if chosen is not None and Path(chosen).is_file():
        name = _register(Path(chosen))
        if name:
            return Face(role, name, Path(chosen), _family(name), True, False)
    files = [f for folder in _search_folders() for f in _font_files(folder)]
    for pattern, proper in ((_PROPER[role], True), (_STYLE[role], False)):
        for path in files:
            if re.search(pattern, path.stem.lower()):
                name = _register(path)
                if name:
                    return Face(role, name, path, _family(name), proper, False)
    file_name, family = _BUNDLED[role]
    path = resource("fonts", file_name)
    name = _register(path)
    if name is None:
        raise RuntimeError(f"the bundled font {path} cannot be read")
    return Face(role, name, path, family, False, True)


def face(role: str) -> Face:
    """The font that prints ``role`` (a key of :data:`FACES`), found once per configuration."""
    if role not in FACES:
        raise ValueError(f"unknown font face {role!r}")
    with _lock:
        if role not in _faces:
            _faces[role] = _find(role)
        return _faces[role]


def stand_ins(roles: tuple[str, ...] = tuple(FACES)) -> list[str]:
    """One line per face printed with a stand-in font (empty when the office's fonts were
    all found)."""
    return [face(role).notice() for role in roles if not face(role).proper]
