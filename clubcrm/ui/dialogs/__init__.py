"""Dialogs: forms and confirmations opened from the views."""
