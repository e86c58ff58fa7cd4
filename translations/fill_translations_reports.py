#!/usr/bin/env python3
"""Fills the report messages into the Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts; another script may
fill other contexts of the same files at the same time, so run it under the lock:
    flock /tmp/ts.lock python3 translations/fill_translations_reports.py
Covers the reports screen (showroom::ReportsPage, ReportHeader, KpiTiles, the Overview, Funnel,
Sources, Lost and Consultants tabs, ConsultantTableModel, DrillDownDialog, DrillDownModel,
ReportExportDialog), ReportCharts, the weekly report printer (WeeklyReportPrinter, PageFlow,
PrintedTable; the print preview and PDF messages are in fill_translations_deals_core.py),
ReportTables, ReportFormat, ReportPeriod,
ReportService, ReportExportService, CsvWriter, XlsxWriter, the CLI ReportCommands and the new
report messages of Permissions (only the messages listed here).
Messages found here get their translation and lose type="unfinished"; the rest stay as they
are. Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3,
zh_CN 1); showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps
lupdate's layout and escaping.

Terms as in the other fill scripts: lead Lead/лид/лід/线索, consultant Berater/консультант/
консультант/销售顾问, walk-in Besuch (im Autohaus)/визит (в салон)/візит (до салону)/到店, first
visit Erstbesuch/первый визит/перший візит/首次到店, repeat visit Folgebesuch/повторный визит/
повторний візит/再次到店, stage Phase/этап/етап/阶段, Won Gewonnen/Выигран/Виграно/成交, Lost
Verloren/Проигран/Втрачено/战败, lost reason Verlustgrund/причина отказа/причина відмови/战败原因,
info-retention rate Kontakterfassungsquote/доля сохранённых контактов/частка збережених
контактів/信息留存率, test drive Probefahrt/тест-драйв/тест-драйв/试驾, source Quelle/источник/
джерело/来源, follow-up Wiedervorlage/повторный контакт/повторний контакт/跟进, deal
Geschäft/сделка/угода/交易, deliveries Auslieferungen/Выдача авто/Видача авто/交车, report
Bericht/отчёт/звіт/报表, export exportieren/выгрузить/вивантажити/导出.
Here: campaign Kampagne/кампания/кампанія/营销活动, funnel Trichter/воронка/воронка/漏斗, close
rate Abschlussquote/конверсия в продажу/конверсія в продаж/成交率, revenue Umsatz/выручка/виторг/
销售额, sheet Blatt/лист/аркуш/工作表, workbook Arbeitsmappe/книга/книга/工作簿.

Accelerators on the reports page avoid the main window's menu letters (de D A H, ru Ф В С,
uk Ф В Д): tabs de Ü R Q V B, ru О К И П Н, uk О К Е Ч Н; header de O S X Z E L,
ru Е P Э Р Т Ч, uk П P С Р А Л.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# --- Permissions -------------------------------------------------------------------------------
C = "Permissions"
tr(C, "view reports", "Berichte ansehen", "просматривать отчёты", "переглядати звіти", "查看报表")
tr(C, "view every consultant's figures", "die Kennzahlen aller Berater ansehen",
   "видеть показатели всех консультантов", "бачити показники всіх консультантів", "查看所有顾问的数据")

# --- Export writers ----------------------------------------------------------------------------
C = "CsvWriter"
tr(C, "Could not create %1: %2.", "%1 konnte nicht angelegt werden: %2.", "Не удалось создать %1: %2.",
   "Не вдалося створити %1: %2.", "无法创建 %1：%2。")
tr(C, "Could not write %1: %2.", "%1 konnte nicht geschrieben werden: %2.", "Не удалось записать %1: %2.",
   "Не вдалося записати %1: %2.", "无法写入 %1：%2。")
C = "XlsxWriter"
tr(C, "Sheet %1", "Blatt %1", "Лист %1", "Аркуш %1", "工作表 %1")
tr(C, "The column title “%1” is too long for Excel.", "Der Spaltentitel „%1“ ist für Excel zu lang.",
   "Заголовок столбца «%1» слишком длинный для Excel.", "Заголовок стовпця «%1» задовгий для Excel.",
   "列标题“%1”对 Excel 来说太长。")
tr(C, "Row %1 of the sheet “%2” holds a text longer than the %L3 characters an Excel cell can hold.",
   "Zeile %1 des Blatts „%2“ enthält einen Text, der länger ist als die %L3 Zeichen, die eine Excel-Zelle fassen kann.",
   "Строка %1 листа «%2» содержит текст длиннее %L3 символов, которые вмещает ячейка Excel.",
   "Рядок %1 аркуша «%2» містить текст, довший за %L3 символів, які вміщує клітинка Excel.",
   "工作表“%2”第 %1 行的文本超过了 Excel 单元格可容纳的 %L3 个字符。")
tr(C, "Row %1 of the sheet “%2” could not be written: %3.",
   "Zeile %1 des Blatts „%2“ konnte nicht geschrieben werden: %3.",
   "Не удалось записать строку %1 листа «%2»: %3.", "Не вдалося записати рядок %1 аркуша «%2»: %3.",
   "无法写入工作表“%2”的第 %1 行：%3。")
tr(C, "“%1” has %L2 rows and %L3 columns: an Excel sheet holds at most %L4 rows below its header and %L5 columns.",
   "„%1“ hat %L2 Zeilen und %L3 Spalten: Ein Excel-Blatt fasst höchstens %L4 Zeilen unter der Kopfzeile und %L5 Spalten.",
   "В «%1» %L2 строк и %L3 столбцов, а лист Excel вмещает не более %L4 строк под заголовком и %L5 столбцов.",
   "У «%1» %L2 рядків і %L3 стовпців, а аркуш Excel вміщує не більше %L4 рядків під заголовком і %L5 стовпців.",
   "“%1”有 %L2 行、%L3 列：Excel 工作表在表头下最多容纳 %L4 行、%L5 列。")
tr(C, "Excel does not accept “%1” as a sheet name.", "Excel akzeptiert „%1“ nicht als Blattnamen.",
   "Excel не принимает «%1» как имя листа.", "Excel не приймає «%1» як назву аркуша.",
   "Excel 不接受“%1”作为工作表名称。")
tr(C, "Could not write %1: %2.", "%1 konnte nicht geschrieben werden: %2.", "Не удалось записать %1: %2.",
   "Не вдалося записати %1: %2.", "无法写入 %1：%2。")
tr(C, "Could not write %1: out of memory.", "%1 konnte nicht geschrieben werden: kein Speicher mehr frei.",
   "Не удалось записать %1: недостаточно памяти.", "Не вдалося записати %1: недостатньо пам'яті.",
   "无法写入 %1：内存不足。")

C = "ReportExportService"
tr(C, "Choose a file name for the export.", "Wählen Sie einen Dateinamen für den Export.",
   "Выберите имя файла для выгрузки.", "Виберіть назву файлу для вивантаження.", "请为导出文件选择文件名。")
tr(C, "Could not save %1: the folder %2 does not exist.",
   "%1 konnte nicht gespeichert werden: Der Ordner %2 existiert nicht.",
   "Не удалось сохранить %1: папка %2 не существует.", "Не вдалося зберегти %1: теки %2 не існує.",
   "无法保存 %1：文件夹 %2 不存在。")
tr(C, "Could not save %1: it is a folder or a device, not a file.",
   "%1 konnte nicht gespeichert werden: Es ist ein Ordner oder ein Gerät, keine Datei.",
   "Не удалось сохранить %1: это папка или устройство, а не файл.",
   "Не вдалося зберегти %1: це тека або пристрій, а не файл.", "无法保存 %1：它是文件夹或设备，而不是文件。")
tr(C, "There is no table to export.", "Es gibt keine Tabelle zum Exportieren.", "Нет таблицы для выгрузки.",
   "Немає таблиці для вивантаження.", "没有可导出的表格。")
trn(C, "A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time.",
    ["A CSV file holds one table, and this export has %n table. Export them as an Excel workbook (one sheet per table), or one table at a time.",
     "A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time."],
    ["Eine CSV-Datei fasst eine Tabelle, dieser Export hat %n Tabelle. Exportieren Sie sie als Excel-Arbeitsmappe (ein Blatt pro Tabelle) oder eine Tabelle nach der anderen.",
     "Eine CSV-Datei fasst eine Tabelle, dieser Export hat %n Tabellen. Exportieren Sie sie als Excel-Arbeitsmappe (ein Blatt pro Tabelle) oder eine Tabelle nach der anderen."],
    ["Файл CSV вмещает одну таблицу, а в этой выгрузке %n таблица. Выгрузите их в книгу Excel (по листу на таблицу) или по одной таблице.",
     "Файл CSV вмещает одну таблицу, а в этой выгрузке %n таблицы. Выгрузите их в книгу Excel (по листу на таблицу) или по одной таблице.",
     "Файл CSV вмещает одну таблицу, а в этой выгрузке %n таблиц. Выгрузите их в книгу Excel (по листу на таблицу) или по одной таблице."],
    ["Файл CSV вміщує одну таблицю, а в цьому вивантаженні %n таблиця. Вивантажте їх у книгу Excel (по аркушу на таблицю) або по одній таблиці.",
     "Файл CSV вміщує одну таблицю, а в цьому вивантаженні %n таблиці. Вивантажте їх у книгу Excel (по аркушу на таблицю) або по одній таблиці.",
     "Файл CSV вміщує одну таблицю, а в цьому вивантаженні %n таблиць. Вивантажте їх у книгу Excel (по аркушу на таблицю) або по одній таблиці."],
    ["一个 CSV 文件只能容纳一张表，而此次导出包含 %n 张表。请导出为 Excel 工作簿（每张表一个工作表），或每次导出一张表。"])
tr(C, "The export was not recorded in the audit log, so %1 was removed: %2",
   "Der Export wurde nicht im Prüfprotokoll erfasst, daher wurde %1 entfernt: %2",
   "Выгрузка не записана в журнал аудита, поэтому %1 удалён: %2",
   "Вивантаження не записано до журналу аудиту, тому %1 видалено: %2",
   "导出未能记入审计日志，因此已删除 %1：%2")

# --- Printing helpers --------------------------------------------------------------------------
C = "PageFlow"
tr(C, "%1 (continued)", "%1 (Fortsetzung)", "%1 (продолжение)", "%1 (продовження)", "%1（续）")
C = "PrintedTable"
tr(C, "Total", "Gesamt", "Итого", "Разом", "合计")
tr(C, "%1 (%2 of %3)", "%1 (%2 von %3)", "%1 (%2 из %3)", "%1 (%2 з %3)", "%1（%2/%3）")

C = "ReportFormat"
tr(C, "%1%", "%1 %", "%1 %", "%1 %", "%1%")
tr(C, "%1 min", "%1 Min.", "%1 мин", "%1 хв", "%1 分钟")
tr(C, "%1 h", "%1 Std.", "%1 ч", "%1 год", "%1 小时")
tr(C, "%1 days", "%1 Tage", "%1 дн.", "%1 дн.", "%1 天")
tr(C, "%1 pp", "%1 Pp.", "%1 п. п.", "%1 в. п.", "%1 个百分点")

C = "ReportPeriod"
tr(C, "“%1” is not an ISO week; write it like 2026-W47.",
   "„%1“ ist keine ISO-Kalenderwoche; schreiben Sie sie wie 2026-W47.",
   "«%1» — не неделя ISO; укажите её в виде 2026-W47.", "«%1» — не тиждень ISO; вкажіть його у вигляді 2026-W47.",
   "“%1”不是 ISO 周；请按 2026-W47 的格式填写。")
tr(C, "%1 has weeks 1 to %2, not week %3.", "%1 hat die Wochen 1 bis %2, keine Woche %3.",
   "В %1 году недели с 1 по %2, недели %3 нет.", "У %1 році тижні з 1 по %2, тижня %3 немає.",
   "%1 年只有第 1 至第 %2 周，没有第 %3 周。")
tr(C, "“%1” is not a date; write it like 2026-11-16.", "„%1“ ist kein Datum; schreiben Sie es wie 2026-11-16.",
   "«%1» — не дата; укажите её в виде 2026-11-16.", "«%1» — не дата; вкажіть її у вигляді 2026-11-16.",
   "“%1”不是日期；请按 2026-11-16 的格式填写。")
tr(C, "The period ends before it begins.", "Der Zeitraum endet, bevor er beginnt.",
   "Период заканчивается раньше, чем начинается.", "Період закінчується раніше, ніж починається.",
   "时间段的结束早于开始。")
tr(C, "A report covers at most three years.", "Ein Bericht umfasst höchstens drei Jahre.",
   "Отчёт охватывает не более трёх лет.", "Звіт охоплює не більше трьох років.", "报表最多覆盖三年。")

C = "ReportService"
tr(C, "%1 may see only his or her own figures.", "%1 darf nur die eigenen Kennzahlen sehen.",
   "%1 может видеть только свои показатели.", "%1 може бачити лише власні показники.",
   "%1 只能查看本人的数据。")
tr(C, "The period ends before it begins.", "Der Zeitraum endet, bevor er beginnt.",
   "Период заканчивается раньше, чем начинается.", "Період закінчується раніше, ніж починається.",
   "时间段的结束早于开始。")

# --- CLI -----------------------------------------------------------------------------------------
C = "ReportCommands"
tr(C, "There is no source “%1”; the source keys are: %2.",
   "Es gibt keine Quelle „%1“; die Quellenschlüssel sind: %2.",
   "Источника «%1» нет; ключи источников: %2.", "Джерела «%1» немає; ключі джерел: %2.",
   "没有来源“%1”；来源键为：%2。")
tr(C, "%1 %2 written to %3", "%1 %2 in %3 geschrieben", "%1 %2 сохранён в %3", "%1 %2 збережено до %3",
   "%1 %2 已写入 %3")
tr(C, "report needs weekly and one of --pdf FILE or --json",
   "report braucht weekly und entweder --pdf DATEI oder --json",
   "для report нужны weekly и один из параметров --pdf ФАЙЛ или --json",
   "для report потрібні weekly та один із параметрів --pdf ФАЙЛ або --json",
   "report 需要 weekly，以及 --pdf 文件 或 --json 之一")
tr(C, "report weekly takes --week or --from and --to, not both",
   "report weekly nimmt --week oder --from und --to, nicht beides",
   "report weekly принимает --week или --from и --to, но не то и другое сразу",
   "report weekly приймає --week або --from і --to, але не все разом",
   "report weekly 接受 --week 或 --from 与 --to，不能同时使用")
tr(C, "report weekly needs both --from and --to", "report weekly braucht sowohl --from als auch --to",
   "для report weekly нужны оба параметра --from и --to", "для report weekly потрібні обидва параметри --from і --to",
   "report weekly 需要同时指定 --from 和 --to")
tr(C, "This showroom-cli was built without printing (core-only build); use --json instead.",
   "Dieses showroom-cli wurde ohne Druckfunktion gebaut (nur Kern); verwenden Sie stattdessen --json.",
   "Эта сборка showroom-cli не умеет печатать (только ядро); используйте --json.",
   "Ця збірка showroom-cli не вміє друкувати (лише ядро); використайте --json.",
   "此 showroom-cli 构建时未包含打印功能（仅核心）；请改用 --json。")

# --- Charts --------------------------------------------------------------------------------------
C = "ReportCharts"
tr(C, "W%1", "KW %1", "Н%1", "Т%1", "第%1周")
tr(C, "week %1 (%2 – %3)", "KW %1 (%2 – %3)", "неделя %1 (%2 – %3)", "тиждень %1 (%2 – %3)", "第 %1 周（%2 – %3）")
tr(C, "Q%1 %2", "Q%1 %2", "%1 кв. %2", "%1 кв. %2", "%2 Q%1")
tr(C, "%1 – %2", "%1 – %2", "%1 – %2", "%1 – %2", "%1 – %2")
tr(C, "Walk-ins by day", "Besuche pro Tag", "Визиты по дням", "Візити за днями", "每日到店")
tr(C, "Walk-ins by week", "Besuche pro Woche", "Визиты по неделям", "Візити за тижнями", "每周到店")
tr(C, "Walk-ins by month", "Besuche pro Monat", "Визиты по месяцам", "Візити за місяцями", "每月到店")
tr(C, "Walk-ins by quarter", "Besuche pro Quartal", "Визиты по кварталам", "Візити за кварталами", "每季度到店")
tr(C, "%1: %2 first visits, %3 repeat visits. Click to list the leads.",
   "%1: %2 Erstbesuche, %3 Folgebesuche. Klicken, um die Leads aufzulisten.",
   "%1: первых визитов — %2, повторных — %3. Щёлкните, чтобы увидеть лиды.",
   "%1: перших візитів — %2, повторних — %3. Клацніть, щоб побачити ліди.",
   "%1：首次到店 %2 次，再次到店 %3 次。点击查看线索。")
tr(C, "First visits", "Erstbesuche", "Первые визиты", "Перші візити", "首次到店")
tr(C, "Repeat visits", "Folgebesuche", "Повторные визиты", "Повторні візити", "再次到店")
tr(C, "Walk-ins on %1", "Besuche am %1", "Визиты %1", "Візити %1", "%1 的到店")
tr(C, "Walk-ins in %1", "Besuche im Zeitraum %1", "Визиты за %1", "Візити за %1", "%1 的到店")
tr(C, "%1 — none in this period", "%1 — keine in diesem Zeitraum", "%1 — нет за этот период",
   "%1 — немає за цей період", "%1 — 本期无")
tr(C, "Walk-ins by hour of arrival", "Besuche nach Ankunftsstunde", "Визиты по часу прихода",
   "Візити за годиною приходу", "按到店时段统计的到店")
tr(C, "Walk-ins", "Besuche", "Визиты", "Візити", "到店")
tr(C, "%1 – %2: %3 walk-ins. Click to list the leads.",
   "%1 – %2: %3 Besuche. Klicken, um die Leads aufzulisten.",
   "%1 – %2: визитов — %3. Щёлкните, чтобы увидеть лиды.",
   "%1 – %2: візитів — %3. Клацніть, щоб побачити ліди.", "%1 – %2：到店 %3 次。点击查看线索。")
tr(C, "Walk-ins from %1 to %2", "Besuche von %1 bis %2", "Визиты с %1 до %2", "Візити з %1 до %2",
   "%1 至 %2 的到店")
tr(C, "Sales funnel: leads that reached each stage", "Verkaufstrichter: Leads, die jede Phase erreicht haben",
   "Воронка продаж: лиды, дошедшие до каждого этапа", "Воронка продажів: ліди, що дійшли до кожного етапу",
   "销售漏斗：到达各阶段的线索")
tr(C, "Reached", "Erreicht", "Дошли", "Дійшли", "到达")
tr(C, "%1: %2 leads reached this stage, %3 entered it. Click to list the leads.",
   "%1: %2 Leads haben diese Phase erreicht, %3 sind in sie eingetreten. Klicken, um die Leads aufzulisten.",
   "%1: до этого этапа дошли лидов — %2, вошли в него — %3. Щёлкните, чтобы увидеть лиды.",
   "%1: до цього етапу дійшли лідів — %2, увійшли в нього — %3. Клацніть, щоб побачити ліди.",
   "%1：%2 条线索到达此阶段，%3 条进入此阶段。点击查看线索。")
tr(C, "%1 → %2", "%1 → %2", "%1 → %2", "%1 → %2", "%1 → %2")
tr(C, "Leads that entered %1", "Leads, die in %1 eingetreten sind", "Лиды, вошедшие в этап %1",
   "Ліди, що увійшли в етап %1", "进入%1的线索")
tr(C, "Leads and sales by source", "Leads und Verkäufe nach Quelle", "Лиды и продажи по источникам",
   "Ліди та продажі за джерелами", "按来源统计的线索与销量")
tr(C, "%1: %2 leads, %3 sales. Click to list the leads.",
   "%1: %2 Leads, %3 Verkäufe. Klicken, um die Leads aufzulisten.",
   "%1: лидов — %2, продаж — %3. Щёлкните, чтобы увидеть лиды.",
   "%1: лідів — %2, продажів — %3. Клацніть, щоб побачити ліди.",
   "%1：线索 %2 条，销量 %3 台。点击查看线索。")
tr(C, "Leads", "Leads", "Лиды", "Ліди", "线索")
tr(C, "Sales", "Verkäufe", "Продажи", "Продажі", "销量")
tr(C, "Leads from %1", "Leads aus %1", "Лиды из источника %1", "Ліди з джерела %1", "来自%1的线索")
tr(C, "Lost leads by reason", "Verlorene Leads nach Grund", "Проигранные лиды по причинам",
   "Втрачені ліди за причинами", "按原因统计的战败线索")
tr(C, "Lost leads", "Verlorene Leads", "Проигранные лиды", "Втрачені ліди", "战败线索")
tr(C, "%1: %2 leads lost. Click to list them.", "%1: %2 Leads verloren. Klicken, um sie aufzulisten.",
   "%1: проиграно лидов — %2. Щёлкните, чтобы увидеть их.",
   "%1: втрачено лідів — %2. Клацніть, щоб побачити їх.", "%1：战败线索 %2 条。点击查看。")
tr(C, "Leads lost: %1", "Verlorene Leads: %1", "Проигранные лиды: %1", "Втрачені ліди: %1", "战败线索：%1")
tr(C, "Lost leads per week", "Verlorene Leads pro Woche", "Проигранные лиды по неделям",
   "Втрачені ліди за тижнями", "每周战败线索")
tr(C, "Week %1 (from %2): %3 lost", "KW %1 (ab %2): %3 verloren", "Неделя %1 (с %2): проиграно — %3",
   "Тиждень %1 (з %2): втрачено — %3", "第 %1 周（自 %2 起）：战败 %3 条")


# --- Report tables (export sheets) ---------------------------------------------------------------
C = "ReportTables"
for s, de, ru, uk, zh in [
    ("Traffic", "Besucher", "Трафик", "Трафік", "客流"),
    ("Showroom traffic", "Besucher im Autohaus", "Трафик автосалона", "Трафік автосалону", "展厅客流"),
    ("Date", "Datum", "Дата", "Дата", "日期"),
    ("First visits", "Erstbesuche", "Первые визиты", "Перші візити", "首次到店"),
    ("Repeat visits", "Folgebesuche", "Повторные визиты", "Повторні візити", "再次到店"),
    ("Contact captured", "Kontakt erfasst", "Контакт получен", "Контакт отримано", "已留资"),
    ("Test drives", "Probefahrten", "Тест-драйвы", "Тест-драйви", "试驾"),
    ("Funnel", "Trichter", "Воронка", "Воронка", "漏斗"),
    ("Sales funnel", "Verkaufstrichter", "Воронка продаж", "Воронка продажів", "销售漏斗"),
    ("Stage", "Phase", "Этап", "Етап", "阶段"),
    ("Entered", "Eingetreten", "Вошли", "Увійшли", "进入"),
    ("Reached", "Erreicht", "Дошли", "Дійшли", "到达"),
    ("Conversion to next", "Konversion zur nächsten", "Конверсия в следующий", "Конверсія в наступний", "转化至下一阶段"),
    ("Left", "Ausgetreten", "Вышли", "Вийшли", "离开"),
    ("Median days in stage", "Median Tage in der Phase", "Медиана дней на этапе", "Медіана днів на етапі", "阶段停留天数中位数"),
    ("Sources", "Quellen", "Источники", "Джерела", "来源"),
    ("Source", "Quelle", "Источник", "Джерело", "来源"),
    ("Leads", "Leads", "Лиды", "Ліди", "线索"),
    ("Answered in time", "Rechtzeitig beantwortet", "Отвечено вовремя", "Відповіли вчасно", "按时响应"),
    ("Offers", "Angebote", "Предложения", "Пропозиції", "报价"),
    ("Sales", "Verkäufe", "Продажи", "Продажі", "销量"),
    ("Conversion", "Konversion", "Конверсия", "Конверсія", "转化率"),
    ("Revenue", "Umsatz", "Выручка", "Виторг", "销售额"),
    ("Campaigns", "Kampagnen", "Кампании", "Кампанії", "营销活动"),
    ("Campaign", "Kampagne", "Кампания", "Кампанія", "营销活动"),
    ("Cost", "Kosten", "Затраты", "Витрати", "费用"),
    ("Cost per sale", "Kosten pro Verkauf", "Затраты на продажу", "Витрати на продаж", "单车成本"),
    ("Lost reason", "Verlustgrund", "Причина отказа", "Причина відмови", "战败原因"),
    ("Total", "Gesamt", "Итого", "Разом", "合计"),
    ("Lost reasons", "Verlustgründe", "Причины отказов", "Причини відмов", "战败原因"),
    ("Lost leads by reason and stage", "Verlorene Leads nach Grund und Phase", "Проигранные лиды по причинам и этапам",
     "Втрачені ліди за причинами та етапами", "按原因和阶段统计的战败线索"),
    ("Consultants", "Berater", "Консультанты", "Консультанти", "销售顾问"),
    ("Consultant", "Berater", "Консультант", "Консультант", "销售顾问"),
    ("Leads assigned", "Zugewiesene Leads", "Назначено лидов", "Призначено лідів", "分配线索数"),
    ("Median first response (min)", "Median Erstreaktion (Min.)", "Медиана первого ответа (мин)",
     "Медіана першої відповіді (хв)", "首次响应中位数（分钟）"),
    ("Response breaches", "Reaktionsfrist verletzt", "Нарушения срока ответа", "Порушення строку відповіді", "响应超时"),
    ("Escalations", "Eskalationen", "Эскалации", "Ескалації", "升级"),
    ("Follow-ups due", "Fällige Wiedervorlagen", "Повторных контактов запланировано", "Повторних контактів заплановано", "应跟进"),
    ("Follow-ups done", "Erledigte Wiedervorlagen", "Повторных контактов выполнено", "Повторних контактів виконано", "已跟进"),
    ("Follow-ups overdue", "Überfällige Wiedervorlagen", "Повторных контактов просрочено", "Повторних контактів прострочено", "逾期跟进"),
    ("Accessory attach rate", "Zubehörquote", "Доля продаж аксессуаров", "Частка продажів аксесуарів", "精品附件渗透率"),
    ("Manager comments", "Kommentare des Verkaufsleiters", "Комментарии руководителя", "Коментарі керівника", "经理点评"),
    ("Deliveries", "Auslieferungen", "Выдача авто", "Видача авто", "交车"),
    ("Deliveries and loans", "Auslieferungen und Kredite", "Выдача авто и кредиты", "Видача авто та кредити", "交车与贷款"),
    ("Figure", "Kennzahl", "Показатель", "Показник", "指标"),
    ("Deals", "Geschäfte", "Сделки", "Угоди", "交易"),
    ("Delivered", "Ausgeliefert", "Выдано", "Видано", "已交车"),
    ("On time", "Pünktlich", "В срок", "Вчасно", "按时"),
    ("Late", "Verspätet", "С опозданием", "Із запізненням", "延迟"),
    ("Without a promised date", "Ohne zugesagten Termin", "Без обещанной даты", "Без обіцяної дати", "无承诺日期"),
    ("Loan applications sent", "Gesendete Kreditanträge", "Отправлено заявок на кредит", "Надіслано заявок на кредит", "已提交贷款申请"),
    ("Loans approved", "Genehmigte Kredite", "Одобрено кредитов", "Схвалено кредитів", "已批贷款"),
]:
    tr(C, s, de, ru, uk, zh)

# --- Weekly report printer -----------------------------------------------------------------------
C = "WeeklyReportPrinter"
for s, de, ru, uk, zh in [
    ("W%1", "KW %1", "Н%1", "Т%1", "第%1周"),
    ("Visits per day", "Besuche pro Tag", "Визиты по дням", "Візити за днями", "每日到店"),
    ("Visits per week", "Besuche pro Woche", "Визиты по неделям", "Візити за тижнями", "每周到店"),
    ("Visits per month", "Besuche pro Monat", "Визиты по месяцам", "Візити за місяцями", "每月到店"),
    ("%1%2 pts", "%1%2 Pp.", "%1%2 п. п.", "%1%2 в. п.", "%1%2 个百分点"),
    ("Visits", "Besuche", "Визиты", "Візити", "到店"),
    ("First visits", "Erstbesuche", "Первые визиты", "Перші візити", "首次到店"),
    ("Info-retention", "Kontakterfassung", "Сохранённые контакты", "Збережені контакти", "信息留存"),
    ("Previous period: %1", "Vorheriger Zeitraum: %1", "Предыдущий период: %1", "Попередній період: %1", "上期：%1"),
    ("Last year: %1", "Vorjahr: %1", "Прошлый год: %1", "Минулий рік: %1", "去年同期：%1"),
    ("Traffic", "Besucher", "Трафик", "Трафік", "客流"),
    ("Repeat visits", "Folgebesuche", "Повторные визиты", "Повторні візити", "再次到店"),
    ("No walk-ins in this period.", "Keine Besuche in diesem Zeitraum.", "За этот период визитов нет.",
     "За цей період візитів немає.", "本期无到店。"),
    ("Visits by hour of the day", "Besuche nach Tageszeit", "Визиты по часам дня", "Візити за годинами дня", "按时段统计的到店"),
    ("Report", "Bericht", "Отчёт", "Звіт", "报表"),
    ("Weekly report", "Wochenbericht", "Еженедельный отчёт", "Щотижневий звіт", "周报"),
    ("%1 – %2", "%1 – %2", "%1 – %2", "%1 – %2", "%1 – %2"),
    ("all", "alle", "все", "усі", "全部"),
    ("Consultant: %1", "Berater: %1", "Консультант: %1", "Консультант: %1", "销售顾问：%1"),
    ("Source: %1", "Quelle: %1", "Источник: %1", "Джерело: %1", "来源：%1"),
    ("Generated %1", "Erstellt am %1", "Сформирован %1", "Сформовано %1", "生成于 %1"),
    ("Weekly-report", "Wochenbericht", "Еженедельный-отчёт", "Щотижневий-звіт", "周报"),
    ("Page %1 / %2", "Seite %1 / %2", "Страница %1 / %2", "Сторінка %1 / %2", "第 %1 / %2 页"),
    ("New leads: %1", "Neue Leads: %1", "Новые лиды: %1", "Нові ліди: %1", "新线索：%1"),
    ("Won: %1", "Gewonnen: %1", "Выиграны: %1", "Виграно: %1", "成交：%1"),
    ("Lost: %1", "Verloren: %1", "Проиграны: %1", "Втрачено: %1", "战败：%1"),
    ("Close rate: %1", "Abschlussquote: %1", "Конверсия в продажу: %1", "Конверсія в продаж: %1", "成交率：%1"),
    ("First-visit closes: %1", "Abschlüsse beim Erstbesuch: %1", "Продажи с первого визита: %1",
     "Продажі з першого візиту: %1", "首次到店成交：%1"),
    ("Follow-up closes: %1", "Abschlüsse nach Wiedervorlage: %1", "Продажи после повторного контакта: %1",
     "Продажі після повторного контакту: %1", "跟进后成交：%1"),
    ("Conversion to next stage", "Konversion zur nächsten Phase", "Конверсия в следующий этап",
     "Конверсія в наступний етап", "转化至下一阶段"),
    ("No lead moved through the funnel in this period.", "In diesem Zeitraum hat kein Lead den Trichter durchlaufen.",
     "За этот период ни один лид не продвинулся по воронке.", "За цей період жоден лід не просунувся воронкою.",
     "本期没有线索在漏斗中推进。"),
    ("Funnel", "Trichter", "Воронка", "Воронка", "漏斗"),
    ("Leads that reached each stage", "Leads, die jede Phase erreicht haben", "Лиды, дошедшие до каждого этапа",
     "Ліди, що дійшли до кожного етапу", "到达各阶段的线索"),
    ("Leads", "Leads", "Лиды", "Ліди", "线索"),
    ("Sales", "Verkäufe", "Продажи", "Продажі", "销量"),
    ("No leads or sales in this period.", "Keine Leads oder Verkäufe in diesem Zeitraum.",
     "За этот период нет ни лидов, ни продаж.", "За цей період немає ні лідів, ні продажів.", "本期无线索或销量。"),
    ("Sources and campaigns", "Quellen und Kampagnen", "Источники и кампании", "Джерела та кампанії", "来源与营销活动"),
    ("Leads and sales per source", "Leads und Verkäufe pro Quelle", "Лиды и продажи по источникам",
     "Ліди та продажі за джерелами", "各来源的线索与销量"),
    ("No campaign had leads, sales or costs in this period.",
     "Keine Kampagne hatte in diesem Zeitraum Leads, Verkäufe oder Kosten.",
     "Ни у одной кампании за этот период не было лидов, продаж или затрат.",
     "Жодна кампанія за цей період не мала лідів, продажів чи витрат.", "本期没有营销活动产生线索、销量或费用。"),
    ("Waiting for approval: %1", "Warten auf Bestätigung: %1", "Ожидают подтверждения: %1",
     "Очікують підтвердження: %1", "待审批：%1"),
    ("Lost leads", "Verlorene Leads", "Проигранные лиды", "Втрачені ліди", "战败线索"),
    ("No lead was lost in this period.", "In diesem Zeitraum ging kein Lead verloren.",
     "За этот период ни один лид не проигран.", "За цей період жодного ліда не втрачено.", "本期没有战败线索。"),
    ("No lead was lost in these weeks.", "In diesen Wochen ging kein Lead verloren.",
     "За эти недели ни один лид не проигран.", "За ці тижні жодного ліда не втрачено.", "这几周没有战败线索。"),
    ("Lost analysis", "Verlustanalyse", "Анализ отказов", "Аналіз відмов", "战败分析"),
    ("Lost leads by reason", "Verlorene Leads nach Grund", "Проигранные лиды по причинам",
     "Втрачені ліди за причинами", "按原因统计的战败线索"),
    ("Lost leads per week", "Verlorene Leads pro Woche", "Проигранные лиды по неделям",
     "Втрачені ліди за тижнями", "每周战败线索"),
    ("Consultants", "Berater", "Консультанты", "Консультанти", "销售顾问"),
    ("No consultant had figures in this period.", "Kein Berater hatte in diesem Zeitraum Kennzahlen.",
     "Ни у одного консультанта за этот период нет показателей.",
     "Жоден консультант не має показників за цей період.", "本期没有销售顾问产生数据。"),
    ("Deliveries", "Auslieferungen", "Выдача авто", "Видача авто", "交车"),
]:
    tr(C, s, de, ru, uk, zh)

# --- Reports page --------------------------------------------------------------------------------
def many(C, rows):
    for row in rows:
        tr(C, *row)

many("showroom::ConsultantTableModel", [
    ("Consultant", "Berater", "Консультант", "Консультант", "销售顾问"),
    ("Leads\nassigned", "Leads\nzugewiesen", "Назначено\nлидов", "Призначено\nлідів", "分配\n线索"),
    ("First\nresponse", "Erst-\nreaktion", "Первый\nответ", "Перша\nвідповідь", "首次\n响应"),
    ("Response\nbreaches", "Frist\nverletzt", "Нарушения\nсрока ответа", "Порушення\nстроку відповіді", "响应\n超时"),
    ("Escalations", "Eskalationen", "Эскалации", "Ескалації", "升级"),
    ("Follow-ups\ndue", "Wiedervorlagen\nfällig", "Повт. контакты\nзапланированы", "Повт. контакти\nзаплановані", "应\n跟进"),
    ("Follow-ups\ndone", "Wiedervorlagen\nerledigt", "Повт. контакты\nвыполнены", "Повт. контакти\nвиконані", "已\n跟进"),
    ("Follow-ups\noverdue", "Wiedervorlagen\nüberfällig", "Повт. контакты\nпросрочены", "Повт. контакти\nпрострочені", "逾期\n跟进"),
    ("Test\ndrives", "Probe-\nfahrten", "Тест-\nдрайвы", "Тест-\nдрайви", "试驾"),
    ("Offers", "Angebote", "Предложения", "Пропозиції", "报价"),
    ("Sales", "Verkäufe", "Продажи", "Продажі", "销量"),
    ("Revenue", "Umsatz", "Выручка", "Виторг", "销售额"),
    ("Accessories\noffered", "Zubehör\nangeboten", "Аксессуаров\nпредложено", "Аксесуарів\nзапропоновано", "精品\n推荐"),
    ("Accessories\nsold", "Zubehör\nverkauft", "Аксессуаров\nпродано", "Аксесуарів\nпродано", "精品\n售出"),
    ("Attach\nrate", "Zubehör-\nquote", "Доля\nаксессуаров", "Частка\nаксесуарів", "渗透率"),
    ("Manager\ncomments", "Kommentare\nVerkaufsleiter", "Комментарии\nруководителя", "Коментарі\nкерівника", "经理\n点评"),
    ("Double-click a consultant to list his leads", "Doppelklicken Sie auf einen Berater, um seine Leads aufzulisten",
     "Дважды щёлкните консультанта, чтобы увидеть его лиды", "Двічі клацніть консультанта, щоб побачити його ліди",
     "双击销售顾问可列出其线索"),
    ("Leads now his that were assigned to him in the period", "Leads, die ihm im Zeitraum zugewiesen wurden und noch seine sind",
     "Лиды, назначенные ему за период и всё ещё закреплённые за ним",
     "Ліди, призначені йому за період і досі закріплені за ним", "本期分配给他且目前仍归他负责的线索"),
    ("Median business time to the first response, over his leads created in the period",
     "Median der Geschäftszeit bis zur Erstreaktion bei seinen im Zeitraum angelegten Leads",
     "Медиана рабочего времени до первого ответа по его лидам, созданным за период",
     "Медіана робочого часу до першої відповіді за його лідами, створеними за період",
     "他在本期创建的线索从创建到首次响应的营业时间中位数"),
    ("His leads created in the period that missed the response deadline",
     "Seine im Zeitraum angelegten Leads, bei denen die Reaktionsfrist verpasst wurde",
     "Его лиды, созданные за период, по которым пропущен срок ответа",
     "Його ліди, створені за період, за якими пропущено строк відповіді", "他在本期创建且错过响应时限的线索"),
    ("His leads created in the period that were escalated to a manager",
     "Seine im Zeitraum angelegten Leads, die an den Verkaufsleiter eskaliert wurden",
     "Его лиды, созданные за период и переданные руководителю по эскалации",
     "Його ліди, створені за період і передані керівникові через ескалацію", "他在本期创建且已升级给经理的线索"),
    ("Follow-up and call-back tasks due in the period", "Im Zeitraum fällige Wiedervorlagen und Rückrufe",
     "Повторные контакты и обратные звонки, запланированные на период",
     "Повторні контакти та зворотні дзвінки, заплановані на період", "本期到期的跟进和回电任务"),
    ("Of the follow-ups due, the ones done", "Davon erledigte Wiedervorlagen",
     "Из запланированных повторных контактов — выполненные", "Із запланованих повторних контактів — виконані",
     "应跟进任务中已完成的"),
    ("Of the follow-ups due, the ones still open after their due time",
     "Davon Wiedervorlagen, die nach ihrer Fälligkeit noch offen sind",
     "Из запланированных повторных контактов — не выполненные в срок",
     "Із запланованих повторних контактів — не виконані вчасно", "应跟进任务中到期后仍未完成的"),
    ("Test drives he logged in the period", "Im Zeitraum von ihm erfasste Probefahrten",
     "Тест-драйвы, записанные им за период", "Тест-драйви, записані ним за період", "他在本期登记的试驾"),
    ("Offers he logged in the period", "Im Zeitraum von ihm erfasste Angebote",
     "Предложения, записанные им за период", "Пропозиції, записані ним за період", "他在本期登记的报价"),
    ("Deals he signed in the period (not cancelled)", "Im Zeitraum von ihm abgeschlossene Geschäfte (nicht storniert)",
     "Сделки, заключённые им за период (не отменённые)", "Угоди, укладені ним за період (не скасовані)",
     "他在本期签订的交易（未取消）"),
    ("List price minus discount of those deals", "Listenpreis abzüglich Rabatt dieser Geschäfte",
     "Прайсовая цена минус скидка по этим сделкам", "Прайсова ціна мінус знижка за цими угодами",
     "这些交易的指导价减去折扣"),
    ("Accessories offered on those deals", "Bei diesen Geschäften angebotenes Zubehör",
     "Аксессуары, предложенные в этих сделках", "Аксесуари, запропоновані в цих угодах", "这些交易中推荐的精品附件"),
    ("Accessories sold on those deals", "Bei diesen Geschäften verkauftes Zubehör",
     "Аксессуары, проданные в этих сделках", "Аксесуари, продані в цих угодах", "这些交易中售出的精品附件"),
    ("Accessories sold / offered", "Zubehör verkauft / angeboten", "Аксессуаров продано / предложено",
     "Аксесуарів продано / запропоновано", "精品附件售出 / 推荐"),
    ("Manager comments on his leads in the period", "Kommentare des Verkaufsleiters zu seinen Leads im Zeitraum",
     "Комментарии руководителя к его лидам за период", "Коментарі керівника до його лідів за період",
     "本期经理对其线索的点评"),
    ("%1 (%2): double-click to list his leads", "%1 (%2): Doppelklick listet seine Leads auf",
     "%1 (%2): дважды щёлкните, чтобы увидеть его лиды", "%1 (%2): двічі клацніть, щоб побачити його ліди",
     "%1（%2）：双击列出其线索"),
    ("%1 of %2 accessories offered were sold", "%1 von %2 angebotenen Zubehörteilen wurden verkauft",
     "Продано %1 из %2 предложенных аксессуаров", "Продано %1 з %2 запропонованих аксесуарів",
     "推荐的 %2 件精品附件中售出 %1 件"),
])
many("showroom::ConsultantsTab", [
    ("Figures attributed to each consultant in the period. Click a column title to sort, hover it for what it counts, right-click it to show more columns; double-click a consultant to list his leads.",
     "Kennzahlen je Berater im Zeitraum. Klicken Sie auf einen Spaltentitel zum Sortieren, zeigen Sie darauf, um zu sehen, was er zählt, und klicken Sie mit der rechten Maustaste für weitere Spalten; ein Doppelklick auf einen Berater listet seine Leads auf.",
     "Показатели каждого консультанта за период. Щёлкните заголовок столбца, чтобы отсортировать, наведите на него, чтобы узнать, что он считает, щёлкните правой кнопкой, чтобы показать другие столбцы; дважды щёлкните консультанта, чтобы увидеть его лиды.",
     "Показники кожного консультанта за період. Клацніть заголовок стовпця, щоб відсортувати, наведіть на нього, щоб дізнатися, що він рахує, клацніть правою кнопкою, щоб показати інші стовпці; двічі клацніть консультанта, щоб побачити його ліди.",
     "本期各销售顾问的数据。点击列标题可排序，悬停可查看统计口径，右键单击可显示更多列；双击销售顾问可列出其线索。"),
    ("Leads assigned to %1", "%1 zugewiesene Leads", "Лиды, назначенные консультанту %1",
     "Ліди, призначені консультантові %1", "分配给%1的线索"),
])
many("showroom::DrillDownDialog", [
    ("Leads: %1", "Leads: %1", "Лиды: %1", "Ліди: %1", "线索：%1"),
    ("Open &customer", "&Kunde öffnen", "Открыть &клиента", "Відкрити &клієнта", "打开客户(&C)"),
    ("The customer card of the selected lead (double-click or Enter)",
     "Die Kundenkarte des ausgewählten Leads (Doppelklick oder Eingabetaste)",
     "Карточка клиента выбранного лида (двойной щелчок или Enter)",
     "Картка клієнта вибраного ліда (подвійне клацання або Enter)", "所选线索的客户档案（双击或按 Enter）"),
    ("The leads could not be listed: %1", "Die Leads konnten nicht aufgelistet werden: %1",
     "Не удалось получить список лидов: %1", "Не вдалося отримати список лідів: %1", "无法列出线索：%1"),
    ("%1 (the first %2 are shown)", "%1 (die ersten %2 werden angezeigt)", "%1 (показаны первые %2)",
     "%1 (показано перші %2)", "%1（仅显示前 %2 条）"),
])
trn("showroom::DrillDownDialog", "%n lead(s)", ["%n lead", "%n leads"], ["%n Lead", "%n Leads"],
    ["%n лид", "%n лида", "%n лидов"], ["%n лід", "%n ліди", "%n лідів"], ["%n 条线索"])
many("showroom::DrillDownModel", [
    ("Customer", "Kunde", "Клиент", "Клієнт", "客户"),
    ("Source", "Quelle", "Источник", "Джерело", "来源"),
    ("Consultant", "Berater", "Консультант", "Консультант", "销售顾问"),
    ("Stage", "Phase", "Этап", "Етап", "阶段"),
    ("Created", "Angelegt", "Создан", "Створено", "创建时间"),
    ("Lead #%1: double-click to open the customer card", "Lead #%1: Doppelklick öffnet die Kundenkarte",
     "Лид №%1: дважды щёлкните, чтобы открыть карточку клиента",
     "Лід №%1: двічі клацніть, щоб відкрити картку клієнта", "线索 #%1：双击打开客户档案"),
    ("Unassigned", "Nicht zugewiesen", "Не назначен", "Не призначено", "未分配"),
])
many("showroom::FunnelTab", [
    ("Leads in the period", "Leads im Zeitraum", "Лиды за период", "Ліди за період", "本期线索"),
    ("Double-click a stage to list the leads that entered it",
     "Doppelklicken Sie auf eine Phase, um die eingetretenen Leads aufzulisten",
     "Дважды щёлкните этап, чтобы увидеть вошедшие в него лиды",
     "Двічі клацніть етап, щоб побачити ліди, що увійшли в нього", "双击阶段可列出进入该阶段的线索"),
    ("Leads that entered %1", "Leads, die in %1 eingetreten sind", "Лиды, вошедшие в этап %1",
     "Ліди, що увійшли в етап %1", "进入%1的线索"),
    ("new leads", "neue Leads", "новые лиды", "нові ліди", "新线索"),
    ("Leads created in the period", "Im Zeitraum angelegte Leads", "Лиды, созданные за период",
     "Ліди, створені за період", "本期创建的线索"),
    ("won", "gewonnen", "выиграны", "виграно", "成交"),
    ("Leads moved to Won in the period", "Im Zeitraum nach Gewonnen verschobene Leads",
     "Лиды, переведённые в этап «Выигран» за период", "Ліди, переведені в етап «Виграно» за період",
     "本期转入成交的线索"),
    ("lost", "verloren", "проиграны", "втрачено", "战败"),
    ("Leads moved to Lost in the period", "Im Zeitraum nach Verloren verschobene Leads",
     "Лиды, переведённые в этап «Проигран» за период", "Ліди, переведені в етап «Втрачено» за період",
     "本期转入战败的线索"),
    ("close rate", "Abschlussquote", "конверсия в продажу", "конверсія в продаж", "成交率"),
    ("Won / new leads", "Gewonnen / neue Leads", "Выиграны / новые лиды", "Виграно / нові ліди", "成交 / 新线索"),
    ("closed on the first visit", "beim Erstbesuch abgeschlossen", "продано с первого визита",
     "продано з першого візиту", "首次到店成交"),
    ("Won on the day the lead was created", "Am Tag der Anlage des Leads gewonnen",
     "Выиграны в день создания лида", "Виграно в день створення ліда", "线索创建当天成交"),
    ("closed after a follow-up", "nach Wiedervorlage abgeschlossen", "продано после повторного контакта",
     "продано після повторного контакту", "跟进后成交"),
    ("Won on a later day", "An einem späteren Tag gewonnen", "Выиграны в один из следующих дней",
     "Виграно в один із наступних днів", "在之后的日期成交"),
])
many("showroom::KpiTiles", [
    ("Visits", "Besuche", "Визиты", "Візити", "到店"),
    ("Walk-ins in the period", "Besuche im Autohaus im Zeitraum", "Визиты в салон за период",
     "Візити до салону за період", "本期到店"),
    ("First visits", "Erstbesuche", "Первые визиты", "Перші візити", "首次到店"),
    ("Walk-ins recorded as the visitor's first visit", "Besuche, die als Erstbesuch des Besuchers erfasst wurden",
     "Визиты, записанные как первый визит посетителя", "Візити, записані як перший візит відвідувача",
     "登记为访客首次到店的到店记录"),
    ("Info-retention rate", "Kontakterfassungsquote", "Доля сохранённых контактов", "Частка збережених контактів", "信息留存率"),
    ("First visits whose visitor left a phone number or email",
     "Erstbesuche, bei denen der Besucher Telefonnummer oder E-Mail hinterlassen hat",
     "Первые визиты, при которых посетитель оставил телефон или e-mail",
     "Перші візити, під час яких відвідувач залишив телефон або e-mail", "访客留下电话或邮箱的首次到店"),
    ("New leads", "Neue Leads", "Новые лиды", "Нові ліди", "新线索"),
    ("Leads created in the period", "Im Zeitraum angelegte Leads", "Лиды, созданные за период",
     "Ліди, створені за період", "本期创建的线索"),
    ("Close rate", "Abschlussquote", "Конверсия в продажу", "Конверсія в продаж", "成交率"),
    ("Leads won / new leads", "Gewonnene Leads / neue Leads", "Выигранные лиды / новые лиды",
     "Виграні ліди / нові ліди", "成交线索 / 新线索"),
    ("Sales", "Verkäufe", "Продажи", "Продажі", "销量"),
    ("Deals signed in the period (not cancelled)", "Im Zeitraum abgeschlossene Geschäfte (nicht storniert)",
     "Сделки, заключённые за период (не отменённые)", "Угоди, укладені за період (не скасовані)",
     "本期签订的交易（未取消）"),
    ("Revenue", "Umsatz", "Выручка", "Виторг", "销售额"),
    ("List price minus discount of the deals signed in the period",
     "Listenpreis abzüglich Rabatt der im Zeitraum abgeschlossenen Geschäfte",
     "Прайсовая цена минус скидка по сделкам, заключённым за период",
     "Прайсова ціна мінус знижка за угодами, укладеними за період", "本期签订交易的指导价减去折扣"),
    ("%1 won · %2 lost", "%1 gewonnen · %2 verloren", "выиграно: %1 · проиграно: %2",
     "виграно: %1 · втрачено: %2", "成交 %1 · 战败 %2"),
    ("%1 on the first visit", "%1 beim Erstbesuch", "%1 с первого визита", "%1 з першого візиту", "首次到店 %1"),
    ("%1 delivered", "%1 ausgeliefert", "выдано: %1", "видано: %1", "已交车 %1"),
    ("%1 per sale", "%1 pro Verkauf", "%1 на продажу", "%1 на продаж", "单车 %1"),
    ("%1 before", "vorher %1", "ранее: %1", "раніше: %1", "此前 %1"),
    ("%1 vs prev. period", "%1 ggü. Vorzeitraum", "%1 к пред. периоду", "%1 до попер. періоду", "较上期 %1"),
    ("%1 vs last year", "%1 ggü. Vorjahr", "%1 к прошлому году", "%1 до минулого року", "较去年同期 %1"),
])
many("showroom::LostTab", [
    ("Lost leads", "Verlorene Leads", "Проигранные лиды", "Втрачені ліди", "战败线索"),
    ("Double-click a reason, or a reason's count in a stage, to list the leads",
     "Doppelklicken Sie auf einen Grund oder seine Anzahl in einer Phase, um die Leads aufzulisten",
     "Дважды щёлкните причину или её число на этапе, чтобы увидеть лиды",
     "Двічі клацніть причину або її кількість на етапі, щоб побачити ліди", "双击原因或某阶段中该原因的数量，可列出线索"),
    ("lost in the period", "im Zeitraum verloren", "проиграно за период", "втрачено за період", "本期战败"),
    ("Leads whose loss was approved and that were closed in the period",
     "Leads, deren Verlust bestätigt und die im Zeitraum geschlossen wurden",
     "Лиды, отказ по которым подтверждён и которые закрыты за период",
     "Ліди, відмову за якими підтверджено і які закрито за період", "战败已审批且在本期关闭的线索"),
    ("waiting for approval", "warten auf Bestätigung", "ожидают подтверждения", "очікують підтвердження", "待审批"),
    ("Losses requested by the end of the period that still wait for a manager",
     "Bis zum Ende des Zeitraums beantragte Verluste, die noch auf den Verkaufsleiter warten",
     "Отказы, запрошенные до конца периода и всё ещё ожидающие руководителя",
     "Відмови, запитані до кінця періоду, що досі чекають на керівника", "截至期末已申请、仍在等待经理审批的战败"),
    ("Leads lost in %1: %2", "In %1 verlorene Leads: %2", "Лиды, проигранные на этапе %1: %2",
     "Ліди, втрачені на етапі %1: %2", "在%1战败的线索：%2"),
    ("Leads lost: %1", "Verlorene Leads: %1", "Проигранные лиды: %1", "Втрачені ліди: %1", "战败线索：%1"),
])
many("showroom::OverviewTab", [
    ("Deliveries and loans", "Auslieferungen und Kredite", "Выдача авто и кредиты", "Видача авто та кредити", "交车与贷款"),
    ("delivered", "ausgeliefert", "выдано", "видано", "已交车"),
    ("Deals handed over in the period", "Im Zeitraum übergebene Geschäfte", "Сделки, по которым авто выдано за период",
     "Угоди, за якими авто видано за період", "本期完成交车的交易"),
    ("on time", "pünktlich", "в срок", "вчасно", "按时"),
    ("Handed over on or before the promised date", "Am oder vor dem zugesagten Termin übergeben",
     "Выдано в обещанную дату или раньше", "Видано в обіцяну дату або раніше", "在承诺交车日期当天或之前交车"),
    ("late", "verspätet", "с опозданием", "із запізненням", "延迟"),
    ("Handed over after the promised date", "Nach dem zugesagten Termin übergeben", "Выдано после обещанной даты",
     "Видано після обіцяної дати", "在承诺交车日期之后交车"),
    ("without a promised date", "ohne zugesagten Termin", "без обещанной даты", "без обіцяної дати", "无承诺日期"),
    ("loan applications sent", "Kreditanträge gesendet", "заявок на кредит отправлено", "заявок на кредит надіслано",
     "已提交贷款申请"),
    ("Loan documents sent to the bank in the period", "Im Zeitraum an die Bank gesendete Kreditunterlagen",
     "Документы для кредита, отправленные в банк за период", "Документи для кредиту, надіслані до банку за період",
     "本期提交银行的贷款材料"),
    ("loans approved", "Kredite genehmigt", "кредитов одобрено", "кредитів схвалено", "已批贷款"),
    ("Loans the bank approved in the period", "Im Zeitraum von der Bank genehmigte Kredite",
     "Кредиты, одобренные банком за период", "Кредити, схвалені банком за період", "本期银行批准的贷款"),
])
many("showroom::ReportExportDialog", [
    ("Export the report", "Bericht exportieren", "Выгрузка отчёта", "Вивантаження звіту", "导出报表"),
    ("Excel workbook (*.xlsx): every table as a sheet", "Excel-Arbeitsmappe (*.xlsx): jede Tabelle als Blatt",
     "Книга Excel (*.xlsx): каждая таблица на отдельном листе", "Книга Excel (*.xlsx): кожна таблиця на окремому аркуші",
     "Excel 工作簿 (*.xlsx)：每张表一个工作表"),
    ("CSV (*.csv): one table", "CSV (*.csv): eine Tabelle", "CSV (*.csv): одна таблица", "CSV (*.csv): одна таблиця",
     "CSV (*.csv)：单张表"),
    ("&Format:", "&Format:", "&Формат:", "&Формат:", "格式(&F)："),
    ("&Table:", "&Tabelle:", "&Таблица:", "&Таблиця:", "表格(&T)："),
    ("Choose file…", "Datei wählen…", "Выбрать файл…", "Вибрати файл…", "选择文件…"),
    ("Weekly report %1", "Wochenbericht %1", "Еженедельный отчёт %1", "Щотижневий звіт %1", "周报 %1"),
    ("Report %1 – %2", "Bericht %1 – %2", "Отчёт %1 – %2", "Звіт %1 – %2", "报表 %1 – %2"),
    ("Report", "Bericht", "Отчёт", "Звіт", "报表"),
    ("CSV (*.csv)", "CSV (*.csv)", "CSV (*.csv)", "CSV (*.csv)", "CSV (*.csv)"),
    ("Excel workbook (*.xlsx)", "Excel-Arbeitsmappe (*.xlsx)", "Книга Excel (*.xlsx)", "Книга Excel (*.xlsx)",
     "Excel 工作簿 (*.xlsx)"),
    ("The export failed", "Der Export ist fehlgeschlagen", "Не удалось выгрузить", "Не вдалося вивантажити", "导出失败"),
])
many("showroom::ReportHeader", [
    ("Print pre&view…", "Druckv&orschau…", "Пр&едпросмотр печати…", "&Попередній перегляд…", "打印预览(&V)…"),
    ("The weekly report as it will be printed", "Der Wochenbericht, wie er gedruckt wird",
     "Еженедельный отчёт в том виде, в каком он будет напечатан",
     "Щотижневий звіт у тому вигляді, в якому його буде надруковано", "周报的打印效果"),
    ("Save &PDF…", "PDF &speichern…", "Сохранить &PDF…", "Зберегти &PDF…", "保存 PDF(&P)…"),
    ("Save the printed report as a PDF file", "Den gedruckten Bericht als PDF-Datei speichern",
     "Сохранить печатный отчёт в файл PDF", "Зберегти друкований звіт у файл PDF", "将打印版报表保存为 PDF 文件"),
    ("E&xport…", "E&xportieren…", "&Экспорт…", "Ек&спорт…", "导出(&X)…"),
    ("Export the report's tables to Excel or CSV", "Die Tabellen des Berichts nach Excel oder CSV exportieren",
     "Выгрузить таблицы отчёта в Excel или CSV", "Вивантажити таблиці звіту в Excel або CSV",
     "将报表中的表格导出为 Excel 或 CSV"),
    ("Reports", "Berichte", "Отчёты", "Звіти", "报表"),
    ("Last week", "Letzte Woche", "Прошлая неделя", "Минулий тиждень", "上周"),
    ("This week", "Diese Woche", "Эта неделя", "Цей тиждень", "本周"),
    ("Last 4 weeks", "Letzte 4 Wochen", "Последние 4 недели", "Останні 4 тижні", "最近 4 周"),
    ("Last 12 months", "Letzte 12 Monate", "Последние 12 месяцев", "Останні 12 місяців", "最近 12 个月"),
    ("Custom…", "Benutzerdefiniert…", "Другой…", "Інший…", "自定义…"),
    ("Pe&riod:", "&Zeitraum:", "Пе&риод:", "Пе&ріод:", "时间段(&R)："),
    ("The period before", "Der vorherige Zeitraum", "Предыдущий период", "Попередній період", "上一时间段"),
    ("The period after", "Der nächste Zeitraum", "Следующий период", "Наступний період", "下一时间段"),
    ("&Consultant:", "Berat&er:", "Консуль&тант:", "Консульт&ант:", "销售顾问(&C)："),
    ("&Source:", "Que&lle:", "Исто&чник:", "Джере&ло:", "来源(&S)："),
    ("Consultants see their own figures", "Berater sehen ihre eigenen Kennzahlen", "Консультанты видят свои показатели",
     "Консультанти бачать власні показники", "销售顾问只能查看本人的数据"),
    ("All consultants", "Alle Berater", "Все консультанты", "Усі консультанти", "全部销售顾问"),
    ("%1 (inactive)", "%1 (inaktiv)", "%1 (неактивен)", "%1 (неактивний)", "%1（停用）"),
    ("All sources", "Alle Quellen", "Все источники", "Усі джерела", "全部来源"),
])
many("showroom::ReportsPage", [
    ("&Overview", "&Übersicht", "&Обзор", "&Огляд", "概览(&O)"),
    ("F&unnel", "T&richter", "Ворон&ка", "Ворон&ка", "漏斗(&U)"),
    ("Sourc&es", "&Quellen", "&Источники", "Дж&ерела", "来源(&E)"),
    ("&Lost", "&Verloren", "&Проигранные", "Втра&чені", "战败(&L)"),
    ("Consul&tants", "&Berater", "Ко&нсультанты", "Ко&нсультанти", "销售顾问(&T)"),
    ("Reports are for consultants and managers.\n%1", "Berichte sind für Berater und Verkaufsleiter.\n%1",
     "Отчёты доступны консультантам и руководителям.\n%1", "Звіти доступні консультантам і керівникам.\n%1",
     "报表仅供销售顾问和经理使用。\n%1"),
    ("The report could not be computed: %1", "Der Bericht konnte nicht berechnet werden: %1",
     "Не удалось рассчитать отчёт: %1", "Не вдалося розрахувати звіт: %1", "无法计算报表：%1"),
    ("Figures as of %1 (%2). Click a bar or double-click a row to list the leads behind it.",
     "Stand der Zahlen: %1 (%2). Klicken Sie auf einen Balken oder doppelklicken Sie auf eine Zeile, um die zugehörigen Leads aufzulisten.",
     "Данные на %1 (%2). Щёлкните столбец диаграммы или дважды щёлкните строку, чтобы увидеть стоящие за ними лиды.",
     "Дані на %1 (%2). Клацніть стовпчик діаграми або двічі клацніть рядок, щоб побачити ліди за ними.",
     "数据截至 %1（%2）。点击柱形或双击行可列出对应的线索。"),
    ("local time", "Ortszeit", "местное время", "місцевий час", "当地时间"),
])
many("showroom::SourcesTab", [
    ("Double-click a source to list its leads", "Doppelklicken Sie auf eine Quelle, um ihre Leads aufzulisten",
     "Дважды щёлкните источник, чтобы увидеть его лиды", "Двічі клацніть джерело, щоб побачити його ліди",
     "双击来源可列出其线索"),
    ("Double-click a campaign to list its leads", "Doppelklicken Sie auf eine Kampagne, um ihre Leads aufzulisten",
     "Дважды щёлкните кампанию, чтобы увидеть её лиды", "Двічі клацніть кампанію, щоб побачити її ліди",
     "双击营销活动可列出其线索"),
    ("Campaigns", "Kampagnen", "Кампании", "Кампанії", "营销活动"),
    ("Leads from %1", "Leads aus %1", "Лиды из источника %1", "Ліди з джерела %1", "来自%1的线索"),
    ("Leads of the campaign %1", "Leads der Kampagne %1", "Лиды кампании %1", "Ліди кампанії %1", "营销活动%1的线索"),
])


table.run(checks=ts_fill.ALL_CHECKS, literal_ampersands=True, list_unused=True, verify=True)
