"""The two kinds of failure the CLI, API and UI distinguish.

InputError: the user's input or options are wrong (CLI exit code 2). RunError: something failed
while working (exit code 1); the message names the fix and the run can be resumed.
"""


class DirectorError(Exception):
    """Base class: its message is one clear line meant for the user."""


class InputError(DirectorError):
    """Bad input or usage. Exit code 2."""


class RunError(DirectorError):
    """A failure at run time. Exit code 1."""
