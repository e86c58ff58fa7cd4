<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Adf</name>
    <message>
        <source>The request date &quot;%1&quot; could not be read.</source>
        <translation>无法识别询价日期“%1”。</translation>
    </message>
    <message>
        <source>The vendor has no name.</source>
        <translation>经销商没有名称。</translation>
    </message>
    <message>
        <source>The prospect has no phone number or email.</source>
        <translation>潜在客户没有电话号码或电子邮箱。</translation>
    </message>
    <message>
        <source>The ADF is not valid XML (%1); the contact data was taken from the text.</source>
        <translation>ADF 不是有效的 XML（%1）；联系方式取自文本内容。</translation>
    </message>
    <message>
        <source>The file is not valid ADF (%1) and holds no phone number or email.</source>
        <translation>文件不是有效的 ADF（%1），且不含电话号码或电子邮箱。</translation>
    </message>
    <message>
        <source>The file holds no ADF prospect.</source>
        <translation>文件中没有 ADF 潜在客户。</translation>
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
    <name>BoardText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>escalated %1</source>
        <translation>已升级，超时 %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>中等价值</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Vehicle user</source>
        <translation>用车人</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>从未征询</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>已于 %1 授权</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>网站表单</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>汽车网站</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>new car</source>
        <translation>新车</translation>
    </message>
    <message>
        <source>used car</source>
        <translation>二手车</translation>
    </message>
    <message>
        <source>service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>pick-up</source>
        <translation>提车</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>去电</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Email received</source>
        <translation>收到邮件</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>已发邮件</translation>
    </message>
    <message>
        <source>SMS received</source>
        <translation>收到短信</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>已发短信</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>经理点评</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Deal signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>线索 #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>意向车型：%1</translation>
    </message>
    <message>
        <source>with test drive</source>
        <translation>含试驾</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来源：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 handed over</source>
        <translation>%1 已交付</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>%1 marketing consent given</source>
        <translation>已授予%1营销授权</translation>
    </message>
    <message>
        <source>%1 marketing consent withdrawn</source>
        <translation>已撤回%1营销授权</translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>“%1” of deal #%2</source>
        <translation>交易 #%2 中的“%1”</translation>
    </message>
    <message>
        <source>Deal #%1 is closed; its checklists can no longer change.</source>
        <translation>交易 #%1 已关闭；其清单不能再更改。</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>%1 已完成。</translation>
    </message>
    <message>
        <source>%1 needs its document: attach the scan or PDF first.</source>
        <translation>%1 需要文件：请先附加扫描件或 PDF。</translation>
    </message>
    <message>
        <source>The loan application already went to the bank; %1 stays done.</source>
        <translation>贷款申请已提交银行；%1 保持已完成状态。</translation>
    </message>
    <message>
        <source>Only an accessory can be recorded as not sold.</source>
        <translation>只有精品附件可以记录为未售。</translation>
    </message>
    <message>
        <source>Choose why %1 was not sold: the reason is required.</source>
        <translation>请选择 %1 未售出的原因：原因为必填项。</translation>
    </message>
    <message>
        <source>There is no reason “%1” for an accessory not sold.</source>
        <translation>不存在精品附件未售原因“%1”。</translation>
    </message>
    <message>
        <source>The file %1 is empty; nothing was attached.</source>
        <translation>文件 %1 为空；未附加任何内容。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 25 MB; scan it at a lower resolution.</source>
        <translation>文件 %1 超过 25 MB；请以较低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>The stored document %1 does not match its checksum; it was damaged.</source>
        <translation>已保存的文件 %1 与其校验和不符；文件已损坏。</translation>
    </message>
    <message>
        <source>The bank already approved the loan; %1 stays done.</source>
        <translation>银行已批准贷款；%1 保持已完成状态。</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateService</name>
    <message>
        <source>The checklist item “%1”</source>
        <translation>清单项“%1”</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>请输入清单项名称。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The due days must be within a year.</source>
        <translation>到期天数须在一年以内。</translation>
    </message>
    <message>
        <source>Enter the model the accessories are for.</source>
        <translation>请输入精品附件适用的车型。</translation>
    </message>
    <message>
        <source>There already are accessories for the %1.</source>
        <translation>%1 的精品附件清单已存在。</translation>
    </message>
    <message>
        <source>Accessories for the %1</source>
        <translation>%1 精品附件</translation>
    </message>
    <message>
        <source>The new template could not be read back.</source>
        <translation>无法读回新建的模板。</translation>
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
    <name>ContactPersonService</name>
    <message>
        <source>Enter the contact person&apos;s first or last name.</source>
        <translation>请输入联系人的名字或姓氏。</translation>
    </message>
    <message>
        <source>“%1” was merged into customer #%2; edit that customer instead.</source>
        <translation>“%1”已合并到客户 #%2；请改为编辑该客户。</translation>
    </message>
    <message>
        <source>Only company customers have contact persons; “%1” is a private person.</source>
        <translation>只有公司客户才有联系人；“%1”是个人客户。</translation>
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
    <name>Csv</name>
    <message>
        <source>The quoted field starting on line %1 is never closed: a &quot; is missing.</source>
        <translation>从第 %1 行开始的带引号字段没有结束：缺少一个 &quot;。</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>CustomerCardService</name>
    <message>
        <source>“%1” was merged into customer #%2; create the lead there.</source>
        <translation>“%1”已合并到客户 #%2；请在该客户下创建线索。</translation>
    </message>
    <message>
        <source>Choose where the lead came from (its source).</source>
        <translation>请选择线索的来源。</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Person or company</source>
        <translation>个人或公司</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
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
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>客户价值等级</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <source>Email marketing consent</source>
        <translation>电子邮件营销授权</translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation>短信营销授权</translation>
    </message>
    <message>
        <source>Phone marketing consent</source>
        <translation>电话营销授权</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>已于 %1 授权</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
</context>
<context>
    <name>CustomerMergeService</name>
    <message>
        <source>A customer record cannot be merged into itself. Choose two different records of the same customer.</source>
        <translation>客户记录不能与自身合并。请选择同一客户的两条不同记录。</translation>
    </message>
    <message>
        <source>The chosen values belong to customer #%1, not to the kept record #%2.</source>
        <translation>所选值属于客户 #%1，而不是保留的记录 #%2。</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3. Merge with that customer instead.</source>
        <translation>“%1”（#%2）已合并到客户 #%3。请改为与该客户合并。</translation>
    </message>
    <message>
        <source>Customer “%1” was changed on another desk since you opened the merge. Nothing was merged; look at the records again and repeat the merge.</source>
        <translation>自您打开合并窗口后，客户“%1”已在另一个工位上被修改。未进行任何合并；请重新查看记录后再次合并。</translation>
    </message>
    <message>
        <source>Customer “%1”</source>
        <translation>客户“%1”</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 条线索</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 次到店</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n 次到店</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 条活动记录</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n 条活动记录</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 笔成交</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n 笔成交</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 位联系人</translation>
    </message>
    <message numerus="yes">
        <source>%n contact persons</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>1 consent record</source>
        <translation>1 条授权记录</translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n 条授权记录</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 项任务</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 辆车</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 个附件</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>1 earlier merged record</source>
        <translation>1 条此前合并的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merged records</source>
        <translation>
            <numerusform>%n 条此前合并的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1 test drive booking</source>
        <translation>1 条试驾预约</translation>
    </message>
    <message numerus="yes">
        <source>%n test drive bookings</source>
        <translation>
            <numerusform>%n 条试驾预约</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>公司客户需要填写公司名称。</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 已属于客户“%2”（#%3）。请打开该客户，不要创建重复记录。</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 已属于客户“%2”（#%3）。</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>请输入姓名、电话号码或电子邮件地址。</translation>
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
    <name>DealCommands</name>
    <message>
        <source>Deal %1: %2, %3, %4 (%5)</source>
        <translation>交易 %1：%2，%3，%4（%5）</translation>
    </message>
    <message>
        <source>deal create needs --lead LEAD_ID and --vin VIN (or --factory-order TEXT)</source>
        <translation>deal create 需要 --lead LEAD_ID 和 --vin VIN（或 --factory-order TEXT）</translation>
    </message>
    <message>
        <source>--price, --discount and --deposit are amounts like 28500.00</source>
        <translation>--price、--discount 和 --deposit 应为金额，例如 28500.00</translation>
    </message>
    <message>
        <source>--payment is cash, credit or lease</source>
        <translation>--payment 应为 cash、credit 或 lease</translation>
    </message>
    <message>
        <source>--buyer is private or company</source>
        <translation>--buyer 应为 private 或 company</translation>
    </message>
    <message>
        <source>--delivery is a date like 2026-12-14</source>
        <translation>--delivery 应为日期，例如 2026-12-14</translation>
    </message>
    <message>
        <source>deal show needs DEAL_ID</source>
        <translation>deal show 需要 DEAL_ID</translation>
    </message>
    <message>
        <source>  blocks sending to the bank: %1</source>
        <translation>  阻碍提交银行：%1</translation>
    </message>
    <message>
        <source>this command needs DEAL_ID</source>
        <translation>此命令需要 DEAL_ID</translation>
    </message>
    <message>
        <source>checklist tick|not-sold needs DEAL_ID ITEM_ID</source>
        <translation>checklist tick|not-sold 需要 DEAL_ID ITEM_ID</translation>
    </message>
    <message>
        <source>checklist not-sold needs --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</source>
        <translation>checklist not-sold 需要 --reason KEY（too_expensive、already_has、not_needed、later、bought_elsewhere）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Item %1 does not belong to deal %2.</source>
        <translation>清单项 %1 不属于交易 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>checklist needs tick or not-sold</source>
        <translation>checklist 需要子命令 tick 或 not-sold</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>贷款申请尚未提交银行</translation>
    </message>
    <message>
        <source>%1: not done, document not attached</source>
        <translation>%1：未完成，未附文件</translation>
    </message>
    <message>
        <source>%1: document not attached</source>
        <translation>%1：未附文件</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1：未完成</translation>
    </message>
    <message>
        <source>deal print needs DEAL_ID, one of --offer, --contract, --handover and --pdf FILE</source>
        <translation>deal print 需要 DEAL_ID、--offer/--contract/--handover 三者之一以及 --pdf FILE</translation>
    </message>
    <message>
        <source>%1 for deal %2 written to %3</source>
        <translation>交易 %2 的%1已写入 %3</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build).</source>
        <translation>此 showroom-cli 构建时未包含打印功能（仅核心版本）。</translation>
    </message>
    <message>
        <source>deal needs create, show, send-to-bank, bank-approved, deliver or print</source>
        <translation>deal 需要子命令 create、show、send-to-bank、bank-approved、deliver 或 print</translation>
    </message>
</context>
<context>
    <name>DealPrinter</name>
    <message>
        <source>Offer no. %1</source>
        <translation>报价单编号 %1</translation>
    </message>
    <message>
        <source>%1, deal no. %2</source>
        <translation>%1，交易编号 %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>合同摘要</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>交车确认单</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>file name</comment>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>file name</comment>
        <translation>合同</translation>
    </message>
    <message>
        <source>Handover</source>
        <comment>file name</comment>
        <translation>交车确认单</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新车</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>二手车</translation>
    </message>
    <message>
        <source>Demonstration vehicle</source>
        <translation>展示车</translation>
    </message>
    <message>
        <source>Cash payment</source>
        <translation>现金付款</translation>
    </message>
    <message>
        <source>Financed by a loan</source>
        <translation>贷款购车</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>For the dealership</source>
        <translation>门店代表</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Factory order, delivery promised for %1</source>
        <translation>工厂订车，承诺交车日期 %1</translation>
    </message>
    <message>
        <source>Factory order</source>
        <translation>工厂订车</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>车况</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>VEHICLE</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>指导价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>折后价</translation>
    </message>
    <message>
        <source>Accessory:</source>
        <translation>精品附件：</translation>
    </message>
    <message>
        <source>Trade-in:</source>
        <translation>置换：</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <source>This offer is valid until %1.</source>
        <translation>本报价有效期至 %1。</translation>
    </message>
    <message>
        <source>Your sales consultant: %1</source>
        <translation>您的销售顾问：%1</translation>
    </message>
    <message>
        <source>Handover step</source>
        <translation>交车步骤</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>REMARKS</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translation>地点、日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Deal #%1</source>
        <translation>交易 #%1</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>贷款申请尚未提交银行</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>未附文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>After-sales call: how is the new car?</source>
        <translation>售后回访：新车用得怎么样？</translation>
    </message>
    <message>
        <source>Invite to the “second delivery” evening on %1 at %2</source>
        <translation>邀请客户参加 %1 %2 的“二次交车”之夜</translation>
    </message>
    <message>
        <source>%1 is paid in cash: there is no loan application.</source>
        <translation>%1 为现金付款：没有贷款申请。</translation>
    </message>
    <message>
        <source>The loan application of %1 was already sent to the bank on %2.</source>
        <translation>%1 的贷款申请已于 %2 提交银行。</translation>
    </message>
    <message>
        <source>The loan application cannot go to the bank yet. Missing: %1.</source>
        <translation>贷款申请尚不能提交银行。缺少：%1。</translation>
    </message>
    <message>
        <source>%1 is already delivered or cancelled.</source>
        <translation>%1 已交车或已取消。</translation>
    </message>
    <message>
        <source>%1 is a factory order without a vehicle yet: add the arrived car (with its VIN) to the stock and to the deal first.</source>
        <translation>%1 是工厂订车，尚无车辆：请先将到店车辆（含车架号）加入库存并关联到该交易。</translation>
    </message>
    <message>
        <source>The car cannot be handed over yet. Missing: %1.</source>
        <translation>尚不能交车。缺少：%1。</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 属于另一位顾问。</translation>
    </message>
    <message>
        <source>%1 already has deal #%2.</source>
        <translation>%1 已有交易 #%2。</translation>
    </message>
    <message>
        <source>%1 (VIN %2) is not available: it is reserved, sold or delivered.</source>
        <translation>%1（车架号 %2）不可用：该车已预留、已售或已交车。</translation>
    </message>
    <message>
        <source>Choose a car from stock, or describe the factory order (make, model, trim, colour).</source>
        <translation>请从库存中选车，或填写工厂订车信息（品牌、车型、配置、颜色）。</translation>
    </message>
    <message>
        <source>A factory order needs the delivery date promised to the customer.</source>
        <translation>工厂订车需要填写向客户承诺的交车日期。</translation>
    </message>
    <message>
        <source>The promised delivery date %1 is in the past.</source>
        <translation>承诺交车日期 %1 已过。</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>请输入指导价。</translation>
    </message>
    <message>
        <source>The discount must be between 0 and the list price.</source>
        <translation>折扣必须介于 0 和指导价之间。</translation>
    </message>
    <message>
        <source>A deposit or trade-in value cannot be negative.</source>
        <translation>定金和置换估价不能为负数。</translation>
    </message>
    <message>
        <source>Name the trade-in&apos;s make and model (or leave the trade-in empty).</source>
        <translation>请填写置换车辆的品牌和车型（或不填写置换信息）。</translation>
    </message>
    <message>
        <source>The trade-in&apos;s year %1 is not plausible.</source>
        <translation>置换车辆的年份 %1 不合理。</translation>
    </message>
    <message>
        <source>The trade-in&apos;s mileage cannot be negative.</source>
        <translation>置换车辆的里程不能为负数。</translation>
    </message>
    <message>
        <source>Accessory #%1 is not offered for this car.</source>
        <translation>精品附件 #%1 不适用于此车辆。</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <source>Enter the promised delivery date.</source>
        <translation>请输入承诺交车日期。</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan cannot be approved.</source>
        <translation>%1 已取消：无法批准其贷款。</translation>
    </message>
    <message>
        <source>The bank already approved the loan of %1 on %2.</source>
        <translation>银行已于 %2 批准 %1 的贷款。</translation>
    </message>
    <message>
        <source>The loan application of %1 has not been sent to the bank yet: send it first, then record the approval.</source>
        <translation>%1 的贷款申请尚未提交银行：请先提交，再记录批准。</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan application does not go to the bank.</source>
        <translation>%1 已取消：其贷款申请不会提交银行。</translation>
    </message>
</context>
<context>
    <name>DealText</name>
    <message>
        <source>Private person</source>
        <translation>个人买家</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业买家</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation>交车中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Loan documents</source>
        <translation>贷款材料</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>精品附件</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>交车步骤</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>合同摘要</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>交车确认单</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>太贵</translation>
    </message>
    <message>
        <source>Already has one</source>
        <translation>已经有了</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Will decide later</source>
        <translation>以后再定</translation>
    </message>
    <message>
        <source>Buys it elsewhere</source>
        <translation>在别处购买</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>未附文件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
        <translation>客户 %1/%2</translation>
    </message>
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
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
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
    <name>FolderIntake</name>
    <message>
        <source>Record %1%2: %3: %4</source>
        <translation>第 %1 条记录%2：%3：%4</translation>
    </message>
    <message>
        <source>The intake folder %1 does not exist.</source>
        <translation>收件文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an ADF, email or vCard file.</source>
        <translation>%1 不是 ADF、电子邮件或 vCard 文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>无法将 %1 移动到 %2。</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>Message %1 is no longer in %2.</source>
        <translation>邮件 %1 已不在 %2 中。</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>邮件库启动失败。</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>无法连接邮件服务器 %1：%2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login “%2”; check the login and password.</source>
        <translation>邮件服务器 %1 拒绝了用户名“%2”的登录；请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The mail server %1 offers no encrypted connection (STARTTLS); use imaps:// or a server that does.</source>
        <translation>邮件服务器 %1 不提供加密连接（STARTTLS）；请使用 imaps:// 或支持加密连接的服务器。</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: %2</source>
        <translation>与 %1 的加密连接失败：%2</translation>
    </message>
    <message>
        <source>The mailbox check was stopped.</source>
        <translation>邮箱检查已停止。</translation>
    </message>
    <message>
        <source>A message in %1 is larger than %2 MB; it was left in the mailbox.</source>
        <translation>%1 中有一封邮件超过 %2 MB，已保留在邮箱中。</translation>
    </message>
    <message>
        <source>The mail server %1 answered with an error: %2</source>
        <translation>邮件服务器 %1 返回错误：%2</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: this computer does not trust the server&apos;s certificate (%2). A mail server with a certificate of its own needs that certificate given as the server certificate.</source>
        <translation>与 %1 的加密连接失败：本机不信任该服务器的证书（%2）。使用自有证书的邮件服务器需要将该证书设为服务器证书。</translation>
    </message>
    <message>
        <source>The server certificate %1 cannot be used: %2</source>
        <translation>无法使用服务器证书 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import %1 needs one or more files</source>
        <translation>import %1 需要一个或多个文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, record %2%3: %4: %5</source>
        <translation>%1，第 %2 条记录%3：%4：%5</translation>
    </message>
    <message>
        <source>%1%2 created, %3 linked to known customers, %4 imported before, %5 to review, %6 rejected</source>
        <translation>%1新建 %2 条，关联已有客户 %3 条，此前已导入 %4 条，待审核 %5 条，已拒绝 %6 条</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>试运行，未写入任何内容：</translation>
    </message>
    <message>
        <source>%1: left in place: %2</source>
        <translation>%1：保留在原处：%2</translation>
    </message>
    <message>
        <source>%1: %2 lead(s), moved to %3</source>
        <translation>%1：%2 条线索，已移至 %3</translation>
    </message>
    <message>
        <source>Nothing to import in %1</source>
        <translation>%1 中没有可导入的内容</translation>
    </message>
    <message>
        <source>import needs the format: adf, eml, vcard or csv</source>
        <translation>import 需要指定格式：adf、eml、vcard 或 csv</translation>
    </message>
    <message>
        <source>--map is for csv lists</source>
        <translation>--map 仅用于 csv 列表</translation>
    </message>
    <message>
        <source>intake run needs --folder DIR</source>
        <translation>intake run 需要 --folder DIR</translation>
    </message>
    <message>
        <source>intake imap needs the password: --password-file FILE or the environment variable SHOWROOM_IMAP_PASSWORD</source>
        <translation>intake imap 需要密码：--password-file FILE 或环境变量 SHOWROOM_IMAP_PASSWORD</translation>
    </message>
    <message>
        <source>%1: message %2: %3 %4</source>
        <translation>%1：邮件 %2：%3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 message(s), %3 lead(s)</source>
        <translation>%1：%2 封邮件，%3 条线索</translation>
    </message>
    <message>
        <source>intake imap needs --url imaps://HOST/INBOX and --login L</source>
        <translation>intake imap 需要 --url imaps://HOST/INBOX 和 --login L</translation>
    </message>
    <message>
        <source>--interval needs whole minutes, 1 or more</source>
        <translation>--interval 需要整数分钟，至少为 1</translation>
    </message>
    <message>
        <source>intake needs run --folder DIR, or imap --url URL --login L</source>
        <translation>intake 需要 run --folder DIR 或 imap --url URL --login L</translation>
    </message>
    <message>
        <source>--campaign needs the campaign&apos;s number</source>
        <translation>--campaign 需要营销活动的编号</translation>
    </message>
</context>
<context>
    <name>IntakeSources</name>
    <message>
        <source>There is no lead source &quot;%1&quot;.</source>
        <translation>不存在线索来源“%1”。</translation>
    </message>
    <message>
        <source>No lead source fits; choose one with --source.</source>
        <translation>没有匹配的线索来源；请用 --source 指定。</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>不存在营销活动 %1。</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than &quot;%2&quot;.</source>
        <translation>营销活动 %1 属于其他线索来源，而非“%2”。</translation>
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
    <message>
        <source>New car</source>
        <translation>新车</translation>
    </message>
    <message>
        <source>Used car</source>
        <translation>二手车</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Pick-up / delivery</source>
        <translation>提车 / 交车</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Credit terms</source>
        <translation>贷款条件</translation>
    </message>
    <message>
        <source>Test drive impression</source>
        <translation>试驾体验</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>已在他处购车</translation>
    </message>
    <message>
        <source>No stock / colour</source>
        <translation>无现车 / 无颜色</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>交车周期</translation>
    </message>
    <message>
        <source>Trade-in value</source>
        <translation>置换估价</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Just browsing</source>
        <translation>随便看看</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>Weighted shares</source>
        <translation>按权重分配</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>公共线索池</translation>
    </message>
</context>
<context>
    <name>LeadIntakeService</name>
    <message>
        <source>Imported before, on %1, as lead %2.</source>
        <translation>已于 %1 导入为线索 %2。</translation>
    </message>
    <message>
        <source>No phone number or email.</source>
        <translation>没有电话号码或电子邮箱。</translation>
    </message>
    <message>
        <source>No valid phone number or email (%1).</source>
        <translation>没有有效的电话号码或电子邮箱（%1）。</translation>
    </message>
    <message>
        <source>The import could not begin a record.</source>
        <translation>导入无法开始处理记录。</translation>
    </message>
    <message>
        <source>Lead imported from a vCard</source>
        <translation>从 vCard 导入的线索</translation>
    </message>
    <message>
        <source>Lead from an email</source>
        <translation>来自电子邮件的线索</translation>
    </message>
    <message>
        <source>Lead imported from ADF</source>
        <translation>从 ADF 导入的线索</translation>
    </message>
    <message>
        <source>The file holds no lead.</source>
        <translation>文件中没有线索。</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>发送方：%1</translation>
    </message>
    <message>
        <source>Prospect id: %1</source>
        <translation>潜在客户 ID：%1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>询价时间：%1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>车辆：%1</translation>
    </message>
    <message>
        <source>Timeframe: %1</source>
        <translation>计划购车时间：%1</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation>电话号码：%1</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>电子邮箱：%1</translation>
    </message>
    <message>
        <source>Not valid, not saved: %1</source>
        <translation>无效，未保存：%1</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>待审核：%1</translation>
    </message>
    <message>
        <source>A list of leads needs the source it came from (--source).</source>
        <translation>线索列表需要注明其来源（--source）。</translation>
    </message>
    <message>
        <source>The file has %1 columns, the mapping names %2.</source>
        <translation>文件有 %1 列，对应关系中列出了 %2 列。</translation>
    </message>
    <message>
        <source>There is no lead field &quot;%1&quot;.</source>
        <translation>不存在线索字段“%1”。</translation>
    </message>
    <message>
        <source>No column holds a phone number or an email; map the columns by hand.</source>
        <translation>没有任何列包含电话号码或电子邮箱；请手动指定各列的对应关系。</translation>
    </message>
    <message>
        <source>Lead imported from a list</source>
        <translation>从列表导入的线索</translation>
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
    <message>
        <source>%1 is lost; a manager reopens it with “Reopen”.</source>
        <translation>%1 已战败；经理可通过“重新打开”将其重新打开。</translation>
    </message>
</context>
<context>
    <name>LostService</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 属于另一位顾问。</translation>
    </message>
    <message>
        <source>Choose why %1 is lost: the reason is never optional.</source>
        <translation>请选择 %1 战败的原因：原因始终为必填项。</translation>
    </message>
    <message>
        <source>The lost reason “%1” is retired; choose another.</source>
        <translation>战败原因“%1”已停用；请选择其他原因。</translation>
    </message>
    <message>
        <source>The reason “%1” needs a comment saying what happened.</source>
        <translation>原因“%1”需要填写备注，说明具体情况。</translation>
    </message>
    <message>
        <source>%1 is not waiting for a lost approval.</source>
        <translation>%1 没有待批准的战败申请。</translation>
    </message>
    <message>
        <source>Say why %1 is not lost: the consultant reads your comment.</source>
        <translation>请说明 %1 为何不算战败：顾问会看到您的意见。</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>驳回战败</translation>
    </message>
    <message>
        <source>Only who asked can take back the lost request on %1.</source>
        <translation>只有提交人才能撤回 %1 的战败申请。</translation>
    </message>
    <message>
        <source>%1 is not lost.</source>
        <translation>%1 未战败。</translation>
    </message>
    <message>
        <source>Reopen %1 into an open stage.</source>
        <translation>请将 %1 重新打开到进行中的阶段。</translation>
    </message>
</context>
<context>
    <name>MailboxAddress</name>
    <message>
        <source>“%1” is not a mailbox address; write imaps://mail.example.com/INBOX.</source>
        <translation>“%1”不是邮箱地址；请按 imaps://mail.example.com/INBOX 的格式填写。</translation>
    </message>
    <message>
        <source>The mailbox address “%1” names no server.</source>
        <translation>邮箱地址“%1”中未指定服务器。</translation>
    </message>
    <message>
        <source>Give the login and password separately, not in the mailbox address.</source>
        <translation>请单独填写用户名和密码，不要写在邮箱地址中。</translation>
    </message>
    <message>
        <source>The mailbox address “%1” has more than a folder after the server.</source>
        <translation>邮箱地址“%1”中服务器后面除了文件夹还有其他内容。</translation>
    </message>
</context>
<context>
    <name>MailboxPassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有响应。</translation>
    </message>
    <message>
        <source>This computer has no system keychain: the mailbox password is kept in the settings file %1 in plain text. Anyone who can read your files can read it.</source>
        <translation>此电脑没有系统钥匙串：邮箱密码以明文保存在设置文件 %1 中。任何能读取您文件的人都能看到它。</translation>
    </message>
    <message>
        <source>The mailbox password could not be stored: %1</source>
        <translation>无法保存邮箱密码：%1</translation>
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
    <name>NotificationService</name>
    <message>
        <source>Lead #%1</source>
        <translation>线索 #%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>线索 #%1（%2）</translation>
    </message>
    <message>
        <source>%1 has no first contact yet</source>
        <translation>%1 尚未首次联系</translation>
    </message>
    <message>
        <source>Escalation: %1 is still waiting for a first contact</source>
        <translation>升级：%1 仍在等待首次联系</translation>
    </message>
    <message>
        <source>%1 was assigned to you</source>
        <translation>%1 已分配给您</translation>
    </message>
    <message>
        <source>%1: approve “lost”?</source>
        <translation>%1：是否批准“战败”？</translation>
    </message>
    <message>
        <source>%1 was closed as lost</source>
        <translation>%1 已按战败关闭</translation>
    </message>
    <message>
        <source>%1 was returned to you</source>
        <translation>%1 已退回给您</translation>
    </message>
    <message>
        <source>%1 is back in the unassigned queue</source>
        <translation>%1 已回到待分配队列</translation>
    </message>
    <message>
        <source>%1: the manager commented on a follow-up</source>
        <translation>%1：经理点评了一条跟进</translation>
    </message>
    <message>
        <source>The response deadline (%1 business minutes after the lead arrived) passed at %2. A call, email, SMS or visit stops the clock.</source>
        <translation>响应时限（线索进入后营业时间内 %1 分钟）已于 %2 到期。致电、邮件、短信或到店均可停止计时。</translation>
    </message>
    <message>
        <source>No first contact %1 business minutes after the deadline of %2; the consultant is %3.</source>
        <translation>时限（%2）过后营业时间内 %1 分钟仍未首次联系；负责顾问：%3。</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>The assignment rule (%1) chose you.</source>
        <translation>分配规则（%1）选中了您。</translation>
    </message>
    <message>
        <source>%1 assigned it to you.</source>
        <translation>%1 将其分配给了您。</translation>
    </message>
    <message>
        <source>%1 asks to close it as lost: %2. %3</source>
        <translation>%1 申请按战败关闭：%2。%3</translation>
    </message>
    <message>
        <source>%1 approved your request (%2).</source>
        <translation>%1 批准了您的申请（%2）。</translation>
    </message>
    <message>
        <source>%1 did not approve “lost”: %2</source>
        <translation>%1 未批准“战败”：%2</translation>
    </message>
    <message>
        <source>The customer was invited for %1 and has not come within %2 days; the lead left %3 for reassignment.</source>
        <translation>客户受邀于 %1 到店，%2 天内未到店；该线索已从 %3 处收回，等待重新分配。</translation>
    </message>
    <message>
        <source>%1 on “%2”: %3</source>
        <translation>%1 点评“%2”：%3</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>weighted shares</source>
        <translation>按权重分配</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>交易 #%1</translation>
    </message>
    <message>
        <source>Deal #%1 (%2)</source>
        <translation>交易 #%1（%2）</translation>
    </message>
    <message>
        <source>%1: delivery due on %2</source>
        <translation>%1：应于 %2 交车</translation>
    </message>
    <message>
        <source>%1: the promised delivery date passed</source>
        <translation>%1：承诺交车日期已过</translation>
    </message>
    <message>
        <source>%1: “%2” is due</source>
        <translation>%1：“%2”已到期</translation>
    </message>
    <message>
        <source>%1: “%2” is overdue</source>
        <translation>%1：“%2”已逾期</translation>
    </message>
    <message numerus="yes">
        <source>The car (%1) was promised for %2. Reminders start %n day(s) before.</source>
        <translation>
            <numerusform>车辆（%1）承诺于 %2 交车。提前 %n 天开始提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The car (%1) was promised for %2 and is not handed over yet. Agree a new date with the customer.</source>
        <translation>车辆（%1）承诺于 %2 交车，但尚未交付。请与客户约定新的日期。</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist is due on %2.</source>
        <translation>交易清单中的步骤“%1”将于 %2 到期。</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist was due on %2 and is still open.</source>
        <translation>交易清单中的步骤“%1”已于 %2 到期，仍未完成。</translation>
    </message>
</context>
<context>
    <name>PageFlow</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
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
    <name>PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>manage the vehicle stock</source>
        <translation>管理库存车辆</translation>
    </message>
    <message>
        <source>book test drives</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>view every consultant&apos;s figures</source>
        <translation>查看所有顾问的数据</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>there is no user %1</source>
        <translation>不存在用户 %1</translation>
    </message>
    <message>
        <source>lead assign needs LEAD_ID CONSULTANT_LOGIN</source>
        <translation>lead assign 需要 LEAD_ID CONSULTANT_LOGIN</translation>
    </message>
    <message>
        <source>Lead %1 is now with %2 in %3</source>
        <translation>线索 %1 现由 %2 负责，阶段：%3</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY: the reason is never optional</source>
        <translation>lead lose 需要 LEAD_ID 和 --reason KEY：原因始终为必填项</translation>
    </message>
    <message>
        <source>%1 (reasons: %2)</source>
        <translation>%1（原因：%2）</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY</source>
        <translation>lead lose 需要 LEAD_ID 和 --reason KEY</translation>
    </message>
    <message>
        <source>Lead %1 waits for a manager to approve “lost”</source>
        <translation>线索 %1 等待经理批准“战败”</translation>
    </message>
    <message>
        <source>Lead %1 is lost</source>
        <translation>线索 %1 已战败</translation>
    </message>
    <message>
        <source>lead take needs LEAD_ID</source>
        <translation>lead take 需要 LEAD_ID</translation>
    </message>
    <message>
        <source>Lead %1 is now yours</source>
        <translation>线索 %1 现由您负责</translation>
    </message>
    <message>
        <source>lead approve-lost needs LEAD_ID</source>
        <translation>lead approve-lost 需要 LEAD_ID</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT: the consultant reads why the lead is not lost</source>
        <translation>lead return 需要 LEAD_ID 和 --comment TEXT：顾问会看到该线索未战败的理由</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT</source>
        <translation>lead return 需要 LEAD_ID 和 --comment TEXT</translation>
    </message>
    <message>
        <source>Lead %1 went back to its consultant in %2</source>
        <translation>线索 %1 已退回其顾问，阶段：%2</translation>
    </message>
    <message>
        <source>lead reopen needs LEAD_ID [--stage KEY]</source>
        <translation>lead reopen 需要 LEAD_ID [--stage KEY]</translation>
    </message>
    <message>
        <source>Lead %1 is open again in %2</source>
        <translation>线索 %1 已重新打开，阶段：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s), %2 in total</source>
        <translation>
            <numerusform>%1：%n 条线索，合计 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>rules needs run [--now 2026-11-23T10:30] [--json]</source>
        <translation>rules 需要 run [--now 2026-11-23T10:30] [--json]</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time like 2026-11-23T10:30 or 2026-11-23T09:30:00Z, not “%1”</source>
        <translation>--now 需要 ISO 8601 格式的日期和时间，例如 2026-11-23T10:30 或 2026-11-23T09:30:00Z，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 on lead %2 to %3: %4</source>
        <translation>%1（线索 %2，通知 %3）：%4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>没有规则被触发。</translation>
    </message>
</context>
<context>
    <name>PipelineConfigService</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>阶段需要名称。</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>阶段“%1”已存在。</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>不存在阶段 #%1。</translation>
    </message>
    <message>
        <source>“%1” always starts the pipeline and cannot move.</source>
        <translation>“%1”始终是销售漏斗的第一个阶段，不能移动。</translation>
    </message>
    <message>
        <source>Won and Lost always come last.</source>
        <translation>“成交”和“战败”始终排在最后。</translation>
    </message>
    <message>
        <source>The stage “%1” is part of every pipeline and cannot be retired.</source>
        <translation>阶段“%1”是每个销售漏斗的固定阶段，不能停用。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are still in “%1”; move them to another stage first.</source>
        <translation>
            <numerusform>阶段“%1”中还有 %n 条线索；请先将其移到其他阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>战败原因需要名称。</translation>
    </message>
    <message>
        <source>There is a lost reason “%1” already.</source>
        <translation>战败原因“%1”已存在。</translation>
    </message>
    <message>
        <source>Keep at least one lost reason: a lead is never lost without one.</source>
        <translation>请至少保留一个战败原因：线索标记为战败时必须注明原因。</translation>
    </message>
    <message>
        <source>The response time is between 1 minute and 7 days.</source>
        <translation>响应时限须在 1 分钟到 7 天之间。</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>“%1”不是有效的分配方式（manual、round_robin、weighted、pool）。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将%1保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saving the PDF failed</source>
        <translation>PDF 保存失败</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>W%1</source>
        <extracomment>Short for a calendar week on a chart axis, e.g. &quot;W47&quot;</extracomment>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>week %1 (%2 – %3)</source>
        <translation>第 %1 周（%2 – %3）</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year on a chart axis, e.g. &quot;Q1 26&quot;</extracomment>
        <translation>%2 Q%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Walk-ins by day</source>
        <translation>每日到店</translation>
    </message>
    <message>
        <source>Walk-ins by week</source>
        <translation>每周到店</translation>
    </message>
    <message>
        <source>Walk-ins by month</source>
        <translation>每月到店</translation>
    </message>
    <message>
        <source>Walk-ins by quarter</source>
        <translation>每季度到店</translation>
    </message>
    <message>
        <source>%1: %2 first visits, %3 repeat visits. Click to list the leads.</source>
        <translation>%1：首次到店 %2 次，再次到店 %3 次。点击查看线索。</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>再次到店</translation>
    </message>
    <message>
        <source>Walk-ins on %1</source>
        <translation>%1 的到店</translation>
    </message>
    <message>
        <source>Walk-ins in %1</source>
        <translation>%1 的到店</translation>
    </message>
    <message>
        <source>%1 — none in this period</source>
        <translation>%1 — 本期无</translation>
    </message>
    <message>
        <source>Walk-ins by hour of arrival</source>
        <translation>按到店时段统计的到店</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>%1 – %2: %3 walk-ins. Click to list the leads.</source>
        <translation>%1 – %2：到店 %3 次。点击查看线索。</translation>
    </message>
    <message>
        <source>Walk-ins from %1 to %2</source>
        <translation>%1 至 %2 的到店</translation>
    </message>
    <message>
        <source>Sales funnel: leads that reached each stage</source>
        <translation>销售漏斗：到达各阶段的线索</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>%1: %2 leads reached this stage, %3 entered it. Click to list the leads.</source>
        <translation>%1：%2 条线索到达此阶段，%3 条进入此阶段。点击查看线索。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A funnel stage on the chart axis with its conversion to the next stage</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>进入%1的线索</translation>
    </message>
    <message>
        <source>Leads and sales by source</source>
        <translation>按来源统计的线索与销量</translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 sales. Click to list the leads.</source>
        <translation>%1：线索 %2 条，销量 %3 台。点击查看线索。</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>来自%1的线索</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>按原因统计的战败线索</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>战败线索</translation>
    </message>
    <message>
        <source>%1: %2 leads lost. Click to list them.</source>
        <translation>%1：战败线索 %2 条。点击查看。</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>战败线索：%1</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>每周战败线索</translation>
    </message>
    <message>
        <source>Week %1 (from %2): %3 lost</source>
        <translation>第 %1 周（自 %2 起）：战败 %3 条</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>There is no source “%1”; the source keys are: %2.</source>
        <translation>没有来源“%1”；来源键为：%2。</translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation>%1 %2 已写入 %3</translation>
    </message>
    <message>
        <source>report needs weekly and one of --pdf FILE or --json</source>
        <translation>report 需要 weekly，以及 --pdf 文件 或 --json 之一</translation>
    </message>
    <message>
        <source>report weekly takes --week or --from and --to, not both</source>
        <translation>report weekly 接受 --week 或 --from 与 --to，不能同时使用</translation>
    </message>
    <message>
        <source>report weekly needs both --from and --to</source>
        <translation>report weekly 需要同时指定 --from 和 --to</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build); use --json instead.</source>
        <translation>此 showroom-cli 构建时未包含打印功能（仅核心）；请改用 --json。</translation>
    </message>
</context>
<context>
    <name>ReportExportService</name>
    <message>
        <source>Choose a file name for the export.</source>
        <translation>请为导出文件选择文件名。</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>无法保存 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder or a device, not a file.</source>
        <translation>无法保存 %1：它是文件夹或设备，而不是文件。</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>没有可导出的表格。</translation>
    </message>
    <message numerus="yes">
        <source>A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time.</source>
        <translation>
            <numerusform>一个 CSV 文件只能容纳一张表，而此次导出包含 %n 张表。请导出为 Excel 工作簿（每张表一个工作表），或每次导出一张表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not recorded in the audit log, so %1 was removed: %2</source>
        <translation>导出未能记入审计日志，因此已删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;25.0%&quot;; %1 is the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points, the difference of two rates</extracomment>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>“%1” is not an ISO week; write it like 2026-W47.</source>
        <translation>“%1”不是 ISO 周；请按 2026-W47 的格式填写。</translation>
    </message>
    <message>
        <source>%1 has weeks 1 to %2, not week %3.</source>
        <translation>%1 年只有第 1 至第 %2 周，没有第 %3 周。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-11-16.</source>
        <translation>“%1”不是日期；请按 2026-11-16 的格式填写。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>时间段的结束早于开始。</translation>
    </message>
    <message>
        <source>A report covers at most three years.</source>
        <translation>报表最多覆盖三年。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 may see only his or her own figures.</source>
        <translation>%1 只能查看本人的数据。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>时间段的结束早于开始。</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Traffic</source>
        <translation>客流</translation>
    </message>
    <message>
        <source>Showroom traffic</source>
        <translation>展厅客流</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>再次到店</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>已留资</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>转化至下一阶段</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>阶段停留天数中位数</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按时响应</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost per sale</source>
        <translation>单车成本</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>战败原因</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>战败原因</translation>
    </message>
    <message>
        <source>Lost leads by reason and stage</source>
        <translation>按原因和阶段统计的战败线索</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Leads assigned</source>
        <translation>分配线索数</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>首次响应中位数（分钟）</translation>
    </message>
    <message>
        <source>Response breaches</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>应跟进</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Accessory attach rate</source>
        <translation>精品附件渗透率</translation>
    </message>
    <message>
        <source>Manager comments</source>
        <translation>经理点评</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Deliveries and loans</source>
        <translation>交车与贷款</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Without a promised date</source>
        <translation>无承诺日期</translation>
    </message>
    <message>
        <source>Loan applications sent</source>
        <translation>已提交贷款申请</translation>
    </message>
    <message>
        <source>Loans approved</source>
        <translation>已批贷款</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message numerus="yes">
        <source>Did not come within %n days of the invitation</source>
        <translation>
            <numerusform>邀约后 %n 天内未到店</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned by the assignment rule.</source>
        <translation>由分配规则分配。</translation>
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
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>线索 #%1（%2）</translation>
    </message>
    <message>
        <source>Bought a used car from a private seller.</source>
        <translation>已从私人卖家处购买了一辆二手车。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>不存在设置“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use two letters such as DE, AT, CH, RU, UA or CN.</source>
        <translation>“%1”不是电话号码的国家/地区代码；请使用两个字母，例如 DE、AT、CH、RU、UA 或 CN。</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 09:00.</source>
        <translation>“%1”不是有效的时间；请按 09:00 的格式填写。</translation>
    </message>
    <message>
        <source>Business days are numbers from 1 (Monday) to 7 (Sunday), separated by commas.</source>
        <translation>营业日为 1（星期一）到 7（星期日）之间的数字，以逗号分隔。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a name such as Europe/Berlin.</source>
        <translation>“%1”不是有效的时区；请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>“%1” needs a whole number above zero.</source>
        <translation>“%1”需要大于零的整数。</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>“%1”不是有效的分配方式（manual、round_robin、weighted、pool）。</translation>
    </message>
    <message>
        <source>“%1” is not a card field; known are %2.</source>
        <translation>“%1”不是卡片字段；可用字段：%2。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>徽标必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; use a smaller image.</source>
        <translation>徽标超过 512 KB；请使用较小的图片。</translation>
    </message>
    <message>
        <source>“%1” needs a whole number from %2 to %3.</source>
        <translation>“%1”需要 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 18:30.</source>
        <translation>“%1”不是有效的时间；请按 18:30 的格式填写。</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>不存在线索来源“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not “provider name=source key”.</source>
        <translation>“%1”不符合“提供方名称=来源键”的格式。</translation>
    </message>
    <message>
        <source>There is no campaign “%1”.</source>
        <translation>不存在营销活动“%1”。</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than the channel&apos;s.</source>
        <translation>营销活动 %1 所属的线索来源与该渠道的来源不同。</translation>
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
    <name>StockCommands</name>
    <message>
        <source>  [test drive]</source>
        <translation>  [试驾车]</translation>
    </message>
    <message>
        <source>vehicle add needs --vin VIN --make MAKE --model MODEL</source>
        <translation>vehicle add 需要 --vin VIN --make MAKE --model MODEL</translation>
    </message>
    <message>
        <source>--year needs a year like 2026, not “%1”</source>
        <translation>--year 需要年份，例如 2026，而不是“%1”</translation>
    </message>
    <message>
        <source>--condition is one of new, used, demo, not “%1”</source>
        <translation>--condition 应为 new、used、demo 之一，而不是“%1”</translation>
    </message>
    <message>
        <source>--in-transit needs the expected date like 2026-12-15, not “%1”</source>
        <translation>--in-transit 需要预计到达日期，例如 2026-12-15，而不是“%1”</translation>
    </message>
    <message>
        <source>vehicle import needs FILE.csv</source>
        <translation>vehicle import 需要 FILE.csv</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2 rejected: %3</source>
        <translation>第 %1 行：%2 被拒绝：%3</translation>
    </message>
    <message>
        <source>%1%2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1新增 %2，更新 %3，未变 %4，拒绝 %5</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>试运行，未写入任何内容：</translation>
    </message>
    <message>
        <source>testdrive book needs LEAD_ID --vin VIN --at DATE_TIME</source>
        <translation>testdrive book 需要 LEAD_ID --vin VIN --at DATE_TIME</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time like 2026-11-24T14:00, not “%1”</source>
        <translation>--at 需要 ISO 8601 格式的日期和时间，例如 2026-11-24T14:00，而不是“%1”</translation>
    </message>
    <message>
        <source>--minutes needs a positive number, not “%1”</source>
        <translation>--minutes 需要正数，而不是“%1”</translation>
    </message>
    <message>
        <source>testdrive cancel needs BOOKING_ID</source>
        <translation>testdrive cancel 需要 BOOKING_ID</translation>
    </message>
    <message>
        <source>Test drive %1 cancelled</source>
        <translation>试驾 %1 已取消</translation>
    </message>
    <message>
        <source>vehicle needs add, list or import</source>
        <translation>vehicle 需要子命令 add、list 或 import</translation>
    </message>
    <message>
        <source>testdrive needs book or cancel</source>
        <translation>testdrive 需要子命令 book 或 cancel</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>“%1” is not a price.</source>
        <translation>“%1”不是有效的价格。</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation>价格不能为负数（%1）。</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2026-12-01 or 01.12.2026).</source>
        <translation>“%1”不是有效的日期（请写作 2026-12-01 或 01.12.2026）。</translation>
    </message>
    <message>
        <source>The condition “%1” is unknown (new, used or demo).</source>
        <translation>车况“%1”无法识别（应为 new、used 或 demo）。</translation>
    </message>
    <message>
        <source>The status “%1” is set by a deal, not by a stock list.</source>
        <translation>状态“%1”由交易决定，不能通过库存清单设置。</translation>
    </message>
    <message>
        <source>The status “%1” is unknown (in stock or in transit).</source>
        <translation>状态“%1”无法识别（应为 in stock 或 in transit）。</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>“%1”既不是 yes 也不是 no。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Year: “%1” is not a model year.</source>
        <translation>年款：“%1”不是有效的年款。</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>车况</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>The vehicle %1 (%2)</source>
        <translation>车辆 %1（%2）</translation>
    </message>
    <message>
        <source>Enter the make of the car (for example VW).</source>
        <translation>请输入车辆品牌（例如 VW）。</translation>
    </message>
    <message>
        <source>Enter the model of the car (for example Golf).</source>
        <translation>请输入车型（例如 Golf）。</translation>
    </message>
    <message>
        <source>%1 is not a plausible model year.</source>
        <translation>%1 不是合理的年款。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>A car in transit needs the date it is expected to arrive.</source>
        <translation>在途车辆需要填写预计到达日期。</translation>
    </message>
    <message>
        <source>%1 belongs to a deal (reserved, sold or delivered); its status follows the deal.</source>
        <translation>%1 已关联交易（已预留、已售或已交车）；其状态随交易变化。</translation>
    </message>
    <message>
        <source>A car is reserved, sold and delivered through its deal, not in the stock list.</source>
        <translation>车辆的预留、销售和交车通过交易完成，不能在库存清单中设置。</translation>
    </message>
    <message>
        <source>A new car is in stock or in transit; deals reserve and sell it.</source>
        <translation>新添加的车辆只能是在库或在途状态；预留和销售通过交易完成。</translation>
    </message>
    <message>
        <source>The VIN %1 is already in the stock list: %2.</source>
        <translation>车架号 %1 已在库存清单中：%2。</translation>
    </message>
    <message>
        <source>The file has no VIN column: its header line needs a column “VIN” (or “FIN”). Found: %1.</source>
        <translation>文件中没有车架号列：标题行需要包含“VIN”（或“FIN”）列。找到的列：%1。</translation>
    </message>
    <message>
        <source>The VIN %1 already appeared on line %2.</source>
        <translation>车架号 %1 已在第 %2 行出现过。</translation>
    </message>
</context>
<context>
    <name>StockText</name>
    <message>
        <source>In stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>In transit, expected %1</source>
        <translation>在途，预计 %1 到达</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新车</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>二手车</translation>
    </message>
    <message>
        <source>Demo car</source>
        <translation>展示车</translation>
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
    <message>
        <source>Contact person “%1”</source>
        <translation>联系人“%1”</translation>
    </message>
    <message>
        <source>There is no contact person #%1.</source>
        <translation>不存在联系人 #%1。</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. It was not removed; reload to see the current state.</source>
        <translation>自您打开后，%1 已在另一个工位上被修改，因此未被删除；请重新加载查看当前状态。</translation>
    </message>
    <message>
        <source>There is no visit #%1.</source>
        <translation>不存在到店记录 #%1。</translation>
    </message>
    <message>
        <source>Visit #%1</source>
        <translation>到店记录 #%1</translation>
    </message>
    <message>
        <source>There is no lost reason “%1”.</source>
        <translation>不存在战败原因“%1”。</translation>
    </message>
    <message>
        <source>There is no task #%1.</source>
        <translation>不存在任务 #%1。</translation>
    </message>
    <message>
        <source>There is no checklist item #%1.</source>
        <translation>不存在清单项 #%1。</translation>
    </message>
    <message>
        <source>There is no document #%1.</source>
        <translation>不存在文件 #%1。</translation>
    </message>
    <message>
        <source>There is no checklist template item #%1.</source>
        <translation>不存在清单模板项 #%1。</translation>
    </message>
    <message>
        <source>There is no deal #%1.</source>
        <translation>不存在交易 #%1。</translation>
    </message>
    <message>
        <source>There is no test-drive booking #%1.</source>
        <translation>不存在试驾预约 #%1。</translation>
    </message>
    <message>
        <source>There is no vehicle #%1.</source>
        <translation>不存在车辆 #%1。</translation>
    </message>
    <message>
        <source>No vehicle with the VIN %1 is in the stock list.</source>
        <translation>库存清单中没有车架号为 %1 的车辆。</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>activity add needs LEAD_ID --kind KIND --outcome TEXT</source>
        <translation>activity add 需要 LEAD_ID --kind KIND --outcome TEXT</translation>
    </message>
    <message>
        <source>--kind is one of call, email, sms, visit, note, test_drive, not “%1”</source>
        <translation>--kind 应为 call、email、sms、visit、note、test_drive 之一，而不是“%1”</translation>
    </message>
    <message>
        <source>--direction is in or out, not “%1”</source>
        <translation>--direction 应为 in 或 out，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Activity %1 logged; the first response on lead %2 took %n business minute(s)</source>
        <translation>
            <numerusform>活动 %1 已记录；线索 %2 的首次响应用时 %n 分钟（营业时间）</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 logged on lead %2</source>
        <translation>已为线索 %2 记录活动 %1</translation>
    </message>
    <message>
        <source>task add needs LEAD_ID --due DATE_TIME --title TEXT</source>
        <translation>task add 需要 LEAD_ID --due DATE_TIME --title TEXT</translation>
    </message>
    <message>
        <source>--due needs an ISO 8601 date and time like 2026-11-24T10:00, not “%1”</source>
        <translation>--due 需要 ISO 8601 格式的日期和时间，例如 2026-11-24T10:00，而不是“%1”</translation>
    </message>
    <message>
        <source>--kind is one of follow_up, call_back, appointment, test_drive, other, not “%1”</source>
        <translation>--kind 应为 follow_up、call_back、appointment、test_drive、other 之一，而不是“%1”</translation>
    </message>
    <message>
        <source>task done needs TASK_ID --result TEXT: what came of it</source>
        <translation>task done 需要 TASK_ID --result TEXT：说明结果</translation>
    </message>
    <message>
        <source>Task %1 is done</source>
        <translation>任务 %1 已完成</translation>
    </message>
    <message>
        <source>  #%1 %2  %3 — %4</source>
        <translation>  #%1 %2  %3 — %4</translation>
    </message>
    <message>
        <source>activity needs add</source>
        <translation>activity 需要子命令 add</translation>
    </message>
    <message>
        <source>task needs add or done</source>
        <translation>task 需要子命令 add 或 done</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今日到期：%1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>预约到店：%1</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The task “%1”</source>
        <translation>任务“%1”</translation>
    </message>
    <message>
        <source>Follow-up call, day %1 after the first visit</source>
        <translation>跟进电话：首次到店后第 %1 天</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>请说明跟进的内容。</translation>
    </message>
    <message>
        <source>A follow-up needs a date and time.</source>
        <translation>跟进需要日期和时间。</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another consultant.</source>
        <translation>线索 #%1 属于另一位顾问。</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 属于另一位顾问。</translation>
    </message>
    <message>
        <source>Write down the result: what came of the follow-up?</source>
        <translation>请填写结果：这次跟进的结果如何？</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>%1 已完成。</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>点评内容为空。</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Showroom invitation</source>
        <translation>邀约到店</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>跟进电话</translation>
    </message>
    <message>
        <source>Call back as promised</source>
        <translation>按约定回电</translation>
    </message>
    <message>
        <source>Showroom visit</source>
        <translation>到店看车</translation>
    </message>
    <message>
        <source>Showroom visit: %1</source>
        <translation>到店看车：%1</translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation>试驾：%1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rule · day %1</source>
        <translation>规则 · 第 %1 天</translation>
    </message>
    <message>
        <source>Planned by a person</source>
        <translation>由人工安排</translation>
    </message>
    <message>
        <source>Planned by a rule (%1)</source>
        <translation>由规则安排（%1）</translation>
    </message>
    <message>
        <source>Planned by the follow-up rule: day %1 after the first visit</source>
        <translation>由跟进规则安排：首次到店后第 %1 天</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · 截止 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · 截止 %3</translation>
    </message>
</context>
<context>
    <name>TestDriveService</name>
    <message>
        <source>The %1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>from %1 to %2 on %3</source>
        <translation>%3 %1 至 %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>A test drive needs a date, a start and an end.</source>
        <translation>试驾需要日期、开始时间和结束时间。</translation>
    </message>
    <message>
        <source>A test drive must end after it starts.</source>
        <translation>试驾结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A test drive lasts at most 4 hours; this one would take %1 h %2 min.</source>
        <translation>试驾最长 4 小时；本次将持续 %1 小时 %2 分钟。</translation>
    </message>
    <message>
        <source>%1 is not a test-drive car.</source>
        <translation>%1 不是试驾车。</translation>
    </message>
    <message>
        <source>%1 is sold and no longer available for test drives.</source>
        <translation>%1 已售出，不再提供试驾。</translation>
    </message>
    <message>
        <source>%1 is already booked for a test drive %2.</source>
        <translation>%1 已有试驾预约（%2）。</translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation>试驾：%1</translation>
    </message>
    <message>
        <source>The test drive #%1 is already cancelled.</source>
        <translation>试驾 #%1 已取消。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
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
    <message>
        <source>A share is a whole number from 0 to 1000.</source>
        <translation>份额须为 0 到 1000 之间的整数。</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The card has no phone number or email.</source>
        <translation>名片中没有电话号码或电子邮箱。</translation>
    </message>
    <message>
        <source>The file ends inside a card.</source>
        <translation>文件在名片中途结束。</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>文件中没有 vCard（BEGIN:VCARD）。</translation>
    </message>
</context>
<context>
    <name>Vin</name>
    <message>
        <source>A VIN never contains the letter I (position %1): it would be read as 1. Type the digit 1 instead.</source>
        <translation>车架号中不会出现字母 I（第 %1 位）：它容易被误读为 1。请改为输入数字 1。</translation>
    </message>
    <message>
        <source>A VIN never contains the letter O (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>车架号中不会出现字母 O（第 %1 位）：它容易被误读为 0。请改为输入数字 0。</translation>
    </message>
    <message>
        <source>A VIN never contains the letter Q (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>车架号中不会出现字母 Q（第 %1 位）：它容易被误读为 0。请改为输入数字 0。</translation>
    </message>
    <message>
        <source>Enter the VIN (17 characters).</source>
        <translation>请输入车架号（17 位）。</translation>
    </message>
    <message numerus="yes">
        <source>A VIN has 17 characters; this one has %n.</source>
        <translation>
            <numerusform>车架号应为 17 位；此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>A VIN holds only the letters A–Z and the digits 0–9; “%1” at position %2 is not allowed.</source>
        <translation>车架号只能包含字母 A–Z 和数字 0–9；第 %2 位的“%1”不允许使用。</translation>
    </message>
    <message>
        <source>The check digit (position 9) should be %1 but is %2: a character of this VIN is probably mistyped.</source>
        <translation>校验位（第 9 位）应为 %1，实际为 %2：此车架号中可能有字符输错。</translation>
    </message>
    <message>
        <source>This VIN carries no check digit (usual outside North America and China); length and characters were checked.</source>
        <translation>此车架号不含校验位（在北美和中国以外很常见）；已检查长度和字符。</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Customer #%1 was merged into #%2; link the visit to that one.</source>
        <translation>客户 #%1 已合并到 #%2；请将此次到店关联到 #%2。</translation>
    </message>
    <message>
        <source>The party size must be between 1 and 99.</source>
        <translation>同行人数必须在 1 到 99 之间。</translation>
    </message>
    <message>
        <source>The arrival time cannot be in the future.</source>
        <translation>到店时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>%1 cannot take visitors.</source>
        <translation>%1 不能接待来访客户。</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name, phone number or email address.</source>
        <translation>请输入来访客户的姓名、电话号码或电子邮件地址。</translation>
    </message>
    <message>
        <source>Visit #%1 already belongs to another customer.</source>
        <translation>到店记录 #%1 已属于另一位客户。</translation>
    </message>
    <message>
        <source>The departure time cannot be in the future.</source>
        <translation>离店时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>This visitor already left at %1.</source>
        <translation>该来访客户已于 %1 离店。</translation>
    </message>
    <message>
        <source>The departure time is before the arrival time.</source>
        <translation>离店时间早于到店时间。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>时间段的结束早于开始。</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPrinter</name>
    <message>
        <source>W%1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>每日到店</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>每周到店</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>每月到店</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Info-retention</source>
        <translation>信息留存</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>去年同期：%1</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>客流</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>再次到店</translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation>本期无到店。</translation>
    </message>
    <message>
        <source>Visits by hour of the day</source>
        <translation>按时段统计的到店</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all</source>
        <comment>consultants</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>all</source>
        <comment>sources</comment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>销售顾问：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Weekly-report</source>
        <comment>file name</comment>
        <translation>周报</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>file name</comment>
        <translation>报表</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>New leads: %1</source>
        <translation>新线索：%1</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>成交：%1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>战败：%1</translation>
    </message>
    <message>
        <source>Close rate: %1</source>
        <translation>成交率：%1</translation>
    </message>
    <message>
        <source>First-visit closes: %1</source>
        <translation>首次到店成交：%1</translation>
    </message>
    <message>
        <source>Follow-up closes: %1</source>
        <translation>跟进后成交：%1</translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation>转化至下一阶段</translation>
    </message>
    <message>
        <source>No lead moved through the funnel in this period.</source>
        <translation>本期没有线索在漏斗中推进。</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Leads that reached each stage</source>
        <translation>到达各阶段的线索</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>No leads or sales in this period.</source>
        <translation>本期无线索或销量。</translation>
    </message>
    <message>
        <source>Sources and campaigns</source>
        <translation>来源与营销活动</translation>
    </message>
    <message>
        <source>Leads and sales per source</source>
        <translation>各来源的线索与销量</translation>
    </message>
    <message>
        <source>No campaign had leads, sales or costs in this period.</source>
        <translation>本期没有营销活动产生线索、销量或费用。</translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation>待审批：%1</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>战败线索</translation>
    </message>
    <message>
        <source>No lead was lost in this period.</source>
        <translation>本期没有战败线索。</translation>
    </message>
    <message>
        <source>No lead was lost in these weeks.</source>
        <translation>这几周没有战败线索。</translation>
    </message>
    <message>
        <source>Lost analysis</source>
        <translation>战败分析</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>按原因统计的战败线索</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>每周战败线索</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>No consultant had figures in this period.</source>
        <translation>本期没有销售顾问产生数据。</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交车</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>The column title “%1” is too long for Excel.</source>
        <translation>列标题“%1”对 Excel 来说太长。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” holds a text longer than the %L3 characters an Excel cell can hold.</source>
        <translation>工作表“%2”第 %1 行的文本超过了 Excel 单元格可容纳的 %L3 个字符。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” could not be written: %3.</source>
        <translation>无法写入工作表“%2”的第 %1 行：%3。</translation>
    </message>
    <message>
        <source>“%1” has %L2 rows and %L3 columns: an Excel sheet holds at most %L4 rows below its header and %L5 columns.</source>
        <translation>“%1”有 %L2 行、%L3 列：Excel 工作表在表头下最多容纳 %L4 行、%L5 列。</translation>
    </message>
    <message>
        <source>Excel does not accept “%1” as a sheet name.</source>
        <translation>Excel 不接受“%1”作为工作表名称。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write %1: out of memory.</source>
        <translation>无法写入 %1：内存不足。</translation>
    </message>
</context>
<context>
    <name>showroom::AccessoryChoiceModel</name>
    <message>
        <source>Accessory</source>
        <translation>精品附件</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Why customers take it</source>
        <translation>客户选购理由</translation>
    </message>
</context>
<context>
    <name>showroom::ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>沟通了什么，约定了什么</translation>
    </message>
    <message>
        <source>What colleagues should know</source>
        <translation>同事需要了解的信息</translation>
    </message>
    <message>
        <source>Outgoing: we called</source>
        <translation>去电：我方致电</translation>
    </message>
    <message>
        <source>Incoming: the customer called</source>
        <translation>来电：客户致电</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>不关联线索</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>尚未选车</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
</context>
<context>
    <name>showroom::AddContactDialog</name>
    <message>
        <source>Add the visitor&apos;s contact data</source>
        <translation>添加来访客户的联系方式</translation>
    </message>
    <message>
        <source>Visit at %1. Whatever the visitor gives counts: a phone number or an email address captures the contact and opens a lead for the consultant.</source>
        <translation>到店时间 %1。来访客户留下的任何信息都有用：留下电话号码或电子邮件地址即完成信息留存，并为顾问创建一条线索。</translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>请检查来访客户的联系方式</translation>
    </message>
    <message>
        <source>The contact data was not saved</source>
        <translation>联系方式未保存</translation>
    </message>
</context>
<context>
    <name>showroom::AssignmentForm</name>
    <message>
        <source>New leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>&amp;Assign new leads:</source>
        <translation>新线索分配方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Unassigned leads are watched by:</source>
        <translation>未分配线索的跟进人(&amp;U)：</translation>
    </message>
    <message>
        <source>They are reminded when a lead in the queue is not taken within its response time. Lead sources can have their own rule.</source>
        <translation>如果队列中的线索未在响应时间内被领取，系统会提醒他们。线索来源可以设置各自的规则。</translation>
    </message>
    <message>
        <source>Shares under weighted assignment</source>
        <translation>按权重分配的份额</translation>
    </message>
    <message>
        <source>Each consultant receives new leads in proportion to their share, e.g. 40 and 60. Consultants who are off duty or busy are skipped; 0 takes no leads.</source>
        <translation>每位顾问按其份额比例接收新线索，例如 40 和 60。不在岗或忙碌的顾问会被跳过；份额为 0 则不分配线索。</translation>
    </message>
    <message>
        <source>Total of the shares: %1</source>
        <translation>份额合计：%1</translation>
    </message>
    <message>
        <source>A manager gives every new lead to a consultant.</source>
        <translation>由经理将每条新线索分配给顾问。</translation>
    </message>
    <message>
        <source>New leads go in turn to the consultants who are on duty and not busy.</source>
        <translation>新线索轮流分配给在岗且空闲的顾问。</translation>
    </message>
    <message>
        <source>New leads go to the consultants on duty in proportion to their shares below.</source>
        <translation>新线索按下方份额比例分配给在岗顾问。</translation>
    </message>
    <message>
        <source>New leads wait in a shared pool; the consultants take them themselves.</source>
        <translation>新线索进入公共池，由顾问自行领取。</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>所有经理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>showroom::AvailabilitySwitch</name>
    <message>
        <source>My availability:</source>
        <translation>我的状态：</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>You are at your desk and take new leads and walk-ins</source>
        <translation>您在工位上，可接收新线索和到店客户</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>With a customer: no new leads are given to you until you are available again</source>
        <translation>正在接待客户：在您恢复空闲之前不会分配新线索</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>Not at work: you get no leads and the reception does not offer you</source>
        <translation>不在岗：您不会收到线索，前台也不会推荐您</translation>
    </message>
    <message>
        <source>Your availability was not changed</source>
        <translation>您的状态未更改</translation>
    </message>
    <message>
        <source>taking new leads</source>
        <translation>接收新线索</translation>
    </message>
    <message>
        <source>no new leads while busy</source>
        <translation>忙碌期间不分配新线索</translation>
    </message>
    <message>
        <source>no leads, not offered at the reception</source>
        <translation>不分配线索，前台不会推荐您</translation>
    </message>
</context>
<context>
    <name>showroom::BoardActions</name>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>线索 #%1（%2）</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>线索 #%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>将 %n 条线索移至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>移动线索</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>分配 %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>分配 %n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>分配线索</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>标记为战败</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation>将 %1 标记为战败</translation>
    </message>
    <message>
        <source>Approve lost</source>
        <translation>批准战败</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>驳回战败</translation>
    </message>
    <message>
        <source>Why is %1 not lost? The consultant reads this.</source>
        <translation>为什么 %1 不算战败？顾问会看到这段说明。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>创建交易</translation>
    </message>
    <message>
        <source>A deal belongs to one lead. Drop the leads on Won one at a time.</source>
        <translation>一笔交易只对应一条线索。请将线索逐条拖到“成交”。</translation>
    </message>
</context>
<context>
    <name>showroom::BoardColumnView</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when won · %n in 7 days</source>
        <translation>
            <numerusform>成交时拖到此处 · 近 7 天 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when lost · %n</source>
        <translation>
            <numerusform>战败时拖到此处 · %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::BoardFilterBar</name>
    <message>
        <source>My leads only</source>
        <translation>仅我的线索</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>全部价值等级</translation>
    </message>
    <message>
        <source>Any time in stage</source>
        <translation>不限停留时长</translation>
    </message>
    <message numerus="yes">
        <source>%n+ days in stage</source>
        <translation>
            <numerusform>在该阶段 %n 天以上</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>Filter: name, car, consultant</source>
        <translation>筛选：姓名、车型、顾问</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>全部顾问</translation>
    </message>
    <message>
        <source>Unassigned pool</source>
        <translation>待分配线索池</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
</context>
<context>
    <name>showroom::BoardModel</name>
    <message>
        <source>Lead #%1: %2, %3</source>
        <translation>线索 #%1：%2，%3</translation>
    </message>
</context>
<context>
    <name>showroom::BoardPage</name>
    <message>
        <source>Open customer card</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>添加跟进…</translation>
    </message>
    <message>
        <source>Schedule test drive…</source>
        <translation>安排试驾…</translation>
    </message>
    <message>
        <source>Invite to the showroom…</source>
        <translation>邀约到店…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>标记为战败…</translation>
    </message>
    <message>
        <source>Approve: lost</source>
        <translation>批准：战败</translation>
    </message>
    <message>
        <source>Not lost: return with a comment…</source>
        <translation>驳回战败并附意见…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ 左移</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>右移 ▶</translation>
    </message>
    <message>
        <source>Take the selected leads from the unassigned pool</source>
        <translation>从待分配线索池领取所选线索</translation>
    </message>
    <message>
        <source>Assign: drop cards on a consultant</source>
        <translation>分配：将卡片拖到顾问上</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lead(s) match the filter</source>
        <translation>
            <numerusform>%n 条线索中有 %1 条符合筛选条件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::CampaignBox</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>showroom::CardActions</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on this customer&apos;s timeline</source>
        <translation>在该客户的时间线上添加备注</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>记录通话(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a call with this customer</source>
        <translation>记录与该客户的通话</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>新建线索(&amp;L)…</translation>
    </message>
    <message>
        <source>Start a new sales opportunity for this customer</source>
        <translation>为该客户创建新的销售机会</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>添加跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>Plan a call or visit for the selected (or newest) open lead</source>
        <translation>为选中的（或最新的）进行中线索安排电话或到店</translation>
    </message>
    <message>
        <source>Schedule &amp;test drive…</source>
        <translation>安排试驾(&amp;T)…</translation>
    </message>
    <message>
        <source>Book a test drive for the selected (or newest) open lead</source>
        <translation>为选中的（或最新的）进行中线索预约试驾</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>通话已记录。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <source>Lead #%1 created.</source>
        <translation>线索 #%1 已创建。</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>没有进行中的线索</translation>
    </message>
    <message>
        <source>%1 has no open lead to plan for. Start one with “New lead…” first.</source>
        <translation>%1 没有可安排的进行中线索。请先通过“新建线索…”创建一条。</translation>
    </message>
    <message>
        <source>Test drive scheduled for %1.</source>
        <translation>试驾已安排在 %1。</translation>
    </message>
    <message>
        <source>“%1” planned for %2.</source>
        <translation>“%1”已安排在 %2。</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>创建交易(&amp;D)…</translation>
    </message>
    <message>
        <source>The customer buys: the deal form for the selected (or newest) open lead</source>
        <translation>客户购车：为选中的（或最新的）进行中线索填写交易表单</translation>
    </message>
    <message>
        <source>Open d&amp;eal</source>
        <translation>打开交易(&amp;E)</translation>
    </message>
    <message>
        <source>The deal card with its delivery checklists</source>
        <translation>交易卡片及其交车清单</translation>
    </message>
    <message>
        <source>%1 has no open lead to close with a deal. Start one with “New lead…” first.</source>
        <translation>%1 没有可通过交易关闭的进行中线索。请先通过“新建线索…”创建一条。</translation>
    </message>
    <message>
        <source>Deal #%1 created.</source>
        <translation>交易 #%1 已创建。</translation>
    </message>
</context>
<context>
    <name>showroom::CardDelegate</name>
    <message>
        <source>no car chosen yet</source>
        <translation>尚未选车</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>价值等级：%1</translation>
    </message>
    <message>
        <source>%1 in stage</source>
        <translation>本阶段 %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>下次跟进 %1</translation>
    </message>
    <message>
        <source>Lost? waiting for approval: %1</source>
        <translation>战败待批准：%1</translation>
    </message>
    <message>
        <source>Not lost: %1</source>
        <translation>战败被驳回：%1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>战败：%1</translation>
    </message>
</context>
<context>
    <name>showroom::CardFieldsForm</name>
    <message>
        <source>Shown on every card</source>
        <translation>每张卡片显示</translation>
    </message>
    <message>
        <source>Every card shows the customer&apos;s name. Fewer fields keep the board calm; more help to decide at a glance.</source>
        <translation>每张卡片都会显示客户姓名。字段越少，销售漏斗越清爽；字段越多，越便于一眼做出判断。</translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>客户价值等级</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>当前阶段停留时长</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>The model the customer asked about</source>
        <translation>客户咨询的车型</translation>
    </message>
    <message>
        <source>Who works on the lead</source>
        <translation>负责该线索的人</translation>
    </message>
    <message>
        <source>Walk-in, phone, website form, …</source>
        <translation>到店、电话、网站表单、…</translation>
    </message>
    <message>
        <source>High value for walk-ins, value for calls, chats and web forms</source>
        <translation>到店为高价值，来电、在线咨询和网站表单为中等价值</translation>
    </message>
    <message>
        <source>How long the lead has been in its column</source>
        <translation>线索在当前列中停留的时间</translation>
    </message>
    <message>
        <source>When the next planned call or appointment is due</source>
        <translation>下一次计划的电话或预约的时间</translation>
    </message>
    <message>
        <source>Time left to contact a new lead, red when missed</source>
        <translation>联系新线索的剩余时间，超时显示为红色</translation>
    </message>
    <message>
        <source>The expected price of the deal</source>
        <translation>预计成交价格</translation>
    </message>
</context>
<context>
    <name>showroom::CheckedField</name>
    <message>
        <source>Saved as %1</source>
        <translation>将保存为 %1</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemDialog</name>
    <message>
        <source>Edit the item</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>e.g. Winter wheels</source>
        <translation>例如 冬季轮胎</translation>
    </message>
    <message>
        <source>e.g. Proof of income</source>
        <translation>例如 收入证明</translation>
    </message>
    <message>
        <source>e.g. Number plates fitted</source>
        <translation>例如 已安装车牌</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Required: must be done before the next step</source>
        <translation>必需(&amp;R)：须在下一步之前完成</translation>
    </message>
    <message>
        <source>&amp;Document needed: done only with a file attached</source>
        <translation>需要文件(&amp;D)：附加文件后才算完成</translation>
    </message>
    <message>
        <source>e.g. 299,00 (%1); empty: no price</source>
        <translation>例如 299.00（%1）；留空表示无价格</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>Why the customer wants it, in one sentence</source>
        <translation>用一句话说明客户为何需要它</translation>
    </message>
    <message>
        <source>Sales &amp;argument</source>
        <translation>销售话术(&amp;A)</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>不设日期</translation>
    </message>
    <message>
        <source> days before delivery</source>
        <translation> 天（交车前）</translation>
    </message>
    <message>
        <source>Negative: after the promised delivery date</source>
        <translation>负数表示承诺交车日期之后</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>截止(&amp;D)</translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation> 天（签约后）</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>完成期限(&amp;D)</translation>
    </message>
    <message>
        <source>The item was not saved</source>
        <translation>项目未保存</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemModel</name>
    <message>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>交车后 %1 天</translation>
    </message>
    <message>
        <source>Due this many days before the promised delivery date</source>
        <translation>在承诺交车日期前若干天到期</translation>
    </message>
    <message>
        <source>Due this many days after the contract was signed</source>
        <translation>在合同签订后若干天内到期</translation>
    </message>
    <message>
        <source>A required item must be done before the next step (bank, handover)</source>
        <translation>必需项目须在下一步（提交银行、交车）之前完成</translation>
    </message>
    <message>
        <source>The item counts as done only with a scan or file attached</source>
        <translation>只有附加了扫描件或文件，该项目才算完成</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Document needed</source>
        <translation>需要文件</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Sales argument</source>
        <translation>销售话术</translation>
    </message>
    <message>
        <source>Days before delivery</source>
        <translation>交车前天数</translation>
    </message>
    <message>
        <source>Days after signing</source>
        <translation>签约后天数</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>done by %1, %2</source>
        <translation>已完成（%1，%2）</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>sold (%1, %2)</source>
        <translation>已售（%1，%2）</translation>
    </message>
    <message>
        <source>not sold: %1</source>
        <translation>未售：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>已附加 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>A document must be attached before this item can be done</source>
        <translation>须先附加文件，才能完成此项目</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistPanel</name>
    <message>
        <source>&amp;Sold</source>
        <translation>已售(&amp;S)</translation>
    </message>
    <message>
        <source>The customer takes the selected accessory</source>
        <translation>客户选购所选精品附件</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected item as done by you, now</source>
        <translation>将所选项目标记为由您此刻完成</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Back to open (a mistake); attached documents stay</source>
        <translation>恢复为待办（用于误操作）；已附加的文件保留</translation>
    </message>
    <message>
        <source>&amp;Not sold…</source>
        <translation>未售(&amp;N)…</translation>
    </message>
    <message>
        <source>The customer did not take it: record why</source>
        <translation>客户未选购：记录原因</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Store a scan or PDF with the selected item</source>
        <translation>为所选项目附加扫描件或 PDF</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected item&apos;s document</source>
        <translation>打开所选项目的文件</translation>
    </message>
    <message>
        <source>“%1” not done</source>
        <translation>“%1”未完成</translation>
    </message>
    <message>
        <source>“%1” not reopened</source>
        <translation>“%1”未恢复为待办</translation>
    </message>
    <message>
        <source>Attach a document to “%1”</source>
        <translation>为“%1”附加文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation>文件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Document not attached</source>
        <translation>文件未附加</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>The document cannot be written to %1: %2</source>
        <translation>无法将文件写入 %1：%2</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>没有可打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistTemplateListModel</name>
    <message>
        <source>Loan documents — private buyer</source>
        <translation>贷款材料 — 个人买家</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>贷款材料 — 企业买家</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>交车步骤</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Accessories — all models</source>
        <translation>精品附件 — 全部车型</translation>
    </message>
    <message>
        <source>Accessories — %1</source>
        <translation>精品附件 — %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>项目数：%1</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistsSection</name>
    <message>
        <source>The loan file can go to the bank only when every required item is done and, where a document is needed, attached. Items are due this many days after the contract.</source>
        <translation>只有所有必需项目都已完成、且需要文件的项目已附加文件，贷款材料才能提交银行。各项目在合同签订后的相应天数内到期。</translation>
    </message>
    <message>
        <source>Steps until the car is handed over, dated back from the promised delivery date; the consultant is reminded the day before a step is due and when it is overdue.</source>
        <translation>交车前的各个步骤，日期从承诺交车日期倒推；步骤到期前一天及逾期时会提醒顾问。</translation>
    </message>
    <message>
        <source>Gone through with the customer at the handover and printed on the handover protocol the customer signs.</source>
        <translation>交车时与客户逐项确认，并打印在客户签字的交车确认单上。</translation>
    </message>
    <message>
        <source>Every item is offered to the buyer and recorded as sold, or as not sold with the reason. A model&apos;s own list replaces the one for all models.</source>
        <translation>每一项都会向买家推荐，并记录为已售，或记录为未售及原因。车型专属清单会取代适用于全部车型的清单。</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>贷款材料 — 企业买家</translation>
    </message>
    <message>
        <source>Add accessories for a &amp;model…</source>
        <translation>添加车型专属精品附件(&amp;M)…</translation>
    </message>
    <message>
        <source>A list of accessories offered only with one model, e.g. Golf</source>
        <translation>仅随某一车型推荐的精品附件清单，例如 Golf</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <source>A new item at the end of this checklist</source>
        <translation>在此清单末尾添加新项目</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected item (double-click)</source>
        <translation>修改所选项目（双击）</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>New deals no longer get this item; running deals keep it</source>
        <translation>新交易将不再包含此项目；进行中的交易保留该项目</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>One place earlier in the checklist</source>
        <translation>在清单中上移一位</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>One place later in the checklist</source>
        <translation>在清单中下移一位</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists; changes here are saved at once and do not alter deals already running.</source>
        <translation>每笔新交易都会复制这些清单；此处的更改会立即保存，不影响进行中的交易。</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists.</source>
        <translation>每笔新交易都会复制这些清单。</translation>
    </message>
    <message>
        <source>The checklists could not be loaded</source>
        <translation>无法加载清单</translation>
    </message>
    <message>
        <source>Accessories for a model</source>
        <translation>车型专属精品附件</translation>
    </message>
    <message>
        <source>The model these accessories are offered with, e.g. Golf:</source>
        <translation>推荐这些精品附件的车型，例如 Golf：</translation>
    </message>
    <message>
        <source>The accessories were not added</source>
        <translation>精品附件未添加</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>移除项目</translation>
    </message>
    <message>
        <source>Remove “%1” from this checklist? New deals no longer get it; deals already running keep it.</source>
        <translation>要从此清单中移除“%1”吗？新交易将不再包含该项目；进行中的交易仍保留。</translation>
    </message>
    <message>
        <source>The item was not removed</source>
        <translation>项目未移除</translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation>项目未移动</translation>
    </message>
</context>
<context>
    <name>showroom::CompleteTaskDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>跟进已完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What came of it, e.g. “reached, test drive on Friday”</source>
        <translation>结果如何，例如“已联系上，周五试驾”</translation>
    </message>
    <message>
        <source>Plan the next step afterwards</source>
        <translation>随后安排下一步</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>showroom::ConflictDialog</name>
    <message>
        <source>No owner</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>已在另一个工位上修改</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved on another desk while you were editing. Choose for each field which value to keep; fields you changed are marked and keep your value unless you choose otherwise.</source>
        <translation>在您编辑期间，&lt;b&gt;%1&lt;/b&gt; 已在另一个工位上保存。请为每个字段选择要保留的值；您修改过的字段已标出，除非另行选择，否则将保留您的值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Saved on the other desk</source>
        <translation>另一个工位保存的值</translation>
    </message>
    <message>
        <source> (you changed it)</source>
        <translation>（您已修改）</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>保存所选值</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved</source>
        <translation>继续编辑；不保存任何内容</translation>
    </message>
</context>
<context>
    <name>showroom::ConsentEditor</name>
    <message>
        <source>given — recorded with today&apos;s date when you save</source>
        <translation>已授权——保存时以今天的日期记录</translation>
    </message>
    <message>
        <source>withdrawn — recorded with today&apos;s date when you save</source>
        <translation>已撤回——保存时以今天的日期记录</translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantStrip</name>
    <message>
        <source>Drop lead cards on a consultant to assign them</source>
        <translation>将线索卡片拖到顾问上即可分配</translation>
    </message>
    <message>
        <source>available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n open</source>
        <translation>
            <numerusform>%1
%2 · 进行中 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantTableModel</name>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Leads
assigned</source>
        <translation>分配
线索</translation>
    </message>
    <message>
        <source>First
response</source>
        <translation>首次
响应</translation>
    </message>
    <message>
        <source>Response
breaches</source>
        <translation>响应
超时</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Follow-ups
due</source>
        <translation>应
跟进</translation>
    </message>
    <message>
        <source>Follow-ups
done</source>
        <translation>已
跟进</translation>
    </message>
    <message>
        <source>Follow-ups
overdue</source>
        <translation>逾期
跟进</translation>
    </message>
    <message>
        <source>Test
drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Accessories
offered</source>
        <translation>精品
推荐</translation>
    </message>
    <message>
        <source>Accessories
sold</source>
        <translation>精品
售出</translation>
    </message>
    <message>
        <source>Attach
rate</source>
        <translation>渗透率</translation>
    </message>
    <message>
        <source>Manager
comments</source>
        <translation>经理
点评</translation>
    </message>
    <message>
        <source>Double-click a consultant to list his leads</source>
        <translation>双击销售顾问可列出其线索</translation>
    </message>
    <message>
        <source>Leads now his that were assigned to him in the period</source>
        <translation>本期分配给他且目前仍归他负责的线索</translation>
    </message>
    <message>
        <source>Median business time to the first response, over his leads created in the period</source>
        <translation>他在本期创建的线索从创建到首次响应的营业时间中位数</translation>
    </message>
    <message>
        <source>His leads created in the period that missed the response deadline</source>
        <translation>他在本期创建且错过响应时限的线索</translation>
    </message>
    <message>
        <source>His leads created in the period that were escalated to a manager</source>
        <translation>他在本期创建且已升级给经理的线索</translation>
    </message>
    <message>
        <source>Follow-up and call-back tasks due in the period</source>
        <translation>本期到期的跟进和回电任务</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones done</source>
        <translation>应跟进任务中已完成的</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones still open after their due time</source>
        <translation>应跟进任务中到期后仍未完成的</translation>
    </message>
    <message>
        <source>Test drives he logged in the period</source>
        <translation>他在本期登记的试驾</translation>
    </message>
    <message>
        <source>Offers he logged in the period</source>
        <translation>他在本期登记的报价</translation>
    </message>
    <message>
        <source>Deals he signed in the period (not cancelled)</source>
        <translation>他在本期签订的交易（未取消）</translation>
    </message>
    <message>
        <source>List price minus discount of those deals</source>
        <translation>这些交易的指导价减去折扣</translation>
    </message>
    <message>
        <source>Accessories offered on those deals</source>
        <translation>这些交易中推荐的精品附件</translation>
    </message>
    <message>
        <source>Accessories sold on those deals</source>
        <translation>这些交易中售出的精品附件</translation>
    </message>
    <message>
        <source>Accessories sold / offered</source>
        <translation>精品附件售出 / 推荐</translation>
    </message>
    <message>
        <source>Manager comments on his leads in the period</source>
        <translation>本期经理对其线索的点评</translation>
    </message>
    <message>
        <source>%1 (%2): double-click to list his leads</source>
        <translation>%1（%2）：双击列出其线索</translation>
    </message>
    <message>
        <source>%1 of %2 accessories offered were sold</source>
        <translation>推荐的 %2 件精品附件中售出 %1 件</translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantsTab</name>
    <message>
        <source>Figures attributed to each consultant in the period. Click a column title to sort, hover it for what it counts, right-click it to show more columns; double-click a consultant to list his leads.</source>
        <translation>本期各销售顾问的数据。点击列标题可排序，悬停可查看统计口径，右键单击可显示更多列；双击销售顾问可列出其线索。</translation>
    </message>
    <message>
        <source>Leads assigned to %1</source>
        <translation>分配给%1的线索</translation>
    </message>
</context>
<context>
    <name>showroom::ContactFields</name>
    <message>
        <source>e.g. 0151 2345678 or +49 151 2345678</source>
        <translation>例如 138 0013 8000 或 +86 138 0013 8000</translation>
    </message>
    <message>
        <source>Enter or Ctrl+L links the visit to the selected customer</source>
        <translation>按 Enter 或 Ctrl+L 将此次到店关联到所选客户</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>名字(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓氏(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Linked to customer &lt;b&gt;%1&lt;/b&gt; (#%2): the visit is added to this customer; empty fields of the record are filled in from what you typed.</source>
        <translation>已关联到客户 &lt;b&gt;%1&lt;/b&gt;（#%2）：此次到店将记入该客户；客户记录中的空白字段将用您输入的内容补全。</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone number belongs to a customer.&lt;/b&gt; Press Ctrl+L to add the visit to them instead of creating a duplicate.</source>
        <translation>&lt;b&gt;此电话号码属于一位现有客户。&lt;/b&gt;按 Ctrl+L 将此次到店记入该客户，避免创建重复记录。</translation>
    </message>
    <message>
        <source>Possible matches. Ctrl+L links the visit to the selected customer.</source>
        <translation>可能的匹配。按 Ctrl+L 将此次到店关联到所选客户。</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonDialog</name>
    <message>
        <source>Edit contact person</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Decision maker: signs (owner, fleet manager). Vehicle user: chooses the car. Driver: drives a pool car.</source>
        <translation>决策人：负责签约（老板、车队经理）。用车人：负责选车。司机：驾驶公务用车。</translation>
    </message>
    <message>
        <source>e.g. Fleet manager</source>
        <translation>例如 车队经理</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonModel</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonsTab</name>
    <message>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Only company customers have contact persons. To add some, set “Customer is a” to Company on the Details tab and save.</source>
        <translation>只有公司客户才有联系人。如需添加，请在“基本信息”选项卡中将“客户类型”设为“公司”并保存。</translation>
    </message>
    <message>
        <source>No contact persons yet. Add the decision maker first.</source>
        <translation>暂无联系人。请先添加决策人。</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Remove %1 from the contact persons of %2?</source>
        <translation>要将 %1 从 %2 的联系人中删除吗？</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardDialog</name>
    <message>
        <source>Manager comment</source>
        <translation>经理点评</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>保存基本信息（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cannot load customer #%1: %2</source>
        <translation>无法加载客户 #%1：%2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>%1 — customer #%2</source>
        <translation>%1 — 客户 #%2</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation>线索（%1）</translation>
    </message>
    <message>
        <source>You can look at this customer but not change it.</source>
        <translation>您可以查看该客户，但不能修改。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>客户未保存</translation>
    </message>
    <message>
        <source>Not saved: a colleague changed this customer meanwhile. Your edits are still here; save again to compare them with the stored record.</source>
        <translation>未保存：同事在此期间修改了该客户。您的修改仍然保留；再次保存即可与已保存的记录进行比较。</translation>
    </message>
    <message>
        <source>Nothing to save: the values saved on the other desk were kept.</source>
        <translation>无需保存：已保留另一个工位上保存的值。</translation>
    </message>
    <message>
        <source>Not saved: this customer keeps changing on another desk. Try again.</source>
        <translation>未保存：该客户在另一个工位上不断被修改。请重试。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Close the card and discard your changes?</source>
        <translation>您修改了 %1 但尚未保存。要关闭客户档案并放弃更改吗？</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardHeader</name>
    <message>
        <source>Tier: %1</source>
        <translation>价值等级：%1</translation>
    </message>
    <message>
        <source>No owner consultant</source>
        <translation>无负责顾问</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责顾问：%1</translation>
    </message>
    <message>
        <source>Bought from us before</source>
        <translation>曾在本店购车</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1 and is kept for reference only. Work on that customer instead.</source>
        <translation>此记录已合并到客户 #%1，仅保留供参考。请改为处理该客户。</translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation>打开 #%1</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerDetailsForm</name>
    <message>
        <source>e.g. 0151 23456789 or +49 151 23456789</source>
        <translation>例如 138 0013 8000 或 +86 138 0013 8000</translation>
    </message>
    <message>
        <source>Walk-in: high value; call, chat or web form: value; others: general</source>
        <translation>到店：高价值；来电、在线咨询或网站表单：中等价值；其他：一般</translation>
    </message>
    <message>
        <source>What colleagues should know about this customer</source>
        <translation>同事需要了解的该客户信息</translation>
    </message>
    <message>
        <source>Customer is a</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
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
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>邮政编码、城市</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>客户价值等级</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>负责顾问</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>公司客户需要填写公司名称。</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>请输入姓名、电话号码或电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerLeadsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
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
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the customer card (Enter or double-click)</source>
        <translation>打开客户档案（Enter 或双击）</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Select two records of the same customer to merge them</source>
        <translation>选择同一客户的两条记录以进行合并</translation>
    </message>
</context>
<context>
    <name>showroom::DealDialog</name>
    <message>
        <source>Deal #%1</source>
        <translation>交易 #%1</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation>报价单(&amp;F)</translation>
    </message>
    <message>
        <source>Print the commercial offer for this deal</source>
        <translation>打印此交易的报价单</translation>
    </message>
    <message>
        <source>&amp;Contract summary</source>
        <translation>合同摘要(&amp;C)</translation>
    </message>
    <message>
        <source>Print the contract summary to sign</source>
        <translation>打印合同摘要供客户签字</translation>
    </message>
    <message>
        <source>&amp;Handover protocol</source>
        <translation>交车确认单(&amp;H)</translation>
    </message>
    <message>
        <source>Print the handover protocol for the customer&apos;s big day</source>
        <translation>为客户的交车之日打印交车确认单</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save one of the documents as a PDF file</source>
        <translation>将其中一份文件保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Mar&amp;k delivered…</source>
        <translation>标记为已交车(&amp;K)…</translation>
    </message>
    <message>
        <source>The car was handed over to the customer</source>
        <translation>车辆已交给客户</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Send to &amp;bank</source>
        <translation>提交银行(&amp;B)</translation>
    </message>
    <message>
        <source>Deal #%1 cannot be read: %2</source>
        <translation>无法读取交易 #%1：%2</translation>
    </message>
    <message>
        <source>Deal #%1 — %2</source>
        <translation>交易 #%1 — %2</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>仍缺少：%1</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Sent to bank</source>
        <translation>已提交银行</translation>
    </message>
    <message>
        <source>The loan application went to the bank on %1.</source>
        <translation>贷款申请已于 %1 提交银行。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>The loan file is complete and can go to the bank.</source>
        <translation>贷款材料已齐全，可以提交银行。</translation>
    </message>
    <message>
        <source>Send the loan application to the bank</source>
        <translation>将贷款申请提交银行</translation>
    </message>
    <message>
        <source>Not sent to the bank</source>
        <translation>未提交银行</translation>
    </message>
    <message>
        <source>The loan application is marked as sent to the bank.</source>
        <translation>贷款申请已标记为已提交银行。</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>标记为已交车</translation>
    </message>
    <message>
        <source>Hand %1 over to %2 now? The car is then delivered and the after-sales follow-ups are planned.</source>
        <translation>现在将 %1 交给 %2 吗？车辆随即标记为已交车，并安排售后跟进。</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>未交车</translation>
    </message>
    <message>
        <source>Delivered. The after-sales call is planned.</source>
        <translation>已交车。售后回访已安排。</translation>
    </message>
    <message>
        <source>Promised date not changed</source>
        <translation>承诺日期未更改</translation>
    </message>
    <message>
        <source>The promised delivery date is now %1.</source>
        <translation>承诺交车日期现为 %1。</translation>
    </message>
    <message>
        <source>%1 saved as PDF.</source>
        <translation>%1 已保存为 PDF。</translation>
    </message>
    <message>
        <source>Bank appro&amp;ved</source>
        <translation>银行已批准(&amp;V)</translation>
    </message>
    <message>
        <source>Approved by the bank</source>
        <translation>银行已批准</translation>
    </message>
    <message>
        <source>Approved by the bank on %1.</source>
        <translation>银行已于 %1 批准。</translation>
    </message>
    <message>
        <source>Record that the bank approved the loan</source>
        <translation>记录银行已批准贷款</translation>
    </message>
    <message>
        <source>Send the loan application to the bank first</source>
        <translation>请先将贷款申请提交银行</translation>
    </message>
    <message>
        <source>Approval not recorded</source>
        <translation>未记录批准</translation>
    </message>
    <message>
        <source>The bank&apos;s approval of the loan is recorded.</source>
        <translation>已记录银行对贷款的批准。</translation>
    </message>
</context>
<context>
    <name>showroom::DealFormDialog</name>
    <message>
        <source>New deal — %1</source>
        <translation>新建交易 — %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Price and payment</source>
        <translation>价格与付款</translation>
    </message>
    <message>
        <source>P&amp;rint offer…</source>
        <translation>打印报价单(&amp;R)…</translation>
    </message>
    <message>
        <source>The offer as it stands, to print or save as PDF</source>
        <translation>按当前内容打印报价单或保存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>创建交易(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>线索 #%1</translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>意向：%1</translation>
    </message>
    <message>
        <source>The loan documents differ for private persons and companies</source>
        <translation>个人与企业所需的贷款材料不同</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>买家：</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>精品附件</translation>
    </message>
    <message>
        <source>The accessories could not be read: %1</source>
        <translation>无法读取精品附件：%1</translation>
    </message>
    <message>
        <source>No accessories are offered for this model.</source>
        <translation>该车型没有可推荐的精品附件。</translation>
    </message>
    <message>
        <source>Tick what the customer takes with the car; the others stay on the deal&apos;s accessories list to be offered again.</source>
        <translation>勾选客户随车选购的附件；其余附件保留在交易的精品附件清单中，以便再次推荐。</translation>
    </message>
    <message>
        <source>Describe the factory order: make, model, trim and colour.</source>
        <translation>请描述工厂订车：品牌、车型、配置和颜色。</translation>
    </message>
    <message>
        <source>Choose a car from the list (search by any part of the VIN), or switch to a factory order.</source>
        <translation>请从列表中选择车辆（可按车架号的任意部分搜索），或改为工厂订车。</translation>
    </message>
    <message>
        <source>Create the deal, close the lead as won and reserve the car</source>
        <translation>创建交易，将线索关闭为成交并预留车辆</translation>
    </message>
    <message>
        <source>Deal not created</source>
        <translation>交易未创建</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>创建交易</translation>
    </message>
    <message>
        <source>Lead #%1 already has deal #%2; a lead has one deal.</source>
        <translation>线索 #%1 已有交易 #%2；一条线索只能有一笔交易。</translation>
    </message>
</context>
<context>
    <name>showroom::DealHeader</name>
    <message>
        <source>&amp;Move date</source>
        <translation>更改日期(&amp;M)</translation>
    </message>
    <message>
        <source>Promise the customer this delivery date; the open delivery steps move with it</source>
        <translation>向客户承诺此交车日期；未完成的交车步骤随之调整</translation>
    </message>
    <message>
        <source>P&amp;romised delivery:</source>
        <translation>承诺交车日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>交易 #%1</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>工厂订车</translation>
    </message>
    <message>
        <source>(list %1 − discount %2)</source>
        <translation>（指导价 %1 − 折扣 %2）</translation>
    </message>
    <message>
        <source>deposit %1</source>
        <translation>定金 %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Trade-in</source>
        <translation>置换</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Delivered on %1</source>
        <translation>已于 %1 交车</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>签约于 %1</translation>
    </message>
    <message>
        <source>Loan application sent to the bank %1</source>
        <translation>贷款申请已于 %1 提交银行</translation>
    </message>
    <message>
        <source>Loan application not yet sent to the bank</source>
        <translation>贷款申请尚未提交银行</translation>
    </message>
    <message>
        <source>Loan approved by the bank %1</source>
        <translation>贷款已于 %1 获银行批准</translation>
    </message>
</context>
<context>
    <name>showroom::DealTermsForm</name>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Anything the colleagues should know</source>
        <translation>同事需要了解的信息</translation>
    </message>
    <message>
        <source>Promised &amp;delivery</source>
        <translation>承诺交车日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>指导价(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation>折扣(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>付款方式(&amp;P)</translation>
    </message>
    <message>
        <source>Dep&amp;osit</source>
        <translation>定金(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Trade-in</source>
        <translation>置换(&amp;T)</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>year?</source>
        <translation>年份？</translation>
    </message>
    <message>
        <source>mileage?</source>
        <translation>里程？</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Offered &amp;value</source>
        <translation>置换估价(&amp;V)</translation>
    </message>
    <message>
        <source>A factory order needs the promised delivery date.</source>
        <translation>工厂订车需要填写承诺交车日期。</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>请输入指导价。</translation>
    </message>
    <message>
        <source>The discount is more than the list price.</source>
        <translation>折扣高于指导价。</translation>
    </message>
    <message>
        <source>Say which car is traded in (make and model), or uncheck the trade-in.</source>
        <translation>请说明置换的车辆（品牌和车型），或取消勾选“置换”。</translation>
    </message>
    <message>
        <source>The deposit is more than the total.</source>
        <translation>定金高于合计金额。</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>折后价</translation>
    </message>
    <message>
        <source>+ Accessories</source>
        <translation>+ 精品附件</translation>
    </message>
    <message>
        <source>− Trade-in</source>
        <translation>− 置换</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尾款</translation>
    </message>
</context>
<context>
    <name>showroom::DealsForm</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>at</source>
        <translation>于</translation>
    </message>
    <message>
        <source>Offers and deliveries</source>
        <translation>报价单与交车</translation>
    </message>
    <message>
        <source>An &amp;offer is valid for:</source>
        <translation>报价单有效期(&amp;O)：</translation>
    </message>
    <message>
        <source>Counted from the day the offer is printed; the offer shows its last day.</source>
        <translation>从打印报价单当天起计算；报价单上会注明有效期的最后一天。</translation>
    </message>
    <message>
        <source>&amp;Remind before a delivery date:</source>
        <translation>交车日期前提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>The consultant is reminded this many days before the promised delivery date (0: on the day).</source>
        <translation>在承诺交车日期前若干天提醒顾问（0 表示当天）。</translation>
    </message>
    <message>
        <source>After the handover</source>
        <translation>交车之后</translation>
    </message>
    <message>
        <source>&amp;Call the customer after:</source>
        <translation>交车后回访(&amp;C)：</translation>
    </message>
    <message>
        <source>Days after the handover: how is the new car?</source>
        <translation>交车后的天数：新车用得怎么样？</translation>
    </message>
    <message>
        <source>&quot;Second delivery&quot; &amp;evening:</source>
        <translation>“二次交车”之夜(&amp;E)：</translation>
    </message>
    <message>
        <source>Once a month, on the last such weekday, new owners are invited back to learn their car&apos;s functions at leisure.</source>
        <translation>每月在最后一个该星期几，邀请新车主回店，从容了解爱车的各项功能。</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveriesPage</name>
    <message>
        <source>Delivered %1</source>
        <translation>已交车 %1</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>打开交易(&amp;O)</translation>
    </message>
    <message>
        <source>The deal card with its checklists (double-click or Enter)</source>
        <translation>交易卡片及其清单（双击或按 Enter）</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>打开客户(&amp;U)</translation>
    </message>
    <message>
        <source>The customer card of the selected deal</source>
        <translation>所选交易的客户档案</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Show &amp;delivered (last 30 days)</source>
        <translation>显示已交车（近 30 天）(&amp;D)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;My deals only</source>
        <translation>仅我的交易(&amp;M)</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>所有顾问</translation>
    </message>
    <message>
        <source>The deliveries could not be loaded: %1</source>
        <translation>无法加载交车列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1，其中 %2 笔逾期</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>打开交易</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>打开客户档案</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveryListModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s) overdue</source>
        <translation>
            <numerusform>%1 — %n 个步骤已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checklist items done</source>
        <translation>清单项目已完成 %1/%2</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>工厂订车</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>nothing dated open</source>
        <translation>无带日期的待办步骤</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>已交车 %1</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, approved on %2</source>
        <translation>已于 %1 提交银行，%2 获批</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, not approved yet</source>
        <translation>已于 %1 提交银行，尚未获批</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownDialog</name>
    <message>
        <source>Leads: %1</source>
        <translation>线索：%1</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>The customer card of the selected lead (double-click or Enter)</source>
        <translation>所选线索的客户档案（双击或按 Enter）</translation>
    </message>
    <message>
        <source>The leads could not be listed: %1</source>
        <translation>无法列出线索：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the first %2 are shown)</source>
        <translation>%1（仅显示前 %2 条）</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Lead #%1: double-click to open the customer card</source>
        <translation>线索 #%1：双击打开客户档案</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>showroom::FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>尚未选车</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>线索 #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>事项内容</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation>安排预约</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>The follow-up was not planned</source>
        <translation>跟进未安排</translation>
    </message>
</context>
<context>
    <name>showroom::FunnelTab</name>
    <message>
        <source>Leads in the period</source>
        <translation>本期线索</translation>
    </message>
    <message>
        <source>Double-click a stage to list the leads that entered it</source>
        <translation>双击阶段可列出进入该阶段的线索</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>进入%1的线索</translation>
    </message>
    <message>
        <source>new leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>本期创建的线索</translation>
    </message>
    <message>
        <source>won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Leads moved to Won in the period</source>
        <translation>本期转入成交的线索</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Leads moved to Lost in the period</source>
        <translation>本期转入战败的线索</translation>
    </message>
    <message>
        <source>close rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Won / new leads</source>
        <translation>成交 / 新线索</translation>
    </message>
    <message>
        <source>closed on the first visit</source>
        <translation>首次到店成交</translation>
    </message>
    <message>
        <source>Won on the day the lead was created</source>
        <translation>线索创建当天成交</translation>
    </message>
    <message>
        <source>closed after a follow-up</source>
        <translation>跟进后成交</translation>
    </message>
    <message>
        <source>Won on a later day</source>
        <translation>在之后的日期成交</translation>
    </message>
</context>
<context>
    <name>showroom::HoursForm</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>本机时区（%1）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation>电话号码所属国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>Two letters, e.g. DE: numbers typed without a country code are read as this country&apos;s.</source>
        <translation>两个字母，例如 CN：未带国家/地区代码的号码按该国家/地区的号码处理。</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>营业时段(&amp;O)：</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>营业日：</translation>
    </message>
    <message>
        <source>Response times and follow-up calls count only these hours, in the dealership&apos;s time zone.</source>
        <translation>响应时间和跟进电话只计算这些营业时间（按门店所在时区）。</translation>
    </message>
    <message>
        <source>The business day must end after it starts.</source>
        <translation>营业结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Choose at least one business day; response times count only those.</source>
        <translation>请至少选择一个营业日；响应时间只计算营业日。</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>省市区
街道门牌号</translation>
    </message>
    <message>
        <source>e.g. +49 30 1234567</source>
        <translation>例如 +86 10 1234 5678</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Name, address, phone and logo head every printed offer, contract and handover protocol.</source>
        <translation>名称、地址、电话和标志会印在每份报价单、合同和交车确认单的页眉。</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeForm</name>
    <message>
        <source>Where arriving leads are attributed</source>
        <translation>新到线索的来源归属</translation>
    </message>
    <message>
        <source>The file&apos;s usual source</source>
        <translation>文件的默认来源</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Intake folder:</source>
        <translation>收件文件夹：</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>ADF providers:</source>
        <translation>ADF 提供方：</translation>
    </message>
    <message>
        <source>An ADF lead names its sender (the provider): a provider listed here gets its source, one named like a source gets that one, any other the channel&apos;s. A campaign counts only leads of its own source.</source>
        <translation>ADF 线索会注明发送方（提供方）：此处列出的提供方使用其对应的来源，名称与某个来源相同的提供方使用该来源，其他提供方使用渠道的来源。营销活动只统计其自身来源的线索。</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Watch an intake &amp;folder</source>
        <translation>监视收件文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <source>ADF, email, vCard and list files dropped there are imported within seconds, then moved to processed/ or failed/.</source>
        <translation>放入该文件夹的 ADF、电子邮件、vCard 和列表文件会在几秒内导入，然后移至 processed/ 或 failed/。</translation>
    </message>
    <message>
        <source>Check a &amp;mailbox</source>
        <translation>检查邮箱(&amp;M)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>检查间隔：</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Intake folder: not watched on this computer</source>
        <translation>收件文件夹：本机未监视</translation>
    </message>
    <message>
        <source>Mailbox: not checked on this computer</source>
        <translation>邮箱：本机未检查</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>已保存；输入新密码即可替换</translation>
    </message>
    <message>
        <source>The intake folder “%1” does not exist.</source>
        <translation>收件文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The mailbox needs a login.</source>
        <translation>邮箱需要填写用户名。</translation>
    </message>
    <message>
        <source>only for a server with its own certificate</source>
        <translation>仅用于使用自有证书的服务器</translation>
    </message>
    <message>
        <source>Mail server certificate</source>
        <translation>邮件服务器证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>服务器证书：</translation>
    </message>
    <message>
        <source>Unread messages become leads and are marked read; the message stays attached to the lead. imap:// must offer STARTTLS unless the server is this computer. A server certificate (PEM) is trusted besides the system&apos;s, for a mail server with a certificate of its own.</source>
        <translation>未读邮件会转为线索并标记为已读；邮件会附在线索上。使用 imap:// 时，服务器必须支持 STARTTLS，除非服务器就是本机。对于使用自有证书的邮件服务器，除系统证书外还会信任所选的服务器证书（PEM）。</translation>
    </message>
    <message>
        <source>The server certificate “%1” cannot be read.</source>
        <translation>无法读取服务器证书“%1”。</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeWatcher</name>
    <message>
        <source>No mailbox password on this desk; enter it in Settings.</source>
        <translation>此工位没有邮箱密码；请在“设置”中输入。</translation>
    </message>
    <message>
        <source>The mailbox password cannot be read: %1</source>
        <translation>无法读取邮箱密码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; see the failed folder.</source>
        <translation>
            <numerusform>%n 个文件无法导入；请查看 failed/ 文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1：正在检查…</translation>
    </message>
    <message>
        <source>%1: %2 (next try at %3)</source>
        <translation>%1：%2（下次尝试：%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: waiting for the first check</source>
        <translation>%1：等待首次检查</translation>
    </message>
    <message>
        <source>%1: checked at %2, no new leads yet</source>
        <translation>%1：%2 已检查，暂无新线索</translation>
    </message>
    <message numerus="yes">
        <source>%1: checked at %2; %n lead(s) came in at %3</source>
        <translation>
            <numerusform>%1：%2 已检查；%3 收到 %n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>showroom::KpiTiles</name>
    <message>
        <source>Visits</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Walk-ins in the period</source>
        <translation>本期到店</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Walk-ins recorded as the visitor&apos;s first visit</source>
        <translation>登记为访客首次到店的到店记录</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>信息留存率</translation>
    </message>
    <message>
        <source>First visits whose visitor left a phone number or email</source>
        <translation>访客留下电话或邮箱的首次到店</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>本期创建的线索</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Leads won / new leads</source>
        <translation>成交线索 / 新线索</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Deals signed in the period (not cancelled)</source>
        <translation>本期签订的交易（未取消）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>List price minus discount of the deals signed in the period</source>
        <translation>本期签订交易的指导价减去折扣</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>成交 %1 · 战败 %2</translation>
    </message>
    <message>
        <source>%1 on the first visit</source>
        <translation>首次到店 %1</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>已交车 %1</translation>
    </message>
    <message>
        <source>%1 per sale</source>
        <translation>单车 %1</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>此前 %1</translation>
    </message>
    <message>
        <source>%1 vs prev. period</source>
        <extracomment>A tile&apos;s change against the previous period, e.g. &quot;+12% vs prev. period&quot;</extracomment>
        <translation>较上期 %1</translation>
    </message>
    <message>
        <source>%1 vs last year</source>
        <extracomment>A tile&apos;s change against the same period last year</extracomment>
        <translation>较去年同期 %1</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>完整姓名</translation>
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
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record id (for re-imports)</source>
        <translation>记录 ID（用于重新导入）</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>ADF (.xml), email (.eml), vCard (.vcf) or a list (.csv)</source>
        <translation>ADF（.xml）、电子邮件（.eml）、vCard（.vcf）或列表（.csv）</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>按文件中注明的来源</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>line 999</source>
        <translation>第 999 行</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>已有客户的线索</translation>
    </message>
    <message>
        <source>Choose a file: every record is checked before anything is written.</source>
        <translation>请选择文件：写入之前会逐条检查记录。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Leads to import</source>
        <translation>要导入的线索</translation>
    </message>
    <message>
        <source>Lead files (*.xml *.adf *.eml *.vcf *.csv *.txt);;All files (*)</source>
        <translation>线索文件 (*.xml *.adf *.eml *.vcf *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose the source this list came from.</source>
        <translation>请选择此列表的来源。</translation>
    </message>
    <message>
        <source>The leads were not imported</source>
        <translation>线索未导入</translation>
    </message>
    <message>
        <source>%1 new, %2 for known customers, %3 to review, %4 imported before, %5 rejected.</source>
        <translation>新建 %1 条，关联已有客户 %2 条，待审核 %3 条，已导入过 %4 条，已拒绝 %5 条。</translation>
    </message>
    <message>
        <source>Read as %1. %2</source>
        <translation>按 %1 编码读取。%2</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 “Import” creates the leads; rejected records and those imported before are skipped.</source>
        <translation>已检查，尚未写入：%1 点击“导入”将创建线索；被拒绝的记录和已导入过的记录将被跳过。</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportModel</name>
    <message>
        <source>New customer and lead</source>
        <translation>新客户和线索</translation>
    </message>
    <message>
        <source>Customer and lead created</source>
        <translation>已创建客户和线索</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>已有客户的线索</translation>
    </message>
    <message>
        <source>Lead for a known customer created</source>
        <translation>已为已有客户创建线索</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Lead to review</source>
        <translation>待审核线索</translation>
    </message>
    <message>
        <source>Lead to review created</source>
        <translation>已创建待审核线索</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
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
    <name>showroom::LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>选择标志(&amp;H)…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 512 KB, printed at the top of offers, contracts and handover protocols</source>
        <translation>不超过 512 KB 的 PNG 或 JPEG 图片，打印在报价单、合同和交车确认单的顶部</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>移除标志(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the dealership&apos;s logo</source>
        <translation>选择门店标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The logo was not changed</source>
        <translation>标志未更改</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>图片无法读取</translation>
    </message>
</context>
<context>
    <name>showroom::LostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>标记为战败</translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation>按战败关闭</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be closed as lost. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 将按战败关闭。每周报表依据战败原因进行分析，请选择真实原因。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays on your board until the manager approves. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>在经理批准前，&lt;b&gt;%1&lt;/b&gt; 仍会留在您的看板上。每周报表依据战败原因进行分析，请选择真实原因。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>发生了什么（用客户的原话）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose why the lead is lost.</source>
        <translation>请选择线索战败的原因。</translation>
    </message>
    <message>
        <source>“%1” needs a comment.</source>
        <translation>“%1”需要填写备注。</translation>
    </message>
    <message>
        <source>This reason needs a comment.</source>
        <translation>此原因需要填写备注。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonListModel</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Needs a comment</source>
        <translation>需要说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Retired: not offered</source>
        <translation>已停用：不再提供</translation>
    </message>
    <message>
        <source>The consultant must explain the loss in a comment</source>
        <translation>顾问必须填写说明，解释战败原因</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>双击或按 F2 重命名</translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonsSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Type a new name for the selected reason (F2)</source>
        <translation>为所选原因输入新名称（F2）</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Retired reasons are no longer offered; past leads keep them</source>
        <translation>停用的原因将不再提供；以往线索仍保留该原因</translation>
    </message>
    <message>
        <source>A new reason, e.g. Financing refused</source>
        <translation>新原因，例如“贷款被拒”</translation>
    </message>
    <message>
        <source>Needs a &amp;comment</source>
        <translation>需要说明(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>添加原因(&amp;A)</translation>
    </message>
    <message>
        <source>A lost lead always needs one of these reasons; where a reason needs a comment, the consultant explains it too. They are the manager&apos;s most valuable figures in the weekly report.</source>
        <translation>战败线索必须选择其中一个原因；如果原因需要说明，顾问还要填写说明。这些是经理在每周报表中最有价值的数据。</translation>
    </message>
    <message>
        <source>The lost reasons could not be loaded</source>
        <translation>无法加载战败原因</translation>
    </message>
    <message>
        <source>The lost reason was not added</source>
        <translation>战败原因未添加</translation>
    </message>
    <message>
        <source>The lost reason was not renamed</source>
        <translation>战败原因未重命名</translation>
    </message>
    <message>
        <source>The lost reason was not changed</source>
        <translation>战败原因未更改</translation>
    </message>
    <message>
        <source>The lost reason was not retired</source>
        <translation>战败原因未停用</translation>
    </message>
    <message>
        <source>The lost reason was not restored</source>
        <translation>战败原因未恢复</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
</context>
<context>
    <name>showroom::LostTab</name>
    <message>
        <source>Lost leads</source>
        <translation>战败线索</translation>
    </message>
    <message>
        <source>Double-click a reason, or a reason&apos;s count in a stage, to list the leads</source>
        <translation>双击原因或某阶段中该原因的数量，可列出线索</translation>
    </message>
    <message>
        <source>lost in the period</source>
        <translation>本期战败</translation>
    </message>
    <message>
        <source>Leads whose loss was approved and that were closed in the period</source>
        <translation>战败已审批且在本期关闭的线索</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Losses requested by the end of the period that still wait for a manager</source>
        <translation>截至期末已申请、仍在等待经理审批的战败</translation>
    </message>
    <message>
        <source>Leads lost in %1: %2</source>
        <translation>在%1战败的线索：%2</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>战败线索：%1</translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
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
    <message>
        <source>Merged customer #%1 into #%2 (%3): moved %4.</source>
        <translation>已将客户 #%1 合并到 #%2（%3），已转移：%4。</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>导入线索(&amp;I)…</translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Lead intake: on</source>
        <translation>线索接收：已开启</translation>
    </message>
    <message>
        <source>Lead intake: %1 not working</source>
        <translation>线索接收：%1异常</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the %1</source>
        <translation>
            <numerusform>来自%1的 %n 条新线索</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where the two records differ, the value to keep. Everything attached to the other record moves to the kept one; the other record is archived, not deleted.</source>
        <translation>请选择要保留的记录，并在两条记录不同之处选择要保留的值。另一条记录关联的所有内容都将转移到保留的记录；另一条记录将被归档，而不是删除。</translation>
    </message>
    <message>
        <source>Where the records differ, click the value to keep:</source>
        <translation>两条记录不同之处，请点击要保留的值：</translation>
    </message>
    <message>
        <source>The two records hold the same values in every field.</source>
        <translation>两条记录所有字段的值都相同。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>保留此记录</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责顾问：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>关联内容：</translation>
    </message>
    <message>
        <source>Customers cannot be merged</source>
        <translation>无法合并客户</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3.</source>
        <translation>“%1”（#%2）已合并到客户 #%3。</translation>
    </message>
    <message>
        <source>Merging moves %1 from record #%2 to record #%3. Record #%2 is then archived: it keeps its data and points to #%3; nothing is deleted.</source>
        <translation>合并会将 %1 从记录 #%2 转移到记录 #%3。随后记录 #%2 将被归档：其数据保留，并指向 #%3；不会删除任何内容。</translation>
    </message>
    <message>
        <source>Record #%1 has nothing attached. Merging archives it: it keeps its data and points to #%2; nothing is deleted.</source>
        <translation>记录 #%1 没有任何关联内容。合并后它将被归档：其数据保留，并指向 #%2；不会删除任何内容。</translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  #%2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Customers not merged</source>
        <translation>客户未合并</translation>
    </message>
</context>
<context>
    <name>showroom::MergeFieldModel</name>
    <message>
        <source>High (walk-in)</source>
        <translation>高价值（到店）</translation>
    </message>
    <message>
        <source>Value (call, chat, web)</source>
        <translation>中等价值（来电、在线咨询、网站）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>不保留</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept record #%1</source>
        <translation>保留的记录 #%1</translation>
    </message>
    <message>
        <source>Merged record #%1</source>
        <translation>被合并的记录 #%1</translation>
    </message>
</context>
<context>
    <name>showroom::NewLeadDialog</name>
    <message>
        <source>New lead for %1</source>
        <translation>为 %1 新建线索</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>创建线索</translation>
    </message>
    <message>
        <source>Choose where the lead came from…</source>
        <translation>请选择线索来源…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 bought from us before, so this lead counts as a repurchase.</source>
        <translation>%1 曾在本店购车，因此该线索计为复购。</translation>
    </message>
    <message>
        <source>e.g. VW ID.4 Pro, used estate car up to 20,000</source>
        <translation>例如 VW ID.4 Pro、2 万以内的二手旅行车</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Unassigned queue</source>
        <translation>待分配队列</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
</context>
<context>
    <name>showroom::NotSoldDialog</name>
    <message>
        <source>Not sold</source>
        <translation>未售</translation>
    </message>
    <message>
        <source>Record as not sold</source>
        <translation>记录为未售</translation>
    </message>
    <message>
        <source>Why did the customer not take &lt;b&gt;%1&lt;/b&gt;? The reason goes into the accessories report.</source>
        <translation>客户为什么没有选购 &lt;b&gt;%1&lt;/b&gt;？该原因会计入精品附件报表。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Choose why the accessory was not sold.</source>
        <translation>请选择该精品附件未售出的原因。</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationButton</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n 条未读通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>通知：无未读</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationCenter</name>
    <message>
        <source>The reminder rules could not run: %1</source>
        <translation>无法运行提醒规则：%1</translation>
    </message>
    <message>
        <source>Notifications could not be read: %1</source>
        <translation>无法读取通知：%1</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationListModel</name>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationPanel</name>
    <message>
        <source>Mark all &amp;read</source>
        <translation>全部标为已读(&amp;R)</translation>
    </message>
    <message>
        <source>No notifications. Reminders, escalations, assignments and comments on your follow-ups will appear here.</source>
        <translation>暂无通知。提醒、升级、分配以及对您跟进的点评都会显示在这里。</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>无法加载通知：%1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message numerus="yes">
        <source>Notifications — %n unread</source>
        <translation>
            <numerusform>通知 — %n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications not marked read</source>
        <translation>通知未标为已读</translation>
    </message>
    <message>
        <source>Notification not marked read</source>
        <translation>通知未标为已读</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationTray</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n 条新通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showroom CRM — %n unread notification(s)</source>
        <translation>
            <numerusform>Showroom CRM — %n 条未读通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Showroom CRM</source>
        <translation>Showroom CRM</translation>
    </message>
</context>
<context>
    <name>showroom::OverviewTab</name>
    <message>
        <source>Deliveries and loans</source>
        <translation>交车与贷款</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Deals handed over in the period</source>
        <translation>本期完成交车的交易</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Handed over on or before the promised date</source>
        <translation>在承诺交车日期当天或之前交车</translation>
    </message>
    <message>
        <source>late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Handed over after the promised date</source>
        <translation>在承诺交车日期之后交车</translation>
    </message>
    <message>
        <source>without a promised date</source>
        <translation>无承诺日期</translation>
    </message>
    <message>
        <source>loan applications sent</source>
        <translation>已提交贷款申请</translation>
    </message>
    <message>
        <source>Loan documents sent to the bank in the period</source>
        <translation>本期提交银行的贷款材料</translation>
    </message>
    <message>
        <source>loans approved</source>
        <translation>已批贷款</translation>
    </message>
    <message>
        <source>Loans the bank approved in the period</source>
        <translation>本期银行批准的贷款</translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation>Showroom CRM 的这一部分尚未完成。</translation>
    </message>
</context>
<context>
    <name>showroom::ProviderSourceTable</name>
    <message>
        <source>Provider name in ADF</source>
        <translation>ADF 中的提供方名称</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>添加提供方</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>showroom::ReceptionPage</name>
    <message>
        <source>Add &amp;contact…</source>
        <translation>添加联系方式(&amp;K)…</translation>
    </message>
    <message>
        <source>Add the phone or email this visitor gave (Ctrl+K)</source>
        <translation>添加该来访客户留下的电话或邮箱（Ctrl+K）</translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation>客户离店(&amp;D)</translation>
    </message>
    <message>
        <source>Record the departure time now (Ctrl+D)</source>
        <translation>立即记录离店时间（Ctrl+D）</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>打开客户(&amp;S)</translation>
    </message>
    <message>
        <source>Today&apos;s visitors and calls</source>
        <translation>今日来访与来电</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be loaded</source>
        <translation>无法加载今日到店记录</translation>
    </message>
    <message>
        <source>The departure was not recorded</source>
        <translation>离店时间未记录</translation>
    </message>
</context>
<context>
    <name>showroom::ReportExportDialog</name>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx): every table as a sheet</source>
        <translation>Excel 工作簿 (*.xlsx)：每张表一个工作表</translation>
    </message>
    <message>
        <source>CSV (*.csv): one table</source>
        <translation>CSV (*.csv)：单张表</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表格(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>周报 %1</translation>
    </message>
    <message>
        <source>Report %1 – %2</source>
        <translation>报表 %1 – %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>showroom::ReportHeader</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The weekly report as it will be printed</source>
        <translation>周报的打印效果</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the printed report as a PDF file</source>
        <translation>将打印版报表保存为 PDF 文件</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to Excel or CSV</source>
        <translation>将报表中的表格导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>时间段(&amp;R)：</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>上一时间段</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>下一时间段</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>销售顾问(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Consultants see their own figures</source>
        <translation>销售顾问只能查看本人的数据</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>全部销售顾问</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（停用）</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
</context>
<context>
    <name>showroom::ReportsPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>漏斗(&amp;U)</translation>
    </message>
    <message>
        <source>Sourc&amp;es</source>
        <translation>来源(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>战败(&amp;L)</translation>
    </message>
    <message>
        <source>Consul&amp;tants</source>
        <translation>销售顾问(&amp;T)</translation>
    </message>
    <message>
        <source>Reports are for consultants and managers.
%1</source>
        <translation>报表仅供销售顾问和经理使用。
%1</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>无法计算报表：%1</translation>
    </message>
    <message>
        <source>Figures as of %1 (%2). Click a bar or double-click a row to list the leads behind it.</source>
        <translation>数据截至 %1（%2）。点击柱形或双击行可列出对应的线索。</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>当地时间</translation>
    </message>
</context>
<context>
    <name>showroom::RulesForm</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>e.g. 1, 3, 7</source>
        <translation>例如 1, 3, 7</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>&amp;Contact a new lead within:</source>
        <translation>新线索须在此时间内联系(&amp;C)：</translation>
    </message>
    <message>
        <source>The default; each lead source can have its own time (see Lead sources). Only business hours count.</source>
        <translation>默认值；每个线索来源可设置各自的时限（参见“线索来源”）。只计算营业时间。</translation>
    </message>
    <message>
        <source>&amp;Tell the manager after a further:</source>
        <translation>再过多久通知经理(&amp;T)：</translation>
    </message>
    <message>
        <source>At the deadline the consultant, or whoever watches the unassigned queue, is reminded; if the lead is still waiting this much later, the manager is notified.</source>
        <translation>到达时限时，会提醒顾问或负责未分配队列的人；如果此后再过这段时间线索仍在等待，则通知经理。</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Call after a first visit on &amp;days:</source>
        <translation>首次到店后的回访日(&amp;D)：</translation>
    </message>
    <message>
        <source>Days after the visit, separated by commas. A call due on a closed day moves to the next business day.</source>
        <translation>到店后的第几天，用逗号分隔。落在非营业日的电话顺延到下一个营业日。</translation>
    </message>
    <message>
        <source>&amp;Reassign invited leads who did not come after:</source>
        <translation>邀约未到店的线索在多久后重新分配(&amp;R)：</translation>
    </message>
    <message>
        <source>Follow-up days are whole numbers above zero, e.g. 1, 3, 7.</source>
        <translation>跟进日必须是大于零的整数，例如 1, 3, 7。</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsForm</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;E)</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>重新显示已保存的值</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store these settings for every desk (Ctrl+S)</source>
        <translation>为所有工位保存这些设置（Ctrl+S）</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsPage</name>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>战败原因</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Response &amp;&amp; follow-ups</source>
        <translation>响应与跟进</translation>
    </message>
    <message>
        <source>Dealership &amp;&amp; hours</source>
        <translation>门店与营业时间</translation>
    </message>
    <message>
        <source>Board cards</source>
        <translation>销售漏斗卡片</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Only managers and administrators can change these settings; you can look at them.</source>
        <translation>只有经理和管理员可以更改这些设置；您可以查看。</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Deals &amp;&amp; after-sales</source>
        <translation>交易与售后</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Lead intake</source>
        <translation>线索接收</translation>
    </message>
</context>
<context>
    <name>showroom::ShareModel</name>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Of the leads</source>
        <translation>线索占比</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Double-click to change; 0 takes no leads under weighted assignment</source>
        <translation>双击修改；份额为 0 时，按权重分配不会分到线索</translation>
    </message>
</context>
<context>
    <name>showroom::SourceDelegate</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
</context>
<context>
    <name>showroom::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>客户价值等级</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Follow the general rule (%1)</source>
        <translation>遵循通用规则（%1）</translation>
    </message>
    <message>
        <source>High: walked in</source>
        <translation>高价值：到店</translation>
    </message>
    <message>
        <source>Value: call, chat or web</source>
        <translation>中等价值：来电、在线咨询或网站</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Double-click to change how soon a new lead from this source must be contacted (business hours)</source>
        <translation>双击修改此来源的新线索须在多长时间内联系（按营业时间计）</translation>
    </message>
    <message>
        <source>Double-click to choose how leads from this source find a consultant</source>
        <translation>双击选择此来源的线索如何分配给顾问</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesSection</name>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours. Double-click a time or an assignment rule to change it; the change is saved at once.</source>
        <translation>新线索必须在其来源的响应时间内联系，只计算营业时间。双击响应时间或分配规则即可修改；更改会立即保存。</translation>
    </message>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours.</source>
        <translation>新线索必须在其来源的响应时间内联系，只计算营业时间。</translation>
    </message>
    <message>
        <source>The lead sources could not be loaded</source>
        <translation>无法加载线索来源</translation>
    </message>
    <message>
        <source>The lead source was not changed</source>
        <translation>线索来源未更改</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesTab</name>
    <message>
        <source>Double-click a source to list its leads</source>
        <translation>双击来源可列出其线索</translation>
    </message>
    <message>
        <source>Double-click a campaign to list its leads</source>
        <translation>双击营销活动可列出其线索</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>来自%1的线索</translation>
    </message>
    <message>
        <source>Leads of the campaign %1</source>
        <translation>营销活动%1的线索</translation>
    </message>
</context>
<context>
    <name>showroom::StageListModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as won</source>
        <translation>固定：将线索关闭为成交</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as lost</source>
        <translation>固定：将线索关闭为战败</translation>
    </message>
    <message>
        <source>Fixed: new leads wait here</source>
        <translation>固定：新线索在此等待</translation>
    </message>
    <message>
        <source>Fixed: a consultant took the lead</source>
        <translation>固定：已有顾问接手该线索</translation>
    </message>
    <message>
        <source>Retired: not on the board</source>
        <translation>已停用：不在销售漏斗中显示</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>在销售漏斗中显示</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>双击或按 F2 重命名</translation>
    </message>
</context>
<context>
    <name>showroom::StagesSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Type a new name for the selected stage (F2)</source>
        <translation>为所选阶段输入新名称（F2）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>One column further left on the board</source>
        <translation>在销售漏斗中左移一列</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>One column further right on the board</source>
        <translation>在销售漏斗中右移一列</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Retired stages leave the board; their history stays in the reports</source>
        <translation>停用的阶段将从销售漏斗中移除；其历史数据保留在报表中</translation>
    </message>
    <message>
        <source>Name of a new stage, e.g. Test drive booked</source>
        <translation>新阶段名称，例如“已约试驾”</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>添加阶段(&amp;A)</translation>
    </message>
    <message>
        <source>The new stage comes last among the open stages, before Won and Lost</source>
        <translation>新阶段排在所有进行中阶段的最后，位于“成交”和“战败”之前</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost. Changes here are saved at once and every desk sees them.</source>
        <translation>销售漏斗从左到右显示进行中的阶段，然后是“成交”和“战败”。此处的更改会立即保存，所有工位都能看到。</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost.</source>
        <translation>销售漏斗从左到右显示进行中的阶段，然后是“成交”和“战败”。</translation>
    </message>
    <message>
        <source>The stages could not be loaded</source>
        <translation>无法加载阶段</translation>
    </message>
    <message>
        <source>The stage was not added</source>
        <translation>阶段未添加</translation>
    </message>
    <message>
        <source>The stage was not renamed</source>
        <translation>阶段未重命名</translation>
    </message>
    <message>
        <source>The stage was not moved</source>
        <translation>阶段未移动</translation>
    </message>
    <message>
        <source>The stage was not restored</source>
        <translation>阶段未恢复</translation>
    </message>
    <message>
        <source>The stage was not retired</source>
        <translation>阶段未停用</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportDialog</name>
    <message>
        <source>Import a stock list</source>
        <translation>导入库存清单</translation>
    </message>
    <message>
        <source>A CSV file: VIN, make, model, … (English or German headers)</source>
        <translation>CSV 文件：车架号、品牌、车型、…（英文或德文表头）</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>Choose a file: every row is checked before anything is written.</source>
        <translation>请选择文件：写入之前会逐行检查。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Stock list</source>
        <translation>库存清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The stock list was not imported</source>
        <translation>库存清单未导入</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>新增 %1，更新 %2，未变 %3，拒绝 %4。</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 Rejected rows are skipped; “Import” writes the others.</source>
        <translation>已检查，尚未写入：%1 被拒绝的行将被跳过；点击“导入”写入其余行。</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportModel</name>
    <message>
        <source>Will be added</source>
        <translation>将新增</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>showroom::StockListModel</name>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Stock no.</source>
        <translation>库存编号</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>车况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>A test-drive car: customers can book it for test drives</source>
        <translation>试驾车：客户可预约其试驾</translation>
    </message>
</context>
<context>
    <name>showroom::StockPage</name>
    <message>
        <source>Condition</source>
        <translation>车况</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Only managers keep the stock list.</source>
        <translation>只有经理可以维护库存车辆。</translation>
    </message>
    <message>
        <source>Add a car to the stock list</source>
        <translation>向库存添加车辆</translation>
    </message>
    <message>
        <source>Edit the selected car</source>
        <translation>编辑所选车辆</translation>
    </message>
    <message>
        <source>Read a stock list (CSV) from the importer or the factory</source>
        <translation>导入进口商或工厂提供的库存清单（CSV）</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Search: any part of the VIN, stock number, make or model</source>
        <translation>搜索：车架号任意部分、库存编号、品牌或车型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>A&amp;vailable only</source>
        <translation>仅可售(&amp;V)</translation>
    </message>
    <message>
        <source>In stock or in transit, not reserved or sold</source>
        <translation>在库或在途，且未预留、未售出</translation>
    </message>
    <message>
        <source>the first %1 vehicles</source>
        <translation>前 %1 辆车</translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 辆车</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::TaskCommentDialog</name>
    <message>
        <source>Comment on a follow-up</source>
        <translation>点评跟进</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>点评</translation>
    </message>
    <message>
        <source>Advice or a question for the consultant</source>
        <translation>给顾问的建议或问题</translation>
    </message>
    <message>
        <source>Advice or a question for %1</source>
        <translation>给 %1 的建议或问题</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
</context>
<context>
    <name>showroom::TestDriveDialog</name>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>尚未选车</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>线索 #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>&amp;Car</source>
        <translation>车辆(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>时长(&amp;U)</translation>
    </message>
    <message>
        <source>Booked that day</source>
        <translation>当天已预约</translation>
    </message>
    <message>
        <source>There is no test-drive car in the stock list yet. A manager marks cars as test-drive cars on the Stock page.</source>
        <translation>库存车辆中还没有试驾车。经理可在“库存”页面将车辆标记为试驾车。</translation>
    </message>
    <message>
        <source>Free all day.</source>
        <translation>全天空闲。</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <translation>%1–%2  %3</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <source>Choose a test-drive car.</source>
        <translation>请选择试驾车。</translation>
    </message>
</context>
<context>
    <name>showroom::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>showroom::TodayModel</name>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Car of interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation>安排来源</translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation>经理点评</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>%1 — nothing</source>
        <translation>%1 — 无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>showroom::TodayPage</name>
    <message>
        <source>Rule · day 7</source>
        <translation>规则 · 第 7 天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>Close the selected task with its result</source>
        <translation>填写结果并完成所选任务</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>点评(&amp;C)…</translation>
    </message>
    <message>
        <source>Comment on the consultant&apos;s follow-up; the consultant is notified</source>
        <translation>点评顾问的跟进；顾问会收到通知</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>添加跟进(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan another follow-up for the same lead</source>
        <translation>为同一线索再安排一次跟进</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>打开客户(&amp;U)</translation>
    </message>
    <message>
        <source>Open the customer card at this lead</source>
        <translation>打开客户档案并定位到该线索</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>所有顾问</translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be loaded: %1</source>
        <translation>无法加载今日任务：%1</translation>
    </message>
</context>
<context>
    <name>showroom::TrafficTiles</name>
    <message>
        <source>Visitors today</source>
        <translation>今日来访</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>已留存信息</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>信息留存率</translation>
    </message>
    <message>
        <source>First-time visitors whose phone or email was captured, out of all first-time visitors today</source>
        <translation>今日首次到店客户中留下电话或邮箱的比例</translation>
    </message>
</context>
<context>
    <name>showroom::VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Check digit verified.</source>
        <translation>校验位已验证。</translation>
    </message>
    <message>
        <source>17 characters, e.g. WVWZZZ1KZAW000001</source>
        <translation>17 位字符，例如 WVWZZZ1KZAW000001</translation>
    </message>
    <message>
        <source>e.g. VW</source>
        <translation>例如 VW</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>例如 Golf</translation>
    </message>
    <message>
        <source>e.g. Life</source>
        <translation>例如 Life</translation>
    </message>
    <message>
        <source>e.g. Moonstone Grey</source>
        <translation>例如 月光石灰</translation>
    </message>
    <message>
        <source>e.g. 32.990,00</source>
        <translation>例如 32990.00</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <source>Test-drive car: customers can book it for test drives</source>
        <translation>试驾车：客户可预约其试驾</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车架号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>品牌(&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>车型(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Trim</source>
        <translation>配置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年款(&amp;Y)</translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation>车况(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>Stock n&amp;umber</source>
        <translation>库存编号(&amp;U)</translation>
    </message>
    <message>
        <source>Reserved, sold and delivered follow the car&apos;s deal.</source>
        <translation>已预留、已售和已交车状态由该车的交易决定。</translation>
    </message>
    <message>
        <source>The vehicle was not saved</source>
        <translation>车辆未保存</translation>
    </message>
</context>
<context>
    <name>showroom::VehicleListModel</name>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 — expected on %2</source>
        <translation>%1 — 预计 %2 到货</translation>
    </message>
    <message>
        <source>%1 — stock no. %2</source>
        <translation>%1 — 库存编号 %2</translation>
    </message>
    <message>
        <source>In transit, %1</source>
        <translation>在途，%1</translation>
    </message>
</context>
<context>
    <name>showroom::VehiclePicker</name>
    <message>
        <source>Car from &amp;stock</source>
        <translation>库存车辆(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Factory order</source>
        <translation>工厂订车(&amp;F)</translation>
    </message>
    <message>
        <source>VIN (any part), stock number, make or model</source>
        <translation>车架号（任意部分）、库存编号、品牌或车型</translation>
    </message>
    <message>
        <source>Make, model, trim, colour and options as ordered</source>
        <translation>按订单填写品牌、车型、配置、颜色和选装</translation>
    </message>
    <message>
        <source>Any make</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>全部车型</translation>
    </message>
    <message>
        <source>Any trim</source>
        <translation>全部配置</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>The stock list could not be read: %1</source>
        <translation>无法读取库存车辆：%1</translation>
    </message>
    <message>
        <source>No available car matches. A factory order is possible.</source>
        <translation>没有符合条件的可售车辆，可以改为工厂订车。</translation>
    </message>
    <message numerus="yes">
        <source>%n available car(s)</source>
        <translation>
            <numerusform>%n 辆可售车辆</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::VisitForm</name>
    <message>
        <source>New walk-in</source>
        <translation>新到店</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>e.g. VW ID.4</source>
        <translation>例如 VW ID.4</translation>
    </message>
    <message>
        <source>&amp;Test drive</source>
        <translation>试驾(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Repeat visit (was here before)</source>
        <translation>再次到店（以前来过）(&amp;R)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation>重新开始（Esc）</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>来意(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>接待顾问(&amp;C)：</translation>
    </message>
    <message>
        <source>M&amp;odel of interest:</source>
        <translation>意向车型(&amp;O)：</translation>
    </message>
    <message>
        <source>Party si&amp;ze:</source>
        <translation>同行人数(&amp;Z)：</translation>
    </message>
    <message>
        <source>Visitor (optional)</source>
        <translation>来访客户（选填）</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>到店时间(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;all at:</source>
        <translation>来电时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Log walk-in</source>
        <translation>登记到店(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>登记来电(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Nobody yet (lead queue)</source>
        <translation>暂未指定（待分配线索）</translation>
    </message>
    <message>
        <source>%1 — off duty</source>
        <translation>%1 — 不在岗</translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation>%1 — 忙碌</translation>
    </message>
    <message numerus="yes">
        <source>%1 — with %Ln visitor(s)</source>
        <translation>
            <numerusform>%1 — 正在接待 %Ln 位来访客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>请检查来访客户的联系方式</translation>
    </message>
    <message>
        <source>The visit was not logged</source>
        <translation>未能完成登记</translation>
    </message>
</context>
<context>
    <name>showroom::VisitListModel</name>
    <message>
        <source>Arrived</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访客户</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>接待顾问</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>No phone or email yet: select the visit and add the contact data</source>
        <translation>尚无电话或邮箱：请选中该到店记录并添加联系方式</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>再次到店</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>匿名来访客户</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 (still here)</source>
        <translation>%1（仍在店内）</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>已留存</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未留存</translation>
    </message>
</context>
</TS>
