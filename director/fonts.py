"""Fonts for text drawn into pictures (subtitles, labels, slates, storyboard captions).

The first choice is Noto Sans CJK from the ``noto-cjk-sans-otc`` package (a core dependency, SIL
Open Font License): it covers Latin, Chinese, Japanese and Korean, so a Chinese subtitle renders
as characters on any machine without a system font package. System fonts are a fallback for an
install without it, and Pillow's built-in font the last resort.
"""

from __future__ import annotations

import functools
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


@functools.lru_cache(maxsize=64)
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font of ``size`` pixels (the Simplified Chinese face of a CJK collection), falling back
    to Pillow's built-in one."""
    size = max(6, int(size))
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
