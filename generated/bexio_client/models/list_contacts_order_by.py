from typing import Literal

ListContactsOrderBy = Literal["id", "name_1", "nr", "updated_at"]

LIST_CONTACTS_ORDER_BY_VALUES: set[ListContactsOrderBy] = {
    "id",
    "name_1",
    "nr",
    "updated_at",
}


def check_list_contacts_order_by(value: str) -> ListContactsOrderBy:
    if value in LIST_CONTACTS_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_ORDER_BY_VALUES!r}")
