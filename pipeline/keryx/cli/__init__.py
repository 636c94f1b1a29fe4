"""The ``keryx`` command (typer); see :mod:`keryx.cli.app`."""
import os

# The command parallelises by processes (``batch -j``), so each process's nets run on one BLAS
# thread: more threads per process oversubscribe the cores and, on a busy machine, made a
# batch nearly twice as slow. A user's own setting wins. Set before anything imports numpy.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from keryx.cli import view as _view  # noqa: E402,F401  (registers ``keryx view``)
from keryx.cli.app import app  # noqa: E402

__all__ = ["app"]
