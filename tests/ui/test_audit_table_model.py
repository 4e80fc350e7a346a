"""The audit log's table model: Qt's model checks, paging, newest first."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from clubcrm.domain.audit import AuditFilter
from clubcrm.services.club import Club
from clubcrm.services.settings import CLUB_NAME

from clubcrm.ui.models.audit_table_model import COL_ACTION, COL_SUBJECT, AuditTableModel


def test_model_passes_qt_checks_and_pages(qtmodeltester: ModelTester, club: Club,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows come a page at a time, newest first, and satisfy Qt's model tester."""
    monkeypatch.setattr("clubcrm.ui.models.audit_table_model.PAGE_SIZE", 2)
    for name in ("A", "B", "C"):
        club.settings.set(CLUB_NAME, name, operator=club.operator)
    model = AuditTableModel(club)
    model.set_filter(AuditFilter())
    assert (model.rowCount(), model.total) == (2, 3)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()
    assert model.index(0, COL_ACTION).data() == "Setting changed"
    assert [model.entry_at(r).details["new"] for r in range(3)] == ["C", "B", "A"]
    assert model.index(2, COL_SUBJECT).data() == "club_name"
    qtmodeltester.check(model)
