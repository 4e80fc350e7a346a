"""Typed ids, so that ids of different kinds cannot be swapped by mistake."""

from typing import NewType

MemberId = NewType("MemberId", int)
TierId = NewType("TierId", int)
StaffId = NewType("StaffId", int)
