<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>clubcrm</name>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source> points = ¥1</source>
        <translation> 积分 = ¥1</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/sale_items_editor.py"/>
        <source>&amp;Add another service</source>
        <translation>再加一项服务(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Adjust balance…</source>
        <translation>调整余额(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Cards</source>
        <translation>会员卡(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Edit member…</source>
        <translation>编辑会员(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Export members…</source>
        <translation>导出会员(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Extend…</source>
        <translation>延期(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Find member</source>
        <translation>查找会员(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>&amp;Guests</source>
        <translation>同行客人(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Import members or history…</source>
        <translation>导入会员或消费记录(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>&amp;Locker / wristband</source>
        <translation>手牌号 / 柜号(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Members</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;New member…</source>
        <translation>新建会员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>&amp;Open member…</source>
        <translation>打开会员(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>&amp;Print receipt</source>
        <translation>打印小票(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Recharge…</source>
        <translation>充值(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Sell card…</source>
        <translation>售卡(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>&amp;Thresholds…</source>
        <translation>阈值设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>&amp;Tier review…</source>
        <translation>等级评审(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>&amp;Transfer…</source>
        <translation>转账(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>&amp;Undo check-in…</source>
        <translation>撤销签到(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>(already done: nothing charged again)</source>
        <translation>（已签到过：未重复扣费）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>12 months: {days} visit days, spend {spend}</source>
        <translation>近 12 个月：到店 {days} 天，消费 {spend}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/tiers.py"/>
        <source>12-month consumption {spend}</source>
        <translation>近12个月消费 {spend}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>12-month spend ≥ {amount}</source>
        <translation>近12个月消费 ≥ {amount}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>1990-05-03, or 05-03 without the year</source>
        <translation>1990-05-03，或不含年份的 05-03</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>58 mm receipt</source>
        <translation>58 毫米小票</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>58 mm roll</source>
        <translation>58 mm 小票纸</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>80 mm receipt</source>
        <translation>80 毫米小票</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>80 mm roll</source>
        <translation>80 mm 小票纸</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>; active {count} months in a row</source>
        <translation>；连续 {count} 个月有消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>A backup is made every day and when the program closes. A USB drive is a good place for them: they then survive a broken computer.</source>
        <translation>程序每天以及关闭时都会自动备份。建议把备份放在 U 盘上：即使电脑损坏，备份也能保住。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>A backup or a check is under way; try again in a moment.</source>
        <translation>正在备份或检查，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>A birthday cannot be in the future: {text}</source>
        <translation>生日不能晚于今天：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A bonus step is at most ¥1,000,000.00.</source>
        <translation>赠送档位金额最多 ¥1,000,000.00。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>A card number has 1 to 32 letters, digits, - or _.</source>
        <translation>卡号由 1 到 32 个字母、数字、- 或 _ 组成。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>A card pays from</source>
        <translation>会员卡扣款顺序</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>A card sale, recharge or balance adjustment above this needs the owner's approval.</source>
        <translation>单笔开卡、充值或余额调整超过此金额时需老板批准。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A count card needs a number of sessions.</source>
        <translation>次卡需要填写次数。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>A count card's session is worth its price divided by its sessions, rounded down to the fen. A period card is worth its price × days left ÷ days granted, and is used up with time.</source>
        <translation>次卡每次的价值为售价除以次数（向下取整到分）。期限卡的价值为售价 × 剩余天数 ÷ 授予天数，随时间消耗。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A count or period card needs a price.</source>
        <translation>次卡或期限卡需要填写售价。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A discount is between 0.1% and 100% of the price (100% is no discount).</source>
        <translation>折扣在原价的 0.1% 到 100% 之间（100% 即不打折）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>A history file needs a member number or phone column, a date and an amount.</source>
        <translation>消费历史文件需要会员卡号或手机号列、日期列和金额列。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>A locker or wristband number has at most 20 characters.</source>
        <translation>手牌号或柜号最多 20 个字符。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>A member cannot be merged with itself.</source>
        <translation>会员不能与自身合并。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>A member list (balances, sessions, points)</source>
        <translation>会员名单（余额、次数、积分）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>A member list or consumption history from the previous system or a hand-kept sheet: .xlsx, .xls or .csv. Nothing is written until you confirm.</source>
        <translation>旧系统导出或手工记录的会员名单或消费记录：.xlsx、.xls 或 .csv。确认之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>A member moves up as soon as their consumption over the last 12 months reaches the amount, having consumed in each of the last months asked for. Moving down happens only when you review the tiers. The lowest tier is for members who meet no rule.</source>
        <translation>会员近12个月消费达到该金额、且最近要求的每个月都有消费时，立即升级。降级只在评审等级时进行。不满足任何规则的会员属于最低等级。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {member_no}</source>
        <translation>会员卡号只能包含字母、数字、- 和 _（最多 32 个字符）：{member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {pattern}</source>
        <translation>会员卡号只能包含字母、数字、- 和 _（最多 32 个字符）：{pattern}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A member under 14 needs a guardian: name, relation and phone (add the guardian's columns)</source>
        <translation>未满 14 岁的会员需要监护人：姓名、关系和电话（请添加监护人列）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member under 14 needs a guardian: name, relation and phone.</source>
        <translation>未满 14 岁的会员需要填写监护人：姓名、关系和手机号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A member under 14 needs the guardian's consent to keep the child's data (confirm that the guardians consented)</source>
        <translation>未满 14 岁的会员需要监护人同意保存其信息（请确认监护人已同意）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A member under 14 needs the guardian's consent to keep the child's data.</source>
        <translation>未满 14 岁的会员需要监护人同意后才能保存儿童的个人信息。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A mobile phone number is required.</source>
        <translation>请填写手机号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>A month is written YYYY-MM, e.g. 2026-10: {text}</source>
        <translation>月份格式为 YYYY-MM，例如 2026-10：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>A negative amount cannot be imported: {text}</source>
        <translation>负数金额不能导入：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>A new language applies the next time the program starts.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>A new product named after the import</source>
        <translation>新建一个以导入命名的卡种</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>A note has at most {limit} characters.</source>
        <translation>备注最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>A password needs at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A period card needs a validity in days or months.</source>
        <translation>期限卡需要填写有效期（天或月）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A price is between ¥0.00 and ¥1,000,000.00.</source>
        <translation>价格在 ¥0.00 到 ¥1,000,000.00 之间。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>A quantity is between 1 and 99.</source>
        <translation>数量在 1 到 99 之间。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>A report covers at most three years.</source>
        <translation>一份报表最多涵盖三年。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>A stored-value card refunds</source>
        <translation>储值卡退款方式</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>A tag is too long (at most 30 characters): {tag}</source>
        <translation>标签过长（最多 30 个字符）：{tag}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>A tier name has at most 40 characters.</source>
        <translation>等级名称最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>A user name has no spaces and at most 40 characters.</source>
        <translation>用户名不能包含空格，最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>A user name is required.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>A&amp;nonymise…</source>
        <translation>匿名化(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>A&amp;udit log…</source>
        <translation>审计日志(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>A4 page</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>A4 page or receipt roll for the PDF</source>
        <translation>PDF 使用 A4 纸或小票纸卷</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>A5 page</source>
        <translation>A5 纸</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Active and frozen</source>
        <translation>正常和已冻结</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Active in the previous period and again in this one</source>
        <translation>上期活跃且本期仍活跃</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Active members</source>
        <translation>活跃会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Active members: members with at least one consumption that was not reversed, imported history or a check-in that was not undone, in the period.</source>
        <translation>活跃会员：本期内至少有一笔未冲正的消费、导入的历史消费或未撤销的签到的会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Active months are between 0 and 12.</source>
        <translation>连续消费月数在 0 到 12 之间。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Active months in a row</source>
        <translation>连续消费月数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Active or frozen cards whose end date falls in the month after the period, as they stand today.</source>
        <translation>到期日在本期下一个月内的正常或冻结状态的卡（按当前状态）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>Add a family member: phone, name, pinyin initials or member number</source>
        <translation>添加家庭成员：手机号、姓名、拼音首字母或会员编号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Add step</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Adjust balance</source>
        <translation>调整余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Adjust card {card} of {name}</source>
        <translation>调整 {name} 的会员卡 {card}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Adjusted, extended or closed</source>
        <translation>调整、延期或注销</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Age {age}, guardian {guardian}</source>
        <translation>年龄 {age}，监护人 {guardian}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Agrees to receive promotions (marketing consent)</source>
        <translation>同意接收促销信息（营销授权）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>All cards</source>
        <translation>全部会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Already a member</source>
        <translation>已有会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Already checked in at {time} ({minutes} minutes ago): check in and charge again?</source>
        <translation>已在 {time} 签到（{minutes} 分钟前）：要再次签到并扣费吗？</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Already checked out at {time}.</source>
        <translation>已在 {time} 离店。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>Already running</source>
        <translation>程序已在运行</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Amount paid</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Amount paid (¥)</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <location filename="../../clubcrm/domain/money.py"/>
        <source>An amount has at most two decimals: {text}</source>
        <translation>金额最多保留两位小数：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>An amount must be a whole number of fen.</source>
        <translation>金额必须是整数（以分计）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>An expiry date alone becomes a card of:</source>
        <translation>只有到期日期时开为：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/operations.py"/>
        <source>An operation needs a request number of 1 to 64 characters.</source>
        <translation>操作需要 1 到 64 个字符的请求编号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Anonymise member</source>
        <translation>会员匿名化</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Anonymising removes {name}'s name, phone, birthday, notes, tags and guardian for good; the member number and the ledger stay. It cannot be undone.

Type the reason (for example the member's request):</source>
        <translation>匿名化会永久删除 {name} 的姓名、手机号、生日、备注、标签和监护人信息；会员卡号和账目流水会保留。此操作无法撤销。

请输入原因（例如会员本人要求）：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Anonymising…</source>
        <translation>正在匿名化…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Anonymous member {member_no}</source>
        <translation>匿名会员 {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Any amount</source>
        <translation>任意金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Apply ticked changes</source>
        <translation>应用勾选的调整</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>As kept when the month was over: corrections made since, to the data or to the thresholds, do not change this month's segments.</source>
        <translation>按月末留存的快照：此后对数据或阈值的更正不会改变本月的客群。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>As of {date}: {primary} · value grade {grade} · {stage} · {group} (R {r}, F {f}, M {m})</source>
        <translation>截至 {date}：{primary} · 价值等级 {grade} · {stage} · {group}（R {r}，F {f}，M {m}）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Ask before a second check-in within minutes</source>
        <translation>多少分钟内再次签到需确认</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>At risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>At the end of {month}</source>
        <translation>{month} 月末</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Attending</source>
        <translation>到店人</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Audit log exported</source>
        <translation>审计日志已导出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Average ticket (yuan)</source>
        <translation>客单价（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Backed up and verified: {path}</source>
        <translation>已备份并校验：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Backup made</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Backup restored</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Backup written and verified: {path} ({size} MB)</source>
        <translation>备份已写入并校验：{path}（{size} MB）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Backups in {folder}</source>
        <translation>{folder} 中的备份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Backups to keep</source>
        <translation>保留的备份份数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Balance (principal)</source>
        <translation>余额（本金）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Balance adjusted</source>
        <translation>余额已调整</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Balances become cards of:</source>
        <translation>余额开为：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Base tier</source>
        <translation>基础等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/operation_preview.py"/>
        <source>Before → after</source>
        <translation>变动前 → 变动后</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Birthday on {date} (in {days} days)</source>
        <translation>{date} 生日（还有 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Birthday today!</source>
        <translation>今天生日！</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Bonus</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Bonus (yuan)</source>
        <translation>赠送金额（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Bonus (¥)</source>
        <translation>赠送（¥）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Bonus balance</source>
        <translation>赠送余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Bonus by rule</source>
        <translation>按规则赠送</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Bonus change (yuan)</source>
        <translation>赠送变动（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Bonus change (¥)</source>
        <translation>赠送金额变动（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Bonus first, then principal</source>
        <translation>先扣赠送，再扣本金</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Bonus given</source>
        <translation>已赠送金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Bonus step {row}: {problem}</source>
        <translation>赠送档位 {row}：{problem}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Bonus steps</source>
        <translation>充值赠送规则</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Busiest hours: {hours}.</source>
        <translation>最繁忙时段：{hours}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>Business report</source>
        <translation>经营报表</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>C&amp;onsume…</source>
        <translation>消费(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Calculation</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/tasks.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/application.py"/>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>Cannot open the club database</source>
        <translation>无法打开会员数据库</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <location filename="../../clubcrm/ui/report_printing.py"/>
        <source>Cannot print on {printer}.</source>
        <translation>无法在 {printer} 上打印。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Cannot read the mapping file {path}: {reason}</source>
        <translation>无法读取列映射文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>Cannot tell the text encoding of {name}; choose it by hand.</source>
        <translation>无法识别 {name} 的文本编码，请手动选择。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/files.py"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Card balance</source>
        <translation>会员卡余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Card closed</source>
        <translation>销卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Card discount</source>
        <translation>会员卡折扣</translation>
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
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/services/cards.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Card number {card} is already in use.</source>
        <translation>卡号 {card} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Card of {name}</source>
        <translation>{name} 的卡</translation>
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
        <translation>卡种</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Card products</source>
        <translation>卡种</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Card products and services…</source>
        <translation>卡种与服务项目…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Card refunded</source>
        <translation>会员卡已退款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Card sale receipt</source>
        <translation>开卡凭证</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Card sales</source>
        <translation>售卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Card sales and recharges by product</source>
        <translation>按卡种统计的售卡与充值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Card sold</source>
        <translation>开卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Card type</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} belongs to {owner}; this member is not allowed to use it.</source>
        <translation>会员卡 {card} 属于 {owner}，该会员无权使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} belongs to {owner}; this member may not use it.</source>
        <translation>会员卡 {card} 属于 {owner}，该会员不能使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} can no longer be used.</source>
        <translation>会员卡 {card} 已不能使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} cannot be used.</source>
        <translation>会员卡 {card} 无法使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Card {card} covers these services: there is nothing to pay with points.</source>
        <translation>会员卡 {card} 已包含这些项目，无需用积分支付。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Card {card} does not cover {service}.</source>
        <translation>会员卡 {card} 不包含服务项目“{service}”。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} expired on {date}.</source>
        <translation>会员卡 {card} 已于 {date} 到期。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} expires on {date} (in {days} days)</source>
        <translation>会员卡 {card} 将于 {date} 到期（还有 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} has expired.</source>
        <translation>会员卡 {card} 已过期。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Card {card} has no end date to extend.</source>
        <translation>会员卡 {card} 没有到期日，无需延期。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Card {card} has not expired.</source>
        <translation>会员卡 {card} 尚未过期。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Card {card} has {left} sessions left; {needed} are needed.</source>
        <translation>会员卡 {card} 剩余 {left} 次，需要 {needed} 次。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is closed.</source>
        <translation>会员卡 {card} 已销卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Card {card} is frozen.</source>
        <translation>会员卡 {card} 已冻结。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is frozen: unfreeze it first.</source>
        <translation>会员卡 {card} 已冻结：请先解冻。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is not a count card.</source>
        <translation>会员卡 {card} 不是次卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is not a period card.</source>
        <translation>会员卡 {card} 不是期限卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is not a stored-value card.</source>
        <translation>会员卡 {card} 不是储值卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} is valid from {date}.</source>
        <translation>会员卡 {card} 自 {date} 起生效。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Card {card} no longer holds what this would take back (it was spent since).</source>
        <translation>会员卡 {card} 的余额已不足以冲回（此后已被使用）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Card {card} still holds a balance or sessions: refund or transfer them first.</source>
        <translation>会员卡 {card} 仍有余额或剩余次数：请先退款或转出。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} was refunded and can no longer be used.</source>
        <translation>会员卡 {card} 已退款，不能再使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Card {card} was reported lost and replaced: use the new card.</source>
        <translation>会员卡 {card} 已挂失补卡：请使用新卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Card {card} was used or recharged after it was sold: reverse those first, or refund the card.</source>
        <translation>会员卡 {card} 开卡后已有消费或充值：请先冲正这些操作，或办理退款。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Card · locker</source>
        <translation>会员卡 · 手牌号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Cards (Up/Down to choose)</source>
        <translation>会员卡（上下键选择）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Cards expiring</source>
        <translation>会员卡到期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Cards expiring from {first} to {last}</source>
        <translation>{first} 至 {last} 到期的卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Cards expiring next month</source>
        <translation>下月到期的卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Cards of this product were sold, so its terms cannot change: retire it and create a new product.</source>
        <translation>该卡种已售出，条款不能修改：请停售并新建卡种。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Cards sold</source>
        <translation>售卡数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Cards sold: {count}. Members bought these terms, so they cannot change. Retire the product to stop selling it, or copy it as a new product with new terms.</source>
        <translation>已售 {count} 张。会员按这些条款购买，因此不能修改。可停售该卡种，或复制为新卡种并设置新条款。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Care tasks</source>
        <translation>关怀任务</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Care tasks for {date}: Enter marks the chosen task done, a double click opens the member.</source>
        <translation>{date} 的关怀任务：按回车将选中的任务标记为完成，双击打开会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Cash by payment method</source>
        <translation>按支付方式统计的收款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Cash received</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Cash received by day</source>
        <translation>每日收款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Cash received by payment method</source>
        <translation>按支付方式统计的收款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Cash received: money paid by cash, WeChat Pay, Alipay or bank card for card sales, recharges and services, less refunds paid out; reversed rows are taken off the figure they corrected. Card balances and points are not cash, nor is imported history.</source>
        <translation>现金收入：以现金、微信支付、支付宝或银行卡支付的售卡、充值和服务款项，减去退款；冲正的流水从其更正的数字中扣除。会员卡余额和积分不算现金，导入的历史消费也不算。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Charge</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Charge (yuan)</source>
        <translation>收费（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Check &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Check &amp;out</source>
        <translation>离店(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Check the history</source>
        <translation>检查消费记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Check the preview</source>
        <translation>检查预览</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Check-in desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Check-in undone</source>
        <translation>签到已撤销</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Check-ins</source>
        <translation>签到次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Check-out is not used by this club (see the settings).</source>
        <translation>本店未启用离店登记（见设置）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Checked in already</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Checked in by mistake</source>
        <translation>误签到</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Checked in {time}: {charge}</source>
        <translation>{time} 已签到：{charge}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Checked in: operation {number}.</source>
        <translation>已签到：操作号 {number}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>Checked in: {name} ({member_no})</source>
        <translation>已签到：{name}（{member_no}）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Checked out</source>
        <translation>离店时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Choose a check-in in today's list to undo.</source>
        <translation>请在今日列表中选择要撤销的签到。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Choose a complete folder path, e.g. E:\clubcrm-backups.</source>
        <translation>请选择完整的文件夹路径，例如 E:\clubcrm-backups。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/cards.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Choose a different card to transfer to.</source>
        <translation>请选择另一张卡作为转入卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Choose a validity</source>
        <translation>请选择有效期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Choose a visit in the lists, or find a member who is inside.</source>
        <translation>请在列表中选择一条到店记录，或查找一位在店会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>Choose an Excel or a PDF file to write.</source>
        <translation>请选择要写入的 Excel 或 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Choose at least one service.</source>
        <translation>请至少选择一项服务。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Choose how the money is paid: cash, WeChat Pay, Alipay or bank card.</source>
        <translation>请选择支付方式：现金、微信支付、支付宝或银行卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Choose the card whose balance you correct.</source>
        <translation>请选择要调整余额的会员卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Churned after (days without a visit)</source>
        <translation>流失：超过多少天未到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Churned members</source>
        <translation>流失会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Churned members: members at the churned lifecycle stage as of {date}: more than {days} days since their last consumption or check-in, or since they joined if never active (prospects, who never had a card, are not counted). Archived and merged members count in neither figure.</source>
        <translation>流失会员：截至 {date} 处于“流失”生命周期阶段的会员：距最近一次消费或签到已超过 {days} 天，从未到店的从入会日起算（从未办卡的潜在会员不计入）。已归档和已合并的会员两项均不计入。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Churning: recent visits below % of the usual</source>
        <translation>明显流失：近期到店低于平时的 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Clearly churning</source>
        <translation>明显流失会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Click a tile to list its members.</source>
        <translation>点击一个客群卡片，列出其会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Close a card</source>
        <translation>注销会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Close car&amp;d…</source>
        <translation>注销会员卡(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Close card</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Close card {card} of {name}</source>
        <translation>注销 {name} 的会员卡 {card}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Closed</source>
        <translation>已销卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Closing</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Club</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Club membership system, command line.</source>
        <translation>会员管理系统（命令行）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Club name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Compare and choose the record to keep</source>
        <translation>比较并选择要保留的记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_html.py"/>
        <source>Computing the members and segments sections…</source>
        <translation>正在计算会员与客群部分…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Computing the segments as of {date}…</source>
        <translation>正在计算截至 {date} 的客群…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Computing the segments…</source>
        <translation>正在计算客群…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Consumed</source>
        <translation>已消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Consumed (period cards: used up with time)</source>
        <translation>消费（期限卡：随时间消耗）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Consumption</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Consumption (net value)</source>
        <translation>消费（净额）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Consumption by card type</source>
        <translation>按卡类型统计的消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Consumption by service</source>
        <translation>按服务项目统计的消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Consumption history</source>
        <translation>消费历史</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Consumption history (does not change balances)</source>
        <translation>消费记录（不改变余额）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Consumption history imported</source>
        <translation>导入消费历史</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Consumption of {name} ({member_no})</source>
        <translation>{name}（{member_no}）消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Consumption receipt</source>
        <translation>消费凭证</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Copy as new product</source>
        <translation>复制为新卡种</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Count card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Count-card sessions</source>
        <translation>次卡剩余次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Covered by the card: sessions used</source>
        <translation>由会员卡抵扣：使用次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Create the owner account</source>
        <translation>创建老板账号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Creating the demo club…</source>
        <translation>正在生成演示门店…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/password_dialog.py"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Current tier</source>
        <translation>当前等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/reports.py"/>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Daily close</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Daily close PDF…</source>
        <translation>日结 PDF…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Damaged: {problem}</source>
        <translation>已损坏：{problem}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Days change</source>
        <translation>天数变动</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Days since last visit</source>
        <translation>距上次到店天数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Demo club ready: {members} members in {path}</source>
        <translation>演示门店已生成：{path} 中有 {members} 名会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Discount (yuan)</source>
        <translation>折扣（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Discounts given</source>
        <translation>折扣金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>Done: operation {number}.</source>
        <translation>已完成：业务单号 {number}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Done: {name}, {what} ({outcome}).</source>
        <translation>已完成：{name}，{what}（{outcome}）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Dormant</source>
        <translation>沉睡会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Dormant after (days without a visit)</source>
        <translation>沉睡：超过多少天未到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Dormant members</source>
        <translation>沉睡会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Dormant members: members in the dormant segment as of {date}: no consumption and no check-in for more than {days} days (counted from the day they joined for members never active).</source>
        <translation>沉睡会员：截至 {date} 符合“沉睡”客群的会员：超过 {days} 天没有消费也没有签到（从未到店的从入会日起算）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Down</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Dry run, nothing written: {imported} of {rows} history rows can be imported, {rejected} rejected.</source>
        <translation>试运行，未写入任何数据：{rows} 行消费历史中 {imported} 行可导入，{rejected} 行被拒绝。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Dry run, nothing written: {new} new members, {merged} merged, {skipped} duplicates skipped, {rejected} rows rejected.</source>
        <translation>试运行，未写入任何数据：新会员 {new} 个，合并 {merged} 行，跳过重复 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Duplicate, skipped</source>
        <translation>重复，已跳过</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Duplicates:</source>
        <translation>重复记录：</translation>
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
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>E&amp;xport visits to Excel…</source>
        <translation>导出到店记录到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Each bonus step pays a different amount above zero and adds zero or more.</source>
        <translation>每个赠送档位的充值金额须大于零且互不相同，赠送金额不小于零。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Each column of the file and what it holds; change any that was guessed wrong, or choose &quot;Not imported&quot;.</source>
        <translation>文件的每一列及其内容；识别有误的可以修改，或选择“不导入”。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Edit member {member_no}</source>
        <translation>编辑会员 {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Empty: as much as the card holds</source>
        <translation>留空：卡内余额尽数抵扣</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Empty: no automatic upgrade</source>
        <translation>留空：不自动升级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Empty: no points</source>
        <translation>留空：不使用积分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Empty: the next number</source>
        <translation>留空：自动取下一个卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Encoding (CSV):</source>
        <translation>编码（CSV）：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>End of {month}</source>
        <translation>{month} 月末</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Enter a number of points above zero.</source>
        <translation>请输入大于零的积分。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter a whole number above zero.</source>
        <translation>请输入大于零的整数。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter a whole number, zero or more.</source>
        <translation>请输入大于或等于零的整数。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_fields.py"/>
        <source>Enter an amount, e.g. 88 or 88.50.</source>
        <translation>请输入金额，例如 88 或 88.50。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/money_edit.py"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Enter at least one change.</source>
        <translation>请至少输入一项变动。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Enter on the empty input</source>
        <translation>在空输入框中按回车</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter words separated by commas.</source>
        <translation>请输入以逗号分隔的词语。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Entries: {count}</source>
        <translation>条目：{count} 条</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Entry (default)</source>
        <translation>入场（默认）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Entry service</source>
        <translation>入场服务项目</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Every member is in the tier their consumption qualifies for.</source>
        <translation>每位会员都已在其消费对应的等级。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Every row as it will be imported. Rejected rows are left out and can be saved to a file with the reason; choose what to do with each group of duplicates.</source>
        <translation>每一行将如何导入。被拒绝的行不会导入，可连同原因另存为文件；请为每组重复记录选择处理方式。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Example values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Excel turned {text} into scientific notation and lost digits; type the number again as text</source>
        <translation>Excel 把 {text} 变成了科学计数法，丢失了数字；请以文本格式重新输入该号码</translation>
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
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Expiry</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Export &amp;marketing list…</source>
        <translation>导出营销名单(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Export member's &amp;data…</source>
        <translation>导出会员个人数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Export member's data</source>
        <translation>导出会员个人数据</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Export the ledger</source>
        <translation>导出流水</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Export the segment</source>
        <translation>导出客群</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Export the visits</source>
        <translation>导出到店记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Export visits</source>
        <translation>导出到店记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Export visits to Excel…</source>
        <translation>导出到店记录到 Excel…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>Exported {count} members to {path}</source>
        <translation>已导出 {count} 名会员到 {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Exporting the ledger…</source>
        <translation>正在导出流水…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Exporting the member's data…</source>
        <translation>正在导出会员个人数据…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Exporting the segment…</source>
        <translation>正在导出客群…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Exporting the visits…</source>
        <translation>正在导出到店记录…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend a card</source>
        <translation>会员卡延期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend by</source>
        <translation>延长</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Extend by 1 to 3650 days.</source>
        <translation>延期 1 到 3650 天。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Extend card {card} of {name}</source>
        <translation>为 {name} 的会员卡 {card} 延期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>F score</source>
        <translation>F 分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>FILE_TIER=TIER</source>
        <translation>文件等级=会员等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Family</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Family member added to a card</source>
        <translation>会员卡添加家庭成员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Family member removed from a card</source>
        <translation>会员卡移除家庭成员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Find a member above: their cards, the card operations and their ledger appear here.</source>
        <translation>请在上方查找会员：其会员卡、卡务操作和流水将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Find a member: last digits of the phone, name, pinyin initials or member number</source>
        <translation>查找会员：手机尾号、姓名、拼音首字母或会员卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Find a member: last digits of the phone, name, pinyin initials, member number or card number</source>
        <translation>查找会员：手机尾号、姓名、拼音首字母、会员编号或卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Find the duplicate record above.</source>
        <translation>请先在上方找到重复的记录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_picker.py"/>
        <source>Find the other record: phone, name, pinyin initials or member number</source>
        <translation>查找另一条记录：手机号、姓名、拼音首字母或会员卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Finding the members to call back…</source>
        <translation>正在查找需要回访的会员…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Flyer or street promotion</source>
        <translation>传单或地推</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Folder with backups</source>
        <translation>备份所在文件夹</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Free&amp;ze…</source>
        <translation>冻结(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Freeze a card</source>
        <translation>冻结会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Freeze card {card} of {name}</source>
        <translation>冻结 {name} 的会员卡 {card}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>From bonus</source>
        <translation>赠送金额支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>From principal</source>
        <translation>本金支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>From the end of {month} (rows) to {date} (columns)</source>
        <translation>从 {month} 月末（行）到 {date}（列）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Frozen since</source>
        <translation>冻结日期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>Gender {text} not recognised; imported as not given</source>
        <translation>无法识别性别“{text}”；按未填写导入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>Give --month YYYY-MM, or --from DATE and --to DATE.</source>
        <translation>请指定 --month YYYY-MM，或 --from 日期 和 --to 日期。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Give a reason for the merge; it is kept in the audit log.</source>
        <translation>请填写合并原因，它会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Give a reason: it is kept with the record.</source>
        <translation>请填写原因：原因会随记录保存。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>Give either --month or --from and --to, not both.</source>
        <translation>请只指定 --month 或 --from 和 --to 其中之一。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Give the reason for anonymising.</source>
        <translation>请填写匿名化的原因。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Good</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Grade A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Grade A: next % of revenue</source>
        <translation>A 级：其后营收的 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Grade B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Grade B: next % of revenue</source>
        <translation>B 级：其后营收的 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Grade C</source>
        <translation>C 级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Group {number}: {count} records</source>
        <translation>第 {number} 组：{count} 条记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Growing</source>
        <translation>成长</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Guardian consents</source>
        <translation>监护人同意记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian consents to processing the child's data</source>
        <translation>监护人同意处理儿童的个人信息</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Guardian phone</source>
        <translation>监护人手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Guardian relation</source>
        <translation>监护人关系</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's phone</source>
        <translation>监护人手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Guardian's relation</source>
        <translation>监护人关系</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Guests</source>
        <translation>同行客人</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Guests are between 0 and 20.</source>
        <translation>同行客人数在 0 到 20 之间。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <source>Guests on a period card pay the entry: choose cash or QR pay.</source>
        <translation>期限卡的同行客人需支付入场费：请选择现金或扫码支付。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Hand back by {method}</source>
        <translation>以{method}退还</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>High-loyalty</source>
        <translation>高忠诚度会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-loyalty: median gap at most (days)</source>
        <translation>高忠诚度：到店间隔中位数不超过（天）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-loyalty: top % by spend</source>
        <translation>高忠诚度：消费额前 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>High-unit-price</source>
        <translation>高单价会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-unit-price: top % by average ticket</source>
        <translation>高单价：客单价前 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>High-value</source>
        <translation>高价值会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>High-value: top % by spend</source>
        <translation>高价值：消费额前 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>History batch {batch}: {imported} of {rows} rows recorded, {rejected} rejected. Balances did not change. The batch can be undone under File &gt; Import batches.</source>
        <translation>消费记录批次 {batch}：{rows} 行中记录 {imported} 行，拒绝 {rejected} 行。余额没有变化。可在“文件 &gt; 导入批次”中撤销该批次。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Import &amp;batches…</source>
        <translation>导入批次(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} cannot be undone: cards {cards} have been used since (recharged, spent, frozen...). Reverse those first, or fix the members by hand.</source>
        <translation>导入批次 {batch} 无法撤销：会员卡 {cards} 之后已有业务（充值、消费、冻结等）。请先冲正这些流水，或手动修改会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} cannot be undone: member {member} has spent imported points since.</source>
        <translation>导入批次 {batch} 无法撤销：会员 {member} 已使用了导入的积分。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} cannot be undone: members {members} have been used or changed since (a card sold, points, a merge...).</source>
        <translation>导入批次 {batch} 无法撤销：会员 {members} 之后已有业务或变更（开卡、积分、合并等）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Import batch {batch} undone: {members} members archived, {cards} cards closed, {history} history rows removed.</source>
        <translation>导入批次 {batch} 已撤销：归档会员 {members} 个，关闭会员卡 {cards} 张，删除消费历史 {history} 行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>Import batch {batch} was already undone.</source>
        <translation>导入批次 {batch} 已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Import batch {batch} was undone.</source>
        <translation>导入批次 {batch} 已撤销。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Import batch {batch}: {members} new members, {attached} existing members with new cards or points, {cards} cards opened; {skipped} duplicates skipped, {rejected} rows rejected. The batch can be undone under File &gt; Import batches while its cards are unused.</source>
        <translation>导入批次 {batch}：新会员 {members} 个，已有会员新增会员卡或积分 {attached} 个，开卡 {cards} 张；跳过重复 {skipped} 行，拒绝 {rejected} 行。在会员卡未被使用前，可在“文件 &gt; 导入批次”中撤销本批次。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Import batches</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Import members or history</source>
        <translation>导入会员或消费记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Imported batch {batch}: {imported} of {rows} history rows; {rejected} rejected.</source>
        <translation>已导入批次 {batch}：{rows} 行消费历史中导入 {imported} 行；拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Imported batch {batch}: {new} new members, {merged} merged, {cards} cards; {skipped} duplicates skipped, {rejected} rows rejected.</source>
        <translation>已导入批次 {batch}：新会员 {new} 个，合并 {merged} 行，会员卡 {cards} 张；跳过重复 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_bulk.py"/>
        <source>Imported count card</source>
        <translation>导入的次卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Imported opening balance</source>
        <translation>导入期初余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Imported opening balances</source>
        <translation>导入的期初余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_bulk.py"/>
        <source>Imported period card</source>
        <translation>导入的期限卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_bulk.py"/>
        <source>Imported stored-value card</source>
        <translation>导入的储值卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_day.py"/>
        <source>Inside now</source>
        <translation>在店会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Inside since {time}</source>
        <translation>{time} 起在店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <source>It had already been done; nothing was charged again.</source>
        <translation>该业务此前已完成，未重复收费。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Items bought</source>
        <translation>购买项数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Join date</source>
        <translation>开卡日期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Joined from</source>
        <translation>入会日期从</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Joined on</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Keep both records only if this is a different person sharing the phone, such as a family member.</source>
        <translation>仅当这是共用该手机号的另一个人（例如家人）时，才保留两条记录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Keep them separate</source>
        <translation>分别保留</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Keep {member_no}</source>
        <translation>保留 {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Kept record</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Largest single operation (¥)</source>
        <translation>单笔操作上限（¥）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Last backup {days} days ago: use File › Back up now</source>
        <translation>上次备份是 {days} 天前：请使用 文件 › 立即备份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Last visit or consumption</source>
        <translation>最近到店或消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Last visit {date}, {days} days ago</source>
        <translation>上次到店 {date}，{days} 天前</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Leave empty for the next number ({example})</source>
        <translation>留空则自动使用下一个编号（{example}）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Leave unmapped (reported)</source>
        <translation>不对应（将提示）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Ledger</source>
        <translation>流水</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Ledger exported</source>
        <translation>流水已导出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>List price (yuan)</source>
        <translation>原价（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>List value</source>
        <translation>标价金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Lock the window after idle minutes</source>
        <translation>空闲多少分钟后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Locked: nobody used the program for a while. Sign in to continue.</source>
        <translation>已锁定：程序一段时间无人使用。请登录后继续。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Locker or wristband</source>
        <translation>手牌号 / 柜号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Lost card replaced</source>
        <translation>挂失补卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Low balance</source>
        <translation>余额/次数不足</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Low balance alert below (¥)</source>
        <translation>余额低于此数时提醒（¥）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Low balance on card {card}: {balance}</source>
        <translation>会员卡 {card} 余额不足：{balance}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Low-price high-frequency</source>
        <translation>低价高频会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Low-price high-frequency: lower % by ticket</source>
        <translation>低价高频：客单价后 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Low-price high-frequency: top % by visit days</source>
        <translation>低价高频：到店天数前 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Low-price low-frequency</source>
        <translation>低价低频会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Low-price low-frequency: bottom % by both</source>
        <translation>低价低频：客单价与到店天数均为后 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>M score</source>
        <translation>M 分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_html.py"/>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>Made on {at}</source>
        <translation>生成于 {at}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Mark &amp;done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Mark a care task done</source>
        <translation>标记关怀任务完成</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Match the tiers</source>
        <translation>对应会员等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Matches: {count}</source>
        <translation>匹配：{count} 位</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Mature</source>
        <translation>成熟</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Mature after (days of membership)</source>
        <translation>成熟：入会满多少天</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Meituan / Dianping</source>
        <translation>美团 / 大众点评</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member anonymised</source>
        <translation>会员已匿名化</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member archived</source>
        <translation>会员已归档</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Member club</source>
        <translation>会员俱乐部</translation>
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
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Member number pattern</source>
        <translation>会员卡号规则</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Member number {member_no}</source>
        <translation>会员编号 {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member number {member_no} is already in use.</source>
        <translation>会员卡号 {member_no} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Member number {member_no} is already {name}'s: this member gets the next free number instead</source>
        <translation>会员卡号 {member_no} 已属于 {name}：该会员将使用下一个可用卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>Member number {text} lost its leading zeros in Excel (the others have {width} digits); type it again as text</source>
        <translation>会员卡号 {text} 在 Excel 中丢失了开头的 0（其他卡号为 {width} 位）；请以文本格式重新输入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member restored</source>
        <translation>会员已恢复</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Member {member_no} anonymised.</source>
        <translation>会员 {member_no} 已匿名化。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member {member_no} cannot be changed in its current state.</source>
        <translation>会员 {member_no} 在当前状态下不能修改。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Member {member_no} is already anonymised.</source>
        <translation>会员 {member_no} 已经匿名化。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member {member_no} was already merged into another record.</source>
        <translation>会员 {member_no} 已合并到另一条会员记录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} archived.</source>
        <translation>会员 {member_no} {name} 已归档。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} registered.</source>
        <translation>会员 {member_no} {name} 已登记。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} restored.</source>
        <translation>会员 {member_no} {name} 已恢复。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Member {member_no} {name} saved.</source>
        <translation>会员 {member_no} {name} 已保存。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Member's data exported</source>
        <translation>会员个人数据已导出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>Member's data exported to {path}.</source>
        <translation>会员个人数据已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_files.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/report_members.py"/>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members and spend by lifecycle stage as of {date}</source>
        <translation>截至 {date} 各生命周期阶段的会员数与消费额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members and spend by primary segment as of {date}</source>
        <translation>截至 {date} 各主客群的会员数与消费额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members and spend by value grade as of {date}</source>
        <translation>截至 {date} 各价值等级的会员数与消费额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Members at the period's end</source>
        <translation>期末会员数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Members by primary segment</source>
        <translation>各主客群会员数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members exported</source>
        <translation>会员已导出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members imported</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Members merged</source>
        <translation>会员已合并</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Members pay</source>
        <translation>会员支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Members: {count}</source>
        <translation>会员：{count} 位</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Membership CRM</source>
        <translation>会员管理系统</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Membership CRM {version}

Membership management for one club, kept on this computer.</source>
        <translation>会员管理系统 {version}

单店会员管理，数据保存在本机。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Merge duplicate records</source>
        <translation>合并重复记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Merge into one member</source>
        <translation>合并为一个会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Merged into member {member_no} {name}.</source>
        <translation>已合并到会员 {member_no} {name}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Merged record</source>
        <translation>被合并的记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Merges</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Message sent</source>
        <translation>已发消息</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Minor (guardian)</source>
        <translation>未成年人（监护人）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Minutes an account stays locked</source>
        <translation>账号锁定的分钟数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Minutes inside</source>
        <translation>在店分钟数</translation>
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
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Mobile {phone}</source>
        <translation>手机 {phone}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Money rules</source>
        <translation>资金规则</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>Monthly report</source>
        <translation>月度经营报表</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Months counted for spend and visit days</source>
        <translation>统计消费额和到店天数的月数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Months counted for the average ticket</source>
        <translation>统计客单价的月数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Moved in</source>
        <translation>移入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>Moved in (green) and out (red) since last month</source>
        <translation>自上月以来移入（绿）与移出（红）的会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Moved out</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Movement between primary segments since the end of {month}</source>
        <translation>自 {month} 月末以来主客群之间的变动</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>Movement since last month</source>
        <translation>较上月变动</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Movement: each member's primary segment at the end of {month} (kept when that month was over) against {date}. Members who joined since count as moved in; members no longer counted (archived or merged) as moved out.</source>
        <translation>变动：每位会员在 {month} 月末（该月结束时保存）的主客群与 {date} 的主客群对比。此后入会的会员计为移入；不再计入的会员（已归档或已合并）计为移出。</translation>
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
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Net spend</source>
        <translation>消费净额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Net value</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Net value by service</source>
        <translation>各服务项目消费净额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Net value: list price less discounts. Revenue recognised: principal spent from stored-value cards, count-card sessions used at their price per session, and money paid at the desk; bonus spent and points credit are not revenue, and period cards earn with time (see the prepaid liability).</source>
        <translation>净额：标价减去折扣。确认收入：储值卡消费的本金、次卡按每次价格计算的已用次数，以及前台收款；赠送金额消费和积分抵扣不算收入，期限卡随时间确认收入（见预收款余额）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>New card number</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>New card product</source>
        <translation>新卡种</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>New club database</source>
        <translation>新的门店数据库</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>New for (days after joining)</source>
        <translation>新会员：入会后多少天内</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>New member (has duplicates)</source>
        <translation>新会员（有重复）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>New members</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>New members: members who joined in the period.</source>
        <translation>新会员：本期内入会的会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>New password for {name}</source>
        <translation>{name} 的新密码</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>New service</source>
        <translation>新服务项目</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <source>New staff account</source>
        <translation>新员工账号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>New tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Newly joined</source>
        <translation>新入会会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Next number</source>
        <translation>下一个卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>No automatic upgrade</source>
        <translation>不自动升级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>No backup yet: use File › Back up now</source>
        <translation>尚无备份：请使用 文件 › 立即备份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>No card (paid at the desk)</source>
        <translation>未用卡（前台付款）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>No card product named {text}; the chosen default product is used</source>
        <translation>没有名为“{text}”的卡种；使用所选的默认卡种</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>No card products yet: the owner sets them up under Card products and services.</source>
        <translation>尚无卡种：请老板在“卡种与服务项目”中设置。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>No card: pay in money</source>
        <translation>不用卡：现金或扫码支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_fields.py"/>
        <source>No discount</source>
        <translation>不打折</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>No entry service is set: the owner chooses it in the settings (check-in desk).</source>
        <translation>尚未设置入场服务项目：请老板在设置（签到台）中选择。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>No expiry</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_header.py"/>
        <source>No header row found: the first {rows} rows name no known columns (name, phone, member number...).</source>
        <translation>找不到表头行：前 {rows} 行中没有可识别的列名（姓名、手机号、会员卡号等）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>No likely duplicates found.</source>
        <translation>没有发现疑似重复的会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>No member matches {query}.</source>
        <translation>没有与 {query} 匹配的会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>No member or card matches {query}.</source>
        <translation>没有与 {query} 匹配的会员或会员卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>No member or card matches {text}.</source>
        <translation>没有与 {text} 匹配的会员或会员卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>No member with id {id}.</source>
        <translation>找不到 ID 为 {id} 的会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>No member with number or phone {text}</source>
        <translation>没有会员卡号或手机号为 {text} 的会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>No movement: the club had no members at the end of the month before.</source>
        <translation>无变动数据：上月末本店还没有会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>No password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>No rows in this period.</source>
        <translation>本期没有记录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>No snapshot of last month yet: the movement shows once a month with data is over.</source>
        <translation>还没有上月的快照：有数据的月份结束后才显示变动。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>No staff account with id {id}.</source>
        <translation>找不到 ID 为 {id} 的员工账号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>No such day in the calendar: {text}</source>
        <translation>日历中没有这一天：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>No tier named {text}; imported without a tier (map it to a tier to keep it)</source>
        <translation>没有名为“{text}”的会员等级；按无等级导入（如需保留，请将其对应到一个等级）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>No usable card: sell a card, or check in a single entry.</source>
        <translation>没有可用的会员卡：请售卡，或按单次票签到。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>No visit since joining on {date}, {days} days ago</source>
        <translation>自 {date} 入会以来未到店，已 {days} 天</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>No visits in this period.</source>
        <translation>本期没有到店记录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>No — do not promote</source>
        <translation>否——请勿推广</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>None: entry is free on stored-value cards</source>
        <translation>无：储值卡入场免费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a date: {text} (for example 2024-05-03)</source>
        <translation>不是有效的日期：{text}（例如 2024-05-03）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a possible birthday: {text}</source>
        <translation>不是有效的生日：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a valid phone number: {text}</source>
        <translation>不是有效的电话号码：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <source>Not a valid phone number: {text} (a mainland mobile has 11 digits starting with 1)</source>
        <translation>手机号无效：{text}（中国大陆手机号为以 1 开头的 11 位数字）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Not a whole number: {text}</source>
        <translation>不是整数：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <location filename="../../clubcrm/domain/money.py"/>
        <source>Not an amount of money: {text}</source>
        <translation>不是有效的金额：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Not counted in the segments (archived, merged or joined later).</source>
        <translation>未计入客群（已归档、已合并或在此日期后入会）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>Not counted now</source>
        <translation>现已不计入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_movement.py"/>
        <source>Not counted then</source>
        <translation>当时未计入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>Not enough balance on card {card}: it holds {balance}, {amount} is needed.</source>
        <translation>会员卡 {card} 余额不足：余额 {balance}，需要 {amount}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Not enough balance on card {card}: it holds {balance}, {needed} is needed.</source>
        <translation>会员卡 {card} 余额不足：余额 {balance}，需要 {needed}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Not enough points: {needed} are needed, the member has {points}.</source>
        <translation>积分不足：需要 {needed}，会员有 {points}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <location filename="../../clubcrm/services/care_tasks.py"/>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Not one of the offered choices: {value}</source>
        <translation>不是可选的选项：{value}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Not required</source>
        <translation>不要求</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Note words shown as alerts</source>
        <translation>备注中需提醒的关键词</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Nothing imported, no batch made: {rejected} of {rows} history rows rejected.</source>
        <translation>未导入任何数据，未生成批次：{rows} 行消费记录中拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Nothing imported, no batch made: {skipped} duplicates skipped, {rejected} rows rejected.</source>
        <translation>未导入任何数据，未生成批次：跳过重复 {skipped} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/care_tab.py"/>
        <source>Nothing left to do in this list.</source>
        <translation>此列表的任务已全部完成。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的数据。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Nothing to import: every row is a duplicate that is skipped, or rejected.</source>
        <translation>没有可导入的数据：每一行都是被跳过的重复记录或被拒绝。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_commit.py"/>
        <source>Nothing to import: every row is a duplicate that is skipped, or rejected. No import batch was made.</source>
        <translation>没有可导入的数据：每一行都是被跳过的重复记录或被拒绝。未生成导入批次。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <location filename="../../clubcrm/io/report_html.py"/>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>Nothing was recorded in this period: no money moved and nobody checked in.</source>
        <translation>本期没有任何记录：没有资金往来，也没有人签到。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/import_values.py"/>
        <source>Only a year, not a date: {text}</source>
        <translation>只有年份，不是日期：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Only count cards cover chosen services.</source>
        <translation>只有次卡可以指定服务项目。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Only stored-value cards give a discount on consumption.</source>
        <translation>只有储值卡有消费折扣。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Only stored-value cards have recharge bonus rules.</source>
        <translation>只有储值卡有充值赠送规则。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>Only the owner can approve this amount.</source>
        <translation>只有老板可以批准此金额。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may anonymise a member.</source>
        <translation>只有老板可以将会员匿名化。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may export a member's personal data.</source>
        <translation>只有老板可以导出会员的个人数据。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may manage staff accounts.</source>
        <translation>只有老板可以管理员工账号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may restore a backup.</source>
        <translation>只有老板可以从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Only the owner may see the audit log.</source>
        <translation>只有老板可以查看审计日志。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Only {sessions} sessions left on card {card}</source>
        <translation>会员卡 {card} 仅剩 {sessions} 次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Open existing</source>
        <translation>打开已有会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Opening</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>Operation {number} done.</source>
        <translation>业务 {number} 已完成。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Operations</source>
        <translation>操作次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Operations and sales by staff member</source>
        <translation>各员工的操作与销售</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Operations: the actions a staff member recorded (a sale, a recharge, a consumption, a check-in...). Visits served: check-ins naming them as the serving staff.</source>
        <translation>操作次数：员工录入的操作（售卡、充值、消费、签到等）。服务到店：指定该员工为服务员工的签到。</translation>
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
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Operator: {name} ({role})</source>
        <translation>操作员：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Optional: e.g. travelling, injured</source>
        <translation>选填：如出差、受伤</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Optional: e.g. will come on Friday to renew</source>
        <translation>选填：如周五来店续卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Optional: why the member leaves</source>
        <translation>选填：会员退卡原因</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Other changes</source>
        <translation>其他变动</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Other members</source>
        <translation>其他会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Owner account created</source>
        <translation>老板账号已创建</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>Owner approval</source>
        <translation>老板授权</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <location filename="../../clubcrm/ui/report_printing.py"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Paid (yuan)</source>
        <translation>实付（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Paid at the desk</source>
        <translation>前台收款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Paid back by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid by {method}</source>
        <translation>{method}支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Paid from card</source>
        <translation>会员卡支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid from the card</source>
        <translation>会员卡支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid with points (¥)</source>
        <translation>积分抵扣（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Paid with {points} points</source>
        <translation>使用 {points} 积分抵扣</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Part paid by card (¥)</source>
        <translation>会员卡支付部分（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/login_dialog.py"/>
        <location filename="../../clubcrm/ui/widgets/password_fields.py"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/password_fields.py"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Past consumption for reports and segments; balances do not change. Nothing is written until you import.</source>
        <translation>历史消费用于报表和会员分群，不改变余额。点击导入之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Pay from card</source>
        <translation>使用会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Pay {pay}, get {bonus} free</source>
        <translation>充 {pay} 送 {bonus}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Paying with points</source>
        <translation>积分抵扣</translation>
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
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Period card</source>
        <translation>期限卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Period cards' value</source>
        <translation>期限卡价值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Phone already registered</source>
        <translation>手机号已登记</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Phone number revealed</source>
        <translation>已查看完整手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Phone {phone} already belongs to member {member_no} ({name}).</source>
        <translation>手机号 {phone} 已属于会员 {member_no}（{name}）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Platinum</source>
        <translation>白金卡</translation>
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
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>Points can pay at most the amount due ({amount}).</source>
        <translation>积分最多抵扣应付金额（{amount}）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Points change</source>
        <translation>积分变动</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Points per yuan are between 0 and 100.</source>
        <translation>每元积分在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Points per ¥1</source>
        <translation>每 ¥1 积分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Points per ¥1 spent</source>
        <translation>每消费 ¥1 积分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Points redemption receipt</source>
        <translation>积分兑换凭证</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <source>Points {points}</source>
        <translation>积分 {points}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Possible &amp;duplicates…</source>
        <translation>疑似重复会员(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Possible duplicates</source>
        <translation>疑似重复会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>Possible: {fixes}</source>
        <translation>可以：{fixes}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Prepaid liability</source>
        <translation>预收款余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Prepaid liability roll-forward</source>
        <translation>预收款余额变动表</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Prepaid liability: what the club still owes its members on their cards. Opening + cards sold + recharged + imported ± transferred ± adjusted − consumed − refunded − expired = closing.</source>
        <translation>预收款余额：俱乐部在会员卡上仍欠会员的金额。期初 + 售卡 + 充值 + 导入 ± 转卡 ± 调整 − 消费 − 退款 − 过期 = 期末。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Price (¥) *</source>
        <translation>价格（¥）*</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Price paid</source>
        <translation>购卡金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Primary segment</source>
        <translation>主要客群</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Primary segment: the first met in this order</source>
        <translation>主要客群：按此顺序取第一个符合的</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Principal (yuan)</source>
        <translation>本金（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Principal change (yuan)</source>
        <translation>本金变动（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Principal change (¥)</source>
        <translation>本金变动（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Principal first, then bonus</source>
        <translation>先扣本金，再扣赠送</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Principal paid</source>
        <translation>已付本金</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Print &amp;daily close…</source>
        <translation>打印日结(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <source>Print receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/report_printing.py"/>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <source>Pro rata keeps the bonus fair: what was consumed counts partly against the principal, in the share principal had in everything put on the card.</source>
        <translation>按比例退款对赠送公平：已消费金额按本金在卡内总额中的占比计入本金。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Pro rata: principal paid − consumed × principal ÷ (principal + bonus)</source>
        <translation>按比例：已付本金 − 已消费 × 本金 ÷（本金 + 赠送）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Proposed tier</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>R score</source>
        <translation>R 分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>RFM group</source>
        <translation>RFM 分组</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>RFM groups</source>
        <translation>RFM 分组</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>RFM: a score counts as high from</source>
        <translation>RFM：多少分起算高</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Range of days</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Re&amp;fund…</source>
        <translation>退款(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>Re&amp;veal phone</source>
        <translation>显示完整手机号(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Re&amp;verse row…</source>
        <translation>冲正(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
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
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/receipt_pdf.py"/>
        <source>Receipt no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Recent span for churning (months)</source>
        <translation>流失判断的近期月数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Reception</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Reception may undo a check-in within 10 minutes; after that a manager must.</source>
        <translation>前台只能在 10 分钟内撤销签到；超过后须由店长撤销。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Recharge</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Recharge at least (¥)</source>
        <translation>充值满（¥）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Recharge bonus</source>
        <translation>充值赠送</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Recharge card {card} of {name}</source>
        <translation>为 {name} 的会员卡 {card} 充值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Recharge receipt</source>
        <translation>充值凭证</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Recharged</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Recharges</source>
        <translation>充值笔数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_settings.py"/>
        <source>Record check-out (time out and duration)</source>
        <translation>登记离店（离店时间和在店时长）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Records sharing a phone, or a name and a full birthday, are probably one person. Merging them is your decision.</source>
        <translation>手机号相同，或姓名和完整生日都相同的记录很可能是同一个人。是否合并由您决定。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Redeem &amp;points…</source>
        <translation>积分兑换(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Redeem points of {name} ({member_no})</source>
        <translation>{name}（{member_no}）积分兑换</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Referred by a member</source>
        <translation>会员推荐</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Refund a card</source>
        <translation>退卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refund calculation</source>
        <translation>退款计算</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Refund card {card} of {name}</source>
        <translation>退 {name} 的会员卡 {card}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refund statement</source>
        <translation>退款结算单</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refundable</source>
        <translation>可退金额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Refunded by {method}</source>
        <translation>退款方式：{method}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Refunds paid out</source>
        <translation>退款支出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Register anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_files.py"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Remaining principal</source>
        <translation>退剩余本金</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Remaining sessions</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Remember this mapping for files with the same columns</source>
        <translation>记住此映射，用于列相同的文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_bonus_steps.py"/>
        <source>Remove step</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/sale_items_editor.py"/>
        <source>Remove this service</source>
        <translation>移除此服务</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Renew the card</source>
        <translation>续卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Replace</source>
        <translation>补卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Replace &amp;lost card…</source>
        <translation>挂失补卡(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Replace a lost card</source>
        <translation>挂失补卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Replace lost card {card} of {name}</source>
        <translation>为 {name} 的会员卡 {card} 挂失补卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Replaced (lost)</source>
        <translation>已挂失补卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Report exported</source>
        <translation>报表已导出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Report written to {path}</source>
        <translation>报表已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Reports show the club's money: a manager or the owner can open them.</source>
        <translation>报表包含俱乐部的财务数据：只有店长或老板可以查看。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Required: e.g. pool closed for repairs</source>
        <translation>必填：如泳池停业检修</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Required: e.g. swim cap, towel</source>
        <translation>必填：如泳帽、毛巾</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Required: kept with the ledger row</source>
        <translation>必填：随流水记录保存</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Required: what was wrong</source>
        <translation>必填：错误原因</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Rest paid by</source>
        <translation>其余支付方式</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Restore selected</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Restored the backup {backup}; the data it replaced is kept in {copy}.</source>
        <translation>已恢复备份 {backup}；被替换的数据保存在 {copy}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Restored {backup} to {path}</source>
        <translation>已将 {backup} 恢复到 {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Restored {backup} to {path}; the data it replaced is kept in {copy}</source>
        <translation>已将 {backup} 恢复到 {path}；被替换的数据保存在 {copy}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Restoring replaces all the club's data with the chosen backup. The data as it is now is kept first, as a safety copy in the backup folder.</source>
        <translation>恢复会用所选备份替换门店的全部数据。当前数据会先作为安全副本保存在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Retention and churn</source>
        <translation>留存与流失</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>Retention rate: of the members active in the previous period of equal length ({first} to {last}), the share also active in this period. Churn rate: 100% less the retention rate.</source>
        <translation>留存率：在等长的上一期（{first} 至 {last}）活跃的会员中，本期仍然活跃的比例。流失率：100% 减去留存率。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Retire</source>
        <translation>停售</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>Retired</source>
        <translation>已停售</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Reveal</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Revenue recognised</source>
        <translation>确认收入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Reversal receipt</source>
        <translation>冲正凭证</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Reverse</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Reverse a ledger row</source>
        <translation>冲正流水</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Reverse row {row}: {kind} on {time}</source>
        <translation>冲正第 {row} 行：{time} 的{kind}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Reversed by row</source>
        <translation>被冲正于</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <source>Reverses row</source>
        <translation>冲正原流水</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Review tiers</source>
        <translation>评审等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Review tiers…</source>
        <translation>评审等级…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Reviewing the consumption of every member…</source>
        <translation>正在评审每位会员的消费…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Role changed</source>
        <translation>角色已更改</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Role of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Row {row} cannot be reversed (a reversal, a refund, an expiry or a change of the card's state is corrected by its own operation).</source>
        <translation>流水 {row} 不能冲正（冲正、退款、过期或卡状态变更须用各自的操作更正）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>Row {row} was already reversed.</source>
        <translation>流水 {row} 已被冲正。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Rows imported</source>
        <translation>导入行数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>S&amp;hare with family…</source>
        <translation>家庭共享(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>S&amp;taff</source>
        <translation>员工(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>S&amp;witch operator…</source>
        <translation>切换操作员(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Same {what} as member {member_no} ({name}) already in the club</source>
        <translation>与已有会员 {member_no}（{name}）的{what}相同</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Same {what} as row {row} of the file</source>
        <translation>与文件第 {row} 行的{what}相同</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_money_rules.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/receipt_offer.py"/>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <source>Save receipt as PDF</source>
        <translation>将小票保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Save the form (Enter or Ctrl+S)</source>
        <translation>保存（Enter 或 Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Save the import template…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>Save the rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Save the rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>Scan a card, or type a phone, a name or a member number.</source>
        <translation>请刷卡，或输入手机号、姓名或会员编号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Scan a card, or type the last digits of the phone, a name or pinyin initials, then Enter</source>
        <translation>刷卡，或输入手机尾号、姓名或拼音首字母，然后按回车</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Scan or type the card number</source>
        <translation>刷卡或输入卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Scan or type the card to transfer to, or find its member.</source>
        <translation>请刷卡或输入转入卡号，或查找其会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Scan or type the new card's number</source>
        <translation>刷新卡或输入新卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Scan received while a dialog was open: {text}</source>
        <translation>对话框打开时收到的刷卡：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>Segment thresholds</source>
        <translation>客群阈值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>Segments (each member once, by primary segment)</source>
        <translation>客群（每位会员按主要客群计一次）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segmentation.py"/>
        <source>Segments are computed up to today, not for {date}.</source>
        <translation>客群只能计算到今天，不能计算 {date}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Segments as of {date}, as the segments view computes them: each member counts once, in their primary segment; spend is their consumption in the {months} months up to that day. Value grade: members ranked by that spend, the first {vip}% of it VIP, the next {a}% A, the next {b}% B, the rest C. Archived and merged members are not counted.</source>
        <translation>截至 {date} 的客群，与客群视图的计算相同：每位会员只计一次，计入其主客群；消费额为截至当日 {months} 个月内的消费。价值等级：会员按该消费额排序，前 {vip}% 的消费额为 VIP，其后 {a}% 为 A 级，再后 {b}% 为 B 级，其余为 C 级。已归档和已合并的会员不计入。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>Segments as of {date}: {members} members</source>
        <translation>截至 {date} 的客群：共 {members} 名会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Segments met</source>
        <translation>符合的客群</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Sell a card</source>
        <translation>售卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Sell a card to {name} ({member_no})</source>
        <translation>为 {name}（{member_no}）售卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>Sell card</source>
        <translation>售卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Ser&amp;vice</source>
        <translation>服务项目(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_options.py"/>
        <source>Served &amp;by</source>
        <translation>服务员工(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Served by</source>
        <translation>服务员工</translation>
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
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Services covered</source>
        <translation>适用服务项目</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Services or card products changed</source>
        <translation>服务项目或卡种已修改</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <source>Services paid at the desk</source>
        <translation>前台收款的服务</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Services, cards and tiers</source>
        <translation>服务、卡种与等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Sessions *</source>
        <translation>次数 *</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>Sessions and validity are whole numbers, zero or more.</source>
        <translation>次数和有效期须为不小于零的整数。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Sessions become cards of:</source>
        <translation>剩余次数开为：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>Sessions change</source>
        <translation>次数变动</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_operation_dialog.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Sessions left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <source>Sessions sold</source>
        <translation>售出次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>Sessions used</source>
        <translation>已用次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Sessions' value</source>
        <translation>次数价值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Setting changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>Several members have the phone {text}; give the member number</source>
        <translation>多个会员使用手机号 {text}；请填写会员卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>Several members match {query}: scan the card or give the member number.</source>
        <translation>有多位会员与 {query} 匹配：请刷卡或提供会员编号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Share of members</source>
        <translation>会员占比</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Share of spend</source>
        <translation>消费额占比</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>Share with family</source>
        <translation>家庭共享</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Show the full phone numbers (recorded in the audit log)</source>
        <translation>显示完整手机号（会记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/login_dialog.py"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Sign in as the operator at the desk.</source>
        <translation>请以前台当班操作员的身份登录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/permissions.py"/>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>Sign in first: this staff account is unknown or disabled.</source>
        <translation>请先登录：该员工账号不存在或已停用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/sign_in.py"/>
        <source>Sign in to start.</source>
        <translation>请登录后开始使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>Since the end of {month}:</source>
        <translation>自 {month} 月末以来：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Single entry</source>
        <translation>单次票</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Single entry (cash or QR pay)</source>
        <translation>单次票（现金或扫码支付）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Single entry / walk-in…</source>
        <translation>单次票 / 散客…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Single entry for {who}</source>
        <translation>{who} 的单次票</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_preview.py"/>
        <source>Skip the duplicates</source>
        <translation>跳过重复记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Something went wrong and the action was not completed. The details were written to the log in {folder}.</source>
        <translation>出现问题，操作未完成。详细信息已写入日志文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <source>Spend</source>
        <translation>消费额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Spend (12 months)</source>
        <translation>消费额（12 个月）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <source>Spend (yuan)</source>
        <translation>消费额（元）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/care_tasks_table_model.py"/>
        <source>Spend, last {months} months</source>
        <translation>近 {months} 个月消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Spend: the net value (list price less discounts) of the member's consumption in the period, however it was paid.</source>
        <translation>消费额：会员本期消费的净额（标价减折扣），不论以何种方式支付。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>Staff &amp;accounts…</source>
        <translation>员工账号(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Staff account added</source>
        <translation>已添加员工账号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Staff account disabled</source>
        <translation>员工账号已停用</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Staff account enabled</source>
        <translation>员工账号已启用</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tab.py"/>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>新建（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/models/audit_table_model.py"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Sum of card balances at the period's end</source>
        <translation>期末各卡余额合计</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>Take back by {method}</source>
        <translation>以{method}收回</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Template written: {path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Thank you for your visit. Keep this receipt for your records.</source>
        <translation>感谢光临，请保留此凭证。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>The audit log is intact ({count} entries checked).</source>
        <translation>审计日志完整（已检查 {count} 条）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>The audit log was altered: entry {id} does not match its record.</source>
        <translation>审计日志被改动过：第 {id} 条与其记录不符。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/restore.py"/>
        <source>The backup could not be restored to {path}: {reason}</source>
        <translation>无法将备份恢复到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/backup.py"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/backup.py"/>
        <source>The backup folder {folder} cannot be used: {reason}</source>
        <translation>备份文件夹 {folder} 无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/backup.py"/>
        <source>The backup folder {folder} does not exist (is the drive plugged in?).</source>
        <translation>备份文件夹 {folder} 不存在（U 盘或移动硬盘插好了吗？）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The card expired on {text}; it is imported and expires at the next start</source>
        <translation>会员卡已于 {text} 到期；照常导入，下次启动时按到期处理</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>The card's owner can always use it.</source>
        <translation>持卡人本人始终可以使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>The closing figure is checked against the cards' balances (less the changes after the period's end): the difference must be zero.</source>
        <translation>期末余额与各卡余额（减去期末之后的变动）核对：差额必须为零。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>The club database is damaged, so nothing more is saved to it:
{problem}

Restore the newest good backup, or quit and get help. Nothing is repaired without you.</source>
        <translation>门店数据库已损坏，之后的操作不会再写入：
{problem}

请恢复最新的正常备份，或退出并寻求帮助。未经您同意，程序不会自行修复。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>The club has no tier {tier} (its tiers: {tiers}).</source>
        <translation>本店没有会员等级 {tier}（现有等级：{tiers}）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The club needs an active owner: add another owner first.</source>
        <translation>门店至少需要一个启用中的老板账号：请先添加另一个老板账号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/startup.py"/>
        <source>The club program is already open on this computer, on {path}. Use the window that is open (look in the taskbar); two copies at once could mix up the data.</source>
        <translation>本机已经打开了会员管理程序（{path}）。请使用已打开的窗口（在任务栏中查找）；同时运行两个程序可能会弄乱数据。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_commit.py"/>
        <source>The club's members changed since the preview (a member number is now taken); preview the file again.</source>
        <translation>预览之后会员数据有变化（某个会员卡号已被占用）；请重新预览文件。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/backup_actions.py"/>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <source>The database upgrade found broken references between records; it was not applied.</source>
        <translation>数据库升级时发现记录之间的引用已损坏，升级未执行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>The demo club is ready.</source>
        <translation>演示门店已生成。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/audit.py"/>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>The export file must end in .xlsx: {path}</source>
        <translation>导出文件的扩展名必须是 .xlsx：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The file has more than {limit} rows; split it into smaller files.</source>
        <translation>文件超过 {limit} 行；请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <location filename="../../clubcrm/services/reports.py"/>
        <source>The file must end in {suffix}: {path}</source>
        <translation>文件名必须以 {suffix} 结尾：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>The first day comes after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>The first rows, as they will be recorded:</source>
        <translation>前几行（将按此记录）：</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>The first {count} matches; type more to narrow the search.</source>
        <translation>仅显示前 {count} 条匹配结果；请继续输入以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The formula in this cell has no saved value; open the file in Excel, save it, and import again</source>
        <translation>此单元格的公式没有保存计算结果；请在 Excel 中打开并保存文件后重新导入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>The guardians of the members under 14 in this file have consented to their data being kept (recorded with your name)</source>
        <translation>此文件中未满 14 岁会员的监护人已同意保存其信息（将以您的名义记录）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_commit.py"/>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The join date {text} is in the future; today is used</source>
        <translation>开卡日期 {text} 在未来；改用今天</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>The mapping file {path} must be a JSON object of header: field.</source>
        <translation>列映射文件 {path} 必须是“列名: 字段”形式的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>The member has already used the points this would take back.</source>
        <translation>会员已使用了需要冲回的积分。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>The member number pattern is not valid: {pattern}</source>
        <translation>会员卡号规则无效：{pattern}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>The member number pattern must contain {{seq}}, e.g. VIP{{seq:05d}}.</source>
        <translation>会员卡号规则必须包含 {{seq}}，例如 VIP{{seq:05d}}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>The members to call back could not be found; the details are in the log.</source>
        <translation>未能查出需要回访的会员；详情已写入日志。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <source>The name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <location filename="../../clubcrm/services/import_rows.py"/>
        <location filename="../../clubcrm/services/member_draft.py"/>
        <source>The name is too long (at most 60 characters).</source>
        <translation>姓名过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>The new card is {card}.</source>
        <translation>新卡号为 {card}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>The old card</source>
        <translation>原卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The owner account has already been set up.</source>
        <translation>老板账号已经设置过了。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <source>The part paid by card is between ¥0.00 and the amount due ({amount}).</source>
        <translation>会员卡支付部分在 ¥0.00 到应付金额（{amount}）之间。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>结束日期（{last}）早于开始日期（{first}）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/reports.py"/>
        <source>The period starts on {first}, in the future: there is nothing to report yet.</source>
        <translation>开始日期 {first} 在未来：还没有可统计的内容。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>原因太长（最多 200 个字符）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>The scan arrived in two parts ({text}); nothing was done. Please scan again.</source>
        <translation>刷卡数据分成了两段（{text}），未做任何操作。请重新刷卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>The segments could not be computed.</source>
        <translation>无法计算客群。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The sheet has {columns} columns; at most {limit} can be imported.</source>
        <translation>工作表有 {columns} 列；最多只能导入 {limit} 列。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The sheet {sheet} is damaged.</source>
        <translation>工作表 {sheet} 已损坏。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>The tiers named in the file and the club's tier each becomes. A tier left unmapped is imported without a tier and reported on its rows.</source>
        <translation>文件中出现的等级及其对应的本店会员等级。未对应的等级将按无等级导入，并在相应行中提示。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/password_fields.py"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>The user name {username} is already taken.</source>
        <translation>用户名 {username} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/desk_session.py"/>
        <source>The window was locked. Sign in to continue.</source>
        <translation>窗口已锁定，请登录后继续。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Their cards</source>
        <translation>对方的卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>There is no active staff member named {name}.</source>
        <translation>没有名为 {name} 的在职员工。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>There is no card numbered {card}.</source>
        <translation>没有卡号为 {card} 的会员卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>There is no card {card}.</source>
        <translation>没有会员卡 {card}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_undo.py"/>
        <source>There is no import batch {batch}.</source>
        <translation>没有导入批次 {batch}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segmentation.py"/>
        <source>There is no segment {key}.</source>
        <translation>没有客群 {key}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>There is no sheet named {sheet}.</source>
        <translation>没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <source>There is no such card (it may have been replaced).</source>
        <translation>没有这张会员卡（可能已补卡）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <source>There is no such card.</source>
        <translation>没有这张会员卡。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_lifecycle.py"/>
        <source>There is no such ledger row.</source>
        <translation>没有这条流水。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/care_tasks.py"/>
        <location filename="../../clubcrm/services/visit_alerts.py"/>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>There is no such member.</source>
        <translation>没有这位会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>There is no such visit.</source>
        <translation>没有这条到店记录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>This account is disabled; ask the owner.</source>
        <translation>该账号已停用，请联系老板。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/cards.py"/>
        <source>This card is sold at its price; change the product to change the price.</source>
        <translation>此卡按卡种售价出售；如需改价请修改卡种。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/cards.py"/>
        <source>This card product is no longer sold.</source>
        <translation>该卡种已停售。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>This check-in was already undone.</source>
        <translation>该签到已撤销过。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visits.py"/>
        <source>This check-in was undone.</source>
        <translation>该签到已被撤销。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>This club database is new and empty. Load a demo club with {count} members to try the program? (Use a separate database for your real members.)</source>
        <translation>这是一个新的空数据库。要载入含 {count} 位会员的演示门店来试用程序吗？（真实会员请使用另一个数据库。）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>This club has no active owner account.</source>
        <translation>该门店没有启用中的老板账号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>This club has staff accounts: add --user NAME (the password is read from CLUBCRM_PASSWORD or asked for).</source>
        <translation>该门店已设置员工账号：请加上 --user 用户名（密码从 CLUBCRM_PASSWORD 读取，或在运行时询问）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>This entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>This entry refers to a service or product that no longer exists; reopen the window and try again.</source>
        <translation>该条目引用的服务项目或卡种已不存在；请重新打开窗口后再试。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_history.py"/>
        <source>This file was already imported as batch {batch}; undo that batch first to import it again.</source>
        <translation>此文件已作为批次 {batch} 导入；如需重新导入，请先撤销该批次。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>This file was imported before (batch {batches}).</source>
        <translation>此文件以前导入过（批次 {batches}）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>This file was imported before (batch {batches}); its members are skipped as duplicates.</source>
        <translation>此文件以前导入过（批次 {batches}）；其中的会员作为重复记录跳过。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_alerts.py"/>
        <source>This member is frozen: unfreeze the member first.</source>
        <translation>该会员已冻结：请先解冻会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/card_rules.py"/>
        <location filename="../../clubcrm/services/visit_alerts.py"/>
        <source>This member record is not active (archived, merged or anonymised).</source>
        <translation>该会员记录不可用（已归档、已合并或已匿名化）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/catalogue.py"/>
        <source>This name is already used; choose another.</source>
        <translation>该名称已被使用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_members.py"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>This phone belongs to member {member_no} ({name}). Open the existing record instead?</source>
        <translation>该手机号属于会员 {member_no}（{name}）。要改为打开已有的会员记录吗？</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/operations.py"/>
        <source>This request number was already used for a different operation; nothing was done.</source>
        <translation>该请求编号已用于另一项操作；本次未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/consumption.py"/>
        <location filename="../../clubcrm/services/visit_charges.py"/>
        <source>This service is no longer offered.</source>
        <translation>该服务项目已停用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>This threshold is not valid: {name}</source>
        <translation>此阈值无效：{name}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Tick none to let the sessions pay for any service.</source>
        <translation>都不勾选则次数可用于任何服务项目。</translation>
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
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Tier changed for {count} members.</source>
        <translation>已调整 {count} 位会员的等级。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_consume_dialog.py"/>
        <source>Tier discount</source>
        <translation>等级折扣</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Tier in the file</source>
        <translation>文件中的等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Tier review applied</source>
        <translation>已应用等级评审</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_header.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>Tier {tier}</source>
        <translation>等级 {tier}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_dialog.py"/>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>Tiers not mapped (imported without a tier): {tiers}.</source>
        <translation>未对应的等级（按无等级导入）：{tiers}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Tiers the club does not have, imported without a tier (map them with --tier-map FILE_TIER=TIER): {tiers}</source>
        <translation>本店没有的等级，已按无等级导入（可用 --tier-map 文件等级=会员等级 对应）：{tiers}</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>To</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>To card</source>
        <translation>转入卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_day.py"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_day.py"/>
        <source>Today: {count} check-ins, {guests} guests, {sessions} sessions, {charge}; {inside} inside</source>
        <translation>今天：签到 {count} 次，同行客人 {guests} 位，扣次 {sessions} 次，收费 {charge}；在店 {inside} 人</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>密码错误次数过多：该账号已锁定至 {time}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Top members</source>
        <translation>消费排行</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_top.py"/>
        <source>Top {count} members by spend</source>
        <translation>消费前 {count} 名会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Total owed</source>
        <translation>欠款合计</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Transaction reversed</source>
        <translation>交易已冲正</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Transfer balance</source>
        <translation>余额转账</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>Transfer from card {card} of {name}</source>
        <translation>从 {name} 的会员卡 {card} 转出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Transfer receipt</source>
        <translation>转账凭证</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_liability.py"/>
        <source>Transferred or replaced (net)</source>
        <translation>转卡或补卡（净额）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Undo a check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undo import batch {batch} ({file})? Its new members are archived, its cards closed and their opening balances reversed.</source>
        <translation>撤销导入批次 {batch}（{file}）？该批次新建的会员将被归档，会员卡被关闭，期初余额被冲正。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undo the batch</source>
        <translation>撤销批次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undo the batch…</source>
        <translation>撤销批次…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Undo the check-in of {who} at {time}? Its charge is reversed on the ledger.</source>
        <translation>撤销 {who} 在 {time} 的签到？其扣费将在流水中冲正。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_batches_dialog.py"/>
        <source>Undone {time}</source>
        <translation>已于 {time} 撤销</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Unexpected error; details are in the log folder: {folder}</source>
        <translation>发生意外错误，详细信息见日志文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_actions.py"/>
        <source>Unfree&amp;ze…</source>
        <translation>解冻(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/ledger.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Unfreeze a card</source>
        <translation>解冻会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>Unfreeze card {card} of {name}</source>
        <translation>解冻 {name} 的会员卡 {card}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Unfreeze the card</source>
        <translation>解冻会员卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/import_mapping.py"/>
        <source>Unknown field {name} in the column mapping.</source>
        <translation>列映射中有未知字段 {name}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_tier_page.py"/>
        <source>Unmapped: {tiers}</source>
        <translation>未对应：{tiers}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>Up</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Upgrade at 12-month spend (¥)</source>
        <translation>近12个月消费达到（¥）升级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Upgrade rule</source>
        <translation>升级规则</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/login_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_account_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/staff_dialog.py"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/segment_thresholds_dialog.py"/>
        <source>VIP: first % of revenue</source>
        <translation>VIP：营收的前 %</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/receipts.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/cards_table_model.py"/>
        <source>Valid until</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_segments.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_segments_box.py"/>
        <source>Value grade</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>Value grades</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Visit days (12 months)</source>
        <translation>到店天数（12 个月）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_top.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <source>Visits</source>
        <translation>到店记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Visits by day</source>
        <translation>每日到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Visits by hour of day</source>
        <translation>各时段到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Visits by weekday and hour</source>
        <translation>按星期和时段统计的到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/audit.py"/>
        <source>Visits exported</source>
        <translation>到店记录已导出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/hour_chart.py"/>
        <source>Visits per hour</source>
        <translation>每小时到店人数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_staff.py"/>
        <source>Visits served</source>
        <translation>服务到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>Visits: {count}</source>
        <translation>到店记录：{count} 次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Walk-in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/receipts.py"/>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <location filename="../../clubcrm/services/visit_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>Walk-in visitor</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_daily.py"/>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Walk-in visitors</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/backup_settings.py"/>
        <source>Warn when the last backup is older than (days)</source>
        <translation>上次备份超过多少天时提醒</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/import_preview_model.py"/>
        <source>Warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/cards.py"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_visits.py"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/visits.py"/>
        <source>Welcome back: last visit {days} days ago ({date})</source>
        <translation>欢迎回来：上次到店在 {days} 天前（{date}）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Welcome. Create the owner's account first: the owner adds staff accounts, sees the audit log and restores backups. From now on everybody signs in.</source>
        <translation>欢迎使用。请先创建老板账号：老板可以添加员工账号、查看审计日志并从备份恢复。此后每个人都需要登录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/care_tasks_table_model.py"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_share_dialog.py"/>
        <source>Who besides {name} may use card {card}</source>
        <translation>除 {name} 外，可使用会员卡 {card} 的家庭成员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tiers.py"/>
        <source>Who would move up or down under these rules today</source>
        <translation>按当前规则今天会升级或降级的会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Why these are one person, e.g. registered twice</source>
        <translation>为什么是同一个人，例如重复登记</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/visit_dialogs.py"/>
        <source>Why, e.g. scanned by mistake</source>
        <translation>原因，例如：误刷</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>Will come</source>
        <translation>会来店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>Write --tier-map as FILE_TIER=TIER: {text}</source>
        <translation>--tier-map 的写法为 文件等级=会员等级：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/reports_view.py"/>
        <source>Writing the report…</source>
        <translation>正在写入报表…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Wrong passwords before an account locks</source>
        <translation>账号锁定前允许输错密码的次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/staff.py"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/services/privacy.py"/>
        <location filename="../../clubcrm/services/segment_export.py"/>
        <location filename="../../clubcrm/ui/models/segment_members_model.py"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/owner_setup_dialog.py"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not adjust balances.</source>
        <translation>您的角色不能调整余额。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not archive or restore members.</source>
        <translation>您的角色不能归档或恢复会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not change card products or prices.</source>
        <translation>您的角色不能修改卡种或价格。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not change the club's settings.</source>
        <translation>您的角色不能修改门店设置。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not export member lists.</source>
        <translation>您的角色不能导出会员名单。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not import members or history.</source>
        <translation>您的角色不能导入会员或消费历史。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not make backups.</source>
        <translation>您的角色不能备份。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not merge member records.</source>
        <translation>您的角色不能合并会员记录。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not refund.</source>
        <translation>您的角色不能退款。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not reveal phone numbers.</source>
        <translation>您的角色不能查看完整手机号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not reverse a transaction.</source>
        <translation>您的角色不能冲正交易。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not see full phone numbers.</source>
        <translation>您的角色不能查看完整手机号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/staff.py"/>
        <source>Your role may not see the reports.</source>
        <translation>您的角色不能查看报表。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>a JSON file of column header: field</source>
        <translation>“列名: 字段”形式的 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>a day is written YYYY-MM-DD: {text}</source>
        <translation>日期格式为 YYYY-MM-DD：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>a folder, or a file name ending in .sqlite (default: the backup folder)</source>
        <translation>一个文件夹，或以 .sqlite 结尾的文件名（默认：备份文件夹）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>a single entry paid this way instead of a card</source>
        <translation>不用会员卡，以此方式支付单次票</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>a walk-in (not a member)</source>
        <translation>散客（非会员）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>accompanying guests, each charged</source>
        <translation>同行客人数，每人计费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>already done: nothing was charged again</source>
        <translation>已签到过：未重复扣费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>also match every index entry to its row and check every reference in the ledger (slower)</source>
        <translation>同时逐条核对每个索引项与其记录，并检查流水中的所有引用（较慢）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>audit-{date}.xlsx</source>
        <translation>审计日志-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>average ticket {ticket} over {days} visit days in {months} months ≥ {cutoff}, the top {pct}%</source>
        <translation>近 {months} 个月到店 {days} 天，客单价 {ticket} ≥ {cutoff}，位列前 {pct}%</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>average ticket {ticket} ≤ {ticket_cutoff} (the lower {low}%) and {days} visit days in {months} months ≥ {cutoff} (the top {pct}%)</source>
        <translation>客单价 {ticket} ≤ {ticket_cutoff}（后 {low}%），且近 {months} 个月到店 {days} 天 ≥ {cutoff}（前 {pct}%）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>average ticket {ticket} ≤ {ticket_cutoff} and {days} visit days in {months} months ≤ {cutoff}, both in the bottom {pct}%</source>
        <translation>客单价 {ticket} ≤ {ticket_cutoff}，且近 {months} 个月到店 {days} 天 ≤ {cutoff}，均在后 {pct}%</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>back up the club database now</source>
        <translation>立即备份门店数据库</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>card number, member number, phone or its last digits</source>
        <translation>卡号、会员编号、手机号或手机尾号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>card {card} now {left}</source>
        <translation>会员卡 {card} 现余 {left}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>card {card}: {balance}, {sessions} sessions</source>
        <translation>会员卡 {card}：余额 {balance}，剩余 {sessions} 次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>charged {amount} {method}</source>
        <translation>已收 {amount} {method}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>check a member in, as the desk does (gates, turnstiles, scripts)</source>
        <translation>为会员签到，规则与前台相同（闸机、门禁、脚本）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>check in even if the member checked in a few minutes ago</source>
        <translation>即使会员几分钟前刚签到过也再次签到</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>check the club database for damage</source>
        <translation>检查门店数据库是否损坏</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>check the file and report; write nothing</source>
        <translation>检查文件并报告，不写入任何数据</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/app_lock.py"/>
        <source>clubcrm is open on {path}; close it there first.</source>
        <translation>clubcrm 正在使用 {path}；请先关闭它。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>clubcrm: bad arguments: {detail}</source>
        <translation>clubcrm：参数错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/tiers.py"/>
        <source>consumption in {months} of the last {needed} months in a row</source>
        <translation>最近 {needed} 个月中连续 {months} 个月有消费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>database file (default: the data folder)</source>
        <translation>数据库文件（默认：数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_refund_dialogs.py"/>
        <source>e.g. -20.00 or 50</source>
        <translation>如 -20.00 或 50</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_services.py"/>
        <source>e.g. Swimming, Massage</source>
        <translation>例如：游泳、按摩</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>export members to Excel</source>
        <translation>将会员导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>find and export members</source>
        <translation>查找和导出会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>first day of a range (instead of --month)</source>
        <translation>日期范围的第一天（代替 --month）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>generate a demo club</source>
        <translation>生成演示门店数据</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>guests are between 0 and 20: {text}</source>
        <translation>同行客人数在 0 到 20 之间：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import a member list (balances, sessions, points, expiry)</source>
        <translation>导入会员名单（余额、剩余次数、积分、到期日期）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import consumption history (does not change balances)</source>
        <translation>导入消费历史（不改变余额）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import members or history from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入会员或消费历史</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>import the file's tier FILE_TIER as the club's tier TIER (TIER empty: no tier); may be repeated</source>
        <translation>将文件中的等级 FILE_TIER 导入为本店的会员等级 TIER（TIER 留空：无等级）；可重复使用</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>include archived members</source>
        <translation>包括已归档的会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>joined {joined}, {days} days ago &lt; {limit}</source>
        <translation>{joined} 入会，{days} 天前 &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>last consumption or visit {last}, {days} days ago &gt; {limit}</source>
        <translation>最近一次消费或到店 {last}，{days} 天前 &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>last day of the range</source>
        <translation>日期范围的最后一天</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>ledger-{member_no}-{date}.xlsx</source>
        <translation>流水-{member_no}-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>list the import batches</source>
        <translation>列出导入批次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>locker or wristband number</source>
        <translation>手牌号或柜号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>marketing-{date}.xlsx</source>
        <translation>营销名单-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>meets none of the other segments</source>
        <translation>不符合其他任何客群</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>member number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>member segments, value grades and lifecycle stages as of a date</source>
        <translation>截至某日的会员客群、价值等级和生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>member-import-template.xlsx</source>
        <translation>会员导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/privacy_actions.py"/>
        <source>member-{member_no}-{date}.xlsx</source>
        <translation>会员-{member_no}-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>members-{date}.xlsx</source>
        <translation>会员-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>message language</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>months of history</source>
        <translation>历史数据的月数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>must be a whole number above zero: {text}</source>
        <translation>必须是大于零的整数：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>no bonus</source>
        <translation>无赠送</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>no consumption or visit since joining on {joined}, {days} days ago &gt; {limit}</source>
        <translation>{joined} 入会后从未消费或到店，已 {days} 天 &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>不是日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>number of members</source>
        <translation>会员数量</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>only members who consented to marketing</source>
        <translation>仅包括同意营销授权的会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_care.py"/>
        <source>only these lists (repeat for several)</source>
        <translation>只列出这些列表（可重复指定多个）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_sale_dialogs.py"/>
        <source>pay {pay} get {bonus}</source>
        <translation>充{pay}送{bonus}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>phone, last 4 digits, member number, name or pinyin</source>
        <translation>手机号、手机尾号后 4 位、会员卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>random seed (same seed, same club)</source>
        <translation>随机种子（相同种子生成相同的门店数据）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/receipt_printing.py"/>
        <source>receipt-{number}.pdf</source>
        <translation>小票-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>refuse files with more rows</source>
        <translation>拒绝行数超过此值的文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_wizard.py"/>
        <source>rejected-rows.xlsx</source>
        <translation>被拒绝的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>replace the club database with a backup (the current one is kept as a safety copy)</source>
        <translation>用备份替换门店数据库（当前数据库会保存为安全副本）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>request number: a retry with the same number is not charged twice</source>
        <translation>请求编号：以相同编号重试不会重复扣费</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>reversed by row {row}</source>
        <translation>已被第 {row} 行冲正</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/ledger_table_model.py"/>
        <source>reverses row {row}</source>
        <translation>冲正第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>search like the reception search box</source>
        <translation>像前台搜索框一样搜索</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_reverse_dialog.py"/>
        <source>sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>sign in as this staff member (password from CLUBCRM_PASSWORD, or asked for)</source>
        <translation>以该员工身份登录（密码从 CLUBCRM_PASSWORD 读取，或在运行时询问）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>spend {spend} in {months} months ≥ {cutoff}, the top {pct}%</source>
        <translation>近 {months} 个月消费 {spend} ≥ {cutoff}，位列前 {pct}%</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>spend {spend} ≥ {cutoff} (the top {pct}%) and a median gap of {gap} days between visits ≤ {limit}</source>
        <translation>消费 {spend} ≥ {cutoff}（前 {pct}%），且到店间隔中位数 {gap} 天 ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_state_dialogs.py"/>
        <source>stops working (marked lost)</source>
        <translation>停用（已挂失）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the .xlsx file to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the .xlsx, .xls or .csv file</source>
        <translation>.xlsx、.xls 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the CSV encoding (default: detected)</source>
        <translation>CSV 编码（默认自动识别）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the batch number</source>
        <translation>批次编号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>the card to charge (its number); default: the member's default card</source>
        <translation>扣费的会员卡（卡号）；默认：会员的默认卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the daily close: a day's cash by payment method, sales and visits</source>
        <translation>日结：当日按支付方式的收款、销售和到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>the date to compute for, YYYY-MM-DD (default: today)</source>
        <translation>计算截至的日期，YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the day (default: today)</source>
        <translation>日期（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the guardians of the members under 14 in the file have consented to their data being kept (recorded with your name)</source>
        <translation>文件中未满 14 岁会员的监护人已同意保存其信息（将以您的名义记录）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the month to report</source>
        <translation>要统计的月份</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the monthly report (or any range of days) to Excel and PDF</source>
        <translation>月度报表（或任意日期范围）导出为 Excel 和 PDF</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>the monthly report and the daily close</source>
        <translation>月度报表和日结</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>the sheet to read (default: the first)</source>
        <translation>要读取的工作表（默认第一个）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_checkin.py"/>
        <source>the staff member serving (user name or display name), for commissions</source>
        <translation>服务员工（用户名或显示名），用于提成统计</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <location filename="../../clubcrm/ui/widgets/ledger_filter_bar.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_care.py"/>
        <source>today's care tasks: birthdays, expiring cards, low balances, members to call back</source>
        <translation>今天的关怀任务：生日、会员卡到期、余额或次数不足、需要回访的会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>undo an import batch</source>
        <translation>撤销一个导入批次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/card_texts.py"/>
        <source>until {date}</source>
        <translation>至 {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_panel.py"/>
        <source>valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>valid {count} days</source>
        <translation>有效期 {count} 天</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>valid {count} months</source>
        <translation>有效期 {count} 个月</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>visits-member-{number}.xlsx</source>
        <translation>到店记录-会员{number}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>visits-{date}.xlsx</source>
        <translation>到店记录-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>with --export: only this primary segment (e.g. dormant, high_value)</source>
        <translation>与 --export 同用：只导出此主要客群（如 dormant、high_value）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>write a PDF file</source>
        <translation>写入 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_report.py"/>
        <source>write an Excel workbook</source>
        <translation>写入 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>write the member import template (.xlsx)</source>
        <translation>保存会员导入模板（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_segment.py"/>
        <source>write the members to this Excel file</source>
        <translation>把会员写入此 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_import.py"/>
        <source>write the rejected rows to this .xlsx file, with the reason</source>
        <translation>把被拒绝的行连同原因写入此 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/report_cash.py"/>
        <location filename="../../clubcrm/services/report_consumption.py"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/operations.py"/>
        <source>{amount} is above the per-operation limit of {cap}: the owner must approve it.</source>
        <translation>{amount} 超过单笔操作上限 {cap}：需老板批准。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/audit_dialog.py"/>
        <source>{count} entries exported to {path}.</source>
        <translation>已导出 {count} 条到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <source>{count} guests</source>
        <translation>{count} 位同行客人</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>{count} ledger rows exported to {path}.</source>
        <translation>已导出 {count} 行流水到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>{count} members exported to {path}.</source>
        <translation>已导出 {count} 位会员到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>{count} members match: Up/Down and Enter to choose.</source>
        <translation>有 {count} 位会员匹配：用上下键和回车选择。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_tier_review.py"/>
        <source>{count} members would change tier. Untick those to leave as they are.</source>
        <translation>{count} 位会员的等级将调整。取消勾选即保持不变。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/report_html.py"/>
        <location filename="../../clubcrm/io/report_pdf.py"/>
        <source>{count} more rows are in the Excel workbook.</source>
        <translation>另有 {count} 行在 Excel 工作簿中。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/cards_view.py"/>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <location filename="../../clubcrm/ui/models/visits_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/card_texts.py"/>
        <source>{count} sessions</source>
        <translation>{count} 次</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <location filename="../../clubcrm/ui/widgets/visit_history.py"/>
        <source>{count} visits exported to {path}.</source>
        <translation>已导出 {count} 条到店记录到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>{duplicate} will be merged into {survivor}: its tags, notes and missing details move over, and it stays only as a pointer to {survivor}. This cannot be undone.</source>
        <translation>{duplicate} 将合并到 {survivor}：其标签、备注和缺少的资料将转移过去，{duplicate} 仅保留为指向 {survivor} 的记录。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli_care.py"/>
        <location filename="../../clubcrm/ui/views/care_view.py"/>
        <source>{list} ({count})</source>
        <translation>{list}（{count}）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>{members} members as of {date}</source>
        <translation>截至 {date} 共 {members} 名会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/segment_tiles.py"/>
        <source>{name}
{members} members · {share}
{spend} · {spend_share}</source>
        <translation>{name}
{members} 人 · {share}
{spend} · {spend_share}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>{name} (new)</source>
        <translation>{name}（新）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_products.py"/>
        <source>{name} (retired)</source>
        <translation>{name}（已停售）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/care_done_dialog.py"/>
        <source>{name} ({member_no}), {phone}
{what}</source>
        <translation>{name}（{member_no}） {phone}
{what}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/care_tasks.py"/>
        <source>{name} already marked this task done at {time}.</source>
        <translation>{name} 已于 {time} 将此任务标记为完成。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is damaged or not a real spreadsheet.</source>
        <translation>{name} 已损坏或不是真正的电子表格。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is not a spreadsheet (xlsx, xls or csv).</source>
        <translation>{name} 不是电子表格（xlsx、xls 或 csv）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is not in the encoding {encoding}; choose another.</source>
        <translation>{name} 不是 {encoding} 编码；请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} is protected by a password; save it without the password and try again.</source>
        <translation>{name} 设有密码保护；请去掉密码另存后再试。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/table_reader.py"/>
        <source>{name} would unpack to {size} MB: refused as unsafe.</source>
        <translation>{name} 解压后将达 {size} MB：不安全，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} has {count} records pointing at records that do not exist (the first: table {table}, row {row}).</source>
        <translation>{path} 中有 {count} 条记录指向不存在的记录（第一条：表 {table}，第 {row} 行）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} is a database of another program, not of clubcrm.</source>
        <translation>{path} 是其他程序的数据库，不是 clubcrm 的数据库。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} is damaged: SQLite's integrity check reports &quot;{detail}&quot;.</source>
        <translation>{path} 已损坏：SQLite 完整性检查报告“{detail}”。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>{path} is not a clubcrm database (it is not an SQLite file).</source>
        <translation>{path} 不是 clubcrm 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} is not a readable clubcrm database (the file may be damaged).</source>
        <translation>{path} 不是可读取的 clubcrm 数据库（文件可能已损坏）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/network_drive.py"/>
        <source>{path} is on a network drive ({kind}). SQLite databases get damaged when they are used over a network; keep the club database on this computer's own disk (backups may go to a network or USB drive).</source>
        <translation>{path} 位于网络驱动器（{kind}）上。通过网络使用 SQLite 数据库会导致损坏；请把门店数据库放在本机硬盘上（备份可以放在网络驱动器或 U 盘上）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>{path} passed every check.</source>
        <translation>{path} 通过了全部检查。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path} was written by a newer version of clubcrm; please update the app.</source>
        <translation>{path} 由更新版本的 clubcrm 写入，请升级本软件。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the audit log was altered at entry {row}.</source>
        <translation>{path}：审计日志第 {row} 条被改动过。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the balance of card {card} does not match its ledger.</source>
        <translation>{path}：会员卡 {card} 的余额与流水不符。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the ledger was altered at row {row} (card {card}).</source>
        <translation>{path}：流水在第 {row} 行被篡改（会员卡 {card}）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/verification.py"/>
        <source>{path}: the points of member {member} do not match the ledger.</source>
        <translation>{path}：会员 {member} 的积分与流水不符。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/catalogue_fields.py"/>
        <source>{percent}% of the list price ({zhe}折)</source>
        <translation>原价的 {percent}%（{zhe}折）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/care.py"/>
        <source>{recent} visit days in the last {months} months (before: {average} per {months} months); last visit {date}</source>
        <translation>近 {months} 个月到店 {recent} 天（此前平均每 {months} 个月 {average} 天）；上次到店 {date}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/segmentation/explain.py"/>
        <source>{recent} visit days in the last {months} months, below {pct}% of the {average} a {months}-month span before ({prior} in {prior_months} months)</source>
        <translation>近 {months} 个月到店 {recent} 天，低于此前每 {months} 个月平均 {average} 天的 {pct}%（此前 {prior_months} 个月共 {prior} 天）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_approval_dialog.py"/>
        <source>{refusal}

The owner signs in here to approve it.</source>
        <translation>{refusal}

请老板在此登录批准。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_history_page.py"/>
        <source>{rows} rows: {imported} will be recorded, {rejected} rejected.</source>
        <translation>共 {rows} 行：将记录 {imported} 行，拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/import_pages.py"/>
        <source>{rows} rows: {new} new members, {merged} merged into another, {skipped} duplicates skipped, {rejected} rejected, {warnings} with warnings; {cards} cards will be opened.</source>
        <translation>共 {rows} 行：新会员 {new} 个，合并到其他会员 {merged} 行，跳过重复 {skipped} 行，拒绝 {rejected} 行，有警告 {warnings} 行；将开卡 {cards} 张。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>{seq} is the running number with 6 digits; {yyyy}, {yy} and {mm} are the year and month of registration. Example: {example}</source>
        <translation>{seq} 是 6 位流水号；{yyyy}、{yy} 和 {mm} 是登记的年份和月份。例如：{example}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/segments_view.py"/>
        <source>{tile}: {count} members, by spend</source>
        <translation>{tile}：{count} 名会员，按消费额排序</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/restore_dialog.py"/>
        <source>{time} (kept before a restore)</source>
        <translation>{time}（恢复前保存的副本）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/visit_view.py"/>
        <source>{who} checked out after {minutes} minutes.</source>
        <translation>{who} 已离店，在店 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/card_transfer_dialog.py"/>
        <source>…or find its member: phone, name, pinyin initials or member number</source>
        <translation>…或查找其会员：手机号、姓名、拼音首字母或会员编号</translation>
    </message>
</context>
</TS>
