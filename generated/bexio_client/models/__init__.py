"""Contains all the data models used in inputs/outputs"""

from .additional_address import AdditionalAddress
from .additional_address_create import AdditionalAddressCreate
from .additional_address_search_criterion import AdditionalAddressSearchCriterion
from .additional_address_search_criterion_field import AdditionalAddressSearchCriterionField
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
from .error import Error
from .salutation import Salutation
from .salutation_create import SalutationCreate
from .salutation_search_criterion import SalutationSearchCriterion
from .salutation_search_criterion_field import SalutationSearchCriterionField
from .search_criterion import SearchCriterion
from .success import Success
from .title import Title
from .title_create import TitleCreate
from .title_search_criterion import TitleSearchCriterion
from .title_search_criterion_field import TitleSearchCriterionField
from .v2_search_criteria import V2SearchCriteria

__all__ = (
    "AdditionalAddress",
    "AdditionalAddressCreate",
    "AdditionalAddressSearchCriterion",
    "AdditionalAddressSearchCriterionField",
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
    "Error",
    "Salutation",
    "SalutationCreate",
    "SalutationSearchCriterion",
    "SalutationSearchCriterionField",
    "SearchCriterion",
    "Success",
    "Title",
    "TitleCreate",
    "TitleSearchCriterion",
    "TitleSearchCriterionField",
    "V2SearchCriteria",
)
