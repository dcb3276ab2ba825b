"""The one exception type users see: a message that fits on one line."""


class AikgError(Exception):
    """A user-facing error: bad input, bad query, unusable store. Exit code 1."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))
