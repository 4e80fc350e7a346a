"""The legacy import figures (issue 8), in a fresh club under a temp folder:

- a 50,000-row x 12-column member list with balances (xlsx): python-calamine
  reading the file alone (the floor), then preview (read + header + mapping +
  every row checked + duplicates) and commit, each in one child process whose
  peak RSS the kernel reports; rows/s and the ratios to the calamine read;
- a 1,000,000-row consumption history CSV imported into that club.

    python -m bench --only import --runs 3

Each figure is the median of `--runs` runs, each in a fresh club.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median

from bench.processes import ChildRun, measure
from bench.stats import Row

MEMBERS = 50_000
HISTORY_ROWS = 1_000_000
PREVIEW_TARGET_S, COMMIT_TARGET_S, RSS_TARGET_MB, HISTORY_TARGET_S = 3.0, 5.0, 300.0, 30.0
HEADER = ["会员卡号", "姓名", "手机", "性别", "生日", "开卡日期", "等级", "余额", "赠送余额",
          "剩余次数", "到期日期", "积分"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"


def run(*, runs: int = 3) -> list[Row]:
    """Each figure the median of `runs` runs (a fresh club each); the calamine
    read is measured in the same runs, just before each import."""
    with tempfile.TemporaryDirectory(prefix="clubcrm-import-bench-") as scratch:
        folder = Path(scratch)
        xlsx, history = folder / "members.xlsx", folder / "history.csv"
        write_members(xlsx)
        write_history(history)
        reads, members, histories = [], [], []
        for number in range(runs):
            club = folder / f"run{number}"
            club.mkdir()
            reads.append(_child("read", xlsx, club))
            members.append(_child("members", xlsx, club))
            histories.append(_child("history", history, club))
    return _rows(median_run(reads), median_run(members), median_run(histories), runs)


def _child(kind: str, file: Path, club: Path) -> ChildRun:
    return measure(["-m", "bench.importing", kind, str(file), str(club)], timeout=600)


def median_run(runs: list[ChildRun]) -> ChildRun:
    """One run of medians: every value and the peak RSS (a failed run as it is)."""
    failed = next((run for run in runs if run.exit_code != 0 or run.timed_out), None)
    if failed is not None:
        return failed
    keys = set.intersection(*(set(run.values) for run in runs))
    return ChildRun(0, {key: median(run.values[key] for run in runs) for key in keys},
                    peak_rss_mb=median(run.peak_rss_mb for run in runs))


def _rows(reading: ChildRun, members: ChildRun, history: ChildRun, runs: int) -> list[Row]:
    if not members.ok("commit_s") or not reading.ok("calamine_read_s"):
        return [Row("import", "member import", None, "s",
                    note=(members.stderr_tail + reading.stderr_tail)[-300:])]
    v = members.values
    read, preview, commit = reading.values["calamine_read_s"], v["preview_s"], v["commit_s"]
    rows = [
        Row("import", f"calamine read {MEMBERS:,} x 12 (floor)", read, "s",
            note=f"median of {runs} runs, its own process; peak RSS "
                 f"{reading.peak_rss_mb:.0f} MB"),
        Row("import", "preview (read+check+duplicates)", preview, "s",
            f"<= {PREVIEW_TARGET_S:g} s", preview <= PREVIEW_TARGET_S,
            f"{MEMBERS / preview:,.0f} rows/s; {preview / read:.1f}x the calamine read"),
        Row("import", "commit (one transaction)", commit, "s", f"<= {COMMIT_TARGET_S:g} s",
            commit <= COMMIT_TARGET_S,
            f"{MEMBERS / commit:,.0f} rows/s; {commit / read:.1f}x the calamine read"),
        Row("import", "peak RSS, preview + commit", members.peak_rss_mb, "MB",
            f"<= {RSS_TARGET_MB:g} MB", members.peak_rss_mb <= RSS_TARGET_MB),
        Row("import", "members created", v.get("members", 0), "rows"),
    ]
    if history.ok("history_s"):
        seconds = history.values["history_s"]
        rows.append(Row("import", f"history {HISTORY_ROWS:,} rows (CSV)", seconds, "s",
                        f"<= {HISTORY_TARGET_S:g} s", seconds <= HISTORY_TARGET_S,
                        f"{history.values['imported']:,.0f} imported; "
                        f"{HISTORY_ROWS / seconds:,.0f} rows/s; "
                        f"peak RSS {history.peak_rss_mb:.0f} MB"))
    else:
        rows.append(Row("import", "history", None, "s", note=history.stderr_tail[-300:]))
    return rows


def write_members(path: Path) -> None:
    """50,000 members x 12 columns as an old system exports them (text numbers,
    dates, money with decimals), written with openpyxl's write-only mode. All
    adults: a child under 14 on joining would need guardian columns."""
    from openpyxl import Workbook

    rng = random.Random(8)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("会员")
    sheet.append(["XX健身会所会员名单"])
    sheet.append(HEADER)
    start = date(2018, 1, 1)
    for number in range(1, MEMBERS + 1):
        joined = start + timedelta(days=rng.randrange(2500))
        sheet.append([
            f"{number:06d}", rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))),
            f"1{rng.choice('3589')}{number:09d}", rng.choice(("男", "女", "")),
            f"{rng.randrange(1950, 2000)}.{rng.randrange(1, 13)}.{rng.randrange(1, 29)}",
            joined, rng.choice(("普通", "银卡", "金卡")),
            round(rng.randrange(0, 500_000) / 100, 2) if rng.random() < 0.7 else None,
            rng.randrange(0, 500) if rng.random() < 0.3 else None,
            rng.randrange(1, 50) if rng.random() < 0.3 else None,
            joined + timedelta(days=3650) if rng.random() < 0.4 else None,
            rng.randrange(0, 5000),
        ])
    workbook.save(path)


def write_history(path: Path) -> None:
    rng = random.Random(9)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["会员卡号", "消费时间", "金额", "项目", "支付方式"])
        for _ in range(HISTORY_ROWS):
            writer.writerow([f"{rng.randrange(1, MEMBERS + 1):06d}",
                             (f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} "
                              f"{rng.randrange(9, 22):02d}:{rng.randrange(60):02d}"),
                             f"{rng.randrange(1000, 50000) / 100:.2f}",
                             rng.choice(("游泳", "私教", "按摩", "搓澡")),
                             rng.choice(("现金", "微信", "支付宝", "会员卡"))])


def _child_read(xlsx: Path, _folder: Path) -> None:
    import python_calamine

    started = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(str(xlsx))
    workbook.get_sheet_by_index(0).to_python()
    print(f"calamine_read_s={time.perf_counter() - started:.4f}")


def _child_members(xlsx: Path, folder: Path) -> None:
    from clubcrm.services.club import open_club
    from clubcrm.services.imports import ImportService

    club = open_club(folder / "club.sqlite")
    service = ImportService(club.db)
    started = time.perf_counter()
    preview = service.preview(service.open(xlsx), operator=club.operator)
    print(f"preview_s={time.perf_counter() - started:.4f}")
    started = time.perf_counter()
    result = service.commit(preview, operator=club.operator)
    print(f"commit_s={time.perf_counter() - started:.4f}")
    print(f"members={result.members_created}")
    club.close()


def _child_history(path: Path, folder: Path) -> None:
    from clubcrm.services.club import open_club
    from clubcrm.services.imports import ImportService

    club = open_club(folder / "club.sqlite")
    started = time.perf_counter()
    result = ImportService(club.db).history(path, operator=club.operator)
    print(f"history_s={time.perf_counter() - started:.4f}")
    print(f"imported={result.imported}")
    club.close()


if __name__ == "__main__":
    kind, file, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    {"read": _child_read, "members": _child_members, "history": _child_history}[kind](
        file, folder)
