// Compiled by `tsc --noEmit --strict` (never run): the typings support the documented usage, and
// the generated per-operation typings (operations.d.ts) reject what the catalog would refuse.
import {
  Client,
  RegistrarError,
  catalog,
  errorKinds,
  fetchTransport,
  init,
  initSync,
  type ErrorKind,
  type OperationMetadata,
  type OperationName,
  type PreparedRequest,
  type RegistrarErrorJSON,
  type ResponseInput,
  type Transport,
} from "../index.js";

export async function typedPath(bytes: Uint8Array): Promise<void> {
  await init();
  await init(bytes);
  initSync(bytes);
  const client = new Client("alldomains", { token: "t" });
  const provider: "alldomains" = client.provider;
  const req: PreparedRequest = client.prepare("servicedomain/check", { sld: "example", tld: ".com" });
  const none: PreparedRequest = client.prepare("client/balance_get_total");
  const pairs: [string, string][] = req.headers;
  const body: Uint8Array = req.body;
  const text: string = req.bodyText + none.url + provider + pairs.length + body.length;
  const out = client.parse("servicedomain/check", {
    status: 200,
    headers: { "content-type": "application/json" },
    body: text,
  });
  const available: boolean = out.available;
  const balance: number = client.parse("client/balance_get_total", { status: 200, body: new Uint8Array() }).amount;
  const safe: PreparedRequest = client.redact(req);
  const handMade: PreparedRequest = client.redact({ method: "GET", url: "https://x/?token=1" });
  const send: Transport = async (r: PreparedRequest): Promise<ResponseInput> => ({
    status: 200,
    headers: [["content-type", "application/json"]],
    body: r.bodyText,
  });
  const viaCall: { amount: number } = await client.call("client/balance_get_total", undefined, send);
  const viaCall2 = await client.call("client/balance_get_total", {}, send);
  const viaFetch: Promise<{ available: boolean }> = client.call("servicedomain/check", { sld: "a", tld: ".uz" });
  const viaFetch2 = client.call("servicedomain/check", { sld: "a", tld: ".uz" }, fetchTransport);
  const names: OperationName<"alldomains">[] = ["servicedomain/check", "client/balance_get_total"];
  const ops: OperationMetadata[] = client.operations().concat(catalog());
  const kinds: ErrorKind[] = errorKinds();
  void [available, balance, safe, handMade, viaCall, viaCall2.amount, viaFetch, viaFetch2, names, ops, kinds];

  // @ts-expect-error: not an alldomains operation
  client.prepare("domains/available", {});
  // @ts-expect-error: sld must be a string
  client.prepare("servicedomain/check", { sld: 1, tld: ".com" });
  // @ts-expect-error: check has required parameters
  client.prepare("servicedomain/check");
  // @ts-expect-error: the output of check has no `amount`
  void client.parse("servicedomain/check", { status: 200 }).amount;
  client.free();
}

export function genericPath(providerFromConfig: string): void {
  // A provider known only at run time (or one without generated typings): the generic path.
  const client = new Client(providerFromConfig, { token: "t" });
  const req: PreparedRequest = client.prepare("anything/at-all", { "domain-name": ["a.com", "b.com"] });
  const out: unknown = client.parse("anything/at-all", { status: 200, body: req.body });
  const typed = client.parse("anything/at-all", { status: 200 }) as { available: boolean };
  const later: Promise<unknown> = client.call("nop");
  const widened: Client = new Client("alldomains", { token: "t" });
  widened.prepare("domains/available", { "domain-name": ["example"], tlds: ["com"] });
  void [out, typed.available, later];

  try {
    new Client("alldomains", {});
  } catch (e) {
    if (e instanceof RegistrarError) {
      const kind: ErrorKind = e.kind;
      const field: string | undefined = e.field;
      const code: string | undefined = e.providerCode;
      const retry: boolean = e.retryable;
      const json: RegistrarErrorJSON = e.toJSON();
      const message: string = e.message;
      void [kind, field, code, retry, json, message, e.status, e.providerMessage, e.bodyExcerpt, e.details];
    }
  }
}

import {
  Registrar,
  capabilityMatrix,
  type Availability,
  type Capability,
  type CheckResult,
  type DomainInfo,
  type OrderResult,
  type Outcome,
  type RegistrarStep,
} from "../index.js";

export async function unifiedPath(send: Transport): Promise<void> {
  const r = new Registrar("namecom", { username: "u", api_token: "t" });
  const checked: CheckResult[] = await r.check(["example.com"], send);
  const availability: Availability | undefined = checked[0]?.availability;
  const info: DomainInfo = await r.info("example.com", send);
  const locked: boolean | undefined = info.locked;
  const ns: Outcome = await r.setNameservers("example.com", ["ns1.example.net", { host: "ns2.example.net", ips: [] }], send);
  await r.lock("example.com", send);
  const renewed: OrderResult = await r.renew("example.com", 1, send);
  const viaRun: OrderResult = await r.run("renew", { domain: "example.com", years: 2 }, send);
  const flow = r.start("check", { domains: ["example.com"] });
  const step: RegistrarStep<CheckResult[]> = flow.next();
  if (!step.done) flow.feed(await send(step.request));
  else void step.output[0]?.domain;
  const cap: Capability | undefined = capabilityMatrix()["alldomains"]?.dns_list;
  // @ts-expect-error renew needs years
  r.start("renew", { domain: "example.com" });
  void [availability, locked, ns, renewed, viaRun, cap, r.capabilities().check.kind];
}
