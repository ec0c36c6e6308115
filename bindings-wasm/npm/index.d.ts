// Types of registrar-kit for JavaScript (hand-written; checked with `tsc --noEmit --strict`).
//
// Per-operation parameter and output types come from `operations.d.ts`, generated from the Rust
// catalog (scripts/gen.sh). A client whose provider has generated typings completes operation names
// and checks parameters and outputs; any other provider (or a provider id only known at run time)
// gets the generic path: operation names are strings, parameters are records, outputs `unknown`.

import type {
  OperationOutputs as GeneratedOutputs,
  OperationParams as GeneratedParams,
} from "./operations.js";

/** The provider ids (DESIGN.md, "Names that every language shares"); see also `TypedProvider`. */
export type ProviderId = "alldomains" | "logicboxes" | "regru" | "domaincontext" | "namecom";

/** What went wrong, coarsely enough to act on (`errorKinds()` lists the kinds the core knows). */
export type ErrorKind =
  | "invalid_input"
  | "auth"
  | "ip_not_allowed"
  | "rate_limited"
  | "not_found"
  | "unavailable"
  | "already_exists"
  | "insufficient_funds"
  | "pending"
  | "provider_down"
  | "rejected"
  | "protocol"
  | "unsupported"
  /** The transport failed (connection refused, timeout): retryable only for operations safe to repeat. */
  | "transport";

/** The core error's JSON form: the same keys in every language binding and in the test vectors. */
export interface RegistrarErrorJSON {
  kind: ErrorKind;
  message: string;
  retryable: boolean;
  field?: string;
  status?: number;
  provider_code?: string;
  provider_message?: string;
  body_excerpt?: string;
  details?: unknown;
}

/** Every failure of `new Client`, `prepare`, `parse`, `redact` and `call` (besides the transport's). */
export class RegistrarError extends Error {
  constructor(json: RegistrarErrorJSON);
  readonly name: "RegistrarError";
  /** What went wrong: act on this. */
  readonly kind: ErrorKind;
  /** Whether sending the same request again may succeed and is safe. */
  readonly retryable: boolean;
  /** The input field an `invalid_input` error is about. */
  readonly field: string | undefined;
  /** The HTTP status of the response, when the error came from one. */
  readonly status: number | undefined;
  /** The provider's own error code, verbatim. */
  readonly providerCode: string | undefined;
  /** The provider's own error message, verbatim. */
  readonly providerMessage: string | undefined;
  /** The start of an unexpected response body (`protocol` errors). */
  readonly bodyExcerpt: string | undefined;
  /** Structured details (the provider's error parameters, per-item failures, …). */
  readonly details: unknown;
  /** The JSON form, snake_case keys. */
  toJSON(): RegistrarErrorJSON;
}

/** Headers as an ordered list of `[name, value]` pairs (what `prepare` returns). */
export type HeaderList = [name: string, value: string][];

/** Headers the library accepts: pairs, a `Headers` or `Map`, or a plain record. */
export type HeadersInput = Iterable<readonly [string, string]> | Record<string, string>;

/** A body the library accepts. */
export type BodyInput = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/** A request built by the library: send exactly this. */
export interface PreparedRequest {
  method: string;
  /** The full URL, query string included. */
  url: string;
  /** In order; names lowercase. */
  headers: HeaderList;
  /** The body bytes (empty for none). */
  body: Uint8Array;
  /** The body as text (lossy for bytes that are not UTF-8). */
  bodyText: string;
}

/** A request handed to `redact` (a `PreparedRequest` or one built by hand). */
export interface RequestInput {
  method: string;
  url: string;
  headers?: HeadersInput;
  body?: BodyInput;
}

/** A response as the host's HTTP client received it. */
export interface ResponseInput {
  status: number;
  headers?: HeadersInput;
  body?: BodyInput;
}

/** Sends a prepared request and returns the response (`fetchTransport` is the default). */
export type Transport = (request: PreparedRequest) => Promise<ResponseInput> | ResponseInput;

/** What an operation is (one row of the catalog). */
export interface OperationMetadata {
  provider: string;
  /** The vendor's own name for the operation: what `prepare`, `parse` and `call` take. */
  name: string;
  method: string;
  /** Path template relative to the provider's base URL. */
  path: string;
  /** `safe` (a read), `idempotent` (repeating leaves the same state) or `unsafe` (never repeat blindly). */
  safety: "safe" | "idempotent" | "unsafe";
  /** The section of the vendor document that defines the operation. */
  doc: string;
  summary: string;
  /** For an unsafe operation: the read-only operation that confirms the outcome after a timeout. */
  confirm_with?: string;
  /** A recommended client timeout in seconds. */
  timeout_secs?: number;
  notes?: string[];
}

/** What `init` loads the WebAssembly module from. */
export type InitInput =
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module
  | URL
  | string
  | Response
  | Promise<ArrayBuffer | ArrayBufferView | WebAssembly.Module | URL | string | Response>;

/**
 * Loads the WebAssembly module; call once before anything else (later calls return the same
 * promise). Without an argument: read from disk in Node, fetched next to `index.js` in a browser.
 */
export function init(input?: InitInput): Promise<void>;

/** Synchronous `init` from the module's bytes or a compiled module. */
export function initSync(module: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void;

/** The providers whose operations have generated typings (operations.d.ts). */
export type TypedProvider = keyof GeneratedParams & keyof GeneratedOutputs;

/** The operation names of provider `P` (any string for a provider without generated typings). */
export type OperationName<P extends string> = P extends TypedProvider
  ? keyof GeneratedParams[P] & keyof GeneratedOutputs[P] & string
  : string;

/** The parameters of operation `Op` of provider `P`. */
export type OperationParams<P extends string, Op extends string> = P extends TypedProvider
  ? Op extends keyof GeneratedParams[P]
    ? GeneratedParams[P][Op]
    : never
  : Record<string, unknown>;

/** The parsed output of operation `Op` of provider `P`. */
export type OperationOutput<P extends string, Op extends string> = P extends TypedProvider
  ? Op extends keyof GeneratedOutputs[P]
    ? GeneratedOutputs[P][Op]
    : never
  : unknown;

/** `prepare`'s parameters: optional when the operation has no required one. */
export type PrepareArgs<P extends string, Op extends string> = {} extends OperationParams<P, Op>
  ? [params?: OperationParams<P, Op>]
  : [params: OperationParams<P, Op>];

/** `call`'s parameters and transport. */
export type CallArgs<P extends string, Op extends string> = {} extends OperationParams<P, Op>
  ? [params?: OperationParams<P, Op>, send?: Transport]
  : [params: OperationParams<P, Op>, send?: Transport];

/** A configured client for one provider: every operation reachable by its vendor name. */
export class Client<P extends string = string> {
  /**
   * @param provider a provider id (`"alldomains"`, …)
   * @param config the provider's JSON-shaped configuration, e.g. `{ token }` for alldomains
   * @throws RegistrarError kind `invalid_input` for an unknown provider or a bad configuration
   */
  constructor(provider: P, config: Record<string, unknown>);
  /** The provider id. */
  readonly provider: P;
  /** Builds the request for `operation` from the vendor's own parameter names. */
  prepare<Op extends OperationName<P>>(operation: Op, ...params: PrepareArgs<P, Op>): PreparedRequest;
  /** Parses the response to `operation` into its JSON-shaped output. */
  parse<Op extends OperationName<P>>(operation: Op, response: ResponseInput): OperationOutput<P, Op>;
  /** A copy of `request` safe for logs: credential headers, query values and body fields show `***`. */
  redact(request: RequestInput): PreparedRequest;
  /** The metadata of every operation of this client's provider. */
  operations(): OperationMetadata[];
  /**
   * `prepare`, `await send(request)` (default `fetchTransport`), `parse`. A failing `send` rejects
   * with RegistrarError kind `transport` (its `cause` the original error; `retryable` only for
   * operations safe to repeat, `details.confirm_with` naming the check for the others).
   */
  call<Op extends OperationName<P>>(operation: Op, ...args: CallArgs<P, Op>): Promise<OperationOutput<P, Op>>;
  /** The flows this client's provider offers. */
  flows(): FlowInfo[];
  /**
   * Starts a multi-call flow (Name.com: `"session"` with `{ calls: [{ operation, params }] }`).
   * @throws RegistrarError kind `unsupported` for a flow the provider lacks, `invalid_input` for bad calls
   */
  flow(name: string, params?: Record<string, unknown>): Flow;
  /** Runs flow `name` to the end with `send` (default `fetchTransport`); resolves to its output. */
  runFlow(name: string, params?: Record<string, unknown>, send?: Transport): Promise<FlowOutput>;
  /** Frees the Rust side now instead of at garbage collection. */
  free(): void;
}

/** A flow a provider offers. */
export interface FlowInfo {
  provider: string;
  name: string;
  summary: string;
}

/** A flow's output: the outputs of the calls that succeeded, and the first error if one failed. */
export interface FlowOutput {
  outputs?: unknown[];
  error?: RegistrarErrorJSON;
  logout_error?: RegistrarErrorJSON;
  [key: string]: unknown;
}

/** What a flow wants next. */
export type FlowStep = { done: false; request: PreparedRequest } | { done: true; output: FlowOutput };

/** A multi-call flow run one request at a time: `next()`, send, `feed(response)`, until done. */
export class Flow {
  private constructor();
  next(): FlowStep;
  feed(response: ResponseInput): void;
  /** Frees the Rust side now instead of at garbage collection. */
  free(): void;
}

/** The default transport: the global `fetch` (headers and bytes as they came). */
export function fetchTransport(request: PreparedRequest): Promise<ResponseInput>;

/** Every operation of every provider. */
export function catalog(): OperationMetadata[];

/** Every error kind the core knows, in its declaration order. */
export function errorKinds(): ErrorKind[];
