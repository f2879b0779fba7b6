from typing import Literal

KbPositionArticleType = Literal["KbPositionArticle"]

KB_POSITION_ARTICLE_TYPE_VALUES: set[KbPositionArticleType] = {
    "KbPositionArticle",
}


def check_kb_position_article_type(value: str) -> KbPositionArticleType:
    if value in KB_POSITION_ARTICLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_ARTICLE_TYPE_VALUES!r}")
