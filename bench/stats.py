"""Percentiles and the result rows every benchmark reports."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    """One line of the results table; `value` None means "not measured" and `note` says why."""

    bench: str
    metric: str
    value: float | None
    unit: str
    target: str = ""
    ok: bool | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def percentile(samples: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: p99 of 500 samples is the 495th smallest, a real observation."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def ms(seconds: float) -> float:
    return seconds * 1000.0


HEADER = f"{'benchmark':<13} {'metric':<44} {'value':>11} {'unit':<5} {'target':<12} verdict"


def format_row(row: Row) -> str:
    value = "not measured" if row.value is None else f"{row.value:,.3f}"
    verdict = {True: "ok", False: "OVER", None: ""}[row.ok]
    line = f"{row.bench:<13} {row.metric:<44} {value:>11} {row.unit:<5} {row.target:<12} {verdict}"
    return f"{line}  {row.note}".rstrip()
