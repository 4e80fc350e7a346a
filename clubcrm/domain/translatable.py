"""Marks text for translation without translating it.

The domain must not depend on Qt or on the app's language, so messages are
written in English, marked with `N_`, and translated where they are shown
(the GUI through Qt, the CLI through `clubcrm.i18n`). The translation
extractor (`scripts/update_translations.py`) collects every `N_("...")`.
"""


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Return `text` unchanged; its only job is to be found by the extractor."""
    return text
