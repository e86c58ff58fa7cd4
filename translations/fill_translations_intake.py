#!/usr/bin/env python3
"""Fills the lead intake messages into the Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts; another script may
fill other contexts of the same files at the same time, so run it under the lock:
    flock /tmp/ts.lock python3 translations/fill_translations_intake.py
Covers the lead intake: the ADF reader (Adf), the vCard reader (VCard), LeadIntakeService (with
the lines of the lead's note written in core/services/IntakeRecordImport.cpp and the lists of
leads, CSV, of core/services/IntakeCsvImport.cpp), FolderIntake, the choice of source and
campaign (IntakeSources, core/services/IntakeSources.cpp), the mailbox channel (MailboxAddress
and ImapClient of core/net; MailboxIntake has no texts of its own so far), the intake.* checks
of SettingsService::validatedIntake, and the CLI ImportCommands (import adf|eml|vcard|csv,
intake run, intake imap; app/cli/ImportCommands.cpp, IntakeCommands.cpp, IntakeJson.cpp); in
the desktop app the lead import dialog (showroom::LeadImportDialog, showroom::LeadImportModel
and the File menu's "&Import leads…" of showroom::MainWindow), the watcher of this desk's folder
and mailbox (showroom::IntakeWatcher, MailboxPassword), the Settings tab "Lead intake"
(showroom::SettingsPage, showroom::IntakeForm, showroom::ProviderSourceTable) and the intake
texts of the status bar (showroom::MainWindow, ui/shell/MainWindowActions.cpp).
SettingsService, showroom::SettingsPage and showroom::MainWindow are shared with other areas:
there only the messages listed here are filled and checked.
Messages found here get their translation and lose type="unfinished"; the rest stay as they
are. Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3,
zh_CN 1); showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps
lupdate's layout and escaping.

Terms as in the other fill scripts: lead Lead/лид/лід/线索, customer Kunde/клиент/клієнт/客户,
source Quelle/источник/джерело/来源 (lead source Leadquelle/источник лидов/джерело лідів/线索来源),
consultant Berater/консультант/консультант/销售顾问, email E-Mail/эл. почта/ел. пошта/电子邮箱.
Here: import importieren/импорт/імпорт/导入, prospect (an ADF record) Interessent/заявка/заявка/
潜在客户, duplicate Duplikat/дубликат/дублікат/重复, to review zu prüfen/на проверку/на перевірку/
待审核, rejected abgelehnt/отклонено/відхилено/已拒绝, intake folder Eingangsordner/папка
входящих/тека вхідних/收件文件夹, card (vCard) Karte/карточка/картка/名片, vendor (the dealer an
ADF is addressed to) Händler/дилер/дилер/经销商, dry run Probelauf/пробный запуск/пробний запуск/
试运行, list of leads Leadliste/список лидов/список лідів/线索列表 (a list alone Liste/список/
список/列表), column Spalte/столбец/стовпець/列, mapping (columns to fields) Zuordnung/
сопоставление/зіставлення/对应关系 (to map zuordnen/сопоставить/зіставити/指定对应关系), field
Feld/поле/поле/字段 (lead field Leadfeld/поле лида/поле ліда/线索字段).
The mailbox channel: mailbox Postfach/почтовый ящик/поштова скринька/邮箱, mail server
Mailserver/почтовый сервер/поштовий сервер/邮件服务器, message (in a mailbox) Nachricht/письмо/
лист/邮件, keychain Schlüsselbund/связка ключей/в'язка ключів/钥匙串, campaign Kampagne/
кампания/кампанія/营销活动, provider (the ADF sender) Anbieter/поставщик/постачальник/提供方,
channel (folder or mailbox) Kanal/канал/канал/渠道, lead intake Leadeingang/приём лидов/
приймання лідів/线索接收, login (of the mailbox) Benutzername/логин/логін/用户名, desk (this
computer) Arbeitsplatz/рабочее место/робоче місце/工位.
Kept as they are: ADF, vCard, CSV, XML, BEGIN:VCARD, IMAP, TLS, STARTTLS, imaps://, imap://, the
CLI words (import, intake run, intake imap, adf, eml, vcard, csv, --source, --map, --folder DIR,
--url, --login, --password-file, --once, --interval, --campaign, SHOWROOM_IMAP_PASSWORD), the
folder names processed/ and failed/ and the outcome keys the CLI prints (rejected,
needs_review, ...).
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# --- ADF reader (core/io/Adf.cpp) --------------------------------------------------------------
C = "Adf"
tr(C, 'The request date "%1" could not be read.',
   "Das Anfragedatum „%1“ konnte nicht gelesen werden.",
   "Не удалось прочитать дату запроса «%1».",
   "Не вдалося прочитати дату запиту «%1».",
   "无法识别询价日期“%1”。")
tr(C, "The vendor has no name.", "Der Händler hat keinen Namen.", "У дилера не указано название.",
   "У дилера не вказано назву.", "经销商没有名称。")
tr(C, "The prospect has no phone number or email.",
   "Der Interessent hat weder Telefonnummer noch E-Mail-Adresse.",
   "В заявке нет ни телефона, ни эл. почты.",
   "У заявці немає ні телефону, ні ел. пошти.",
   "潜在客户没有电话号码或电子邮箱。")
tr(C, "The ADF is not valid XML (%1); the contact data was taken from the text.",
   "Das ADF ist kein gültiges XML (%1); die Kontaktdaten wurden aus dem Text übernommen.",
   "ADF не является корректным XML (%1); контактные данные взяты из текста.",
   "ADF не є коректним XML (%1); контактні дані взято з тексту.",
   "ADF 不是有效的 XML（%1）；联系方式取自文本内容。")
tr(C, "The file is not valid ADF (%1) and holds no phone number or email.",
   "Die Datei ist kein gültiges ADF (%1) und enthält weder Telefonnummer noch E-Mail-Adresse.",
   "Файл не является корректным ADF (%1), и в нём нет ни телефона, ни эл. почты.",
   "Файл не є коректним ADF (%1) і не містить ні телефону, ні ел. пошти.",
   "文件不是有效的 ADF（%1），且不含电话号码或电子邮箱。")
tr(C, "The file holds no ADF prospect.", "Die Datei enthält keinen ADF-Interessenten.",
   "В файле нет ни одной заявки ADF.", "У файлі немає жодної заявки ADF.", "文件中没有 ADF 潜在客户。")

# --- vCard reader (core/io/VCard.cpp) ----------------------------------------------------------
C = "VCard"
tr(C, "The card has no phone number or email.",
   "Die Karte enthält weder Telefonnummer noch E-Mail-Adresse.",
   "В карточке нет ни телефона, ни эл. почты.",
   "У картці немає ні телефону, ні ел. пошти.",
   "名片中没有电话号码或电子邮箱。")
tr(C, "The file ends inside a card.", "Die Datei endet mitten in einer Karte.",
   "Файл обрывается посреди карточки.", "Файл обривається посеред картки.", "文件在名片中途结束。")
tr(C, "The file holds no vCard (BEGIN:VCARD).", "Die Datei enthält keine vCard (BEGIN:VCARD).",
   "В файле нет ни одной vCard (BEGIN:VCARD).", "У файлі немає жодної vCard (BEGIN:VCARD).",
   "文件中没有 vCard（BEGIN:VCARD）。")

# --- LeadIntakeService -------------------------------------------------------------------------
C = "LeadIntakeService"
tr(C, "Imported before, on %1, as lead %2.", "Bereits am %1 als Lead %2 importiert.",
   "Уже импортировано %1 как лид %2.", "Уже імпортовано %1 як лід %2.", "已于 %1 导入为线索 %2。")
tr(C, "No phone number or email.", "Weder Telefonnummer noch E-Mail-Adresse.",
   "Нет ни телефона, ни эл. почты.", "Немає ні телефону, ні ел. пошти.", "没有电话号码或电子邮箱。")
tr(C, "No valid phone number or email (%1).",
   "Keine gültige Telefonnummer oder E-Mail-Adresse (%1).",
   "Нет ни одного корректного телефона или адреса эл. почты (%1).",
   "Немає жодного коректного телефону чи адреси ел. пошти (%1).",
   "没有有效的电话号码或电子邮箱（%1）。")
tr(C, "The import could not begin a record.", "Der Import konnte keinen Datensatz beginnen.",
   "Не удалось начать импорт записи.", "Не вдалося почати імпорт запису.", "导入无法开始处理记录。")
tr(C, "Lead imported from a vCard", "Lead aus einer vCard importiert", "Лид импортирован из vCard",
   "Лід імпортовано з vCard", "从 vCard 导入的线索")
tr(C, "Lead from an email", "Lead aus einer E-Mail", "Лид из электронного письма",
   "Лід з електронного листа", "来自电子邮件的线索")
tr(C, "Lead imported from ADF", "Lead aus ADF importiert", "Лид импортирован из ADF",
   "Лід імпортовано з ADF", "从 ADF 导入的线索")
tr(C, "The file holds no lead.", "Die Datei enthält keinen Lead.", "В файле нет ни одного лида.",
   "У файлі немає жодного ліда.", "文件中没有线索。")

# Lists of leads (CSV): core/services/IntakeCsvImport.cpp, and the subject of the lead's note
# (IntakeRecordImport.cpp, called as tr, so here under LeadIntakeService).
tr(C, "A list of leads needs the source it came from (--source).",
   "Für eine Leadliste muss die Quelle angegeben werden, aus der sie stammt (--source).",
   "Для списка лидов нужно указать источник, из которого он получен (--source).",
   "Для списку лідів потрібно вказати джерело, з якого його отримано (--source).",
   "线索列表需要注明其来源（--source）。")
# %1 and %2 are counts; written as "columns in the file: %1" to need no plural forms.
tr(C, "The file has %1 columns, the mapping names %2.",
   "Spalten in der Datei: %1, in der Zuordnung: %2.",
   "Столбцов в файле: %1, в сопоставлении: %2.",
   "Стовпців у файлі: %1, у зіставленні: %2.",
   "文件有 %1 列，对应关系中列出了 %2 列。")
# %1 is a field key given with --map (name, phone, email, ...), not translated.
tr(C, 'There is no lead field "%1".', "Es gibt kein Leadfeld „%1“.", "Поля лида «%1» нет.",
   "Поля ліда «%1» немає.", "不存在线索字段“%1”。")
tr(C, "No column holds a phone number or an email; map the columns by hand.",
   "Keine Spalte enthält eine Telefonnummer oder E-Mail-Adresse; ordnen Sie die Spalten von Hand zu.",
   "Ни в одном столбце нет телефона или эл. почты; сопоставьте столбцы вручную.",
   "У жодному стовпці немає телефону чи ел. пошти; зіставте стовпці вручну.",
   "没有任何列包含电话号码或电子邮箱；请手动指定各列的对应关系。")
tr(C, "Lead imported from a list", "Lead aus einer Liste importiert", "Лид импортирован из списка",
   "Лід імпортовано зі списку", "从列表导入的线索")

# The lines of the imported lead's note (IntakeRecordImport.cpp). They were once called through an
# alias (T::tr) that lupdate filed under the empty context; the source now calls tr directly, so
# they are only under LeadIntakeService.
NOTE_LINES = [
    ("Sender: %1", "Absender: %1", "Отправитель: %1", "Відправник: %1", "发送方：%1"),
    ("Prospect id: %1", "Interessenten-ID: %1", "ID заявки: %1", "ID заявки: %1", "潜在客户 ID：%1"),
    ("Requested: %1", "Angefragt am: %1", "Дата запроса: %1", "Дата запиту: %1", "询价时间：%1"),
    ("Vehicle: %1", "Fahrzeug: %1", "Автомобиль: %1", "Автомобіль: %1", "车辆：%1"),
    ("Timeframe: %1", "Zeitrahmen: %1", "Сроки покупки: %1", "Терміни купівлі: %1", "计划购车时间：%1"),
    ("Comments: %1", "Kommentare: %1", "Комментарии: %1", "Коментарі: %1", "备注：%1"),
    ("Phone numbers: %1", "Telefonnummern: %1", "Телефоны: %1", "Телефони: %1", "电话号码：%1"),
    ("Emails: %1", "E-Mail-Adressen: %1", "Адреса эл. почты: %1", "Адреси ел. пошти: %1", "电子邮箱：%1"),
    ("Not valid, not saved: %1", "Ungültig, nicht gespeichert: %1", "Некорректные, не сохранены: %1",
     "Некоректні, не збережено: %1", "无效，未保存：%1"),
    ("Needs review: %1", "Zu prüfen: %1", "Требует проверки: %1", "Потребує перевірки: %1", "待审核：%1"),
]
for row in NOTE_LINES:
    tr("LeadIntakeService", *row)

# --- FolderIntake ------------------------------------------------------------------------------
C = "FolderIntake"
tr(C, "Record %1%2: %3: %4", "Datensatz %1%2: %3: %4", "Запись %1%2: %3: %4", "Запис %1%2: %3: %4",
   "第 %1 条记录%2：%3：%4")
tr(C, "The intake folder %1 does not exist.", "Der Eingangsordner %1 existiert nicht.",
   "Папка входящих %1 не существует.", "Теки вхідних %1 не існує.", "收件文件夹 %1 不存在。")
tr(C, "Cannot read %1: %2", "%1 kann nicht gelesen werden: %2", "Не удалось прочитать %1: %2",
   "Не вдалося прочитати %1: %2", "无法读取 %1：%2")
tr(C, "%1 is not an ADF, email or vCard file.", "%1 ist keine ADF-, E-Mail- oder vCard-Datei.",
   "%1 — не файл ADF, электронного письма или vCard.",
   "%1 — не файл ADF, електронного листа чи vCard.",
   "%1 不是 ADF、电子邮件或 vCard 文件。")
tr(C, "Cannot create the folder %1.", "Der Ordner %1 kann nicht angelegt werden.",
   "Не удалось создать папку %1.", "Не вдалося створити теку %1.", "无法创建文件夹 %1。")
tr(C, "Cannot move %1 to %2.", "%1 kann nicht nach %2 verschoben werden.",
   "Не удалось переместить %1 в %2.", "Не вдалося перемістити %1 до %2.", "无法将 %1 移动到 %2。")

# --- CLI: import and intake run (app/cli/ImportCommands.cpp) -----------------------------------
C = "ImportCommands"
tr(C, "import needs the format: adf, eml, vcard or csv",
   "import erfordert das Format: adf, eml, vcard oder csv",
   "для import нужен формат: adf, eml, vcard или csv",
   "для import потрібен формат: adf, eml, vcard або csv",
   "import 需要指定格式：adf、eml、vcard 或 csv")
tr(C, "--map is for csv lists", "--map gilt nur für csv-Listen",
   "--map используется только для списков csv", "--map використовується лише для списків csv",
   "--map 仅用于 csv 列表")
tr(C, "import %1 needs one or more files", "import %1 erfordert eine oder mehrere Dateien",
   "для import %1 нужен хотя бы один файл", "для import %1 потрібен хоча б один файл",
   "import %1 需要一个或多个文件")
tr(C, "cannot read %1: %2", "%1 kann nicht gelesen werden: %2", "не удалось прочитать %1: %2",
   "не вдалося прочитати %1: %2", "无法读取 %1：%2")
tr(C, "%1, record %2%3: %4: %5", "%1, Datensatz %2%3: %4: %5", "%1, запись %2%3: %4: %5",
   "%1, запис %2%3: %4: %5", "%1，第 %2 条记录%3：%4：%5")
# %1 is "Dry run, nothing written: " or nothing, %2 ... %6 are counts.
tr(C, "%1%2 created, %3 linked to known customers, %4 imported before, %5 to review, %6 rejected",
   "%1%2 angelegt, %3 mit bekannten Kunden verknüpft, %4 bereits importiert, %5 zu prüfen, %6 abgelehnt",
   "%1%2 создано, %3 привязано к известным клиентам, %4 импортировано ранее, %5 на проверку, %6 отклонено",
   "%1%2 створено, %3 прив'язано до відомих клієнтів, %4 імпортовано раніше, %5 на перевірку, %6 відхилено",
   "%1新建 %2 条，关联已有客户 %3 条，此前已导入 %4 条，待审核 %5 条，已拒绝 %6 条")
tr(C, "Dry run, nothing written: ", "Probelauf, nichts geschrieben: ", "Пробный запуск, ничего не записано: ",
   "Пробний запуск, нічого не записано: ", "试运行，未写入任何内容：")
tr(C, "%1: left in place: %2", "%1: im Eingangsordner belassen: %2", "%1: оставлен на месте: %2",
   "%1: залишено на місці: %2", "%1：保留在原处：%2")
tr(C, "%1: %2 lead(s), moved to %3", "%1: %2 Lead(s), verschoben nach %3",
   "%1: лидов — %2, перемещён в %3", "%1: лідів — %2, переміщено до %3", "%1：%2 条线索，已移至 %3")
tr(C, "Nothing to import in %1", "In %1 gibt es nichts zu importieren", "В %1 нечего импортировать",
   "У %1 нічого імпортувати", "%1 中没有可导入的内容")


# --- The lead import dialog (ui/intake/LeadImportDialog.cpp, LeadImportModel.cpp) --------------
# File → Import leads: choose a file, the source, for a list each column's field; a dry run table,
# then "Import". The accelerators of the dialog: &Choose file…, &Source:, &Import, as in the stock
# import dialog and the report header (de w l I, ru В ч И, uk В л І, zh C S I); the quoted button
# name in the dry run summary is the translation of "&Import" without the ampersand.
C = "showroom::LeadImportDialog"
# The fields a column of a list can be mapped to (labels as in the customer form).
FIELD_LABELS = [
    ("(not imported)", "(nicht importiert)", "(не импортируется)", "(не імпортується)", "（不导入）"),
    ("First name", "Vorname", "Имя", "Ім'я", "名字"),
    ("Last name", "Nachname", "Фамилия", "Прізвище", "姓氏"),
    ("Full name", "Vollständiger Name", "Полное имя", "Повне ім'я", "完整姓名"),
    ("Company", "Firma", "Компания", "Компанія", "公司"),
    ("Phone", "Telefon", "Телефон", "Телефон", "电话"),
    ("Mobile", "Mobiltelefon", "Мобильный телефон", "Мобільний телефон", "手机"),
    ("Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件"),
    ("Street", "Straße", "Улица", "Вулиця", "街道地址"),
    ("Postal code", "PLZ", "Почтовый индекс", "Поштовий індекс", "邮政编码"),
    ("City", "Ort", "Город", "Місто", "城市"),
    ("Vehicle of interest", "Fahrzeugwunsch", "Интересующий автомобиль", "Автомобіль, що цікавить",
     "意向车型"),
    ("Comments", "Kommentare", "Комментарии", "Коментарі", "备注"),
    ("Record id (for re-imports)", "Datensatz-ID (für erneute Importe)",
     "ID записи (для повторного импорта)", "ID запису (для повторного імпорту)", "记录 ID（用于重新导入）"),
]
for row in FIELD_LABELS:
    tr(C, *row)
# The campaign beside the source (only the chosen source's campaigns; "none" first, from
# ui/intake/CampaignBox.cpp).
tr(C, "campaign", "Kampagne", "кампания", "кампанія", "营销活动")
tr("showroom::CampaignBox", "none", "keine", "нет", "немає", "无")
tr(C, "Import leads", "Leads importieren", "Импорт лидов", "Імпорт лідів", "导入线索")
tr(C, "ADF (.xml), email (.eml), vCard (.vcf) or a list (.csv)",
   "ADF (.xml), E-Mail (.eml), vCard (.vcf) oder Liste (.csv)",
   "ADF (.xml), электронное письмо (.eml), vCard (.vcf) или список (.csv)",
   "ADF (.xml), електронний лист (.eml), vCard (.vcf) або список (.csv)",
   "ADF（.xml）、电子邮件（.eml）、vCard（.vcf）或列表（.csv）")
tr(C, "&Choose file…", "Datei &wählen…", "&Выбрать файл…", "&Вибрати файл…", "选择文件(&C)…")
# The first entry of the source box: the source is taken from the file (ADF, email, vCard).
tr(C, "As the file says", "Laut Datei", "Как указано в файле", "Як зазначено у файлі",
   "按文件中注明的来源")
tr(C, "&Source:", "Que&lle:", "Исто&чник:", "Джере&ло:", "来源(&S)：")
# The table of a list's columns: the column's header, the field it goes to, its first value.
tr(C, "Column", "Spalte", "Столбец", "Стовпець", "列")
tr(C, "Field", "Feld", "Поле", "Поле", "字段")
tr(C, "First value", "Erster Wert", "Первое значение", "Перше значення", "首个值")
# Only measured for the width of the record column: "line %1" of LeadImportModel with 999, and
# the longest outcome (the same text as in LeadImportModel).
tr(C, "line 999", "Zeile 999", "строка 999", "рядок 999", "第 999 行")
tr(C, "Lead for a known customer", "Lead für bekannten Kunden", "Лид для известного клиента",
   "Лід для відомого клієнта", "已有客户的线索")
tr(C, "Choose a file: every record is checked before anything is written.",
   "Wählen Sie eine Datei: Jeder Datensatz wird geprüft, bevor etwas geschrieben wird.",
   "Выберите файл: каждая запись проверяется до того, как что-либо будет сохранено.",
   "Виберіть файл: кожен запис перевіряється до того, як щось буде збережено.",
   "请选择文件：写入之前会逐条检查记录。")
tr(C, "&Import", "&Importieren", "&Импортировать", "&Імпортувати", "导入(&I)")
tr(C, "Leads to import", "Zu importierende Leads", "Лиды для импорта", "Ліди для імпорту",
   "要导入的线索")
tr(C, "Lead files (*.xml *.adf *.eml *.vcf *.csv *.txt);;All files (*)",
   "Leaddateien (*.xml *.adf *.eml *.vcf *.csv *.txt);;Alle Dateien (*)",
   "Файлы лидов (*.xml *.adf *.eml *.vcf *.csv *.txt);;Все файлы (*)",
   "Файли лідів (*.xml *.adf *.eml *.vcf *.csv *.txt);;Усі файли (*)",
   "线索文件 (*.xml *.adf *.eml *.vcf *.csv *.txt);;所有文件 (*)")
tr(C, "%1 cannot be read: %2", "%1 kann nicht gelesen werden: %2", "Не удаётся прочитать %1: %2",
   "Не вдається прочитати %1: %2", "无法读取 %1：%2")
tr(C, "Choose the source this list came from.",
   "Wählen Sie die Quelle, aus der diese Liste stammt.",
   "Выберите источник, из которого получен этот список.",
   "Виберіть джерело, з якого отримано цей список.",
   "请选择此列表的来源。")
tr(C, "The leads were not imported", "Die Leads wurden nicht importiert", "Лиды не импортированы",
   "Ліди не імпортовано", "线索未导入")
# %1 ... %5 are counts; ru/uk as "new: %1, ..." to read right for any number. The counts follow
# "Checked, nothing written yet: ", "Imported: " or "Read as %1. " (ru/uk: "encoding %1; "), so
# ru/uk begin in lower case, as in the stock import dialog.
tr(C, "%1 new, %2 for known customers, %3 to review, %4 imported before, %5 rejected.",
   "%1 neu, %2 für bekannte Kunden, %3 zu prüfen, %4 bereits importiert, %5 abgelehnt.",
   "новых: %1, для известных клиентов: %2, на проверку: %3, уже импортировано: %4, отклонено: %5.",
   "нових: %1, для відомих клієнтів: %2, на перевірку: %3, вже імпортовано: %4, відхилено: %5.",
   "新建 %1 条，关联已有客户 %2 条，待审核 %3 条，已导入过 %4 条，已拒绝 %5 条。")
# %1 is the encoding a list was read in (UTF-8, windows-1252, ...), %2 the counts above.
tr(C, "Read as %1. %2", "Gelesen als %1. %2", "кодировка %1; %2", "кодування %1; %2",
   "按 %1 编码读取。%2")
# %1 is the counts (with the encoding), ending in a full stop.
tr(C, "Checked, nothing written yet: %1 “Import” creates the leads; rejected records and those "
      "imported before are skipped.",
   "Geprüft, noch nichts geschrieben: %1 „Importieren“ legt die Leads an; abgelehnte und bereits "
   "importierte Datensätze werden übersprungen.",
   "Проверено, пока ничего не записано: %1 «Импортировать» создаст лиды; отклонённые и уже "
   "импортированные записи будут пропущены.",
   "Перевірено, поки нічого не записано: %1 «Імпортувати» створить ліди; відхилені та вже "
   "імпортовані записи буде пропущено.",
   "已检查，尚未写入：%1 点击“导入”将创建线索；被拒绝的记录和已导入过的记录将被跳过。")
tr(C, "Imported: %1", "Importiert: %1", "Импортировано: %1", "Імпортовано: %1", "已导入：%1")

C = "showroom::LeadImportModel"
# The outcome of a record: in the dry run what will happen, after the import what did.
tr(C, "New customer and lead", "Neuer Kunde und Lead", "Новый клиент и лид", "Новий клієнт і лід",
   "新客户和线索")
tr(C, "Customer and lead created", "Kunde und Lead angelegt", "Созданы клиент и лид",
   "Створено клієнта й лід", "已创建客户和线索")
tr(C, "Lead for a known customer", "Lead für bekannten Kunden", "Лид для известного клиента",
   "Лід для відомого клієнта", "已有客户的线索")
tr(C, "Lead for a known customer created", "Lead für bekannten Kunden angelegt",
   "Создан лид для известного клиента", "Створено лід для відомого клієнта", "已为已有客户创建线索")
tr(C, "Imported before", "Bereits importiert", "Уже импортирован", "Вже імпортовано", "已导入过")
tr(C, "Lead to review", "Zu prüfender Lead", "Лид на проверку", "Лід на перевірку", "待审核线索")
tr(C, "Lead to review created", "Zu prüfender Lead angelegt", "Создан лид на проверку",
   "Створено лід на перевірку", "已创建待审核线索")
tr(C, "Rejected", "Abgelehnt", "Отклонено", "Відхилено", "已拒绝")
tr(C, "Record", "Datensatz", "Запись", "Запис", "记录")
tr(C, "Name", "Name", "Имя", "Ім'я", "姓名")
tr(C, "Outcome", "Ergebnis", "Результат", "Результат", "结果")
tr(C, "Reason", "Grund", "Причина", "Причина", "原因")
# A list's record is named by its line (%1 the line number).
tr(C, "line %1", "Zeile %1", "строка %1", "рядок %1", "第 %1 行")

# The File menu item. The File menu also has &Backup… and &Quit (de S B, ru Р ы, uk Р и,
# zh B Q): the item takes de I, ru И, uk І (not и), zh (&I) after the style of 备份(&B)….
C = "showroom::MainWindow"
tr(C, "&Import leads…", "Leads &importieren…", "&Импорт лидов…", "&Імпорт лідів…", "导入线索(&I)…")

# --- Source and campaign of an arriving lead (core/services/IntakeSources.cpp) -----------------
# The lead source and campaign checks moved here from FolderIntake and LeadIntakeService.
C = "IntakeSources"
tr(C, 'There is no lead source "%1".', "Es gibt keine Leadquelle „%1“.", "Источника лидов «%1» нет.",
   "Джерела лідів «%1» немає.", "不存在线索来源“%1”。")
tr(C, "No lead source fits; choose one with --source.",
   "Keine Leadquelle passt; wählen Sie eine mit --source.",
   "Ни один источник лидов не подходит; укажите его в параметре --source.",
   "Жодне джерело лідів не підходить; вкажіть його в параметрі --source.",
   "没有匹配的线索来源；请用 --source 指定。")
# %1 is the campaign's number (--campaign), %2 a source key.
tr(C, "There is no campaign %1.", "Es gibt keine Kampagne %1.", "Кампании %1 нет.",
   "Кампанії %1 немає.", "不存在营销活动 %1。")
tr(C, 'Campaign %1 belongs to another lead source than "%2".',
   "Kampagne %1 gehört zu einer anderen Leadquelle als „%2“.",
   "Кампания %1 относится к другому источнику лидов, не к «%2».",
   "Кампанія %1 належить до іншого джерела лідів, не до «%2».",
   "营销活动 %1 属于其他线索来源，而非“%2”。")

# --- The mailbox address (core/net/MailboxAddress.cpp) -----------------------------------------
C = "MailboxAddress"
tr(C, "“%1” is not a mailbox address; write imaps://mail.example.com/INBOX.",
   "„%1“ ist keine Postfachadresse; geben Sie z. B. imaps://mail.example.com/INBOX ein.",
   "«%1» — не адрес почтового ящика; укажите, например, imaps://mail.example.com/INBOX.",
   "«%1» — не адреса поштової скриньки; вкажіть, наприклад, imaps://mail.example.com/INBOX.",
   "“%1”不是邮箱地址；请按 imaps://mail.example.com/INBOX 的格式填写。")
tr(C, "The mailbox address “%1” names no server.",
   "Die Postfachadresse „%1“ enthält keinen Mailserver.",
   "В адресе почтового ящика «%1» не указан сервер.",
   "В адресі поштової скриньки «%1» не вказано сервер.",
   "邮箱地址“%1”中未指定服务器。")
tr(C, "Give the login and password separately, not in the mailbox address.",
   "Benutzername und Passwort bitte separat angeben, nicht in der Postfachadresse.",
   "Укажите логин и пароль отдельно, а не в адресе почтового ящика.",
   "Вкажіть логін і пароль окремо, а не в адресі поштової скриньки.",
   "请单独填写用户名和密码，不要写在邮箱地址中。")
# More than a folder: a ;UID=… or ?… after the folder.
tr(C, "The mailbox address “%1” has more than a folder after the server.",
   "In der Postfachadresse „%1“ folgt auf den Server mehr als nur ein Ordner.",
   "В адресе почтового ящика «%1» после сервера указано не только имя папки.",
   "В адресі поштової скриньки «%1» після сервера вказано не лише назву теки.",
   "邮箱地址“%1”中服务器后面除了文件夹还有其他内容。")

# --- IMAP through libcurl (core/net/ImapClient.cpp) --------------------------------------------
# %1 is the mailbox as shown (server and folder) or the server; the %2 after a colon is
# libcurl's English error text.
C = "ImapClient"
tr(C, "Message %1 is no longer in %2.", "Die Nachricht %1 ist nicht mehr in %2.",
   "Письма %1 больше нет в %2.", "Листа %1 більше немає в %2.", "邮件 %1 已不在 %2 中。")
tr(C, "The mail library could not start.", "Die Mail-Bibliothek konnte nicht gestartet werden.",
   "Не удалось запустить почтовую библиотеку.", "Не вдалося запустити поштову бібліотеку.",
   "邮件库启动失败。")
tr(C, "The mail server %1 cannot be reached: %2", "Der Mailserver %1 ist nicht erreichbar: %2",
   "Почтовый сервер %1 недоступен: %2", "Поштовий сервер %1 недоступний: %2",
   "无法连接邮件服务器 %1：%2")
tr(C, "The mail server %1 refused the login “%2”; check the login and password.",
   "Der Mailserver %1 hat die Anmeldung als „%2“ abgelehnt; prüfen Sie Benutzername und Passwort.",
   "Почтовый сервер %1 отклонил вход с логином «%2»; проверьте логин и пароль.",
   "Поштовий сервер %1 відхилив вхід з логіном «%2»; перевірте логін і пароль.",
   "邮件服务器 %1 拒绝了用户名“%2”的登录；请检查用户名和密码。")
tr(C, "The mail server %1 offers no encrypted connection (STARTTLS); use imaps:// or a server "
      "that does.",
   "Der Mailserver %1 bietet keine verschlüsselte Verbindung (STARTTLS) an; verwenden Sie "
   "imaps:// oder einen Server, der sie anbietet.",
   "Почтовый сервер %1 не поддерживает шифрованное соединение (STARTTLS); используйте imaps:// "
   "или сервер с его поддержкой.",
   "Поштовий сервер %1 не підтримує шифроване з'єднання (STARTTLS); використовуйте imaps:// "
   "або сервер із його підтримкою.",
   "邮件服务器 %1 不提供加密连接（STARTTLS）；请使用 imaps:// 或支持加密连接的服务器。")
tr(C, "The encrypted connection to %1 failed: %2",
   "Die verschlüsselte Verbindung zu %1 ist fehlgeschlagen: %2",
   "Не удалось установить шифрованное соединение с %1: %2",
   "Не вдалося встановити шифроване з'єднання з %1: %2",
   "与 %1 的加密连接失败：%2")
tr(C, "The encrypted connection to %1 failed: this computer does not trust the server's "
      "certificate (%2). A mail server with a certificate of its own needs that certificate "
      "given as the server certificate.",
   "Die verschlüsselte Verbindung zu %1 ist fehlgeschlagen: Dieser Computer vertraut dem "
   "Zertifikat des Servers nicht (%2). Ein Mailserver mit eigenem Zertifikat braucht dieses "
   "Zertifikat als Serverzertifikat.",
   "Не удалось установить шифрованное соединение с %1: этот компьютер не доверяет сертификату "
   "сервера (%2). Для почтового сервера с собственным сертификатом укажите этот сертификат как "
   "сертификат сервера.",
   "Не вдалося встановити шифроване з'єднання з %1: цей комп'ютер не довіряє сертифікату "
   "сервера (%2). Для поштового сервера з власним сертифікатом вкажіть цей сертифікат як "
   "сертифікат сервера.",
   "与 %1 的加密连接失败：本机不信任该服务器的证书（%2）。使用自有证书的邮件服务器需要将该证书"
   "设为服务器证书。")
tr(C, "The server certificate %1 cannot be used: %2",
   "Das Serverzertifikat %1 kann nicht verwendet werden: %2",
   "Сертификат сервера %1 нельзя использовать: %2",
   "Сертифікат сервера %1 не можна використати: %2",
   "无法使用服务器证书 %1：%2")
tr(C, "The mailbox check was stopped.", "Der Postfachabruf wurde abgebrochen.",
   "Проверка почтового ящика остановлена.", "Перевірку поштової скриньки зупинено.",
   "邮箱检查已停止。")
tr(C, "A message in %1 is larger than %2 MB; it was left in the mailbox.",
   "Eine Nachricht in %1 ist größer als %2 MB; sie bleibt im Postfach.",
   "Письмо в %1 больше %2 МБ; оно оставлено в почтовом ящике.",
   "Лист у %1 більший за %2 МБ; його залишено в поштовій скриньці.",
   "%1 中有一封邮件超过 %2 MB，已保留在邮箱中。")
tr(C, "The mail server %1 answered with an error: %2",
   "Der Mailserver %1 hat mit einem Fehler geantwortet: %2",
   "Почтовый сервер %1 ответил ошибкой: %2", "Поштовий сервер %1 відповів помилкою: %2",
   "邮件服务器 %1 返回错误：%2")

# --- The intake.* settings (core/services/SettingsService.cpp, validatedIntake) ----------------
# SettingsService is shared: only these messages are this script's.
C = "SettingsService"
tr(C, "There is no lead source “%1”.", "Es gibt keine Leadquelle „%1“.", "Источника лидов «%1» нет.",
   "Джерела лідів «%1» немає.", "不存在线索来源“%1”。")
# The form of a line of intake.providers; "source key" as in "the source keys are: %2".
tr(C, "“%1” is not “provider name=source key”.",
   "„%1“ hat nicht die Form „Anbietername=Quellenschlüssel“.",
   "«%1» не в формате «название поставщика=ключ источника».",
   "«%1» не у форматі «назва постачальника=ключ джерела».",
   "“%1”不符合“提供方名称=来源键”的格式。")
tr(C, "There is no campaign “%1”.", "Es gibt keine Kampagne „%1“.", "Кампании «%1» нет.",
   "Кампанії «%1» немає.", "不存在营销活动“%1”。")
tr(C, "Campaign %1 belongs to another lead source than the channel's.",
   "Kampagne %1 gehört zu einer anderen Leadquelle als der des Kanals.",
   "Кампания %1 относится к другому источнику лидов, чем канал.",
   "Кампанія %1 належить до іншого джерела лідів, ніж канал.",
   "营销活动 %1 所属的线索来源与该渠道的来源不同。")

# --- CLI: intake run, intake imap (app/cli/IntakeCommands.cpp, IntakeJson.cpp) -----------------
C = "ImportCommands"
tr(C, "intake run needs --folder DIR", "intake run erfordert --folder DIR",
   "для intake run нужен --folder DIR", "для intake run потрібен --folder DIR",
   "intake run 需要 --folder DIR")
tr(C, "intake needs run --folder DIR, or imap --url URL --login L",
   "intake erfordert run --folder DIR oder imap --url URL --login L",
   "для intake нужно указать run --folder DIR или imap --url URL --login L",
   "для intake потрібно вказати run --folder DIR або imap --url URL --login L",
   "intake 需要 run --folder DIR 或 imap --url URL --login L")
tr(C, "intake imap needs --url imaps://HOST/INBOX and --login L",
   "intake imap erfordert --url imaps://HOST/INBOX und --login L",
   "для intake imap нужны --url imaps://HOST/INBOX и --login L",
   "для intake imap потрібні --url imaps://HOST/INBOX і --login L",
   "intake imap 需要 --url imaps://HOST/INBOX 和 --login L")
tr(C, "intake imap needs the password: --password-file FILE or the environment variable "
      "SHOWROOM_IMAP_PASSWORD",
   "intake imap erfordert das Passwort: --password-file FILE oder die Umgebungsvariable "
   "SHOWROOM_IMAP_PASSWORD",
   "для intake imap нужен пароль: --password-file FILE или переменная окружения "
   "SHOWROOM_IMAP_PASSWORD",
   "для intake imap потрібен пароль: --password-file FILE або змінна середовища "
   "SHOWROOM_IMAP_PASSWORD",
   "intake imap 需要密码：--password-file FILE 或环境变量 SHOWROOM_IMAP_PASSWORD")
tr(C, "--interval needs whole minutes, 1 or more",
   "--interval erfordert ganze Minuten, mindestens 1",
   "для --interval нужно целое число минут, не меньше 1",
   "для --interval потрібне ціле число хвилин, не менше 1",
   "--interval 需要整数分钟，至少为 1")
tr(C, "--campaign needs the campaign's number", "--campaign erfordert die Nummer der Kampagne",
   "для --campaign нужен номер кампании", "для --campaign потрібен номер кампанії",
   "--campaign 需要营销活动的编号")
# A line per record of a mailbox message: %1 the time, %2 the message's UID, %3 the outcome key
# (created, rejected, ...; not translated), %4 the reason.
tr(C, "%1: message %2: %3 %4", "%1: Nachricht %2: %3 %4", "%1: письмо %2: %3 %4",
   "%1: лист %2: %3 %4", "%1：邮件 %2：%3 %4")
# %1 the time, %2 the error.
tr(C, "%1: %2", "%1: %2", "%1: %2", "%1: %2", "%1：%2")
# Not a numerus message: written like "%1: %2 lead(s), moved to %3".
tr(C, "%1: %2 message(s), %3 lead(s)", "%1: %2 Nachricht(en), %3 Lead(s)",
   "%1: писем — %2, лидов — %3", "%1: листів — %2, лідів — %3", "%1：%2 封邮件，%3 条线索")

# --- The mailbox password (ui/intake/MailboxPassword.cpp) --------------------------------------
C = "MailboxPassword"
tr(C, "The system keychain did not answer.", "Der Systemschlüsselbund hat nicht geantwortet.",
   "Системная связка ключей не ответила.", "Системна в'язка ключів не відповіла.",
   "系统钥匙串没有响应。")
tr(C, "This computer has no system keychain: the mailbox password is kept in the settings file "
      "%1 in plain text. Anyone who can read your files can read it.",
   "Dieser Computer hat keinen Systemschlüsselbund: Das Postfachpasswort wird im Klartext in der "
   "Einstellungsdatei %1 gespeichert. Wer Ihre Dateien lesen kann, kann es lesen.",
   "На этом компьютере нет системной связки ключей: пароль почтового ящика хранится в файле "
   "настроек %1 открытым текстом. Его может прочитать любой, у кого есть доступ к вашим файлам.",
   "На цьому комп'ютері немає системної в'язки ключів: пароль поштової скриньки зберігається у "
   "файлі налаштувань %1 відкритим текстом. Його може прочитати будь-хто, хто має доступ до "
   "ваших файлів.",
   "此电脑没有系统钥匙串：邮箱密码以明文保存在设置文件 %1 中。任何能读取您文件的人都能看到它。")
tr(C, "The mailbox password could not be stored: %1",
   "Das Postfachpasswort konnte nicht gespeichert werden: %1",
   "Не удалось сохранить пароль почтового ящика: %1",
   "Не вдалося зберегти пароль поштової скриньки: %1", "无法保存邮箱密码：%1")

# --- This desk's folder and mailbox (ui/intake/IntakeWatcher.cpp) ------------------------------
C = "showroom::IntakeWatcher"
tr(C, "No mailbox password on this desk; enter it in Settings.",
   "Kein Postfachpasswort an diesem Arbeitsplatz; geben Sie es in den Einstellungen ein.",
   "На этом рабочем месте нет пароля почтового ящика; введите его в настройках.",
   "На цьому робочому місці немає пароля поштової скриньки; введіть його в налаштуваннях.",
   "此工位没有邮箱密码；请在“设置”中输入。")
tr(C, "The mailbox password cannot be read: %1",
   "Das Postfachpasswort kann nicht gelesen werden: %1",
   "Не удаётся прочитать пароль почтового ящика: %1",
   "Не вдається прочитати пароль поштової скриньки: %1", "无法读取邮箱密码：%1")
trn(C, "%n file(s) could not be imported; see the failed folder.",
    ["%n file could not be imported; see the failed folder.",
     "%n files could not be imported; see the failed folder."],
    ["%n Datei konnte nicht importiert werden; siehe den Ordner failed/.",
     "%n Dateien konnten nicht importiert werden; siehe den Ordner failed/."],
    ["%n файл не удалось импортировать; см. папку failed/.",
     "%n файла не удалось импортировать; см. папку failed/.",
     "%n файлов не удалось импортировать; см. папку failed/."],
    ["%n файл не вдалося імпортувати; див. теку failed/.",
     "%n файли не вдалося імпортувати; див. теку failed/.",
     "%n файлів не вдалося імпортувати; див. теку failed/."],
    ["%n 个文件无法导入；请查看 failed/ 文件夹。"])
# Only the %1 of "%n new lead(s) from the %1" (showroom::MainWindow, the leadsArrived signal):
# ru/uk in the genitive ("из почтового ящика"), de after "aus dem".
tr(C, "intake folder", "Eingangsordner", "папки входящих", "теки вхідних", "收件文件夹")
tr(C, "mailbox", "Postfach", "почтового ящика", "поштової скриньки", "邮箱")
# The status of a channel: %1 is "Intake folder" or "Mailbox" (below), %2 a problem or the time
# of the last check (short time format), %3 a time.
tr(C, "%1: checking…", "%1: wird geprüft…", "%1: проверка…", "%1: перевірка…", "%1：正在检查…")
tr(C, "%1: %2 (next try at %3)", "%1: %2 (nächster Versuch um %3)",
   "%1: %2 (следующая попытка в %3)", "%1: %2 (наступна спроба о %3)", "%1：%2（下次尝试：%3）")
tr(C, "%1: %2", "%1: %2", "%1: %2", "%1: %2", "%1：%2")
tr(C, "%1: waiting for the first check", "%1: wartet auf die erste Prüfung",
   "%1: ожидание первой проверки", "%1: очікування першої перевірки", "%1：等待首次检查")
tr(C, "%1: checked at %2, no new leads yet", "%1: geprüft um %2, noch keine neuen Leads",
   "%1: проверено в %2, новых лидов пока нет", "%1: перевірено о %2, нових лідів поки немає",
   "%1：%2 已检查，暂无新线索")
trn(C, "%1: checked at %2; %n lead(s) came in at %3",
    ["%1: checked at %2; %n lead came in at %3", "%1: checked at %2; %n leads came in at %3"],
    ["%1: geprüft um %2; %n Lead um %3 eingegangen", "%1: geprüft um %2; %n Leads um %3 eingegangen"],
    ["%1: проверено в %2; в %3 пришёл %n лид", "%1: проверено в %2; в %3 пришло %n лида",
     "%1: проверено в %2; в %3 пришло %n лидов"],
    ["%1: перевірено о %2; о %3 надійшов %n лід", "%1: перевірено о %2; о %3 надійшли %n ліди",
     "%1: перевірено о %2; о %3 надійшло %n лідів"],
    ["%1：%2 已检查；%3 收到 %n 条线索"])
tr(C, "Intake folder", "Eingangsordner", "Папка входящих", "Тека вхідних", "收件文件夹")
tr(C, "Mailbox", "Postfach", "Почтовый ящик", "Поштова скринька", "邮箱")

# --- Settings › Lead intake (ui/settings/SettingsPage.cpp, IntakeForm.cpp, ProviderSourceTable) -
C = "showroom::SettingsPage"
tr(C, "Lead intake", "Leadeingang", "Приём лидов", "Приймання лідів", "线索接收")

# The form's accelerators: the two check boxes and the SettingsForm buttons &Save and Re&vert
# (de S Z, ru х е, uk З С, zh S E): de E P, ru С П, uk т П, zh (&F) (&M) as in 保存(&S).
C = "showroom::IntakeForm"
tr(C, "Where arriving leads are attributed", "Quelle und Kampagne eingehender Leads",
   "Источник и кампания поступающих лидов", "Джерело та кампанія вхідних лідів",
   "新到线索的来源归属")
# The first entry of a channel's source box: the file's own source (ADF provider, email, ...).
tr(C, "The file's usual source", "Übliche Quelle der Datei", "Обычный источник для файла",
   "Звичайне джерело для файлу", "文件的默认来源")
# Between the source box and the campaign box of a channel's row.
tr(C, "campaign", "Kampagne", "кампания", "кампанія", "营销活动")
tr(C, "Intake folder:", "Eingangsordner:", "Папка входящих:", "Тека вхідних:", "收件文件夹：")
tr(C, "Mailbox:", "Postfach:", "Почтовый ящик:", "Поштова скринька:", "邮箱：")
tr(C, "ADF providers:", "ADF-Anbieter:", "Поставщики ADF:", "Постачальники ADF:", "ADF 提供方：")
tr(C, "An ADF lead names its sender (the provider): a provider listed here gets its source, one "
      "named like a source gets that one, any other the channel's. A campaign counts only leads "
      "of its own source.",
   "Ein ADF-Lead nennt seinen Absender (den Anbieter): Ein hier aufgeführter Anbieter erhält "
   "seine Quelle, einer mit dem Namen einer Quelle diese Quelle, jeder andere die des Kanals. "
   "Eine Kampagne zählt nur Leads ihrer eigenen Quelle.",
   "Лид в формате ADF указывает отправителя (поставщика): поставщик из этого списка получает "
   "свой источник, поставщик с названием как у источника — этот источник, любой другой — "
   "источник канала. Кампания учитывает только лиды своего источника.",
   "Лід у форматі ADF зазначає відправника (постачальника): постачальник із цього списку "
   "отримує своє джерело, постачальник із назвою як у джерела — це джерело, будь-який інший — "
   "джерело каналу. Кампанія враховує лише ліди свого джерела.",
   "ADF 线索会注明发送方（提供方）：此处列出的提供方使用其对应的来源，名称与某个来源相同的"
   "提供方使用该来源，其他提供方使用渠道的来源。营销活动只统计其自身来源的线索。")
tr(C, "On this computer", "Auf diesem Computer", "На этом компьютере", "На цьому комп'ютері",
   "本机")
tr(C, "Watch an intake &folder", "&Eingangsordner überwachen", "&Следить за папкой входящих",
   "Стежити за &текою вхідних", "监视收件文件夹(&F)")
tr(C, "Choose…", "Auswählen…", "Выбрать…", "Вибрати…", "选择…")
# The title of the folder dialog.
tr(C, "Intake folder", "Eingangsordner", "Папка входящих", "Тека вхідних", "收件文件夹")
tr(C, "ADF, email, vCard and list files dropped there are imported within seconds, then moved "
      "to processed/ or failed/.",
   "Dort abgelegte ADF-, E-Mail-, vCard- und Listendateien werden binnen Sekunden importiert "
   "und dann nach processed/ oder failed/ verschoben.",
   "Файлы ADF, электронных писем, vCard и списков, положенные туда, импортируются за несколько "
   "секунд, а затем перемещаются в processed/ или failed/.",
   "Файли ADF, електронних листів, vCard і списків, покладені туди, імпортуються за кілька "
   "секунд, а потім переміщуються до processed/ або failed/.",
   "放入该文件夹的 ADF、电子邮件、vCard 和列表文件会在几秒内导入，然后移至 processed/ 或 "
   "failed/。")
tr(C, "Check a &mailbox", "&Postfach abrufen", "&Проверять почтовый ящик",
   "&Перевіряти поштову скриньку", "检查邮箱(&M)")
# The suffix of the minutes between two checks, as in the other forms.
tr(C, " min", " Min.", " мин", " хв", " 分钟")
tr(C, "Login:", "Benutzername:", "Логин:", "Логін:", "用户名：")
tr(C, "Password:", "Passwort:", "Пароль:", "Пароль:", "密码：")
tr(C, "Check every:", "Abrufintervall:", "Интервал проверки:", "Інтервал перевірки:", "检查间隔：")
tr(C, "Unread messages become leads and are marked read; the message stays attached to the "
      "lead. imap:// must offer STARTTLS unless the server is this computer. A server "
      "certificate (PEM) is trusted besides the system's, for a mail server with a certificate "
      "of its own.",
   "Ungelesene Nachrichten werden zu Leads und als gelesen markiert; die Nachricht bleibt dem "
   "Lead angehängt. imap:// muss STARTTLS anbieten, außer der Server ist dieser Computer. Ein "
   "Serverzertifikat (PEM) gilt zusätzlich zu denen des Systems als vertrauenswürdig, für einen "
   "Mailserver mit eigenem Zertifikat.",
   "Непрочитанные письма становятся лидами и помечаются как прочитанные; письмо остаётся "
   "прикреплённым к лиду. Сервер imap:// должен поддерживать STARTTLS, если это не этот "
   "компьютер. Сертификат сервера (PEM) считается доверенным наряду с системными — для "
   "почтового сервера с собственным сертификатом.",
   "Непрочитані листи стають лідами й позначаються як прочитані; лист залишається "
   "прикріпленим до ліда. Сервер imap:// має підтримувати STARTTLS, якщо це не цей комп'ютер. "
   "Сертифікат сервера (PEM) вважається довіреним поряд із системними — для поштового сервера "
   "з власним сертифікатом.",
   "未读邮件会转为线索并标记为已读；邮件会附在线索上。使用 imap:// 时，服务器必须支持 "
   "STARTTLS，除非服务器就是本机。对于使用自有证书的邮件服务器，除系统证书外还会信任所选的"
   "服务器证书（PEM）。")
tr(C, "Server certificate:", "Serverzertifikat:", "Сертификат сервера:", "Сертифікат сервера:",
   "服务器证书：")
tr(C, "only for a server with its own certificate", "nur für einen Server mit eigenem Zertifikat",
   "только для сервера с собственным сертификатом",
   "лише для сервера з власним сертифікатом", "仅用于使用自有证书的服务器")
tr(C, "Mail server certificate", "Zertifikat des Mailservers", "Сертификат почтового сервера",
   "Сертифікат поштового сервера", "邮件服务器证书")
tr(C, "Certificates (*.pem *.crt *.cer);;All files (*)",
   "Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)",
   "Сертификаты (*.pem *.crt *.cer);;Все файлы (*)",
   "Сертифікати (*.pem *.crt *.cer);;Усі файли (*)",
   "证书 (*.pem *.crt *.cer);;所有文件 (*)")
tr(C, "The server certificate “%1” cannot be read.",
   "Das Serverzertifikat „%1“ kann nicht gelesen werden.",
   "Не удаётся прочитать сертификат сервера «%1».",
   "Не вдається прочитати сертифікат сервера «%1».",
   "无法读取服务器证书“%1”。")
tr(C, "Check now", "Jetzt prüfen", "Проверить сейчас", "Перевірити зараз", "立即检查")
tr(C, "Status:", "Status:", "Статус:", "Статус:", "状态：")
tr(C, "Intake folder: not watched on this computer",
   "Eingangsordner: auf diesem Computer nicht überwacht",
   "Папка входящих: на этом компьютере не отслеживается",
   "Тека вхідних: на цьому комп'ютері не відстежується", "收件文件夹：本机未监视")
tr(C, "Mailbox: not checked on this computer", "Postfach: auf diesem Computer nicht abgerufen",
   "Почтовый ящик: на этом компьютере не проверяется",
   "Поштова скринька: на цьому комп'ютері не перевіряється", "邮箱：本机未检查")
# The first entry of the campaign box (die Kampagne).
# The placeholder of the password field once a password is stored.
tr(C, "stored; type to replace it", "gespeichert; zum Ersetzen neu eingeben",
   "сохранён; введите новый, чтобы заменить", "збережено; введіть новий, щоб замінити",
   "已保存；输入新密码即可替换")
tr(C, "The intake folder “%1” does not exist.", "Der Eingangsordner „%1“ existiert nicht.",
   "Папка входящих «%1» не существует.", "Теки вхідних «%1» не існує.", "收件文件夹“%1”不存在。")
tr(C, "The mailbox needs a login.", "Für das Postfach fehlt der Benutzername.",
   "Для почтового ящика нужен логин.", "Для поштової скриньки потрібен логін.",
   "邮箱需要填写用户名。")

# The table of ADF provider names and their lead sources.
C = "showroom::ProviderSourceTable"
tr(C, "Provider name in ADF", "Anbietername im ADF", "Название поставщика в ADF",
   "Назва постачальника в ADF", "ADF 中的提供方名称")
tr(C, "Lead source", "Leadquelle", "Источник лидов", "Джерело лідів", "线索来源")
tr(C, "Add provider", "Anbieter hinzufügen", "Добавить поставщика", "Додати постачальника",
   "添加提供方")
tr(C, "Remove", "Entfernen", "Удалить", "Видалити", "删除")

# --- The status bar (ui/shell/MainWindowActions.cpp) -------------------------------------------
# Short, the bar is crowded: "Lead intake: on", or which channels fail, joined by " and ".
C = "showroom::MainWindow"
tr(C, "intake folder", "Eingangsordner", "папка входящих", "тека вхідних", "收件文件夹")
tr(C, "mailbox", "Postfach", "почтовый ящик", "поштова скринька", "邮箱")
tr(C, "Lead intake: on", "Leadeingang: aktiv", "Приём лидов: включён", "Приймання лідів: увімкнено",
   "线索接收：已开启")
tr(C, "Lead intake: %1 not working", "Leadeingang: %1 gestört", "Приём лидов: сбой — %1",
   "Приймання лідів: збій — %1", "线索接收：%1异常")
tr(C, " and ", " und ", " и ", " і ", "和")
# %1 is IntakeWatcher's "intake folder" or "mailbox" (ru/uk in the genitive there).
trn(C, "%n new lead(s) from the %1",
    ["%n new lead from the %1", "%n new leads from the %1"],
    ["%n neuer Lead aus dem %1", "%n neue Leads aus dem %1"],
    ["%n новый лид из %1", "%n новых лида из %1", "%n новых лидов из %1"],
    ["%n новий лід з %1", "%n нові ліди з %1", "%n нових лідів з %1"],
    ["来自%1的 %n 条新线索"])


table.run(checks=ts_fill.ALL_CHECKS, literal_ampersands=True, list_unused=True, verify=True,
          # %L3 counts as a placeholder too, and each one as often as it occurs.
          counted_placeholders=True, verify_en_numerus=True,
          # Contexts of other areas too: only the messages listed here are checked there.
          shared_contexts={"SettingsService", "showroom::SettingsPage", "showroom::MainWindow"})
