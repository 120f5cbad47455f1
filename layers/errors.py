"""Errors meant for the user: one sentence saying what is wrong, where, and what to do."""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is shown to the user as is (no traceback)."""


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""
