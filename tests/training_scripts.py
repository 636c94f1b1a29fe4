"""Load a script of training/ as a module, for the tests of its functions (it is no package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TRAINING = Path(__file__).resolve().parents[1] / "training"


def load_training_script(filename: str) -> ModuleType:
    """Import ``training/<filename>`` under a private name, registered so dataclasses resolve."""
    name = "keryx_training_" + Path(filename).stem
    spec = importlib.util.spec_from_file_location(name, TRAINING / filename)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
