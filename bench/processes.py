"""Whole-process figures: the GUI's start-up and its member view, each run in
fresh subprocesses, timed from outside (spawn to the line the child prints
once its window has handled its first events) and with the child's peak RSS
as the kernel accounted it.

Peak RSS comes from `os.wait4`: the same accounting as
`resource.getrusage(RUSAGE_CHILDREN)`, but per child (RUSAGE_CHILDREN keeps
the largest of all children so far, so it cannot tell runs apart). And the
children are started by a small launcher process (this file run as a script,
standard library only), not by the benchmark process itself: Linux carries
the parent's resident size into a child's ru_maxrss across fork and exec, so
a child of the benchmark process, which holds the demo club's data, would
report at least ~280 MB whatever it really used (a bare window showed 278 MB
instead of 50 MB).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
TIMEOUT_S = 180


@dataclass
class ChildRun:
    """What one child process printed (`name=value` lines), when, and its peak RSS."""

    exit_code: int
    values: dict[str, float] = field(default_factory=dict)
    seen_at: dict[str, float] = field(default_factory=dict)  # seconds since spawn
    peak_rss_mb: float = 0.0
    stderr_tail: str = ""
    timed_out: bool = False

    def ok(self, key: str) -> bool:
        return self.exit_code == 0 and key in self.values and not self.timed_out


def measure(args: list[str], *, timeout: float = TIMEOUT_S) -> ChildRun:
    """Run `python args...` (from the repository root) through a fresh launcher process."""
    launcher = subprocess.run(
        [sys.executable, __file__, json.dumps({"args": args, "timeout": timeout})],
        capture_output=True, text=True, cwd=ROOT, env=_child_env(), timeout=timeout + 30,
    )
    if launcher.returncode != 0:
        return ChildRun(exit_code=launcher.returncode, stderr_tail=launcher.stderr[-600:])
    return ChildRun(**json.loads(launcher.stdout))


def _child_env() -> dict[str, str]:
    """Offscreen Qt, unbuffered output, and the app's files kept inside bench/.cache."""
    home = CACHE / "home"
    home.mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
        "CLUBCRM_HOME": str(home),
        "PYTHONPATH": str(ROOT),
    }


def _run_child(args: list[str], *, timeout: float) -> ChildRun:
    """In the launcher: spawn, collect `name=value` lines with their times, reap with wait4."""
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, *args], stdout=subprocess.PIPE, stderr=stderr, text=True
        )
        killed = threading.Event()
        watchdog = threading.Timer(timeout, lambda: (killed.set(), process.kill()))
        watchdog.start()
        run = ChildRun(exit_code=-1)
        assert process.stdout is not None
        for line in process.stdout:
            _record(run, line, time.perf_counter() - started)
        _, status, usage = os.wait4(process.pid, 0)
        watchdog.cancel()
        process.returncode = run.exit_code = os.waitstatus_to_exitcode(status)
        run.timed_out = killed.is_set()
        run.peak_rss_mb = usage.ru_maxrss / 1024  # KiB on Linux
        stderr.seek(0)
        run.stderr_tail = stderr.read().decode(errors="replace")[-600:]
    return run


def _record(run: ChildRun, line: str, elapsed: float) -> None:
    name, sep, value = line.strip().partition("=")
    if not sep:
        return
    try:
        run.values[name] = float(value)
    except ValueError:
        return
    run.seen_at[name] = elapsed


if __name__ == "__main__":
    request = json.loads(sys.argv[1])
    print(json.dumps(asdict(_run_child(request["args"], timeout=request["timeout"]))))
