"""Member and history import through the service: preview, commit, re-import, undo."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from clubcrm import i18n
from clubcrm.domain.cards import PaymentMethod
from clubcrm.domain.errors import Conflict, PermissionDenied
from clubcrm.domain.staff import Role
from clubcrm.services.catalogue import ServiceDraft
from clubcrm.services.club import Club
from clubcrm.services.consumption import ConsumptionRequest, SaleItem
from clubcrm.services.import_commit import ImportCancelled, NothingToImport
from clubcrm.services.import_mapping import MEMBER_FIELDS, Field, auto_mapping
from clubcrm.services.import_preview import Choice
from clubcrm.services.import_rows import Action
from clubcrm.services.imports import ImportOptions, ImportService
from clubcrm.services.verification import DATABASE_CHECKS, verify_file

HEADER = ["会员卡号", "姓名", "手机", "性别", "生日", "余额", "赠送余额", "剩余次数", "到期日期",
          "积分"]
ROWS = [
    ["00012", "张三", 13800138000, "男", "1990.5.3", 1200.5, "¥200", None, None, 300],
    ["00013", "李四", "+86 139-1111-2222", "女", datetime.date(1985, 1, 2), "1,200", None, 10,
     "2030/12/31", None],
    [14, "王五", "1.38E+10", "F", "5月3日", None, None, None, None, None],
    ["00015", "张三", "13800138000", "m", "19900503", "100", None, None, None, None],
]


def write_xlsx(path: Path, rows: list[list[Any]], *, title: bool = True) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet["A1"] = "会员名单"
        sheet.merge_cells("A1:F1")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def count(club: Club, sql: str) -> int:
    with club.db.read() as session:
        return int(session.connection().exec_driver_sql(sql).scalar_one())


@pytest.fixture
def service(club: Club) -> ImportService:
    return ImportService(club.db)


@pytest.fixture
def member_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "members.xlsx", ROWS)


def test_preview_writes_nothing(club: Club, service: ImportService, member_file: Path) -> None:
    """A preview reads the club and the file and changes neither."""
    preview = service.preview(service.open(member_file), operator=club.operator)
    counts = preview.counts()
    assert (counts.rows, counts.new, counts.attached, counts.rejected) == (4, 2, 1, 1)
    assert [row.action for row in preview.rows] == [Action.CREATE, Action.CREATE,
                                                    Action.REJECT, Action.ATTACH]
    codes = {p.code for p in preview.rows[2].problems}
    assert {"leading_zero_lost", "number_scientific"} <= codes
    for table in ("members", "cards", "ledger", "import_batches"):
        assert count(club, f"SELECT count(*) FROM {table}") == 0


def test_commit_creates_members_cards_and_opening_rows(club: Club, service: ImportService,
                                                       member_file: Path) -> None:
    """Balances, sessions, expiry and points become cards and import_opening rows; verify passes."""
    preview = service.preview(service.open(member_file), operator=club.operator)
    result = service.commit(preview, operator=club.operator)
    assert (result.members_created, result.cards_created) == (2, 4)
    zhang = club.search.search("13800138000", operator=club.operator)[0].member
    cards = club.cards.cards_of(zhang.id)
    assert sorted(c.balances.principal_fen for c in cards) == [10000, 120050]
    assert sum(c.balances.bonus_fen for c in cards) == 20000
    assert club.cards.points_of(zhang.id) == 300
    li = club.search.search("13911112222", operator=club.operator)[0].member
    count_card = next(c for c in club.cards.cards_of(li.id) if c.balances.sessions)
    assert count_card.balances.sessions == 10
    assert count_card.valid_until == datetime.date(2030, 12, 31)
    assert count(club, "SELECT count(*) FROM ledger WHERE kind = 'import_opening'") == 4
    assert verify_file(club.db.path, checks=DATABASE_CHECKS) == []


def test_indexes_rebuilt_after_a_first_import(club: Club, service: ImportService,
                                              member_file: Path) -> None:
    """An import bigger than the club builds the members', cards' and ledger's indexes
    after loading: afterwards they are the migrations' own, search finds the members by
    phone tail, pinyin initials and name, a card can be used and verify passes."""
    def indexes() -> list[tuple[str, str]]:
        with club.db.read() as session:
            return [tuple(row) for row in session.connection().exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name IN ('members', 'cards', 'ledger') ORDER BY name")]

    before = indexes()
    service.commit(service.preview(service.open(member_file), operator=club.operator),
                   operator=club.operator)
    assert indexes() == before
    zhang = club.search.search("8000", operator=club.operator)[0].member
    assert zhang.name == "张三"
    assert [hit.member.id for hit in club.search.search("zs", operator=club.operator)] == \
        [zhang.id]
    assert club.search.search("李四", operator=club.operator)[0].member.name == "李四"
    card = max(club.cards.cards_of(zhang.id), key=lambda c: c.balances.principal_fen)
    spa = club.catalogue.save_service(ServiceDraft("Spa", "", 30000), operator=club.operator)
    club.cards.consume(ConsumptionRequest(zhang.id, (SaleItem(spa),), card_id=card.id),
                       key="spa-1", operator=club.operator)
    after = next(c for c in club.cards.cards_of(zhang.id) if c.id == card.id)
    assert after.balances.principal_fen + after.balances.bonus_fen < \
        card.balances.principal_fen + card.balances.bonus_fen
    assert verify_file(club.db.path) == []


def test_reimport_creates_no_duplicates(club: Club, service: ImportService,
                                        member_file: Path) -> None:
    """The same file again: every member is a duplicate of the club's and skipped."""
    service.commit(service.preview(service.open(member_file), operator=club.operator),
                   operator=club.operator)
    again = service.preview(service.open(member_file), operator=club.operator)
    assert again.imported_before == [1]
    assert again.counts().new == 0
    assert not again.has_work()
    with pytest.raises(NothingToImport):
        service.commit(again, operator=club.operator)
    assert count(club, "SELECT count(*) FROM import_batches") == 1
    assert count(club, "SELECT count(*) FROM members") == 2
    assert count(club, "SELECT count(*) FROM cards") == 4


def test_duplicate_choices(club: Club, service: ImportService, member_file: Path) -> None:
    """Keep both makes two members of one phone; skip imports the first row only."""
    preview = service.preview(service.open(member_file), operator=club.operator)
    [group] = preview.groups
    preview.choose(group.id, Choice.KEEP_BOTH)
    assert preview.counts().new == 3
    preview.choose(group.id, Choice.SKIP)
    assert (preview.counts().new, preview.counts().skipped) == (2, 1)
    service.commit(preview, operator=club.operator)
    assert count(club, "SELECT count(*) FROM cards") == 3


def test_undo_and_reimport(club: Club, service: ImportService, member_file: Path) -> None:
    """Undo reverses the opening rows, closes the cards, archives the members; a re-import works."""
    result = service.commit(service.preview(service.open(member_file), operator=club.operator),
                            operator=club.operator)
    undone = service.undo(result.batch_id, operator=club.operator)
    assert (undone.members_archived, undone.cards_closed, undone.ledger_rows) == (2, 4, 4)
    assert count(club, "SELECT count(*) FROM members WHERE status = 'active'") == 0
    assert count(club, "SELECT coalesce(sum(principal_fen + bonus_fen + sessions), 0) "
                       "FROM cards") == 0
    assert verify_file(club.db.path, checks=DATABASE_CHECKS) == []
    with pytest.raises(Conflict):
        service.undo(result.batch_id, operator=club.operator)
    again = service.preview(service.open(member_file), operator=club.operator)
    assert again.counts().new == 2
    service.commit(again, operator=club.operator)
    assert count(club, "SELECT count(*) FROM members WHERE status = 'active'") == 2
    assert verify_file(club.db.path, checks=DATABASE_CHECKS) == []


def test_undo_refused_after_card_activity(club: Club, service: ImportService,
                                          member_file: Path) -> None:
    """Once an imported card is used, the undo names it and changes nothing."""
    result = service.commit(service.preview(service.open(member_file), operator=club.operator),
                            operator=club.operator)
    card = next(c for c in club.cards.cards_of(
        club.search.search("13911112222", operator=club.operator)[0].member.id)
        if c.balances.principal_fen)
    club.cards.recharge(card.id, 10000, method=PaymentMethod.CASH, key="k1",
                        operator=club.operator)
    with pytest.raises(Conflict) as caught:
        service.undo(result.batch_id, operator=club.operator)
    assert card.card_no in i18n.describe(caught.value)
    assert count(club, "SELECT count(*) FROM members WHERE status = 'active'") == 2


def test_rejected_rows_exported_with_reason(club: Club, service: ImportService,
                                            member_file: Path, tmp_path: Path) -> None:
    """The rejected rows come back as cells with the reason in a new last column."""
    preview = service.preview(service.open(member_file), operator=club.operator)
    assert service.export_rejected(preview, tmp_path / "rejected.xlsx") == 1
    rows = list(load_workbook(tmp_path / "rejected.xlsx").active.values)
    assert rows[0][-1] == "Reason"
    assert rows[1][1] == "王五"
    assert "leading zeros" in rows[1][-1]


def test_formula_without_value_rejects_its_row(club: Club, service: ImportService,
                                               tmp_path: Path) -> None:
    """A balance computed by a formula with no saved value is reported, not read as zero."""
    path = write_xlsx(tmp_path / "f.xlsx", [["1", "张三", "13800138000", "", "", "=100*2"]])
    preview = service.preview(service.open(path), operator=club.operator)
    assert [p.code for p in preview.rows[0].problems] == ["formula_without_value"]


def test_reception_may_not_import(club: Club, service: ImportService, member_file: Path,
                                  staff: dict) -> None:
    """Importing opens balances: reception is refused, the manager may."""
    layout = service.open(member_file)
    with pytest.raises(PermissionDenied):
        service.preview(layout, operator=staff[Role.RECEPTION])
    preview = service.preview(layout, operator=staff[Role.MANAGER])
    service.commit(preview, operator=staff[Role.MANAGER])
    assert count(club, "SELECT operator_id FROM ledger LIMIT 1") == staff[Role.MANAGER]


def test_cancel_leaves_the_database_untouched(club: Club, service: ImportService,
                                              member_file: Path) -> None:
    """A cancel during the commit rolls everything back."""
    preview = service.preview(service.open(member_file), operator=club.operator)
    with pytest.raises(ImportCancelled):
        service.commit(preview, operator=club.operator, should_stop=lambda: True)
    for table in ("members", "cards", "ledger", "import_batches"):
        assert count(club, f"SELECT count(*) FROM {table}") == 0


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_template_maps_itself(service: ImportService, tmp_path: Path, language: str) -> None:
    """The template's headers, in either language, are recognised automatically."""
    i18n.set_language(language)
    service.write_template(tmp_path / "template.xlsx")
    layout = service.open(tmp_path / "template.xlsx")
    assert sorted(layout.mapping.values()) == sorted(MEMBER_FIELDS)
    assert auto_mapping(layout.headers) == layout.mapping


def test_history_import_does_not_change_balances(club: Club, service: ImportService,
                                                 member_file: Path, tmp_path: Path) -> None:
    """History rows are stored for reports; balances and the ledger stay as they were."""
    service.commit(service.preview(service.open(member_file), operator=club.operator),
                   operator=club.operator)
    ledger_before = count(club, "SELECT count(*) FROM ledger")
    money_before = count(club, "SELECT sum(principal_fen) FROM cards")
    path = tmp_path / "history.csv"
    path.write_text("会员卡号,手机,消费时间,金额,项目,支付方式\n"
                    "00012,,2024/5/3 14:30,￥88.00,游泳,微信\n"
                    ",13911112222,2024-05-04,120,按摩,现金\n"
                    "99999,,2024-05-04,120,按摩,现金\n", encoding="gbk")
    result = service.history(path, operator=club.operator)
    assert (result.rows, result.imported) == (3, 2)
    assert [r.code for r in result.rejected] == ["member_unknown"]
    assert count(club, "SELECT count(*) FROM history_consumption") == 2
    assert count(club, "SELECT count(*) FROM history_consumption WHERE payment = 'wechat' "
                       "AND amount_fen = 8800") == 1
    assert count(club, "SELECT count(*) FROM ledger") == ledger_before
    assert count(club, "SELECT sum(principal_fen) FROM cards") == money_before
    with pytest.raises(Conflict):
        service.history(path, operator=club.operator)
    service.undo(result.batch_id, operator=club.operator)
    assert count(club, "SELECT count(*) FROM history_consumption") == 0


def test_saved_mapping_used_for_the_same_layout(club: Club, service: ImportService,
                                                member_file: Path) -> None:
    """A mapping saved for a layout comes back for the next file with the same headers."""
    layout = service.open(member_file)
    assert not layout.saved_mapping
    changed = {column: field for column, field in layout.mapping.items() if column != 9}
    service.mappings.save(layout.headers, changed)
    again = service.open(member_file)
    assert again.saved_mapping and again.mapping == changed


def write_rows(path: Path, header: list[Any], rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    for row in [header, *rows]:
        workbook.active.append(row)
    workbook.save(path)
    return path


CHILD_HEADER = ["姓名", "手机", "生日", "监护人姓名", "监护人关系", "监护人电话"]
CHILDREN = [
    ["小明", "13800000001", "2020-03-01", "王芳", "母亲", "13800000009"],  # a minor with a guardian
    ["小红", "13800000002", "2019-06-01", "", "", ""],  # a minor without one
    ["张伟", "13800000003", "1990-01-01", "", "", ""],  # an adult
    ["小刚", "13800000004", "6-1", "", "", ""],  # no year: not a known minor
]


def test_minor_without_guardian_or_consent_is_rejected(club: Club, service: ImportService,
                                                       tmp_path: Path) -> None:
    """The member form's rule: under 14 needs a guardian (name, relation, phone)
    and their consent; without the operator's confirmation the child is rejected too."""
    layout = service.open(write_rows(tmp_path / "kids.xlsx", CHILD_HEADER, CHILDREN))
    preview = service.preview(layout, operator=club.operator)
    codes = [[p.code for p in row.problems if not p.warning] for row in preview.rows]
    assert codes == [["minor_without_consent"], ["minor_without_guardian"], [], []]
    consented = service.preview(layout, options=ImportOptions(guardian_consent=True),
                                operator=club.operator)
    assert [row.action for row in consented.rows] == [Action.CREATE, Action.REJECT,
                                                      Action.CREATE, Action.CREATE]
    service.commit(consented, operator=club.operator)
    assert count(club, "SELECT count(*) FROM members WHERE guardian_name = '王芳' "
                       "AND guardian_relation = '母亲' AND guardian_phone = '13800000009'") == 1
    assert count(club, "SELECT count(*) FROM guardian_consents c JOIN members m "
                       "ON m.id = c.member_id WHERE m.name = '小明' "
                       f"AND c.operator_id = {club.operator}") == 1
    assert count(club, "SELECT count(*) FROM guardian_consents") == 1


def test_keep_both_warns_of_a_new_member_number(club: Club, service: ImportService,
                                                tmp_path: Path) -> None:
    """Two rows sharing a member number kept apart: the second is renumbered,
    and the preview says so before the commit; other choices drop the warning."""
    path = write_rows(tmp_path / "same-no.xlsx", ["会员卡号", "姓名", "手机"],
                      [["A1", "张三", "13800000001"], ["A1", "李四", "13800000002"]])
    preview = service.preview(service.open(path), operator=club.operator)
    [group] = preview.groups
    preview.choose(group.id, Choice.KEEP_BOTH)
    [warning] = preview.rows[1].problems
    assert warning.code == "member_no_renumbered" and warning.warning
    assert warning.params == {"member_no": "A1", "name": "张三"}
    assert not preview.rows[0].problems
    preview.choose(group.id, Choice.MERGE)
    assert not preview.rows[1].problems
    preview.choose(group.id, Choice.KEEP_BOTH)
    service.commit(preview, operator=club.operator)
    numbers = [m.member_no for m in (club.search.search(phone, operator=club.operator)[0].member
                                     for phone in ("13800000001", "13800000002"))]
    assert numbers[0] == "A1" and numbers[1] not in ("A1", "")


def test_two_row_header_imports(club: Club, service: ImportService, tmp_path: Path) -> None:
    """A merged two-row header: balances and bonuses found under their group title."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["会员卡号", "姓名", "手机", "卡内余额", None])
    sheet.append([None, None, None, "本金", "赠送"])
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:E1"):
        sheet.merge_cells(cells)
    sheet.append(["001", "张三", "13800138000", 100, 20])
    workbook.save(tmp_path / "two.xlsx")
    preview = service.preview(service.open(tmp_path / "two.xlsx"), operator=club.operator)
    [row] = preview.rows
    assert (row.row_no, row.balance_fen, row.bonus_fen) == (3, 10000, 2000)
    assert preview.header_row == 1


def test_tiers_mapped_by_hand(club: Club, service: ImportService, tmp_path: Path) -> None:
    """A file's tier names map onto the club's tiers, to none on purpose, or are
    reported as unmapped (never silently dropped)."""
    path = write_rows(tmp_path / "tiers.xlsx", ["姓名", "手机", "等级"],
                      [["甲", "13800000001", "钻石卡"], ["乙", "13800000002", "VIP"],
                       ["丙", "13800000003", "VIP"], ["丁", "13800000004", "体验"]])
    layout = service.open(path)
    assert layout.distinct(Field.TIER) == {"VIP": 2, "钻石卡": 1, "体验": 1}
    tiers = {name: tier_id for tier_id, name in service.tiers()}
    gold = next(tier_id for name, tier_id in tiers.items() if name in ("金卡", "Gold"))
    preview = service.preview(layout, options=ImportOptions(tiers={"钻石卡": gold, "VIP": None}),
                              operator=club.operator)
    assert [row.tier_id for row in preview.rows] == [gold, None, None, None]
    assert preview.unmapped_tiers() == {"体验": 1}
    assert [p.code for p in preview.rows[3].problems] == ["tier_unknown"]
    assert not preview.rows[1].problems


def test_commit_in_chunks_keeps_the_chain(club: Club, service: ImportService, member_file: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Members and ledger rows are inserted chunk by chunk; the hash chain and
    line numbers run on across chunks, and verify passes."""
    from clubcrm.services import import_commit

    monkeypatch.setattr(import_commit, "CHUNK", 1)
    service.commit(service.preview(service.open(member_file), operator=club.operator),
                   operator=club.operator)
    assert count(club, "SELECT count(DISTINCT line) FROM ledger") == 4
    assert verify_file(club.db.path, checks=DATABASE_CHECKS) == []
    assert verify_file(club.db.path) == []
