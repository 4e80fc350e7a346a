"""Entry point of the desktop app: `python main.py`."""

from clubcrm.app import run

if __name__ == "__main__":
    raise SystemExit(run())
