// The golden-vector runner, shared by the Node tests and the Chromium page: plain ES module, no
// Node or DOM APIs beyond TextEncoder and atob. Rules: tests/vectors/README.md.
//
// runVectors(api, vectors) → { total, passed, failed, results: [{ path, ok, failures: [string] }] }
// where `api` is the package's exports ({ Client, RegistrarError }) and `vectors` is
// [{ path, case }] (path relative to the repository root, case the parsed case.json).

const encoder = new TextEncoder();

/** The bytes a vector body stands for: text, or `{ "base64": "…" }` for bytes that are not UTF-8. */
export function vectorBytes(body) {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === "string") return encoder.encode(body);
  if (typeof body === "object" && typeof body.base64 === "string") {
    return Uint8Array.from(atob(body.base64), (c) => c.charCodeAt(0));
  }
  throw new Error(`unreadable vector body ${JSON.stringify(body)}`);
}

/** JSON-value equality: objects by key set (order ignored), arrays in order, scalars by `===`. */
export function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

function bytesEqual(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const show = (v) => JSON.stringify(v);

function checkRequest(label, actual, expected, failures) {
  for (const key of ["method", "url"]) {
    if (actual[key] !== expected[key]) {
      failures.push(`${label}.${key}: got ${show(actual[key])}, want ${show(expected[key])}`);
    }
  }
  if (!jsonEqual(actual.headers, expected.headers ?? [])) {
    failures.push(`${label}.headers: got ${show(actual.headers)}, want ${show(expected.headers ?? [])}`);
  }
  if (!bytesEqual(actual.body, vectorBytes(expected.body))) {
    failures.push(`${label}.body: got ${show(actual.bodyText)}, want ${show(expected.body)}`);
  }
}

function checkError(label, error, expected, api, failures) {
  if (!(error instanceof api.RegistrarError)) {
    failures.push(`${label}: got a non-RegistrarError ${error?.name ?? typeof error}: ${error?.message ?? error}`);
    return;
  }
  const json = error.toJSON();
  for (const [key, want] of Object.entries(expected)) {
    if (!jsonEqual(json[key], want)) {
      failures.push(`${label}.${key}: got ${show(json[key])}, want ${show(want)} (error: ${show(json)})`);
    }
  }
}

function attempt(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { error };
  }
}

/** Runs one vector; returns the list of mismatches (empty when it passes). */
export function runCase(api, c) {
  const failures = [];
  const hasRequestHalf = "params" in c || "request" in c || "prepare_error" in c;
  const hasResponseHalf = "response" in c;
  if (!hasRequestHalf && !hasResponseHalf) {
    return ["the vector has neither a request half (params) nor a response half (response)"];
  }
  const made = attempt(() => new api.Client(c.provider, c.config));
  if (made.error) return [`new Client(${show(c.provider)}, config) threw ${made.error}`];
  const client = made.value;
  try {
    if (hasRequestHalf) {
      const prepared = attempt(() => client.prepare(c.operation, c.params));
      if ("prepare_error" in c) {
        if (prepared.error) checkError("prepare_error", prepared.error, c.prepare_error, api, failures);
        else failures.push(`prepare_error: prepare succeeded with ${prepared.value.method} ${prepared.value.url} ${show(prepared.value.bodyText)}`);
      } else if (prepared.error) {
        failures.push(`prepare threw ${prepared.error.name}: ${show(prepared.error.toJSON?.() ?? String(prepared.error))}`);
      } else {
        if ("request" in c) checkRequest("request", prepared.value, c.request, failures);
        if ("redacted" in c) checkRequest("redacted", client.redact(prepared.value), c.redacted, failures);
      }
    }
    if (hasResponseHalf) {
      const r = c.response;
      const response = { status: r.status, headers: r.headers ?? [], body: vectorBytes(r.body) };
      const parsed = attempt(() => client.parse(c.operation, response));
      if ("error" in c) {
        if (parsed.error) checkError("error", parsed.error, c.error, api, failures);
        else failures.push(`error: parse succeeded with ${show(parsed.value)}`);
      } else if (parsed.error) {
        failures.push(`parse threw ${parsed.error.name}: ${show(parsed.error.toJSON?.() ?? String(parsed.error))}`);
      } else if ("output" in c && !jsonEqual(parsed.value, c.output)) {
        failures.push(`output: got ${show(parsed.value)}, want ${show(c.output)}`);
      }
    }
  } finally {
    client.free();
  }
  return failures;
}

/** Runs every vector. */
export function runVectors(api, vectors) {
  const results = vectors.map(({ path, case: c }) => {
    let failures;
    try {
      failures = runCase(api, c);
    } catch (e) {
      failures = [`runner crashed: ${e?.stack ?? e}`];
    }
    return { path, ok: failures.length === 0, failures };
  });
  const passed = results.filter((r) => r.ok).length;
  return { total: results.length, passed, failed: results.length - passed, results };
}

/**
 * Runs flow vectors (tests/flows/README.md): `flows` is [{ path, case }] with the parsed flow.json.
 * Returns the same report shape as runVectors.
 */
export function runFlows(api, flows) {
  const results = flows.map(({ path, case: c }) => {
    const failures = [];
    try {
      const client = new api.Client(c.provider, c.config);
      const flow = client.flow(c.flow, c.params);
      c.steps.forEach((step, i) => {
        const s = flow.next();
        if (s.done) {
          failures.push(`step ${i}: flow ended early with ${show(s.output)}`);
          return;
        }
        checkRequest(`step ${i} request`, s.request, step.request, failures);
        flow.feed({ status: step.response.status, headers: step.response.headers, body: vectorBytes(step.response.body) });
      });
      const end = flow.next();
      if (!end.done) {
        failures.push("the flow wants more requests than the steps give");
      } else {
        if ("output" in c && !jsonEqual(end.output, c.output)) {
          failures.push(`output: got ${show(end.output)}, want ${show(c.output)}`);
        }
        for (const [key, want] of Object.entries(c.output_error ?? {})) {
          if (!jsonEqual(end.output?.error?.[key], want)) {
            failures.push(`output.error.${key}: got ${show(end.output?.error?.[key])}, want ${show(want)}`);
          }
        }
        if (!("output" in c) && !("output_error" in c)) failures.push("a flow vector needs output or output_error");
      }
    } catch (e) {
      failures.push(`threw ${e?.name}: ${e?.message ?? e}`);
    }
    return { path, ok: failures.length === 0, failures };
  });
  const passed = results.filter((r) => r.ok).length;
  return { total: results.length, passed, failed: results.length - passed, results };
}
