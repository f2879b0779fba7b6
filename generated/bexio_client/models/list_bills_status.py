from typing import Literal

ListBillsStatus = Literal["DRAFTS", "OVERDUE", "PAID", "TODO"]

LIST_BILLS_STATUS_VALUES: set[ListBillsStatus] = {
    "DRAFTS",
    "OVERDUE",
    "PAID",
    "TODO",
}


def check_list_bills_status(value: str) -> ListBillsStatus:
    if value in LIST_BILLS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BILLS_STATUS_VALUES!r}")
