from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_delivery_address_type import DeliveryDeliveryAddressType, check_delivery_delivery_address_type
from ..models.delivery_mwst_type import DeliveryMwstType, check_delivery_mwst_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kb_document_tax import KbDocumentTax
    from ..models.kb_position_article import KbPositionArticle
    from ..models.kb_position_custom import KbPositionCustom
    from ..models.kb_position_discount import KbPositionDiscount
    from ..models.kb_position_pagebreak import KbPositionPagebreak
    from ..models.kb_position_subposition import KbPositionSubposition
    from ..models.kb_position_subtotal import KbPositionSubtotal
    from ..models.kb_position_text import KbPositionText


T = TypeVar("T", bound="Delivery")


@_attrs_define
class Delivery:
    """A delivery as bexio returns it (fields read from the response samples). Money totals are decimal numbers as strings
    ("19.150000"), except `total_rounding_difference`, a JSON number.

    """

    id: int
    document_nr: None | str
    title: None | str
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    user_id: int | None
    """ References a user object """
    logopaper_id: int | None
    """ Deprecated in favour of `template_slug` (changelog 2020-09-21). """
    language_id: int | None
    """ References a language object """
    bank_account_id: int | None
    """ References a bank account object """
    currency_id: int | None
    """ References a currency object """
    header: None | str
    footer: None | str
    total_gross: None | str
    """ Gross total, a decimal number as a string ("17.800000"). """
    total_net: None | str
    """ Net total, a decimal number as a string ("17.800000"). """
    total_taxes: None | str
    """ Sum of the taxes, a decimal number as a string ("1.3706"). """
    total: None | str
    """ Total, a decimal number as a string ("19.150000"). """
    total_rounding_difference: float | None | str
    """ Rounding difference of the total, a JSON number (-0.02), unlike the other totals. """
    mwst_type: DeliveryMwstType
    """ Taxes: 0 = including taxes, 1 = excluding taxes, 2 = exempt from taxes. """
    mwst_is_net: bool
    """ This value affects the total if the field mwst_type has been set to 0. false = Taxes are included in the
    total; true = Taxes will be added to the total. """
    is_valid_from: datetime.date | None
    contact_address: None | str
    """ The address of the contact the document is made out to. """
    delivery_address_type: DeliveryDeliveryAddressType
    """ 0 = use invoice address, 1 = use custom address. """
    delivery_address: None | str
    """ The delivery address. """
    kb_item_status_id: int | None
    """ The status of the document. """
    api_reference: None | str
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    viewed_by_client_at: None | str
    updated_at: None | str
    """ Time of the last change, `YYYY-MM-DD HH:MM:SS` """
    taxs: list[KbDocumentTax]
    """ The taxes of the document, one entry per tax rate. """
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
    """ The positions of the document. bexio's published spec returns them on the detailed form of a document, so
    they may be absent from list items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kb_position_article import KbPositionArticle  # noqa: PLC0415
        from ..models.kb_position_custom import KbPositionCustom  # noqa: PLC0415
        from ..models.kb_position_discount import KbPositionDiscount  # noqa: PLC0415
        from ..models.kb_position_pagebreak import KbPositionPagebreak  # noqa: PLC0415
        from ..models.kb_position_subtotal import KbPositionSubtotal  # noqa: PLC0415
        from ..models.kb_position_text import KbPositionText  # noqa: PLC0415

        id = self.id

        document_nr: None | str
        document_nr = self.document_nr

        title: None | str
        title = self.title

        contact_id: int | None
        contact_id = self.contact_id

        contact_sub_id: int | None
        contact_sub_id = self.contact_sub_id

        user_id: int | None
        user_id = self.user_id

        logopaper_id: int | None
        logopaper_id = self.logopaper_id

        language_id: int | None
        language_id = self.language_id

        bank_account_id: int | None
        bank_account_id = self.bank_account_id

        currency_id: int | None
        currency_id = self.currency_id

        header: None | str
        header = self.header

        footer: None | str
        footer = self.footer

        total_gross: None | str
        total_gross = self.total_gross

        total_net: None | str
        total_net = self.total_net

        total_taxes: None | str
        total_taxes = self.total_taxes

        total: None | str
        total = self.total

        total_rounding_difference: float | None | str
        total_rounding_difference = self.total_rounding_difference

        mwst_type: int = self.mwst_type

        mwst_is_net = self.mwst_is_net

        is_valid_from: None | str
        if isinstance(self.is_valid_from, datetime.date):
            is_valid_from = self.is_valid_from.isoformat()
        else:
            is_valid_from = self.is_valid_from

        contact_address: None | str
        contact_address = self.contact_address

        delivery_address_type: int = self.delivery_address_type

        delivery_address: None | str
        delivery_address = self.delivery_address

        kb_item_status_id: int | None
        kb_item_status_id = self.kb_item_status_id

        api_reference: None | str
        api_reference = self.api_reference

        viewed_by_client_at: None | str
        viewed_by_client_at = self.viewed_by_client_at

        updated_at: None | str
        updated_at = self.updated_at

        taxs = []
        for taxs_item_data in self.taxs:
            taxs_item = taxs_item_data.to_dict()
            taxs.append(taxs_item)

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item: dict[str, Any]
                if isinstance(positions_item_data, KbPositionCustom):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionArticle):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionText):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionSubtotal):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionPagebreak):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionDiscount):
                    positions_item = positions_item_data.to_dict()
                else:
                    positions_item = positions_item_data.to_dict()

                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_nr": document_nr,
                "title": title,
                "contact_id": contact_id,
                "contact_sub_id": contact_sub_id,
                "user_id": user_id,
                "logopaper_id": logopaper_id,
                "language_id": language_id,
                "bank_account_id": bank_account_id,
                "currency_id": currency_id,
                "header": header,
                "footer": footer,
                "total_gross": total_gross,
                "total_net": total_net,
                "total_taxes": total_taxes,
                "total": total,
                "total_rounding_difference": total_rounding_difference,
                "mwst_type": mwst_type,
                "mwst_is_net": mwst_is_net,
                "is_valid_from": is_valid_from,
                "contact_address": contact_address,
                "delivery_address_type": delivery_address_type,
                "delivery_address": delivery_address,
                "kb_item_status_id": kb_item_status_id,
                "api_reference": api_reference,
                "viewed_by_client_at": viewed_by_client_at,
                "updated_at": updated_at,
                "taxs": taxs,
            }
        )
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kb_document_tax import KbDocumentTax  # noqa: PLC0415
        from ..models.kb_position_article import KbPositionArticle  # noqa: PLC0415
        from ..models.kb_position_custom import KbPositionCustom  # noqa: PLC0415
        from ..models.kb_position_discount import KbPositionDiscount  # noqa: PLC0415
        from ..models.kb_position_pagebreak import KbPositionPagebreak  # noqa: PLC0415
        from ..models.kb_position_subposition import KbPositionSubposition  # noqa: PLC0415
        from ..models.kb_position_subtotal import KbPositionSubtotal  # noqa: PLC0415
        from ..models.kb_position_text import KbPositionText  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_document_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        document_nr = _parse_document_nr(d.pop("document_nr"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        title = _parse_title(d.pop("title"))

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_contact_sub_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_sub_id = _parse_contact_sub_id(d.pop("contact_sub_id"))

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_logopaper_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        logopaper_id = _parse_logopaper_id(d.pop("logopaper_id"))

        def _parse_language_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        language_id = _parse_language_id(d.pop("language_id"))

        def _parse_bank_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        bank_account_id = _parse_bank_account_id(d.pop("bank_account_id"))

        def _parse_currency_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        currency_id = _parse_currency_id(d.pop("currency_id"))

        def _parse_header(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        header = _parse_header(d.pop("header"))

        def _parse_footer(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        footer = _parse_footer(d.pop("footer"))

        def _parse_total_gross(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        total_gross = _parse_total_gross(d.pop("total_gross"))

        def _parse_total_net(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        total_net = _parse_total_net(d.pop("total_net"))

        def _parse_total_taxes(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        total_taxes = _parse_total_taxes(d.pop("total_taxes"))

        def _parse_total(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        total = _parse_total(d.pop("total"))

        def _parse_total_rounding_difference(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        total_rounding_difference = _parse_total_rounding_difference(d.pop("total_rounding_difference"))

        mwst_type = check_delivery_mwst_type(d.pop("mwst_type"))

        mwst_is_net = d.pop("mwst_is_net")

        def _parse_is_valid_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_valid_from_type_0 = datetime.date.fromisoformat(data)

                return is_valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        is_valid_from = _parse_is_valid_from(d.pop("is_valid_from"))

        def _parse_contact_address(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        contact_address = _parse_contact_address(d.pop("contact_address"))

        delivery_address_type = check_delivery_delivery_address_type(d.pop("delivery_address_type"))

        def _parse_delivery_address(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        delivery_address = _parse_delivery_address(d.pop("delivery_address"))

        def _parse_kb_item_status_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        kb_item_status_id = _parse_kb_item_status_id(d.pop("kb_item_status_id"))

        def _parse_api_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        api_reference = _parse_api_reference(d.pop("api_reference"))

        def _parse_viewed_by_client_at(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        viewed_by_client_at = _parse_viewed_by_client_at(d.pop("viewed_by_client_at"))

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        taxs = []
        _taxs = d.pop("taxs")
        for taxs_item_data in _taxs:
            taxs_item = KbDocumentTax.from_dict(taxs_item_data)

            taxs.append(taxs_item)

        _positions = d.pop("positions", UNSET)
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
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:

                def _parse_positions_item(
                    data: object,
                ) -> (
                    KbPositionArticle
                    | KbPositionCustom
                    | KbPositionDiscount
                    | KbPositionPagebreak
                    | KbPositionSubposition
                    | KbPositionSubtotal
                    | KbPositionText
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_0 = KbPositionCustom.from_dict(data)

                        return componentsschemas_kb_position_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_1 = KbPositionArticle.from_dict(data)

                        return componentsschemas_kb_position_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_2 = KbPositionText.from_dict(data)

                        return componentsschemas_kb_position_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_3 = KbPositionSubtotal.from_dict(data)

                        return componentsschemas_kb_position_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_4 = KbPositionPagebreak.from_dict(data)

                        return componentsschemas_kb_position_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_5 = KbPositionDiscount.from_dict(data)

                        return componentsschemas_kb_position_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kb_position_type_6 = KbPositionSubposition.from_dict(data)

                    return componentsschemas_kb_position_type_6

                positions_item = _parse_positions_item(positions_item_data)

                positions.append(positions_item)

        delivery = cls(
            id=id,
            document_nr=document_nr,
            title=title,
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            user_id=user_id,
            logopaper_id=logopaper_id,
            language_id=language_id,
            bank_account_id=bank_account_id,
            currency_id=currency_id,
            header=header,
            footer=footer,
            total_gross=total_gross,
            total_net=total_net,
            total_taxes=total_taxes,
            total=total,
            total_rounding_difference=total_rounding_difference,
            mwst_type=mwst_type,
            mwst_is_net=mwst_is_net,
            is_valid_from=is_valid_from,
            contact_address=contact_address,
            delivery_address_type=delivery_address_type,
            delivery_address=delivery_address,
            kb_item_status_id=kb_item_status_id,
            api_reference=api_reference,
            viewed_by_client_at=viewed_by_client_at,
            updated_at=updated_at,
            taxs=taxs,
            positions=positions,
        )

        delivery.additional_properties = d
        return delivery

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
