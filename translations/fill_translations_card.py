#!/usr/bin/env python3
"""Fills the customer card, contact person and merge messages into the Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts:
    python3 translations/fill_translations_card.py
Covers CardText, ContactPersonService, CustomerCardService, CustomerMergeService and
showroom::ActivityDialog, CheckedField, ConflictDialog, ConsentEditor, ContactPersonDialog,
ContactPersonModel, ContactPersonsTab, CustomerCardDialog, CustomerCardHeader,
CustomerDetailsForm, CustomerLeadsModel, MergeDialog, MergeFieldModel, NewLeadDialog and
TimelineModel.
Messages found here get their translation and lose type="unfinished"; the rest stay as they are.
Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3, zh_CN 1);
showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps
lupdate's layout and escaping, so the .ts files show no unrelated changes.

Terms shared with the other fill scripts: customer Kunde/клиент/клієнт/客户, record
Datensatz/запись/запис/记录, consultant Berater/консультант/консультант/顾问, owner consultant
Zuständiger Berater/Ответственный консультант/Відповідальний консультант/负责顾问, lead
Lead/лид/лід/线索, contact person Ansprechpartner/контактное лицо/контактна особа/联系人, merge
zusammenführen/объединить/об'єднати/合并, consent Einwilligung/согласие/згода/授权 (as in
"营销授权"), value tier Kundenwert/Ценность клиента/Цінність клієнта/客户价值等级 (the label
CustomerFields already uses), customer card Kundenkarte/карточка клиента/картка клієнта/客户档案,
another desk anderer Arbeitsplatz/другое рабочее место/інше робоче місце/另一个工位.
Here: timeline Verlauf/история/історія/时间线; tiers High/Value/General
Hoch/Mittel/Standard, Высокая/Средняя/Обычная, Висока/Середня/Звичайна, 高价值/中等价值/一般;
walk-in (source and timeline entry) Besuch im Autohaus/Визит в салон/Візит до салону/到店;
the card's "Details" tab Stammdaten/Данные/Дані/基本信息.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# Accelerators. The customer card shows its buttons and, on the contact persons tab, that tab's
# buttons in one window, so their letters are unique there:
#   de  N A L S (Notiz, Anruf, Lead, Speichern)  H B E (Hinzufügen, Bearbeiten, Entfernen)
#   ru  З В Л С (заметку, звонок, лид, Сохранить)  Д И У (Добавить, Изменить, Удалить)
#   uk  Н В Л З (нотатку, дзвінок, лід, Зберегти)  Д Р И (Додати, Редагувати, Видалити)
#   zh  N C L S  A E R
# The merge dialog has only &Merge (and Cancel): the letters of the customer list's "&Merge…".

# --- Card texts (values core stores as keys) -----------------------------------------------------
C = "CardText"
tr(C, "Company", "Firma", "Компания", "Компанія", "公司")
tr(C, "Private person", "Privatperson", "Частное лицо", "Приватна особа", "个人")
tr(C, "High value", "Hoch", "Высокая", "Висока", "高价值")
tr(C, "Value", "Mittel", "Средняя", "Середня", "中等价值")
tr(C, "General", "Standard", "Обычная", "Звичайна", "一般")
tr(C, "Decision maker", "Entscheider", "Лицо, принимающее решение", "Особа, що ухвалює рішення",
   "决策人")
tr(C, "Vehicle user", "Fahrzeugnutzer", "Пользователь автомобиля", "Користувач автомобіля",
   "用车人")
tr(C, "Driver", "Fahrer", "Водитель", "Водій", "司机")
tr(C, "Other", "Sonstige", "Другое", "Інше", "其他")
tr(C, "SMS", "SMS", "SMS", "SMS", "短信")
tr(C, "Phone calls", "Anrufe", "Звонки", "Дзвінки", "电话")
tr(C, "Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件")
tr(C, "given", "erteilt", "дано", "надано", "已授权")
tr(C, "never asked", "nie angefragt", "не запрашивалось", "не запитувалася", "从未征询")
tr(C, "given on %1", "erteilt am %1", "дано %1", "надано %1", "已于 %1 授权")
tr(C, "withdrawn on %1", "widerrufen am %1", "отозвано %1", "відкликано %1", "已于 %1 撤回")
tr(C, "Not known", "Unbekannt", "Не указан", "Не вказано", "未知")
tr(C, "German", "Deutsch", "Немецкий", "Німецька", "德语")
tr(C, "English", "Englisch", "Английский", "Англійська", "英语")
tr(C, "Russian", "Russisch", "Русский", "Російська", "俄语")
tr(C, "Ukrainian", "Ukrainisch", "Украинский", "Українська", "乌克兰语")
tr(C, "Chinese (simplified)", "Chinesisch (vereinfacht)", "Китайский (упрощённый)",
   "Китайська (спрощена)", "简体中文")
# Lead sources; "Walk-in" is also the timeline's name for a visit logged at reception.
tr(C, "Walk-in", "Besuch im Autohaus", "Визит в салон", "Візит до салону", "到店")
tr(C, "Phone", "Telefon", "Телефон", "Телефон", "电话")
tr(C, "Website form", "Website-Formular", "Форма на сайте", "Форма на сайті", "网站表单")
tr(C, "Portal", "Autoportal", "Автопортал", "Автопортал", "汽车网站")
tr(C, "Event", "Veranstaltung", "Мероприятие", "Захід", "市场活动")
tr(C, "Referral", "Empfehlung", "Рекомендация", "Рекомендація", "转介绍")
tr(C, "Repurchase", "Wiederkauf", "Повторная покупка", "Повторна покупка", "复购")
# Visit purposes inside the timeline's details ("new car · interested in … · with test drive").
tr(C, "new car", "Neuwagen", "новый автомобиль", "новий автомобіль", "新车")
tr(C, "used car", "Gebrauchtwagen", "автомобиль с пробегом", "вживаний автомобіль", "二手车")
tr(C, "service", "Service", "сервис", "сервіс", "售后服务")
tr(C, "pick-up", "Abholung", "получение авто", "отримання авто", "提车")
tr(C, "other", "Sonstiges", "другое", "інше", "其他")
# Timeline "What" column.
tr(C, "Hotline call", "Anruf über die Hotline", "Звонок на горячую линию",
   "Дзвінок на гарячу лінію", "热线来电")
tr(C, "Visit", "Besuch", "Визит", "Візит", "来访")
tr(C, "Incoming call", "Eingehender Anruf", "Входящий звонок", "Вхідний дзвінок", "来电")
tr(C, "Outgoing call", "Ausgehender Anruf", "Исходящий звонок", "Вихідний дзвінок", "去电")
tr(C, "Call", "Anruf", "Звонок", "Дзвінок", "通话")
tr(C, "Test drive", "Probefahrt", "Тест-драйв", "Тест-драйв", "试驾")
tr(C, "Email received", "E-Mail erhalten", "Получено письмо", "Отримано лист", "收到邮件")
tr(C, "Email sent", "E-Mail gesendet", "Отправлено письмо", "Надіслано лист", "已发邮件")
tr(C, "SMS received", "SMS erhalten", "Получено SMS", "Отримано SMS", "收到短信")
tr(C, "SMS sent", "SMS gesendet", "Отправлено SMS", "Надіслано SMS", "已发短信")
tr(C, "Note", "Notiz", "Заметка", "Нотатка", "备注")
tr(C, "Offer", "Angebot", "Предложение", "Пропозиція", "报价")
tr(C, "Manager comment", "Kommentar der Leitung", "Комментарий руководителя",
   "Коментар керівника", "经理点评")
tr(C, "New lead", "Neuer Lead", "Новый лид", "Новий лід", "新线索")
tr(C, "Stage change", "Phasenwechsel", "Смена этапа", "Зміна етапу", "阶段变更")
tr(C, "Deal signed", "Kaufvertrag unterschrieben", "Договор подписан", "Договір підписано",
   "已签约")
tr(C, "Delivery", "Auslieferung", "Выдача автомобиля", "Видача автомобіля", "交车")
tr(C, "Consent", "Einwilligung", "Согласие", "Згода", "营销授权")
# Timeline "Details" column.
tr(C, "lead #%1", "Lead #%1", "лид №%1", "лід №%1", "线索 #%1")
trn(C, "%n min",
    ["%n min", "%n min"],
    ["%n Min.", "%n Min."],
    ["%n мин", "%n мин", "%n мин"],
    ["%n хв", "%n хв", "%n хв"],
    ["%n 分钟"])
tr(C, "interested in %1", "Interesse an %1", "интересует %1", "цікавить %1", "意向车型：%1")
tr(C, "with test drive", "mit Probefahrt", "с тест-драйвом", "з тест-драйвом", "含试驾")
tr(C, "%1 from %2", "%1, Quelle: %2", "%1, источник: %2", "%1, джерело: %2", "%1，来源：%2")
tr(C, "%1: %2 → %3", "%1: %2 → %3", "%1: %2 → %3", "%1: %2 → %3", "%1：%2 → %3")
tr(C, "%1 handed over", "%1 übergeben", "%1 передан клиенту", "%1 передано клієнту",
   "%1 已交付")
tr(C, "Car", "Fahrzeug", "Автомобиль", "Автомобіль", "车辆")
# %1 is the channel: "Email", "SMS" or "Phone calls" above.
tr(C, "%1 marketing consent given", "%1: Werbeeinwilligung erteilt",
   "%1: согласие на рекламу дано", "%1: згоду на рекламу надано", "已授予%1营销授权")
tr(C, "%1 marketing consent withdrawn", "%1: Werbeeinwilligung widerrufen",
   "%1: согласие на рекламу отозвано", "%1: згоду на рекламу відкликано", "已撤回%1营销授权")

# --- Services ------------------------------------------------------------------------------------
C = "ContactPersonService"
tr(C, "Enter the contact person's first or last name.",
   "Geben Sie den Vor- oder Nachnamen des Ansprechpartners ein.",
   "Введите имя или фамилию контактного лица.",
   "Введіть ім'я або прізвище контактної особи.",
   "请输入联系人的名字或姓氏。")
tr(C, "“%1” was merged into customer #%2; edit that customer instead.",
   "„%1“ wurde mit Kunde #%2 zusammengeführt; bearbeiten Sie stattdessen diesen Kunden.",
   "Запись «%1» объединена с клиентом №%2; редактируйте этого клиента.",
   "Запис «%1» об'єднано з клієнтом №%2; редагуйте цього клієнта.",
   "“%1”已合并到客户 #%2；请改为编辑该客户。")
tr(C, "Only company customers have contact persons; “%1” is a private person.",
   "Nur Firmenkunden haben Ansprechpartner; „%1“ ist eine Privatperson.",
   "Контактные лица есть только у клиентов-компаний; «%1» — частное лицо.",
   "Контактні особи є лише в клієнтів-компаній; «%1» — приватна особа.",
   "只有公司客户才有联系人；“%1”是个人客户。")

C = "CustomerCardService"
tr(C, "“%1” was merged into customer #%2; create the lead there.",
   "„%1“ wurde mit Kunde #%2 zusammengeführt; legen Sie den Lead dort an.",
   "Запись «%1» объединена с клиентом №%2; создайте лид для этого клиента.",
   "Запис «%1» об'єднано з клієнтом №%2; створіть лід для цього клієнта.",
   "“%1”已合并到客户 #%2；请在该客户下创建线索。")
tr(C, "Choose where the lead came from (its source).",
   "Wählen Sie, woher der Lead kommt (seine Quelle).",
   "Укажите, откуда пришёл лид (его источник).",
   "Вкажіть, звідки надійшов лід (його джерело).",
   "请选择线索的来源。")

C = "CustomerMergeService"
tr(C, "A customer record cannot be merged into itself. Choose two different records of the same "
      "customer.",
   "Ein Kundendatensatz kann nicht mit sich selbst zusammengeführt werden. Wählen Sie zwei "
   "verschiedene Datensätze desselben Kunden.",
   "Запись клиента нельзя объединить саму с собой. Выберите две разные записи одного и того же "
   "клиента.",
   "Запис клієнта не можна об'єднати із самим собою. Виберіть два різні записи одного клієнта.",
   "客户记录不能与自身合并。请选择同一客户的两条不同记录。")
tr(C, "The chosen values belong to customer #%1, not to the kept record #%2.",
   "Die gewählten Werte gehören zu Kunde #%1, nicht zum beibehaltenen Datensatz #%2.",
   "Выбранные значения относятся к клиенту №%1, а не к основной записи №%2.",
   "Вибрані значення належать клієнту №%1, а не основному запису №%2.",
   "所选值属于客户 #%1，而不是保留的记录 #%2。")
tr(C, "“%1” (#%2) was already merged into customer #%3. Merge with that customer instead.",
   "„%1“ (#%2) wurde bereits mit Kunde #%3 zusammengeführt. Verwenden Sie stattdessen diesen "
   "Kunden.",
   "Запись «%1» (№%2) уже объединена с клиентом №%3. Объединяйте с этим клиентом.",
   "Запис «%1» (№%2) уже об'єднано з клієнтом №%3. Об'єднуйте з цим клієнтом.",
   "“%1”（#%2）已合并到客户 #%3。请改为与该客户合并。")
tr(C, "Customer “%1” was changed on another desk since you opened the merge. Nothing was merged; "
      "look at the records again and repeat the merge.",
   "Kunde „%1“ wurde an einem anderen Arbeitsplatz geändert, seit Sie das Zusammenführen geöffnet "
   "haben. Es wurde nichts zusammengeführt; prüfen Sie die Datensätze erneut und führen Sie sie "
   "noch einmal zusammen.",
   "Клиент «%1» изменён на другом рабочем месте после того, как вы открыли объединение. Ничего "
   "не объединено; проверьте записи ещё раз и повторите объединение.",
   "Клієнта «%1» змінено на іншому робочому місці після того, як ви відкрили об'єднання. Нічого "
   "не об'єднано; перегляньте записи ще раз і повторіть об'єднання.",
   "自您打开合并窗口后，客户“%1”已在另一个工位上被修改。未进行任何合并；请重新查看记录后再次合并。")
tr(C, "Customer “%1”", "Kunde „%1“", "Клиент «%1»", "Клієнт «%1»", "客户“%1”")
# What moves with a merge, listed after a colon ("moved: 2 leads, 1 visit and 3 activities"):
# nominative forms. "1 …" is its own message; the numerus forms still cover every n.
tr(C, "1 lead", "1 Lead", "1 лид", "1 лід", "1 条线索")
trn(C, "%n leads",
    ["%n lead", "%n leads"],
    ["%n Lead", "%n Leads"],
    ["%n лид", "%n лида", "%n лидов"],
    ["%n лід", "%n ліди", "%n лідів"],
    ["%n 条线索"])
tr(C, "1 visit", "1 Besuch", "1 визит", "1 візит", "1 次到店")
trn(C, "%n visits",
    ["%n visit", "%n visits"],
    ["%n Besuch", "%n Besuche"],
    ["%n визит", "%n визита", "%n визитов"],
    ["%n візит", "%n візити", "%n візитів"],
    ["%n 次到店"])
tr(C, "1 activity", "1 Aktivität", "1 действие", "1 дія", "1 条活动记录")
trn(C, "%n activities",
    ["%n activity", "%n activities"],
    ["%n Aktivität", "%n Aktivitäten"],
    ["%n действие", "%n действия", "%n действий"],
    ["%n дія", "%n дії", "%n дій"],
    ["%n 条活动记录"])
tr(C, "1 deal", "1 Verkauf", "1 сделка", "1 угода", "1 笔成交")
trn(C, "%n deals",
    ["%n deal", "%n deals"],
    ["%n Verkauf", "%n Verkäufe"],
    ["%n сделка", "%n сделки", "%n сделок"],
    ["%n угода", "%n угоди", "%n угод"],
    ["%n 笔成交"])
tr(C, "1 contact person", "1 Ansprechpartner", "1 контактное лицо", "1 контактна особа",
   "1 位联系人")
trn(C, "%n contact persons",
    ["%n contact person", "%n contact persons"],
    ["%n Ansprechpartner", "%n Ansprechpartner"],
    ["%n контактное лицо", "%n контактных лица", "%n контактных лиц"],
    ["%n контактна особа", "%n контактні особи", "%n контактних осіб"],
    ["%n 位联系人"])
tr(C, "1 consent record", "1 Einwilligungseintrag", "1 запись о согласии", "1 запис про згоду",
   "1 条授权记录")
trn(C, "%n consent records",
    ["%n consent record", "%n consent records"],
    ["%n Einwilligungseintrag", "%n Einwilligungseinträge"],
    ["%n запись о согласии", "%n записи о согласии", "%n записей о согласии"],
    ["%n запис про згоду", "%n записи про згоду", "%n записів про згоду"],
    ["%n 条授权记录"])
tr(C, "1 task", "1 Aufgabe", "1 задача", "1 завдання", "1 项任务")
trn(C, "%n tasks",
    ["%n task", "%n tasks"],
    ["%n Aufgabe", "%n Aufgaben"],
    ["%n задача", "%n задачи", "%n задач"],
    ["%n завдання", "%n завдання", "%n завдань"],
    ["%n 项任务"])
tr(C, "1 vehicle", "1 Fahrzeug", "1 автомобиль", "1 автомобіль", "1 辆车")
trn(C, "%n vehicles",
    ["%n vehicle", "%n vehicles"],
    ["%n Fahrzeug", "%n Fahrzeuge"],
    ["%n автомобиль", "%n автомобиля", "%n автомобилей"],
    ["%n автомобіль", "%n автомобілі", "%n автомобілів"],
    ["%n 辆车"])
tr(C, "1 attachment", "1 Anhang", "1 вложение", "1 вкладення", "1 个附件")
trn(C, "%n attachments",
    ["%n attachment", "%n attachments"],
    ["%n Anhang", "%n Anhänge"],
    ["%n вложение", "%n вложения", "%n вложений"],
    ["%n вкладення", "%n вкладення", "%n вкладень"],
    ["%n 个附件"])
tr(C, "1 earlier merged record", "1 früher zusammengeführter Datensatz",
   "1 ранее объединённая запись", "1 раніше об'єднаний запис", "1 条此前合并的记录")
trn(C, "%n earlier merged records",
    ["%n earlier merged record", "%n earlier merged records"],
    ["%n früher zusammengeführter Datensatz", "%n früher zusammengeführte Datensätze"],
    ["%n ранее объединённая запись", "%n ранее объединённые записи",
     "%n ранее объединённых записей"],
    ["%n раніше об'єднаний запис", "%n раніше об'єднані записи", "%n раніше об'єднаних записів"],
    ["%n 条此前合并的记录"])
tr(C, "nothing", "nichts", "ничего", "нічого", "无")

# --- Customer card -------------------------------------------------------------------------------
C = "showroom::CustomerCardDialog"
tr(C, "Manager comment", "Kommentar der Leitung", "Комментарий руководителя",
   "Коментар керівника", "经理点评")  # sizes the timeline column: same as CardText's
tr(C, "Details", "Stammdaten", "Данные", "Дані", "基本信息")
tr(C, "Contact persons", "Ansprechpartner", "Контактные лица", "Контактні особи", "联系人")
tr(C, "Timeline", "Verlauf", "История", "Історія", "时间线")
tr(C, "Leads", "Leads", "Лиды", "Ліди", "线索")
tr(C, "Add &note…", "&Notiz hinzufügen…", "Добавить &заметку…", "Додати &нотатку…",
   "添加备注(&N)…")
tr(C, "Write a note on this customer's timeline",
   "Eine Notiz in den Verlauf dieses Kunden schreiben",
   "Добавить заметку в историю этого клиента",
   "Додати нотатку до історії цього клієнта",
   "在该客户的时间线上添加备注")
tr(C, "Log &call…", "&Anruf erfassen…", "Записать з&вонок…", "Записати дз&вінок…",
   "记录通话(&C)…")
tr(C, "Record a call with this customer", "Ein Telefonat mit diesem Kunden erfassen",
   "Записать звонок с этим клиентом", "Записати дзвінок із цим клієнтом", "记录与该客户的通话")
tr(C, "New &lead…", "Neuer &Lead…", "Новый &лид…", "Новий &лід…", "新建线索(&L)…")
tr(C, "Start a new sales opportunity for this customer",
   "Eine neue Verkaufschance für diesen Kunden anlegen",
   "Создать новую потенциальную сделку для этого клиента",
   "Створити нову потенційну угоду для цього клієнта",
   "为该客户创建新的销售机会")
tr(C, "&Save", "&Speichern", "&Сохранить", "&Зберегти", "保存(&S)")
tr(C, "Save the details (Ctrl+S)", "Stammdaten speichern (Strg+S)", "Сохранить данные (Ctrl+S)",
   "Зберегти дані (Ctrl+S)", "保存基本信息（Ctrl+S）")
tr(C, "Close", "Schließen", "Закрыть", "Закрити", "关闭")
tr(C, "Cannot load customer #%1: %2", "Kunde #%1 kann nicht geladen werden: %2",
   "Не удалось загрузить клиента №%1: %2", "Не вдалося завантажити клієнта №%1: %2",
   "无法加载客户 #%1：%2")
tr(C, "Timeline (%1)", "Verlauf (%1)", "История (%1)", "Історія (%1)", "时间线（%1）")
tr(C, "%1 — customer #%2", "%1 — Kunde #%2", "%1 — клиент №%2", "%1 — клієнт №%2",
   "%1 — 客户 #%2")
tr(C, "Contact persons (%1)", "Ansprechpartner (%1)", "Контактные лица (%1)",
   "Контактні особи (%1)", "联系人（%1）")
tr(C, "Leads (%1)", "Leads (%1)", "Лиды (%1)", "Ліди (%1)", "线索（%1）")
tr(C, "You can look at this customer but not change it.",
   "Sie können diesen Kunden ansehen, aber nicht ändern.",
   "Этого клиента можно просматривать, но не изменять.",
   "Цього клієнта можна переглядати, але не змінювати.",
   "您可以查看该客户，但不能修改。")
tr(C, "Not saved: %1", "Nicht gespeichert: %1", "Не сохранено: %1", "Не збережено: %1",
   "未保存：%1")
tr(C, "Saved.", "Gespeichert.", "Сохранено.", "Збережено.", "已保存。")
tr(C, "Customer not saved", "Kunde nicht gespeichert", "Клиент не сохранён",
   "Клієнта не збережено", "客户未保存")
tr(C, "Not saved: a colleague changed this customer meanwhile. Your edits are still here; save "
      "again to compare them with the stored record.",
   "Nicht gespeichert: Ein Kollege hat diesen Kunden inzwischen geändert. Ihre Eingaben sind "
   "noch da; speichern Sie erneut, um sie mit dem gespeicherten Stand zu vergleichen.",
   "Не сохранено: коллега тем временем изменил этого клиента. Ваши правки на месте; сохраните "
   "ещё раз, чтобы сравнить их с сохранённой записью.",
   "Не збережено: колега тим часом змінив цього клієнта. Ваші зміни на місці; збережіть ще раз, "
   "щоб порівняти їх зі збереженим записом.",
   "未保存：同事在此期间修改了该客户。您的修改仍然保留；再次保存即可与已保存的记录进行比较。")
tr(C, "Nothing to save: the values saved on the other desk were kept.",
   "Nichts zu speichern: Die am anderen Arbeitsplatz gespeicherten Werte wurden übernommen.",
   "Нечего сохранять: оставлены значения, сохранённые на другом рабочем месте.",
   "Нічого зберігати: залишено значення, збережені на іншому робочому місці.",
   "无需保存：已保留另一个工位上保存的值。")
tr(C, "Not saved: this customer keeps changing on another desk. Try again.",
   "Nicht gespeichert: Dieser Kunde wird an einem anderen Arbeitsplatz laufend geändert. "
   "Versuchen Sie es erneut.",
   "Не сохранено: этот клиент постоянно меняется на другом рабочем месте. Повторите попытку.",
   "Не збережено: цей клієнт постійно змінюється на іншому робочому місці. Спробуйте ще раз.",
   "未保存：该客户在另一个工位上不断被修改。请重试。")
tr(C, "Call logged.", "Anruf erfasst.", "Звонок записан.", "Дзвінок записано.", "通话已记录。")
tr(C, "Note added.", "Notiz hinzugefügt.", "Заметка добавлена.", "Нотатку додано.",
   "备注已添加。")
tr(C, "Lead #%1 created.", "Lead #%1 angelegt.", "Лид №%1 создан.", "Лід №%1 створено.",
   "线索 #%1 已创建。")
tr(C, "Unsaved changes", "Ungespeicherte Änderungen", "Несохранённые изменения",
   "Незбережені зміни", "未保存的更改")
tr(C, "You changed %1 but did not save. Close the card and discard your changes?",
   "Sie haben %1 geändert, aber nicht gespeichert. Kundenkarte schließen und Änderungen "
   "verwerfen?",
   "Вы изменили данные клиента %1, но не сохранили их. Закрыть карточку и отменить изменения?",
   "Ви змінили дані клієнта %1, але не зберегли їх. Закрити картку й скасувати зміни?",
   "您修改了 %1 但尚未保存。要关闭客户档案并放弃更改吗？")

C = "showroom::CustomerCardHeader"
tr(C, "Tier: %1", "Kundenwert: %1", "Ценность: %1", "Цінність: %1", "价值等级：%1")
tr(C, "No owner consultant", "Kein zuständiger Berater", "Нет ответственного консультанта",
   "Немає відповідального консультанта", "无负责顾问")
tr(C, "Owner: %1", "Zuständig: %1", "Ответственный: %1", "Відповідальний: %1", "负责顾问：%1")
tr(C, "Bought from us before", "Hat bereits bei uns gekauft", "Уже покупал у нас",
   "Уже купував у нас", "曾在本店购车")
tr(C, "Customer #%1", "Kunde #%1", "Клиент №%1", "Клієнт №%1", "客户 #%1")
tr(C, "This record was merged into customer #%1 and is kept for reference only. Work on that "
      "customer instead.",
   "Dieser Datensatz wurde mit Kunde #%1 zusammengeführt und bleibt nur zum Nachschlagen "
   "erhalten. Arbeiten Sie stattdessen mit diesem Kunden.",
   "Эта запись объединена с клиентом №%1 и сохранена только для справки. Работайте с этим "
   "клиентом.",
   "Цей запис об'єднано з клієнтом №%1, його збережено лише для довідки. Працюйте з цим "
   "клієнтом.",
   "此记录已合并到客户 #%1，仅保留供参考。请改为处理该客户。")
tr(C, "Open #%1", "#%1 öffnen", "Открыть №%1", "Відкрити №%1", "打开 #%1")

C = "showroom::CustomerDetailsForm"
tr(C, "e.g. 0151 23456789 or +49 151 23456789", "z. B. 0151 23456789 oder +49 151 23456789",
   "например, 8 912 345-67-89 или +7 912 345-67-89",
   "наприклад, 067 123 4567 або +380 67 123 4567",
   "例如 138 0013 8000 或 +86 138 0013 8000")
tr(C, "Walk-in: high value; call, chat or web form: value; others: general",
   "Besuch im Autohaus: hoch; Anruf, Chat oder Website-Formular: mittel; sonstige: Standard",
   "Визит в салон — высокая; звонок, чат или форма на сайте — средняя; остальные — обычная",
   "Візит до салону — висока; дзвінок, чат або форма на сайті — середня; інші — звичайна",
   "到店：高价值；来电、在线咨询或网站表单：中等价值；其他：一般")
tr(C, "What colleagues should know about this customer",
   "Was Kollegen über diesen Kunden wissen sollten",
   "Что коллегам нужно знать об этом клиенте",
   "Що колегам варто знати про цього клієнта",
   "同事需要了解的该客户信息")
tr(C, "Customer is a", "Kundenart", "Тип клиента", "Тип клієнта", "客户类型")
tr(C, "First name", "Vorname", "Имя", "Ім'я", "名字")
tr(C, "Last name", "Nachname", "Фамилия", "Прізвище", "姓氏")
tr(C, "Company", "Firma", "Компания", "Компанія", "公司")
tr(C, "Phone", "Telefon", "Телефон", "Телефон", "电话")
tr(C, "Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件")
tr(C, "Street", "Straße", "Улица", "Вулиця", "街道地址")
tr(C, "Postal code, city", "PLZ, Ort", "Индекс, город", "Індекс, місто", "邮政编码、城市")
tr(C, "Language", "Sprache", "Язык", "Мова", "语言")
tr(C, "Value tier", "Kundenwert", "Ценность клиента", "Цінність клієнта", "客户价值等级")
tr(C, "Owner consultant", "Zuständiger Berater", "Ответственный консультант",
   "Відповідальний консультант", "负责顾问")
tr(C, "Marketing consent", "Werbeeinwilligung", "Согласие на рекламу", "Згода на рекламу",
   "营销授权")
tr(C, "Notes", "Notizen", "Заметки", "Нотатки", "备注")
tr(C, "No owner", "Keiner", "Не назначен", "Не призначено", "未指定")
tr(C, "A company customer needs the company name.", "Ein Firmenkunde braucht den Firmennamen.",
   "Для клиента-компании нужно название компании.",
   "Для клієнта-компанії потрібна назва компанії.", "公司客户需要填写公司名称。")
tr(C, "Enter a name, a phone number or an email address.",
   "Geben Sie einen Namen, eine Telefonnummer oder eine E-Mail-Adresse ein.",
   "Введите имя, номер телефона или адрес эл. почты.",
   "Введіть ім'я, номер телефону або адресу ел. пошти.",
   "请输入姓名、电话号码或电子邮件地址。")

C = "showroom::CheckedField"
tr(C, "Saved as %1", "Wird gespeichert als %1", "Сохраняется как %1", "Зберігається як %1",
   "将保存为 %1")

C = "showroom::ConsentEditor"
tr(C, "given — recorded with today's date when you save",
   "erteilt — wird beim Speichern mit dem heutigen Datum erfasst",
   "дано — при сохранении будет записано с сегодняшней датой",
   "надано — під час збереження буде записано із сьогоднішньою датою",
   "已授权——保存时以今天的日期记录")
tr(C, "withdrawn — recorded with today's date when you save",
   "widerrufen — wird beim Speichern mit dem heutigen Datum erfasst",
   "отозвано — при сохранении будет записано с сегодняшней датой",
   "відкликано — під час збереження буде записано із сьогоднішньою датою",
   "已撤回——保存时以今天的日期记录")

C = "showroom::ConflictDialog"
tr(C, "No owner", "Keiner", "Не назначен", "Не призначено", "未指定")
tr(C, "(empty)", "(leer)", "(пусто)", "(порожньо)", "（空）")
tr(C, "Changed on another desk", "An einem anderen Arbeitsplatz geändert",
   "Изменено на другом рабочем месте", "Змінено на іншому робочому місці",
   "已在另一个工位上修改")
tr(C, "<b>%1</b> was saved on another desk while you were editing. Choose for each field which "
      "value to keep; fields you changed are marked and keep your value unless you choose "
      "otherwise.",
   "<b>%1</b> wurde an einem anderen Arbeitsplatz gespeichert, während Sie bearbeitet haben. "
   "Wählen Sie für jedes Feld, welcher Wert bleiben soll; von Ihnen geänderte Felder sind "
   "markiert und behalten Ihren Wert, sofern Sie nichts anderes wählen.",
   "Пока вы редактировали, клиент <b>%1</b> был сохранён на другом рабочем месте. Для каждого "
   "поля выберите, какое значение оставить; изменённые вами поля отмечены и сохранят ваше "
   "значение, если вы не выберете другое.",
   "Поки ви редагували, клієнта <b>%1</b> було збережено на іншому робочому місці. Для кожного "
   "поля виберіть, яке значення залишити; змінені вами поля позначено, і вони збережуть ваше "
   "значення, якщо ви не виберете інше.",
   "在您编辑期间，<b>%1</b> 已在另一个工位上保存。请为每个字段选择要保留的值；您修改过的字段已标出，"
   "除非另行选择，否则将保留您的值。")
tr(C, "Field", "Feld", "Поле", "Поле", "字段")
tr(C, "Your value", "Ihr Wert", "Ваше значение", "Ваше значення", "您的值")
tr(C, "Saved on the other desk", "Am anderen Arbeitsplatz gespeichert",
   "Сохранено на другом рабочем месте", "Збережено на іншому робочому місці",
   "另一个工位保存的值")
tr(C, " (you changed it)", " (von Ihnen geändert)", " (изменено вами)", " (змінено вами)",
   "（您已修改）")
tr(C, "Save the chosen values", "Gewählte Werte speichern", "Сохранить выбранные значения",
   "Зберегти вибрані значення", "保存所选值")
tr(C, "Keep editing; nothing is saved", "Weiter bearbeiten; nichts wird gespeichert",
   "Продолжить редактирование; ничего не сохраняется",
   "Продовжити редагування; нічого не зберігається", "继续编辑；不保存任何内容")

# --- Contact persons -----------------------------------------------------------------------------
C = "showroom::ContactPersonsTab"
tr(C, "Decision maker", "Entscheider", "Лицо, принимающее решение", "Особа, що ухвалює рішення",
   "决策人")  # sizes the role column: same as CardText's
tr(C, "&Add…", "&Hinzufügen…", "&Добавить…", "&Додати…", "添加(&A)…")
tr(C, "&Edit…", "&Bearbeiten…", "&Изменить…", "&Редагувати…", "编辑(&E)…")
tr(C, "&Remove", "&Entfernen", "&Удалить", "В&идалити", "删除(&R)")
tr(C, "Only company customers have contact persons. To add some, set “Customer is a” to Company "
      "on the Details tab and save.",
   "Nur Firmenkunden haben Ansprechpartner. Um welche hinzuzufügen, stellen Sie auf der "
   "Registerkarte „Stammdaten“ die „Kundenart“ auf „Firma“ und speichern Sie.",
   "Контактные лица есть только у клиентов-компаний. Чтобы добавить их, на вкладке «Данные» "
   "выберите в поле «Тип клиента» значение «Компания» и сохраните.",
   "Контактні особи є лише в клієнтів-компаній. Щоб додати їх, на вкладці «Дані» виберіть у "
   "полі «Тип клієнта» значення «Компанія» і збережіть.",
   "只有公司客户才有联系人。如需添加，请在“基本信息”选项卡中将“客户类型”设为“公司”并保存。")
tr(C, "No contact persons yet. Add the decision maker first.",
   "Noch keine Ansprechpartner. Fügen Sie zuerst den Entscheider hinzu.",
   "Контактных лиц пока нет. Сначала добавьте лицо, принимающее решение.",
   "Контактних осіб поки немає. Спочатку додайте особу, що ухвалює рішення.",
   "暂无联系人。请先添加决策人。")
tr(C, "Remove contact person", "Ansprechpartner entfernen", "Удалить контактное лицо",
   "Видалити контактну особу", "删除联系人")
tr(C, "Remove %1 from the contact persons of %2?",
   "%1 aus den Ansprechpartnern von %2 entfernen?",
   "Удалить %1 из контактных лиц клиента %2?",
   "Видалити %1 з контактних осіб клієнта %2?",
   "要将 %1 从 %2 的联系人中删除吗？")
tr(C, "Not removed", "Nicht entfernt", "Не удалено", "Не видалено", "未删除")

C = "showroom::ContactPersonModel"
tr(C, "Role", "Rolle", "Роль", "Роль", "角色")
tr(C, "Name", "Name", "Имя", "Ім'я", "姓名")
tr(C, "Position", "Position", "Должность", "Посада", "职位")
tr(C, "Phone", "Telefon", "Телефон", "Телефон", "电话")
tr(C, "Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件")

C = "showroom::ContactPersonDialog"
tr(C, "Edit contact person", "Ansprechpartner bearbeiten", "Изменить контактное лицо",
   "Редагувати контактну особу", "编辑联系人")
tr(C, "Add a contact person", "Ansprechpartner hinzufügen", "Добавить контактное лицо",
   "Додати контактну особу", "添加联系人")
tr(C, "Save", "Speichern", "Сохранить", "Зберегти", "保存")
tr(C, "Add", "Hinzufügen", "Добавить", "Додати", "添加")
tr(C, "Decision maker: signs (owner, fleet manager). Vehicle user: chooses the car. Driver: "
      "drives a pool car.",
   "Entscheider: unterschreibt (Inhaber, Fuhrparkleiter). Fahrzeugnutzer: wählt das Fahrzeug "
   "aus. Fahrer: fährt ein Poolfahrzeug.",
   "Лицо, принимающее решение: подписывает договор (владелец, руководитель автопарка). "
   "Пользователь автомобиля: выбирает автомобиль. Водитель: ездит на служебном автомобиле.",
   "Особа, що ухвалює рішення: підписує договір (власник, керівник автопарку). Користувач "
   "автомобіля: вибирає автомобіль. Водій: їздить на службовому автомобілі.",
   "决策人：负责签约（老板、车队经理）。用车人：负责选车。司机：驾驶公务用车。")
tr(C, "e.g. Fleet manager", "z. B. Fuhrparkleiter", "например, руководитель автопарка",
   "наприклад, керівник автопарку", "例如 车队经理")
tr(C, "Role", "Rolle", "Роль", "Роль", "角色")
tr(C, "First name", "Vorname", "Имя", "Ім'я", "名字")
tr(C, "Last name", "Nachname", "Фамилия", "Прізвище", "姓氏")
tr(C, "Position", "Position", "Должность", "Посада", "职位")
tr(C, "Phone", "Telefon", "Телефон", "Телефон", "电话")
tr(C, "Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件")

# --- Calls, notes and leads from the card --------------------------------------------------------
C = "showroom::ActivityDialog"
tr(C, "Log a call", "Anruf erfassen", "Запись звонка", "Запис дзвінка", "记录通话")
tr(C, "Add a note", "Notiz hinzufügen", "Новая заметка", "Нова нотатка", "添加备注")
tr(C, "Log call", "Anruf erfassen", "Записать звонок", "Записати дзвінок", "记录通话")
tr(C, "Add note", "Notiz hinzufügen", "Добавить заметку", "Додати нотатку", "添加备注")
tr(C, "What was said, what was agreed", "Was besprochen und was vereinbart wurde",
   "О чём говорили, о чём договорились", "Про що говорили, про що домовилися",
   "沟通了什么，约定了什么")
tr(C, "What colleagues should know", "Was Kollegen wissen sollten", "Что нужно знать коллегам",
   "Що варто знати колегам", "同事需要了解的信息")
tr(C, "Outgoing: we called", "Ausgehend: Wir haben angerufen", "Исходящий: звонили мы",
   "Вихідний: телефонували ми", "去电：我方致电")
tr(C, "Incoming: the customer called", "Eingehend: Der Kunde hat angerufen",
   "Входящий: звонил клиент", "Вхідний: телефонував клієнт", "来电：客户致电")
tr(C, "not known", "unbekannt", "неизвестно", "невідомо", "未知")
tr(C, " min", " Min.", " мин", " хв", " 分钟")
tr(C, "Direction", "Richtung", "Направление", "Напрямок", "方向")
tr(C, "Duration", "Dauer", "Длительность", "Тривалість", "时长")
tr(C, "Notes", "Notizen", "Заметки", "Нотатки", "备注")
tr(C, "Note", "Notiz", "Заметка", "Нотатка", "备注")
tr(C, "No lead", "Kein Lead", "Без лида", "Без ліда", "不关联线索")
tr(C, "#%1 · %2 · %3", "#%1 · %2 · %3", "№%1 · %2 · %3", "№%1 · %2 · %3", "#%1 · %2 · %3")
tr(C, "no vehicle yet", "noch kein Fahrzeug", "автомобиль не выбран", "автомобіль не вибрано",
   "尚未选车")
tr(C, "Lead", "Lead", "Лид", "Лід", "线索")

C = "showroom::NewLeadDialog"
tr(C, "New lead for %1", "Neuer Lead für %1", "Новый лид: %1", "Новий лід: %1",
   "为 %1 新建线索")
tr(C, "Create lead", "Lead anlegen", "Создать лид", "Створити лід", "创建线索")
tr(C, "Choose where the lead came from…", "Herkunft des Leads wählen…",
   "Выберите, откуда пришёл лид…", "Виберіть, звідки надійшов лід…", "请选择线索来源…")
tr(C, "Source", "Quelle", "Источник", "Джерело", "来源")
tr(C, "%1 bought from us before, so this lead counts as a repurchase.",
   "%1 hat bereits bei uns gekauft, daher zählt dieser Lead als Wiederkauf.",
   "Клиент %1 уже покупал у нас, поэтому этот лид считается повторной покупкой.",
   "Клієнт %1 уже купував у нас, тому цей лід вважається повторною покупкою.",
   "%1 曾在本店购车，因此该线索计为复购。")
tr(C, "e.g. VW ID.4 Pro, used estate car up to 20,000",
   "z. B. VW ID.4 Pro, gebrauchter Kombi bis 20.000",
   "например, VW ID.4 Pro, универсал с пробегом до 20 000",
   "наприклад, VW ID.4 Pro, вживаний універсал до 20 000",
   "例如 VW ID.4 Pro、2 万以内的二手旅行车")
tr(C, "Vehicle interest", "Fahrzeugwunsch", "Интересующий автомобиль", "Автомобіль, що цікавить",
   "意向车型")
tr(C, "Unassigned queue", "Nicht zugewiesen (Warteschlange)", "Не назначен (очередь лидов)",
   "Не призначено (черга лідів)", "待分配队列")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")

C = "showroom::CustomerLeadsModel"
tr(C, "Unassigned", "Nicht zugewiesen", "Не назначен", "Не призначено", "未分配")
tr(C, "Lead", "Lead", "Лид", "Лід", "线索")
tr(C, "Stage", "Phase", "Этап", "Етап", "阶段")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")
tr(C, "Source", "Quelle", "Источник", "Джерело", "来源")
tr(C, "Vehicle interest", "Fahrzeugwunsch", "Интересующий автомобиль", "Автомобіль, що цікавить",
   "意向车型")
tr(C, "Created", "Angelegt", "Создан", "Створено", "创建时间")
tr(C, "Closed", "Abgeschlossen", "Закрыт", "Закрито", "关闭时间")

C = "showroom::TimelineModel"
tr(C, "When", "Wann", "Когда", "Коли", "时间")
tr(C, "What", "Was", "Что", "Що", "类型")
tr(C, "Who", "Wer", "Кто", "Хто", "经办人")
tr(C, "Details", "Details", "Подробности", "Подробиці", "详情")

# --- Merging duplicate customers -----------------------------------------------------------------
C = "showroom::MergeDialog"
tr(C, "Merge customers", "Kunden zusammenführen", "Объединение клиентов", "Об'єднання клієнтів",
   "合并客户")
tr(C, "Choose the record to keep and, where the two records differ, the value to keep. "
      "Everything attached to the other record moves to the kept one; the other record is "
      "archived, not deleted.",
   "Wählen Sie den Datensatz, der bleiben soll, und – wo sich die beiden unterscheiden – den "
   "Wert, der bleiben soll. Alles, was dem anderen Datensatz zugeordnet ist, geht auf den "
   "beibehaltenen über; der andere Datensatz wird archiviert, nicht gelöscht.",
   "Выберите запись, которую нужно оставить, а там, где записи различаются, — значение, которое "
   "нужно сохранить. Всё, что привязано к другой записи, перейдёт к основной; другая запись "
   "будет заархивирована, а не удалена.",
   "Виберіть запис, який слід залишити, а там, де записи відрізняються, — значення, яке слід "
   "зберегти. Усе, що прив'язано до іншого запису, перейде до основного; інший запис буде "
   "заархівовано, а не видалено.",
   "请选择要保留的记录，并在两条记录不同之处选择要保留的值。另一条记录关联的所有内容都将转移到保留的记录；"
   "另一条记录将被归档，而不是删除。")
tr(C, "Where the records differ, click the value to keep:",
   "Wo sich die Datensätze unterscheiden, klicken Sie auf den Wert, der bleiben soll:",
   "Там, где записи различаются, щёлкните значение, которое нужно сохранить:",
   "Там, де записи відрізняються, клацніть значення, яке слід зберегти:",
   "两条记录不同之处，请点击要保留的值：")
tr(C, "The two records hold the same values in every field.",
   "Beide Datensätze haben in allen Feldern dieselben Werte.",
   "Во всех полях обеих записей одинаковые значения.",
   "В усіх полях обох записів однакові значення.",
   "两条记录所有字段的值都相同。")
tr(C, "&Merge", "&Zusammenführen", "О&бъединить", "&Об'єднати", "合并(&M)")
tr(C, "Keep this record", "Diesen Datensatz behalten", "Оставить эту запись",
   "Залишити цей запис", "保留此记录")
tr(C, "Phone:", "Telefon:", "Телефон:", "Телефон:", "电话：")
tr(C, "Email:", "E-Mail:", "Эл. почта:", "Ел. пошта:", "电子邮件：")
tr(C, "Address:", "Adresse:", "Адрес:", "Адреса:", "地址：")
tr(C, "Owner:", "Zuständig:", "Ответственный:", "Відповідальний:", "负责顾问：")
tr(C, "Created:", "Angelegt:", "Создано:", "Створено:", "创建时间：")
tr(C, "Attached:", "Zugeordnet:", "Привязано:", "Прив'язано:", "关联内容：")
tr(C, "Customers cannot be merged", "Kunden können nicht zusammengeführt werden",
   "Не удаётся объединить клиентов", "Не вдається об'єднати клієнтів", "无法合并客户")
tr(C, "“%1” (#%2) was already merged into customer #%3.",
   "„%1“ (#%2) wurde bereits mit Kunde #%3 zusammengeführt.",
   "Запись «%1» (№%2) уже объединена с клиентом №%3.",
   "Запис «%1» (№%2) уже об'єднано з клієнтом №%3.",
   "“%1”（#%2）已合并到客户 #%3。")
# %1 is a list such as "2 leads, 1 visit and 3 activities": after a colon, in the nominative.
tr(C, "Merging moves %1 from record #%2 to record #%3. Record #%2 is then archived: it keeps its "
      "data and points to #%3; nothing is deleted.",
   "Beim Zusammenführen wird von Datensatz #%2 auf Datensatz #%3 übertragen: %1. Danach wird "
   "Datensatz #%2 archiviert: Er behält seine Daten und verweist auf #%3; gelöscht wird nichts.",
   "Объединение перенесёт из записи №%2 в запись №%3: %1. Затем запись №%2 будет "
   "заархивирована: она сохранит свои данные и будет ссылаться на №%3; ничего не удаляется.",
   "Об'єднання перенесе із запису №%2 до запису №%3: %1. Потім запис №%2 буде заархівовано: "
   "він збереже свої дані й посилатиметься на №%3; нічого не видаляється.",
   "合并会将 %1 从记录 #%2 转移到记录 #%3。随后记录 #%2 将被归档：其数据保留，并指向 #%3；"
   "不会删除任何内容。")
tr(C, "Record #%1 has nothing attached. Merging archives it: it keeps its data and points to "
      "#%2; nothing is deleted.",
   "Dem Datensatz #%1 ist nichts zugeordnet. Das Zusammenführen archiviert ihn: Er behält seine "
   "Daten und verweist auf #%2; gelöscht wird nichts.",
   "К записи №%1 ничего не привязано. При объединении она будет заархивирована: сохранит свои "
   "данные и будет ссылаться на №%2; ничего не удаляется.",
   "До запису №%1 нічого не прив'язано. Під час об'єднання його буде заархівовано: він збереже "
   "свої дані й посилатиметься на №%2; нічого не видаляється.",
   "记录 #%1 没有任何关联内容。合并后它将被归档：其数据保留，并指向 #%2；不会删除任何内容。")
tr(C, "%1  #%2", "%1  #%2", "%1  №%2", "%1  №%2", "%1  #%2")
tr(C, "nobody", "niemand", "не назначен", "не призначено", "无")
tr(C, "Customers not merged", "Kunden nicht zusammengeführt", "Клиенты не объединены",
   "Клієнтів не об'єднано", "客户未合并")

C = "showroom::MergeFieldModel"
tr(C, "High (walk-in)", "Hoch (Besuch im Autohaus)", "Высокая (визит в салон)",
   "Висока (візит до салону)", "高价值（到店）")
tr(C, "Value (call, chat, web)", "Mittel (Anruf, Chat, Web)", "Средняя (звонок, чат, сайт)",
   "Середня (дзвінок, чат, сайт)", "中等价值（来电、在线咨询、网站）")
tr(C, "General", "Standard", "Обычная", "Звичайна", "一般")
tr(C, "(empty)", "(leer)", "(пусто)", "(порожньо)", "（空）")
tr(C, "kept", "beibehalten", "сохраняется", "зберігається", "保留")
tr(C, "not kept", "nicht beibehalten", "не сохраняется", "не зберігається", "不保留")
tr(C, "Field", "Feld", "Поле", "Поле", "字段")
tr(C, "Kept record #%1", "Beibehaltener Datensatz #%1", "Основная запись №%1",
   "Основний запис №%1", "保留的记录 #%1")
tr(C, "Merged record #%1", "Zusammengeführter Datensatz #%1", "Присоединяемая запись №%1",
   "Приєднуваний запис №%1", "被合并的记录 #%1")


table.run(checks=ts_fill.BASIC_CHECKS, skip_vanished=False)
