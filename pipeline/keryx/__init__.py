"""keryx: Greek press releases in, structured JSON event records out.

>>> from keryx import Extractor
>>> ex = Extractor()                 # loads the shipped Greek model, once
>>> record = ex.extract_file("samples/000_a64c21614b066e79.txt")
>>> print(record.to_json())

Nothing heavy happens at import time: the model is loaded by ``Extractor()``.
"""

from __future__ import annotations

__version__ = "0.2.0"

__all__ = ["Extractor", "Record", "KeryxError", "__version__"]


def __getattr__(name: str) -> object:
    # Lazy, so that "import keryx" stays cheap (the CLI's cold start depends on it).
    if name == "Extractor":
        from keryx.api import Extractor

        return Extractor
    if name == "Record":
        from keryx.records import Record

        return Record
    if name == "KeryxError":
        from keryx.errors import KeryxError

        return KeryxError
    raise AttributeError(name)
