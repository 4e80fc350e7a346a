"""The embedded segmentation module: who a member is to the club as of a date.

Pure functions over plain per-member figures (no database, no Qt): the
services read the figures (db/segment_activity.py) and store the results.
"""
