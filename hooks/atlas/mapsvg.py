"""A world map of document counts, drawn at build time as inline SVG (no tiles, no requests).

The outlines come from the world map the `pygal_maps_world` package ships (an SVG with one
group per ISO 3166-1 alpha-2 code). Its 780 kB of curves are reduced to straight segments
between the curve end points, scaled down and rounded, which keeps the shapes recognisable at
a tenth of the size. Countries with documents are links (focusable, with an aria-label and a
tooltip); the page also carries a table of the same counts as the text alternative.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from html import escape
from importlib import resources

SVG_NS = "{http://www.w3.org/2000/svg}"
SCALE = 0.4
LEVELS = 5
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}

Point = tuple[float, float]


def parse_path(d: str) -> list[list[Point]]:
    """Subpaths of an SVG path as absolute points: the end point of every segment."""
    tokens = _TOKEN.findall(d)
    subpaths: list[list[Point]] = []
    x = y = 0.0
    start = (0.0, 0.0)
    cmd = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            cmd = tok
            i += 1
            if cmd in "Zz":
                x, y = start
                continue
        lower = cmd.lower()
        n = _ARGS[lower]
        args = [float(t) for t in tokens[i:i + n]]
        if len(args) < n:
            break
        i += n
        rel = cmd.islower()
        if lower == "h":
            x = x + args[0] if rel else args[0]
        elif lower == "v":
            y = y + args[0] if rel else args[0]
        else:
            ex, ey = args[-2], args[-1]
            x, y = (x + ex, y + ey) if rel else (ex, ey)
        if lower == "m":
            subpaths.append([(x, y)])
            start = (x, y)
            cmd = "l" if rel else "L"  # further pairs after a moveto are line-tos
        elif subpaths:
            subpaths[-1].append((x, y))
    return subpaths


def simplify(subpaths: list[list[Point]], scale: float = SCALE) -> tuple[str, Point, float]:
    """A compact absolute path, the centre of the outline's box and its size in map units."""
    parts = []
    xs: list[float] = []
    ys: list[float] = []
    for points in subpaths:
        pts: list[tuple[int, int]] = []
        for px, py in points:
            q = (round(px * scale), round(py * scale))
            if not pts or pts[-1] != q:
                pts.append(q)
            xs.append(px * scale)
            ys.append(py * scale)
        pts = _drop_straight(pts)
        if len(pts) >= 3 and (len(pts) > 3 or len(subpaths) == 1):
            # first point absolute, the rest as small relative steps: about half the bytes
            steps = " ".join(f"{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(pts, pts[1:]))
            parts.append(f"M{pts[0][0]} {pts[0][1]}l{steps}z")
    if not xs:
        return "", (0.0, 0.0), 0.0
    centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    return "".join(parts), centre, max(max(xs) - min(xs), max(ys) - min(ys))


def _drop_straight(pts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Remove points lying on the line between their neighbours (rounding makes many)."""
    out: list[tuple[int, int]] = []
    for p in pts:
        while len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax) == 0:
                out.pop()
            else:
                break
        out.append(p)
    return out


@lru_cache(maxsize=1)
def world_shapes() -> tuple[tuple[int, int], dict[str, tuple[str, Point, float]]]:
    """(width, height) of the scaled map and code -> (path, centre, size), read once per process."""
    svg = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")
    root = ET.fromstring(svg)
    _, _, w, h = (float(v) for v in root.get("viewBox", "0 0 2475 1388").split())
    shapes = {}
    for group in root.iter(f"{SVG_NS}g"):
        classes = (group.get("class") or "").split()
        if "country" not in classes:
            continue
        code = classes[0].upper()
        subpaths = [sp for path in group.iter(f"{SVG_NS}path") for sp in parse_path(path.get("d", ""))]
        shapes[code] = simplify(subpaths)
    return (round(w * SCALE), round(h * SCALE)), shapes


def level(count: int, most: int) -> int:
    """Shade 1..LEVELS, growing with the count relative to the largest count."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(LEVELS, -(-count * LEVELS // most)))


def world_map(counts: dict[str, tuple[str, int, str]], title: str = "Map of documents by country") -> str:
    """Inline SVG: code -> (name, count, href relative to the page). Codes not on the map are skipped."""
    (width, height), shapes = world_shapes()
    most = max((c for _, c, _ in counts.values()), default=0)
    background = "".join(shapes[code][0] for code in sorted(shapes) if code not in counts)
    out = [f'<svg class="atlas-map" viewBox="0 0 {width} {height}" role="group" aria-labelledby="atlas-map-title" '
           f'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">',
           f'<title id="atlas-map-title">{escape(title)}</title>',
           f'<path class="atlas-map-land" d="{background}"/>']
    for code in sorted(counts):
        if code not in shapes:
            continue
        name, count, href = counts[code]
        path, (cx, cy), size = shapes[code]
        label = escape(f"{name}: {count} document{'s' if count != 1 else ''}")
        shade = level(count, most)
        marker = ""
        if size < 6 or not path:  # too small to see or click (Singapore, Brunei): a dot marks it
            marker = f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="4"/>'
        outline = f'<path d="{path}"/>' if path else ""
        # xlink:href, not href: Material's instant navigation rewrites every a[href] by assigning
        # .href, which SVG links do not allow (a script error on the page); browsers follow both.
        out.append(f'<a xlink:href="{escape(href)}" aria-label="{label}" class="atlas-map-c atlas-map-{shade}">'
                   f'<title>{label}</title>{outline}{marker}</a>')
    out.append("</svg>")
    return "".join(out)
