<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>clubcrm</name>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
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
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Find member</source>
        <translation>查找会员(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>1990-05-03, or 05-03 without the year</source>
        <translation>1990-05-03，或不含年份的 05-03</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>A birthday cannot be in the future: {text}</source>
        <translation>生日不能晚于今天：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>A member cannot be merged with itself.</source>
        <translation>会员不能与自身合并。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {member_no}</source>
        <translation>会员卡号只能包含字母、数字、- 和 _（最多 32 个字符）：{member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>A member number may use letters, digits, - and _ (at most 32): {pattern}</source>
        <translation>会员卡号只能包含字母、数字、- 和 _（最多 32 个字符）：{pattern}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <source>A mobile phone number is required.</source>
        <translation>请填写手机号。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>A new language applies the next time the program starts.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>A tag is too long (at most 30 characters): {tag}</source>
        <translation>标签过长（最多 30 个字符）：{tag}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Agrees to receive promotions (marketing consent)</source>
        <translation>同意接收促销信息（营销授权）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>All</source>
        <translation>全部</translation>
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
        <location filename="../../clubcrm/domain/money.py"/>
        <source>An amount has at most two decimals: {text}</source>
        <translation>金额最多保留两位小数：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Cannot do that</source>
        <translation>无法执行该操作</translation>
    </message>
    <message>
        <location filename="../../clubcrm/app.py"/>
        <source>Cannot open the club database</source>
        <translation>无法打开会员数据库</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/io/excel.py"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
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
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Compare and choose the record to keep</source>
        <translation>比较并选择要保留的记录</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Creating the demo club…</source>
        <translation>正在生成演示门店…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Demo club ready: {members} members in {path}</source>
        <translation>演示门店已生成：{path} 中有 {members} 名会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Edit member {member_no}</source>
        <translation>编辑会员 {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/settings.py"/>
        <source>Enter a whole number above zero.</source>
        <translation>请输入大于零的整数。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Exported {count} members to {path}</source>
        <translation>已导出 {count} 名会员到 {path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
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
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Find a member: last digits of the phone, name, pinyin initials or member number</source>
        <translation>查找会员：手机尾号、姓名、拼音首字母或会员卡号</translation>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Flyer or street promotion</source>
        <translation>传单或地推</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Give a reason for the merge; it is kept in the audit log.</source>
        <translation>请填写合并原因，它会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Gold</source>
        <translation>金卡</translation>
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
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>Guardian phone</source>
        <translation>监护人手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>Guardian relation</source>
        <translation>监护人关系</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Guardian's phone</source>
        <translation>监护人手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Joined from</source>
        <translation>入会日期从</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
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
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Keep {member_no}</source>
        <translation>保留 {member_no}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Leave empty for the next number ({example})</source>
        <translation>留空则自动使用下一个编号（{example}）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Matches: {count}</source>
        <translation>匹配：{count} 位</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Meituan / Dianping</source>
        <translation>美团 / 大众点评</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Member number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Member number pattern</source>
        <translation>会员卡号规则</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member number {member_no} is already in use.</source>
        <translation>会员卡号 {member_no} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>Member {member_no} cannot be changed in its current state.</source>
        <translation>会员 {member_no} 在当前状态下不能修改。</translation>
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
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>Members</source>
        <translation>会员</translation>
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
        <location filename="../../clubcrm/cli.py"/>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>Merged into member {member_no} {name}.</source>
        <translation>已合并到会员 {member_no} {name}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Minor (guardian)</source>
        <translation>未成年人（监护人）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>New club database</source>
        <translation>新的门店数据库</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Next number</source>
        <translation>下一个卡号</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>No</source>
        <translation>否</translation>
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
        <location filename="../../clubcrm/services/members.py"/>
        <source>No member with id {id}.</source>
        <translation>找不到 ID 为 {id} 的会员。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>No such day in the calendar: {text}</source>
        <translation>日历中没有这一天：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/dates.py"/>
        <source>Not a date: {text} (for example 2024-05-03)</source>
        <translation>不是有效的日期：{text}（例如 2024-05-03）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/phone.py"/>
        <source>Not a valid phone number: {text} (a mainland mobile has 11 digits starting with 1)</source>
        <translation>手机号无效：{text}（中国大陆手机号为以 1 开头的 11 位数字）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/money.py"/>
        <source>Not an amount of money: {text}</source>
        <translation>不是有效的金额：{text}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/domain/member.py"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Open existing</source>
        <translation>打开已有会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Phone already registered</source>
        <translation>手机号已登记</translation>
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
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/duplicates_dialog.py"/>
        <source>Records sharing a phone, or a name and a full birthday, are probably one person. Merging them is your decision.</source>
        <translation>手机号相同，或姓名和完整生日都相同的记录很可能是同一个人。是否合并由您决定。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Referred by a member</source>
        <translation>会员推荐</translation>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/club.py"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/errors.py"/>
        <source>Something went wrong and the action was not completed. The details were written to the log in {folder}.</source>
        <translation>出现问题，操作未完成。详细信息已写入日志文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>The demo club is ready.</source>
        <translation>演示门店已生成。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>The export file must end in .xlsx: {path}</source>
        <translation>导出文件的扩展名必须是 .xlsx：{path}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>The first {count} matches; type more to narrow the search.</source>
        <translation>仅显示前 {count} 条匹配结果；请继续输入以缩小范围。</translation>
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
        <location filename="../../clubcrm/services/members.py"/>
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/members.py"/>
        <source>The name is too long (at most 60 characters).</source>
        <translation>姓名过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/main_window.py"/>
        <source>This club database is new and empty. Load a demo club with {count} members to try the program? (Use a separate database for your real members.)</source>
        <translation>这是一个新的空数据库。要载入含 {count} 位会员的演示门店来试用程序吗？（真实会员请使用另一个数据库。）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>This phone belongs to member {member_no} ({name}). Open the existing record instead?</source>
        <translation>该手机号属于会员 {member_no}（{name}）。要改为打开已有的会员记录吗？</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <location filename="../../clubcrm/ui/models/members_table_model.py"/>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
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
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Walk-in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>Why these are one person, e.g. registered twice</source>
        <translation>为什么是同一个人，例如重复登记</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/member_dialog.py"/>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <location filename="../../clubcrm/services/member_export.py"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>clubcrm: bad arguments: {detail}</source>
        <translation>clubcrm：参数错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>database file (default: the data folder)</source>
        <translation>数据库文件（默认：数据文件夹）</translation>
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
        <location filename="../../clubcrm/cli.py"/>
        <source>generate a demo club</source>
        <translation>生成演示门店数据</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>include archived members</source>
        <translation>包括已归档的会员</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
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
        <location filename="../../clubcrm/cli.py"/>
        <source>number of members</source>
        <translation>会员数量</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>phone, last 4 digits, member number, name or pinyin</source>
        <translation>手机号、手机尾号后 4 位、会员卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>random seed (same seed, same club)</source>
        <translation>随机种子（相同种子生成相同的门店数据）</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>search like the reception search box</source>
        <translation>像前台搜索框一样搜索</translation>
    </message>
    <message>
        <location filename="../../clubcrm/cli.py"/>
        <source>the .xlsx file to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/widgets/member_filter_bar.py"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/views/members_view.py"/>
        <source>{count} members exported to {path}.</source>
        <translation>已导出 {count} 位会员到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/merge_dialog.py"/>
        <source>{duplicate} will be merged into {survivor}: its tags, notes and missing details move over, and it stays only as a pointer to {survivor}. This cannot be undone.</source>
        <translation>{duplicate} 将合并到 {survivor}：其标签、备注和缺少的资料将转移过去，{duplicate} 仅保留为指向 {survivor} 的记录。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <source>{path} is a database of another program, not of clubcrm.</source>
        <translation>{path} 是其他程序的数据库，不是 clubcrm 的数据库。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>{path} is not a clubcrm database (it is not an SQLite file).</source>
        <translation>{path} 不是 clubcrm 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/database.py"/>
        <source>{path} is not a readable clubcrm database (the file may be damaged).</source>
        <translation>{path} 不是可读取的 clubcrm 数据库（文件可能已损坏）。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/db/migrate.py"/>
        <source>{path} was written by a newer version of clubcrm; please update the app.</source>
        <translation>{path} 由更新版本的 clubcrm 写入，请升级本软件。</translation>
    </message>
    <message>
        <location filename="../../clubcrm/ui/dialogs/settings_dialog.py"/>
        <source>{seq} is the running number with 6 digits; {yyyy}, {yy} and {mm} are the year and month of registration. Example: {example}</source>
        <translation>{seq} 是 6 位流水号；{yyyy}、{yy} 和 {mm} 是登记的年份和月份。例如：{example}</translation>
    </message>
</context>
</TS>
