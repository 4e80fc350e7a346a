"""clubcrm: membership and customer relationship system for one service club."""

__app_name__ = "clubcrm"
__version__ = "0.1.0"
