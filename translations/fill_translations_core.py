"""Translations of the messages of core/ (storage, services, rules) for fill_translations.py."""


def add_core_messages(tr):
    C = "UserService"
    tr(C, "Wrong login or password.", "Falscher Benutzername oder falsches Passwort.",
       "Неверный логин или пароль.", "Неправильний логін або пароль.", "用户名或密码错误。")
    tr(C, "The account %1 is deactivated. Ask an administrator.",
       "Das Konto %1 ist deaktiviert. Wenden Sie sich an einen Administrator.",
       "Учётная запись %1 отключена. Обратитесь к администратору.",
       "Обліковий запис %1 вимкнено. Зверніться до адміністратора.",
       "账户 %1 已停用。请联系管理员。")
    tr(C, "“%1” is not a valid login: use 2 to 32 letters, digits, dots, dashes or underscores.",
       "„%1“ ist kein gültiger Benutzername: 2 bis 32 Buchstaben, Ziffern, Punkte, "
       "Bindestriche oder Unterstriche verwenden.",
       "«%1» — недопустимый логин: используйте от 2 до 32 латинских букв, цифр, точек, "
       "дефисов или подчёркиваний.",
       "«%1» — неприпустимий логін: використовуйте від 2 до 32 латинських літер, цифр, "
       "крапок, дефісів або підкреслень.",
       "“%1”不是有效的用户名：请使用 2 到 32 个字母、数字、点、连字符或下划线。")
    tr(C, "The password must have at least 8 characters.",
       "Das Passwort muss mindestens 8 Zeichen haben.",
       "Пароль должен содержать не менее 8 символов.",
       "Пароль має містити щонайменше 8 символів.", "密码至少需要 8 个字符。")
    tr(C, "This database already has users; sign in as an administrator.",
       "Diese Datenbank hat bereits Benutzer; melden Sie sich als Administrator an.",
       "В этой базе уже есть пользователи; войдите как администратор.",
       "У цій базі вже є користувачі; увійдіть як адміністратор.",
       "此数据库已有用户；请以管理员身份登录。")
    tr(C, "The login “%1” is taken.", "Der Benutzername „%1“ ist bereits vergeben.",
       "Логин «%1» уже занят.", "Логін «%1» уже зайнятий.", "用户名“%1”已被占用。")

    C = "Database"
    tr(C, "A file already exists at %1; it was left untouched.",
       "Unter %1 gibt es bereits eine Datei; sie wurde nicht verändert.",
       "По пути %1 уже есть файл; он не был изменён.",
       "За шляхом %1 уже є файл; його не змінено.",
       "%1 处已存在文件；该文件未被改动。")
    tr(C, "Cannot create the folder %1.", "Der Ordner %1 kann nicht angelegt werden.",
       "Не удалось создать папку %1.", "Не вдалося створити теку %1.", "无法创建文件夹 %1。")
    tr(C, "There is no database at %1.", "Unter %1 gibt es keine Datenbank.",
       "По пути %1 нет базы данных.", "За шляхом %1 немає бази даних.", "%1 处没有数据库。")
    tr(C, "%1 is not a Showroom database (it is not an SQLite file). It was left untouched.",
       "%1 ist keine Showroom-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert.",
       "%1 — не база данных Showroom (это не файл SQLite). Файл не был изменён.",
       "%1 — не база даних Showroom (це не файл SQLite). Файл не змінено.",
       "%1 不是 Showroom 数据库（不是 SQLite 文件）。该文件未被改动。")
    tr(C, "%1 belongs to another program, not Showroom. It was left untouched.",
       "%1 gehört zu einem anderen Programm, nicht zu Showroom. Die Datei wurde nicht "
       "verändert.",
       "%1 принадлежит другой программе, а не Showroom. Файл не был изменён.",
       "%1 належить іншій програмі, а не Showroom. Файл не змінено.",
       "%1 属于其他程序，而非 Showroom。该文件未被改动。")
    tr(C, "%1 was written by a newer Showroom (database version %2; this version understands up "
          "to %3). Please update Showroom. The file was left untouched.",
       "%1 wurde von einem neueren Showroom geschrieben (Datenbankversion %2; diese Version "
       "versteht bis %3). Bitte aktualisieren Sie Showroom. Die Datei wurde nicht verändert.",
       "%1 создан более новой версией Showroom (версия базы %2; эта версия понимает до %3). "
       "Обновите Showroom. Файл не был изменён.",
       "%1 створено новішою версією Showroom (версія бази %2; ця версія розуміє до %3). "
       "Оновіть Showroom. Файл не змінено.",
       "%1 由更新版本的 Showroom 写入（数据库版本 %2；当前版本最高支持 %3）。请更新 "
       "Showroom。该文件未被改动。")
    tr(C, "Cannot switch %1 to the %2 journal (it stays in %3 mode). Close Showroom on the other "
          "desks and try again.",
       "%1 kann nicht auf das Journal %2 umgestellt werden (bleibt im Modus %3). Schließen Sie "
       "Showroom an den anderen Arbeitsplätzen und versuchen Sie es erneut.",
       "Не удалось переключить %1 на журнал %2 (остаётся режим %3). Закройте Showroom на "
       "других рабочих местах и повторите попытку.",
       "Не вдалося перемкнути %1 на журнал %2 (залишається режим %3). Закрийте Showroom на "
       "інших робочих місцях і спробуйте ще раз.",
       "无法将 %1 切换到 %2 日志（仍为 %3 模式）。请关闭其他工位上的 Showroom 后重试。")
    tr(C, "%1 is damaged and was not opened: %2",
       "%1 ist beschädigt und wurde nicht geöffnet: %2",
       "%1 повреждён и не был открыт: %2", "%1 пошкоджено, його не відкрито: %2",
       "%1 已损坏，未打开：%2")
    tr(C, "%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.",
       "%1 ist beschädigt und wurde nicht geöffnet (Integritätsprüfung: %2). Stellen Sie die "
       "Datei aus einer Sicherung wieder her.",
       "%1 повреждён и не был открыт (проверка целостности: %2). Восстановите его из "
       "резервной копии.",
       "%1 пошкоджено, його не відкрито (перевірка цілісності: %2). Відновіть його з "
       "резервної копії.",
       "%1 已损坏，未打开（完整性检查：%2）。请从备份恢复。")

    C = "Storage"
    tr(C, "Customer “%1”", "Kunde „%1“", "Клиент «%1»", "Клієнт «%1»", "客户“%1”")
    tr(C, "There is no customer #%1.", "Es gibt keinen Kunden #%1.", "Клиента №%1 нет.",
       "Клієнта №%1 немає.", "不存在客户 #%1。")
    tr(C, "There is no lead #%1.", "Es gibt keinen Lead #%1.", "Лида №%1 нет.",
       "Ліда №%1 немає.", "不存在线索 #%1。")
    tr(C, "There is no stage “%1”.", "Es gibt keine Phase „%1“.", "Этапа «%1» нет.",
       "Етапу «%1» немає.", "不存在阶段“%1”。")
    tr(C, "There is no stage #%1.", "Es gibt keine Phase #%1.", "Этапа №%1 нет.",
       "Етапу №%1 немає.", "不存在阶段 #%1。")
    tr(C, "There is no lead source “%1”.", "Es gibt keine Lead-Quelle „%1“.",
       "Источника лидов «%1» нет.", "Джерела лідів «%1» немає.", "不存在线索来源“%1”。")
    tr(C, "The database is busy: another desk is saving. Please try again.",
       "Die Datenbank ist belegt: ein anderer Arbeitsplatz speichert gerade. Bitte erneut "
       "versuchen.",
       "База данных занята: другое рабочее место сохраняет данные. Повторите попытку.",
       "База даних зайнята: інше робоче місце зберігає дані. Спробуйте ще раз.",
       "数据库繁忙：另一个工位正在保存。请重试。")
    tr(C, "The database file is damaged (%1). Restore it from a backup.",
       "Die Datenbankdatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her.",
       "Файл базы данных повреждён (%1). Восстановите его из резервной копии.",
       "Файл бази даних пошкоджено (%1). Відновіть його з резервної копії.",
       "数据库文件已损坏（%1）。请从备份恢复。")
    tr(C, "The database reported an error: %1", "Die Datenbank meldet einen Fehler: %1",
       "База данных сообщила об ошибке: %1", "База даних повідомила про помилку: %1",
       "数据库报告错误：%1")
    tr(C, "There is no user %1.", "Es gibt keinen Benutzer %1.", "Пользователя %1 нет.",
       "Користувача %1 немає.", "不存在用户 %1。")
    tr(C, "There is no user #%1.", "Es gibt keinen Benutzer #%1.", "Пользователя №%1 нет.",
       "Користувача №%1 немає.", "不存在用户 #%1。")
    tr(C, "User %1", "Benutzer %1", "Пользователь %1", "Користувач %1", "用户 %1")
    tr(C, "User #%1", "Benutzer #%1", "Пользователь №%1", "Користувач №%1", "用户 #%1")
    tr(C, "%1 no longer exists.", "%1 existiert nicht mehr.", "%1 больше не существует.",
       "%1 більше не існує.", "%1 已不存在。")
    tr(C, "%1 was changed on another desk since you opened it. Your change was not saved; reload "
          "to see the current state and apply it again.",
       "%1 wurde an einem anderen Arbeitsplatz geändert, seit Sie es geöffnet haben. Ihre "
       "Änderung wurde nicht gespeichert; laden Sie neu, um den aktuellen Stand zu sehen, und "
       "wiederholen Sie sie.",
       "%1 изменён на другом рабочем месте после того, как вы его открыли. Ваше изменение не "
       "сохранено; обновите данные, чтобы увидеть текущее состояние, и внесите его снова.",
       "%1 змінено на іншому робочому місці після того, як ви його відкрили. Вашу зміну не "
       "збережено; оновіть дані, щоб побачити поточний стан, і внесіть її знову.",
       "自您打开后，%1 已在另一个工位上被修改。您的更改未保存；请重新加载查看当前状态后再次修改。")

    C = "Backup"
    tr(C, "A backup cannot overwrite the database itself.",
       "Eine Sicherung darf die Datenbank selbst nicht überschreiben.",
       "Резервная копия не может перезаписать саму базу данных.",
       "Резервна копія не може перезаписати саму базу даних.",
       "备份不能覆盖数据库本身。")
    tr(C, "The folder %1 does not exist.", "Der Ordner %1 existiert nicht.",
       "Папка %1 не существует.", "Тека %1 не існує.", "文件夹 %1 不存在。")
    tr(C, "The backup to %1 failed (is the disk full?): %2",
       "Die Sicherung nach %1 ist fehlgeschlagen (ist der Datenträger voll?): %2",
       "Не удалось создать резервную копию в %1 (диск переполнен?): %2",
       "Не вдалося створити резервну копію в %1 (диск переповнено?): %2",
       "备份到 %1 失败（磁盘已满？）：%2")
    tr(C, "The backup could not be written to disk at %1.",
       "Die Sicherung konnte nicht auf den Datenträger in %1 geschrieben werden.",
       "Не удалось записать резервную копию на диск в %1.",
       "Не вдалося записати резервну копію на диск у %1.",
       "无法将备份写入磁盘 %1。")
    tr(C, "The backup could not be moved to %1.",
       "Die Sicherung konnte nicht nach %1 verschoben werden.",
       "Не удалось переместить резервную копию в %1.",
       "Не вдалося перемістити резервну копію до %1.",
       "无法将备份移动到 %1。")

    C = "Migrations"
    tr(C, "The SQLite driver is not available.", "Der SQLite-Treiber ist nicht verfügbar.",
       "Драйвер SQLite недоступен.", "Драйвер SQLite недоступний.", "SQLite 驱动不可用。")
    tr(C, "The database is busy: another desk is saving.",
       "Die Datenbank ist belegt: ein anderer Arbeitsplatz speichert gerade.",
       "База данных занята: другое рабочее место сохраняет данные.",
       "База даних зайнята: інше робоче місце зберігає дані.",
       "数据库繁忙：另一个工位正在保存。")
    tr(C, "Upgrading the database to version %1 failed: %2",
       "Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2",
       "Не удалось обновить базу данных до версии %1: %2",
       "Не вдалося оновити базу даних до версії %1: %2",
       "将数据库升级到版本 %1 失败：%2")

    C = "PasswordHasher"
    tr(C, "The password library failed to start.",
       "Die Passwort-Bibliothek konnte nicht gestartet werden.",
       "Не удалось запустить библиотеку паролей.", "Не вдалося запустити бібліотеку паролів.",
       "密码库启动失败。")
    tr(C, "Not enough memory to hash the password.",
       "Nicht genug Arbeitsspeicher, um das Passwort zu verschlüsseln.",
       "Недостаточно памяти для хеширования пароля.",
       "Недостатньо пам'яті для хешування пароля.", "内存不足，无法计算密码哈希。")

    C = "Permissions"
    tr(C, "log showroom visits", "Besuche im Autohaus erfassen", "регистрировать визиты в салон",
       "реєструвати візити до салону", "登记到店访问")
    tr(C, "edit customers", "Kunden bearbeiten", "редактировать клиентов", "редагувати клієнтів",
       "编辑客户")
    tr(C, "merge customers", "Kunden zusammenführen", "объединять клиентов", "об'єднувати клієнтів",
       "合并客户")
    tr(C, "create leads", "Leads anlegen", "создавать лиды", "створювати ліди", "创建线索")
    tr(C, "work on leads", "Leads bearbeiten", "работать с лидами", "працювати з лідами",
       "处理线索")
    tr(C, "work on other consultants' leads", "Leads anderer Berater bearbeiten",
       "работать с лидами других консультантов", "працювати з лідами інших консультантів",
       "处理其他顾问的线索")
    tr(C, "assign leads", "Leads zuweisen", "распределять лиды", "розподіляти ліди", "分配线索")
    tr(C, "approve lost leads", "verlorene Leads bestätigen", "подтверждать проигранные лиды",
       "підтверджувати втрачені ліди", "审批战败线索")
    tr(C, "log calls and notes", "Anrufe und Notizen erfassen", "записывать звонки и заметки",
       "записувати дзвінки та нотатки", "记录通话和备注")
    tr(C, "comment as manager", "als Verkaufsleiter kommentieren",
       "комментировать как руководитель", "коментувати як керівник", "以经理身份点评")
    tr(C, "export reports", "Berichte exportieren", "выгружать отчёты", "вивантажувати звіти",
       "导出报表")
    tr(C, "manage users", "Benutzer verwalten", "управлять пользователями",
       "керувати користувачами", "管理用户")
    tr(C, "change settings", "Einstellungen ändern", "изменять настройки", "змінювати налаштування",
       "更改设置")
    tr(C, "%1 is not allowed to %2.", "%1 darf nicht: %2.", "%1 не имеет права: %2.",
       "%1 не має права: %2.", "%1 无权执行：%2。")

    C = "ContactValidation"
    tr(C, "The phone number is empty.", "Die Telefonnummer ist leer.", "Номер телефона пуст.",
       "Номер телефону порожній.", "电话号码为空。")
    tr(C, "“%1” has no valid country code. Start it with + and the country code, e.g. +49.",
       "„%1“ hat keine gültige Ländervorwahl. Beginnen Sie mit + und der Ländervorwahl, "
       "z. B. +49.",
       "У номера «%1» нет действительного кода страны. Начните с + и кода страны, например +7.",
       "Номер «%1» не має дійсного коду країни. Почніть з + і коду країни, наприклад +380.",
       "“%1”没有有效的国家代码。请以 + 和国家代码开头，例如 +86。")
    tr(C, "“%1” is too short for a phone number.", "„%1“ ist zu kurz für eine Telefonnummer.",
       "«%1» слишком короткий для номера телефона.", "«%1» закороткий для номера телефону.",
       "“%1”作为电话号码太短。")
    tr(C, "“%1” is too long for a phone number.", "„%1“ ist zu lang für eine Telefonnummer.",
       "«%1» слишком длинный для номера телефона.", "«%1» задовгий для номера телефону.",
       "“%1”作为电话号码太长。")
    tr(C, "“%1” is not a phone number.", "„%1“ ist keine Telefonnummer.",
       "«%1» — не номер телефона.", "«%1» — не номер телефону.", "“%1”不是电话号码。")
    tr(C, "“%1” is not a valid phone number (check the digits and the country code).",
       "„%1“ ist keine gültige Telefonnummer (Ziffern und Ländervorwahl prüfen).",
       "«%1» — недействительный номер телефона (проверьте цифры и код страны).",
       "«%1» — недійсний номер телефону (перевірте цифри та код країни).",
       "“%1”不是有效的电话号码（请检查数字和国家代码）。")
    tr(C, "“%1” is not a valid email address (expected name@example.com).",
       "„%1“ ist keine gültige E-Mail-Adresse (erwartet: name@example.com).",
       "«%1» — недействительный адрес эл. почты (ожидается name@example.com).",
       "«%1» — недійсна адреса ел. пошти (очікується name@example.com).",
       "“%1”不是有效的电子邮件地址（应为 name@example.com）。")

    C = "CustomerService"
    tr(C, "A company customer needs the company name.",
       "Ein Firmenkunde braucht den Firmennamen.", "Для клиента-компании нужно название компании.",
       "Для клієнта-компанії потрібна назва компанії.", "公司客户需要填写公司名称。")
    tr(C, "Enter at least a first or last name.",
       "Geben Sie mindestens einen Vor- oder Nachnamen ein.",
       "Введите хотя бы имя или фамилию.", "Введіть принаймні ім'я або прізвище.",
       "请至少输入名字或姓氏。")
    tr(C, "%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a "
          "duplicate.",
       "%1 gehört bereits zum Kunden „%2“ (#%3). Öffnen Sie diesen Kunden, statt ein Duplikat "
       "anzulegen.",
       "%1 уже принадлежит клиенту «%2» (№%3). Откройте этого клиента вместо создания "
       "дубликата.",
       "%1 уже належить клієнту «%2» (№%3). Відкрийте цього клієнта замість створення "
       "дубліката.",
       "%1 已属于客户“%2”（#%3）。请打开该客户，不要创建重复记录。")
    tr(C, "%1 already belongs to customer “%2” (#%3).", "%1 gehört bereits zum Kunden „%2“ (#%3).",
       "%1 уже принадлежит клиенту «%2» (№%3).", "%1 уже належить клієнту «%2» (№%3).",
       "%1 已属于客户“%2”（#%3）。")

    C = "ActivityService"
    tr(C, "A note needs some text.", "Eine Notiz braucht Text.", "В заметке должен быть текст.",
       "Нотатка має містити текст.", "备注需要填写内容。")
    tr(C, "An activity cannot happen in the future; plan a follow-up instead.",
       "Eine Aktivität kann nicht in der Zukunft liegen; planen Sie stattdessen eine "
       "Wiedervorlage.",
       "Действие не может произойти в будущем; запланируйте вместо этого повторный контакт.",
       "Дія не може відбутися в майбутньому; натомість заплануйте повторний контакт.",
       "活动不能发生在将来；请改为安排跟进。")
    tr(C, "Lead #%1 belongs to another customer.", "Lead #%1 gehört zu einem anderen Kunden.",
       "Лид №%1 принадлежит другому клиенту.", "Лід №%1 належить іншому клієнту.",
       "线索 #%1 属于另一位客户。")

    C = "LeadService"
    tr(C, "Lead #%1", "Lead #%1", "Лид №%1", "Лід №%1", "线索 #%1")
    tr(C, "Lead #%1 (%2)", "Lead #%1 (%2)", "Лид №%1 (%2)", "Лід №%1 (%2)", "线索 #%1（%2）")
    tr(C, "%1 is closed; only a manager can reopen it.",
       "%1 ist abgeschlossen; nur ein Verkaufsleiter kann es wieder öffnen.",
       "%1 закрыт; открыть его снова может только руководитель.",
       "%1 закрито; знову відкрити його може лише керівник.",
       "%1 已关闭；只有经理可以重新打开。")
    tr(C, "%1 belongs to another consultant.", "%1 gehört einem anderen Berater.",
       "%1 принадлежит другому консультанту.", "%1 належить іншому консультанту.",
       "%1 属于另一位顾问。")
    tr(C, "%1 is deactivated and cannot take leads.",
       "%1 ist deaktiviert und kann keine Leads übernehmen.",
       "%1 отключён и не может принимать лиды.", "%1 вимкнено, він не може приймати ліди.",
       "%1 已停用，不能接收线索。")
    tr(C, "%1 cannot take leads.", "%1 kann keine Leads übernehmen.",
       "%1 не может принимать лиды.", "%1 не може приймати ліди.", "%1 不能接收线索。")
    tr(C, "%1 is closed.", "%1 ist abgeschlossen.", "%1 закрыт.", "%1 закрито.", "%1 已关闭。")
    tr(C, "The stage “%1” is retired; choose another.",
       "Die Phase „%1“ wird nicht mehr verwendet; wählen Sie eine andere.",
       "Этап «%1» больше не используется; выберите другой.",
       "Етап «%1» більше не використовується; виберіть інший.",
       "阶段“%1”已停用；请选择其他阶段。")
    tr(C, "A lead is only lost with a reason: use “Mark as lost” on %1.",
       "Ein Lead geht nur mit Grund verloren: verwenden Sie „Als verloren markieren“ für %1.",
       "Лид можно проиграть только с указанием причины: используйте «Отметить как проигранный» "
       "для %1.",
       "Лід можна втратити лише із зазначенням причини: використайте «Позначити як втрачений» "
       "для %1.",
       "线索只能在注明原因后才能标记为战败：请对 %1 使用“标记为战败”。")
    tr(C, "Assign %1 to a consultant before moving it on.",
       "Weisen Sie %1 einem Berater zu, bevor Sie es weiterschieben.",
       "Назначьте %1 консультанту, прежде чем переводить дальше.",
       "Призначте %1 консультанту, перш ніж переводити далі.",
       "请先将 %1 分配给顾问，再推进到下一阶段。")

    # core/storage/demo. lupdate 6.4 currently files the DemoGenerator.cpp texts under an empty
    # context, so they are listed under both names.
    for C in ("DemoGenerator", ""):
        tr(C, "customers %1/%2", "Kunden %1/%2", "клиенты %1/%2", "клієнти %1/%2", "客户 %1/%2")
        tr(C, "users", "Benutzer", "пользователи", "користувачі", "用户")
        tr(C, "vehicles", "Fahrzeuge", "автомобили", "автомобілі", "车辆")
        tr(C, "anonymous visits", "anonyme Besuche", "анонимные визиты", "анонімні візити",
           "匿名到店记录")
        tr(C, "search index", "Suchindex", "поисковый индекс", "пошуковий індекс", "搜索索引")
        tr(C, "statistics", "Statistik", "статистика", "статистика", "统计信息")
        tr(C, "The database lacks the default entry “%1” in %2 that the demo data needs.",
           "In der Datenbank fehlt der Standardeintrag „%1“ in %2, den die Demodaten brauchen.",
           "В базе данных нет стандартной записи «%1» в %2, нужной для демонстрационных данных.",
           "У базі даних немає стандартного запису «%1» у %2, потрібного для демонстраційних "
           "даних.",
           "数据库缺少演示数据所需的默认条目“%1”（位于 %2）。")
        tr(C, "The number of demo customers must be between 0 and %1.",
           "Die Zahl der Demokunden muss zwischen 0 und %1 liegen.",
           "Число демонстрационных клиентов должно быть от 0 до %1.",
           "Кількість демонстраційних клієнтів має бути від 0 до %1.",
           "演示客户数量必须在 0 到 %1 之间。")
        tr(C, "%1 already holds users or customers. Demo data is only generated into a new, empty "
              "database; the file was left untouched.",
           "%1 enthält bereits Benutzer oder Kunden. Demodaten werden nur in eine neue, leere "
           "Datenbank geschrieben; die Datei wurde nicht verändert.",
           "В %1 уже есть пользователи или клиенты. Демонстрационные данные создаются только в "
           "новой пустой базе; файл не был изменён.",
           "У %1 вже є користувачі або клієнти. Демонстраційні дані створюються лише в новій "
           "порожній базі; файл не змінено.",
           "%1 中已有用户或客户。演示数据只会写入新的空数据库；该文件未被改动。")
        tr(C, "Demo data can only be generated into an SQLite database.",
           "Demodaten können nur in eine SQLite-Datenbank geschrieben werden.",
           "Демонстрационные данные можно создать только в базе SQLite.",
           "Демонстраційні дані можна створити лише в базі SQLite.",
           "演示数据只能写入 SQLite 数据库。")
        tr(C, "Generating the demo data failed: %1",
           "Das Erzeugen der Demodaten ist fehlgeschlagen: %1",
           "Не удалось создать демонстрационные данные: %1",
           "Не вдалося створити демонстраційні дані: %1", "生成演示数据失败：%1")
