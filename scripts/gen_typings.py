#!/usr/bin/env python3
"""Generates the typings and the README's operation tables from schema/catalog.json.

schema/catalog.json itself is written by `cargo run -p registrar-kit --features schema --example
dump_catalog` (see scripts/gen.sh). Outputs:

- bindings-wasm/npm/operations.d.ts   per-provider parameter and output types, keyed by operation name
- bindings-python/python/registrar_kit/operations.py   TypedDicts and Literal operation names
- README.md, between <!-- operations:start --> and <!-- operations:end -->: one table per provider

Only the JSON Schema subset that schemars emits for our types is handled; anything else fails loudly.
"""
import json
import keyword
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# `--catalog PATH --out-dir DIR` reads another catalog and writes the typings under DIR instead (a
# dry run for checking a provider's schemas without touching the committed files).
_args = sys.argv[1:]
CATALOG_PATH = Path(_args[_args.index("--catalog") + 1]) if "--catalog" in _args else ROOT / "schema" / "catalog.json"
OUT_DIR = Path(_args[_args.index("--out-dir") + 1]) if "--out-dir" in _args else None
CATALOG = json.loads(CATALOG_PATH.read_text())
PROVIDER_TITLES = {
    "alldomains": "Alldomains",
    "logicboxes": "Logicboxes",
    "regru": "Regru",
    "domaincontext": "Domaincontext",
    "namecom": "Namecom",
}


def camel(s):
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", s) if p)


class Gen:
    """Collects named definitions for one provider and renders types in one target language."""

    def __init__(self, provider, lang):
        self.provider = provider
        self.prefix = PROVIDER_TITLES[provider]
        self.lang = lang
        self.defs = {}  # name -> rendered definition
        self.order = []

    def ref_name(self, ref):
        return self.prefix + camel(ref.rsplit("/", 1)[-1])

    def define(self, name, schema, defs):
        if name in self.defs:
            return name
        self.defs[name] = None
        self.defs[name] = self.render_object(name, schema, defs)
        self.order.append(name)
        return name

    def t(self, s, defs):
        """A type expression for schema `s`."""
        if s is True or s == {} or (isinstance(s, dict) and set(s) <= {"description", "default", "title"}):
            return "unknown" if self.lang == "ts" else "Any"
        if "$ref" in s:
            name = self.ref_name(s["$ref"])
            key = s["$ref"].rsplit("/", 1)[-1]
            target = defs[key]
            if target.get("type") == "object" or "properties" in target:
                return self.define(name, target, defs)
            return self.t(target, defs)
        for k in ("anyOf", "oneOf"):
            if k in s:
                return self.union([self.t(x, defs) for x in s[k]])
        if "enum" in s:
            return self.union([json.dumps(v) if self.lang == "ts" else f"Literal[{json.dumps(v)}]" for v in s["enum"]])
        if "const" in s:
            v = json.dumps(s["const"])
            return v if self.lang == "ts" else f"Literal[{v}]"
        ty = s.get("type")
        if isinstance(ty, list):
            return self.union([self.t(dict(s, type=x), defs) for x in ty])
        if ty == "string":
            return "string" if self.lang == "ts" else "str"
        if ty in ("integer",):
            return "number" if self.lang == "ts" else "int"
        if ty == "number":
            return "number" if self.lang == "ts" else "float"
        if ty == "boolean":
            return "boolean" if self.lang == "ts" else "bool"
        if ty == "null":
            return "null" if self.lang == "ts" else "None"
        if ty == "array":
            inner = self.t(s.get("items", {}), defs)
            return f"Array<{inner}>" if self.lang == "ts" else f"List[{inner}]"
        if ty == "object":
            if s.get("properties"):
                raise SystemExit(f"inline object with properties is not supported: {s}")
            add = s.get("additionalProperties", True)
            inner = self.t(add if isinstance(add, dict) else {}, defs)
            return f"Record<string, {inner}>" if self.lang == "ts" else f"Dict[str, {inner}]"
        raise SystemExit(f"unsupported schema: {json.dumps(s)[:200]}")

    def union(self, parts):
        seen = []
        for p in parts:
            if p not in seen:
                seen.append(p)
        if self.lang == "ts":
            return " | ".join(seen)
        if len(seen) == 1:
            return seen[0]
        return "Union[" + ", ".join(seen) + "]"

    def render_object(self, name, s, defs):
        props = s.get("properties", {})
        required = set(s.get("required", []))
        extra = s.get("additionalProperties", True) is not False
        doc = (s.get("description") or "").strip()
        fields = []
        for key, ps in props.items():
            optional = key not in required
            fields.append((key, self.t(ps, defs), optional, (ps.get("description") or "").strip()))
        if self.lang == "ts":
            lines = []
            if doc:
                lines.append(jsdoc(doc, ""))
            lines.append(f"export interface {name} {{")
            for key, ty, optional, d in fields:
                if d:
                    lines.append(jsdoc(d, "  "))
                k = key if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", key) else json.dumps(key)
                lines.append(f"  {k}{'?' if optional else ''}: {ty};")
            if extra and s.get("type") == "object" and not fields:
                lines.append("  [key: string]: unknown;")
            elif extra and "additionalProperties" in s:
                lines.append("  [key: string]: unknown;")
            lines.append("}")
            return "\n".join(lines)
        # Python: functional TypedDicts (keys may hold '-'), required and optional halves.
        req = {k: ty for k, ty, opt, _ in fields if not opt}
        opt = {k: ty for k, ty, opt2, _ in fields if opt2}
        out = []
        body = lambda d: "{" + ", ".join(f"{json.dumps(k)}: {v!s}" for k, v in d.items()) + "}"
        out.append(f"_{name}Required = TypedDict({json.dumps('_' + name + 'Required')}, {body(req)})")
        out.append(f"_{name}Optional = TypedDict({json.dumps('_' + name + 'Optional')}, {body(opt)}, total=False)")
        out.append(f"\n\nclass {name}(_{name}Required, _{name}Optional):")
        out.append(f'    """{pydoc(doc) or name}"""')
        return "\n".join(out)


def jsdoc(text, indent):
    text = text.replace("*/", "*\\/")
    lines = text.splitlines()
    if len(lines) == 1:
        return f"{indent}/** {lines[0]} */"
    return "\n".join([f"{indent}/**"] + [f"{indent} * {l}".rstrip() for l in lines] + [f"{indent} */"])


def pydoc(text):
    return text.replace('"""', "'''").replace("\\", "\\\\")


def providers():
    """Providers with at least one operation (the others are not implemented yet)."""
    return [p for p, ops in CATALOG["schemas"].items() if ops]


def gen_ts():
    out = [
        "// Generated by scripts/gen_typings.py from schema/catalog.json; do not edit.",
        "// Parameter and output types of every operation, keyed by provider and operation name.",
        "",
    ]
    provider_maps = []
    for p in providers():
        g = Gen(p, "ts")
        params, outputs = [], []
        for op, sch in CATALOG["schemas"][p].items():
            for half, lst in (("params", params), ("output", outputs)):
                s = sch[half]
                defs = s.get("$defs", {})
                title = g.prefix + camel(s.get("title", op)) + ("Params" if half == "params" else "")
                if s.get("type") == "object" or "properties" in s:
                    g.define(title, s, defs)
                    lst.append((op, title))
                else:
                    lst.append((op, g.t(s, defs)))
        out += [g.defs[n] + "\n" for n in g.order]
        pt = PROVIDER_TITLES[p]
        out.append(f"/** Parameters of every {p} operation. */")
        out.append(f"export interface {pt}Params {{")
        out += [f"  {json.dumps(op)}: {t};" for op, t in params]
        out.append("}\n")
        out.append(f"/** Output of every {p} operation. */")
        out.append(f"export interface {pt}Outputs {{")
        out += [f"  {json.dumps(op)}: {t};" for op, t in outputs]
        out.append("}\n")
        provider_maps.append((p, pt))
    out.append("/** Parameters by provider id, then operation name. */")
    out.append("export interface OperationParams {")
    out += [f"  {p}: {pt}Params;" for p, pt in provider_maps]
    out.append("}\n")
    out.append("/** Outputs by provider id, then operation name. */")
    out.append("export interface OperationOutputs {")
    out += [f"  {p}: {pt}Outputs;" for p, pt in provider_maps]
    out.append("}\n")
    out.append("/** A provider id. */")
    out.append("export type ProviderId = keyof OperationParams;\n")
    out.append("/** The operation names of provider `P`. */")
    out.append("export type OperationName<P extends ProviderId> = keyof OperationParams[P] & string;\n")
    return "\n".join(out)


def gen_py():
    out = [
        '"""Parameter and output types of every operation (TypedDicts), and the operation names.',
        "",
        "Generated by scripts/gen_typings.py from schema/catalog.json; do not edit.",
        '"""',
        "",
        "from typing import Any, Dict, List, Literal, TypedDict, Union",
        "",
        '__all__ = ["OPERATIONS", "ProviderId"]',
        "",
    ]
    names = {}
    for p in providers():
        g = Gen(p, "py")
        entries = []
        for op, sch in CATALOG["schemas"][p].items():
            row = []
            for half in ("params", "output"):
                s = sch[half]
                defs = s.get("$defs", {})
                title = g.prefix + camel(s.get("title", op)) + ("Params" if half == "params" else "")
                if s.get("type") == "object" or "properties" in s:
                    g.define(title, s, defs)
                    row.append(title)
                else:
                    row.append(g.t(s, defs))
            entries.append((op, row))
        out += ["\n\n" + g.defs[n] for n in g.order]
        pt = PROVIDER_TITLES[p]
        ops = [op for op, _ in entries]
        out.append(f"\n\n{pt}Operation = Literal[" + ", ".join(json.dumps(o) for o in ops) + "]")
        out.append(f'"""The operation names of {p}."""')
        names[p] = entries
        out.append(f'__all__ += ["{pt}Operation"] + ' + json.dumps([n for n in g.order]))
    out.append("\n\nProviderId = Literal[" + ", ".join(json.dumps(p) for p in providers()) + "]")
    out.append("")
    out.append("#: (provider, operation) -> (params TypedDict name, output type name)")
    out.append("OPERATIONS: Dict[str, Dict[str, Any]] = {")
    for p, entries in names.items():
        out.append(f"    {json.dumps(p)}: {{")
        for op, (pa, ou) in entries:
            out.append(f"        {json.dumps(op)}: ({json.dumps(pa)}, {json.dumps(ou)}),")
        out.append("    },")
    out.append("}")
    return "\n".join(out) + "\n"


def gen_readme_tables():
    lines = []
    by_p = {}
    for m in CATALOG["operations"]:
        by_p.setdefault(m["provider"], []).append(m)
    for p, ms in by_p.items():
        lines.append(f"#### {p} ({len(ms)} operations)\n")
        lines.append("| operation | method | path | safe to repeat | document |")
        lines.append("|---|---|---|---|---|")
        for m in ms:
            safe = {"safe": "yes (read)", "idempotent": "yes (same state)", "unsafe": "**no** — confirm with `%s`" % m.get("confirm_with", "?")}[m["safety"]]
            lines.append(f"| `{m['name']}` | {m['method']} | `{m['path']}` | {safe} | {m['doc']} |")
        lines.append("")
    return "\n".join(lines)


def replace_between(path, start, end, text):
    src = path.read_text()
    a, b = src.index(start), src.index(end)
    path.write_text(src[: a + len(start)] + "\n" + text + "\n" + src[b:])


def main():
    if OUT_DIR is not None:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        (OUT_DIR / "operations.d.ts").write_text(gen_ts())
        (OUT_DIR / "operations.py").write_text(gen_py())
        (OUT_DIR / "operations.md").write_text(gen_readme_tables())
        print(f"wrote typings under {OUT_DIR}", file=sys.stderr)
        return
    ts = ROOT / "bindings-wasm" / "npm" / "operations.d.ts"
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.write_text(gen_ts())
    py = ROOT / "bindings-python" / "python" / "registrar_kit" / "operations.py"
    py.parent.mkdir(parents=True, exist_ok=True)
    py.write_text(gen_py())
    readme = ROOT / "README.md"
    if readme.exists() and "<!-- operations:start -->" in readme.read_text():
        replace_between(readme, "<!-- operations:start -->", "<!-- operations:end -->", gen_readme_tables())
    if readme.exists() and "<!-- capabilities:start -->" in readme.read_text():
        replace_between(readme, "<!-- capabilities:start -->", "<!-- capabilities:end -->", CATALOG["capabilities_markdown"])
    print(f"wrote {ts.relative_to(ROOT)}, {py.relative_to(ROOT)}, README tables", file=sys.stderr)


if __name__ == "__main__":
    main()
