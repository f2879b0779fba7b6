from typing import Literal

StockAreaSearchCriterionField = Literal["name", "stock_id"]

STOCK_AREA_SEARCH_CRITERION_FIELD_VALUES: set[StockAreaSearchCriterionField] = {
    "name",
    "stock_id",
}


def check_stock_area_search_criterion_field(value: str) -> StockAreaSearchCriterionField:
    if value in STOCK_AREA_SEARCH_CRITERION_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOCK_AREA_SEARCH_CRITERION_FIELD_VALUES!r}")
