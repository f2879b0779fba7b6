#!/bin/bash
C=listContacts,createContact,bulkCreateContacts,searchContacts,getContact,updateContact,deleteContact,restoreContact
T=listTitles,createTitle,searchTitles,getTitle,updateTitle,deleteTitle
M=/tmp/phx/mut2.sh
$M base createContact,listContacts $C
$M base_t deleteTitle,getTitle,createTitle $T
$M M1 createContact $C
$M M1b createContact $C
$M M2 createContact $C
$M M3L createContact $C
$M M3bL listContacts $C
$M M4 deleteTitle,getTitle $T
$M M5 createTitle $T
$M M5b createContact $C
$M M6L listContacts $C
$M M6b listContacts $C
