"""FastAPI dependencies: what a route needs from the application's state, declared in its signature."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

from fastapi import Depends, Request

from ..config import Config
from ..errors import ApiError
from .settings import ServerSettings

if TYPE_CHECKING:
    from ..corpus.store import Store

T = TypeVar("T")


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


def get_config(request: Request) -> Config:
    config: Config = request.app.state.config
    return config


class Corpus:
    """The server's corpus store, used one call at a time: the store shares one SQLite connection."""

    def __init__(self, store: Store, lock: threading.Lock) -> None:
        self.store, self.lock = store, lock

    def run(self, fn: Callable[[Store], T]) -> T:
        """``fn(store)`` under the store's lock. A library error goes to the app's handler (ArticleNotFound is
        404, another StoreError 400); a value the store refuses is a 422."""
        with self.lock:
            try:
                return fn(self.store)
            except (TypeError, ValueError) as exc:
                raise ApiError(422, "validation_error", str(exc)) from exc


def get_corpus(request: Request) -> Corpus:
    """The corpus store; 404 ``no_store`` when the server was started without ``--db``."""
    store: Any = request.app.state.store
    if store is None:
        raise ApiError(404, "no_store", "this server has no corpus store: start it with --db FILE")
    return Corpus(store, request.app.state.store_lock)


SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
ConfigDep = Annotated[Config, Depends(get_config)]
CorpusDep = Annotated[Corpus, Depends(get_corpus)]
