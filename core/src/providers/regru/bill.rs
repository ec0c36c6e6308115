//! bill functions (regru-api-2.txt §6): one row per function.

use super::spec::{Kind::*, Spec, f};

functions! {
    /// Check for availability.
    BillNop = "bill/nop", "6.1", "check for availability", "Clients", Safe,
        Spec::new(&[
            f("bill_id", Int, "Invoice number in case of a single-invoice request."),
            f("bills", List, "A list if invoice numbers."),
        ]) => Bills;
    /// The list of unpaid bills.
    BillGetNotPayed = "bill/get_not_payed", "6.2", "the list of unpaid bills", "Clients", Safe,
        Spec::new(&[
            f("limit", Int, "Defines the number of invoices to be included in the output at a time. Default value: 100. Maximum value: 1024."),
            f("offset", Int, "The offset from the starting point, if the number of invoices exceeds the defined limit."),
        ]) => Bills;
    /// The list of invoices for the period.
    BillGetForPeriod = "bill/get_for_period", "6.3", "the list of invoices for the period", "Partners", Safe,
        Spec::new(&[
            f("start_date", Text, "Starting date of the requested period in the ISO format. Mandatory field."),
            f("end_date", Text, "End date of the requested period in the ISO format. Mandatory field."),
            f("pay_type", Text, "Payment method. For information about available alternatives refer to the description of response fields."),
            f("limit", Int, "Defines the number of invoices to be shown in the output at a time. Default value: 100. Maximum value: 1024."),
            f("offset", Int, "The offset from the starting point, if the number of invoices exceeds the defined limit."),
            f("all", Flag, "Show inactive invoices, i.e. invoices for outdated services and invoices cancelled due to impossibility of order execution."),
        ])
        .one_of(&[&["start_date"], &["end_date"]]) => Bills;
    /// Payment method change.
    BillChangePayType = "bill/change_pay_type", "6.4", "payment method change", "Clients", Unsafe => "bill/get_not_payed",
        Spec::new(&[
            f("bill_id", Int, "Invoice ID (in case of single invoice request)."),
            f("bills", List, "A list of invoice IDs."),
            f("pay_type", Text, "New payment type. Mandatory field. Valid values: prepay — advance payment (to be made immediately); WM — WebMoney. With the WMID defined, the invoices are…"),
            f("currency", Text, "Currency. Mandatory field. «Yandex.Dengi» allows RUR only, «bank» and «prepay» – RUR and USD, «WebMoney» also allows EUR and UAH."),
            f("wmid", Text, "WebMoney ID"),
        ])
        .one_of(&[&["bill_id", "bills"], &["pay_type"]]) => Bills;
    /// Invoice deletion.
    BillDelete = "bill/delete", "6.5", "invoice deletion", "Clients", Idempotent,
        Spec::new(&[
            f("bill_id", Int, "Invoice ID (in case of a single-invoice request)."),
            f("bills", List, "A list of invoice IDs."),
        ])
        .one_of(&[&["bill_id", "bills"]]) => Bills;
}
