#!/usr/bin/env bash
# Regenerate every picture and every figure quoted in docs/case-study.md.
#
#   scripts/case_study_figures.sh              # pictures into docs/img/case-*.png, figures on stdout
#   scripts/case_study_figures.sh --figures    # figures only (about 2 minutes on 2 cores)
#   scripts/case_study_figures.sh --pictures   # pictures only (about 1 minute on 2 cores)
#
# Every figure is printed by argmap itself (check, explain, show, export, rhetoric); the few
# Python snippets below only sort, filter and count what argmap's JSON output says.
# Run from anywhere; ARGMAP and PYTHON may point to another install.
set -euo pipefail
cd "$(dirname "$0")/.."

ARGMAP=${ARGMAP:-.venv/bin/argmap}
PYTHON=${PYTHON:-.venv/bin/python}
IMG=docs/img
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

WANT_PICTURES=1
WANT_FIGURES=1
case "${1:-}" in
  --figures) WANT_PICTURES=0 ;;
  --pictures) WANT_FIGURES=0 ;;
  "") ;;
  *) echo "usage: $0 [--figures|--pictures]" >&2; exit 2 ;;
esac

S000=examples/000-fee-democratic-experiment.argmap
S001=examples/001-blog-party-parasite.argmap
S002=examples/002-forum-circular-flow.argmap
S003=examples/003-abridged.argmap
S004=examples/004-furr.argmap
CORPUS=examples/corpus.argmap

heading() { printf '\n======== %s ========\n' "$*"; }
# argmap check exits 1 when it has findings; that is expected here.
check_json() { "$ARGMAP" check "$1" --format json > "$2" || [ $? -eq 1 ]; }

pictures() {
  mkdir -p "$IMG"
  render() { local out=$1; shift; "$ARGMAP" render "$@" --findings -o "$IMG/$out"; }
  # 000: the title thesis, and the whole map (small enough to read at full size)
  render case-000-T1.png "$S000" --focus fee-T1 --depth 2
  render case-000-whole.png "$S000"
  # 001: the summary thesis, the murder thesis, and Comrade Artem's post (its own file) whole
  render case-001-T1.png "$S001" --focus blog-T1 --depth 2
  render case-001-T3.png "$S001" --focus blog-T3 --depth 2
  render case-001-artem.png examples/001-blog-artem-smo.argmap
  # 002: Hough's extract whole (the circle of power, drawn as reasoning), El Kaiser's conclusion
  render case-002-hough.png examples/002-forum-hough.argmap
  render case-002-elkaiser.png "$S002" --focus forum-EK-T1 --depth 2
  # 003: the editor's thesis and the contradiction the garbling creates
  render case-003-T1.png "$S003" --focus abr-T1 --depth 1
  render case-003-C59.png "$S003" --focus abr-C59 --depth 1
  # 004: depth 1 (depth 2 is over 12,000 pixels wide for furr-T1 and cannot be read)
  render case-004-T1.png "$S004" --focus furr-T1 --depth 1
  render case-004-T2.png "$S004" --focus furr-T2 --depth 1
  # the corpus: one proposition in three texts, and a thesis caught between texts
  render case-corpus-C36.png "$CORPUS" --focus furr-C36 --depth 1
  render case-corpus-T2.png "$CORPUS" --focus furr-T2 --depth 1
  # rhetoric charts: 001 by voice, and the five texts side by side (files named for the chart legend)
  "$ARGMAP" rhetoric examples/sources/001_796af24f27a72c3f.txt -q --profile --chart "$IMG/case-001-voices.png" > /dev/null
  compare_texts "$IMG/case-profiles.png" > /dev/null
}

# The five seed texts under short names, so that the chart legend reads "000-FEE" and not a hash.
compare_texts() {
  mkdir -p "$TMP/texts"
  cp examples/sources/000_c63bc6b84c1d038b.txt "$TMP/texts/000-FEE.txt"
  cp examples/sources/001_796af24f27a72c3f.txt "$TMP/texts/001-blog.txt"
  cp examples/sources/002_2a316a821f2e14aa.txt "$TMP/texts/002-forum.txt"
  cp examples/sources/003_50c148e052822106.txt "$TMP/texts/003-abridged.txt"
  cp examples/sources/004_e77f1c82b5a1bb7e.txt "$TMP/texts/004-Furr.txt"
  "$ARGMAP" rhetoric --compare "$TMP"/texts/00{0,1,2,3,4}-*.txt -q --chart "$1"
}

figures() {
  heading "map sizes (argmap show, first two lines)"
  for f in "$S000" "$S001" "$S002" "$S003" "$S004" "$CORPUS"; do "$ARGMAP" show "$f" | sed -n 1,2p; done

  heading "findings per seed (argmap check --format json), by rule; 003 also counts its own file apart"
  for f in "$S000" "$S001" "$S002" "$S003" "$S004" "$CORPUS"; do check_json "$f" "$TMP/$(basename "$f").json"; done
  "$PYTHON" - "$TMP" <<'EOF'
import collections, json, pathlib, sys
tmp = pathlib.Path(sys.argv[1])
for name in ["000-fee-democratic-experiment", "001-blog-party-parasite", "002-forum-circular-flow",
             "003-abridged", "004-furr", "corpus"]:
    report = json.loads((tmp / f"{name}.argmap.json").read_text())
    codes = collections.Counter(d["code"] for d in report["diagnostics"])
    print(f"{name}: {report['summary']}  " + " ".join(f"{c}:{n}" for c, n in sorted(codes.items())))
    if name == "003-abridged":
        own = collections.Counter(d["code"] for d in report["diagnostics"] if d["path"].endswith("003-abridged.argmap"))
        print("   003's own file: " + " ".join(f"{c}:{n}" for c, n in sorted(own.items())))
EOF

  heading "circular reasoning anywhere in examples/ (argmap check examples/ --select AM3)"
  "$ARGMAP" check examples/ --select AM3

  heading "root causes ranked by weight (AM202 bare assertion used as a premise, AM203 unsupported thesis)"
  for f in "$S000" "$S001" "$S002" "$S003" "$S004"; do "$ARGMAP" export "$f" -o "$TMP/$(basename "$f").export.json" 2> /dev/null; done
  "$PYTHON" - "$TMP" <<'EOF'
import json, pathlib, sys
tmp = pathlib.Path(sys.argv[1])
for name in ["000-fee-democratic-experiment", "001-blog-party-parasite", "002-forum-circular-flow",
             "003-abridged", "004-furr"]:
    report = json.loads((tmp / f"{name}.argmap.json").read_text())
    text = {c["id"]: c["text"] for c in json.loads((tmp / f"{name}.argmap.export.json").read_text())["claims"]}
    roots = [d for d in report["diagnostics"] if d["code"] in ("AM202", "AM203")]
    roots.sort(key=lambda d: d["data"]["rank"])
    print(f"-- {name}: {len(roots)} root causes; top 6")
    for d in roots[:6]:
        data = d["data"]
        where = f"{pathlib.Path(d['path']).name}:{d['line']}"
        theses = ",".join(data.get("theses", [])) or "-"
        print(f"  rank {data['rank']:>2}  weight {data['weight']}  {d['code']}  {data['claim']:<12} {where:<38}"
              f" theses {theses:<16} {text[data['claim']][:90]}")
EOF

  heading "hedges lost on the way (AM207)"
  for f in "$S000" "$S001" "$S002" "$S003" "$S004"; do
    echo "-- $f"; "$ARGMAP" check "$f" --select AM207 --no-source | grep ' AM207 ' || true
  done

  heading "other findings a reader should see (AM203 AM206 AM208 AM40x AM501 AM502)"
  for f in "$S000" "$S001" "$S002" "$S003" "$S004"; do
    echo "-- $f"; "$ARGMAP" check "$f" --select AM203,AM204,AM206,AM208,AM4,AM501,AM502 --no-source | grep -E ' AM[0-9]+ ' || true
  done

  heading "dialectics: the label of every thesis, and every claim that is not IN (grounded semantics)"
  "$PYTHON" - <<'EOF'
import argmap
from argmap.analysis import dialectics
for name in ["000-fee-democratic-experiment", "001-blog-party-parasite", "002-forum-circular-flow",
             "003-abridged", "004-furr", "corpus"]:
    amap = argmap.load(f"examples/{name}.argmap")
    result = dialectics.analyse(amap)
    theses = [c.id for c in amap.claims if c.role == "thesis"]
    print(f"-- {name}: theses " + ", ".join(f"{t} {result.label(t).name}" for t in theses))
    if name == "corpus":
        crossing = sorted({x for a in amap.attacks if a.id.startswith("corpus-") for x in (a.attacker, a.target)})
        print("   claims in the corpus's rebuttal pairs: " + ", ".join(f"{c} {result.label(c).name}" for c in crossing))
        continue
    for claim in amap.claims:
        label = result.label(claim.id).name
        if label != "IN":
            step = result.explain(claim.id)[-1]
            print(f"   {label:<5} {claim.id:<12} ({claim.voice}) {claim.text[:80]}  <- {step.attacker} [{step.reason['kind']}]")
EOF

  heading "support trees of the main theses (argmap explain, depth 2)"
  for pair in "$S000 fee-T1" "$S000 fee-T4" "$S001 blog-T1" "$S001 blog-T2" "$S001 blog-T3" \
              "$S002 forum-H-T1" "$S002 forum-EK-T1" "$S002 forum-R2-T1" \
              "$S003 abr-T1" "$S003 abr-C1" "$S003 abr-I27" "$S004 furr-T1" "$S004 furr-T2" "$S004 furr-T3" \
              "$S004 furr-I33" "$S004 furr-I264" "$CORPUS blog-T2" "$CORPUS forum-R1-T2" "$CORPUS blog-St-C1" \
              "$CORPUS forum-St-C6"; do
    set -- $pair; echo "-- argmap explain $1 $2 --depth 2"; "$ARGMAP" explain "$1" "$2" --depth 2
  done

  heading "one root cause named in the text: Stalin was murdered (001)"
  "$ARGMAP" check "$S001" --select AM202 --no-source | grep 'AM202 blog-C-murder' || true

  heading "evidence per seed: kinds, and citations that contain a number (argmap export)"
  "$PYTHON" - "$TMP" <<'EOF'
import collections, json, pathlib, re, sys
tmp = pathlib.Path(sys.argv[1])
for name in ["000-fee-democratic-experiment", "001-blog-party-parasite", "002-forum-circular-flow", "004-furr"]:
    evidence = json.loads((tmp / f"{name}.argmap.export.json").read_text())["evidence"]
    kinds = collections.Counter(e["kind"] for e in evidence)
    numbered = sum(bool(re.search(r"\d", e.get("citation") or "")) for e in evidence)
    print(f"{name}: {len(evidence)} evidence; with a number in the citation: {numbered}; "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
EOF

  heading "size of the depth-2 views of furr-T1 that the case study leaves out (pixels)"
  for direction in tb lr; do
    "$ARGMAP" render "$S004" --focus furr-T1 --depth 2 --findings --direction "$direction" -o "$TMP/t1-$direction.png" 2> /dev/null
    "$PYTHON" -c "import struct, sys; print(sys.argv[2], *struct.unpack('>II', open(sys.argv[1], 'rb').read(24)[16:24]))" \
      "$TMP/t1-$direction.png" "$direction"
  done

  heading "000: the hedge cues of the text, and the map profile's extra cues from paraphrases"
  "$ARGMAP" rhetoric examples/sources/000_c63bc6b84c1d038b.txt --category hedge --no-source --no-devices
  "$ARGMAP" rhetoric "$S000" --category hedge --format json > "$TMP/hedges.json"
  "$PYTHON" - "$TMP/hedges.json" <<'EOF'
import collections, json, sys
cues = json.load(open(sys.argv[1]))["cues"]
where = collections.Counter(("paraphrase" if "paraphrase" in c["context"] else "source text", c["voice"]) for c in cues)
print("map hedge cues by where they were found and voice:", dict(sorted(where.items())))
EOF

  heading "001: epithet cues of the blogger, and the lines argmap gives to each voice"
  "$ARGMAP" rhetoric examples/sources/001_796af24f27a72c3f.txt --category epithet --no-source --no-devices \
    | grep 'voice author,' || true
  "$ARGMAP" rhetoric examples/sources/001_796af24f27a72c3f.txt --format json > "$TMP/r001.json"
  "$PYTHON" - "$TMP/r001.json" <<'EOF'
import collections, json, sys
lines = collections.defaultdict(set)
for cue in json.load(open(sys.argv[1]))["cues"]:
    lines[" > ".join(cue["voice_path"])].add(cue["line"])
for voice, found in sorted(lines.items()):
    print(f"  {voice}: lines with cues {sorted(found)}")
EOF

  heading "rhetoric: per-voice profiles of the plain texts (argmap rhetoric TEXT -q --profile)"
  for t in examples/sources/00[0-4]_*.txt; do "$ARGMAP" rhetoric "$t" -q --profile; done

  heading "rhetoric: the map's annotated devices per voice (argmap rhetoric MAP --profile --format json)"
  for f in "$S000" "$S001" "$S002" "$S003" "$S004"; do
    "$ARGMAP" rhetoric "$f" --profile --format json > "$TMP/rhetoric.json"
    "$PYTHON" - "$TMP/rhetoric.json" "$f" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
print(f"-- {sys.argv[2]}")
for profile in report["profiles"]:
    devices = profile.get("annotated_devices") or {}
    if devices:
        print(f"   {profile['voice']:<24} {sum(devices.values()):>3}: " + ", ".join(f"{n} {k}" for k, n in sorted(devices.items(), key=lambda kv: (-kv[1], kv[0]))))
EOF
  done

  heading "rhetoric: the five texts side by side (argmap rhetoric --compare ... -q)"
  compare_texts "$TMP/profiles.png"

  heading "003 against 004: garbles (tag 'garbled' in 003's own file, from argmap export)"
  "$PYTHON" - "$TMP/003-abridged.argmap.export.json" <<'EOF'
import json, re, sys
data = json.load(open(sys.argv[1]))
def own(x): return x["location"]["path"].endswith("003-abridged.argmap")
claims = [c for c in data["claims"] if own(c)]
garbled = [x for kind in ("claims", "evidence") for x in data[kind] if own(x) and "garbled" in (x.get("tags") or [])]
print(f"003's own claims: {len(claims)}; evidence: {sum(own(e) for e in data['evidence'])}; "
      f"inferences: {sum(own(i) for i in data['inferences'])}; same links: {sum(own(r) for r in data['restatements'])}")
print(f"elements tagged garbled: {len(garbled)} ({sum(1 for x in garbled if x in claims)} claims)")
kinds = {"wrong speaker, agent or attribution": r"wrong speaker|wrong agent|wrong subject|lost attribution",
         "merged sentences": r"merged", "lost qualifier or condition": r"lost qualifier|lost condition",
         "reversed or changed sense": r"revers|changed sense|changed relation",
         "cut or broken off": r"\bcut\b|breaks off|lost reason|lost point", "citation changed or lost": r"citation|cites|page"}
for kind, pattern in kinds.items():
    hits = [x["id"] for x in garbled if re.search(pattern, x.get("note") or "", re.I)]
    print(f"  {kind:<36} {len(hits):>2}  {' '.join(hits)}")
changed = [x for x in garbled if "sense-changed" in (x.get("tags") or [])]
print(f"tagged sense-changed (not `same` as the 004 claim their note names): {len(changed)}  "
      + " ".join(x["id"] for x in changed))
text = {c["id"]: c for c in data["claims"]}
originals = []  # (003 claim, 004 claim, joined by same?)
for r in data["restatements"]:
    pair = [text.get(r["left"]), text.get(r["right"])]
    if None in pair:
        continue
    abr = [c for c in pair if c["id"].startswith("abr-")]
    furr = [c for c in pair if c["id"].startswith("furr-")]
    if abr and furr:
        originals.append((abr[0], furr[0], True))
for claim in changed:
    named = re.search(r"abridges (furr-[\w-]+)", claim.get("note") or "")
    if named and named.group(1) in text:
        originals.append((claim, text[named.group(1)], False))
print("003 claims whose 004 original carries a hedge and the 003 claim none:")
for abr, furr, joined in sorted(originals, key=lambda t: int(re.sub(r"\D", "", t[0]["id"]) or 0)):
    if furr.get("hedge") and not abr.get("hedge"):
        link = "=" if joined else "~"
        print(f"  {abr['id']:<8} {link} {furr['id']:<10} 004 hedge: {furr['hedge']!r}" + ("" if joined else "  (note only)"))
EOF

  heading "the corpus: same links and attacks written in corpus.argmap"
  grep -nE '^(same|attack) ' "$CORPUS"
  echo "-- AM402 in the corpus"
  "$ARGMAP" check "$CORPUS" --select AM402 --no-source | grep ' AM402 ' || true
}

[ "$WANT_PICTURES" = 1 ] && pictures
[ "$WANT_FIGURES" = 1 ] && figures
exit 0
