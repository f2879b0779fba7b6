from typing import Literal

PurchaseOrderPositionArticleReadType = Literal["article"]

PURCHASE_ORDER_POSITION_ARTICLE_READ_TYPE_VALUES: set[PurchaseOrderPositionArticleReadType] = {
    "article",
}


def check_purchase_order_position_article_read_type(value: str) -> PurchaseOrderPositionArticleReadType:
    if value in PURCHASE_ORDER_POSITION_ARTICLE_READ_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_POSITION_ARTICLE_READ_TYPE_VALUES!r}")
