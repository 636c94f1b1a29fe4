"""The per-document time limit stops a runaway block, even when its first stop is swallowed."""
from __future__ import annotations

import time

import pytest

from keryx.io.deadline import Deadline, DocumentTimeoutError


def _busy(seconds: float) -> None:
    """Python bytecode for ``seconds`` (an asynchronous exception can land at any of it)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


class _SlowFinaliser:
    """An object whose ``__del__`` runs Python code: an exception raised in it is swallowed."""

    def __del__(self) -> None:
        _busy(0.6)


@pytest.mark.parametrize("limit", [0.2, 0.3])
def test_a_runaway_block_is_stopped(limit: float) -> None:
    start = time.monotonic()
    with pytest.raises(DocumentTimeoutError, match="time limit"):
        with Deadline(limit, "x.txt"):
            _busy(30)
    assert time.monotonic() - start < 10


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed one, by design
def test_a_stop_swallowed_by_a_finaliser_is_delivered_again() -> None:
    start = time.monotonic()
    with pytest.raises(DocumentTimeoutError):
        with Deadline(0.2, "x.txt"):
            obj = _SlowFinaliser()
            del obj  # the limit passes inside __del__, where Python swallows the exception
            _busy(30)
    assert time.monotonic() - start < 10  # without a second delivery the block would run its 30 s


@pytest.mark.parametrize("limit", [None, 0, 5.0])
def test_a_block_within_its_limit_ends_normally(limit: float | None) -> None:
    with Deadline(limit, "x.txt"):
        _busy(0.05)
    time.sleep(0.05)  # nothing fires once the block has ended
