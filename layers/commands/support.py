"""The command-line error convention shared by every ``regionmap`` command.

An error ends with exit code 2 and one last stderr line ``regionmap: <what is wrong, where, what to do>``.
Never a traceback: unexpected exceptions are logged to a file in the user's cache folder
(:func:`layers.userdirs.log_exception`), named in that line.  A warning is one stderr line
``warning: <what>`` (:func:`print_warning`).  The two prefixes stay English in every language, so that scripts
that look for them keep working; the words after them are in the interface language (``layers.i18n``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from layers.errors import Cancelled, UserError
from layers.i18n import translate
from layers.userdirs import log_exception

EXIT_ERROR = 2
ERROR_PREFIX = "regionmap: "
WARNING_PREFIX = "warning: "


def fail(message: str) -> NoReturn:
    raise UserError(message)


class ArgumentParser(argparse.ArgumentParser):
    """argparse whose errors follow the convention instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UserError(translate(
            "cli", "{prog}: {message}; see '{prog} --help'").format(prog=self.prog, message=message))


def one_line(message: str) -> str:
    """``message`` with every control character escaped (``\\n``, ``\\t``, ``\\x1b``...) and backslashes doubled,
    so that a file name holding a newline (or a terminal escape) can neither split the last stderr line nor
    rewrite the terminal.  Every message on stderr passes here, so no path needs escaping where it is named."""
    out = []
    for ch in message:
        if ch == "\\":
            out.append("\\\\")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            out.append(repr(ch)[1:-1])
    return "".join(out)


def print_error(message: str) -> None:
    sys.stderr.write(f"{ERROR_PREFIX}{one_line(message)}\n")
    sys.stderr.flush()


def print_warning(message: str) -> None:
    """``warning: <message>`` on stderr, one line (``message`` already in the language)."""
    sys.stderr.write(f"{WARNING_PREFIX}{one_line(message)}\n")


def run_command(fn: Callable[[Sequence[str]], int | None], argv: Sequence[str], context: str) -> int:
    """Run ``fn(argv)`` and turn every failure into exit code 2 with one clear last line."""
    try:
        return int(fn(argv) or 0)
    except SystemExit as exc:  # --help and argparse's own exits
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_ERROR)
        return code
    except UserError as exc:
        print_error(str(exc))
        return EXIT_ERROR
    except Cancelled:
        print_error(translate("cli", "{context}: cancelled").format(context=context))
        return EXIT_ERROR
    except KeyboardInterrupt:
        print_error(translate("cli", "{context}: interrupted by the user").format(context=context))
        return EXIT_ERROR
    except MemoryError:
        print_error(translate(
            "cli", "{context}: out of memory; try a smaller file or close other programs").format(
            context=context))
        return EXIT_ERROR
    except Exception as exc:
        where = log_exception(exc, context)
        detail = (translate("cli", "details in {where}").format(where=where) if where
                  else translate("cli", "details could not be logged"))
        print_error(translate(
            "cli", "{context}: unexpected {name}: {exc} ({detail}); please report it").format(
            context=context, name=type(exc).__name__, exc=exc, detail=detail))
        return EXIT_ERROR


def exit_now(code: int) -> NoReturn:
    """End a command's process with ``code`` once everything it started has finished: its other threads joined
    and the exit handlers run (temporary folders removed, logs closed), standard output and error flushed.  Only
    the interpreter's teardown is left out (freeing every object and module one by one, about 0.1 s after a
    coverage run, which a planner would wait for with nothing left to do)."""
    import atexit
    import threading

    if sys.getprofile() is not None or sys.gettrace() is not None:  # a profiler or debugger reports at the end
        raise SystemExit(code)
    shutdown = getattr(threading, "_shutdown", None)  # what the interpreter's exit does first: join the threads
    if shutdown is not None:
        shutdown()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (``regionmap coverage | head``)
            stream.flush()
    os._exit(code)
