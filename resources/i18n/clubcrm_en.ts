<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>clubcrm</name>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source> points = ¥1</source>
        <translation> points = ¥1</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/sale_items_editor.py"/>
        <source>&amp;Add another service</source>
        <translation>&amp;Add another service</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Adjust balance…</source>
        <translation>&amp;Adjust balance…</translation>
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
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Cards</source>
        <translation>&amp;Cards</translation>
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
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Extend…</source>
        <translation>&amp;Extend…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Find member</source>
        <translation>&amp;Find member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>&amp;Guests</source>
        <translation>&amp;Guests</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Import members or history…</source>
        <translation>&amp;Import members or history…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>&amp;Locker / wristband</source>
        <translation>&amp;Locker / wristband</translation>
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
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>&amp;Open member…</source>
        <translation>&amp;Open member…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Recharge…</source>
        <translation>&amp;Recharge…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Sell card…</source>
        <translation>&amp;Sell card…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Thresholds…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>&amp;Tier review…</source>
        <translation>&amp;Tier review…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>&amp;Undo check-in…</source>
        <translation>&amp;Undo check-in…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>(already done: nothing charged again)</source>
        <translation>(already done: nothing charged again)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
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
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>12 months: {days} visit days, spend {spend}</source>
        <translation>12 months: {days} visit days, spend {spend}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/tiers.py"/>
        <source>12-month consumption {spend}</source>
        <translation>12-month consumption {spend}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>12-month spend ≥ {amount}</source>
        <translation>12-month spend ≥ {amount}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>1990-05-03, or 05-03 without the year</source>
        <translation>1990-05-03, or 05-03 without the year</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>58 mm receipt</source>
        <translation>58 mm receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>80 mm receipt</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>; active {count} months in a row</source>
        <translation>; active {count} months in a row</translation>
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
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A bonus step is at most ¥1,000,000.00.</source>
        <translation>A bonus step is at most ¥1,000,000.00.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>A card number has 1 to 32 letters, digits, - or _.</source>
        <translation>A card number has 1 to 32 letters, digits, - or _.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>A card pays from</source>
        <translation>A card pays from</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>A card sale, recharge or balance adjustment above this needs the owner's approval.</source>
        <translation>A card sale, recharge or balance adjustment above this needs the owner's approval.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A count card needs a number of sessions.</source>
        <translation>A count card needs a number of sessions.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>A count card's session is worth its price divided by its sessions, rounded down to the fen. A period card is worth its price × days left ÷ days granted, and is used up with time.</source>
        <translation>A count card's session is worth its price divided by its sessions, rounded down to the fen. A period card is worth its price × days left ÷ days granted, and is used up with time.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A count or period card needs a price.</source>
        <translation>A count or period card needs a price.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A discount is between 0.1% and 100% of the price (100% is no discount).</source>
        <translation>A discount is between 0.1% and 100% of the price (100% is no discount).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>A history file needs a member number or phone column, a date and an amount.</source>
        <translation>A history file needs a member number or phone column, a date and an amount.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>A locker or wristband number has at most 20 characters.</source>
        <translation>A locker or wristband number has at most 20 characters.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>A member cannot be merged with itself.</source>
        <translation>A member cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>A member list (balances, sessions, points)</source>
        <translation>A member list (balances, sessions, points)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>A member list or consumption history from the previous system or a hand-kept sheet: .xlsx, .xls or .csv. Nothing is written until you confirm.</source>
        <translation>A member list or consumption history from the previous system or a hand-kept sheet: .xlsx, .xls or .csv. Nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>A member moves up as soon as their consumption over the last 12 months reaches the amount, having consumed in each of the last months asked for. Moving down happens only when you review the tiers. The lowest tier is for members who meet no rule.</source>
        <translation>A member moves up as soon as their consumption over the last 12 months reaches the amount, having consumed in each of the last months asked for. Moving down happens only when you review the tiers. The lowest tier is for members who meet no rule.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
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
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A member under 14 needs a guardian: name, relation and phone (add the guardian's columns)</source>
        <translation>A member under 14 needs a guardian: name, relation and phone (add the guardian's columns)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member under 14 needs a guardian: name, relation and phone.</source>
        <translation>A member under 14 needs a guardian: name, relation and phone.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A member under 14 needs the guardian's consent to keep the child's data (confirm that the guardians consented)</source>
        <translation>A member under 14 needs the guardian's consent to keep the child's data (confirm that the guardians consented)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member under 14 needs the guardian's consent to keep the child's data.</source>
        <translation>A member under 14 needs the guardian's consent to keep the child's data.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A mobile phone number is required.</source>
        <translation>A mobile phone number is required.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>A month is written YYYY-MM, e.g. 2026-10: {text}</source>
        <translation>A month is written YYYY-MM, e.g. 2026-10: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A negative amount cannot be imported: {text}</source>
        <translation>A negative amount cannot be imported: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>A new language applies the next time the program starts.</source>
        <translation>A new language applies the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>A new product named after the import</source>
        <translation>A new product named after the import</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>A note has at most {limit} characters.</source>
        <translation>A note has at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>A password needs at least 6 characters.</source>
        <translation>A password needs at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A period card needs a validity in days or months.</source>
        <translation>A period card needs a validity in days or months.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A price is between ¥0.00 and ¥1,000,000.00.</source>
        <translation>A price is between ¥0.00 and ¥1,000,000.00.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>A quantity is between 1 and 99.</source>
        <translation>A quantity is between 1 and 99.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>A report covers at most three years.</source>
        <translation>A report covers at most three years.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>A stored-value card refunds</source>
        <translation>A stored-value card refunds</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A tag is too long (at most 30 characters): {tag}</source>
        <translation>A tag is too long (at most 30 characters): {tag}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A tier name has at most 40 characters.</source>
        <translation>A tier name has at most 40 characters.</translation>
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
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>A4 page</source>
        <translation>A4 page</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>A4 page or receipt roll for the PDF</source>
        <translation>A4 page or receipt roll for the PDF</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>A5 page</source>
        <translation>A5 page</translation>
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
        <location filename="../../clubcrm/domain/cards.py"/>
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
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Active in the previous period and again in this one</source>
        <translation>Active in the previous period and again in this one</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Active members: members with at least one consumption that was not reversed, imported history or a check-in that was not undone, in the period.</source>
        <translation>Active members: members with at least one consumption that was not reversed, imported history or a check-in that was not undone, in the period.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Active months are between 0 and 12.</source>
        <translation>Active months are between 0 and 12.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Active months in a row</source>
        <translation>Active months in a row</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Active or frozen cards whose end date falls in the month after the period, as they stand today.</source>
        <translation>Active or frozen cards whose end date falls in the month after the period, as they stand today.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>Add a family member: phone, name, pinyin initials or member number</source>
        <translation>Add a family member: phone, name, pinyin initials or member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Adjust balance</source>
        <translation>Adjust balance</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Adjust card {card} of {name}</source>
        <translation>Adjust card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Adjusted, extended or closed</source>
        <translation>Adjusted, extended or closed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Age {age}, guardian {guardian}</source>
        <translation>Age {age}, guardian {guardian}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Agrees to receive promotions (marketing consent)</source>
        <translation>Agrees to receive promotions (marketing consent)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
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
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>All cards</source>
        <translation>All cards</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
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
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Already a member</source>
        <translation>Already a member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Already checked in at {time} ({minutes} minutes ago): check in and charge again?</source>
        <translation>Already checked in at {time} ({minutes} minutes ago): check in and charge again?</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Already checked out at {time}.</source>
        <translation>Already checked out at {time}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>Already running</source>
        <translation>Already running</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Amount paid (¥)</source>
        <translation>Amount paid (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <location filename="../../clubcrm/domain/money.py"/>
        <source>An amount has at most two decimals: {text}</source>
        <translation>An amount has at most two decimals: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>An amount must be a whole number of fen.</source>
        <translation>An amount must be a whole number of fen.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>An expiry date alone becomes a card of:</source>
        <translation>An expiry date alone becomes a card of:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/operations.py"/>
        <source>An operation needs a request number of 1 to 64 characters.</source>
        <translation>An operation needs a request number of 1 to 64 characters.</translation>
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
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Any amount</source>
        <translation>Any amount</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Apply ticked changes</source>
        <translation>Apply ticked changes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>As kept when the month was over: corrections made since, to the data or to the thresholds, do not change this month's segments.</source>
        <translation>As kept when the month was over: corrections made since, to the data or to the thresholds, do not change this month's segments.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>As of {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>As of {date}: {primary} · value grade {grade} · {stage} · {group} (R {r}, F {f}, M {m})</source>
        <translation>As of {date}: {primary} · value grade {grade} · {stage} · {group} (R {r}, F {f}, M {m})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Ask before a second check-in within minutes</source>
        <translation>Ask before a second check-in within minutes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>At the end of {month}</source>
        <translation>At the end of {month}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Attending</source>
        <translation>Attending</translation>
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
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Average ticket</source>
        <translation>Average ticket</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Average ticket (yuan)</source>
        <translation>Average ticket (yuan)</translation>
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
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Balance (principal)</source>
        <translation>Balance (principal)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Balance adjusted</source>
        <translation>Balance adjusted</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Balances become cards of:</source>
        <translation>Balances become cards of:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Base tier</source>
        <translation>Base tier</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/operation_preview.py"/>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Birthday on {date} (in {days} days)</source>
        <translation>Birthday on {date} (in {days} days)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Birthday today!</source>
        <translation>Birthday today!</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Birthdays</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Bonus (yuan)</source>
        <translation>Bonus (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Bonus (¥)</source>
        <translation>Bonus (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Bonus balance</source>
        <translation>Bonus balance</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Bonus by rule</source>
        <translation>Bonus by rule</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Bonus change (yuan)</source>
        <translation>Bonus change (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Bonus change (¥)</source>
        <translation>Bonus change (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Bonus first, then principal</source>
        <translation>Bonus first, then principal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Bonus given</source>
        <translation>Bonus given</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Bonus step {row}: {problem}</source>
        <translation>Bonus step {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Bonus steps</source>
        <translation>Bonus steps</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Busiest hours: {hours}.</source>
        <translation>Busiest hours: {hours}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>Business report</source>
        <translation>Business report</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>C&amp;onsume…</source>
        <translation>C&amp;onsume…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Calculation</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/tasks.py"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <location filename="../../clubcrm/ui/report_printing.py"/>
        <source>Cannot print on {printer}.</source>
        <translation>Cannot print on {printer}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Cannot read the mapping file {path}: {reason}</source>
        <translation>Cannot read the mapping file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>Cannot tell the text encoding of {name}; choose it by hand.</source>
        <translation>Cannot tell the text encoding of {name}; choose it by hand.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/files.py"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Card balance</source>
        <translation>Card balance</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Card closed</source>
        <translation>Card closed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Card discount</source>
        <translation>Card discount</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/services/cards.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Card number {card} is already in use.</source>
        <translation>Card number {card} is already in use.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Card of {name}</source>
        <translation>Card of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Card product</source>
        <translation>Card product</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Card products</source>
        <translation>Card products</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Card products and services…</source>
        <translation>Card products and services…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Card refunded</source>
        <translation>Card refunded</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Card sale receipt</source>
        <translation>Card sale receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Card sales</source>
        <translation>Card sales</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Card sales and recharges by product</source>
        <translation>Card sales and recharges by product</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Card sold</source>
        <translation>Card sold</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Card type</source>
        <translation>Card type</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} belongs to {owner}; this member is not allowed to use it.</source>
        <translation>Card {card} belongs to {owner}; this member is not allowed to use it.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} belongs to {owner}; this member may not use it.</source>
        <translation>Card {card} belongs to {owner}; this member may not use it.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} can no longer be used.</source>
        <translation>Card {card} can no longer be used.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} cannot be used.</source>
        <translation>Card {card} cannot be used.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Card {card} covers these services: there is nothing to pay with points.</source>
        <translation>Card {card} covers these services: there is nothing to pay with points.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Card {card} does not cover {service}.</source>
        <translation>Card {card} does not cover {service}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} expired on {date}.</source>
        <translation>Card {card} expired on {date}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} expires on {date} (in {days} days)</source>
        <translation>Card {card} expires on {date} (in {days} days)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} has expired.</source>
        <translation>Card {card} has expired.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Card {card} has no end date to extend.</source>
        <translation>Card {card} has no end date to extend.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Card {card} has not expired.</source>
        <translation>Card {card} has not expired.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Card {card} has {left} sessions left; {needed} are needed.</source>
        <translation>Card {card} has {left} sessions left; {needed} are needed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is closed.</source>
        <translation>Card {card} is closed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} is frozen.</source>
        <translation>Card {card} is frozen.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is frozen: unfreeze it first.</source>
        <translation>Card {card} is frozen: unfreeze it first.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is not a count card.</source>
        <translation>Card {card} is not a count card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is not a period card.</source>
        <translation>Card {card} is not a period card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is not a stored-value card.</source>
        <translation>Card {card} is not a stored-value card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is valid from {date}.</source>
        <translation>Card {card} is valid from {date}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Card {card} no longer holds what this would take back (it was spent since).</source>
        <translation>Card {card} no longer holds what this would take back (it was spent since).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Card {card} still holds a balance or sessions: refund or transfer them first.</source>
        <translation>Card {card} still holds a balance or sessions: refund or transfer them first.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} was refunded and can no longer be used.</source>
        <translation>Card {card} was refunded and can no longer be used.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} was reported lost and replaced: use the new card.</source>
        <translation>Card {card} was reported lost and replaced: use the new card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Card {card} was used or recharged after it was sold: reverse those first, or refund the card.</source>
        <translation>Card {card} was used or recharged after it was sold: reverse those first, or refund the card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Card · locker</source>
        <translation>Card · locker</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Cards (Up/Down to choose)</source>
        <translation>Cards (Up/Down to choose)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Cards expiring</source>
        <translation>Cards expiring</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Cards expiring from {first} to {last}</source>
        <translation>Cards expiring from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Cards expiring next month</source>
        <translation>Cards expiring next month</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Cards of this product were sold, so its terms cannot change: retire it and create a new product.</source>
        <translation>Cards of this product were sold, so its terms cannot change: retire it and create a new product.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Cards sold</source>
        <translation>Cards sold</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Cards sold: {count}. Members bought these terms, so they cannot change. Retire the product to stop selling it, or copy it as a new product with new terms.</source>
        <translation>Cards sold: {count}. Members bought these terms, so they cannot change. Retire the product to stop selling it, or copy it as a new product with new terms.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Care tasks</source>
        <translation>Care tasks</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Care tasks for {date}: Enter marks the chosen task done, a double click opens the member.</source>
        <translation>Care tasks for {date}: Enter marks the chosen task done, a double click opens the member.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Cash by payment method</source>
        <translation>Cash by payment method</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Cash received by day</source>
        <translation>Cash received by day</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Cash received by payment method</source>
        <translation>Cash received by payment method</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Cash received: money paid by cash, WeChat Pay, Alipay or bank card for card sales, recharges and services, less refunds paid out; reversed rows are taken off the figure they corrected. Card balances and points are not cash, nor is imported history.</source>
        <translation>Cash received: money paid by cash, WeChat Pay, Alipay or bank card for card sales, recharges and services, less refunds paid out; reversed rows are taken off the figure they corrected. Card balances and points are not cash, nor is imported history.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Change</source>
        <translation>Change</translation>
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
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Charge (yuan)</source>
        <translation>Charge (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Check &amp;in</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Check &amp;out</source>
        <translation>Check &amp;out</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Check the history</source>
        <translation>Check the history</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Check the preview</source>
        <translation>Check the preview</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Check-in desk</source>
        <translation>Check-in desk</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Check-out is not used by this club (see the settings).</source>
        <translation>Check-out is not used by this club (see the settings).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Checked in already</source>
        <translation>Checked in already</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Checked in by mistake</source>
        <translation>Checked in by mistake</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Checked in {time}: {charge}</source>
        <translation>Checked in {time}: {charge}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Checked in: operation {number}.</source>
        <translation>Checked in: operation {number}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>Checked in: {name} ({member_no})</source>
        <translation>Checked in: {name} ({member_no})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Checked out</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Choose a check-in in today's list to undo.</source>
        <translation>Choose a check-in in today's list to undo.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Choose a complete folder path, e.g. E:\clubcrm-backups.</source>
        <translation>Choose a complete folder path, e.g. E:\clubcrm-backups.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/cards.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Choose a different card to transfer to.</source>
        <translation>Choose a different card to transfer to.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Choose a validity</source>
        <translation>Choose a validity</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Choose a visit in the lists, or find a member who is inside.</source>
        <translation>Choose a visit in the lists, or find a member who is inside.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>Choose an Excel or a PDF file to write.</source>
        <translation>Choose an Excel or a PDF file to write.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Choose at least one service.</source>
        <translation>Choose at least one service.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Choose how the money is paid: cash, WeChat Pay, Alipay or bank card.</source>
        <translation>Choose how the money is paid: cash, WeChat Pay, Alipay or bank card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Choose the card whose balance you correct.</source>
        <translation>Choose the card whose balance you correct.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Churn rate</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Churned after (days without a visit)</source>
        <translation>Churned after (days without a visit)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Churned members</source>
        <translation>Churned members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Churned members: members at the churned lifecycle stage as of {date}: more than {days} days since their last consumption or check-in, or since they joined if never active (prospects, who never had a card, are not counted). Archived and merged members count in neither figure.</source>
        <translation>Churned members: members at the churned lifecycle stage as of {date}: more than {days} days since their last consumption or check-in, or since they joined if never active (prospects, who never had a card, are not counted). Archived and merged members count in neither figure.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Churning: recent visits below % of the usual</source>
        <translation>Churning: recent visits below % of the usual</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Clearly churning</source>
        <translation>Clearly churning</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Click a tile to list its members.</source>
        <translation>Click a tile to list its members.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Close a card</source>
        <translation>Close a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Close car&amp;d…</source>
        <translation>Close car&amp;d…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Close card</source>
        <translation>Close card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Close card {card} of {name}</source>
        <translation>Close card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Closing</source>
        <translation>Closing</translation>
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
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Compare and choose the record to keep</source>
        <translation>Compare and choose the record to keep</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_html.py"/>
        <source>Computing the members and segments sections…</source>
        <translation>Computing the members and segments sections…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Computing the segments as of {date}…</source>
        <translation>Computing the segments as of {date}…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Computing the segments…</source>
        <translation>Computing the segments…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Consumed (period cards: used up with time)</source>
        <translation>Consumed (period cards: used up with time)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Consumption (net value)</source>
        <translation>Consumption (net value)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Consumption by card type</source>
        <translation>Consumption by card type</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Consumption by service</source>
        <translation>Consumption by service</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Consumption history</source>
        <translation>Consumption history</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Consumption history (does not change balances)</source>
        <translation>Consumption history (does not change balances)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Consumption history imported</source>
        <translation>Consumption history imported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Consumption of {name} ({member_no})</source>
        <translation>Consumption of {name} ({member_no})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Consumption receipt</source>
        <translation>Consumption receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Copy as new product</source>
        <translation>Copy as new product</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Count card</source>
        <translation>Count card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Count-card sessions</source>
        <translation>Count-card sessions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Covered by the card: sessions used</source>
        <translation>Covered by the card: sessions used</translation>
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
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Current tier</source>
        <translation>Current tier</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/reports.py"/>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Daily close</source>
        <translation>Daily close</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Daily close PDF…</source>
        <translation>Daily close PDF…</translation>
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
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Days change</source>
        <translation>Days change</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Days since last visit</source>
        <translation>Days since last visit</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Demo club ready: {members} members in {path}</source>
        <translation>Demo club ready: {members} members in {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Difference</source>
        <translation>Difference</translation>
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
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Discount (yuan)</source>
        <translation>Discount (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Discounts given</source>
        <translation>Discounts given</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>Done: operation {number}.</source>
        <translation>Done: operation {number}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Done: {name}, {what} ({outcome}).</source>
        <translation>Done: {name}, {what} ({outcome}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Dormant after (days without a visit)</source>
        <translation>Dormant after (days without a visit)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Dormant members</source>
        <translation>Dormant members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Dormant members: members in the dormant segment as of {date}: no consumption and no check-in for more than {days} days (counted from the day they joined for members never active).</source>
        <translation>Dormant members: members in the dormant segment as of {date}: no consumption and no check-in for more than {days} days (counted from the day they joined for members never active).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Dry run, nothing written: {imported} of {rows} history rows can be imported, {rejected} rejected.</source>
        <translation>Dry run, nothing written: {imported} of {rows} history rows can be imported, {rejected} rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Dry run, nothing written: {new} new members, {merged} merged, {skipped} duplicates skipped, {rejected} rows rejected.</source>
        <translation>Dry run, nothing written: {new} new members, {merged} merged, {skipped} duplicates skipped, {rejected} rows rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Duplicate, skipped</source>
        <translation>Duplicate, skipped</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Duplicates:</source>
        <translation>Duplicates:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>E&amp;xport visits to Excel…</source>
        <translation>E&amp;xport visits to Excel…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Each bonus step pays a different amount above zero and adds zero or more.</source>
        <translation>Each bonus step pays a different amount above zero and adds zero or more.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Each column of the file and what it holds; change any that was guessed wrong, or choose &quot;Not imported&quot;.</source>
        <translation>Each column of the file and what it holds; change any that was guessed wrong, or choose &quot;Not imported&quot;.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Edit member {member_no}</source>
        <translation>Edit member {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Empty: as much as the card holds</source>
        <translation>Empty: as much as the card holds</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Empty: no automatic upgrade</source>
        <translation>Empty: no automatic upgrade</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Empty: no points</source>
        <translation>Empty: no points</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Empty: the next number</source>
        <translation>Empty: the next number</translation>
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
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Encoding (CSV):</source>
        <translation>Encoding (CSV):</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>End of {month}</source>
        <translation>End of {month}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Enter a number of points above zero.</source>
        <translation>Enter a number of points above zero.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter a whole number above zero.</source>
        <translation>Enter a whole number above zero.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter a whole number, zero or more.</source>
        <translation>Enter a whole number, zero or more.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Enter an amount above zero.</source>
        <translation>Enter an amount above zero.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_fields.py"/>
        <source>Enter an amount, e.g. 88 or 88.50.</source>
        <translation>Enter an amount, e.g. 88 or 88.50.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/money_edit.py"/>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Enter at least one change.</source>
        <translation>Enter at least one change.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Enter on the empty input</source>
        <translation>Enter on the empty input</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter words separated by commas.</source>
        <translation>Enter words separated by commas.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Entries: {count}</source>
        <translation>Entries: {count}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Entry (default)</source>
        <translation>Entry (default)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Entry service</source>
        <translation>Entry service</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Errors and warnings</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Every member is in the tier their consumption qualifies for.</source>
        <translation>Every member is in the tier their consumption qualifies for.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Every row as it will be imported. Rejected rows are left out and can be saved to a file with the reason; choose what to do with each group of duplicates.</source>
        <translation>Every row as it will be imported. Rejected rows are left out and can be saved to a file with the reason; choose what to do with each group of duplicates.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Example values</source>
        <translation>Example values</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Excel turned {text} into scientific notation and lost digits; type the number again as text</source>
        <translation>Excel turned {text} into scientific notation and lost digits; type the number again as text</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
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
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Export the segment</source>
        <translation>Export the segment</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Export the visits</source>
        <translation>Export the visits</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Export visits</source>
        <translation>Export visits</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Export visits to Excel…</source>
        <translation>Export visits to Excel…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/cli_segment.py"/>
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
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Exporting the ledger…</source>
        <translation>Exporting the ledger…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Exporting the member's data…</source>
        <translation>Exporting the member's data…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Exporting the segment…</source>
        <translation>Exporting the segment…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Exporting the visits…</source>
        <translation>Exporting the visits…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend a card</source>
        <translation>Extend a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend by</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Extend by 1 to 3650 days.</source>
        <translation>Extend by 1 to 3650 days.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend card {card} of {name}</source>
        <translation>Extend card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>F score</source>
        <translation>F score</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>FILE_TIER=TIER</source>
        <translation>FILE_TIER=TIER</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Family member added to a card</source>
        <translation>Family member added to a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Family member removed from a card</source>
        <translation>Family member removed from a card</translation>
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
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Find a member above: their cards, the card operations and their ledger appear here.</source>
        <translation>Find a member above: their cards, the card operations and their ledger appear here.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Find a member: last digits of the phone, name, pinyin initials or member number</source>
        <translation>Find a member: last digits of the phone, name, pinyin initials or member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Find a member: last digits of the phone, name, pinyin initials, member number or card number</source>
        <translation>Find a member: last digits of the phone, name, pinyin initials, member number or card number</translation>
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
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Finding the members to call back…</source>
        <translation>Finding the members to call back…</translation>
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
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Free&amp;ze…</source>
        <translation>Free&amp;ze…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Freeze a card</source>
        <translation>Freeze a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Freeze card {card} of {name}</source>
        <translation>Freeze card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>From bonus</source>
        <translation>From bonus</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>From principal</source>
        <translation>From principal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>From the end of {month} (rows) to {date} (columns)</source>
        <translation>From the end of {month} (rows) to {date} (columns)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Frozen since</source>
        <translation>Frozen since</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>Gender {text} not recognised; imported as not given</source>
        <translation>Gender {text} not recognised; imported as not given</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General to develop</source>
        <translation>General to develop</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General to keep</source>
        <translation>General to keep</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General to win back</source>
        <translation>General to win back</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General value</source>
        <translation>General value</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>Give --month YYYY-MM, or --from DATE and --to DATE.</source>
        <translation>Give --month YYYY-MM, or --from DATE and --to DATE.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Give a reason for the merge; it is kept in the audit log.</source>
        <translation>Give a reason for the merge; it is kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Give a reason: it is kept with the record.</source>
        <translation>Give a reason: it is kept with the record.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>Give either --month or --from and --to, not both.</source>
        <translation>Give either --month or --from and --to, not both.</translation>
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
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Grade A</source>
        <translation>Grade A</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Grade A: next % of revenue</source>
        <translation>Grade A: next % of revenue</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Grade B</source>
        <translation>Grade B</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Grade B: next % of revenue</source>
        <translation>Grade B: next % of revenue</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Grade C</source>
        <translation>Grade C</translation>
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
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Growing</source>
        <translation>Growing</translation>
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
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's name</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's phone</source>
        <translation>Guardian's phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Guardian's relation</source>
        <translation>Guardian's relation</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Guests are between 0 and 20.</source>
        <translation>Guests are between 0 and 20.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <source>Guests on a period card pay the entry: choose cash or QR pay.</source>
        <translation>Guests on a period card pay the entry: choose cash or QR pay.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Hand back by {method}</source>
        <translation>Hand back by {method}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>High-loyalty</source>
        <translation>High-loyalty</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-loyalty: median gap at most (days)</source>
        <translation>High-loyalty: median gap at most (days)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-loyalty: top % by spend</source>
        <translation>High-loyalty: top % by spend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>High-unit-price</source>
        <translation>High-unit-price</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-unit-price: top % by average ticket</source>
        <translation>High-unit-price: top % by average ticket</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>High-value</source>
        <translation>High-value</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-value: top % by spend</source>
        <translation>High-value: top % by spend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>History batch {batch}: {imported} of {rows} rows recorded, {rejected} rejected. Balances did not change. The batch can be undone under File &gt; Import batches.</source>
        <translation>History batch {batch}: {imported} of {rows} rows recorded, {rejected} rejected. Balances did not change. The batch can be undone under File &gt; Import batches.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Import &amp;batches…</source>
        <translation>Import &amp;batches…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} cannot be undone: cards {cards} have been used since (recharged, spent, frozen...). Reverse those first, or fix the members by hand.</source>
        <translation>Import batch {batch} cannot be undone: cards {cards} have been used since (recharged, spent, frozen...). Reverse those first, or fix the members by hand.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} cannot be undone: member {member} has spent imported points since.</source>
        <translation>Import batch {batch} cannot be undone: member {member} has spent imported points since.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} cannot be undone: members {members} have been used or changed since (a card sold, points, a merge...).</source>
        <translation>Import batch {batch} cannot be undone: members {members} have been used or changed since (a card sold, points, a merge...).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Import batch {batch} undone: {members} members archived, {cards} cards closed, {history} history rows removed.</source>
        <translation>Import batch {batch} undone: {members} members archived, {cards} cards closed, {history} history rows removed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} was already undone.</source>
        <translation>Import batch {batch} was already undone.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Import batch {batch} was undone.</source>
        <translation>Import batch {batch} was undone.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Import batch {batch}: {members} new members, {attached} existing members with new cards or points, {cards} cards opened; {skipped} duplicates skipped, {rejected} rows rejected. The batch can be undone under File &gt; Import batches while its cards are unused.</source>
        <translation>Import batch {batch}: {members} new members, {attached} existing members with new cards or points, {cards} cards opened; {skipped} duplicates skipped, {rejected} rows rejected. The batch can be undone under File &gt; Import batches while its cards are unused.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Import batches</source>
        <translation>Import batches</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Import members or history</source>
        <translation>Import members or history</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Import undone</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important to develop</source>
        <translation>Important to develop</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important to keep</source>
        <translation>Important to keep</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important to win back</source>
        <translation>Important to win back</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important value</source>
        <translation>Important value</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Imported batch {batch}: {imported} of {rows} history rows; {rejected} rejected.</source>
        <translation>Imported batch {batch}: {imported} of {rows} history rows; {rejected} rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Imported batch {batch}: {new} new members, {merged} merged, {cards} cards; {skipped} duplicates skipped, {rejected} rows rejected.</source>
        <translation>Imported batch {batch}: {new} new members, {merged} merged, {cards} cards; {skipped} duplicates skipped, {rejected} rows rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_bulk.py"/>
        <source>Imported count card</source>
        <translation>Imported count card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Imported opening balance</source>
        <translation>Imported opening balance</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Imported opening balances</source>
        <translation>Imported opening balances</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_bulk.py"/>
        <source>Imported period card</source>
        <translation>Imported period card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_bulk.py"/>
        <source>Imported stored-value card</source>
        <translation>Imported stored-value card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_day.py"/>
        <source>Inside now</source>
        <translation>Inside now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Inside since {time}</source>
        <translation>Inside since {time}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>It had already been done; nothing was charged again.</source>
        <translation>It had already been done; nothing was charged again.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Items bought</source>
        <translation>Items bought</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Join date</source>
        <translation>Join date</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Joined from</source>
        <translation>Joined from</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
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
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Keep them separate</source>
        <translation>Keep them separate</translation>
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
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Largest single operation (¥)</source>
        <translation>Largest single operation (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Last backup {days} days ago: use File › Back up now</source>
        <translation>Last backup {days} days ago: use File › Back up now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Last visit or consumption</source>
        <translation>Last visit or consumption</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Last visit {date}, {days} days ago</source>
        <translation>Last visit {date}, {days} days ago</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Leave empty for the next number ({example})</source>
        <translation>Leave empty for the next number ({example})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Leave unmapped (reported)</source>
        <translation>Leave unmapped (reported)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Ledger exported</source>
        <translation>Ledger exported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>Lifecycle stages</source>
        <translation>Lifecycle stages</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>List price (yuan)</source>
        <translation>List price (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>List value</source>
        <translation>List value</translation>
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
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Locker or wristband</source>
        <translation>Locker or wristband</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Lost card replaced</source>
        <translation>Lost card replaced</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Low balance</source>
        <translation>Low balance</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Low balance alert below (¥)</source>
        <translation>Low balance alert below (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Low balance on card {card}: {balance}</source>
        <translation>Low balance on card {card}: {balance}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Low-price high-frequency</source>
        <translation>Low-price high-frequency</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Low-price high-frequency: lower % by ticket</source>
        <translation>Low-price high-frequency: lower % by ticket</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Low-price high-frequency: top % by visit days</source>
        <translation>Low-price high-frequency: top % by visit days</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Low-price low-frequency</source>
        <translation>Low-price low-frequency</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Low-price low-frequency: bottom % by both</source>
        <translation>Low-price low-frequency: bottom % by both</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>M score</source>
        <translation>M score</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_html.py"/>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>Made on {at}</source>
        <translation>Made on {at}</translation>
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
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Mark a care task done</source>
        <translation>Mark a care task done</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Match the tiers</source>
        <translation>Match the tiers</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Matches: {count}</source>
        <translation>Matches: {count}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Mature</source>
        <translation>Mature</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Mature after (days of membership)</source>
        <translation>Mature after (days of membership)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Meituan / Dianping</source>
        <translation>Meituan / Dianping</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Member</source>
        <translation>Member</translation>
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
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Member club</source>
        <translation>Member club</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/care_tasks_table_model.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Member number pattern</source>
        <translation>Member number pattern</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Member number {member_no}</source>
        <translation>Member number {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member number {member_no} is already in use.</source>
        <translation>Member number {member_no} is already in use.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Member number {member_no} is already {name}'s: this member gets the next free number instead</source>
        <translation>Member number {member_no} is already {name}'s: this member gets the next free number instead</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>Member number {text} lost its leading zeros in Excel (the others have {width} digits); type it again as text</source>
        <translation>Member number {text} lost its leading zeros in Excel (the others have {width} digits); type it again as text</translation>
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
        <location filename="../../clubcrm/services/import_files.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/report_members.py"/>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members and spend by lifecycle stage as of {date}</source>
        <translation>Members and spend by lifecycle stage as of {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members and spend by primary segment as of {date}</source>
        <translation>Members and spend by primary segment as of {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members and spend by value grade as of {date}</source>
        <translation>Members and spend by value grade as of {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Members at the period's end</source>
        <translation>Members at the period's end</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members by primary segment</source>
        <translation>Members by primary segment</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members exported</source>
        <translation>Members exported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members imported</source>
        <translation>Members imported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members merged</source>
        <translation>Members merged</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Members pay</source>
        <translation>Members pay</translation>
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
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Merge into one member</source>
        <translation>Merge into one member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
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
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Message sent</source>
        <translation>Message sent</translation>
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
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Minutes inside</source>
        <translation>Minutes inside</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/care_tasks_table_model.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Mobile {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Money rules</source>
        <translation>Money rules</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Month end</source>
        <translation>Month end</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Months counted for spend and visit days</source>
        <translation>Months counted for spend and visit days</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Months counted for the average ticket</source>
        <translation>Months counted for the average ticket</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>Moved in (green) and out (red) since last month</source>
        <translation>Moved in (green) and out (red) since last month</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Movement between primary segments since the end of {month}</source>
        <translation>Movement between primary segments since the end of {month}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Movement since last month</source>
        <translation>Movement since last month</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Movement: each member's primary segment at the end of {month} (kept when that month was over) against {date}. Members who joined since count as moved in; members no longer counted (archived or merged) as moved out.</source>
        <translation>Movement: each member's primary segment at the end of {month} (kept when that month was over) against {date}. Members who joined since count as moved in; members no longer counted (archived or merged) as moved out.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <location filename="../../clubcrm/ui/models/care_tasks_table_model.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Net spend</source>
        <translation>Net spend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Net value</source>
        <translation>Net value</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Net value by service</source>
        <translation>Net value by service</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Net value: list price less discounts. Revenue recognised: principal spent from stored-value cards, count-card sessions used at their price per session, and money paid at the desk; bonus spent and points credit are not revenue, and period cards earn with time (see the prepaid liability).</source>
        <translation>Net value: list price less discounts. Revenue recognised: principal spent from stored-value cards, count-card sessions used at their price per session, and money paid at the desk; bonus spent and points credit are not revenue, and period cards earn with time (see the prepaid liability).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>New card number</source>
        <translation>New card number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>New card product</source>
        <translation>New card product</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>New club database</source>
        <translation>New club database</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>New for (days after joining)</source>
        <translation>New for (days after joining)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>New member (has duplicates)</source>
        <translation>New member (has duplicates)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>New members: members who joined in the period.</source>
        <translation>New members: members who joined in the period.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>New password for {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>New tier</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Newly joined</source>
        <translation>Newly joined</translation>
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
        <location filename="../../clubcrm/domain/care.py"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>No automatic upgrade</source>
        <translation>No automatic upgrade</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>No backup yet: use File › Back up now</source>
        <translation>No backup yet: use File › Back up now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>No card (paid at the desk)</source>
        <translation>No card (paid at the desk)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>No card product named {text}; the chosen default product is used</source>
        <translation>No card product named {text}; the chosen default product is used</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>No card products yet: the owner sets them up under Card products and services.</source>
        <translation>No card products yet: the owner sets them up under Card products and services.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>No card: pay in money</source>
        <translation>No card: pay in money</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_fields.py"/>
        <source>No discount</source>
        <translation>No discount</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>No entry service is set: the owner chooses it in the settings (check-in desk).</source>
        <translation>No entry service is set: the owner chooses it in the settings (check-in desk).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>No expiry</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_header.py"/>
        <source>No header row found: the first {rows} rows name no known columns (name, phone, member number...).</source>
        <translation>No header row found: the first {rows} rows name no known columns (name, phone, member number...).</translation>
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
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>No member or card matches {query}.</source>
        <translation>No member or card matches {query}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>No member or card matches {text}.</source>
        <translation>No member or card matches {text}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>No member with id {id}.</source>
        <translation>No member with id {id}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>No member with number or phone {text}</source>
        <translation>No member with number or phone {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>No movement: the club had no members at the end of the month before.</source>
        <translation>No movement: the club had no members at the end of the month before.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>No password</source>
        <translation>No password</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>No rows in this period.</source>
        <translation>No rows in this period.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>No snapshot of last month yet: the movement shows once a month with data is over.</source>
        <translation>No snapshot of last month yet: the movement shows once a month with data is over.</translation>
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
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>No tier named {text}; imported without a tier (map it to a tier to keep it)</source>
        <translation>No tier named {text}; imported without a tier (map it to a tier to keep it)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>No usable card: sell a card, or check in a single entry.</source>
        <translation>No usable card: sell a card, or check in a single entry.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>No visit since joining on {date}, {days} days ago</source>
        <translation>No visit since joining on {date}, {days} days ago</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>No visits in this period.</source>
        <translation>No visits in this period.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>No — do not promote</source>
        <translation>No — do not promote</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>None: entry is free on stored-value cards</source>
        <translation>None: entry is free on stored-value cards</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a date: {text} (for example 2024-05-03)</source>
        <translation>Not a date: {text} (for example 2024-05-03)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a possible birthday: {text}</source>
        <translation>Not a possible birthday: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a valid phone number: {text}</source>
        <translation>Not a valid phone number: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <source>Not a valid phone number: {text} (a mainland mobile has 11 digits starting with 1)</source>
        <translation>Not a valid phone number: {text} (a mainland mobile has 11 digits starting with 1)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a whole number: {text}</source>
        <translation>Not a whole number: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <location filename="../../clubcrm/domain/money.py"/>
        <source>Not an amount of money: {text}</source>
        <translation>Not an amount of money: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Not counted in the segments (archived, merged or joined later).</source>
        <translation>Not counted in the segments (archived, merged or joined later).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>Not counted now</source>
        <translation>Not counted now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>Not counted then</source>
        <translation>Not counted then</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Not enough balance on card {card}: it holds {balance}, {amount} is needed.</source>
        <translation>Not enough balance on card {card}: it holds {balance}, {amount} is needed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Not enough balance on card {card}: it holds {balance}, {needed} is needed.</source>
        <translation>Not enough balance on card {card}: it holds {balance}, {needed} is needed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Not enough points: {needed} are needed, the member has {points}.</source>
        <translation>Not enough points: {needed} are needed, the member has {points}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <location filename="../../clubcrm/services/care_tasks.py"/>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Not one of the offered choices: {value}</source>
        <translation>Not one of the offered choices: {value}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Note words shown as alerts</source>
        <translation>Note words shown as alerts</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Nothing imported, no batch made: {rejected} of {rows} history rows rejected.</source>
        <translation>Nothing imported, no batch made: {rejected} of {rows} history rows rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Nothing imported, no batch made: {skipped} duplicates skipped, {rejected} rows rejected.</source>
        <translation>Nothing imported, no batch made: {skipped} duplicates skipped, {rejected} rows rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/care_tab.py"/>
        <source>Nothing left to do in this list.</source>
        <translation>Nothing left to do in this list.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Nothing to import: every row is a duplicate that is skipped, or rejected.</source>
        <translation>Nothing to import: every row is a duplicate that is skipped, or rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_commit.py"/>
        <source>Nothing to import: every row is a duplicate that is skipped, or rejected. No import batch was made.</source>
        <translation>Nothing to import: every row is a duplicate that is skipped, or rejected. No import batch was made.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <location filename="../../clubcrm/io/report_html.py"/>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>Nothing was recorded in this period: no money moved and nobody checked in.</source>
        <translation>Nothing was recorded in this period: no money moved and nobody checked in.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Only a year, not a date: {text}</source>
        <translation>Only a year, not a date: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Only count cards cover chosen services.</source>
        <translation>Only count cards cover chosen services.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Only stored-value cards give a discount on consumption.</source>
        <translation>Only stored-value cards give a discount on consumption.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Only stored-value cards have recharge bonus rules.</source>
        <translation>Only stored-value cards have recharge bonus rules.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>Only the owner can approve this amount.</source>
        <translation>Only the owner can approve this amount.</translation>
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
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Only {sessions} sessions left on card {card}</source>
        <translation>Only {sessions} sessions left on card {card}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Operation {number} done.</source>
        <translation>Operation {number} done.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Operations and sales by staff member</source>
        <translation>Operations and sales by staff member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Operations: the actions a staff member recorded (a sale, a recharge, a consumption, a check-in...). Visits served: check-ins naming them as the serving staff.</source>
        <translation>Operations: the actions a staff member recorded (a sale, a recharge, a consumption, a check-in...). Visits served: check-ins naming them as the serving staff.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Operator: {name} ({role})</source>
        <translation>Operator: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Optional: e.g. travelling, injured</source>
        <translation>Optional: e.g. travelling, injured</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Optional: e.g. will come on Friday to renew</source>
        <translation>Optional: e.g. will come on Friday to renew</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Optional: why the member leaves</source>
        <translation>Optional: why the member leaves</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Other changes</source>
        <translation>Other changes</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Other folder…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Other members</source>
        <translation>Other members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>Owner approval</source>
        <translation>Owner approval</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <location filename="../../clubcrm/ui/report_printing.py"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Paid (yuan)</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Paid at the desk</source>
        <translation>Paid at the desk</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Paid back by</source>
        <translation>Paid back by</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid by {method}</source>
        <translation>Paid by {method}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Paid from card</source>
        <translation>Paid from card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid from the card</source>
        <translation>Paid from the card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid with points (¥)</source>
        <translation>Paid with points (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid with {points} points</source>
        <translation>Paid with {points} points</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Part paid by card (¥)</source>
        <translation>Part paid by card (¥)</translation>
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
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Past consumption for reports and segments; balances do not change. Nothing is written until you import.</source>
        <translation>Past consumption for reports and segments; balances do not change. Nothing is written until you import.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Pay from card</source>
        <translation>Pay from card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Pay {pay}, get {bonus} free</source>
        <translation>Pay {pay}, get {bonus} free</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Paying with points</source>
        <translation>Paying with points</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Period card</source>
        <translation>Period card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Period cards' value</source>
        <translation>Period cards' value</translation>
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
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Points can pay at most the amount due ({amount}).</source>
        <translation>Points can pay at most the amount due ({amount}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Points change</source>
        <translation>Points change</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Points per yuan are between 0 and 100.</source>
        <translation>Points per yuan are between 0 and 100.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Points per ¥1</source>
        <translation>Points per ¥1</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Points per ¥1 spent</source>
        <translation>Points per ¥1 spent</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Points redemption receipt</source>
        <translation>Points redemption receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <source>Points {points}</source>
        <translation>Points {points}</translation>
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
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>Possible: {fixes}</source>
        <translation>Possible: {fixes}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Prepaid liability</source>
        <translation>Prepaid liability</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Prepaid liability roll-forward</source>
        <translation>Prepaid liability roll-forward</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Prepaid liability: what the club still owes its members on their cards. Opening + cards sold + recharged + imported ± transferred ± adjusted − consumed − refunded − expired = closing.</source>
        <translation>Prepaid liability: what the club still owes its members on their cards. Opening + cards sold + recharged + imported ± transferred ± adjusted − consumed − refunded − expired = closing.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Price (¥) *</source>
        <translation>Price (¥) *</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Price paid</source>
        <translation>Price paid</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Primary segment</source>
        <translation>Primary segment</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Primary segment: the first met in this order</source>
        <translation>Primary segment: the first met in this order</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Principal (yuan)</source>
        <translation>Principal (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Principal change (yuan)</source>
        <translation>Principal change (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Principal change (¥)</source>
        <translation>Principal change (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Principal first, then bonus</source>
        <translation>Principal first, then bonus</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Principal paid</source>
        <translation>Principal paid</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Print &amp;daily close…</source>
        <translation>Print &amp;daily close…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/report_printing.py"/>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Pro rata keeps the bonus fair: what was consumed counts partly against the principal, in the share principal had in everything put on the card.</source>
        <translation>Pro rata keeps the bonus fair: what was consumed counts partly against the principal, in the share principal had in everything put on the card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Pro rata: principal paid − consumed × principal ÷ (principal + bonus)</source>
        <translation>Pro rata: principal paid − consumed × principal ÷ (principal + bonus)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Proposed tier</source>
        <translation>Proposed tier</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>R score</source>
        <translation>R score</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>RFM group</source>
        <translation>RFM group</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>RFM groups</source>
        <translation>RFM groups</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>RFM: a score counts as high from</source>
        <translation>RFM: a score counts as high from</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Range of days</source>
        <translation>Range of days</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;fund…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Re&amp;veal phone</source>
        <translation>Re&amp;veal phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Re&amp;verse row…</source>
        <translation>Re&amp;verse row…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_files.py"/>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Recent span for churning (months)</source>
        <translation>Recent span for churning (months)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Reception may undo a check-in within 10 minutes; after that a manager must.</source>
        <translation>Reception may undo a check-in within 10 minutes; after that a manager must.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Recharge</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Recharge at least (¥)</source>
        <translation>Recharge at least (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Recharge bonus</source>
        <translation>Recharge bonus</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Recharge card {card} of {name}</source>
        <translation>Recharge card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Recharge receipt</source>
        <translation>Recharge receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Recharged</source>
        <translation>Recharged</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Recharges</source>
        <translation>Recharges</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Record check-out (time out and duration)</source>
        <translation>Record check-out (time out and duration)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Records sharing a phone, or a name and a full birthday, are probably one person. Merging them is your decision.</source>
        <translation>Records sharing a phone, or a name and a full birthday, are probably one person. Merging them is your decision.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Redeem</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Redeem &amp;points…</source>
        <translation>Redeem &amp;points…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Redeem points</source>
        <translation>Redeem points</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Redeem points of {name} ({member_no})</source>
        <translation>Redeem points of {name} ({member_no})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Referred by a member</source>
        <translation>Referred by a member</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Refund a card</source>
        <translation>Refund a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refund calculation</source>
        <translation>Refund calculation</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Refund card {card} of {name}</source>
        <translation>Refund card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refund statement</source>
        <translation>Refund statement</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refundable</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refunded by {method}</source>
        <translation>Refunded by {method}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Refunds paid out</source>
        <translation>Refunds paid out</translation>
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
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_files.py"/>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Remaining principal</source>
        <translation>Remaining principal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Remaining sessions</source>
        <translation>Remaining sessions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Remember this mapping for files with the same columns</source>
        <translation>Remember this mapping for files with the same columns</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/sale_items_editor.py"/>
        <source>Remove this service</source>
        <translation>Remove this service</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Renew the card</source>
        <translation>Renew the card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Replace &amp;lost card…</source>
        <translation>Replace &amp;lost card…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Replace a lost card</source>
        <translation>Replace a lost card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Replace lost card {card} of {name}</source>
        <translation>Replace lost card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Replaced (lost)</source>
        <translation>Replaced (lost)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Report exported</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Report written to {path}</source>
        <translation>Report written to {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Reports show the club's money: a manager or the owner can open them.</source>
        <translation>Reports show the club's money: a manager or the owner can open them.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Required: e.g. pool closed for repairs</source>
        <translation>Required: e.g. pool closed for repairs</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Required: e.g. swim cap, towel</source>
        <translation>Required: e.g. swim cap, towel</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Required: kept with the ledger row</source>
        <translation>Required: kept with the ledger row</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Required: what was wrong</source>
        <translation>Required: what was wrong</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Rest paid by</source>
        <translation>Rest paid by</translation>
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
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Retention and churn</source>
        <translation>Retention and churn</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Retention rate</source>
        <translation>Retention rate</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Retention rate: of the members active in the previous period of equal length ({first} to {last}), the share also active in this period. Churn rate: 100% less the retention rate.</source>
        <translation>Retention rate: of the members active in the previous period of equal length ({first} to {last}), the share also active in this period. Churn rate: 100% less the retention rate.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Revenue recognised</source>
        <translation>Revenue recognised</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Reversal receipt</source>
        <translation>Reversal receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Reverse a ledger row</source>
        <translation>Reverse a ledger row</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Reverse row {row}: {kind} on {time}</source>
        <translation>Reverse row {row}: {kind} on {time}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Reversed by row</source>
        <translation>Reversed by row</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Reverses row</source>
        <translation>Reverses row</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Review tiers</source>
        <translation>Review tiers</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Review tiers…</source>
        <translation>Review tiers…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Reviewing the consumption of every member…</source>
        <translation>Reviewing the consumption of every member…</translation>
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
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Row {row} cannot be reversed (a reversal, a refund, an expiry or a change of the card's state is corrected by its own operation).</source>
        <translation>Row {row} cannot be reversed (a reversal, a refund, an expiry or a change of the card's state is corrected by its own operation).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Row {row} was already reversed.</source>
        <translation>Row {row} was already reversed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Rows imported</source>
        <translation>Rows imported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>S&amp;hare with family…</source>
        <translation>S&amp;hare with family…</translation>
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
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Same {what} as member {member_no} ({name}) already in the club</source>
        <translation>Same {what} as member {member_no} ({name}) already in the club</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Same {what} as row {row} of the file</source>
        <translation>Same {what} as row {row} of the file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Save the form (Enter or Ctrl+S)</source>
        <translation>Save the form (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Save the import template…</source>
        <translation>Save the import template…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Save the rejected rows…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Scan a card, or type a phone, a name or a member number.</source>
        <translation>Scan a card, or type a phone, a name or a member number.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Scan a card, or type the last digits of the phone, a name or pinyin initials, then Enter</source>
        <translation>Scan a card, or type the last digits of the phone, a name or pinyin initials, then Enter</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Scan or type the card number</source>
        <translation>Scan or type the card number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Scan or type the card to transfer to, or find its member.</source>
        <translation>Scan or type the card to transfer to, or find its member.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Scan or type the new card's number</source>
        <translation>Scan or type the new card's number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Scan received while a dialog was open: {text}</source>
        <translation>Scan received while a dialog was open: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Segment thresholds</source>
        <translation>Segment thresholds</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>Segments (each member once, by primary segment)</source>
        <translation>Segments (each member once, by primary segment)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segmentation.py"/>
        <source>Segments are computed up to today, not for {date}.</source>
        <translation>Segments are computed up to today, not for {date}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Segments as of {date}, as the segments view computes them: each member counts once, in their primary segment; spend is their consumption in the {months} months up to that day. Value grade: members ranked by that spend, the first {vip}% of it VIP, the next {a}% A, the next {b}% B, the rest C. Archived and merged members are not counted.</source>
        <translation>Segments as of {date}, as the segments view computes them: each member counts once, in their primary segment; spend is their consumption in the {months} months up to that day. Value grade: members ranked by that spend, the first {vip}% of it VIP, the next {a}% A, the next {b}% B, the rest C. Archived and merged members are not counted.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>Segments as of {date}: {members} members</source>
        <translation>Segments as of {date}: {members} members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Segments met</source>
        <translation>Segments met</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Sell a card</source>
        <translation>Sell a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Sell a card to {name} ({member_no})</source>
        <translation>Sell a card to {name} ({member_no})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Sell card</source>
        <translation>Sell card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Served &amp;by</source>
        <translation>Served &amp;by</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Served by</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Services covered</source>
        <translation>Services covered</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Services or card products changed</source>
        <translation>Services or card products changed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Services paid at the desk</source>
        <translation>Services paid at the desk</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Services, cards and tiers</source>
        <translation>Services, cards and tiers</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Sessions *</source>
        <translation>Sessions *</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Sessions and validity are whole numbers, zero or more.</source>
        <translation>Sessions and validity are whole numbers, zero or more.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Sessions become cards of:</source>
        <translation>Sessions become cards of:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Sessions change</source>
        <translation>Sessions change</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Sessions left</source>
        <translation>Sessions left</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Sessions sold</source>
        <translation>Sessions sold</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Sessions used</source>
        <translation>Sessions used</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Sessions' value</source>
        <translation>Sessions' value</translation>
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
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>Several members have the phone {text}; give the member number</source>
        <translation>Several members have the phone {text}; give the member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>Several members match {query}: scan the card or give the member number.</source>
        <translation>Several members match {query}: scan the card or give the member number.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Share of members</source>
        <translation>Share of members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Share of spend</source>
        <translation>Share of spend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>Share with family</source>
        <translation>Share with family</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
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
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>Since the end of {month}:</source>
        <translation>Since the end of {month}:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Single entry</source>
        <translation>Single entry</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Single entry (cash or QR pay)</source>
        <translation>Single entry (cash or QR pay)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Single entry / walk-in…</source>
        <translation>Single entry / walk-in…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Single entry for {who}</source>
        <translation>Single entry for {who}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Skip the duplicates</source>
        <translation>Skip the duplicates</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Something went wrong and the action was not completed. The details were written to the log in {folder}.</source>
        <translation>Something went wrong and the action was not completed. The details were written to the log in {folder}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Source channel</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Spend (12 months)</source>
        <translation>Spend (12 months)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Spend (yuan)</source>
        <translation>Spend (yuan)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/care_tasks_table_model.py"/>
        <source>Spend, last {months} months</source>
        <translation>Spend, last {months} months</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Spend: the net value (list price less discounts) of the member's consumption in the period, however it was paid.</source>
        <translation>Spend: the net value (list price less discounts) of the member's consumption in the period, however it was paid.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Staff</source>
        <translation>Staff</translation>
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
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>Start a new entry (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Stored-value card</source>
        <translation>Stored-value card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Sum of card balances at the period's end</source>
        <translation>Sum of card balances at the period's end</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Take back by {method}</source>
        <translation>Take back by {method}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Template written: {path}</source>
        <translation>Template written: {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Thank you for your visit. Keep this receipt for your records.</source>
        <translation>Thank you for your visit. Keep this receipt for your records.</translation>
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
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The card expired on {text}; it is imported and expires at the next start</source>
        <translation>The card expired on {text}; it is imported and expires at the next start</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>The card's owner can always use it.</source>
        <translation>The card's owner can always use it.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>The closing figure is checked against the cards' balances (less the changes after the period's end): the difference must be zero.</source>
        <translation>The closing figure is checked against the cards' balances (less the changes after the period's end): the difference must be zero.</translation>
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
        <location filename="../../clubcrm/cli_import.py"/>
        <source>The club has no tier {tier} (its tiers: {tiers}).</source>
        <translation>The club has no tier {tier} (its tiers: {tiers}).</translation>
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
        <location filename="../../clubcrm/services/import_commit.py"/>
        <source>The club's members changed since the preview (a member number is now taken); preview the file again.</source>
        <translation>The club's members changed since the preview (a member number is now taken); preview the file again.</translation>
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
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>The export file must end in .xlsx: {path}</source>
        <translation>The export file must end in .xlsx: {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>The file has more than {limit} rows; split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>The file holds:</source>
        <translation>The file holds:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>The file must end in {suffix}: {path}</source>
        <translation>The file must end in {suffix}: {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>The first day comes after the last day.</source>
        <translation>The first day comes after the last day.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>The first rows, as they will be recorded:</source>
        <translation>The first rows, as they will be recorded:</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>The first {count} matches; type more to narrow the search.</source>
        <translation>The first {count} matches; type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The formula in this cell has no saved value; open the file in Excel, save it, and import again</source>
        <translation>The formula in this cell has no saved value; open the file in Excel, save it, and import again</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>The guardians of the members under 14 in this file have consented to their data being kept (recorded with your name)</source>
        <translation>The guardians of the members under 14 in this file have consented to their data being kept (recorded with your name)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_commit.py"/>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The join date {text} is in the future; today is used</source>
        <translation>The join date {text} is in the future; today is used</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>The mapping file {path} must be a JSON object of header: field.</source>
        <translation>The mapping file {path} must be a JSON object of header: field.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>The member has already used the points this would take back.</source>
        <translation>The member has already used the points this would take back.</translation>
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
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>The members to call back could not be found; the details are in the log.</source>
        <translation>The members to call back could not be found; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The name is missing</source>
        <translation>The name is missing</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>The name is too long (at most 60 characters).</source>
        <translation>The name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>The new card is {card}.</source>
        <translation>The new card is {card}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>The old card</source>
        <translation>The old card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The owner account has already been set up.</source>
        <translation>The owner account has already been set up.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>The part paid by card is between ¥0.00 and the amount due ({amount}).</source>
        <translation>The part paid by card is between ¥0.00 and the amount due ({amount}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>The period ends ({last}) before it starts ({first}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>The period starts on {first}, in the future: there is nothing to report yet.</source>
        <translation>The period starts on {first}, in the future: there is nothing to report yet.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>The reason is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>The scan arrived in two parts ({text}); nothing was done. Please scan again.</source>
        <translation>The scan arrived in two parts ({text}); nothing was done. Please scan again.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>The segments could not be computed.</source>
        <translation>The segments could not be computed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The sheet has {columns} columns; at most {limit} can be imported.</source>
        <translation>The sheet has {columns} columns; at most {limit} can be imported.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The sheet {sheet} is damaged.</source>
        <translation>The sheet {sheet} is damaged.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>The tiers named in the file and the club's tier each becomes. A tier left unmapped is imported without a tier and reported on its rows.</source>
        <translation>The tiers named in the file and the club's tier each becomes. A tier left unmapped is imported without a tier and reported on its rows.</translation>
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
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Their cards</source>
        <translation>Their cards</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>There is no active staff member named {name}.</source>
        <translation>There is no active staff member named {name}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>There is no card numbered {card}.</source>
        <translation>There is no card numbered {card}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>There is no card {card}.</source>
        <translation>There is no card {card}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>There is no import batch {batch}.</source>
        <translation>There is no import batch {batch}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segmentation.py"/>
        <source>There is no segment {key}.</source>
        <translation>There is no segment {key}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>There is no sheet named {sheet}.</source>
        <translation>There is no sheet named {sheet}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>There is no such card (it may have been replaced).</source>
        <translation>There is no such card (it may have been replaced).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <source>There is no such card.</source>
        <translation>There is no such card.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>There is no such ledger row.</source>
        <translation>There is no such ledger row.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/care_tasks.py"/>
        <location filename="../../clubcrm/services/visit_alerts.py"/>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>There is no such member.</source>
        <translation>There is no such member.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>There is no such visit.</source>
        <translation>There is no such visit.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>This account is disabled; ask the owner.</source>
        <translation>This account is disabled; ask the owner.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/cards.py"/>
        <source>This card is sold at its price; change the product to change the price.</source>
        <translation>This card is sold at its price; change the product to change the price.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/cards.py"/>
        <source>This card product is no longer sold.</source>
        <translation>This card product is no longer sold.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>This check-in was already undone.</source>
        <translation>This check-in was already undone.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>This check-in was undone.</source>
        <translation>This check-in was undone.</translation>
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
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>This entry refers to a service or product that no longer exists; reopen the window and try again.</source>
        <translation>This entry refers to a service or product that no longer exists; reopen the window and try again.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>This file was already imported as batch {batch}; undo that batch first to import it again.</source>
        <translation>This file was already imported as batch {batch}; undo that batch first to import it again.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>This file was imported before (batch {batches}).</source>
        <translation>This file was imported before (batch {batches}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>This file was imported before (batch {batches}); its members are skipped as duplicates.</source>
        <translation>This file was imported before (batch {batches}); its members are skipped as duplicates.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_alerts.py"/>
        <source>This member is frozen: unfreeze the member first.</source>
        <translation>This member is frozen: unfreeze the member first.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <location filename="../../clubcrm/services/visit_alerts.py"/>
        <source>This member record is not active (archived, merged or anonymised).</source>
        <translation>This member record is not active (archived, merged or anonymised).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>This name is already used; choose another.</source>
        <translation>This name is already used; choose another.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>This phone belongs to member {member_no} ({name}). Open the existing record instead?</source>
        <translation>This phone belongs to member {member_no} ({name}). Open the existing record instead?</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/operations.py"/>
        <source>This request number was already used for a different operation; nothing was done.</source>
        <translation>This request number was already used for a different operation; nothing was done.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <source>This service is no longer offered.</source>
        <translation>This service is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>This threshold is not valid: {name}</source>
        <translation>This threshold is not valid: {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Tick none to let the sessions pay for any service.</source>
        <translation>Tick none to let the sessions pay for any service.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Tier changed for {count} members.</source>
        <translation>Tier changed for {count} members.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Tier discount</source>
        <translation>Tier discount</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Tier in the file</source>
        <translation>Tier in the file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Tier review applied</source>
        <translation>Tier review applied</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Tier {tier}</source>
        <translation>Tier {tier}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Tiers not mapped (imported without a tier): {tiers}.</source>
        <translation>Tiers not mapped (imported without a tier): {tiers}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Tiers the club does not have, imported without a tier (map them with --tier-map FILE_TIER=TIER): {tiers}</source>
        <translation>Tiers the club does not have, imported without a tier (map them with --tier-map FILE_TIER=TIER): {tiers}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>To card</source>
        <translation>To card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_day.py"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_day.py"/>
        <source>Today: {count} check-ins, {guests} guests, {sessions} sessions, {charge}; {inside} inside</source>
        <translation>Today: {count} check-ins, {guests} guests, {sessions} sessions, {charge}; {inside} inside</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>Too many wrong passwords: this account is locked until {time}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Top members</source>
        <translation>Top members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Top {count} members by spend</source>
        <translation>Top {count} members by spend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Total owed</source>
        <translation>Total owed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Transaction reversed</source>
        <translation>Transaction reversed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Transfer balance</source>
        <translation>Transfer balance</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Transfer from card {card} of {name}</source>
        <translation>Transfer from card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Transfer receipt</source>
        <translation>Transfer receipt</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Transferred or replaced (net)</source>
        <translation>Transferred or replaced (net)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Type something to search for.</source>
        <translation>Type something to search for.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Undo a check-in</source>
        <translation>Undo a check-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undo import batch {batch} ({file})? Its new members are archived, its cards closed and their opening balances reversed.</source>
        <translation>Undo import batch {batch} ({file})? Its new members are archived, its cards closed and their opening balances reversed.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undo the batch</source>
        <translation>Undo the batch</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undo the batch…</source>
        <translation>Undo the batch…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Undo the check-in of {who} at {time}? Its charge is reversed on the ledger.</source>
        <translation>Undo the check-in of {who} at {time}? Its charge is reversed on the ledger.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undone {time}</source>
        <translation>Undone {time}</translation>
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
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Unfree&amp;ze…</source>
        <translation>Unfree&amp;ze…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Unfreeze a card</source>
        <translation>Unfreeze a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Unfreeze card {card} of {name}</source>
        <translation>Unfreeze card {card} of {name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Unfreeze the card</source>
        <translation>Unfreeze the card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Unknown field {name} in the column mapping.</source>
        <translation>Unknown field {name} in the column mapping.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Unmapped: {tiers}</source>
        <translation>Unmapped: {tiers}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Updated at</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Upgrade at 12-month spend (¥)</source>
        <translation>Upgrade at 12-month spend (¥)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Upgrade rule</source>
        <translation>Upgrade rule</translation>
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
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>VIP: first % of revenue</source>
        <translation>VIP: first % of revenue</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Value grade</source>
        <translation>Value grade</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>Value grades</source>
        <translation>Value grades</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Visit days (12 months)</source>
        <translation>Visit days (12 months)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Visits by day</source>
        <translation>Visits by day</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Visits by hour of day</source>
        <translation>Visits by hour of day</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Visits by weekday and hour</source>
        <translation>Visits by weekday and hour</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Visits exported</source>
        <translation>Visits exported</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/hour_chart.py"/>
        <source>Visits per hour</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Visits served</source>
        <translation>Visits served</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Visits: {count}</source>
        <translation>Visits: {count}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Walk-in customer</source>
        <translation>Walk-in customer</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Walk-in visitor</source>
        <translation>Walk-in visitor</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Walk-in visitors</source>
        <translation>Walk-in visitors</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Warn when the last backup is older than (days)</source>
        <translation>Warn when the last backup is older than (days)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Welcome back: last visit {days} days ago ({date})</source>
        <translation>Welcome back: last visit {days} days ago ({date})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Welcome. Create the owner's account first: the owner adds staff accounts, sees the audit log and restores backups. From now on everybody signs in.</source>
        <translation>Welcome. Create the owner's account first: the owner adds staff accounts, sees the audit log and restores backups. From now on everybody signs in.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/care_tasks_table_model.py"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>Who besides {name} may use card {card}</source>
        <translation>Who besides {name} may use card {card}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Who would move up or down under these rules today</source>
        <translation>Who would move up or down under these rules today</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Why these are one person, e.g. registered twice</source>
        <translation>Why these are one person, e.g. registered twice</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Why, e.g. scanned by mistake</source>
        <translation>Why, e.g. scanned by mistake</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Will come</source>
        <translation>Will come</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Write --tier-map as FILE_TIER=TIER: {text}</source>
        <translation>Write --tier-map as FILE_TIER=TIER: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
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
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
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
        <source>Your role may not import members or history.</source>
        <translation>Your role may not import members or history.</translation>
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
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not see the reports.</source>
        <translation>Your role may not see the reports.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>a JSON file of column header: field</source>
        <translation>a JSON file of column header: field</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>a day is written YYYY-MM-DD: {text}</source>
        <translation>a day is written YYYY-MM-DD: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>a folder, or a file name ending in .sqlite (default: the backup folder)</source>
        <translation>a folder, or a file name ending in .sqlite (default: the backup folder)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>a single entry paid this way instead of a card</source>
        <translation>a single entry paid this way instead of a card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>a walk-in (not a member)</source>
        <translation>a walk-in (not a member)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>accompanying guests, each charged</source>
        <translation>accompanying guests, each charged</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>already done: nothing was charged again</source>
        <translation>already done: nothing was charged again</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>also match every index entry to its row and check every reference in the ledger (slower)</source>
        <translation>also match every index entry to its row and check every reference in the ledger (slower)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>audit-{date}.xlsx</source>
        <translation>audit-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>average ticket {ticket} over {days} visit days in {months} months ≥ {cutoff}, the top {pct}%</source>
        <translation>average ticket {ticket} over {days} visit days in {months} months ≥ {cutoff}, the top {pct}%</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>average ticket {ticket} ≤ {ticket_cutoff} (the lower {low}%) and {days} visit days in {months} months ≥ {cutoff} (the top {pct}%)</source>
        <translation>average ticket {ticket} ≤ {ticket_cutoff} (the lower {low}%) and {days} visit days in {months} months ≥ {cutoff} (the top {pct}%)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>average ticket {ticket} ≤ {ticket_cutoff} and {days} visit days in {months} months ≤ {cutoff}, both in the bottom {pct}%</source>
        <translation>average ticket {ticket} ≤ {ticket_cutoff} and {days} visit days in {months} months ≤ {cutoff}, both in the bottom {pct}%</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>back up the club database now</source>
        <translation>back up the club database now</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>card number, member number, phone or its last digits</source>
        <translation>card number, member number, phone or its last digits</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>card {card} now {left}</source>
        <translation>card {card} now {left}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>card {card}: {balance}, {sessions} sessions</source>
        <translation>card {card}: {balance}, {sessions} sessions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>charged {amount} {method}</source>
        <translation>charged {amount} {method}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>check a member in, as the desk does (gates, turnstiles, scripts)</source>
        <translation>check a member in, as the desk does (gates, turnstiles, scripts)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>check in even if the member checked in a few minutes ago</source>
        <translation>check in even if the member checked in a few minutes ago</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>check the club database for damage</source>
        <translation>check the club database for damage</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>check the file and report; write nothing</source>
        <translation>check the file and report; write nothing</translation>
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
        <location filename="../../clubcrm/services/tiers.py"/>
        <source>consumption in {months} of the last {needed} months in a row</source>
        <translation>consumption in {months} of the last {needed} months in a row</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>database file (default: the data folder)</source>
        <translation>database file (default: the data folder)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>e.g. -20.00 or 50</source>
        <translation>e.g. -20.00 or 50</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>e.g. Swimming, Massage</source>
        <translation>e.g. Swimming, Massage</translation>
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
        <location filename="../../clubcrm/cli_report.py"/>
        <source>first day of a range (instead of --month)</source>
        <translation>first day of a range (instead of --month)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>generate a demo club</source>
        <translation>generate a demo club</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>guests are between 0 and 20: {text}</source>
        <translation>guests are between 0 and 20: {text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import a member list (balances, sessions, points, expiry)</source>
        <translation>import a member list (balances, sessions, points, expiry)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import consumption history (does not change balances)</source>
        <translation>import consumption history (does not change balances)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import members or history from Excel or CSV</source>
        <translation>import members or history from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import the file's tier FILE_TIER as the club's tier TIER (TIER empty: no tier); may be repeated</source>
        <translation>import the file's tier FILE_TIER as the club's tier TIER (TIER empty: no tier); may be repeated</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>include archived members</source>
        <translation>include archived members</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>joined {joined}, {days} days ago &lt; {limit}</source>
        <translation>joined {joined}, {days} days ago &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>last consumption or visit {last}, {days} days ago &gt; {limit}</source>
        <translation>last consumption or visit {last}, {days} days ago &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>last day of the range</source>
        <translation>last day of the range</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>ledger-{member_no}-{date}.xlsx</source>
        <translation>ledger-{member_no}-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>list the import batches</source>
        <translation>list the import batches</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>locker or wristband number</source>
        <translation>locker or wristband number</translation>
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
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>meets none of the other segments</source>
        <translation>meets none of the other segments</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>member number</source>
        <translation>member number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>member segments, value grades and lifecycle stages as of a date</source>
        <translation>member segments, value grades and lifecycle stages as of a date</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>member-import-template.xlsx</source>
        <translation>member-import-template.xlsx</translation>
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
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>months</source>
        <translation>months</translation>
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
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>no bonus</source>
        <translation>no bonus</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>no consumption or visit since joining on {joined}, {days} days ago &gt; {limit}</source>
        <translation>no consumption or visit since joining on {joined}, {days} days ago &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>not a date (YYYY-MM-DD): {text}</translation>
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
        <location filename="../../clubcrm/cli_care.py"/>
        <source>only these lists (repeat for several)</source>
        <translation>only these lists (repeat for several)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>pay {pay} get {bonus}</source>
        <translation>pay {pay} get {bonus}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>phone, last 4 digits, member number, name or pinyin</source>
        <translation>phone, last 4 digits, member number, name or pinyin</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>principal</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>random seed (same seed, same club)</source>
        <translation>random seed (same seed, same club)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <source>receipt-{number}.pdf</source>
        <translation>receipt-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>refuse files with more rows</source>
        <translation>refuse files with more rows</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>rejected-rows.xlsx</source>
        <translation>rejected-rows.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>replace the club database with a backup (the current one is kept as a safety copy)</source>
        <translation>replace the club database with a backup (the current one is kept as a safety copy)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>request number: a retry with the same number is not charged twice</source>
        <translation>request number: a retry with the same number is not charged twice</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>reversed by row {row}</source>
        <translation>reversed by row {row}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>reverses row {row}</source>
        <translation>reverses row {row}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>search like the reception search box</source>
        <translation>search like the reception search box</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>sign in as this staff member (password from CLUBCRM_PASSWORD, or asked for)</source>
        <translation>sign in as this staff member (password from CLUBCRM_PASSWORD, or asked for)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>spend {spend} in {months} months ≥ {cutoff}, the top {pct}%</source>
        <translation>spend {spend} in {months} months ≥ {cutoff}, the top {pct}%</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>spend {spend} ≥ {cutoff} (the top {pct}%) and a median gap of {gap} days between visits ≤ {limit}</source>
        <translation>spend {spend} ≥ {cutoff} (the top {pct}%) and a median gap of {gap} days between visits ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>stops working (marked lost)</source>
        <translation>stops working (marked lost)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the .xlsx file to write</source>
        <translation>the .xlsx file to write</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the .xlsx, .xls or .csv file</source>
        <translation>the .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the CSV encoding (default: detected)</source>
        <translation>the CSV encoding (default: detected)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>the backup file</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the batch number</source>
        <translation>the batch number</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>the card to charge (its number); default: the member's default card</source>
        <translation>the card to charge (its number); default: the member's default card</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the daily close: a day's cash by payment method, sales and visits</source>
        <translation>the daily close: a day's cash by payment method, sales and visits</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>the date to compute for, YYYY-MM-DD (default: today)</source>
        <translation>the date to compute for, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the day (default: today)</source>
        <translation>the day (default: today)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the guardians of the members under 14 in the file have consented to their data being kept (recorded with your name)</source>
        <translation>the guardians of the members under 14 in the file have consented to their data being kept (recorded with your name)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the month to report</source>
        <translation>the month to report</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the monthly report (or any range of days) to Excel and PDF</source>
        <translation>the monthly report (or any range of days) to Excel and PDF</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the monthly report and the daily close</source>
        <translation>the monthly report and the daily close</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the sheet to read (default: the first)</source>
        <translation>the sheet to read (default: the first)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>the staff member serving (user name or display name), for commissions</source>
        <translation>the staff member serving (user name or display name), for commissions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_care.py"/>
        <source>today's care tasks: birthdays, expiring cards, low balances, members to call back</source>
        <translation>today's care tasks: birthdays, expiring cards, low balances, members to call back</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>undo an import batch</source>
        <translation>undo an import batch</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/card_texts.py"/>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>valid until {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>valid {count} days</source>
        <translation>valid {count} days</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>valid {count} months</source>
        <translation>valid {count} months</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>visits-member-{number}.xlsx</source>
        <translation>visits-member-{number}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>visits-{date}.xlsx</source>
        <translation>visits-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>with --export: only this primary segment (e.g. dormant, high_value)</source>
        <translation>with --export: only this primary segment (e.g. dormant, high_value)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>write a PDF file</source>
        <translation>write a PDF file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>write an Excel workbook</source>
        <translation>write an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>write the member import template (.xlsx)</source>
        <translation>write the member import template (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>write the members to this Excel file</source>
        <translation>write the members to this Excel file</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>write the rejected rows to this .xlsx file, with the reason</source>
        <translation>write the rejected rows to this .xlsx file, with the reason</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/operations.py"/>
        <source>{amount} is above the per-operation limit of {cap}: the owner must approve it.</source>
        <translation>{amount} is above the per-operation limit of {cap}: the owner must approve it.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>{count} entries exported to {path}.</source>
        <translation>{count} entries exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>{count} guests</source>
        <translation>{count} guests</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>{count} ledger rows exported to {path}.</source>
        <translation>{count} ledger rows exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>{count} members exported to {path}.</source>
        <translation>{count} members exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>{count} members match: Up/Down and Enter to choose.</source>
        <translation>{count} members match: Up/Down and Enter to choose.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>{count} members would change tier. Untick those to leave as they are.</source>
        <translation>{count} members would change tier. Untick those to leave as they are.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_html.py"/>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>{count} more rows are in the Excel workbook.</source>
        <translation>{count} more rows are in the Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>{count} rows</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/card_texts.py"/>
        <source>{count} sessions</source>
        <translation>{count} sessions</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>{count} visits exported to {path}.</source>
        <translation>{count} visits exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>{duplicate} will be merged into {survivor}: its tags, notes and missing details move over, and it stays only as a pointer to {survivor}. This cannot be undone.</source>
        <translation>{duplicate} will be merged into {survivor}: its tags, notes and missing details move over, and it stays only as a pointer to {survivor}. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_care.py"/>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>{list} ({count})</source>
        <translation>{list} ({count})</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>{members} members as of {date}</source>
        <translation>{members} members as of {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>{name}
{members} members · {share}
{spend} · {spend_share}</source>
        <translation>{name}
{members} members · {share}
{spend} · {spend_share}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>{name} (new)</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>{name} (retired)</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>{name} ({member_no}), {phone}
{what}</source>
        <translation>{name} ({member_no}), {phone}
{what}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/care_tasks.py"/>
        <source>{name} already marked this task done at {time}.</source>
        <translation>{name} already marked this task done at {time}.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is damaged or not a real spreadsheet.</source>
        <translation>{name} is damaged or not a real spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is not a spreadsheet (xlsx, xls or csv).</source>
        <translation>{name} is not a spreadsheet (xlsx, xls or csv).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is not in the encoding {encoding}; choose another.</source>
        <translation>{name} is not in the encoding {encoding}; choose another.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is protected by a password; save it without the password and try again.</source>
        <translation>{name} is protected by a password; save it without the password and try again.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} would unpack to {size} MB: refused as unsafe.</source>
        <translation>{name} would unpack to {size} MB: refused as unsafe.</translation>
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
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the balance of card {card} does not match its ledger.</source>
        <translation>{path}: the balance of card {card} does not match its ledger.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the ledger was altered at row {row} (card {card}).</source>
        <translation>{path}: the ledger was altered at row {row} (card {card}).</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the points of member {member} do not match the ledger.</source>
        <translation>{path}: the points of member {member} do not match the ledger.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_fields.py"/>
        <source>{percent}% of the list price ({zhe}折)</source>
        <translation>{percent}% of the list price ({zhe}折)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>{recent} visit days in the last {months} months (before: {average} per {months} months); last visit {date}</source>
        <translation>{recent} visit days in the last {months} months (before: {average} per {months} months); last visit {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>{recent} visit days in the last {months} months, below {pct}% of the {average} a {months}-month span before ({prior} in {prior_months} months)</source>
        <translation>{recent} visit days in the last {months} months, below {pct}% of the {average} a {months}-month span before ({prior} in {prior_months} months)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>{refusal}

The owner signs in here to approve it.</source>
        <translation>{refusal}

The owner signs in here to approve it.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>{rows} rows: {imported} will be recorded, {rejected} rejected.</source>
        <translation>{rows} rows: {imported} will be recorded, {rejected} rejected.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>{rows} rows: {new} new members, {merged} merged into another, {skipped} duplicates skipped, {rejected} rejected, {warnings} with warnings; {cards} cards will be opened.</source>
        <translation>{rows} rows: {new} new members, {merged} merged into another, {skipped} duplicates skipped, {rejected} rejected, {warnings} with warnings; {cards} cards will be opened.</translation>
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
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>{tile}: {count} members, by spend</source>
        <translation>{tile}: {count} members, by spend</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>{time} (kept before a restore)</source>
        <translation>{time} (kept before a restore)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>{who} checked out after {minutes} minutes.</source>
        <translation>{who} checked out after {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>…or find its member: phone, name, pinyin initials or member number</source>
        <translation>…or find its member: phone, name, pinyin initials or member number</translation>
    </message>
</context>
</TS>
