#!/usr/bin/env python3
"""Fills the Today page, follow-up, notification and settings messages into the Showroom CRM
catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts:
    python3 translations/fill_translations_today_settings.py
Covers TaskText and showroom::AssignmentForm, AvailabilitySwitch, CardActions, CardFieldsForm,
CompleteTaskDialog, FollowUpDialog, HoursForm, LostReasonListModel, LostReasonsSection,
NotificationButton, NotificationCenter, NotificationListModel, NotificationPanel,
NotificationTray, RulesForm, SettingsForm, SettingsPage, ShareModel, SourceDelegate,
SourceListModel, SourcesSection, StageListModel, StagesSection, TaskCommentDialog, TodayModel
and TodayPage.
Messages found here get their translation and lose type="unfinished"; the rest stay as they
are. Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3,
zh_CN 1); showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps
lupdate's layout and escaping, so the .ts files show no unrelated changes. Another script
may fill other contexts of the same files at the same time; run this one under
`flock /tmp/ts.lock` then.

Terms shared with the other fill scripts: customer Kunde/клиент/клієнт/客户, consultant
Berater/консультант/консультант/顾问 (a column or field named "Consultant": 销售顾问, as in
NewLeadDialog), manager Verkaufsleiter/руководитель/керівник/经理, lead Lead/лид/лід/线索,
another desk anderer Arbeitsplatz/другое рабочее место/інше робоче місце/另一个工位, customer
card Kundenkarte/карточка клиента/картка клієнта/客户档案, value tier Kundenwert/Ценность
клиента/Цінність клієнта/客户价值等级 with the tiers Hoch/Mittel/Standard, Высокая/Средняя/Обычная,
Висока/Середня/Звичайна, 高价值/中等价值/一般, walk-in Besuch im Autohaus/визит в салон/візит до
салону/到店, stage Phase/этап/етап/阶段 (Won/Lost as Labels: Gewonnen/Verloren,
Выигран/Проигран, Виграно/Втрачено, 成交/战败), lost reason Verlustgrund/причина отказа/причина
відмови/战败原因, source Quelle/источник/джерело/来源, follow-up Wiedervorlage/повторный
контакт/повторний контакт/跟进 (as in ActivityService), test drive Probefahrt/тест-драйв/
тест-драйв/试驾, manager comment Kommentar der Leitung/Комментарий руководителя/Коментар
керівника/经理点评, off duty nicht im Dienst/не на смене/не на зміні/不在岗 (as in VisitForm),
unassigned queue Warteschlange/очередь/черга/待分配队列.
Here: the pipeline board Pipeline/воронка/воронка/销售漏斗; retire (a stage or lost reason)
deaktivieren/отключить/вимкнути/停用 and restore reaktivieren/включить/увімкнути/恢复; response
time Reaktionszeit/время реакции/час реакції/响应时间; business hours
Öffnungszeiten/часы работы/години роботи/营业时间 (counted time, as in fill_translations_pipeline.py:
Geschäftszeit/рабочее время/робочий час/营业时间); dealership Autohaus/автосалон/автосалон/门店;
notification Benachrichtigung/уведомление/сповіщення/通知; availability Verfügbar/Beschäftigt/
Nicht im Dienst, Свободен/Занят/Не на смене, Вільний/Зайнятий/Не на зміні, 空闲/忙碌/不在岗;
a follow-up call Nachfassanruf/повторный звонок/повторний дзвінок/跟进电话.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# Accelerators, unique among what one window shows at a time (main menus: de D A H, ru Ф В С,
# uk Ф В Д, zh F V H; the customer card is a window of its own):
#   customer card (card buttons, Save, contact persons tab)
#     de  N A L W P S  H B E    ru  З В Л П Т С  Д И У    uk  Н В Л П Т З  Д Р И
#     zh  N C L F T S  A E R
#   Today page       de E K W F    ru Г К П Р    uk Г К П Р    zh D C P U
#   Settings, one tab at a time (Revert, Save: de Z S, ru Е Х, uk С З, zh E S):
#     Stages         de B O U T P  ru П Ш Н Л Д  uk П Щ Н К Е  zh R U D T A
#     Lost reasons   de B T K G    ru П Л К Д    uk П К М Р    zh R T C A
#     Assignment     de W B        ru Р Н        uk Р П        zh A U
#     Rules          de K I T N    ru З Р Д П    uk П К Т Р    zh C T D R
#     Hours          de N L O G    ru Н Р П О    uk Н К П И    zh N C T O
# Retire and Restore are one button, so they share their letter.

# --- Follow-up tasks -----------------------------------------------------------------------------
C = "TaskText"
tr(C, "Follow-up", "Wiedervorlage", "Повторный контакт", "Повторний контакт", "跟进")
tr(C, "Call back", "Rückruf", "Перезвонить", "Передзвонити", "回电")
tr(C, "Showroom invitation", "Einladung ins Autohaus", "Приглашение в салон",
   "Запрошення до салону", "邀约到店")
tr(C, "Test drive", "Probefahrt", "Тест-драйв", "Тест-драйв", "试驾")
tr(C, "Other", "Sonstiges", "Другое", "Інше", "其他")
# Titles a new task starts with.
tr(C, "Follow-up call", "Nachfassanruf", "Повторный звонок", "Повторний дзвінок", "跟进电话")
tr(C, "Call back as promised", "Rückruf wie versprochen", "Перезвонить, как обещали",
   "Передзвонити, як обіцяли", "按约定回电")
tr(C, "Showroom visit", "Besuch im Autohaus", "Визит в салон", "Візит до салону", "到店看车")
tr(C, "Showroom visit: %1", "Besuch im Autohaus: %1", "Визит в салон: %1", "Візит до салону: %1",
   "到店看车：%1")
tr(C, "Test drive: %1", "Probefahrt: %1", "Тест-драйв: %1", "Тест-драйв: %1", "试驾：%1")
# Who planned a task; "Rule · day %1" must match TodayPage's "Rule · day 7".
tr(C, "Rule", "Regel", "Правило", "Правило", "规则")
tr(C, "Rule · day %1", "Regel · Tag %1", "Правило · день %1", "Правило · день %1",
   "规则 · 第 %1 天")
tr(C, "Planned by a person", "Von einer Person geplant", "Запланировано сотрудником",
   "Заплановано працівником", "由人工安排")
tr(C, "Planned by a rule (%1)", "Von einer Regel geplant (%1)", "Запланировано правилом (%1)",
   "Заплановано правилом (%1)", "由规则安排（%1）")
tr(C, "Planned by the follow-up rule: day %1 after the first visit",
   "Von der Wiedervorlageregel geplant: Tag %1 nach dem Erstbesuch",
   "Запланировано правилом повторных контактов: %1-й день после первого визита",
   "Заплановано правилом повторних контактів: %1-й день після першого візиту",
   "由跟进规则安排：首次到店后第 %1 天")
# %1 is a date such as "Thu 13 Mar", %2 the time.
tr(C, "%1 %2", "%1 %2", "%1 %2", "%1 %2", "%1 %2")
tr(C, "%1 · due %2", "%1 · fällig %2", "%1 · срок %2", "%1 · термін %2", "%1 · 截止 %2")
tr(C, "%1 · %2 · due %3", "%1 · %2 · fällig %3", "%1 · %2 · срок %3", "%1 · %2 · термін %3",
   "%1 · %2 · 截止 %3")

C = "showroom::FollowUpDialog"
tr(C, "Plan a follow-up", "Wiedervorlage planen", "Запланировать повторный контакт",
   "Запланувати повторний контакт", "安排跟进")
tr(C, "Plan", "Planen", "Запланировать", "Запланувати", "安排")
tr(C, "no vehicle yet", "noch kein Fahrzeug", "автомобиль не выбран", "автомобіль не вибрано",
   "尚未选车")  # as in ActivityDialog
tr(C, "Lead #%1 · %2 · %3", "Lead #%1 · %2 · %3", "Лид №%1 · %2 · %3", "Лід №%1 · %2 · %3",
   "线索 #%1 · %2 · %3")
tr(C, "What is it about?", "Worum geht es?", "О чём речь?", "Про що йдеться?", "事项内容")
tr(C, "Lead", "Lead", "Лид", "Лід", "线索")
tr(C, "Kind", "Art", "Вид", "Вид", "类型")
tr(C, "When", "Wann", "Когда", "Коли", "时间")
tr(C, "Task", "Aufgabe", "Задача", "Завдання", "任务")
tr(C, "Schedule an appointment", "Termin vereinbaren", "Назначить встречу", "Призначити зустріч",
   "安排预约")
tr(C, "Schedule", "Vereinbaren", "Назначить", "Призначити", "预约")
tr(C, "The follow-up was not planned", "Die Wiedervorlage wurde nicht geplant",
   "Повторный контакт не запланирован", "Повторний контакт не заплановано", "跟进未安排")

C = "showroom::CompleteTaskDialog"
tr(C, "Follow-up done", "Wiedervorlage erledigt", "Повторный контакт выполнен",
   "Повторний контакт виконано", "跟进已完成")
tr(C, "Done", "Erledigt", "Готово", "Готово", "完成")
tr(C, "What came of it, e.g. “reached, test drive on Friday”",
   "Was dabei herauskam, z. B. „erreicht, Probefahrt am Freitag“",
   "Чем закончилось, например «дозвонились, тест-драйв в пятницу»",
   "Чим завершилося, наприклад «додзвонилися, тест-драйв у п'ятницю»",
   "结果如何，例如“已联系上，周五试驾”")
tr(C, "Plan the next step afterwards", "Danach den nächsten Schritt planen",
   "Затем запланировать следующий шаг", "Потім запланувати наступний крок", "随后安排下一步")
tr(C, "Task", "Aufgabe", "Задача", "Завдання", "任务")
tr(C, "Result", "Ergebnis", "Результат", "Результат", "结果")

C = "showroom::TaskCommentDialog"
tr(C, "Comment on a follow-up", "Wiedervorlage kommentieren", "Комментарий к повторному контакту",
   "Коментар до повторного контакту", "点评跟进")
tr(C, "Comment", "Kommentar", "Комментарий", "Коментар", "点评")  # the OK button and the field
tr(C, "Advice or a question for the consultant", "Ein Rat oder eine Frage an den Berater",
   "Совет или вопрос консультанту", "Порада або запитання консультанту", "给顾问的建议或问题")
tr(C, "Advice or a question for %1", "Ein Rat oder eine Frage an %1",
   "Совет или вопрос консультанту %1", "Порада або запитання консультанту %1",
   "给 %1 的建议或问题")
tr(C, "Task", "Aufgabe", "Задача", "Завдання", "任务")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")

# --- Customer card buttons (moved here from CustomerCardDialog, whose translations they keep) --
C = "showroom::CardActions"
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
tr(C, "Call logged.", "Anruf erfasst.", "Звонок записан.", "Дзвінок записано.", "通话已记录。")
tr(C, "Note added.", "Notiz hinzugefügt.", "Заметка добавлена.", "Нотатку додано.",
   "备注已添加。")
tr(C, "Lead #%1 created.", "Lead #%1 angelegt.", "Лид №%1 создан.", "Лід №%1 створено.",
   "线索 #%1 已创建。")
tr(C, "Add &follow-up…", "&Wiedervorlage hinzufügen…", "Добавить &повторный контакт…",
   "Додати &повторний контакт…", "添加跟进(&F)…")
tr(C, "Plan a call or visit for the selected (or newest) open lead",
   "Einen Anruf oder Besuch für den ausgewählten (oder neuesten) offenen Lead planen",
   "Запланировать звонок или визит по выбранному (или самому новому) открытому лиду",
   "Запланувати дзвінок або візит за вибраним (або найновішим) відкритим лідом",
   "为选中的（或最新的）进行中线索安排电话或到店")
tr(C, "Schedule &test drive…", "&Probefahrt vereinbaren…", "Назначить &тест-драйв…",
   "Призначити &тест-драйв…", "安排试驾(&T)…")
tr(C, "Book a test drive for the selected (or newest) open lead",
   "Eine Probefahrt für den ausgewählten (oder neuesten) offenen Lead vereinbaren",
   "Назначить тест-драйв по выбранному (или самому новому) открытому лиду",
   "Призначити тест-драйв за вибраним (або найновішим) відкритим лідом",
   "为选中的（或最新的）进行中线索预约试驾")
tr(C, "No open lead", "Kein offener Lead", "Нет открытого лида", "Немає відкритого ліда",
   "没有进行中的线索")
tr(C, "%1 has no open lead to plan for. Start one with “New lead…” first.",
   "%1 hat keinen offenen Lead, für den sich etwas planen ließe. Legen Sie zuerst mit "
   "„Neuer Lead…“ einen an.",
   "У клиента %1 нет открытого лида, по которому можно что-то запланировать. Сначала создайте "
   "его кнопкой «Новый лид…».",
   "У клієнта %1 немає відкритого ліда, за яким можна щось запланувати. Спочатку створіть його "
   "кнопкою «Новий лід…».",
   "%1 没有可安排的进行中线索。请先通过“新建线索…”创建一条。")
tr(C, "Test drive scheduled for %1.", "Probefahrt für %1 vereinbart.",
   "Тест-драйв назначен на %1.", "Тест-драйв призначено на %1.", "试驾已安排在 %1。")
tr(C, "“%1” planned for %2.", "„%1“ für %2 geplant.", "«%1» запланировано на %2.",
   "«%1» заплановано на %2.", "“%1”已安排在 %2。")

# --- Today page ----------------------------------------------------------------------------------
C = "showroom::TodayModel"
tr(C, "Due", "Fällig", "Срок", "Термін", "截止时间")
tr(C, "Customer", "Kunde", "Клиент", "Клієнт", "客户")
tr(C, "Car of interest", "Fahrzeugwunsch", "Интересующий автомобиль", "Автомобіль, що цікавить",
   "意向车型")
tr(C, "Task", "Aufgabe", "Задача", "Завдання", "任务")
tr(C, "Planned by", "Geplant von", "Кем запланировано", "Ким заплановано", "安排来源")
tr(C, "Manager's comment", "Kommentar der Leitung", "Комментарий руководителя",
   "Коментар керівника", "经理点评")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")
tr(C, "Overdue", "Überfällig", "Просрочено", "Прострочено", "已逾期")
tr(C, "Due today", "Heute fällig", "На сегодня", "На сьогодні", "今日到期")
tr(C, "Appointments today", "Termine heute", "Встречи сегодня", "Зустрічі сьогодні", "今日预约")
tr(C, "%1 — nothing", "%1 — keine", "%1 — нет", "%1 — немає", "%1 — 无")
tr(C, "%1 (%2)", "%1 (%2)", "%1 (%2)", "%1 (%2)", "%1（%2）")
tr(C, "%1: %2", "%1: %2", "%1: %2", "%1: %2", "%1：%2")

C = "showroom::TodayPage"
tr(C, "Rule · day 7", "Regel · Tag 7", "Правило · день 7", "Правило · день 7",
   "规则 · 第 7 天")  # sizes the column: TaskText's "Rule · day %1"
tr(C, "Today", "Heute", "Сегодня", "Сьогодні", "今日")
tr(C, "Show:", "Anzeigen:", "Показать:", "Показати:", "显示：")
tr(C, "&Done…", "&Erledigt…", "&Готово…", "&Готово…", "完成(&D)…")
tr(C, "Close the selected task with its result",
   "Die ausgewählte Aufgabe mit ihrem Ergebnis abschließen",
   "Закрыть выбранную задачу с указанием результата",
   "Закрити вибране завдання із зазначенням результату",
   "填写结果并完成所选任务")
tr(C, "&Comment…", "&Kommentieren…", "&Комментировать…", "&Коментувати…", "点评(&C)…")
tr(C, "Comment on the consultant's follow-up; the consultant is notified",
   "Die Wiedervorlage des Beraters kommentieren; der Berater wird benachrichtigt",
   "Прокомментировать повторный контакт консультанта; консультант получит уведомление",
   "Прокоментувати повторний контакт консультанта; консультант отримає сповіщення",
   "点评顾问的跟进；顾问会收到通知")
tr(C, "Add &follow-up…", "&Wiedervorlage hinzufügen…", "Добавить &повторный контакт…",
   "Додати &повторний контакт…", "添加跟进(&P)…")
tr(C, "Plan another follow-up for the same lead",
   "Eine weitere Wiedervorlage für denselben Lead planen",
   "Запланировать ещё один повторный контакт по тому же лиду",
   "Запланувати ще один повторний контакт за тим самим лідом",
   "为同一线索再安排一次跟进")
tr(C, "Open c&ustomer", "Kunde ö&ffnen", "Отк&рыть клиента", "Відк&рити клієнта",
   "打开客户(&U)")
tr(C, "Open the customer card at this lead", "Die Kundenkarte bei diesem Lead öffnen",
   "Открыть карточку клиента на этом лиде", "Відкрити картку клієнта на цьому ліді",
   "打开客户档案并定位到该线索")
tr(C, "All consultants", "Alle Berater", "Все консультанты", "Усі консультанти", "所有顾问")
tr(C, "Today's tasks could not be loaded: %1",
   "Die heutigen Aufgaben konnten nicht geladen werden: %1",
   "Не удалось загрузить задачи на сегодня: %1",
   "Не вдалося завантажити завдання на сьогодні: %1",
   "无法加载今日任务：%1")

C = "showroom::AvailabilitySwitch"
tr(C, "My availability:", "Meine Verfügbarkeit:", "Мой статус:", "Мій статус:", "我的状态：")
tr(C, "Available", "Verfügbar", "Свободен", "Вільний", "空闲")
tr(C, "You are at your desk and take new leads and walk-ins",
   "Sie sind an Ihrem Platz und übernehmen neue Leads und Besucher",
   "Вы на рабочем месте и принимаете новые лиды и посетителей",
   "Ви на робочому місці й приймаєте нові ліди та відвідувачів",
   "您在工位上，可接收新线索和到店客户")
tr(C, "Busy", "Beschäftigt", "Занят", "Зайнятий", "忙碌")
tr(C, "With a customer: no new leads are given to you until you are available again",
   "Bei einem Kunden: Sie erhalten keine neuen Leads, bis Sie wieder verfügbar sind",
   "С клиентом: новые лиды вам не назначаются, пока вы снова не освободитесь",
   "З клієнтом: нові ліди вам не призначаються, доки ви знову не звільнитеся",
   "正在接待客户：在您恢复空闲之前不会分配新线索")
tr(C, "Off duty", "Nicht im Dienst", "Не на смене", "Не на зміні", "不在岗")
tr(C, "Not at work: you get no leads and the reception does not offer you",
   "Nicht im Haus: Sie erhalten keine Leads, und der Empfang bietet Sie nicht an",
   "Не на работе: вы не получаете лидов, и ресепшн вас не предлагает",
   "Не на роботі: ви не отримуєте лідів, і рецепція вас не пропонує",
   "不在岗：您不会收到线索，前台也不会推荐您")
tr(C, "Your availability was not changed", "Ihre Verfügbarkeit wurde nicht geändert",
   "Ваш статус не изменён", "Ваш статус не змінено", "您的状态未更改")
tr(C, "taking new leads", "Sie erhalten neue Leads", "вы получаете новые лиды",
   "ви отримуєте нові ліди", "接收新线索")
tr(C, "no new leads while busy", "keine neuen Leads, solange Sie beschäftigt sind",
   "пока вы заняты, новых лидов нет", "поки ви зайняті, нових лідів немає",
   "忙碌期间不分配新线索")
tr(C, "no leads, not offered at the reception", "keine Leads, am Empfang nicht angeboten",
   "лидов нет, ресепшн вас не предлагает", "лідів немає, рецепція вас не пропонує",
   "不分配线索，前台不会推荐您")

# --- Notifications -------------------------------------------------------------------------------
C = "showroom::NotificationButton"
trn(C, "%n unread notification(s)",
    ["%n unread notification", "%n unread notifications"],
    ["%n ungelesene Benachrichtigung", "%n ungelesene Benachrichtigungen"],
    ["%n непрочитанное уведомление", "%n непрочитанных уведомления",
     "%n непрочитанных уведомлений"],
    ["%n непрочитане сповіщення", "%n непрочитані сповіщення", "%n непрочитаних сповіщень"],
    ["%n 条未读通知"])
tr(C, "Notifications: nothing unread", "Benachrichtigungen: nichts Ungelesenes",
   "Уведомления: непрочитанных нет", "Сповіщення: непрочитаних немає", "通知：无未读")

C = "showroom::NotificationCenter"
tr(C, "The reminder rules could not run: %1",
   "Die Erinnerungsregeln konnten nicht ausgeführt werden: %1",
   "Не удалось выполнить правила напоминаний: %1",
   "Не вдалося виконати правила нагадувань: %1",
   "无法运行提醒规则：%1")
tr(C, "Notifications could not be read: %1",
   "Die Benachrichtigungen konnten nicht gelesen werden: %1",
   "Не удалось прочитать уведомления: %1", "Не вдалося прочитати сповіщення: %1",
   "无法读取通知：%1")

C = "showroom::NotificationListModel"
tr(C, "Notification", "Benachrichtigung", "Уведомление", "Сповіщення", "通知")
tr(C, "Why", "Grund", "Причина", "Причина", "原因")
tr(C, "Received", "Eingegangen", "Получено", "Отримано", "接收时间")
tr(C, "%1 %2", "%1 %2", "%1 %2", "%1 %2", "%1 %2")  # date and time

C = "showroom::NotificationPanel"
tr(C, "Mark all &read", "Alle als &gelesen markieren", "Отметить все как &прочитанные",
   "Позначити всі як &прочитані", "全部标为已读(&R)")
tr(C, "No notifications. Reminders, escalations, assignments and comments on your follow-ups "
      "will appear here.",
   "Keine Benachrichtigungen. Hier erscheinen Erinnerungen, Eskalationen, Zuweisungen und "
   "Kommentare zu Ihren Wiedervorlagen.",
   "Уведомлений нет. Здесь появятся напоминания, эскалации, назначения и комментарии к вашим "
   "повторным контактам.",
   "Сповіщень немає. Тут з'являтимуться нагадування, ескалації, призначення та коментарі до "
   "ваших повторних контактів.",
   "暂无通知。提醒、升级、分配以及对您跟进的点评都会显示在这里。")
tr(C, "Notifications could not be loaded: %1",
   "Die Benachrichtigungen konnten nicht geladen werden: %1",
   "Не удалось загрузить уведомления: %1", "Не вдалося завантажити сповіщення: %1",
   "无法加载通知：%1")
tr(C, "Notifications", "Benachrichtigungen", "Уведомления", "Сповіщення", "通知")
trn(C, "Notifications — %n unread",
    ["Notifications — %n unread", "Notifications — %n unread"],
    ["Benachrichtigungen — %n ungelesen", "Benachrichtigungen — %n ungelesen"],
    ["Уведомления — %n непрочитанное", "Уведомления — %n непрочитанных",
     "Уведомления — %n непрочитанных"],
    ["Сповіщення — %n непрочитане", "Сповіщення — %n непрочитані",
     "Сповіщення — %n непрочитаних"],
    ["通知 — %n 条未读"])
tr(C, "Notifications not marked read", "Benachrichtigungen nicht als gelesen markiert",
   "Уведомления не отмечены как прочитанные", "Сповіщення не позначено як прочитані",
   "通知未标为已读")
tr(C, "Notification not marked read", "Benachrichtigung nicht als gelesen markiert",
   "Уведомление не отмечено как прочитанное", "Сповіщення не позначено як прочитане",
   "通知未标为已读")

C = "showroom::NotificationTray"
trn(C, "%n new notification(s)",
    ["%n new notification", "%n new notifications"],
    ["%n neue Benachrichtigung", "%n neue Benachrichtigungen"],
    ["%n новое уведомление", "%n новых уведомления", "%n новых уведомлений"],
    ["%n нове сповіщення", "%n нові сповіщення", "%n нових сповіщень"],
    ["%n 条新通知"])
trn(C, "Showroom CRM — %n unread notification(s)",
    ["Showroom CRM — %n unread notification", "Showroom CRM — %n unread notifications"],
    ["Showroom CRM — %n ungelesene Benachrichtigung",
     "Showroom CRM — %n ungelesene Benachrichtigungen"],
    ["Showroom CRM — %n непрочитанное уведомление", "Showroom CRM — %n непрочитанных уведомления",
     "Showroom CRM — %n непрочитанных уведомлений"],
    ["Showroom CRM — %n непрочитане сповіщення", "Showroom CRM — %n непрочитані сповіщення",
     "Showroom CRM — %n непрочитаних сповіщень"],
    ["Showroom CRM — %n 条未读通知"])
tr(C, "Showroom CRM", "Showroom CRM", "Showroom CRM", "Showroom CRM", "Showroom CRM")

# --- Settings page -------------------------------------------------------------------------------
C = "showroom::SettingsPage"
tr(C, "Stages", "Phasen", "Этапы", "Етапи", "阶段")
tr(C, "Lost reasons", "Verlustgründe", "Причины отказов", "Причини відмов", "战败原因")
tr(C, "Lead sources", "Leadquellen", "Источники лидов", "Джерела лідів", "线索来源")
tr(C, "Assignment", "Zuweisung", "Распределение", "Розподіл", "分配")
tr(C, "Response && follow-ups", "Reaktion && Wiedervorlagen", "Реакция и повторные контакты",
   "Реакція та повторні контакти", "响应与跟进")
tr(C, "Dealership && hours", "Autohaus && Öffnungszeiten", "Автосалон и часы работы",
   "Автосалон і години роботи", "门店与营业时间")
tr(C, "Board cards", "Pipeline-Karten", "Карточки воронки", "Картки воронки", "销售漏斗卡片")
tr(C, "Settings", "Einstellungen", "Настройки", "Налаштування", "设置")
tr(C, "Only managers and administrators can change these settings; you can look at them.",
   "Nur Verkaufsleiter und Administratoren können diese Einstellungen ändern; Sie können sie "
   "ansehen.",
   "Изменять эти настройки могут только руководители и администраторы; вы можете их "
   "просматривать.",
   "Змінювати ці налаштування можуть лише керівники та адміністратори; ви можете їх "
   "переглядати.",
   "只有经理和管理员可以更改这些设置；您可以查看。")
tr(C, "%1 •", "%1 •", "%1 •", "%1 •", "%1 •")  # a tab with unsaved changes

C = "showroom::SettingsForm"
tr(C, "Re&vert", "&Zurücksetzen", "Отм&енить изменения", "&Скасувати зміни", "还原(&E)")
tr(C, "Show the stored values again", "Die gespeicherten Werte wieder anzeigen",
   "Снова показать сохранённые значения", "Знову показати збережені значення",
   "重新显示已保存的值")
tr(C, "&Save", "&Speichern", "Со&хранить", "&Зберегти", "保存(&S)")
tr(C, "Store these settings for every desk (Ctrl+S)",
   "Diese Einstellungen für alle Arbeitsplätze speichern (Strg+S)",
   "Сохранить эти настройки для всех рабочих мест (Ctrl+S)",
   "Зберегти ці налаштування для всіх робочих місць (Ctrl+S)",
   "为所有工位保存这些设置（Ctrl+S）")
tr(C, "You have unsaved changes.", "Sie haben ungespeicherte Änderungen.",
   "Есть несохранённые изменения.", "Є незбережені зміни.", "有未保存的更改。")
tr(C, "The settings were not saved", "Die Einstellungen wurden nicht gespeichert",
   "Настройки не сохранены", "Налаштування не збережено", "设置未保存")

C = "showroom::StageListModel"
tr(C, "Stage", "Phase", "Этап", "Етап", "阶段")
tr(C, "Status", "Status", "Статус", "Статус", "状态")
tr(C, "Fixed: closes the lead as won", "Vorgegeben: schließt den Lead als gewonnen ab",
   "Системный: закрывает лид как выигранный", "Системний: закриває лід як виграний",
   "固定：将线索关闭为成交")
tr(C, "Fixed: closes the lead as lost", "Vorgegeben: schließt den Lead als verloren ab",
   "Системный: закрывает лид как проигранный", "Системний: закриває лід як втрачений",
   "固定：将线索关闭为战败")
tr(C, "Fixed: new leads wait here", "Vorgegeben: neue Leads warten hier",
   "Системный: здесь ждут новые лиды", "Системний: тут чекають нові ліди",
   "固定：新线索在此等待")
tr(C, "Fixed: a consultant took the lead", "Vorgegeben: ein Berater hat den Lead übernommen",
   "Системный: консультант взял лид в работу", "Системний: консультант узяв лід у роботу",
   "固定：已有顾问接手该线索")
tr(C, "Retired: not on the board", "Deaktiviert: nicht in der Pipeline",
   "Отключён: не показывается в воронке", "Вимкнений: не показується у воронці",
   "已停用：不在销售漏斗中显示")
tr(C, "On the board", "In der Pipeline", "В воронке", "У воронці", "在销售漏斗中显示")
tr(C, "Double-click or press F2 to rename", "Zum Umbenennen doppelklicken oder F2 drücken",
   "Дважды щёлкните или нажмите F2, чтобы переименовать",
   "Двічі клацніть або натисніть F2, щоб перейменувати", "双击或按 F2 重命名")

C = "showroom::StagesSection"
tr(C, "&Rename", "Um&benennen", "&Переименовать", "&Перейменувати", "重命名(&R)")
tr(C, "Type a new name for the selected stage (F2)",
   "Neuen Namen für die ausgewählte Phase eingeben (F2)",
   "Ввести новое название выбранного этапа (F2)", "Ввести нову назву вибраного етапу (F2)",
   "为所选阶段输入新名称（F2）")
tr(C, "Move &up", "Nach &oben", "Вы&ше", "Ви&ще", "上移(&U)")
tr(C, "One column further left on the board", "Eine Spalte weiter links in der Pipeline",
   "На одну колонку левее в воронке", "На одну колонку лівіше у воронці", "在销售漏斗中左移一列")
tr(C, "Move &down", "Nach &unten", "&Ниже", "&Нижче", "下移(&D)")
tr(C, "One column further right on the board", "Eine Spalte weiter rechts in der Pipeline",
   "На одну колонку правее в воронке", "На одну колонку правіше у воронці", "在销售漏斗中右移一列")
tr(C, "Re&tire", "Deak&tivieren", "Отк&лючить", "Вим&кнути", "停用(&T)")
tr(C, "Retired stages leave the board; their history stays in the reports",
   "Deaktivierte Phasen verschwinden aus der Pipeline; ihre Historie bleibt in den Berichten",
   "Отключённые этапы исчезают из воронки; их история остаётся в отчётах",
   "Вимкнені етапи зникають з воронки; їхня історія залишається у звітах",
   "停用的阶段将从销售漏斗中移除；其历史数据保留在报表中")
tr(C, "Name of a new stage, e.g. Test drive booked",
   "Name einer neuen Phase, z. B. Probefahrt vereinbart",
   "Название нового этапа, например «Записан на тест-драйв»",
   "Назва нового етапу, наприклад «Записаний на тест-драйв»",
   "新阶段名称，例如“已约试驾”")
tr(C, "&Add stage", "&Phase hinzufügen", "&Добавить этап", "Додати &етап", "添加阶段(&A)")
tr(C, "The new stage comes last among the open stages, before Won and Lost",
   "Die neue Phase kommt als letzte der offenen Phasen, vor „Gewonnen“ und „Verloren“",
   "Новый этап встанет последним среди открытых этапов, перед «Выигран» и «Проигран»",
   "Новий етап стане останнім серед відкритих етапів, перед «Виграно» і «Втрачено»",
   "新阶段排在所有进行中阶段的最后，位于“成交”和“战败”之前")
tr(C, "The board shows the open stages from left to right, then Won and Lost. Changes here are "
      "saved at once and every desk sees them.",
   "Die Pipeline zeigt die offenen Phasen von links nach rechts, danach „Gewonnen“ und "
   "„Verloren“. Änderungen hier werden sofort gespeichert und sind an allen Arbeitsplätzen "
   "sichtbar.",
   "Воронка показывает открытые этапы слева направо, затем «Выигран» и «Проигран». Изменения "
   "здесь сохраняются сразу и видны на всех рабочих местах.",
   "Воронка показує відкриті етапи зліва направо, потім «Виграно» і «Втрачено». Зміни тут "
   "зберігаються одразу й видимі на всіх робочих місцях.",
   "销售漏斗从左到右显示进行中的阶段，然后是“成交”和“战败”。此处的更改会立即保存，所有工位都能看到。")
tr(C, "The board shows the open stages from left to right, then Won and Lost.",
   "Die Pipeline zeigt die offenen Phasen von links nach rechts, danach „Gewonnen“ und "
   "„Verloren“.",
   "Воронка показывает открытые этапы слева направо, затем «Выигран» и «Проигран».",
   "Воронка показує відкриті етапи зліва направо, потім «Виграно» і «Втрачено».",
   "销售漏斗从左到右显示进行中的阶段，然后是“成交”和“战败”。")
tr(C, "The stages could not be loaded", "Die Phasen konnten nicht geladen werden",
   "Не удалось загрузить этапы", "Не вдалося завантажити етапи", "无法加载阶段")
tr(C, "The stage was not added", "Die Phase wurde nicht hinzugefügt", "Этап не добавлен",
   "Етап не додано", "阶段未添加")
tr(C, "The stage was not renamed", "Die Phase wurde nicht umbenannt", "Этап не переименован",
   "Етап не перейменовано", "阶段未重命名")
tr(C, "The stage was not moved", "Die Phase wurde nicht verschoben", "Этап не перемещён",
   "Етап не переміщено", "阶段未移动")
tr(C, "The stage was not restored", "Die Phase wurde nicht reaktiviert", "Этап не включён",
   "Етап не увімкнено", "阶段未恢复")
tr(C, "The stage was not retired", "Die Phase wurde nicht deaktiviert", "Этап не отключён",
   "Етап не вимкнено", "阶段未停用")
tr(C, "Res&tore", "Reak&tivieren", "Вк&лючить", "Увім&кнути", "恢复(&T)")

C = "showroom::LostReasonListModel"
tr(C, "Reason", "Grund", "Причина", "Причина", "原因")
tr(C, "Needs a comment", "Kommentar erforderlich", "Нужен комментарий", "Потрібен коментар",
   "需要说明")
tr(C, "Status", "Status", "Статус", "Статус", "状态")
tr(C, "Offered", "Angeboten", "Предлагается", "Пропонується", "可选")
tr(C, "Retired: not offered", "Deaktiviert: nicht angeboten", "Отключена: не предлагается",
   "Вимкнена: не пропонується", "已停用：不再提供")
tr(C, "The consultant must explain the loss in a comment",
   "Der Berater muss den Verlust in einem Kommentar erklären",
   "Консультант должен объяснить отказ в комментарии",
   "Консультант має пояснити відмову в коментарі",
   "顾问必须填写说明，解释战败原因")
tr(C, "Double-click or press F2 to rename", "Zum Umbenennen doppelklicken oder F2 drücken",
   "Дважды щёлкните или нажмите F2, чтобы переименовать",
   "Двічі клацніть або натисніть F2, щоб перейменувати", "双击或按 F2 重命名")

C = "showroom::LostReasonsSection"
tr(C, "&Rename", "Um&benennen", "&Переименовать", "&Перейменувати", "重命名(&R)")
tr(C, "Type a new name for the selected reason (F2)",
   "Neuen Namen für den ausgewählten Grund eingeben (F2)",
   "Ввести новое название выбранной причины (F2)", "Ввести нову назву вибраної причини (F2)",
   "为所选原因输入新名称（F2）")
tr(C, "Re&tire", "Deak&tivieren", "Отк&лючить", "Вим&кнути", "停用(&T)")
tr(C, "Retired reasons are no longer offered; past leads keep them",
   "Deaktivierte Gründe werden nicht mehr angeboten; frühere Leads behalten sie",
   "Отключённые причины больше не предлагаются; у прошлых лидов они сохраняются",
   "Вимкнені причини більше не пропонуються; у минулих лідів вони зберігаються",
   "停用的原因将不再提供；以往线索仍保留该原因")
tr(C, "A new reason, e.g. Financing refused", "Ein neuer Grund, z. B. Finanzierung abgelehnt",
   "Новая причина, например «Отказ в кредите»", "Нова причина, наприклад «Відмова в кредиті»",
   "新原因，例如“贷款被拒”")
tr(C, "Needs a &comment", "&Kommentar erforderlich", "Нужен &комментарий", "Потрібен ко&ментар",
   "需要说明(&C)")
tr(C, "&Add reason", "&Grund hinzufügen", "&Добавить причину", "Додати п&ричину",
   "添加原因(&A)")
tr(C, "A lost lead always needs one of these reasons; where a reason needs a comment, the "
      "consultant explains it too. They are the manager's most valuable figures in the weekly "
      "report.",
   "Ein verlorener Lead braucht immer einen dieser Gründe; verlangt ein Grund einen Kommentar, "
   "erklärt der Berater ihn zusätzlich. Für den Verkaufsleiter sind sie die wertvollsten Zahlen "
   "im Wochenbericht.",
   "Для проигранного лида всегда нужна одна из этих причин; если причина требует комментария, "
   "консультант ещё и поясняет её. Для руководителя это самые ценные показатели еженедельного "
   "отчёта.",
   "Для втраченого ліда завжди потрібна одна з цих причин; якщо причина потребує коментаря, "
   "консультант ще й пояснює її. Для керівника це найцінніші показники щотижневого звіту.",
   "战败线索必须选择其中一个原因；如果原因需要说明，顾问还要填写说明。这些是经理在每周报表中最有价值的数据。")
tr(C, "The lost reasons could not be loaded", "Die Verlustgründe konnten nicht geladen werden",
   "Не удалось загрузить причины отказов", "Не вдалося завантажити причини відмов",
   "无法加载战败原因")
tr(C, "The lost reason was not added", "Der Verlustgrund wurde nicht hinzugefügt",
   "Причина отказа не добавлена", "Причину відмови не додано", "战败原因未添加")
tr(C, "The lost reason was not renamed", "Der Verlustgrund wurde nicht umbenannt",
   "Причина отказа не переименована", "Причину відмови не перейменовано", "战败原因未重命名")
tr(C, "The lost reason was not changed", "Der Verlustgrund wurde nicht geändert",
   "Причина отказа не изменена", "Причину відмови не змінено", "战败原因未更改")
tr(C, "The lost reason was not retired", "Der Verlustgrund wurde nicht deaktiviert",
   "Причина отказа не отключена", "Причину відмови не вимкнено", "战败原因未停用")
tr(C, "The lost reason was not restored", "Der Verlustgrund wurde nicht reaktiviert",
   "Причина отказа не включена", "Причину відмови не увімкнено", "战败原因未恢复")
tr(C, "Res&tore", "Reak&tivieren", "Вк&лючить", "Увім&кнути", "恢复(&T)")

C = "showroom::SourceListModel"
tr(C, "Source", "Quelle", "Источник", "Джерело", "来源")
tr(C, "Value tier", "Kundenwert", "Ценность клиента", "Цінність клієнта", "客户价值等级")
tr(C, "Respond within", "Reaktion innerhalb von", "Срок реакции", "Термін реакції", "响应时间")
tr(C, "Assignment", "Zuweisung", "Распределение", "Розподіл", "分配方式")
tr(C, "%1 min", "%1 Min.", "%1 мин", "%1 хв", "%1 分钟")
tr(C, "%1 h", "%1 Std.", "%1 ч", "%1 год", "%1 小时")
tr(C, "%1 h %2 min", "%1 Std. %2 Min.", "%1 ч %2 мин", "%1 год %2 хв", "%1 小时 %2 分钟")
# %1 is an assignment mode from Labels.
tr(C, "Follow the general rule (%1)", "Allgemeine Regel (%1)", "Как в общем правиле (%1)",
   "Як у загальному правилі (%1)", "遵循通用规则（%1）")
tr(C, "High: walked in", "Hoch: Besuch im Autohaus", "Высокая: визит в салон",
   "Висока: візит до салону", "高价值：到店")
tr(C, "Value: call, chat or web", "Mittel: Anruf, Chat oder Web", "Средняя: звонок, чат или сайт",
   "Середня: дзвінок, чат або сайт", "中等价值：来电、在线咨询或网站")
tr(C, "General", "Standard", "Обычная", "Звичайна", "一般")
tr(C, "Double-click to change how soon a new lead from this source must be contacted (business "
      "hours)",
   "Doppelklicken, um festzulegen, wie schnell ein neuer Lead aus dieser Quelle kontaktiert "
   "werden muss (Geschäftszeit)",
   "Дважды щёлкните, чтобы изменить, как скоро нужно связаться с новым лидом из этого источника "
   "(в рабочее время)",
   "Двічі клацніть, щоб змінити, як швидко треба зв'язатися з новим лідом із цього джерела "
   "(у робочий час)",
   "双击修改此来源的新线索须在多长时间内联系（按营业时间计）")
tr(C, "Double-click to choose how leads from this source find a consultant",
   "Doppelklicken, um festzulegen, wie Leads aus dieser Quelle einen Berater finden",
   "Дважды щёлкните, чтобы выбрать, как лиды из этого источника распределяются между "
   "консультантами",
   "Двічі клацніть, щоб вибрати, як ліди з цього джерела розподіляються між консультантами",
   "双击选择此来源的线索如何分配给顾问")

C = "showroom::SourceDelegate"
tr(C, " min", " Min.", " мин", " хв", " 分钟")

C = "showroom::SourcesSection"
tr(C, "A new lead must be contacted within its source's response time, counted in business "
      "hours. Double-click a time or an assignment rule to change it; the change is saved at "
      "once.",
   "Ein neuer Lead muss innerhalb der Reaktionszeit seiner Quelle kontaktiert werden, gezählt "
   "in Geschäftszeit. Doppelklicken Sie auf eine Zeit oder eine Zuweisungsregel, um sie zu "
   "ändern; die Änderung wird sofort gespeichert.",
   "С новым лидом нужно связаться в пределах времени реакции его источника; учитывается только "
   "рабочее время. Дважды щёлкните время или правило распределения, чтобы изменить его; изменение "
   "сохраняется сразу.",
   "З новим лідом треба зв'язатися в межах часу реакції його джерела; враховується лише робочий "
   "час. Двічі клацніть час або правило розподілу, щоб змінити його; зміна зберігається "
   "одразу.",
   "新线索必须在其来源的响应时间内联系，只计算营业时间。双击响应时间或分配规则即可修改；更改会立即保存。")
tr(C, "A new lead must be contacted within its source's response time, counted in business "
      "hours.",
   "Ein neuer Lead muss innerhalb der Reaktionszeit seiner Quelle kontaktiert werden, gezählt "
   "in Geschäftszeit.",
   "С новым лидом нужно связаться в пределах времени реакции его источника; учитывается только "
   "рабочее время.",
   "З новим лідом треба зв'язатися в межах часу реакції його джерела; враховується лише робочий "
   "час.",
   "新线索必须在其来源的响应时间内联系，只计算营业时间。")
tr(C, "The lead sources could not be loaded", "Die Leadquellen konnten nicht geladen werden",
   "Не удалось загрузить источники лидов", "Не вдалося завантажити джерела лідів",
   "无法加载线索来源")
tr(C, "The lead source was not changed", "Die Leadquelle wurde nicht geändert",
   "Источник лида не изменён", "Джерело ліда не змінено", "线索来源未更改")

C = "showroom::AssignmentForm"
tr(C, "New leads", "Neue Leads", "Новые лиды", "Нові ліди", "新线索")
tr(C, "&Assign new leads:", "Neue Leads zu&weisen:", "&Распределять новые лиды:",
   "&Розподіляти нові ліди:", "新线索分配方式(&A)：")
tr(C, "&Unassigned leads are watched by:", "Nicht zugewiesene Leads ü&berwacht:",
   "За не&назначенными лидами следит:", "За не&призначеними лідами стежить:",
   "未分配线索的跟进人(&U)：")
tr(C, "They are reminded when a lead in the queue is not taken within its response time. Lead "
      "sources can have their own rule.",
   "Sie werden erinnert, wenn ein Lead in der Warteschlange nicht innerhalb seiner Reaktionszeit "
   "übernommen wird. Leadquellen können eine eigene Regel haben.",
   "Им приходит напоминание, если лид из очереди не взят в работу за время реакции. У "
   "источников лидов может быть своё правило.",
   "Їм надходить нагадування, якщо лід із черги не взято в роботу за час реакції. Джерела лідів "
   "можуть мати власне правило.",
   "如果队列中的线索未在响应时间内被领取，系统会提醒他们。线索来源可以设置各自的规则。")
tr(C, "Shares under weighted assignment", "Anteile bei gewichteter Zuweisung",
   "Доли при взвешенном распределении", "Частки при зваженому розподілі", "按权重分配的份额")
tr(C, "Each consultant receives new leads in proportion to their share, e.g. 40 and 60. "
      "Consultants who are off duty or busy are skipped; 0 takes no leads.",
   "Jeder Berater erhält neue Leads im Verhältnis zu seinem Anteil, z. B. 40 und 60. Berater, "
   "die nicht im Dienst oder beschäftigt sind, werden übersprungen; bei 0 gibt es keine Leads.",
   "Каждый консультант получает новые лиды пропорционально своей доле, например 40 и 60. "
   "Консультанты не на смене или занятые пропускаются; при доле 0 лиды не назначаются.",
   "Кожен консультант отримує нові ліди пропорційно своїй частці, наприклад 40 і 60. "
   "Консультантів, які не на зміні або зайняті, пропускають; при частці 0 ліди не призначаються.",
   "每位顾问按其份额比例接收新线索，例如 40 和 60。不在岗或忙碌的顾问会被跳过；份额为 0 则不分配线索。")
tr(C, "Total of the shares: %1", "Summe der Anteile: %1", "Сумма долей: %1", "Сума часток: %1",
   "份额合计：%1")
tr(C, "A manager gives every new lead to a consultant.",
   "Ein Verkaufsleiter weist jeden neuen Lead einem Berater zu.",
   "Руководитель сам назначает каждый новый лид консультанту.",
   "Керівник сам призначає кожен новий лід консультанту.",
   "由经理将每条新线索分配给顾问。")
tr(C, "New leads go in turn to the consultants who are on duty and not busy.",
   "Neue Leads gehen reihum an die Berater, die im Dienst und nicht beschäftigt sind.",
   "Новые лиды по очереди получают консультанты, которые на смене и не заняты.",
   "Нові ліди по черзі отримують консультанти, які на зміні й не зайняті.",
   "新线索轮流分配给在岗且空闲的顾问。")
tr(C, "New leads go to the consultants on duty in proportion to their shares below.",
   "Neue Leads gehen an die Berater im Dienst, im Verhältnis zu ihren Anteilen unten.",
   "Новые лиды получают консультанты на смене пропорционально их долям ниже.",
   "Нові ліди отримують консультанти на зміні пропорційно їхнім часткам нижче.",
   "新线索按下方份额比例分配给在岗顾问。")
tr(C, "New leads wait in a shared pool; the consultants take them themselves.",
   "Neue Leads warten in einem gemeinsamen Pool; die Berater übernehmen sie selbst.",
   "Новые лиды ждут в общем пуле; консультанты сами берут их в работу.",
   "Нові ліди чекають у спільному пулі; консультанти самі беруть їх у роботу.",
   "新线索进入公共池，由顾问自行领取。")
tr(C, "All managers", "Alle Verkaufsleiter", "Все руководители", "Усі керівники", "所有经理")
tr(C, "%1 (%2)", "%1 (%2)", "%1 (%2)", "%1 (%2)", "%1（%2）")  # name (role)

C = "showroom::ShareModel"
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")
tr(C, "Share", "Anteil", "Доля", "Частка", "份额")
tr(C, "Of the leads", "Leadanteil", "Доля лидов", "Частка лідів", "线索占比")
tr(C, "none", "keine", "нет", "немає", "无")
tr(C, "%1 %", "%1 %", "%1 %", "%1 %", "%1%")
tr(C, "Double-click to change; 0 takes no leads under weighted assignment",
   "Zum Ändern doppelklicken; bei 0 gibt es bei gewichteter Zuweisung keine Leads",
   "Дважды щёлкните, чтобы изменить; при доле 0 лиды при взвешенном распределении не "
   "назначаются",
   "Двічі клацніть, щоб змінити; при частці 0 ліди при зваженому розподілі не призначаються",
   "双击修改；份额为 0 时，按权重分配不会分到线索")

C = "showroom::RulesForm"
tr(C, " min", " Min.", " мин", " хв", " 分钟")
tr(C, "e.g. 1, 3, 7", "z. B. 1, 3, 7", "например, 1, 3, 7", "наприклад, 1, 3, 7", "例如 1, 3, 7")
tr(C, " days", " Tage", " дн.", " дн.", " 天")
tr(C, "Response time", "Reaktionszeit", "Время реакции", "Час реакції", "响应时间")
tr(C, "&Contact a new lead within:", "Neuen Lead &kontaktieren innerhalb von:",
   "Свя&заться с новым лидом в течение:", "Зв'язатися з новим лідом &протягом:",
   "新线索须在此时间内联系(&C)：")
tr(C, "The default; each lead source can have its own time (see Lead sources). Only business "
      "hours count.",
   "Standardwert; jede Leadquelle kann eine eigene Zeit haben (siehe Leadquellen). Es zählt nur "
   "die Geschäftszeit.",
   "Значение по умолчанию; у каждого источника лидов может быть своё время (см. «Источники "
   "лидов»). Учитывается только рабочее время.",
   "Типове значення; кожне джерело лідів може мати власний час (див. «Джерела лідів»). "
   "Враховується лише робочий час.",
   "默认值；每个线索来源可设置各自的时限（参见“线索来源”）。只计算营业时间。")
tr(C, "&Tell the manager after a further:", "Verkaufsleiter &informieren nach weiteren:",
   "Сообщить &руководителю ещё через:", "Повідомити &керівника ще через:",
   "再过多久通知经理(&T)：")
tr(C, "At the deadline the consultant, or whoever watches the unassigned queue, is reminded; if "
      "the lead is still waiting this much later, the manager is notified.",
   "Bei Fristablauf wird der Berater erinnert – oder wer die Warteschlange der nicht "
   "zugewiesenen Leads überwacht; wartet der Lead so viel später immer noch, wird der "
   "Verkaufsleiter benachrichtigt.",
   "По истечении срока напоминание получает консультант или тот, кто следит за очередью "
   "неназначенных лидов; если лид всё ещё ждёт спустя это время, уведомление получает "
   "руководитель.",
   "Після спливу терміну нагадування отримує консультант або той, хто стежить за чергою "
   "непризначених лідів; якщо лід і далі чекає після цього часу, сповіщення отримує керівник.",
   "到达时限时，会提醒顾问或负责未分配队列的人；如果此后再过这段时间线索仍在等待，则通知经理。")
tr(C, "Follow-ups", "Wiedervorlagen", "Повторные контакты", "Повторні контакти", "跟进")
tr(C, "Call after a first visit on &days:", "Anruf nach einem Erstbesuch an den &Tagen:",
   "Звонить после первого визита в &дни:", "&Телефонувати після першого візиту в дні:",
   "首次到店后的回访日(&D)：")
tr(C, "Days after the visit, separated by commas. A call due on a closed day moves to the next "
      "business day.",
   "Tage nach dem Besuch, durch Kommas getrennt. Ein Anruf, der auf einen Schließtag fällt, "
   "wird auf den nächsten Geschäftstag verschoben.",
   "Дни после визита через запятую. Звонок, выпадающий на нерабочий день, переносится на "
   "следующий рабочий день.",
   "Дні після візиту через кому. Дзвінок, що припадає на неробочий день, переноситься на "
   "наступний робочий день.",
   "到店后的第几天，用逗号分隔。落在非营业日的电话顺延到下一个营业日。")
tr(C, "&Reassign invited leads who did not come after:",
   "Eingeladene Leads ohne Erscheinen neu zuweisen &nach:",
   "&Переназначать приглашённых, но не пришедших, через:",
   "Переп&ризначати запрошених, які не прийшли, через:",
   "邀约未到店的线索在多久后重新分配(&R)：")
tr(C, "Follow-up days are whole numbers above zero, e.g. 1, 3, 7.",
   "Wiedervorlagetage sind ganze Zahlen größer als null, z. B. 1, 3, 7.",
   "Дни повторных контактов — целые числа больше нуля, например 1, 3, 7.",
   "Дні повторних контактів — цілі числа, більші за нуль, наприклад 1, 3, 7.",
   "跟进日必须是大于零的整数，例如 1, 3, 7。")

C = "showroom::HoursForm"
tr(C, "This computer's time zone (%1)", "Zeitzone dieses Computers (%1)",
   "Часовой пояс этого компьютера (%1)", "Часовий пояс цього комп'ютера (%1)", "本机时区（%1）")
tr(C, "to", "bis", "до", "до", "至")
tr(C, "Dealership", "Autohaus", "Автосалон", "Автосалон", "门店")
tr(C, "&Name:", "&Name:", "&Название:", "&Назва:", "名称(&N)：")
tr(C, "&Country for phone numbers:", "&Land für Telefonnummern:",
   "Ст&рана для телефонных номеров:", "&Країна для телефонних номерів:",
   "电话号码所属国家/地区(&C)：")
# The example follows the language, like the phone examples of the customer card.
tr(C, "Two letters, e.g. DE: numbers typed without a country code are read as this country's.",
   "Zwei Buchstaben, z. B. DE: Nummern ohne Ländervorwahl gelten als Nummern dieses Landes.",
   "Две латинские буквы, например RU: номера без кода страны считаются номерами этой страны.",
   "Дві латинські літери, наприклад UA: номери без коду країни вважаються номерами цієї країни.",
   "两个字母，例如 CN：未带国家/地区代码的号码按该国家/地区的号码处理。")
tr(C, "&Time zone:", "Zeitz&one:", "Часовой &пояс:", "Часовий &пояс:", "时区(&T)：")
tr(C, "Business hours", "Öffnungszeiten", "Часы работы", "Години роботи", "营业时间")
tr(C, "&Open from:", "&Geöffnet von:", "&Открыто с:", "Відкр&ито з:", "营业时段(&O)：")
tr(C, "Open on:", "Geöffnet an:", "Рабочие дни:", "Робочі дні:", "营业日：")
tr(C, "Response times and follow-up calls count only these hours, in the dealership's time "
      "zone.",
   "Reaktionszeiten und Nachfassanrufe zählen nur diese Stunden, in der Zeitzone des Autohauses.",
   "Время реакции и повторные звонки учитывают только эти часы по часовому поясу автосалона.",
   "Час реакції та повторні дзвінки враховують лише ці години за часовим поясом автосалону.",
   "响应时间和跟进电话只计算这些营业时间（按门店所在时区）。")
tr(C, "The business day must end after it starts.",
   "Der Geschäftstag muss nach seinem Beginn enden.",
   "Рабочий день должен заканчиваться позже, чем начинается.",
   "Робочий день має закінчуватися пізніше, ніж починається.",
   "营业结束时间必须晚于开始时间。")
tr(C, "Choose at least one business day; response times count only those.",
   "Wählen Sie mindestens einen Geschäftstag; Reaktionszeiten zählen nur diese.",
   "Выберите хотя бы один рабочий день; время реакции считается только по рабочим дням.",
   "Виберіть принаймні один робочий день; час реакції рахується лише за робочими днями.",
   "请至少选择一个营业日；响应时间只计算营业日。")

C = "showroom::CardFieldsForm"
tr(C, "Shown on every card", "Auf jeder Karte angezeigt", "Показывать на каждой карточке",
   "Показувати на кожній картці", "每张卡片显示")
tr(C, "Every card shows the customer's name. Fewer fields keep the board calm; more help to "
      "decide at a glance.",
   "Jede Karte zeigt den Namen des Kunden. Weniger Felder halten die Pipeline übersichtlich; "
   "mehr helfen, auf einen Blick zu entscheiden.",
   "На каждой карточке есть имя клиента. Чем меньше полей, тем спокойнее воронка; чем больше, "
   "тем проще решать с первого взгляда.",
   "На кожній картці є ім'я клієнта. Що менше полів, то спокійніша воронка; що більше, то "
   "легше вирішувати з першого погляду.",
   "每张卡片都会显示客户姓名。字段越少，销售漏斗越清爽；字段越多，越便于一眼做出判断。")
tr(C, "Vehicle of interest", "Fahrzeugwunsch", "Интересующий автомобиль",
   "Автомобіль, що цікавить", "意向车型")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")
tr(C, "Lead source", "Leadquelle", "Источник лида", "Джерело ліда", "线索来源")
tr(C, "Value tier", "Kundenwert", "Ценность клиента", "Цінність клієнта", "客户价值等级")
tr(C, "Time in stage", "Zeit in der Phase", "Время на этапе", "Час на етапі", "当前阶段停留时长")
tr(C, "Next follow-up", "Nächste Wiedervorlage", "Следующий повторный контакт",
   "Наступний повторний контакт", "下次跟进")
tr(C, "Response deadline", "Reaktionsfrist", "Срок реакции", "Термін реакції", "响应时限")
tr(C, "Estimated value", "Geschätzter Wert", "Ожидаемая сумма", "Очікувана сума", "预计金额")
tr(C, "The model the customer asked about", "Das Modell, nach dem der Kunde gefragt hat",
   "Модель, которой интересовался клиент", "Модель, якою цікавився клієнт", "客户咨询的车型")
tr(C, "Who works on the lead", "Wer den Lead bearbeitet", "Кто работает с лидом",
   "Хто працює з лідом", "负责该线索的人")
tr(C, "Walk-in, phone, website form, …", "Besuch im Autohaus, Telefon, Website-Formular, …",
   "Визит в салон, телефон, форма на сайте, …", "Візит до салону, телефон, форма на сайті, …",
   "到店、电话、网站表单、…")
tr(C, "High value for walk-ins, value for calls, chats and web forms",
   "Hoch bei Besuchen im Autohaus, mittel bei Anrufen, Chats und Website-Formularen",
   "Высокая — визит в салон, средняя — звонки, чаты и формы на сайте",
   "Висока — візит до салону, середня — дзвінки, чати й форми на сайті",
   "到店为高价值，来电、在线咨询和网站表单为中等价值")
tr(C, "How long the lead has been in its column", "Wie lange der Lead schon in seiner Spalte ist",
   "Сколько времени лид находится в своей колонке", "Скільки часу лід перебуває у своїй колонці",
   "线索在当前列中停留的时间")
tr(C, "When the next planned call or appointment is due",
   "Wann der nächste geplante Anruf oder Termin fällig ist",
   "Когда наступает следующий запланированный звонок или встреча",
   "Коли настає наступний запланований дзвінок або зустріч",
   "下一次计划的电话或预约的时间")
tr(C, "Time left to contact a new lead, red when missed",
   "Verbleibende Zeit für den Erstkontakt mit einem neuen Lead, rot bei Überschreitung",
   "Сколько осталось времени, чтобы связаться с новым лидом; красным, если срок пропущен",
   "Скільки лишилося часу, щоб зв'язатися з новим лідом; червоним, якщо термін пропущено",
   "联系新线索的剩余时间，超时显示为红色")
tr(C, "The expected price of the deal", "Der erwartete Preis des Verkaufs",
   "Ожидаемая цена сделки", "Очікувана ціна угоди", "预计成交价格")


table.run(checks=ts_fill.ALL_CHECKS, literal_ampersands=True, skip_vanished=False)
