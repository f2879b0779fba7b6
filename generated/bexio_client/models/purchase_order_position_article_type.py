from typing import Literal

PurchaseOrderPositionArticleType = Literal["article"]

PURCHASE_ORDER_POSITION_ARTICLE_TYPE_VALUES: set[PurchaseOrderPositionArticleType] = {
    "article",
}


def check_purchase_order_position_article_type(value: str) -> PurchaseOrderPositionArticleType:
    if value in PURCHASE_ORDER_POSITION_ARTICLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_ARTICLE_TYPE_VALUES!r}")
