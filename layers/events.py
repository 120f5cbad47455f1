"""A minimal observer: callbacks connected to an emitter, called synchronously on emit (napari's EventEmitter
without the Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    """What happened (``type``), to what (``source``), and details (``value``, ``index``, ``old``, ...)."""

    type: str
    source: Any = None
    data: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["data"][name]
        except KeyError:
            raise AttributeError(name) from None


Callback = Callable[[Event], None]


class Emitter:
    """Keeps callbacks and calls them in connection order.  ``blocked()`` silences it temporarily."""

    def __init__(self) -> None:
        self._callbacks: list[Callback] = []
        self._blocked = 0

    def connect(self, callback: Callback) -> Callback:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callback) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, type: str, source: Any = None, **data: Any) -> Event:
        event = Event(type, source, data)
        if not self._blocked:
            for cb in list(self._callbacks):
                cb(event)
        return event

    def blocked(self) -> _Blocker:
        return _Blocker(self)


class _Blocker:
    def __init__(self, emitter: Emitter) -> None:
        self._emitter = emitter

    def __enter__(self) -> Emitter:
        self._emitter._blocked += 1
        return self._emitter

    def __exit__(self, *exc: object) -> None:
        self._emitter._blocked -= 1
