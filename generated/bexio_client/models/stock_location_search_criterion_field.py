from typing import Literal

StockLocationSearchCriterionField = Literal["name"]

STOCK_LOCATION_SEARCH_CRITERION_FIELD_VALUES: set[StockLocationSearchCriterionField] = {
    "name",
}


def check_stock_location_search_criterion_field(value: str) -> StockLocationSearchCriterionField:
    if value in STOCK_LOCATION_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCK_LOCATION_SEARCH_CRITERION_FIELD_VALUES!r}")
