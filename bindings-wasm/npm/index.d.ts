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

// ------------------------------------------------------------------------------------------------
// The unified registrar interface (issue 7): common types, hand-written from
// core/src/registrar/types.rs (JSON shapes, snake_case keys as the core serializes them).
// ------------------------------------------------------------------------------------------------

/** The common operations, as `Registrar.start` and `run` take them. */
export type CommonOp =
  | "check"
  | "info"
  | "get_nameservers"
  | "set_nameservers"
  | "lock"
  | "unlock"
  | "renew"
  | "register"
  | "transfer"
  | "transfer_status"
  | "list_domains"
  | "balance"
  | "privacy_on"
  | "privacy_off"
  | "auth_code"
  | "regenerate_auth_code"
  | "dns_list"
  | "dns_add"
  | "dns_delete"
  | "create_contact"
  | "set_contacts"
  | "child_ns_create"
  | "child_ns_update"
  | "child_ns_delete";

/** An amount of money; `amount` is decimal text as the provider gave it. */
export interface Money {
  amount: string;
  currency?: string;
}

export type Availability = "available" | "taken" | "reserved" | "unknown";

/** A per-item failure inside a bulk result. */
export interface ItemError {
  kind: ErrorKind;
  message: string;
  provider_code?: string;
}

/** One name's availability (one per name checked, in order). */
export interface CheckResult {
  domain: string;
  availability: Availability;
  premium?: boolean;
  price?: Money;
  message?: string;
  error?: ItemError;
  raw: unknown;
}

/** A name server with optional glue addresses. */
export interface NameServer {
  host: string;
  ips?: string[];
}

/** A DNS record; `host` is relative to the zone. */
export interface DnsRecord {
  id?: string;
  type: string;
  host: string;
  value: string;
  ttl?: number;
  priority?: number;
}

export type ContactRole = "registrant" | "admin" | "tech" | "billing";

/** A contact; `extra` carries the provider's own fields (never lost). */
export interface Contact {
  id?: string;
  first_name?: string;
  last_name?: string;
  organization?: string;
  email?: string;
  phone_cc?: string;
  phone?: string;
  address?: string[];
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
  extra?: Record<string, unknown>;
}

export interface DomainContact {
  roles: ContactRole[];
  contact: Contact;
}

export interface DomainInfo {
  domain: string;
  status: string[];
  created?: string;
  expires?: string;
  name_servers: NameServer[];
  contacts?: DomainContact[];
  locked?: boolean;
  privacy?: boolean;
  auto_renew?: boolean;
  provider_ids?: Record<string, unknown>;
  raw: unknown;
}

/** The result of a change: the outputs of the vendor calls made. */
export interface Outcome {
  raw: unknown[];
}

/** The result of register, transfer or renew. */
export interface OrderResult {
  domain: string;
  charged?: Money;
  expires?: string;
  raw: unknown[];
}

export interface Balance {
  available: Money;
  credit?: Money;
  raw: unknown;
}

export interface AuthCode {
  code: string;
}

export interface DomainSummary {
  domain: string;
  expires?: string;
  status?: string;
  raw: unknown;
}

export interface DomainPage {
  domains: DomainSummary[];
  page: number;
  total?: number;
  complete: boolean;
}

export interface RegisterRequest {
  domain: string;
  years: number;
  name_servers?: NameServer[];
  contacts?: DomainContact[];
  extra?: Record<string, unknown>;
}

export interface TransferRequest {
  domain: string;
  auth_code: string;
  years?: number;
  name_servers?: NameServer[];
  contacts?: DomainContact[];
  extra?: Record<string, unknown>;
}

export interface TransferStatus {
  domain: string;
  status: string;
  raw: unknown;
}

export interface Created {
  id?: string;
  raw: unknown[];
}

/** Parameters of each common operation (`Registrar.start`, `run`). */
export interface CommonParams {
  check: { domains: string[] };
  info: { domain: string };
  get_nameservers: { domain: string };
  set_nameservers: { domain: string; name_servers: NameServer[] };
  lock: { domain: string };
  unlock: { domain: string };
  renew: { domain: string; years: number };
  register: RegisterRequest;
  transfer: TransferRequest;
  transfer_status: { domain: string };
  list_domains: { page?: number; per_page?: number };
  balance: Record<string, never>;
  privacy_on: { domain: string };
  privacy_off: { domain: string };
  auth_code: { domain: string; pincode?: string };
  regenerate_auth_code: { domain: string };
  dns_list: { domain: string };
  dns_add: { domain: string; record: DnsRecord };
  dns_delete: { domain: string; record: DnsRecord };
  create_contact: { contact: Contact };
  set_contacts: { domain: string; contacts: DomainContact[] };
  child_ns_create: { domain: string; host: string; ips: string[] };
  child_ns_update: { domain: string; host: string; old_ips: string[]; ips: string[] };
  child_ns_delete: { domain: string; host: string; ips?: string[] };
}

/** The output of each common operation. */
export interface CommonOutputs {
  check: CheckResult[];
  info: DomainInfo;
  get_nameservers: NameServer[];
  set_nameservers: Outcome;
  lock: Outcome;
  unlock: Outcome;
  renew: OrderResult;
  register: OrderResult;
  transfer: OrderResult;
  transfer_status: TransferStatus;
  list_domains: DomainPage;
  balance: Balance;
  privacy_on: Outcome;
  privacy_off: Outcome;
  auth_code: AuthCode;
  regenerate_auth_code: AuthCode;
  dns_list: DnsRecord[];
  dns_add: Outcome;
  dns_delete: Outcome;
  create_contact: Created;
  set_contacts: Outcome;
  child_ns_create: Outcome;
  child_ns_update: Outcome;
  child_ns_delete: Outcome;
}

/** How a provider does one common operation (a cell of the capability matrix). */
export type Capability =
  | { kind: "native"; operation: string }
  | { kind: "flow"; calls: number; per_name: boolean; operations: string[] }
  | { kind: "by_type"; operations: string[] }
  | { kind: "flow_each"; first: string[]; each: string[]; per: string }
  | { kind: "unsupported"; reason: string };

/** What a registrar flow wants next. */
export type RegistrarStep<T = unknown> = { done: false; request: PreparedRequest } | { done: true; output: T };

/** A common operation run one request at a time: `next()`, send, `feed(response)`, until done. */
export class RegistrarFlow<T = unknown> {
  private constructor();
  /** @throws RegistrarError when the flow ended in an error */
  next(): RegistrarStep<T>;
  feed(response: ResponseInput): void;
  /** The host's transport failed: ends the flow, returns its RegistrarError kind `transport`. */
  transportFailed(cause: unknown): RegistrarError;
  /** Frees the Rust side now instead of at garbage collection. */
  free(): void;
}

/**
 * The unified registrar interface for one configured provider. Every method checks the capability
 * matrix first: an unsupported operation throws RegistrarError kind `unsupported` before anything
 * is sent. A failing `send` rejects with kind `transport` (`retryable` only for a lost read;
 * `details.common_confirm_with` names the read-only operation that confirms the outcome).
 */
export class Registrar {
  /** @throws RegistrarError kind `invalid_input` for an unknown provider or a bad configuration */
  constructor(provider: ProviderId | string, config: Record<string, unknown>);
  readonly provider: string;
  /** This provider's row of the capability matrix. */
  capabilities(): Record<CommonOp, Capability>;
  start<Op extends CommonOp>(op: Op, params: CommonParams[Op]): RegistrarFlow<CommonOutputs[Op]>;
  run<Op extends CommonOp>(op: Op, params: CommonParams[Op], send?: Transport): Promise<CommonOutputs[Op]>;
  check(domains: string[], send?: Transport): Promise<CheckResult[]>;
  info(domain: string, send?: Transport): Promise<DomainInfo>;
  getNameservers(domain: string, send?: Transport): Promise<NameServer[]>;
  /** Name servers as host names or `{host, ips}`. */
  setNameservers(domain: string, nameServers: (string | NameServer)[], send?: Transport): Promise<Outcome>;
  lock(domain: string, send?: Transport): Promise<Outcome>;
  unlock(domain: string, send?: Transport): Promise<Outcome>;
  privacyOn(domain: string, send?: Transport): Promise<Outcome>;
  privacyOff(domain: string, send?: Transport): Promise<Outcome>;
  /** Not safe to repeat: after a transport failure, confirm with `info`. */
  renew(domain: string, years: number, send?: Transport): Promise<OrderResult>;
  register(request: RegisterRequest, send?: Transport): Promise<OrderResult>;
  transfer(request: TransferRequest, send?: Transport): Promise<OrderResult>;
  transferStatus(domain: string, send?: Transport): Promise<TransferStatus>;
  balance(send?: Transport): Promise<Balance>;
  authCode(domain: string, send?: Transport): Promise<AuthCode>;
  listDomains(page?: number, perPage?: number, send?: Transport): Promise<DomainPage>;
  dnsList(domain: string, send?: Transport): Promise<DnsRecord[]>;
  dnsAdd(domain: string, record: DnsRecord, send?: Transport): Promise<Outcome>;
  dnsDelete(domain: string, record: DnsRecord, send?: Transport): Promise<Outcome>;
  childNsCreate(domain: string, host: string, ips: string[], send?: Transport): Promise<Outcome>;
  childNsUpdate(domain: string, host: string, oldIps: string[], ips: string[], send?: Transport): Promise<Outcome>;
  childNsDelete(domain: string, host: string, ips?: string[], send?: Transport): Promise<Outcome>;
  createContact(contact: Contact, send?: Transport): Promise<Created>;
  setContacts(domain: string, contacts: DomainContact[], send?: Transport): Promise<Outcome>;
  /** Frees the Rust side now instead of at garbage collection. */
  free(): void;
}

/** The capability matrix of every provider. */
export function capabilityMatrix(): Record<string, Record<CommonOp, Capability>>;
