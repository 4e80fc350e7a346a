"""The machine a run measured, printed first and stored with the results:
figures from different machines (or different runs) are not comparable."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import Any


def describe() -> dict[str, Any]:
    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "nproc": len(os.sched_getaffinity(0)),
        "ram_gib": round(_meminfo_kib("MemTotal") / 1024 / 1024, 1),
        "cpu": _cpu_model(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def format_machine(info: dict[str, Any]) -> str:
    return (
        f"date {info['date']} | {info['nproc']} CPUs ({info['cpu']}) | RAM {info['ram_gib']} GiB"
        f" | Python {info['python']} | SQLite {info['sqlite']} | {info['platform']}"
    )


def _meminfo_kib(key: str) -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"
