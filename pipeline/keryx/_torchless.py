"""Keep torch out of spaCy-only processes.

thinc imports torch whenever it is installed (the ``stanza`` extra installs it) to offer its
optional PyTorch interop, which keryx's spaCy models never use. That import alone cost 1.3 s
and ~230 MB at every start-up (issue 11). Hiding torch while ``thinc.compat`` is first imported
leaves thinc without that interop; torch itself stays importable afterwards, so the stanza
engine (which imports torch directly) still works in the same process.
"""

from __future__ import annotations

import os
import sys

ALLOW_ENV = "KERYX_ALLOW_TORCH"


def hide_torch_from_thinc() -> None:
    """Import ``thinc.compat`` with torch hidden, unless thinc or torch is already imported."""
    if "thinc.compat" in sys.modules or "torch" in sys.modules or os.environ.get(ALLOW_ENV):
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes "import torch" raise ImportError
    try:
        import thinc.compat  # noqa: F401
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
