from typing import Literal

ListBillsFieldsItem = Literal[
    "currency_code", "document_no", "firstname_suffix", "lastname_company", "title", "vendor_ref"
]

LIST_BILLS_FIELDS_ITEM_VALUES: set[ListBillsFieldsItem] = {
    "currency_code",
    "document_no",
    "firstname_suffix",
    "lastname_company",
    "title",
    "vendor_ref",
}


def check_list_bills_fields_item(value: str) -> ListBillsFieldsItem:
    if value in LIST_BILLS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BILLS_FIELDS_ITEM_VALUES!r}")
