<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>clubcrm</name>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Edit member…</source>
        <translation>&amp;Edit member…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Export members…</source>
        <translation>&amp;Export members…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Find member</source>
        <translation>&amp;Find member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>11-digit mobile number</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>1990-05-03, or 05-03 without the year</source>
        <translation>1990-05-03, or 05-03 without the year</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>A backup is made every day and when the program closes. A USB drive is a good place for them: they then survive a broken computer.</source>
        <translation>A backup is made every day and when the program closes. A USB drive is a good place for them: they then survive a broken computer.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>A backup or a check is under way; try again in a moment.</source>
        <translation>A backup or a check is under way; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>A birthday cannot be in the future: {text}</source>
        <translation>A birthday cannot be in the future: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>A member cannot be merged with itself.</source>
        <translation>A member cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {member_no}</source>
        <translation>A member number may use letters, digits, - and _ (at most 32): {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {pattern}</source>
        <translation>A member number may use letters, digits, - and _ (at most 32): {pattern}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member under 14 needs a guardian: name, relation and phone.</source>
        <translation>A member under 14 needs a guardian: name, relation and phone.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member under 14 needs the guardian's consent to keep the child's data.</source>
        <translation>A member under 14 needs the guardian's consent to keep the child's data.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <source>A mobile phone number is required.</source>
        <translation>A mobile phone number is required.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>A new language applies the next time the program starts.</source>
        <translation>A new language applies the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>A password needs at least 6 characters.</source>
        <translation>A password needs at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A tag is too long (at most 30 characters): {tag}</source>
        <translation>A tag is too long (at most 30 characters): {tag}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>A user name has no spaces and at most 40 characters.</source>
        <translation>A user name has no spaces and at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>A user name is required.</source>
        <translation>A user name is required.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonymise…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>A&amp;udit log…</source>
        <translation>A&amp;udit log…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Active and frozen</source>
        <translation>Active and frozen</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Agrees to receive promotions (marketing consent)</source>
        <translation>Agrees to receive promotions (marketing consent)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>Already running</source>
        <translation>Already running</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/money.py"/>
        <source>An amount has at most two decimals: {text}</source>
        <translation>An amount has at most two decimals: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Anonymise member</source>
        <translation>Anonymise member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Anonymising removes {name}'s name, phone, birthday, notes, tags and guardian for good; the member number and the ledger stay. It cannot be undone.

Type the reason (for example the member's request):</source>
        <translation>Anonymising removes {name}'s name, phone, birthday, notes, tags and guardian for good; the member number and the ledger stay. It cannot be undone.

Type the reason (for example the member's request):</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Anonymising…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Anonymous member {member_no}</source>
        <translation>Anonymous member {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Backed up and verified: {path}</source>
        <translation>Backed up and verified: {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Backing up before closing…</source>
        <translation>Backing up before closing…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Backup written and verified: {path} ({size} MB)</source>
        <translation>Backup written and verified: {path} ({size} MB)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Backups in {folder}</source>
        <translation>Backups in {folder}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/application.py"/>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>Cannot open the club database</source>
        <translation>Cannot open the club database</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/excel.py"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Choose a complete folder path, e.g. E:\clubcrm-backups.</source>
        <translation>Choose a complete folder path, e.g. E:\clubcrm-backups.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Club membership system, command line.</source>
        <translation>Club membership system, command line.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Club name</source>
        <translation>Club name</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Compare and choose the record to keep</source>
        <translation>Compare and choose the record to keep</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Create the owner account</source>
        <translation>Create the owner account</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Creating the demo club…</source>
        <translation>Creating the demo club…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/password_dialog.py"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Damaged: {problem}</source>
        <translation>Damaged: {problem}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Demo club ready: {members} members in {path}</source>
        <translation>Demo club ready: {members} members in {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Edit member {member_no}</source>
        <translation>Edit member {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter a whole number above zero.</source>
        <translation>Enter a whole number above zero.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Entries: {count}</source>
        <translation>Entries: {count}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Export &amp;marketing list…</source>
        <translation>Export &amp;marketing list…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Export member's &amp;data…</source>
        <translation>Export member's &amp;data…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Export member's data</source>
        <translation>Export member's data</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Exported {count} members to {path}</source>
        <translation>Exported {count} members to {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Exporting members…</source>
        <translation>Exporting members…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Exporting the audit log…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Exporting the member's data…</source>
        <translation>Exporting the member's data…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Find a member: last digits of the phone, name, pinyin initials or member number</source>
        <translation>Find a member: last digits of the phone, name, pinyin initials or member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Find the duplicate record above.</source>
        <translation>Find the duplicate record above.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_picker.py"/>
        <source>Find the other record: phone, name, pinyin initials or member number</source>
        <translation>Find the other record: phone, name, pinyin initials or member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Flyer or street promotion</source>
        <translation>Flyer or street promotion</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Folder with backups</source>
        <translation>Folder with backups</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Give a reason for the merge; it is kept in the audit log.</source>
        <translation>Give a reason for the merge; it is kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Give the reason for anonymising.</source>
        <translation>Give the reason for anonymising.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Group {number}: {count} records</source>
        <translation>Group {number}: {count} records</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Guardian consents</source>
        <translation>Guardian consents</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian consents to processing the child's data</source>
        <translation>Guardian consents to processing the child's data</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Guardian phone</source>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Guardian relation</source>
        <translation>Guardian relation</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's name</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's phone</source>
        <translation>Guardian's phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Joined from</source>
        <translation>Joined from</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Keep both records only if this is a different person sharing the phone, such as a family member.</source>
        <translation>Keep both records only if this is a different person sharing the phone, such as a family member.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Keep {member_no}</source>
        <translation>Keep {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Kept record</source>
        <translation>Kept record</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Last backup {days} days ago: use File › Back up now</source>
        <translation>Last backup {days} days ago: use File › Back up now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Leave empty for the next number ({example})</source>
        <translation>Leave empty for the next number ({example})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Lock the window after idle minutes</source>
        <translation>Lock the window after idle minutes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Locked: nobody used the program for a while. Sign in to continue.</source>
        <translation>Locked: nobody used the program for a while. Sign in to continue.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Matches: {count}</source>
        <translation>Matches: {count}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Meituan / Dianping</source>
        <translation>Meituan / Dianping</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member anonymised</source>
        <translation>Member anonymised</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member archived</source>
        <translation>Member archived</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Member number pattern</source>
        <translation>Member number pattern</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member number {member_no} is already in use.</source>
        <translation>Member number {member_no} is already in use.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member restored</source>
        <translation>Member restored</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Member {member_no} anonymised.</source>
        <translation>Member {member_no} anonymised.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member {member_no} cannot be changed in its current state.</source>
        <translation>Member {member_no} cannot be changed in its current state.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Member {member_no} is already anonymised.</source>
        <translation>Member {member_no} is already anonymised.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member {member_no} was already merged into another record.</source>
        <translation>Member {member_no} was already merged into another record.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} archived.</source>
        <translation>Member {member_no} {name} archived.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} registered.</source>
        <translation>Member {member_no} {name} registered.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} restored.</source>
        <translation>Member {member_no} {name} restored.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} saved.</source>
        <translation>Member {member_no} {name} saved.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member's data exported</source>
        <translation>Member's data exported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Member's data exported to {path}.</source>
        <translation>Member's data exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members exported</source>
        <translation>Members exported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members merged</source>
        <translation>Members merged</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Members: {count}</source>
        <translation>Members: {count}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Membership CRM</source>
        <translation>Membership CRM</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Membership CRM {version}

Membership management for one club, kept on this computer.</source>
        <translation>Membership CRM {version}

Membership management for one club, kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Merge duplicate records</source>
        <translation>Merge duplicate records</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Merged into member {member_no} {name}.</source>
        <translation>Merged into member {member_no} {name}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Merged record</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Minor (guardian)</source>
        <translation>Minor (guardian)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Minutes an account stays locked</source>
        <translation>Minutes an account stays locked</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>New club database</source>
        <translation>New club database</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Next number</source>
        <translation>Next number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>No backup yet: use File › Back up now</source>
        <translation>No backup yet: use File › Back up now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>No likely duplicates found.</source>
        <translation>No likely duplicates found.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>No member matches {query}.</source>
        <translation>No member matches {query}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>No member with id {id}.</source>
        <translation>No member with id {id}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>No password</source>
        <translation>No password</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>No staff account with id {id}.</source>
        <translation>No staff account with id {id}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>No such day in the calendar: {text}</source>
        <translation>No such day in the calendar: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>Not a date: {text} (for example 2024-05-03)</source>
        <translation>Not a date: {text} (for example 2024-05-03)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <source>Not a valid phone number: {text} (a mainland mobile has 11 digits starting with 1)</source>
        <translation>Not a valid phone number: {text} (a mainland mobile has 11 digits starting with 1)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/money.py"/>
        <source>Not an amount of money: {text}</source>
        <translation>Not an amount of money: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may anonymise a member.</source>
        <translation>Only the owner may anonymise a member.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may export a member's personal data.</source>
        <translation>Only the owner may export a member's personal data.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may manage staff accounts.</source>
        <translation>Only the owner may manage staff accounts.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may restore a backup.</source>
        <translation>Only the owner may restore a backup.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may see the audit log.</source>
        <translation>Only the owner may see the audit log.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Operator: {name} ({role})</source>
        <translation>Operator: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Other folder…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Owner account created</source>
        <translation>Owner account created</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/login_dialog.py"/>
        <location filename="../../clubcrm/ui/widgets/password_fields.py"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/password_fields.py"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Password for {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Phone already registered</source>
        <translation>Phone already registered</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Phone number revealed</source>
        <translation>Phone number revealed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Phone {phone} already belongs to member {member_no} ({name}).</source>
        <translation>Phone {phone} already belongs to member {member_no} ({name}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Possible &amp;duplicates…</source>
        <translation>Possible &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Records sharing a phone, or a name and a full birthday, are probably one person. Merging them is your decision.</source>
        <translation>Records sharing a phone, or a name and a full birthday, are probably one person. Merging them is your decision.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Referred by a member</source>
        <translation>Referred by a member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Register anyway</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Restore selected</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Restored the backup {backup}; the data it replaced is kept in {copy}.</source>
        <translation>Restored the backup {backup}; the data it replaced is kept in {copy}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Restored {backup} to {path}</source>
        <translation>Restored {backup} to {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Restored {backup} to {path}; the data it replaced is kept in {copy}</source>
        <translation>Restored {backup} to {path}; the data it replaced is kept in {copy}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Restoring replaces all the club's data with the chosen backup. The data as it is now is kept first, as a safety copy in the backup folder.</source>
        <translation>Restoring replaces all the club's data with the chosen backup. The data as it is now is kept first, as a safety copy in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Role of {name}</source>
        <translation>Role of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>S&amp;witch operator…</source>
        <translation>S&amp;witch operator…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Show the full phone numbers (recorded in the audit log)</source>
        <translation>Show the full phone numbers (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/login_dialog.py"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Sign in as the operator at the desk.</source>
        <translation>Sign in as the operator at the desk.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/permissions.py"/>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>Sign in first: this staff account is unknown or disabled.</source>
        <translation>Sign in first: this staff account is unknown or disabled.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/sign_in.py"/>
        <source>Sign in to start.</source>
        <translation>Sign in to start.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Something went wrong and the action was not completed. The details were written to the log in {folder}.</source>
        <translation>Something went wrong and the action was not completed. The details were written to the log in {folder}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Source channel</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Staff &amp;accounts…</source>
        <translation>Staff &amp;accounts…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Staff account added</source>
        <translation>Staff account added</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Staff account disabled</source>
        <translation>Staff account disabled</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Staff account enabled</source>
        <translation>Staff account enabled</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>The audit log is intact ({count} entries checked).</source>
        <translation>The audit log is intact ({count} entries checked).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>The audit log was altered: entry {id} does not match its record.</source>
        <translation>The audit log was altered: entry {id} does not match its record.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/restore.py"/>
        <source>The backup could not be restored to {path}: {reason}</source>
        <translation>The backup could not be restored to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/backup.py"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>The backup could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/backup.py"/>
        <source>The backup folder {folder} cannot be used: {reason}</source>
        <translation>The backup folder {folder} cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/backup.py"/>
        <source>The backup folder {folder} does not exist (is the drive plugged in?).</source>
        <translation>The backup folder {folder} does not exist (is the drive plugged in?).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>The club database is damaged, so nothing more is saved to it:
{problem}

Restore the newest good backup, or quit and get help. Nothing is repaired without you.</source>
        <translation>The club database is damaged, so nothing more is saved to it:
{problem}

Restore the newest good backup, or quit and get help. Nothing is repaired without you.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The club needs an active owner: add another owner first.</source>
        <translation>The club needs an active owner: add another owner first.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>The club program is already open on this computer, on {path}. Use the window that is open (look in the taskbar); two copies at once could mix up the data.</source>
        <translation>The club program is already open on this computer, on {path}. Use the window that is open (look in the taskbar); two copies at once could mix up the data.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>The daily backup failed: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <source>The database upgrade found broken references between records; it was not applied.</source>
        <translation>The database upgrade found broken references between records; it was not applied.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>The demo club is ready.</source>
        <translation>The demo club is ready.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>The export file must end in .xlsx: {path}</source>
        <translation>The export file must end in .xlsx: {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>The first {count} matches; type more to narrow the search.</source>
        <translation>The first {count} matches; type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>The member number pattern is not valid: {pattern}</source>
        <translation>The member number pattern is not valid: {pattern}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>The member number pattern must contain {{seq}}, e.g. VIP{{seq:05d}}.</source>
        <translation>The member number pattern must contain {{seq}}, e.g. VIP{{seq:05d}}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>The name is too long (at most 60 characters).</source>
        <translation>The name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The owner account has already been set up.</source>
        <translation>The owner account has already been set up.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/password_fields.py"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The user name {username} is already taken.</source>
        <translation>The user name {username} is already taken.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>The window was locked. Sign in to continue.</source>
        <translation>The window was locked. Sign in to continue.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>This account is disabled; ask the owner.</source>
        <translation>This account is disabled; ask the owner.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>This club database is new and empty. Load a demo club with {count} members to try the program? (Use a separate database for your real members.)</source>
        <translation>This club database is new and empty. Load a demo club with {count} members to try the program? (Use a separate database for your real members.)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>This club has no active owner account.</source>
        <translation>This club has no active owner account.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>This club has staff accounts: add --user NAME (the password is read from CLUBCRM_PASSWORD or asked for).</source>
        <translation>This club has staff accounts: add --user NAME (the password is read from CLUBCRM_PASSWORD or asked for).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>This phone belongs to member {member_no} ({name}). Open the existing record instead?</source>
        <translation>This phone belongs to member {member_no} ({name}). Open the existing record instead?</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>Too many wrong passwords: this account is locked until {time}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Type something to search for.</source>
        <translation>Type something to search for.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Unexpected error; details are in the log folder: {folder}</source>
        <translation>Unexpected error; details are in the log folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Updated at</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/login_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Warn when the last backup is older than (days)</source>
        <translation>Warn when the last backup is older than (days)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Welcome. Create the owner's account first: the owner adds staff accounts, sees the audit log and restores backups. From now on everybody signs in.</source>
        <translation>Welcome. Create the owner's account first: the owner adds staff accounts, sees the audit log and restores backups. From now on everybody signs in.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Why these are one person, e.g. registered twice</source>
        <translation>Why these are one person, e.g. registered twice</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Wrong passwords before an account locks</source>
        <translation>Wrong passwords before an account locks</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Xiaohongshu</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not adjust balances.</source>
        <translation>Your role may not adjust balances.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not archive or restore members.</source>
        <translation>Your role may not archive or restore members.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not change card products or prices.</source>
        <translation>Your role may not change card products or prices.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not change the club's settings.</source>
        <translation>Your role may not change the club's settings.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not export member lists.</source>
        <translation>Your role may not export member lists.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not make backups.</source>
        <translation>Your role may not make backups.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not merge member records.</source>
        <translation>Your role may not merge member records.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not refund.</source>
        <translation>Your role may not refund.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not reveal phone numbers.</source>
        <translation>Your role may not reveal phone numbers.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not reverse a transaction.</source>
        <translation>Your role may not reverse a transaction.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not see full phone numbers.</source>
        <translation>Your role may not see full phone numbers.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>a folder, or a file name ending in .sqlite (default: the backup folder)</source>
        <translation>a folder, or a file name ending in .sqlite (default: the backup folder)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>audit-{date}.xlsx</source>
        <translation>audit-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>back up the club database now</source>
        <translation>back up the club database now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>check the club database for damage</source>
        <translation>check the club database for damage</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/app_lock.py"/>
        <source>clubcrm is open on {path}; close it there first.</source>
        <translation>clubcrm is open on {path}; close it there first.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>clubcrm: bad arguments: {detail}</source>
        <translation>clubcrm: bad arguments: {detail}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>database file (default: the data folder)</source>
        <translation>database file (default: the data folder)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>export members to Excel</source>
        <translation>export members to Excel</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>find and export members</source>
        <translation>find and export members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>generate a demo club</source>
        <translation>generate a demo club</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>include archived members</source>
        <translation>include archived members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>marketing-{date}.xlsx</source>
        <translation>marketing-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>member-{member_no}-{date}.xlsx</source>
        <translation>member-{member_no}-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>members-{date}.xlsx</source>
        <translation>members-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>message language</source>
        <translation>message language</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>months of history</source>
        <translation>months of history</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>must be a whole number above zero: {text}</source>
        <translation>must be a whole number above zero: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>number of members</source>
        <translation>number of members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>only members who consented to marketing</source>
        <translation>only members who consented to marketing</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>phone, last 4 digits, member number, name or pinyin</source>
        <translation>phone, last 4 digits, member number, name or pinyin</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>random seed (same seed, same club)</source>
        <translation>random seed (same seed, same club)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>replace the club database with a backup (the current one is kept as a safety copy)</source>
        <translation>replace the club database with a backup (the current one is kept as a safety copy)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>search like the reception search box</source>
        <translation>search like the reception search box</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>sign in as this staff member (password from CLUBCRM_PASSWORD, or asked for)</source>
        <translation>sign in as this staff member (password from CLUBCRM_PASSWORD, or asked for)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>the .xlsx file to write</source>
        <translation>the .xlsx file to write</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>the backup file</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>{count} entries exported to {path}.</source>
        <translation>{count} entries exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>{count} members exported to {path}.</source>
        <translation>{count} members exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>{duplicate} will be merged into {survivor}: its tags, notes and missing details move over, and it stays only as a pointer to {survivor}. This cannot be undone.</source>
        <translation>{duplicate} will be merged into {survivor}: its tags, notes and missing details move over, and it stays only as a pointer to {survivor}. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} has {count} records pointing at records that do not exist (the first: table {table}, row {row}).</source>
        <translation>{path} has {count} records pointing at records that do not exist (the first: table {table}, row {row}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} is a database of another program, not of clubcrm.</source>
        <translation>{path} is a database of another program, not of clubcrm.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} is damaged: SQLite's integrity check reports &quot;{detail}&quot;.</source>
        <translation>{path} is damaged: SQLite's integrity check reports &quot;{detail}&quot;.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>{path} is not a clubcrm database (it is not an SQLite file).</source>
        <translation>{path} is not a clubcrm database (it is not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} is not a readable clubcrm database (the file may be damaged).</source>
        <translation>{path} is not a readable clubcrm database (the file may be damaged).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/network_drive.py"/>
        <source>{path} is on a network drive ({kind}). SQLite databases get damaged when they are used over a network; keep the club database on this computer's own disk (backups may go to a network or USB drive).</source>
        <translation>{path} is on a network drive ({kind}). SQLite databases get damaged when they are used over a network; keep the club database on this computer's own disk (backups may go to a network or USB drive).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>{path} passed every check.</source>
        <translation>{path} passed every check.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} was written by a newer version of clubcrm; please update the app.</source>
        <translation>{path} was written by a newer version of clubcrm; please update the app.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the audit log was altered at entry {row}.</source>
        <translation>{path}: the audit log was altered at entry {row}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>{seq} is the running number with 6 digits; {yyyy}, {yy} and {mm} are the year and month of registration. Example: {example}</source>
        <translation>{seq} is the running number with 6 digits; {yyyy}, {yy} and {mm} are the year and month of registration. Example: {example}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>{time} (kept before a restore)</source>
        <translation>{time} (kept before a restore)</translation>
    </message>
</context>
</TS>
