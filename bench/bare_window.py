"""The floor for start-up: a bare PySide6 main window, shown and with its
first events processed. Run by bench/startup.py in a fresh process; prints
`startup_seconds=` measured from the process's creation (as the kernel
recorded it), so interpreter start-up counts as it does for the app."""

from __future__ import annotations

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def seconds_since_process_start() -> float:
    """From /proc (10 ms ticks); falls back to the time since this script began."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        boot_seconds = time.clock_gettime(time.CLOCK_BOOTTIME)
        return boot_seconds - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - T0


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    print(f"startup_seconds={seconds_since_process_start():.3f}", flush=True)
    print(f"script_seconds={time.perf_counter() - T0:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
