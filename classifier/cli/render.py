"""Plain-text rendering of an explanation for a terminal (``intervensi explain``)."""

from __future__ import annotations

import textwrap
from typing import Any

from classifier.messages import messages
from classifier.taxonomy import pair_key


def _labels(lang: str) -> dict[str, str]:
    """The headings of the terminal rendering (``messages.json``, section ``render``)."""
    return {key: texts["en" if lang == "en" else "id"] for key, texts in messages()["render"].items()}


def _pct(p: float) -> str:
    """A percentage that never claims certainty: 0.9996 is '>99%', not '100%'."""
    if p > 0.99:
        return ">99%"
    if 0 < p < 0.01:
        return "<1%"
    return f"{p:.0%}"


def _bar(p: float, width: int = 20) -> str:
    filled = int(round(p * width))
    return "#" * filled + "." * (width - filled)


def _mark(text: str, spans: list[tuple[int, int]], color: bool) -> str:
    out, pos = [], 0
    for start, end in sorted(set(spans)):
        if start < pos:
            continue
        out.append(text[pos:start])
        word = text[start:end]
        out.append(f"\033[1;4m[{word}]\033[0m" if color else f"[{word}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _one_line(text: str, width: int = 110) -> str:
    """``text`` on one line (line breaks and runs of spaces become one space), cut to ``width``."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 3] + "..."


def render_explanation(text: str, p: dict[str, Any], color: bool = False) -> str:
    """An answer (``predicting.answer``: the prediction fields, ``explanation``,
    ``disclaimer``) as plain text."""
    e = p["explanation"]
    lang = e.get("lang", "id")
    L = _labels(lang)
    wrap = lambda s, indent="    ": textwrap.fill(s, width=92, initial_indent=indent, subsequent_indent=indent)
    lines = [f"{L['status']}: {e['status']['label']} ({e['status']['reason']})"]
    conf = p["closest_in_scope"] or p
    if p["status"] == "out_of_scope":
        lines.append(f"{L['oos']}: {_pct(p['out_of_scope_probability'])}. {L['closest']}:")
    lines.append(f"{L['level']:<7} {e['level']['name']:<58} {_bar(conf['level_confidence'])} "
                 f"{_pct(conf['level_confidence'])} {L['confidence']}")
    lines.append(f"{L['method']:<7} {e['method']['name']:<58} {_bar(conf['method_confidence'])} "
                 f"{_pct(conf['method_confidence'])} {L['confidence']}")
    lines.append("")
    lines.append(wrap(f"{L['next']}: {e['status']['next_step']}", ""))
    lines.append("")
    parts = ("out_of_scope",) if "out_of_scope" in e["evidence"] else ("level", "method")
    spans = [(i["start"], i["end"]) for part in parts for i in e["evidence"][part]["for"]]
    lines.append(f"{L['text']}:")
    lines.append(wrap(_mark(text, spans, color)) if not color else "    " + _mark(text, spans, color))
    for part in (*parts, *(("level", "method") if parts == ("out_of_scope",) else ())):
        ev = e["evidence"][part]
        name = L[part] if part in L else L["oos"]
        if ev["for"]:
            lines.append(f"  {L['evidence_for']} ({name}): " + ", ".join(f"{i['text']} (+{i['weight']:.2f})" for i in ev["for"]))
        if ev["against"]:
            lines.append(f"  {L['evidence_against']} ({name}): " + ", ".join(f"{i['text']} ({i['weight']:.2f})" for i in ev["against"]))
    if e["contrast"]["text"]:
        lines.append("")
        lines.append(wrap(e["contrast"]["text"], ""))
    lines.append("")
    lines.append(f"{e['level']['name']} — {L['units']}: {', '.join(e['level']['target_units'])}")
    lines.append(wrap(f"{L['definition']}: {e['level']['definition']}"))
    lines.append(f"{e['method']['name']}")
    lines.append(wrap(f"{L['definition']}: {e['method']['definition']}"))
    lines.append(wrap(f"{L['goal']}: {e['method']['goal']}"))
    lines.append(wrap(f"{L['source']}: {e['citation']}"))
    if p["alternatives"]:
        lines.append("")
        lines.append(f"{L['alternatives']}:")
        for a in p["alternatives"]:
            lines.append(f"  {pair_key(a['level'], a['method']):<{35 + len(a['level'])}} {_bar(a['confidence'], 10)} "
                         f"{_pct(a['confidence'])}")
    if e["similar"]:
        lines.append("")
        lines.append(f"{L['similar']}:")
        for s in e["similar"]:
            label = pair_key(s["level"], s["method"]) if s["level"] else "out_of_scope"
            lines.append(f"  [{label}] {_one_line(s['text'])}")
    lines.append("")
    lines.append(p["disclaimer"])
    return "\n".join(lines)
