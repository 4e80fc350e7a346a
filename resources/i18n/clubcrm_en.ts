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
        <location filename="../../clubcrm/services/members.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {member_no}</source>
        <translation>A member number may use letters, digits, - and _ (at most 32): {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {pattern}</source>
        <translation>A member number may use letters, digits, - and _ (at most 32): {pattern}</translation>
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
        <location filename="../../clubcrm/services/members.py"/>
        <source>A tag is too long (at most 30 characters): {tag}</source>
        <translation>A tag is too long (at most 30 characters): {tag}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>About</source>
        <translation>About</translation>
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
        <location filename="../../clubcrm/domain/money.py"/>
        <source>An amount has at most two decimals: {text}</source>
        <translation>An amount has at most two decimals: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../clubcrm/app.py"/>
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
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Creating the demo club…</source>
        <translation>Creating the demo club…</translation>
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
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter a whole number above zero.</source>
        <translation>Enter a whole number above zero.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Export members</source>
        <translation>Export members</translation>
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
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
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
        <location filename="../../clubcrm/services/club.py"/>
        <source>Gold</source>
        <translation>Gold</translation>
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
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>Guardian phone</source>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
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
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Leave empty for the next number ({example})</source>
        <translation>Leave empty for the next number ({example})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
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
        <location filename="../../clubcrm/services/member_export.py"/>
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
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member {member_no} cannot be changed in its current state.</source>
        <translation>Member {member_no} cannot be changed in its current state.</translation>
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
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Members</source>
        <translation>Members</translation>
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
        <location filename="../../clubcrm/services/member_export.py"/>
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
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
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
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Next number</source>
        <translation>Next number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>No</source>
        <translation>No</translation>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Phone already registered</source>
        <translation>Phone already registered</translation>
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
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Reason</source>
        <translation>Reason</translation>
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
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Something went wrong and the action was not completed. The details were written to the log in {folder}.</source>
        <translation>Something went wrong and the action was not completed. The details were written to the log in {folder}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Source channel</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>The demo club is ready.</source>
        <translation>The demo club is ready.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
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
        <location filename="../../clubcrm/services/members.py"/>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>The name is too long (at most 60 characters).</source>
        <translation>The name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>This club database is new and empty. Load a demo club with {count} members to try the program? (Use a separate database for your real members.)</source>
        <translation>This club database is new and empty. Load a demo club with {count} members to try the program? (Use a separate database for your real members.)</translation>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tier</source>
        <translation>Tier</translation>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Why these are one person, e.g. registered twice</source>
        <translation>Why these are one person, e.g. registered twice</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Xiaohongshu</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>Yes</source>
        <translation>Yes</translation>
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
        <source>search like the reception search box</source>
        <translation>search like the reception search box</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>the .xlsx file to write</source>
        <translation>the .xlsx file to write</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>to</source>
        <translation>to</translation>
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
        <location filename="../../clubcrm/db/migrate.py"/>
        <source>{path} is a database of another program, not of clubcrm.</source>
        <translation>{path} is a database of another program, not of clubcrm.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>{path} is not a clubcrm database (it is not an SQLite file).</source>
        <translation>{path} is not a clubcrm database (it is not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>{path} is not a readable clubcrm database (the file may be damaged).</source>
        <translation>{path} is not a readable clubcrm database (the file may be damaged).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <source>{path} was written by a newer version of clubcrm; please update the app.</source>
        <translation>{path} was written by a newer version of clubcrm; please update the app.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>{seq} is the running number with 6 digits; {yyyy}, {yy} and {mm} are the year and month of registration. Example: {example}</source>
        <translation>{seq} is the running number with 6 digits; {yyyy}, {yy} and {mm} are the year and month of registration. Example: {example}</translation>
    </message>
</context>
</TS>
