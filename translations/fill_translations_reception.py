#!/usr/bin/env python3
"""Fills the reception desk, visit and customer-field messages into the Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts:
    python3 translations/fill_translations_reception.py
Covers showroom::AddContactDialog, showroom::ContactFields, showroom::ReceptionPage,
showroom::TrafficTiles, showroom::VisitForm, showroom::VisitListModel, VisitService,
SettingsService, CustomerFields, DemoGenerator and the new texts of Labels,
showroom::CustomerListPage, CustomerService, Storage and showroom::MainWindow.
Messages found here get their translation and lose type="unfinished"; the rest stay as they are.
Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3, zh_CN 1);
showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps
lupdate's layout and escaping, so the .ts files show no unrelated changes.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# Accelerators: the reception page shows the visit form, the contact fields and the page buttons
# at once (under the main menus &File, &View, &Help), so their letters are chosen to be unique:
#   de  P S L B W Z U E T V N M K G F   (menus D A H)
#   ru  Т П Ц К М Ч Х/Н З Е И Л О Д У Р (menus Ф В С)
#   uk  Т П М К Ц О Х/Н З Е І Щ Л А Ш Р (menus Ф В Д)
#   zh  T R U C O Z A L P M N E K D S   (menus F V H)

# --- Reception page ------------------------------------------------------------------------------
C = "showroom::ReceptionPage"
tr(C, "Add &contact…", "&Kontakt hinzufügen…", "&Добавить контакт…", "Дод&ати контакт…",
   "添加联系方式(&K)…")
tr(C, "Add the phone or email this visitor gave (Ctrl+K)",
   "Telefonnummer oder E-Mail erfassen, die dieser Besucher angegeben hat (Strg+K)",
   "Добавить телефон или эл. почту, которые оставил посетитель (Ctrl+K)",
   "Додати телефон або ел. пошту, які залишив відвідувач (Ctrl+K)",
   "添加该来访客户留下的电话或邮箱（Ctrl+K）")
tr(C, "Visitor &left", "Besucher &gegangen", "Посетитель &ушёл", "Відвідувач пі&шов",
   "客户离店(&D)")
tr(C, "Record the departure time now (Ctrl+D)",
   "Uhrzeit des Weggangs jetzt erfassen (Strg+D)",
   "Зафиксировать время ухода сейчас (Ctrl+D)",
   "Зафіксувати час виходу зараз (Ctrl+D)",
   "立即记录离店时间（Ctrl+D）")
tr(C, "Open c&ustomer", "Kunde ö&ffnen", "Отк&рыть клиента", "Відк&рити клієнта", "打开客户(&S)")
tr(C, "Today's visitors and calls", "Heutige Besucher und Anrufe", "Посетители и звонки за сегодня",
   "Відвідувачі та дзвінки за сьогодні", "今日来访与来电")
tr(C, "Reception", "Empfang", "Ресепшн", "Рецепція", "前台接待")
tr(C, "Today's visits could not be loaded", "Die heutigen Besuche konnten nicht geladen werden",
   "Не удалось загрузить сегодняшние визиты", "Не вдалося завантажити сьогоднішні візити",
   "无法加载今日到店记录")
tr(C, "The departure was not recorded", "Der Weggang wurde nicht erfasst",
   "Время ухода не записано", "Час виходу не записано", "离店时间未记录")

C = "showroom::TrafficTiles"
tr(C, "Visitors today", "Besucher heute", "Посетителей сегодня", "Відвідувачів сьогодні",
   "今日来访")
tr(C, "First visits", "Erstbesuche", "Первые визиты", "Перші візити", "首次到店")
tr(C, "Contact captured", "Kontakt erfasst", "Контакт сохранён", "Контакт збережено", "已留存信息")
tr(C, "Info-retention rate", "Kontakterfassungsquote", "Доля сохранённых контактов",
   "Частка збережених контактів", "信息留存率")
tr(C, "First-time visitors whose phone or email was captured, out of all first-time visitors "
      "today",
   "Anteil der heutigen Erstbesucher, deren Telefonnummer oder E-Mail erfasst wurde",
   "Доля посетителей с первым визитом, чей телефон или эл. почта сохранены, среди всех "
   "посетителей с первым визитом за сегодня",
   "Частка відвідувачів із першим візитом, чий телефон або ел. пошту збережено, серед усіх "
   "відвідувачів із першим візитом за сьогодні",
   "今日首次到店客户中留下电话或邮箱的比例")

# --- Visit form ----------------------------------------------------------------------------------
C = "showroom::VisitForm"
tr(C, "New walk-in", "Neuer Besuch", "Новый визит", "Новий візит", "新到店")
tr(C, "Hotline call", "Anruf über die Hotline", "Звонок на горячую линию",
   "Дзвінок на гарячу лінію", "热线来电")
tr(C, "e.g. VW ID.4", "z. B. VW ID.4", "например, VW ID.4", "наприклад, VW ID.4", "例如 VW ID.4")
tr(C, "&Test drive", "&Probefahrt", "&Тест-драйв", "&Тест-драйв", "试驾(&T)")
tr(C, "&Repeat visit (was here before)", "Folgebe&such (war schon einmal hier)",
   "&Повторный визит (уже был у нас)", "&Повторний візит (уже був у нас)",
   "再次到店（以前来过）(&R)")
tr(C, "Clear", "Leeren", "Очистить", "Очистити", "清空")
tr(C, "Start over (Esc)", "Neu beginnen (Esc)", "Начать заново (Esc)", "Почати заново (Esc)",
   "重新开始（Esc）")
tr(C, "P&urpose:", "An&liegen:", "&Цель:", "&Мета:", "来意(&U)：")
tr(C, "&Consultant:", "&Berater:", "&Консультант:", "&Консультант:", "接待顾问(&C)：")
tr(C, "M&odel of interest:", "&Wunschmodell:", "Интересующая &модель:", "Модель, що &цікавить:",
   "意向车型(&O)：")
tr(C, "Party si&ze:", "Personen&zahl:", "Количество &человек:", "Кількість &осіб:",
   "同行人数(&Z)：")
tr(C, "Visitor (optional)", "Besucher (optional)", "Посетитель (необязательно)",
   "Відвідувач (необов'язково)", "来访客户（选填）")
tr(C, "&Arrived at:", "Ankunft &um:", "Время при&хода:", "Час при&ходу:", "到店时间(&A)：")
tr(C, "C&all at:", "Anruf &um:", "Время зво&нка:", "Час дзві&нка:", "来电时间(&A)：")
tr(C, "&Log walk-in", "Besuch &erfassen", "&Зарегистрировать визит", "&Зареєструвати візит",
   "登记到店(&L)")
tr(C, "&Log call", "Anruf &erfassen", "&Зарегистрировать звонок", "&Зареєструвати дзвінок",
   "登记来电(&L)")
tr(C, "Ctrl+Enter", "Strg+Enter", "Ctrl+Enter", "Ctrl+Enter", "Ctrl+Enter")
tr(C, "Nobody yet (lead queue)", "Noch niemand (Lead-Warteschlange)", "Пока никто (очередь лидов)",
   "Поки ніхто (черга лідів)", "暂未指定（待分配线索）")
tr(C, "%1 — off duty", "%1 — nicht im Dienst", "%1 — не на смене", "%1 — не на зміні",
   "%1 — 不在岗")
tr(C, "%1 — busy", "%1 — beschäftigt", "%1 — занят(а)", "%1 — зайнятий(-а)", "%1 — 忙碌")
trn(C, "%1 — with %Ln visitor(s)",
    ["%1 — with %Ln visitor", "%1 — with %Ln visitors"],
    ["%1 — mit %Ln Besucher", "%1 — mit %Ln Besuchern"],
    ["%1 — с %Ln посетителем", "%1 — с %Ln посетителями", "%1 — с %Ln посетителями"],
    ["%1 — з %Ln відвідувачем", "%1 — з %Ln відвідувачами", "%1 — з %Ln відвідувачами"],
    ["%1 — 正在接待 %Ln 位来访客户"])
tr(C, "Check the visitor's contact data", "Kontaktdaten des Besuchers prüfen",
   "Проверьте контактные данные посетителя", "Перевірте контактні дані відвідувача",
   "请检查来访客户的联系方式")
tr(C, "The visit was not logged", "Der Besuch wurde nicht erfasst", "Визит не зарегистрирован",
   "Візит не зареєстровано", "未能完成登记")

C = "showroom::ContactFields"
tr(C, "e.g. 0151 2345678 or +49 151 2345678", "z. B. 0151 2345678 oder +49 151 2345678",
   "например, 8 912 345-67-89 или +7 912 345-67-89",
   "наприклад, 067 123 4567 або +380 67 123 4567",
   "例如 138 0013 8000 或 +86 138 0013 8000")
tr(C, "Enter or Ctrl+L links the visit to the selected customer",
   "Eingabetaste oder Strg+L verknüpft den Besuch mit dem gewählten Kunden",
   "Enter или Ctrl+L — привязать визит к выбранному клиенту",
   "Enter або Ctrl+L — прив'язати візит до вибраного клієнта",
   "按 Enter 或 Ctrl+L 将此次到店关联到所选客户")
tr(C, "Unlink", "Verknüpfung lösen", "Отвязать", "Відв'язати", "取消关联")
tr(C, "&Phone:", "&Telefon:", "Т&елефон:", "Т&елефон:", "电话(&P)：")
tr(C, "First na&me:", "&Vorname:", "&Имя:", "&Ім'я:", "名字(&M)：")
tr(C, "&Last name:", "&Nachname:", "Фами&лия:", "Прізви&ще:", "姓氏(&N)：")
tr(C, "E&mail:", "E-&Mail:", "Эл. п&очта:", "Е&л. пошта:", "电子邮件(&E)：")
tr(C, "Linked to customer <b>%1</b> (#%2): the visit is added to this customer; empty fields of "
      "the record are filled in from what you typed.",
   "Mit Kunde <b>%1</b> (#%2) verknüpft: Der Besuch wird diesem Kunden zugeordnet; leere Felder "
   "des Datensatzes werden mit Ihren Eingaben gefüllt.",
   "Привязано к клиенту <b>%1</b> (№%2): визит будет добавлен этому клиенту; пустые поля "
   "карточки заполнятся введёнными данными.",
   "Прив'язано до клієнта <b>%1</b> (№%2): візит буде додано цьому клієнту; порожні поля "
   "картки заповняться введеними даними.",
   "已关联到客户 <b>%1</b>（#%2）：此次到店将记入该客户；客户记录中的空白字段将用您输入的内容补全。")
tr(C, "Same phone", "Gleiche Telefonnummer", "Тот же телефон", "Той самий телефон", "电话相同")
tr(C, "Same email", "Gleiche E-Mail", "Та же почта", "Та сама пошта", "邮箱相同")
tr(C, "Same name", "Gleicher Name", "То же имя", "Те саме ім'я", "姓名相同")
tr(C, "<b>This phone number belongs to a customer.</b> Press Ctrl+L to add the visit to them "
      "instead of creating a duplicate.",
   "<b>Diese Telefonnummer gehört zu einem Kunden.</b> Drücken Sie Strg+L, um den Besuch diesem "
   "Kunden zuzuordnen, statt ein Duplikat anzulegen.",
   "<b>Этот номер телефона принадлежит клиенту.</b> Нажмите Ctrl+L, чтобы добавить визит ему, "
   "а не создавать дубликат.",
   "<b>Цей номер телефону належить клієнту.</b> Натисніть Ctrl+L, щоб додати візит йому, а не "
   "створювати дублікат.",
   "<b>此电话号码属于一位现有客户。</b>按 Ctrl+L 将此次到店记入该客户，避免创建重复记录。")
tr(C, "Possible matches. Ctrl+L links the visit to the selected customer.",
   "Mögliche Treffer. Strg+L verknüpft den Besuch mit dem gewählten Kunden.",
   "Возможные совпадения. Ctrl+L привязывает визит к выбранному клиенту.",
   "Можливі збіги. Ctrl+L прив'язує візит до вибраного клієнта.",
   "可能的匹配。按 Ctrl+L 将此次到店关联到所选客户。")

C = "showroom::AddContactDialog"
tr(C, "Add the visitor's contact data", "Kontaktdaten des Besuchers hinzufügen",
   "Добавить контактные данные посетителя", "Додати контактні дані відвідувача",
   "添加来访客户的联系方式")
tr(C, "Visit at %1. Whatever the visitor gives counts: a phone number or an email address "
      "captures the contact and opens a lead for the consultant.",
   "Besuch um %1. Jede Angabe des Besuchers zählt: Eine Telefonnummer oder E-Mail-Adresse "
   "erfasst den Kontakt und legt einen Lead für den Berater an.",
   "Визит в %1. Важно всё, что оставил посетитель: номер телефона или адрес эл. почты "
   "сохраняет контакт и создаёт лид для консультанта.",
   "Візит о %1. Важливо все, що залишив відвідувач: номер телефону або адреса ел. пошти "
   "зберігає контакт і створює лід для консультанта.",
   "到店时间 %1。来访客户留下的任何信息都有用：留下电话号码或电子邮件地址即完成信息留存，"
   "并为顾问创建一条线索。")
tr(C, "Check the visitor's contact data", "Kontaktdaten des Besuchers prüfen",
   "Проверьте контактные данные посетителя", "Перевірте контактні дані відвідувача",
   "请检查来访客户的联系方式")
tr(C, "The contact data was not saved", "Die Kontaktdaten wurden nicht gespeichert",
   "Контактные данные не сохранены", "Контактні дані не збережено", "联系方式未保存")

C = "showroom::VisitListModel"
tr(C, "Arrived", "Ankunft", "Приход", "Прихід", "到店时间")
tr(C, "Type", "Art", "Тип", "Тип", "类型")
tr(C, "Visitor", "Besucher", "Посетитель", "Відвідувач", "来访客户")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "接待顾问")
tr(C, "Duration", "Dauer", "Длительность", "Тривалість", "时长")
tr(C, "Contact", "Kontakt", "Контакт", "Контакт", "联系方式")
tr(C, "Lead", "Lead", "Лид", "Лід", "线索")
tr(C, "No phone or email yet: select the visit and add the contact data",
   "Noch keine Telefonnummer oder E-Mail: Besuch auswählen und Kontaktdaten hinzufügen",
   "Телефона или эл. почты пока нет: выберите визит и добавьте контактные данные",
   "Телефону чи ел. пошти поки немає: виберіть візит і додайте контактні дані",
   "尚无电话或邮箱：请选中该到店记录并添加联系方式")
tr(C, "Call", "Anruf", "Звонок", "Дзвінок", "来电")
tr(C, "First visit", "Erstbesuch", "Первый визит", "Перший візит", "首次到店")
tr(C, "Repeat visit", "Folgebesuch", "Повторный визит", "Повторний візит", "再次到店")
tr(C, "Anonymous visitor", "Anonymer Besucher", "Анонимный посетитель", "Анонімний відвідувач",
   "匿名来访客户")
tr(C, "%1 min", "%1 Min.", "%1 мин", "%1 хв", "%1 分钟")
tr(C, "%1 (still here)", "%1 (noch da)", "%1 (ещё здесь)", "%1 (ще тут)", "%1（仍在店内）")
tr(C, "captured", "erfasst", "сохранён", "збережено", "已留存")
tr(C, "missing", "fehlt", "нет", "немає", "未留存")

# --- Customer list and main window ---------------------------------------------------------------
C = "showroom::CustomerListPage"
tr(C, "&Open", "Ö&ffnen", "&Открыть", "Відк&рити", "打开(&O)")
tr(C, "Open the customer card (Enter or double-click)",
   "Kundenkarte öffnen (Eingabetaste oder Doppelklick)",
   "Открыть карточку клиента (Enter или двойной щелчок)",
   "Відкрити картку клієнта (Enter або подвійне клацання)",
   "打开客户档案（Enter 或双击）")
tr(C, "&Merge…", "&Zusammenführen…", "О&бъединить…", "&Об'єднати…", "合并(&M)…")
tr(C, "Select two records of the same customer to merge them",
   "Zwei Datensätze desselben Kunden auswählen, um sie zusammenzuführen",
   "Выберите две записи одного и того же клиента, чтобы объединить их",
   "Виберіть два записи одного клієнта, щоб об'єднати їх",
   "选择同一客户的两条记录以进行合并")

C = "showroom::MainWindow"
tr(C, "Merged customer #%1 into #%2 (%3): moved %4.",
   "Kunde #%1 wurde mit #%2 (%3) zusammengeführt; übertragen: %4.",
   "Клиент №%1 объединён с №%2 (%3), перенесено: %4.",
   "Клієнта №%1 об'єднано з №%2 (%3), перенесено: %4.",
   "已将客户 #%1 合并到 #%2（%3），已转移：%4。")

# --- Shared labels: purposes of a visit ----------------------------------------------------------
C = "Labels"
tr(C, "New car", "Neuwagen", "Новый автомобиль", "Новий автомобіль", "新车")
tr(C, "Used car", "Gebrauchtwagen", "Автомобиль с пробегом", "Вживаний автомобіль", "二手车")
tr(C, "Service", "Service", "Сервис", "Сервіс", "售后服务")
tr(C, "Pick-up / delivery", "Abholung / Auslieferung", "Получение / выдача авто",
   "Отримання / видача авто", "提车 / 交车")
tr(C, "Other", "Sonstiges", "Другое", "Інше", "其他")

# --- Customer fields (card, merge and conflict dialogs) ------------------------------------------
C = "CustomerFields"
tr(C, "Person or company", "Person oder Firma", "Частное лицо или компания",
   "Приватна особа чи компанія", "个人或公司")
tr(C, "First name", "Vorname", "Имя", "Ім'я", "名字")
tr(C, "Last name", "Nachname", "Фамилия", "Прізвище", "姓氏")
tr(C, "Company", "Firma", "Компания", "Компанія", "公司")
tr(C, "Phone", "Telefon", "Телефон", "Телефон", "电话")
tr(C, "Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件")
tr(C, "Street", "Straße", "Улица", "Вулиця", "街道地址")
tr(C, "Postal code", "PLZ", "Почтовый индекс", "Поштовий індекс", "邮政编码")
tr(C, "City", "Ort", "Город", "Місто", "城市")
tr(C, "Language", "Sprache", "Язык", "Мова", "语言")
tr(C, "Value tier", "Kundenwert", "Ценность клиента", "Цінність клієнта", "客户价值等级")
tr(C, "Owner consultant", "Zuständiger Berater", "Ответственный консультант",
   "Відповідальний консультант", "负责顾问")
tr(C, "Email marketing consent", "Einwilligung E-Mail-Werbung",
   "Согласие на рассылку по эл. почте", "Згода на розсилку ел. поштою", "电子邮件营销授权")
tr(C, "SMS marketing consent", "Einwilligung SMS-Werbung", "Согласие на SMS-рассылку",
   "Згода на SMS-розсилку", "短信营销授权")
tr(C, "Phone marketing consent", "Einwilligung Telefonwerbung", "Согласие на рекламные звонки",
   "Згода на рекламні дзвінки", "电话营销授权")
tr(C, "Notes", "Notizen", "Заметки", "Нотатки", "备注")
tr(C, "Person", "Person", "Частное лицо", "Приватна особа", "个人")
tr(C, "given", "erteilt", "дано", "надано", "已授权")
tr(C, "given on %1", "erteilt am %1", "дано %1", "надано %1", "已于 %1 授权")
tr(C, "withdrawn on %1", "widerrufen am %1", "отозвано %1", "відкликано %1", "已于 %1 撤回")

# --- Services and storage ------------------------------------------------------------------------
C = "VisitService"
tr(C, "Customer #%1 was merged into #%2; link the visit to that one.",
   "Kunde #%1 wurde mit #%2 zusammengeführt; verknüpfen Sie den Besuch mit #%2.",
   "Клиент №%1 объединён с №%2; привяжите визит к клиенту №%2.",
   "Клієнта №%1 об'єднано з №%2; прив'яжіть візит до клієнта №%2.",
   "客户 #%1 已合并到 #%2；请将此次到店关联到 #%2。")
tr(C, "The party size must be between 1 and 99.", "Die Personenzahl muss zwischen 1 und 99 liegen.",
   "Количество человек должно быть от 1 до 99.", "Кількість осіб має бути від 1 до 99.",
   "同行人数必须在 1 到 99 之间。")
tr(C, "The arrival time cannot be in the future.",
   "Die Ankunftszeit darf nicht in der Zukunft liegen.",
   "Время прихода не может быть в будущем.", "Час приходу не може бути в майбутньому.",
   "到店时间不能晚于当前时间。")
tr(C, "%1 cannot take visitors.", "%1 kann keine Besucher übernehmen.",
   "%1 не может принимать посетителей.", "%1 не може приймати відвідувачів.",
   "%1 不能接待来访客户。")
tr(C, "Enter the visitor's name, phone number or email address.",
   "Geben Sie Name, Telefonnummer oder E-Mail-Adresse des Besuchers ein.",
   "Введите имя, номер телефона или адрес эл. почты посетителя.",
   "Введіть ім'я, номер телефону або адресу ел. пошти відвідувача.",
   "请输入来访客户的姓名、电话号码或电子邮件地址。")
tr(C, "Visit #%1 already belongs to another customer.",
   "Besuch #%1 gehört bereits zu einem anderen Kunden.",
   "Визит №%1 уже привязан к другому клиенту.", "Візит №%1 уже прив'язано до іншого клієнта.",
   "到店记录 #%1 已属于另一位客户。")
tr(C, "The departure time cannot be in the future.",
   "Die Uhrzeit des Weggangs darf nicht in der Zukunft liegen.",
   "Время ухода не может быть в будущем.", "Час виходу не може бути в майбутньому.",
   "离店时间不能晚于当前时间。")
tr(C, "This visitor already left at %1.", "Dieser Besucher ist bereits um %1 gegangen.",
   "Этот посетитель уже ушёл в %1.", "Цей відвідувач уже пішов о %1.",
   "该来访客户已于 %1 离店。")
tr(C, "The departure time is before the arrival time.", "Der Weggang liegt vor der Ankunft.",
   "Время ухода раньше времени прихода.", "Час виходу раніший за час приходу.",
   "离店时间早于到店时间。")
tr(C, "The period ends before it begins.", "Der Zeitraum endet, bevor er beginnt.",
   "Период заканчивается раньше, чем начинается.", "Період закінчується раніше, ніж починається.",
   "时间段的结束早于开始。")

C = "SettingsService"
tr(C, "There is no setting “%1”.", "Es gibt keine Einstellung „%1“.", "Настройки «%1» нет.",
   "Налаштування «%1» немає.", "不存在设置“%1”。")
tr(C, "“%1” is not a country code for phone numbers; use two letters such as DE, AT, CH, RU, UA "
      "or CN.",
   "„%1“ ist kein Ländercode für Telefonnummern; verwenden Sie zwei Buchstaben wie DE, AT, CH, "
   "RU, UA oder CN.",
   "«%1» — не код страны для телефонных номеров; используйте две латинские буквы, например DE, "
   "AT, CH, RU, UA или CN.",
   "«%1» — не код країни для телефонних номерів; використовуйте дві латинські літери, наприклад "
   "DE, AT, CH, RU, UA або CN.",
   "“%1”不是电话号码的国家/地区代码；请使用两个字母，例如 DE、AT、CH、RU、UA 或 CN。")

C = "CustomerService"
tr(C, "Enter a name, a phone number or an email address.",
   "Geben Sie einen Namen, eine Telefonnummer oder eine E-Mail-Adresse ein.",
   "Введите имя, номер телефона или адрес эл. почты.",
   "Введіть ім'я, номер телефону або адресу ел. пошти.",
   "请输入姓名、电话号码或电子邮件地址。")

C = "Storage"
tr(C, "Contact person “%1”", "Ansprechpartner „%1“", "Контактное лицо «%1»",
   "Контактна особа «%1»", "联系人“%1”")
tr(C, "There is no contact person #%1.", "Es gibt keinen Ansprechpartner #%1.",
   "Контактного лица №%1 нет.", "Контактної особи №%1 немає.", "不存在联系人 #%1。")
tr(C, "%1 was changed on another desk since you opened it. It was not removed; reload to see the "
      "current state.",
   "%1 wurde an einem anderen Arbeitsplatz geändert, seit Sie den Eintrag geöffnet haben. Er "
   "wurde nicht entfernt; laden Sie neu, um den aktuellen Stand zu sehen.",
   "%1: запись изменена на другом рабочем месте после того, как вы её открыли. Она не удалена; "
   "обновите данные, чтобы увидеть текущее состояние.",
   "%1: запис змінено на іншому робочому місці після того, як ви його відкрили. Його не "
   "видалено; оновіть дані, щоб побачити поточний стан.",
   "自您打开后，%1 已在另一个工位上被修改，因此未被删除；请重新加载查看当前状态。")
tr(C, "There is no visit #%1.", "Es gibt keinen Besuch #%1.", "Визита №%1 нет.",
   "Візиту №%1 немає.", "不存在到店记录 #%1。")
tr(C, "Visit #%1", "Besuch #%1", "Визит №%1", "Візит №%1", "到店记录 #%1")

# --- Demo data progress and errors (core/storage/demo) -------------------------------------------
# The texts moved here from the unnamed context; they are the ones of fill_translations_core.py.
C = "DemoGenerator"
tr(C, "users", "Benutzer", "пользователи", "користувачі", "用户")
tr(C, "vehicles", "Fahrzeuge", "автомобили", "автомобілі", "车辆")
tr(C, "anonymous visits", "anonyme Besuche", "анонимные визиты", "анонімні візити", "匿名到店记录")
tr(C, "indexes", "Indizes", "индексы", "індекси", "索引")
tr(C, "search index", "Suchindex", "поисковый индекс", "пошуковий індекс", "搜索索引")
tr(C, "saving", "Speichern", "сохранение", "збереження", "保存")
tr(C, "statistics", "Statistik", "статистика", "статистика", "统计信息")
tr(C, "The database lacks the default entry “%1” in %2 that the demo data needs.",
   "In der Datenbank fehlt der Standardeintrag „%1“ in %2, den die Demodaten brauchen.",
   "В базе данных нет стандартной записи «%1» в %2, нужной для демонстрационных данных.",
   "У базі даних немає стандартного запису «%1» у %2, потрібного для демонстраційних даних.",
   "数据库缺少演示数据所需的默认条目“%1”（位于 %2）。")
tr(C, "The number of demo customers must be between 0 and %1.",
   "Die Zahl der Demokunden muss zwischen 0 und %1 liegen.",
   "Число демонстрационных клиентов должно быть от 0 до %1.",
   "Кількість демонстраційних клієнтів має бути від 0 до %1.",
   "演示客户数量必须在 0 到 %1 之间。")
tr(C, "%1 already holds users or customers. Demo data is only generated into a new, empty "
      "database; the file was left untouched.",
   "%1 enthält bereits Benutzer oder Kunden. Demodaten werden nur in eine neue, leere Datenbank "
   "geschrieben; die Datei wurde nicht verändert.",
   "В %1 уже есть пользователи или клиенты. Демонстрационные данные создаются только в новой "
   "пустой базе; файл не был изменён.",
   "У %1 вже є користувачі або клієнти. Демонстраційні дані створюються лише в новій порожній "
   "базі; файл не змінено.",
   "%1 中已有用户或客户。演示数据只会写入新的空数据库；该文件未被改动。")
tr(C, "Demo data can only be generated into an SQLite database.",
   "Demodaten können nur in eine SQLite-Datenbank geschrieben werden.",
   "Демонстрационные данные можно создать только в базе SQLite.",
   "Демонстраційні дані можна створити лише в базі SQLite.",
   "演示数据只能写入 SQLite 数据库。")
tr(C, "Generating the demo data failed: %1", "Das Erzeugen der Demodaten ist fehlgeschlagen: %1",
   "Не удалось создать демонстрационные данные: %1",
   "Не вдалося створити демонстраційні дані: %1", "生成演示数据失败：%1")


table.run(checks=ts_fill.BASIC_CHECKS, skip_vanished=False)
