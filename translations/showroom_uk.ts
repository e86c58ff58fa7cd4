<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
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
    <name>Adf</name>
    <message>
        <source>The request date &quot;%1&quot; could not be read.</source>
        <translation>Не вдалося прочитати дату запиту «%1».</translation>
    </message>
    <message>
        <source>The vendor has no name.</source>
        <translation>У дилера не вказано назву.</translation>
    </message>
    <message>
        <source>The prospect has no phone number or email.</source>
        <translation>У заявці немає ні телефону, ні ел. пошти.</translation>
    </message>
    <message>
        <source>The ADF is not valid XML (%1); the contact data was taken from the text.</source>
        <translation>ADF не є коректним XML (%1); контактні дані взято з тексту.</translation>
    </message>
    <message>
        <source>The file is not valid ADF (%1) and holds no phone number or email.</source>
        <translation>Файл не є коректним ADF (%1) і не містить ні телефону, ні ел. пошти.</translation>
    </message>
    <message>
        <source>The file holds no ADF prospect.</source>
        <translation>У файлі немає жодної заявки ADF.</translation>
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
    <name>BoardText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>залишилося %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>прострочено на %1</translation>
    </message>
    <message>
        <source>escalated %1</source>
        <translation>ескалація, прострочено на %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>сьогодні %1</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Приватна особа</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Висока</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Середня</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Звичайна</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Особа, що ухвалює рішення</translation>
    </message>
    <message>
        <source>Vehicle user</source>
        <translation>Користувач автомобіля</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водій</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>given</source>
        <translation>надано</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>не запитувалася</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>надано %1</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>відкликано %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Німецька</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>Китайська (спрощена)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Візит до салону</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Форма на сайті</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Автопортал</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>Повторна покупка</translation>
    </message>
    <message>
        <source>new car</source>
        <translation>новий автомобіль</translation>
    </message>
    <message>
        <source>used car</source>
        <translation>вживаний автомобіль</translation>
    </message>
    <message>
        <source>service</source>
        <translation>сервіс</translation>
    </message>
    <message>
        <source>pick-up</source>
        <translation>отримання авто</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Дзвінок на гарячу лінію</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Вихідний дзвінок</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>Email received</source>
        <translation>Отримано лист</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Надіслано лист</translation>
    </message>
    <message>
        <source>SMS received</source>
        <translation>Отримано SMS</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>Надіслано SMS</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>Коментар керівника</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новий лід</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Зміна етапу</translation>
    </message>
    <message>
        <source>Deal signed</source>
        <translation>Договір підписано</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Видача автомобіля</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>лід №%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>цікавить %1</translation>
    </message>
    <message>
        <source>with test drive</source>
        <translation>з тест-драйвом</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1, джерело: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 handed over</source>
        <translation>%1 передано клієнту</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Автомобіль</translation>
    </message>
    <message>
        <source>%1 marketing consent given</source>
        <translation>%1: згоду на рекламу надано</translation>
    </message>
    <message>
        <source>%1 marketing consent withdrawn</source>
        <translation>%1: згоду на рекламу відкликано</translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>“%1” of deal #%2</source>
        <translation>«%1» в угоді №%2</translation>
    </message>
    <message>
        <source>Deal #%1 is closed; its checklists can no longer change.</source>
        <translation>Угоду №%1 закрито; її чек-листи більше не можна змінити.</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>Пункт %1 уже виконано.</translation>
    </message>
    <message>
        <source>%1 needs its document: attach the scan or PDF first.</source>
        <translation>Для пункту %1 потрібен документ: спочатку прикріпіть скан або PDF.</translation>
    </message>
    <message>
        <source>The loan application already went to the bank; %1 stays done.</source>
        <translation>Заявку на кредит уже надіслано до банку; пункт %1 залишається виконаним.</translation>
    </message>
    <message>
        <source>Only an accessory can be recorded as not sold.</source>
        <translation>Позначити як «не продано» можна лише аксесуар.</translation>
    </message>
    <message>
        <source>Choose why %1 was not sold: the reason is required.</source>
        <translation>Вкажіть, чому пункт %1 не продано: причина обов&apos;язкова.</translation>
    </message>
    <message>
        <source>There is no reason “%1” for an accessory not sold.</source>
        <translation>Причини «%1» для непроданого аксесуара немає.</translation>
    </message>
    <message>
        <source>The file %1 is empty; nothing was attached.</source>
        <translation>Файл %1 порожній; нічого не прикріплено.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 25 MB; scan it at a lower resolution.</source>
        <translation>Файл %1 більший за 25 МБ; відскануйте документ із меншою роздільною здатністю.</translation>
    </message>
    <message>
        <source>The stored document %1 does not match its checksum; it was damaged.</source>
        <translation>Збережений документ %1 не збігається зі своєю контрольною сумою: його пошкоджено.</translation>
    </message>
    <message>
        <source>The bank already approved the loan; %1 stays done.</source>
        <translation>Банк уже схвалив кредит; пункт %1 залишається виконаним.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateService</name>
    <message>
        <source>The checklist item “%1”</source>
        <translation>Пункт чек-листа «%1»</translation>
    </message>
    <message>
        <source>Enter the item&apos;s name.</source>
        <translation>Вкажіть назву пункту.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ціна не може бути від&apos;ємною.</translation>
    </message>
    <message>
        <source>The due days must be within a year.</source>
        <translation>Термін у днях має бути в межах року.</translation>
    </message>
    <message>
        <source>Enter the model the accessories are for.</source>
        <translation>Вкажіть модель, для якої призначені аксесуари.</translation>
    </message>
    <message>
        <source>There already are accessories for the %1.</source>
        <translation>Аксесуари для %1 вже є.</translation>
    </message>
    <message>
        <source>Accessories for the %1</source>
        <translation>Аксесуари для %1</translation>
    </message>
    <message>
        <source>The new template could not be read back.</source>
        <translation>Не вдалося прочитати щойно створений шаблон.</translation>
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
    <name>ContactPersonService</name>
    <message>
        <source>Enter the contact person&apos;s first or last name.</source>
        <translation>Введіть ім&apos;я або прізвище контактної особи.</translation>
    </message>
    <message>
        <source>“%1” was merged into customer #%2; edit that customer instead.</source>
        <translation>Запис «%1» об&apos;єднано з клієнтом №%2; редагуйте цього клієнта.</translation>
    </message>
    <message>
        <source>Only company customers have contact persons; “%1” is a private person.</source>
        <translation>Контактні особи є лише в клієнтів-компаній; «%1» — приватна особа.</translation>
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
    <name>Csv</name>
    <message>
        <source>The quoted field starting on line %1 is never closed: a &quot; is missing.</source>
        <translation>Поле в лапках, що починається в рядку %1, не закрито: бракує &quot;.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>Файл порожній: немає рядка заголовків.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Не вдалося створити %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
</context>
<context>
    <name>CustomerCardService</name>
    <message>
        <source>“%1” was merged into customer #%2; create the lead there.</source>
        <translation>Запис «%1» об&apos;єднано з клієнтом №%2; створіть лід для цього клієнта.</translation>
    </message>
    <message>
        <source>Choose where the lead came from (its source).</source>
        <translation>Вкажіть, звідки надійшов лід (його джерело).</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Person or company</source>
        <translation>Приватна особа чи компанія</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
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
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Цінність клієнта</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>Відповідальний консультант</translation>
    </message>
    <message>
        <source>Email marketing consent</source>
        <translation>Згода на розсилку ел. поштою</translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation>Згода на SMS-розсилку</translation>
    </message>
    <message>
        <source>Phone marketing consent</source>
        <translation>Згода на рекламні дзвінки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Приватна особа</translation>
    </message>
    <message>
        <source>given</source>
        <translation>надано</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>надано %1</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>відкликано %1</translation>
    </message>
</context>
<context>
    <name>CustomerMergeService</name>
    <message>
        <source>A customer record cannot be merged into itself. Choose two different records of the same customer.</source>
        <translation>Запис клієнта не можна об&apos;єднати із самим собою. Виберіть два різні записи одного клієнта.</translation>
    </message>
    <message>
        <source>The chosen values belong to customer #%1, not to the kept record #%2.</source>
        <translation>Вибрані значення належать клієнту №%1, а не основному запису №%2.</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3. Merge with that customer instead.</source>
        <translation>Запис «%1» (№%2) уже об&apos;єднано з клієнтом №%3. Об&apos;єднуйте з цим клієнтом.</translation>
    </message>
    <message>
        <source>Customer “%1” was changed on another desk since you opened the merge. Nothing was merged; look at the records again and repeat the merge.</source>
        <translation>Клієнта «%1» змінено на іншому робочому місці після того, як ви відкрили об&apos;єднання. Нічого не об&apos;єднано; перегляньте записи ще раз і повторіть об&apos;єднання.</translation>
    </message>
    <message>
        <source>Customer “%1”</source>
        <translation>Клієнт «%1»</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 лід</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 візит</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 дія</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n дія</numerusform>
            <numerusform>%n дії</numerusform>
            <numerusform>%n дій</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 угода</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 контактна особа</translation>
    </message>
    <message numerus="yes">
        <source>%n contact persons</source>
        <translation>
            <numerusform>%n контактна особа</numerusform>
            <numerusform>%n контактні особи</numerusform>
            <numerusform>%n контактних осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>1 consent record</source>
        <translation>1 запис про згоду</translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n запис про згоду</numerusform>
            <numerusform>%n записи про згоду</numerusform>
            <numerusform>%n записів про згоду</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 завдання</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n завдання</numerusform>
            <numerusform>%n завдання</numerusform>
            <numerusform>%n завдань</numerusform>
        </translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 автомобіль</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n автомобіль</numerusform>
            <numerusform>%n автомобілі</numerusform>
            <numerusform>%n автомобілів</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 вкладення</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n вкладення</numerusform>
            <numerusform>%n вкладення</numerusform>
            <numerusform>%n вкладень</numerusform>
        </translation>
    </message>
    <message>
        <source>1 earlier merged record</source>
        <translation>1 раніше об&apos;єднаний запис</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merged records</source>
        <translation>
            <numerusform>%n раніше об&apos;єднаний запис</numerusform>
            <numerusform>%n раніше об&apos;єднані записи</numerusform>
            <numerusform>%n раніше об&apos;єднаних записів</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>1 test drive booking</source>
        <translation>1 запис на тест-драйв</translation>
    </message>
    <message numerus="yes">
        <source>%n test drive bookings</source>
        <translation>
            <numerusform>%n запис на тест-драйв</numerusform>
            <numerusform>%n записи на тест-драйв</numerusform>
            <numerusform>%n записів на тест-драйв</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Для клієнта-компанії потрібна назва компанії.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 уже належить клієнту «%2» (№%3). Відкрийте цього клієнта замість створення дубліката.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 уже належить клієнту «%2» (№%3).</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>Введіть ім&apos;я, номер телефону або адресу ел. пошти.</translation>
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
    <name>DealCommands</name>
    <message>
        <source>Deal %1: %2, %3, %4 (%5)</source>
        <translation>Угода %1: %2, %3, %4 (%5)</translation>
    </message>
    <message>
        <source>deal create needs --lead LEAD_ID and --vin VIN (or --factory-order TEXT)</source>
        <translation>для deal create потрібні --lead LEAD_ID і --vin VIN (або --factory-order TEXT)</translation>
    </message>
    <message>
        <source>--price, --discount and --deposit are amounts like 28500.00</source>
        <translation>--price, --discount і --deposit — суми, наприклад 28500.00</translation>
    </message>
    <message>
        <source>--payment is cash, credit or lease</source>
        <translation>--payment — cash, credit або lease</translation>
    </message>
    <message>
        <source>--buyer is private or company</source>
        <translation>--buyer — private або company</translation>
    </message>
    <message>
        <source>--delivery is a date like 2026-12-14</source>
        <translation>--delivery — дата, наприклад 2026-12-14</translation>
    </message>
    <message>
        <source>deal show needs DEAL_ID</source>
        <translation>для deal show потрібен DEAL_ID</translation>
    </message>
    <message>
        <source>  blocks sending to the bank: %1</source>
        <translation>  заважає надсиланню до банку: %1</translation>
    </message>
    <message>
        <source>this command needs DEAL_ID</source>
        <translation>для цієї команди потрібен DEAL_ID</translation>
    </message>
    <message>
        <source>checklist tick|not-sold needs DEAL_ID ITEM_ID</source>
        <translation>для checklist tick|not-sold потрібні DEAL_ID ITEM_ID</translation>
    </message>
    <message>
        <source>checklist not-sold needs --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</source>
        <translation>для checklist not-sold потрібен --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>Item %1 does not belong to deal %2.</source>
        <translation>Пункт %1 не належить до угоди %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>checklist needs tick or not-sold</source>
        <translation>для checklist потрібна команда tick або not-sold</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>заявку на кредит не надіслано до банку</translation>
    </message>
    <message>
        <source>%1: not done, document not attached</source>
        <translation>%1: не виконано, документ не прикріплено</translation>
    </message>
    <message>
        <source>%1: document not attached</source>
        <translation>%1: документ не прикріплено</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: не виконано</translation>
    </message>
    <message>
        <source>deal print needs DEAL_ID, one of --offer, --contract, --handover and --pdf FILE</source>
        <translation>для deal print потрібні DEAL_ID, одне з --offer, --contract, --handover і --pdf FILE</translation>
    </message>
    <message>
        <source>%1 for deal %2 written to %3</source>
        <translation>Документ «%1» для угоди %2 записано в %3</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build).</source>
        <translation>Ця збірка showroom-cli не підтримує друк (лише ядро).</translation>
    </message>
    <message>
        <source>deal needs create, show, send-to-bank, bank-approved, deliver or print</source>
        <translation>для deal потрібна команда create, show, send-to-bank, bank-approved, deliver або print</translation>
    </message>
</context>
<context>
    <name>DealPrinter</name>
    <message>
        <source>Offer no. %1</source>
        <translation>Комерційна пропозиція № %1</translation>
    </message>
    <message>
        <source>%1, deal no. %2</source>
        <translation>%1, угода № %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>Зведення договору</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>Акт приймання-передачі</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>file name</comment>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>file name</comment>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Handover</source>
        <comment>file name</comment>
        <translation>Видача</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>З пробігом</translation>
    </message>
    <message>
        <source>Demonstration vehicle</source>
        <translation>Демонстраційний автомобіль</translation>
    </message>
    <message>
        <source>Cash payment</source>
        <translation>Оплата готівкою</translation>
    </message>
    <message>
        <source>Financed by a loan</source>
        <translation>Оплата в кредит</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Лізинг</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>Консультант з продажу</translation>
    </message>
    <message>
        <source>For the dealership</source>
        <translation>Від автосалону</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Дійсна до</translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation>Угода №</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контактна особа:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Factory order, delivery promised for %1</source>
        <translation>Замовлення з заводу, видачу обіцяно на %1</translation>
    </message>
    <message>
        <source>Factory order</source>
        <translation>Замовлення з заводу</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Модельний рік</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>КЛІЄНТ</translation>
    </message>
    <message>
        <source>VEHICLE</source>
        <translation>АВТОМОБІЛЬ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Прайсова ціна</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>Ціна зі знижкою</translation>
    </message>
    <message>
        <source>Accessory:</source>
        <translation>Аксесуар:</translation>
    </message>
    <message>
        <source>Trade-in:</source>
        <translation>Трейд-ін:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Передоплата</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>До сплати</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <source>This offer is valid until %1.</source>
        <translation>Пропозиція дійсна до %1.</translation>
    </message>
    <message>
        <source>Your sales consultant: %1</source>
        <translation>Ваш консультант з продажу: %1</translation>
    </message>
    <message>
        <source>Handover step</source>
        <translation>Крок видачі</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Виконав(-ла)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>REMARKS</source>
        <translation>ПРИМІТКИ</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translation>Місце, дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Deal #%1</source>
        <translation>Угода №%1</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>заявку на кредит не надіслано до банку</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>документ не прикріплено</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>After-sales call: how is the new car?</source>
        <translation>Дзвінок після продажу: як новий автомобіль?</translation>
    </message>
    <message>
        <source>Invite to the “second delivery” evening on %1 at %2</source>
        <translation>Запросити на вечір «другої видачі» %1 о %2</translation>
    </message>
    <message>
        <source>%1 is paid in cash: there is no loan application.</source>
        <translation>%1 оплачується готівкою: заявки на кредит немає.</translation>
    </message>
    <message>
        <source>The loan application of %1 was already sent to the bank on %2.</source>
        <translation>Заявку на кредит (%1) уже надіслано до банку %2.</translation>
    </message>
    <message>
        <source>The loan application cannot go to the bank yet. Missing: %1.</source>
        <translation>Заявку на кредит поки не можна надіслати до банку. Бракує: %1.</translation>
    </message>
    <message>
        <source>%1 is already delivered or cancelled.</source>
        <translation>%1: автомобіль уже видано або угоду скасовано.</translation>
    </message>
    <message>
        <source>%1 is a factory order without a vehicle yet: add the arrived car (with its VIN) to the stock and to the deal first.</source>
        <translation>%1 — замовлення з заводу, автомобіля ще немає: спочатку додайте автомобіль, що надійшов (з його VIN), на склад і в угоду.</translation>
    </message>
    <message>
        <source>The car cannot be handed over yet. Missing: %1.</source>
        <translation>Автомобіль поки не можна видати. Бракує: %1.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 належить іншому консультанту.</translation>
    </message>
    <message>
        <source>%1 already has deal #%2.</source>
        <translation>%1: угода №%2 вже існує.</translation>
    </message>
    <message>
        <source>%1 (VIN %2) is not available: it is reserved, sold or delivered.</source>
        <translation>%1 (VIN %2) недоступний: автомобіль зарезервовано, продано або видано.</translation>
    </message>
    <message>
        <source>Choose a car from stock, or describe the factory order (make, model, trim, colour).</source>
        <translation>Виберіть автомобіль зі складу або опишіть замовлення з заводу (марка, модель, комплектація, колір).</translation>
    </message>
    <message>
        <source>A factory order needs the delivery date promised to the customer.</source>
        <translation>Для замовлення з заводу потрібна обіцяна клієнту дата видачі.</translation>
    </message>
    <message>
        <source>The promised delivery date %1 is in the past.</source>
        <translation>Обіцяна дата видачі %1 уже минула.</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>Вкажіть прайсову ціну.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and the list price.</source>
        <translation>Знижка має бути від 0 до прайсової ціни.</translation>
    </message>
    <message>
        <source>A deposit or trade-in value cannot be negative.</source>
        <translation>Передоплата й оцінка трейд-ін не можуть бути від&apos;ємними.</translation>
    </message>
    <message>
        <source>Name the trade-in&apos;s make and model (or leave the trade-in empty).</source>
        <translation>Вкажіть марку й модель автомобіля в трейд-ін (або залиште трейд-ін порожнім).</translation>
    </message>
    <message>
        <source>The trade-in&apos;s year %1 is not plausible.</source>
        <translation>Рік випуску автомобіля в трейд-ін (%1) неправдоподібний.</translation>
    </message>
    <message>
        <source>The trade-in&apos;s mileage cannot be negative.</source>
        <translation>Пробіг автомобіля в трейд-ін не може бути від&apos;ємним.</translation>
    </message>
    <message>
        <source>Accessory #%1 is not offered for this car.</source>
        <translation>Аксесуар №%1 не пропонується для цього автомобіля.</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 вже закрито.</translation>
    </message>
    <message>
        <source>Enter the promised delivery date.</source>
        <translation>Вкажіть обіцяну дату видачі.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan cannot be approved.</source>
        <translation>%1 скасовано: кредит не можна схвалити.</translation>
    </message>
    <message>
        <source>The bank already approved the loan of %1 on %2.</source>
        <translation>Банк уже схвалив кредит (%1) %2.</translation>
    </message>
    <message>
        <source>The loan application of %1 has not been sent to the bank yet: send it first, then record the approval.</source>
        <translation>Заявку на кредит (%1) ще не надіслано до банку: спочатку надішліть її, потім позначте схвалення.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan application does not go to the bank.</source>
        <translation>%1 скасовано: заявка на кредит не надсилається до банку.</translation>
    </message>
</context>
<context>
    <name>DealText</name>
    <message>
        <source>Private person</source>
        <translation>Приватний покупець</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія-покупець</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Лізинг</translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation>Триває видача</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Loan documents</source>
        <translation>Документи для кредиту</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Аксесуари</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>Кроки видачі</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Видача автомобіля</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>Зведення договору</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>Акт приймання-передачі</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Занадто дорого</translation>
    </message>
    <message>
        <source>Already has one</source>
        <translation>Вже є</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не потрібно</translation>
    </message>
    <message>
        <source>Will decide later</source>
        <translation>Вирішить пізніше</translation>
    </message>
    <message>
        <source>Buys it elsewhere</source>
        <translation>Купить в іншому місці</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>документ не прикріплено</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>customers %1/%2</source>
        <translation>клієнти %1/%2</translation>
    </message>
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
        <source>indexes</source>
        <translation>індекси</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>пошуковий індекс</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>збереження</translation>
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
    <name>FolderIntake</name>
    <message>
        <source>Record %1%2: %3: %4</source>
        <translation>Запис %1%2: %3: %4</translation>
    </message>
    <message>
        <source>The intake folder %1 does not exist.</source>
        <translation>Теки вхідних %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an ADF, email or vCard file.</source>
        <translation>%1 — не файл ADF, електронного листа чи vCard.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдалося створити теку %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Не вдалося перемістити %1 до %2.</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>Message %1 is no longer in %2.</source>
        <translation>Листа %1 більше немає в %2.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>Не вдалося запустити поштову бібліотеку.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>Поштовий сервер %1 недоступний: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login “%2”; check the login and password.</source>
        <translation>Поштовий сервер %1 відхилив вхід з логіном «%2»; перевірте логін і пароль.</translation>
    </message>
    <message>
        <source>The mail server %1 offers no encrypted connection (STARTTLS); use imaps:// or a server that does.</source>
        <translation>Поштовий сервер %1 не підтримує шифроване з&apos;єднання (STARTTLS); використовуйте imaps:// або сервер із його підтримкою.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: %2</source>
        <translation>Не вдалося встановити шифроване з&apos;єднання з %1: %2</translation>
    </message>
    <message>
        <source>The mailbox check was stopped.</source>
        <translation>Перевірку поштової скриньки зупинено.</translation>
    </message>
    <message>
        <source>A message in %1 is larger than %2 MB; it was left in the mailbox.</source>
        <translation>Лист у %1 більший за %2 МБ; його залишено в поштовій скриньці.</translation>
    </message>
    <message>
        <source>The mail server %1 answered with an error: %2</source>
        <translation>Поштовий сервер %1 відповів помилкою: %2</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: this computer does not trust the server&apos;s certificate (%2). A mail server with a certificate of its own needs that certificate given as the server certificate.</source>
        <translation>Не вдалося встановити шифроване з&apos;єднання з %1: цей комп&apos;ютер не довіряє сертифікату сервера (%2). Для поштового сервера з власним сертифікатом вкажіть цей сертифікат як сертифікат сервера.</translation>
    </message>
    <message>
        <source>The server certificate %1 cannot be used: %2</source>
        <translation>Сертифікат сервера %1 не можна використати: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import %1 needs one or more files</source>
        <translation>для import %1 потрібен хоча б один файл</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1, record %2%3: %4: %5</source>
        <translation>%1, запис %2%3: %4: %5</translation>
    </message>
    <message>
        <source>%1%2 created, %3 linked to known customers, %4 imported before, %5 to review, %6 rejected</source>
        <translation>%1%2 створено, %3 прив&apos;язано до відомих клієнтів, %4 імпортовано раніше, %5 на перевірку, %6 відхилено</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Пробний запуск, нічого не записано: </translation>
    </message>
    <message>
        <source>%1: left in place: %2</source>
        <translation>%1: залишено на місці: %2</translation>
    </message>
    <message>
        <source>%1: %2 lead(s), moved to %3</source>
        <translation>%1: лідів — %2, переміщено до %3</translation>
    </message>
    <message>
        <source>Nothing to import in %1</source>
        <translation>У %1 нічого імпортувати</translation>
    </message>
    <message>
        <source>import needs the format: adf, eml, vcard or csv</source>
        <translation>для import потрібен формат: adf, eml, vcard або csv</translation>
    </message>
    <message>
        <source>--map is for csv lists</source>
        <translation>--map використовується лише для списків csv</translation>
    </message>
    <message>
        <source>intake run needs --folder DIR</source>
        <translation>для intake run потрібен --folder DIR</translation>
    </message>
    <message>
        <source>intake imap needs the password: --password-file FILE or the environment variable SHOWROOM_IMAP_PASSWORD</source>
        <translation>для intake imap потрібен пароль: --password-file FILE або змінна середовища SHOWROOM_IMAP_PASSWORD</translation>
    </message>
    <message>
        <source>%1: message %2: %3 %4</source>
        <translation>%1: лист %2: %3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 message(s), %3 lead(s)</source>
        <translation>%1: листів — %2, лідів — %3</translation>
    </message>
    <message>
        <source>intake imap needs --url imaps://HOST/INBOX and --login L</source>
        <translation>для intake imap потрібні --url imaps://HOST/INBOX і --login L</translation>
    </message>
    <message>
        <source>--interval needs whole minutes, 1 or more</source>
        <translation>для --interval потрібне ціле число хвилин, не менше 1</translation>
    </message>
    <message>
        <source>intake needs run --folder DIR, or imap --url URL --login L</source>
        <translation>для intake потрібно вказати run --folder DIR або imap --url URL --login L</translation>
    </message>
    <message>
        <source>--campaign needs the campaign&apos;s number</source>
        <translation>для --campaign потрібен номер кампанії</translation>
    </message>
</context>
<context>
    <name>IntakeSources</name>
    <message>
        <source>There is no lead source &quot;%1&quot;.</source>
        <translation>Джерела лідів «%1» немає.</translation>
    </message>
    <message>
        <source>No lead source fits; choose one with --source.</source>
        <translation>Жодне джерело лідів не підходить; вкажіть його в параметрі --source.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Кампанії %1 немає.</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than &quot;%2&quot;.</source>
        <translation>Кампанія %1 належить до іншого джерела лідів, не до «%2».</translation>
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
    <message>
        <source>New car</source>
        <translation>Новий автомобіль</translation>
    </message>
    <message>
        <source>Used car</source>
        <translation>Вживаний автомобіль</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <source>Pick-up / delivery</source>
        <translation>Отримання / видача авто</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Credit terms</source>
        <translation>Умови кредиту</translation>
    </message>
    <message>
        <source>Test drive impression</source>
        <translation>Враження від тест-драйву</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Покупка в іншому місці</translation>
    </message>
    <message>
        <source>No stock / colour</source>
        <translation>Немає в наявності / кольору</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Термін постачання</translation>
    </message>
    <message>
        <source>Trade-in value</source>
        <translation>Оцінка трейд-ін</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Не виходить на зв&apos;язок</translation>
    </message>
    <message>
        <source>Just browsing</source>
        <translation>Просто цікавиться</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручну</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>По черзі</translation>
    </message>
    <message>
        <source>Weighted shares</source>
        <translation>Зважені частки</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>Спільний пул</translation>
    </message>
</context>
<context>
    <name>LeadIntakeService</name>
    <message>
        <source>Imported before, on %1, as lead %2.</source>
        <translation>Уже імпортовано %1 як лід %2.</translation>
    </message>
    <message>
        <source>No phone number or email.</source>
        <translation>Немає ні телефону, ні ел. пошти.</translation>
    </message>
    <message>
        <source>No valid phone number or email (%1).</source>
        <translation>Немає жодного коректного телефону чи адреси ел. пошти (%1).</translation>
    </message>
    <message>
        <source>The import could not begin a record.</source>
        <translation>Не вдалося почати імпорт запису.</translation>
    </message>
    <message>
        <source>Lead imported from a vCard</source>
        <translation>Лід імпортовано з vCard</translation>
    </message>
    <message>
        <source>Lead from an email</source>
        <translation>Лід з електронного листа</translation>
    </message>
    <message>
        <source>Lead imported from ADF</source>
        <translation>Лід імпортовано з ADF</translation>
    </message>
    <message>
        <source>The file holds no lead.</source>
        <translation>У файлі немає жодного ліда.</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Відправник: %1</translation>
    </message>
    <message>
        <source>Prospect id: %1</source>
        <translation>ID заявки: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Дата запиту: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>Автомобіль: %1</translation>
    </message>
    <message>
        <source>Timeframe: %1</source>
        <translation>Терміни купівлі: %1</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Коментарі: %1</translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation>Телефони: %1</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>Адреси ел. пошти: %1</translation>
    </message>
    <message>
        <source>Not valid, not saved: %1</source>
        <translation>Некоректні, не збережено: %1</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>Потребує перевірки: %1</translation>
    </message>
    <message>
        <source>A list of leads needs the source it came from (--source).</source>
        <translation>Для списку лідів потрібно вказати джерело, з якого його отримано (--source).</translation>
    </message>
    <message>
        <source>The file has %1 columns, the mapping names %2.</source>
        <translation>Стовпців у файлі: %1, у зіставленні: %2.</translation>
    </message>
    <message>
        <source>There is no lead field &quot;%1&quot;.</source>
        <translation>Поля ліда «%1» немає.</translation>
    </message>
    <message>
        <source>No column holds a phone number or an email; map the columns by hand.</source>
        <translation>У жодному стовпці немає телефону чи ел. пошти; зіставте стовпці вручну.</translation>
    </message>
    <message>
        <source>Lead imported from a list</source>
        <translation>Лід імпортовано зі списку</translation>
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
    <message>
        <source>%1 is lost; a manager reopens it with “Reopen”.</source>
        <translation>%1 втрачено; знову відкрити його може керівник кнопкою «Відкрити знову».</translation>
    </message>
</context>
<context>
    <name>LostService</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 уже закрито.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 належить іншому консультанту.</translation>
    </message>
    <message>
        <source>Choose why %1 is lost: the reason is never optional.</source>
        <translation>Вкажіть, чому %1 втрачено: причина обов&apos;язкова завжди.</translation>
    </message>
    <message>
        <source>The lost reason “%1” is retired; choose another.</source>
        <translation>Причина відмови «%1» більше не використовується; виберіть іншу.</translation>
    </message>
    <message>
        <source>The reason “%1” needs a comment saying what happened.</source>
        <translation>Для причини «%1» потрібен коментар про те, що сталося.</translation>
    </message>
    <message>
        <source>%1 is not waiting for a lost approval.</source>
        <translation>%1 не очікує підтвердження втрати.</translation>
    </message>
    <message>
        <source>Say why %1 is not lost: the consultant reads your comment.</source>
        <translation>Напишіть, чому %1 не втрачено: консультант прочитає ваш коментар.</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Не втрачено</translation>
    </message>
    <message>
        <source>Only who asked can take back the lost request on %1.</source>
        <translation>Відкликати запит на втрату для %1 може лише той, хто його надіслав.</translation>
    </message>
    <message>
        <source>%1 is not lost.</source>
        <translation>%1 не втрачено.</translation>
    </message>
    <message>
        <source>Reopen %1 into an open stage.</source>
        <translation>Відкрийте %1 знову на одному з відкритих етапів.</translation>
    </message>
</context>
<context>
    <name>MailboxAddress</name>
    <message>
        <source>“%1” is not a mailbox address; write imaps://mail.example.com/INBOX.</source>
        <translation>«%1» — не адреса поштової скриньки; вкажіть, наприклад, imaps://mail.example.com/INBOX.</translation>
    </message>
    <message>
        <source>The mailbox address “%1” names no server.</source>
        <translation>В адресі поштової скриньки «%1» не вказано сервер.</translation>
    </message>
    <message>
        <source>Give the login and password separately, not in the mailbox address.</source>
        <translation>Вкажіть логін і пароль окремо, а не в адресі поштової скриньки.</translation>
    </message>
    <message>
        <source>The mailbox address “%1” has more than a folder after the server.</source>
        <translation>В адресі поштової скриньки «%1» після сервера вказано не лише назву теки.</translation>
    </message>
</context>
<context>
    <name>MailboxPassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Системна в&apos;язка ключів не відповіла.</translation>
    </message>
    <message>
        <source>This computer has no system keychain: the mailbox password is kept in the settings file %1 in plain text. Anyone who can read your files can read it.</source>
        <translation>На цьому комп&apos;ютері немає системної в&apos;язки ключів: пароль поштової скриньки зберігається у файлі налаштувань %1 відкритим текстом. Його може прочитати будь-хто, хто має доступ до ваших файлів.</translation>
    </message>
    <message>
        <source>The mailbox password could not be stored: %1</source>
        <translation>Не вдалося зберегти пароль поштової скриньки: %1</translation>
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
    <name>NotificationService</name>
    <message>
        <source>Lead #%1</source>
        <translation>Лід №%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лід №%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no first contact yet</source>
        <translation>%1: першого контакту ще не було</translation>
    </message>
    <message>
        <source>Escalation: %1 is still waiting for a first contact</source>
        <translation>Ескалація: %1 досі чекає на перший контакт</translation>
    </message>
    <message>
        <source>%1 was assigned to you</source>
        <translation>%1 призначено вам</translation>
    </message>
    <message>
        <source>%1: approve “lost”?</source>
        <translation>%1: підтвердити «Втрачено»?</translation>
    </message>
    <message>
        <source>%1 was closed as lost</source>
        <translation>%1 закрито як втрачений</translation>
    </message>
    <message>
        <source>%1 was returned to you</source>
        <translation>%1 повернуто вам</translation>
    </message>
    <message>
        <source>%1 is back in the unassigned queue</source>
        <translation>%1 знову в черзі лідів</translation>
    </message>
    <message>
        <source>%1: the manager commented on a follow-up</source>
        <translation>%1: керівник прокоментував повторний контакт</translation>
    </message>
    <message>
        <source>The response deadline (%1 business minutes after the lead arrived) passed at %2. A call, email, SMS or visit stops the clock.</source>
        <translation>Термін реакції (%1 хв у години роботи після надходження ліда) минув %2. Дзвінок, лист, SMS або візит зупиняють відлік.</translation>
    </message>
    <message>
        <source>No first contact %1 business minutes after the deadline of %2; the consultant is %3.</source>
        <translation>Немає першого контакту через %1 хв (у години роботи) після терміну %2; консультант: %3.</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>ще не призначено</translation>
    </message>
    <message>
        <source>The assignment rule (%1) chose you.</source>
        <translation>Вас обрало правило розподілу (%1).</translation>
    </message>
    <message>
        <source>%1 assigned it to you.</source>
        <translation>%1 призначив(-ла) його вам.</translation>
    </message>
    <message>
        <source>%1 asks to close it as lost: %2. %3</source>
        <translation>%1 просить закрити його як втрачений: %2. %3</translation>
    </message>
    <message>
        <source>%1 approved your request (%2).</source>
        <translation>%1 підтвердив(-ла) ваш запит (%2).</translation>
    </message>
    <message>
        <source>%1 did not approve “lost”: %2</source>
        <translation>%1 не підтвердив(-ла) «Втрачено»: %2</translation>
    </message>
    <message>
        <source>The customer was invited for %1 and has not come within %2 days; the lead left %3 for reassignment.</source>
        <translation>Клієнта запросили на %1, і він не прийшов протягом %2 дн.; лід знято з консультанта %3 для перерозподілу.</translation>
    </message>
    <message>
        <source>%1 on “%2”: %3</source>
        <translation>%1 щодо завдання «%2»: %3</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>по черзі</translation>
    </message>
    <message>
        <source>weighted shares</source>
        <translation>зважені частки</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Угода №%1</translation>
    </message>
    <message>
        <source>Deal #%1 (%2)</source>
        <translation>Угода №%1 (%2)</translation>
    </message>
    <message>
        <source>%1: delivery due on %2</source>
        <translation>%1: видачу призначено на %2</translation>
    </message>
    <message>
        <source>%1: the promised delivery date passed</source>
        <translation>%1: обіцяна дата видачі минула</translation>
    </message>
    <message>
        <source>%1: “%2” is due</source>
        <translation>%1: настав термін пункту «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” is overdue</source>
        <translation>%1: пункт «%2» прострочено</translation>
    </message>
    <message numerus="yes">
        <source>The car (%1) was promised for %2. Reminders start %n day(s) before.</source>
        <translation>
            <numerusform>Автомобіль (%1) обіцяли видати %2. Нагадування починаються за %n день.</numerusform>
            <numerusform>Автомобіль (%1) обіцяли видати %2. Нагадування починаються за %n дні.</numerusform>
            <numerusform>Автомобіль (%1) обіцяли видати %2. Нагадування починаються за %n днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The car (%1) was promised for %2 and is not handed over yet. Agree a new date with the customer.</source>
        <translation>Автомобіль (%1) обіцяли видати %2, але його ще не видано. Узгодьте з клієнтом нову дату.</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist is due on %2.</source>
        <translation>Термін пункту «%1» чек-листа угоди — %2.</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist was due on %2 and is still open.</source>
        <translation>Термін пункту «%1» чек-листа угоди минув %2, але пункт досі не виконано.</translation>
    </message>
</context>
<context>
    <name>PageFlow</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продовження)</translation>
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
    <name>PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
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
    <message>
        <source>manage the vehicle stock</source>
        <translation>керувати складом автомобілів</translation>
    </message>
    <message>
        <source>book test drives</source>
        <translation>записувати на тест-драйви</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>переглядати звіти</translation>
    </message>
    <message>
        <source>view every consultant&apos;s figures</source>
        <translation>бачити показники всіх консультантів</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>there is no user %1</source>
        <translation>користувача %1 немає</translation>
    </message>
    <message>
        <source>lead assign needs LEAD_ID CONSULTANT_LOGIN</source>
        <translation>для lead assign потрібні LEAD_ID CONSULTANT_LOGIN</translation>
    </message>
    <message>
        <source>Lead %1 is now with %2 in %3</source>
        <translation>Лід %1 тепер у %2 на етапі %3</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY: the reason is never optional</source>
        <translation>для lead lose потрібні LEAD_ID і --reason KEY: причина обов&apos;язкова завжди</translation>
    </message>
    <message>
        <source>%1 (reasons: %2)</source>
        <translation>%1 (причини: %2)</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY</source>
        <translation>для lead lose потрібні LEAD_ID і --reason KEY</translation>
    </message>
    <message>
        <source>Lead %1 waits for a manager to approve “lost”</source>
        <translation>Лід %1 чекає, поки керівник підтвердить «Втрачено»</translation>
    </message>
    <message>
        <source>Lead %1 is lost</source>
        <translation>Лід %1 втрачено</translation>
    </message>
    <message>
        <source>lead take needs LEAD_ID</source>
        <translation>для lead take потрібен LEAD_ID</translation>
    </message>
    <message>
        <source>Lead %1 is now yours</source>
        <translation>Лід %1 тепер ваш</translation>
    </message>
    <message>
        <source>lead approve-lost needs LEAD_ID</source>
        <translation>для lead approve-lost потрібен LEAD_ID</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT: the consultant reads why the lead is not lost</source>
        <translation>для lead return потрібні LEAD_ID і --comment TEXT: консультант прочитає, чому лід не втрачено</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT</source>
        <translation>для lead return потрібні LEAD_ID і --comment TEXT</translation>
    </message>
    <message>
        <source>Lead %1 went back to its consultant in %2</source>
        <translation>Лід %1 повернуто консультанту на етапі %2</translation>
    </message>
    <message>
        <source>lead reopen needs LEAD_ID [--stage KEY]</source>
        <translation>для lead reopen потрібен LEAD_ID [--stage KEY]</translation>
    </message>
    <message>
        <source>Lead %1 is open again in %2</source>
        <translation>Лід %1 знову відкрито на етапі %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s), %2 in total</source>
        <translation>
            <numerusform>%1: %n лід, усього %2</numerusform>
            <numerusform>%1: %n ліди, усього %2</numerusform>
            <numerusform>%1: %n лідів, усього %2</numerusform>
        </translation>
    </message>
    <message>
        <source>rules needs run [--now 2026-11-23T10:30] [--json]</source>
        <translation>для rules потрібна команда run [--now 2026-11-23T10:30] [--json]</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time like 2026-11-23T10:30 or 2026-11-23T09:30:00Z, not “%1”</source>
        <translation>для --now потрібні дата й час у форматі ISO 8601, наприклад 2026-11-23T10:30 або 2026-11-23T09:30:00Z, а не «%1»</translation>
    </message>
    <message>
        <source>%1 on lead %2 to %3: %4</source>
        <translation>%1 щодо ліда %2, кому: %3 — %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>нікому</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>Жодне правило не спрацювало.</translation>
    </message>
</context>
<context>
    <name>PipelineConfigService</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>Етап повинен мати назву.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>Етап «%1» уже є.</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>Етапу №%1 немає.</translation>
    </message>
    <message>
        <source>“%1” always starts the pipeline and cannot move.</source>
        <translation>«%1» завжди стоїть першим у воронці, його не можна перемістити.</translation>
    </message>
    <message>
        <source>Won and Lost always come last.</source>
        <translation>«Виграно» і «Втрачено» завжди стоять останніми.</translation>
    </message>
    <message>
        <source>The stage “%1” is part of every pipeline and cannot be retired.</source>
        <translation>Етап «%1» є в кожній воронці, його не можна вимкнути.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are still in “%1”; move them to another stage first.</source>
        <translation>
            <numerusform>На етапі «%1» ще %n лід; спочатку перенесіть його на інший етап.</numerusform>
            <numerusform>На етапі «%1» ще %n ліди; спочатку перенесіть їх на інший етап.</numerusform>
            <numerusform>На етапі «%1» ще %n лідів; спочатку перенесіть їх на інший етап.</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>Причина відмови повинна мати назву.</translation>
    </message>
    <message>
        <source>There is a lost reason “%1” already.</source>
        <translation>Причина відмови «%1» уже є.</translation>
    </message>
    <message>
        <source>Keep at least one lost reason: a lead is never lost without one.</source>
        <translation>Залиште хоча б одну причину відмови: лід не буває втрачено без причини.</translation>
    </message>
    <message>
        <source>The response time is between 1 minute and 7 days.</source>
        <translation>Час реакції — від 1 хвилини до 7 днів.</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>«%1» — не режим розподілу (manual, round_robin, weighted, pool).</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print %1</source>
        <translation>Друк: %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Зберегти в PDF: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документи PDF (*.pdf);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Saving the PDF failed</source>
        <translation>Не вдалося зберегти PDF</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 з %3)</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>W%1</source>
        <extracomment>Short for a calendar week on a chart axis, e.g. &quot;W47&quot;</extracomment>
        <translation>Т%1</translation>
    </message>
    <message>
        <source>week %1 (%2 – %3)</source>
        <translation>тиждень %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year on a chart axis, e.g. &quot;Q1 26&quot;</extracomment>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Walk-ins by day</source>
        <translation>Візити за днями</translation>
    </message>
    <message>
        <source>Walk-ins by week</source>
        <translation>Візити за тижнями</translation>
    </message>
    <message>
        <source>Walk-ins by month</source>
        <translation>Візити за місяцями</translation>
    </message>
    <message>
        <source>Walk-ins by quarter</source>
        <translation>Візити за кварталами</translation>
    </message>
    <message>
        <source>%1: %2 first visits, %3 repeat visits. Click to list the leads.</source>
        <translation>%1: перших візитів — %2, повторних — %3. Клацніть, щоб побачити ліди.</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Перші візити</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторні візити</translation>
    </message>
    <message>
        <source>Walk-ins on %1</source>
        <translation>Візити %1</translation>
    </message>
    <message>
        <source>Walk-ins in %1</source>
        <translation>Візити за %1</translation>
    </message>
    <message>
        <source>%1 — none in this period</source>
        <translation>%1 — немає за цей період</translation>
    </message>
    <message>
        <source>Walk-ins by hour of arrival</source>
        <translation>Візити за годиною приходу</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>%1 – %2: %3 walk-ins. Click to list the leads.</source>
        <translation>%1 – %2: візитів — %3. Клацніть, щоб побачити ліди.</translation>
    </message>
    <message>
        <source>Walk-ins from %1 to %2</source>
        <translation>Візити з %1 до %2</translation>
    </message>
    <message>
        <source>Sales funnel: leads that reached each stage</source>
        <translation>Воронка продажів: ліди, що дійшли до кожного етапу</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дійшли</translation>
    </message>
    <message>
        <source>%1: %2 leads reached this stage, %3 entered it. Click to list the leads.</source>
        <translation>%1: до цього етапу дійшли лідів — %2, увійшли в нього — %3. Клацніть, щоб побачити ліди.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A funnel stage on the chart axis with its conversion to the next stage</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>Ліди, що увійшли в етап %1</translation>
    </message>
    <message>
        <source>Leads and sales by source</source>
        <translation>Ліди та продажі за джерелами</translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 sales. Click to list the leads.</source>
        <translation>%1: лідів — %2, продажів — %3. Клацніть, щоб побачити ліди.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Ліди з джерела %1</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>Втрачені ліди за причинами</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>Втрачені ліди</translation>
    </message>
    <message>
        <source>%1: %2 leads lost. Click to list them.</source>
        <translation>%1: втрачено лідів — %2. Клацніть, щоб побачити їх.</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>Втрачені ліди: %1</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>Втрачені ліди за тижнями</translation>
    </message>
    <message>
        <source>Week %1 (from %2): %3 lost</source>
        <translation>Тиждень %1 (з %2): втрачено — %3</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>There is no source “%1”; the source keys are: %2.</source>
        <translation>Джерела «%1» немає; ключі джерел: %2.</translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation>%1 %2 збережено до %3</translation>
    </message>
    <message>
        <source>report needs weekly and one of --pdf FILE or --json</source>
        <translation>для report потрібні weekly та один із параметрів --pdf ФАЙЛ або --json</translation>
    </message>
    <message>
        <source>report weekly takes --week or --from and --to, not both</source>
        <translation>report weekly приймає --week або --from і --to, але не все разом</translation>
    </message>
    <message>
        <source>report weekly needs both --from and --to</source>
        <translation>для report weekly потрібні обидва параметри --from і --to</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build); use --json instead.</source>
        <translation>Ця збірка showroom-cli не вміє друкувати (лише ядро); використайте --json.</translation>
    </message>
</context>
<context>
    <name>ReportExportService</name>
    <message>
        <source>Choose a file name for the export.</source>
        <translation>Виберіть назву файлу для вивантаження.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>Не вдалося зберегти %1: теки %2 не існує.</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder or a device, not a file.</source>
        <translation>Не вдалося зберегти %1: це тека або пристрій, а не файл.</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Немає таблиці для вивантаження.</translation>
    </message>
    <message numerus="yes">
        <source>A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time.</source>
        <translation>
            <numerusform>Файл CSV вміщує одну таблицю, а в цьому вивантаженні %n таблиця. Вивантажте їх у книгу Excel (по аркушу на таблицю) або по одній таблиці.</numerusform>
            <numerusform>Файл CSV вміщує одну таблицю, а в цьому вивантаженні %n таблиці. Вивантажте їх у книгу Excel (по аркушу на таблицю) або по одній таблиці.</numerusform>
            <numerusform>Файл CSV вміщує одну таблицю, а в цьому вивантаженні %n таблиць. Вивантажте їх у книгу Excel (по аркушу на таблицю) або по одній таблиці.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not recorded in the audit log, so %1 was removed: %2</source>
        <translation>Вивантаження не записано до журналу аудиту, тому %1 видалено: %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;25.0%&quot;; %1 is the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points, the difference of two rates</extracomment>
        <translation>%1 в. п.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>“%1” is not an ISO week; write it like 2026-W47.</source>
        <translation>«%1» — не тиждень ISO; вкажіть його у вигляді 2026-W47.</translation>
    </message>
    <message>
        <source>%1 has weeks 1 to %2, not week %3.</source>
        <translation>У %1 році тижні з 1 по %2, тижня %3 немає.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-11-16.</source>
        <translation>«%1» — не дата; вкажіть її у вигляді 2026-11-16.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>A report covers at most three years.</source>
        <translation>Звіт охоплює не більше трьох років.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 may see only his or her own figures.</source>
        <translation>%1 може бачити лише власні показники.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Traffic</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <source>Showroom traffic</source>
        <translation>Трафік автосалону</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Перші візити</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторні візити</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>Контакт отримано</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>Тест-драйви</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Увійшли</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дійшли</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>Конверсія в наступний</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Вийшли</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Медіана днів на етапі</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Відповіли вчасно</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсія</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Cost per sale</source>
        <translation>Витрати на продаж</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина відмови</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причини відмов</translation>
    </message>
    <message>
        <source>Lost leads by reason and stage</source>
        <translation>Втрачені ліди за причинами та етапами</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Консультанти</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Leads assigned</source>
        <translation>Призначено лідів</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>Медіана першої відповіді (хв)</translation>
    </message>
    <message>
        <source>Response breaches</source>
        <translation>Порушення строку відповіді</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Ескалації</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Повторних контактів заплановано</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Повторних контактів виконано</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Повторних контактів прострочено</translation>
    </message>
    <message>
        <source>Accessory attach rate</source>
        <translation>Частка продажів аксесуарів</translation>
    </message>
    <message>
        <source>Manager comments</source>
        <translation>Коментарі керівника</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Видача авто</translation>
    </message>
    <message>
        <source>Deliveries and loans</source>
        <translation>Видача авто та кредити</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Із запізненням</translation>
    </message>
    <message>
        <source>Without a promised date</source>
        <translation>Без обіцяної дати</translation>
    </message>
    <message>
        <source>Loan applications sent</source>
        <translation>Надіслано заявок на кредит</translation>
    </message>
    <message>
        <source>Loans approved</source>
        <translation>Схвалено кредитів</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message numerus="yes">
        <source>Did not come within %n days of the invitation</source>
        <translation>
            <numerusform>Клієнт не прийшов протягом %n дня після запрошення</numerusform>
            <numerusform>Клієнт не прийшов протягом %n днів після запрошення</numerusform>
            <numerusform>Клієнт не прийшов протягом %n днів після запрошення</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned by the assignment rule.</source>
        <translation>Призначено правилом розподілу.</translation>
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
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лід №%1 (%2)</translation>
    </message>
    <message>
        <source>Bought a used car from a private seller.</source>
        <translation>Купив вживаний автомобіль у приватного продавця.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>Налаштування «%1» немає.</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use two letters such as DE, AT, CH, RU, UA or CN.</source>
        <translation>«%1» — не код країни для телефонних номерів; використовуйте дві латинські літери, наприклад DE, AT, CH, RU, UA або CN.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 09:00.</source>
        <translation>«%1» — не час доби; вкажіть його у вигляді 09:00.</translation>
    </message>
    <message>
        <source>Business days are numbers from 1 (Monday) to 7 (Sunday), separated by commas.</source>
        <translation>Робочі дні — числа від 1 (понеділок) до 7 (неділя) через кому.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a name such as Europe/Berlin.</source>
        <translation>«%1» — не часовий пояс; використовуйте назву, наприклад Europe/Kyiv.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number above zero.</source>
        <translation>Для «%1» потрібне ціле число, більше за нуль.</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>«%1» — не режим розподілу (manual, round_robin, weighted, pool).</translation>
    </message>
    <message>
        <source>“%1” is not a card field; known are %2.</source>
        <translation>«%1» — не поле картки; допустимі поля: %2.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Логотип має бути зображенням PNG або JPEG.</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; use a smaller image.</source>
        <translation>Логотип більший за 512 КБ; використайте менше зображення.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number from %2 to %3.</source>
        <translation>Для «%1» потрібне ціле число від %2 до %3.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 18:30.</source>
        <translation>«%1» — не час доби; вкажіть його у вигляді 18:30.</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>Джерела лідів «%1» немає.</translation>
    </message>
    <message>
        <source>“%1” is not “provider name=source key”.</source>
        <translation>«%1» не у форматі «назва постачальника=ключ джерела».</translation>
    </message>
    <message>
        <source>There is no campaign “%1”.</source>
        <translation>Кампанії «%1» немає.</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than the channel&apos;s.</source>
        <translation>Кампанія %1 належить до іншого джерела лідів, ніж канал.</translation>
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
    <name>StockCommands</name>
    <message>
        <source>  [test drive]</source>
        <translation>  [для тест-драйву]</translation>
    </message>
    <message>
        <source>vehicle add needs --vin VIN --make MAKE --model MODEL</source>
        <translation>для vehicle add потрібні --vin VIN --make MAKE --model MODEL</translation>
    </message>
    <message>
        <source>--year needs a year like 2026, not “%1”</source>
        <translation>для --year потрібен рік, наприклад 2026, а не «%1»</translation>
    </message>
    <message>
        <source>--condition is one of new, used, demo, not “%1”</source>
        <translation>--condition — одне з: new, used, demo, а не «%1»</translation>
    </message>
    <message>
        <source>--in-transit needs the expected date like 2026-12-15, not “%1”</source>
        <translation>для --in-transit потрібна очікувана дата, наприклад 2026-12-15, а не «%1»</translation>
    </message>
    <message>
        <source>vehicle import needs FILE.csv</source>
        <translation>для vehicle import потрібен FILE.csv</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 rejected: %3</source>
        <translation>рядок %1: %2 — відхилено: %3</translation>
    </message>
    <message>
        <source>%1%2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1додано: %2, оновлено: %3, без змін: %4, відхилено: %5</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Пробний запуск, нічого не записано: </translation>
    </message>
    <message>
        <source>testdrive book needs LEAD_ID --vin VIN --at DATE_TIME</source>
        <translation>для testdrive book потрібні LEAD_ID --vin VIN --at DATE_TIME</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time like 2026-11-24T14:00, not “%1”</source>
        <translation>для --at потрібні дата й час у форматі ISO 8601, наприклад 2026-11-24T14:00, а не «%1»</translation>
    </message>
    <message>
        <source>--minutes needs a positive number, not “%1”</source>
        <translation>для --minutes потрібне додатне число, а не «%1»</translation>
    </message>
    <message>
        <source>testdrive cancel needs BOOKING_ID</source>
        <translation>для testdrive cancel потрібен BOOKING_ID</translation>
    </message>
    <message>
        <source>Test drive %1 cancelled</source>
        <translation>Тест-драйв %1 скасовано</translation>
    </message>
    <message>
        <source>vehicle needs add, list or import</source>
        <translation>для vehicle потрібна команда add, list або import</translation>
    </message>
    <message>
        <source>testdrive needs book or cancel</source>
        <translation>для testdrive потрібна команда book або cancel</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>“%1” is not a price.</source>
        <translation>«%1» — не ціна.</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation>Ціна не може бути від&apos;ємною (%1).</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2026-12-01 or 01.12.2026).</source>
        <translation>«%1» — не дата (пишіть 2026-12-01 або 01.12.2026).</translation>
    </message>
    <message>
        <source>The condition “%1” is unknown (new, used or demo).</source>
        <translation>Стан «%1» невідомий (new, used або demo).</translation>
    </message>
    <message>
        <source>The status “%1” is set by a deal, not by a stock list.</source>
        <translation>Статус «%1» задається угодою, а не складським списком.</translation>
    </message>
    <message>
        <source>The status “%1” is unknown (in stock or in transit).</source>
        <translation>Статус «%1» невідомий (in stock або in transit).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» — ні yes, ні no.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Year: “%1” is not a model year.</source>
        <translation>Рік: «%1» — не модельний рік.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Очікується</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>The vehicle %1 (%2)</source>
        <translation>Автомобіль %1 (%2)</translation>
    </message>
    <message>
        <source>Enter the make of the car (for example VW).</source>
        <translation>Вкажіть марку автомобіля (наприклад, VW).</translation>
    </message>
    <message>
        <source>Enter the model of the car (for example Golf).</source>
        <translation>Вкажіть модель автомобіля (наприклад, Golf).</translation>
    </message>
    <message>
        <source>%1 is not a plausible model year.</source>
        <translation>%1 — неправдоподібний модельний рік.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ціна не може бути від&apos;ємною.</translation>
    </message>
    <message>
        <source>A car in transit needs the date it is expected to arrive.</source>
        <translation>Для автомобіля в дорозі потрібна очікувана дата прибуття.</translation>
    </message>
    <message>
        <source>%1 belongs to a deal (reserved, sold or delivered); its status follows the deal.</source>
        <translation>%1 належить до угоди (зарезервовано, продано або видано); його статус визначає угода.</translation>
    </message>
    <message>
        <source>A car is reserved, sold and delivered through its deal, not in the stock list.</source>
        <translation>Автомобіль резервується, продається й видається через угоду, а не в складському списку.</translation>
    </message>
    <message>
        <source>A new car is in stock or in transit; deals reserve and sell it.</source>
        <translation>Новий автомобіль на складі може бути лише в наявності або в дорозі; резервують і продають його угоди.</translation>
    </message>
    <message>
        <source>The VIN %1 is already in the stock list: %2.</source>
        <translation>VIN %1 уже є в складському списку: %2.</translation>
    </message>
    <message>
        <source>The file has no VIN column: its header line needs a column “VIN” (or “FIN”). Found: %1.</source>
        <translation>У файлі немає стовпця VIN: у рядку заголовків потрібен стовпець «VIN» (або «FIN»). Знайдено: %1.</translation>
    </message>
    <message>
        <source>The VIN %1 already appeared on line %2.</source>
        <translation>VIN %1 уже траплявся в рядку %2.</translation>
    </message>
</context>
<context>
    <name>StockText</name>
    <message>
        <source>In stock</source>
        <translation>В наявності</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В дорозі</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Зарезервовано</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>In transit, expected %1</source>
        <translation>В дорозі, очікується %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>З пробігом</translation>
    </message>
    <message>
        <source>Demo car</source>
        <translation>Демонстраційний</translation>
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
    <message>
        <source>Contact person “%1”</source>
        <translation>Контактна особа «%1»</translation>
    </message>
    <message>
        <source>There is no contact person #%1.</source>
        <translation>Контактної особи №%1 немає.</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. It was not removed; reload to see the current state.</source>
        <translation>%1: запис змінено на іншому робочому місці після того, як ви його відкрили. Його не видалено; оновіть дані, щоб побачити поточний стан.</translation>
    </message>
    <message>
        <source>There is no visit #%1.</source>
        <translation>Візиту №%1 немає.</translation>
    </message>
    <message>
        <source>Visit #%1</source>
        <translation>Візит №%1</translation>
    </message>
    <message>
        <source>There is no lost reason “%1”.</source>
        <translation>Причини відмови «%1» немає.</translation>
    </message>
    <message>
        <source>There is no task #%1.</source>
        <translation>Завдання №%1 немає.</translation>
    </message>
    <message>
        <source>There is no checklist item #%1.</source>
        <translation>Пункту чек-листа №%1 немає.</translation>
    </message>
    <message>
        <source>There is no document #%1.</source>
        <translation>Документа №%1 немає.</translation>
    </message>
    <message>
        <source>There is no checklist template item #%1.</source>
        <translation>Пункту шаблону чек-листа №%1 немає.</translation>
    </message>
    <message>
        <source>There is no deal #%1.</source>
        <translation>Угоди №%1 немає.</translation>
    </message>
    <message>
        <source>There is no test-drive booking #%1.</source>
        <translation>Запису на тест-драйв №%1 немає.</translation>
    </message>
    <message>
        <source>There is no vehicle #%1.</source>
        <translation>Автомобіля №%1 немає.</translation>
    </message>
    <message>
        <source>No vehicle with the VIN %1 is in the stock list.</source>
        <translation>У складському списку немає автомобіля з VIN %1.</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>activity add needs LEAD_ID --kind KIND --outcome TEXT</source>
        <translation>для activity add потрібні LEAD_ID --kind KIND --outcome TEXT</translation>
    </message>
    <message>
        <source>--kind is one of call, email, sms, visit, note, test_drive, not “%1”</source>
        <translation>--kind — одне з: call, email, sms, visit, note, test_drive, а не «%1»</translation>
    </message>
    <message>
        <source>--direction is in or out, not “%1”</source>
        <translation>--direction — in або out, а не «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Activity %1 logged; the first response on lead %2 took %n business minute(s)</source>
        <translation>
            <numerusform>Дію %1 записано; перша реакція на лід %2 зайняла %n робочу хвилину</numerusform>
            <numerusform>Дію %1 записано; перша реакція на лід %2 зайняла %n робочі хвилини</numerusform>
            <numerusform>Дію %1 записано; перша реакція на лід %2 зайняла %n робочих хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 logged on lead %2</source>
        <translation>Дію %1 записано для ліда %2</translation>
    </message>
    <message>
        <source>task add needs LEAD_ID --due DATE_TIME --title TEXT</source>
        <translation>для task add потрібні LEAD_ID --due DATE_TIME --title TEXT</translation>
    </message>
    <message>
        <source>--due needs an ISO 8601 date and time like 2026-11-24T10:00, not “%1”</source>
        <translation>для --due потрібні дата й час у форматі ISO 8601, наприклад 2026-11-24T10:00, а не «%1»</translation>
    </message>
    <message>
        <source>--kind is one of follow_up, call_back, appointment, test_drive, other, not “%1”</source>
        <translation>--kind — одне з: follow_up, call_back, appointment, test_drive, other, а не «%1»</translation>
    </message>
    <message>
        <source>task done needs TASK_ID --result TEXT: what came of it</source>
        <translation>для task done потрібні TASK_ID --result TEXT: чим усе закінчилося</translation>
    </message>
    <message>
        <source>Task %1 is done</source>
        <translation>Завдання %1 виконано</translation>
    </message>
    <message>
        <source>  #%1 %2  %3 — %4</source>
        <translation>  №%1 %2  %3 — %4</translation>
    </message>
    <message>
        <source>activity needs add</source>
        <translation>для activity потрібна команда add</translation>
    </message>
    <message>
        <source>task needs add or done</source>
        <translation>для task потрібна команда add або done</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Прострочено: %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>На сьогодні: %1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Зустрічі: %1</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The task “%1”</source>
        <translation>Завдання «%1»</translation>
    </message>
    <message>
        <source>Follow-up call, day %1 after the first visit</source>
        <translation>Повторний дзвінок: %1-й день після першого візиту</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Вкажіть, чого стосується повторний контакт.</translation>
    </message>
    <message>
        <source>A follow-up needs a date and time.</source>
        <translation>Для повторного контакту потрібні дата й час.</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another consultant.</source>
        <translation>Лід №%1 належить іншому консультанту.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 належить іншому консультанту.</translation>
    </message>
    <message>
        <source>Write down the result: what came of the follow-up?</source>
        <translation>Запишіть результат: чим закінчився повторний контакт?</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>%1 уже виконано.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Коментар порожній.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Follow-up</source>
        <translation>Повторний контакт</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>Showroom invitation</source>
        <translation>Запрошення до салону</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Повторний дзвінок</translation>
    </message>
    <message>
        <source>Call back as promised</source>
        <translation>Передзвонити, як обіцяли</translation>
    </message>
    <message>
        <source>Showroom visit</source>
        <translation>Візит до салону</translation>
    </message>
    <message>
        <source>Showroom visit: %1</source>
        <translation>Візит до салону: %1</translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation>Тест-драйв: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Rule · day %1</source>
        <translation>Правило · день %1</translation>
    </message>
    <message>
        <source>Planned by a person</source>
        <translation>Заплановано працівником</translation>
    </message>
    <message>
        <source>Planned by a rule (%1)</source>
        <translation>Заплановано правилом (%1)</translation>
    </message>
    <message>
        <source>Planned by the follow-up rule: day %1 after the first visit</source>
        <translation>Заплановано правилом повторних контактів: %1-й день після першого візиту</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · термін %2</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · термін %3</translation>
    </message>
</context>
<context>
    <name>TestDriveService</name>
    <message>
        <source>The %1 (%2)</source>
        <translation>Автомобіль %1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2 on %3</source>
        <translation>%3 з %1 до %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>з %1 до %2</translation>
    </message>
    <message>
        <source>A test drive needs a date, a start and an end.</source>
        <translation>Для тест-драйву потрібні дата, час початку й час завершення.</translation>
    </message>
    <message>
        <source>A test drive must end after it starts.</source>
        <translation>Тест-драйв має закінчуватися пізніше, ніж починається.</translation>
    </message>
    <message>
        <source>A test drive lasts at most 4 hours; this one would take %1 h %2 min.</source>
        <translation>Тест-драйв триває не більше 4 годин; цей тривав би %1 год %2 хв.</translation>
    </message>
    <message>
        <source>%1 is not a test-drive car.</source>
        <translation>%1 не призначений для тест-драйвів.</translation>
    </message>
    <message>
        <source>%1 is sold and no longer available for test drives.</source>
        <translation>%1 продано, тож він більше недоступний для тест-драйвів.</translation>
    </message>
    <message>
        <source>%1 is already booked for a test drive %2.</source>
        <translation>%1 уже заброньовано для тест-драйву (%2).</translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation>Тест-драйв: %1</translation>
    </message>
    <message>
        <source>The test drive #%1 is already cancelled.</source>
        <translation>Тест-драйв №%1 уже скасовано.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
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
    <message>
        <source>A share is a whole number from 0 to 1000.</source>
        <translation>Частка — ціле число від 0 до 1000.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The card has no phone number or email.</source>
        <translation>У картці немає ні телефону, ні ел. пошти.</translation>
    </message>
    <message>
        <source>The file ends inside a card.</source>
        <translation>Файл обривається посеред картки.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>У файлі немає жодної vCard (BEGIN:VCARD).</translation>
    </message>
</context>
<context>
    <name>Vin</name>
    <message>
        <source>A VIN never contains the letter I (position %1): it would be read as 1. Type the digit 1 instead.</source>
        <translation>VIN ніколи не містить літеру I (позиція %1): її можна сплутати з 1. Введіть замість неї цифру 1.</translation>
    </message>
    <message>
        <source>A VIN never contains the letter O (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>VIN ніколи не містить літеру O (позиція %1): її можна сплутати з 0. Введіть замість неї цифру 0.</translation>
    </message>
    <message>
        <source>A VIN never contains the letter Q (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>VIN ніколи не містить літеру Q (позиція %1): її можна сплутати з 0. Введіть замість неї цифру 0.</translation>
    </message>
    <message>
        <source>Enter the VIN (17 characters).</source>
        <translation>Введіть VIN (17 символів).</translation>
    </message>
    <message numerus="yes">
        <source>A VIN has 17 characters; this one has %n.</source>
        <translation>
            <numerusform>VIN складається з 17 символів, а цей — з %n символу.</numerusform>
            <numerusform>VIN складається з 17 символів, а цей — з %n символів.</numerusform>
            <numerusform>VIN складається з 17 символів, а цей — з %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>A VIN holds only the letters A–Z and the digits 0–9; “%1” at position %2 is not allowed.</source>
        <translation>VIN складається лише з літер A–Z і цифр 0–9; символ «%1» у позиції %2 неприпустимий.</translation>
    </message>
    <message>
        <source>The check digit (position 9) should be %1 but is %2: a character of this VIN is probably mistyped.</source>
        <translation>Контрольна цифра (позиція 9) має бути %1, а вказано %2: імовірно, у цьому VIN є помилка.</translation>
    </message>
    <message>
        <source>This VIN carries no check digit (usual outside North America and China); length and characters were checked.</source>
        <translation>У цьому VIN немає контрольної цифри (звична річ за межами Північної Америки та Китаю); перевірено довжину й символи.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Customer #%1 was merged into #%2; link the visit to that one.</source>
        <translation>Клієнта №%1 об&apos;єднано з №%2; прив&apos;яжіть візит до клієнта №%2.</translation>
    </message>
    <message>
        <source>The party size must be between 1 and 99.</source>
        <translation>Кількість осіб має бути від 1 до 99.</translation>
    </message>
    <message>
        <source>The arrival time cannot be in the future.</source>
        <translation>Час приходу не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>%1 cannot take visitors.</source>
        <translation>%1 не може приймати відвідувачів.</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name, phone number or email address.</source>
        <translation>Введіть ім&apos;я, номер телефону або адресу ел. пошти відвідувача.</translation>
    </message>
    <message>
        <source>Visit #%1 already belongs to another customer.</source>
        <translation>Візит №%1 уже прив&apos;язано до іншого клієнта.</translation>
    </message>
    <message>
        <source>The departure time cannot be in the future.</source>
        <translation>Час виходу не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>This visitor already left at %1.</source>
        <translation>Цей відвідувач уже пішов о %1.</translation>
    </message>
    <message>
        <source>The departure time is before the arrival time.</source>
        <translation>Час виходу раніший за час приходу.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPrinter</name>
    <message>
        <source>W%1</source>
        <translation>Т%1</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Візити за днями</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Візити за тижнями</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>Візити за місяцями</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 в. п.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Перші візити</translation>
    </message>
    <message>
        <source>Info-retention</source>
        <translation>Збережені контакти</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Попередній період: %1</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>Минулий рік: %1</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторні візити</translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation>За цей період візитів немає.</translation>
    </message>
    <message>
        <source>Visits by hour of the day</source>
        <translation>Візити за годинами дня</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Щотижневий звіт</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all</source>
        <comment>consultants</comment>
        <translation>усі</translation>
    </message>
    <message>
        <source>all</source>
        <comment>sources</comment>
        <translation>усі</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Консультант: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Сформовано %1</translation>
    </message>
    <message>
        <source>Weekly-report</source>
        <comment>file name</comment>
        <translation>Щотижневий-звіт</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>file name</comment>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Сторінка %1 / %2</translation>
    </message>
    <message>
        <source>New leads: %1</source>
        <translation>Нові ліди: %1</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Виграно: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Втрачено: %1</translation>
    </message>
    <message>
        <source>Close rate: %1</source>
        <translation>Конверсія в продаж: %1</translation>
    </message>
    <message>
        <source>First-visit closes: %1</source>
        <translation>Продажі з першого візиту: %1</translation>
    </message>
    <message>
        <source>Follow-up closes: %1</source>
        <translation>Продажі після повторного контакту: %1</translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation>Конверсія в наступний етап</translation>
    </message>
    <message>
        <source>No lead moved through the funnel in this period.</source>
        <translation>За цей період жоден лід не просунувся воронкою.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Leads that reached each stage</source>
        <translation>Ліди, що дійшли до кожного етапу</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>No leads or sales in this period.</source>
        <translation>За цей період немає ні лідів, ні продажів.</translation>
    </message>
    <message>
        <source>Sources and campaigns</source>
        <translation>Джерела та кампанії</translation>
    </message>
    <message>
        <source>Leads and sales per source</source>
        <translation>Ліди та продажі за джерелами</translation>
    </message>
    <message>
        <source>No campaign had leads, sales or costs in this period.</source>
        <translation>Жодна кампанія за цей період не мала лідів, продажів чи витрат.</translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation>Очікують підтвердження: %1</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>Втрачені ліди</translation>
    </message>
    <message>
        <source>No lead was lost in this period.</source>
        <translation>За цей період жодного ліда не втрачено.</translation>
    </message>
    <message>
        <source>No lead was lost in these weeks.</source>
        <translation>За ці тижні жодного ліда не втрачено.</translation>
    </message>
    <message>
        <source>Lost analysis</source>
        <translation>Аналіз відмов</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>Втрачені ліди за причинами</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>Втрачені ліди за тижнями</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Консультанти</translation>
    </message>
    <message>
        <source>No consultant had figures in this period.</source>
        <translation>Жоден консультант не має показників за цей період.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Видача авто</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation>Аркуш %1</translation>
    </message>
    <message>
        <source>The column title “%1” is too long for Excel.</source>
        <translation>Заголовок стовпця «%1» задовгий для Excel.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” holds a text longer than the %L3 characters an Excel cell can hold.</source>
        <translation>Рядок %1 аркуша «%2» містить текст, довший за %L3 символів, які вміщує клітинка Excel.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” could not be written: %3.</source>
        <translation>Не вдалося записати рядок %1 аркуша «%2»: %3.</translation>
    </message>
    <message>
        <source>“%1” has %L2 rows and %L3 columns: an Excel sheet holds at most %L4 rows below its header and %L5 columns.</source>
        <translation>У «%1» %L2 рядків і %L3 стовпців, а аркуш Excel вміщує не більше %L4 рядків під заголовком і %L5 стовпців.</translation>
    </message>
    <message>
        <source>Excel does not accept “%1” as a sheet name.</source>
        <translation>Excel не приймає «%1» як назву аркуша.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не вдалося записати %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: out of memory.</source>
        <translation>Не вдалося записати %1: недостатньо пам&apos;яті.</translation>
    </message>
</context>
<context>
    <name>showroom::AccessoryChoiceModel</name>
    <message>
        <source>Accessory</source>
        <translation>Аксесуар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Why customers take it</source>
        <translation>Чому його беруть</translation>
    </message>
</context>
<context>
    <name>showroom::ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Запис дзвінка</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записати дзвінок</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>Про що говорили, про що домовилися</translation>
    </message>
    <message>
        <source>What colleagues should know</source>
        <translation>Що варто знати колегам</translation>
    </message>
    <message>
        <source>Outgoing: we called</source>
        <translation>Вихідний: телефонували ми</translation>
    </message>
    <message>
        <source>Incoming: the customer called</source>
        <translation>Вхідний: телефонував клієнт</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>Без ліда</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>№%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>автомобіль не вибрано</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
</context>
<context>
    <name>showroom::AddContactDialog</name>
    <message>
        <source>Add the visitor&apos;s contact data</source>
        <translation>Додати контактні дані відвідувача</translation>
    </message>
    <message>
        <source>Visit at %1. Whatever the visitor gives counts: a phone number or an email address captures the contact and opens a lead for the consultant.</source>
        <translation>Візит о %1. Важливо все, що залишив відвідувач: номер телефону або адреса ел. пошти зберігає контакт і створює лід для консультанта.</translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>Перевірте контактні дані відвідувача</translation>
    </message>
    <message>
        <source>The contact data was not saved</source>
        <translation>Контактні дані не збережено</translation>
    </message>
</context>
<context>
    <name>showroom::AssignmentForm</name>
    <message>
        <source>New leads</source>
        <translation>Нові ліди</translation>
    </message>
    <message>
        <source>&amp;Assign new leads:</source>
        <translation>&amp;Розподіляти нові ліди:</translation>
    </message>
    <message>
        <source>&amp;Unassigned leads are watched by:</source>
        <translation>За не&amp;призначеними лідами стежить:</translation>
    </message>
    <message>
        <source>They are reminded when a lead in the queue is not taken within its response time. Lead sources can have their own rule.</source>
        <translation>Їм надходить нагадування, якщо лід із черги не взято в роботу за час реакції. Джерела лідів можуть мати власне правило.</translation>
    </message>
    <message>
        <source>Shares under weighted assignment</source>
        <translation>Частки при зваженому розподілі</translation>
    </message>
    <message>
        <source>Each consultant receives new leads in proportion to their share, e.g. 40 and 60. Consultants who are off duty or busy are skipped; 0 takes no leads.</source>
        <translation>Кожен консультант отримує нові ліди пропорційно своїй частці, наприклад 40 і 60. Консультантів, які не на зміні або зайняті, пропускають; при частці 0 ліди не призначаються.</translation>
    </message>
    <message>
        <source>Total of the shares: %1</source>
        <translation>Сума часток: %1</translation>
    </message>
    <message>
        <source>A manager gives every new lead to a consultant.</source>
        <translation>Керівник сам призначає кожен новий лід консультанту.</translation>
    </message>
    <message>
        <source>New leads go in turn to the consultants who are on duty and not busy.</source>
        <translation>Нові ліди по черзі отримують консультанти, які на зміні й не зайняті.</translation>
    </message>
    <message>
        <source>New leads go to the consultants on duty in proportion to their shares below.</source>
        <translation>Нові ліди отримують консультанти на зміні пропорційно їхнім часткам нижче.</translation>
    </message>
    <message>
        <source>New leads wait in a shared pool; the consultants take them themselves.</source>
        <translation>Нові ліди чекають у спільному пулі; консультанти самі беруть їх у роботу.</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Усі керівники</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>showroom::AvailabilitySwitch</name>
    <message>
        <source>My availability:</source>
        <translation>Мій статус:</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Вільний</translation>
    </message>
    <message>
        <source>You are at your desk and take new leads and walk-ins</source>
        <translation>Ви на робочому місці й приймаєте нові ліди та відвідувачів</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Зайнятий</translation>
    </message>
    <message>
        <source>With a customer: no new leads are given to you until you are available again</source>
        <translation>З клієнтом: нові ліди вам не призначаються, доки ви знову не звільнитеся</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Не на зміні</translation>
    </message>
    <message>
        <source>Not at work: you get no leads and the reception does not offer you</source>
        <translation>Не на роботі: ви не отримуєте лідів, і рецепція вас не пропонує</translation>
    </message>
    <message>
        <source>Your availability was not changed</source>
        <translation>Ваш статус не змінено</translation>
    </message>
    <message>
        <source>taking new leads</source>
        <translation>ви отримуєте нові ліди</translation>
    </message>
    <message>
        <source>no new leads while busy</source>
        <translation>поки ви зайняті, нових лідів немає</translation>
    </message>
    <message>
        <source>no leads, not offered at the reception</source>
        <translation>лідів немає, рецепція вас не пропонує</translation>
    </message>
</context>
<context>
    <name>showroom::BoardActions</name>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лід №%1 (%2)</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Лід №%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Перевести %1 на етап %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>Перевести %n лід на етап %1</numerusform>
            <numerusform>Перевести %n ліди на етап %1</numerusform>
            <numerusform>Перевести %n лідів на етап %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Перевести лід</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Призначити %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>Призначити %n лід</numerusform>
            <numerusform>Призначити %n ліди</numerusform>
            <numerusform>Призначити %n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>Призначити лід</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Позначити як втрачений</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation>Позначити втрату: %1</translation>
    </message>
    <message>
        <source>Approve lost</source>
        <translation>Підтвердити втрату</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Не втрачено</translation>
    </message>
    <message>
        <source>Why is %1 not lost? The consultant reads this.</source>
        <translation>Чому %1 не втрачено? Консультант побачить цю відповідь.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Створити угоду</translation>
    </message>
    <message>
        <source>A deal belongs to one lead. Drop the leads on Won one at a time.</source>
        <translation>Угода належить одному ліду. Перетягуйте ліди на «Виграно» по одному.</translation>
    </message>
</context>
<context>
    <name>showroom::BoardColumnView</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when won · %n in 7 days</source>
        <translation>
            <numerusform>Перетягніть сюди, коли виграно · %n за 7 днів</numerusform>
            <numerusform>Перетягніть сюди, коли виграно · %n за 7 днів</numerusform>
            <numerusform>Перетягніть сюди, коли виграно · %n за 7 днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when lost · %n</source>
        <translation>
            <numerusform>Перетягніть сюди, коли втрачено · %n</numerusform>
            <numerusform>Перетягніть сюди, коли втрачено · %n</numerusform>
            <numerusform>Перетягніть сюди, коли втрачено · %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::BoardFilterBar</name>
    <message>
        <source>My leads only</source>
        <translation>Лише мої ліди</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Будь-яка цінність</translation>
    </message>
    <message>
        <source>Any time in stage</source>
        <translation>Будь-який час на етапі</translation>
    </message>
    <message numerus="yes">
        <source>%n+ days in stage</source>
        <translation>
            <numerusform>%n+ день на етапі</numerusform>
            <numerusform>%n+ дні на етапі</numerusform>
            <numerusform>%n+ днів на етапі</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Лише прострочені</translation>
    </message>
    <message>
        <source>Filter: name, car, consultant</source>
        <translation>Фільтр: ім&apos;я, автомобіль, консультант</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Усі консультанти</translation>
    </message>
    <message>
        <source>Unassigned pool</source>
        <translation>Не призначені (спільний пул)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
</context>
<context>
    <name>showroom::BoardModel</name>
    <message>
        <source>Lead #%1: %2, %3</source>
        <translation>Лід №%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>showroom::BoardPage</name>
    <message>
        <source>Open customer card</source>
        <translation>Відкрити картку клієнта</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Записати дзвінок…</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Запланувати повторний контакт…</translation>
    </message>
    <message>
        <source>Schedule test drive…</source>
        <translation>Запланувати тест-драйв…</translation>
    </message>
    <message>
        <source>Invite to the showroom…</source>
        <translation>Запросити до салону…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Перевести на етап</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Перемістити ліворуч</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Перемістити праворуч</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Взяти</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Призначити консультанту</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Позначити як втрачений…</translation>
    </message>
    <message>
        <source>Approve: lost</source>
        <translation>Підтвердити: втрачено</translation>
    </message>
    <message>
        <source>Not lost: return with a comment…</source>
        <translation>Не втрачено: повернути з коментарем…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Скасувати «%1»</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ Ліворуч</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>Праворуч ▶</translation>
    </message>
    <message>
        <source>Take the selected leads from the unassigned pool</source>
        <translation>Взяти вибрані ліди з пулу нерозподілених</translation>
    </message>
    <message>
        <source>Assign: drop cards on a consultant</source>
        <translation>Призначення: перетягніть картки на консультанта</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lead(s) match the filter</source>
        <translation>
            <numerusform>Фільтру відповідають %1 з %n ліда</numerusform>
            <numerusform>Фільтру відповідають %1 з %n лідів</numerusform>
            <numerusform>Фільтру відповідають %1 з %n лідів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::CampaignBox</name>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
</context>
<context>
    <name>showroom::CardActions</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>Додати &amp;нотатку…</translation>
    </message>
    <message>
        <source>Write a note on this customer&apos;s timeline</source>
        <translation>Додати нотатку до історії цього клієнта</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>Записати дз&amp;вінок…</translation>
    </message>
    <message>
        <source>Record a call with this customer</source>
        <translation>Записати дзвінок із цим клієнтом</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>Новий &amp;лід…</translation>
    </message>
    <message>
        <source>Start a new sales opportunity for this customer</source>
        <translation>Створити нову потенційну угоду для цього клієнта</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Додати &amp;повторний контакт…</translation>
    </message>
    <message>
        <source>Plan a call or visit for the selected (or newest) open lead</source>
        <translation>Запланувати дзвінок або візит за вибраним (або найновішим) відкритим лідом</translation>
    </message>
    <message>
        <source>Schedule &amp;test drive…</source>
        <translation>Призначити &amp;тест-драйв…</translation>
    </message>
    <message>
        <source>Book a test drive for the selected (or newest) open lead</source>
        <translation>Призначити тест-драйв за вибраним (або найновішим) відкритим лідом</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Дзвінок записано.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Нотатку додано.</translation>
    </message>
    <message>
        <source>Lead #%1 created.</source>
        <translation>Лід №%1 створено.</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>Немає відкритого ліда</translation>
    </message>
    <message>
        <source>%1 has no open lead to plan for. Start one with “New lead…” first.</source>
        <translation>У клієнта %1 немає відкритого ліда, за яким можна щось запланувати. Спочатку створіть його кнопкою «Новий лід…».</translation>
    </message>
    <message>
        <source>Test drive scheduled for %1.</source>
        <translation>Тест-драйв призначено на %1.</translation>
    </message>
    <message>
        <source>“%1” planned for %2.</source>
        <translation>«%1» заплановано на %2.</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>Створити &amp;угоду…</translation>
    </message>
    <message>
        <source>The customer buys: the deal form for the selected (or newest) open lead</source>
        <translation>Клієнт купує: форма угоди за вибраним (або найновішим) відкритим лідом</translation>
    </message>
    <message>
        <source>Open d&amp;eal</source>
        <translation>Від&amp;крити угоду</translation>
    </message>
    <message>
        <source>The deal card with its delivery checklists</source>
        <translation>Картка угоди з чек-листами видачі</translation>
    </message>
    <message>
        <source>%1 has no open lead to close with a deal. Start one with “New lead…” first.</source>
        <translation>У клієнта %1 немає відкритого ліда, який можна закрити угодою. Спочатку створіть його кнопкою «Новий лід…».</translation>
    </message>
    <message>
        <source>Deal #%1 created.</source>
        <translation>Угоду №%1 створено.</translation>
    </message>
</context>
<context>
    <name>showroom::CardDelegate</name>
    <message>
        <source>no car chosen yet</source>
        <translation>автомобіль ще не вибрано</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не призначено</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Цінність: %1</translation>
    </message>
    <message>
        <source>%1 in stage</source>
        <translation>%1 на етапі</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>наст. контакт %1</translation>
    </message>
    <message>
        <source>Lost? waiting for approval: %1</source>
        <translation>Втрачено? Очікує підтвердження: %1</translation>
    </message>
    <message>
        <source>Not lost: %1</source>
        <translation>Не втрачено: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Втрачено: %1</translation>
    </message>
</context>
<context>
    <name>showroom::CardFieldsForm</name>
    <message>
        <source>Shown on every card</source>
        <translation>Показувати на кожній картці</translation>
    </message>
    <message>
        <source>Every card shows the customer&apos;s name. Fewer fields keep the board calm; more help to decide at a glance.</source>
        <translation>На кожній картці є ім&apos;я клієнта. Що менше полів, то спокійніша воронка; що більше, то легше вирішувати з першого погляду.</translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation>Автомобіль, що цікавить</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Джерело ліда</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Цінність клієнта</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Час на етапі</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Наступний повторний контакт</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>Термін реакції</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Очікувана сума</translation>
    </message>
    <message>
        <source>The model the customer asked about</source>
        <translation>Модель, якою цікавився клієнт</translation>
    </message>
    <message>
        <source>Who works on the lead</source>
        <translation>Хто працює з лідом</translation>
    </message>
    <message>
        <source>Walk-in, phone, website form, …</source>
        <translation>Візит до салону, телефон, форма на сайті, …</translation>
    </message>
    <message>
        <source>High value for walk-ins, value for calls, chats and web forms</source>
        <translation>Висока — візит до салону, середня — дзвінки, чати й форми на сайті</translation>
    </message>
    <message>
        <source>How long the lead has been in its column</source>
        <translation>Скільки часу лід перебуває у своїй колонці</translation>
    </message>
    <message>
        <source>When the next planned call or appointment is due</source>
        <translation>Коли настає наступний запланований дзвінок або зустріч</translation>
    </message>
    <message>
        <source>Time left to contact a new lead, red when missed</source>
        <translation>Скільки лишилося часу, щоб зв&apos;язатися з новим лідом; червоним, якщо термін пропущено</translation>
    </message>
    <message>
        <source>The expected price of the deal</source>
        <translation>Очікувана ціна угоди</translation>
    </message>
</context>
<context>
    <name>showroom::CheckedField</name>
    <message>
        <source>Saved as %1</source>
        <translation>Зберігається як %1</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemDialog</name>
    <message>
        <source>Edit the item</source>
        <translation>Змінити пункт</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Додати пункт</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>e.g. Winter wheels</source>
        <translation>наприклад, Зимові колеса</translation>
    </message>
    <message>
        <source>e.g. Proof of income</source>
        <translation>наприклад, Довідка про доходи</translation>
    </message>
    <message>
        <source>e.g. Number plates fitted</source>
        <translation>наприклад, Номери встановлено</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Пункт</translation>
    </message>
    <message>
        <source>&amp;Required: must be done before the next step</source>
        <translation>&amp;Обов&apos;язковий: виконати до наступного кроку</translation>
    </message>
    <message>
        <source>&amp;Document needed: done only with a file attached</source>
        <translation>Потрібен &amp;документ: виконано, лише якщо прикріплено файл</translation>
    </message>
    <message>
        <source>e.g. 299,00 (%1); empty: no price</source>
        <translation>наприклад, 299,00 (%1); порожньо — без ціни</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Ціна</translation>
    </message>
    <message>
        <source>Why the customer wants it, in one sentence</source>
        <translation>Навіщо це клієнтові, одним реченням</translation>
    </message>
    <message>
        <source>Sales &amp;argument</source>
        <translation>&amp;Аргумент продажу</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Без терміну</translation>
    </message>
    <message>
        <source> days before delivery</source>
        <translation> дн. до видачі</translation>
    </message>
    <message>
        <source>Negative: after the promised delivery date</source>
        <translation>Від&apos;ємне значення: після обіцяної дати видачі</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Термін</translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation> дн. після підписання</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>Термін &amp;виконання</translation>
    </message>
    <message>
        <source>The item was not saved</source>
        <translation>Пункт не збережено</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemModel</name>
    <message>
        <source>on the day</source>
        <translation>того ж дня</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 після</translation>
    </message>
    <message>
        <source>Due this many days before the promised delivery date</source>
        <translation>Термін: за стільки днів до обіцяної дати видачі</translation>
    </message>
    <message>
        <source>Due this many days after the contract was signed</source>
        <translation>Термін: через стільки днів після підписання договору</translation>
    </message>
    <message>
        <source>A required item must be done before the next step (bank, handover)</source>
        <translation>Обов&apos;язковий пункт треба виконати до наступного кроку (банк, видача автомобіля)</translation>
    </message>
    <message>
        <source>The item counts as done only with a scan or file attached</source>
        <translation>Пункт вважається виконаним, лише якщо прикріплено скан або файл</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язково</translation>
    </message>
    <message>
        <source>Document needed</source>
        <translation>Потрібен документ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Sales argument</source>
        <translation>Аргумент продажу</translation>
    </message>
    <message>
        <source>Days before delivery</source>
        <translation>Днів до видачі</translation>
    </message>
    <message>
        <source>Days after signing</source>
        <translation>Днів після підписання</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язково</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>невідомо ким</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>done by %1, %2</source>
        <translation>виконано (%1, %2)</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>продано</translation>
    </message>
    <message>
        <source>sold (%1, %2)</source>
        <translation>продано (%1, %2)</translation>
    </message>
    <message>
        <source>not sold: %1</source>
        <translation>не продано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>прикріплено: %n</numerusform>
            <numerusform>прикріплено: %n</numerusform>
            <numerusform>прикріплено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>needed</source>
        <translation>потрібен</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Прострочено з %1</translation>
    </message>
    <message>
        <source>A document must be attached before this item can be done</source>
        <translation>Перш ніж виконати цей пункт, треба прикріпити документ</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обов&apos;язково</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов&apos;язково</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistPanel</name>
    <message>
        <source>&amp;Sold</source>
        <translation>П&amp;родано</translation>
    </message>
    <message>
        <source>The customer takes the selected accessory</source>
        <translation>Клієнт бере вибраний аксесуар</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Mark the selected item as done by you, now</source>
        <translation>Позначити вибраний пункт як виконаний вами зараз</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Back to open (a mistake); attached documents stay</source>
        <translation>Повернути до відкритих (якщо помилилися); прикріплені документи залишаться</translation>
    </message>
    <message>
        <source>&amp;Not sold…</source>
        <translation>&amp;Не продано…</translation>
    </message>
    <message>
        <source>The customer did not take it: record why</source>
        <translation>Клієнт не взяв: вкажіть причину</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>Прикріпити &amp;документ…</translation>
    </message>
    <message>
        <source>Store a scan or PDF with the selected item</source>
        <translation>Прикріпити скан або PDF до вибраного пункту</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>Відкри&amp;ти документ</translation>
    </message>
    <message>
        <source>Open the selected item&apos;s document</source>
        <translation>Відкрити документ вибраного пункту</translation>
    </message>
    <message>
        <source>“%1” not done</source>
        <translation>«%1» не виконано</translation>
    </message>
    <message>
        <source>“%1” not reopened</source>
        <translation>«%1» не повернуто до відкритих</translation>
    </message>
    <message>
        <source>Attach a document to “%1”</source>
        <translation>Прикріпити документ до «%1»</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation>Документи (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Document not attached</source>
        <translation>Документ не прикріплено</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Відкрити документ</translation>
    </message>
    <message>
        <source>The document cannot be written to %1: %2</source>
        <translation>Не вдається записати документ у %1: %2</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Не налаштовано програму для відкриття %1.</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistTemplateListModel</name>
    <message>
        <source>Loan documents — private buyer</source>
        <translation>Документи для кредиту — приватний покупець</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>Документи для кредиту — компанія-покупець</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>Етапи видачі</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Видача автомобіля</translation>
    </message>
    <message>
        <source>Accessories — all models</source>
        <translation>Аксесуари — усі моделі</translation>
    </message>
    <message>
        <source>Accessories — %1</source>
        <translation>Аксесуари — %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Пунктів: %1</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistsSection</name>
    <message>
        <source>The loan file can go to the bank only when every required item is done and, where a document is needed, attached. Items are due this many days after the contract.</source>
        <translation>Документи для кредиту можна надіслати до банку, лише коли виконано всі обов&apos;язкові пункти й прикріплено потрібні документи. Термін пункту — стільки днів після підписання договору.</translation>
    </message>
    <message>
        <source>Steps until the car is handed over, dated back from the promised delivery date; the consultant is reminded the day before a step is due and when it is overdue.</source>
        <translation>Кроки до видачі автомобіля; терміни відлічуються назад від обіцяної дати видачі. Консультант отримує нагадування напередодні терміну кроку й у разі прострочення.</translation>
    </message>
    <message>
        <source>Gone through with the customer at the handover and printed on the handover protocol the customer signs.</source>
        <translation>Проходиться разом із клієнтом під час видачі автомобіля й друкується в акті приймання-передачі, який підписує клієнт.</translation>
    </message>
    <message>
        <source>Every item is offered to the buyer and recorded as sold, or as not sold with the reason. A model&apos;s own list replaces the one for all models.</source>
        <translation>Кожен пункт пропонується покупцеві й позначається як проданий або як не проданий із причиною. Власний список моделі замінює список для всіх моделей.</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>Документи для кредиту — компанія-покупець</translation>
    </message>
    <message>
        <source>Add accessories for a &amp;model…</source>
        <translation>Аксесуари для &amp;моделі…</translation>
    </message>
    <message>
        <source>A list of accessories offered only with one model, e.g. Golf</source>
        <translation>Список аксесуарів, що пропонуються лише з однією моделлю, наприклад Golf</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Додати пункт…</translation>
    </message>
    <message>
        <source>A new item at the end of this checklist</source>
        <translation>Новий пункт у кінці цього чек-листа</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Change the selected item (double-click)</source>
        <translation>Змінити вибраний пункт (подвійне клацання)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>New deals no longer get this item; running deals keep it</source>
        <translation>Нові угоди більше не отримають цей пункт; у поточних угодах він залишиться</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ви&amp;ще</translation>
    </message>
    <message>
        <source>One place earlier in the checklist</source>
        <translation>На одну позицію вище в чек-листі</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Нижче</translation>
    </message>
    <message>
        <source>One place later in the checklist</source>
        <translation>На одну позицію нижче в чек-листі</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists; changes here are saved at once and do not alter deals already running.</source>
        <translation>Кожна нова угода отримує копію цих чек-листів; зміни тут зберігаються одразу й не зачіпають угод, що вже тривають.</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists.</source>
        <translation>Кожна нова угода отримує копію цих чек-листів.</translation>
    </message>
    <message>
        <source>The checklists could not be loaded</source>
        <translation>Не вдалося завантажити чек-листи</translation>
    </message>
    <message>
        <source>Accessories for a model</source>
        <translation>Аксесуари для моделі</translation>
    </message>
    <message>
        <source>The model these accessories are offered with, e.g. Golf:</source>
        <translation>Модель, з якою пропонуються ці аксесуари, наприклад Golf:</translation>
    </message>
    <message>
        <source>The accessories were not added</source>
        <translation>Аксесуари не додано</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Видалити пункт</translation>
    </message>
    <message>
        <source>Remove “%1” from this checklist? New deals no longer get it; deals already running keep it.</source>
        <translation>Видалити «%1» з цього чек-листа? Нові угоди більше не отримають цей пункт; в угодах, що вже тривають, він залишиться.</translation>
    </message>
    <message>
        <source>The item was not removed</source>
        <translation>Пункт не видалено</translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation>Пункт не переміщено</translation>
    </message>
</context>
<context>
    <name>showroom::CompleteTaskDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Повторний контакт виконано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>What came of it, e.g. “reached, test drive on Friday”</source>
        <translation>Чим завершилося, наприклад «додзвонилися, тест-драйв у п&apos;ятницю»</translation>
    </message>
    <message>
        <source>Plan the next step afterwards</source>
        <translation>Потім запланувати наступний крок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>showroom::ConflictDialog</name>
    <message>
        <source>No owner</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Змінено на іншому робочому місці</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved on another desk while you were editing. Choose for each field which value to keep; fields you changed are marked and keep your value unless you choose otherwise.</source>
        <translation>Поки ви редагували, клієнта &lt;b&gt;%1&lt;/b&gt; було збережено на іншому робочому місці. Для кожного поля виберіть, яке значення залишити; змінені вами поля позначено, і вони збережуть ваше значення, якщо ви не виберете інше.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значення</translation>
    </message>
    <message>
        <source>Saved on the other desk</source>
        <translation>Збережено на іншому робочому місці</translation>
    </message>
    <message>
        <source> (you changed it)</source>
        <translation> (змінено вами)</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Зберегти вибрані значення</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved</source>
        <translation>Продовжити редагування; нічого не зберігається</translation>
    </message>
</context>
<context>
    <name>showroom::ConsentEditor</name>
    <message>
        <source>given — recorded with today&apos;s date when you save</source>
        <translation>надано — під час збереження буде записано із сьогоднішньою датою</translation>
    </message>
    <message>
        <source>withdrawn — recorded with today&apos;s date when you save</source>
        <translation>відкликано — під час збереження буде записано із сьогоднішньою датою</translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantStrip</name>
    <message>
        <source>Drop lead cards on a consultant to assign them</source>
        <translation>Перетягніть картки лідів на консультанта, щоб призначити їх</translation>
    </message>
    <message>
        <source>available</source>
        <translation>вільний(-а)</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>не на зміні</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>зайнятий(-а)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n open</source>
        <translation>
            <numerusform>%1
%2 · у роботі: %n</numerusform>
            <numerusform>%1
%2 · у роботі: %n</numerusform>
            <numerusform>%1
%2 · у роботі: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantTableModel</name>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Leads
assigned</source>
        <translation>Призначено
лідів</translation>
    </message>
    <message>
        <source>First
response</source>
        <translation>Перша
відповідь</translation>
    </message>
    <message>
        <source>Response
breaches</source>
        <translation>Порушення
строку відповіді</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Ескалації</translation>
    </message>
    <message>
        <source>Follow-ups
due</source>
        <translation>Повт. контакти
заплановані</translation>
    </message>
    <message>
        <source>Follow-ups
done</source>
        <translation>Повт. контакти
виконані</translation>
    </message>
    <message>
        <source>Follow-ups
overdue</source>
        <translation>Повт. контакти
прострочені</translation>
    </message>
    <message>
        <source>Test
drives</source>
        <translation>Тест-
драйви</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Accessories
offered</source>
        <translation>Аксесуарів
запропоновано</translation>
    </message>
    <message>
        <source>Accessories
sold</source>
        <translation>Аксесуарів
продано</translation>
    </message>
    <message>
        <source>Attach
rate</source>
        <translation>Частка
аксесуарів</translation>
    </message>
    <message>
        <source>Manager
comments</source>
        <translation>Коментарі
керівника</translation>
    </message>
    <message>
        <source>Double-click a consultant to list his leads</source>
        <translation>Двічі клацніть консультанта, щоб побачити його ліди</translation>
    </message>
    <message>
        <source>Leads now his that were assigned to him in the period</source>
        <translation>Ліди, призначені йому за період і досі закріплені за ним</translation>
    </message>
    <message>
        <source>Median business time to the first response, over his leads created in the period</source>
        <translation>Медіана робочого часу до першої відповіді за його лідами, створеними за період</translation>
    </message>
    <message>
        <source>His leads created in the period that missed the response deadline</source>
        <translation>Його ліди, створені за період, за якими пропущено строк відповіді</translation>
    </message>
    <message>
        <source>His leads created in the period that were escalated to a manager</source>
        <translation>Його ліди, створені за період і передані керівникові через ескалацію</translation>
    </message>
    <message>
        <source>Follow-up and call-back tasks due in the period</source>
        <translation>Повторні контакти та зворотні дзвінки, заплановані на період</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones done</source>
        <translation>Із запланованих повторних контактів — виконані</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones still open after their due time</source>
        <translation>Із запланованих повторних контактів — не виконані вчасно</translation>
    </message>
    <message>
        <source>Test drives he logged in the period</source>
        <translation>Тест-драйви, записані ним за період</translation>
    </message>
    <message>
        <source>Offers he logged in the period</source>
        <translation>Пропозиції, записані ним за період</translation>
    </message>
    <message>
        <source>Deals he signed in the period (not cancelled)</source>
        <translation>Угоди, укладені ним за період (не скасовані)</translation>
    </message>
    <message>
        <source>List price minus discount of those deals</source>
        <translation>Прайсова ціна мінус знижка за цими угодами</translation>
    </message>
    <message>
        <source>Accessories offered on those deals</source>
        <translation>Аксесуари, запропоновані в цих угодах</translation>
    </message>
    <message>
        <source>Accessories sold on those deals</source>
        <translation>Аксесуари, продані в цих угодах</translation>
    </message>
    <message>
        <source>Accessories sold / offered</source>
        <translation>Аксесуарів продано / запропоновано</translation>
    </message>
    <message>
        <source>Manager comments on his leads in the period</source>
        <translation>Коментарі керівника до його лідів за період</translation>
    </message>
    <message>
        <source>%1 (%2): double-click to list his leads</source>
        <translation>%1 (%2): двічі клацніть, щоб побачити його ліди</translation>
    </message>
    <message>
        <source>%1 of %2 accessories offered were sold</source>
        <translation>Продано %1 з %2 запропонованих аксесуарів</translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantsTab</name>
    <message>
        <source>Figures attributed to each consultant in the period. Click a column title to sort, hover it for what it counts, right-click it to show more columns; double-click a consultant to list his leads.</source>
        <translation>Показники кожного консультанта за період. Клацніть заголовок стовпця, щоб відсортувати, наведіть на нього, щоб дізнатися, що він рахує, клацніть правою кнопкою, щоб показати інші стовпці; двічі клацніть консультанта, щоб побачити його ліди.</translation>
    </message>
    <message>
        <source>Leads assigned to %1</source>
        <translation>Ліди, призначені консультантові %1</translation>
    </message>
</context>
<context>
    <name>showroom::ContactFields</name>
    <message>
        <source>e.g. 0151 2345678 or +49 151 2345678</source>
        <translation>наприклад, 067 123 4567 або +380 67 123 4567</translation>
    </message>
    <message>
        <source>Enter or Ctrl+L links the visit to the selected customer</source>
        <translation>Enter або Ctrl+L — прив&apos;язати візит до вибраного клієнта</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Відв&apos;язати</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>&amp;Ім&apos;я:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Прізви&amp;ще:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Е&amp;л. пошта:</translation>
    </message>
    <message>
        <source>Linked to customer &lt;b&gt;%1&lt;/b&gt; (#%2): the visit is added to this customer; empty fields of the record are filled in from what you typed.</source>
        <translation>Прив&apos;язано до клієнта &lt;b&gt;%1&lt;/b&gt; (№%2): візит буде додано цьому клієнту; порожні поля картки заповняться введеними даними.</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Той самий телефон</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Та сама пошта</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Те саме ім&apos;я</translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone number belongs to a customer.&lt;/b&gt; Press Ctrl+L to add the visit to them instead of creating a duplicate.</source>
        <translation>&lt;b&gt;Цей номер телефону належить клієнту.&lt;/b&gt; Натисніть Ctrl+L, щоб додати візит йому, а не створювати дублікат.</translation>
    </message>
    <message>
        <source>Possible matches. Ctrl+L links the visit to the selected customer.</source>
        <translation>Можливі збіги. Ctrl+L прив&apos;язує візит до вибраного клієнта.</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonDialog</name>
    <message>
        <source>Edit contact person</source>
        <translation>Редагувати контактну особу</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>Додати контактну особу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Decision maker: signs (owner, fleet manager). Vehicle user: chooses the car. Driver: drives a pool car.</source>
        <translation>Особа, що ухвалює рішення: підписує договір (власник, керівник автопарку). Користувач автомобіля: вибирає автомобіль. Водій: їздить на службовому автомобілі.</translation>
    </message>
    <message>
        <source>e.g. Fleet manager</source>
        <translation>наприклад, керівник автопарку</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonModel</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonsTab</name>
    <message>
        <source>Decision maker</source>
        <translation>Особа, що ухвалює рішення</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Only company customers have contact persons. To add some, set “Customer is a” to Company on the Details tab and save.</source>
        <translation>Контактні особи є лише в клієнтів-компаній. Щоб додати їх, на вкладці «Дані» виберіть у полі «Тип клієнта» значення «Компанія» і збережіть.</translation>
    </message>
    <message>
        <source>No contact persons yet. Add the decision maker first.</source>
        <translation>Контактних осіб поки немає. Спочатку додайте особу, що ухвалює рішення.</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Видалити контактну особу</translation>
    </message>
    <message>
        <source>Remove %1 from the contact persons of %2?</source>
        <translation>Видалити %1 з контактних осіб клієнта %2?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не видалено</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardDialog</name>
    <message>
        <source>Manager comment</source>
        <translation>Коментар керівника</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>Зберегти дані (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cannot load customer #%1: %2</source>
        <translation>Не вдалося завантажити клієнта №%1: %2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Історія (%1)</translation>
    </message>
    <message>
        <source>%1 — customer #%2</source>
        <translation>%1 — клієнт №%2</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>Контактні особи (%1)</translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation>Ліди (%1)</translation>
    </message>
    <message>
        <source>You can look at this customer but not change it.</source>
        <translation>Цього клієнта можна переглядати, але не змінювати.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Клієнта не збережено</translation>
    </message>
    <message>
        <source>Not saved: a colleague changed this customer meanwhile. Your edits are still here; save again to compare them with the stored record.</source>
        <translation>Не збережено: колега тим часом змінив цього клієнта. Ваші зміни на місці; збережіть ще раз, щоб порівняти їх зі збереженим записом.</translation>
    </message>
    <message>
        <source>Nothing to save: the values saved on the other desk were kept.</source>
        <translation>Нічого зберігати: залишено значення, збережені на іншому робочому місці.</translation>
    </message>
    <message>
        <source>Not saved: this customer keeps changing on another desk. Try again.</source>
        <translation>Не збережено: цей клієнт постійно змінюється на іншому робочому місці. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Close the card and discard your changes?</source>
        <translation>Ви змінили дані клієнта %1, але не зберегли їх. Закрити картку й скасувати зміни?</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardHeader</name>
    <message>
        <source>Tier: %1</source>
        <translation>Цінність: %1</translation>
    </message>
    <message>
        <source>No owner consultant</source>
        <translation>Немає відповідального консультанта</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Відповідальний: %1</translation>
    </message>
    <message>
        <source>Bought from us before</source>
        <translation>Уже купував у нас</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клієнт №%1</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1 and is kept for reference only. Work on that customer instead.</source>
        <translation>Цей запис об&apos;єднано з клієнтом №%1, його збережено лише для довідки. Працюйте з цим клієнтом.</translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation>Відкрити №%1</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerDetailsForm</name>
    <message>
        <source>e.g. 0151 23456789 or +49 151 23456789</source>
        <translation>наприклад, 067 123 4567 або +380 67 123 4567</translation>
    </message>
    <message>
        <source>Walk-in: high value; call, chat or web form: value; others: general</source>
        <translation>Візит до салону — висока; дзвінок, чат або форма на сайті — середня; інші — звичайна</translation>
    </message>
    <message>
        <source>What colleagues should know about this customer</source>
        <translation>Що колегам варто знати про цього клієнта</translation>
    </message>
    <message>
        <source>Customer is a</source>
        <translation>Тип клієнта</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
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
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>Індекс, місто</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Цінність клієнта</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>Відповідальний консультант</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Згода на рекламу</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Для клієнта-компанії потрібна назва компанії.</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>Введіть ім&apos;я, номер телефону або адресу ел. пошти.</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerLeadsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>Автомобіль, що цікавить</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
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
    <message>
        <source>&amp;Open</source>
        <translation>Відк&amp;рити</translation>
    </message>
    <message>
        <source>Open the customer card (Enter or double-click)</source>
        <translation>Відкрити картку клієнта (Enter або подвійне клацання)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Об&apos;єднати…</translation>
    </message>
    <message>
        <source>Select two records of the same customer to merge them</source>
        <translation>Виберіть два записи одного клієнта, щоб об&apos;єднати їх</translation>
    </message>
</context>
<context>
    <name>showroom::DealDialog</name>
    <message>
        <source>Deal #%1</source>
        <translation>Угода №%1</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Друк:</translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation>&amp;Пропозиція</translation>
    </message>
    <message>
        <source>Print the commercial offer for this deal</source>
        <translation>Надрукувати комерційну пропозицію за цією угодою</translation>
    </message>
    <message>
        <source>&amp;Contract summary</source>
        <translation>&amp;Зведення договору</translation>
    </message>
    <message>
        <source>Print the contract summary to sign</source>
        <translation>Надрукувати зведення договору на підпис</translation>
    </message>
    <message>
        <source>&amp;Handover protocol</source>
        <translation>&amp;Акт приймання-передачі</translation>
    </message>
    <message>
        <source>Print the handover protocol for the customer&apos;s big day</source>
        <translation>Надрукувати акт приймання-передачі до важливого для клієнта дня</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Зб&amp;ерегти PDF…</translation>
    </message>
    <message>
        <source>Save one of the documents as a PDF file</source>
        <translation>Зберегти один із документів у файл PDF</translation>
    </message>
    <message>
        <source>Mar&amp;k delivered…</source>
        <translation>Позначити як &amp;виданий…</translation>
    </message>
    <message>
        <source>The car was handed over to the customer</source>
        <translation>Автомобіль передано клієнту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Send to &amp;bank</source>
        <translation>Надіслати до &amp;банку</translation>
    </message>
    <message>
        <source>Deal #%1 cannot be read: %2</source>
        <translation>Не вдається прочитати угоду №%1: %2</translation>
    </message>
    <message>
        <source>Deal #%1 — %2</source>
        <translation>Угода №%1 — %2</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Ще бракує: %1</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Sent to bank</source>
        <translation>Надіслано до банку</translation>
    </message>
    <message>
        <source>The loan application went to the bank on %1.</source>
        <translation>Заявку на кредит надіслано до банку %1.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Бракує: %1</translation>
    </message>
    <message>
        <source>The loan file is complete and can go to the bank.</source>
        <translation>Документи для кредиту зібрано, їх можна надіслати до банку.</translation>
    </message>
    <message>
        <source>Send the loan application to the bank</source>
        <translation>Надіслати заявку на кредит до банку</translation>
    </message>
    <message>
        <source>Not sent to the bank</source>
        <translation>Не надіслано до банку</translation>
    </message>
    <message>
        <source>The loan application is marked as sent to the bank.</source>
        <translation>Заявку на кредит позначено як надіслану до банку.</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Позначити як виданий</translation>
    </message>
    <message>
        <source>Hand %1 over to %2 now? The car is then delivered and the after-sales follow-ups are planned.</source>
        <translation>Передати %1 клієнту %2 зараз? Автомобіль вважатиметься виданим, і буде заплановано повторні контакти після продажу.</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Не видано</translation>
    </message>
    <message>
        <source>Delivered. The after-sales call is planned.</source>
        <translation>Видано. Дзвінок після продажу заплановано.</translation>
    </message>
    <message>
        <source>Promised date not changed</source>
        <translation>Обіцяну дату не змінено</translation>
    </message>
    <message>
        <source>The promised delivery date is now %1.</source>
        <translation>Обіцяна дата видачі тепер %1.</translation>
    </message>
    <message>
        <source>%1 saved as PDF.</source>
        <translation>%1: збережено в PDF.</translation>
    </message>
    <message>
        <source>Bank appro&amp;ved</source>
        <translation>С&amp;хвалено банком</translation>
    </message>
    <message>
        <source>Approved by the bank</source>
        <translation>Схвалено банком</translation>
    </message>
    <message>
        <source>Approved by the bank on %1.</source>
        <translation>Схвалено банком %1.</translation>
    </message>
    <message>
        <source>Record that the bank approved the loan</source>
        <translation>Позначити, що банк схвалив кредит</translation>
    </message>
    <message>
        <source>Send the loan application to the bank first</source>
        <translation>Спочатку надішліть заявку на кредит до банку</translation>
    </message>
    <message>
        <source>Approval not recorded</source>
        <translation>Схвалення не позначено</translation>
    </message>
    <message>
        <source>The bank&apos;s approval of the loan is recorded.</source>
        <translation>Схвалення кредиту банком позначено.</translation>
    </message>
</context>
<context>
    <name>showroom::DealFormDialog</name>
    <message>
        <source>New deal — %1</source>
        <translation>Нова угода — %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобіль</translation>
    </message>
    <message>
        <source>Price and payment</source>
        <translation>Ціна та оплата</translation>
    </message>
    <message>
        <source>P&amp;rint offer…</source>
        <translation>&amp;Друк пропозиції…</translation>
    </message>
    <message>
        <source>The offer as it stands, to print or save as PDF</source>
        <translation>Пропозиція в поточному вигляді: надрукувати або зберегти в PDF</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>&amp;Створити угоду</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Лід №%1</translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>цікавиться: %1</translation>
    </message>
    <message>
        <source>The loan documents differ for private persons and companies</source>
        <translation>Документи для кредиту для приватних осіб і компаній різні</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Покупець:</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Аксесуари</translation>
    </message>
    <message>
        <source>The accessories could not be read: %1</source>
        <translation>Не вдалося прочитати аксесуари: %1</translation>
    </message>
    <message>
        <source>No accessories are offered for this model.</source>
        <translation>Для цієї моделі аксесуари не пропонуються.</translation>
    </message>
    <message>
        <source>Tick what the customer takes with the car; the others stay on the deal&apos;s accessories list to be offered again.</source>
        <translation>Позначте, що клієнт бере разом з автомобілем; решта залишиться в списку аксесуарів угоди, щоб запропонувати ще раз.</translation>
    </message>
    <message>
        <source>Describe the factory order: make, model, trim and colour.</source>
        <translation>Опишіть замовлення з заводу: марка, модель, комплектація та колір.</translation>
    </message>
    <message>
        <source>Choose a car from the list (search by any part of the VIN), or switch to a factory order.</source>
        <translation>Виберіть автомобіль зі списку (пошук за будь-якою частиною VIN) або перейдіть на замовлення з заводу.</translation>
    </message>
    <message>
        <source>Create the deal, close the lead as won and reserve the car</source>
        <translation>Створити угоду, закрити лід як виграний і зарезервувати автомобіль</translation>
    </message>
    <message>
        <source>Deal not created</source>
        <translation>Угоду не створено</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Створити угоду</translation>
    </message>
    <message>
        <source>Lead #%1 already has deal #%2; a lead has one deal.</source>
        <translation>Лід №%1 уже має угоду №%2; у ліда може бути лише одна угода.</translation>
    </message>
</context>
<context>
    <name>showroom::DealHeader</name>
    <message>
        <source>&amp;Move date</source>
        <translation>Перенести дат&amp;у</translation>
    </message>
    <message>
        <source>Promise the customer this delivery date; the open delivery steps move with it</source>
        <translation>Пообіцяти клієнту цю дату видачі; відкриті етапи видачі зсунуться разом із нею</translation>
    </message>
    <message>
        <source>P&amp;romised delivery:</source>
        <translation>&amp;Обіцяна дата видачі:</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Угода №%1</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>замовлення з заводу</translation>
    </message>
    <message>
        <source>(list %1 − discount %2)</source>
        <translation>(прайс %1 − знижка %2)</translation>
    </message>
    <message>
        <source>deposit %1</source>
        <translation>передоплата %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобіль</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Trade-in</source>
        <translation>Трейд-ін</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупець</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Delivered on %1</source>
        <translation>Видано %1</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Підписано %1</translation>
    </message>
    <message>
        <source>Loan application sent to the bank %1</source>
        <translation>Заявку на кредит надіслано до банку %1</translation>
    </message>
    <message>
        <source>Loan application not yet sent to the bank</source>
        <translation>Заявку на кредит ще не надіслано до банку</translation>
    </message>
    <message>
        <source>Loan approved by the bank %1</source>
        <translation>Кредит схвалено банком %1</translation>
    </message>
</context>
<context>
    <name>showroom::DealTermsForm</name>
    <message>
        <source>not set</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Anything the colleagues should know</source>
        <translation>Усе, що варто знати колегам</translation>
    </message>
    <message>
        <source>Promised &amp;delivery</source>
        <translation>Обіцяна дата &amp;видачі</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>Прайсова &amp;ціна</translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation>З&amp;нижка</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Оплата</translation>
    </message>
    <message>
        <source>Dep&amp;osit</source>
        <translation>П&amp;ередоплата</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>При&amp;мітки</translation>
    </message>
    <message>
        <source>&amp;Trade-in</source>
        <translation>&amp;Трейд-ін</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>year?</source>
        <translation>рік?</translation>
    </message>
    <message>
        <source>mileage?</source>
        <translation>пробіг?</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Пробіг</translation>
    </message>
    <message>
        <source>Offered &amp;value</source>
        <translation>Запропонована с&amp;ума</translation>
    </message>
    <message>
        <source>A factory order needs the promised delivery date.</source>
        <translation>Для замовлення з заводу потрібна обіцяна дата видачі.</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>Вкажіть прайсову ціну.</translation>
    </message>
    <message>
        <source>The discount is more than the list price.</source>
        <translation>Знижка більша за прайсову ціну.</translation>
    </message>
    <message>
        <source>Say which car is traded in (make and model), or uncheck the trade-in.</source>
        <translation>Вкажіть, який автомобіль здається в трейд-ін (марку та модель), або зніміть позначку «Трейд-ін».</translation>
    </message>
    <message>
        <source>The deposit is more than the total.</source>
        <translation>Передоплата більша за загальну суму.</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>Ціна зі знижкою</translation>
    </message>
    <message>
        <source>+ Accessories</source>
        <translation>+ Аксесуари</translation>
    </message>
    <message>
        <source>− Trade-in</source>
        <translation>− Трейд-ін</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Передоплата</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Залишок до сплати</translation>
    </message>
</context>
<context>
    <name>showroom::DealsForm</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>о</translation>
    </message>
    <message>
        <source>Offers and deliveries</source>
        <translation>Пропозиції та видача</translation>
    </message>
    <message>
        <source>An &amp;offer is valid for:</source>
        <translation>&amp;Термін дії пропозиції:</translation>
    </message>
    <message>
        <source>Counted from the day the offer is printed; the offer shows its last day.</source>
        <translation>Відлічується від дня друку пропозиції; у пропозиції зазначено останній день дії.</translation>
    </message>
    <message>
        <source>&amp;Remind before a delivery date:</source>
        <translation>&amp;Нагадувати до дати видачі за:</translation>
    </message>
    <message>
        <source>The consultant is reminded this many days before the promised delivery date (0: on the day).</source>
        <translation>Консультант отримує нагадування за стільки днів до обіцяної дати видачі (0 — того ж дня).</translation>
    </message>
    <message>
        <source>After the handover</source>
        <translation>Після видачі автомобіля</translation>
    </message>
    <message>
        <source>&amp;Call the customer after:</source>
        <translation>Подзвонити &amp;клієнту через:</translation>
    </message>
    <message>
        <source>Days after the handover: how is the new car?</source>
        <translation>Днів після видачі: як новий автомобіль?</translation>
    </message>
    <message>
        <source>&quot;Second delivery&quot; &amp;evening:</source>
        <translation>&amp;Вечір «другої видачі»:</translation>
    </message>
    <message>
        <source>Once a month, on the last such weekday, new owners are invited back to learn their car&apos;s functions at leisure.</source>
        <translation>Раз на місяць, в останній такий день тижня, нових власників запрошують знову, щоб не поспішаючи розібратися з функціями автомобіля.</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveriesPage</name>
    <message>
        <source>Delivered %1</source>
        <translation>Видано %1</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>Відкрити &amp;угоду</translation>
    </message>
    <message>
        <source>The deal card with its checklists (double-click or Enter)</source>
        <translation>Картка угоди з чек-листами (подвійне клацання або Enter)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Відк&amp;рити клієнта</translation>
    </message>
    <message>
        <source>The customer card of the selected deal</source>
        <translation>Картка клієнта за вибраною угодою</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Видача авто</translation>
    </message>
    <message>
        <source>Show &amp;delivered (last 30 days)</source>
        <translation>&amp;Показати видані (за 30 днів)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>&amp;My deals only</source>
        <translation>Лише &amp;мої угоди</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Усі консультанти</translation>
    </message>
    <message>
        <source>The deliveries could not be loaded: %1</source>
        <translation>Не вдалося завантажити список видачі: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n угода</numerusform>
            <numerusform>%n угоди</numerusform>
            <numerusform>%n угод</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, прострочено: %2</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Відкрити угоду</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>Відкрити картку клієнта</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveryListModel</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобіль</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Обіцяно</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро термін</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>За графіком</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s) overdue</source>
        <translation>
            <numerusform>%1 — прострочено %n крок</numerusform>
            <numerusform>%1 — прострочено %n кроки</numerusform>
            <numerusform>%1 — прострочено %n кроків</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checklist items done</source>
        <translation>Виконано пунктів чек-листів: %1 з %2</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>замовлення з заводу</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>nothing dated open</source>
        <translation>немає відкритих кроків із терміном</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не потрібен</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Видано %1</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, approved on %2</source>
        <translation>Надіслано до банку %1, схвалено %2</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, not approved yet</source>
        <translation>Надіслано до банку %1, ще не схвалено</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownDialog</name>
    <message>
        <source>Leads: %1</source>
        <translation>Ліди: %1</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Відкрити &amp;клієнта</translation>
    </message>
    <message>
        <source>The customer card of the selected lead (double-click or Enter)</source>
        <translation>Картка клієнта вибраного ліда (подвійне клацання або Enter)</translation>
    </message>
    <message>
        <source>The leads could not be listed: %1</source>
        <translation>Не вдалося отримати список лідів: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the first %2 are shown)</source>
        <translation>%1 (показано перші %2)</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownModel</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Lead #%1: double-click to open the customer card</source>
        <translation>Лід №%1: двічі клацніть, щоб відкрити картку клієнта</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
</context>
<context>
    <name>showroom::FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>Запланувати повторний контакт</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Запланувати</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>автомобіль не вибрано</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>Лід №%1 · %2 · %3</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Про що йдеться?</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation>Призначити зустріч</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Призначити</translation>
    </message>
    <message>
        <source>The follow-up was not planned</source>
        <translation>Повторний контакт не заплановано</translation>
    </message>
</context>
<context>
    <name>showroom::FunnelTab</name>
    <message>
        <source>Leads in the period</source>
        <translation>Ліди за період</translation>
    </message>
    <message>
        <source>Double-click a stage to list the leads that entered it</source>
        <translation>Двічі клацніть етап, щоб побачити ліди, що увійшли в нього</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>Ліди, що увійшли в етап %1</translation>
    </message>
    <message>
        <source>new leads</source>
        <translation>нові ліди</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Ліди, створені за період</translation>
    </message>
    <message>
        <source>won</source>
        <translation>виграно</translation>
    </message>
    <message>
        <source>Leads moved to Won in the period</source>
        <translation>Ліди, переведені в етап «Виграно» за період</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>втрачено</translation>
    </message>
    <message>
        <source>Leads moved to Lost in the period</source>
        <translation>Ліди, переведені в етап «Втрачено» за період</translation>
    </message>
    <message>
        <source>close rate</source>
        <translation>конверсія в продаж</translation>
    </message>
    <message>
        <source>Won / new leads</source>
        <translation>Виграно / нові ліди</translation>
    </message>
    <message>
        <source>closed on the first visit</source>
        <translation>продано з першого візиту</translation>
    </message>
    <message>
        <source>Won on the day the lead was created</source>
        <translation>Виграно в день створення ліда</translation>
    </message>
    <message>
        <source>closed after a follow-up</source>
        <translation>продано після повторного контакту</translation>
    </message>
    <message>
        <source>Won on a later day</source>
        <translation>Виграно в один із наступних днів</translation>
    </message>
</context>
<context>
    <name>showroom::HoursForm</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Часовий пояс цього комп&apos;ютера (%1)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Автосалон</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation>&amp;Країна для телефонних номерів:</translation>
    </message>
    <message>
        <source>Two letters, e.g. DE: numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Дві латинські літери, наприклад UA: номери без коду країни вважаються номерами цієї країни.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Часовий &amp;пояс:</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>Відкр&amp;ито з:</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Робочі дні:</translation>
    </message>
    <message>
        <source>Response times and follow-up calls count only these hours, in the dealership&apos;s time zone.</source>
        <translation>Час реакції та повторні дзвінки враховують лише ці години за часовим поясом автосалону.</translation>
    </message>
    <message>
        <source>The business day must end after it starts.</source>
        <translation>Робочий день має закінчуватися пізніше, ніж починається.</translation>
    </message>
    <message>
        <source>Choose at least one business day; response times count only those.</source>
        <translation>Виберіть принаймні один робочий день; час реакції рахується лише за робочими днями.</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Вулиця, будинок
Індекс, місто</translation>
    </message>
    <message>
        <source>e.g. +49 30 1234567</source>
        <translation>наприклад, +380 44 123 4567</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Name, address, phone and logo head every printed offer, contract and handover protocol.</source>
        <translation>Назва, адреса, телефон і логотип друкуються в шапці кожної комерційної пропозиції, договору та акта приймання-передачі.</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeForm</name>
    <message>
        <source>Where arriving leads are attributed</source>
        <translation>Джерело та кампанія вхідних лідів</translation>
    </message>
    <message>
        <source>The file&apos;s usual source</source>
        <translation>Звичайне джерело для файлу</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампанія</translation>
    </message>
    <message>
        <source>Intake folder:</source>
        <translation>Тека вхідних:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Поштова скринька:</translation>
    </message>
    <message>
        <source>ADF providers:</source>
        <translation>Постачальники ADF:</translation>
    </message>
    <message>
        <source>An ADF lead names its sender (the provider): a provider listed here gets its source, one named like a source gets that one, any other the channel&apos;s. A campaign counts only leads of its own source.</source>
        <translation>Лід у форматі ADF зазначає відправника (постачальника): постачальник із цього списку отримує своє джерело, постачальник із назвою як у джерела — це джерело, будь-який інший — джерело каналу. Кампанія враховує лише ліди свого джерела.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>Watch an intake &amp;folder</source>
        <translation>Стежити за &amp;текою вхідних</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>Тека вхідних</translation>
    </message>
    <message>
        <source>ADF, email, vCard and list files dropped there are imported within seconds, then moved to processed/ or failed/.</source>
        <translation>Файли ADF, електронних листів, vCard і списків, покладені туди, імпортуються за кілька секунд, а потім переміщуються до processed/ або failed/.</translation>
    </message>
    <message>
        <source>Check a &amp;mailbox</source>
        <translation>&amp;Перевіряти поштову скриньку</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Інтервал перевірки:</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Intake folder: not watched on this computer</source>
        <translation>Тека вхідних: на цьому комп&apos;ютері не відстежується</translation>
    </message>
    <message>
        <source>Mailbox: not checked on this computer</source>
        <translation>Поштова скринька: на цьому комп&apos;ютері не перевіряється</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>збережено; введіть новий, щоб замінити</translation>
    </message>
    <message>
        <source>The intake folder “%1” does not exist.</source>
        <translation>Теки вхідних «%1» не існує.</translation>
    </message>
    <message>
        <source>The mailbox needs a login.</source>
        <translation>Для поштової скриньки потрібен логін.</translation>
    </message>
    <message>
        <source>only for a server with its own certificate</source>
        <translation>лише для сервера з власним сертифікатом</translation>
    </message>
    <message>
        <source>Mail server certificate</source>
        <translation>Сертифікат поштового сервера</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Сертифікат сервера:</translation>
    </message>
    <message>
        <source>Unread messages become leads and are marked read; the message stays attached to the lead. imap:// must offer STARTTLS unless the server is this computer. A server certificate (PEM) is trusted besides the system&apos;s, for a mail server with a certificate of its own.</source>
        <translation>Непрочитані листи стають лідами й позначаються як прочитані; лист залишається прикріпленим до ліда. Сервер imap:// має підтримувати STARTTLS, якщо це не цей комп&apos;ютер. Сертифікат сервера (PEM) вважається довіреним поряд із системними — для поштового сервера з власним сертифікатом.</translation>
    </message>
    <message>
        <source>The server certificate “%1” cannot be read.</source>
        <translation>Не вдається прочитати сертифікат сервера «%1».</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeWatcher</name>
    <message>
        <source>No mailbox password on this desk; enter it in Settings.</source>
        <translation>На цьому робочому місці немає пароля поштової скриньки; введіть його в налаштуваннях.</translation>
    </message>
    <message>
        <source>The mailbox password cannot be read: %1</source>
        <translation>Не вдається прочитати пароль поштової скриньки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; see the failed folder.</source>
        <translation>
            <numerusform>%n файл не вдалося імпортувати; див. теку failed/.</numerusform>
            <numerusform>%n файли не вдалося імпортувати; див. теку failed/.</numerusform>
            <numerusform>%n файлів не вдалося імпортувати; див. теку failed/.</numerusform>
        </translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>теки вхідних</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>поштової скриньки</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: перевірка…</translation>
    </message>
    <message>
        <source>%1: %2 (next try at %3)</source>
        <translation>%1: %2 (наступна спроба о %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: waiting for the first check</source>
        <translation>%1: очікування першої перевірки</translation>
    </message>
    <message>
        <source>%1: checked at %2, no new leads yet</source>
        <translation>%1: перевірено о %2, нових лідів поки немає</translation>
    </message>
    <message numerus="yes">
        <source>%1: checked at %2; %n lead(s) came in at %3</source>
        <translation>
            <numerusform>%1: перевірено о %2; о %3 надійшов %n лід</numerusform>
            <numerusform>%1: перевірено о %2; о %3 надійшли %n ліди</numerusform>
            <numerusform>%1: перевірено о %2; о %3 надійшло %n лідів</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>Тека вхідних</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Поштова скринька</translation>
    </message>
</context>
<context>
    <name>showroom::KpiTiles</name>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Walk-ins in the period</source>
        <translation>Візити до салону за період</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Перші візити</translation>
    </message>
    <message>
        <source>Walk-ins recorded as the visitor&apos;s first visit</source>
        <translation>Візити, записані як перший візит відвідувача</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>Частка збережених контактів</translation>
    </message>
    <message>
        <source>First visits whose visitor left a phone number or email</source>
        <translation>Перші візити, під час яких відвідувач залишив телефон або e-mail</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Нові ліди</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Ліди, створені за період</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Конверсія в продаж</translation>
    </message>
    <message>
        <source>Leads won / new leads</source>
        <translation>Виграні ліди / нові ліди</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Deals signed in the period (not cancelled)</source>
        <translation>Угоди, укладені за період (не скасовані)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>List price minus discount of the deals signed in the period</source>
        <translation>Прайсова ціна мінус знижка за угодами, укладеними за період</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>виграно: %1 · втрачено: %2</translation>
    </message>
    <message>
        <source>%1 on the first visit</source>
        <translation>%1 з першого візиту</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>видано: %1</translation>
    </message>
    <message>
        <source>%1 per sale</source>
        <translation>%1 на продаж</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>раніше: %1</translation>
    </message>
    <message>
        <source>%1 vs prev. period</source>
        <extracomment>A tile&apos;s change against the previous period, e.g. &quot;+12% vs prev. period&quot;</extracomment>
        <translation>%1 до попер. періоду</translation>
    </message>
    <message>
        <source>%1 vs last year</source>
        <extracomment>A tile&apos;s change against the same period last year</extracomment>
        <translation>%1 до минулого року</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(не імпортується)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
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
        <source>Mobile</source>
        <translation>Мобільний телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation>Автомобіль, що цікавить</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <source>Record id (for re-imports)</source>
        <translation>ID запису (для повторного імпорту)</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Імпорт лідів</translation>
    </message>
    <message>
        <source>ADF (.xml), email (.eml), vCard (.vcf) or a list (.csv)</source>
        <translation>ADF (.xml), електронний лист (.eml), vCard (.vcf) або список (.csv)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Вибрати файл…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Як зазначено у файлі</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Джере&amp;ло:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Перше значення</translation>
    </message>
    <message>
        <source>line 999</source>
        <translation>рядок 999</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>Лід для відомого клієнта</translation>
    </message>
    <message>
        <source>Choose a file: every record is checked before anything is written.</source>
        <translation>Виберіть файл: кожен запис перевіряється до того, як щось буде збережено.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Leads to import</source>
        <translation>Ліди для імпорту</translation>
    </message>
    <message>
        <source>Lead files (*.xml *.adf *.eml *.vcf *.csv *.txt);;All files (*)</source>
        <translation>Файли лідів (*.xml *.adf *.eml *.vcf *.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>Choose the source this list came from.</source>
        <translation>Виберіть джерело, з якого отримано цей список.</translation>
    </message>
    <message>
        <source>The leads were not imported</source>
        <translation>Ліди не імпортовано</translation>
    </message>
    <message>
        <source>%1 new, %2 for known customers, %3 to review, %4 imported before, %5 rejected.</source>
        <translation>нових: %1, для відомих клієнтів: %2, на перевірку: %3, вже імпортовано: %4, відхилено: %5.</translation>
    </message>
    <message>
        <source>Read as %1. %2</source>
        <translation>кодування %1; %2</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 “Import” creates the leads; rejected records and those imported before are skipped.</source>
        <translation>Перевірено, поки нічого не записано: %1 «Імпортувати» створить ліди; відхилені та вже імпортовані записи буде пропущено.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампанія</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportModel</name>
    <message>
        <source>New customer and lead</source>
        <translation>Новий клієнт і лід</translation>
    </message>
    <message>
        <source>Customer and lead created</source>
        <translation>Створено клієнта й лід</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>Лід для відомого клієнта</translation>
    </message>
    <message>
        <source>Lead for a known customer created</source>
        <translation>Створено лід для відомого клієнта</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Вже імпортовано</translation>
    </message>
    <message>
        <source>Lead to review</source>
        <translation>Лід на перевірку</translation>
    </message>
    <message>
        <source>Lead to review created</source>
        <translation>Створено лід на перевірку</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
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
    <name>showroom::LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>Вибрати &amp;логотип…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 512 KB, printed at the top of offers, contracts and handover protocols</source>
        <translation>Зображення PNG або JPEG до 512 КБ; друкується вгорі комерційних пропозицій, договорів і актів приймання-передачі</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;Видалити логотип</translation>
    </message>
    <message>
        <source>Choose the dealership&apos;s logo</source>
        <translation>Виберіть логотип автосалону</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Зображення (*.png *.jpg *.jpeg);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>The logo was not changed</source>
        <translation>Логотип не змінено</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Немає логотипа</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Зображення не читається</translation>
    </message>
</context>
<context>
    <name>showroom::LostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>Позначити як втрачений</translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation>Закрити як втрачений</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Запросити підтвердження</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be closed as lost. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>Буде закрито як втрату: &lt;b&gt;%1&lt;/b&gt;. Щотижневий звіт будується на причинах відмови, тож вкажіть справжню причину.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays on your board until the manager approves. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>До підтвердження керівником у вашій воронці залишається &lt;b&gt;%1&lt;/b&gt;. Щотижневий звіт будується на причинах відмови, тож вкажіть справжню причину.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Виберіть причину…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>Що сталося — словами клієнта</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Choose why the lead is lost.</source>
        <translation>Вкажіть, чому лід втрачено.</translation>
    </message>
    <message>
        <source>“%1” needs a comment.</source>
        <translation>Для «%1» потрібен коментар.</translation>
    </message>
    <message>
        <source>This reason needs a comment.</source>
        <translation>Для цієї причини потрібен коментар.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Необов&apos;язково.</translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonListModel</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Needs a comment</source>
        <translation>Потрібен коментар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Пропонується</translation>
    </message>
    <message>
        <source>Retired: not offered</source>
        <translation>Вимкнена: не пропонується</translation>
    </message>
    <message>
        <source>The consultant must explain the loss in a comment</source>
        <translation>Консультант має пояснити відмову в коментарі</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Двічі клацніть або натисніть F2, щоб перейменувати</translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonsSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>Type a new name for the selected reason (F2)</source>
        <translation>Ввести нову назву вибраної причини (F2)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Вим&amp;кнути</translation>
    </message>
    <message>
        <source>Retired reasons are no longer offered; past leads keep them</source>
        <translation>Вимкнені причини більше не пропонуються; у минулих лідів вони зберігаються</translation>
    </message>
    <message>
        <source>A new reason, e.g. Financing refused</source>
        <translation>Нова причина, наприклад «Відмова в кредиті»</translation>
    </message>
    <message>
        <source>Needs a &amp;comment</source>
        <translation>Потрібен ко&amp;ментар</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>Додати п&amp;ричину</translation>
    </message>
    <message>
        <source>A lost lead always needs one of these reasons; where a reason needs a comment, the consultant explains it too. They are the manager&apos;s most valuable figures in the weekly report.</source>
        <translation>Для втраченого ліда завжди потрібна одна з цих причин; якщо причина потребує коментаря, консультант ще й пояснює її. Для керівника це найцінніші показники щотижневого звіту.</translation>
    </message>
    <message>
        <source>The lost reasons could not be loaded</source>
        <translation>Не вдалося завантажити причини відмов</translation>
    </message>
    <message>
        <source>The lost reason was not added</source>
        <translation>Причину відмови не додано</translation>
    </message>
    <message>
        <source>The lost reason was not renamed</source>
        <translation>Причину відмови не перейменовано</translation>
    </message>
    <message>
        <source>The lost reason was not changed</source>
        <translation>Причину відмови не змінено</translation>
    </message>
    <message>
        <source>The lost reason was not retired</source>
        <translation>Причину відмови не вимкнено</translation>
    </message>
    <message>
        <source>The lost reason was not restored</source>
        <translation>Причину відмови не увімкнено</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Увім&amp;кнути</translation>
    </message>
</context>
<context>
    <name>showroom::LostTab</name>
    <message>
        <source>Lost leads</source>
        <translation>Втрачені ліди</translation>
    </message>
    <message>
        <source>Double-click a reason, or a reason&apos;s count in a stage, to list the leads</source>
        <translation>Двічі клацніть причину або її кількість на етапі, щоб побачити ліди</translation>
    </message>
    <message>
        <source>lost in the period</source>
        <translation>втрачено за період</translation>
    </message>
    <message>
        <source>Leads whose loss was approved and that were closed in the period</source>
        <translation>Ліди, відмову за якими підтверджено і які закрито за період</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>очікують підтвердження</translation>
    </message>
    <message>
        <source>Losses requested by the end of the period that still wait for a manager</source>
        <translation>Відмови, запитані до кінця періоду, що досі чекають на керівника</translation>
    </message>
    <message>
        <source>Leads lost in %1: %2</source>
        <translation>Ліди, втрачені на етапі %1: %2</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>Втрачені ліди: %1</translation>
    </message>
</context>
<context>
    <name>showroom::MainWindow</name>
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
    <message>
        <source>Merged customer #%1 into #%2 (%3): moved %4.</source>
        <translation>Клієнта №%1 об&apos;єднано з №%2 (%3), перенесено: %4.</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Знайти клієнта</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записати дзвінок</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Імпорт лідів…</translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>тека вхідних</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>поштова скринька</translation>
    </message>
    <message>
        <source>Lead intake: on</source>
        <translation>Приймання лідів: увімкнено</translation>
    </message>
    <message>
        <source>Lead intake: %1 not working</source>
        <translation>Приймання лідів: збій — %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the %1</source>
        <translation>
            <numerusform>%n новий лід з %1</numerusform>
            <numerusform>%n нові ліди з %1</numerusform>
            <numerusform>%n нових лідів з %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Об&apos;єднання клієнтів</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where the two records differ, the value to keep. Everything attached to the other record moves to the kept one; the other record is archived, not deleted.</source>
        <translation>Виберіть запис, який слід залишити, а там, де записи відрізняються, — значення, яке слід зберегти. Усе, що прив&apos;язано до іншого запису, перейде до основного; інший запис буде заархівовано, а не видалено.</translation>
    </message>
    <message>
        <source>Where the records differ, click the value to keep:</source>
        <translation>Там, де записи відрізняються, клацніть значення, яке слід зберегти:</translation>
    </message>
    <message>
        <source>The two records hold the same values in every field.</source>
        <translation>В усіх полях обох записів однакові значення.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об&apos;єднати</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Залишити цей запис</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Відповідальний:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Створено:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Прив&apos;язано:</translation>
    </message>
    <message>
        <source>Customers cannot be merged</source>
        <translation>Не вдається об&apos;єднати клієнтів</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3.</source>
        <translation>Запис «%1» (№%2) уже об&apos;єднано з клієнтом №%3.</translation>
    </message>
    <message>
        <source>Merging moves %1 from record #%2 to record #%3. Record #%2 is then archived: it keeps its data and points to #%3; nothing is deleted.</source>
        <translation>Об&apos;єднання перенесе із запису №%2 до запису №%3: %1. Потім запис №%2 буде заархівовано: він збереже свої дані й посилатиметься на №%3; нічого не видаляється.</translation>
    </message>
    <message>
        <source>Record #%1 has nothing attached. Merging archives it: it keeps its data and points to #%2; nothing is deleted.</source>
        <translation>До запису №%1 нічого не прив&apos;язано. Під час об&apos;єднання його буде заархівовано: він збереже свої дані й посилатиметься на №%2; нічого не видаляється.</translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  №%2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>не призначено</translation>
    </message>
    <message>
        <source>Customers not merged</source>
        <translation>Клієнтів не об&apos;єднано</translation>
    </message>
</context>
<context>
    <name>showroom::MergeFieldModel</name>
    <message>
        <source>High (walk-in)</source>
        <translation>Висока (візит до салону)</translation>
    </message>
    <message>
        <source>Value (call, chat, web)</source>
        <translation>Середня (дзвінок, чат, сайт)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Звичайна</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>зберігається</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>не зберігається</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept record #%1</source>
        <translation>Основний запис №%1</translation>
    </message>
    <message>
        <source>Merged record #%1</source>
        <translation>Приєднуваний запис №%1</translation>
    </message>
</context>
<context>
    <name>showroom::NewLeadDialog</name>
    <message>
        <source>New lead for %1</source>
        <translation>Новий лід: %1</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Створити лід</translation>
    </message>
    <message>
        <source>Choose where the lead came from…</source>
        <translation>Виберіть, звідки надійшов лід…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>%1 bought from us before, so this lead counts as a repurchase.</source>
        <translation>Клієнт %1 уже купував у нас, тому цей лід вважається повторною покупкою.</translation>
    </message>
    <message>
        <source>e.g. VW ID.4 Pro, used estate car up to 20,000</source>
        <translation>наприклад, VW ID.4 Pro, вживаний універсал до 20 000</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>Автомобіль, що цікавить</translation>
    </message>
    <message>
        <source>Unassigned queue</source>
        <translation>Не призначено (черга лідів)</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
</context>
<context>
    <name>showroom::NotSoldDialog</name>
    <message>
        <source>Not sold</source>
        <translation>Не продано</translation>
    </message>
    <message>
        <source>Record as not sold</source>
        <translation>Позначити «не продано»</translation>
    </message>
    <message>
        <source>Why did the customer not take &lt;b&gt;%1&lt;/b&gt;? The reason goes into the accessories report.</source>
        <translation>Чому клієнт не взяв &lt;b&gt;%1&lt;/b&gt;? Причина потрапить до звіту з аксесуарів.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Виберіть причину…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Choose why the accessory was not sold.</source>
        <translation>Вкажіть, чому аксесуар не продано.</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationButton</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитане сповіщення</numerusform>
            <numerusform>%n непрочитані сповіщення</numerusform>
            <numerusform>%n непрочитаних сповіщень</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Сповіщення: непрочитаних немає</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationCenter</name>
    <message>
        <source>The reminder rules could not run: %1</source>
        <translation>Не вдалося виконати правила нагадувань: %1</translation>
    </message>
    <message>
        <source>Notifications could not be read: %1</source>
        <translation>Не вдалося прочитати сповіщення: %1</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationListModel</name>
    <message>
        <source>Notification</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationPanel</name>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Позначити всі як &amp;прочитані</translation>
    </message>
    <message>
        <source>No notifications. Reminders, escalations, assignments and comments on your follow-ups will appear here.</source>
        <translation>Сповіщень немає. Тут з&apos;являтимуться нагадування, ескалації, призначення та коментарі до ваших повторних контактів.</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>Не вдалося завантажити сповіщення: %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message numerus="yes">
        <source>Notifications — %n unread</source>
        <translation>
            <numerusform>Сповіщення — %n непрочитане</numerusform>
            <numerusform>Сповіщення — %n непрочитані</numerusform>
            <numerusform>Сповіщення — %n непрочитаних</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications not marked read</source>
        <translation>Сповіщення не позначено як прочитані</translation>
    </message>
    <message>
        <source>Notification not marked read</source>
        <translation>Сповіщення не позначено як прочитане</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationTray</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n нове сповіщення</numerusform>
            <numerusform>%n нові сповіщення</numerusform>
            <numerusform>%n нових сповіщень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showroom CRM — %n unread notification(s)</source>
        <translation>
            <numerusform>Showroom CRM — %n непрочитане сповіщення</numerusform>
            <numerusform>Showroom CRM — %n непрочитані сповіщення</numerusform>
            <numerusform>Showroom CRM — %n непрочитаних сповіщень</numerusform>
        </translation>
    </message>
    <message>
        <source>Showroom CRM</source>
        <translation>Showroom CRM</translation>
    </message>
</context>
<context>
    <name>showroom::OverviewTab</name>
    <message>
        <source>Deliveries and loans</source>
        <translation>Видача авто та кредити</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>видано</translation>
    </message>
    <message>
        <source>Deals handed over in the period</source>
        <translation>Угоди, за якими авто видано за період</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>вчасно</translation>
    </message>
    <message>
        <source>Handed over on or before the promised date</source>
        <translation>Видано в обіцяну дату або раніше</translation>
    </message>
    <message>
        <source>late</source>
        <translation>із запізненням</translation>
    </message>
    <message>
        <source>Handed over after the promised date</source>
        <translation>Видано після обіцяної дати</translation>
    </message>
    <message>
        <source>without a promised date</source>
        <translation>без обіцяної дати</translation>
    </message>
    <message>
        <source>loan applications sent</source>
        <translation>заявок на кредит надіслано</translation>
    </message>
    <message>
        <source>Loan documents sent to the bank in the period</source>
        <translation>Документи для кредиту, надіслані до банку за період</translation>
    </message>
    <message>
        <source>loans approved</source>
        <translation>кредитів схвалено</translation>
    </message>
    <message>
        <source>Loans the bank approved in the period</source>
        <translation>Кредити, схвалені банком за період</translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation>Цей розділ Showroom CRM ще не готовий.</translation>
    </message>
</context>
<context>
    <name>showroom::ProviderSourceTable</name>
    <message>
        <source>Provider name in ADF</source>
        <translation>Назва постачальника в ADF</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Джерело лідів</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Додати постачальника</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>showroom::ReceptionPage</name>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Дод&amp;ати контакт…</translation>
    </message>
    <message>
        <source>Add the phone or email this visitor gave (Ctrl+K)</source>
        <translation>Додати телефон або ел. пошту, які залишив відвідувач (Ctrl+K)</translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation>Відвідувач пі&amp;шов</translation>
    </message>
    <message>
        <source>Record the departure time now (Ctrl+D)</source>
        <translation>Зафіксувати час виходу зараз (Ctrl+D)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Відк&amp;рити клієнта</translation>
    </message>
    <message>
        <source>Today&apos;s visitors and calls</source>
        <translation>Відвідувачі та дзвінки за сьогодні</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Рецепція</translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be loaded</source>
        <translation>Не вдалося завантажити сьогоднішні візити</translation>
    </message>
    <message>
        <source>The departure was not recorded</source>
        <translation>Час виходу не записано</translation>
    </message>
</context>
<context>
    <name>showroom::ReportExportDialog</name>
    <message>
        <source>Export the report</source>
        <translation>Вивантаження звіту</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx): every table as a sheet</source>
        <translation>Книга Excel (*.xlsx): кожна таблиця на окремому аркуші</translation>
    </message>
    <message>
        <source>CSV (*.csv): one table</source>
        <translation>CSV (*.csv): одна таблиця</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Таблиця:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>Щотижневий звіт %1</translation>
    </message>
    <message>
        <source>Report %1 – %2</source>
        <translation>Звіт %1 – %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Не вдалося вивантажити</translation>
    </message>
</context>
<context>
    <name>showroom::ReportHeader</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
        <source>The weekly report as it will be printed</source>
        <translation>Щотижневий звіт у тому вигляді, в якому його буде надруковано</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Зберегти &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the printed report as a PDF file</source>
        <translation>Зберегти друкований звіт у файл PDF</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ек&amp;спорт…</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to Excel or CSV</source>
        <translation>Вивантажити таблиці звіту в Excel або CSV</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Минулий тиждень</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Останні 4 тижні</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Інший…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Пе&amp;ріод:</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>Наступний період</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>Консульт&amp;ант:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Джере&amp;ло:</translation>
    </message>
    <message>
        <source>Consultants see their own figures</source>
        <translation>Консультанти бачать власні показники</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Усі консультанти</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивний)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
</context>
<context>
    <name>showroom::ReportsPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>Ворон&amp;ка</translation>
    </message>
    <message>
        <source>Sourc&amp;es</source>
        <translation>Дж&amp;ерела</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>Втра&amp;чені</translation>
    </message>
    <message>
        <source>Consul&amp;tants</source>
        <translation>Ко&amp;нсультанти</translation>
    </message>
    <message>
        <source>Reports are for consultants and managers.
%1</source>
        <translation>Звіти доступні консультантам і керівникам.
%1</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Не вдалося розрахувати звіт: %1</translation>
    </message>
    <message>
        <source>Figures as of %1 (%2). Click a bar or double-click a row to list the leads behind it.</source>
        <translation>Дані на %1 (%2). Клацніть стовпчик діаграми або двічі клацніть рядок, щоб побачити ліди за ними.</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>місцевий час</translation>
    </message>
</context>
<context>
    <name>showroom::RulesForm</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>e.g. 1, 3, 7</source>
        <translation>наприклад, 1, 3, 7</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Час реакції</translation>
    </message>
    <message>
        <source>&amp;Contact a new lead within:</source>
        <translation>Зв&apos;язатися з новим лідом &amp;протягом:</translation>
    </message>
    <message>
        <source>The default; each lead source can have its own time (see Lead sources). Only business hours count.</source>
        <translation>Типове значення; кожне джерело лідів може мати власний час (див. «Джерела лідів»). Враховується лише робочий час.</translation>
    </message>
    <message>
        <source>&amp;Tell the manager after a further:</source>
        <translation>Повідомити &amp;керівника ще через:</translation>
    </message>
    <message>
        <source>At the deadline the consultant, or whoever watches the unassigned queue, is reminded; if the lead is still waiting this much later, the manager is notified.</source>
        <translation>Після спливу терміну нагадування отримує консультант або той, хто стежить за чергою непризначених лідів; якщо лід і далі чекає після цього часу, сповіщення отримує керівник.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Повторні контакти</translation>
    </message>
    <message>
        <source>Call after a first visit on &amp;days:</source>
        <translation>&amp;Телефонувати після першого візиту в дні:</translation>
    </message>
    <message>
        <source>Days after the visit, separated by commas. A call due on a closed day moves to the next business day.</source>
        <translation>Дні після візиту через кому. Дзвінок, що припадає на неробочий день, переноситься на наступний робочий день.</translation>
    </message>
    <message>
        <source>&amp;Reassign invited leads who did not come after:</source>
        <translation>Переп&amp;ризначати запрошених, які не прийшли, через:</translation>
    </message>
    <message>
        <source>Follow-up days are whole numbers above zero, e.g. 1, 3, 7.</source>
        <translation>Дні повторних контактів — цілі числа, більші за нуль, наприклад 1, 3, 7.</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsForm</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Скасувати зміни</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Знову показати збережені значення</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Store these settings for every desk (Ctrl+S)</source>
        <translation>Зберегти ці налаштування для всіх робочих місць (Ctrl+S)</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Є незбережені зміни.</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Налаштування не збережено</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsPage</name>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причини відмов</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Джерела лідів</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Розподіл</translation>
    </message>
    <message>
        <source>Response &amp;&amp; follow-ups</source>
        <translation>Реакція та повторні контакти</translation>
    </message>
    <message>
        <source>Dealership &amp;&amp; hours</source>
        <translation>Автосалон і години роботи</translation>
    </message>
    <message>
        <source>Board cards</source>
        <translation>Картки воронки</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Only managers and administrators can change these settings; you can look at them.</source>
        <translation>Змінювати ці налаштування можуть лише керівники та адміністратори; ви можете їх переглядати.</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Deals &amp;&amp; after-sales</source>
        <translation>Угоди та після продажу</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листи</translation>
    </message>
    <message>
        <source>Lead intake</source>
        <translation>Приймання лідів</translation>
    </message>
</context>
<context>
    <name>showroom::ShareModel</name>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Of the leads</source>
        <translation>Частка лідів</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to change; 0 takes no leads under weighted assignment</source>
        <translation>Двічі клацніть, щоб змінити; при частці 0 ліди при зваженому розподілі не призначаються</translation>
    </message>
</context>
<context>
    <name>showroom::SourceDelegate</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
</context>
<context>
    <name>showroom::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Цінність клієнта</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Термін реакції</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Розподіл</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>Follow the general rule (%1)</source>
        <translation>Як у загальному правилі (%1)</translation>
    </message>
    <message>
        <source>High: walked in</source>
        <translation>Висока: візит до салону</translation>
    </message>
    <message>
        <source>Value: call, chat or web</source>
        <translation>Середня: дзвінок, чат або сайт</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Звичайна</translation>
    </message>
    <message>
        <source>Double-click to change how soon a new lead from this source must be contacted (business hours)</source>
        <translation>Двічі клацніть, щоб змінити, як швидко треба зв&apos;язатися з новим лідом із цього джерела (у робочий час)</translation>
    </message>
    <message>
        <source>Double-click to choose how leads from this source find a consultant</source>
        <translation>Двічі клацніть, щоб вибрати, як ліди з цього джерела розподіляються між консультантами</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesSection</name>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours. Double-click a time or an assignment rule to change it; the change is saved at once.</source>
        <translation>З новим лідом треба зв&apos;язатися в межах часу реакції його джерела; враховується лише робочий час. Двічі клацніть час або правило розподілу, щоб змінити його; зміна зберігається одразу.</translation>
    </message>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours.</source>
        <translation>З новим лідом треба зв&apos;язатися в межах часу реакції його джерела; враховується лише робочий час.</translation>
    </message>
    <message>
        <source>The lead sources could not be loaded</source>
        <translation>Не вдалося завантажити джерела лідів</translation>
    </message>
    <message>
        <source>The lead source was not changed</source>
        <translation>Джерело ліда не змінено</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesTab</name>
    <message>
        <source>Double-click a source to list its leads</source>
        <translation>Двічі клацніть джерело, щоб побачити його ліди</translation>
    </message>
    <message>
        <source>Double-click a campaign to list its leads</source>
        <translation>Двічі клацніть кампанію, щоб побачити її ліди</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Ліди з джерела %1</translation>
    </message>
    <message>
        <source>Leads of the campaign %1</source>
        <translation>Ліди кампанії %1</translation>
    </message>
</context>
<context>
    <name>showroom::StageListModel</name>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as won</source>
        <translation>Системний: закриває лід як виграний</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as lost</source>
        <translation>Системний: закриває лід як втрачений</translation>
    </message>
    <message>
        <source>Fixed: new leads wait here</source>
        <translation>Системний: тут чекають нові ліди</translation>
    </message>
    <message>
        <source>Fixed: a consultant took the lead</source>
        <translation>Системний: консультант узяв лід у роботу</translation>
    </message>
    <message>
        <source>Retired: not on the board</source>
        <translation>Вимкнений: не показується у воронці</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>У воронці</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Двічі клацніть або натисніть F2, щоб перейменувати</translation>
    </message>
</context>
<context>
    <name>showroom::StagesSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>Type a new name for the selected stage (F2)</source>
        <translation>Ввести нову назву вибраного етапу (F2)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ви&amp;ще</translation>
    </message>
    <message>
        <source>One column further left on the board</source>
        <translation>На одну колонку лівіше у воронці</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Нижче</translation>
    </message>
    <message>
        <source>One column further right on the board</source>
        <translation>На одну колонку правіше у воронці</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Вим&amp;кнути</translation>
    </message>
    <message>
        <source>Retired stages leave the board; their history stays in the reports</source>
        <translation>Вимкнені етапи зникають з воронки; їхня історія залишається у звітах</translation>
    </message>
    <message>
        <source>Name of a new stage, e.g. Test drive booked</source>
        <translation>Назва нового етапу, наприклад «Записаний на тест-драйв»</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>Додати &amp;етап</translation>
    </message>
    <message>
        <source>The new stage comes last among the open stages, before Won and Lost</source>
        <translation>Новий етап стане останнім серед відкритих етапів, перед «Виграно» і «Втрачено»</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost. Changes here are saved at once and every desk sees them.</source>
        <translation>Воронка показує відкриті етапи зліва направо, потім «Виграно» і «Втрачено». Зміни тут зберігаються одразу й видимі на всіх робочих місцях.</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost.</source>
        <translation>Воронка показує відкриті етапи зліва направо, потім «Виграно» і «Втрачено».</translation>
    </message>
    <message>
        <source>The stages could not be loaded</source>
        <translation>Не вдалося завантажити етапи</translation>
    </message>
    <message>
        <source>The stage was not added</source>
        <translation>Етап не додано</translation>
    </message>
    <message>
        <source>The stage was not renamed</source>
        <translation>Етап не перейменовано</translation>
    </message>
    <message>
        <source>The stage was not moved</source>
        <translation>Етап не переміщено</translation>
    </message>
    <message>
        <source>The stage was not restored</source>
        <translation>Етап не увімкнено</translation>
    </message>
    <message>
        <source>The stage was not retired</source>
        <translation>Етап не вимкнено</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Увім&amp;кнути</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportDialog</name>
    <message>
        <source>Import a stock list</source>
        <translation>Імпорт списку автомобілів</translation>
    </message>
    <message>
        <source>A CSV file: VIN, make, model, … (English or German headers)</source>
        <translation>Файл CSV: VIN, марка, модель, … (заголовки англійською або німецькою)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Вибрати файл…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Буде оновлено</translation>
    </message>
    <message>
        <source>Choose a file: every row is checked before anything is written.</source>
        <translation>Виберіть файл: кожен рядок перевіряється до того, як щось буде записано.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Stock list</source>
        <translation>Список автомобілів</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>The stock list was not imported</source>
        <translation>Список автомобілів не імпортовано</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>нових: %1, оновлено: %2, без змін: %3, відхилено: %4.</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 Rejected rows are skipped; “Import” writes the others.</source>
        <translation>Перевірено, поки нічого не записано: %1 Відхилені рядки буде пропущено; «Імпортувати» запише решту.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportModel</name>
    <message>
        <source>Will be added</source>
        <translation>Буде додано</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Буде оновлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без змін</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>showroom::StockListModel</name>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Stock no.</source>
        <translation>Склад. №</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Комплектація</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>A test-drive car: customers can book it for test drives</source>
        <translation>Автомобіль для тест-драйву: клієнти можуть записатися на ньому на тест-драйв</translation>
    </message>
</context>
<context>
    <name>showroom::StockPage</name>
    <message>
        <source>Condition</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Д&amp;одати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Імпорт CSV…</translation>
    </message>
    <message>
        <source>Only managers keep the stock list.</source>
        <translation>Склад автомобілів ведуть лише керівники.</translation>
    </message>
    <message>
        <source>Add a car to the stock list</source>
        <translation>Додати автомобіль на склад</translation>
    </message>
    <message>
        <source>Edit the selected car</source>
        <translation>Змінити вибраний автомобіль</translation>
    </message>
    <message>
        <source>Read a stock list (CSV) from the importer or the factory</source>
        <translation>Завантажити список автомобілів (CSV) від імпортера або заводу</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Search: any part of the VIN, stock number, make or model</source>
        <translation>Пошук: будь-яка частина VIN, складський номер, марка або модель</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>A&amp;vailable only</source>
        <translation>Лише ві&amp;льні</translation>
    </message>
    <message>
        <source>In stock or in transit, not reserved or sold</source>
        <translation>На складі або в дорозі, не зарезервовано й не продано</translation>
    </message>
    <message>
        <source>the first %1 vehicles</source>
        <translation>перші %1 автомобілів</translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 автомобіль</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n автомобіль</numerusform>
            <numerusform>%n автомобілі</numerusform>
            <numerusform>%n автомобілів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::TaskCommentDialog</name>
    <message>
        <source>Comment on a follow-up</source>
        <translation>Коментар до повторного контакту</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Advice or a question for the consultant</source>
        <translation>Порада або запитання консультанту</translation>
    </message>
    <message>
        <source>Advice or a question for %1</source>
        <translation>Порада або запитання консультанту %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
</context>
<context>
    <name>showroom::TestDriveDialog</name>
    <message>
        <source>Book a test drive</source>
        <translation>Призначити тест-драйв</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Призначити</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>автомобіль не вибрано</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>Лід №%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 година</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n година</numerusform>
            <numerusform>%n години</numerusform>
            <numerusform>%n годин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>&amp;Car</source>
        <translation>&amp;Автомобіль</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Три&amp;валість</translation>
    </message>
    <message>
        <source>Booked that day</source>
        <translation>Зайнято цього дня</translation>
    </message>
    <message>
        <source>There is no test-drive car in the stock list yet. A manager marks cars as test-drive cars on the Stock page.</source>
        <translation>На складі поки немає автомобілів для тест-драйву. Керівник позначає їх на сторінці «Склад».</translation>
    </message>
    <message>
        <source>Free all day.</source>
        <translation>Вільний увесь день.</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <translation>%1–%2  %3</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(без клієнта)</translation>
    </message>
    <message>
        <source>Choose a test-drive car.</source>
        <translation>Виберіть автомобіль для тест-драйву.</translation>
    </message>
</context>
<context>
    <name>showroom::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>showroom::TodayModel</name>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Car of interest</source>
        <translation>Автомобіль, що цікавить</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation>Ким заплановано</translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation>Коментар керівника</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сьогодні</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Зустрічі сьогодні</translation>
    </message>
    <message>
        <source>%1 — nothing</source>
        <translation>%1 — немає</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>showroom::TodayPage</name>
    <message>
        <source>Rule · day 7</source>
        <translation>Правило · день 7</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Готово…</translation>
    </message>
    <message>
        <source>Close the selected task with its result</source>
        <translation>Закрити вибране завдання із зазначенням результату</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Коментувати…</translation>
    </message>
    <message>
        <source>Comment on the consultant&apos;s follow-up; the consultant is notified</source>
        <translation>Прокоментувати повторний контакт консультанта; консультант отримає сповіщення</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Додати &amp;повторний контакт…</translation>
    </message>
    <message>
        <source>Plan another follow-up for the same lead</source>
        <translation>Запланувати ще один повторний контакт за тим самим лідом</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Відк&amp;рити клієнта</translation>
    </message>
    <message>
        <source>Open the customer card at this lead</source>
        <translation>Відкрити картку клієнта на цьому ліді</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Усі консультанти</translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be loaded: %1</source>
        <translation>Не вдалося завантажити завдання на сьогодні: %1</translation>
    </message>
</context>
<context>
    <name>showroom::TrafficTiles</name>
    <message>
        <source>Visitors today</source>
        <translation>Відвідувачів сьогодні</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Перші візити</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>Контакт збережено</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>Частка збережених контактів</translation>
    </message>
    <message>
        <source>First-time visitors whose phone or email was captured, out of all first-time visitors today</source>
        <translation>Частка відвідувачів із першим візитом, чий телефон або ел. пошту збережено, серед усіх відвідувачів із першим візитом за сьогодні</translation>
    </message>
</context>
<context>
    <name>showroom::VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>Змінити автомобіль</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>Додати автомобіль</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Check digit verified.</source>
        <translation>Контрольну цифру перевірено.</translation>
    </message>
    <message>
        <source>17 characters, e.g. WVWZZZ1KZAW000001</source>
        <translation>17 символів, наприклад WVWZZZ1KZAW000001</translation>
    </message>
    <message>
        <source>e.g. VW</source>
        <translation>наприклад, VW</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>наприклад, Golf</translation>
    </message>
    <message>
        <source>e.g. Life</source>
        <translation>наприклад, Life</translation>
    </message>
    <message>
        <source>e.g. Moonstone Grey</source>
        <translation>наприклад, Moonstone Grey</translation>
    </message>
    <message>
        <source>e.g. 32.990,00</source>
        <translation>наприклад, 32 990,00</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>очікується</translation>
    </message>
    <message>
        <source>Test-drive car: customers can book it for test drives</source>
        <translation>Автомобіль для тест-драйву: клієнти можуть записатися на ньому на тест-драйв</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Марка</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>Мо&amp;дель</translation>
    </message>
    <message>
        <source>&amp;Trim</source>
        <translation>&amp;Комплектація</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>Ко&amp;лір</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Рік</translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation>&amp;Стан</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Ціна</translation>
    </message>
    <message>
        <source>Stock n&amp;umber</source>
        <translation>Складський &amp;номер</translation>
    </message>
    <message>
        <source>Reserved, sold and delivered follow the car&apos;s deal.</source>
        <translation>Статуси «зарезервовано», «продано» й «видано» задає угода щодо автомобіля.</translation>
    </message>
    <message>
        <source>The vehicle was not saved</source>
        <translation>Автомобіль не збережено</translation>
    </message>
</context>
<context>
    <name>showroom::VehicleListModel</name>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобіль</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>%1 — expected on %2</source>
        <translation>%1 — очікується %2</translation>
    </message>
    <message>
        <source>%1 — stock no. %2</source>
        <translation>%1 — складський № %2</translation>
    </message>
    <message>
        <source>In transit, %1</source>
        <translation>В дорозі, %1</translation>
    </message>
</context>
<context>
    <name>showroom::VehiclePicker</name>
    <message>
        <source>Car from &amp;stock</source>
        <translation>Автомобіль зі скл&amp;аду</translation>
    </message>
    <message>
        <source>&amp;Factory order</source>
        <translation>&amp;Замовлення з заводу</translation>
    </message>
    <message>
        <source>VIN (any part), stock number, make or model</source>
        <translation>VIN (будь-яка частина), складський номер, марка або модель</translation>
    </message>
    <message>
        <source>Make, model, trim, colour and options as ordered</source>
        <translation>Марка, модель, комплектація, колір та опції за замовленням</translation>
    </message>
    <message>
        <source>Any make</source>
        <translation>Будь-яка марка</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Будь-яка модель</translation>
    </message>
    <message>
        <source>Any trim</source>
        <translation>Будь-яка комплектація</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Будь-який колір</translation>
    </message>
    <message>
        <source>The stock list could not be read: %1</source>
        <translation>Не вдалося прочитати склад автомобілів: %1</translation>
    </message>
    <message>
        <source>No available car matches. A factory order is possible.</source>
        <translation>Відповідних вільних автомобілів немає. Можна оформити замовлення з заводу.</translation>
    </message>
    <message numerus="yes">
        <source>%n available car(s)</source>
        <translation>
            <numerusform>%n вільний автомобіль</numerusform>
            <numerusform>%n вільні автомобілі</numerusform>
            <numerusform>%n вільних автомобілів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::VisitForm</name>
    <message>
        <source>New walk-in</source>
        <translation>Новий візит</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Дзвінок на гарячу лінію</translation>
    </message>
    <message>
        <source>e.g. VW ID.4</source>
        <translation>наприклад, VW ID.4</translation>
    </message>
    <message>
        <source>&amp;Test drive</source>
        <translation>&amp;Тест-драйв</translation>
    </message>
    <message>
        <source>&amp;Repeat visit (was here before)</source>
        <translation>&amp;Повторний візит (уже був у нас)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation>Почати заново (Esc)</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Мета:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <source>M&amp;odel of interest:</source>
        <translation>Модель, що &amp;цікавить:</translation>
    </message>
    <message>
        <source>Party si&amp;ze:</source>
        <translation>Кількість &amp;осіб:</translation>
    </message>
    <message>
        <source>Visitor (optional)</source>
        <translation>Відвідувач (необов&apos;язково)</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>Час при&amp;ходу:</translation>
    </message>
    <message>
        <source>C&amp;all at:</source>
        <translation>Час дзві&amp;нка:</translation>
    </message>
    <message>
        <source>&amp;Log walk-in</source>
        <translation>&amp;Зареєструвати візит</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Зареєструвати дзвінок</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Nobody yet (lead queue)</source>
        <translation>Поки ніхто (черга лідів)</translation>
    </message>
    <message>
        <source>%1 — off duty</source>
        <translation>%1 — не на зміні</translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation>%1 — зайнятий(-а)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — with %Ln visitor(s)</source>
        <translation>
            <numerusform>%1 — з %Ln відвідувачем</numerusform>
            <numerusform>%1 — з %Ln відвідувачами</numerusform>
            <numerusform>%1 — з %Ln відвідувачами</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>Перевірте контактні дані відвідувача</translation>
    </message>
    <message>
        <source>The visit was not logged</source>
        <translation>Візит не зареєстровано</translation>
    </message>
</context>
<context>
    <name>showroom::VisitListModel</name>
    <message>
        <source>Arrived</source>
        <translation>Прихід</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Відвідувач</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>No phone or email yet: select the visit and add the contact data</source>
        <translation>Телефону чи ел. пошти поки немає: виберіть візит і додайте контактні дані</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Перший візит</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>Повторний візит</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Анонімний відвідувач</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 (still here)</source>
        <translation>%1 (ще тут)</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>збережено</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>немає</translation>
    </message>
</context>
</TS>
