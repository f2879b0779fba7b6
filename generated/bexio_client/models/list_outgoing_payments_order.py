from typing import Literal

ListOutgoingPaymentsOrder = Literal["asc", "desc"]

LIST_OUTGOING_PAYMENTS_ORDER_VALUES: set[ListOutgoingPaymentsOrder] = {
    "asc",
    "desc",
}


def check_list_outgoing_payments_order(value: str) -> ListOutgoingPaymentsOrder:
    if value in LIST_OUTGOING_PAYMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_OUTGOING_PAYMENTS_ORDER_VALUES!r}")
