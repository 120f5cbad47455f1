"""What counts as a colour in a style: the one check shared by project loading and the HTML export.

A project file is something anyone can hand you, and its style values end up in CSS and in a page's script, so
a colour must be a colour and nothing else: ``#rgb``, ``#rrggbb``, ``#rrggbbaa`` or a colour name that both CSS
and Qt know (the SVG 1.1 names, plus ``transparent``).  Anything else is refused here and replaced by whoever
asked (see :func:`layers.project.schema.style_from_dict`).
"""

from __future__ import annotations

import re

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")

# The SVG 1.1 colour keywords: CSS Color Level 3 and Qt's QColor accept exactly these (QColor.colorNames()).
COLOUR_NAMES = frozenset("""
aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood
cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray
darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue
firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew
hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue
mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred
midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple red
rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray
slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen
transparent
""".split())  # noqa: SIM905 (a word list reads better as text)


def is_colour(value: object) -> bool:
    """True for ``#rgb``, ``#rrggbb``, ``#rrggbbaa`` and the colour names CSS and Qt share (any case)."""
    if not isinstance(value, str):
        return False
    return _HEX.fullmatch(value) is not None or value.lower() in COLOUR_NAMES


def colour_or(value: object, default: str) -> str:
    """``value`` when it is a colour, else ``default`` (for writers that must never emit anything else)."""
    return value if isinstance(value, str) and is_colour(value) else default


__all__ = ["COLOUR_NAMES", "colour_or", "is_colour"]
