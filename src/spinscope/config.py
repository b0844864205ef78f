"""User configuration: ``spinscope.toml`` adds sources, actors, lexicon words, component options and the layers.

Where it is read from, the first that applies:

1. the file given to :func:`use` (the CLI's ``--config FILE``) or to ``load_config(path)``;
2. the file named by ``SPINSCOPE_CONFIG``;
3. ``spinscope.toml`` in the working directory;
4. none: the built-in defaults.

The file (every section optional)::

    layers = ["language.v1", "segment.v1", "entities.v1", "attributions.v1"]

    [[source]]                       # same fields as resources/sources.toml
    name = "Baltic Wave Radio"
    aliases = ["BWR"]
    type = "media"
    country = "LV"
    state_affiliated = true
    reference = "Owned by the ministry, see its 2024 charter"

    [[actor]]                        # one actors.v1 dictionary entry
    name = "Baltic Wave Radio"
    type = "organization"
    code = "LVAMED"
    country = "LVA"
    aliases = ["BWR"]

    [lexicons]                       # words added to techniques.v1's lexicon stage
    labels = ["quislings"]
    loaded = ["treasonous"]

    [components."actors.v1"]         # options of one component, by its registered name
    actors_file = "my-actors.tsv"

Sources, people and countries are read by attributions.v1 from this same file (it has the format of the bundled
source table); actors and lexicon words become options of actors.v1 and techniques.v1. The file is validated
when it is read: an unknown key or a wrong type is a :class:`~spinscope.errors.ConfigError` naming the file and
the key. Relative paths in component options are resolved against the file's folder.

It applies wherever articles are analysed for a reader: ``analyze``, ``ingest`` (local and Dask workers),
``network``, ``serve`` and the Python API. The shared-task commands (``predict``, ``train``, ``eval``) do not read
it: their outputs are scored against fixed gold, and a stray ``spinscope.toml`` must not change them.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError
from .settings import DEFAULT_COMPONENTS

CONFIG_FILE_NAME = "spinscope.toml"
ENV_VAR = "SPINSCOPE_CONFIG"
#: The lexicon lists a user can extend (techniques.v1's lexicon stage).
LEXICON_LISTS: tuple[Literal["labels", "loaded"], ...] = ("labels", "loaded")
#: Component options that name files, resolved against the configuration file's folder.
PATH_OPTIONS = frozenset({"actors_file", "model_dir", "sources"})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceSetting(_Strict):
    """A source or state-media entry (the fields of ``resources/sources.toml``)."""

    name: str = Field(min_length=1)
    aliases: list[str] = []
    type: Literal["media", "government", "academic", "report", "politician", "person"] = "media"
    country: str | None = None
    state_affiliated: bool = False
    #: Who owns or controls the source and who says so; ``evidence`` is the bundled table's name for it.
    reference: str | None = None
    evidence: str | None = None


class PersonSetting(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = []
    country: str | None = None
    role: str = "official"


class ActorSetting(_Strict):
    """An actors.v1 dictionary entry (the columns of ``resources/actors_curated.tsv``)."""

    name: str = Field(min_length=1)
    type: str = "organization"
    code: str | None = None
    country: str | None = None
    aliases: list[str] = []
    descriptions: list[str] = []


class ConfigFile(_Strict):
    """The schema of ``spinscope.toml``."""

    layers: list[str] | None = None
    source: list[SourceSetting] = []
    person: list[PersonSetting] = []
    countries: dict[str, str] = {}
    actor: list[ActorSetting] = []
    lexicons: dict[Literal["labels", "loaded"], list[str]] = {}
    components: dict[str, dict[str, Any]] = {}


@dataclass(frozen=True)
class Config:
    """The effective configuration: the file's settings over the built-in defaults, with where each came from."""

    #: The file read, or None for the defaults alone.
    path: Path | None = None
    #: How the file was found: "--config", "SPINSCOPE_CONFIG", "working directory" or "defaults".
    found_by: str = "defaults"
    settings: ConfigFile = field(default_factory=ConfigFile)
    #: The file's modification time when read: part of :attr:`key`, so an edited file builds a new pipeline.
    mtime: float = 0.0
    #: Options given in Python on top of the file (:meth:`with_component_options`), as JSON: part of the key.
    extra: str = ""

    @property
    def key(self) -> tuple[str, float, str]:
        """A value that changes whenever the effective configuration may have."""
        return (str(self.path) if self.path else "", self.mtime, self.extra)

    @property
    def origin(self) -> str:
        return f"{self.path} ({self.found_by})" if self.path else "built-in default"

    def with_component_options(self, options: dict[str, dict[str, Any]] | None) -> Config:
        """A copy whose ``[components]`` options are updated, component by component, with ``options`` (the
        Python API's ``component_config``); the copy's :attr:`key` tells it apart from the file alone."""
        if not options:
            return self
        merged = {name: dict(opts) for name, opts in self.settings.components.items()}
        for name, opts in options.items():
            merged.setdefault(name, {}).update(opts)
        settings = self.settings.model_copy(update={"components": merged})
        extra = json.dumps(options, sort_keys=True, default=str)
        return replace(self, settings=settings, extra=self.extra + extra)

    def layers(self) -> tuple[str, ...]:
        """The components to run: the file's ``layers``, else the built-in default list."""
        return tuple(self.settings.layers) if self.settings.layers is not None else DEFAULT_COMPONENTS

    def component_config(self) -> dict[str, dict[str, Any]]:
        """Options of each component by name: ``[components.NAME]`` plus what the resource sections imply."""
        s = self.settings
        out: dict[str, dict[str, Any]] = {name: self._resolved(opts) for name, opts in s.components.items()}
        if self.path is not None and (s.source or s.person or s.countries):
            attr = out.setdefault("attributions.v1", {})
            # the file's own entries first: source tables named in options (or given in Python) override them
            attr["sources"] = list(dict.fromkeys([str(self.path), *_as_list(attr.get("sources"))]))
        if s.actor:
            out.setdefault("actors.v1", {})["actors"] = [a.model_dump() for a in s.actor]
        if any(s.lexicons.get(k) for k in LEXICON_LISTS):
            out.setdefault("techniques.v1", {})["lexicon_words"] = {k: list(v) for k, v in s.lexicons.items() if v}
        return out

    def _resolved(self, options: dict[str, Any]) -> dict[str, Any]:
        if self.path is None:
            return dict(options)
        base = self.path.parent
        out = dict(options)
        for key in PATH_OPTIONS & out.keys():
            value = out[key]
            if isinstance(value, str):
                out[key] = str(base / value)
            elif isinstance(value, list):
                out[key] = [str(base / v) if isinstance(v, str) else v for v in value]
        return out

    def rows(self) -> list[tuple[str, str, str]]:
        """``(setting, value, where it came from)`` for every effective setting, for ``spinscope config show``."""
        s, here, default = self.settings, self.origin, "built-in default"
        rows = [("config file", str(self.path) if self.path else "none", self.found_by)]
        rows.append(("layers", ", ".join(self.layers()), here if s.layers is not None else default))
        for src in s.source:
            flag = "state-affiliated" if src.state_affiliated else "independent"
            rows.append((f"source {src.name}", f"{src.type}, {src.country or 'no country'}, {flag}", here))
        for person in s.person:
            rows.append((f"person {person.name}", f"{person.role}, {person.country or 'no country'}", here))
        for word, code in s.countries.items():
            rows.append((f"country word {word}", code, here))
        for actor in s.actor:
            rows.append((f"actor {actor.name}", f"{actor.type}, {actor.code or '-'}, {actor.country or '-'}", here))
        for kind in LEXICON_LISTS:
            words = s.lexicons.get(kind)
            rows.append((f"lexicon {kind}", f"bundled + {', '.join(words)}" if words else "bundled",
                         here if words else default))
        for name, options in sorted(self.component_config().items()):
            for option, value in sorted(options.items()):
                rows.append((f"{name} {option}", _short(value), here))
        return rows

    def as_dict(self) -> dict[str, Any]:
        """The effective configuration as JSON-ready data, each value with its origin."""
        return {"file": str(self.path) if self.path else None, "found_by": self.found_by,
                "settings": [{"setting": k, "value": v, "from": o} for k, v, o in self.rows()],
                "layers": list(self.layers()), "components": self.component_config()}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _short(value: Any, limit: int = 80) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def read_config(path: str | Path, *, found_by: str = "--config") -> Config:
    """Read and validate one configuration file; ConfigError naming the file and the bad key.

    Read once per file and modification time: :func:`load_config` runs for every pipeline lookup (the batch
    runners look theirs up per article), and an unchanged file costs one ``stat``."""
    path = Path(path)
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration file: {exc.strerror or exc}", source=str(path)) from exc
    return _read_config(str(path), mtime, found_by)


@lru_cache(maxsize=16)
def _read_config(name: str, mtime: float, found_by: str) -> Config:
    path = Path(name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration file: {exc.strerror or exc}", source=str(path)) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", source=str(path)) from exc
    try:
        settings = ConfigFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the file"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ConfigError(f"{where}: {first['msg']}{more}", source=str(path)) from exc
    return Config(path=path.resolve(), found_by=found_by, settings=settings, mtime=mtime)


_explicit: Path | None = None


def use(path: str | Path | None) -> None:
    """Make ``path`` the configuration of this process (the CLI's ``--config``); None goes back to discovery."""
    global _explicit
    _explicit = Path(path) if path is not None else None


def active_path() -> Path | None:
    """The file :func:`load_config` would read now, or None (what worker processes are handed)."""
    if _explicit is not None:
        return _explicit
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    local = Path.cwd() / CONFIG_FILE_NAME
    return local if local.is_file() else None


def load_config(path: str | Path | Config | None = None) -> Config:
    """The effective configuration: ``path`` if given, else the first of ``--config``, ``SPINSCOPE_CONFIG`` and
    ``./spinscope.toml``, else the defaults."""
    if isinstance(path, Config):
        return path
    if path is not None:
        return read_config(path, found_by="given")
    if _explicit is not None:
        return read_config(_explicit, found_by="--config")
    env = os.environ.get(ENV_VAR)
    if env:
        return read_config(env, found_by=ENV_VAR)
    local = Path.cwd() / CONFIG_FILE_NAME
    if local.is_file():
        return read_config(local, found_by="working directory")
    return Config()
