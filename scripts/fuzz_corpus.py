#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target>/ from the golden vectors (tests/vectors), in each target's input
layout (see fuzz/src/lib.rs and fuzz/fuzz_targets/). Run by scripts/test-fuzz.sh."""
import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
OPS = json.loads((ROOT / "schema" / "catalog.json").read_text())["operations"]
STATUSES = [200, 200, 200, 400, 401, 404, 500, 502]  # as in fuzz/src/lib.rs
by_provider = {}
for m in OPS:
    by_provider.setdefault(m["provider"], []).append(m["name"])
everywhere = [(m["provider"], m["name"]) for m in OPS]


def body_bytes(body):
    if isinstance(body, dict):
        import base64
        return base64.b64decode(body["base64"])
    return (body or "").encode()


def put(target, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


counts = {}
for path in sorted((ROOT / "tests" / "vectors").rglob("case.json")):
    case = json.loads(path.read_text())
    provider, op = case["provider"], case["operation"]
    if "response" in case and op in by_provider.get(provider, []):
        r = case["response"]
        st = STATUSES.index(r["status"]) if r["status"] in STATUSES else 0
        put(f"parse_{provider}", bytes([by_provider[provider].index(op), st]) + body_bytes(r.get("body")))
    if "params" in case and (provider, op) in everywhere:
        i = everywhere.index((provider, op))
        put("prepare_any", i.to_bytes(2, "little") + json.dumps(case["params"]).encode())
        if provider == "domaincontext":
            put("brackets", json.dumps(case["params"]).encode())
    req = case.get("request")
    if provider == "regru" and req and req.get("body"):
        put("regru_sign_text", body_bytes(req["body"]))
for d in sorted(CORPUS.iterdir()):
    print(f"corpus {d.name}: {sum(1 for _ in d.iterdir())} inputs")
