"""Exceptions raised by spinscope. Each message carries a stable code (E0xx)."""

from __future__ import annotations


class SpinscopeError(Exception):
    """Base class for every error spinscope raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class UnsupportedInput(SpinscopeError):
    """The input cannot be read as an article (binary, empty, no text, bad JSON)."""

    code = "E010"


class InputTooLarge(UnsupportedInput):
    """The input is over the configured size limit."""

    code = "E011"


class UnreadablePath(UnsupportedInput):
    """The path does not exist or cannot be opened."""

    code = "E012"


class EmptyArticle(UnsupportedInput):
    """Nothing is left of the input after cleaning: only whitespace, control characters or page chrome."""

    code = "E013"


class ReplacedCharacters(SpinscopeError):
    """Characters that cannot be stored or shown (lone surrogates, NULs, control characters) were replaced or
    removed at the boundary; recorded as a warning on the result, never raised to the user."""

    code = "E014"


class PipelineConfigError(SpinscopeError):
    """The pipeline cannot be built: unknown component, or requirements not met."""

    code = "E020"


class ComponentError(SpinscopeError):
    """A component failed on one article; recorded on the result, never raised to the user."""

    code = "E030"


class AnalysisBudgetExceeded(SpinscopeError):
    """One article's analysis ran past its budget of time or memory and was stopped; the batch goes on."""

    code = "E035"

    def __init__(self, message: str, *, source: str | None = None, limit: str = "time") -> None:
        self.limit = limit  # "time" or "memory"
        super().__init__(message, source=source)


class StoreError(SpinscopeError):
    """The corpus store cannot be opened or written."""

    code = "E040"


class NotAStore(StoreError):
    """The file exists but is not a spinscope store; it is left untouched."""

    code = "E041"


class StoreBusy(StoreError):
    """Another process is ingesting into the same store."""

    code = "E042"


class StoreWriteError(StoreError):
    """A write failed (read-only file, disk full); the transaction was rolled back, the store is intact."""

    code = "E043"


class DamagedStore(NotAStore):
    """A page of the store is damaged (malformed, or text that is not UTF-8); nothing was written."""

    code = "E045"


class ArticleNotFound(StoreError):
    """No article with this id is in the store."""

    code = "E044"


class OutputError(SpinscopeError):
    """An output file cannot be written (missing folder, a folder in its place, an existing file without
    --force, disk full); nothing partial is left behind."""

    code = "E050"
