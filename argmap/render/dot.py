"""A map as Graphviz DOT text, drawn in argmap's visual grammar (see :mod:`argmap.render.style`).

Labels are plain multi-line Graphviz labels (the WebAssembly Graphviz has no
HTML-like labels); each line's role (meta line, claim text, finding codes...)
is recorded in a :class:`Drawing` so that :mod:`argmap.render.finish` can
style the lines in the SVG. User text is escaped for DOT by the graphviz
package (``escape`` for backslashes, ``quote`` for double quotes). Nodes and
edges are emitted in map order, so the same map always gives the same bytes.
"""

from __future__ import annotations

from collections import Counter

import attrs
import graphviz
from graphviz.quoting import nohtml

from argmap.model import ArgumentMap, Claim, Evidence, Inference
from argmap.render import style
from argmap.render.findings import Marks
from argmap.render.options import RenderOptions
from argmap.render.view import View

ATTACK_VERBS = {"rebut": "rebuts", "undercut": "undercuts", "undermine": "undermines"}
# Edge labels make big layouts slow and cluttered; above this many nodes attacks are marked by colour only.
EDGE_LABEL_LIMIT = 400
ID_PREFIX = "am-"
LEGEND_NAME_WIDTH = 48


def escape_text(value: str) -> str:
    """One line of user text for a DOT escString label: backslashes doubled, no line breaks."""
    return value.replace("\\", "\\\\").replace("\r", " ").replace("\n", " ")


def svg_id(element_id: str) -> str:
    """The SVG ``id`` of an element's node: ``am-`` and the element id."""
    return ID_PREFIX + element_id


@attrs.frozen(slots=True, kw_only=True)
class LegendEntry:
    """One voice in the legend."""

    voice: str
    name: str
    fill: style.VoiceFill


@attrs.frozen(slots=True, kw_only=True)
class Drawing:
    """DOT source plus what the SVG finisher needs: line roles per node and the legend's content."""

    source: str
    # SVG node id → role of each non-empty label line, in order (see style.ROLE_STYLES).
    line_roles: dict[str, tuple[str, ...]]
    voices: tuple[LegendEntry, ...]
    legend: bool
    findings: bool
    # What the diagram draws (keys of the legend's rows: "thesis", "attack", "cycle"...); None: everything.
    shown: frozenset[str] | None = None


class _Label:
    """A plain, left-aligned multi-line label and the role of each line."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []

    def add(self, lines: list[str] | str, role: str) -> None:
        for line in [lines] if isinstance(lines, str) else lines:
            self.lines.append((line, role))

    def dot(self) -> str:
        # "\l" ends a left-justified line; escaped text never contains a bare backslash sequence.
        return nohtml("".join(escape_text(line) + "\\l" for line, _ in self.lines))

    def roles(self) -> tuple[str, ...]:
        # Graphviz writes no <text> for an empty line, so empty lines get no role.
        return tuple(role for line, role in self.lines if line.strip())


def voice_ranking(amap: ArgumentMap) -> list[str]:
    """The map's voices, those with the most claims first (ties in the order the map names them)."""
    counts = Counter(claim.voice for claim in amap.claims)
    order = list(dict.fromkeys([v.id for v in amap.voices] + [c.voice for c in amap.claims]))
    position = {voice: n for n, voice in enumerate(order)}
    return sorted(order, key=lambda voice: (-counts[voice], position[voice]))


def fills_for(amap: ArgumentMap, claims) -> dict[str, style.VoiceFill]:
    """The fill of each voice among ``claims`` (the claims one diagram draws): see :func:`style.voice_fills`.

    The voices with most claims in the whole map choose first, so the main voices keep their own colours
    in every view of a map.
    """
    drawn = {claim.voice for claim in claims}
    return style.voice_fills([voice for voice in voice_ranking(amap) if voice in drawn])


def _name(element_id: str) -> str:
    # Node names are never read as HTML, even if an imported map had an id like "<x>".
    return nohtml(element_id)


class DotBuilder:
    """Builds the DOT text of one view of a map."""

    def __init__(self, amap: ArgumentMap, view: View, options: RenderOptions, marks: Marks | None = None):
        self.map = amap
        self.view = view
        self.options = options
        self.marks = marks or Marks()
        self.edge_labels = len(view) <= EDGE_LABEL_LIMIT
        self.graph = graphviz.Digraph("argmap")
        self.fills = fills_for(amap, view.claims)
        self.roles: dict[str, tuple[str, ...]] = {}
        self.shown: set[str] = set()

    # ---- public ------------------------------------------------------------
    def build(self) -> Drawing:
        """The DOT source and the styling the SVG finisher applies."""
        self._graph_attributes()
        self._nodes()
        self._edges()
        return Drawing(source=self.graph.source, line_roles=dict(self.roles), voices=self._legend_voices(),
                       legend=self.options.legend, findings=self.options.findings, shown=frozenset(self.shown))

    # ---- graph -------------------------------------------------------------
    def _graph_attributes(self) -> None:
        graph_attrs = {
            # Conclusions above (or left of) their reasons: support edges point up the map.
            "rankdir": "BT" if self.options.direction == "TB" else "RL",
            "bgcolor": "white",
            "pad": "0.2",
            "nodesep": "0.25",
            "ranksep": "0.35",
            "newrank": "true",
            "outputorder": "edgesfirst",
            "fontname": style.FONT,
            "fontsize": str(style.FONT_SIZE),
        }
        if not self.options.cluster:
            # Lay out each connected part on its own and pack the parts, instead of one very wide row.
            # Not with clusters: Graphviz's packing then never finishes on some maps (000 and 002 by voice).
            graph_attrs.update({"pack": "true", "packmode": "node"})
        if len(self.view) > EDGE_LABEL_LIMIT:
            # Fewer crossing-minimisation passes: layout time grows fast with size.
            graph_attrs.update({"mclimit": "0.3", "nslimit": "4", "nslimit1": "4", "searchsize": "10"})
        self.graph.attr("graph", **graph_attrs)
        self.graph.attr("node", fontname=style.FONT, fontsize=str(style.FONT_SIZE), color=style.INK,
                        fontcolor=style.INK, penwidth="1")
        self.graph.attr("edge", fontname=style.FONT, fontsize=str(style.EDGE_LABEL_SIZE), color=style.SUPPORT_EDGE,
                        arrowsize="0.7")

    def _voice_name(self, voice_id: str) -> str:
        voice = self.map.voice(voice_id)
        return voice.name if voice is not None else voice_id

    def _add_meta(self, label: _Label, parts: list[str]) -> None:
        """The small first line (id in bold, voice id, role), wrapped like the text: Graphviz sizes it at full size."""
        lines = style.wrap(" · ".join(parts), self.options.wrap)
        label.add(lines[0], "meta id")
        label.add(lines[1:], "meta")

    def _add_footer(self, label: _Label, element_id: str) -> None:
        hidden = self.view.hidden_links.get(element_id)
        if hidden:
            label.add(f"+{hidden} link{'s' if hidden != 1 else ''} not shown", "meta italic")
        if self.options.findings and self.marks.codes.get(element_id):
            label.add(style.wrap(" ".join(self.marks.codes[element_id]), self.options.wrap), "finding")

    def _node_attributes(self, element_id: str, label: _Label, classes: list[str]) -> dict:
        self.roles[svg_id(element_id)] = label.roles()
        return {"label": label.dot(), "id": graphviz.escape(svg_id(element_id)),
                "_attributes": {"class": " ".join(classes)}}

    def _finding_border(self, element_id: str, node_style: list[str], border: str, penwidth: str) -> tuple[str, str]:
        if not self.options.findings:
            return border, penwidth
        if self.marks.codes.get(element_id):
            self.shown.add("code")
        if element_id in self.marks.cycle_nodes:
            self.shown.add("cycle")
            return style.CYCLE, max(penwidth, style.FINDING_PENWIDTH, key=float)
        if element_id in self.marks.unsupported:
            self.shown.add("unsupported")
            node_style.append("dashed")
            return style.UNSUPPORTED, max(penwidth, style.FINDING_PENWIDTH, key=float)
        return border, penwidth

    # ---- nodes -------------------------------------------------------------
    def _nodes(self) -> None:
        emitted: set[str] = set()
        for key, title, members in self._clusters():
            with self.graph.subgraph(name=f"cluster_{key}") as sub:
                sub.attr(label=graphviz.escape(style.shorten(title, 90)), style="rounded,dashed", color="#999999",
                         fontcolor=style.META_INK, margin="12", fontsize=str(style.FONT_SIZE),
                         # rankdir BT mirrors top and bottom, RL left and right: the title goes top left.
                         labeljust="r" if self.options.direction == "LR" else "l",
                         labelloc="t" if self.options.direction == "LR" else "b")
                for element in members:
                    self._node(sub, element)
                    emitted.add(element.id)
        for element in (*self.view.claims, *self.view.evidence, *self.view.inferences):
            if element.id not in emitted:
                self._node(self.graph, element)
        for missing in self.view.missing:
            label = _Label()
            label.add(missing, "meta id")
            label.add("not defined in this map", "meta italic")
            self.shown.add("missing")
            self.graph.node(_name(missing), shape="box", style="rounded,dashed", color=style.MISSING_INK,
                            fontcolor=style.MISSING_INK, **self._node_attributes(missing, label, ["am-missing"]))

    def _clusters(self) -> list[tuple[str, str, list]]:
        """(key, title, elements) per cluster, in the map's order of voices or sources."""
        if self.options.cluster is None:
            return []
        groups: dict[str, tuple[str, list]] = {}
        for element in (*self.view.claims, *self.view.evidence, *self.view.inferences):
            if self.options.cluster == "voice":
                key, title = f"voice_{element.voice}", self._voice_name(element.voice)
            else:
                voice = self.map.voice(element.voice)
                source = self.map.source(voice.source) if voice is not None and voice.source else None
                if source is None:
                    continue
                byline = ", ".join(source.authors)
                key = f"source_{source.id}"
                title = (source.title or source.id) + (f" — {byline}" if byline else "") \
                    + (f" ({source.year})" if source.year else "")
            groups.setdefault(key, (title, []))[1].append(element)
        rank = {f"voice_{v.id}": n for n, v in enumerate(self.map.voices)}
        rank.update({f"source_{s.id}": n for n, s in enumerate(self.map.sources)})
        first_seen = list(groups)
        ordered = sorted(first_seen, key=lambda k: (rank.get(k, len(rank)), first_seen.index(k)))
        return [(str(n), groups[k][0], groups[k][1]) for n, k in enumerate(ordered)]

    def _node(self, graph: graphviz.Digraph, element) -> None:
        if isinstance(element, Claim):
            self._claim(graph, element)
        elif isinstance(element, Evidence):
            self._evidence(graph, element)
        elif isinstance(element, Inference):
            self._inference(graph, element)

    def _claim(self, graph: graphviz.Digraph, claim: Claim) -> None:
        marks, cid, findings = self.marks, claim.id, self.options.findings
        out = findings and cid in marks.out
        # The voice's id, not its name: Graphviz sizes the box for this line at full size, so it stays short.
        meta = [cid, claim.voice]
        if claim.role:
            meta.append(claim.role.upper())
        if out:
            meta.append("OUT")
        elif findings and cid in marks.undecided:
            meta.append("UNDECIDED")
        label = _Label()
        self._add_meta(label, meta)
        if claim.hedge:
            label.add(style.wrap(f"hedged: “{claim.hedge}”", self.options.wrap), "meta italic")
        body = ["body"]
        if claim.is_thesis:
            body.append("bold")
        if claim.role == "reported":
            body.append("italic")
        if out:
            body += ["strike", "faded"]
        label.add(style.wrap(claim.text, self.options.wrap), " ".join(body))
        devices = list(dict.fromkeys(d.category for d in self.map.devices_in(cid)))
        if devices:
            label.add(style.wrap("device: " + ", ".join(devices), self.options.wrap), "meta")
        self._add_footer(label, cid)

        node_style = ["rounded", "filled"]
        fill, ink, border, penwidth = self.fills[claim.voice].dot, style.INK, style.INK, "1"
        if claim.is_thesis:
            penwidth = style.THESIS_PENWIDTH
        if claim.is_granted:
            fill, ink, border = style.GRANTED_FILL, style.GRANTED_INK, style.GRANTED_INK
        if out:
            fill, ink, border = style.OUT_FILL, style.OUT_INK, style.OUT_INK
        border, penwidth = self._finding_border(cid, node_style, border, penwidth)
        self.shown.update(kind for kind, present in (("thesis", claim.is_thesis), ("granted", claim.is_granted),
                                                     ("reported", claim.role == "reported"), ("out", out)) if present)
        extra = {"fontsize": str(style.THESIS_MEASURE_SIZE)} if claim.is_thesis else {}
        classes = ["am-claim"] + ([f"am-{claim.role}"] if claim.role else []) + (["am-out"] if out else [])
        graph.node(_name(cid), shape="box", style=",".join(node_style), fillcolor=fill, color=border,
                   fontcolor=ink, penwidth=penwidth, margin="0.12,0.06",
                   **extra, **self._node_attributes(cid, label, classes))

    def _evidence(self, graph: graphviz.Digraph, evidence: Evidence) -> None:
        eid = evidence.id
        self.shown.add("evidence")
        label = _Label()
        self._add_meta(label, [eid, evidence.kind, evidence.voice])
        if evidence.citation:
            label.add(style.wrap(evidence.citation, self.options.wrap), "body")
        else:
            label.add("no citation given", "body italic faded")
        self._add_footer(label, eid)
        node_style = ["filled"]
        border, penwidth = self._finding_border(eid, node_style, style.INK, "1")
        graph.node(_name(eid), shape="note", style=",".join(node_style), fillcolor=style.EVIDENCE_FILL,
                   color=border, penwidth=penwidth, margin="0.12,0.06",
                   **self._node_attributes(eid, label, ["am-evidence"]))

    def _inference(self, graph: graphviz.Digraph, inference: Inference) -> None:
        iid = inference.id
        self.shown.add("inference")
        label = _Label()
        label.add(f"{iid} {inference.scheme or 'inference'}", "small id")
        self._add_footer(label, iid)
        node_style = ["filled"]
        border, penwidth = self._finding_border(iid, node_style, style.SUPPORT_EDGE, "1")
        extra = {}
        if inference.warrant:
            extra["tooltip"] = graphviz.escape("warrant: " + style.clean(inference.warrant))
        graph.node(_name(iid), shape="ellipse", style=",".join(node_style), fillcolor=style.INFERENCE_FILL,
                   color=border, penwidth=penwidth, margin="0.05,0.02", width="0", height="0",
                   fontsize=str(style.INFERENCE_SIZE), **extra,
                   **self._node_attributes(iid, label, ["am-inference"]))

    # ---- edges -------------------------------------------------------------
    def _support_edge(self, tail: str, head: str, *, arrow: bool) -> None:
        attributes = {}
        if not arrow:
            attributes["arrowhead"] = "none"
        if self.options.findings and self.marks.on_cycle(tail, head):
            attributes.update(color=style.CYCLE, penwidth="2.5")
            self.shown.add("cycle")
        self.shown.add("support")
        self.graph.edge(_name(tail), _name(head), **attributes)

    def _edges(self) -> None:
        for inference in self.view.inferences:
            for premise in dict.fromkeys(inference.premises):
                self._support_edge(premise, inference.id, arrow=False)
            self._support_edge(inference.id, inference.conclusion, arrow=True)
        for attack in self.view.attacks:
            attributes = {"color": style.ATTACK, "fontcolor": style.ATTACK, "penwidth": "1.4",
                          "id": graphviz.escape(svg_id(attack.id))}
            if self.edge_labels:
                attributes["label"] = ATTACK_VERBS.get(attack.kind, attack.kind)
            if attack.kind == "undercut":
                attributes["style"] = "dashed"
            self.shown.add("undercut" if attack.kind == "undercut" else "attack")
            self.graph.edge(_name(attack.attacker), _name(attack.target), _attributes={"class": "am-attack"},
                            **attributes)
        for same in self.view.restatements:
            attributes = {"color": style.SAME, "style": "dashed", "dir": "both", "constraint": "false",
                          "arrowsize": "0.6"}
            if self.options.findings and self.marks.on_cycle(same.left, same.right):
                attributes.update(color=style.CYCLE, penwidth="2.5")
                self.shown.add("cycle")
            self.shown.add("same")
            self.graph.edge(_name(same.left), _name(same.right), _attributes={"class": "am-same"}, **attributes)

    def _legend_voices(self) -> tuple[LegendEntry, ...]:
        # Only claims are filled with their voice's colour: a voice that only provides evidence
        # (drawn white) would get a swatch seen nowhere on the diagram.
        voices = list(dict.fromkeys(claim.voice for claim in self.view.claims))
        order = {v.id: n for n, v in enumerate(self.map.voices)}
        voices.sort(key=lambda v: (order.get(v, len(order)), v))
        return tuple(LegendEntry(voice=v, name=self._legend_name(v), fill=self.fills[v]) for v in voices)

    def _legend_name(self, voice_id: str) -> str:
        # The id is what the claims show on their first line: it is never cut, a long name is.
        name = self._voice_name(voice_id)
        return voice_id if name == voice_id else f"{style.shorten(name, LEGEND_NAME_WIDTH)} ({voice_id})"


def build_drawing(amap: ArgumentMap, view: View, options: RenderOptions, marks: Marks | None = None) -> Drawing:
    """The DOT source for ``view`` of ``amap`` with the styling the SVG finisher needs."""
    return DotBuilder(amap, view, options, marks).build()
