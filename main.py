"""Entry point of the desktop app: `python main.py`."""

from multiprocessing import freeze_support

from clubcrm.app import run

if __name__ == "__main__":
    # `verify` checks a big ledger in worker processes; a frozen build must
    # let them start as workers instead of opening another app window.
    freeze_support()
    raise SystemExit(run())
