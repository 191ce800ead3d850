"""chronicle's exceptions and warnings (raised by the compiled module)."""


class ChronicleError(Exception):
    """An input chronicle could not read.

    Attributes:
        message: what is wrong and what to do about it.
        file: the file it is in, or None (text given from Python, standard input).
        line: the 1-based line of the file (a JSONL record) or, for articles given as a
            Python list, the article's 1-based position in the list; None otherwise.
        diagnostics: every problem met (``chronicle.read`` with several inputs), as
            dicts with ``severity``, ``file``, ``line`` and ``message``.
    """

    def __init__(self, message, file=None, line=None, diagnostics=None):
        super().__init__(message, file, line)
        self.message = message
        self.file = file
        self.line = line
        self.diagnostics = diagnostics or []

    def __str__(self):
        where = self.file or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message

    def __reduce__(self):
        return (type(self), (self.message, self.file, self.line, self.diagnostics))


class ChronicleWarning(UserWarning):
    """An input chronicle read imperfectly (e.g. a ``dct`` field that is not a date,
    invalid UTF-8 replaced); the message names the file and line."""
