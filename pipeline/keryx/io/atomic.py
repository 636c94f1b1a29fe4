"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from keryx.io.files import current_umask


def atomic_write(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Write via a temporary file in the same folder and ``os.replace``: never half a file.

    ``mkstemp`` makes the file 0600; it is given the mode a plain ``open`` would (0666 less
    the umask), so outputs are as readable as any other file the user writes. ``durable=False``
    skips the ``fsync``: still atomic for readers and after a killed process, but not proof
    against a power cut; for pages every run rebuilds from the records (syncing one view per
    document took about 2 % of a batch's time).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as fb:
                fb.write(data)
                fb.flush()
                if durable:
                    os.fsync(fb.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as ft:
                ft.write(data)
                ft.flush()
                if durable:
                    os.fsync(ft.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
