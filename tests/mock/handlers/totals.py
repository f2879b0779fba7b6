"""The figures of a quote or an invoice, computed from its positions as bexio does.

A position's total is amount × unit price less its discount in percent; a discount position
takes its percentage (or amount) off the positions above it; optional positions do not
count. `total_gross` is the sum of the positions, `total_net` that less the discounts. With
`mwst_type` 0 each tax rate is charged on its positions' share of the net: added to the total
when `mwst_is_net`, else contained in it; with 1 or 2 bexio charges none (the live answers
with `mwst_type` 1 show `total_taxes` "0.0000" and no `taxs`). The total is rounded to
0.05 (Swiss francs), the difference kept in `total_rounding_difference`.

The spec's sample checks this: 5 × 3.56 = 17.80 net, 7.7 % = 1.3706 taxes, 19.1706 → 19.15,
rounding difference -0.02. Formats are those of bexio's answers to a fetch: amounts with six
decimals ("17.800000"), taxes with four ("1.3706"), the rounding difference a JSON number.
Decimal arithmetic, as bexio's figures are decimal strings: floats would drift.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

PRICED = ("KbPositionCustom", "KbPositionArticle")
CENTS, TWENTIETHS = Decimal("0.01"), Decimal("20")


class InvalidFigure(ValueError):
    """A figure that is not a decimal number (bexio answers 422)."""


def number(value: Any, field: str = "value") -> Decimal:
    try:
        parsed = Decimal(str(value if value not in (None, "") else 0))
    except InvalidOperation:
        raise InvalidFigure(f"{field} must be a decimal number, not {value!r}") from None
    if not parsed.is_finite():
        raise InvalidFigure(f"{field} must be a finite decimal number, not {value!r}")
    return parsed


def six(value: Decimal) -> str:
    return f"{value:.6f}"


def four(value: Decimal) -> str:
    return f"{value:.4f}"


def compute_positions(positions: list[dict[str, Any]]) -> tuple[Decimal, Decimal, dict[str, Decimal]]:
    """Set each position's figures; answer the gross, the net and the net per tax rate."""
    gross, net, by_rate = Decimal(0), Decimal(0), {}
    for position in positions:
        kind = position.get("type")
        if kind in PRICED:
            amount, price = number(position.get("amount"), "amount"), number(position.get("unit_price"), "unit_price")
            discount = number(position.get("discount_in_percent"), "discount_in_percent")
            total = amount * price * (1 - discount / 100)
            position.update(amount=six(amount), unit_price=six(price), discount_in_percent=six(discount),
                            position_total=six(total))  # fmt: skip
            if position.get("is_optional"):
                continue
            gross, net = gross + total, net + total
            rate = position.get("tax_value") or "0.00"
            by_rate[rate] = by_rate.get(rate, Decimal(0)) + total
        elif kind == "KbPositionSubtotal":
            position["value"] = six(net)
        elif kind == "KbPositionDiscount":
            value = number(position.get("value"))
            taken = net * value / 100 if position.get("is_percentual") else min(value, net)
            position.update(value=six(value), discount_total=six(taken))
            if net:
                by_rate = {rate: base * (net - taken) / net for rate, base in by_rate.items()}
            net -= taken
    return gross, net, by_rate


def compute(document: dict[str, Any], received: Decimal = Decimal(0)) -> dict[str, Any]:
    """Set the document's totals from its positions (and, for an invoice, its payments)."""
    gross, net, by_rate = compute_positions(document.get("positions") or [])
    taxes: dict[str, Decimal] = {}
    if document.get("mwst_type", 0) == 0:
        added = document.get("mwst_is_net", True)
        for rate, base in by_rate.items():
            percent = number(rate)
            taxes[rate] = base * percent / 100 if added else base * percent / (100 + percent)
    total_taxes = sum(taxes.values(), Decimal(0))
    exact = net + total_taxes if document.get("mwst_type", 0) == 0 and document.get("mwst_is_net", True) else net
    total = (exact * TWENTIETHS).quantize(Decimal(1), ROUND_HALF_UP) / TWENTIETHS
    document.update(
        total_gross=six(gross),
        total_net=six(net),
        total_taxes=four(total_taxes),
        taxs=[{"percentage": rate, "value": four(value)} for rate, value in taxes.items() if value],
        total=six(total),
        total_rounding_difference=float((total - exact).quantize(CENTS, ROUND_HALF_UP)),
    )
    if "total_received_payments" in document:
        document.update(
            total_received_payments=six(received),
            total_credit_vouchers=six(number(document.get("total_credit_vouchers"))),
            total_remaining_payments=six(total - received),
        )
    return document
