"""Domain exceptions: messages a clerk understands, shown without a traceback."""


class DudaoError(Exception):
    """A user-facing error: what is wrong, where, and what to do."""


class NotFoundError(DudaoError):
    """A record named by the user does not exist."""


class ValidationError(DudaoError):
    """Input failed validation; ``problems`` lists every finding."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])
