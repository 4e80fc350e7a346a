"""Translation inside the GUI, through Qt's translators.

Every message lives in the one context "clubcrm" so that the GUI (.qm) and
the CLI (`clubcrm.i18n`, reading the .ts) share each translation. `tr` is
always called with a literal string, which the extractor collects; labels
and error templates marked elsewhere with `N_` go through `tr_label` and
`describe`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clubcrm import paths
from clubcrm.domain.errors import ClubError

log = logging.getLogger("clubcrm.ui")

# A name, not a literal: the extractor would otherwise collect "clubcrm" as a message.
CONTEXT = "clubcrm"


def tr(text: str) -> str:
    """`text` in the interface language; call it with a literal only."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_label(label: str) -> str:
    """A label marked with `N_` in the domain or services (status, gender...)."""
    return QCoreApplication.translate(CONTEXT, label)


def describe(error: ClubError) -> str:
    """A `ClubError` as one sentence in the interface language."""
    return QCoreApplication.translate(CONTEXT, error.template).format(**error.params)


def install_translators(app: QCoreApplication, language: str) -> None:
    """Qt's own strings (OK/Cancel buttons, context menus) and ours, for `language`.

    A missing file leaves that part in English rather than stopping the app.
    """
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir),
                         (f"clubcrm_{language}", str(paths.resource("i18n")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
        elif language != "en":
            log.warning("no translation %s in %s", name, folder)
