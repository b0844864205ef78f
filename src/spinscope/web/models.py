"""The request and response models of the REST API that are not the result model."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    """The shape of every error response."""

    error: ErrorDetail


class AnalyzeRequest(BaseModel):
    """An article to analyze: ``text`` or ``html``, with optional metadata."""

    text: str | None = Field(default=None, description="Plain article text (first line + blank line = title).")
    html: str | None = Field(default=None, description="An HTML page; the main text is extracted.")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    id: str | None = None
    store: bool = Field(default=False, description="Also store the result in the corpus.")


class Health(BaseModel):
    status: str
    version: str
    components: list[str]
    store: bool
