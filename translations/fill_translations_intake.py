#!/usr/bin/env python3
"""Fills the lead intake messages into the Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts; another script may
fill other contexts of the same files at the same time, so run it under the lock:
    flock /tmp/ts.lock python3 translations/fill_translations_intake.py
Covers the lead intake: the ADF reader (Adf), the vCard reader (VCard), LeadIntakeService (with
the lines of the lead's note written in core/services/IntakeRecordImport.cpp and the lists of
leads, CSV, of core/services/IntakeCsvImport.cpp), FolderIntake and the CLI ImportCommands
(import adf|eml|vcard|csv, intake run), and the lead import dialog of the desktop app
(showroom::LeadImportDialog, showroom::LeadImportModel and the File menu's "&Import leads…" of
showroom::MainWindow).
Messages found here get their translation and lose type="unfinished"; the rest stay as they
are. Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3,
zh_CN 1); showroom_en.ts only receives the numerus forms (there are none here so far).

The writer is the one of fill_translations_reports.py (from fill_translations_deals_ui.py): it
edits only the <translation> elements it fills and keeps lupdate's layout and escaping.

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
Kept as they are: ADF, vCard, CSV, XML, BEGIN:VCARD, the CLI words (import, intake run, adf, eml,
vcard, csv, --source, --map, --folder DIR) and the outcome keys the CLI prints (rejected,
needs_review, ...).
"""
import html
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
LANGS = ["de", "ru", "uk", "zh_CN"]
PLURAL_FORMS = {"de": 2, "en": 2, "ru": 3, "uk": 3, "zh_CN": 1}

# (context, source) -> {lang: translation}; for numerus messages lang -> [forms].
T = {}


def tr(context, source, de, ru, uk, zh):
    T[(context, source)] = {"de": de, "ru": ru, "uk": uk, "zh_CN": zh}


def trn(context, source, en, de, ru, uk, zh):
    T[(context, source)] = {"en": en, "de": de, "ru": ru, "uk": uk, "zh_CN": zh}


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
tr(C, 'There is no lead source "%1".', "Es gibt keine Leadquelle „%1“.", "Источника лидов «%1» нет.",
   "Джерела лідів «%1» немає.", "不存在线索来源“%1”。")
tr(C, "No lead source fits; choose one with --source.",
   "Keine Leadquelle passt; wählen Sie eine mit --source.",
   "Ни один источник лидов не подходит; укажите его в параметре --source.",
   "Жодне джерело лідів не підходить; вкажіть його в параметрі --source.",
   "没有匹配的线索来源；请用 --source 指定。")

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
tr(C, 'There is no lead source "%1".', "Es gibt keine Leadquelle „%1“.", "Источника лидов «%1» нет.",
   "Джерела лідів «%1» немає.", "不存在线索来源“%1”。")
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
tr(C, "intake needs run --folder DIR", "intake erfordert run --folder DIR",
   "для intake нужно указать run --folder DIR", "для intake потрібно вказати run --folder DIR",
   "intake 需要 run --folder DIR")
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


CONTEXTS = {context for context, _ in T}
# %L3 counts as a placeholder too, and each one as often as it occurs.
PLACEHOLDER = re.compile(r"%L?n|%L?\d+")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def check(key, lang, text):
    context, source = key
    problems = []
    if placeholders(text) != placeholders(source):
        problems.append("placeholders")
    if TAG.findall(text) != TAG.findall(source):
        problems.append("HTML tags")
    # "&&" is a literal ampersand (the settings tabs), not an accelerator.
    accel_source, accel_text = source.replace("&&", ""), text.replace("&&", "")
    if ("&" in accel_source) != ("&" in accel_text) or accel_text.count("&") > 1:
        problems.append("accelerator")
    if ("…" in source) != ("…" in text):
        problems.append("ellipsis")
    if problems:
        sys.exit(f"{lang}: {', '.join(problems)} differ in {context!r} {source!r}: {text!r}")


for key, entry in T.items():
    for lang, value in entry.items():
        for text in value if isinstance(value, list) else [value]:
            check(key, lang, text)


# --- Writer --------------------------------------------------------------------------------------
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>.*?</context>", re.S)
MESSAGE_RE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION_RE = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)
GONE_RE = re.compile(r"<translation type=\"(?:vanished|obsolete)\"")


def escape(text):
    """Escapes like lupdate does."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def translation_xml(lang, entry, numerus, where):
    if numerus != isinstance(entry, list):
        sys.exit(f"{lang}: numerus mismatch for {where}")
    if not numerus:
        return f"<translation>{escape(entry)}</translation>"
    if len(entry) != PLURAL_FORMS[lang]:
        sys.exit(f"{lang}: {len(entry)} forms for {where}")
    forms = "".join(f"\n            <numerusform>{escape(form)}</numerusform>" for form in entry)
    return f"<translation>{forms}\n        </translation>"


def fill(lang):
    path = HERE / f"showroom_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    done = 0
    used = set()

    def message(match, context):
        nonlocal done
        block = match.group(0)
        if GONE_RE.search(block):
            return block
        source = html.unescape(SOURCE_RE.search(block).group(1))
        entry = T.get((context, source), {}).get(lang)
        if entry is None:
            return block
        new = translation_xml(lang, entry, match.group(1) is not None, f"{context!r} {source!r}")
        done += 1
        used.add((context, source))
        return TRANSLATION_RE.sub(lambda _: new, block, count=1)

    def context(match):
        name = html.unescape(match.group(1))
        if name not in CONTEXTS:
            return match.group(0)
        return MESSAGE_RE.sub(lambda m: message(m, name), match.group(0))

    text = CONTEXT_RE.sub(context, text)
    ET.fromstring(text.encode("utf-8"))  # still well-formed
    path.write_text(text, encoding="utf-8")
    known = {key for key, entry in T.items() if lang in entry}
    print(f"{path.name}: {done} messages written ({len(known)} known to this script)")
    for context, source in sorted(known - used):
        print(f"  not in the catalogue (renamed or gone?): {context!r} {source!r}")


def verify(lang):
    """Parses the written catalogue and checks the messages of this script's contexts."""
    problems = []
    for context in ET.parse(HERE / f"showroom_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name")
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished":
                if lang != "en":
                    problems.append(f"unfinished {name!r} {source!r}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            for form in forms:
                if placeholders(form) != placeholders(source):
                    problems.append(f"placeholders of {name!r} {source!r}: {form!r}")
    if problems:
        sys.exit(f"showroom_{lang}.ts:\n  " + "\n  ".join(problems))


for lang in LANGS + ["en"]:
    fill(lang)
for lang in LANGS + ["en"]:
    verify(lang)
print("checked: no unfinished messages in these contexts, placeholders match")
