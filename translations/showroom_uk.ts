<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name></name>
    <message>
        <source>The database lacks the default entry “%1” in %2 that the demo data needs.</source>
        <translation>У базі даних немає стандартного запису «%1» у %2, потрібного для демонстраційних даних.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>користувачі</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>автомобілі</translation>
    </message>
    <message>
        <source>anonymous visits</source>
        <translation>анонімні візити</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>пошуковий індекс</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and %1.</source>
        <translation>Кількість демонстраційних клієнтів має бути від 0 до %1.</translation>
    </message>
    <message>
        <source>%1 already holds users or customers. Demo data is only generated into a new, empty database; the file was left untouched.</source>
        <translation>У %1 вже є користувачі або клієнти. Демонстраційні дані створюються лише в новій порожній базі; файл не змінено.</translation>
    </message>
    <message>
        <source>Demo data can only be generated into an SQLite database.</source>
        <translation>Демонстраційні дані можна створити лише в базі SQLite.</translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1</source>
        <translation>Не вдалося створити демонстраційні дані: %1</translation>
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
        <translation>Нотатка має містити текст.</translation>
    </message>
    <message>
        <source>An activity cannot happen in the future; plan a follow-up instead.</source>
        <translation>Дія не може відбутися в майбутньому; натомість заплануйте повторний контакт.</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another customer.</source>
        <translation>Лід №%1 належить іншому клієнту.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>Резервна копія не може перезаписати саму базу даних.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Тека %1 не існує.</translation>
    </message>
    <message>
        <source>The backup to %1 failed (is the disk full?): %2</source>
        <translation>Не вдалося створити резервну копію в %1 (диск переповнено?): %2</translation>
    </message>
    <message>
        <source>The backup could not be written to disk at %1.</source>
        <translation>Не вдалося записати резервну копію на диск у %1.</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>Не вдалося перемістити резервну копію до %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Showroom CRM: walk-ins, leads, deals and deliveries of a car showroom.</source>
        <translation>Showroom CRM: відвідувачі, ліди, угоди та видача автомобілів в автосалоні.</translation>
    </message>
    <message>
        <source>Database file to open; a new one is created and filled with demo data (default: %1).</source>
        <translation>Файл бази даних; новий файл створюється й заповнюється демонстраційними даними (типово: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>User interface language: %1 (default: the system language).</source>
        <translation>Мова інтерфейсу: %1 (типово — мова системи).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Create a new database in shared mode, for a file on a network share that several desks use.</source>
        <translation>Створити нову базу в спільному режимі — для файлу на мережевому ресурсі, з яким працюють кілька робочих місць.</translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog; the password is read from the environment variable SHOWROOM_PASSWORD.</source>
        <translation>Увійти як цей користувач без діалогу; пароль береться зі змінної середовища SHOWROOM_PASSWORD.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логін</translation>
    </message>
    <message>
        <source>After signing in, save a picture of every page into this folder and quit (needs --user).</source>
        <translation>Після входу зберегти знімок кожної сторінки в цю теку й вийти (потрібен --user).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неочікуваний аргумент: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Невідома мова «%1»; виберіть одну з: %2.</translation>
    </message>
    <message>
        <source>--user needs the password in the environment variable SHOWROOM_PASSWORD.</source>
        <translation>Для --user потрібен пароль у змінній середовища SHOWROOM_PASSWORD.</translation>
    </message>
    <message>
        <source>--screenshot needs --user (and SHOWROOM_PASSWORD).</source>
        <translation>Для --screenshot потрібен --user (і SHOWROOM_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>ContactValidation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефону порожній.</translation>
    </message>
    <message>
        <source>“%1” has no valid country code. Start it with + and the country code, e.g. +49.</source>
        <translation>Номер «%1» не має дійсного коду країни. Почніть з + і коду країни, наприклад +380.</translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation>«%1» закороткий для номера телефону.</translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation>«%1» задовгий для номера телефону.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — не номер телефону.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number (check the digits and the country code).</source>
        <translation>«%1» — недійсний номер телефону (перевірте цифри та код країни).</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address (expected name@example.com).</source>
        <translation>«%1» — недійсна адреса ел. пошти (очікується name@example.com).</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Для клієнта-компанії потрібна назва компанії.</translation>
    </message>
    <message>
        <source>Enter at least a first or last name.</source>
        <translation>Введіть принаймні ім&apos;я або прізвище.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 уже належить клієнту «%2» (№%3). Відкрийте цього клієнта замість створення дубліката.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 уже належить клієнту «%2» (№%3).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A file already exists at %1; it was left untouched.</source>
        <translation>За шляхом %1 уже є файл; його не змінено.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдалося створити теку %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>За шляхом %1 немає бази даних.</translation>
    </message>
    <message>
        <source>%1 is not a Showroom database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 — не база даних Showroom (це не файл SQLite). Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not Showroom. It was left untouched.</source>
        <translation>%1 належить іншій програмі, а не Showroom. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Showroom (database version %2; this version understands up to %3). Please update Showroom. The file was left untouched.</source>
        <translation>%1 створено новішою версією Showroom (версія бази %2; ця версія розуміє до %3). Оновіть Showroom. Файл не змінено.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to the %2 journal (it stays in %3 mode). Close Showroom on the other desks and try again.</source>
        <translation>Не вдалося перемкнути %1 на журнал %2 (залишається режим %3). Закрийте Showroom на інших робочих місцях і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2</source>
        <translation>%1 пошкоджено, його не відкрито: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.</source>
        <translation>%1 пошкоджено, його не відкрито (перевірка цілісності: %2). Відновіть його з резервної копії.</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>Cannot create the database</source>
        <translation>Не вдалося створити базу даних</translation>
    </message>
    <message>
        <source>Creating a new database with demo data…</source>
        <translation>Створення нової бази даних із демонстраційними даними…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Не вдалося записати демонстраційні дані: %1</translation>
    </message>
    <message>
        <source>Another program is writing to the file right now. Wait a moment, then start Showroom CRM again.</source>
        <translation>Інша програма зараз записує в цей файл. Зачекайте трохи й знову запустіть Showroom CRM.</translation>
    </message>
    <message>
        <source>Choose a Showroom database with --db, or start without --db to use your own database.</source>
        <translation>Вкажіть базу Showroom через --db або запустіть без --db, щоб відкрити власну базу.</translation>
    </message>
    <message>
        <source>Install the newer version of Showroom CRM to open this file.</source>
        <translation>Встановіть новішу версію Showroom CRM, щоб відкрити цей файл.</translation>
    </message>
    <message>
        <source>Restore the latest backup of this database.</source>
        <translation>Відновіть останню резервну копію цієї бази даних.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не вдалося відкрити %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
        <translation>клієнти %1/%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Receptionist</source>
        <translation>Працівник рецепції</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>Консультант з продажу</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Керівник відділу продажів</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>спільний</translation>
    </message>
    <message>
        <source>local</source>
        <translation>локальний</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Контакт встановлено</translation>
    </message>
    <message>
        <source>Needs &amp; car selection</source>
        <translation>Потреби та вибір авто</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговори</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачено</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Lead #%1</source>
        <translation>Лід №%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лід №%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is closed; only a manager can reopen it.</source>
        <translation>%1 закрито; знову відкрити його може лише керівник.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 належить іншому консультанту.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot take leads.</source>
        <translation>%1 вимкнено, він не може приймати ліди.</translation>
    </message>
    <message>
        <source>%1 cannot take leads.</source>
        <translation>%1 не може приймати ліди.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 закрито.</translation>
    </message>
    <message>
        <source>The stage “%1” is retired; choose another.</source>
        <translation>Етап «%1» більше не використовується; виберіть інший.</translation>
    </message>
    <message>
        <source>A lead is only lost with a reason: use “Mark as lost” on %1.</source>
        <translation>Лід можна втратити лише із зазначенням причини: використайте «Позначити як втрачений» для %1.</translation>
    </message>
    <message>
        <source>Assign %1 to a consultant before moving it on.</source>
        <translation>Призначте %1 консультанту, перш ніж переводити далі.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>Драйвер SQLite недоступний.</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving.</source>
        <translation>База даних зайнята: інше робоче місце зберігає дані.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Не вдалося оновити базу даних до версії %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library failed to start.</source>
        <translation>Не вдалося запустити бібліотеку паролів.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Недостатньо пам&apos;яті для хешування пароля.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>log showroom visits</source>
        <translation>реєструвати візити до салону</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>редагувати клієнтів</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>об&apos;єднувати клієнтів</translation>
    </message>
    <message>
        <source>create leads</source>
        <translation>створювати ліди</translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation>працювати з лідами</translation>
    </message>
    <message>
        <source>work on other consultants&apos; leads</source>
        <translation>працювати з лідами інших консультантів</translation>
    </message>
    <message>
        <source>assign leads</source>
        <translation>розподіляти ліди</translation>
    </message>
    <message>
        <source>approve lost leads</source>
        <translation>підтверджувати втрачені ліди</translation>
    </message>
    <message>
        <source>log calls and notes</source>
        <translation>записувати дзвінки та нотатки</translation>
    </message>
    <message>
        <source>comment as manager</source>
        <translation>коментувати як керівник</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>вивантажувати звіти</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>керувати користувачами</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>змінювати налаштування</translation>
    </message>
    <message>
        <source>%1 is not allowed to %2.</source>
        <translation>%1 не має права: %2.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Не вдалося записати %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Не вдалося створити %1</translation>
    </message>
    <message>
        <source>Screenshots saved in %1</source>
        <translation>Знімки екрана збережено в %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot sign in</source>
        <translation>Не вдалося увійти</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Customer “%1”</source>
        <translation>Клієнт «%1»</translation>
    </message>
    <message>
        <source>There is no customer #%1.</source>
        <translation>Клієнта №%1 немає.</translation>
    </message>
    <message>
        <source>There is no lead #%1.</source>
        <translation>Ліда №%1 немає.</translation>
    </message>
    <message>
        <source>There is no stage “%1”.</source>
        <translation>Етапу «%1» немає.</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>Етапу №%1 немає.</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>Джерела лідів «%1» немає.</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving. Please try again.</source>
        <translation>База даних зайнята: інше робоче місце зберігає дані. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Файл бази даних пошкоджено (%1). Відновіть його з резервної копії.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База даних повідомила про помилку: %1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Користувача %1 немає.</translation>
    </message>
    <message>
        <source>There is no user #%1.</source>
        <translation>Користувача №%1 немає.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Користувач %1</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Користувач №%1</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 більше не існує.</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. Your change was not saved; reload to see the current state and apply it again.</source>
        <translation>%1 змінено на іншому робочому місці після того, як ви його відкрили. Вашу зміну не збережено; оновіть дані, щоб побачити поточний стан, і внесіть її знову.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>“%1” is not a valid login: use 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>«%1» — неприпустимий логін: використовуйте від 2 до 32 латинських літер, цифр, крапок, дефісів або підкреслень.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль має містити щонайменше 8 символів.</translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator.</source>
        <translation>У цій базі вже є користувачі; увійдіть як адміністратор.</translation>
    </message>
    <message>
        <source>The login “%1” is taken.</source>
        <translation>Логін «%1» уже зайнятий.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator.</source>
        <translation>Обліковий запис %1 вимкнено. Зверніться до адміністратора.</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerListPage</name>
    <message>
        <source>Search name, company, phone, email, VIN…</source>
        <translation>Пошук за ім&apos;ям, компанією, телефоном, поштою, VIN…</translation>
    </message>
    <message>
        <source>Type part of a name, company, email or VIN, or some digits of a phone number (Ctrl+F)</source>
        <translation>Введіть частину імені, компанії, пошти або VIN чи кілька цифр телефону (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Клієнтів поки немає.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>За запитом «%1» клієнтів не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln customers — scroll for more</source>
        <translation>
            <numerusform>Показано клієнтів: %Ln — прокрутіть, щоб побачити більше</numerusform>
            <numerusform>Показано клієнтів: %Ln — прокрутіть, щоб побачити більше</numerusform>
            <numerusform>Показано клієнтів: %Ln — прокрутіть, щоб побачити більше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln customers</source>
        <translation>
            <numerusform>Показано всіх клієнтів: %Ln</numerusform>
            <numerusform>Показано всіх клієнтів: %Ln</numerusform>
            <numerusform>Показано всіх клієнтів: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match “%1”</source>
        <translation>
            <numerusform>Знайдено за запитом «%1»: %Ln</numerusform>
            <numerusform>Знайдено за запитом «%1»: %Ln</numerusform>
            <numerusform>Знайдено за запитом «%1»: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Sign in to Showroom CRM</source>
        <translation>Вхід до Showroom CRM</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введіть логін.</translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
    <message>
        <source>The reception desk: log every walk-in within 30 seconds (arrival time, consultant, purpose, first or repeat visit), hotline calls and test-drive bookings, and follow today&apos;s info-retention rate.</source>
        <translation>Рецепція: реєстрація кожного відвідувача за 30 секунд (час приходу, консультант, мета, перший чи повторний візит), дзвінки на гарячу лінію та запис на тест-драйв, а також сьогоднішня частка відвідувачів із контактними даними.</translation>
    </message>
    <message>
        <source>Won deals on their way to the customer: delivery dates with reminders, loan documents, accessories and the printed handover protocol.</source>
        <translation>Укладені угоди на шляху до клієнта: терміни постачання з нагадуваннями, кредитні документи, аксесуари та друкований акт приймання-передавання.</translation>
    </message>
    <message>
        <source>The weekly report: showroom traffic, funnel, sources and campaigns, lost reasons and consultant figures, ready to print.</source>
        <translation>Щотижневий звіт: відвідуваність салону, воронка, джерела й кампанії, причини відмов і показники консультантів, готовий до друку.</translation>
    </message>
    <message>
        <source>Users and roles, stages, lead sources, lost reasons, assignment and response-time rules, and business hours.</source>
        <translation>Користувачі та ролі, етапи, джерела лідів, причини відмов, правила розподілу й часу реакції, а також години роботи.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервна копія…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ихід</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Showroom CRM</source>
        <translation>&amp;Про Showroom CRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вхід виконано: %1 (%2)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл бази даних</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Режим: %1</translation>
    </message>
    <message>
        <source>Shared file: several desks work on this database</source>
        <translation>Спільний файл: з цією базою працюють кілька робочих місць</translation>
    </message>
    <message>
        <source>Local file: one desk works on this database</source>
        <translation>Локальний файл: з цією базою працює одне робоче місце</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Версія схеми %1</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Рецепція</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Видача авто</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервне копіювання бази даних</translation>
    </message>
    <message>
        <source>Showroom databases (*.sqlite);;All files (*)</source>
        <translation>Бази даних Showroom (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не вдалося створити резервну копію</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервну копію збережено: %1</translation>
    </message>
    <message>
        <source>About Showroom CRM</source>
        <translation>Про Showroom CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for car showrooms: walk-ins, leads, deals and deliveries.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Showroom CRM %1&lt;/h3&gt;&lt;p&gt;Настільна CRM для автосалонів: відвідувачі, ліди, угоди та видача автомобілів.&lt;/p&gt;&lt;p&gt;Поширюється на умовах GNU General Public License версії 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>showroom::PipelineSummaryPage</name>
    <message>
        <source>The drag-and-drop board of open leads will live here. Until then, this table counts the leads in each stage.</source>
        <translation>Тут з&apos;явиться дошка відкритих лідів із перетягуванням. А поки що ця таблиця показує кількість лідів на кожному етапі.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads in all stages</source>
        <translation>
            <numerusform>Лідів на всіх етапах: %Ln</numerusform>
            <numerusform>Лідів на всіх етапах: %Ln</numerusform>
            <numerusform>Лідів на всіх етапах: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation>Цей розділ Showroom CRM ще не готовий.</translation>
    </message>
</context>
</TS>
