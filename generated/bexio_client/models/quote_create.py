from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from .._parsing import (
    BOOL,
    DATE,
    INT,
    STR,
    Enum,
    Field,
    ListOf,
    Model,
    Nullable,
    OneOf,
    dump,
    parse_date,
    read_model,
)
from ..models.quote_create_delivery_address_type import (
    QuoteCreateDeliveryAddressType,
)
from ..models.quote_create_mwst_type import QuoteCreateMwstType
from ..types import UNSET, Unset
from .quote_create_delivery_address_type import QUOTE_CREATE_DELIVERY_ADDRESS_TYPE_VALUES
from .quote_create_mwst_type import QUOTE_CREATE_MWST_TYPE_VALUES


@_attrs_define
class QuoteCreate:
    """A quote as sent to create it."""

    document_nr: str | Unset = UNSET
    """ Can not be used if “automatic numbering” is activated in frontend-settings. Required if “automatic
    numbering” deactivated. https://help.bexio.com/s/article/000001784 """
    title: None | str | Unset = UNSET
    contact_id: int | None | Unset = UNSET
    """ References a contact object """
    contact_sub_id: int | None | Unset = UNSET
    """ References a contact object """
    user_id: int | Unset = UNSET
    """ References a user object """
    project_id: int | None | Unset = UNSET
    """ References a project object (sent as `pr_project_id`; responses return it as `project_id`). """
    logopaper_id: int | Unset = UNSET
    """ Deprecated in favour of `template_slug` (changelog 2020-09-21). """
    language_id: int | Unset = UNSET
    """ References a language object """
    bank_account_id: int | Unset = UNSET
    """ References a bank account object """
    currency_id: int | Unset = UNSET
    """ References a currency object """
    payment_type_id: int | Unset = UNSET
    """ References a payment type object """
    header: str | Unset = UNSET
    footer: str | Unset = UNSET
    mwst_type: QuoteCreateMwstType | Unset = UNSET
    """ Taxes: 0 = including taxes, 1 = excluding taxes, 2 = exempt from taxes. """
    mwst_is_net: bool | Unset = UNSET
    """ This value affects the total if the field mwst_type has been set to 0. false = Taxes are included in the
    total; true = Taxes will be added to the total. """
    show_position_taxes: bool | Unset = UNSET
    is_valid_from: datetime.date | Unset = UNSET
    is_valid_until: datetime.date | Unset = UNSET
    contact_address_manual: None | str | Unset = UNSET
    """ This field can be used to set a contact address manually. If not in use or null the invoice address of the
    contact will be taken. """
    delivery_address_type: QuoteCreateDeliveryAddressType | Unset = UNSET
    """ 0 = use invoice address, 1 = use custom address. """
    delivery_address_manual: None | str | Unset = UNSET
    """ This field can be used to set a delivery address manually if delivery_address_type is set to 1. If not in
    use or null the invoice address will be taken. """
    api_reference: None | str | Unset = UNSET
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    viewed_by_client_at: None | str | Unset = UNSET
    kb_terms_of_payment_template_id: int | None | Unset = UNSET
    template_slug: None | str | Unset = UNSET
    """ The document template (its slug, see List document templates); replaces logopaper_id. """
    positions: (
        list[
            KbPositionArticleCreate
            | KbPositionCustomCreate
            | KbPositionDiscountCreate
            | KbPositionPagebreakCreate
            | KbPositionSubtotalCreate
            | KbPositionTextCreate
        ]
        | Unset
    ) = UNSET
    """ Please note that you can combine multiple positions. This means that an array containing KbPositionCustom
    and KbPositionArticle positions is valid. """

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = {}
        if self.document_nr is not UNSET:
            field_dict["document_nr"] = self.document_nr
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.contact_id is not UNSET:
            field_dict["contact_id"] = self.contact_id
        if self.contact_sub_id is not UNSET:
            field_dict["contact_sub_id"] = self.contact_sub_id
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.project_id is not UNSET:
            field_dict["pr_project_id"] = self.project_id
        if self.logopaper_id is not UNSET:
            field_dict["logopaper_id"] = self.logopaper_id
        if self.language_id is not UNSET:
            field_dict["language_id"] = self.language_id
        if self.bank_account_id is not UNSET:
            field_dict["bank_account_id"] = self.bank_account_id
        if self.currency_id is not UNSET:
            field_dict["currency_id"] = self.currency_id
        if self.payment_type_id is not UNSET:
            field_dict["payment_type_id"] = self.payment_type_id
        if self.header is not UNSET:
            field_dict["header"] = self.header
        if self.footer is not UNSET:
            field_dict["footer"] = self.footer
        if self.mwst_type is not UNSET:
            field_dict["mwst_type"] = self.mwst_type
        if self.mwst_is_net is not UNSET:
            field_dict["mwst_is_net"] = self.mwst_is_net
        if self.show_position_taxes is not UNSET:
            field_dict["show_position_taxes"] = self.show_position_taxes
        if self.is_valid_from is not UNSET:
            field_dict["is_valid_from"] = dump(self.is_valid_from)
        if self.is_valid_until is not UNSET:
            field_dict["is_valid_until"] = dump(self.is_valid_until)
        if self.contact_address_manual is not UNSET:
            field_dict["contact_address_manual"] = self.contact_address_manual
        if self.delivery_address_type is not UNSET:
            field_dict["delivery_address_type"] = self.delivery_address_type
        if self.delivery_address_manual is not UNSET:
            field_dict["delivery_address_manual"] = self.delivery_address_manual
        if self.api_reference is not UNSET:
            field_dict["api_reference"] = self.api_reference
        if self.viewed_by_client_at is not UNSET:
            field_dict["viewed_by_client_at"] = self.viewed_by_client_at
        if self.kb_terms_of_payment_template_id is not UNSET:
            field_dict["kb_terms_of_payment_template_id"] = self.kb_terms_of_payment_template_id
        if self.template_slug is not UNSET:
            field_dict["template_slug"] = self.template_slug
        if self.positions is not UNSET:
            field_dict["positions"] = dump(self.positions)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A QuoteCreate from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            document_nr = src_dict.get("document_nr", UNSET)
            title = src_dict.get("title", UNSET)
            contact_id = src_dict.get("contact_id", UNSET)
            contact_sub_id = src_dict.get("contact_sub_id", UNSET)
            user_id = src_dict.get("user_id", UNSET)
            project_id = src_dict.get("pr_project_id", UNSET)
            logopaper_id = src_dict.get("logopaper_id", UNSET)
            language_id = src_dict.get("language_id", UNSET)
            bank_account_id = src_dict.get("bank_account_id", UNSET)
            currency_id = src_dict.get("currency_id", UNSET)
            payment_type_id = src_dict.get("payment_type_id", UNSET)
            header = src_dict.get("header", UNSET)
            footer = src_dict.get("footer", UNSET)
            mwst_type = src_dict.get("mwst_type", UNSET)
            mwst_is_net = src_dict.get("mwst_is_net", UNSET)
            show_position_taxes = src_dict.get("show_position_taxes", UNSET)
            is_valid_from = src_dict.get("is_valid_from", UNSET)
            if is_valid_from is not UNSET:
                is_valid_from = parse_date(is_valid_from)
            is_valid_until = src_dict.get("is_valid_until", UNSET)
            if is_valid_until is not UNSET:
                is_valid_until = parse_date(is_valid_until)
            contact_address_manual = src_dict.get("contact_address_manual", UNSET)
            delivery_address_type = src_dict.get("delivery_address_type", UNSET)
            delivery_address_manual = src_dict.get("delivery_address_manual", UNSET)
            api_reference = src_dict.get("api_reference", UNSET)
            viewed_by_client_at = src_dict.get("viewed_by_client_at", UNSET)
            kb_terms_of_payment_template_id = src_dict.get("kb_terms_of_payment_template_id", UNSET)
            template_slug = src_dict.get("template_slug", UNSET)
            positions = src_dict.get("positions", UNSET)
            if positions is not UNSET:
                positions = [_POSITIONS_BY_TYPE[item["type"]].from_dict(item) for item in positions]
            if not (
                (document_nr is UNSET or type(document_nr) is str)
                and (title is None or title is UNSET or type(title) is str)
                and (contact_id is None or contact_id is UNSET or type(contact_id) is int)
                and (contact_sub_id is None or contact_sub_id is UNSET or type(contact_sub_id) is int)
                and (user_id is UNSET or type(user_id) is int)
                and (project_id is None or project_id is UNSET or type(project_id) is int)
                and (logopaper_id is UNSET or type(logopaper_id) is int)
                and (language_id is UNSET or type(language_id) is int)
                and (bank_account_id is UNSET or type(bank_account_id) is int)
                and (currency_id is UNSET or type(currency_id) is int)
                and (payment_type_id is UNSET or type(payment_type_id) is int)
                and (header is UNSET or type(header) is str)
                and (footer is UNSET or type(footer) is str)
                and (mwst_type is UNSET or mwst_type in QUOTE_CREATE_MWST_TYPE_VALUES)
                and (mwst_is_net is UNSET or type(mwst_is_net) is bool)
                and (show_position_taxes is UNSET or type(show_position_taxes) is bool)
                and (
                    contact_address_manual is None
                    or contact_address_manual is UNSET
                    or type(contact_address_manual) is str
                )
                and (
                    delivery_address_type is UNSET or delivery_address_type in QUOTE_CREATE_DELIVERY_ADDRESS_TYPE_VALUES
                )
                and (
                    delivery_address_manual is None
                    or delivery_address_manual is UNSET
                    or type(delivery_address_manual) is str
                )
                and (api_reference is None or api_reference is UNSET or type(api_reference) is str)
                and (viewed_by_client_at is None or viewed_by_client_at is UNSET or type(viewed_by_client_at) is str)
                and (
                    kb_terms_of_payment_template_id is None
                    or kb_terms_of_payment_template_id is UNSET
                    or type(kb_terms_of_payment_template_id) is int
                )
                and (template_slug is None or template_slug is UNSET or type(template_slug) is str)
            ):
                raise TypeError
            self = cls(
                document_nr,
                title,
                contact_id,
                contact_sub_id,
                user_id,
                project_id,
                logopaper_id,
                language_id,
                bank_account_id,
                currency_id,
                payment_type_id,
                header,
                footer,
                mwst_type,
                mwst_is_net,
                show_position_taxes,
                is_valid_from,
                is_valid_until,
                contact_address_manual,
                delivery_address_type,
                delivery_address_manual,
                api_reference,
                viewed_by_client_at,
                kb_terms_of_payment_template_id,
                template_slug,
                positions,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        if len(src_dict) > 0 and not _KNOWN.issuperset(src_dict):
            return read_model(cls, src_dict, _FIELDS, _KNOWN, True)
        return self


from .kb_position_article_create import KbPositionArticleCreate  # noqa: E402
from .kb_position_custom_create import KbPositionCustomCreate  # noqa: E402
from .kb_position_discount_create import KbPositionDiscountCreate  # noqa: E402
from .kb_position_pagebreak_create import KbPositionPagebreakCreate  # noqa: E402
from .kb_position_subtotal_create import KbPositionSubtotalCreate  # noqa: E402
from .kb_position_text_create import KbPositionTextCreate  # noqa: E402

_POSITIONS_BY_TYPE = {
    "KbPositionArticle": KbPositionArticleCreate,
    "KbPositionCustom": KbPositionCustomCreate,
    "KbPositionDiscount": KbPositionDiscountCreate,
    "KbPositionPagebreak": KbPositionPagebreakCreate,
    "KbPositionSubtotal": KbPositionSubtotalCreate,
    "KbPositionText": KbPositionTextCreate,
}
_FIELDS = (
    Field("document_nr", "document_nr", False, STR),
    Field("title", "title", False, Nullable(STR)),
    Field("contact_id", "contact_id", False, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", False, Nullable(INT)),
    Field("user_id", "user_id", False, INT),
    Field("project_id", "pr_project_id", False, Nullable(INT)),
    Field("logopaper_id", "logopaper_id", False, INT),
    Field("language_id", "language_id", False, INT),
    Field("bank_account_id", "bank_account_id", False, INT),
    Field("currency_id", "currency_id", False, INT),
    Field("payment_type_id", "payment_type_id", False, INT),
    Field("header", "header", False, STR),
    Field("footer", "footer", False, STR),
    Field("mwst_type", "mwst_type", False, Enum(QUOTE_CREATE_MWST_TYPE_VALUES)),
    Field("mwst_is_net", "mwst_is_net", False, BOOL),
    Field("show_position_taxes", "show_position_taxes", False, BOOL),
    Field("is_valid_from", "is_valid_from", False, DATE),
    Field("is_valid_until", "is_valid_until", False, DATE),
    Field("contact_address_manual", "contact_address_manual", False, Nullable(STR)),
    Field("delivery_address_type", "delivery_address_type", False, Enum(QUOTE_CREATE_DELIVERY_ADDRESS_TYPE_VALUES)),
    Field("delivery_address_manual", "delivery_address_manual", False, Nullable(STR)),
    Field("api_reference", "api_reference", False, Nullable(STR)),
    Field("viewed_by_client_at", "viewed_by_client_at", False, Nullable(STR)),
    Field("kb_terms_of_payment_template_id", "kb_terms_of_payment_template_id", False, Nullable(INT)),
    Field("template_slug", "template_slug", False, Nullable(STR)),
    Field(
        "positions",
        "positions",
        False,
        ListOf(
            OneOf(
                (
                    Model(KbPositionCustomCreate),
                    Model(KbPositionArticleCreate),
                    Model(KbPositionTextCreate),
                    Model(KbPositionSubtotalCreate),
                    Model(KbPositionPagebreakCreate),
                    Model(KbPositionDiscountCreate),
                ),
                "type",
                {
                    "KbPositionArticle": Model(KbPositionArticleCreate),
                    "KbPositionCustom": Model(KbPositionCustomCreate),
                    "KbPositionDiscount": Model(KbPositionDiscountCreate),
                    "KbPositionPagebreak": Model(KbPositionPagebreakCreate),
                    "KbPositionSubtotal": Model(KbPositionSubtotalCreate),
                    "KbPositionText": Model(KbPositionTextCreate),
                },
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "document_nr",
        "title",
        "contact_id",
        "contact_sub_id",
        "user_id",
        "pr_project_id",
        "logopaper_id",
        "language_id",
        "bank_account_id",
        "currency_id",
        "payment_type_id",
        "header",
        "footer",
        "mwst_type",
        "mwst_is_net",
        "show_position_taxes",
        "is_valid_from",
        "is_valid_until",
        "contact_address_manual",
        "delivery_address_type",
        "delivery_address_manual",
        "api_reference",
        "viewed_by_client_at",
        "kb_terms_of_payment_template_id",
        "template_slug",
        "positions",
    }
)
