"""Paths and files as they really are on disk: odd names, special files, links.

Filenames on POSIX are bytes; Python carries undecodable bytes as lone surrogates, which
cannot be written as UTF-8. Everything keryx writes (records, error records, messages) uses
:func:`display_path`, which spells such bytes as ``\\xNN`` so the output stays valid UTF-8.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from keryx.errors import InputError


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as valid UTF-8 text: undecodable bytes of the filename become ``\\xNN``."""
    text = os.fspath(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def safe_text(text: str) -> str:
    """Any message (it may quote a filename) as valid UTF-8 text."""
    return display_path(text)


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, what in _KINDS:
        if test(mode):
            return what
    return "not a regular file"


def require_regular(path: Path, st: os.stat_result) -> None:
    """Refuse FIFOs, sockets and devices before opening them: reading a FIFO can block for ever."""
    if not stat.S_ISREG(st.st_mode):
        what = file_kind(st.st_mode)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{display_path(path)}: is a folder, not a file; give a file or use the batch command")
        raise InputError(f"{display_path(path)}: is {what}, not a regular file; save the text to a file "
                         "(or pipe it in with `keryx extract -`)")


def current_umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
