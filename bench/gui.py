"""Start-up and member-view figures of the GUI, each against its floor.

The app implements the measuring end (`main.py --bench-startup`,
`--bench-member-view`, see clubcrm/ui/bench.py); this side spawns it in
fresh processes, interleaved with a bare PySide6 window so that machine
drift hits both alike, and reports medians.
"""

from __future__ import annotations

from pathlib import Path

from bench.processes import ROOT, ChildRun, measure
from bench.stats import Row, median

BARE_WINDOW = ROOT / "bench" / "bare_window.py"
MAIN = ROOT / "main.py"
STARTUP_BUDGET_S = 1.0  # clubcrm/app.py: "the start-up budget is 1 s to a responsive window"


def startup(db: Path, *, runs: int) -> tuple[list[Row], dict[str, list[ChildRun]]]:
    """Cold start to a responsive main window: the app versus a bare window."""
    bare: list[ChildRun] = []
    app: list[ChildRun] = []
    for _ in range(runs):
        bare.append(measure([str(BARE_WINDOW)]))
        app.append(measure([str(MAIN), "--db", str(db), "--bench-startup"]))
    rows = _startup_rows("bare PySide6 window", bare)
    app_rows = _startup_rows("app main window", app, target_s=STARTUP_BUDGET_S)
    rows += app_rows
    if app_rows[0].value is not None and rows[0].value:
        ratio = app_rows[0].value / rows[0].value
        rows.append(Row("startup", "app / bare window, wall median", ratio, "x"))
    return rows, {"bare": bare, "app": app}


def member_view(db: Path, *, runs: int) -> tuple[list[Row], list[ChildRun]]:
    """Opening the member view on the bench club, and the GUI process's peak RSS."""
    children = [measure([str(MAIN), "--db", str(db), "--bench-member-view"]) for _ in range(runs)]
    good = [c for c in children if c.ok("member_view_seconds")]
    if not good:
        note = _failure_note("--bench-member-view", children)
        return [Row("member_view", "open member view", None, "s", note=note)], children
    n = f"(median of {len(good)})"
    return [
        Row("member_view", f"open, app-measured {n}",
            median([c.values["member_view_seconds"] for c in good]), "s"),
        Row("member_view", f"spawn -> reported, wall {n}",
            median([c.seen_at["member_view_seconds"] for c in good]), "s"),
        Row("member_view", f"peak RSS, app-reported {n}",
            median([c.values.get("peak_rss_mb", 0.0) for c in good]), "MB"),
        Row("member_view", f"peak RSS, wait4 rusage {n}",
            median([c.peak_rss_mb for c in good]), "MB"),
    ], children


def _startup_rows(
    label: str, children: list[ChildRun], *, target_s: float | None = None
) -> list[Row]:
    good = [c for c in children if c.ok("startup_seconds")]
    if not good:
        note = _failure_note("--bench-startup", children)
        return [Row("startup", f"{label}, wall", None, "s", note=note)]
    wall = median([c.seen_at["startup_seconds"] for c in good])
    target = f"< {target_s:g} s" if target_s else ""
    ok = wall < target_s if target_s else None
    n = f"(median of {len(good)})"
    return [
        Row("startup", f"{label}, wall {n}", wall, "s", target, ok),
        Row("startup", f"{label}, self-reported {n}",
            median([c.values["startup_seconds"] for c in good]), "s"),
        Row("startup", f"{label}, peak RSS {n}", median([c.peak_rss_mb for c in good]), "MB"),
    ]


def _failure_note(flag: str, children: list[ChildRun]) -> str:
    last = children[-1] if children else None
    if last is None:
        return "no runs"
    reason = "timed out" if last.timed_out else f"exit code {last.exit_code}"
    tail = " ".join(last.stderr_tail.strip().splitlines()[-2:])
    return f"main.py {flag} gave no figure ({reason}): {tail}"[:300]
