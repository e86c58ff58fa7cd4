#!/usr/bin/env python3
"""Fills the Showroom CRM .ts catalogues with the translations kept in this script.

Run after `ninja update_translations` (lupdate) has added new source texts:
    python3 translations/fill_translations.py
Messages found here get their translation and lose type="unfinished"; the rest stay unfinished.
Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3, zh_CN 1).
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402
from fill_translations_core import add_core_messages  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# --- Main window -------------------------------------------------------------------------------
C = "showroom::MainWindow"
tr(C, "&File", "&Datei", "&Файл", "&Файл", "文件(&F)")
tr(C, "&Backup…", "&Sicherung…", "&Резервная копия…", "&Резервна копія…", "备份(&B)…")
tr(C, "&Quit", "&Beenden", "В&ыход", "В&ихід", "退出(&Q)")
tr(C, "&View", "&Ansicht", "&Вид", "&Вигляд", "视图(&V)")
tr(C, "&Reload", "&Neu laden", "&Обновить", "&Оновити", "重新加载(&R)")
tr(C, "&Help", "&Hilfe", "&Справка", "&Довідка", "帮助(&H)")
tr(C, "&About Showroom CRM", "Ü&ber Showroom CRM", "&О программе Showroom CRM",
   "&Про Showroom CRM", "关于 Showroom CRM(&A)")
tr(C, "About &Qt", "Über &Qt", "О &Qt", "Про &Qt", "关于 &Qt")
tr(C, "Reception", "Empfang", "Ресепшн", "Рецепція", "前台接待")
tr(C, "Pipeline", "Pipeline", "Воронка продаж", "Воронка продажів", "销售漏斗")
tr(C, "Customers", "Kunden", "Клиенты", "Клієнти", "客户")
tr(C, "Deliveries", "Auslieferungen", "Выдача авто", "Видача авто", "交车")
tr(C, "Reports", "Berichte", "Отчёты", "Звіти", "报表")
tr(C, "Settings", "Einstellungen", "Настройки", "Налаштування", "设置")
tr(C, "Signed in as %1 (%2)", "Angemeldet als %1 (%2)", "Вход выполнен: %1 (%2)",
   "Вхід виконано: %1 (%2)", "当前用户：%1（%2）")
tr(C, "Database file", "Datenbankdatei", "Файл базы данных", "Файл бази даних", "数据库文件")
tr(C, "Mode: %1", "Modus: %1", "Режим: %1", "Режим: %1", "模式：%1")
tr(C, "Shared file: several desks work on this database",
   "Gemeinsame Datei: mehrere Arbeitsplätze arbeiten mit dieser Datenbank",
   "Общий файл: с этой базой работают несколько рабочих мест",
   "Спільний файл: з цією базою працюють кілька робочих місць",
   "共享文件：多个工位同时使用此数据库")
tr(C, "Local file: one desk works on this database",
   "Lokale Datei: ein Arbeitsplatz arbeitet mit dieser Datenbank",
   "Локальный файл: с этой базой работает одно рабочее место",
   "Локальний файл: з цією базою працює одне робоче місце",
   "本地文件：仅一个工位使用此数据库")
tr(C, "Schema version %1", "Schemaversion %1", "Версия схемы %1", "Версія схеми %1",
   "架构版本 %1")
tr(C, "Back up the database", "Datenbank sichern", "Резервное копирование базы данных",
   "Резервне копіювання бази даних", "备份数据库")
tr(C, "Showroom databases (*.sqlite);;All files (*)",
   "Showroom-Datenbanken (*.sqlite);;Alle Dateien (*)",
   "Базы данных Showroom (*.sqlite);;Все файлы (*)",
   "Бази даних Showroom (*.sqlite);;Усі файли (*)",
   "Showroom 数据库 (*.sqlite);;所有文件 (*)")
tr(C, "Backup failed", "Sicherung fehlgeschlagen", "Не удалось создать резервную копию",
   "Не вдалося створити резервну копію", "备份失败")
tr(C, "Backup written to %1", "Sicherung gespeichert unter %1", "Резервная копия сохранена: %1",
   "Резервну копію збережено: %1", "备份已保存到 %1")
tr(C, "About Showroom CRM", "Über Showroom CRM", "О программе Showroom CRM", "Про Showroom CRM",
   "关于 Showroom CRM")
tr(C, "<h3>Showroom CRM %1</h3><p>A desktop CRM for car showrooms: walk-ins, leads, deals and "
      "deliveries.</p><p>Licensed under the GNU General Public License, version 3.</p>",
   "<h3>Showroom CRM %1</h3><p>Ein Desktop-CRM für Autohäuser: Besucher, Leads, Verkäufe und "
   "Auslieferungen.</p><p>Lizenziert unter der GNU General Public License, Version 3.</p>",
   "<h3>Showroom CRM %1</h3><p>Настольная CRM для автосалонов: посетители, лиды, сделки и "
   "выдача автомобилей.</p><p>Распространяется на условиях GNU General Public License "
   "версии 3.</p>",
   "<h3>Showroom CRM %1</h3><p>Настільна CRM для автосалонів: відвідувачі, ліди, угоди та "
   "видача автомобілів.</p><p>Поширюється на умовах GNU General Public License версії 3.</p>",
   "<h3>Showroom CRM %1</h3><p>面向汽车展厅的桌面 CRM：来店客户、线索、成交与交车。</p>"
   "<p>依据 GNU 通用公共许可证第 3 版授权。</p>")
tr(C, "The reception desk: log every walk-in within 30 seconds (arrival time, consultant, "
      "purpose, first or repeat visit), hotline calls and test-drive bookings, and follow "
      "today's info-retention rate.",
   "Der Empfang: jeden Besucher in 30 Sekunden erfassen (Ankunftszeit, Berater, Anliegen, Erst- "
   "oder Folgebesuch), Hotline-Anrufe und Probefahrt-Buchungen, dazu die heutige "
   "Kontaktdatenquote.",
   "Ресепшн: регистрация каждого посетителя за 30 секунд (время прихода, консультант, цель, "
   "первый или повторный визит), звонки на горячую линию и запись на тест-драйв, а также "
   "сегодняшняя доля посетителей с контактными данными.",
   "Рецепція: реєстрація кожного відвідувача за 30 секунд (час приходу, консультант, мета, "
   "перший чи повторний візит), дзвінки на гарячу лінію та запис на тест-драйв, а також "
   "сьогоднішня частка відвідувачів із контактними даними.",
   "前台接待：30 秒内登记每位来店客户（到店时间、接待顾问、来店目的、首次或再次到店），"
   "记录热线来电和试驾预约，并跟踪今日留档率。")
tr(C, "Won deals on their way to the customer: delivery dates with reminders, loan documents, "
      "accessories and the printed handover protocol.",
   "Gewonnene Verkäufe auf dem Weg zum Kunden: Liefertermine mit Erinnerungen, "
   "Finanzierungsunterlagen, Zubehör und das gedruckte Übergabeprotokoll.",
   "Заключённые сделки на пути к клиенту: сроки поставки с напоминаниями, кредитные документы, "
   "аксессуары и печатный акт приёма-передачи.",
   "Укладені угоди на шляху до клієнта: терміни постачання з нагадуваннями, кредитні "
   "документи, аксесуари та друкований акт приймання-передавання.",
   "已成交订单的交付跟踪：带提醒的交车日期、贷款资料、精品附件以及打印的交车确认单。")
tr(C, "The weekly report: showroom traffic, funnel, sources and campaigns, lost reasons and "
      "consultant figures, ready to print.",
   "Der Wochenbericht: Besucherfrequenz, Verkaufstrichter, Quellen und Kampagnen, "
   "Verlustgründe und Beraterzahlen, druckfertig.",
   "Еженедельный отчёт: посещаемость салона, воронка, источники и кампании, причины отказов и "
   "показатели консультантов, готовый к печати.",
   "Щотижневий звіт: відвідуваність салону, воронка, джерела й кампанії, причини відмов і "
   "показники консультантів, готовий до друку.",
   "每周报表：展厅客流、销售漏斗、线索来源与活动、战败原因以及顾问业绩，可直接打印。")
tr(C, "Users and roles, stages, lead sources, lost reasons, assignment and response-time rules, "
      "and business hours.",
   "Benutzer und Rollen, Phasen, Lead-Quellen, Verlustgründe, Zuweisungs- und "
   "Reaktionszeitregeln sowie Geschäftszeiten.",
   "Пользователи и роли, этапы, источники лидов, причины отказов, правила распределения и "
   "времени реакции, а также часы работы.",
   "Користувачі та ролі, етапи, джерела лідів, причини відмов, правила розподілу й часу "
   "реакції, а також години роботи.",
   "用户与角色、阶段、线索来源、战败原因、分配与响应时限规则，以及营业时间。")

# --- Placeholder and pipeline pages --------------------------------------------------------------
C = "showroom::PlaceholderPage"
tr(C, "This part of Showroom CRM is not built yet.",
   "Dieser Teil von Showroom CRM ist noch nicht fertig.",
   "Этот раздел Showroom CRM ещё не готов.", "Цей розділ Showroom CRM ще не готовий.",
   "Showroom CRM 的这一部分尚未完成。")
C = "showroom::PipelineSummaryPage"
tr(C, "The drag-and-drop board of open leads will live here. Until then, this table counts the "
      "leads in each stage.",
   "Hier entsteht die Tafel der offenen Leads mit Drag-and-drop. Bis dahin zählt diese Tabelle "
   "die Leads in jeder Phase.",
   "Здесь появится доска открытых лидов с перетаскиванием. А пока эта таблица показывает "
   "число лидов на каждом этапе.",
   "Тут з'явиться дошка відкритих лідів із перетягуванням. А поки що ця таблиця показує "
   "кількість лідів на кожному етапі.",
   "这里将放置可拖放的未结线索看板。在此之前，此表统计每个阶段的线索数量。")
tr(C, "Stage", "Phase", "Этап", "Етап", "阶段")
tr(C, "Leads", "Leads", "Лиды", "Ліди", "线索")
tr(C, "Pipeline", "Pipeline", "Воронка продаж", "Воронка продажів", "销售漏斗")
trn(C, "%Ln leads in all stages",
    ["%Ln lead in all stages", "%Ln leads in all stages"],
    ["%Ln Lead in allen Phasen", "%Ln Leads in allen Phasen"],
    ["Лидов на всех этапах: %Ln"] * 3,
    ["Лідів на всіх етапах: %Ln"] * 3,
    ["所有阶段共 %Ln 条线索"])

# --- Customers -----------------------------------------------------------------------------------
C = "showroom::CustomerListModel"
tr(C, "Name", "Name", "Имя", "Ім'я", "姓名")
tr(C, "Company", "Firma", "Компания", "Компанія", "公司")
tr(C, "Phone", "Telefon", "Телефон", "Телефон", "电话")
tr(C, "Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件")
tr(C, "City", "Ort", "Город", "Місто", "城市")
C = "showroom::CustomerListPage"
tr(C, "Search name, company, phone, email, VIN…",
   "Suche nach Name, Firma, Telefon, E-Mail, FIN…",
   "Поиск по имени, компании, телефону, почте, VIN…",
   "Пошук за ім'ям, компанією, телефоном, поштою, VIN…",
   "搜索姓名、公司、电话、邮箱、VIN…")
tr(C, "Type part of a name, company, email or VIN, or some digits of a phone number (Ctrl+F)",
   "Teil eines Namens, einer Firma, E-Mail oder FIN eingeben, oder einige Ziffern einer "
   "Telefonnummer (Strg+F)",
   "Введите часть имени, компании, почты или VIN либо несколько цифр телефона (Ctrl+F)",
   "Введіть частину імені, компанії, пошти або VIN чи кілька цифр телефону (Ctrl+F)",
   "输入姓名、公司、邮箱或 VIN 的一部分，或电话号码中的几位数字（Ctrl+F）")
tr(C, "Customers", "Kunden", "Клиенты", "Клієнти", "客户")
tr(C, "No customers yet.", "Noch keine Kunden.", "Клиентов пока нет.", "Клієнтів поки немає.",
   "暂无客户。")
tr(C, "No customer matches “%1”.", "Kein Kunde passt zu „%1“.",
   "По запросу «%1» клиентов не найдено.", "За запитом «%1» клієнтів не знайдено.",
   "没有与“%1”匹配的客户。")
trn(C, "Showing %Ln customers — scroll for more",
    ["Showing %Ln customer — scroll for more", "Showing %Ln customers — scroll for more"],
    ["%Ln Kunde angezeigt — für mehr scrollen", "%Ln Kunden angezeigt — für mehr scrollen"],
    ["Показано клиентов: %Ln — прокрутите, чтобы увидеть больше"] * 3,
    ["Показано клієнтів: %Ln — прокрутіть, щоб побачити більше"] * 3,
    ["已显示 %Ln 位客户——向下滚动查看更多"])
trn(C, "Showing all %Ln customers",
    ["Showing the only customer", "Showing all %Ln customers"],
    ["Der einzige Kunde wird angezeigt", "Alle %Ln Kunden werden angezeigt"],
    ["Показаны все клиенты: %Ln"] * 3,
    ["Показано всіх клієнтів: %Ln"] * 3,
    ["已显示全部 %Ln 位客户"])
trn(C, "%Ln customers match “%1”",
    ["%Ln customer matches “%1”", "%Ln customers match “%1”"],
    ["%Ln Kunde passt zu „%1“", "%Ln Kunden passen zu „%1“"],
    ["Найдено по запросу «%1»: %Ln"] * 3,
    ["Знайдено за запитом «%1»: %Ln"] * 3,
    ["与“%1”匹配的客户：%Ln 位"])

# --- Sign-in -------------------------------------------------------------------------------------
C = "showroom::LoginDialog"
tr(C, "Sign in", "Anmelden", "Вход", "Вхід", "登录")
tr(C, "Sign in to Showroom CRM", "Bei Showroom CRM anmelden", "Вход в Showroom CRM",
   "Вхід до Showroom CRM", "登录 Showroom CRM")
tr(C, "Database: %1", "Datenbank: %1", "База данных: %1", "База даних: %1", "数据库：%1")
tr(C, "&Login:", "&Benutzername:", "&Логин:", "&Логін:", "用户名(&L)：")
tr(C, "&Password:", "&Passwort:", "&Пароль:", "&Пароль:", "密码(&P)：")
tr(C, "Enter your login.", "Bitte Benutzernamen eingeben.", "Введите логин.", "Введіть логін.",
   "请输入用户名。")

# --- Shared labels -------------------------------------------------------------------------------
C = "Labels"
tr(C, "Receptionist", "Empfang", "Сотрудник ресепшн", "Працівник рецепції", "前台接待员")
tr(C, "Sales consultant", "Verkaufsberater", "Консультант по продажам", "Консультант з продажу",
   "销售顾问")
tr(C, "Sales manager", "Verkaufsleiter", "Руководитель отдела продаж",
   "Керівник відділу продажів", "销售经理")
tr(C, "Administrator", "Administrator", "Администратор", "Адміністратор", "管理员")
tr(C, "shared", "gemeinsam", "общий", "спільний", "共享")
tr(C, "local", "lokal", "локальный", "локальний", "本地")
tr(C, "Unassigned", "Nicht zugewiesen", "Не назначен", "Не призначено", "未分配")
tr(C, "Assigned", "Zugewiesen", "Назначен", "Призначено", "已分配")
tr(C, "Contacted", "Kontaktiert", "Контакт установлен", "Контакт встановлено", "已联系")
tr(C, "Needs & car selection", "Bedarf & Fahrzeugwahl", "Потребности и выбор авто",
   "Потреби та вибір авто", "需求分析与选车")
tr(C, "Offer", "Angebot", "Предложение", "Пропозиція", "报价")
tr(C, "Negotiation", "Verhandlung", "Переговоры", "Переговори", "谈判")
tr(C, "Won", "Gewonnen", "Выигран", "Виграно", "成交")
tr(C, "Lost", "Verloren", "Проигран", "Втрачено", "战败")

# --- Startup (app) -------------------------------------------------------------------------------
C = "CommandLine"
tr(C, "Showroom CRM: walk-ins, leads, deals and deliveries of a car showroom.",
   "Showroom CRM: Besucher, Leads, Verkäufe und Auslieferungen eines Autohauses.",
   "Showroom CRM: посетители, лиды, сделки и выдача автомобилей в автосалоне.",
   "Showroom CRM: відвідувачі, ліди, угоди та видача автомобілів в автосалоні.",
   "Showroom CRM：汽车展厅的来店客户、线索、成交与交车。")
tr(C, "Database file to open; a new one is created and filled with demo data (default: %1).",
   "Zu öffnende Datenbankdatei; eine neue wird angelegt und mit Demodaten gefüllt "
   "(Standard: %1).",
   "Файл базы данных; новый файл создаётся и заполняется демонстрационными данными "
   "(по умолчанию: %1).",
   "Файл бази даних; новий файл створюється й заповнюється демонстраційними даними "
   "(типово: %1).",
   "要打开的数据库文件；若不存在则新建并填入演示数据（默认：%1）。")
tr(C, "file", "Datei", "файл", "файл", "文件")
tr(C, "User interface language: %1 (default: the system language).",
   "Sprache der Oberfläche: %1 (Standard: Systemsprache).",
   "Язык интерфейса: %1 (по умолчанию — язык системы).",
   "Мова інтерфейсу: %1 (типово — мова системи).",
   "界面语言：%1（默认：系统语言）。")
tr(C, "code", "Code", "код", "код", "代码")
tr(C, "Create a new database in shared mode, for a file on a network share that several desks "
      "use.",
   "Neue Datenbank im gemeinsamen Modus anlegen, für eine Datei auf einem Netzlaufwerk, die "
   "mehrere Arbeitsplätze nutzen.",
   "Создать новую базу в общем режиме — для файла на сетевом ресурсе, с которым работают "
   "несколько рабочих мест.",
   "Створити нову базу в спільному режимі — для файлу на мережевому ресурсі, з яким працюють "
   "кілька робочих місць.",
   "以共享模式新建数据库，适用于多个工位共同使用的网络共享文件。")
tr(C, "Sign in as this user without the dialog; the password is read from the environment "
      "variable SHOWROOM_PASSWORD.",
   "Ohne Dialog als dieser Benutzer anmelden; das Passwort kommt aus der Umgebungsvariablen "
   "SHOWROOM_PASSWORD.",
   "Войти под этим пользователем без диалога; пароль берётся из переменной окружения "
   "SHOWROOM_PASSWORD.",
   "Увійти як цей користувач без діалогу; пароль береться зі змінної середовища "
   "SHOWROOM_PASSWORD.",
   "不显示登录对话框，直接以该用户登录；密码从环境变量 SHOWROOM_PASSWORD 读取。")
tr(C, "login", "Benutzername", "логин", "логін", "用户名")
tr(C, "After signing in, save a picture of every page into this folder and quit (needs --user).",
   "Nach der Anmeldung ein Bild jeder Seite in diesem Ordner speichern und beenden "
   "(erfordert --user).",
   "После входа сохранить снимок каждой страницы в эту папку и выйти (нужен --user).",
   "Після входу зберегти знімок кожної сторінки в цю теку й вийти (потрібен --user).",
   "登录后将每个页面的截图保存到此文件夹并退出（需要 --user）。")
tr(C, "folder", "Ordner", "папка", "тека", "文件夹")
tr(C, "Unexpected argument: %1", "Unerwartetes Argument: %1", "Неожиданный аргумент: %1",
   "Неочікуваний аргумент: %1", "无法识别的参数：%1")
tr(C, "Unknown language “%1”; choose one of: %2.",
   "Unbekannte Sprache „%1“; möglich sind: %2.",
   "Неизвестный язык «%1»; выберите один из: %2.",
   "Невідома мова «%1»; виберіть одну з: %2.",
   "未知语言“%1”；可选：%2。")
tr(C, "--user needs the password in the environment variable SHOWROOM_PASSWORD.",
   "--user erfordert das Passwort in der Umgebungsvariablen SHOWROOM_PASSWORD.",
   "Для --user нужен пароль в переменной окружения SHOWROOM_PASSWORD.",
   "Для --user потрібен пароль у змінній середовища SHOWROOM_PASSWORD.",
   "--user 需要在环境变量 SHOWROOM_PASSWORD 中提供密码。")
tr(C, "--screenshot needs --user (and SHOWROOM_PASSWORD).",
   "--screenshot erfordert --user (und SHOWROOM_PASSWORD).",
   "Для --screenshot нужен --user (и SHOWROOM_PASSWORD).",
   "Для --screenshot потрібен --user (і SHOWROOM_PASSWORD).",
   "--screenshot 需要 --user（以及 SHOWROOM_PASSWORD）。")

C = "DatabaseStartup"
tr(C, "Cannot create the database", "Die Datenbank kann nicht angelegt werden",
   "Не удалось создать базу данных", "Не вдалося створити базу даних", "无法创建数据库")
tr(C, "Creating a new database with demo data…", "Neue Datenbank mit Demodaten wird angelegt…",
   "Создание новой базы данных с демонстрационными данными…",
   "Створення нової бази даних із демонстраційними даними…",
   "正在创建包含演示数据的新数据库…")
tr(C, "New database", "Neue Datenbank", "Новая база данных", "Нова база даних", "新数据库")
tr(C, "The demo data could not be written: %1",
   "Die Demodaten konnten nicht geschrieben werden: %1",
   "Не удалось записать демонстрационные данные: %1",
   "Не вдалося записати демонстраційні дані: %1", "无法写入演示数据：%1")
tr(C, "Another program is writing to the file right now. Wait a moment, then start Showroom CRM "
      "again.",
   "Ein anderes Programm schreibt gerade in die Datei. Einen Moment warten und Showroom CRM "
   "erneut starten.",
   "Другая программа сейчас записывает в этот файл. Подождите немного и снова запустите "
   "Showroom CRM.",
   "Інша програма зараз записує в цей файл. Зачекайте трохи й знову запустіть Showroom CRM.",
   "另一个程序正在写入该文件。请稍候，然后重新启动 Showroom CRM。")
tr(C, "Choose a Showroom database with --db, or start without --db to use your own database.",
   "Mit --db eine Showroom-Datenbank wählen oder ohne --db starten, um die eigene Datenbank "
   "zu verwenden.",
   "Укажите базу Showroom через --db или запустите без --db, чтобы открыть свою базу.",
   "Вкажіть базу Showroom через --db або запустіть без --db, щоб відкрити власну базу.",
   "请用 --db 选择一个 Showroom 数据库，或不带 --db 启动以使用您自己的数据库。")
tr(C, "Install the newer version of Showroom CRM to open this file.",
   "Installieren Sie die neuere Version von Showroom CRM, um diese Datei zu öffnen.",
   "Установите более новую версию Showroom CRM, чтобы открыть этот файл.",
   "Встановіть новішу версію Showroom CRM, щоб відкрити цей файл.",
   "请安装更新版本的 Showroom CRM 以打开此文件。")
tr(C, "Restore the latest backup of this database.",
   "Stellen Sie die letzte Sicherung dieser Datenbank wieder her.",
   "Восстановите последнюю резервную копию этой базы данных.",
   "Відновіть останню резервну копію цієї бази даних.",
   "请恢复此数据库的最新备份。")
tr(C, "Cannot open %1", "%1 kann nicht geöffnet werden", "Не удалось открыть %1",
   "Не вдалося відкрити %1", "无法打开 %1")

C = "Screenshots"
tr(C, "Cannot write %1", "%1 kann nicht geschrieben werden", "Не удалось записать %1",
   "Не вдалося записати %1", "无法写入 %1")
tr(C, "Cannot create %1", "%1 kann nicht angelegt werden", "Не удалось создать %1",
   "Не вдалося створити %1", "无法创建 %1")
tr(C, "Screenshots saved in %1", "Bildschirmfotos gespeichert in %1", "Снимки экрана сохранены в %1",
   "Знімки екрана збережено в %1", "截图已保存到 %1")
C = "Startup"
tr(C, "Cannot sign in", "Anmeldung nicht möglich", "Не удалось войти", "Не вдалося увійти",
   "无法登录")

add_core_messages(tr)

table.run()
