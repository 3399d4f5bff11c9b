"""Error types and the exit-code contract (documented in the README)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1  # a bug: please report it with --debug output
    USAGE = 2  # bad option or argument (Click's own code)
    UNREADABLE = 3  # input missing, a directory, not permitted, too large or binary
    NO_TEXT = 4  # input readable but holds no article text
    UNWRITABLE = 5  # --output file cannot be written (nothing is left half-written)
    NETWORK = 6  # a URL could not be fetched (offline, refused, timeout, HTTP error, too large)
    PARTIAL = 7  # digest written, but some inputs failed (listed on stderr and in its footer)
    STATE = 8  # the --new-only state file cannot be used
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    BROKEN_PIPE = 141  # the reader closed the pipe (128 + SIGPIPE)


class BriefError(Exception):
    """An expected failure: one line for stderr and the exit code to end with."""

    exit_code: ExitCode = ExitCode.INTERNAL


class InputError(BriefError):
    exit_code = ExitCode.UNREADABLE


class NoTextError(BriefError):
    exit_code = ExitCode.NO_TEXT


class OutputError(BriefError):
    exit_code = ExitCode.UNWRITABLE


class NetworkError(BriefError):
    exit_code = ExitCode.NETWORK


class StateError(BriefError):
    exit_code = ExitCode.STATE


class UsageError(BriefError):
    exit_code = ExitCode.USAGE
