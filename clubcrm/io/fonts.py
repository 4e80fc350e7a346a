"""The one CJK font the app embeds in everything it prints.

A PDF or printout that relies on the reader's fonts shows Chinese as empty
boxes on a machine without Chinese fonts, and reportlab's built-in
`STSong-Light` is never embedded; so receipts, reports and charts all embed
WenQuanYi Micro Hei from `resources/fonts` (TrueType outlines, which
reportlab can embed; see resources/fonts/README.md).
"""

from __future__ import annotations

import functools
from pathlib import Path

from clubcrm import paths

FONT_FILE = "fonts/wqy-microhei.ttc"
FAMILY = "WenQuanYi Micro Hei"  # the family Qt and matplotlib know it by, once added
FACE_INDEX = 0  # the proportional face; index 1 is the monospaced one
PDF_FONT = "WenQuanYiMicroHei"


def font_path() -> Path:
    """The bundled font file, from a source checkout or a PyInstaller build."""
    return paths.resource(FONT_FILE)


@functools.cache
def pdf_font() -> str:
    """Register the font with reportlab on first use; the name to pass to `setFont`.

    Registering parses the 5 MB file (~0.2 s), so it happens once per process.
    """
    # Imported on use: reportlab costs start-up time every session would pay.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(font_path()), subfontIndex=FACE_INDEX))
    return PDF_FONT
