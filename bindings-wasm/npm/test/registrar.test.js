// The unified Registrar through the npm package: every tests/registrar/*-lifecycle.json (check →
// info → set name servers → lock → renew over recorded responses, an unsupported cell, a transport
// failure on renew), run through an async host transport.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Registrar, RegistrarError, capabilityMatrix, init } from "../index.js";
import { repoRoot } from "./load-vectors.js";
import { jsonEqual, vectorBytes } from "./vector-runner.js";

await init();

const dir = path.join(repoRoot, "tests", "registrar");
const fixtures = readdirSync(dir)
  .filter((n) => n.endsWith("-lifecycle.json"))
  .sort()
  .map((n) => ({ name: n, f: JSON.parse(readFileSync(path.join(dir, n), "utf8")) }));

function recorded(ref) {
  const c = JSON.parse(readFileSync(path.join(repoRoot, "tests", "vectors", ref.vector, "case.json"), "utf8"));
  return { status: c.response.status, headers: c.response.headers, body: vectorBytes(c.response.body) };
}

function pointer(value, ptr) {
  return ptr
    .split("/")
    .slice(1)
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((v, key) => (v === undefined || v === null ? undefined : v[key]), value);
}

// A transport answering each expected call in turn, checking the request first.
function replay(calls, label) {
  let i = 0;
  const send = async (request) => {
    const call = calls[i];
    assert.ok(call, `${label}: unexpected request ${request.method} ${request.url}`);
    assert.equal(request.method, call.request.method, `${label} call ${i} method`);
    assert.equal(request.url, call.request.url, `${label} call ${i} url`);
    i += 1;
    return recorded(call.response);
  };
  send.count = () => i;
  return send;
}

test("lifecycle fixtures exist", () => assert.ok(fixtures.length >= 3));

for (const { name, f } of fixtures) {
  test(`${name}: lifecycle through run()`, async () => {
    const r = new Registrar(f.provider, f.config);
    for (const step of f.steps) {
      const send = replay(step.calls, step.op);
      const out = await r.run(step.op, step.params, send);
      assert.equal(send.count(), step.calls.length, `${step.op}: calls made`);
      for (const [ptr, want] of Object.entries(step.expect)) {
        assert.ok(jsonEqual(pointer(out, ptr), want), `${step.op} ${ptr}: got ${JSON.stringify(pointer(out, ptr))}, want ${JSON.stringify(want)}`);
      }
    }
    r.free();
  });

  test(`${name}: lifecycle through start()/next()/feed()`, () => {
    const r = new Registrar(f.provider, f.config);
    for (const step of f.steps) {
      const flow = r.start(step.op, step.params);
      for (const [i, call] of step.calls.entries()) {
        const s = flow.next();
        assert.equal(s.done, false, `${step.op}: ended before call ${i}`);
        assert.equal(s.request.url, call.request.url);
        flow.feed(recorded(call.response));
      }
      const end = flow.next();
      assert.equal(end.done, true);
      for (const [ptr, want] of Object.entries(step.expect)) assert.ok(jsonEqual(pointer(end.output, ptr), want), `${step.op} ${ptr}`);
      flow.free();
    }
  });

  test(`${name}: unsupported cell fails before any send`, async () => {
    const r = new Registrar(f.provider, f.config);
    const { op, params } = f.unsupported;
    assert.equal(r.capabilities()[op].kind, "unsupported");
    let sent = 0;
    await assert.rejects(
      r.run(op, params, async () => {
        sent += 1;
        throw new Error("must not send");
      }),
      (e) => e instanceof RegistrarError && e.kind === "unsupported",
    );
    assert.throws(() => r.start(op, params), (e) => e.kind === "unsupported");
    assert.equal(sent, 0);
  });

  test(`${name}: transport failure on renew`, async () => {
    const r = new Registrar(f.provider, f.config);
    const t = f.transport_failure;
    const replayed = replay(t.calls, "transport");
    const cause = new Error("connection reset");
    const send = async (request) => {
      if (replayed.count() < t.calls.length) return replayed(request);
      throw cause;
    };
    await assert.rejects(r.run(t.op, t.params, send), (e) => {
      assert.ok(e instanceof RegistrarError);
      assert.equal(e.kind, t.error.kind);
      assert.equal(e.retryable, t.error.retryable);
      assert.equal(e.cause, cause);
      for (const [k, v] of Object.entries(t.error.details)) assert.equal(e.details[k], v, `details.${k}`);
      return true;
    });
    assert.equal(replayed.count(), t.calls.length);
  });
}

test("convenience methods, errors from a Done, capability matrix", async () => {
  const { f } = fixtures.find((x) => x.name.startsWith("alldomains"));
  const r = new Registrar(f.provider, f.config);
  const [check, info, ns, lock, renew] = f.steps;
  assert.equal((await r.check(check.params.domains, replay(check.calls, "check")))[1].availability, "taken");
  assert.equal((await r.info(info.params.domain, replay(info.calls, "info"))).locked, true);
  await r.setNameservers(ns.params.domain, ns.params.name_servers, replay(ns.calls, "ns"));
  await r.lock(lock.params.domain, replay(lock.calls, "lock"));
  assert.equal((await r.renew(renew.params.domain, renew.params.years, replay(renew.calls, "renew"))).domain, "example-domain.com");
  // A flow that ends in the provider's error throws it from next().
  const flow = r.start("renew", { domain: "example-domain.com", years: 1 });
  flow.feed(recorded({ vector: "alldomains/servicedomain/get_domain/success" }));
  flow.next();
  flow.feed(recorded({ vector: "alldomains/servicedomain/renew_domain/error" }));
  assert.throws(() => flow.next(), (e) => e instanceof RegistrarError && typeof e.providerMessage === "string");
  // Bad input is refused before anything is sent.
  assert.throws(() => r.start("renew", { domain: "example-domain.com", years: 0 }), (e) => e.kind === "invalid_input" && e.field === "years");
  assert.throws(() => r.start("nope", {}), (e) => e.kind === "invalid_input" && e.field === "operation");
  assert.deepEqual(capabilityMatrix()[f.provider], r.capabilities());
});
