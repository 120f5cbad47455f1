"""JSON that can sit inside an HTML ``<script>`` element and never end it early.

An HTML parser ends a script at the first ``</script`` whatever the JavaScript around it means, and ``<!--``
switches it into an escaped state where a later ``<script`` changes how it ends; U+2028 and U+2029 are line
breaks to older JavaScript engines.  :func:`script_json` writes ``<``, ``>`` and ``&`` as ``\\u003c``,
``\\u003e`` and ``\\u0026`` and the two separators as ``\\u2028`` and ``\\u2029``: every JSON parser reads the
same value back, and no data string can close the element, open a comment, or break a line of code.
"""

from __future__ import annotations

import json
from typing import Any

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_TABLE = str.maketrans(_ESCAPES)


def script_json(value: Any) -> str:
    """``value`` as compact JSON that is safe inside ``<script>`` (see the module docstring).

    The characters escaped can only occur inside JSON strings (never in its syntax), so escaping them in the
    whole text is the same as escaping them in each string.  NaN and infinities are refused (``ValueError``):
    they are not JSON, and a browser's ``JSON.parse`` would reject the whole page's data.
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.translate(_TABLE)


__all__ = ["script_json"]
