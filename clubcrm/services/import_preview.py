"""The preview of a member import: every row as it will be imported, the
duplicate groups (inside the file, and against the club's members) with the
user's choice for each, and the counts. Reading the club is all it does:
nothing is written until the commit."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from clubcrm.domain.import_values import Cell
from clubcrm.domain.translatable import N_
from clubcrm.io.table_reader import Table
from clubcrm.services.import_mapping import Field, Mapping
from clubcrm.services.import_rows import (
    TIER_UNKNOWN,
    Action,
    Catalogue,
    ImportRow,
    Problem,
    read_rows,
)

RENUMBERED = "member_no_renumbered"

Progress = Callable[[int, int], None]


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
    raw: dict[int, list[Cell]]  # a rejected row's cells as read, by its index in `rows`
    catalogue: Catalogue
    imported_before: list[int] = field(default_factory=list)  # batches of the same file

    def choose(self, group_id: int, choice: Choice) -> None:
        """The user's choice for one duplicate group; the rows' actions follow."""
        self.groups[group_id].choice = choice
        _apply_choice(self.rows, self.groups[group_id])

    def unmapped_tiers(self) -> dict[str, int]:
        """The file's tier names the club lacks and nobody mapped, with their
        row counts (those rows are imported without a tier)."""
        found = Counter(row.tier_name for row in self.rows if row.action is not Action.REJECT
                        and any(p.code == TIER_UNKNOWN for p in row.problems))
        return dict(found.most_common())

    def has_work(self) -> bool:
        """Whether a commit would create a member or give one cards or points."""
        return any(row.action is Action.CREATE or (row.action is Action.ATTACH and
                                                   (row.cards or row.points))
                   for row in self.rows)

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


def build_rows(table: Table, body_start: int, mapping: Mapping, catalogue: Catalogue, *,
               progress: Progress | None = None) -> tuple[list[ImportRow], dict[int, list[Cell]]]:
    """Every non-empty row below the header, read under `mapping`, and the
    cells of the rejected ones as read (for the rejected-rows file)."""
    first = table.first_row + body_start
    body, numbers = [], []
    for offset, cells in enumerate(table.rows[body_start:]):
        if any(cell != "" and cell is not None for cell in cells):
            body.append(cells)
            numbers.append(first + offset)
    rows = read_rows(body, numbers, mapping, catalogue,
                     missing_formulas=table.missing_formulas, progress=progress)
    raw: dict[int, list[Cell]] = {}
    for index, row in enumerate(rows):
        if row.problems and row.rejected:
            row.action = Action.REJECT
            raw[index] = list(body[index])
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

    first_of_phone: dict[str, int] = {}
    first_of_no: dict[str, int] = {}
    joined = set()
    for index, row in enumerate(rows):
        if row.action is Action.REJECT:
            continue
        for key, first_of in ((row.phone, first_of_phone), (row.member_no, first_of_no)):
            if not key:
                continue
            other = first_of.setdefault(key, index)
            if other != index:
                parent[root(index)] = root(other)
                joined.add(index)
    components: dict[int, list[int]] = {}
    for index in joined:  # a joined row is never a root: its group's first row is
        components.setdefault(root(index), [root(index)]).append(index)
    for index, row in enumerate(rows):  # a lone row matching a member of the club
        if row.action is not Action.REJECT and index not in joined and index not in \
                components and (row.phone in by_phone or row.member_no in by_no):
            components[index] = [index]
    groups: list[DuplicateGroup] = []
    for members in sorted(sorted(group) for group in components.values()):
        match = _match(rows, members, by_phone, by_no)
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
    taken = {group.existing.member_no: group.existing.name} if group.existing else {}
    for position, index in enumerate(group.rows):
        row = rows[index]
        row.group = group.id
        row.problems = [p for p in row.problems if p.code != RENUMBERED]
        first = position == 0 and group.existing is None
        if group.choice is Choice.KEEP_BOTH:
            row.action = Action.CREATE
            _warn_if_renumbered(row, taken)
        elif group.choice is Choice.MERGE:
            row.action = Action.CREATE if first else Action.ATTACH
        else:
            row.action = Action.CREATE if first else Action.SKIP


def _warn_if_renumbered(row: ImportRow, taken: dict[str, str]) -> None:
    """Kept apart, a row whose member number is already someone's gets the
    club's next number: the preview says so before anything is written."""
    if not row.member_no:
        return
    if row.member_no in taken:
        row.problems.append(Problem(
            RENUMBERED, N_("Member number {member_no} is already {name}'s: this member gets "
                           "the next free number instead"),
            {"member_no": row.member_no, "name": taken[row.member_no]}, Field.MEMBER_NO,
            warning=True))
    else:
        taken[row.member_no] = row.name


def merge_target(preview: Preview, row: ImportRow) -> ImportRow | ExistingMember:
    """Who an attached row's cards and points go to: the club's member or the
    group's first row."""
    assert row.group is not None
    group = preview.groups[row.group]
    return group.existing or preview.rows[group.rows[0]]

