"""The base of every error the ``intervensi`` command reports as a message, not a traceback."""


class IntervensiError(Exception):
    """An expected failure whose message says what went wrong and what to do next."""
