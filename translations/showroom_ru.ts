<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>The database lacks the default entry “%1” in %2 that the demo data needs.</source>
        <translation>В базе данных нет стандартной записи «%1» в %2, нужной для демонстрационных данных.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>пользователи</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>автомобили</translation>
    </message>
    <message>
        <source>anonymous visits</source>
        <translation>анонимные визиты</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>поисковый индекс</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation>Число демонстрационных клиентов должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>%1 already holds users or customers. Demo data is only generated into a new, empty database; the file was left untouched.</source>
        <translation>В %1 уже есть пользователи или клиенты. Демонстрационные данные создаются только в новой пустой базе; файл не был изменён.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an SQLite database.</source>
        <translation>Демонстрационные данные можно создать только в базе SQLite.</translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1</source>
        <translation>Не удалось создать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>статистика</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>A note needs some text.</source>
        <translation>В заметке должен быть текст.</translation>
    </message>
    <message>
        <source>An activity cannot happen in the future; plan a follow-up instead.</source>
        <translation>Действие не может произойти в будущем; запланируйте вместо этого повторный контакт.</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another customer.</source>
        <translation>Лид №%1 принадлежит другому клиенту.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>Резервная копия не может перезаписать саму базу данных.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>The backup to %1 failed (is the disk full?): %2</source>
        <translation>Не удалось создать резервную копию в %1 (диск переполнен?): %2</translation>
    </message>
    <message>
        <source>The backup could not be written to disk at %1.</source>
        <translation>Не удалось записать резервную копию на диск в %1.</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>Не удалось переместить резервную копию в %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Showroom CRM: walk-ins, leads, deals and deliveries of a car showroom.</source>
        <translation>Showroom CRM: посетители, лиды, сделки и выдача автомобилей в автосалоне.</translation>
    </message>
    <message>
        <source>Database file to open; a new one is created and filled with demo data (default: %1).</source>
        <translation>Файл базы данных; новый файл создаётся и заполняется демонстрационными данными (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system language).</source>
        <translation>Язык интерфейса: %1 (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Create a new database in shared mode, for a file on a network share that several desks use.</source>
        <translation>Создать новую базу в общем режиме — для файла на сетевом ресурсе, с которым работают несколько рабочих мест.</translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog; the password is read from the environment variable SHOWROOM_PASSWORD.</source>
        <translation>Войти под этим пользователем без диалога; пароль берётся из переменной окружения SHOWROOM_PASSWORD.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>After signing in, save a picture of every page into this folder and quit (needs --user).</source>
        <translation>После входа сохранить снимок каждой страницы в эту папку и выйти (нужен --user).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Неизвестный язык «%1»; выберите один из: %2.</translation>
    </message>
    <message>
        <source>--user needs the password in the environment variable SHOWROOM_PASSWORD.</source>
        <translation>Для --user нужен пароль в переменной окружения SHOWROOM_PASSWORD.</translation>
    </message>
    <message>
        <source>--screenshot needs --user (and SHOWROOM_PASSWORD).</source>
        <translation>Для --screenshot нужен --user (и SHOWROOM_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>ContactValidation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефона пуст.</translation>
    </message>
    <message>
        <source>“%1” has no valid country code. Start it with + and the country code, e.g. +49.</source>
        <translation>У номера «%1» нет действительного кода страны. Начните с + и кода страны, например +7.</translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation>«%1» слишком короткий для номера телефона.</translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation>«%1» слишком длинный для номера телефона.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (check the digits and the country code).</source>
        <translation>«%1» — недействительный номер телефона (проверьте цифры и код страны).</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address (expected name@example.com).</source>
        <translation>«%1» — недействительный адрес эл. почты (ожидается name@example.com).</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Для клиента-компании нужно название компании.</translation>
    </message>
    <message>
        <source>Enter at least a first or last name.</source>
        <translation>Введите хотя бы имя или фамилию.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 уже принадлежит клиенту «%2» (№%3). Откройте этого клиента вместо создания дубликата.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 уже принадлежит клиенту «%2» (№%3).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1; it was left untouched.</source>
        <translation>По пути %1 уже есть файл; он не был изменён.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <source>%1 is not a Showroom database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 — не база данных Showroom (это не файл SQLite). Файл не был изменён.</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not Showroom. It was left untouched.</source>
        <translation>%1 принадлежит другой программе, а не Showroom. Файл не был изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Showroom (database version %2; this version understands up to %3). Please update Showroom. The file was left untouched.</source>
        <translation>%1 создан более новой версией Showroom (версия базы %2; эта версия понимает до %3). Обновите Showroom. Файл не был изменён.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to the %2 journal (it stays in %3 mode). Close Showroom on the other desks and try again.</source>
        <translation>Не удалось переключить %1 на журнал %2 (остаётся режим %3). Закройте Showroom на других рабочих местах и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2</source>
        <translation>%1 повреждён и не был открыт: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation>%1 повреждён и не был открыт (проверка целостности: %2). Восстановите его из резервной копии.</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>Cannot create the database</source>
        <translation>Не удалось создать базу данных</translation>
    </message>
    <message>
        <source>Creating a new database with demo data…</source>
        <translation>Создание новой базы данных с демонстрационными данными…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Не удалось записать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>Another program is writing to the file right now. Wait a moment, then start Showroom CRM again.</source>
        <translation>Другая программа сейчас записывает в этот файл. Подождите немного и снова запустите Showroom CRM.</translation>
    </message>
    <message>
        <source>Choose a Showroom database with --db, or start without --db to use your own database.</source>
        <translation>Укажите базу Showroom через --db или запустите без --db, чтобы открыть свою базу.</translation>
    </message>
    <message>
        <source>Install the newer version of Showroom CRM to open this file.</source>
        <translation>Установите более новую версию Showroom CRM, чтобы открыть этот файл.</translation>
    </message>
    <message>
        <source>Restore the latest backup of this database.</source>
        <translation>Восстановите последнюю резервную копию этой базы данных.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
        <translation>клиенты %1/%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Receptionist</source>
        <translation>Сотрудник ресепшн</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>Консультант по продажам</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Руководитель отдела продаж</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>общий</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальный</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Контакт установлен</translation>
    </message>
    <message>
        <source>Needs &amp; car selection</source>
        <translation>Потребности и выбор авто</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигран</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигран</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Lead #%1</source>
        <translation>Лид №%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лид №%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is closed; only a manager can reopen it.</source>
        <translation>%1 закрыт; открыть его снова может только руководитель.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 принадлежит другому консультанту.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot take leads.</source>
        <translation>%1 отключён и не может принимать лиды.</translation>
    </message>
    <message>
        <source>%1 cannot take leads.</source>
        <translation>%1 не может принимать лиды.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 закрыт.</translation>
    </message>
    <message>
        <source>The stage “%1” is retired; choose another.</source>
        <translation>Этап «%1» больше не используется; выберите другой.</translation>
    </message>
    <message>
        <source>A lead is only lost with a reason: use “Mark as lost” on %1.</source>
        <translation>Лид можно проиграть только с указанием причины: используйте «Отметить как проигранный» для %1.</translation>
    </message>
    <message>
        <source>Assign %1 to a consultant before moving it on.</source>
        <translation>Назначьте %1 консультанту, прежде чем переводить дальше.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>Драйвер SQLite недоступен.</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving.</source>
        <translation>База данных занята: другое рабочее место сохраняет данные.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до версии %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library failed to start.</source>
        <translation>Не удалось запустить библиотеку паролей.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Недостаточно памяти для хеширования пароля.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>log showroom visits</source>
        <translation>регистрировать визиты в салон</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>редактировать клиентов</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>объединять клиентов</translation>
    </message>
    <message>
        <source>create leads</source>
        <translation>создавать лиды</translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation>работать с лидами</translation>
    </message>
    <message>
        <source>work on other consultants&apos; leads</source>
        <translation>работать с лидами других консультантов</translation>
    </message>
    <message>
        <source>assign leads</source>
        <translation>распределять лиды</translation>
    </message>
    <message>
        <source>approve lost leads</source>
        <translation>подтверждать проигранные лиды</translation>
    </message>
    <message>
        <source>log calls and notes</source>
        <translation>записывать звонки и заметки</translation>
    </message>
    <message>
        <source>comment as manager</source>
        <translation>комментировать как руководитель</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>выгружать отчёты</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>изменять настройки</translation>
    </message>
    <message>
        <source>%1 is not allowed to %2.</source>
        <translation>%1 не имеет права: %2.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Не удалось создать %1</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>Снимки экрана сохранены в %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot sign in</source>
        <translation>Не удалось войти</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Customer “%1”</source>
        <translation>Клиент «%1»</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Клиента №%1 нет.</translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation>Лида №%1 нет.</translation>
    </message>
    <message>
        <source>There is no stage “%1”.</source>
        <translation>Этапа «%1» нет.</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>Этапа №%1 нет.</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>Источника лидов «%1» нет.</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving. Please try again.</source>
        <translation>База данных занята: другое рабочее место сохраняет данные. Повторите попытку.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Файл базы данных повреждён (%1). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База данных сообщила об ошибке: %1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Пользователя %1 нет.</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>Пользователя №%1 нет.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Пользователь №%1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 больше не существует.</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Your change was not saved; reload to see the current state and apply it again.</source>
        <translation>%1 изменён на другом рабочем месте после того, как вы его открыли. Ваше изменение не сохранено; обновите данные, чтобы увидеть текущее состояние, и внесите его снова.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>“%1” is not a valid login: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>«%1» — недопустимый логин: используйте от 2 до 32 латинских букв, цифр, точек, дефисов или подчёркиваний.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator.</source>
        <translation>В этой базе уже есть пользователи; войдите как администратор.</translation>
    </message>
    <message>
        <source>The login “%1” is taken.</source>
        <translation>Логин «%1» уже занят.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator.</source>
        <translation>Учётная запись %1 отключена. Обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListPage</name>
    <message>
        <source>Search name, company, phone, email, VIN…</source>
        <translation>Поиск по имени, компании, телефону, почте, VIN…</translation>
    </message>
    <message>
        <source>Type part of a name, company, email or VIN, or some digits of a phone number (Ctrl+F)</source>
        <translation>Введите часть имени, компании, почты или VIN либо несколько цифр телефона (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Клиентов пока нет.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>По запросу «%1» клиентов не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln customers — scroll for more</source>
        <translation>
            <numerusform>Показано клиентов: %Ln — прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>Показано клиентов: %Ln — прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>Показано клиентов: %Ln — прокрутите, чтобы увидеть больше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln customers</source>
        <translation>
            <numerusform>Показаны все клиенты: %Ln</numerusform>
            <numerusform>Показаны все клиенты: %Ln</numerusform>
            <numerusform>Показаны все клиенты: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match “%1”</source>
        <translation>
            <numerusform>Найдено по запросу «%1»: %Ln</numerusform>
            <numerusform>Найдено по запросу «%1»: %Ln</numerusform>
            <numerusform>Найдено по запросу «%1»: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Sign in to Showroom CRM</source>
        <translation>Вход в Showroom CRM</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
    <message>
        <source>The reception desk: log every walk-in within 30 seconds (arrival time, consultant, purpose, first or repeat visit), hotline calls and test-drive bookings, and follow today&apos;s info-retention rate.</source>
        <translation>Ресепшн: регистрация каждого посетителя за 30 секунд (время прихода, консультант, цель, первый или повторный визит), звонки на горячую линию и запись на тест-драйв, а также сегодняшняя доля посетителей с контактными данными.</translation>
    </message>
    <message>
        <source>Won deals on their way to the customer: delivery dates with reminders, loan documents, accessories and the printed handover protocol.</source>
        <translation>Заключённые сделки на пути к клиенту: сроки поставки с напоминаниями, кредитные документы, аксессуары и печатный акт приёма-передачи.</translation>
    </message>
    <message>
        <source>The weekly report: showroom traffic, funnel, sources and campaigns, lost reasons and consultant figures, ready to print.</source>
        <translation>Еженедельный отчёт: посещаемость салона, воронка, источники и кампании, причины отказов и показатели консультантов, готовый к печати.</translation>
    </message>
    <message>
        <source>Users and roles, stages, lead sources, lost reasons, assignment and response-time rules, and business hours.</source>
        <translation>Пользователи и роли, этапы, источники лидов, причины отказов, правила распределения и времени реакции, а также часы работы.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Showroom CRM</source>
        <translation>&amp;О программе Showroom CRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Режим: %1</translation>
    </message>
    <message>
        <source>Shared file: several desks work on this database</source>
        <translation>Общий файл: с этой базой работают несколько рабочих мест</translation>
    </message>
    <message>
        <source>Local file: one desk works on this database</source>
        <translation>Локальный файл: с этой базой работает одно рабочее место</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Версия схемы %1</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Ресепшн</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Выдача авто</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Showroom databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных Showroom (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>About Showroom CRM</source>
        <translation>О программе Showroom CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for car showrooms: walk-ins, leads, deals and deliveries.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;Настольная CRM для автосалонов: посетители, лиды, сделки и выдача автомобилей.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>showroom::PipelineSummaryPage</name>
    <message>
        <source>The drag-and-drop board of open leads will live here. Until then, this table counts the leads in each stage.</source>
        <translation>Здесь появится доска открытых лидов с перетаскиванием. А пока эта таблица показывает число лидов на каждом этапе.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads in all stages</source>
        <translation>
            <numerusform>Лидов на всех этапах: %Ln</numerusform>
            <numerusform>Лидов на всех этапах: %Ln</numerusform>
            <numerusform>Лидов на всех этапах: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation>Этот раздел Showroom CRM ещё не готов.</translation>
    </message>
</context>
</TS>
