import pytest

from clubcrm.domain.member import MatchKind, MemberDraft, MemberFilter, SortKey
from clubcrm.services.club import Club

PEOPLE = [
    ("张三", "13800138000", "000001"),
    ("张三丰", "13912348000", "000002"),
    ("李张", "15011112222", "000003"),
    ("曾小贤", "18622223333", "000004"),
    ("王五", "17755558000", "800012"),
]


@pytest.fixture
def people(club: Club) -> Club:
    for name, phone, number in PEOPLE:
        club.members.register(MemberDraft(name=name, phone=phone, member_no=number),
                              operator=club.operator)
    return club


def names(club: Club, query: str) -> list[str]:
    return [hit.member.name for hit in club.search.search(query, operator=club.operator)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("8000", ["张三", "张三丰", "王五"]),
        ("13800138000", ["张三"]),
        ("138 0013 8000", ["张三"]),
        ("000004", ["曾小贤"]),
        ("zs", ["张三", "张三丰"]),
        ("zsf", ["张三丰"]),
        ("zengxiao", ["曾小贤"]),
        ("zxx", ["曾小贤"]),
        ("小贤", ["曾小贤"]),
        ("贤", ["曾小贤"]),
        ("ZS", ["张三", "张三丰"]),
    ],
)
def test_every_query_kind_finds_members(people: Club, query: str, expected: list[str]) -> None:
    """Tail digits, full phone, member number, pinyin and name parts all find members."""
    assert sorted(names(people, query)) == sorted(expected)


def test_ranking_exact_prefix_substring(people: Club) -> None:
    """An exact name beats a prefix, which beats a substring."""
    hits = people.search.search("张三", operator=people.operator)
    assert [(h.member.name, h.match) for h in hits] == [
        ("张三", MatchKind.EXACT),
        ("张三丰", MatchKind.PREFIX),
    ]
    hits = people.search.search("张", operator=people.operator)
    assert [h.match for h in hits] == [MatchKind.PREFIX, MatchKind.PREFIX, MatchKind.SUBSTRING]
    assert hits[-1].member.name == "李张"


def test_digits_rank_member_number_exact_first(people: Club) -> None:
    """A scanned member number that is also a phone tail ranks the exact number first."""
    hits = people.search.search("800012", operator=people.operator)
    assert hits[0].member.member_no == "800012" and hits[0].match is MatchKind.EXACT


@pytest.mark.parametrize(
    "query", ["*", "%", "_", "'", '"', "张%", "z*", "[a-z]", "?", "' OR 1=1 --"]
)
def test_wildcards_and_quotes_are_literal(people: Club, query: str) -> None:
    """Typed wildcards and quotes match only themselves."""
    assert names(people, query) == []


def test_results_are_capped(club: Club) -> None:
    """A query matching many members returns at most the limit."""
    for index in range(60):
        club.members.register(MemberDraft(name=f"王{index}", phone=f"139{index:08d}"),
                              operator=club.operator)
    club.search.limit = 25
    assert len(club.search.search("王", operator=club.operator)) == 25


def test_exact_member_for_scanner(people: Club) -> None:
    """A scanned number or full phone identifies exactly one member; a tail does not."""
    assert people.search.exact_member("000004", operator=people.operator) is not None
    assert people.search.exact_member("13800138000", operator=people.operator) is not None
    assert people.search.exact_member("8000", operator=people.operator) is None


def test_long_name_substring(club: Club) -> None:
    """A query longer than the gram size still finds only names containing it."""
    club.members.register(MemberDraft(name="Alexander Hamilton", phone="13900000001"),
                          operator=club.operator)
    club.members.register(MemberDraft(name="Alexander Graham", phone="13900000002"),
                          operator=club.operator)
    assert names(club, "xander ham") == ["Alexander Hamilton"]


def test_paging_walks_every_member_once(people: Club) -> None:
    """Keyset pages in either direction visit every member exactly once, in order."""
    for descending in (False, True):
        seen: list[str] = []
        after = None
        while page := people.members.page(MemberFilter(), sort=SortKey.NAME,
                                          descending=descending, after=after, limit=2,
                                          operator=people.operator):
            seen += [s.name for s, _ in page]
            last, value = page[-1]
            after = (value, last.id)
        expected = ["李张", "王五", "曾小贤", "张三", "张三丰"]
        assert seen == (expected[::-1] if descending else expected)


def test_filters(people: Club) -> None:
    """Tag and tier filters narrow the list."""
    tier = people.members.tiers()[1]
    people.members.register(MemberDraft(name="赵六", phone="13300000000", tags=("瑜伽",),
                                        tier_id=tier.id), operator=people.operator)
    assert people.members.count(MemberFilter(tag="瑜伽")) == 1
    assert people.members.count(MemberFilter(tier_id=tier.id)) == 1
    assert people.members.count(MemberFilter()) == 6
    assert people.members.tags() == ["瑜伽"]
