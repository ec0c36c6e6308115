//! Order calls (`orders/…`): suspension works on any order type, domains included (reference
//! §2.30: the document's Suspend / Unsuspend live under `orders/`, not `domains/`).

use super::args::{Text, Uint};
use super::envelope::{ActionResult, action};
use super::no_check;

operation! {
    /// `POST /api/orders/suspend.json` — logicboxes.txt "Suspend" (KB 1077,
    /// <https://demoserver.webpropanel.com/kb/answer/1077>).
    Suspend = "orders/suspend", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Suspend; https://demoserver.webpropanel.com/kb/answer/1077",
    summary: "Suspend an order.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
        /// Why.
        reason: Text = "reason",
    }
}

operation! {
    /// `POST /api/orders/unsuspend.json` — logicboxes.txt "Unsuspend" (KB 1078,
    /// <https://cp.7211.com/kb/node/1078>).
    Unsuspend = "orders/unsuspend", POST, Idempotent, confirm: None,
    doc: "logicboxes.txt Unsuspend; https://cp.7211.com/kb/node/1078",
    summary: "Lift the suspension of an order.",
    output: ActionResult = action, check: no_check,
    {
        /// The order.
        order_id: Uint = "order-id",
    }
}
