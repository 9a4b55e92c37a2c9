"""AIF (Argument Interchange Format) JSON, as AIFdb and OVA write it, to and from argmap.

An AIF map is a graph of nodes and edges. I-nodes hold propositions; RA-nodes (rule application)
join premises to a conclusion; CA-nodes (conflict) join an attacker to what it attacks; MA-nodes
(rephrase) join two formulations. The dialogue layer says who said what: L-nodes (locutions) are
anchored to I-nodes by YA-nodes (illocutions, "Asserting"), TA-nodes (transitions) join
locutions, and ``locutions``/``participants`` name the speakers.

Import: I → claim, RA → inference (scheme from its name), CA → rebuttal (an undercut when it
points at an RA), MA → ``same``, speakers → voices. Export writes the same structure, plus an
``argmap`` object on nodes and at the top that AIF tools ignore and argmap reads back, so that an
argmap → AIF → argmap round trip loses nothing. See docs/interop.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from argmap.diagnostics import ArgmapError, Diagnostic
from argmap.interop.common import (
    AIF_SCHEMES,
    DEFAULT_AIF_SCHEME,
    IdAllocator,
    evidence_kind,
    not_mapped,
    parse_json,
    sanitise_id,
    scheme_from_name,
    unreadable,
)
from argmap.interop.declarations import declarations_from_records, declarations_to_records, parse_locator
from argmap.model import (
    EVIDENCE_KINDS,
    ROLES,
    ArgumentMap,
    Attack,
    Claim,
    Evidence,
    Inference,
    Location,
    Quote,
    Restatement,
    Source,
    Voice,
)

DEFAULT_VOICE = "aif"
EXTRA = "argmap"  # the key of argmap's own data on AIF nodes, participants and the document
NODE_TYPES = {"I", "RA", "CA", "MA", "PA", "L", "TA", "YA"}
_QUESTIONING = re.compile(r"question|challeng", re.I)


# ---- import -------------------------------------------------------------------------------------
class _AifImporter:
    def __init__(self, data: Any, text: str | None, path: str | None):
        self.data = data
        self.text = text
        self.path = path
        self.errors: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = []
        self.places: dict[str, Location] = _node_places(text, path) if text is not None else {}
        self.file_location = Location(path=path, line=1, column=1)

    def at(self, node_id: str | None) -> Location:
        return self.places.get(str(node_id), self.file_location) if node_id is not None else self.file_location

    def warn(self, message: str, node_id: str | None = None, suggestion: str | None = None) -> None:
        self.warnings.append(not_mapped(message, self.at(node_id), suggestion))

    def error(self, message: str, node_id: str | None = None, suggestion: str | None = None) -> None:
        self.errors.append(unreadable(message, self.at(node_id), suggestion))

    def run(self) -> ArgumentMap | None:
        document = self.data
        if isinstance(document, dict) and isinstance(document.get("AIF"), dict):
            document = document["AIF"]  # OVA wraps the AIF graph
        if not isinstance(document, dict) or not isinstance(document.get("nodes"), list):
            self.error("this JSON is not an AIF map: it needs a list of \"nodes\" (and of \"edges\")", None,
                       "AIF JSON looks like {\"nodes\": [{\"nodeID\": \"1\", \"type\": \"I\", \"text\": ...}], "
                       "\"edges\": [{\"edgeID\": \"1\", \"fromID\": \"1\", \"toID\": \"2\"}]}")
            return None
        self.read_graph(document)
        if self.errors:
            return None
        return self.build(document)

    # graph ---------------------------------------------------------------------------------
    def read_graph(self, document: dict) -> None:
        self.nodes: dict[str, dict] = {}
        self.order: list[str] = []
        for index, node in enumerate(document["nodes"]):
            if not isinstance(node, dict) or node.get("nodeID") is None or node.get("type") is None:
                self.error(f"node {index + 1} of \"nodes\" needs a \"nodeID\" and a \"type\"",
                           node.get("nodeID") if isinstance(node, dict) else None)
                continue
            node_id = str(node["nodeID"])
            if node_id in self.nodes:
                self.error(f"two nodes share the nodeID {node_id}", node_id)
                continue
            self.nodes[node_id] = node
            self.order.append(node_id)
        self.into: dict[str, list[str]] = {n: [] for n in self.nodes}
        self.out: dict[str, list[str]] = {n: [] for n in self.nodes}
        edges = document.get("edges", [])
        if not isinstance(edges, list):
            self.error("\"edges\" must be a list")
            return
        for index, edge in enumerate(edges):
            if not isinstance(edge, dict):
                self.error(f"edge {index + 1} is not an object")
                continue
            source, target = str(edge.get("fromID")), str(edge.get("toID"))
            missing = [n for n in (source, target) if n not in self.nodes]
            if missing:
                self.warn(f"edge {edge.get('edgeID', index + 1)} names node {missing[0]}, which does not exist; "
                          "the edge is skipped", f"edge:{edge.get('edgeID')}")
                continue
            self.out[source].append(target)
            self.into[target].append(source)

    def kind(self, node_id: str) -> str:
        return str(self.nodes[node_id].get("type", "")).upper()

    def extra(self, node_id: str) -> dict:
        value = self.nodes[node_id].get(EXTRA)
        return value if isinstance(value, dict) else {}

    # speakers --------------------------------------------------------------------------------
    def read_speakers(self, document: dict) -> None:
        """Voices from participants, locutions and L-node texts (``"Bob Smith : text"``)."""
        self.participants: dict[str, str] = {}  # personID → voice id
        for person in _list(document.get("participants")):
            if not isinstance(person, dict) or person.get("participantID") is None:
                continue
            extra = person.get(EXTRA) if isinstance(person.get(EXTRA), dict) else {}
            name = " ".join(str(person.get(k) or "").strip() for k in ("firstname", "surname")).strip()
            name = name or str(person.get("name") or f"Participant {person['participantID']}")
            self.participants[str(person["participantID"])] = self.voice(name, extra.get("id"))
        self.speaker: dict[str, str] = {}  # L-node → voice id
        for locution in _list(document.get("locutions")):
            if not isinstance(locution, dict):
                continue
            node_id, person = str(locution.get("nodeID")), str(locution.get("personID"))
            if node_id in self.nodes and person in self.participants:
                self.speaker[node_id] = self.participants[person]
            elif node_id in self.nodes and locution.get("personID") is not None:
                self.speaker[node_id] = self.voice(f"Participant {person}", None)
        for node_id in self.order:
            if self.kind(node_id) == "L" and node_id not in self.speaker:
                text = str(self.nodes[node_id].get("text") or "")
                name, sep, _ = text.partition(":")
                if sep and name.strip():
                    self.speaker[node_id] = self.voice(name.strip(), None)

    def voice(self, name: str, wanted: Any) -> str:
        """The voice of a speaker: the id argmap wrote for it, else one made from the name (one per name)."""
        if wanted:
            vid = sanitise_id(str(wanted), "voice")
        elif name in self.voice_by_name:
            return self.voice_by_name[name]
        else:
            vid = sanitise_id(name, "voice")
            while vid in self.voices:
                vid = self.voice_ids.reserve(vid)
        self.voice_ids.taken.add(vid)
        self.voice_by_name.setdefault(name, vid)
        if vid not in self.voices:
            self.voices[vid] = Voice(id=vid, name=name, role="participant", source=self.file_source(),
                                     location=self.file_location)
        return vid

    def file_source(self) -> str:
        if self.default_source is None:
            stem = Path(self.path).stem if self.path else "aif"
            sid = self.source_ids.reserve(sanitise_id(stem, "aif"))
            self.sources.append(Source(id=sid, title=Path(self.path).name if self.path else "AIF map",
                                       note="Imported from AIF.", location=self.file_location))
            self.default_source = sid
        return self.default_source

    def default_voice(self) -> str:
        if DEFAULT_VOICE not in self.voices:
            self.voices[DEFAULT_VOICE] = Voice(id=DEFAULT_VOICE, name="AIF map author", role="author",
                                               source=self.file_source(), location=self.file_location)
        return DEFAULT_VOICE

    def anchored_speakers(self, node_id: str) -> list[tuple[str, str]]:
        """(speaker voice, illocution) for each YA anchoring this node, via L-nodes or TA-nodes."""
        found = []
        for ya in self.into[node_id]:
            if self.kind(ya) != "YA":
                continue
            illocution = str(self.nodes[ya].get("text") or "")
            for anchor in self.into[ya]:
                if self.kind(anchor) == "L" and anchor in self.speaker:
                    found.append((self.speaker[anchor], illocution))
                elif self.kind(anchor) == "TA":
                    for later in self.out[anchor]:
                        if self.kind(later) == "L" and later in self.speaker:
                            found.append((self.speaker[later], illocution))
        return found

    # model ---------------------------------------------------------------------------------------
    def build(self, document: dict) -> ArgumentMap:
        self.sources: list[Source] = []
        self.voices: dict[str, Voice] = {}
        self.source_ids = IdAllocator()
        self.default_source: str | None = None
        top = document.get(EXTRA) if isinstance(document.get(EXTRA), dict) else {}
        sources, voices, devices, problems = declarations_from_records(top, self.file_location)
        for message in problems:
            self.warn(message)
        self.sources.extend(sources)
        self.source_ids.taken.update(s.id for s in sources)
        self.voices.update((v.id, v) for v in voices)
        self.voice_ids = IdAllocator(self.voices)
        self.voice_by_name: dict[str, str] = {}
        self.read_speakers(document)

        ids = IdAllocator()
        element_ids: dict[str, str] = {}
        prefixes = {"I": "C", "RA": "RA", "CA": "CA"}
        wanted = [(n, self.extra(n).get("id")) for n in self.order if self.kind(n) in prefixes]
        for node_id, given in wanted:  # ids argmap wrote keep priority over generated ones
            if given and sanitise_id(str(given), "") == str(given) and str(given) not in ids.taken:
                element_ids[node_id] = ids.reserve(str(given))
        for node_id, _ in wanted:
            if node_id not in element_ids:
                element_ids[node_id] = ids.reserve(sanitise_id(prefixes[self.kind(node_id)] + node_id, "x"))

        claims: list[Claim] = []
        evidence: list[Evidence] = []
        inferences: list[Inference] = []
        attacks: list[Attack] = []
        restatements: list[Restatement] = []
        voice_of: dict[str, str] = {}
        ignored: dict[str, list[str]] = {}
        for node_id in self.order:
            kind = self.kind(node_id)
            if kind == "I":
                element = self.proposition(node_id, element_ids[node_id])
                voice_of[element.id] = element.voice
                (evidence if isinstance(element, Evidence) else claims).append(element)
            elif kind not in NODE_TYPES:
                self.warn(f"node {node_id} has type {kind!r}, which AIF does not define; it is skipped", node_id)
            elif kind not in ("RA", "CA", "MA"):
                ignored.setdefault(kind, []).append(node_id)
        self.ra_inferences: dict[str, list[str]] = {}
        for node_id in self.order:  # inferences first: conflicts may undercut them
            if self.kind(node_id) == "RA":
                inferences.extend(self.rule_application(node_id, element_ids, voice_of, ids))
        for node_id in self.order:
            kind = self.kind(node_id)
            if kind == "CA":
                attacks.extend(self.conflict(node_id, element_ids, voice_of, ids))
            elif kind == "MA":
                restatements.extend(self.rephrase(node_id, element_ids))
        if ignored.get("PA"):
            for node_id in ignored["PA"]:
                self.warn(f"preference node {node_id} (PA) has no argmap counterpart; it is not imported", node_id)
        reworded = [n for n in ignored.get("L", []) if self.reworded(n)]
        if reworded:
            self.warn(f"{len(reworded)} locution(s) (L-nodes) word their proposition differently; argmap keeps "
                      "who asserted each proposition (its voice) and the proposition's text, not the words of "
                      "each turn", reworded[0])
        return ArgumentMap(sources=self.sources, voices=list(self.voices.values()), claims=claims, evidence=evidence,
                           inferences=inferences, attacks=attacks, restatements=restatements, devices=devices,
                           path=self.path, files=(self.path,) if self.path else (),
                           parse_findings=sorted(self.warnings, key=Diagnostic.sort_key))

    def reworded(self, l_node: str) -> bool:
        """True when an L-node's words (after any ``Speaker :`` prefix) differ from the I-nodes it anchors."""
        words = str(self.nodes[l_node].get("text") or "")
        name = self.voices[self.speaker[l_node]].name if l_node in self.speaker else None
        if name is not None and words.startswith(name) and words[len(name):].lstrip().startswith(":"):
            words = words[len(name):].lstrip()[1:]
        elif ":" in words:
            words = words.partition(":")[2]
        anchored = [str(self.nodes[i].get("text") or "") for ya in self.out[l_node] if self.kind(ya) == "YA"
                    for i in self.out[ya] if self.kind(i) == "I"]
        return not anchored or any(" ".join(words.split()) != " ".join(t.split()) for t in anchored)

    def proposition(self, node_id: str, element_id: str) -> Claim | Evidence:
        node, extra = self.nodes[node_id], self.extra(node_id)
        text = str(node.get("text") or "")
        if not text.strip():
            self.warn(f"I-node {node_id} has no text", node_id)
        speakers = self.anchored_speakers(node_id)
        voice = None
        if extra.get("voice"):
            voice = sanitise_id(str(extra["voice"]), "voice")
            if voice not in self.voices:
                voice = self.voice(str(extra["voice"]), extra["voice"])
        elif speakers:
            voice = speakers[0][0]
            others = sorted({s for s, _ in speakers} - {voice})
            if others:
                self.warn(f"I-node {node_id} is asserted by several speakers ({voice}, {', '.join(others)}); "
                          f"argmap keeps one voice per claim: {voice}", node_id,
                          "add a claim per speaker joined by `same` if the agreement matters")
            questioned = [illocution for _, illocution in speakers if _QUESTIONING.search(illocution)]
            if questioned:
                self.warn(f"I-node {node_id} is put as a question or challenge ({questioned[0]}), "
                          "not asserted; it is imported as a claim", node_id)
        voice = voice or self.default_voice()
        where = self.at(node_id)
        quotes = tuple(
            Quote(at=locator, text=str(q.get("text", "")), location=where)
            for q in _list(extra.get("quotes")) if isinstance(q, dict) and (locator := parse_locator(str(q.get("at"))))
        )
        tags = tuple(sanitise_id(str(t), "tag") for t in _list(extra.get("tags")))
        note = _str(extra.get("note"))
        if extra.get("kind") == "evidence":
            kind = str(extra.get("evidence") or "document")
            if kind not in EVIDENCE_KINDS:
                written = evidence_kind(kind)
                self.warn(f"I-node {node_id} has evidence kind {kind!r}, not one of argmap's kinds"
                          + (f"; it is written {written!r}" if written != kind else ""), node_id)
                kind = written
            citation = _str(extra["citation"]) if "citation" in extra else text
            return Evidence(id=element_id, voice=voice, kind=kind, citation=citation, quotes=quotes, tags=tags,
                            note=note, location=where)
        role = _str(extra.get("role"))
        if role is not None and role not in ROLES:
            role = None
        if "role" not in extra and voice == DEFAULT_VOICE:
            role = "reported"  # nobody is recorded as asserting it: the analyst relays it
        return Claim(id=element_id, text=text, voice=voice, role=role, hedge=_str(extra.get("hedge")),
                     quotes=quotes, tags=tags, note=note, location=where)

    def act_voice(self, node_id: str, fallback: str | None) -> str:
        extra = self.extra(node_id)
        if extra.get("voice"):
            vid = sanitise_id(str(extra["voice"]), "voice")
            return vid if vid in self.voices else self.voice(str(extra["voice"]), extra["voice"])
        speakers = self.anchored_speakers(node_id)
        if speakers:
            return speakers[0][0]
        return fallback or self.default_voice()

    def rule_application(self, node_id: str, element_ids: dict[str, str], voice_of: dict[str, str],
                         ids: IdAllocator) -> list[Inference]:
        node, extra = self.nodes[node_id], self.extra(node_id)
        premises = [element_ids[n] for n in self.into[node_id] if self.kind(n) == "I"]
        conclusions = [element_ids[n] for n in self.out[node_id] if self.kind(n) == "I"]
        joined = [n for n in self.into[node_id] if self.kind(n) in ("RA", "MA")]  # CA → RA is an undercut
        joined += [n for n in self.out[node_id] if self.kind(n) in ("RA", "CA", "MA")]
        for other in joined:
            self.warn(f"RA node {node_id} is joined to {self.kind(other)} node {other}; argmap inferences join "
                      "propositions only, so that link is not imported", node_id)
        if not conclusions:
            self.warn(f"RA node {node_id} has no conclusion (no edge to an I-node); it is not imported", node_id)
            return []
        if not premises:
            self.warn(f"RA node {node_id} has no premises (no edge from an I-node); it is not imported", node_id)
            return []
        name = _str(node.get("scheme")) or _str(node.get("text"))
        scheme = extra.get("scheme") if extra.get("scheme") else None
        note = _str(extra.get("note"))
        if scheme is None:
            scheme, understood = scheme_from_name(name)
            if not understood:
                note = " ".join(x for x in (note, f"AIF scheme: {name}") if x)
                self.warn(f"RA node {node_id} applies the scheme {name!r}, which has no argmap counterpart; "
                          "it is kept in the inference's note", node_id)
        voice = self.act_voice(node_id, voice_of.get(premises[0]))
        out = []
        for index, conclusion in enumerate(conclusions):
            iid = element_ids[node_id] if index == 0 else ids.reserve(element_ids[node_id])
            out.append(Inference(id=iid, voice=voice, premises=tuple(dict.fromkeys(premises)), conclusion=conclusion,
                                 scheme=scheme, warrant=_str(extra.get("warrant")),
                                 tags=tuple(sanitise_id(str(t), "tag") for t in _list(extra.get("tags"))),
                                 note=note, location=self.at(node_id)))
        self.ra_inferences[node_id] = [i.id for i in out]
        if len(conclusions) > 1:
            self.warn(f"RA node {node_id} has {len(conclusions)} conclusions; argmap makes one inference per "
                      "conclusion", node_id)
        return out

    def conflict(self, node_id: str, element_ids: dict[str, str], voice_of: dict[str, str],
                 ids: IdAllocator) -> list[Attack]:
        node, extra = self.nodes[node_id], self.extra(node_id)
        attackers = [element_ids[n] for n in self.into[node_id] if self.kind(n) == "I"]
        targets = [(n, self.kind(n)) for n in self.out[node_id]]
        if not attackers or not targets:
            self.warn(f"CA node {node_id} lacks an attacker or a target (edges from and to it); it is not "
                      "imported", node_id)
            return []
        name = _str(node.get("scheme")) or _str(node.get("text")) or ""
        note = _str(extra.get("note"))
        if note is None and name and "default" not in name.lower() and "conflict" not in name.lower():
            note = f"AIF conflict scheme: {name}"
        out = []
        for target_node, target_kind in targets:
            if target_kind == "I":
                kind = "undermine" if extra.get("kind") == "undermine" else "rebut"
                target_ids = [element_ids[target_node]]
            elif target_kind == "RA" and self.ra_inferences.get(target_node):
                kind = "undercut"
                # an RA split into one inference per conclusion is undercut as a whole
                target_ids = self.ra_inferences.get(target_node, [])
            else:
                self.warn(f"CA node {node_id} attacks a {target_kind} node ({target_node}); argmap attacks claims "
                          "and inferences only, so it is not imported", node_id)
                continue
            for attacker in attackers:
                for target in target_ids:
                    aid = element_ids[node_id] if not out else ids.reserve(element_ids[node_id])
                    out.append(Attack(id=aid, voice=self.act_voice(node_id, voice_of.get(attacker)), kind=kind,
                                      attacker=attacker, target=target, note=note, location=self.at(node_id)))
        if len(attackers) > 1:
            self.warn(f"CA node {node_id} has {len(attackers)} attackers together; argmap records one attack "
                      "per attacker", node_id)
        return out

    def rephrase(self, node_id: str, element_ids: dict[str, str]) -> list[Restatement]:
        lefts = [element_ids[n] for n in self.into[node_id] if self.kind(n) == "I"]
        rights = [element_ids[n] for n in self.out[node_id] if self.kind(n) == "I"]
        if not lefts or not rights:
            self.warn(f"MA node {node_id} does not join two I-nodes; it is not imported", node_id)
            return []
        note = _str(self.extra(node_id).get("note"))
        return [Restatement(left=a, right=b, note=note, location=self.at(node_id)) for a in lefts for b in rights]


def _node_places(text: str, path: str | None) -> dict[str, Location]:
    """Where each node's ``"nodeID"`` is written in the JSON text (first occurrence), for warnings."""
    places: dict[str, Location] = {}
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    import bisect

    for match in re.finditer(r'"(nodeID|edgeID)"\s*:\s*"?([^",}\s]+)"?', text):
        node_id = match.group(2) if match.group(1) == "nodeID" else f"edge:{match.group(2)}"
        if node_id not in places:
            line = bisect.bisect_right(line_starts, match.start())
            places[node_id] = Location(path=path, line=line, column=match.start() - line_starts[line - 1] + 1)
    return places


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _list(value: Any) -> list:
    """A list from the JSON, or nothing when the file has something else there."""
    return value if isinstance(value, list) else []


def import_aif(data_or_text: Any, path: str | None = None) -> tuple[ArgumentMap, list[Diagnostic]]:
    """Read an AIF map (JSON text, or the parsed dict) into an argument map; returns the map and the
    AM130 warnings (also kept in ``map.parse_findings``). Raises ArgmapError (AM131) on bad input."""
    text = None
    data = data_or_text
    if isinstance(data_or_text, (str, bytes)):
        text = data_or_text.decode("utf-8") if isinstance(data_or_text, bytes) else data_or_text
        data = parse_json(text, path)
    importer = _AifImporter(data, text, path)
    amap = importer.run()
    if importer.errors or amap is None:
        raise ArgmapError(importer.errors, {path or "<text>": text} if text is not None else None)
    return amap, list(amap.parse_findings)


# ---- export -------------------------------------------------------------------------------------
def to_aif(amap: ArgumentMap) -> dict[str, Any]:
    """The map as AIF JSON data (AIFdb shape: nodes, edges, locutions, participants), with argmap's
    own details under ``"argmap"`` keys that AIF tools ignore."""
    nodes: list[dict] = []
    edges: list[dict] = []
    locutions: list[dict] = []
    counter = iter(range(1, 1 << 62))

    def node(kind: str, text: str, extra: dict | None = None, **fields: Any) -> str:
        node_id = str(next(counter))
        record = {"nodeID": node_id, "text": text, "type": kind, **fields}
        if extra:
            record[EXTRA] = extra
        nodes.append(record)
        return node_id

    edge_ids = iter(range(1, 1 << 62))

    def edge(source: str, target: str) -> None:
        edges.append({"edgeID": str(next(edge_ids)), "fromID": source, "toID": target, "formEdgeID": None})

    participants, person_of = [], {}
    for voice in amap.voices:
        if voice.id in person_of:
            continue
        person_id = str(len(participants) + 1)
        person_of[voice.id] = person_id
        first, _, last = voice.name.rpartition(" ")
        participants.append({"participantID": person_id, "firstname": first or last, "surname": last if first else "",
                             EXTRA: {"id": voice.id}})
    names = {v.id: v.name for v in amap.voices}

    proposition: dict[str, str] = {}  # element id → I-node
    locution_of: dict[str, str] = {}  # element id → its L-node
    for element in list(amap.claims) + list(amap.evidence):
        if element.id in proposition:
            continue
        extra: dict[str, Any] = {"id": element.id, "voice": element.voice}
        if isinstance(element, Claim):
            text = element.text
            extra.update(_compact({"role": element.role, "hedge": element.hedge}))
            if element.role is None and element.voice == DEFAULT_VOICE:
                extra["role"] = None
        else:
            text = element.citation or element.kind
            extra.update({"kind": "evidence", "evidence": element.kind})
            if not element.citation:
                extra["citation"] = element.citation
        if element.quotes:
            extra["quotes"] = [{"at": str(q.at), "text": q.text} for q in element.quotes]
        if element.tags:
            extra["tags"] = list(element.tags)
        if element.note is not None:
            extra["note"] = element.note
        i_node = proposition[element.id] = node("I", text, extra)
        if element.voice in person_of:
            l_node = node("L", f"{names[element.voice]} : {text}")
            locution_of[element.id] = l_node
            ya = node("YA", "Asserting")
            edge(l_node, ya)
            edge(ya, i_node)
            locutions.append({"nodeID": l_node, "personID": person_of[element.voice]})

    def ensure(element_id: str) -> str:
        if element_id not in proposition:  # a reference the map does not define: keep it as a bare proposition
            proposition[element_id] = node("I", element_id, {"id": element_id, "undefined": True})
        return proposition[element_id]

    def dialogue(act: str, voice: str, first: str, last: str, illocution: str) -> None:
        """TA from the first element's locution to the last's, anchoring the act (RA/CA) when the
        last locution is the acting voice's."""
        if first in locution_of and last in locution_of and amap_voice(last) == voice:
            ta = node("TA", "Default Transition")
            edge(locution_of[first], ta)
            edge(ta, locution_of[last])
            ya = node("YA", illocution)
            edge(ta, ya)
            edge(ya, act)

    element_voice = {e.id: e.voice for e in list(amap.claims) + list(amap.evidence)}

    def amap_voice(element_id: str) -> str | None:
        return element_voice.get(element_id)

    rule_node: dict[str, str] = {}
    for inference in amap.inferences:
        name = AIF_SCHEMES.get(inference.scheme, inference.scheme) if inference.scheme else DEFAULT_AIF_SCHEME
        extra = {"id": inference.id, "voice": inference.voice, **_compact({
            "scheme": inference.scheme, "warrant": inference.warrant, "note": inference.note})}
        if inference.tags:
            extra["tags"] = list(inference.tags)
        ra = rule_node[inference.id] = node("RA", name, extra, scheme=name)
        for premise in inference.premises:
            edge(ensure(premise), ra)
        edge(ra, ensure(inference.conclusion))
        if inference.premises:
            dialogue(ra, inference.voice, inference.premises[0], inference.conclusion, "Arguing")
    for attack in amap.attacks:
        extra = {"id": attack.id, "voice": attack.voice, "kind": attack.kind, **_compact({"note": attack.note})}
        ca = node("CA", "Default Conflict", extra, scheme="Default Conflict")
        edge(ensure(attack.attacker), ca)
        if attack.kind == "undercut" and attack.target in rule_node:
            edge(ca, rule_node[attack.target])
        else:
            edge(ca, ensure(attack.target))
            dialogue(ca, attack.voice, attack.target, attack.attacker, "Disagreeing")
    for same in amap.restatements:
        ma = node("MA", "Default Rephrase", _compact({"note": same.note}) or None, scheme="Default Rephrase")
        edge(ensure(same.left), ma)
        edge(ma, ensure(same.right))

    document: dict[str, Any] = {"nodes": nodes, "edges": edges, "locutions": locutions,
                                "participants": participants}
    declarations = declarations_to_records(amap)
    if declarations:
        document[EXTRA] = {"version": 1, **declarations}
    return document


def export_aif(amap: ArgumentMap) -> str:
    """The map as AIF JSON text (see :func:`to_aif`)."""
    return json.dumps(to_aif(amap), ensure_ascii=False, indent=1) + "\n"


def _compact(record: dict) -> dict:
    return {k: v for k, v in record.items() if v is not None}
