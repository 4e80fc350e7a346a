"""GUI fixtures: members made through the service, and the members view on a club.

The GUI runs in English here (no translator is installed), so tests read English text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from clubcrm.domain.member import Member, MemberDraft
from clubcrm.services.club import Club

from clubcrm.ui.views.members_view import MembersView

# The offscreen platform has no window manager: it warns that it cannot pass on size
# limits, raise a window or grab the keyboard for a popup.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
PEOPLE = (
    ("张三", "13800138000"),
    ("李四", "13911112222"),
    ("王五", "15022223333"),
    ("阿明", "18633334444"),
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen platform's warning in the GUI tests; any other Qt warning fails."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


AddMember = Callable[..., Member]


@pytest.fixture
def add_member(club: Club) -> AddMember:
    """Registers a member through the service: add_member(name, phone, **draft_fields)."""

    def add(name: str, phone: str, **fields: Any) -> Member:
        return club.members.register(
            MemberDraft(name=name, phone=phone, **fields), operator=club.operator
        )

    return add


@pytest.fixture
def people(add_member: AddMember) -> list[Member]:
    """Four members with known names and phones, numbered 000001-000004."""
    return [add_member(name, phone) for name, phone in PEOPLE]


@pytest.fixture
def crowd(club: Club) -> Club:
    """A club of 1,000 generated members (several pages of the member list)."""
    from clubcrm.services.demo import generate_demo

    generate_demo(club, members=1_000, months=12, seed=3)
    return club


@pytest.fixture
def view(qtbot: QtBot, club: Club) -> MembersView:
    """The members view, shown, on the test's club."""
    members_view = MembersView(club)
    qtbot.addWidget(members_view)
    members_view.resize(1200, 700)
    members_view.show()
    qtbot.waitUntil(members_view.isActiveWindow)
    return members_view
