"""The search keys derived from a member's name when it is saved: pinyin
initials (`zs` for 张三), full pinyin (`zhangsan`) and every substring.

pypinyin reads surnames as ordinary words (曾 -> ceng, 覃 -> tan); surnames
are read with their surname readings first.
"""

from __future__ import annotations

import re
import unicodedata

# Surnames whose reading differs from the character's common reading.
SURNAME_READINGS = {
    "曾": ["zeng"], "覃": ["qin"], "单": ["shan"], "仇": ["qiu"], "解": ["xie"],
    "朴": ["piao"], "区": ["ou"], "查": ["zha"], "盖": ["ge"], "缪": ["miao"],
    "翟": ["zhai"], "乐": ["yue"], "员": ["yun"], "繁": ["po"], "折": ["she"],
    "秘": ["bi"], "种": ["chong"], "任": ["ren"], "华": ["hua"], "燕": ["yan"],
    "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "单于": ["chan", "yu"],
    "长孙": ["zhang", "sun"], "澹台": ["tan", "tai"], "召": ["shao"], "宓": ["fu"],
    "藏": ["zang"], "沈": ["shen"], "薄": ["bo"], "纪": ["ji"], "柏": ["bai"],
}
_LONGEST_SURNAME = max(len(s) for s in SURNAME_READINGS)
_WORD = re.compile(r"[a-z0-9]+")


def normalize_name(name: str) -> str:
    """Full-width letters to half-width, runs of spaces to one: the stored name."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


def syllables(name: str) -> list[str]:
    """The name as lowercase pinyin syllables (latin words kept as words)."""
    from pypinyin import lazy_pinyin  # pypinyin costs ~0.4 s to import

    name = normalize_name(name)
    surname_part = _surname_prefix(name)
    head = SURNAME_READINGS.get(surname_part, []) if surname_part else []
    rest = name[len(surname_part):]
    tail = lazy_pinyin(rest, errors=lambda chunk: _WORD.findall(chunk.lower()))
    return [s for s in head + tail if s]


def initials(syllable_list: list[str]) -> str:
    return "".join(s[0] for s in syllable_list)


def full_pinyin(syllable_list: list[str]) -> str:
    return "".join(syllable_list)


MAX_GRAM = 6


def name_grams(name: str) -> set[str]:
    """Every substring of the lowercased name up to MAX_GRAM characters.

    Chinese names are 2-4 characters, so they get all n(n+1)/2 substrings; a
    longer query is looked up by its first MAX_GRAM characters and checked
    against the name.
    """
    name = normalize_name(name).lower()
    return {
        name[i:j]
        for i in range(len(name))
        for j in range(i + 1, min(len(name), i + MAX_GRAM) + 1)
    }


def _surname_prefix(name: str) -> str:
    for size in range(_LONGEST_SURNAME, 0, -1):
        if name[:size] in SURNAME_READINGS:
            return name[:size]
    return ""


def search_keys(name: str, phone: str) -> dict[str, str]:
    """The derived columns search uses, computed once when a member is saved."""
    parts = syllables(name)
    return {
        "name_initials": initials(parts),
        "name_pinyin": full_pinyin(parts),
        "phone_rev": phone[::-1],
    }
