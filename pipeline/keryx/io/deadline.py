"""A time limit for one piece of work in the current thread, so one runaway document cannot hold a worker.

A watchdog timer raises :class:`DocumentTimeoutError` asynchronously in the working thread
(``PyThreadState_SetAsyncExc``). Unlike ``signal.alarm`` this works in any thread (Dask runs
tasks in a thread pool) and on any worker. The exception arrives at the next Python bytecode,
so a single long C call finishes first; keryx keeps its C calls short (long texts are cut
into pieces before tokenising). An exception that lands in a ``__del__`` or a weakref callback
is swallowed by Python ("Exception ignored"), so the timer delivers it again every
``REDELIVER`` seconds until the block has ended.
"""

from __future__ import annotations

import ctypes
import threading
from types import TracebackType

from keryx.errors import KeryxError


class DocumentTimeoutError(KeryxError):
    """A document took longer than the batch's per-document time limit."""

    code = "timeout"


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)


class Deadline:
    """``with Deadline(seconds, what):`` raises DocumentTimeoutError if the block runs longer.

    ``seconds`` of None or <= 0 means no limit.
    """

    REDELIVER = 1.0  # seconds between deliveries while the block still runs (a swallowed one is lost)

    def __init__(self, seconds: float | None, what: str = "the document") -> None:
        self.seconds = seconds if seconds and seconds > 0 else None
        self.what = what
        self._lock = threading.Lock()
        self._active = False
        self._fired = False
        self._timer: threading.Timer | None = None
        self._thread = 0

    def __enter__(self) -> Deadline:
        if self.seconds is None:
            return self
        self._thread = threading.get_ident()
        self._active = True
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _fire(self) -> None:
        with self._lock:
            if self._active:
                self._fired = True
                _set_async_exc(self._thread, ctypes.py_object(DocumentTimeoutError))
                self._timer = threading.Timer(self.REDELIVER, self._fire)
                self._timer.daemon = True
                self._timer.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.seconds is None:
            return
        with self._lock:
            self._active = False
            if self._timer is not None:
                self._timer.cancel()
            if self._fired:  # clear it if it has not been delivered yet
                _set_async_exc(self._thread, ctypes.py_object())
        if self._fired:
            raise DocumentTimeoutError(f"{self.what}: processing took longer than the time limit of "
                                       f"{self.seconds:g} s; it was stopped (raise --timeout to allow more)") from None
