"""The sections of the reference as attributes of `Bexio` (`Resources`) and `AsyncBexio` (`AsyncResources`).

Each section is imported on first use, so that `import bexio_client` stays fast.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .absences import AbsencesResource, AsyncAbsencesResource
    from .account_groups import AccountGroupsResource, AsyncAccountGroupsResource
    from .accounts import AccountsResource, AsyncAccountsResource
    from .additional_addresses import AdditionalAddressesResource, AsyncAdditionalAddressesResource
    from .bank_accounts import AsyncBankAccountsResource, BankAccountsResource
    from .bills import AsyncBillsResource, BillsResource
    from .business_activities import AsyncBusinessActivitiesResource, BusinessActivitiesResource
    from .business_years import AsyncBusinessYearsResource, BusinessYearsResource
    from .calendar_years import AsyncCalendarYearsResource, CalendarYearsResource
    from .comments import AsyncCommentsResource, CommentsResource
    from .communication_types import AsyncCommunicationTypesResource, CommunicationTypesResource
    from .company_profile import AsyncCompanyProfileResource, CompanyProfileResource
    from .contact_groups import AsyncContactGroupsResource, ContactGroupsResource
    from .contact_relations import AsyncContactRelationsResource, ContactRelationsResource
    from .contact_sectors import AsyncContactSectorsResource, ContactSectorsResource
    from .contacts import AsyncContactsResource, ContactsResource
    from .countries import AsyncCountriesResource, CountriesResource
    from .currencies import AsyncCurrenciesResource, CurrenciesResource
    from .default_positions import AsyncDefaultPositionsResource, DefaultPositionsResource
    from .deliveries import AsyncDeliveriesResource, DeliveriesResource
    from .discount_positions import AsyncDiscountPositionsResource, DiscountPositionsResource
    from .document_settings import AsyncDocumentSettingsResource, DocumentSettingsResource
    from .document_templates import AsyncDocumentTemplatesResource, DocumentTemplatesResource
    from .documents import AsyncDocumentsResource, DocumentsResource
    from .employees import AsyncEmployeesResource, EmployeesResource
    from .expenses import AsyncExpensesResource, ExpensesResource
    from .files import AsyncFilesResource, FilesResource
    from .invoices import AsyncInvoicesResource, InvoicesResource
    from .item_positions import AsyncItemPositionsResource, ItemPositionsResource
    from .items import AsyncItemsResource, ItemsResource
    from .languages import AsyncLanguagesResource, LanguagesResource
    from .manual_entries import AsyncManualEntriesResource, ManualEntriesResource
    from .notes import AsyncNotesResource, NotesResource
    from .orders import AsyncOrdersResource, OrdersResource
    from .outgoing_payment import AsyncOutgoingPaymentResource, OutgoingPaymentResource
    from .pagebreak_positions import AsyncPagebreakPositionsResource, PagebreakPositionsResource
    from .payment_types import AsyncPaymentTypesResource, PaymentTypesResource
    from .payments import AsyncPaymentsResource, PaymentsResource
    from .permissions import AsyncPermissionsResource, PermissionsResource
    from .projects import AsyncProjectsResource, ProjectsResource
    from .purchase_orders import AsyncPurchaseOrdersResource, PurchaseOrdersResource
    from .quotes import AsyncQuotesResource, QuotesResource
    from .reports import AsyncReportsResource, ReportsResource
    from .salutations import AsyncSalutationsResource, SalutationsResource
    from .stock_areas import AsyncStockAreasResource, StockAreasResource
    from .stock_locations import AsyncStockLocationsResource, StockLocationsResource
    from .sub_positions import AsyncSubPositionsResource, SubPositionsResource
    from .subtotal_positions import AsyncSubtotalPositionsResource, SubtotalPositionsResource
    from .tasks import AsyncTasksResource, TasksResource
    from .taxes import AsyncTaxesResource, TaxesResource
    from .text_positions import AsyncTextPositionsResource, TextPositionsResource
    from .timesheets import AsyncTimesheetsResource, TimesheetsResource
    from .titles import AsyncTitlesResource, TitlesResource
    from .units import AsyncUnitsResource, UnitsResource
    from .user_management import AsyncUserManagementResource, UserManagementResource
    from .vat_periods import AsyncVatPeriodsResource, VatPeriodsResource


class Resources:
    """One attribute per section: `bexio.contacts`, `bexio.invoices`, …"""

    _runner: Any

    @cached_property
    def contacts(self) -> ContactsResource:
        from .contacts import ContactsResource

        return ContactsResource(self._runner)

    @cached_property
    def contact_relations(self) -> ContactRelationsResource:
        from .contact_relations import ContactRelationsResource

        return ContactRelationsResource(self._runner)

    @cached_property
    def contact_groups(self) -> ContactGroupsResource:
        from .contact_groups import ContactGroupsResource

        return ContactGroupsResource(self._runner)

    @cached_property
    def contact_sectors(self) -> ContactSectorsResource:
        from .contact_sectors import ContactSectorsResource

        return ContactSectorsResource(self._runner)

    @cached_property
    def additional_addresses(self) -> AdditionalAddressesResource:
        from .additional_addresses import AdditionalAddressesResource

        return AdditionalAddressesResource(self._runner)

    @cached_property
    def salutations(self) -> SalutationsResource:
        from .salutations import SalutationsResource

        return SalutationsResource(self._runner)

    @cached_property
    def titles(self) -> TitlesResource:
        from .titles import TitlesResource

        return TitlesResource(self._runner)

    @cached_property
    def quotes(self) -> QuotesResource:
        from .quotes import QuotesResource

        return QuotesResource(self._runner)

    @cached_property
    def orders(self) -> OrdersResource:
        from .orders import OrdersResource

        return OrdersResource(self._runner)

    @cached_property
    def deliveries(self) -> DeliveriesResource:
        from .deliveries import DeliveriesResource

        return DeliveriesResource(self._runner)

    @cached_property
    def invoices(self) -> InvoicesResource:
        from .invoices import InvoicesResource

        return InvoicesResource(self._runner)

    @cached_property
    def document_settings(self) -> DocumentSettingsResource:
        from .document_settings import DocumentSettingsResource

        return DocumentSettingsResource(self._runner)

    @cached_property
    def comments(self) -> CommentsResource:
        from .comments import CommentsResource

        return CommentsResource(self._runner)

    @cached_property
    def default_positions(self) -> DefaultPositionsResource:
        from .default_positions import DefaultPositionsResource

        return DefaultPositionsResource(self._runner)

    @cached_property
    def item_positions(self) -> ItemPositionsResource:
        from .item_positions import ItemPositionsResource

        return ItemPositionsResource(self._runner)

    @cached_property
    def text_positions(self) -> TextPositionsResource:
        from .text_positions import TextPositionsResource

        return TextPositionsResource(self._runner)

    @cached_property
    def subtotal_positions(self) -> SubtotalPositionsResource:
        from .subtotal_positions import SubtotalPositionsResource

        return SubtotalPositionsResource(self._runner)

    @cached_property
    def discount_positions(self) -> DiscountPositionsResource:
        from .discount_positions import DiscountPositionsResource

        return DiscountPositionsResource(self._runner)

    @cached_property
    def pagebreak_positions(self) -> PagebreakPositionsResource:
        from .pagebreak_positions import PagebreakPositionsResource

        return PagebreakPositionsResource(self._runner)

    @cached_property
    def sub_positions(self) -> SubPositionsResource:
        from .sub_positions import SubPositionsResource

        return SubPositionsResource(self._runner)

    @cached_property
    def document_templates(self) -> DocumentTemplatesResource:
        from .document_templates import DocumentTemplatesResource

        return DocumentTemplatesResource(self._runner)

    @cached_property
    def bills(self) -> BillsResource:
        from .bills import BillsResource

        return BillsResource(self._runner)

    @cached_property
    def expenses(self) -> ExpensesResource:
        from .expenses import ExpensesResource

        return ExpensesResource(self._runner)

    @cached_property
    def purchase_orders(self) -> PurchaseOrdersResource:
        from .purchase_orders import PurchaseOrdersResource

        return PurchaseOrdersResource(self._runner)

    @cached_property
    def outgoing_payment(self) -> OutgoingPaymentResource:
        from .outgoing_payment import OutgoingPaymentResource

        return OutgoingPaymentResource(self._runner)

    @cached_property
    def accounts(self) -> AccountsResource:
        from .accounts import AccountsResource

        return AccountsResource(self._runner)

    @cached_property
    def account_groups(self) -> AccountGroupsResource:
        from .account_groups import AccountGroupsResource

        return AccountGroupsResource(self._runner)

    @cached_property
    def calendar_years(self) -> CalendarYearsResource:
        from .calendar_years import CalendarYearsResource

        return CalendarYearsResource(self._runner)

    @cached_property
    def business_years(self) -> BusinessYearsResource:
        from .business_years import BusinessYearsResource

        return BusinessYearsResource(self._runner)

    @cached_property
    def currencies(self) -> CurrenciesResource:
        from .currencies import CurrenciesResource

        return CurrenciesResource(self._runner)

    @cached_property
    def manual_entries(self) -> ManualEntriesResource:
        from .manual_entries import ManualEntriesResource

        return ManualEntriesResource(self._runner)

    @cached_property
    def reports(self) -> ReportsResource:
        from .reports import ReportsResource

        return ReportsResource(self._runner)

    @cached_property
    def taxes(self) -> TaxesResource:
        from .taxes import TaxesResource

        return TaxesResource(self._runner)

    @cached_property
    def vat_periods(self) -> VatPeriodsResource:
        from .vat_periods import VatPeriodsResource

        return VatPeriodsResource(self._runner)

    @cached_property
    def bank_accounts(self) -> BankAccountsResource:
        from .bank_accounts import BankAccountsResource

        return BankAccountsResource(self._runner)

    @cached_property
    def payments(self) -> PaymentsResource:
        from .payments import PaymentsResource

        return PaymentsResource(self._runner)

    @cached_property
    def items(self) -> ItemsResource:
        from .items import ItemsResource

        return ItemsResource(self._runner)

    @cached_property
    def stock_locations(self) -> StockLocationsResource:
        from .stock_locations import StockLocationsResource

        return StockLocationsResource(self._runner)

    @cached_property
    def stock_areas(self) -> StockAreasResource:
        from .stock_areas import StockAreasResource

        return StockAreasResource(self._runner)

    @cached_property
    def projects(self) -> ProjectsResource:
        from .projects import ProjectsResource

        return ProjectsResource(self._runner)

    @cached_property
    def timesheets(self) -> TimesheetsResource:
        from .timesheets import TimesheetsResource

        return TimesheetsResource(self._runner)

    @cached_property
    def business_activities(self) -> BusinessActivitiesResource:
        from .business_activities import BusinessActivitiesResource

        return BusinessActivitiesResource(self._runner)

    @cached_property
    def communication_types(self) -> CommunicationTypesResource:
        from .communication_types import CommunicationTypesResource

        return CommunicationTypesResource(self._runner)

    @cached_property
    def files(self) -> FilesResource:
        from .files import FilesResource

        return FilesResource(self._runner)

    @cached_property
    def company_profile(self) -> CompanyProfileResource:
        from .company_profile import CompanyProfileResource

        return CompanyProfileResource(self._runner)

    @cached_property
    def countries(self) -> CountriesResource:
        from .countries import CountriesResource

        return CountriesResource(self._runner)

    @cached_property
    def languages(self) -> LanguagesResource:
        from .languages import LanguagesResource

        return LanguagesResource(self._runner)

    @cached_property
    def notes(self) -> NotesResource:
        from .notes import NotesResource

        return NotesResource(self._runner)

    @cached_property
    def payment_types(self) -> PaymentTypesResource:
        from .payment_types import PaymentTypesResource

        return PaymentTypesResource(self._runner)

    @cached_property
    def permissions(self) -> PermissionsResource:
        from .permissions import PermissionsResource

        return PermissionsResource(self._runner)

    @cached_property
    def tasks(self) -> TasksResource:
        from .tasks import TasksResource

        return TasksResource(self._runner)

    @cached_property
    def units(self) -> UnitsResource:
        from .units import UnitsResource

        return UnitsResource(self._runner)

    @cached_property
    def user_management(self) -> UserManagementResource:
        from .user_management import UserManagementResource

        return UserManagementResource(self._runner)

    @cached_property
    def employees(self) -> EmployeesResource:
        from .employees import EmployeesResource

        return EmployeesResource(self._runner)

    @cached_property
    def absences(self) -> AbsencesResource:
        from .absences import AbsencesResource

        return AbsencesResource(self._runner)

    @cached_property
    def documents(self) -> DocumentsResource:
        from .documents import DocumentsResource

        return DocumentsResource(self._runner)


class AsyncResources:
    """One attribute per section: `bexio.contacts`, `bexio.invoices`, …"""

    _runner: Any

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        from .contacts import AsyncContactsResource

        return AsyncContactsResource(self._runner)

    @cached_property
    def contact_relations(self) -> AsyncContactRelationsResource:
        from .contact_relations import AsyncContactRelationsResource

        return AsyncContactRelationsResource(self._runner)

    @cached_property
    def contact_groups(self) -> AsyncContactGroupsResource:
        from .contact_groups import AsyncContactGroupsResource

        return AsyncContactGroupsResource(self._runner)

    @cached_property
    def contact_sectors(self) -> AsyncContactSectorsResource:
        from .contact_sectors import AsyncContactSectorsResource

        return AsyncContactSectorsResource(self._runner)

    @cached_property
    def additional_addresses(self) -> AsyncAdditionalAddressesResource:
        from .additional_addresses import AsyncAdditionalAddressesResource

        return AsyncAdditionalAddressesResource(self._runner)

    @cached_property
    def salutations(self) -> AsyncSalutationsResource:
        from .salutations import AsyncSalutationsResource

        return AsyncSalutationsResource(self._runner)

    @cached_property
    def titles(self) -> AsyncTitlesResource:
        from .titles import AsyncTitlesResource

        return AsyncTitlesResource(self._runner)

    @cached_property
    def quotes(self) -> AsyncQuotesResource:
        from .quotes import AsyncQuotesResource

        return AsyncQuotesResource(self._runner)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        from .orders import AsyncOrdersResource

        return AsyncOrdersResource(self._runner)

    @cached_property
    def deliveries(self) -> AsyncDeliveriesResource:
        from .deliveries import AsyncDeliveriesResource

        return AsyncDeliveriesResource(self._runner)

    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        from .invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self._runner)

    @cached_property
    def document_settings(self) -> AsyncDocumentSettingsResource:
        from .document_settings import AsyncDocumentSettingsResource

        return AsyncDocumentSettingsResource(self._runner)

    @cached_property
    def comments(self) -> AsyncCommentsResource:
        from .comments import AsyncCommentsResource

        return AsyncCommentsResource(self._runner)

    @cached_property
    def default_positions(self) -> AsyncDefaultPositionsResource:
        from .default_positions import AsyncDefaultPositionsResource

        return AsyncDefaultPositionsResource(self._runner)

    @cached_property
    def item_positions(self) -> AsyncItemPositionsResource:
        from .item_positions import AsyncItemPositionsResource

        return AsyncItemPositionsResource(self._runner)

    @cached_property
    def text_positions(self) -> AsyncTextPositionsResource:
        from .text_positions import AsyncTextPositionsResource

        return AsyncTextPositionsResource(self._runner)

    @cached_property
    def subtotal_positions(self) -> AsyncSubtotalPositionsResource:
        from .subtotal_positions import AsyncSubtotalPositionsResource

        return AsyncSubtotalPositionsResource(self._runner)

    @cached_property
    def discount_positions(self) -> AsyncDiscountPositionsResource:
        from .discount_positions import AsyncDiscountPositionsResource

        return AsyncDiscountPositionsResource(self._runner)

    @cached_property
    def pagebreak_positions(self) -> AsyncPagebreakPositionsResource:
        from .pagebreak_positions import AsyncPagebreakPositionsResource

        return AsyncPagebreakPositionsResource(self._runner)

    @cached_property
    def sub_positions(self) -> AsyncSubPositionsResource:
        from .sub_positions import AsyncSubPositionsResource

        return AsyncSubPositionsResource(self._runner)

    @cached_property
    def document_templates(self) -> AsyncDocumentTemplatesResource:
        from .document_templates import AsyncDocumentTemplatesResource

        return AsyncDocumentTemplatesResource(self._runner)

    @cached_property
    def bills(self) -> AsyncBillsResource:
        from .bills import AsyncBillsResource

        return AsyncBillsResource(self._runner)

    @cached_property
    def expenses(self) -> AsyncExpensesResource:
        from .expenses import AsyncExpensesResource

        return AsyncExpensesResource(self._runner)

    @cached_property
    def purchase_orders(self) -> AsyncPurchaseOrdersResource:
        from .purchase_orders import AsyncPurchaseOrdersResource

        return AsyncPurchaseOrdersResource(self._runner)

    @cached_property
    def outgoing_payment(self) -> AsyncOutgoingPaymentResource:
        from .outgoing_payment import AsyncOutgoingPaymentResource

        return AsyncOutgoingPaymentResource(self._runner)

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        from .accounts import AsyncAccountsResource

        return AsyncAccountsResource(self._runner)

    @cached_property
    def account_groups(self) -> AsyncAccountGroupsResource:
        from .account_groups import AsyncAccountGroupsResource

        return AsyncAccountGroupsResource(self._runner)

    @cached_property
    def calendar_years(self) -> AsyncCalendarYearsResource:
        from .calendar_years import AsyncCalendarYearsResource

        return AsyncCalendarYearsResource(self._runner)

    @cached_property
    def business_years(self) -> AsyncBusinessYearsResource:
        from .business_years import AsyncBusinessYearsResource

        return AsyncBusinessYearsResource(self._runner)

    @cached_property
    def currencies(self) -> AsyncCurrenciesResource:
        from .currencies import AsyncCurrenciesResource

        return AsyncCurrenciesResource(self._runner)

    @cached_property
    def manual_entries(self) -> AsyncManualEntriesResource:
        from .manual_entries import AsyncManualEntriesResource

        return AsyncManualEntriesResource(self._runner)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        from .reports import AsyncReportsResource

        return AsyncReportsResource(self._runner)

    @cached_property
    def taxes(self) -> AsyncTaxesResource:
        from .taxes import AsyncTaxesResource

        return AsyncTaxesResource(self._runner)

    @cached_property
    def vat_periods(self) -> AsyncVatPeriodsResource:
        from .vat_periods import AsyncVatPeriodsResource

        return AsyncVatPeriodsResource(self._runner)

    @cached_property
    def bank_accounts(self) -> AsyncBankAccountsResource:
        from .bank_accounts import AsyncBankAccountsResource

        return AsyncBankAccountsResource(self._runner)

    @cached_property
    def payments(self) -> AsyncPaymentsResource:
        from .payments import AsyncPaymentsResource

        return AsyncPaymentsResource(self._runner)

    @cached_property
    def items(self) -> AsyncItemsResource:
        from .items import AsyncItemsResource

        return AsyncItemsResource(self._runner)

    @cached_property
    def stock_locations(self) -> AsyncStockLocationsResource:
        from .stock_locations import AsyncStockLocationsResource

        return AsyncStockLocationsResource(self._runner)

    @cached_property
    def stock_areas(self) -> AsyncStockAreasResource:
        from .stock_areas import AsyncStockAreasResource

        return AsyncStockAreasResource(self._runner)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .projects import AsyncProjectsResource

        return AsyncProjectsResource(self._runner)

    @cached_property
    def timesheets(self) -> AsyncTimesheetsResource:
        from .timesheets import AsyncTimesheetsResource

        return AsyncTimesheetsResource(self._runner)

    @cached_property
    def business_activities(self) -> AsyncBusinessActivitiesResource:
        from .business_activities import AsyncBusinessActivitiesResource

        return AsyncBusinessActivitiesResource(self._runner)

    @cached_property
    def communication_types(self) -> AsyncCommunicationTypesResource:
        from .communication_types import AsyncCommunicationTypesResource

        return AsyncCommunicationTypesResource(self._runner)

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .files import AsyncFilesResource

        return AsyncFilesResource(self._runner)

    @cached_property
    def company_profile(self) -> AsyncCompanyProfileResource:
        from .company_profile import AsyncCompanyProfileResource

        return AsyncCompanyProfileResource(self._runner)

    @cached_property
    def countries(self) -> AsyncCountriesResource:
        from .countries import AsyncCountriesResource

        return AsyncCountriesResource(self._runner)

    @cached_property
    def languages(self) -> AsyncLanguagesResource:
        from .languages import AsyncLanguagesResource

        return AsyncLanguagesResource(self._runner)

    @cached_property
    def notes(self) -> AsyncNotesResource:
        from .notes import AsyncNotesResource

        return AsyncNotesResource(self._runner)

    @cached_property
    def payment_types(self) -> AsyncPaymentTypesResource:
        from .payment_types import AsyncPaymentTypesResource

        return AsyncPaymentTypesResource(self._runner)

    @cached_property
    def permissions(self) -> AsyncPermissionsResource:
        from .permissions import AsyncPermissionsResource

        return AsyncPermissionsResource(self._runner)

    @cached_property
    def tasks(self) -> AsyncTasksResource:
        from .tasks import AsyncTasksResource

        return AsyncTasksResource(self._runner)

    @cached_property
    def units(self) -> AsyncUnitsResource:
        from .units import AsyncUnitsResource

        return AsyncUnitsResource(self._runner)

    @cached_property
    def user_management(self) -> AsyncUserManagementResource:
        from .user_management import AsyncUserManagementResource

        return AsyncUserManagementResource(self._runner)

    @cached_property
    def employees(self) -> AsyncEmployeesResource:
        from .employees import AsyncEmployeesResource

        return AsyncEmployeesResource(self._runner)

    @cached_property
    def absences(self) -> AsyncAbsencesResource:
        from .absences import AsyncAbsencesResource

        return AsyncAbsencesResource(self._runner)

    @cached_property
    def documents(self) -> AsyncDocumentsResource:
        from .documents import AsyncDocumentsResource

        return AsyncDocumentsResource(self._runner)
