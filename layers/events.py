"""A minimal typed observer: callbacks connected to an emitter, called synchronously on emit (napari's
EventEmitter without the Qt).

Each emitter declares the event types it emits as a :class:`~enum.StrEnum` (``Emitter(LayerEvent)``).  Emitting a
type it did not declare, or connecting to one, raises :class:`UnknownEventError`: a mistyped name fails at once
instead of leaving a listener that never hears anything.  The members are strings, so ``event.type == "name"``
still holds for ``LayerEvent.NAME``; listeners compare with the members (``event.type is LayerEvent.NAME``), which
a type checker and a typo check both see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

E = TypeVar("E", bound=StrEnum)


class UnknownEventError(ValueError):
    """An event type that the emitter does not declare (a typo, or the wrong emitter)."""


@dataclass(frozen=True)
class Event:
    """What happened (``type``, a member of the emitter's enum), to what (``source``), and details (``value``,
    ``index``, ``old``, ...)."""

    type: StrEnum
    source: Any = None
    data: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["data"][name]
        except KeyError:
            raise AttributeError(name) from None


Callback = Callable[[Event], None]


class Emitter(Generic[E]):
    """Keeps callbacks and calls them in connection order.  ``blocked()`` silences it temporarily."""

    def __init__(self, types: type[E]) -> None:
        self.types = types
        self._callbacks: list[Callback] = []
        self._filters: list[frozenset[E] | None] = []  # per callback: the types it asked for (None: all)
        self._blocked = 0

    def type_of(self, name: E | str) -> E:
        """The declared member called ``name`` (a member or its value); raises :class:`UnknownEventError`."""
        if isinstance(name, self.types):
            return name
        try:
            return self.types(name)
        except ValueError:
            declared = ", ".join(member.value for member in self.types)
            raise UnknownEventError(f"{name!r} is not an event of {self.types.__name__} (it has: {declared})") \
                from None

    def connect(self, callback: Callback, types: Iterable[E | str] | None = None) -> Callback:
        """Call ``callback`` on every event, or only on those of ``types`` (each must be declared)."""
        only = None if types is None else frozenset(self.type_of(t) for t in types)
        if callback not in self._callbacks:
            self._callbacks.append(callback)
            self._filters.append(only)
        return callback

    def disconnect(self, callback: Callback) -> None:
        if callback in self._callbacks:
            i = self._callbacks.index(callback)
            del self._callbacks[i], self._filters[i]

    def emit(self, type: E, source: Any = None, **data: Any) -> Event:
        event = Event(self.type_of(type), source, data)
        if not self._blocked:
            for cb, only in list(zip(self._callbacks, self._filters, strict=True)):
                if only is None or event.type in only:
                    cb(event)
        return event

    def blocked(self) -> _Blocker:
        return _Blocker(self)


class _Blocker:
    def __init__(self, emitter: Emitter[Any]) -> None:
        self._emitter = emitter

    def __enter__(self) -> Emitter[Any]:
        self._emitter._blocked += 1
        return self._emitter

    def __exit__(self, *exc: object) -> None:
        self._emitter._blocked -= 1
