from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    BOOL,
    DATE,
    INT,
    NUMBER,
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
from ..models.quote_delivery_address_type import QuoteDeliveryAddressType
from ..models.quote_mwst_type import QuoteMwstType
from ..types import UNSET, Unset
from .quote_delivery_address_type import QUOTE_DELIVERY_ADDRESS_TYPE_VALUES
from .quote_mwst_type import QUOTE_MWST_TYPE_VALUES


@_attrs_define
class Quote:
    """A quote as bexio returns it (fields read from the response samples). Money totals are decimal numbers as strings
    ("19.150000"), except `total_rounding_difference`, a JSON number.

    """

    id: int
    document_nr: str
    title: None | str
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    user_id: int
    """ References a user object """
    project_id: int | None
    """ References a project object """
    logopaper_id: int
    """ Deprecated in favour of `template_slug` (changelog 2020-09-21). """
    language_id: int
    """ References a language object """
    bank_account_id: int
    """ References a bank account object """
    currency_id: int
    """ References a currency object """
    payment_type_id: int
    """ References a payment type object """
    header: str
    footer: str
    total_gross: str
    """ Gross total, a decimal number as a string ("17.800000"). """
    total_net: str
    """ Net total, a decimal number as a string ("17.800000"). """
    total_taxes: str
    """ Sum of the taxes, a decimal number as a string ("1.3706"). """
    total: str
    """ Total, a decimal number as a string ("19.150000"). """
    total_rounding_difference: float | str
    """ Rounding difference of the total, a JSON number (-0.02), unlike the other totals. """
    mwst_type: QuoteMwstType
    """ Taxes: 0 = including taxes, 1 = excluding taxes, 2 = exempt from taxes. """
    mwst_is_net: bool
    """ This value affects the total if the field mwst_type has been set to 0. false = Taxes are included in the
    total; true = Taxes will be added to the total. """
    show_position_taxes: bool
    is_valid_from: datetime.date
    is_valid_until: datetime.date
    contact_address: str
    """ The address of the contact the document is made out to. """
    delivery_address_type: QuoteDeliveryAddressType
    """ 0 = use invoice address, 1 = use custom address. """
    delivery_address: str
    """ The delivery address. """
    kb_item_status_id: int
    """ The status of the document. """
    api_reference: None | str
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    viewed_by_client_at: None | str
    kb_terms_of_payment_template_id: int | None
    show_total: bool
    updated_at: str
    """ Time of the last change, `YYYY-MM-DD HH:MM:SS` """
    template_slug: None | str
    """ The document template (its slug, see List document templates); replaces logopaper_id. """
    taxs: list[KbDocumentTax]
    """ The taxes of the document, one entry per tax rate. """
    network_link: str
    """ Link to the document on the customer network (empty if none). """
    positions: (
        list[
            KbPositionArticle
            | KbPositionCustom
            | KbPositionDiscount
            | KbPositionPagebreak
            | KbPositionSubposition
            | KbPositionSubtotal
            | KbPositionText
        ]
        | Unset
    ) = UNSET
    """ The positions of the document. bexio's published spec returns them on the detailed form of a document
    (fetch, create, edit), so they may be absent from list items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["document_nr"] = self.document_nr
        field_dict["title"] = self.title
        field_dict["contact_id"] = self.contact_id
        field_dict["contact_sub_id"] = self.contact_sub_id
        field_dict["user_id"] = self.user_id
        field_dict["project_id"] = self.project_id
        field_dict["logopaper_id"] = self.logopaper_id
        field_dict["language_id"] = self.language_id
        field_dict["bank_account_id"] = self.bank_account_id
        field_dict["currency_id"] = self.currency_id
        field_dict["payment_type_id"] = self.payment_type_id
        field_dict["header"] = self.header
        field_dict["footer"] = self.footer
        field_dict["total_gross"] = self.total_gross
        field_dict["total_net"] = self.total_net
        field_dict["total_taxes"] = self.total_taxes
        field_dict["total"] = self.total
        field_dict["total_rounding_difference"] = self.total_rounding_difference
        field_dict["mwst_type"] = self.mwst_type
        field_dict["mwst_is_net"] = self.mwst_is_net
        field_dict["show_position_taxes"] = self.show_position_taxes
        field_dict["is_valid_from"] = dump(self.is_valid_from)
        field_dict["is_valid_until"] = dump(self.is_valid_until)
        field_dict["contact_address"] = self.contact_address
        field_dict["delivery_address_type"] = self.delivery_address_type
        field_dict["delivery_address"] = self.delivery_address
        field_dict["kb_item_status_id"] = self.kb_item_status_id
        field_dict["api_reference"] = self.api_reference
        field_dict["viewed_by_client_at"] = self.viewed_by_client_at
        field_dict["kb_terms_of_payment_template_id"] = self.kb_terms_of_payment_template_id
        field_dict["show_total"] = self.show_total
        field_dict["updated_at"] = self.updated_at
        field_dict["template_slug"] = self.template_slug
        field_dict["taxs"] = dump(self.taxs)
        field_dict["network_link"] = self.network_link
        if self.positions is not UNSET:
            field_dict["positions"] = dump(self.positions)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Quote from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            document_nr = src_dict["document_nr"]
            title = src_dict["title"]
            contact_id = src_dict["contact_id"]
            contact_sub_id = src_dict["contact_sub_id"]
            user_id = src_dict["user_id"]
            project_id = src_dict["project_id"]
            logopaper_id = src_dict["logopaper_id"]
            language_id = src_dict["language_id"]
            bank_account_id = src_dict["bank_account_id"]
            currency_id = src_dict["currency_id"]
            payment_type_id = src_dict["payment_type_id"]
            header = src_dict["header"]
            footer = src_dict["footer"]
            total_gross = src_dict["total_gross"]
            total_net = src_dict["total_net"]
            total_taxes = src_dict["total_taxes"]
            total = src_dict["total"]
            total_rounding_difference = src_dict["total_rounding_difference"]
            mwst_type = src_dict["mwst_type"]
            mwst_is_net = src_dict["mwst_is_net"]
            show_position_taxes = src_dict["show_position_taxes"]
            is_valid_from = src_dict["is_valid_from"]
            is_valid_from = parse_date(is_valid_from)
            is_valid_until = src_dict["is_valid_until"]
            is_valid_until = parse_date(is_valid_until)
            contact_address = src_dict["contact_address"]
            delivery_address_type = src_dict["delivery_address_type"]
            delivery_address = src_dict["delivery_address"]
            kb_item_status_id = src_dict["kb_item_status_id"]
            api_reference = src_dict["api_reference"]
            viewed_by_client_at = src_dict["viewed_by_client_at"]
            kb_terms_of_payment_template_id = src_dict["kb_terms_of_payment_template_id"]
            show_total = src_dict["show_total"]
            updated_at = src_dict["updated_at"]
            template_slug = src_dict["template_slug"]
            taxs = src_dict["taxs"]
            taxs = [KbDocumentTax.from_dict(item) for item in taxs]
            network_link = src_dict["network_link"]
            positions = src_dict.get("positions", UNSET)
            if positions is not UNSET:
                positions = [_POSITIONS_BY_TYPE[item["type"]].from_dict(item) for item in positions]
            if not (
                type(id) is int
                and type(document_nr) is str
                and (title is None or type(title) is str)
                and (contact_id is None or type(contact_id) is int)
                and (contact_sub_id is None or type(contact_sub_id) is int)
                and type(user_id) is int
                and (project_id is None or type(project_id) is int)
                and type(logopaper_id) is int
                and type(language_id) is int
                and type(bank_account_id) is int
                and type(currency_id) is int
                and type(payment_type_id) is int
                and type(header) is str
                and type(footer) is str
                and type(total_gross) is str
                and type(total_net) is str
                and type(total_taxes) is str
                and type(total) is str
                and (type(total_rounding_difference) in _NUMBER or type(total_rounding_difference) is str)
                and mwst_type in QUOTE_MWST_TYPE_VALUES
                and type(mwst_is_net) is bool
                and type(show_position_taxes) is bool
                and type(contact_address) is str
                and delivery_address_type in QUOTE_DELIVERY_ADDRESS_TYPE_VALUES
                and type(delivery_address) is str
                and type(kb_item_status_id) is int
                and (api_reference is None or type(api_reference) is str)
                and (viewed_by_client_at is None or type(viewed_by_client_at) is str)
                and (kb_terms_of_payment_template_id is None or type(kb_terms_of_payment_template_id) is int)
                and type(show_total) is bool
                and type(updated_at) is str
                and (template_slug is None or type(template_slug) is str)
                and type(network_link) is str
            ):
                raise TypeError
            self = cls(
                id,
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
                total_gross,
                total_net,
                total_taxes,
                total,
                total_rounding_difference,
                mwst_type,
                mwst_is_net,
                show_position_taxes,
                is_valid_from,
                is_valid_until,
                contact_address,
                delivery_address_type,
                delivery_address,
                kb_item_status_id,
                api_reference,
                viewed_by_client_at,
                kb_terms_of_payment_template_id,
                show_total,
                updated_at,
                template_slug,
                taxs,
                network_link,
                positions,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 36 + (positions is not UNSET):
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from .kb_document_tax import KbDocumentTax  # noqa: E402
from .kb_position_article import KbPositionArticle  # noqa: E402
from .kb_position_custom import KbPositionCustom  # noqa: E402
from .kb_position_discount import KbPositionDiscount  # noqa: E402
from .kb_position_pagebreak import KbPositionPagebreak  # noqa: E402
from .kb_position_subposition import KbPositionSubposition  # noqa: E402
from .kb_position_subtotal import KbPositionSubtotal  # noqa: E402
from .kb_position_text import KbPositionText  # noqa: E402

_POSITIONS_BY_TYPE = {
    "KbPositionArticle": KbPositionArticle,
    "KbPositionCustom": KbPositionCustom,
    "KbPositionDiscount": KbPositionDiscount,
    "KbPositionPagebreak": KbPositionPagebreak,
    "KbPositionSubposition": KbPositionSubposition,
    "KbPositionSubtotal": KbPositionSubtotal,
    "KbPositionText": KbPositionText,
}
_FIELDS = (
    Field("id", "id", True, INT),
    Field("document_nr", "document_nr", True, STR),
    Field("title", "title", True, Nullable(STR)),
    Field("contact_id", "contact_id", True, Nullable(INT)),
    Field("contact_sub_id", "contact_sub_id", True, Nullable(INT)),
    Field("user_id", "user_id", True, INT),
    Field("project_id", "project_id", True, Nullable(INT)),
    Field("logopaper_id", "logopaper_id", True, INT),
    Field("language_id", "language_id", True, INT),
    Field("bank_account_id", "bank_account_id", True, INT),
    Field("currency_id", "currency_id", True, INT),
    Field("payment_type_id", "payment_type_id", True, INT),
    Field("header", "header", True, STR),
    Field("footer", "footer", True, STR),
    Field("total_gross", "total_gross", True, STR),
    Field("total_net", "total_net", True, STR),
    Field("total_taxes", "total_taxes", True, STR),
    Field("total", "total", True, STR),
    Field(
        "total_rounding_difference",
        "total_rounding_difference",
        True,
        OneOf(
            (
                NUMBER,
                STR,
            )
        ),
    ),
    Field("mwst_type", "mwst_type", True, Enum(QUOTE_MWST_TYPE_VALUES)),
    Field("mwst_is_net", "mwst_is_net", True, BOOL),
    Field("show_position_taxes", "show_position_taxes", True, BOOL),
    Field("is_valid_from", "is_valid_from", True, DATE),
    Field("is_valid_until", "is_valid_until", True, DATE),
    Field("contact_address", "contact_address", True, STR),
    Field("delivery_address_type", "delivery_address_type", True, Enum(QUOTE_DELIVERY_ADDRESS_TYPE_VALUES)),
    Field("delivery_address", "delivery_address", True, STR),
    Field("kb_item_status_id", "kb_item_status_id", True, INT),
    Field("api_reference", "api_reference", True, Nullable(STR)),
    Field("viewed_by_client_at", "viewed_by_client_at", True, Nullable(STR)),
    Field("kb_terms_of_payment_template_id", "kb_terms_of_payment_template_id", True, Nullable(INT)),
    Field("show_total", "show_total", True, BOOL),
    Field("updated_at", "updated_at", True, STR),
    Field("template_slug", "template_slug", True, Nullable(STR)),
    Field("taxs", "taxs", True, ListOf(Model(KbDocumentTax))),
    Field("network_link", "network_link", True, STR),
    Field(
        "positions",
        "positions",
        False,
        ListOf(
            OneOf(
                (
                    Model(KbPositionCustom),
                    Model(KbPositionArticle),
                    Model(KbPositionText),
                    Model(KbPositionSubtotal),
                    Model(KbPositionPagebreak),
                    Model(KbPositionDiscount),
                    Model(KbPositionSubposition),
                ),
                "type",
                {
                    "KbPositionArticle": Model(KbPositionArticle),
                    "KbPositionCustom": Model(KbPositionCustom),
                    "KbPositionDiscount": Model(KbPositionDiscount),
                    "KbPositionPagebreak": Model(KbPositionPagebreak),
                    "KbPositionSubposition": Model(KbPositionSubposition),
                    "KbPositionSubtotal": Model(KbPositionSubtotal),
                    "KbPositionText": Model(KbPositionText),
                },
            )
        ),
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "document_nr",
        "title",
        "contact_id",
        "contact_sub_id",
        "user_id",
        "project_id",
        "logopaper_id",
        "language_id",
        "bank_account_id",
        "currency_id",
        "payment_type_id",
        "header",
        "footer",
        "total_gross",
        "total_net",
        "total_taxes",
        "total",
        "total_rounding_difference",
        "mwst_type",
        "mwst_is_net",
        "show_position_taxes",
        "is_valid_from",
        "is_valid_until",
        "contact_address",
        "delivery_address_type",
        "delivery_address",
        "kb_item_status_id",
        "api_reference",
        "viewed_by_client_at",
        "kb_terms_of_payment_template_id",
        "show_total",
        "updated_at",
        "template_slug",
        "taxs",
        "network_link",
        "positions",
    }
)
