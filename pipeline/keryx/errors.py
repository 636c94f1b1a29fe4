"""One exception hierarchy: every error keryx raises on purpose is a KeryxError."""


class KeryxError(Exception):
    """Base class; ``code`` is a short stable identifier used in error records."""

    code = "error"


class UsageError(KeryxError):
    """A wrong argument from the caller (a bad ``published`` date, an unknown engine)."""

    code = "usage"


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


class NoTextLayerError(InputError):
    """A PDF whose pages carry no extractable text (a scan): it needs OCR first."""

    code = "no_text_layer"


class EncryptedDocumentError(InputError):
    code = "encrypted"


class CorruptDocumentError(InputError):
    code = "corrupt"


class ModelError(KeryxError):
    code = "model"


class TrainingError(KeryxError):
    code = "training"
