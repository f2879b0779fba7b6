"""The contact sections: contacts (archived, not deleted), relations, groups, sectors,
additional addresses (below a contact), salutations and titles."""

from .crud import family

CONTACTS = family(
    "contact",
    "Contact",
    "Contacts",
    operations=("list", "create", "search", "get", "update", "delete", "restore"),
    bulk_create="bulkCreateContacts",
    id_param="contact_id",
    archive_on_delete=True,
)
RESOURCES = [
    CONTACTS,
    family("contact_relation", "ContactRelation", "ContactRelations", id_param="contact_relation_id"),
    family("contact_group", "ContactGroup", "ContactGroups", id_param="contact_group_id"),
    family("contact_branch", "ContactSector", "ContactSectors", operations=("list", "search")),
    family(
        "additional_address",
        "AdditionalAddress",
        "AdditionalAddresses",
        id_param="additional_address_id",
        parent_param="contact_id",
    ),
    family("salutation", "Salutation", "Salutations", id_param="salutation_id"),
    family("title", "Title", "Titles", id_param="title_id"),
]
