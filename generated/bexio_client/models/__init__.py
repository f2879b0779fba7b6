"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_group import AccountGroup
from .account_search_criterion import AccountSearchCriterion
from .account_search_criterion_field import AccountSearchCriterionField
from .additional_address import AdditionalAddress
from .additional_address_create import AdditionalAddressCreate
from .additional_address_search_criterion import AdditionalAddressSearchCriterion
from .additional_address_search_criterion_field import AdditionalAddressSearchCriterionField
from .bank_account import BankAccount
from .bank_payment import BankPayment
from .bank_payment_allowance_type import BankPaymentAllowanceType
from .bank_payment_amount import BankPaymentAmount
from .bank_payment_bank_account import BankPaymentBankAccount
from .bank_payment_details import BankPaymentDetails
from .bank_payment_recipient import BankPaymentRecipient
from .bank_payment_status import BankPaymentStatus
from .bill import Bill
from .bill_action import BillAction
from .bill_action_action import BillActionAction
from .bill_create import BillCreate
from .bill_discount import BillDiscount
from .bill_discount_create import BillDiscountCreate
from .bill_discount_edit import BillDiscountEdit
from .bill_edit import BillEdit
from .bill_line_item import BillLineItem
from .bill_line_item_create import BillLineItemCreate
from .bill_line_item_edit import BillLineItemEdit
from .bill_list_item import BillListItem
from .bill_page import BillPage
from .bill_payment import BillPayment
from .bill_payment_create import BillPaymentCreate
from .bill_payment_create_fee import BillPaymentCreateFee
from .bill_payment_create_type import BillPaymentCreateType
from .bill_payment_fee import BillPaymentFee
from .bill_payment_type import BillPaymentType
from .bill_status import BillStatus
from .business_activity import BusinessActivity
from .business_activity_create import BusinessActivityCreate
from .business_activity_search_criterion import BusinessActivitySearchCriterion
from .business_activity_search_criterion_field import BusinessActivitySearchCriterionField
from .business_year import BusinessYear
from .calendar_year import CalendarYear
from .calendar_year_create import CalendarYearCreate
from .calendar_year_search_criteria import CalendarYearSearchCriteria
from .calendar_year_search_criterion import CalendarYearSearchCriterion
from .calendar_year_vat_accounting_method import CalendarYearVatAccountingMethod
from .calendar_year_vat_accounting_type import CalendarYearVatAccountingType
from .comment import Comment
from .comment_create import CommentCreate
from .communication_type import CommunicationType
from .communication_type_search_criterion import CommunicationTypeSearchCriterion
from .communication_type_search_criterion_field import CommunicationTypeSearchCriterionField
from .company_profile import CompanyProfile
from .contact import Contact
from .contact_create import ContactCreate
from .contact_group import ContactGroup
from .contact_group_create import ContactGroupCreate
from .contact_group_search_criterion import ContactGroupSearchCriterion
from .contact_group_search_criterion_field import ContactGroupSearchCriterionField
from .contact_relation import ContactRelation
from .contact_relation_create import ContactRelationCreate
from .contact_relation_search_criterion import ContactRelationSearchCriterion
from .contact_relation_search_criterion_field import ContactRelationSearchCriterionField
from .contact_search_criterion import ContactSearchCriterion
from .contact_search_criterion_field import ContactSearchCriterionField
from .contact_sector import ContactSector
from .contact_sector_search_criterion import ContactSectorSearchCriterion
from .contact_sector_search_criterion_field import ContactSectorSearchCriterionField
from .country import Country
from .country_create import CountryCreate
from .country_search_criterion import CountrySearchCriterion
from .country_search_criterion_field import CountrySearchCriterionField
from .currency import Currency
from .currency_create import CurrencyCreate
from .currency_edit import CurrencyEdit
from .currency_exchange_rate import CurrencyExchangeRate
from .default_position_create import DefaultPositionCreate
from .delivery import Delivery
from .delivery_delivery_address_type import DeliveryDeliveryAddressType
from .delivery_mwst_type import DeliveryMwstType
from .discount_position_create import DiscountPositionCreate
from .document_setting import DocumentSetting
from .document_template import DocumentTemplate
from .error import Error
from .expense import Expense
from .expense_action import ExpenseAction
from .expense_action_action import ExpenseActionAction
from .expense_create import ExpenseCreate
from .expense_edit import ExpenseEdit
from .expense_list_item import ExpenseListItem
from .expense_page import ExpensePage
from .expense_status import ExpenseStatus
from .fictional_user import FictionalUser
from .fictional_user_create import FictionalUserCreate
from .fictional_user_create_salutation_type import FictionalUserCreateSalutationType
from .fictional_user_salutation_type import FictionalUserSalutationType
from .file import File
from .file_edit import FileEdit
from .file_search_criteria import FileSearchCriteria
from .file_search_criterion import FileSearchCriterion
from .file_search_criterion_field import FileSearchCriterionField
from .file_source_type import FileSourceType
from .file_upload import FileUpload
from .file_usage import FileUsage
from .get_invoice_pdf_logopaper import GetInvoicePdfLogopaper
from .get_invoice_reminder_pdf_logopaper import GetInvoiceReminderPdfLogopaper
from .get_order_pdf_logopaper import GetOrderPdfLogopaper
from .get_quote_pdf_logopaper import GetQuotePdfLogopaper
from .iban_payment_create import IbanPaymentCreate
from .iban_payment_edit import IbanPaymentEdit
from .invoice import Invoice
from .invoice_copy import InvoiceCopy
from .invoice_create import InvoiceCreate
from .invoice_create_mwst_type import InvoiceCreateMwstType
from .invoice_edit import InvoiceEdit
from .invoice_edit_mwst_type import InvoiceEditMwstType
from .invoice_mwst_type import InvoiceMwstType
from .invoice_payment import InvoicePayment
from .invoice_payment_create import InvoicePaymentCreate
from .invoice_reminder import InvoiceReminder
from .invoice_reminder_search_criterion import InvoiceReminderSearchCriterion
from .invoice_reminder_search_criterion_field import InvoiceReminderSearchCriterionField
from .invoice_reminder_send import InvoiceReminderSend
from .invoice_search_criterion import InvoiceSearchCriterion
from .invoice_search_criterion_field import InvoiceSearchCriterionField
from .item import Item
from .item_create import ItemCreate
from .item_position_create import ItemPositionCreate
from .item_position_edit import ItemPositionEdit
from .item_search_criterion import ItemSearchCriterion
from .item_search_criterion_field import ItemSearchCriterionField
from .journal_booking import JournalBooking
from .kb_document_pdf import KbDocumentPdf
from .kb_document_position_selection import KbDocumentPositionSelection
from .kb_document_position_selection_item import KbDocumentPositionSelectionItem
from .kb_document_send import KbDocumentSend
from .kb_document_tax import KbDocumentTax
from .kb_document_type import KbDocumentType
from .kb_position_article import KbPositionArticle
from .kb_position_article_create import KbPositionArticleCreate
from .kb_position_article_create_type import KbPositionArticleCreateType
from .kb_position_article_type import KbPositionArticleType
from .kb_position_custom import KbPositionCustom
from .kb_position_custom_create import KbPositionCustomCreate
from .kb_position_custom_create_type import KbPositionCustomCreateType
from .kb_position_custom_type import KbPositionCustomType
from .kb_position_discount import KbPositionDiscount
from .kb_position_discount_create import KbPositionDiscountCreate
from .kb_position_discount_create_type import KbPositionDiscountCreateType
from .kb_position_discount_type import KbPositionDiscountType
from .kb_position_pagebreak import KbPositionPagebreak
from .kb_position_pagebreak_create import KbPositionPagebreakCreate
from .kb_position_pagebreak_create_type import KbPositionPagebreakCreateType
from .kb_position_pagebreak_type import KbPositionPagebreakType
from .kb_position_subposition import KbPositionSubposition
from .kb_position_subposition_type import KbPositionSubpositionType
from .kb_position_subtotal import KbPositionSubtotal
from .kb_position_subtotal_create import KbPositionSubtotalCreate
from .kb_position_subtotal_create_type import KbPositionSubtotalCreateType
from .kb_position_subtotal_type import KbPositionSubtotalType
from .kb_position_text import KbPositionText
from .kb_position_text_create import KbPositionTextCreate
from .kb_position_text_create_type import KbPositionTextCreateType
from .kb_position_text_type import KbPositionTextType
from .language import Language
from .language_search_criterion import LanguageSearchCriterion
from .language_search_criterion_field import LanguageSearchCriterionField
from .list_bills_fields_item import ListBillsFieldsItem
from .list_bills_status import ListBillsStatus
from .list_files_archived_state import ListFilesArchivedState
from .list_outgoing_payments_order import ListOutgoingPaymentsOrder
from .list_taxes_scope import ListTaxesScope
from .list_taxes_types import ListTaxesTypes
from .manual_compound_entry import ManualCompoundEntry
from .manual_compound_entry_create import ManualCompoundEntryCreate
from .manual_compound_entry_create_type import ManualCompoundEntryCreateType
from .manual_compound_entry_type import ManualCompoundEntryType
from .manual_compound_entry_update import ManualCompoundEntryUpdate
from .manual_compound_entry_update_type import ManualCompoundEntryUpdateType
from .manual_entry_file import ManualEntryFile
from .manual_entry_file_upload import ManualEntryFileUpload
from .manual_entry_line import ManualEntryLine
from .manual_entry_line_create import ManualEntryLineCreate
from .manual_entry_line_update import ManualEntryLineUpdate
from .manual_entry_locked_info import ManualEntryLockedInfo
from .manual_entry_next_ref_nr import ManualEntryNextRefNr
from .manual_group_entry import ManualGroupEntry
from .manual_group_entry_create import ManualGroupEntryCreate
from .manual_group_entry_create_type import ManualGroupEntryCreateType
from .manual_group_entry_type import ManualGroupEntryType
from .manual_group_entry_update import ManualGroupEntryUpdate
from .manual_group_entry_update_type import ManualGroupEntryUpdateType
from .manual_single_entry import ManualSingleEntry
from .manual_single_entry_create import ManualSingleEntryCreate
from .manual_single_entry_create_type import ManualSingleEntryCreateType
from .manual_single_entry_type import ManualSingleEntryType
from .manual_single_entry_update import ManualSingleEntryUpdate
from .manual_single_entry_update_type import ManualSingleEntryUpdateType
from .milestone import Milestone
from .milestone_create import MilestoneCreate
from .note import Note
from .note_create import NoteCreate
from .note_search_criterion import NoteSearchCriterion
from .note_search_criterion_field import NoteSearchCriterionField
from .order import Order
from .order_create import OrderCreate
from .order_create_delivery_address_type import OrderCreateDeliveryAddressType
from .order_create_mwst_type import OrderCreateMwstType
from .order_delivery_address_type import OrderDeliveryAddressType
from .order_edit import OrderEdit
from .order_edit_delivery_address_type import OrderEditDeliveryAddressType
from .order_edit_mwst_type import OrderEditMwstType
from .order_mwst_type import OrderMwstType
from .order_repetition import OrderRepetition
from .order_repetition_daily import OrderRepetitionDaily
from .order_repetition_daily_type import OrderRepetitionDailyType
from .order_repetition_edit import OrderRepetitionEdit
from .order_repetition_monthly import OrderRepetitionMonthly
from .order_repetition_monthly_schedule import OrderRepetitionMonthlySchedule
from .order_repetition_monthly_type import OrderRepetitionMonthlyType
from .order_repetition_weekly import OrderRepetitionWeekly
from .order_repetition_weekly_type import OrderRepetitionWeeklyType
from .order_repetition_weekly_weekdays_item import OrderRepetitionWeeklyWeekdaysItem
from .order_repetition_yearly import OrderRepetitionYearly
from .order_repetition_yearly_type import OrderRepetitionYearlyType
from .order_search_criterion import OrderSearchCriterion
from .order_search_criterion_field import OrderSearchCriterionField
from .outgoing_payment import OutgoingPayment
from .outgoing_payment_create import OutgoingPaymentCreate
from .outgoing_payment_create_fee_type import OutgoingPaymentCreateFeeType
from .outgoing_payment_create_payment_type import OutgoingPaymentCreatePaymentType
from .outgoing_payment_fee_type import OutgoingPaymentFeeType
from .outgoing_payment_list_item import OutgoingPaymentListItem
from .outgoing_payment_page import OutgoingPaymentPage
from .outgoing_payment_status import OutgoingPaymentStatus
from .outgoing_payment_type import OutgoingPaymentType
from .pagebreak_position_create import PagebreakPositionCreate
from .payment_type import PaymentType
from .payment_type_search_criterion import PaymentTypeSearchCriterion
from .payment_type_search_criterion_field import PaymentTypeSearchCriterionField
from .permissions import Permissions
from .permissions_by_module import PermissionsByModule
from .permissions_module import PermissionsModule
from .permissions_module_activation import PermissionsModuleActivation
from .permissions_module_edit import PermissionsModuleEdit
from .project import Project
from .project_create import ProjectCreate
from .project_search_criterion import ProjectSearchCriterion
from .project_search_criterion_field import ProjectSearchCriterionField
from .project_state import ProjectState
from .project_type import ProjectType
from .purchase_address import PurchaseAddress
from .purchase_address_create import PurchaseAddressCreate
from .purchase_address_create_type import PurchaseAddressCreateType
from .purchase_address_type import PurchaseAddressType
from .purchase_document_number_check import PurchaseDocumentNumberCheck
from .purchase_order import PurchaseOrder
from .purchase_order_create import PurchaseOrderCreate
from .purchase_order_create_custom_translations import PurchaseOrderCreateCustomTranslations
from .purchase_order_create_delivery_address_type import PurchaseOrderCreateDeliveryAddressType
from .purchase_order_create_mwst_type import PurchaseOrderCreateMwstType
from .purchase_order_currency import PurchaseOrderCurrency
from .purchase_order_custom_translations import PurchaseOrderCustomTranslations
from .purchase_order_delivery_address_type import PurchaseOrderDeliveryAddressType
from .purchase_order_edit import PurchaseOrderEdit
from .purchase_order_edit_custom_translations import PurchaseOrderEditCustomTranslations
from .purchase_order_edit_delivery_address_type import PurchaseOrderEditDeliveryAddressType
from .purchase_order_edit_mwst_type import PurchaseOrderEditMwstType
from .purchase_order_kb_item_status_id import PurchaseOrderKbItemStatusId
from .purchase_order_language import PurchaseOrderLanguage
from .purchase_order_mwst_type import PurchaseOrderMwstType
from .purchase_order_position_article import PurchaseOrderPositionArticle
from .purchase_order_position_article_type import PurchaseOrderPositionArticleType
from .purchase_order_position_custom import PurchaseOrderPositionCustom
from .purchase_order_position_custom_type import PurchaseOrderPositionCustomType
from .purchase_order_position_discount import PurchaseOrderPositionDiscount
from .purchase_order_position_discount_type import PurchaseOrderPositionDiscountType
from .purchase_order_position_group import PurchaseOrderPositionGroup
from .purchase_order_position_group_type import PurchaseOrderPositionGroupType
from .purchase_order_position_pagebreak import PurchaseOrderPositionPagebreak
from .purchase_order_position_pagebreak_type import PurchaseOrderPositionPagebreakType
from .purchase_order_position_subtotal import PurchaseOrderPositionSubtotal
from .purchase_order_position_subtotal_type import PurchaseOrderPositionSubtotalType
from .purchase_order_position_text import PurchaseOrderPositionText
from .purchase_order_position_text_type import PurchaseOrderPositionTextType
from .purchase_order_positions import PurchaseOrderPositions
from .purchase_paging import PurchasePaging
from .qr_payment_create import QrPaymentCreate
from .qr_payment_edit import QrPaymentEdit
from .quote import Quote
from .quote_copy import QuoteCopy
from .quote_create import QuoteCreate
from .quote_create_delivery_address_type import QuoteCreateDeliveryAddressType
from .quote_create_mwst_type import QuoteCreateMwstType
from .quote_delivery_address_type import QuoteDeliveryAddressType
from .quote_edit import QuoteEdit
from .quote_edit_delivery_address_type import QuoteEditDeliveryAddressType
from .quote_edit_mwst_type import QuoteEditMwstType
from .quote_mwst_type import QuoteMwstType
from .quote_search_criterion import QuoteSearchCriterion
from .quote_search_criterion_field import QuoteSearchCriterionField
from .salutation import Salutation
from .salutation_create import SalutationCreate
from .salutation_search_criterion import SalutationSearchCriterion
from .salutation_search_criterion_field import SalutationSearchCriterionField
from .search_files_archived_state import SearchFilesArchivedState
from .stock_area import StockArea
from .stock_area_search_criterion import StockAreaSearchCriterion
from .stock_area_search_criterion_field import StockAreaSearchCriterionField
from .stock_location import StockLocation
from .stock_location_search_criterion import StockLocationSearchCriterion
from .stock_location_search_criterion_field import StockLocationSearchCriterionField
from .sub_position_create import SubPositionCreate
from .subtotal_position_create import SubtotalPositionCreate
from .success import Success
from .task import Task
from .task_create import TaskCreate
from .task_priority import TaskPriority
from .task_search_criterion import TaskSearchCriterion
from .task_search_criterion_field import TaskSearchCriterionField
from .task_status import TaskStatus
from .tax import Tax
from .text_position_create import TextPositionCreate
from .timesheet import Timesheet
from .timesheet_create import TimesheetCreate
from .timesheet_duration import TimesheetDuration
from .timesheet_duration_type import TimesheetDurationType
from .timesheet_range import TimesheetRange
from .timesheet_range_type import TimesheetRangeType
from .timesheet_search_criterion import TimesheetSearchCriterion
from .timesheet_search_criterion_field import TimesheetSearchCriterionField
from .timesheet_status import TimesheetStatus
from .timesheet_stopwatch import TimesheetStopwatch
from .timesheet_stopwatch_type import TimesheetStopwatchType
from .title import Title
from .title_create import TitleCreate
from .title_search_criterion import TitleSearchCriterion
from .title_search_criterion_field import TitleSearchCriterionField
from .unit import Unit
from .unit_create import UnitCreate
from .unit_search_criterion import UnitSearchCriterion
from .unit_search_criterion_field import UnitSearchCriterionField
from .update_bill_status_status import UpdateBillStatusStatus
from .update_expense_status_status import UpdateExpenseStatusStatus
from .user import User
from .v2_search_criteria import V2SearchCriteria
from .vat_period import VatPeriod
from .work_package import WorkPackage
from .work_package_create import WorkPackageCreate

__all__ = (
    "Account",
    "AccountGroup",
    "AccountSearchCriterion",
    "AccountSearchCriterionField",
    "AdditionalAddress",
    "AdditionalAddressCreate",
    "AdditionalAddressSearchCriterion",
    "AdditionalAddressSearchCriterionField",
    "BankAccount",
    "BankPayment",
    "BankPaymentAllowanceType",
    "BankPaymentAmount",
    "BankPaymentBankAccount",
    "BankPaymentDetails",
    "BankPaymentRecipient",
    "BankPaymentStatus",
    "Bill",
    "BillAction",
    "BillActionAction",
    "BillCreate",
    "BillDiscount",
    "BillDiscountCreate",
    "BillDiscountEdit",
    "BillEdit",
    "BillLineItem",
    "BillLineItemCreate",
    "BillLineItemEdit",
    "BillListItem",
    "BillPage",
    "BillPayment",
    "BillPaymentCreate",
    "BillPaymentCreateFee",
    "BillPaymentCreateType",
    "BillPaymentFee",
    "BillPaymentType",
    "BillStatus",
    "BusinessActivity",
    "BusinessActivityCreate",
    "BusinessActivitySearchCriterion",
    "BusinessActivitySearchCriterionField",
    "BusinessYear",
    "CalendarYear",
    "CalendarYearCreate",
    "CalendarYearSearchCriteria",
    "CalendarYearSearchCriterion",
    "CalendarYearVatAccountingMethod",
    "CalendarYearVatAccountingType",
    "Comment",
    "CommentCreate",
    "CommunicationType",
    "CommunicationTypeSearchCriterion",
    "CommunicationTypeSearchCriterionField",
    "CompanyProfile",
    "Contact",
    "ContactCreate",
    "ContactGroup",
    "ContactGroupCreate",
    "ContactGroupSearchCriterion",
    "ContactGroupSearchCriterionField",
    "ContactRelation",
    "ContactRelationCreate",
    "ContactRelationSearchCriterion",
    "ContactRelationSearchCriterionField",
    "ContactSearchCriterion",
    "ContactSearchCriterionField",
    "ContactSector",
    "ContactSectorSearchCriterion",
    "ContactSectorSearchCriterionField",
    "Country",
    "CountryCreate",
    "CountrySearchCriterion",
    "CountrySearchCriterionField",
    "Currency",
    "CurrencyCreate",
    "CurrencyEdit",
    "CurrencyExchangeRate",
    "DefaultPositionCreate",
    "Delivery",
    "DeliveryDeliveryAddressType",
    "DeliveryMwstType",
    "DiscountPositionCreate",
    "DocumentSetting",
    "DocumentTemplate",
    "Error",
    "Expense",
    "ExpenseAction",
    "ExpenseActionAction",
    "ExpenseCreate",
    "ExpenseEdit",
    "ExpenseListItem",
    "ExpensePage",
    "ExpenseStatus",
    "FictionalUser",
    "FictionalUserCreate",
    "FictionalUserCreateSalutationType",
    "FictionalUserSalutationType",
    "File",
    "FileEdit",
    "FileSearchCriteria",
    "FileSearchCriterion",
    "FileSearchCriterionField",
    "FileSourceType",
    "FileUpload",
    "FileUsage",
    "GetInvoicePdfLogopaper",
    "GetInvoiceReminderPdfLogopaper",
    "GetOrderPdfLogopaper",
    "GetQuotePdfLogopaper",
    "IbanPaymentCreate",
    "IbanPaymentEdit",
    "Invoice",
    "InvoiceCopy",
    "InvoiceCreate",
    "InvoiceCreateMwstType",
    "InvoiceEdit",
    "InvoiceEditMwstType",
    "InvoiceMwstType",
    "InvoicePayment",
    "InvoicePaymentCreate",
    "InvoiceReminder",
    "InvoiceReminderSearchCriterion",
    "InvoiceReminderSearchCriterionField",
    "InvoiceReminderSend",
    "InvoiceSearchCriterion",
    "InvoiceSearchCriterionField",
    "Item",
    "ItemCreate",
    "ItemPositionCreate",
    "ItemPositionEdit",
    "ItemSearchCriterion",
    "ItemSearchCriterionField",
    "JournalBooking",
    "KbDocumentPdf",
    "KbDocumentPositionSelection",
    "KbDocumentPositionSelectionItem",
    "KbDocumentSend",
    "KbDocumentTax",
    "KbDocumentType",
    "KbPositionArticle",
    "KbPositionArticleCreate",
    "KbPositionArticleCreateType",
    "KbPositionArticleType",
    "KbPositionCustom",
    "KbPositionCustomCreate",
    "KbPositionCustomCreateType",
    "KbPositionCustomType",
    "KbPositionDiscount",
    "KbPositionDiscountCreate",
    "KbPositionDiscountCreateType",
    "KbPositionDiscountType",
    "KbPositionPagebreak",
    "KbPositionPagebreakCreate",
    "KbPositionPagebreakCreateType",
    "KbPositionPagebreakType",
    "KbPositionSubposition",
    "KbPositionSubpositionType",
    "KbPositionSubtotal",
    "KbPositionSubtotalCreate",
    "KbPositionSubtotalCreateType",
    "KbPositionSubtotalType",
    "KbPositionText",
    "KbPositionTextCreate",
    "KbPositionTextCreateType",
    "KbPositionTextType",
    "Language",
    "LanguageSearchCriterion",
    "LanguageSearchCriterionField",
    "ListBillsFieldsItem",
    "ListBillsStatus",
    "ListFilesArchivedState",
    "ListOutgoingPaymentsOrder",
    "ListTaxesScope",
    "ListTaxesTypes",
    "ManualCompoundEntry",
    "ManualCompoundEntryCreate",
    "ManualCompoundEntryCreateType",
    "ManualCompoundEntryType",
    "ManualCompoundEntryUpdate",
    "ManualCompoundEntryUpdateType",
    "ManualEntryFile",
    "ManualEntryFileUpload",
    "ManualEntryLine",
    "ManualEntryLineCreate",
    "ManualEntryLineUpdate",
    "ManualEntryLockedInfo",
    "ManualEntryNextRefNr",
    "ManualGroupEntry",
    "ManualGroupEntryCreate",
    "ManualGroupEntryCreateType",
    "ManualGroupEntryType",
    "ManualGroupEntryUpdate",
    "ManualGroupEntryUpdateType",
    "ManualSingleEntry",
    "ManualSingleEntryCreate",
    "ManualSingleEntryCreateType",
    "ManualSingleEntryType",
    "ManualSingleEntryUpdate",
    "ManualSingleEntryUpdateType",
    "Milestone",
    "MilestoneCreate",
    "Note",
    "NoteCreate",
    "NoteSearchCriterion",
    "NoteSearchCriterionField",
    "Order",
    "OrderCreate",
    "OrderCreateDeliveryAddressType",
    "OrderCreateMwstType",
    "OrderDeliveryAddressType",
    "OrderEdit",
    "OrderEditDeliveryAddressType",
    "OrderEditMwstType",
    "OrderMwstType",
    "OrderRepetition",
    "OrderRepetitionDaily",
    "OrderRepetitionDailyType",
    "OrderRepetitionEdit",
    "OrderRepetitionMonthly",
    "OrderRepetitionMonthlySchedule",
    "OrderRepetitionMonthlyType",
    "OrderRepetitionWeekly",
    "OrderRepetitionWeeklyType",
    "OrderRepetitionWeeklyWeekdaysItem",
    "OrderRepetitionYearly",
    "OrderRepetitionYearlyType",
    "OrderSearchCriterion",
    "OrderSearchCriterionField",
    "OutgoingPayment",
    "OutgoingPaymentCreate",
    "OutgoingPaymentCreateFeeType",
    "OutgoingPaymentCreatePaymentType",
    "OutgoingPaymentFeeType",
    "OutgoingPaymentListItem",
    "OutgoingPaymentPage",
    "OutgoingPaymentStatus",
    "OutgoingPaymentType",
    "PagebreakPositionCreate",
    "PaymentType",
    "PaymentTypeSearchCriterion",
    "PaymentTypeSearchCriterionField",
    "Permissions",
    "PermissionsByModule",
    "PermissionsModule",
    "PermissionsModuleActivation",
    "PermissionsModuleEdit",
    "Project",
    "ProjectCreate",
    "ProjectSearchCriterion",
    "ProjectSearchCriterionField",
    "ProjectState",
    "ProjectType",
    "PurchaseAddress",
    "PurchaseAddressCreate",
    "PurchaseAddressCreateType",
    "PurchaseAddressType",
    "PurchaseDocumentNumberCheck",
    "PurchaseOrder",
    "PurchaseOrderCreate",
    "PurchaseOrderCreateCustomTranslations",
    "PurchaseOrderCreateDeliveryAddressType",
    "PurchaseOrderCreateMwstType",
    "PurchaseOrderCurrency",
    "PurchaseOrderCustomTranslations",
    "PurchaseOrderDeliveryAddressType",
    "PurchaseOrderEdit",
    "PurchaseOrderEditCustomTranslations",
    "PurchaseOrderEditDeliveryAddressType",
    "PurchaseOrderEditMwstType",
    "PurchaseOrderKbItemStatusId",
    "PurchaseOrderLanguage",
    "PurchaseOrderMwstType",
    "PurchaseOrderPositionArticle",
    "PurchaseOrderPositionArticleType",
    "PurchaseOrderPositionCustom",
    "PurchaseOrderPositionCustomType",
    "PurchaseOrderPositionDiscount",
    "PurchaseOrderPositionDiscountType",
    "PurchaseOrderPositionGroup",
    "PurchaseOrderPositionGroupType",
    "PurchaseOrderPositionPagebreak",
    "PurchaseOrderPositionPagebreakType",
    "PurchaseOrderPositions",
    "PurchaseOrderPositionSubtotal",
    "PurchaseOrderPositionSubtotalType",
    "PurchaseOrderPositionText",
    "PurchaseOrderPositionTextType",
    "PurchasePaging",
    "QrPaymentCreate",
    "QrPaymentEdit",
    "Quote",
    "QuoteCopy",
    "QuoteCreate",
    "QuoteCreateDeliveryAddressType",
    "QuoteCreateMwstType",
    "QuoteDeliveryAddressType",
    "QuoteEdit",
    "QuoteEditDeliveryAddressType",
    "QuoteEditMwstType",
    "QuoteMwstType",
    "QuoteSearchCriterion",
    "QuoteSearchCriterionField",
    "Salutation",
    "SalutationCreate",
    "SalutationSearchCriterion",
    "SalutationSearchCriterionField",
    "SearchFilesArchivedState",
    "StockArea",
    "StockAreaSearchCriterion",
    "StockAreaSearchCriterionField",
    "StockLocation",
    "StockLocationSearchCriterion",
    "StockLocationSearchCriterionField",
    "SubPositionCreate",
    "SubtotalPositionCreate",
    "Success",
    "Task",
    "TaskCreate",
    "TaskPriority",
    "TaskSearchCriterion",
    "TaskSearchCriterionField",
    "TaskStatus",
    "Tax",
    "TextPositionCreate",
    "Timesheet",
    "TimesheetCreate",
    "TimesheetDuration",
    "TimesheetDurationType",
    "TimesheetRange",
    "TimesheetRangeType",
    "TimesheetSearchCriterion",
    "TimesheetSearchCriterionField",
    "TimesheetStatus",
    "TimesheetStopwatch",
    "TimesheetStopwatchType",
    "Title",
    "TitleCreate",
    "TitleSearchCriterion",
    "TitleSearchCriterionField",
    "Unit",
    "UnitCreate",
    "UnitSearchCriterion",
    "UnitSearchCriterionField",
    "UpdateBillStatusStatus",
    "UpdateExpenseStatusStatus",
    "User",
    "V2SearchCriteria",
    "VatPeriod",
    "WorkPackage",
    "WorkPackageCreate",
)
