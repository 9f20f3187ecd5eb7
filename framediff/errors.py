"""Errors framediff raises on bad input.

Each error carries one line that says what was wrong and what to try; the CLI prints that
line and exits with the error's status. They also subclass the matching built-in error so
library users can catch them the usual way.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of the command line, one per kind of failure."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INPUT = 3
    NETWORK = 4
    OUTPUT = 5


class FramediffError(Exception):
    """Base class: ``str(error)`` is the one line shown to the user."""

    exit_status: ExitStatus = ExitStatus.ERROR


class InputError(FramediffError, ValueError):
    """An input file, folder or corpus that cannot be read as articles."""

    exit_status = ExitStatus.INPUT


class EncodingError(InputError, UnicodeError):
    """Bytes whose text encoding cannot be told with confidence."""


class NotEnoughArticlesError(InputError):
    """A comparison was asked of fewer than two articles."""


class FetchError(FramediffError, OSError):
    """A URL that could not be fetched (unreachable, too large, not a page)."""

    exit_status = ExitStatus.NETWORK


class OutputError(FramediffError, OSError):
    """A report that could not be written where asked."""

    exit_status = ExitStatus.OUTPUT


class LessonError(InputError):
    """The articles have too little in common to build a lesson from them."""
