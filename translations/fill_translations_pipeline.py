#!/usr/bin/env python3
"""Fills the pipeline board, lost approval, follow-up, rule and notification messages into the
Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts:
    python3 translations/fill_translations_pipeline.py
Covers BoardText, Labels (lost reasons, assignment modes), LeadService, LostService,
NotificationService, PipelineCommands, PipelineConfigService, RuleService, Screenshots,
SettingsService, Storage, TaskCommands, TaskService, UserService and showroom::BoardActions,
BoardColumnView, BoardFilterBar, BoardModel, BoardPage, CardDelegate, ConsultantStrip, LostDialog
and MainWindow. Only messages of these contexts are touched.
Messages found here get their translation and lose type="unfinished"; the rest stay as they are.
Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3, zh_CN 1);
showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps lupdate's
layout and escaping, so the .ts files show no unrelated changes. After writing it checks its
contexts: no unfinished message left (de, ru, uk, zh_CN) and the same %1…%9 and %n placeholders in
every translation as in the source.

Terms shared with the other fill scripts: customer Kunde/клиент/клієнт/客户, consultant
Berater/консультант/консультант/顾问, manager Verkaufsleiter/руководитель/керівник/经理, lead
Lead/лид/лід/线索 (German "es" refers back to a lead, as in LeadService), stage
Phase/этап/етап/阶段, pipeline Pipeline/воронка (продаж)/воронка (продажів)/销售漏斗, another desk
anderer Arbeitsplatz/другое рабочее место/інше робоче місце/另一个工位, tier Kundenwert/Ценность/
Цінність/价值等级 (as "Tier: %1" on the customer card), activity Aktivität/действие/дія/活动,
follow-up Wiedervorlage/повторный контакт/повторний контакт/跟进 (as in ActivityService), unassigned
queue Lead-Warteschlange/очередь лидов/черга лідів/待分配队列 (as in VisitForm).
Here: lost (the stage) Verloren/Проигран/Втрачено/战败, so "Mark as lost" Als verloren
markieren/Отметить как проигранный/Позначити як втрачений/标记为战败 (as LeadService quotes it); lost
reason Verlustgrund/причина отказа/причина відмови/战败原因 (as in the weekly report); approve
bestätigen/подтвердить/підтвердити/批准; "Not lost" (a manager returns the lead) Nicht verloren/Не
проигран/Не втрачено/驳回战败; reopen Wieder öffnen/Открыть снова/Відкрити знову/重新打开; take (from the
pool) Übernehmen/Взять/Взяти/领取; shared pool Gemeinsamer Pool/Общий пул/Спільний пул/公共线索池, on the
board "Unassigned pool" Nicht zugewiesen (Pool)/Не назначены (общий пул)/Не призначені (спільний
пул)/待分配线索池; assignment rule Zuweisungsregel/правило распределения/правило розподілу/分配规则; first
contact Erstkontakt/первый контакт/перший контакт/首次联系; response time Reaktionszeit/время
реакции/час реакції/响应时限; business hours Öffnungszeiten/часы работы/години роботи/营业时间, business
days Geschäftstage/рабочие дни/робочі дні/营业日, retire deaktivieren/отключить/вимкнути/停用 (as
fill_translations_today_settings.py); escalation Eskalation/эскалация/ескалація/升级; task
Aufgabe/задача/завдання/任务; invitation to the showroom Einladung ins Autohaus/приглашение в
салон/запрошення до салону/邀约到店. Where a count is a plain %1, not a %n plural, Russian and
Ukrainian write "мин"/"хв" and "дн." so that no word has to agree with the number.

CLI messages keep command words, option names and metavariables (LEAD_ID, --reason KEY) in
English; German writes "erfordert", Russian/Ukrainian "для … нужны/потрібні", Chinese "需要", as
CommandLine does.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# Accelerators: only the View menu's "&Find customer" has one; its letter differs from the other
# View entry, &Reload (de N, ru О, uk О, zh R):  de S  ru Н  uk З  zh F.

# --- Labels: lost reasons and assignment modes ---------------------------------------------------
C = "Labels"
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
tr(C, "Credit terms", "Finanzierungskonditionen", "Условия кредита", "Умови кредиту", "贷款条件")
tr(C, "Test drive impression", "Eindruck bei der Probefahrt", "Впечатление от тест-драйва",
   "Враження від тест-драйву", "试驾体验")
tr(C, "Bought elsewhere", "Woanders gekauft", "Покупка в другом месте", "Покупка в іншому місці",
   "已在他处购车")
tr(C, "No stock / colour", "Nicht vorrätig / Farbe", "Нет в наличии / нет цвета",
   "Немає в наявності / кольору", "无现车 / 无颜色")
tr(C, "Delivery time", "Lieferzeit", "Срок поставки", "Термін постачання", "交车周期")
tr(C, "Trade-in value", "Inzahlungnahmewert", "Оценка трейд-ин", "Оцінка трейд-ін", "置换估价")
tr(C, "Unreachable", "Nicht erreichbar", "Не выходит на связь", "Не виходить на зв'язок",
   "联系不上")
tr(C, "Just browsing", "Nur informiert", "Просто интересуется", "Просто цікавиться",
   "随便看看")
tr(C, "Manual", "Manuell", "Вручную", "Вручну", "手动分配")
tr(C, "Round robin", "Reihum", "По очереди", "По черзі", "轮流分配")
tr(C, "Weighted shares", "Gewichtete Anteile", "Взвешенные доли", "Зважені частки", "按权重分配")
tr(C, "Shared pool", "Gemeinsamer Pool", "Общий пул", "Спільний пул", "公共线索池")

# --- Board texts (badges on the cards) -----------------------------------------------------------
C = "BoardText"
tr(C, "%1 d", "%1 Tg.", "%1 дн", "%1 дн", "%1 天")
tr(C, "%1 h", "%1 Std.", "%1 ч", "%1 год", "%1 小时")
tr(C, "%1 min", "%1 Min.", "%1 мин", "%1 хв", "%1 分钟")
# %1 is a time of day: outside business hours the response clock stands still until then.
tr(C, "due %1", "fällig um %1", "до %1", "до %1", "%1 前")
tr(C, "%1 left", "noch %1", "осталось %1", "залишилося %1", "剩余 %1")
tr(C, "overdue %1", "%1 überfällig", "просрочено на %1", "прострочено на %1", "已超时 %1")
tr(C, "escalated %1", "eskaliert, %1 überfällig", "эскалация, просрочено на %1",
   "ескалація, прострочено на %1", "已升级，超时 %1")
tr(C, "today %1", "heute %1", "сегодня %1", "сьогодні %1", "今天 %1")

# --- Board page ----------------------------------------------------------------------------------
C = "showroom::BoardPage"
tr(C, "Open customer card", "Kundenkarte öffnen", "Открыть карточку клиента",
   "Відкрити картку клієнта", "打开客户档案")
tr(C, "Log call…", "Anruf erfassen…", "Записать звонок…", "Записати дзвінок…", "记录通话…")
tr(C, "Add follow-up…", "Wiedervorlage anlegen…", "Запланировать повторный контакт…",
   "Запланувати повторний контакт…", "添加跟进…")
tr(C, "Schedule test drive…", "Probefahrt planen…", "Назначить тест-драйв…",
   "Запланувати тест-драйв…", "安排试驾…")
tr(C, "Invite to the showroom…", "Ins Autohaus einladen…", "Пригласить в салон…",
   "Запросити до салону…", "邀约到店…")
tr(C, "Move to", "Verschieben nach", "Перевести на этап", "Перевести на етап", "移至")
tr(C, "Move left", "Nach links verschieben", "Переместить влево", "Перемістити ліворуч", "左移")
tr(C, "Move right", "Nach rechts verschieben", "Переместить вправо", "Перемістити праворуч",
   "右移")
tr(C, "Take", "Übernehmen", "Взять", "Взяти", "领取")
tr(C, "Assign to", "Zuweisen an", "Назначить консультанту", "Призначити консультанту", "分配给")
tr(C, "Mark as lost…", "Als verloren markieren…", "Отметить как проигранный…",
   "Позначити як втрачений…", "标记为战败…")
tr(C, "Approve: lost", "Bestätigen: verloren", "Подтвердить: проигран", "Підтвердити: втрачено",
   "批准：战败")
tr(C, "Not lost: return with a comment…", "Nicht verloren: mit Kommentar zurückgeben…",
   "Не проигран: вернуть с комментарием…", "Не втрачено: повернути з коментарем…",
   "驳回战败并附意见…")
tr(C, "Reopen", "Wieder öffnen", "Открыть снова", "Відкрити знову", "重新打开")
tr(C, "Pipeline", "Pipeline", "Воронка продаж", "Воронка продажів", "销售漏斗")
tr(C, "Undo", "Rückgängig", "Отменить", "Скасувати", "撤销")
tr(C, "Redo", "Wiederholen", "Повторить", "Повторити", "重做")
tr(C, "Undo %1", "Rückgängig: %1", "Отменить «%1»", "Скасувати «%1»", "撤销“%1”")
tr(C, "◀ Move left", "◀ Nach links", "◀ Влево", "◀ Ліворуч", "◀ 左移")
tr(C, "Move right ▶", "Nach rechts ▶", "Вправо ▶", "Праворуч ▶", "右移 ▶")
tr(C, "Take the selected leads from the unassigned pool",
   "Ausgewählte Leads aus dem Pool der nicht zugewiesenen Leads übernehmen",
   "Взять выбранные лиды из пула нераспределённых",
   "Взяти вибрані ліди з пулу нерозподілених",
   "从待分配线索池领取所选线索")
tr(C, "Assign: drop cards on a consultant", "Zuweisen: Karten auf einen Berater ziehen",
   "Назначение: перетащите карточки на консультанта",
   "Призначення: перетягніть картки на консультанта",
   "分配：将卡片拖到顾问上")
trn(C, "%n lead(s)",
    ["%n lead", "%n leads"],
    ["%n Lead", "%n Leads"],
    ["%n лид", "%n лида", "%n лидов"],
    ["%n лід", "%n ліди", "%n лідів"],
    ["%n 条线索"])
trn(C, "%1 of %n lead(s) match the filter",
    ["%1 of %n lead matches the filter", "%1 of %n leads match the filter"],
    ["%1 von %n Lead passt zum Filter", "%1 von %n Leads passen zum Filter"],
    ["Фильтру соответствуют %1 из %n лида", "Фильтру соответствуют %1 из %n лидов",
     "Фильтру соответствуют %1 из %n лидов"],
    ["Фільтру відповідають %1 з %n ліда", "Фільтру відповідають %1 з %n лідів",
     "Фільтру відповідають %1 з %n лідів"],
    ["%n 条线索中有 %1 条符合筛选条件"])

C = "showroom::BoardActions"
tr(C, "Lead #%1 (%2)", "Lead #%1 (%2)", "Лид №%1 (%2)", "Лід №%1 (%2)", "线索 #%1（%2）")
tr(C, "Lead #%1", "Lead #%1", "Лид №%1", "Лід №%1", "线索 #%1")
tr(C, "Undo", "Rückgängig", "Отменить", "Скасувати", "撤销")
tr(C, "Redo", "Wiederholen", "Повторить", "Повторити", "重做")
# Undo texts: %1 a lead ("Lead #5 (Name)") or "%n leads", %2 a stage.
tr(C, "Move %1 to %2", "%1 nach %2 verschieben", "Перевести %1 на этап %2",
   "Перевести %1 на етап %2", "将 %1 移至 %2")
trn(C, "Move %n lead(s) to %1",
    ["Move %n lead to %1", "Move %n leads to %1"],
    ["%n Lead nach %1 verschieben", "%n Leads nach %1 verschieben"],
    ["Перевести %n лид на этап %1", "Перевести %n лида на этап %1",
     "Перевести %n лидов на этап %1"],
    ["Перевести %n лід на етап %1", "Перевести %n ліди на етап %1",
     "Перевести %n лідів на етап %1"],
    ["将 %n 条线索移至 %1"])
tr(C, "Move lead", "Lead verschieben", "Перевести лид", "Перевести лід", "移动线索")
tr(C, "Assign %1", "%1 zuweisen", "Назначить %1", "Призначити %1", "分配 %1")
trn(C, "Assign %n lead(s)",
    ["Assign %n lead", "Assign %n leads"],
    ["%n Lead zuweisen", "%n Leads zuweisen"],
    ["Назначить %n лид", "Назначить %n лида", "Назначить %n лидов"],
    ["Призначити %n лід", "Призначити %n ліди", "Призначити %n лідів"],
    ["分配 %n 条线索"])
tr(C, "Assign lead", "Lead zuweisen", "Назначить лид", "Призначити лід", "分配线索")
tr(C, "Mark as lost", "Als verloren markieren", "Отметить как проигранный",
   "Позначити як втрачений", "标记为战败")
trn(C, "%n leads",
    ["%n lead", "%n leads"],
    ["%n Lead", "%n Leads"],
    ["%n лид", "%n лида", "%n лидов"],
    ["%n лід", "%n ліди", "%n лідів"],
    ["%n 条线索"])
tr(C, "Mark %1 as lost", "%1 als verloren markieren", "Отметить проигрыш: %1",
   "Позначити втрату: %1", "将 %1 标记为战败")
tr(C, "Approve lost", "Verlust bestätigen", "Подтвердить проигрыш", "Підтвердити втрату",
   "批准战败")
tr(C, "Not lost", "Nicht verloren", "Не проигран", "Не втрачено", "驳回战败")
tr(C, "Why is %1 not lost? The consultant reads this.",
   "Warum ist %1 nicht verloren? Der Berater liest diese Begründung.",
   "Почему %1 не проигран? Консультант увидит этот ответ.",
   "Чому %1 не втрачено? Консультант побачить цю відповідь.",
   "为什么 %1 不算战败？顾问会看到这段说明。")
tr(C, "Reopen", "Wieder öffnen", "Открыть снова", "Відкрити знову", "重新打开")

C = "showroom::BoardColumnView"
trn(C, "%n lead(s)",
    ["%n lead", "%n leads"],
    ["%n Lead", "%n Leads"],
    ["%n лид", "%n лида", "%n лидов"],
    ["%n лід", "%n ліди", "%n лідів"],
    ["%n 条线索"])
trn(C, "Drop when won · %n in 7 days",
    ["Drop when won · %n in 7 days", "Drop when won · %n in 7 days"],
    ["Bei Gewinn hierher ziehen · %n in 7 Tagen", "Bei Gewinn hierher ziehen · %n in 7 Tagen"],
    ["Перетащите сюда при выигрыше · %n за 7 дней",
     "Перетащите сюда при выигрыше · %n за 7 дней",
     "Перетащите сюда при выигрыше · %n за 7 дней"],
    ["Перетягніть сюди, коли виграно · %n за 7 днів",
     "Перетягніть сюди, коли виграно · %n за 7 днів",
     "Перетягніть сюди, коли виграно · %n за 7 днів"],
    ["成交时拖到此处 · 近 7 天 %n 条"])
trn(C, "Drop when lost · %n",
    ["Drop when lost · %n", "Drop when lost · %n"],
    ["Bei Verlust hierher ziehen · %n", "Bei Verlust hierher ziehen · %n"],
    ["Перетащите сюда при проигрыше · %n", "Перетащите сюда при проигрыше · %n",
     "Перетащите сюда при проигрыше · %n"],
    ["Перетягніть сюди, коли втрачено · %n", "Перетягніть сюди, коли втрачено · %n",
     "Перетягніть сюди, коли втрачено · %n"],
    ["战败时拖到此处 · %n 条"])

C = "showroom::BoardFilterBar"
tr(C, "My leads only", "Nur meine Leads", "Только мои лиды", "Лише мої ліди", "仅我的线索")
tr(C, "Any tier", "Jeder Kundenwert", "Любая ценность", "Будь-яка цінність", "全部价值等级")
tr(C, "Any time in stage", "Beliebige Dauer in der Phase", "Любое время на этапе",
   "Будь-який час на етапі", "不限停留时长")
trn(C, "%n+ days in stage",
    ["%n+ day in stage", "%n+ days in stage"],
    ["%n+ Tag in der Phase", "%n+ Tage in der Phase"],
    ["%n+ день на этапе", "%n+ дня на этапе", "%n+ дней на этапе"],
    ["%n+ день на етапі", "%n+ дні на етапі", "%n+ днів на етапі"],
    ["在该阶段 %n 天以上"])
tr(C, "Overdue only", "Nur überfällige", "Только просроченные", "Лише прострочені", "仅看逾期")
tr(C, "Filter: name, car, consultant", "Filter: Name, Fahrzeug, Berater",
   "Фильтр: имя, автомобиль, консультант", "Фільтр: ім'я, автомобіль, консультант",
   "筛选：姓名、车型、顾问")
tr(C, "All consultants", "Alle Berater", "Все консультанты", "Усі консультанти", "全部顾问")
tr(C, "Unassigned pool", "Nicht zugewiesen (Pool)", "Не назначены (общий пул)",
   "Не призначені (спільний пул)", "待分配线索池")
tr(C, "All sources", "Alle Quellen", "Все источники", "Усі джерела", "全部来源")

C = "showroom::BoardModel"
tr(C, "Lead #%1: %2, %3", "Lead #%1: %2, %3", "Лид №%1: %2, %3", "Лід №%1: %2, %3",
   "线索 #%1：%2，%3")

C = "showroom::CardDelegate"
tr(C, "no car chosen yet", "noch kein Fahrzeug gewählt", "автомобиль ещё не выбран",
   "автомобіль ще не вибрано", "尚未选车")
tr(C, "unassigned", "nicht zugewiesen", "не назначен", "не призначено", "未分配")
tr(C, "%1 tier", "Kundenwert: %1", "Ценность: %1", "Цінність: %1", "价值等级：%1")
tr(C, "%1 in stage", "%1 in der Phase", "%1 на этапе", "%1 на етапі", "本阶段 %1")
tr(C, "next %1", "Wiedervorlage %1", "след. контакт %1", "наст. контакт %1", "下次跟进 %1")
tr(C, "Lost? waiting for approval: %1", "Verloren? Wartet auf Bestätigung: %1",
   "Проигран? Ждёт подтверждения: %1", "Втрачено? Очікує підтвердження: %1",
   "战败待批准：%1")
tr(C, "Not lost: %1", "Nicht verloren: %1", "Не проигран: %1", "Не втрачено: %1",
   "战败被驳回：%1")
tr(C, "Lost: %1", "Verloren: %1", "Проигран: %1", "Втрачено: %1", "战败：%1")

C = "showroom::ConsultantStrip"
tr(C, "Drop lead cards on a consultant to assign them",
   "Lead-Karten auf einen Berater ziehen, um sie zuzuweisen",
   "Перетащите карточки лидов на консультанта, чтобы назначить их",
   "Перетягніть картки лідів на консультанта, щоб призначити їх",
   "将线索卡片拖到顾问上即可分配")
tr(C, "available", "verfügbar", "свободен(а)", "вільний(-а)", "空闲")
tr(C, "off duty", "nicht im Dienst", "не на смене", "не на зміні", "不在岗")
tr(C, "busy", "beschäftigt", "занят(а)", "зайнятий(-а)", "忙碌")
trn(C, "%1\n%2 · %n open",
    ["%1\n%2 · %n open", "%1\n%2 · %n open"],
    ["%1\n%2 · %n offen", "%1\n%2 · %n offen"],
    ["%1\n%2 · в работе: %n", "%1\n%2 · в работе: %n", "%1\n%2 · в работе: %n"],
    ["%1\n%2 · у роботі: %n", "%1\n%2 · у роботі: %n", "%1\n%2 · у роботі: %n"],
    ["%1\n%2 · 进行中 %n 条"])

C = "showroom::LostDialog"
tr(C, "Mark as lost", "Als verloren markieren", "Отметить как проигранный",
   "Позначити як втрачений", "标记为战败")
tr(C, "Close as lost", "Als verloren abschließen", "Закрыть как проигранный",
   "Закрити як втрачений", "按战败关闭")
tr(C, "Ask for approval", "Bestätigung anfordern", "Запросить подтверждение",
   "Запросити підтвердження", "提交审批")
# %1 is one lead ("Lead #5 (Name)") or "%n leads": the sentences put it last to keep the verb
# right for both.
tr(C, "<b>%1</b> will be closed as lost. Lost reasons are what the weekly report learns from, so "
      "choose the real one.",
   "Wird als verloren abgeschlossen: <b>%1</b>. Der Wochenbericht wertet die Verlustgründe aus – "
   "wählen Sie deshalb den tatsächlichen Grund.",
   "Будет закрыто как проигрыш: <b>%1</b>. Еженедельный отчёт строится на причинах отказа, "
   "поэтому укажите настоящую причину.",
   "Буде закрито як втрату: <b>%1</b>. Щотижневий звіт будується на причинах відмови, тож "
   "вкажіть справжню причину.",
   "<b>%1</b> 将按战败关闭。每周报表依据战败原因进行分析，请选择真实原因。")
tr(C, "<b>%1</b> stays on your board until the manager approves. Lost reasons are what the weekly "
      "report learns from, so choose the real one.",
   "Bleibt in Ihrer Pipeline, bis der Verkaufsleiter bestätigt: <b>%1</b>. Der Wochenbericht "
   "wertet die Verlustgründe aus – wählen Sie deshalb den tatsächlichen Grund.",
   "До подтверждения руководителем в вашей воронке остаётся <b>%1</b>. Еженедельный отчёт "
   "строится на причинах отказа, поэтому укажите настоящую причину.",
   "До підтвердження керівником у вашій воронці залишається <b>%1</b>. Щотижневий звіт "
   "будується на причинах відмови, тож вкажіть справжню причину.",
   "在经理批准前，<b>%1</b> 仍会留在您的看板上。每周报表依据战败原因进行分析，请选择真实原因。")
tr(C, "Choose a reason…", "Grund wählen…", "Выберите причину…", "Виберіть причину…",
   "请选择原因…")
tr(C, "Reason", "Grund", "Причина", "Причина", "原因")
tr(C, "What happened, in the customer's words", "Was ist passiert – in den Worten des Kunden",
   "Что произошло — словами клиента", "Що сталося — словами клієнта", "发生了什么（用客户的原话）")
tr(C, "Comment", "Kommentar", "Комментарий", "Коментар", "备注")
tr(C, "Choose why the lead is lost.", "Wählen Sie, warum der Lead verloren ist.",
   "Укажите, почему лид проигран.", "Вкажіть, чому лід втрачено.", "请选择线索战败的原因。")
tr(C, "“%1” needs a comment.", "„%1“ erfordert einen Kommentar.", "Для «%1» нужен комментарий.",
   "Для «%1» потрібен коментар.", "“%1”需要填写备注。")
tr(C, "This reason needs a comment.", "Dieser Grund erfordert einen Kommentar.",
   "Для этой причины нужен комментарий.", "Для цієї причини потрібен коментар.",
   "此原因需要填写备注。")
tr(C, "Optional.", "Optional.", "Необязательно.", "Необов'язково.", "选填。")

C = "showroom::MainWindow"
tr(C, "&Find customer", "Kunden &suchen", "&Найти клиента", "&Знайти клієнта", "查找客户(&F)")
tr(C, "Today", "Heute", "Сегодня", "Сьогодні", "今日")
tr(C, "Log call", "Anruf erfassen", "Записать звонок", "Записати дзвінок", "记录通话")

# --- Services ------------------------------------------------------------------------------------
C = "LeadService"
tr(C, "%1 is lost; a manager reopens it with “Reopen”.",
   "%1 ist verloren; ein Verkaufsleiter öffnet es mit „Wieder öffnen“ erneut.",
   "%1 проигран; снова открыть его может руководитель кнопкой «Открыть снова».",
   "%1 втрачено; знову відкрити його може керівник кнопкою «Відкрити знову».",
   "%1 已战败；经理可通过“重新打开”将其重新打开。")

C = "LostService"
tr(C, "Lead #%1", "Lead #%1", "Лид №%1", "Лід №%1", "线索 #%1")
tr(C, "Lead #%1 (%2)", "Lead #%1 (%2)", "Лид №%1 (%2)", "Лід №%1 (%2)", "线索 #%1（%2）")
tr(C, "%1 is already closed.", "%1 ist bereits abgeschlossen.", "%1 уже закрыт.",
   "%1 уже закрито.", "%1 已关闭。")
tr(C, "%1 belongs to another consultant.", "%1 gehört einem anderen Berater.",
   "%1 принадлежит другому консультанту.", "%1 належить іншому консультанту.",
   "%1 属于另一位顾问。")
tr(C, "Choose why %1 is lost: the reason is never optional.",
   "Wählen Sie, warum %1 verloren ist: Ein Grund ist immer Pflicht.",
   "Укажите, почему %1 проигран: причина обязательна всегда.",
   "Вкажіть, чому %1 втрачено: причина обов'язкова завжди.",
   "请选择 %1 战败的原因：原因始终为必填项。")
tr(C, "The lost reason “%1” is retired; choose another.",
   "Der Verlustgrund „%1“ wird nicht mehr verwendet; wählen Sie einen anderen.",
   "Причина отказа «%1» больше не используется; выберите другую.",
   "Причина відмови «%1» більше не використовується; виберіть іншу.",
   "战败原因“%1”已停用；请选择其他原因。")
tr(C, "The reason “%1” needs a comment saying what happened.",
   "Der Grund „%1“ erfordert einen Kommentar, was passiert ist.",
   "Для причины «%1» нужен комментарий о том, что произошло.",
   "Для причини «%1» потрібен коментар про те, що сталося.",
   "原因“%1”需要填写备注，说明具体情况。")
tr(C, "%1 is not waiting for a lost approval.",
   "%1 wartet nicht auf eine Verlustbestätigung.",
   "%1 не ожидает подтверждения проигрыша.",
   "%1 не очікує підтвердження втрати.",
   "%1 没有待批准的战败申请。")
tr(C, "Say why %1 is not lost: the consultant reads your comment.",
   "Schreiben Sie, warum %1 nicht verloren ist: Der Berater liest Ihren Kommentar.",
   "Напишите, почему %1 не проигран: консультант прочитает ваш комментарий.",
   "Напишіть, чому %1 не втрачено: консультант прочитає ваш коментар.",
   "请说明 %1 为何不算战败：顾问会看到您的意见。")
# The subject of the manager comment that returns the lead.
tr(C, "Not lost", "Nicht verloren", "Не проигран", "Не втрачено", "驳回战败")
tr(C, "Only who asked can take back the lost request on %1.",
   "Nur wer die Verlustmeldung für %1 gestellt hat, kann sie zurückziehen.",
   "Отозвать запрос на проигрыш по %1 может только тот, кто его отправил.",
   "Відкликати запит на втрату для %1 може лише той, хто його надіслав.",
   "只有提交人才能撤回 %1 的战败申请。")
tr(C, "%1 is not lost.", "%1 ist nicht verloren.", "%1 не проигран.", "%1 не втрачено.",
   "%1 未战败。")
tr(C, "Reopen %1 into an open stage.", "Öffnen Sie %1 in einer offenen Phase wieder.",
   "Откройте %1 снова на одном из открытых этапов.",
   "Відкрийте %1 знову на одному з відкритих етапів.",
   "请将 %1 重新打开到进行中的阶段。")

C = "NotificationService"
tr(C, "Lead #%1", "Lead #%1", "Лид №%1", "Лід №%1", "线索 #%1")
tr(C, "Lead #%1 (%2)", "Lead #%1 (%2)", "Лид №%1 (%2)", "Лід №%1 (%2)", "线索 #%1（%2）")
# Titles.
tr(C, "%1 has no first contact yet", "%1: noch kein Erstkontakt",
   "%1: первого контакта ещё не было", "%1: першого контакту ще не було", "%1 尚未首次联系")
tr(C, "Escalation: %1 is still waiting for a first contact",
   "Eskalation: %1 wartet noch auf den Erstkontakt",
   "Эскалация: %1 всё ещё ждёт первого контакта",
   "Ескалація: %1 досі чекає на перший контакт",
   "升级：%1 仍在等待首次联系")
tr(C, "%1 was assigned to you", "%1 wurde Ihnen zugewiesen", "%1 назначен вам",
   "%1 призначено вам", "%1 已分配给您")
tr(C, "%1: approve “lost”?", "%1: „Verloren“ bestätigen?", "%1: подтвердить «Проигран»?",
   "%1: підтвердити «Втрачено»?", "%1：是否批准“战败”？")
tr(C, "%1 was closed as lost", "%1 wurde als verloren abgeschlossen",
   "%1 закрыт как проигранный", "%1 закрито як втрачений", "%1 已按战败关闭")
tr(C, "%1 was returned to you", "%1 wurde an Sie zurückgegeben", "%1 возвращён вам",
   "%1 повернуто вам", "%1 已退回给您")
tr(C, "%1 is back in the unassigned queue", "%1 ist wieder in der Lead-Warteschlange",
   "%1 снова в очереди лидов", "%1 знову в черзі лідів", "%1 已回到待分配队列")
tr(C, "%1: the manager commented on a follow-up",
   "%1: Der Verkaufsleiter hat eine Wiedervorlage kommentiert",
   "%1: руководитель прокомментировал повторный контакт",
   "%1: керівник прокоментував повторний контакт",
   "%1：经理点评了一条跟进")
# Why they fired. %1 minutes is a plain number here, so ru/uk write "мин"/"хв".
tr(C, "The response deadline (%1 business minutes after the lead arrived) passed at %2. A call, "
      "email, SMS or visit stops the clock.",
   "Die Reaktionsfrist (%1 Min. in den Öffnungszeiten nach Eingang des Leads) ist am %2 "
   "abgelaufen. Ein Anruf, eine E-Mail, eine SMS oder ein Besuch hält die Uhr an.",
   "Срок реакции (%1 мин в часы работы после поступления лида) истёк %2. Звонок, письмо, SMS "
   "или визит останавливают отсчёт.",
   "Термін реакції (%1 хв у години роботи після надходження ліда) минув %2. Дзвінок, лист, SMS або "
   "візит зупиняють відлік.",
   "响应时限（线索进入后营业时间内 %1 分钟）已于 %2 到期。致电、邮件、短信或到店均可停止计时。")
tr(C, "No first contact %1 business minutes after the deadline of %2; the consultant is %3.",
   "Kein Erstkontakt %1 Min. (Öffnungszeiten) nach Ablauf der Frist (%2); zuständiger Berater: "
   "%3.",
   "Нет первого контакта через %1 мин (в часы работы) после срока %2; консультант: %3.",
   "Немає першого контакту через %1 хв (у години роботи) після терміну %2; консультант: %3.",
   "时限（%2）过后营业时间内 %1 分钟仍未首次联系；负责顾问：%3。")
tr(C, "not yet assigned", "noch nicht zugewiesen", "ещё не назначен", "ще не призначено",
   "尚未分配")
# %1 is the assignment mode's key (round_robin, weighted).
tr(C, "round robin", "reihum", "по очереди", "по черзі", "轮流分配")
tr(C, "weighted shares", "gewichtete Anteile", "взвешенные доли", "зважені частки", "按权重分配")
tr(C, "The assignment rule (%1) chose you.", "Die Zuweisungsregel (%1) hat Sie ausgewählt.",
   "Вас выбрало правило распределения (%1).", "Вас обрало правило розподілу (%1).",
   "分配规则（%1）选中了您。")
tr(C, "%1 assigned it to you.", "%1 hat es Ihnen zugewiesen.", "%1 назначил(а) его вам.",
   "%1 призначив(-ла) його вам.", "%1 将其分配给了您。")
tr(C, "%1 asks to close it as lost: %2. %3",
   "%1 bittet, es als verloren abzuschließen: %2. %3",
   "%1 просит закрыть его как проигранный: %2. %3",
   "%1 просить закрити його як втрачений: %2. %3",
   "%1 申请按战败关闭：%2。%3")
tr(C, "%1 approved your request (%2).", "%1 hat Ihre Anfrage bestätigt (%2).",
   "%1 подтвердил(а) ваш запрос (%2).", "%1 підтвердив(-ла) ваш запит (%2).",
   "%1 批准了您的申请（%2）。")
tr(C, "%1 did not approve “lost”: %2", "%1 hat „Verloren“ nicht bestätigt: %2",
   "%1 не подтвердил(а) «Проигран»: %2", "%1 не підтвердив(-ла) «Втрачено»: %2",
   "%1 未批准“战败”：%2")
tr(C, "The customer was invited for %1 and has not come within %2 days; the lead left %3 for "
      "reassignment.",
   "Der Kunde war für %1 eingeladen und ist innerhalb von %2 Tagen nicht gekommen; der Lead "
   "wurde %3 zur Neuzuweisung abgenommen.",
   "Клиент был приглашён на %1 и не пришёл в течение %2 дн.; лид снят с консультанта %3 для "
   "перераспределения.",
   "Клієнта запросили на %1, і він не прийшов протягом %2 дн.; лід знято з консультанта %3 для "
   "перерозподілу.",
   "客户受邀于 %1 到店，%2 天内未到店；该线索已从 %3 处收回，等待重新分配。")
# %1 the manager, %2 the task, %3 the comment.
tr(C, "%1 on “%2”: %3", "%1 zu „%2“: %3", "%1 о задаче «%2»: %3", "%1 щодо завдання «%2»: %3",
   "%1 点评“%2”：%3")

C = "PipelineConfigService"
tr(C, "A stage needs a name.", "Eine Phase braucht einen Namen.",
   "У этапа должно быть название.", "Етап повинен мати назву.", "阶段需要名称。")
tr(C, "There is a stage “%1” already.", "Es gibt bereits eine Phase „%1“.",
   "Этап «%1» уже есть.", "Етап «%1» уже є.", "阶段“%1”已存在。")
tr(C, "There is no stage #%1.", "Es gibt keine Phase #%1.", "Этапа №%1 нет.", "Етапу №%1 немає.",
   "不存在阶段 #%1。")
tr(C, "“%1” always starts the pipeline and cannot move.",
   "„%1“ steht immer am Anfang der Pipeline und kann nicht verschoben werden.",
   "«%1» всегда стоит первым в воронке, его нельзя переместить.",
   "«%1» завжди стоїть першим у воронці, його не можна перемістити.",
   "“%1”始终是销售漏斗的第一个阶段，不能移动。")
tr(C, "Won and Lost always come last.", "Gewonnen und Verloren stehen immer am Ende.",
   "«Выигран» и «Проигран» всегда стоят последними.",
   "«Виграно» і «Втрачено» завжди стоять останніми.",
   "“成交”和“战败”始终排在最后。")
tr(C, "The stage “%1” is part of every pipeline and cannot be retired.",
   "Die Phase „%1“ gehört zu jeder Pipeline und kann nicht deaktiviert werden.",
   "Этап «%1» есть в каждой воронке, его нельзя отключить.",
   "Етап «%1» є в кожній воронці, його не можна вимкнути.",
   "阶段“%1”是每个销售漏斗的固定阶段，不能停用。")
trn(C, "%n lead(s) are still in “%1”; move them to another stage first.",
    ["%n lead is still in “%1”; move it to another stage first.",
     "%n leads are still in “%1”; move them to another stage first."],
    ["In „%1“ liegt noch %n Lead; verschieben Sie es zuerst in eine andere Phase.",
     "In „%1“ liegen noch %n Leads; verschieben Sie sie zuerst in eine andere Phase."],
    ["На этапе «%1» ещё %n лид; сначала переведите его на другой этап.",
     "На этапе «%1» ещё %n лида; сначала переведите их на другой этап.",
     "На этапе «%1» ещё %n лидов; сначала переведите их на другой этап."],
    ["На етапі «%1» ще %n лід; спочатку перенесіть його на інший етап.",
     "На етапі «%1» ще %n ліди; спочатку перенесіть їх на інший етап.",
     "На етапі «%1» ще %n лідів; спочатку перенесіть їх на інший етап."],
    ["阶段“%1”中还有 %n 条线索；请先将其移到其他阶段。"])
tr(C, "A lost reason needs a name.", "Ein Verlustgrund braucht einen Namen.",
   "У причины отказа должно быть название.", "Причина відмови повинна мати назву.",
   "战败原因需要名称。")
tr(C, "There is a lost reason “%1” already.", "Es gibt bereits einen Verlustgrund „%1“.",
   "Причина отказа «%1» уже есть.", "Причина відмови «%1» уже є.", "战败原因“%1”已存在。")
tr(C, "Keep at least one lost reason: a lead is never lost without one.",
   "Behalten Sie mindestens einen Verlustgrund: Ein Lead geht nie ohne Grund verloren.",
   "Оставьте хотя бы одну причину отказа: лид не бывает проигран без причины.",
   "Залиште хоча б одну причину відмови: лід не буває втрачено без причини.",
   "请至少保留一个战败原因：线索标记为战败时必须注明原因。")
tr(C, "The response time is between 1 minute and 7 days.",
   "Die Reaktionszeit liegt zwischen 1 Minute und 7 Tagen.",
   "Время реакции — от 1 минуты до 7 дней.", "Час реакції — від 1 хвилини до 7 днів.",
   "响应时限须在 1 分钟到 7 天之间。")
tr(C, "“%1” is not an assignment mode (manual, round_robin, weighted, pool).",
   "„%1“ ist kein Zuweisungsmodus (manual, round_robin, weighted, pool).",
   "«%1» — не режим распределения (manual, round_robin, weighted, pool).",
   "«%1» — не режим розподілу (manual, round_robin, weighted, pool).",
   "“%1”不是有效的分配方式（manual、round_robin、weighted、pool）。")

C = "RuleService"
# The result the rule writes into the missed showroom invitation.
trn(C, "Did not come within %n days of the invitation",
    ["Did not come within %n day of the invitation",
     "Did not come within %n days of the invitation"],
    ["Innerhalb von %n Tag nach der Einladung nicht gekommen",
     "Innerhalb von %n Tagen nach der Einladung nicht gekommen"],
    ["Клиент не пришёл в течение %n дня после приглашения",
     "Клиент не пришёл в течение %n дней после приглашения",
     "Клиент не пришёл в течение %n дней после приглашения"],
    ["Клієнт не прийшов протягом %n дня після запрошення",
     "Клієнт не прийшов протягом %n днів після запрошення",
     "Клієнт не прийшов протягом %n днів після запрошення"],
    ["邀约后 %n 天内未到店"])
tr(C, "Lead #%1", "Lead #%1", "Лид №%1", "Лід №%1", "线索 #%1")
tr(C, "Assigned by the assignment rule.", "Von der Zuweisungsregel zugewiesen.",
   "Назначен правилом распределения.", "Призначено правилом розподілу.", "由分配规则分配。")

C = "SettingsService"
tr(C, "“%1” is not a time of day; write it as 09:00.",
   "„%1“ ist keine Uhrzeit; schreiben Sie sie als 09:00.",
   "«%1» — не время суток; укажите его в виде 09:00.",
   "«%1» — не час доби; вкажіть його у вигляді 09:00.",
   "“%1”不是有效的时间；请按 09:00 的格式填写。")
tr(C, "Business days are numbers from 1 (Monday) to 7 (Sunday), separated by commas.",
   "Geschäftstage sind Zahlen von 1 (Montag) bis 7 (Sonntag), durch Kommas getrennt.",
   "Рабочие дни — числа от 1 (понедельник) до 7 (воскресенье) через запятую.",
   "Робочі дні — числа від 1 (понеділок) до 7 (неділя) через кому.",
   "营业日为 1（星期一）到 7（星期日）之间的数字，以逗号分隔。")
tr(C, "“%1” is not a time zone; use a name such as Europe/Berlin.",
   "„%1“ ist keine Zeitzone; verwenden Sie einen Namen wie Europe/Berlin.",
   "«%1» — не часовой пояс; используйте название, например Europe/Moscow.",
   "«%1» — не часовий пояс; використовуйте назву, наприклад Europe/Kyiv.",
   "“%1”不是有效的时区；请使用 Asia/Shanghai 这样的名称。")
# %1 is the setting's key.
tr(C, "“%1” needs a whole number above zero.", "„%1“ erfordert eine ganze Zahl größer als null.",
   "Для «%1» нужно целое число больше нуля.", "Для «%1» потрібне ціле число, більше за нуль.",
   "“%1”需要大于零的整数。")
tr(C, "“%1” is not an assignment mode (manual, round_robin, weighted, pool).",
   "„%1“ ist kein Zuweisungsmodus (manual, round_robin, weighted, pool).",
   "«%1» — не режим распределения (manual, round_robin, weighted, pool).",
   "«%1» — не режим розподілу (manual, round_robin, weighted, pool).",
   "“%1”不是有效的分配方式（manual、round_robin、weighted、pool）。")
tr(C, "“%1” is not a card field; known are %2.",
   "„%1“ ist kein Kartenfeld; bekannt sind: %2.",
   "«%1» — не поле карточки; допустимые поля: %2.",
   "«%1» — не поле картки; допустимі поля: %2.",
   "“%1”不是卡片字段；可用字段：%2。")

C = "Storage"
tr(C, "There is no lost reason “%1”.", "Es gibt keinen Verlustgrund „%1“.",
   "Причины отказа «%1» нет.", "Причини відмови «%1» немає.", "不存在战败原因“%1”。")
tr(C, "There is no task #%1.", "Es gibt keine Aufgabe #%1.", "Задачи №%1 нет.",
   "Завдання №%1 немає.", "不存在任务 #%1。")

C = "TaskService"
# A task's label inside the messages below ("%1 is already done.").
tr(C, "The task “%1”", "Die Aufgabe „%1“", "Задача «%1»", "Завдання «%1»", "任务“%1”")
tr(C, "Follow-up call, day %1 after the first visit",
   "Nachfassanruf, Tag %1 nach dem Erstbesuch",
   "Повторный звонок: %1-й день после первого визита",
   "Повторний дзвінок: %1-й день після першого візиту",
   "跟进电话：首次到店后第 %1 天")
tr(C, "Say what the follow-up is about.", "Geben Sie an, worum es bei der Wiedervorlage geht.",
   "Укажите, о чём повторный контакт.", "Вкажіть, чого стосується повторний контакт.",
   "请说明跟进的内容。")
tr(C, "A follow-up needs a date and time.", "Eine Wiedervorlage braucht Datum und Uhrzeit.",
   "Для повторного контакта нужны дата и время.",
   "Для повторного контакту потрібні дата й час.",
   "跟进需要日期和时间。")
tr(C, "Lead #%1 belongs to another consultant.", "Lead #%1 gehört einem anderen Berater.",
   "Лид №%1 принадлежит другому консультанту.", "Лід №%1 належить іншому консультанту.",
   "线索 #%1 属于另一位顾问。")
tr(C, "%1 belongs to another consultant.", "%1 gehört einem anderen Berater.",
   "%1 принадлежит другому консультанту.", "%1 належить іншому консультанту.",
   "%1 属于另一位顾问。")
tr(C, "Write down the result: what came of the follow-up?",
   "Notieren Sie das Ergebnis: Was hat die Wiedervorlage ergeben?",
   "Запишите результат: чем закончился повторный контакт?",
   "Запишіть результат: чим закінчився повторний контакт?",
   "请填写结果：这次跟进的结果如何？")
tr(C, "%1 is already done.", "%1 ist bereits erledigt.", "%1 уже выполнена.", "%1 уже виконано.",
   "%1 已完成。")
tr(C, "The comment is empty.", "Der Kommentar ist leer.", "Комментарий пуст.",
   "Коментар порожній.", "点评内容为空。")

C = "UserService"
tr(C, "A share is a whole number from 0 to 1000.",
   "Ein Anteil ist eine ganze Zahl von 0 bis 1000.",
   "Доля — целое число от 0 до 1000.", "Частка — ціле число від 0 до 1000.",
   "份额须为 0 到 1000 之间的整数。")

C = "Screenshots"
tr(C, "Lead #%1 (%2)", "Lead #%1 (%2)", "Лид №%1 (%2)", "Лід №%1 (%2)", "线索 #%1（%2）")
tr(C, "Bought a used car from a private seller.",
   "Hat einen Gebrauchtwagen von privat gekauft.",
   "Купил автомобиль с пробегом у частного продавца.",
   "Купив вживаний автомобіль у приватного продавця.",
   "已从私人卖家处购买了一辆二手车。")

# --- Command line --------------------------------------------------------------------------------
C = "PipelineCommands"
tr(C, "there is no user %1", "es gibt keinen Benutzer %1", "пользователя %1 нет",
   "користувача %1 немає", "不存在用户 %1")
tr(C, "lead assign needs LEAD_ID CONSULTANT_LOGIN",
   "lead assign erfordert LEAD_ID CONSULTANT_LOGIN",
   "для lead assign нужны LEAD_ID CONSULTANT_LOGIN",
   "для lead assign потрібні LEAD_ID CONSULTANT_LOGIN",
   "lead assign 需要 LEAD_ID CONSULTANT_LOGIN")
# %2 a login, %3 a stage key.
tr(C, "Lead %1 is now with %2 in %3", "Lead %1 liegt jetzt bei %2 in %3",
   "Лид %1 теперь у %2 на этапе %3", "Лід %1 тепер у %2 на етапі %3",
   "线索 %1 现由 %2 负责，阶段：%3")
tr(C, "lead lose needs LEAD_ID and --reason KEY: the reason is never optional",
   "lead lose erfordert LEAD_ID und --reason KEY: Ein Grund ist immer Pflicht",
   "для lead lose нужны LEAD_ID и --reason KEY: причина обязательна всегда",
   "для lead lose потрібні LEAD_ID і --reason KEY: причина обов'язкова завжди",
   "lead lose 需要 LEAD_ID 和 --reason KEY：原因始终为必填项")
tr(C, "%1 (reasons: %2)", "%1 (Gründe: %2)", "%1 (причины: %2)", "%1 (причини: %2)",
   "%1（原因：%2）")
tr(C, "lead lose needs LEAD_ID and --reason KEY", "lead lose erfordert LEAD_ID und --reason KEY",
   "для lead lose нужны LEAD_ID и --reason KEY", "для lead lose потрібні LEAD_ID і --reason KEY",
   "lead lose 需要 LEAD_ID 和 --reason KEY")
tr(C, "Lead %1 waits for a manager to approve “lost”",
   "Lead %1 wartet auf die Bestätigung „verloren“ durch einen Verkaufsleiter",
   "Лид %1 ждёт, пока руководитель подтвердит «Проигран»",
   "Лід %1 чекає, поки керівник підтвердить «Втрачено»",
   "线索 %1 等待经理批准“战败”")
tr(C, "Lead %1 is lost", "Lead %1 ist verloren", "Лид %1 проигран", "Лід %1 втрачено",
   "线索 %1 已战败")
tr(C, "lead take needs LEAD_ID", "lead take erfordert LEAD_ID", "для lead take нужен LEAD_ID",
   "для lead take потрібен LEAD_ID", "lead take 需要 LEAD_ID")
tr(C, "Lead %1 is now yours", "Lead %1 gehört jetzt Ihnen", "Лид %1 теперь ваш",
   "Лід %1 тепер ваш", "线索 %1 现由您负责")
tr(C, "lead approve-lost needs LEAD_ID", "lead approve-lost erfordert LEAD_ID",
   "для lead approve-lost нужен LEAD_ID", "для lead approve-lost потрібен LEAD_ID",
   "lead approve-lost 需要 LEAD_ID")
tr(C, "lead return needs LEAD_ID and --comment TEXT: the consultant reads why the lead is not lost",
   "lead return erfordert LEAD_ID und --comment TEXT: Der Berater liest, warum der Lead nicht "
   "verloren ist",
   "для lead return нужны LEAD_ID и --comment TEXT: консультант прочитает, почему лид не проигран",
   "для lead return потрібні LEAD_ID і --comment TEXT: консультант прочитає, чому лід не втрачено",
   "lead return 需要 LEAD_ID 和 --comment TEXT：顾问会看到该线索未战败的理由")
tr(C, "lead return needs LEAD_ID and --comment TEXT",
   "lead return erfordert LEAD_ID und --comment TEXT",
   "для lead return нужны LEAD_ID и --comment TEXT",
   "для lead return потрібні LEAD_ID і --comment TEXT",
   "lead return 需要 LEAD_ID 和 --comment TEXT")
tr(C, "Lead %1 went back to its consultant in %2",
   "Lead %1 ist zurück bei seinem Berater in %2",
   "Лид %1 возвращён консультанту на этапе %2",
   "Лід %1 повернуто консультанту на етапі %2",
   "线索 %1 已退回其顾问，阶段：%2")
tr(C, "lead reopen needs LEAD_ID [--stage KEY]", "lead reopen erfordert LEAD_ID [--stage KEY]",
   "для lead reopen нужен LEAD_ID [--stage KEY]", "для lead reopen потрібен LEAD_ID [--stage KEY]",
   "lead reopen 需要 LEAD_ID [--stage KEY]")
tr(C, "Lead %1 is open again in %2", "Lead %1 ist wieder offen in %2",
   "Лид %1 снова открыт на этапе %2", "Лід %1 знову відкрито на етапі %2",
   "线索 %1 已重新打开，阶段：%2")
# %1 a stage, %2 the money value of its leads.
trn(C, "%1: %n lead(s), %2 in total",
    ["%1: %n lead, %2 in total", "%1: %n leads, %2 in total"],
    ["%1: %n Lead, insgesamt %2", "%1: %n Leads, insgesamt %2"],
    ["%1: %n лид, всего %2", "%1: %n лида, всего %2", "%1: %n лидов, всего %2"],
    ["%1: %n лід, усього %2", "%1: %n ліди, усього %2", "%1: %n лідів, усього %2"],
    ["%1：%n 条线索，合计 %2"])
tr(C, "rules needs run [--now 2026-11-23T10:30] [--json]",
   "rules erfordert run [--now 2026-11-23T10:30] [--json]",
   "для rules нужна команда run [--now 2026-11-23T10:30] [--json]",
   "для rules потрібна команда run [--now 2026-11-23T10:30] [--json]",
   "rules 需要 run [--now 2026-11-23T10:30] [--json]")
tr(C, "--now needs an ISO 8601 date and time like 2026-11-23T10:30 or 2026-11-23T09:30:00Z, "
      "not “%1”",
   "--now erfordert Datum und Uhrzeit nach ISO 8601 wie 2026-11-23T10:30 oder "
   "2026-11-23T09:30:00Z, nicht „%1“",
   "для --now нужны дата и время в формате ISO 8601, например 2026-11-23T10:30 или "
   "2026-11-23T09:30:00Z, а не «%1»",
   "для --now потрібні дата й час у форматі ISO 8601, наприклад 2026-11-23T10:30 або "
   "2026-11-23T09:30:00Z, а не «%1»",
   "--now 需要 ISO 8601 格式的日期和时间，例如 2026-11-23T10:30 或 2026-11-23T09:30:00Z，"
   "而不是“%1”")
# %1 the rule's key, %2 a lead id, %3 who was notified (or "nobody"), %4 why.
tr(C, "%1 on lead %2 to %3: %4", "%1 für Lead %2 an %3: %4", "%1 по лиду %2, кому: %3 — %4",
   "%1 щодо ліда %2, кому: %3 — %4", "%1（线索 %2，通知 %3）：%4")
tr(C, "nobody", "niemanden", "никому", "нікому", "无人")
tr(C, "No rule fired.", "Keine Regel hat ausgelöst.", "Ни одно правило не сработало.",
   "Жодне правило не спрацювало.", "没有规则被触发。")

C = "TaskCommands"
tr(C, "activity add needs LEAD_ID --kind KIND --outcome TEXT",
   "activity add erfordert LEAD_ID --kind KIND --outcome TEXT",
   "для activity add нужны LEAD_ID --kind KIND --outcome TEXT",
   "для activity add потрібні LEAD_ID --kind KIND --outcome TEXT",
   "activity add 需要 LEAD_ID --kind KIND --outcome TEXT")
tr(C, "--kind is one of call, email, sms, visit, note, test_drive, not “%1”",
   "--kind ist eines von call, email, sms, visit, note, test_drive, nicht „%1“",
   "--kind — одно из: call, email, sms, visit, note, test_drive, а не «%1»",
   "--kind — одне з: call, email, sms, visit, note, test_drive, а не «%1»",
   "--kind 应为 call、email、sms、visit、note、test_drive 之一，而不是“%1”")
tr(C, "--direction is in or out, not “%1”", "--direction ist in oder out, nicht „%1“",
   "--direction — in или out, а не «%1»", "--direction — in або out, а не «%1»",
   "--direction 应为 in 或 out，而不是“%1”")
trn(C, "Activity %1 logged; the first response on lead %2 took %n business minute(s)",
    ["Activity %1 logged; the first response on lead %2 took %n business minute",
     "Activity %1 logged; the first response on lead %2 took %n business minutes"],
    ["Aktivität %1 erfasst; die erste Reaktion auf Lead %2 dauerte %n Minute (Öffnungszeiten)",
     "Aktivität %1 erfasst; die erste Reaktion auf Lead %2 dauerte %n Minuten (Öffnungszeiten)"],
    ["Действие %1 записано; первая реакция на лид %2 заняла %n рабочую минуту",
     "Действие %1 записано; первая реакция на лид %2 заняла %n рабочие минуты",
     "Действие %1 записано; первая реакция на лид %2 заняла %n рабочих минут"],
    ["Дію %1 записано; перша реакція на лід %2 зайняла %n робочу хвилину",
     "Дію %1 записано; перша реакція на лід %2 зайняла %n робочі хвилини",
     "Дію %1 записано; перша реакція на лід %2 зайняла %n робочих хвилин"],
    ["活动 %1 已记录；线索 %2 的首次响应用时 %n 分钟（营业时间）"])
tr(C, "Activity %1 logged on lead %2", "Aktivität %1 für Lead %2 erfasst",
   "Действие %1 записано по лиду %2", "Дію %1 записано для ліда %2", "已为线索 %2 记录活动 %1")
tr(C, "task add needs LEAD_ID --due DATE_TIME --title TEXT",
   "task add erfordert LEAD_ID --due DATE_TIME --title TEXT",
   "для task add нужны LEAD_ID --due DATE_TIME --title TEXT",
   "для task add потрібні LEAD_ID --due DATE_TIME --title TEXT",
   "task add 需要 LEAD_ID --due DATE_TIME --title TEXT")
tr(C, "--due needs an ISO 8601 date and time like 2026-11-24T10:00, not “%1”",
   "--due erfordert Datum und Uhrzeit nach ISO 8601 wie 2026-11-24T10:00, nicht „%1“",
   "для --due нужны дата и время в формате ISO 8601, например 2026-11-24T10:00, а не «%1»",
   "для --due потрібні дата й час у форматі ISO 8601, наприклад 2026-11-24T10:00, а не «%1»",
   "--due 需要 ISO 8601 格式的日期和时间，例如 2026-11-24T10:00，而不是“%1”")
tr(C, "--kind is one of follow_up, call_back, appointment, test_drive, other, not “%1”",
   "--kind ist eines von follow_up, call_back, appointment, test_drive, other, nicht „%1“",
   "--kind — одно из: follow_up, call_back, appointment, test_drive, other, а не «%1»",
   "--kind — одне з: follow_up, call_back, appointment, test_drive, other, а не «%1»",
   "--kind 应为 follow_up、call_back、appointment、test_drive、other 之一，而不是“%1”")
tr(C, "task done needs TASK_ID --result TEXT: what came of it",
   "task done erfordert TASK_ID --result TEXT: was dabei herauskam",
   "для task done нужны TASK_ID --result TEXT: чем всё закончилось",
   "для task done потрібні TASK_ID --result TEXT: чим усе закінчилося",
   "task done 需要 TASK_ID --result TEXT：说明结果")
tr(C, "Task %1 is done", "Aufgabe %1 ist erledigt", "Задача %1 выполнена", "Завдання %1 виконано",
   "任务 %1 已完成")
# One row of the today listing: id, due time, title — customer.
tr(C, "  #%1 %2  %3 — %4", "  #%1 %2  %3 — %4", "  №%1 %2  %3 — %4", "  №%1 %2  %3 — %4",
   "  #%1 %2  %3 — %4")
tr(C, "activity needs add", "activity erfordert add", "для activity нужна команда add",
   "для activity потрібна команда add", "activity 需要子命令 add")
tr(C, "task needs add or done", "task erfordert add oder done",
   "для task нужна команда add или done", "для task потрібна команда add або done",
   "task 需要子命令 add 或 done")
tr(C, "Overdue: %1", "Überfällig: %1", "Просрочено: %1", "Прострочено: %1", "已逾期：%1")
tr(C, "Due today: %1", "Heute fällig: %1", "На сегодня: %1", "На сьогодні: %1", "今日到期：%1")
tr(C, "Appointments: %1", "Termine: %1", "Встречи: %1", "Зустрічі: %1", "预约到店：%1")


table.run(checks=ts_fill.BASIC_CHECKS, verify=True)
