"""The import wizard driven as a user would: file, mapping, preview, duplicates, import."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from clubcrm.domain.cards import PaymentMethod
from clubcrm.services.club import Club
from clubcrm.services.import_preview import Choice
from tests.services.test_imports import ROWS, count, write_xlsx

from clubcrm.ui.dialogs.import_batches_dialog import ImportBatchesDialog
from clubcrm.ui.dialogs.import_wizard import (
    PAGE_FILE,
    PAGE_HISTORY,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    PAGE_TIERS,
    ImportWizard,
)
from clubcrm.ui.models.import_preview_model import COL_MESSAGES, COL_NAME, COL_STATUS


def open_wizard(qtbot: QtBot, club: Club) -> ImportWizard:
    wizard = ImportWizard(club, operator=club.operator)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_preview(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    wizard.file_page.path_edit.editingFinished.emit()
    assert wizard.file_page.sheet_combo.count() == 1
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_MAPPING, timeout=10_000)


def test_import_through_the_wizard(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """A user maps, previews, chooses for a duplicate group, imports; the club has the members."""
    path = write_xlsx(tmp_path / "members.xlsx", ROWS)
    wizard = open_wizard(qtbot, club)
    to_preview(qtbot, wizard, path)
    points = wizard.mapping_page.field_combo(9)
    assert points.currentData() == "points"
    points.setCurrentIndex(0)  # "Not imported": the points column is left out
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=10_000)
    model = wizard.preview_page.model
    assert model.rowCount() == 4
    assert model.index(2, COL_STATUS).data() == "Rejected"
    assert "leading zeros" in model.index(2, COL_MESSAGES).data()
    assert model.index(3, COL_STATUS).data() == "Merged"
    assert "2 new members" in wizard.preview_page.summary_label.text()
    assert count(club, "SELECT count(*) FROM members") == 0
    combo = wizard.preview_page.choice_combo(0)
    combo.setCurrentIndex(combo.findData(Choice.KEEP_BOTH.value))
    assert model.index(3, COL_STATUS).data() == "New member (has duplicates)"
    assert "3 new members" in wizard.preview_page.summary_label.text()
    assert wizard.save_rejected(tmp_path / "rejected.xlsx") == 1
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=10_000)
    assert "Import batch 1: 3 new members" in wizard.result_page.result_label.text()
    assert count(club, "SELECT count(*) FROM members") == 3
    assert count(club, "SELECT count(*) FROM points_accounts") == 0
    assert model.index(0, COL_NAME).data() == "张三"


def test_bad_file_shown_on_the_file_page(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """A file that is not a spreadsheet is explained on the page; nothing moves on."""
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    wizard = open_wizard(qtbot, club)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    wizard.next()
    qtbot.waitUntil(lambda: "not a spreadsheet" in wizard.file_page.error_label.text(),
                    timeout=10_000)
    assert wizard.currentId() == PAGE_FILE


def test_template_from_the_wizard(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """The template the wizard saves imports straight back."""
    wizard = open_wizard(qtbot, club)
    wizard.save_template(tmp_path / "template.xlsx")
    to_preview(qtbot, wizard, tmp_path / "template.xlsx")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=10_000)
    assert wizard.preview_page.model.index(0, COL_NAME).data() == "张三"


def test_batches_dialog_undoes_and_explains_refusal(qtbot: QtBot, club: Club,
                                                    tmp_path: Path) -> None:
    """The batches dialog lists the import; undo is refused with the reason once a card is used."""
    from clubcrm.services.imports import ImportService

    service = ImportService(club.db)
    path = write_xlsx(tmp_path / "members.xlsx", ROWS)
    batch = service.commit(service.preview(service.open(path), operator=club.operator),
                           operator=club.operator).batch_id
    member = club.search.search("13911112222", operator=club.operator)[0].member
    card = next(c for c in club.cards.cards_of(member.id) if c.balances.principal_fen)
    club.cards.recharge(card.id, 100, method=PaymentMethod.CASH, key="r", operator=club.operator)
    dialog = ImportBatchesDialog(club, operator=club.operator)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert not dialog.undo(batch)
    assert card.card_no in dialog.message_label.text()
    assert dialog.table.item(0, 0).data(Qt.ItemDataRole.DisplayRole) == str(batch)


def test_history_through_the_wizard_and_undo(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """A user chooses "consumption history": the preview lists the rows to
    record and the rejected ones; the import makes a batch the dialog undoes."""
    from clubcrm.services.imports import ImportService

    service = ImportService(club.db)
    members = write_xlsx(tmp_path / "members.xlsx", ROWS)
    service.commit(service.preview(service.open(members), operator=club.operator),
                   operator=club.operator)
    path = tmp_path / "history.csv"
    path.write_text("会员卡号,消费时间,金额,项目,支付方式\n00012,2024-05-03 10:00,88,游泳,微信\n"
                    "00099,2024-05-03 10:00,88,游泳,现金\n", encoding="gbk")
    wizard = open_wizard(qtbot, club)
    kind = wizard.file_page.kind_combo
    kind.setCurrentIndex(kind.findData("history"))
    to_preview(qtbot, wizard, path)
    assert not wizard.mapping_page.member_options.isVisible()
    assert wizard.mapping_page.field_combo(1).currentData() == "at"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_HISTORY, timeout=10_000)
    page = wizard.history_page
    assert "2 rows: 1 will be recorded, 1 rejected" in page.summary_label.text()
    assert page.sample.item(0, 1).text() == "00012"
    assert page.sample.item(0, 5).text() == "WeChat Pay"
    assert page.rejected.item(0, 0).text() == "3"
    assert count(club, "SELECT count(*) FROM history_consumption") == 0
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=10_000)
    assert "History batch 2: 1 of 2 rows recorded" in wizard.result_page.result_label.text()
    assert count(club, "SELECT count(*) FROM history_consumption") == 1
    dialog = ImportBatchesDialog(club, operator=club.operator)
    qtbot.addWidget(dialog)
    assert dialog.undo(2)
    assert count(club, "SELECT count(*) FROM history_consumption") == 0


def test_tiers_mapped_in_the_wizard(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """The tier step lists the file's tier names; the user maps one, leaves one
    unmapped (reported in the preview), and the import follows the choice."""
    from tests.services.test_imports import write_rows

    path = write_rows(tmp_path / "tiers.xlsx", ["姓名", "手机", "等级"],
                      [["甲", "13800000001", "钻石卡"], ["乙", "13800000002", "钻石卡"],
                       ["丙", "13800000003", "体验"]])
    wizard = open_wizard(qtbot, club)
    to_preview(qtbot, wizard, path)
    wizard.next()
    assert wizard.currentId() == PAGE_TIERS
    page = wizard.tier_page
    assert [page.table.item(row, 0).text() for row in range(2)] == ["钻石卡", "体验"]
    assert page.table.item(0, 1).text() == "2"
    combo = page.tier_combo(0)
    combo.setCurrentIndex(combo.findText("Gold"))
    assert "体验" in page.unmapped_label.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=10_000)
    assert "Tiers not mapped (imported without a tier): 体验 (1)" in \
        wizard.preview_page.summary_label.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=10_000)
    assert count(club, "SELECT count(*) FROM members m JOIN tiers t ON t.id = m.tier_id "
                       "WHERE t.name = 'Gold'") == 2
    assert count(club, "SELECT count(*) FROM members WHERE tier_id IS NULL") == 1


def test_nothing_to_import_cannot_be_imported(qtbot: QtBot, club: Club, tmp_path: Path) -> None:
    """A file whose members are all in the club already: the preview says there
    is nothing to import and the Import button stays disabled."""
    from PySide6.QtWidgets import QWizard

    from clubcrm.services.imports import ImportService

    service = ImportService(club.db)
    path = write_xlsx(tmp_path / "members.xlsx", ROWS)
    service.commit(service.preview(service.open(path), operator=club.operator),
                   operator=club.operator)
    wizard = open_wizard(qtbot, club)
    to_preview(qtbot, wizard, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=10_000)
    assert "Nothing to import" in wizard.preview_page.summary_label.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_guardian_consent_confirmed_in_the_wizard(qtbot: QtBot, club: Club,
                                                  tmp_path: Path) -> None:
    """A child with a guardian is rejected until the user confirms the guardians'
    consent on the mapping step; then imported with a consent record."""
    from tests.services.test_imports import CHILD_HEADER, CHILDREN, write_rows

    path = write_rows(tmp_path / "kids.xlsx", CHILD_HEADER, CHILDREN[:1])
    wizard = open_wizard(qtbot, club)
    to_preview(qtbot, wizard, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PREVIEW, timeout=10_000)
    assert "consent" in wizard.preview_page.model.index(0, COL_MESSAGES).data()
    wizard.back()
    qtbot.mouseClick(wizard.mapping_page.consent_box, Qt.MouseButton.LeftButton)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.model.index(0, COL_STATUS).data() ==
                    "New member", timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RESULT, timeout=10_000)
    assert count(club, "SELECT count(*) FROM guardian_consents") == 1


def test_preview_model_passes_the_model_tester(qtmodeltester: object, club: Club,
                                               tmp_path: Path) -> None:
    """The preview's table model keeps Qt's model contract; errors come before warnings."""
    from clubcrm.services.imports import ImportService
    from clubcrm.ui.models.import_preview_model import ImportPreviewTableModel
    from tests.services.test_imports import CHILD_HEADER, write_rows

    service = ImportService(club.db)
    path = write_rows(tmp_path / "kids.xlsx", [*CHILD_HEADER, "性别"],
                      [["小红", "13800000002", "2019-06-01", "", "", "", "男孩子"]])
    model = ImportPreviewTableModel(service.preview(service.open(path), operator=club.operator))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    message = model.index(0, COL_MESSAGES).data()
    assert message.index("under 14") < message.index("Warning: Gender")
