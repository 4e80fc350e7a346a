"""Legacy import, as the wizard and the command line use it: open a file and
find its layout, preview, commit, list and undo batches, export the rejected
rows, write the template, import consumption history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from clubcrm.db.database import Database
from clubcrm.domain.cards import ProductKind
from clubcrm.domain.ids import StaffId
from clubcrm.domain.import_values import Cell, as_text
from clubcrm.domain.staff import Permission
from clubcrm.io.table_reader import ReadLimits, Table, read_table, sheet_names, stream_rows
from clubcrm.services import import_files
from clubcrm.services.import_commit import ImportResult, Progress, StopCheck, commit_members
from clubcrm.services.import_header import Header, locate_header
from clubcrm.services.import_history import (
    HISTORY_LIMITS,
    HistoryResult,
    file_digest,
    import_history,
)
from clubcrm.services.import_mapping import (
    HEADER_SEARCH_ROWS,
    HISTORY_FIELDS,
    MEMBER_FIELDS,
    Field,
    Mapping,
    MappingStore,
    auto_mapping,
    mapping_from_names,
)
from clubcrm.services.import_preview import ExistingMember, Preview, build_rows, find_duplicates
from clubcrm.services.import_rows import Catalogue, name_key
from clubcrm.services.import_undo import UndoResult, undo_batch
from clubcrm.services.permissions import require

MEMBER_LIMITS = ReadLimits(max_rows=200_000)
# Members of undone batches are gone for a re-import (their numbers were freed).
_LIVE_MEMBERS = """
SELECT id, member_no, name, phone FROM members WHERE status != 'merged' AND id NOT IN (
    SELECT m.member_id FROM import_batch_members m JOIN import_batches b ON b.id = m.batch_id
    WHERE b.undone_at IS NOT NULL AND m.created)
"""


@dataclass(slots=True)
class Layout:
    """A file opened for import: the table, where its header is, and the mapping
    (a saved one for this layout, or the automatic one)."""

    path: Path
    table: Table
    header: Header
    mapping: Mapping
    saved_mapping: bool

    @property
    def headers(self) -> list[Cell]:
        return list(self.header.names)

    def samples(self, column: int, count: int = 3) -> list[Cell]:
        start = self.header.body_start
        return [row[column] if column < len(row) else ""
                for row in self.table.rows[start:start + count]]

    def distinct(self, field_: Field, mapping: Mapping | None = None) -> Counter[str]:
        """The values of a mapped column (under `mapping`, by default the
        layout's) and how often each occurs: the file's tier names, for mapping
        them by hand."""
        mapping = self.mapping if mapping is None else mapping
        column = next((i for i, f in mapping.items() if f is field_), None)
        if column is None:
            return Counter()
        return Counter(text for row in self.table.rows[self.header.body_start:]
                       if column < len(row) and (text := as_text(row[column])))


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """The user's choices beyond the mapping: a product per kind for rows
    without a known product (None: the first active one, or a new one), tiers
    mapped by hand (file tier name -> tier id, or None for no tier), and
    whether the guardians of the file's children under 14 consented (the
    operator confirms it, as on the member form)."""

    products: dict[ProductKind, int | None] = field(default_factory=dict)
    tiers: dict[str, int | None] = field(default_factory=dict)
    guardian_consent: bool = False


@dataclass(frozen=True, slots=True)
class BatchInfo:
    id: int
    kind: str
    file_name: str
    at: datetime
    operator: str
    rows_total: int
    rows_imported: int
    rows_rejected: int
    members_created: int
    cards_created: int
    undone_at: datetime | None


class ImportService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.mappings = MappingStore(db)

    def sheets(self, path: Path) -> list[str]:
        return sheet_names(path, limits=MEMBER_LIMITS)

    def open(self, path: Path, *, sheet: str | None = None, encoding: str | None = None,
             mapping_names: dict[str, str] | None = None,
             limits: ReadLimits = MEMBER_LIMITS) -> Layout:
        """Read the file and find its header and mapping; writes nothing."""
        table = read_table(path, sheet=sheet, encoding=encoding, limits=limits)
        header = locate_header(table, MEMBER_FIELDS)
        if mapping_names:
            return Layout(Path(path), table, header,
                          mapping_from_names(header.names, mapping_names), True)
        saved = self.mappings.load(header.names)
        return Layout(Path(path), table, header,
                      saved or auto_mapping(header.names, MEMBER_FIELDS), saved is not None)

    def open_history(self, path: Path, *, sheet: str | None = None,
                     encoding: str | None = None) -> Layout:
        """The head of a consumption history file, its header and mapping (the
        wizard's mapping step); the rows are read when it is imported."""
        rows = stream_rows(path, sheet=sheet, encoding=encoding, limits=HISTORY_LIMITS)
        head = list(islice(rows, HEADER_SEARCH_ROWS + 3))
        table = Table(sheet or Path(path).stem, [cells for _, cells in head],
                      head[0][0] if head else 1)
        header = locate_header(table, HISTORY_FIELDS)
        return Layout(Path(path), table, header, auto_mapping(header.names, HISTORY_FIELDS),
                      False)

    def preview(self, layout: Layout, *, options: ImportOptions = ImportOptions(),
                operator: StaffId, progress: Progress | None = None,
                today: date | None = None) -> Preview:
        """Every row as it will be imported, and the duplicates; writes nothing."""
        with self._db.read() as session:
            require(session, operator, Permission.IMPORT_DATA)
            run = session.connection().exec_driver_sql
            catalogue = _catalogue(run, options, today or date.today())
            existing = [ExistingMember(*row) for row in run(_LIVE_MEMBERS).all()]
            file_hash = file_digest(layout.path)
            before = [row[0] for row in run(
                "SELECT id FROM import_batches WHERE kind = 'members' AND file_hash = ? "
                "AND undone_at IS NULL ORDER BY id", (file_hash,)).all()]
        rows, raw = build_rows(layout.table, layout.header.body_start, layout.mapping,
                               catalogue, progress=progress)
        groups = find_duplicates(rows, existing)
        return Preview(layout.path.name, file_hash, layout.table.sheet, layout.headers,
                       layout.table.first_row + layout.header.index, dict(layout.mapping),
                       rows, groups, raw, catalogue, before)

    def commit(self, preview: Preview, *, operator: StaffId, progress: Progress | None = None,
               should_stop: StopCheck | None = None) -> ImportResult:
        return commit_members(self._db, preview, operator=operator, progress=progress,
                              should_stop=should_stop)

    def undo(self, batch_id: int, *, operator: StaffId) -> UndoResult:
        return undo_batch(self._db, batch_id, operator=operator)

    def history(self, path: Path, *, operator: StaffId, **options: object) -> HistoryResult:
        return import_history(self._db, path, operator=operator, **options)  # type: ignore[arg-type]

    def batches(self, *, operator: StaffId) -> list[BatchInfo]:
        with self._db.read() as session:
            require(session, operator, Permission.IMPORT_DATA)
            rows = session.connection().exec_driver_sql(
                "SELECT b.id, b.kind, b.file_name, b.at, s.display_name, b.rows_total, "
                "b.rows_imported, b.rows_rejected, b.members_created, b.cards_created, "
                "b.undone_at FROM import_batches b JOIN staff s ON s.id = b.operator_id "
                "ORDER BY b.id DESC").all()
        return [BatchInfo(*row[:3], datetime.fromisoformat(row[3]), *row[4:10],
                          datetime.fromisoformat(row[10]) if row[10] else None) for row in rows]

    def export_rejected(self, preview: Preview, path: Path) -> int:
        return import_files.write_rejected(preview, path)

    @staticmethod
    def write_template(path: Path) -> None:
        import_files.write_template(path)

    def tiers(self) -> list[tuple[int, str]]:
        """The club's tiers, lowest first, for mapping a file's tier names."""
        with self._db.read() as session:
            return [(row[0], row[1]) for row in session.connection().exec_driver_sql(
                "SELECT id, name FROM tiers ORDER BY rank, id").all()]

    def products(self) -> list[tuple[int, str, ProductKind]]:
        with self._db.read() as session:
            return [(row[0], row[1], ProductKind(row[2])) for row in
                    session.connection().exec_driver_sql(
                        "SELECT id, name, kind FROM card_products WHERE active "
                        "ORDER BY name").all()]


def _catalogue(run: Callable, options: ImportOptions, today: date) -> Catalogue:  # type: ignore[type-arg]
    products = {name_key(name): (pid, ProductKind(kind)) for pid, name, kind in run(
        "SELECT id, name, kind FROM card_products WHERE active ORDER BY id").all()}
    tiers: dict[str, int | None] = {name_key(name): tid for tid, name in run(
        "SELECT id, name FROM tiers").all()}
    tiers |= {name_key(name): tid for name, tid in options.tiers.items()}
    defaults: dict[ProductKind, int | None] = {}
    for kind in ProductKind:
        chosen = options.products.get(kind)
        first = next((pid for pid, k in products.values() if k is kind), None)
        defaults[kind] = chosen if chosen is not None else first
    return Catalogue(products, tiers, defaults, today, options.guardian_consent)

