<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The database lacks the default entry “%1” in %2 that the demo data needs.</source>
        <translation>数据库缺少演示数据所需的默认条目“%1”（位于 %2）。</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>anonymous visits</source>
        <translation>匿名到店记录</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation>演示客户数量必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 already holds users or customers. Demo data is only generated into a new, empty database; the file was left untouched.</source>
        <translation>%1 中已有用户或客户。演示数据只会写入新的空数据库；该文件未被改动。</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an SQLite database.</source>
        <translation>演示数据只能写入 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1</source>
        <translation>生成演示数据失败：%1</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计信息</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>A note needs some text.</source>
        <translation>备注需要填写内容。</translation>
    </message>
    <message>
        <source>An activity cannot happen in the future; plan a follow-up instead.</source>
        <translation>活动不能发生在将来；请改为安排跟进。</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another customer.</source>
        <translation>线索 #%1 属于另一位客户。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup to %1 failed (is the disk full?): %2</source>
        <translation>备份到 %1 失败（磁盘已满？）：%2</translation>
    </message>
    <message>
        <source>The backup could not be written to disk at %1.</source>
        <translation>无法将备份写入磁盘 %1。</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Showroom CRM: walk-ins, leads, deals and deliveries of a car showroom.</source>
        <translation>Showroom CRM：汽车展厅的来店客户、线索、成交与交车。</translation>
    </message>
    <message>
        <source>Database file to open; a new one is created and filled with demo data (default: %1).</source>
        <translation>要打开的数据库文件；若不存在则新建并填入演示数据（默认：%1）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system language).</source>
        <translation>界面语言：%1（默认：系统语言）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Create a new database in shared mode, for a file on a network share that several desks use.</source>
        <translation>以共享模式新建数据库，适用于多个工位共同使用的网络共享文件。</translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog; the password is read from the environment variable SHOWROOM_PASSWORD.</source>
        <translation>不显示登录对话框，直接以该用户登录；密码从环境变量 SHOWROOM_PASSWORD 读取。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>After signing in, save a picture of every page into this folder and quit (needs --user).</source>
        <translation>登录后将每个页面的截图保存到此文件夹并退出（需要 --user）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>未知语言“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>--user needs the password in the environment variable SHOWROOM_PASSWORD.</source>
        <translation>--user 需要在环境变量 SHOWROOM_PASSWORD 中提供密码。</translation>
    </message>
    <message>
        <source>--screenshot needs --user (and SHOWROOM_PASSWORD).</source>
        <translation>--screenshot 需要 --user（以及 SHOWROOM_PASSWORD）。</translation>
    </message>
</context>
<context>
    <name>ContactValidation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>“%1” has no valid country code. Start it with + and the country code, e.g. +49.</source>
        <translation>“%1”没有有效的国家代码。请以 + 和国家代码开头，例如 +86。</translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation>“%1”作为电话号码太短。</translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation>“%1”作为电话号码太长。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (check the digits and the country code).</source>
        <translation>“%1”不是有效的电话号码（请检查数字和国家代码）。</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address (expected name@example.com).</source>
        <translation>“%1”不是有效的电子邮件地址（应为 name@example.com）。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>公司客户需要填写公司名称。</translation>
    </message>
    <message>
        <source>Enter at least a first or last name.</source>
        <translation>请至少输入名字或姓氏。</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 已属于客户“%2”（#%3）。请打开该客户，不要创建重复记录。</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 已属于客户“%2”（#%3）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1; it was left untouched.</source>
        <translation>%1 处已存在文件；该文件未被改动。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Showroom database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是 Showroom 数据库（不是 SQLite 文件）。该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not Showroom. It was left untouched.</source>
        <translation>%1 属于其他程序，而非 Showroom。该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Showroom (database version %2; this version understands up to %3). Please update Showroom. The file was left untouched.</source>
        <translation>%1 由更新版本的 Showroom 写入（数据库版本 %2；当前版本最高支持 %3）。请更新 Showroom。该文件未被改动。</translation>
    </message>
    <message>
        <source>Cannot switch %1 to the %2 journal (it stays in %3 mode). Close Showroom on the other desks and try again.</source>
        <translation>无法将 %1 切换到 %2 日志（仍为 %3 模式）。请关闭其他工位上的 Showroom 后重试。</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2</source>
        <translation>%1 已损坏，未打开：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation>%1 已损坏，未打开（完整性检查：%2）。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>Creating a new database with demo data…</source>
        <translation>正在创建包含演示数据的新数据库…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>Another program is writing to the file right now. Wait a moment, then start Showroom CRM again.</source>
        <translation>另一个程序正在写入该文件。请稍候，然后重新启动 Showroom CRM。</translation>
    </message>
    <message>
        <source>Choose a Showroom database with --db, or start without --db to use your own database.</source>
        <translation>请用 --db 选择一个 Showroom 数据库，或不带 --db 启动以使用您自己的数据库。</translation>
    </message>
    <message>
        <source>Install the newer version of Showroom CRM to open this file.</source>
        <translation>请安装更新版本的 Showroom CRM 以打开此文件。</translation>
    </message>
    <message>
        <source>Restore the latest backup of this database.</source>
        <translation>请恢复此数据库的最新备份。</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
        <translation>客户 %1/%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Receptionist</source>
        <translation>前台接待员</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Needs &amp; car selection</source>
        <translation>需求分析与选车</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Lead #%1</source>
        <translation>线索 #%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>线索 #%1（%2）</translation>
    </message>
    <message>
        <source>%1 is closed; only a manager can reopen it.</source>
        <translation>%1 已关闭；只有经理可以重新打开。</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 属于另一位顾问。</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot take leads.</source>
        <translation>%1 已停用，不能接收线索。</translation>
    </message>
    <message>
        <source>%1 cannot take leads.</source>
        <translation>%1 不能接收线索。</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <source>The stage “%1” is retired; choose another.</source>
        <translation>阶段“%1”已停用；请选择其他阶段。</translation>
    </message>
    <message>
        <source>A lead is only lost with a reason: use “Mark as lost” on %1.</source>
        <translation>线索只能在注明原因后才能标记为战败：请对 %1 使用“标记为战败”。</translation>
    </message>
    <message>
        <source>Assign %1 to a consultant before moving it on.</source>
        <translation>请先将 %1 分配给顾问，再推进到下一阶段。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving.</source>
        <translation>数据库繁忙：另一个工位正在保存。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>将数据库升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library failed to start.</source>
        <translation>密码库启动失败。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>log showroom visits</source>
        <translation>登记到店访问</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>create leads</source>
        <translation>创建线索</translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation>处理线索</translation>
    </message>
    <message>
        <source>work on other consultants&apos; leads</source>
        <translation>处理其他顾问的线索</translation>
    </message>
    <message>
        <source>assign leads</source>
        <translation>分配线索</translation>
    </message>
    <message>
        <source>approve lost leads</source>
        <translation>审批战败线索</translation>
    </message>
    <message>
        <source>log calls and notes</source>
        <translation>记录通话和备注</translation>
    </message>
    <message>
        <source>comment as manager</source>
        <translation>以经理身份点评</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>%1 is not allowed to %2.</source>
        <translation>%1 无权执行：%2。</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>截图已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot sign in</source>
        <translation>无法登录</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Customer “%1”</source>
        <translation>客户“%1”</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>不存在客户 #%1。</translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation>不存在线索 #%1。</translation>
    </message>
    <message>
        <source>There is no stage “%1”.</source>
        <translation>不存在阶段“%1”。</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>不存在阶段 #%1。</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>不存在线索来源“%1”。</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving. Please try again.</source>
        <translation>数据库繁忙：另一个工位正在保存。请重试。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>数据库文件已损坏（%1）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>不存在用户 #%1。</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>用户 #%1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Your change was not saved; reload to see the current state and apply it again.</source>
        <translation>自您打开后，%1 已在另一个工位上被修改。您的更改未保存；请重新加载查看当前状态后再次修改。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>“%1” is not a valid login: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>“%1”不是有效的用户名：请使用 2 到 32 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator.</source>
        <translation>此数据库已有用户；请以管理员身份登录。</translation>
    </message>
    <message>
        <source>The login “%1” is taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator.</source>
        <translation>账户 %1 已停用。请联系管理员。</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListPage</name>
    <message>
        <source>Search name, company, phone, email, VIN…</source>
        <translation>搜索姓名、公司、电话、邮箱、VIN…</translation>
    </message>
    <message>
        <source>Type part of a name, company, email or VIN, or some digits of a phone number (Ctrl+F)</source>
        <translation>输入姓名、公司、邮箱或 VIN 的一部分，或电话号码中的几位数字（Ctrl+F）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>暂无客户。</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln customers — scroll for more</source>
        <translation>
            <numerusform>已显示 %Ln 位客户——向下滚动查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln customers</source>
        <translation>
            <numerusform>已显示全部 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match “%1”</source>
        <translation>
            <numerusform>与“%1”匹配的客户：%Ln 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to Showroom CRM</source>
        <translation>登录 Showroom CRM</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
    <message>
        <source>The reception desk: log every walk-in within 30 seconds (arrival time, consultant, purpose, first or repeat visit), hotline calls and test-drive bookings, and follow today&apos;s info-retention rate.</source>
        <translation>前台接待：30 秒内登记每位来店客户（到店时间、接待顾问、来店目的、首次或再次到店），记录热线来电和试驾预约，并跟踪今日留档率。</translation>
    </message>
    <message>
        <source>Won deals on their way to the customer: delivery dates with reminders, loan documents, accessories and the printed handover protocol.</source>
        <translation>已成交订单的交付跟踪：带提醒的交车日期、贷款资料、精品附件以及打印的交车确认单。</translation>
    </message>
    <message>
        <source>The weekly report: showroom traffic, funnel, sources and campaigns, lost reasons and consultant figures, ready to print.</source>
        <translation>每周报表：展厅客流、销售漏斗、线索来源与活动、战败原因以及顾问业绩，可直接打印。</translation>
    </message>
    <message>
        <source>Users and roles, stages, lead sources, lost reasons, assignment and response-time rules, and business hours.</source>
        <translation>用户与角色、阶段、线索来源、战败原因、分配与响应时限规则，以及营业时间。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Showroom CRM</source>
        <translation>关于 Showroom CRM(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>Shared file: several desks work on this database</source>
        <translation>共享文件：多个工位同时使用此数据库</translation>
    </message>
    <message>
        <source>Local file: one desk works on this database</source>
        <translation>本地文件：仅一个工位使用此数据库</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>架构版本 %1</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Showroom databases (*.sqlite);;All files (*)</source>
        <translation>Showroom 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>About Showroom CRM</source>
        <translation>关于 Showroom CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for car showrooms: walk-ins, leads, deals and deliveries.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;面向汽车展厅的桌面 CRM：来店客户、线索、成交与交车。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>showroom::PipelineSummaryPage</name>
    <message>
        <source>The drag-and-drop board of open leads will live here. Until then, this table counts the leads in each stage.</source>
        <translation>这里将放置可拖放的未结线索看板。在此之前，此表统计每个阶段的线索数量。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads in all stages</source>
        <translation>
            <numerusform>所有阶段共 %Ln 条线索</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation>Showroom CRM 的这一部分尚未完成。</translation>
    </message>
</context>
</TS>
