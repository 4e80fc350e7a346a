"""Search keys for many generated names: exactly what the member service
stores, at a fraction of the pypinyin calls.

pypinyin is the slowest part of a demo load (~16,000 names/s on the 2-core
machines, and 100,000 members have ~65,000 distinct names). A name is
surname + given name; pypinyin segments the whole name into dictionary
phrases before reading it, so reading the parts separately is only the same
when no phrase starts with the surname followed by the given name's first
character. Then the surname's and the given name's syllables are cached and
joined; otherwise the whole name goes through `search_keys`. Shortcut results
are checked against `search_keys` (the first ones and a sample after), so a
pypinyin upgrade that segments differently fails loudly instead of storing
keys that search would not find.
"""

from __future__ import annotations

from dataclasses import dataclass

from clubcrm.services import name_keys
from clubcrm.services.name_keys import search_keys

VERIFY_FIRST = 500
VERIFY_EVERY = 50


@dataclass(frozen=True, slots=True)
class NameKeys:
    initials: str
    pinyin: str
    grams: tuple[str, ...]


class NameKeyCache:
    def __init__(self) -> None:
        # pypinyin costs ~0.4 s to import and its dictionaries ~40 MB: only
        # when a demo is generated.
        from pypinyin import lazy_pinyin
        from pypinyin.constants import PHRASES_DICT

        self._lazy_pinyin = lazy_pinyin
        self._phrase_starts = {phrase[:2] for phrase in PHRASES_DICT if len(phrase) >= 2}
        self._names: dict[str, NameKeys] = {}
        self._parts: dict[str, list[str]] = {}
        self._shortcuts = 0

    def keys(self, surname: str, given: str) -> NameKeys:
        """The keys of `surname + given`, equal to `search_keys` and `name_grams`."""
        name = surname + given
        found = self._names.get(name)
        if found is None:
            found = self._derive(surname, given)
            self._names[name] = found
        return found

    def _derive(self, surname: str, given: str) -> NameKeys:
        name = surname + given
        if not self._can_split(surname, given):
            full = search_keys(name, "")
            return self._with_grams(name, full["name_initials"], full["name_pinyin"])
        syllables = self._surname(surname) + self._given(given)
        keys = self._with_grams(
            name, name_keys.initials(syllables), name_keys.full_pinyin(syllables)
        )
        self._shortcuts += 1
        if self._shortcuts <= VERIFY_FIRST or self._shortcuts % VERIFY_EVERY == 0:
            _verify(name, keys)
        return keys

    def _can_split(self, surname: str, given: str) -> bool:
        pair = surname + given[:1]
        return (
            len(surname) == 1
            and len(given) >= 1
            and pair not in self._phrase_starts
            and pair not in name_keys.SURNAME_READINGS
        )

    def _surname(self, surname: str) -> list[str]:
        # Through name_keys, so surname readings (曾 -> zeng) apply as they do on save.
        key = "surname:" + surname
        if key not in self._parts:
            self._parts[key] = name_keys.syllables(surname)
        return self._parts[key]

    def _given(self, given: str) -> list[str]:
        # Not name_keys.syllables: that would read a given name's first
        # character as a surname (乐 -> yue).
        key = "given:" + given
        if key not in self._parts:
            self._parts[key] = [s for s in self._lazy_pinyin(given) if s]
        return self._parts[key]

    @staticmethod
    def _with_grams(name: str, initials: str, pinyin: str) -> NameKeys:
        return NameKeys(initials, pinyin, tuple(sorted(name_keys.name_grams(name))))


def _verify(name: str, keys: NameKeys) -> None:
    expected = search_keys(name, "")
    if (keys.initials, keys.pinyin) != (expected["name_initials"], expected["name_pinyin"]):
        raise RuntimeError(
            f"demo name keys differ from the member service for {name!r}: "
            f"{keys.initials}/{keys.pinyin} instead of "
            f"{expected['name_initials']}/{expected['name_pinyin']}"
            " (pypinyin segments names differently now; see clubcrm/services/demo_keys.py)"
        )
