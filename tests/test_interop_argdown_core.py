"""Exports checked by the real Argdown parser (@argdown/core), when it is installed.

Skipped unless ARGMAP_ARGDOWN_CORE names a directory with node_modules/@argdown/core and `node` is on
PATH. To run it: `mkdir /tmp/ad && cd /tmp/ad && npm install @argdown/core@1`, then
`ARGMAP_ARGDOWN_CORE=/tmp/ad .venv/bin/pytest tests/test_interop_argdown_core.py`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import argmap
from argmap.interop import export_argdown, import_argdown
from strategies import argument_maps

CORE = os.environ.get("ARGMAP_ARGDOWN_CORE")
pytestmark = pytest.mark.skipif(
    not CORE or not shutil.which("node") or not (Path(CORE or ".") / "node_modules/@argdown/core").is_dir(),
    reason="needs node and @argdown/core (set ARGMAP_ARGDOWN_CORE)")

READER = r"""
const fs = require("fs");
const app = require("@argdown/core/dist/argdown.js").argdown;
for (const file of process.argv.slice(1)) {
  const r = app.run({input: fs.readFileSync(file, "utf8"), process: ["parse-input", "build-model"],
                     logLevel: "none", throwExceptions: false});
  const texts = [];
  for (const ec of Object.values(r.statements || {}))
    for (const m of ec.members) if (!m.isReference && m.role === "top-level-statement") texts.push(m.text);
  const args = Object.values(r.arguments || {});
  console.log(JSON.stringify({file, errors: (r.lexerErrors || []).length + (r.parserErrors || []).length
    + (r.exceptions || []).length, texts, pcs: args.filter(a => a.pcs && a.pcs.length).length}));
}
"""


def read_with_argdown(paths: list[Path]) -> list[dict]:
    result = subprocess.run(["node", "-e", READER, *map(str, paths)], capture_output=True, text=True, cwd=CORE,
                            check=True)
    return [json.loads(line) for line in result.stdout.splitlines()]


def expected_texts(amap) -> set[str]:
    return {c.text for c in amap.claims} | {e.citation or e.kind for e in amap.evidence}


def test_exports_are_read_by_argdown(tmp_path):
    maps = {}
    for path in sorted(Path("tests/data/argdown").glob("*.argdown")):
        maps[path.stem] = import_argdown(path.read_text(encoding="utf-8"), str(path))[0]
    maps["socrates"] = argmap.load("examples/socrates.argmap")

    @settings(max_examples=40, deadline=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(argument_maps())
    def collect(amap):
        maps[f"random{len(maps)}"] = amap

    collect()
    files = []
    for name, amap in maps.items():
        path = tmp_path / f"{name}.argdown"
        path.write_text(export_argdown(amap), encoding="utf-8")
        files.append(path)
    for result, (name, amap) in zip(read_with_argdown(files), maps.items()):
        assert result["errors"] == 0, name
        assert result["pcs"] == sum(1 for i in amap.inferences if i.premises), name
        for text in result["texts"]:  # Argdown keeps tags in the text; argmap's import takes them out
            assert re.sub(r"( #(\([^)]*\)|\S+))+ ?$", "", text).strip() in expected_texts(amap), (name, text)
