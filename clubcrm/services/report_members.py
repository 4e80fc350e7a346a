"""Members: new, active, retained, dormant and churned; retention and churn rates.

Dormant and churned members are the segmentation's, as of the period's last
day (the report computes it once, for this section and the segments one).
A merged duplicate counts as the member it was merged into.
"""

from __future__ import annotations

from clubcrm.domain.reports import Column, ColumnKind, Period, Section, Table, ratio_permille
from clubcrm.domain.translatable import N_
from clubcrm.segmentation.model import Lifecycle
from clubcrm.services.report_source import ReportSource, t

ACTIVE_SOURCES = (
    # Consumption not reversed; a family member served on another's card is the active one.
    ("SELECT DISTINCT COALESCE(l.served_member_id, l.member_id) FROM ledger l "
     "WHERE l.at >= ? AND l.at < ? AND l.kind = 'consume' AND l.member_id IS NOT NULL "
     "AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses_id = l.id)"),
    "SELECT DISTINCT member_id FROM history_consumption WHERE at >= ? AND at < ?",
    ("SELECT DISTINCT member_id FROM visits WHERE at >= ? AND at < ? AND undone_at IS NULL "
     "AND member_id IS NOT NULL"),
)


def section(source: ReportSource) -> Section:
    period, previous = source.period, source.period.previous()
    survivors = _survivors(source)
    active = _active(source, period, survivors)
    active_before = _active(source, previous, survivors)
    active_two_before = _active(source, previous.previous(), survivors)
    segments = source.segments()
    counts = Table(
        t(N_("Members")),
        (Column(t(N_("Figure")), width=30), Column(t(N_("This period")), ColumnKind.INT, 14),
         Column(t(N_("Previous period")), ColumnKind.INT, 14)),
        ((t(N_("New members")), _joined(source, period), _joined(source, previous)),
         (t(N_("Active members")), len(active), len(active_before)),
         (t(N_("Active in the previous period and again in this one")),
          len(active & active_before), len(active_before & active_two_before)),
         (t(N_("Members at the period's end")), _members_at(source, period.end),
          _members_at(source, previous.end)),
         (t(N_("Dormant members")), segments.dormant, None),
         (t(N_("Churned members")), segments.members_in("lifecycle", Lifecycle.CHURNED.value),
          None)),
    )
    retention = ratio_permille(len(active & active_before), len(active_before))
    retention_before = ratio_permille(len(active_before & active_two_before),
                                      len(active_two_before))
    rates = Table(
        t(N_("Retention and churn")),
        (Column(t(N_("Rate")), width=30), Column(t(N_("This period")), ColumnKind.PERCENT, 14),
         Column(t(N_("Previous period")), ColumnKind.PERCENT, 14)),
        ((t(N_("Retention rate")), retention, retention_before),
         (t(N_("Churn rate")), _complement(retention), _complement(retention_before))),
    )
    return Section("members", t(N_("Members")), tables=(counts, rates), notes=(
        t(N_("New members: members who joined in the period.")),
        t(N_("Active members: members with at least one consumption that was not reversed, "
             "imported history or a check-in that was not undone, in the period.")),
        t(N_("Retention rate: of the members active in the previous period of equal length "
             "({first} to {last}), the share also active in this period. Churn rate: 100% "
             "less the retention rate."), first=previous.first.isoformat(),
          last=previous.last.isoformat()),
        t(N_("Dormant members: members in the dormant segment as of {date}: no consumption "
             "and no check-in for more than {days} days (counted from the day they joined "
             "for members never active)."), date=segments.as_of.isoformat(),
          days=segments.thresholds.dormant_days),
        t(N_("Churned members: members at the churned lifecycle stage as of {date}: more "
             "than {days} days since their last consumption or check-in, or since they "
             "joined if never active (prospects, who never had a card, are not counted). "
             "Archived and merged members count in neither figure."),
          date=segments.as_of.isoformat(), days=segments.thresholds.churned_days),
    ))


def _complement(permille: int | None) -> int | None:
    return None if permille is None else 1000 - permille


def _survivors(source: ReportSource) -> dict[int, int]:
    """Each merged record's survivor (merges can chain)."""
    merged = dict(source.rows("SELECT id, merged_into_id FROM members "
                              "WHERE merged_into_id IS NOT NULL"))
    resolved = {}
    for member_id, target in merged.items():
        while target in merged:
            target = merged[target]
        resolved[member_id] = target
    return resolved


def _active(source: ReportSource, period: Period, survivors: dict[int, int]) -> set[int]:
    bounds = (period.first.isoformat(), period.end.isoformat())
    found: set[int] = set()
    for sql in ACTIVE_SOURCES:
        found.update(row[0] for row in source.rows(sql, bounds))
    return {survivors.get(member_id, member_id) for member_id in found}


def _joined(source: ReportSource, period: Period) -> int:
    return source.rows("SELECT COUNT(*) FROM members WHERE joined_on >= ? AND joined_on < ? "
                       "AND status != 'merged'",
                       (period.first.isoformat(), period.end.isoformat()))[0][0]


def _members_at(source: ReportSource, end) -> int:
    return source.rows("SELECT COUNT(*) FROM members WHERE joined_on < ? AND status != 'merged'",
                       (end.isoformat(),))[0][0]
