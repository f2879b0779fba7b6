from typing import Literal

SearchContactsOrderBy = Literal["id", "name_1", "nr", "updated_at"]

SEARCH_CONTACTS_ORDER_BY_VALUES: set[SearchContactsOrderBy] = {
    "id",
    "name_1",
    "nr",
    "updated_at",
}


def check_search_contacts_order_by(value: str) -> SearchContactsOrderBy:
    if value in SEARCH_CONTACTS_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTACTS_ORDER_BY_VALUES!r}")
