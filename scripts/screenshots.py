"""Screenshots of the GUI for the README and the manual, made offscreen.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py

A demo club (3,000 members, seed 7) is generated in a temporary folder and
the main window is shot at 1366x768, the usual reception screen: every
screen in Simplified Chinese (members, cards and their dialogs, the care
tasks, sign-in, staff, audit, restore), the member list in English too. Needs a CJK
font (Debian: fonts-noto-cjk). The PNGs go to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from openpyxl import Workbook

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clubcrm import i18n
from clubcrm.domain.cards import Card, CardStatus, ProductKind
from clubcrm.domain.care import CareKind, Outcome
from clubcrm.domain.ids import MemberId
from clubcrm.domain.member import Gender, MemberDraft, MemberFilter
from clubcrm.domain.staff import Role
from clubcrm.services.backup import BackupService, folder_of
from clubcrm.services.club import Club, open_club
from clubcrm.services.demo import generate_demo
from clubcrm.services.segmentation import Family
from clubcrm.services.settings import CLUB_NAME

from clubcrm.ui.dialogs.audit_dialog import AuditDialog
from clubcrm.ui.dialogs.card_consume_dialog import ConsumeDialog
from clubcrm.ui.dialogs.card_refund_dialogs import RefundDialog
from clubcrm.ui.dialogs.care_done_dialog import CareDoneDialog
from clubcrm.ui.dialogs.catalogue_dialog import CatalogueDialog
from clubcrm.ui.dialogs.import_wizard import PAGE_MAPPING, PAGE_PREVIEW, PAGE_TIERS, ImportWizard
from clubcrm.ui.dialogs.login_dialog import LoginDialog
from clubcrm.ui.dialogs.member_dialog import MemberDialog
from clubcrm.ui.dialogs.merge_dialog import MergeDialog
from clubcrm.ui.dialogs.restore_dialog import RestoreDialog
from clubcrm.ui.dialogs.staff_dialog import StaffDialog
from clubcrm.ui.i18n import install_translators, tr
from clubcrm.ui.main_window import MainWindow

OUT = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)
MEMBERS = 3_000
SEED = 7
TODAY = date(2026, 11, 20)  # fixed: the same data, so the same pictures, on every run
CARD_MEMBER_CANDIDATES = 300
CJK_FONT = "Noto Sans CJK SC"  # what a Chinese Windows shows with Microsoft YaHei
CLUB_NAMES = {"zh_CN": "海豚亲子游泳馆", "en": "Dolphin Family Swim Club"}


def settle(app: QApplication) -> None:
    """Let layouts, timers and paints finish before a grab."""
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def use_language(app: QApplication, language: str) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    i18n.set_language(language)  # tier names of a new club are written in this language
    install_translators(app, language)


def demo_window(app: QApplication, folder: Path, language: str) -> tuple[Club, MainWindow]:
    club = open_club(folder / f"club-{language}.sqlite")
    generate_demo(club, members=MEMBERS, months=24, seed=SEED, today=TODAY)
    club.settings.set(CLUB_NAME, CLUB_NAMES[language], operator=club.operator)
    window = MainWindow(club, db_path=club.db.path)
    window.care_view.today = lambda: TODAY
    window.resize(*SCREEN)
    window.show()
    show_view(window, window.members_view)
    window.members_view.list_table.setFocus()
    window.members_view.list_table.selectRow(2)
    settle(app)
    return club, window


def show_view(window: MainWindow, view: QWidget) -> None:
    window.navigation.setCurrentRow(window.views.indexOf(view))


def search(app: QApplication, window: MainWindow, text: str) -> None:
    view = window.members_view
    view.search_box.setText(text)
    view.run_search()
    settle(app)


def shoot_dialog(app: QApplication, dialog: QDialog, name: str,
                 fill: Callable[[], None] = lambda: None) -> None:
    dialog.open()
    fill()
    settle(app)
    save(dialog, name)
    dialog.reject()
    settle(app)


def fill_register(dialog: MemberDialog) -> None:
    dialog.name.setText("林小雨")
    dialog.phone.setText("139 1234 5678")
    dialog.gender.setCurrentIndex(list(Gender).index(Gender.FEMALE))
    dialog.birthday.setText("2023-06-18")
    dialog.source_channel.setCurrentText(dialog.source_channel.itemText(1))
    dialog.tags.setText("亲子游泳, 周末班")
    dialog.notes.setPlainText("怕水，第一次课请安排女教练")
    dialog.consent.setChecked(True)
    dialog.guardian_box.setChecked(True)
    dialog.guardian_name.setText("林芳")
    dialog.guardian_relation.setCurrentText(dialog.guardian_relation.itemText(0))
    dialog.guardian_phone.setText("13912345678")
    dialog.tags.setFocus()


def phone_tail(club: Club) -> str:
    summary, _ = club.members.page(MemberFilter(), limit=40, operator=club.operator)[-1]
    return summary.phone[-4:]


def duplicate_pair(club: Club) -> tuple[int, int]:
    """Two records of one person: from the duplicate finder, or made for the picture."""
    groups = club.members.duplicate_groups(operator=club.operator, limit=1)
    if groups:
        return groups[0][0].id, groups[0][1].id
    first, _ = club.members.page(MemberFilter(), limit=1, operator=club.operator)[0]
    original = club.members.get(first.id, operator=club.operator)
    copy = club.members.register(
        MemberDraft(name=original.name, phone=original.phone, tags=("游泳",)),
        operator=club.operator, allow_shared_phone=True,
    )
    return original.id, copy.id


def shoot_chinese(app: QApplication, folder: Path) -> None:
    use_language(app, "zh_CN")
    club, window = demo_window(app, folder, "zh_CN")
    save(window, "members_zh_CN")
    search(app, window, "zw")
    save(window, "search_initials_zh_CN")
    search(app, window, phone_tail(club))
    save(window, "search_tail_zh_CN")
    window.members_view.search_box.clear()
    register = MemberDialog(club, parent=window)
    shoot_dialog(app, register, "register_zh_CN", lambda: fill_register(register))
    first, other = duplicate_pair(club)
    merge = MergeDialog(club, first, other, parent=window)
    shoot_dialog(app, merge, "merge_zh_CN", lambda: merge.reason.setText("同一人重复登记"))
    shoot_dialog(app, window.open_settings(), "settings_zh_CN")
    shoot_cards(app, window, club)
    shoot_check_in(app, window, club)
    shoot_segments(app, window, club)
    shoot_care(app, window, club)
    shoot_import(app, window, club, folder)
    shoot_trust(app, window, club)
    window.close()
    club.close()


def in_use(card: Card) -> bool:
    """A stored-value card with money on it: the one the dialogs are shown on."""
    return (card.product.kind is ProductKind.STORED_VALUE
            and card.status is CardStatus.ACTIVE and card.balances.total_fen > 0)


def card_member(club: Club) -> tuple[MemberId, Card]:
    """A demo member with a stored-value card in use and the most other cards
    among the first few hundred members, and that card."""
    def fullness(member_id: MemberId) -> tuple[bool, int, int]:
        cards = club.cards.cards_of(member_id)
        return any(in_use(card) for card in cards), len(cards), -member_id

    page = club.members.page(MemberFilter(), limit=CARD_MEMBER_CANDIDATES,
                             operator=club.operator)
    member_id = max((summary.id for summary, _ in page), key=fullness)
    return member_id, next(card for card in club.cards.cards_of(member_id) if in_use(card))


def fill_consume(dialog: ConsumeDialog) -> None:
    """Two services, the second twice: the preview shows the discounts."""
    first = dialog.items.lines[0]
    first.service.setCurrentIndex(1)
    second = dialog.items.add_line()
    second.service.setCurrentIndex(3)
    second.quantity.setValue(2)


def shoot_cards(app: QApplication, window: MainWindow, club: Club) -> None:
    """The cards view on a demo member, and the consume and refund dialogs."""
    member_id, card = card_member(club)
    view = window.cards_view
    show_view(window, view)
    view.show_member(member_id, card.id)
    view.ledger_table.selectRow(0)
    settle(app)
    save(window, "cards_zh_CN")
    member = club.members.get(member_id, operator=club.operator)
    consume = ConsumeDialog(club, member, view.cards_model.cards(), card=card, parent=window)
    shoot_dialog(app, consume, "consume_zh_CN", lambda: fill_consume(consume))
    refund = RefundDialog(club, card, parent=window)
    shoot_dialog(app, refund, "refund_zh_CN", lambda: refund.reason.setText("搬家，不再来了"))
    catalogue = CatalogueDialog(club, parent=window)
    catalogue.tabs.setCurrentWidget(catalogue.products_tab)
    shoot_dialog(app, catalogue, "catalogue_zh_CN")
    show_view(window, window.members_view)


def shoot_check_in(app: QApplication, window: MainWindow, club: Club) -> None:
    """The check-in desk right after a member with a stored-value card checked in."""
    member_id, card = card_member(club)
    view = window.visit_view
    show_view(window, view)
    view.show_member(member_id, card.id)
    view.check_in()
    settle(app)
    save(window, "checkin_zh_CN")
    show_view(window, window.members_view)


def shoot_care(app: QApplication, window: MainWindow, club: Club) -> None:
    """The home screen on the dormant members to call back (most valuable first),
    and marking a card about to end done."""
    view = window.care_view
    show_view(window, view)
    wait_for(app, lambda: not view.computing)
    view.tab_widget.setCurrentWidget(view.tabs[CareKind.DORMANT])
    settle(app)
    save(window, "care_zh_CN")
    view.tab_widget.setCurrentWidget(view.tabs[CareKind.CARD_EXPIRING])
    settle(app)
    done = view.mark_done()
    assert done is not None
    shoot_dialog(app, done, "care_done_zh_CN", lambda: fill_care_done(done))
    show_view(window, window.members_view)


def fill_care_done(dialog: CareDoneDialog) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.WILL_COME.value))
    dialog.note.setText("周六上午来续卡")


def shoot_segments(app: QApplication, window: MainWindow, club: Club) -> None:
    """The segments view with the high-value members listed, the movement tab,
    and the member page of the most valuable member with the reasons."""
    show_view(window, window.segments_page)
    view = window.segments_view
    wait_for(app, lambda: view.result is not None and view.task is None)
    view.tiles.buttons[(Family.SEGMENT, "high_value")].click()
    settle(app)
    save(window, "segments_zh_CN")
    view.tabs.setCurrentIndex(1)
    settle(app)
    save(window, "segments_movement_zh_CN")
    view.tabs.setCurrentIndex(0)
    best = view.members_model.row_at(0).result.member_id
    member = club.members.get(MemberId(best), operator=club.operator)
    page = MemberDialog(club, member, parent=window)
    page.open()
    wait_for(app, lambda: page.segments_box.history.rowCount() > 0)
    settle(app)
    save(page, "member_segments_zh_CN")
    page.reject()
    show_view(window, window.members_view)


# A legacy member list as clubs keep them: a title above the header, Chinese
# headers, a phone Excel turned into 1.38E+10, a member twice.
LEGACY_ROWS = [
    ["海豚游泳馆会员名单（旧系统导出）"],
    ["会员卡号", "姓名", "手机号", "性别", "生日", "卡内余额", "赠送余额", "剩余次数",
     "有效期至", "积分", "会员等级"],
    ["8001", "陈晓明", "139 1234 5678", "男", "1988.5.3", "¥1,200.50", "200", "", "", 320,
     "金卡"],
    ["8002", "林静", "+86 136-0000-1111", "女", "19920817", "800", "0", "", "", 90, "钻石卡"],
    ["8003", "王小雨", 13800001234.0, "女", "2019年3月2日", "", "", 12, "2027/03/31", 0,
     "VIP"],
    ["8004", "赵强", "1.38E+10", "男", "", "500", "", "", "", 0, "金卡"],
    ["8005", "陈晓明", "13912345678", "男", "1988-05-03", "300", "", "", "", 0, "金卡"],
]


def shoot_import(app: QApplication, window: MainWindow, club: Club, folder: Path) -> None:
    """The import wizard's tier step and preview of a legacy list: statuses,
    reasons, a duplicate, a child without a guardian."""
    path = folder / "旧系统会员.xlsx"
    workbook = Workbook()
    for row in LEGACY_ROWS:
        workbook.active.append(row)
    workbook.save(path)
    wizard = ImportWizard(club, operator=club.operator, parent=window)
    wizard.resize(1366, 680)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.path_edit.editingFinished.emit()
    for page in (PAGE_MAPPING, PAGE_TIERS):
        wizard.next()
        wait_for(app, lambda page=page: wizard.currentId() == page)
    combo = wizard.tier_page.tier_combo(1)  # 钻石卡, a tier the club lacks, mapped by hand
    combo.setCurrentIndex(combo.findText("白金卡"))
    settle(app)
    save(wizard, "import_tiers_zh_CN")
    wizard.next()
    wait_for(app, lambda: wizard.currentId() == PAGE_PREVIEW)
    settle(app)
    save(wizard, "import_preview_zh_CN")
    wizard.reject()
    settle(app)


def wait_for(app: QApplication, done: Callable[[], bool], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def shoot_trust(app: QApplication, window: MainWindow, club: Club) -> None:
    """Sign-in, staff accounts, the audit log and the restore dialog, with a
    few accounts and a backup so that they have something to show."""
    for username, name, role in (("xiaomei", "小美", Role.RECEPTION),
                                 ("laozhang", "张店长", Role.MANAGER)):
        club.staff.add(operator=club.operator, username=username, display_name=name,
                       role=role, password="demo-password")
    BackupService(club.db, club.settings).backup(operator=club.operator)
    shoot_dialog(app, LoginDialog(club.staff, prompt=tr("Sign in as the operator at the desk."),
                                  username="xiaomei", parent=window), "sign_in_zh_CN")
    shoot_dialog(app, StaffDialog(club, parent=window), "staff_zh_CN")
    shoot_dialog(app, AuditDialog(club, parent=window), "audit_zh_CN")
    restore = RestoreDialog(folder_of(club.db.path), parent=window)
    shoot_dialog(app, restore, "restore_zh_CN", lambda: wait_for_checks(app))


def wait_for_checks(app: QApplication) -> None:
    """The restore dialog checks each backup in the background; show the results."""
    for _ in range(40):
        settle(app)
        time.sleep(0.05)


def shoot_english(app: QApplication, folder: Path) -> None:
    use_language(app, "en")
    club, window = demo_window(app, folder, "en")
    save(window, "members_en")
    window.close()
    club.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        os.environ["CLUBCRM_HOME"] = temp  # preferences and window sizes stay out of $HOME
        app = QApplication(sys.argv[:1])
        if CJK_FONT in QFontDatabase.families():
            app.setFont(QFont(CJK_FONT, 10))
        shoot_chinese(app, Path(temp))
        shoot_english(app, Path(temp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
