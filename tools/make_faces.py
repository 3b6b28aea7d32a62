"""Make the cast's mood pictures and the people drawn from existing ones (run by hand).

    .venv/bin/python tools/make_faces.py

Every person in `assets/images/characters/` shares one face layout (brows at
x -50..-22 and 22..50, mouth around y 52-72, in the face group's units), so a
mood is the same picture with other brows and another mouth: happy (an open
smile), sad (a frown and a small tear), worried (brows up in the middle, a wavy
mouth), angry (brows down in the middle, a flat frown) and surprised (brows up,
a round mouth). New people (a mother, a grandmother, an older sibling, StarPup
and Alex) are existing pictures with other skin, hair and clothes, and small
additions; they are written first, so they get moods too. Sango has its own
mood pictures, drawn by hand. Output is plain SVG that nanosvg draws
(assets/images/README.md); re-running gives the same files.
"""

from __future__ import annotations

import re
from pathlib import Path

CHARACTERS = Path(__file__).resolve().parent.parent / "assets" / "images" / "characters"
PEOPLE = ("amara", "aunt", "coach", "grandpa", "kai", "leo", "mei", "nadia", "omar", "parent",
          "sam", "sofia", "teacher", "yusuf", "zara")
MOODS = ("happy", "sad", "worried", "angry", "surprised")
LINE = ('fill="none" stroke="{color}" stroke-width="5" stroke-linecap="round" '
        'stroke-linejoin="round"')
_BROW_LEFT = re.compile(r'<path d="M -50 (-?\d+) Q -36 (-?\d+) -22 (-?\d+)" fill="none" '
                        r'stroke="(#[0-9A-Fa-f]{6})"[^>]*/>')
_BROW_RIGHT = re.compile(r'<path d="M 22 (-?\d+) Q 36 (-?\d+) 50 (-?\d+)" fill="none" '
                         r'stroke="(#[0-9A-Fa-f]{6})"[^>]*/>')
_MOUTH = re.compile(r'<path d="M -24 5\d Q 0 \d\d 24 5\d( Z)?"[^>]*/>\n'
                    r'(<path d="M -12 66 Q 0 73 12 66 Q 0 62 -12 66 Z"[^>]*/>\n)?')

OPEN_SMILE = ('<path d="M -24 52 Q 0 80 24 52 Z" fill="#8C3B4A" stroke="#3B3551" '
              'stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>\n'
              '<path d="M -12 66 Q 0 73 12 66 Q 0 62 -12 66 Z" fill="#F28C8C"/>\n')
MOUTHS = {
    "happy": OPEN_SMILE,
    "sad": f'<path d="M -20 68 Q 0 50 20 68" {LINE.format(color="#3B3551")}/>\n'
           '<path d="M -40 32 Q -47 44 -40 48 Q -33 44 -40 32 Z" fill="#8CCBF0" '
           'stroke="#3B3551" stroke-width="3" stroke-linejoin="round"/>\n',
    "worried": f'<path d="M -22 62 Q -11 54 0 62 Q 11 70 22 62" {LINE.format(color="#3B3551")}/>\n',
    "angry": f'<path d="M -20 64 Q 0 54 20 64" {LINE.format(color="#3B3551")}/>\n',
    "surprised": '<ellipse cx="0" cy="62" rx="11" ry="14" fill="#8C3B4A" stroke="#3B3551" '
                 'stroke-width="5"/>\n',
}
# (left brow's outer, middle and inner y) relative to the picture's own brow line
BROWS = {"happy": (0, -8, 0), "sad": (0, -6, -10), "worried": (2, -6, -12),
         "angry": (-8, -4, 4), "surprised": (-8, -18, -8)}


def brows(svg: str, mood: str) -> str:
    dy_out, dy_mid, dy_in = BROWS[mood]

    def left(match: re.Match) -> str:
        base, color = int(match.group(1)), match.group(4)
        return (f'<path d="M -50 {base + dy_out} Q -36 {base + dy_mid} -22 {base + dy_in}" '
                f'{LINE.format(color=color)}/>')

    def right(match: re.Match) -> str:
        base, color = int(match.group(3)), match.group(4)
        return (f'<path d="M 22 {base + dy_in} Q 36 {base + dy_mid} 50 {base + dy_out}" '
                f'{LINE.format(color=color)}/>')

    return _BROW_RIGHT.sub(right, _BROW_LEFT.sub(left, svg))


def with_mood(svg: str, mood: str) -> str:
    if not _MOUTH.search(svg) or not _BROW_LEFT.search(svg):
        raise ValueError("no face in the shared layout")
    svg = _MOUTH.sub(lambda _m: MOUTHS[mood], svg, count=1)
    svg = brows(svg, mood)
    return re.sub(r"<!-- (.*?) -->", lambda m: f"<!-- {m.group(1)} ({mood}) -->", svg, count=1)


def recolor(svg: str, comment: str, colors: dict[str, str], extra: str = "",
            drop: tuple[str, ...] = ()) -> str:
    lines = [line for line in svg.splitlines() if not any(part in line for part in drop)]
    svg = "\n".join(lines) + "\n"
    svg = re.sub(r"<!-- .*? -->", f"<!-- {comment} -->", svg, count=1)
    for old, new in colors.items():
        svg = svg.replace(f'"{old}"', f'"{new}"')
    if extra:
        svg = svg.replace("</svg>", extra + "</svg>")
    return svg


STAR = ('<polygon points="256,392 266,414 290,416 272,432 278,456 256,443 234,456 240,432 '
        '222,416 246,414" fill="#F6C453" stroke="#3B3551" stroke-width="5" '
        'stroke-linejoin="round"/>\n')


def new_people() -> dict[str, str]:
    read = {name: (CHARACTERS / f"{name}.svg").read_text(encoding="utf-8")
            for name in ("teacher", "grandpa", "sofia", "kai")}
    teacher_hair = [line for line in read["teacher"].splitlines() if 'fill="#2A1F22"' in line]
    grey_hair = "".join(line.replace("#2A1F22", "#DADAE2") + "\n" for line in teacher_hair)
    grandma = recolor(read["grandpa"], "Grandmother: an older woman with grey hair in a bun, "
                      "glasses and a lavender cardigan",
                      {"#C9873E": "#9C8ADE", "#F2CDB0": "#C99269"},
                      drop=('M -44 52 C -30 36', "#C99A7E"))
    # the bun and hair go in the head's group, drawn last so they sit on the head
    head_group = grandma.rfind("</g>")
    grandma = grandma[:head_group] + grey_hair + grandma[head_group:]
    return {
        "mother": recolor(read["teacher"], "Mother: a friendly adult woman with her hair in a "
                          "bun and a coral top", {"#5AA9E6": "#F27E6B", "#F6C453": "#FBEFDD",
                                                  "#8D5A3B": "#D9A57B", "#2A1F22": "#5A3420"}),
        "grandmother": grandma,
        "sibling": recolor(read["sofia"], "Older sibling: a teenage girl with dark hair in a "
                           "ponytail and a lavender top", {"#5AA9E6": "#9C8ADE",
                                                           "#C68A5E": "#8D5A3B",
                                                           "#5A3420": "#2A1F22"}),
        "starpup": recolor(read["kai"], "StarPup: an ordinary, friendly-looking gamer in a "
                           "yellow hoodie with a star (what someone online may choose to show)",
                           {"#6C7BD0": "#F6C453", "#56629F": "#E0A93A", "#D9A57B": "#B87A4F"},
                           extra=STAR),
        "alex": recolor(read["kai"], "Alex: an ordinary, friendly-looking teenager in a green "
                        "hoodie (what someone online may choose to show)",
                        {"#6C7BD0": "#6CC070", "#56629F": "#4E9E55", "#D9A57B": "#F0C4A0",
                         "#3A2A24": "#7A4A2A"}),
    }


def main() -> None:
    made = new_people()
    for name, svg in made.items():
        (CHARACTERS / f"{name}.svg").write_text(svg, encoding="utf-8")
    for name in (*PEOPLE, *made):
        svg = (CHARACTERS / f"{name}.svg").read_text(encoding="utf-8")
        for mood in MOODS:
            (CHARACTERS / f"{name}-{mood}.svg").write_text(with_mood(svg, mood), encoding="utf-8")


if __name__ == "__main__":
    main()
