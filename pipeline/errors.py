"""One exception hierarchy: every error keryx raises on purpose is a KeryxError."""


class KeryxError(Exception):
    """Base class; ``code`` is a short stable identifier used in error records."""

    code = "error"


class InputError(KeryxError):
    code = "input"


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class UnsupportedFormatError(InputError):
    code = "format"


class TooLargeError(InputError):
    code = "too_large"


class ModelError(KeryxError):
    code = "model"


class TrainingError(KeryxError):
    code = "training"
