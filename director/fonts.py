"""Fonts for text drawn into pictures (subtitles, labels, slates, storyboard captions).

The first choice is Noto Sans CJK from the ``noto-cjk-sans-otc`` package (a core dependency, SIL
Open Font License): it covers Latin, Greek, Cyrillic, Chinese, Japanese and Korean, so a Chinese
subtitle renders as characters on any machine without a system font package. System fonts are a
fallback for an install without it, and Pillow's built-in font the last resort.

Text in a script that font lacks is drawn with a font for that script, also from the package
registry (OFL): Noto Sans Arabic, Devanagari and Thai (``fontpkg-noto-sans-*``), and DejaVu Sans,
which matplotlib ships, for Hebrew, Armenian and Georgian. Each of them has Latin letters too, so
a speaker's Latin name and their Arabic line share one font. Pillow shapes and orders the text
(raqm) where its build has it, as the PyPI wheels do.
"""

from __future__ import annotations

import functools
import importlib
import shutil
import subprocess
from pathlib import Path

from PIL import ImageFont

_SYSTEM_CJK = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)
_SYSTEM_LATIN = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


def packaged_cjk_font() -> str | None:
    """Path of the Noto Sans CJK collection installed with the ``noto-cjk-sans-otc`` package."""
    try:
        import noto_cjk_sans_otc
    except ImportError:
        return None
    path = Path(str(noto_cjk_sans_otc.FONT_PATH))
    return str(path) if path.is_file() else None


def _fc_list_cjk() -> str | None:
    if not shutil.which("fc-list"):
        return None
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True,
                             timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
    return files[0] if files else None


@functools.lru_cache(maxsize=1)
def font_path() -> str | None:
    """The best font file here: CJK-capable first, then a Latin sans; None for Pillow's own."""
    packaged = packaged_cjk_font()
    if packaged:
        return packaged
    for path in _SYSTEM_CJK:
        if Path(path).is_file():
            return path
    found = _fc_list_cjk()
    if found:
        return found
    return next((p for p in _SYSTEM_LATIN if Path(p).is_file()), None)


# Scripts the CJK font has no letters for: (code point ranges, packages whose font draws them).
# A "matplotlib" entry is its bundled DejaVu Sans.
_SCRIPT_FONTS: tuple[tuple[tuple[tuple[int, int], ...], str], ...] = (
    (((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
     "fontpkg_noto_sans_arabic"),
    (((0x0900, 0x097F), (0xA8E0, 0xA8FF)), "fontpkg_noto_sans_devanagari"),
    (((0x0E00, 0x0E7F),), "fontpkg_noto_sans_thai"),
    (((0x0590, 0x05FF), (0xFB1D, 0xFB4F), (0x0530, 0x058F), (0x10A0, 0x10FF)), "matplotlib"),
)


@functools.lru_cache(maxsize=None)
def _package_font(package: str) -> str | None:
    """The font file a package ships, or None when it is not installed."""
    try:
        module = importlib.import_module(package)
    except ImportError:
        return None
    if package == "matplotlib":
        path = Path(module.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        return str(path) if path.is_file() else None
    files = sorted((Path(module.ROOT) / "files").glob("*.[ot]tf"))
    return str(files[0]) if files else None


def script_font_path(text: str) -> str | None:
    """The font for a text whose letters the CJK font lacks (Arabic, Hebrew, Devanagari, Thai...),
    by the first such letter; None when the default font draws it all."""
    for ch in text:
        code = ord(ch)
        if code < 0x0530 or 0x2E80 <= code <= 0xD7FF:
            continue  # Latin, Greek, Cyrillic, CJK, kana, Hangul: the default font has them
        for ranges, package in _SCRIPT_FONTS:
            if any(low <= code <= high for low, high in ranges):
                path = _package_font(package)
                if path:
                    return path
    return None


def font(size: int, text: str = "") -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font of ``size`` pixels that draws ``text``: the default (CJK-capable) one, or one made
    for the text's script when the default has no letters for it."""
    path = script_font_path(text) if text else None
    return _script_font(max(6, int(size)), path) if path else _default_font(max(6, int(size)))


@functools.lru_cache(maxsize=64)
def _script_font(size: int, path: str) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return _default_font(size)


@functools.lru_cache(maxsize=64)
def _default_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font of ``size`` pixels (the Simplified Chinese face of a CJK collection), falling back
    to Pillow's built-in one."""
    path = font_path()
    if path:
        try:
            # Face 2 of Noto Sans CJK's collection is SC (Simplified Chinese); other files have one.
            index = 2 if path.endswith("NotoSansCJK-Regular.ttc") else 0
            return ImageFont.truetype(path, size, index=index)
        except OSError:
            try:
                return ImageFont.truetype(path, size)
            except OSError:
                pass
    return ImageFont.load_default(size=size)
