// The JavaScript API itself: init, catalog, errors, redaction, call with a transport.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Client, RegistrarError, catalog, errorKinds, fetchTransport, init, initSync } from "../index.js";
import { repoRoot } from "./load-vectors.js";

const TOKEN = "s3cr3t-T0KEN-value";
const wasmBytes = await readFile(new URL("../dist/registrar_kit_wasm_bg.wasm", import.meta.url));
await init();

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
}

test("init is idempotent and accepts bytes; initSync too", async () => {
  const again = init(wasmBytes);
  assert.equal(again, init());
  await again;
  initSync(wasmBytes);
  assert.equal(new Client("alldomains", { token: TOKEN }).provider, "alldomains");
});

test("catalog() is the Rust catalog (schema/catalog.json) and names only checklist operations", async () => {
  // The Rust tests check the catalog against tests/operations.json (exactly, for providers marked
  // complete) and that schema/catalog.json is regenerated from it; here the binding must report
  // that same catalog, so every operation is reachable from JavaScript.
  const rows = catalog();
  const generated = JSON.parse(await readFile(path.join(repoRoot, "schema", "catalog.json"), "utf8"));
  assert.deepEqual(rows, generated.operations);
  assert.ok(rows.some((r) => r.provider === "alldomains"));
  const checklist = JSON.parse(await readFile(path.join(repoRoot, "tests", "operations.json"), "utf8"));
  const listed = new Map(checklist.operations.map((o) => [`${o.provider} ${o.operation}`, o]));
  for (const r of rows) {
    const o = listed.get(`${r.provider} ${r.name}`);
    assert.ok(o, `${r.provider} ${r.name} is not in tests/operations.json`);
    if (o.method) assert.equal(r.method, o.method, `${r.provider} ${r.name} method`);
  }
  const client = new Client("alldomains", { token: TOKEN });
  assert.deepEqual(client.operations(), rows.filter((r) => r.provider === "alldomains"));
});

test("catalog rows carry the metadata index.d.ts promises", () => {
  for (const r of catalog()) {
    for (const key of ["provider", "name", "method", "path", "doc", "summary"]) {
      assert.equal(typeof r[key], "string", `${r.name}.${key}`);
    }
    assert.ok(["safe", "idempotent", "unsafe"].includes(r.safety), `${r.name}.safety = ${r.safety}`);
  }
});

test("errorKinds() equals the ErrorKind union in index.d.ts", async () => {
  const dts = await readFile(new URL("../index.d.ts", import.meta.url), "utf8");
  const union = dts.match(/export type ErrorKind =([^;]*);/)?.[1] ?? "";
  const declared = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
  assert.deepEqual(declared, errorKinds());
});

test("bad input throws RegistrarError with kind and field", () => {
  const client = new Client("alldomains", { token: TOKEN });
  const e = thrown(() => client.prepare("servicedomain/check", { sld: "", tld: ".com" }));
  assert.ok(e instanceof RegistrarError && e instanceof Error);
  assert.equal(e.name, "RegistrarError");
  assert.equal(e.kind, "invalid_input");
  assert.equal(e.field, "sld");
  assert.equal(e.retryable, false);
  assert.equal(e.providerCode, undefined);
  assert.deepEqual(Object.keys(e.toJSON()).sort(), ["field", "kind", "message", "retryable"]);
  assert.equal(e.toJSON().field, "sld");
  assert.ok(e.stack.includes("RegistrarError"));
});

test("unknown provider, bad config, unknown operation", () => {
  let e = thrown(() => new Client("nosuch", { token: TOKEN }));
  assert.equal(e.kind, "invalid_input");
  assert.equal(e.field, "provider");
  e = thrown(() => new Client("alldomains", {}));
  assert.equal(e.kind, "invalid_input");
  e = thrown(() => new Client("alldomains", undefined));
  assert.equal(e.kind, "invalid_input");
  e = thrown(() => new Client("alldomains", { token: "" }));
  assert.equal(e.kind, "invalid_input");
  assert.equal(e.field, "token");
  const client = new Client("alldomains", { token: TOKEN });
  e = thrown(() => client.prepare("no/such-op", {}));
  assert.equal(e.kind, "unsupported");
  e = thrown(() => client.parse("no/such-op", { status: 200, body: "{}" }));
  assert.equal(e.kind, "unsupported");
});

test("parse errors keep the provider's code and message", () => {
  const client = new Client("alldomains", { token: TOKEN });
  const e = thrown(() =>
    client.parse("servicedomain/get_domain", {
      status: 200,
      headers: new Map([["content-type", "application/json"]]),
      body: JSON.stringify({ result: null, error: { message: "Domain not found", code: 9999 } }),
    }),
  );
  assert.ok(e instanceof RegistrarError);
  assert.equal(typeof e.kind, "string");
  assert.equal(e.providerCode, "9999");
  assert.equal(e.providerMessage, "Domain not found");
  const proto = thrown(() => client.parse("servicedomain/check", { status: 200, body: "<html>oops</html>" }));
  assert.equal(proto.kind, "protocol");
  assert.equal(proto.bodyExcerpt, "<html>oops</html>");
});

test("prepare returns plain data: method, url, header pairs, bytes and text", () => {
  const client = new Client("alldomains", { token: TOKEN });
  const req = client.prepare("servicedomain/check", { sld: "example", tld: ".com" });
  assert.deepEqual(Object.keys(req), ["method", "url", "headers", "body", "bodyText"]);
  assert.equal(req.method, "POST");
  assert.ok(req.body instanceof Uint8Array);
  assert.equal(new TextDecoder().decode(req.body), req.bodyText);
  assert.ok(req.headers.every((h) => Array.isArray(h) && h.length === 2));
  const get = client.prepare("client/balance_get_total");
  assert.equal(get.method, "GET");
  assert.equal(get.body.length, 0);
});

test("a redacted request never contains the token", () => {
  const client = new Client("alldomains", { token: TOKEN });
  const basic = btoa(`client:${TOKEN}`);
  for (const [op, params] of [
    ["servicedomain/check", { sld: "example", tld: ".com" }],
    ["client/balance_get_total", undefined],
  ]) {
    const req = client.prepare(op, params);
    assert.ok(JSON.stringify(req.headers).includes(basic), "the real request carries the credential");
    const red = client.redact(req);
    const all = JSON.stringify(red);
    assert.ok(!all.includes(TOKEN) && !all.includes(basic), all);
    assert.deepEqual(red.headers.find(([n]) => n === "authorization"), ["authorization", "***"]);
    assert.equal(red.url, req.url);
  }
  // Hand-made requests: query, JSON body and header forms of every place a secret can be.
  const red = client.redact({
    method: "POST",
    url: `https://x.example/api?token=${TOKEN}&x=1`,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ a: 1, password: TOKEN }),
  });
  assert.ok(!JSON.stringify(red).includes(TOKEN), JSON.stringify(red));
  assert.equal(red.url, "https://x.example/api?token=***&x=1");
});

test("call() runs prepare → async transport → parse", async () => {
  const client = new Client("alldomains", { token: TOKEN });
  const seen = [];
  const send = async (request) => {
    seen.push(request);
    await new Promise((r) => setTimeout(r, 1));
    return {
      status: 200,
      headers: [["content-type", "application/json"]],
      body: new TextEncoder().encode(JSON.stringify({ result: true, error: null })),
    };
  };
  const out = await client.call("servicedomain/check", { sld: "example", tld: ".com" }, send);
  assert.equal(seen.length, 1);
  assert.equal(seen[0].url, "https://alldomains.uz/api/client/servicedomain/check");
  assert.equal(out.available, true);

  await assert.rejects(
    client.call("servicedomain/check", { sld: "", tld: ".com" }, send),
    (e) => e instanceof RegistrarError && e.kind === "invalid_input",
  );
  assert.equal(seen.length, 1, "nothing is sent when prepare fails");
  await assert.rejects(
    client.call("servicedomain/check", { sld: "example", tld: ".com" }, async () => ({ status: 502, body: "<html>" })),
    (e) => e instanceof RegistrarError && e.retryable === true,
  );
  const boom = new Error("network down");
  await assert.rejects(
    client.call("servicedomain/check", { sld: "example", tld: ".com" }, async () => {
      throw boom;
    }),
    (e) => e instanceof RegistrarError && e.kind === "transport" && e.cause === boom,
  );
});

test("fetchTransport sends through global fetch and returns status, header pairs and bytes", async (t) => {
  const calls = [];
  t.mock.method(globalThis, "fetch", async (url, init) => {
    calls.push({ url, init });
    return new Response('{"result":1250.5,"error":null}', {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  const client = new Client("alldomains", { token: TOKEN });
  const out = await client.call("client/balance_get_total");
  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, "https://alldomains.uz/api/client/client/balance_get_total");
  assert.equal(calls[0].init.method, "GET");
  assert.equal(calls[0].init.body, undefined);
  assert.deepEqual(out, { amount: 1250.5 });
  const post = await fetchTransport(client.prepare("servicedomain/check", { sld: "a", tld: ".uz" }));
  assert.ok(calls[1].init.body instanceof Uint8Array);
  assert.deepEqual(post.headers, [["content-type", "application/json"]]);
  assert.ok(post.body instanceof Uint8Array);
});

test("using the library before init() says so", async () => {
  // A fresh module instance (query string) that has not been initialised.
  const fresh = await import(`../index.js?fresh=${Date.now()}`);
  assert.throws(() => new fresh.Client("alldomains", { token: TOKEN }), /await init\(\)/);
  assert.throws(() => fresh.catalog(), /await init\(\)/);
});

test("a failing transport is a RegistrarError of kind transport, retryable only when safe", async () => {
  const client = new Client("alldomains", { token: TOKEN });
  const refused = async () => {
    throw new TypeError("fetch failed");
  };
  const check = await client.call("servicedomain/check", { sld: "example", tld: ".uz" }, refused).catch((e) => e);
  assert.ok(check instanceof RegistrarError);
  assert.equal(check.kind, "transport");
  assert.equal(check.retryable, true);
  assert.ok(check.cause instanceof TypeError);
  const renew = await client.call("servicedomain/renew_domain", { domain_id: "16" }, refused).catch((e) => e);
  assert.equal(renew.kind, "transport");
  assert.equal(renew.retryable, false);
  assert.equal(renew.details.confirm_with, "servicedomain/get_domain");
});
