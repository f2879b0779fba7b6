from typing import Literal

KbPositionArticleCreateType = Literal["KbPositionArticle"]

KB_POSITION_ARTICLE_CREATE_TYPE_VALUES: set[KbPositionArticleCreateType] = {
    "KbPositionArticle",
}


def check_kb_position_article_create_type(value: str) -> KbPositionArticleCreateType:
    if value in KB_POSITION_ARTICLE_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_POSITION_ARTICLE_CREATE_TYPE_VALUES!r}")
