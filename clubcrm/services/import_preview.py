"""The preview of a member import: every row as it will be imported, the
duplicate groups (inside the file, and against the club's members) with the
user's choice for each, and the counts. Reading the club is all it does:
nothing is written until the commit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from clubcrm.domain.import_values import Cell
from clubcrm.domain.translatable import N_
from clubcrm.io.table_reader import Table
from clubcrm.services.import_mapping import Field, Mapping
from clubcrm.services.import_rows import (
    Action,
    Catalogue,
    ImportRow,
    RowReader,
    zero_padded_width,
)

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 2_000


class Choice(StrEnum):
    """What to do with a group of rows that are probably one person."""

    MERGE = "merge"  # one member; every row's cards and points go to it
    KEEP_BOTH = "keep_both"  # separate members (a shared phone, e.g. a family)
    SKIP = "skip"  # import the first row only, or none if the club has the member


CHOICE_LABELS = {
    Choice.MERGE: N_("Merge into one member"),
    Choice.KEEP_BOTH: N_("Keep them separate"),
    Choice.SKIP: N_("Skip the duplicates"),
}


@dataclass(frozen=True, slots=True)
class ExistingMember:
    id: int
    member_no: str
    name: str
    phone: str


@dataclass(slots=True)
class DuplicateGroup:
    """Rows (indexes into `Preview.rows`) that share a phone or a member
    number, and the club's member they match, if any."""

    id: int
    rows: list[int]
    existing: ExistingMember | None
    choice: Choice
    reason: str  # "phone" or "member_no"


@dataclass(frozen=True, slots=True)
class Counts:
    rows: int
    new: int  # members to create
    attached: int  # rows merged into another member
    duplicates: int  # rows in a duplicate group
    skipped: int
    rejected: int
    warnings: int
    cards: int


@dataclass(slots=True)
class Preview:
    file_name: str
    file_hash: str
    sheet: str
    headers: list[Cell]
    header_row: int  # file row number of the header
    mapping: Mapping
    rows: list[ImportRow]
    groups: list[DuplicateGroup]
    raw: list[list[Cell]]  # each row's cells as read, for the rejected-rows file
    catalogue: Catalogue
    imported_before: list[int] = field(default_factory=list)  # batches of the same file

    def choose(self, group_id: int, choice: Choice) -> None:
        """The user's choice for one duplicate group; the rows' actions follow."""
        self.groups[group_id].choice = choice
        _apply_choice(self.rows, self.groups[group_id])

    def counts(self) -> Counts:
        actions = [row.action for row in self.rows]
        return Counts(
            rows=len(self.rows), new=actions.count(Action.CREATE),
            attached=actions.count(Action.ATTACH),
            duplicates=sum(len(group.rows) for group in self.groups),
            skipped=actions.count(Action.SKIP), rejected=actions.count(Action.REJECT),
            warnings=sum(1 for row in self.rows if any(p.warning for p in row.problems)),
            cards=sum(len(row.cards) for row in self.rows
                      if row.action in (Action.CREATE, Action.ATTACH)))


def build_rows(table: Table, header_index: int, mapping: Mapping, catalogue: Catalogue, *,
               progress: Progress | None = None) -> tuple[list[ImportRow], list[list[Cell]]]:
    """Every non-empty row below the header, read under `mapping`."""
    body = table.rows[header_index + 1:]
    member_no_column = next((i for i, f in mapping.items() if f is Field.MEMBER_NO), None)
    reader = RowReader(mapping, catalogue,
                       padded_width=zero_padded_width(body, member_no_column),
                       missing_formulas=table.missing_formulas)
    first = table.first_row + header_index + 1
    rows, raw = [], []
    for offset, cells in enumerate(body):
        if progress and offset % PROGRESS_EVERY == 0:
            progress(offset, len(body))
        if all(cell == "" or cell is None for cell in cells):
            continue
        row = reader.read(first + offset, cells)
        if row.rejected:
            row.action = Action.REJECT
        rows.append(row)
        raw.append(cells)
    return rows, raw


def find_duplicates(rows: list[ImportRow], existing: Sequence[ExistingMember]) -> \
        list[DuplicateGroup]:
    """Group rows sharing a phone or a member number with each other or with a
    member of the club; each group gets its default choice (merge inside the
    file, skip against the club: re-importing a file adds nobody twice)."""
    by_phone = {member.phone: member for member in existing}
    by_no = {member.member_no: member for member in existing}
    parent = list(range(len(rows)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    seen: dict[tuple[str, str], int] = {}
    for index, row in enumerate(rows):
        if row.action is Action.REJECT:
            continue
        for key in (("phone", row.phone), ("member_no", row.member_no)):
            if key[1]:
                if key in seen:
                    parent[root(index)] = root(seen[key])
                else:
                    seen[key] = index
    components: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        if row.action is not Action.REJECT:
            components.setdefault(root(index), []).append(index)
    groups: list[DuplicateGroup] = []
    for members in components.values():
        match = _match(rows, members, by_phone, by_no)
        if len(members) < 2 and match is None:
            continue
        reason = "member_no" if match and match[0] == "member_no" else "phone"
        group = DuplicateGroup(len(groups), members, match[1] if match else None,
                               Choice.SKIP if match else Choice.MERGE, reason)
        groups.append(group)
        _apply_choice(rows, group)
    return groups


def _match(rows: list[ImportRow], members: list[int], by_phone: dict[str, ExistingMember],
           by_no: dict[str, ExistingMember]) -> tuple[str, ExistingMember] | None:
    for index in members:
        row = rows[index]
        if row.member_no and row.member_no in by_no:
            return "member_no", by_no[row.member_no]
        if row.phone in by_phone:
            return "phone", by_phone[row.phone]
    return None


def _apply_choice(rows: list[ImportRow], group: DuplicateGroup) -> None:
    for position, index in enumerate(group.rows):
        row = rows[index]
        row.group = group.id
        first = position == 0 and group.existing is None
        if group.choice is Choice.KEEP_BOTH:
            row.action = Action.CREATE
        elif group.choice is Choice.MERGE:
            row.action = Action.CREATE if first else Action.ATTACH
        else:
            row.action = Action.CREATE if first else Action.SKIP


def merge_target(preview: Preview, row: ImportRow) -> ImportRow | ExistingMember:
    """Who an attached row's cards and points go to: the club's member or the
    group's first row."""
    assert row.group is not None
    group = preview.groups[row.group]
    return group.existing or preview.rows[group.rows[0]]

