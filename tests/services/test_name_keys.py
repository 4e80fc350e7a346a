import pytest

from clubcrm.services.name_keys import full_pinyin, initials, name_grams, syllables


@pytest.mark.parametrize(
    ("name", "expected_initials", "expected_full"),
    [
        ("张三", "zs", "zhangsan"),
        ("曾小贤", "zxx", "zengxiaoxian"),
        ("覃海", "qh", "qinhai"),
        ("单田芳", "stf", "shantianfang"),
        ("欧阳娜娜", "oynn", "ouyangnana"),
        ("Tom Lee", "tl", "tomlee"),
        ("李 小龙", "lxl", "lixiaolong"),
    ],
)
def test_pinyin_keys_use_surname_readings(
    name: str, expected_initials: str, expected_full: str
) -> None:
    """Surnames read as surnames (曾 zeng, 覃 qin, 单 shan), latin names as words."""
    parts = syllables(name)
    assert initials(parts) == expected_initials
    assert full_pinyin(parts) == expected_full


def test_name_grams_are_all_substrings() -> None:
    """A 3-character name has all 6 substrings as search keys."""
    assert name_grams("王小明") == {"王", "小", "明", "王小", "小明", "王小明"}
