// registrar-kit for JavaScript: the idiomatic layer over the wasm-bindgen glue in dist/.
//
// Everything that knows a vendor (encoding, signing, status handling, parsing) runs in Rust; this
// file only converts between JavaScript values and the binding's JSON text and bytes, and turns
// the core's error JSON into a RegistrarError. Types: index.d.ts.

import initWasm, * as wasm from "./dist/registrar_kit_wasm.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder(); // lossy, like the core's body_text()
let ready = null; // the pending or finished init()
let loaded = false;

/**
 * Loads the WebAssembly module. Call once (further calls return the same promise).
 * Without an argument: in Node (any `file:` URL) the bytes are read from disk; in a browser the
 * module is fetched next to this file. Or pass the bytes, a `WebAssembly.Module`, a URL or a
 * `Response` yourself.
 */
export function init(input) {
  ready ??= load(input).catch((e) => {
    ready = null;
    throw e;
  });
  return ready;
}

async function load(input) {
  if (input === undefined) {
    const url = new URL("./dist/registrar_kit_wasm_bg.wasm", import.meta.url);
    if (url.protocol === "file:") {
      const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ "node:fs/promises");
      input = await readFile(url);
    } else {
      input = url;
    }
  }
  await initWasm({ module_or_path: input });
  loaded = true;
}

/** Synchronous init from bytes or a compiled `WebAssembly.Module`. */
export function initSync(module) {
  wasm.initSync({ module });
  loaded = true;
  ready ??= Promise.resolve();
}

function assertLoaded() {
  if (!loaded) throw new Error("registrar-kit: call `await init()` before using the library");
}

/** An error from registrar-kit: `kind` says what to do about it (see index.d.ts). */
export class RegistrarError extends Error {
  #json;

  constructor(json) {
    super(json.message);
    this.#json = { ...json };
    this.name = "RegistrarError";
    this.kind = json.kind;
    this.retryable = json.retryable;
    this.field = json.field;
    this.status = json.status;
    this.providerCode = json.provider_code;
    this.providerMessage = json.provider_message;
    this.bodyExcerpt = json.body_excerpt;
    this.details = json.details;
  }

  /** The core's JSON form, snake_case keys as in every other binding and the vectors. */
  toJSON() {
    return { ...this.#json };
  }
}

// Runs one binding call; the binding throws the core error's JSON text as a string.
function core(fn) {
  try {
    return fn();
  } catch (e) {
    if (typeof e === "string") {
      let json;
      try {
        json = JSON.parse(e);
      } catch {
        throw new Error(e);
      }
      throw new RegistrarError(json);
    }
    throw e;
  }
}

function bytes(body) {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError("registrar-kit: a body is a string, a Uint8Array or an ArrayBuffer");
}

// [[name, value], …] from an array of pairs, a Headers / Map (any iterable of pairs) or a record.
function headerPairs(headers) {
  if (headers === undefined || headers === null) return "[]";
  const list =
    typeof headers[Symbol.iterator] === "function" ? [...headers] : Object.entries(headers);
  return JSON.stringify(list.map(([name, value]) => [String(name), String(value)]));
}

function plainRequest(request) {
  try {
    const body = request.body;
    return {
      method: request.method,
      url: request.url,
      headers: JSON.parse(request.headersJson),
      body,
      bodyText: decoder.decode(body),
    };
  } finally {
    request.free();
  }
}

function withRequest(request, fn) {
  const r = core(
    () => new wasm.RequestRecord(request.method, request.url, headerPairs(request.headers), bytes(request.body)),
  );
  try {
    return fn(r);
  } finally {
    r.free();
  }
}

function withResponse(response, fn) {
  const r = core(
    () => new wasm.ResponseRecord(response.status, headerPairs(response.headers), bytes(response.body)),
  );
  try {
    return fn(r);
  } finally {
    r.free();
  }
}

/** A configured client for one provider: every operation reachable by its vendor name. */
export class Client {
  #inner;

  constructor(provider, config) {
    assertLoaded();
    this.#inner = core(() => new wasm.Client(provider, JSON.stringify(config ?? null)));
  }

  /** The provider id (`"alldomains"`, …). */
  get provider() {
    return this.#inner.provider;
  }

  /** Builds the request for `operation`; throws RegistrarError (kind "invalid_input", …). */
  prepare(operation, params) {
    const json = params === undefined ? "" : JSON.stringify(params);
    return plainRequest(core(() => this.#inner.prepare(operation, json)));
  }

  /** Parses the response to `operation` into its JSON-shaped output, or throws RegistrarError. */
  parse(operation, response) {
    return withResponse(response, (r) => JSON.parse(core(() => this.#inner.parse(operation, r))));
  }

  /** A copy of `request` safe for logs: credentials in headers, query and body show `***`. */
  redact(request) {
    return withRequest(request, (r) => plainRequest(this.#inner.redact(r)));
  }

  /** The metadata of every operation of this client's provider. */
  operations() {
    return JSON.parse(this.#inner.operations());
  }

  /** prepare, `await send(request)`, parse. */
  async call(operation, params, send = fetchTransport) {
    const request = this.prepare(operation, params);
    return this.parse(operation, await this.#send(operation, request, send));
  }

  // A transport failure becomes RegistrarError kind "transport" (retryable only for operations
  // safe to repeat; details.confirm_with for the others), with the original error as `cause`.
  async #send(operation, request, send) {
    try {
      return await send(request);
    } catch (e) {
      const err = new RegistrarError(JSON.parse(this.#inner.transportError(operation, String(e?.message ?? e))));
      err.cause = e;
      throw err;
    }
  }

  /** The flows this client's provider offers (`[{provider, name, summary}]`). */
  flows() {
    return JSON.parse(this.#inner.flows());
  }

  /** Starts a multi-call flow (e.g. Name.com's `"session"`); see {@link Flow}. */
  flow(name, params) {
    const json = params === undefined ? "" : JSON.stringify(params);
    return new Flow(core(() => this.#inner.flow(name, json)));
  }

  /** Runs flow `name` to the end with `send`, one request at a time; resolves to its output. */
  async runFlow(name, params, send = fetchTransport) {
    const flow = this.flow(name, params);
    try {
      for (;;) {
        const step = flow.next();
        if (step.done) return step.output;
        flow.feed(await this.#send("", step.request, send));
      }
    } finally {
      flow.free();
    }
  }

  /** Frees the Rust side now instead of at garbage collection. */
  free() {
    this.#inner.free();
  }
}

/**
 * A multi-call flow, one request at a time: `next()` gives `{done: false, request}` (send it and
 * `feed()` the response) or `{done: true, output}`.
 */
export class Flow {
  #inner;

  constructor(inner) {
    this.#inner = inner;
  }

  next() {
    const r = this.#inner.next();
    if (r === undefined) return { done: true, output: JSON.parse(this.#inner.output() ?? "null") };
    return { done: false, request: plainRequest(r) };
  }

  feed(response) {
    withResponse(response, (r) => this.#inner.feed(r));
  }

  /** Frees the Rust side now instead of at garbage collection. */
  free() {
    this.#inner.free();
  }
}

/** The default transport: the global `fetch`. */
export async function fetchTransport(request) {
  const res = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body.length > 0 ? request.body : undefined,
  });
  return {
    status: res.status,
    headers: [...res.headers],
    body: new Uint8Array(await res.arrayBuffer()),
  };
}

/** Every operation of every provider: `[{provider, name, method, path, safety, doc, summary, …}]`. */
export function catalog() {
  assertLoaded();
  return JSON.parse(wasm.catalog());
}

/** Every error kind, as `RegistrarError.kind` spells it. */
export function errorKinds() {
  assertLoaded();
  return JSON.parse(wasm.errorKinds());
}

/**
 * The unified registrar interface for one configured provider: common operations (`check`,
 * `info`, `set_nameservers`, `lock`, `renew`, …) with the same shapes for every provider. Each
 * operation runs as a flow of one or more requests through the host's transport.
 */
export class Registrar {
  #inner;

  constructor(provider, config) {
    assertLoaded();
    this.#inner = core(() => new wasm.Registrar(provider, JSON.stringify(config ?? null)));
  }

  /** The provider id. */
  get provider() {
    return this.#inner.provider;
  }

  /** How this provider does each common operation: `{operation: {kind, …}}`. */
  capabilities() {
    return JSON.parse(this.#inner.capabilities());
  }

  /** Starts common operation `op`; throws RegistrarError (kind "unsupported", "invalid_input") before any send. */
  start(op, params) {
    const json = params === undefined ? "" : JSON.stringify(params);
    return new RegistrarFlow(core(() => this.#inner.start(op, json)));
  }

  /** Runs common operation `op` to the end with `send`, one request at a time; resolves to its output. */
  async run(op, params, send = fetchTransport) {
    const flow = this.start(op, params);
    try {
      for (;;) {
        const step = flow.next();
        if (step.done) return step.output;
        let response;
        try {
          response = await send(step.request);
        } catch (e) {
          throw flow.transportFailed(e);
        }
        flow.feed(response);
      }
    } finally {
      flow.free();
    }
  }

  /** Availability of every name, one result per name in the order given. */
  check(domains, send) {
    return this.run("check", { domains }, send);
  }
  info(domain, send) {
    return this.run("info", { domain }, send);
  }
  getNameservers(domain, send) {
    return this.run("get_nameservers", { domain }, send);
  }
  setNameservers(domain, nameServers, send) {
    return this.run("set_nameservers", { domain, name_servers: nameServers.map(nameServer) }, send);
  }
  lock(domain, send) {
    return this.run("lock", { domain }, send);
  }
  unlock(domain, send) {
    return this.run("unlock", { domain }, send);
  }
  privacyOn(domain, send) {
    return this.run("privacy_on", { domain }, send);
  }
  privacyOff(domain, send) {
    return this.run("privacy_off", { domain }, send);
  }
  renew(domain, years, send) {
    return this.run("renew", { domain, years }, send);
  }
  register(request, send) {
    return this.run("register", request, send);
  }
  transfer(request, send) {
    return this.run("transfer", request, send);
  }
  transferStatus(domain, send) {
    return this.run("transfer_status", { domain }, send);
  }
  balance(send) {
    return this.run("balance", {}, send);
  }
  authCode(domain, send) {
    return this.run("auth_code", { domain }, send);
  }
  listDomains(page = 1, perPage = 100, send) {
    return this.run("list_domains", { page, per_page: perPage }, send);
  }
  dnsList(domain, send) {
    return this.run("dns_list", { domain }, send);
  }
  dnsAdd(domain, record, send) {
    return this.run("dns_add", { domain, record }, send);
  }
  dnsDelete(domain, record, send) {
    return this.run("dns_delete", { domain, record }, send);
  }
  childNsCreate(domain, host, ips, send) {
    return this.run("child_ns_create", { domain, host, ips }, send);
  }
  childNsUpdate(domain, host, oldIps, ips, send) {
    return this.run("child_ns_update", { domain, host, old_ips: oldIps, ips }, send);
  }
  childNsDelete(domain, host, ips = [], send) {
    return this.run("child_ns_delete", { domain, host, ips }, send);
  }
  createContact(contact, send) {
    return this.run("create_contact", { contact }, send);
  }
  setContacts(domain, contacts, send) {
    return this.run("set_contacts", { domain, contacts }, send);
  }

  /** Frees the Rust side now instead of at garbage collection. */
  free() {
    this.#inner.free();
  }
}

// A name server given as a bare host name or `{host, ips?}`.
function nameServer(ns) {
  return typeof ns === "string" ? { host: ns } : ns;
}

/**
 * A common operation in progress, one request at a time: `next()` gives `{done: false, request}`
 * (send it and `feed()` the response) or `{done: true, output}`; a flow that ended in an error
 * throws it as RegistrarError from `next()`.
 */
export class RegistrarFlow {
  #inner;

  constructor(inner) {
    this.#inner = inner;
  }

  next() {
    const r = this.#inner.next();
    if (r === undefined) return { done: true, output: JSON.parse(core(() => this.#inner.output()) ?? "null") };
    return { done: false, request: plainRequest(r) };
  }

  feed(response) {
    withResponse(response, (r) => this.#inner.feed(r));
  }

  /**
   * The host's transport failed to send the outstanding request: ends the flow and returns the
   * RegistrarError (kind "transport"; `details.common_confirm_with` for an operation not safe to
   * repeat), with `cause` the original error.
   */
  transportFailed(cause) {
    const err = new RegistrarError(JSON.parse(this.#inner.transportFailed(String(cause?.message ?? cause))));
    err.cause = cause;
    return err;
  }

  /** Frees the Rust side now instead of at garbage collection. */
  free() {
    this.#inner.free();
  }
}

/** The capability matrix: `{provider: {operation: {kind, …}}}`. */
export function capabilityMatrix() {
  assertLoaded();
  return JSON.parse(wasm.capabilityMatrix());
}
