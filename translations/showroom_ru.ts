<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
    <name>Adf</name>
    <message>
        <source>The request date &quot;%1&quot; could not be read.</source>
        <translation>Не удалось прочитать дату запроса «%1».</translation>
    </message>
    <message>
        <source>The vendor has no name.</source>
        <translation>У дилера не указано название.</translation>
    </message>
    <message>
        <source>The prospect has no phone number or email.</source>
        <translation>В заявке нет ни телефона, ни эл. почты.</translation>
    </message>
    <message>
        <source>The ADF is not valid XML (%1); the contact data was taken from the text.</source>
        <translation>ADF не является корректным XML (%1); контактные данные взяты из текста.</translation>
    </message>
    <message>
        <source>The file is not valid ADF (%1) and holds no phone number or email.</source>
        <translation>Файл не является корректным ADF (%1), и в нём нет ни телефона, ни эл. почты.</translation>
    </message>
    <message>
        <source>The file holds no ADF prospect.</source>
        <translation>В файле нет ни одной заявки ADF.</translation>
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
    <name>BoardText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>escalated %1</source>
        <translation>эскалация, просрочено на %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>сегодня %1</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <source>Vehicle user</source>
        <translation>Пользователь автомобиля</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>не запрашивалось</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>дано %1</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>Китайский (упрощённый)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Визит в салон</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website form</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Автопортал</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>Повторная покупка</translation>
    </message>
    <message>
        <source>new car</source>
        <translation>новый автомобиль</translation>
    </message>
    <message>
        <source>used car</source>
        <translation>автомобиль с пробегом</translation>
    </message>
    <message>
        <source>service</source>
        <translation>сервис</translation>
    </message>
    <message>
        <source>pick-up</source>
        <translation>получение авто</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Звонок на горячую линию</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>Email received</source>
        <translation>Получено письмо</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Отправлено письмо</translation>
    </message>
    <message>
        <source>SMS received</source>
        <translation>Получено SMS</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>Отправлено SMS</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>Комментарий руководителя</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Смена этапа</translation>
    </message>
    <message>
        <source>Deal signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Выдача автомобиля</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>lead #%1</source>
        <translation>лид №%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>интересует %1</translation>
    </message>
    <message>
        <source>with test drive</source>
        <translation>с тест-драйвом</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1, источник: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 handed over</source>
        <translation>%1 передан клиенту</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>%1 marketing consent given</source>
        <translation>%1: согласие на рекламу дано</translation>
    </message>
    <message>
        <source>%1 marketing consent withdrawn</source>
        <translation>%1: согласие на рекламу отозвано</translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>“%1” of deal #%2</source>
        <translation>«%1» в сделке №%2</translation>
    </message>
    <message>
        <source>Deal #%1 is closed; its checklists can no longer change.</source>
        <translation>Сделка №%1 закрыта; её чек-листы больше нельзя изменить.</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>Пункт %1 уже выполнен.</translation>
    </message>
    <message>
        <source>%1 needs its document: attach the scan or PDF first.</source>
        <translation>Для пункта %1 нужен документ: сначала прикрепите скан или PDF.</translation>
    </message>
    <message>
        <source>The loan application already went to the bank; %1 stays done.</source>
        <translation>Заявка на кредит уже отправлена в банк; пункт %1 остаётся выполненным.</translation>
    </message>
    <message>
        <source>Only an accessory can be recorded as not sold.</source>
        <translation>Отметить как «не продан» можно только аксессуар.</translation>
    </message>
    <message>
        <source>Choose why %1 was not sold: the reason is required.</source>
        <translation>Укажите, почему пункт %1 не продан: причина обязательна.</translation>
    </message>
    <message>
        <source>There is no reason “%1” for an accessory not sold.</source>
        <translation>Причины «%1» для непроданного аксессуара нет.</translation>
    </message>
    <message>
        <source>The file %1 is empty; nothing was attached.</source>
        <translation>Файл %1 пуст; ничего не прикреплено.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 25 MB; scan it at a lower resolution.</source>
        <translation>Файл %1 больше 25 МБ; отсканируйте документ с меньшим разрешением.</translation>
    </message>
    <message>
        <source>The stored document %1 does not match its checksum; it was damaged.</source>
        <translation>Сохранённый документ %1 не совпадает со своей контрольной суммой: он повреждён.</translation>
    </message>
    <message>
        <source>The bank already approved the loan; %1 stays done.</source>
        <translation>Банк уже одобрил кредит; пункт %1 остаётся выполненным.</translation>
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
        <translation>Укажите название пункта.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The due days must be within a year.</source>
        <translation>Срок в днях должен быть в пределах года.</translation>
    </message>
    <message>
        <source>Enter the model the accessories are for.</source>
        <translation>Укажите модель, для которой предназначены аксессуары.</translation>
    </message>
    <message>
        <source>There already are accessories for the %1.</source>
        <translation>Аксессуары для %1 уже есть.</translation>
    </message>
    <message>
        <source>Accessories for the %1</source>
        <translation>Аксессуары для %1</translation>
    </message>
    <message>
        <source>The new template could not be read back.</source>
        <translation>Не удалось прочитать только что созданный шаблон.</translation>
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
    <name>ContactPersonService</name>
    <message>
        <source>Enter the contact person&apos;s first or last name.</source>
        <translation>Введите имя или фамилию контактного лица.</translation>
    </message>
    <message>
        <source>“%1” was merged into customer #%2; edit that customer instead.</source>
        <translation>Запись «%1» объединена с клиентом №%2; редактируйте этого клиента.</translation>
    </message>
    <message>
        <source>Only company customers have contact persons; “%1” is a private person.</source>
        <translation>Контактные лица есть только у клиентов-компаний; «%1» — частное лицо.</translation>
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
    <name>Csv</name>
    <message>
        <source>The quoted field starting on line %1 is never closed: a &quot; is missing.</source>
        <translation>Поле в кавычках, начинающееся в строке %1, не закрыто: не хватает &quot;.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line.</source>
        <translation>Файл пуст: нет строки заголовков.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Не удалось создать %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
</context>
<context>
    <name>CustomerCardService</name>
    <message>
        <source>“%1” was merged into customer #%2; create the lead there.</source>
        <translation>Запись «%1» объединена с клиентом №%2; создайте лид для этого клиента.</translation>
    </message>
    <message>
        <source>Choose where the lead came from (its source).</source>
        <translation>Укажите, откуда пришёл лид (его источник).</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Person or company</source>
        <translation>Частное лицо или компания</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Ценность клиента</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>Ответственный консультант</translation>
    </message>
    <message>
        <source>Email marketing consent</source>
        <translation>Согласие на рассылку по эл. почте</translation>
    </message>
    <message>
        <source>SMS marketing consent</source>
        <translation>Согласие на SMS-рассылку</translation>
    </message>
    <message>
        <source>Phone marketing consent</source>
        <translation>Согласие на рекламные звонки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>дано %1</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>отозвано %1</translation>
    </message>
</context>
<context>
    <name>CustomerMergeService</name>
    <message>
        <source>A customer record cannot be merged into itself. Choose two different records of the same customer.</source>
        <translation>Запись клиента нельзя объединить саму с собой. Выберите две разные записи одного и того же клиента.</translation>
    </message>
    <message>
        <source>The chosen values belong to customer #%1, not to the kept record #%2.</source>
        <translation>Выбранные значения относятся к клиенту №%1, а не к основной записи №%2.</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3. Merge with that customer instead.</source>
        <translation>Запись «%1» (№%2) уже объединена с клиентом №%3. Объединяйте с этим клиентом.</translation>
    </message>
    <message>
        <source>Customer “%1” was changed on another desk since you opened the merge. Nothing was merged; look at the records again and repeat the merge.</source>
        <translation>Клиент «%1» изменён на другом рабочем месте после того, как вы открыли объединение. Ничего не объединено; проверьте записи ещё раз и повторите объединение.</translation>
    </message>
    <message>
        <source>Customer “%1”</source>
        <translation>Клиент «%1»</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 лид</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 визит</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 действие</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n действие</numerusform>
            <numerusform>%n действия</numerusform>
            <numerusform>%n действий</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 сделка</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 контактное лицо</translation>
    </message>
    <message numerus="yes">
        <source>%n contact persons</source>
        <translation>
            <numerusform>%n контактное лицо</numerusform>
            <numerusform>%n контактных лица</numerusform>
            <numerusform>%n контактных лиц</numerusform>
        </translation>
    </message>
    <message>
        <source>1 consent record</source>
        <translation>1 запись о согласии</translation>
    </message>
    <message numerus="yes">
        <source>%n consent records</source>
        <translation>
            <numerusform>%n запись о согласии</numerusform>
            <numerusform>%n записи о согласии</numerusform>
            <numerusform>%n записей о согласии</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 задача</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 автомобиль</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n автомобиль</numerusform>
            <numerusform>%n автомобиля</numerusform>
            <numerusform>%n автомобилей</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 вложение</translation>
    </message>
    <message numerus="yes">
        <source>%n attachments</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>1 earlier merged record</source>
        <translation>1 ранее объединённая запись</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier merged records</source>
        <translation>
            <numerusform>%n ранее объединённая запись</numerusform>
            <numerusform>%n ранее объединённые записи</numerusform>
            <numerusform>%n ранее объединённых записей</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>1 test drive booking</source>
        <translation>1 запись на тест-драйв</translation>
    </message>
    <message numerus="yes">
        <source>%n test drive bookings</source>
        <translation>
            <numerusform>%n запись на тест-драйв</numerusform>
            <numerusform>%n записи на тест-драйв</numerusform>
            <numerusform>%n записей на тест-драйв</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Для клиента-компании нужно название компании.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3). Open that customer instead of creating a duplicate.</source>
        <translation>%1 уже принадлежит клиенту «%2» (№%3). Откройте этого клиента вместо создания дубликата.</translation>
    </message>
    <message>
        <source>%1 already belongs to customer “%2” (#%3).</source>
        <translation>%1 уже принадлежит клиенту «%2» (№%3).</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>Введите имя, номер телефона или адрес эл. почты.</translation>
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
    <name>DealCommands</name>
    <message>
        <source>Deal %1: %2, %3, %4 (%5)</source>
        <translation>Сделка %1: %2, %3, %4 (%5)</translation>
    </message>
    <message>
        <source>deal create needs --lead LEAD_ID and --vin VIN (or --factory-order TEXT)</source>
        <translation>для deal create нужны --lead LEAD_ID и --vin VIN (или --factory-order TEXT)</translation>
    </message>
    <message>
        <source>--price, --discount and --deposit are amounts like 28500.00</source>
        <translation>--price, --discount и --deposit — суммы, например 28500.00</translation>
    </message>
    <message>
        <source>--payment is cash, credit or lease</source>
        <translation>--payment — cash, credit или lease</translation>
    </message>
    <message>
        <source>--buyer is private or company</source>
        <translation>--buyer — private или company</translation>
    </message>
    <message>
        <source>--delivery is a date like 2026-12-14</source>
        <translation>--delivery — дата, например 2026-12-14</translation>
    </message>
    <message>
        <source>deal show needs DEAL_ID</source>
        <translation>для deal show нужен DEAL_ID</translation>
    </message>
    <message>
        <source>  blocks sending to the bank: %1</source>
        <translation>  мешает отправке в банк: %1</translation>
    </message>
    <message>
        <source>this command needs DEAL_ID</source>
        <translation>для этой команды нужен DEAL_ID</translation>
    </message>
    <message>
        <source>checklist tick|not-sold needs DEAL_ID ITEM_ID</source>
        <translation>для checklist tick|not-sold нужны DEAL_ID ITEM_ID</translation>
    </message>
    <message>
        <source>checklist not-sold needs --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</source>
        <translation>для checklist not-sold нужен --reason KEY (too_expensive, already_has, not_needed, later, bought_elsewhere)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Item %1 does not belong to deal %2.</source>
        <translation>Пункт %1 не относится к сделке %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>checklist needs tick or not-sold</source>
        <translation>для checklist нужна команда tick или not-sold</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>заявка на кредит не отправлена в банк</translation>
    </message>
    <message>
        <source>%1: not done, document not attached</source>
        <translation>%1: не выполнено, документ не прикреплён</translation>
    </message>
    <message>
        <source>%1: document not attached</source>
        <translation>%1: документ не прикреплён</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: не выполнено</translation>
    </message>
    <message>
        <source>deal print needs DEAL_ID, one of --offer, --contract, --handover and --pdf FILE</source>
        <translation>для deal print нужны DEAL_ID, одно из --offer, --contract, --handover и --pdf FILE</translation>
    </message>
    <message>
        <source>%1 for deal %2 written to %3</source>
        <translation>Документ «%1» по сделке %2 записан в %3</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build).</source>
        <translation>Эта сборка showroom-cli не поддерживает печать (только ядро).</translation>
    </message>
    <message>
        <source>deal needs create, show, send-to-bank, bank-approved, deliver or print</source>
        <translation>для deal нужна команда create, show, send-to-bank, bank-approved, deliver или print</translation>
    </message>
</context>
<context>
    <name>DealPrinter</name>
    <message>
        <source>Offer no. %1</source>
        <translation>Коммерческое предложение № %1</translation>
    </message>
    <message>
        <source>%1, deal no. %2</source>
        <translation>%1, сделка № %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>Сводка договора</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Offer</source>
        <comment>file name</comment>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Contract</source>
        <comment>file name</comment>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Handover</source>
        <comment>file name</comment>
        <translation>Выдача</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>С пробегом</translation>
    </message>
    <message>
        <source>Demonstration vehicle</source>
        <translation>Демонстрационный автомобиль</translation>
    </message>
    <message>
        <source>Cash payment</source>
        <translation>Оплата наличными</translation>
    </message>
    <message>
        <source>Financed by a loan</source>
        <translation>Оплата в кредит</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Лизинг</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>Консультант по продажам</translation>
    </message>
    <message>
        <source>For the dealership</source>
        <translation>От автосалона</translation>
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
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Deal no.</source>
        <translation>Сделка №</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Factory order, delivery promised for %1</source>
        <translation>Заказ с завода, выдача обещана на %1</translation>
    </message>
    <message>
        <source>Factory order</source>
        <translation>Заказ с завода</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Модельный год</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>КЛИЕНТ</translation>
    </message>
    <message>
        <source>VEHICLE</source>
        <translation>АВТОМОБИЛЬ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Прайсовая цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>Цена со скидкой</translation>
    </message>
    <message>
        <source>Accessory:</source>
        <translation>Аксессуар:</translation>
    </message>
    <message>
        <source>Trade-in:</source>
        <translation>Трейд-ин:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <source>This offer is valid until %1.</source>
        <translation>Предложение действительно до %1.</translation>
    </message>
    <message>
        <source>Your sales consultant: %1</source>
        <translation>Ваш консультант по продажам: %1</translation>
    </message>
    <message>
        <source>Handover step</source>
        <translation>Шаг выдачи</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Выполнил(а)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>REMARKS</source>
        <translation>ПРИМЕЧАНИЯ</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translation>Место, дата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Deal #%1</source>
        <translation>Сделка №%1</translation>
    </message>
    <message>
        <source>the loan application has not been sent to the bank</source>
        <translation>заявка на кредит не отправлена в банк</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>документ не прикреплён</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>After-sales call: how is the new car?</source>
        <translation>Звонок после продажи: как новый автомобиль?</translation>
    </message>
    <message>
        <source>Invite to the “second delivery” evening on %1 at %2</source>
        <translation>Пригласить на вечер «второй выдачи» %1 в %2</translation>
    </message>
    <message>
        <source>%1 is paid in cash: there is no loan application.</source>
        <translation>%1 оплачивается наличными: заявки на кредит нет.</translation>
    </message>
    <message>
        <source>The loan application of %1 was already sent to the bank on %2.</source>
        <translation>Заявка на кредит (%1) уже отправлена в банк %2.</translation>
    </message>
    <message>
        <source>The loan application cannot go to the bank yet. Missing: %1.</source>
        <translation>Заявку на кредит пока нельзя отправить в банк. Не хватает: %1.</translation>
    </message>
    <message>
        <source>%1 is already delivered or cancelled.</source>
        <translation>%1: автомобиль уже выдан или сделка отменена.</translation>
    </message>
    <message>
        <source>%1 is a factory order without a vehicle yet: add the arrived car (with its VIN) to the stock and to the deal first.</source>
        <translation>%1 — заказ с завода, автомобиля ещё нет: сначала добавьте прибывший автомобиль (с его VIN) на склад и в сделку.</translation>
    </message>
    <message>
        <source>The car cannot be handed over yet. Missing: %1.</source>
        <translation>Автомобиль пока нельзя выдать. Не хватает: %1.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 принадлежит другому консультанту.</translation>
    </message>
    <message>
        <source>%1 already has deal #%2.</source>
        <translation>%1: сделка №%2 уже существует.</translation>
    </message>
    <message>
        <source>%1 (VIN %2) is not available: it is reserved, sold or delivered.</source>
        <translation>%1 (VIN %2) недоступен: автомобиль зарезервирован, продан или выдан.</translation>
    </message>
    <message>
        <source>Choose a car from stock, or describe the factory order (make, model, trim, colour).</source>
        <translation>Выберите автомобиль со склада или опишите заказ с завода (марка, модель, комплектация, цвет).</translation>
    </message>
    <message>
        <source>A factory order needs the delivery date promised to the customer.</source>
        <translation>Для заказа с завода нужна обещанная клиенту дата выдачи.</translation>
    </message>
    <message>
        <source>The promised delivery date %1 is in the past.</source>
        <translation>Обещанная дата выдачи %1 уже прошла.</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>Укажите прайсовую цену.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and the list price.</source>
        <translation>Скидка должна быть от 0 до прайсовой цены.</translation>
    </message>
    <message>
        <source>A deposit or trade-in value cannot be negative.</source>
        <translation>Предоплата и оценка трейд-ин не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Name the trade-in&apos;s make and model (or leave the trade-in empty).</source>
        <translation>Укажите марку и модель автомобиля в трейд-ин (или оставьте трейд-ин пустым).</translation>
    </message>
    <message>
        <source>The trade-in&apos;s year %1 is not plausible.</source>
        <translation>Год выпуска автомобиля в трейд-ин (%1) неправдоподобен.</translation>
    </message>
    <message>
        <source>The trade-in&apos;s mileage cannot be negative.</source>
        <translation>Пробег автомобиля в трейд-ин не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Accessory #%1 is not offered for this car.</source>
        <translation>Аксессуар №%1 не предлагается для этого автомобиля.</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 уже закрыта.</translation>
    </message>
    <message>
        <source>Enter the promised delivery date.</source>
        <translation>Укажите обещанную дату выдачи.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan cannot be approved.</source>
        <translation>%1 отменена: кредит не может быть одобрен.</translation>
    </message>
    <message>
        <source>The bank already approved the loan of %1 on %2.</source>
        <translation>Банк уже одобрил кредит (%1) %2.</translation>
    </message>
    <message>
        <source>The loan application of %1 has not been sent to the bank yet: send it first, then record the approval.</source>
        <translation>Заявка на кредит (%1) ещё не отправлена в банк: сначала отправьте её, затем отметьте одобрение.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its loan application does not go to the bank.</source>
        <translation>%1 отменена: заявка на кредит не отправляется в банк.</translation>
    </message>
</context>
<context>
    <name>DealText</name>
    <message>
        <source>Private person</source>
        <translation>Частный покупатель</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания-покупатель</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Лизинг</translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation>Идёт выдача</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Loan documents</source>
        <translation>Документы для кредита</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Аксессуары</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>Шаги выдачи</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Выдача автомобиля</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Contract summary</source>
        <translation>Сводка договора</translation>
    </message>
    <message>
        <source>Handover protocol</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Слишком дорого</translation>
    </message>
    <message>
        <source>Already has one</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не нужно</translation>
    </message>
    <message>
        <source>Will decide later</source>
        <translation>Решит позже</translation>
    </message>
    <message>
        <source>Buys it elsewhere</source>
        <translation>Купит в другом месте</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>document not attached</source>
        <translation>документ не прикреплён</translation>
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
        <translation>клиенты %1/%2</translation>
    </message>
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
        <source>indexes</source>
        <translation>индексы</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>поисковый индекс</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>сохранение</translation>
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
    <name>FolderIntake</name>
    <message>
        <source>Record %1%2: %3: %4</source>
        <translation>Запись %1%2: %3: %4</translation>
    </message>
    <message>
        <source>The intake folder %1 does not exist.</source>
        <translation>Папка входящих %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an ADF, email or vCard file.</source>
        <translation>%1 — не файл ADF, электронного письма или vCard.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Не удалось переместить %1 в %2.</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>Message %1 is no longer in %2.</source>
        <translation>Письма %1 больше нет в %2.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>Не удалось запустить почтовую библиотеку.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>Почтовый сервер %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login “%2”; check the login and password.</source>
        <translation>Почтовый сервер %1 отклонил вход с логином «%2»; проверьте логин и пароль.</translation>
    </message>
    <message>
        <source>The mail server %1 offers no encrypted connection (STARTTLS); use imaps:// or a server that does.</source>
        <translation>Почтовый сервер %1 не поддерживает шифрованное соединение (STARTTLS); используйте imaps:// или сервер с его поддержкой.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: %2</source>
        <translation>Не удалось установить шифрованное соединение с %1: %2</translation>
    </message>
    <message>
        <source>The mailbox check was stopped.</source>
        <translation>Проверка почтового ящика остановлена.</translation>
    </message>
    <message>
        <source>A message in %1 is larger than %2 MB; it was left in the mailbox.</source>
        <translation>Письмо в %1 больше %2 МБ; оно оставлено в почтовом ящике.</translation>
    </message>
    <message>
        <source>The mail server %1 answered with an error: %2</source>
        <translation>Почтовый сервер %1 ответил ошибкой: %2</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: this computer does not trust the server&apos;s certificate (%2). A mail server with a certificate of its own needs that certificate given as the server certificate.</source>
        <translation>Не удалось установить шифрованное соединение с %1: этот компьютер не доверяет сертификату сервера (%2). Для почтового сервера с собственным сертификатом укажите этот сертификат как сертификат сервера.</translation>
    </message>
    <message>
        <source>The server certificate %1 cannot be used: %2</source>
        <translation>Сертификат сервера %1 нельзя использовать: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import %1 needs one or more files</source>
        <translation>для import %1 нужен хотя бы один файл</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1, record %2%3: %4: %5</source>
        <translation>%1, запись %2%3: %4: %5</translation>
    </message>
    <message>
        <source>%1%2 created, %3 linked to known customers, %4 imported before, %5 to review, %6 rejected</source>
        <translation>%1%2 создано, %3 привязано к известным клиентам, %4 импортировано ранее, %5 на проверку, %6 отклонено</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Пробный запуск, ничего не записано: </translation>
    </message>
    <message>
        <source>%1: left in place: %2</source>
        <translation>%1: оставлен на месте: %2</translation>
    </message>
    <message>
        <source>%1: %2 lead(s), moved to %3</source>
        <translation>%1: лидов — %2, перемещён в %3</translation>
    </message>
    <message>
        <source>Nothing to import in %1</source>
        <translation>В %1 нечего импортировать</translation>
    </message>
    <message>
        <source>import needs the format: adf, eml, vcard or csv</source>
        <translation>для import нужен формат: adf, eml, vcard или csv</translation>
    </message>
    <message>
        <source>--map is for csv lists</source>
        <translation>--map используется только для списков csv</translation>
    </message>
    <message>
        <source>intake run needs --folder DIR</source>
        <translation>для intake run нужен --folder DIR</translation>
    </message>
    <message>
        <source>intake imap needs the password: --password-file FILE or the environment variable SHOWROOM_IMAP_PASSWORD</source>
        <translation>для intake imap нужен пароль: --password-file FILE или переменная окружения SHOWROOM_IMAP_PASSWORD</translation>
    </message>
    <message>
        <source>%1: message %2: %3 %4</source>
        <translation>%1: письмо %2: %3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 message(s), %3 lead(s)</source>
        <translation>%1: писем — %2, лидов — %3</translation>
    </message>
    <message>
        <source>intake imap needs --url imaps://HOST/INBOX and --login L</source>
        <translation>для intake imap нужны --url imaps://HOST/INBOX и --login L</translation>
    </message>
    <message>
        <source>--interval needs whole minutes, 1 or more</source>
        <translation>для --interval нужно целое число минут, не меньше 1</translation>
    </message>
    <message>
        <source>intake needs run --folder DIR, or imap --url URL --login L</source>
        <translation>для intake нужно указать run --folder DIR или imap --url URL --login L</translation>
    </message>
    <message>
        <source>--campaign needs the campaign&apos;s number</source>
        <translation>для --campaign нужен номер кампании</translation>
    </message>
</context>
<context>
    <name>IntakeSources</name>
    <message>
        <source>There is no lead source &quot;%1&quot;.</source>
        <translation>Источника лидов «%1» нет.</translation>
    </message>
    <message>
        <source>No lead source fits; choose one with --source.</source>
        <translation>Ни один источник лидов не подходит; укажите его в параметре --source.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Кампании %1 нет.</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than &quot;%2&quot;.</source>
        <translation>Кампания %1 относится к другому источнику лидов, не к «%2».</translation>
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
    <message>
        <source>New car</source>
        <translation>Новый автомобиль</translation>
    </message>
    <message>
        <source>Used car</source>
        <translation>Автомобиль с пробегом</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Pick-up / delivery</source>
        <translation>Получение / выдача авто</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Credit terms</source>
        <translation>Условия кредита</translation>
    </message>
    <message>
        <source>Test drive impression</source>
        <translation>Впечатление от тест-драйва</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Покупка в другом месте</translation>
    </message>
    <message>
        <source>No stock / colour</source>
        <translation>Нет в наличии / нет цвета</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Trade-in value</source>
        <translation>Оценка трейд-ин</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Не выходит на связь</translation>
    </message>
    <message>
        <source>Just browsing</source>
        <translation>Просто интересуется</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>По очереди</translation>
    </message>
    <message>
        <source>Weighted shares</source>
        <translation>Взвешенные доли</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation>Общий пул</translation>
    </message>
</context>
<context>
    <name>LeadIntakeService</name>
    <message>
        <source>Imported before, on %1, as lead %2.</source>
        <translation>Уже импортировано %1 как лид %2.</translation>
    </message>
    <message>
        <source>No phone number or email.</source>
        <translation>Нет ни телефона, ни эл. почты.</translation>
    </message>
    <message>
        <source>No valid phone number or email (%1).</source>
        <translation>Нет ни одного корректного телефона или адреса эл. почты (%1).</translation>
    </message>
    <message>
        <source>The import could not begin a record.</source>
        <translation>Не удалось начать импорт записи.</translation>
    </message>
    <message>
        <source>Lead imported from a vCard</source>
        <translation>Лид импортирован из vCard</translation>
    </message>
    <message>
        <source>Lead from an email</source>
        <translation>Лид из электронного письма</translation>
    </message>
    <message>
        <source>Lead imported from ADF</source>
        <translation>Лид импортирован из ADF</translation>
    </message>
    <message>
        <source>The file holds no lead.</source>
        <translation>В файле нет ни одного лида.</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Отправитель: %1</translation>
    </message>
    <message>
        <source>Prospect id: %1</source>
        <translation>ID заявки: %1</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Дата запроса: %1</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>Автомобиль: %1</translation>
    </message>
    <message>
        <source>Timeframe: %1</source>
        <translation>Сроки покупки: %1</translation>
    </message>
    <message>
        <source>Comments: %1</source>
        <translation>Комментарии: %1</translation>
    </message>
    <message>
        <source>Phone numbers: %1</source>
        <translation>Телефоны: %1</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>Адреса эл. почты: %1</translation>
    </message>
    <message>
        <source>Not valid, not saved: %1</source>
        <translation>Некорректные, не сохранены: %1</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>Требует проверки: %1</translation>
    </message>
    <message>
        <source>A list of leads needs the source it came from (--source).</source>
        <translation>Для списка лидов нужно указать источник, из которого он получен (--source).</translation>
    </message>
    <message>
        <source>The file has %1 columns, the mapping names %2.</source>
        <translation>Столбцов в файле: %1, в сопоставлении: %2.</translation>
    </message>
    <message>
        <source>There is no lead field &quot;%1&quot;.</source>
        <translation>Поля лида «%1» нет.</translation>
    </message>
    <message>
        <source>No column holds a phone number or an email; map the columns by hand.</source>
        <translation>Ни в одном столбце нет телефона или эл. почты; сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>Lead imported from a list</source>
        <translation>Лид импортирован из списка</translation>
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
    <message>
        <source>%1 is lost; a manager reopens it with “Reopen”.</source>
        <translation>%1 проигран; снова открыть его может руководитель кнопкой «Открыть снова».</translation>
    </message>
</context>
<context>
    <name>LostService</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 уже закрыт.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 принадлежит другому консультанту.</translation>
    </message>
    <message>
        <source>Choose why %1 is lost: the reason is never optional.</source>
        <translation>Укажите, почему %1 проигран: причина обязательна всегда.</translation>
    </message>
    <message>
        <source>The lost reason “%1” is retired; choose another.</source>
        <translation>Причина отказа «%1» больше не используется; выберите другую.</translation>
    </message>
    <message>
        <source>The reason “%1” needs a comment saying what happened.</source>
        <translation>Для причины «%1» нужен комментарий о том, что произошло.</translation>
    </message>
    <message>
        <source>%1 is not waiting for a lost approval.</source>
        <translation>%1 не ожидает подтверждения проигрыша.</translation>
    </message>
    <message>
        <source>Say why %1 is not lost: the consultant reads your comment.</source>
        <translation>Напишите, почему %1 не проигран: консультант прочитает ваш комментарий.</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Не проигран</translation>
    </message>
    <message>
        <source>Only who asked can take back the lost request on %1.</source>
        <translation>Отозвать запрос на проигрыш по %1 может только тот, кто его отправил.</translation>
    </message>
    <message>
        <source>%1 is not lost.</source>
        <translation>%1 не проигран.</translation>
    </message>
    <message>
        <source>Reopen %1 into an open stage.</source>
        <translation>Откройте %1 снова на одном из открытых этапов.</translation>
    </message>
</context>
<context>
    <name>MailboxAddress</name>
    <message>
        <source>“%1” is not a mailbox address; write imaps://mail.example.com/INBOX.</source>
        <translation>«%1» — не адрес почтового ящика; укажите, например, imaps://mail.example.com/INBOX.</translation>
    </message>
    <message>
        <source>The mailbox address “%1” names no server.</source>
        <translation>В адресе почтового ящика «%1» не указан сервер.</translation>
    </message>
    <message>
        <source>Give the login and password separately, not in the mailbox address.</source>
        <translation>Укажите логин и пароль отдельно, а не в адресе почтового ящика.</translation>
    </message>
    <message>
        <source>The mailbox address “%1” has more than a folder after the server.</source>
        <translation>В адресе почтового ящика «%1» после сервера указано не только имя папки.</translation>
    </message>
</context>
<context>
    <name>MailboxPassword</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Системная связка ключей не ответила.</translation>
    </message>
    <message>
        <source>This computer has no system keychain: the mailbox password is kept in the settings file %1 in plain text. Anyone who can read your files can read it.</source>
        <translation>На этом компьютере нет системной связки ключей: пароль почтового ящика хранится в файле настроек %1 открытым текстом. Его может прочитать любой, у кого есть доступ к вашим файлам.</translation>
    </message>
    <message>
        <source>The mailbox password could not be stored: %1</source>
        <translation>Не удалось сохранить пароль почтового ящика: %1</translation>
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
    <name>NotificationService</name>
    <message>
        <source>Lead #%1</source>
        <translation>Лид №%1</translation>
    </message>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лид №%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no first contact yet</source>
        <translation>%1: первого контакта ещё не было</translation>
    </message>
    <message>
        <source>Escalation: %1 is still waiting for a first contact</source>
        <translation>Эскалация: %1 всё ещё ждёт первого контакта</translation>
    </message>
    <message>
        <source>%1 was assigned to you</source>
        <translation>%1 назначен вам</translation>
    </message>
    <message>
        <source>%1: approve “lost”?</source>
        <translation>%1: подтвердить «Проигран»?</translation>
    </message>
    <message>
        <source>%1 was closed as lost</source>
        <translation>%1 закрыт как проигранный</translation>
    </message>
    <message>
        <source>%1 was returned to you</source>
        <translation>%1 возвращён вам</translation>
    </message>
    <message>
        <source>%1 is back in the unassigned queue</source>
        <translation>%1 снова в очереди лидов</translation>
    </message>
    <message>
        <source>%1: the manager commented on a follow-up</source>
        <translation>%1: руководитель прокомментировал повторный контакт</translation>
    </message>
    <message>
        <source>The response deadline (%1 business minutes after the lead arrived) passed at %2. A call, email, SMS or visit stops the clock.</source>
        <translation>Срок реакции (%1 мин в часы работы после поступления лида) истёк %2. Звонок, письмо, SMS или визит останавливают отсчёт.</translation>
    </message>
    <message>
        <source>No first contact %1 business minutes after the deadline of %2; the consultant is %3.</source>
        <translation>Нет первого контакта через %1 мин (в часы работы) после срока %2; консультант: %3.</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>ещё не назначен</translation>
    </message>
    <message>
        <source>The assignment rule (%1) chose you.</source>
        <translation>Вас выбрало правило распределения (%1).</translation>
    </message>
    <message>
        <source>%1 assigned it to you.</source>
        <translation>%1 назначил(а) его вам.</translation>
    </message>
    <message>
        <source>%1 asks to close it as lost: %2. %3</source>
        <translation>%1 просит закрыть его как проигранный: %2. %3</translation>
    </message>
    <message>
        <source>%1 approved your request (%2).</source>
        <translation>%1 подтвердил(а) ваш запрос (%2).</translation>
    </message>
    <message>
        <source>%1 did not approve “lost”: %2</source>
        <translation>%1 не подтвердил(а) «Проигран»: %2</translation>
    </message>
    <message>
        <source>The customer was invited for %1 and has not come within %2 days; the lead left %3 for reassignment.</source>
        <translation>Клиент был приглашён на %1 и не пришёл в течение %2 дн.; лид снят с консультанта %3 для перераспределения.</translation>
    </message>
    <message>
        <source>%1 on “%2”: %3</source>
        <translation>%1 о задаче «%2»: %3</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>по очереди</translation>
    </message>
    <message>
        <source>weighted shares</source>
        <translation>взвешенные доли</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Сделка №%1</translation>
    </message>
    <message>
        <source>Deal #%1 (%2)</source>
        <translation>Сделка №%1 (%2)</translation>
    </message>
    <message>
        <source>%1: delivery due on %2</source>
        <translation>%1: выдача назначена на %2</translation>
    </message>
    <message>
        <source>%1: the promised delivery date passed</source>
        <translation>%1: обещанная дата выдачи прошла</translation>
    </message>
    <message>
        <source>%1: “%2” is due</source>
        <translation>%1: подошёл срок пункта «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” is overdue</source>
        <translation>%1: пункт «%2» просрочен</translation>
    </message>
    <message numerus="yes">
        <source>The car (%1) was promised for %2. Reminders start %n day(s) before.</source>
        <translation>
            <numerusform>Автомобиль (%1) обещали выдать %2. Напоминания начинаются за %n день.</numerusform>
            <numerusform>Автомобиль (%1) обещали выдать %2. Напоминания начинаются за %n дня.</numerusform>
            <numerusform>Автомобиль (%1) обещали выдать %2. Напоминания начинаются за %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The car (%1) was promised for %2 and is not handed over yet. Agree a new date with the customer.</source>
        <translation>Автомобиль (%1) обещали выдать %2, но он ещё не выдан. Согласуйте с клиентом новую дату.</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist is due on %2.</source>
        <translation>Срок пункта «%1» чек-листа сделки — %2.</translation>
    </message>
    <message>
        <source>The step “%1” of the deal&apos;s checklist was due on %2 and is still open.</source>
        <translation>Срок пункта «%1» чек-листа сделки истёк %2, но пункт всё ещё не выполнен.</translation>
    </message>
</context>
<context>
    <name>PageFlow</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
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
    <name>PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
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
    <message>
        <source>manage the vehicle stock</source>
        <translation>управлять складом автомобилей</translation>
    </message>
    <message>
        <source>book test drives</source>
        <translation>записывать на тест-драйвы</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>просматривать отчёты</translation>
    </message>
    <message>
        <source>view every consultant&apos;s figures</source>
        <translation>видеть показатели всех консультантов</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>there is no user %1</source>
        <translation>пользователя %1 нет</translation>
    </message>
    <message>
        <source>lead assign needs LEAD_ID CONSULTANT_LOGIN</source>
        <translation>для lead assign нужны LEAD_ID CONSULTANT_LOGIN</translation>
    </message>
    <message>
        <source>Lead %1 is now with %2 in %3</source>
        <translation>Лид %1 теперь у %2 на этапе %3</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY: the reason is never optional</source>
        <translation>для lead lose нужны LEAD_ID и --reason KEY: причина обязательна всегда</translation>
    </message>
    <message>
        <source>%1 (reasons: %2)</source>
        <translation>%1 (причины: %2)</translation>
    </message>
    <message>
        <source>lead lose needs LEAD_ID and --reason KEY</source>
        <translation>для lead lose нужны LEAD_ID и --reason KEY</translation>
    </message>
    <message>
        <source>Lead %1 waits for a manager to approve “lost”</source>
        <translation>Лид %1 ждёт, пока руководитель подтвердит «Проигран»</translation>
    </message>
    <message>
        <source>Lead %1 is lost</source>
        <translation>Лид %1 проигран</translation>
    </message>
    <message>
        <source>lead take needs LEAD_ID</source>
        <translation>для lead take нужен LEAD_ID</translation>
    </message>
    <message>
        <source>Lead %1 is now yours</source>
        <translation>Лид %1 теперь ваш</translation>
    </message>
    <message>
        <source>lead approve-lost needs LEAD_ID</source>
        <translation>для lead approve-lost нужен LEAD_ID</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT: the consultant reads why the lead is not lost</source>
        <translation>для lead return нужны LEAD_ID и --comment TEXT: консультант прочитает, почему лид не проигран</translation>
    </message>
    <message>
        <source>lead return needs LEAD_ID and --comment TEXT</source>
        <translation>для lead return нужны LEAD_ID и --comment TEXT</translation>
    </message>
    <message>
        <source>Lead %1 went back to its consultant in %2</source>
        <translation>Лид %1 возвращён консультанту на этапе %2</translation>
    </message>
    <message>
        <source>lead reopen needs LEAD_ID [--stage KEY]</source>
        <translation>для lead reopen нужен LEAD_ID [--stage KEY]</translation>
    </message>
    <message>
        <source>Lead %1 is open again in %2</source>
        <translation>Лид %1 снова открыт на этапе %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s), %2 in total</source>
        <translation>
            <numerusform>%1: %n лид, всего %2</numerusform>
            <numerusform>%1: %n лида, всего %2</numerusform>
            <numerusform>%1: %n лидов, всего %2</numerusform>
        </translation>
    </message>
    <message>
        <source>rules needs run [--now 2026-11-23T10:30] [--json]</source>
        <translation>для rules нужна команда run [--now 2026-11-23T10:30] [--json]</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time like 2026-11-23T10:30 or 2026-11-23T09:30:00Z, not “%1”</source>
        <translation>для --now нужны дата и время в формате ISO 8601, например 2026-11-23T10:30 или 2026-11-23T09:30:00Z, а не «%1»</translation>
    </message>
    <message>
        <source>%1 on lead %2 to %3: %4</source>
        <translation>%1 по лиду %2, кому: %3 — %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никому</translation>
    </message>
    <message>
        <source>No rule fired.</source>
        <translation>Ни одно правило не сработало.</translation>
    </message>
</context>
<context>
    <name>PipelineConfigService</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>У этапа должно быть название.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>Этап «%1» уже есть.</translation>
    </message>
    <message>
        <source>There is no stage #%1.</source>
        <translation>Этапа №%1 нет.</translation>
    </message>
    <message>
        <source>“%1” always starts the pipeline and cannot move.</source>
        <translation>«%1» всегда стоит первым в воронке, его нельзя переместить.</translation>
    </message>
    <message>
        <source>Won and Lost always come last.</source>
        <translation>«Выигран» и «Проигран» всегда стоят последними.</translation>
    </message>
    <message>
        <source>The stage “%1” is part of every pipeline and cannot be retired.</source>
        <translation>Этап «%1» есть в каждой воронке, его нельзя отключить.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are still in “%1”; move them to another stage first.</source>
        <translation>
            <numerusform>На этапе «%1» ещё %n лид; сначала переведите его на другой этап.</numerusform>
            <numerusform>На этапе «%1» ещё %n лида; сначала переведите их на другой этап.</numerusform>
            <numerusform>На этапе «%1» ещё %n лидов; сначала переведите их на другой этап.</numerusform>
        </translation>
    </message>
    <message>
        <source>A lost reason needs a name.</source>
        <translation>У причины отказа должно быть название.</translation>
    </message>
    <message>
        <source>There is a lost reason “%1” already.</source>
        <translation>Причина отказа «%1» уже есть.</translation>
    </message>
    <message>
        <source>Keep at least one lost reason: a lead is never lost without one.</source>
        <translation>Оставьте хотя бы одну причину отказа: лид не бывает проигран без причины.</translation>
    </message>
    <message>
        <source>The response time is between 1 minute and 7 days.</source>
        <translation>Время реакции — от 1 минуты до 7 дней.</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>«%1» — не режим распределения (manual, round_robin, weighted, pool).</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Сохранить в PDF: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Saving the PDF failed</source>
        <translation>Не удалось сохранить PDF</translation>
    </message>
</context>
<context>
    <name>PrintedTable</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 из %3)</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>W%1</source>
        <extracomment>Short for a calendar week on a chart axis, e.g. &quot;W47&quot;</extracomment>
        <translation>Н%1</translation>
    </message>
    <message>
        <source>week %1 (%2 – %3)</source>
        <translation>неделя %1 (%2 – %3)</translation>
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
        <translation>Визиты по дням</translation>
    </message>
    <message>
        <source>Walk-ins by week</source>
        <translation>Визиты по неделям</translation>
    </message>
    <message>
        <source>Walk-ins by month</source>
        <translation>Визиты по месяцам</translation>
    </message>
    <message>
        <source>Walk-ins by quarter</source>
        <translation>Визиты по кварталам</translation>
    </message>
    <message>
        <source>%1: %2 first visits, %3 repeat visits. Click to list the leads.</source>
        <translation>%1: первых визитов — %2, повторных — %3. Щёлкните, чтобы увидеть лиды.</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Первые визиты</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторные визиты</translation>
    </message>
    <message>
        <source>Walk-ins on %1</source>
        <translation>Визиты %1</translation>
    </message>
    <message>
        <source>Walk-ins in %1</source>
        <translation>Визиты за %1</translation>
    </message>
    <message>
        <source>%1 — none in this period</source>
        <translation>%1 — нет за этот период</translation>
    </message>
    <message>
        <source>Walk-ins by hour of arrival</source>
        <translation>Визиты по часу прихода</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>%1 – %2: %3 walk-ins. Click to list the leads.</source>
        <translation>%1 – %2: визитов — %3. Щёлкните, чтобы увидеть лиды.</translation>
    </message>
    <message>
        <source>Walk-ins from %1 to %2</source>
        <translation>Визиты с %1 до %2</translation>
    </message>
    <message>
        <source>Sales funnel: leads that reached each stage</source>
        <translation>Воронка продаж: лиды, дошедшие до каждого этапа</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>%1: %2 leads reached this stage, %3 entered it. Click to list the leads.</source>
        <translation>%1: до этого этапа дошли лидов — %2, вошли в него — %3. Щёлкните, чтобы увидеть лиды.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A funnel stage on the chart axis with its conversion to the next stage</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>Лиды, вошедшие в этап %1</translation>
    </message>
    <message>
        <source>Leads and sales by source</source>
        <translation>Лиды и продажи по источникам</translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 sales. Click to list the leads.</source>
        <translation>%1: лидов — %2, продаж — %3. Щёлкните, чтобы увидеть лиды.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Лиды из источника %1</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>Проигранные лиды по причинам</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>Проигранные лиды</translation>
    </message>
    <message>
        <source>%1: %2 leads lost. Click to list them.</source>
        <translation>%1: проиграно лидов — %2. Щёлкните, чтобы увидеть их.</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>Проигранные лиды: %1</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>Проигранные лиды по неделям</translation>
    </message>
    <message>
        <source>Week %1 (from %2): %3 lost</source>
        <translation>Неделя %1 (с %2): проиграно — %3</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>There is no source “%1”; the source keys are: %2.</source>
        <translation>Источника «%1» нет; ключи источников: %2.</translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation>%1 %2 сохранён в %3</translation>
    </message>
    <message>
        <source>report needs weekly and one of --pdf FILE or --json</source>
        <translation>для report нужны weekly и один из параметров --pdf ФАЙЛ или --json</translation>
    </message>
    <message>
        <source>report weekly takes --week or --from and --to, not both</source>
        <translation>report weekly принимает --week или --from и --to, но не то и другое сразу</translation>
    </message>
    <message>
        <source>report weekly needs both --from and --to</source>
        <translation>для report weekly нужны оба параметра --from и --to</translation>
    </message>
    <message>
        <source>This showroom-cli was built without printing (core-only build); use --json instead.</source>
        <translation>Эта сборка showroom-cli не умеет печатать (только ядро); используйте --json.</translation>
    </message>
</context>
<context>
    <name>ReportExportService</name>
    <message>
        <source>Choose a file name for the export.</source>
        <translation>Выберите имя файла для выгрузки.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>Не удалось сохранить %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>Could not save %1: it is a folder or a device, not a file.</source>
        <translation>Не удалось сохранить %1: это папка или устройство, а не файл.</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Нет таблицы для выгрузки.</translation>
    </message>
    <message numerus="yes">
        <source>A CSV file holds one table, and this export has %n tables. Export them as an Excel workbook (one sheet per table), or one table at a time.</source>
        <translation>
            <numerusform>Файл CSV вмещает одну таблицу, а в этой выгрузке %n таблица. Выгрузите их в книгу Excel (по листу на таблицу) или по одной таблице.</numerusform>
            <numerusform>Файл CSV вмещает одну таблицу, а в этой выгрузке %n таблицы. Выгрузите их в книгу Excel (по листу на таблицу) или по одной таблице.</numerusform>
            <numerusform>Файл CSV вмещает одну таблицу, а в этой выгрузке %n таблиц. Выгрузите их в книгу Excel (по листу на таблицу) или по одной таблице.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not recorded in the audit log, so %1 was removed: %2</source>
        <translation>Выгрузка не записана в журнал аудита, поэтому %1 удалён: %2</translation>
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
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>Percentage points, the difference of two rates</extracomment>
        <translation>%1 п. п.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>“%1” is not an ISO week; write it like 2026-W47.</source>
        <translation>«%1» — не неделя ISO; укажите её в виде 2026-W47.</translation>
    </message>
    <message>
        <source>%1 has weeks 1 to %2, not week %3.</source>
        <translation>В %1 году недели с 1 по %2, недели %3 нет.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2026-11-16.</source>
        <translation>«%1» — не дата; укажите её в виде 2026-11-16.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A report covers at most three years.</source>
        <translation>Отчёт охватывает не более трёх лет.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 may see only his or her own figures.</source>
        <translation>%1 может видеть только свои показатели.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Showroom traffic</source>
        <translation>Трафик автосалона</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Первые визиты</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторные визиты</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>Контакт получен</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>Тест-драйвы</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вошли</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>Конверсия в следующий</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Вышли</translation>
    </message>
    <message>
        <source>Median days in stage</source>
        <translation>Медиана дней на этапе</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Отвечено вовремя</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Cost per sale</source>
        <translation>Затраты на продажу</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины отказов</translation>
    </message>
    <message>
        <source>Lost leads by reason and stage</source>
        <translation>Проигранные лиды по причинам и этапам</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Leads assigned</source>
        <translation>Назначено лидов</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>Медиана первого ответа (мин)</translation>
    </message>
    <message>
        <source>Response breaches</source>
        <translation>Нарушения срока ответа</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Повторных контактов запланировано</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Повторных контактов выполнено</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Повторных контактов просрочено</translation>
    </message>
    <message>
        <source>Accessory attach rate</source>
        <translation>Доля продаж аксессуаров</translation>
    </message>
    <message>
        <source>Manager comments</source>
        <translation>Комментарии руководителя</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Выдача авто</translation>
    </message>
    <message>
        <source>Deliveries and loans</source>
        <translation>Выдача авто и кредиты</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Without a promised date</source>
        <translation>Без обещанной даты</translation>
    </message>
    <message>
        <source>Loan applications sent</source>
        <translation>Отправлено заявок на кредит</translation>
    </message>
    <message>
        <source>Loans approved</source>
        <translation>Одобрено кредитов</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message numerus="yes">
        <source>Did not come within %n days of the invitation</source>
        <translation>
            <numerusform>Клиент не пришёл в течение %n дня после приглашения</numerusform>
            <numerusform>Клиент не пришёл в течение %n дней после приглашения</numerusform>
            <numerusform>Клиент не пришёл в течение %n дней после приглашения</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned by the assignment rule.</source>
        <translation>Назначен правилом распределения.</translation>
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
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лид №%1 (%2)</translation>
    </message>
    <message>
        <source>Bought a used car from a private seller.</source>
        <translation>Купил автомобиль с пробегом у частного продавца.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>Настройки «%1» нет.</translation>
    </message>
    <message>
        <source>“%1” is not a country code for phone numbers; use two letters such as DE, AT, CH, RU, UA or CN.</source>
        <translation>«%1» — не код страны для телефонных номеров; используйте две латинские буквы, например DE, AT, CH, RU, UA или CN.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 09:00.</source>
        <translation>«%1» — не время суток; укажите его в виде 09:00.</translation>
    </message>
    <message>
        <source>Business days are numbers from 1 (Monday) to 7 (Sunday), separated by commas.</source>
        <translation>Рабочие дни — числа от 1 (понедельник) до 7 (воскресенье) через запятую.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a name such as Europe/Berlin.</source>
        <translation>«%1» — не часовой пояс; используйте название, например Europe/Moscow.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number above zero.</source>
        <translation>Для «%1» нужно целое число больше нуля.</translation>
    </message>
    <message>
        <source>“%1” is not an assignment mode (manual, round_robin, weighted, pool).</source>
        <translation>«%1» — не режим распределения (manual, round_robin, weighted, pool).</translation>
    </message>
    <message>
        <source>“%1” is not a card field; known are %2.</source>
        <translation>«%1» — не поле карточки; допустимые поля: %2.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Логотип должен быть изображением PNG или JPEG.</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; use a smaller image.</source>
        <translation>Логотип больше 512 КБ; используйте изображение меньшего размера.</translation>
    </message>
    <message>
        <source>“%1” needs a whole number from %2 to %3.</source>
        <translation>Для «%1» нужно целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it as 18:30.</source>
        <translation>«%1» — не время суток; укажите его в виде 18:30.</translation>
    </message>
    <message>
        <source>There is no lead source “%1”.</source>
        <translation>Источника лидов «%1» нет.</translation>
    </message>
    <message>
        <source>“%1” is not “provider name=source key”.</source>
        <translation>«%1» не в формате «название поставщика=ключ источника».</translation>
    </message>
    <message>
        <source>There is no campaign “%1”.</source>
        <translation>Кампании «%1» нет.</translation>
    </message>
    <message>
        <source>Campaign %1 belongs to another lead source than the channel&apos;s.</source>
        <translation>Кампания %1 относится к другому источнику лидов, чем канал.</translation>
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
    <name>StockCommands</name>
    <message>
        <source>  [test drive]</source>
        <translation>  [для тест-драйва]</translation>
    </message>
    <message>
        <source>vehicle add needs --vin VIN --make MAKE --model MODEL</source>
        <translation>для vehicle add нужны --vin VIN --make MAKE --model MODEL</translation>
    </message>
    <message>
        <source>--year needs a year like 2026, not “%1”</source>
        <translation>для --year нужен год, например 2026, а не «%1»</translation>
    </message>
    <message>
        <source>--condition is one of new, used, demo, not “%1”</source>
        <translation>--condition — одно из: new, used, demo, а не «%1»</translation>
    </message>
    <message>
        <source>--in-transit needs the expected date like 2026-12-15, not “%1”</source>
        <translation>для --in-transit нужна ожидаемая дата, например 2026-12-15, а не «%1»</translation>
    </message>
    <message>
        <source>vehicle import needs FILE.csv</source>
        <translation>для vehicle import нужен FILE.csv</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 rejected: %3</source>
        <translation>строка %1: %2 — отклонено: %3</translation>
    </message>
    <message>
        <source>%1%2 added, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>%1добавлено: %2, обновлено: %3, без изменений: %4, отклонено: %5</translation>
    </message>
    <message>
        <source>Dry run, nothing written: </source>
        <translation>Пробный запуск, ничего не записано: </translation>
    </message>
    <message>
        <source>testdrive book needs LEAD_ID --vin VIN --at DATE_TIME</source>
        <translation>для testdrive book нужны LEAD_ID --vin VIN --at DATE_TIME</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 date and time like 2026-11-24T14:00, not “%1”</source>
        <translation>для --at нужны дата и время в формате ISO 8601, например 2026-11-24T14:00, а не «%1»</translation>
    </message>
    <message>
        <source>--minutes needs a positive number, not “%1”</source>
        <translation>для --minutes нужно положительное число, а не «%1»</translation>
    </message>
    <message>
        <source>testdrive cancel needs BOOKING_ID</source>
        <translation>для testdrive cancel нужен BOOKING_ID</translation>
    </message>
    <message>
        <source>Test drive %1 cancelled</source>
        <translation>Тест-драйв %1 отменён</translation>
    </message>
    <message>
        <source>vehicle needs add, list or import</source>
        <translation>для vehicle нужна команда add, list или import</translation>
    </message>
    <message>
        <source>testdrive needs book or cancel</source>
        <translation>для testdrive нужна команда book или cancel</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>“%1” is not a price.</source>
        <translation>«%1» — не цена.</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1).</source>
        <translation>Цена не может быть отрицательной (%1).</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2026-12-01 or 01.12.2026).</source>
        <translation>«%1» — не дата (пишите 2026-12-01 или 01.12.2026).</translation>
    </message>
    <message>
        <source>The condition “%1” is unknown (new, used or demo).</source>
        <translation>Состояние «%1» неизвестно (new, used или demo).</translation>
    </message>
    <message>
        <source>The status “%1” is set by a deal, not by a stock list.</source>
        <translation>Статус «%1» задаётся сделкой, а не складским списком.</translation>
    </message>
    <message>
        <source>The status “%1” is unknown (in stock or in transit).</source>
        <translation>Статус «%1» неизвестен (in stock или in transit).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» — ни yes, ни no.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Year: “%1” is not a model year.</source>
        <translation>Год: «%1» — не модельный год.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>The vehicle %1 (%2)</source>
        <translation>Автомобиль %1 (%2)</translation>
    </message>
    <message>
        <source>Enter the make of the car (for example VW).</source>
        <translation>Укажите марку автомобиля (например, VW).</translation>
    </message>
    <message>
        <source>Enter the model of the car (for example Golf).</source>
        <translation>Укажите модель автомобиля (например, Golf).</translation>
    </message>
    <message>
        <source>%1 is not a plausible model year.</source>
        <translation>%1 — неправдоподобный модельный год.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A car in transit needs the date it is expected to arrive.</source>
        <translation>Для автомобиля в пути нужна ожидаемая дата прибытия.</translation>
    </message>
    <message>
        <source>%1 belongs to a deal (reserved, sold or delivered); its status follows the deal.</source>
        <translation>%1 относится к сделке (зарезервирован, продан или выдан); его статус определяется сделкой.</translation>
    </message>
    <message>
        <source>A car is reserved, sold and delivered through its deal, not in the stock list.</source>
        <translation>Автомобиль резервируется, продаётся и выдаётся через сделку, а не в складском списке.</translation>
    </message>
    <message>
        <source>A new car is in stock or in transit; deals reserve and sell it.</source>
        <translation>Новый автомобиль на складе может быть только в наличии или в пути; резервируют и продают его сделки.</translation>
    </message>
    <message>
        <source>The VIN %1 is already in the stock list: %2.</source>
        <translation>VIN %1 уже есть в складском списке: %2.</translation>
    </message>
    <message>
        <source>The file has no VIN column: its header line needs a column “VIN” (or “FIN”). Found: %1.</source>
        <translation>В файле нет столбца VIN: в строке заголовков нужен столбец «VIN» (или «FIN»). Найдено: %1.</translation>
    </message>
    <message>
        <source>The VIN %1 already appeared on line %2.</source>
        <translation>VIN %1 уже встречался в строке %2.</translation>
    </message>
</context>
<context>
    <name>StockText</name>
    <message>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продан</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>In transit, expected %1</source>
        <translation>В пути, ожидается %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>С пробегом</translation>
    </message>
    <message>
        <source>Demo car</source>
        <translation>Демонстрационный</translation>
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
    <message>
        <source>Contact person “%1”</source>
        <translation>Контактное лицо «%1»</translation>
    </message>
    <message>
        <source>There is no contact person #%1.</source>
        <translation>Контактного лица №%1 нет.</translation>
    </message>
    <message>
        <source>%1 was changed on another desk since you opened it. It was not removed; reload to see the current state.</source>
        <translation>%1: запись изменена на другом рабочем месте после того, как вы её открыли. Она не удалена; обновите данные, чтобы увидеть текущее состояние.</translation>
    </message>
    <message>
        <source>There is no visit #%1.</source>
        <translation>Визита №%1 нет.</translation>
    </message>
    <message>
        <source>Visit #%1</source>
        <translation>Визит №%1</translation>
    </message>
    <message>
        <source>There is no lost reason “%1”.</source>
        <translation>Причины отказа «%1» нет.</translation>
    </message>
    <message>
        <source>There is no task #%1.</source>
        <translation>Задачи №%1 нет.</translation>
    </message>
    <message>
        <source>There is no checklist item #%1.</source>
        <translation>Пункта чек-листа №%1 нет.</translation>
    </message>
    <message>
        <source>There is no document #%1.</source>
        <translation>Документа №%1 нет.</translation>
    </message>
    <message>
        <source>There is no checklist template item #%1.</source>
        <translation>Пункта шаблона чек-листа №%1 нет.</translation>
    </message>
    <message>
        <source>There is no deal #%1.</source>
        <translation>Сделки №%1 нет.</translation>
    </message>
    <message>
        <source>There is no test-drive booking #%1.</source>
        <translation>Записи на тест-драйв №%1 нет.</translation>
    </message>
    <message>
        <source>There is no vehicle #%1.</source>
        <translation>Автомобиля №%1 нет.</translation>
    </message>
    <message>
        <source>No vehicle with the VIN %1 is in the stock list.</source>
        <translation>В складском списке нет автомобиля с VIN %1.</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>activity add needs LEAD_ID --kind KIND --outcome TEXT</source>
        <translation>для activity add нужны LEAD_ID --kind KIND --outcome TEXT</translation>
    </message>
    <message>
        <source>--kind is one of call, email, sms, visit, note, test_drive, not “%1”</source>
        <translation>--kind — одно из: call, email, sms, visit, note, test_drive, а не «%1»</translation>
    </message>
    <message>
        <source>--direction is in or out, not “%1”</source>
        <translation>--direction — in или out, а не «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Activity %1 logged; the first response on lead %2 took %n business minute(s)</source>
        <translation>
            <numerusform>Действие %1 записано; первая реакция на лид %2 заняла %n рабочую минуту</numerusform>
            <numerusform>Действие %1 записано; первая реакция на лид %2 заняла %n рабочие минуты</numerusform>
            <numerusform>Действие %1 записано; первая реакция на лид %2 заняла %n рабочих минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 logged on lead %2</source>
        <translation>Действие %1 записано по лиду %2</translation>
    </message>
    <message>
        <source>task add needs LEAD_ID --due DATE_TIME --title TEXT</source>
        <translation>для task add нужны LEAD_ID --due DATE_TIME --title TEXT</translation>
    </message>
    <message>
        <source>--due needs an ISO 8601 date and time like 2026-11-24T10:00, not “%1”</source>
        <translation>для --due нужны дата и время в формате ISO 8601, например 2026-11-24T10:00, а не «%1»</translation>
    </message>
    <message>
        <source>--kind is one of follow_up, call_back, appointment, test_drive, other, not “%1”</source>
        <translation>--kind — одно из: follow_up, call_back, appointment, test_drive, other, а не «%1»</translation>
    </message>
    <message>
        <source>task done needs TASK_ID --result TEXT: what came of it</source>
        <translation>для task done нужны TASK_ID --result TEXT: чем всё закончилось</translation>
    </message>
    <message>
        <source>Task %1 is done</source>
        <translation>Задача %1 выполнена</translation>
    </message>
    <message>
        <source>  #%1 %2  %3 — %4</source>
        <translation>  №%1 %2  %3 — %4</translation>
    </message>
    <message>
        <source>activity needs add</source>
        <translation>для activity нужна команда add</translation>
    </message>
    <message>
        <source>task needs add or done</source>
        <translation>для task нужна команда add или done</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>На сегодня: %1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Встречи: %1</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The task “%1”</source>
        <translation>Задача «%1»</translation>
    </message>
    <message>
        <source>Follow-up call, day %1 after the first visit</source>
        <translation>Повторный звонок: %1-й день после первого визита</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Укажите, о чём повторный контакт.</translation>
    </message>
    <message>
        <source>A follow-up needs a date and time.</source>
        <translation>Для повторного контакта нужны дата и время.</translation>
    </message>
    <message>
        <source>Lead #%1 belongs to another consultant.</source>
        <translation>Лид №%1 принадлежит другому консультанту.</translation>
    </message>
    <message>
        <source>%1 belongs to another consultant.</source>
        <translation>%1 принадлежит другому консультанту.</translation>
    </message>
    <message>
        <source>Write down the result: what came of the follow-up?</source>
        <translation>Запишите результат: чем закончился повторный контакт?</translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation>%1 уже выполнена.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Комментарий пуст.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Follow-up</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Showroom invitation</source>
        <translation>Приглашение в салон</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Повторный звонок</translation>
    </message>
    <message>
        <source>Call back as promised</source>
        <translation>Перезвонить, как обещали</translation>
    </message>
    <message>
        <source>Showroom visit</source>
        <translation>Визит в салон</translation>
    </message>
    <message>
        <source>Showroom visit: %1</source>
        <translation>Визит в салон: %1</translation>
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
        <translation>Запланировано сотрудником</translation>
    </message>
    <message>
        <source>Planned by a rule (%1)</source>
        <translation>Запланировано правилом (%1)</translation>
    </message>
    <message>
        <source>Planned by the follow-up rule: day %1 after the first visit</source>
        <translation>Запланировано правилом повторных контактов: %1-й день после первого визита</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · срок %2</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · срок %3</translation>
    </message>
</context>
<context>
    <name>TestDriveService</name>
    <message>
        <source>The %1 (%2)</source>
        <translation>Автомобиль %1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2 on %3</source>
        <translation>%3 с %1 до %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
    <message>
        <source>A test drive needs a date, a start and an end.</source>
        <translation>Для тест-драйва нужны дата, время начала и время окончания.</translation>
    </message>
    <message>
        <source>A test drive must end after it starts.</source>
        <translation>Тест-драйв должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>A test drive lasts at most 4 hours; this one would take %1 h %2 min.</source>
        <translation>Тест-драйв длится не более 4 часов; этот занял бы %1 ч %2 мин.</translation>
    </message>
    <message>
        <source>%1 is not a test-drive car.</source>
        <translation>%1 не предназначен для тест-драйвов.</translation>
    </message>
    <message>
        <source>%1 is sold and no longer available for test drives.</source>
        <translation>%1 продан и больше недоступен для тест-драйвов.</translation>
    </message>
    <message>
        <source>%1 is already booked for a test drive %2.</source>
        <translation>%1 уже забронирован для тест-драйва (%2).</translation>
    </message>
    <message>
        <source>Test drive: %1</source>
        <translation>Тест-драйв: %1</translation>
    </message>
    <message>
        <source>The test drive #%1 is already cancelled.</source>
        <translation>Тест-драйв №%1 уже отменён.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
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
    <message>
        <source>A share is a whole number from 0 to 1000.</source>
        <translation>Доля — целое число от 0 до 1000.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The card has no phone number or email.</source>
        <translation>В карточке нет ни телефона, ни эл. почты.</translation>
    </message>
    <message>
        <source>The file ends inside a card.</source>
        <translation>Файл обрывается посреди карточки.</translation>
    </message>
    <message>
        <source>The file holds no vCard (BEGIN:VCARD).</source>
        <translation>В файле нет ни одной vCard (BEGIN:VCARD).</translation>
    </message>
</context>
<context>
    <name>Vin</name>
    <message>
        <source>A VIN never contains the letter I (position %1): it would be read as 1. Type the digit 1 instead.</source>
        <translation>VIN никогда не содержит букву I (позиция %1): её можно принять за 1. Введите вместо неё цифру 1.</translation>
    </message>
    <message>
        <source>A VIN never contains the letter O (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>VIN никогда не содержит букву O (позиция %1): её можно принять за 0. Введите вместо неё цифру 0.</translation>
    </message>
    <message>
        <source>A VIN never contains the letter Q (position %1): it would be read as 0. Type the digit 0 instead.</source>
        <translation>VIN никогда не содержит букву Q (позиция %1): её можно принять за 0. Введите вместо неё цифру 0.</translation>
    </message>
    <message>
        <source>Enter the VIN (17 characters).</source>
        <translation>Введите VIN (17 символов).</translation>
    </message>
    <message numerus="yes">
        <source>A VIN has 17 characters; this one has %n.</source>
        <translation>
            <numerusform>VIN состоит из 17 символов, а этот — из %n символа.</numerusform>
            <numerusform>VIN состоит из 17 символов, а этот — из %n символов.</numerusform>
            <numerusform>VIN состоит из 17 символов, а этот — из %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A VIN holds only the letters A–Z and the digits 0–9; “%1” at position %2 is not allowed.</source>
        <translation>VIN состоит только из букв A–Z и цифр 0–9; символ «%1» в позиции %2 недопустим.</translation>
    </message>
    <message>
        <source>The check digit (position 9) should be %1 but is %2: a character of this VIN is probably mistyped.</source>
        <translation>Контрольная цифра (позиция 9) должна быть %1, а указана %2: вероятно, в этом VIN опечатка.</translation>
    </message>
    <message>
        <source>This VIN carries no check digit (usual outside North America and China); length and characters were checked.</source>
        <translation>В этом VIN нет контрольной цифры (обычное дело за пределами Северной Америки и Китая); проверены длина и символы.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>Customer #%1 was merged into #%2; link the visit to that one.</source>
        <translation>Клиент №%1 объединён с №%2; привяжите визит к клиенту №%2.</translation>
    </message>
    <message>
        <source>The party size must be between 1 and 99.</source>
        <translation>Количество человек должно быть от 1 до 99.</translation>
    </message>
    <message>
        <source>The arrival time cannot be in the future.</source>
        <translation>Время прихода не может быть в будущем.</translation>
    </message>
    <message>
        <source>%1 cannot take visitors.</source>
        <translation>%1 не может принимать посетителей.</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name, phone number or email address.</source>
        <translation>Введите имя, номер телефона или адрес эл. почты посетителя.</translation>
    </message>
    <message>
        <source>Visit #%1 already belongs to another customer.</source>
        <translation>Визит №%1 уже привязан к другому клиенту.</translation>
    </message>
    <message>
        <source>The departure time cannot be in the future.</source>
        <translation>Время ухода не может быть в будущем.</translation>
    </message>
    <message>
        <source>This visitor already left at %1.</source>
        <translation>Этот посетитель уже ушёл в %1.</translation>
    </message>
    <message>
        <source>The departure time is before the arrival time.</source>
        <translation>Время ухода раньше времени прихода.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPrinter</name>
    <message>
        <source>W%1</source>
        <translation>Н%1</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Визиты по дням</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Визиты по неделям</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>Визиты по месяцам</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 п. п.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Первые визиты</translation>
    </message>
    <message>
        <source>Info-retention</source>
        <translation>Сохранённые контакты</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Предыдущий период: %1</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>Прошлый год: %1</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторные визиты</translation>
    </message>
    <message>
        <source>No walk-ins in this period.</source>
        <translation>За этот период визитов нет.</translation>
    </message>
    <message>
        <source>Visits by hour of the day</source>
        <translation>Визиты по часам дня</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Еженедельный отчёт</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all</source>
        <comment>consultants</comment>
        <translation>все</translation>
    </message>
    <message>
        <source>all</source>
        <comment>sources</comment>
        <translation>все</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Консультант: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Сформирован %1</translation>
    </message>
    <message>
        <source>Weekly-report</source>
        <comment>file name</comment>
        <translation>Еженедельный-отчёт</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>file name</comment>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Страница %1 / %2</translation>
    </message>
    <message>
        <source>New leads: %1</source>
        <translation>Новые лиды: %1</translation>
    </message>
    <message>
        <source>Won: %1</source>
        <translation>Выиграны: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Проиграны: %1</translation>
    </message>
    <message>
        <source>Close rate: %1</source>
        <translation>Конверсия в продажу: %1</translation>
    </message>
    <message>
        <source>First-visit closes: %1</source>
        <translation>Продажи с первого визита: %1</translation>
    </message>
    <message>
        <source>Follow-up closes: %1</source>
        <translation>Продажи после повторного контакта: %1</translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation>Конверсия в следующий этап</translation>
    </message>
    <message>
        <source>No lead moved through the funnel in this period.</source>
        <translation>За этот период ни один лид не продвинулся по воронке.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Leads that reached each stage</source>
        <translation>Лиды, дошедшие до каждого этапа</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>No leads or sales in this period.</source>
        <translation>За этот период нет ни лидов, ни продаж.</translation>
    </message>
    <message>
        <source>Sources and campaigns</source>
        <translation>Источники и кампании</translation>
    </message>
    <message>
        <source>Leads and sales per source</source>
        <translation>Лиды и продажи по источникам</translation>
    </message>
    <message>
        <source>No campaign had leads, sales or costs in this period.</source>
        <translation>Ни у одной кампании за этот период не было лидов, продаж или затрат.</translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation>Ожидают подтверждения: %1</translation>
    </message>
    <message>
        <source>Lost leads</source>
        <translation>Проигранные лиды</translation>
    </message>
    <message>
        <source>No lead was lost in this period.</source>
        <translation>За этот период ни один лид не проигран.</translation>
    </message>
    <message>
        <source>No lead was lost in these weeks.</source>
        <translation>За эти недели ни один лид не проигран.</translation>
    </message>
    <message>
        <source>Lost analysis</source>
        <translation>Анализ отказов</translation>
    </message>
    <message>
        <source>Lost leads by reason</source>
        <translation>Проигранные лиды по причинам</translation>
    </message>
    <message>
        <source>Lost leads per week</source>
        <translation>Проигранные лиды по неделям</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <source>No consultant had figures in this period.</source>
        <translation>Ни у одного консультанта за этот период нет показателей.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Выдача авто</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation>Лист %1</translation>
    </message>
    <message>
        <source>The column title “%1” is too long for Excel.</source>
        <translation>Заголовок столбца «%1» слишком длинный для Excel.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” holds a text longer than the %L3 characters an Excel cell can hold.</source>
        <translation>Строка %1 листа «%2» содержит текст длиннее %L3 символов, которые вмещает ячейка Excel.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” could not be written: %3.</source>
        <translation>Не удалось записать строку %1 листа «%2»: %3.</translation>
    </message>
    <message>
        <source>“%1” has %L2 rows and %L3 columns: an Excel sheet holds at most %L4 rows below its header and %L5 columns.</source>
        <translation>В «%1» %L2 строк и %L3 столбцов, а лист Excel вмещает не более %L4 строк под заголовком и %L5 столбцов.</translation>
    </message>
    <message>
        <source>Excel does not accept “%1” as a sheet name.</source>
        <translation>Excel не принимает «%1» как имя листа.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: out of memory.</source>
        <translation>Не удалось записать %1: недостаточно памяти.</translation>
    </message>
</context>
<context>
    <name>showroom::AccessoryChoiceModel</name>
    <message>
        <source>Accessory</source>
        <translation>Аксессуар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Why customers take it</source>
        <translation>Почему его берут</translation>
    </message>
</context>
<context>
    <name>showroom::ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Запись звонка</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>О чём говорили, о чём договорились</translation>
    </message>
    <message>
        <source>What colleagues should know</source>
        <translation>Что нужно знать коллегам</translation>
    </message>
    <message>
        <source>Outgoing: we called</source>
        <translation>Исходящий: звонили мы</translation>
    </message>
    <message>
        <source>Incoming: the customer called</source>
        <translation>Входящий: звонил клиент</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>Без лида</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>№%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>автомобиль не выбран</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
</context>
<context>
    <name>showroom::AddContactDialog</name>
    <message>
        <source>Add the visitor&apos;s contact data</source>
        <translation>Добавить контактные данные посетителя</translation>
    </message>
    <message>
        <source>Visit at %1. Whatever the visitor gives counts: a phone number or an email address captures the contact and opens a lead for the consultant.</source>
        <translation>Визит в %1. Важно всё, что оставил посетитель: номер телефона или адрес эл. почты сохраняет контакт и создаёт лид для консультанта.</translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>Проверьте контактные данные посетителя</translation>
    </message>
    <message>
        <source>The contact data was not saved</source>
        <translation>Контактные данные не сохранены</translation>
    </message>
</context>
<context>
    <name>showroom::AssignmentForm</name>
    <message>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <source>&amp;Assign new leads:</source>
        <translation>&amp;Распределять новые лиды:</translation>
    </message>
    <message>
        <source>&amp;Unassigned leads are watched by:</source>
        <translation>За не&amp;назначенными лидами следит:</translation>
    </message>
    <message>
        <source>They are reminded when a lead in the queue is not taken within its response time. Lead sources can have their own rule.</source>
        <translation>Им приходит напоминание, если лид из очереди не взят в работу за время реакции. У источников лидов может быть своё правило.</translation>
    </message>
    <message>
        <source>Shares under weighted assignment</source>
        <translation>Доли при взвешенном распределении</translation>
    </message>
    <message>
        <source>Each consultant receives new leads in proportion to their share, e.g. 40 and 60. Consultants who are off duty or busy are skipped; 0 takes no leads.</source>
        <translation>Каждый консультант получает новые лиды пропорционально своей доле, например 40 и 60. Консультанты не на смене или занятые пропускаются; при доле 0 лиды не назначаются.</translation>
    </message>
    <message>
        <source>Total of the shares: %1</source>
        <translation>Сумма долей: %1</translation>
    </message>
    <message>
        <source>A manager gives every new lead to a consultant.</source>
        <translation>Руководитель сам назначает каждый новый лид консультанту.</translation>
    </message>
    <message>
        <source>New leads go in turn to the consultants who are on duty and not busy.</source>
        <translation>Новые лиды по очереди получают консультанты, которые на смене и не заняты.</translation>
    </message>
    <message>
        <source>New leads go to the consultants on duty in proportion to their shares below.</source>
        <translation>Новые лиды получают консультанты на смене пропорционально их долям ниже.</translation>
    </message>
    <message>
        <source>New leads wait in a shared pool; the consultants take them themselves.</source>
        <translation>Новые лиды ждут в общем пуле; консультанты сами берут их в работу.</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все руководители</translation>
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
        <translation>Мой статус:</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>You are at your desk and take new leads and walk-ins</source>
        <translation>Вы на рабочем месте и принимаете новые лиды и посетителей</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занят</translation>
    </message>
    <message>
        <source>With a customer: no new leads are given to you until you are available again</source>
        <translation>С клиентом: новые лиды вам не назначаются, пока вы снова не освободитесь</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Не на смене</translation>
    </message>
    <message>
        <source>Not at work: you get no leads and the reception does not offer you</source>
        <translation>Не на работе: вы не получаете лидов, и ресепшн вас не предлагает</translation>
    </message>
    <message>
        <source>Your availability was not changed</source>
        <translation>Ваш статус не изменён</translation>
    </message>
    <message>
        <source>taking new leads</source>
        <translation>вы получаете новые лиды</translation>
    </message>
    <message>
        <source>no new leads while busy</source>
        <translation>пока вы заняты, новых лидов нет</translation>
    </message>
    <message>
        <source>no leads, not offered at the reception</source>
        <translation>лидов нет, ресепшн вас не предлагает</translation>
    </message>
</context>
<context>
    <name>showroom::BoardActions</name>
    <message>
        <source>Lead #%1 (%2)</source>
        <translation>Лид №%1 (%2)</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Лид №%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Перевести %1 на этап %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to %1</source>
        <translation>
            <numerusform>Перевести %n лид на этап %1</numerusform>
            <numerusform>Перевести %n лида на этап %1</numerusform>
            <numerusform>Перевести %n лидов на этап %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Перевести лид</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>Назначить %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s)</source>
        <translation>
            <numerusform>Назначить %n лид</numerusform>
            <numerusform>Назначить %n лида</numerusform>
            <numerusform>Назначить %n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>Назначить лид</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Отметить как проигранный</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation>Отметить проигрыш: %1</translation>
    </message>
    <message>
        <source>Approve lost</source>
        <translation>Подтвердить проигрыш</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Не проигран</translation>
    </message>
    <message>
        <source>Why is %1 not lost? The consultant reads this.</source>
        <translation>Почему %1 не проигран? Консультант увидит этот ответ.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Создать сделку</translation>
    </message>
    <message>
        <source>A deal belongs to one lead. Drop the leads on Won one at a time.</source>
        <translation>Сделка относится к одному лиду. Перетаскивайте лиды на «Выигран» по одному.</translation>
    </message>
</context>
<context>
    <name>showroom::BoardColumnView</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when won · %n in 7 days</source>
        <translation>
            <numerusform>Перетащите сюда при выигрыше · %n за 7 дней</numerusform>
            <numerusform>Перетащите сюда при выигрыше · %n за 7 дней</numerusform>
            <numerusform>Перетащите сюда при выигрыше · %n за 7 дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop when lost · %n</source>
        <translation>
            <numerusform>Перетащите сюда при проигрыше · %n</numerusform>
            <numerusform>Перетащите сюда при проигрыше · %n</numerusform>
            <numerusform>Перетащите сюда при проигрыше · %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::BoardFilterBar</name>
    <message>
        <source>My leads only</source>
        <translation>Только мои лиды</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Любая ценность</translation>
    </message>
    <message>
        <source>Any time in stage</source>
        <translation>Любое время на этапе</translation>
    </message>
    <message numerus="yes">
        <source>%n+ days in stage</source>
        <translation>
            <numerusform>%n+ день на этапе</numerusform>
            <numerusform>%n+ дня на этапе</numerusform>
            <numerusform>%n+ дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Filter: name, car, consultant</source>
        <translation>Фильтр: имя, автомобиль, консультант</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>Unassigned pool</source>
        <translation>Не назначены (общий пул)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
</context>
<context>
    <name>showroom::BoardModel</name>
    <message>
        <source>Lead #%1: %2, %3</source>
        <translation>Лид №%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>showroom::BoardPage</name>
    <message>
        <source>Open customer card</source>
        <translation>Открыть карточку клиента</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Записать звонок…</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Запланировать повторный контакт…</translation>
    </message>
    <message>
        <source>Schedule test drive…</source>
        <translation>Назначить тест-драйв…</translation>
    </message>
    <message>
        <source>Invite to the showroom…</source>
        <translation>Пригласить в салон…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Перевести на этап</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Переместить влево</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Переместить вправо</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Назначить консультанту</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Отметить как проигранный…</translation>
    </message>
    <message>
        <source>Approve: lost</source>
        <translation>Подтвердить: проигран</translation>
    </message>
    <message>
        <source>Not lost: return with a comment…</source>
        <translation>Не проигран: вернуть с комментарием…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Отменить «%1»</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ Влево</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>Вправо ▶</translation>
    </message>
    <message>
        <source>Take the selected leads from the unassigned pool</source>
        <translation>Взять выбранные лиды из пула нераспределённых</translation>
    </message>
    <message>
        <source>Assign: drop cards on a consultant</source>
        <translation>Назначение: перетащите карточки на консультанта</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lead(s) match the filter</source>
        <translation>
            <numerusform>Фильтру соответствуют %1 из %n лида</numerusform>
            <numerusform>Фильтру соответствуют %1 из %n лидов</numerusform>
            <numerusform>Фильтру соответствуют %1 из %n лидов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::CampaignBox</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>showroom::CardActions</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>Write a note on this customer&apos;s timeline</source>
        <translation>Добавить заметку в историю этого клиента</translation>
    </message>
    <message>
        <source>Log &amp;call…</source>
        <translation>Записать з&amp;вонок…</translation>
    </message>
    <message>
        <source>Record a call with this customer</source>
        <translation>Записать звонок с этим клиентом</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>Новый &amp;лид…</translation>
    </message>
    <message>
        <source>Start a new sales opportunity for this customer</source>
        <translation>Создать новую потенциальную сделку для этого клиента</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Добавить &amp;повторный контакт…</translation>
    </message>
    <message>
        <source>Plan a call or visit for the selected (or newest) open lead</source>
        <translation>Запланировать звонок или визит по выбранному (или самому новому) открытому лиду</translation>
    </message>
    <message>
        <source>Schedule &amp;test drive…</source>
        <translation>Назначить &amp;тест-драйв…</translation>
    </message>
    <message>
        <source>Book a test drive for the selected (or newest) open lead</source>
        <translation>Назначить тест-драйв по выбранному (или самому новому) открытому лиду</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Звонок записан.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <source>Lead #%1 created.</source>
        <translation>Лид №%1 создан.</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>Нет открытого лида</translation>
    </message>
    <message>
        <source>%1 has no open lead to plan for. Start one with “New lead…” first.</source>
        <translation>У клиента %1 нет открытого лида, по которому можно что-то запланировать. Сначала создайте его кнопкой «Новый лид…».</translation>
    </message>
    <message>
        <source>Test drive scheduled for %1.</source>
        <translation>Тест-драйв назначен на %1.</translation>
    </message>
    <message>
        <source>“%1” planned for %2.</source>
        <translation>«%1» запланировано на %2.</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>Созд&amp;ать сделку…</translation>
    </message>
    <message>
        <source>The customer buys: the deal form for the selected (or newest) open lead</source>
        <translation>Клиент покупает: форма сделки по выбранному (или самому новому) открытому лиду</translation>
    </message>
    <message>
        <source>Open d&amp;eal</source>
        <translation>&amp;Открыть сделку</translation>
    </message>
    <message>
        <source>The deal card with its delivery checklists</source>
        <translation>Карточка сделки с чек-листами выдачи</translation>
    </message>
    <message>
        <source>%1 has no open lead to close with a deal. Start one with “New lead…” first.</source>
        <translation>У клиента %1 нет открытого лида, который можно закрыть сделкой. Сначала создайте его кнопкой «Новый лид…».</translation>
    </message>
    <message>
        <source>Deal #%1 created.</source>
        <translation>Сделка №%1 создана.</translation>
    </message>
</context>
<context>
    <name>showroom::CardDelegate</name>
    <message>
        <source>no car chosen yet</source>
        <translation>автомобиль ещё не выбран</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Ценность: %1</translation>
    </message>
    <message>
        <source>%1 in stage</source>
        <translation>%1 на этапе</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>след. контакт %1</translation>
    </message>
    <message>
        <source>Lost? waiting for approval: %1</source>
        <translation>Проигран? Ждёт подтверждения: %1</translation>
    </message>
    <message>
        <source>Not lost: %1</source>
        <translation>Не проигран: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Проигран: %1</translation>
    </message>
</context>
<context>
    <name>showroom::CardFieldsForm</name>
    <message>
        <source>Shown on every card</source>
        <translation>Показывать на каждой карточке</translation>
    </message>
    <message>
        <source>Every card shows the customer&apos;s name. Fewer fields keep the board calm; more help to decide at a glance.</source>
        <translation>На каждой карточке есть имя клиента. Чем меньше полей, тем спокойнее воронка; чем больше, тем проще решать с первого взгляда.</translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation>Интересующий автомобиль</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Ценность клиента</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующий повторный контакт</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>Срок реакции</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Ожидаемая сумма</translation>
    </message>
    <message>
        <source>The model the customer asked about</source>
        <translation>Модель, которой интересовался клиент</translation>
    </message>
    <message>
        <source>Who works on the lead</source>
        <translation>Кто работает с лидом</translation>
    </message>
    <message>
        <source>Walk-in, phone, website form, …</source>
        <translation>Визит в салон, телефон, форма на сайте, …</translation>
    </message>
    <message>
        <source>High value for walk-ins, value for calls, chats and web forms</source>
        <translation>Высокая — визит в салон, средняя — звонки, чаты и формы на сайте</translation>
    </message>
    <message>
        <source>How long the lead has been in its column</source>
        <translation>Сколько времени лид находится в своей колонке</translation>
    </message>
    <message>
        <source>When the next planned call or appointment is due</source>
        <translation>Когда наступает следующий запланированный звонок или встреча</translation>
    </message>
    <message>
        <source>Time left to contact a new lead, red when missed</source>
        <translation>Сколько осталось времени, чтобы связаться с новым лидом; красным, если срок пропущен</translation>
    </message>
    <message>
        <source>The expected price of the deal</source>
        <translation>Ожидаемая цена сделки</translation>
    </message>
</context>
<context>
    <name>showroom::CheckedField</name>
    <message>
        <source>Saved as %1</source>
        <translation>Сохраняется как %1</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemDialog</name>
    <message>
        <source>Edit the item</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>e.g. Winter wheels</source>
        <translation>например, Зимние колёса</translation>
    </message>
    <message>
        <source>e.g. Proof of income</source>
        <translation>например, Справка о доходах</translation>
    </message>
    <message>
        <source>e.g. Number plates fitted</source>
        <translation>например, Номера установлены</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Пункт</translation>
    </message>
    <message>
        <source>&amp;Required: must be done before the next step</source>
        <translation>&amp;Обязательный: выполнить до следующего шага</translation>
    </message>
    <message>
        <source>&amp;Document needed: done only with a file attached</source>
        <translation>Нужен &amp;документ: выполнен, только если прикреплён файл</translation>
    </message>
    <message>
        <source>e.g. 299,00 (%1); empty: no price</source>
        <translation>например, 299,00 (%1); пусто — без цены</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <source>Why the customer wants it, in one sentence</source>
        <translation>Зачем это клиенту, одним предложением</translation>
    </message>
    <message>
        <source>Sales &amp;argument</source>
        <translation>&amp;Аргумент продажи</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source> days before delivery</source>
        <translation> дн. до выдачи</translation>
    </message>
    <message>
        <source>Negative: after the promised delivery date</source>
        <translation>Отрицательное значение: после обещанной даты выдачи</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation> дн. после подписания</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>&amp;Срок выполнения</translation>
    </message>
    <message>
        <source>The item was not saved</source>
        <translation>Пункт не сохранён</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistItemModel</name>
    <message>
        <source>on the day</source>
        <translation>в тот же день</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 после</translation>
    </message>
    <message>
        <source>Due this many days before the promised delivery date</source>
        <translation>Срок: за столько дней до обещанной даты выдачи</translation>
    </message>
    <message>
        <source>Due this many days after the contract was signed</source>
        <translation>Срок: через столько дней после подписания договора</translation>
    </message>
    <message>
        <source>A required item must be done before the next step (bank, handover)</source>
        <translation>Обязательный пункт нужно выполнить до следующего шага (банк, выдача автомобиля)</translation>
    </message>
    <message>
        <source>The item counts as done only with a scan or file attached</source>
        <translation>Пункт считается выполненным, только если прикреплён скан или файл</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Document needed</source>
        <translation>Нужен документ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Sales argument</source>
        <translation>Аргумент продажи</translation>
    </message>
    <message>
        <source>Days before delivery</source>
        <translation>Дней до выдачи</translation>
    </message>
    <message>
        <source>Days after signing</source>
        <translation>Дней после подписания</translation>
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
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>неизвестно кем</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>done by %1, %2</source>
        <translation>выполнено (%1, %2)</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>продан</translation>
    </message>
    <message>
        <source>sold (%1, %2)</source>
        <translation>продан (%1, %2)</translation>
    </message>
    <message>
        <source>not sold: %1</source>
        <translation>не продан: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>прикреплено: %n</numerusform>
            <numerusform>прикреплено: %n</numerusform>
            <numerusform>прикреплено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>needed</source>
        <translation>нужен</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Просрочено с %1</translation>
    </message>
    <message>
        <source>A document must be attached before this item can be done</source>
        <translation>Прежде чем выполнить этот пункт, нужно прикрепить документ</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistPanel</name>
    <message>
        <source>&amp;Sold</source>
        <translation>П&amp;родан</translation>
    </message>
    <message>
        <source>The customer takes the selected accessory</source>
        <translation>Клиент берёт выбранный аксессуар</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Mark the selected item as done by you, now</source>
        <translation>Отметить выбранный пункт как выполненный вами сейчас</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>Back to open (a mistake); attached documents stay</source>
        <translation>Вернуть в открытые (если ошиблись); прикреплённые документы сохранятся</translation>
    </message>
    <message>
        <source>&amp;Not sold…</source>
        <translation>&amp;Не продан…</translation>
    </message>
    <message>
        <source>The customer did not take it: record why</source>
        <translation>Клиент не взял: укажите причину</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>При&amp;крепить документ…</translation>
    </message>
    <message>
        <source>Store a scan or PDF with the selected item</source>
        <translation>Прикрепить скан или PDF к выбранному пункту</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Открыть документ</translation>
    </message>
    <message>
        <source>Open the selected item&apos;s document</source>
        <translation>Открыть документ выбранного пункта</translation>
    </message>
    <message>
        <source>“%1” not done</source>
        <translation>«%1» не выполнено</translation>
    </message>
    <message>
        <source>“%1” not reopened</source>
        <translation>«%1» не возвращено в открытые</translation>
    </message>
    <message>
        <source>Attach a document to “%1”</source>
        <translation>Прикрепить документ к «%1»</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;All files (*)</source>
        <translation>Документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Document not attached</source>
        <translation>Документ не прикреплён</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>The document cannot be written to %1: %2</source>
        <translation>Не удаётся записать документ в %1: %2</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Не настроена программа для открытия %1.</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistTemplateListModel</name>
    <message>
        <source>Loan documents — private buyer</source>
        <translation>Документы для кредита — частный покупатель</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>Документы для кредита — компания-покупатель</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>Этапы выдачи</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Выдача автомобиля</translation>
    </message>
    <message>
        <source>Accessories — all models</source>
        <translation>Аксессуары — все модели</translation>
    </message>
    <message>
        <source>Accessories — %1</source>
        <translation>Аксессуары — %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Пунктов: %1</translation>
    </message>
</context>
<context>
    <name>showroom::ChecklistsSection</name>
    <message>
        <source>The loan file can go to the bank only when every required item is done and, where a document is needed, attached. Items are due this many days after the contract.</source>
        <translation>Документы для кредита можно отправить в банк, только когда выполнены все обязательные пункты и прикреплены нужные документы. Срок пункта — столько дней после подписания договора.</translation>
    </message>
    <message>
        <source>Steps until the car is handed over, dated back from the promised delivery date; the consultant is reminded the day before a step is due and when it is overdue.</source>
        <translation>Шаги до выдачи автомобиля; сроки отсчитываются назад от обещанной даты выдачи. Консультант получает напоминание накануне срока шага и при просрочке.</translation>
    </message>
    <message>
        <source>Gone through with the customer at the handover and printed on the handover protocol the customer signs.</source>
        <translation>Проходится вместе с клиентом при выдаче автомобиля и печатается в акте приёма-передачи, который подписывает клиент.</translation>
    </message>
    <message>
        <source>Every item is offered to the buyer and recorded as sold, or as not sold with the reason. A model&apos;s own list replaces the one for all models.</source>
        <translation>Каждый пункт предлагается покупателю и отмечается как проданный или как не проданный с причиной. Собственный список модели заменяет список для всех моделей.</translation>
    </message>
    <message>
        <source>Loan documents — company buyer</source>
        <translation>Документы для кредита — компания-покупатель</translation>
    </message>
    <message>
        <source>Add accessories for a &amp;model…</source>
        <translation>Аксессуары для &amp;модели…</translation>
    </message>
    <message>
        <source>A list of accessories offered only with one model, e.g. Golf</source>
        <translation>Список аксессуаров, которые предлагаются только с одной моделью, например Golf</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
        <source>A new item at the end of this checklist</source>
        <translation>Новый пункт в конце этого чек-листа</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Change the selected item (double-click)</source>
        <translation>Изменить выбранный пункт (двойной щелчок)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>New deals no longer get this item; running deals keep it</source>
        <translation>Новые сделки больше не получат этот пункт; в текущих сделках он останется</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>One place earlier in the checklist</source>
        <translation>На одну позицию выше в чек-листе</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>One place later in the checklist</source>
        <translation>На одну позицию ниже в чек-листе</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists; changes here are saved at once and do not alter deals already running.</source>
        <translation>Каждая новая сделка получает копию этих чек-листов; изменения здесь сохраняются сразу и не затрагивают уже идущие сделки.</translation>
    </message>
    <message>
        <source>Every new deal copies these checklists.</source>
        <translation>Каждая новая сделка получает копию этих чек-листов.</translation>
    </message>
    <message>
        <source>The checklists could not be loaded</source>
        <translation>Не удалось загрузить чек-листы</translation>
    </message>
    <message>
        <source>Accessories for a model</source>
        <translation>Аксессуары для модели</translation>
    </message>
    <message>
        <source>The model these accessories are offered with, e.g. Golf:</source>
        <translation>Модель, с которой предлагаются эти аксессуары, например Golf:</translation>
    </message>
    <message>
        <source>The accessories were not added</source>
        <translation>Аксессуары не добавлены</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <source>Remove “%1” from this checklist? New deals no longer get it; deals already running keep it.</source>
        <translation>Удалить «%1» из этого чек-листа? Новые сделки больше не получат этот пункт; в уже идущих сделках он останется.</translation>
    </message>
    <message>
        <source>The item was not removed</source>
        <translation>Пункт не удалён</translation>
    </message>
    <message>
        <source>The item was not moved</source>
        <translation>Пункт не перемещён</translation>
    </message>
</context>
<context>
    <name>showroom::CompleteTaskDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Повторный контакт выполнен</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>What came of it, e.g. “reached, test drive on Friday”</source>
        <translation>Чем закончилось, например «дозвонились, тест-драйв в пятницу»</translation>
    </message>
    <message>
        <source>Plan the next step afterwards</source>
        <translation>Затем запланировать следующий шаг</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
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
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Изменено на другом рабочем месте</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved on another desk while you were editing. Choose for each field which value to keep; fields you changed are marked and keep your value unless you choose otherwise.</source>
        <translation>Пока вы редактировали, клиент &lt;b&gt;%1&lt;/b&gt; был сохранён на другом рабочем месте. Для каждого поля выберите, какое значение оставить; изменённые вами поля отмечены и сохранят ваше значение, если вы не выберете другое.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>Saved on the other desk</source>
        <translation>Сохранено на другом рабочем месте</translation>
    </message>
    <message>
        <source> (you changed it)</source>
        <translation> (изменено вами)</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Сохранить выбранные значения</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved</source>
        <translation>Продолжить редактирование; ничего не сохраняется</translation>
    </message>
</context>
<context>
    <name>showroom::ConsentEditor</name>
    <message>
        <source>given — recorded with today&apos;s date when you save</source>
        <translation>дано — при сохранении будет записано с сегодняшней датой</translation>
    </message>
    <message>
        <source>withdrawn — recorded with today&apos;s date when you save</source>
        <translation>отозвано — при сохранении будет записано с сегодняшней датой</translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantStrip</name>
    <message>
        <source>Drop lead cards on a consultant to assign them</source>
        <translation>Перетащите карточки лидов на консультанта, чтобы назначить их</translation>
    </message>
    <message>
        <source>available</source>
        <translation>свободен(а)</translation>
    </message>
    <message>
        <source>off duty</source>
        <translation>не на смене</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занят(а)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n open</source>
        <translation>
            <numerusform>%1
%2 · в работе: %n</numerusform>
            <numerusform>%1
%2 · в работе: %n</numerusform>
            <numerusform>%1
%2 · в работе: %n</numerusform>
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
        <translation>Назначено
лидов</translation>
    </message>
    <message>
        <source>First
response</source>
        <translation>Первый
ответ</translation>
    </message>
    <message>
        <source>Response
breaches</source>
        <translation>Нарушения
срока ответа</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>Follow-ups
due</source>
        <translation>Повт. контакты
запланированы</translation>
    </message>
    <message>
        <source>Follow-ups
done</source>
        <translation>Повт. контакты
выполнены</translation>
    </message>
    <message>
        <source>Follow-ups
overdue</source>
        <translation>Повт. контакты
просрочены</translation>
    </message>
    <message>
        <source>Test
drives</source>
        <translation>Тест-
драйвы</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Accessories
offered</source>
        <translation>Аксессуаров
предложено</translation>
    </message>
    <message>
        <source>Accessories
sold</source>
        <translation>Аксессуаров
продано</translation>
    </message>
    <message>
        <source>Attach
rate</source>
        <translation>Доля
аксессуаров</translation>
    </message>
    <message>
        <source>Manager
comments</source>
        <translation>Комментарии
руководителя</translation>
    </message>
    <message>
        <source>Double-click a consultant to list his leads</source>
        <translation>Дважды щёлкните консультанта, чтобы увидеть его лиды</translation>
    </message>
    <message>
        <source>Leads now his that were assigned to him in the period</source>
        <translation>Лиды, назначенные ему за период и всё ещё закреплённые за ним</translation>
    </message>
    <message>
        <source>Median business time to the first response, over his leads created in the period</source>
        <translation>Медиана рабочего времени до первого ответа по его лидам, созданным за период</translation>
    </message>
    <message>
        <source>His leads created in the period that missed the response deadline</source>
        <translation>Его лиды, созданные за период, по которым пропущен срок ответа</translation>
    </message>
    <message>
        <source>His leads created in the period that were escalated to a manager</source>
        <translation>Его лиды, созданные за период и переданные руководителю по эскалации</translation>
    </message>
    <message>
        <source>Follow-up and call-back tasks due in the period</source>
        <translation>Повторные контакты и обратные звонки, запланированные на период</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones done</source>
        <translation>Из запланированных повторных контактов — выполненные</translation>
    </message>
    <message>
        <source>Of the follow-ups due, the ones still open after their due time</source>
        <translation>Из запланированных повторных контактов — не выполненные в срок</translation>
    </message>
    <message>
        <source>Test drives he logged in the period</source>
        <translation>Тест-драйвы, записанные им за период</translation>
    </message>
    <message>
        <source>Offers he logged in the period</source>
        <translation>Предложения, записанные им за период</translation>
    </message>
    <message>
        <source>Deals he signed in the period (not cancelled)</source>
        <translation>Сделки, заключённые им за период (не отменённые)</translation>
    </message>
    <message>
        <source>List price minus discount of those deals</source>
        <translation>Прайсовая цена минус скидка по этим сделкам</translation>
    </message>
    <message>
        <source>Accessories offered on those deals</source>
        <translation>Аксессуары, предложенные в этих сделках</translation>
    </message>
    <message>
        <source>Accessories sold on those deals</source>
        <translation>Аксессуары, проданные в этих сделках</translation>
    </message>
    <message>
        <source>Accessories sold / offered</source>
        <translation>Аксессуаров продано / предложено</translation>
    </message>
    <message>
        <source>Manager comments on his leads in the period</source>
        <translation>Комментарии руководителя к его лидам за период</translation>
    </message>
    <message>
        <source>%1 (%2): double-click to list his leads</source>
        <translation>%1 (%2): дважды щёлкните, чтобы увидеть его лиды</translation>
    </message>
    <message>
        <source>%1 of %2 accessories offered were sold</source>
        <translation>Продано %1 из %2 предложенных аксессуаров</translation>
    </message>
</context>
<context>
    <name>showroom::ConsultantsTab</name>
    <message>
        <source>Figures attributed to each consultant in the period. Click a column title to sort, hover it for what it counts, right-click it to show more columns; double-click a consultant to list his leads.</source>
        <translation>Показатели каждого консультанта за период. Щёлкните заголовок столбца, чтобы отсортировать, наведите на него, чтобы узнать, что он считает, щёлкните правой кнопкой, чтобы показать другие столбцы; дважды щёлкните консультанта, чтобы увидеть его лиды.</translation>
    </message>
    <message>
        <source>Leads assigned to %1</source>
        <translation>Лиды, назначенные консультанту %1</translation>
    </message>
</context>
<context>
    <name>showroom::ContactFields</name>
    <message>
        <source>e.g. 0151 2345678 or +49 151 2345678</source>
        <translation>например, 8 912 345-67-89 или +7 912 345-67-89</translation>
    </message>
    <message>
        <source>Enter or Ctrl+L links the visit to the selected customer</source>
        <translation>Enter или Ctrl+L — привязать визит к выбранному клиенту</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Фами&amp;лия:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Эл. п&amp;очта:</translation>
    </message>
    <message>
        <source>Linked to customer &lt;b&gt;%1&lt;/b&gt; (#%2): the visit is added to this customer; empty fields of the record are filled in from what you typed.</source>
        <translation>Привязано к клиенту &lt;b&gt;%1&lt;/b&gt; (№%2): визит будет добавлен этому клиенту; пустые поля карточки заполнятся введёнными данными.</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Та же почта</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>То же имя</translation>
    </message>
    <message>
        <source>&lt;b&gt;This phone number belongs to a customer.&lt;/b&gt; Press Ctrl+L to add the visit to them instead of creating a duplicate.</source>
        <translation>&lt;b&gt;Этот номер телефона принадлежит клиенту.&lt;/b&gt; Нажмите Ctrl+L, чтобы добавить визит ему, а не создавать дубликат.</translation>
    </message>
    <message>
        <source>Possible matches. Ctrl+L links the visit to the selected customer.</source>
        <translation>Возможные совпадения. Ctrl+L привязывает визит к выбранному клиенту.</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonDialog</name>
    <message>
        <source>Edit contact person</source>
        <translation>Изменить контактное лицо</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Decision maker: signs (owner, fleet manager). Vehicle user: chooses the car. Driver: drives a pool car.</source>
        <translation>Лицо, принимающее решение: подписывает договор (владелец, руководитель автопарка). Пользователь автомобиля: выбирает автомобиль. Водитель: ездит на служебном автомобиле.</translation>
    </message>
    <message>
        <source>e.g. Fleet manager</source>
        <translation>например, руководитель автопарка</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>showroom::ContactPersonsTab</name>
    <message>
        <source>Decision maker</source>
        <translation>Лицо, принимающее решение</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Only company customers have contact persons. To add some, set “Customer is a” to Company on the Details tab and save.</source>
        <translation>Контактные лица есть только у клиентов-компаний. Чтобы добавить их, на вкладке «Данные» выберите в поле «Тип клиента» значение «Компания» и сохраните.</translation>
    </message>
    <message>
        <source>No contact persons yet. Add the decision maker first.</source>
        <translation>Контактных лиц пока нет. Сначала добавьте лицо, принимающее решение.</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Удалить контактное лицо</translation>
    </message>
    <message>
        <source>Remove %1 from the contact persons of %2?</source>
        <translation>Удалить %1 из контактных лиц клиента %2?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardDialog</name>
    <message>
        <source>Manager comment</source>
        <translation>Комментарий руководителя</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the details (Ctrl+S)</source>
        <translation>Сохранить данные (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cannot load customer #%1: %2</source>
        <translation>Не удалось загрузить клиента №%1: %2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>История (%1)</translation>
    </message>
    <message>
        <source>%1 — customer #%2</source>
        <translation>%1 — клиент №%2</translation>
    </message>
    <message>
        <source>Contact persons (%1)</source>
        <translation>Контактные лица (%1)</translation>
    </message>
    <message>
        <source>Leads (%1)</source>
        <translation>Лиды (%1)</translation>
    </message>
    <message>
        <source>You can look at this customer but not change it.</source>
        <translation>Этого клиента можно просматривать, но не изменять.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Клиент не сохранён</translation>
    </message>
    <message>
        <source>Not saved: a colleague changed this customer meanwhile. Your edits are still here; save again to compare them with the stored record.</source>
        <translation>Не сохранено: коллега тем временем изменил этого клиента. Ваши правки на месте; сохраните ещё раз, чтобы сравнить их с сохранённой записью.</translation>
    </message>
    <message>
        <source>Nothing to save: the values saved on the other desk were kept.</source>
        <translation>Нечего сохранять: оставлены значения, сохранённые на другом рабочем месте.</translation>
    </message>
    <message>
        <source>Not saved: this customer keeps changing on another desk. Try again.</source>
        <translation>Не сохранено: этот клиент постоянно меняется на другом рабочем месте. Повторите попытку.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Close the card and discard your changes?</source>
        <translation>Вы изменили данные клиента %1, но не сохранили их. Закрыть карточку и отменить изменения?</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerCardHeader</name>
    <message>
        <source>Tier: %1</source>
        <translation>Ценность: %1</translation>
    </message>
    <message>
        <source>No owner consultant</source>
        <translation>Нет ответственного консультанта</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <source>Bought from us before</source>
        <translation>Уже покупал у нас</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Клиент №%1</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1 and is kept for reference only. Work on that customer instead.</source>
        <translation>Эта запись объединена с клиентом №%1 и сохранена только для справки. Работайте с этим клиентом.</translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation>Открыть №%1</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerDetailsForm</name>
    <message>
        <source>e.g. 0151 23456789 or +49 151 23456789</source>
        <translation>например, 8 912 345-67-89 или +7 912 345-67-89</translation>
    </message>
    <message>
        <source>Walk-in: high value; call, chat or web form: value; others: general</source>
        <translation>Визит в салон — высокая; звонок, чат или форма на сайте — средняя; остальные — обычная</translation>
    </message>
    <message>
        <source>What colleagues should know about this customer</source>
        <translation>Что коллегам нужно знать об этом клиенте</translation>
    </message>
    <message>
        <source>Customer is a</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
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
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>Индекс, город</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Ценность клиента</translation>
    </message>
    <message>
        <source>Owner consultant</source>
        <translation>Ответственный консультант</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на рекламу</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>A company customer needs the company name.</source>
        <translation>Для клиента-компании нужно название компании.</translation>
    </message>
    <message>
        <source>Enter a name, a phone number or an email address.</source>
        <translation>Введите имя, номер телефона или адрес эл. почты.</translation>
    </message>
</context>
<context>
    <name>showroom::CustomerLeadsModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>Интересующий автомобиль</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
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
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the customer card (Enter or double-click)</source>
        <translation>Открыть карточку клиента (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>О&amp;бъединить…</translation>
    </message>
    <message>
        <source>Select two records of the same customer to merge them</source>
        <translation>Выберите две записи одного и того же клиента, чтобы объединить их</translation>
    </message>
</context>
<context>
    <name>showroom::DealDialog</name>
    <message>
        <source>Deal #%1</source>
        <translation>Сделка №%1</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Печать:</translation>
    </message>
    <message>
        <source>O&amp;ffer</source>
        <translation>&amp;Предложение</translation>
    </message>
    <message>
        <source>Print the commercial offer for this deal</source>
        <translation>Напечатать коммерческое предложение по этой сделке</translation>
    </message>
    <message>
        <source>&amp;Contract summary</source>
        <translation>&amp;Сводка договора</translation>
    </message>
    <message>
        <source>Print the contract summary to sign</source>
        <translation>Напечатать сводку договора на подпись</translation>
    </message>
    <message>
        <source>&amp;Handover protocol</source>
        <translation>&amp;Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Print the handover protocol for the customer&apos;s big day</source>
        <translation>Напечатать акт приёма-передачи к важному для клиента дню</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Со&amp;хранить PDF…</translation>
    </message>
    <message>
        <source>Save one of the documents as a PDF file</source>
        <translation>Сохранить один из документов в файл PDF</translation>
    </message>
    <message>
        <source>Mar&amp;k delivered…</source>
        <translation>Отметить как &amp;выданный…</translation>
    </message>
    <message>
        <source>The car was handed over to the customer</source>
        <translation>Автомобиль передан клиенту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Send to &amp;bank</source>
        <translation>Отправить в &amp;банк</translation>
    </message>
    <message>
        <source>Deal #%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать сделку №%1: %2</translation>
    </message>
    <message>
        <source>Deal #%1 — %2</source>
        <translation>Сделка №%1 — %2</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Ещё не хватает: %1</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Sent to bank</source>
        <translation>Отправлено в банк</translation>
    </message>
    <message>
        <source>The loan application went to the bank on %1.</source>
        <translation>Заявка на кредит отправлена в банк %1.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <source>The loan file is complete and can go to the bank.</source>
        <translation>Документы для кредита собраны, их можно отправить в банк.</translation>
    </message>
    <message>
        <source>Send the loan application to the bank</source>
        <translation>Отправить заявку на кредит в банк</translation>
    </message>
    <message>
        <source>Not sent to the bank</source>
        <translation>Не отправлено в банк</translation>
    </message>
    <message>
        <source>The loan application is marked as sent to the bank.</source>
        <translation>Заявка на кредит отмечена как отправленная в банк.</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Отметить как выданный</translation>
    </message>
    <message>
        <source>Hand %1 over to %2 now? The car is then delivered and the after-sales follow-ups are planned.</source>
        <translation>Передать %1 клиенту %2 сейчас? Автомобиль будет считаться выданным, и будут запланированы повторные контакты после продажи.</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Не выдан</translation>
    </message>
    <message>
        <source>Delivered. The after-sales call is planned.</source>
        <translation>Выдан. Звонок после продажи запланирован.</translation>
    </message>
    <message>
        <source>Promised date not changed</source>
        <translation>Обещанная дата не изменена</translation>
    </message>
    <message>
        <source>The promised delivery date is now %1.</source>
        <translation>Обещанная дата выдачи теперь %1.</translation>
    </message>
    <message>
        <source>%1 saved as PDF.</source>
        <translation>%1: сохранено в PDF.</translation>
    </message>
    <message>
        <source>Bank appro&amp;ved</source>
        <translation>Одобр&amp;ено банком</translation>
    </message>
    <message>
        <source>Approved by the bank</source>
        <translation>Одобрено банком</translation>
    </message>
    <message>
        <source>Approved by the bank on %1.</source>
        <translation>Одобрено банком %1.</translation>
    </message>
    <message>
        <source>Record that the bank approved the loan</source>
        <translation>Отметить, что банк одобрил кредит</translation>
    </message>
    <message>
        <source>Send the loan application to the bank first</source>
        <translation>Сначала отправьте заявку на кредит в банк</translation>
    </message>
    <message>
        <source>Approval not recorded</source>
        <translation>Одобрение не отмечено</translation>
    </message>
    <message>
        <source>The bank&apos;s approval of the loan is recorded.</source>
        <translation>Одобрение кредита банком отмечено.</translation>
    </message>
</context>
<context>
    <name>showroom::DealFormDialog</name>
    <message>
        <source>New deal — %1</source>
        <translation>Новая сделка — %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>Price and payment</source>
        <translation>Цена и оплата</translation>
    </message>
    <message>
        <source>P&amp;rint offer…</source>
        <translation>&amp;Печать предложения…</translation>
    </message>
    <message>
        <source>The offer as it stands, to print or save as PDF</source>
        <translation>Предложение в текущем виде: напечатать или сохранить в PDF</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>&amp;Создать сделку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Лид №%1</translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>интересуется: %1</translation>
    </message>
    <message>
        <source>The loan documents differ for private persons and companies</source>
        <translation>Документы для кредита у частных лиц и компаний разные</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Покупатель:</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Аксессуары</translation>
    </message>
    <message>
        <source>The accessories could not be read: %1</source>
        <translation>Не удалось прочитать аксессуары: %1</translation>
    </message>
    <message>
        <source>No accessories are offered for this model.</source>
        <translation>Для этой модели аксессуары не предлагаются.</translation>
    </message>
    <message>
        <source>Tick what the customer takes with the car; the others stay on the deal&apos;s accessories list to be offered again.</source>
        <translation>Отметьте, что клиент берёт вместе с автомобилем; остальное останется в списке аксессуаров сделки, чтобы предложить ещё раз.</translation>
    </message>
    <message>
        <source>Describe the factory order: make, model, trim and colour.</source>
        <translation>Опишите заказ с завода: марка, модель, комплектация и цвет.</translation>
    </message>
    <message>
        <source>Choose a car from the list (search by any part of the VIN), or switch to a factory order.</source>
        <translation>Выберите автомобиль из списка (поиск по любой части VIN) или переключитесь на заказ с завода.</translation>
    </message>
    <message>
        <source>Create the deal, close the lead as won and reserve the car</source>
        <translation>Создать сделку, закрыть лид как выигранный и зарезервировать автомобиль</translation>
    </message>
    <message>
        <source>Deal not created</source>
        <translation>Сделка не создана</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Создать сделку</translation>
    </message>
    <message>
        <source>Lead #%1 already has deal #%2; a lead has one deal.</source>
        <translation>У лида №%1 уже есть сделка №%2; у лида может быть только одна сделка.</translation>
    </message>
</context>
<context>
    <name>showroom::DealHeader</name>
    <message>
        <source>&amp;Move date</source>
        <translation>Перенести &amp;дату</translation>
    </message>
    <message>
        <source>Promise the customer this delivery date; the open delivery steps move with it</source>
        <translation>Пообещать клиенту эту дату выдачи; открытые этапы выдачи сдвинутся вместе с ней</translation>
    </message>
    <message>
        <source>P&amp;romised delivery:</source>
        <translation>Обещанная дата в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Сделка №%1</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>заказ с завода</translation>
    </message>
    <message>
        <source>(list %1 − discount %2)</source>
        <translation>(прайс %1 − скидка %2)</translation>
    </message>
    <message>
        <source>deposit %1</source>
        <translation>предоплата %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Trade-in</source>
        <translation>Трейд-ин</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Delivered on %1</source>
        <translation>Выдан %1</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Подписан %1</translation>
    </message>
    <message>
        <source>Loan application sent to the bank %1</source>
        <translation>Заявка на кредит отправлена в банк %1</translation>
    </message>
    <message>
        <source>Loan application not yet sent to the bank</source>
        <translation>Заявка на кредит ещё не отправлена в банк</translation>
    </message>
    <message>
        <source>Loan approved by the bank %1</source>
        <translation>Кредит одобрен банком %1</translation>
    </message>
</context>
<context>
    <name>showroom::DealTermsForm</name>
    <message>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Anything the colleagues should know</source>
        <translation>Всё, что стоит знать коллегам</translation>
    </message>
    <message>
        <source>Promised &amp;delivery</source>
        <translation>Обещанная дата &amp;выдачи</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>Прайсовая &amp;цена</translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation>С&amp;кидка</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Оплата</translation>
    </message>
    <message>
        <source>Dep&amp;osit</source>
        <translation>П&amp;редоплата</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <source>&amp;Trade-in</source>
        <translation>&amp;Трейд-ин</translation>
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
        <translation>год?</translation>
    </message>
    <message>
        <source>mileage?</source>
        <translation>пробег?</translation>
    </message>
    <message>
        <source> km</source>
        <translation> км</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Пробег</translation>
    </message>
    <message>
        <source>Offered &amp;value</source>
        <translation>Предложенная с&amp;умма</translation>
    </message>
    <message>
        <source>A factory order needs the promised delivery date.</source>
        <translation>Для заказа с завода нужна обещанная дата выдачи.</translation>
    </message>
    <message>
        <source>Enter the list price.</source>
        <translation>Укажите прайсовую цену.</translation>
    </message>
    <message>
        <source>The discount is more than the list price.</source>
        <translation>Скидка больше прайсовой цены.</translation>
    </message>
    <message>
        <source>Say which car is traded in (make and model), or uncheck the trade-in.</source>
        <translation>Укажите, какой автомобиль сдаётся в трейд-ин (марку и модель), или снимите отметку «Трейд-ин».</translation>
    </message>
    <message>
        <source>The deposit is more than the total.</source>
        <translation>Предоплата больше итоговой суммы.</translation>
    </message>
    <message>
        <source>Price after discount</source>
        <translation>Цена со скидкой</translation>
    </message>
    <message>
        <source>+ Accessories</source>
        <translation>+ Аксессуары</translation>
    </message>
    <message>
        <source>− Trade-in</source>
        <translation>− Трейд-ин</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток к оплате</translation>
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
        <translation>в</translation>
    </message>
    <message>
        <source>Offers and deliveries</source>
        <translation>Предложения и выдача</translation>
    </message>
    <message>
        <source>An &amp;offer is valid for:</source>
        <translation>&amp;Срок действия предложения:</translation>
    </message>
    <message>
        <source>Counted from the day the offer is printed; the offer shows its last day.</source>
        <translation>Отсчитывается со дня печати предложения; в предложении указан последний день действия.</translation>
    </message>
    <message>
        <source>&amp;Remind before a delivery date:</source>
        <translation>&amp;Напоминать до даты выдачи за:</translation>
    </message>
    <message>
        <source>The consultant is reminded this many days before the promised delivery date (0: on the day).</source>
        <translation>Консультант получает напоминание за столько дней до обещанной даты выдачи (0 — в тот же день).</translation>
    </message>
    <message>
        <source>After the handover</source>
        <translation>После выдачи автомобиля</translation>
    </message>
    <message>
        <source>&amp;Call the customer after:</source>
        <translation>По&amp;звонить клиенту через:</translation>
    </message>
    <message>
        <source>Days after the handover: how is the new car?</source>
        <translation>Дней после выдачи: как новый автомобиль?</translation>
    </message>
    <message>
        <source>&quot;Second delivery&quot; &amp;evening:</source>
        <translation>&amp;Вечер «второй выдачи»:</translation>
    </message>
    <message>
        <source>Once a month, on the last such weekday, new owners are invited back to learn their car&apos;s functions at leisure.</source>
        <translation>Раз в месяц, в последний такой день недели, новых владельцев приглашают снова, чтобы не спеша разобраться с функциями автомобиля.</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveriesPage</name>
    <message>
        <source>Delivered %1</source>
        <translation>Выдано %1</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Открыть сделку</translation>
    </message>
    <message>
        <source>The deal card with its checklists (double-click or Enter)</source>
        <translation>Карточка сделки с чек-листами (двойной щелчок или Enter)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Отк&amp;рыть клиента</translation>
    </message>
    <message>
        <source>The customer card of the selected deal</source>
        <translation>Карточка клиента по выбранной сделке</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Выдача авто</translation>
    </message>
    <message>
        <source>Show &amp;delivered (last 30 days)</source>
        <translation>&amp;Показать выданные (за 30 дней)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>&amp;My deals only</source>
        <translation>Только &amp;мои сделки</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>The deliveries could not be loaded: %1</source>
        <translation>Не удалось загрузить список выдачи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, просрочено: %2</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Открыть сделку</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>Открыть карточку клиента</translation>
    </message>
</context>
<context>
    <name>showroom::DeliveryListModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
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
        <translation>Обещано</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
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
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>В графике</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n step(s) overdue</source>
        <translation>
            <numerusform>%1 — просрочен %n шаг</numerusform>
            <numerusform>%1 — просрочено %n шага</numerusform>
            <numerusform>%1 — просрочено %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checklist items done</source>
        <translation>Выполнено пунктов чек-листов: %1 из %2</translation>
    </message>
    <message>
        <source>factory order</source>
        <translation>заказ с завода</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>nothing dated open</source>
        <translation>нет открытых шагов со сроком</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не нужен</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Выдано %1</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, approved on %2</source>
        <translation>Отправлено в банк %1, одобрено %2</translation>
    </message>
    <message>
        <source>Sent to the bank on %1, not approved yet</source>
        <translation>Отправлено в банк %1, ещё не одобрено</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownDialog</name>
    <message>
        <source>Leads: %1</source>
        <translation>Лиды: %1</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Открыть &amp;клиента</translation>
    </message>
    <message>
        <source>The customer card of the selected lead (double-click or Enter)</source>
        <translation>Карточка клиента выбранного лида (двойной щелчок или Enter)</translation>
    </message>
    <message>
        <source>The leads could not be listed: %1</source>
        <translation>Не удалось получить список лидов: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the first %2 are shown)</source>
        <translation>%1 (показаны первые %2)</translation>
    </message>
</context>
<context>
    <name>showroom::DrillDownModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Lead #%1: double-click to open the customer card</source>
        <translation>Лид №%1: дважды щёлкните, чтобы открыть карточку клиента</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
</context>
<context>
    <name>showroom::FollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>Запланировать повторный контакт</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>автомобиль не выбран</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>Лид №%1 · %2 · %3</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>О чём речь?</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation>Назначить встречу</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>The follow-up was not planned</source>
        <translation>Повторный контакт не запланирован</translation>
    </message>
</context>
<context>
    <name>showroom::FunnelTab</name>
    <message>
        <source>Leads in the period</source>
        <translation>Лиды за период</translation>
    </message>
    <message>
        <source>Double-click a stage to list the leads that entered it</source>
        <translation>Дважды щёлкните этап, чтобы увидеть вошедшие в него лиды</translation>
    </message>
    <message>
        <source>Leads that entered %1</source>
        <translation>Лиды, вошедшие в этап %1</translation>
    </message>
    <message>
        <source>new leads</source>
        <translation>новые лиды</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Лиды, созданные за период</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выиграны</translation>
    </message>
    <message>
        <source>Leads moved to Won in the period</source>
        <translation>Лиды, переведённые в этап «Выигран» за период</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграны</translation>
    </message>
    <message>
        <source>Leads moved to Lost in the period</source>
        <translation>Лиды, переведённые в этап «Проигран» за период</translation>
    </message>
    <message>
        <source>close rate</source>
        <translation>конверсия в продажу</translation>
    </message>
    <message>
        <source>Won / new leads</source>
        <translation>Выиграны / новые лиды</translation>
    </message>
    <message>
        <source>closed on the first visit</source>
        <translation>продано с первого визита</translation>
    </message>
    <message>
        <source>Won on the day the lead was created</source>
        <translation>Выиграны в день создания лида</translation>
    </message>
    <message>
        <source>closed after a follow-up</source>
        <translation>продано после повторного контакта</translation>
    </message>
    <message>
        <source>Won on a later day</source>
        <translation>Выиграны в один из следующих дней</translation>
    </message>
</context>
<context>
    <name>showroom::HoursForm</name>
    <message>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>Часовой пояс этого компьютера (%1)</translation>
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
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Country for phone numbers:</source>
        <translation>Ст&amp;рана для телефонных номеров:</translation>
    </message>
    <message>
        <source>Two letters, e.g. DE: numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Две латинские буквы, например RU: номера без кода страны считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>&amp;Открыто с:</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <source>Response times and follow-up calls count only these hours, in the dealership&apos;s time zone.</source>
        <translation>Время реакции и повторные звонки учитывают только эти часы по часовому поясу автосалона.</translation>
    </message>
    <message>
        <source>The business day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>Choose at least one business day; response times count only those.</source>
        <translation>Выберите хотя бы один рабочий день; время реакции считается только по рабочим дням.</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Улица, дом
Индекс, город</translation>
    </message>
    <message>
        <source>e.g. +49 30 1234567</source>
        <translation>например, +7 495 123-45-67</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>А&amp;дрес:</translation>
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
        <translation>Название, адрес, телефон и логотип печатаются в шапке каждого коммерческого предложения, договора и акта приёма-передачи.</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeForm</name>
    <message>
        <source>Where arriving leads are attributed</source>
        <translation>Источник и кампания поступающих лидов</translation>
    </message>
    <message>
        <source>The file&apos;s usual source</source>
        <translation>Обычный источник для файла</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>Intake folder:</source>
        <translation>Папка входящих:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Почтовый ящик:</translation>
    </message>
    <message>
        <source>ADF providers:</source>
        <translation>Поставщики ADF:</translation>
    </message>
    <message>
        <source>An ADF lead names its sender (the provider): a provider listed here gets its source, one named like a source gets that one, any other the channel&apos;s. A campaign counts only leads of its own source.</source>
        <translation>Лид в формате ADF указывает отправителя (поставщика): поставщик из этого списка получает свой источник, поставщик с названием как у источника — этот источник, любой другой — источник канала. Кампания учитывает только лиды своего источника.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>Watch an intake &amp;folder</source>
        <translation>&amp;Следить за папкой входящих</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>Папка входящих</translation>
    </message>
    <message>
        <source>ADF, email, vCard and list files dropped there are imported within seconds, then moved to processed/ or failed/.</source>
        <translation>Файлы ADF, электронных писем, vCard и списков, положенные туда, импортируются за несколько секунд, а затем перемещаются в processed/ или failed/.</translation>
    </message>
    <message>
        <source>Check a &amp;mailbox</source>
        <translation>&amp;Проверять почтовый ящик</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Интервал проверки:</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Intake folder: not watched on this computer</source>
        <translation>Папка входящих: на этом компьютере не отслеживается</translation>
    </message>
    <message>
        <source>Mailbox: not checked on this computer</source>
        <translation>Почтовый ящик: на этом компьютере не проверяется</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>сохранён; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>The intake folder “%1” does not exist.</source>
        <translation>Папка входящих «%1» не существует.</translation>
    </message>
    <message>
        <source>The mailbox needs a login.</source>
        <translation>Для почтового ящика нужен логин.</translation>
    </message>
    <message>
        <source>only for a server with its own certificate</source>
        <translation>только для сервера с собственным сертификатом</translation>
    </message>
    <message>
        <source>Mail server certificate</source>
        <translation>Сертификат почтового сервера</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Сертификат сервера:</translation>
    </message>
    <message>
        <source>Unread messages become leads and are marked read; the message stays attached to the lead. imap:// must offer STARTTLS unless the server is this computer. A server certificate (PEM) is trusted besides the system&apos;s, for a mail server with a certificate of its own.</source>
        <translation>Непрочитанные письма становятся лидами и помечаются как прочитанные; письмо остаётся прикреплённым к лиду. Сервер imap:// должен поддерживать STARTTLS, если это не этот компьютер. Сертификат сервера (PEM) считается доверенным наряду с системными — для почтового сервера с собственным сертификатом.</translation>
    </message>
    <message>
        <source>The server certificate “%1” cannot be read.</source>
        <translation>Не удаётся прочитать сертификат сервера «%1».</translation>
    </message>
</context>
<context>
    <name>showroom::IntakeWatcher</name>
    <message>
        <source>No mailbox password on this desk; enter it in Settings.</source>
        <translation>На этом рабочем месте нет пароля почтового ящика; введите его в настройках.</translation>
    </message>
    <message>
        <source>The mailbox password cannot be read: %1</source>
        <translation>Не удаётся прочитать пароль почтового ящика: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; see the failed folder.</source>
        <translation>
            <numerusform>%n файл не удалось импортировать; см. папку failed/.</numerusform>
            <numerusform>%n файла не удалось импортировать; см. папку failed/.</numerusform>
            <numerusform>%n файлов не удалось импортировать; см. папку failed/.</numerusform>
        </translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>папки входящих</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>почтового ящика</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: проверка…</translation>
    </message>
    <message>
        <source>%1: %2 (next try at %3)</source>
        <translation>%1: %2 (следующая попытка в %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: waiting for the first check</source>
        <translation>%1: ожидание первой проверки</translation>
    </message>
    <message>
        <source>%1: checked at %2, no new leads yet</source>
        <translation>%1: проверено в %2, новых лидов пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%1: checked at %2; %n lead(s) came in at %3</source>
        <translation>
            <numerusform>%1: проверено в %2; в %3 пришёл %n лид</numerusform>
            <numerusform>%1: проверено в %2; в %3 пришло %n лида</numerusform>
            <numerusform>%1: проверено в %2; в %3 пришло %n лидов</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake folder</source>
        <translation>Папка входящих</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
</context>
<context>
    <name>showroom::KpiTiles</name>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Walk-ins in the period</source>
        <translation>Визиты в салон за период</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Первые визиты</translation>
    </message>
    <message>
        <source>Walk-ins recorded as the visitor&apos;s first visit</source>
        <translation>Визиты, записанные как первый визит посетителя</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>Доля сохранённых контактов</translation>
    </message>
    <message>
        <source>First visits whose visitor left a phone number or email</source>
        <translation>Первые визиты, при которых посетитель оставил телефон или e-mail</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <source>Leads created in the period</source>
        <translation>Лиды, созданные за период</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Конверсия в продажу</translation>
    </message>
    <message>
        <source>Leads won / new leads</source>
        <translation>Выигранные лиды / новые лиды</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Deals signed in the period (not cancelled)</source>
        <translation>Сделки, заключённые за период (не отменённые)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>List price minus discount of the deals signed in the period</source>
        <translation>Прайсовая цена минус скидка по сделкам, заключённым за период</translation>
    </message>
    <message>
        <source>%1 won · %2 lost</source>
        <translation>выиграно: %1 · проиграно: %2</translation>
    </message>
    <message>
        <source>%1 on the first visit</source>
        <translation>%1 с первого визита</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>выдано: %1</translation>
    </message>
    <message>
        <source>%1 per sale</source>
        <translation>%1 на продажу</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>ранее: %1</translation>
    </message>
    <message>
        <source>%1 vs prev. period</source>
        <extracomment>A tile&apos;s change against the previous period, e.g. &quot;+12% vs prev. period&quot;</extracomment>
        <translation>%1 к пред. периоду</translation>
    </message>
    <message>
        <source>%1 vs last year</source>
        <extracomment>A tile&apos;s change against the same period last year</extracomment>
        <translation>%1 к прошлому году</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
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
        <source>Mobile</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Vehicle of interest</source>
        <translation>Интересующий автомобиль</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Record id (for re-imports)</source>
        <translation>ID записи (для повторного импорта)</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Импорт лидов</translation>
    </message>
    <message>
        <source>ADF (.xml), email (.eml), vCard (.vcf) or a list (.csv)</source>
        <translation>ADF (.xml), электронное письмо (.eml), vCard (.vcf) или список (.csv)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Как указано в файле</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>line 999</source>
        <translation>строка 999</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>Лид для известного клиента</translation>
    </message>
    <message>
        <source>Choose a file: every record is checked before anything is written.</source>
        <translation>Выберите файл: каждая запись проверяется до того, как что-либо будет сохранено.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Leads to import</source>
        <translation>Лиды для импорта</translation>
    </message>
    <message>
        <source>Lead files (*.xml *.adf *.eml *.vcf *.csv *.txt);;All files (*)</source>
        <translation>Файлы лидов (*.xml *.adf *.eml *.vcf *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Choose the source this list came from.</source>
        <translation>Выберите источник, из которого получен этот список.</translation>
    </message>
    <message>
        <source>The leads were not imported</source>
        <translation>Лиды не импортированы</translation>
    </message>
    <message>
        <source>%1 new, %2 for known customers, %3 to review, %4 imported before, %5 rejected.</source>
        <translation>новых: %1, для известных клиентов: %2, на проверку: %3, уже импортировано: %4, отклонено: %5.</translation>
    </message>
    <message>
        <source>Read as %1. %2</source>
        <translation>кодировка %1; %2</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 “Import” creates the leads; rejected records and those imported before are skipped.</source>
        <translation>Проверено, пока ничего не записано: %1 «Импортировать» создаст лиды; отклонённые и уже импортированные записи будут пропущены.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
</context>
<context>
    <name>showroom::LeadImportModel</name>
    <message>
        <source>New customer and lead</source>
        <translation>Новый клиент и лид</translation>
    </message>
    <message>
        <source>Customer and lead created</source>
        <translation>Созданы клиент и лид</translation>
    </message>
    <message>
        <source>Lead for a known customer</source>
        <translation>Лид для известного клиента</translation>
    </message>
    <message>
        <source>Lead for a known customer created</source>
        <translation>Создан лид для известного клиента</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <source>Lead to review</source>
        <translation>Лид на проверку</translation>
    </message>
    <message>
        <source>Lead to review created</source>
        <translation>Создан лид на проверку</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>строка %1</translation>
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
    <name>showroom::LogoPicker</name>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 512 KB, printed at the top of offers, contracts and handover protocols</source>
        <translation>Изображение PNG или JPEG не больше 512 КБ; печатается вверху коммерческих предложений, договоров и актов приёма-передачи</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;Удалить логотип</translation>
    </message>
    <message>
        <source>Choose the dealership&apos;s logo</source>
        <translation>Выберите логотип автосалона</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>The logo was not changed</source>
        <translation>Логотип не изменён</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Изображение не читается</translation>
    </message>
</context>
<context>
    <name>showroom::LostDialog</name>
    <message>
        <source>Mark as lost</source>
        <translation>Отметить как проигранный</translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation>Закрыть как проигранный</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Запросить подтверждение</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be closed as lost. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>Будет закрыто как проигрыш: &lt;b&gt;%1&lt;/b&gt;. Еженедельный отчёт строится на причинах отказа, поэтому укажите настоящую причину.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays on your board until the manager approves. Lost reasons are what the weekly report learns from, so choose the real one.</source>
        <translation>До подтверждения руководителем в вашей воронке остаётся &lt;b&gt;%1&lt;/b&gt;. Еженедельный отчёт строится на причинах отказа, поэтому укажите настоящую причину.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>Что произошло — словами клиента</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Choose why the lead is lost.</source>
        <translation>Укажите, почему лид проигран.</translation>
    </message>
    <message>
        <source>“%1” needs a comment.</source>
        <translation>Для «%1» нужен комментарий.</translation>
    </message>
    <message>
        <source>This reason needs a comment.</source>
        <translation>Для этой причины нужен комментарий.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Необязательно.</translation>
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
        <translation>Нужен комментарий</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <source>Retired: not offered</source>
        <translation>Отключена: не предлагается</translation>
    </message>
    <message>
        <source>The consultant must explain the loss in a comment</source>
        <translation>Консультант должен объяснить отказ в комментарии</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Дважды щёлкните или нажмите F2, чтобы переименовать</translation>
    </message>
</context>
<context>
    <name>showroom::LostReasonsSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Type a new name for the selected reason (F2)</source>
        <translation>Ввести новое название выбранной причины (F2)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Отк&amp;лючить</translation>
    </message>
    <message>
        <source>Retired reasons are no longer offered; past leads keep them</source>
        <translation>Отключённые причины больше не предлагаются; у прошлых лидов они сохраняются</translation>
    </message>
    <message>
        <source>A new reason, e.g. Financing refused</source>
        <translation>Новая причина, например «Отказ в кредите»</translation>
    </message>
    <message>
        <source>Needs a &amp;comment</source>
        <translation>Нужен &amp;комментарий</translation>
    </message>
    <message>
        <source>&amp;Add reason</source>
        <translation>&amp;Добавить причину</translation>
    </message>
    <message>
        <source>A lost lead always needs one of these reasons; where a reason needs a comment, the consultant explains it too. They are the manager&apos;s most valuable figures in the weekly report.</source>
        <translation>Для проигранного лида всегда нужна одна из этих причин; если причина требует комментария, консультант ещё и поясняет её. Для руководителя это самые ценные показатели еженедельного отчёта.</translation>
    </message>
    <message>
        <source>The lost reasons could not be loaded</source>
        <translation>Не удалось загрузить причины отказов</translation>
    </message>
    <message>
        <source>The lost reason was not added</source>
        <translation>Причина отказа не добавлена</translation>
    </message>
    <message>
        <source>The lost reason was not renamed</source>
        <translation>Причина отказа не переименована</translation>
    </message>
    <message>
        <source>The lost reason was not changed</source>
        <translation>Причина отказа не изменена</translation>
    </message>
    <message>
        <source>The lost reason was not retired</source>
        <translation>Причина отказа не отключена</translation>
    </message>
    <message>
        <source>The lost reason was not restored</source>
        <translation>Причина отказа не включена</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Вк&amp;лючить</translation>
    </message>
</context>
<context>
    <name>showroom::LostTab</name>
    <message>
        <source>Lost leads</source>
        <translation>Проигранные лиды</translation>
    </message>
    <message>
        <source>Double-click a reason, or a reason&apos;s count in a stage, to list the leads</source>
        <translation>Дважды щёлкните причину или её число на этапе, чтобы увидеть лиды</translation>
    </message>
    <message>
        <source>lost in the period</source>
        <translation>проиграно за период</translation>
    </message>
    <message>
        <source>Leads whose loss was approved and that were closed in the period</source>
        <translation>Лиды, отказ по которым подтверждён и которые закрыты за период</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>ожидают подтверждения</translation>
    </message>
    <message>
        <source>Losses requested by the end of the period that still wait for a manager</source>
        <translation>Отказы, запрошенные до конца периода и всё ещё ожидающие руководителя</translation>
    </message>
    <message>
        <source>Leads lost in %1: %2</source>
        <translation>Лиды, проигранные на этапе %1: %2</translation>
    </message>
    <message>
        <source>Leads lost: %1</source>
        <translation>Проигранные лиды: %1</translation>
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
    <message>
        <source>Merged customer #%1 into #%2 (%3): moved %4.</source>
        <translation>Клиент №%1 объединён с №%2 (%3), перенесено: %4.</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Импорт лидов…</translation>
    </message>
    <message>
        <source>intake folder</source>
        <translation>папка входящих</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>почтовый ящик</translation>
    </message>
    <message>
        <source>Lead intake: on</source>
        <translation>Приём лидов: включён</translation>
    </message>
    <message>
        <source>Lead intake: %1 not working</source>
        <translation>Приём лидов: сбой — %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the %1</source>
        <translation>
            <numerusform>%n новый лид из %1</numerusform>
            <numerusform>%n новых лида из %1</numerusform>
            <numerusform>%n новых лидов из %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where the two records differ, the value to keep. Everything attached to the other record moves to the kept one; the other record is archived, not deleted.</source>
        <translation>Выберите запись, которую нужно оставить, а там, где записи различаются, — значение, которое нужно сохранить. Всё, что привязано к другой записи, перейдёт к основной; другая запись будет заархивирована, а не удалена.</translation>
    </message>
    <message>
        <source>Where the records differ, click the value to keep:</source>
        <translation>Там, где записи различаются, щёлкните значение, которое нужно сохранить:</translation>
    </message>
    <message>
        <source>The two records hold the same values in every field.</source>
        <translation>Во всех полях обеих записей одинаковые значения.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>О&amp;бъединить</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Оставить эту запись</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Привязано:</translation>
    </message>
    <message>
        <source>Customers cannot be merged</source>
        <translation>Не удаётся объединить клиентов</translation>
    </message>
    <message>
        <source>“%1” (#%2) was already merged into customer #%3.</source>
        <translation>Запись «%1» (№%2) уже объединена с клиентом №%3.</translation>
    </message>
    <message>
        <source>Merging moves %1 from record #%2 to record #%3. Record #%2 is then archived: it keeps its data and points to #%3; nothing is deleted.</source>
        <translation>Объединение перенесёт из записи №%2 в запись №%3: %1. Затем запись №%2 будет заархивирована: она сохранит свои данные и будет ссылаться на №%3; ничего не удаляется.</translation>
    </message>
    <message>
        <source>Record #%1 has nothing attached. Merging archives it: it keeps its data and points to #%2; nothing is deleted.</source>
        <translation>К записи №%1 ничего не привязано. При объединении она будет заархивирована: сохранит свои данные и будет ссылаться на №%2; ничего не удаляется.</translation>
    </message>
    <message>
        <source>%1  #%2</source>
        <translation>%1  №%2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Customers not merged</source>
        <translation>Клиенты не объединены</translation>
    </message>
</context>
<context>
    <name>showroom::MergeFieldModel</name>
    <message>
        <source>High (walk-in)</source>
        <translation>Высокая (визит в салон)</translation>
    </message>
    <message>
        <source>Value (call, chat, web)</source>
        <translation>Средняя (звонок, чат, сайт)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сохраняется</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>не сохраняется</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept record #%1</source>
        <translation>Основная запись №%1</translation>
    </message>
    <message>
        <source>Merged record #%1</source>
        <translation>Присоединяемая запись №%1</translation>
    </message>
</context>
<context>
    <name>showroom::NewLeadDialog</name>
    <message>
        <source>New lead for %1</source>
        <translation>Новый лид: %1</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Создать лид</translation>
    </message>
    <message>
        <source>Choose where the lead came from…</source>
        <translation>Выберите, откуда пришёл лид…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>%1 bought from us before, so this lead counts as a repurchase.</source>
        <translation>Клиент %1 уже покупал у нас, поэтому этот лид считается повторной покупкой.</translation>
    </message>
    <message>
        <source>e.g. VW ID.4 Pro, used estate car up to 20,000</source>
        <translation>например, VW ID.4 Pro, универсал с пробегом до 20 000</translation>
    </message>
    <message>
        <source>Vehicle interest</source>
        <translation>Интересующий автомобиль</translation>
    </message>
    <message>
        <source>Unassigned queue</source>
        <translation>Не назначен (очередь лидов)</translation>
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
        <translation>Не продан</translation>
    </message>
    <message>
        <source>Record as not sold</source>
        <translation>Отметить «не продан»</translation>
    </message>
    <message>
        <source>Why did the customer not take &lt;b&gt;%1&lt;/b&gt;? The reason goes into the accessories report.</source>
        <translation>Почему клиент не взял &lt;b&gt;%1&lt;/b&gt;? Причина попадёт в отчёт по аксессуарам.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Choose why the accessory was not sold.</source>
        <translation>Укажите, почему аксессуар не продан.</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationButton</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитанное уведомление</numerusform>
            <numerusform>%n непрочитанных уведомления</numerusform>
            <numerusform>%n непрочитанных уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: nothing unread</source>
        <translation>Уведомления: непрочитанных нет</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationCenter</name>
    <message>
        <source>The reminder rules could not run: %1</source>
        <translation>Не удалось выполнить правила напоминаний: %1</translation>
    </message>
    <message>
        <source>Notifications could not be read: %1</source>
        <translation>Не удалось прочитать уведомления: %1</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationListModel</name>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
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
        <translation>Отметить все как &amp;прочитанные</translation>
    </message>
    <message>
        <source>No notifications. Reminders, escalations, assignments and comments on your follow-ups will appear here.</source>
        <translation>Уведомлений нет. Здесь появятся напоминания, эскалации, назначения и комментарии к вашим повторным контактам.</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>Не удалось загрузить уведомления: %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message numerus="yes">
        <source>Notifications — %n unread</source>
        <translation>
            <numerusform>Уведомления — %n непрочитанное</numerusform>
            <numerusform>Уведомления — %n непрочитанных</numerusform>
            <numerusform>Уведомления — %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications not marked read</source>
        <translation>Уведомления не отмечены как прочитанные</translation>
    </message>
    <message>
        <source>Notification not marked read</source>
        <translation>Уведомление не отмечено как прочитанное</translation>
    </message>
</context>
<context>
    <name>showroom::NotificationTray</name>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n новое уведомление</numerusform>
            <numerusform>%n новых уведомления</numerusform>
            <numerusform>%n новых уведомлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showroom CRM — %n unread notification(s)</source>
        <translation>
            <numerusform>Showroom CRM — %n непрочитанное уведомление</numerusform>
            <numerusform>Showroom CRM — %n непрочитанных уведомления</numerusform>
            <numerusform>Showroom CRM — %n непрочитанных уведомлений</numerusform>
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
        <translation>Выдача авто и кредиты</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>выдано</translation>
    </message>
    <message>
        <source>Deals handed over in the period</source>
        <translation>Сделки, по которым авто выдано за период</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>Handed over on or before the promised date</source>
        <translation>Выдано в обещанную дату или раньше</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>Handed over after the promised date</source>
        <translation>Выдано после обещанной даты</translation>
    </message>
    <message>
        <source>without a promised date</source>
        <translation>без обещанной даты</translation>
    </message>
    <message>
        <source>loan applications sent</source>
        <translation>заявок на кредит отправлено</translation>
    </message>
    <message>
        <source>Loan documents sent to the bank in the period</source>
        <translation>Документы для кредита, отправленные в банк за период</translation>
    </message>
    <message>
        <source>loans approved</source>
        <translation>кредитов одобрено</translation>
    </message>
    <message>
        <source>Loans the bank approved in the period</source>
        <translation>Кредиты, одобренные банком за период</translation>
    </message>
</context>
<context>
    <name>showroom::PlaceholderPage</name>
    <message>
        <source>This part of Showroom CRM is not built yet.</source>
        <translation>Этот раздел Showroom CRM ещё не готов.</translation>
    </message>
</context>
<context>
    <name>showroom::ProviderSourceTable</name>
    <message>
        <source>Provider name in ADF</source>
        <translation>Название поставщика в ADF</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лидов</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Добавить поставщика</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>showroom::ReceptionPage</name>
    <message>
        <source>Add &amp;contact…</source>
        <translation>&amp;Добавить контакт…</translation>
    </message>
    <message>
        <source>Add the phone or email this visitor gave (Ctrl+K)</source>
        <translation>Добавить телефон или эл. почту, которые оставил посетитель (Ctrl+K)</translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation>Посетитель &amp;ушёл</translation>
    </message>
    <message>
        <source>Record the departure time now (Ctrl+D)</source>
        <translation>Зафиксировать время ухода сейчас (Ctrl+D)</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Отк&amp;рыть клиента</translation>
    </message>
    <message>
        <source>Today&apos;s visitors and calls</source>
        <translation>Посетители и звонки за сегодня</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Ресепшн</translation>
    </message>
    <message>
        <source>Today&apos;s visits could not be loaded</source>
        <translation>Не удалось загрузить сегодняшние визиты</translation>
    </message>
    <message>
        <source>The departure was not recorded</source>
        <translation>Время ухода не записано</translation>
    </message>
</context>
<context>
    <name>showroom::ReportExportDialog</name>
    <message>
        <source>Export the report</source>
        <translation>Выгрузка отчёта</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx): every table as a sheet</source>
        <translation>Книга Excel (*.xlsx): каждая таблица на отдельном листе</translation>
    </message>
    <message>
        <source>CSV (*.csv): one table</source>
        <translation>CSV (*.csv): одна таблица</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Таблица:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>Еженедельный отчёт %1</translation>
    </message>
    <message>
        <source>Report %1 – %2</source>
        <translation>Отчёт %1 – %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
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
        <translation>Не удалось выгрузить</translation>
    </message>
</context>
<context>
    <name>showroom::ReportHeader</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Пр&amp;едпросмотр печати…</translation>
    </message>
    <message>
        <source>The weekly report as it will be printed</source>
        <translation>Еженедельный отчёт в том виде, в каком он будет напечатан</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the printed report as a PDF file</source>
        <translation>Сохранить печатный отчёт в файл PDF</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the report&apos;s tables to Excel or CSV</source>
        <translation>Выгрузить таблицы отчёта в Excel или CSV</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Последние 4 недели</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Другой…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Пе&amp;риод:</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>Консуль&amp;тант:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>Consultants see their own figures</source>
        <translation>Консультанты видят свои показатели</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
</context>
<context>
    <name>showroom::ReportsPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>Ворон&amp;ка</translation>
    </message>
    <message>
        <source>Sourc&amp;es</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>&amp;Проигранные</translation>
    </message>
    <message>
        <source>Consul&amp;tants</source>
        <translation>Ко&amp;нсультанты</translation>
    </message>
    <message>
        <source>Reports are for consultants and managers.
%1</source>
        <translation>Отчёты доступны консультантам и руководителям.
%1</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Не удалось рассчитать отчёт: %1</translation>
    </message>
    <message>
        <source>Figures as of %1 (%2). Click a bar or double-click a row to list the leads behind it.</source>
        <translation>Данные на %1 (%2). Щёлкните столбец диаграммы или дважды щёлкните строку, чтобы увидеть стоящие за ними лиды.</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>местное время</translation>
    </message>
</context>
<context>
    <name>showroom::RulesForm</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>e.g. 1, 3, 7</source>
        <translation>например, 1, 3, 7</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Время реакции</translation>
    </message>
    <message>
        <source>&amp;Contact a new lead within:</source>
        <translation>Свя&amp;заться с новым лидом в течение:</translation>
    </message>
    <message>
        <source>The default; each lead source can have its own time (see Lead sources). Only business hours count.</source>
        <translation>Значение по умолчанию; у каждого источника лидов может быть своё время (см. «Источники лидов»). Учитывается только рабочее время.</translation>
    </message>
    <message>
        <source>&amp;Tell the manager after a further:</source>
        <translation>Сообщить &amp;руководителю ещё через:</translation>
    </message>
    <message>
        <source>At the deadline the consultant, or whoever watches the unassigned queue, is reminded; if the lead is still waiting this much later, the manager is notified.</source>
        <translation>По истечении срока напоминание получает консультант или тот, кто следит за очередью неназначенных лидов; если лид всё ещё ждёт спустя это время, уведомление получает руководитель.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Повторные контакты</translation>
    </message>
    <message>
        <source>Call after a first visit on &amp;days:</source>
        <translation>Звонить после первого визита в &amp;дни:</translation>
    </message>
    <message>
        <source>Days after the visit, separated by commas. A call due on a closed day moves to the next business day.</source>
        <translation>Дни после визита через запятую. Звонок, выпадающий на нерабочий день, переносится на следующий рабочий день.</translation>
    </message>
    <message>
        <source>&amp;Reassign invited leads who did not come after:</source>
        <translation>&amp;Переназначать приглашённых, но не пришедших, через:</translation>
    </message>
    <message>
        <source>Follow-up days are whole numbers above zero, e.g. 1, 3, 7.</source>
        <translation>Дни повторных контактов — целые числа больше нуля, например 1, 3, 7.</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsForm</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отм&amp;енить изменения</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Снова показать сохранённые значения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Store these settings for every desk (Ctrl+S)</source>
        <translation>Сохранить эти настройки для всех рабочих мест (Ctrl+S)</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
</context>
<context>
    <name>showroom::SettingsPage</name>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Причины отказов</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Источники лидов</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Response &amp;&amp; follow-ups</source>
        <translation>Реакция и повторные контакты</translation>
    </message>
    <message>
        <source>Dealership &amp;&amp; hours</source>
        <translation>Автосалон и часы работы</translation>
    </message>
    <message>
        <source>Board cards</source>
        <translation>Карточки воронки</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Only managers and administrators can change these settings; you can look at them.</source>
        <translation>Изменять эти настройки могут только руководители и администраторы; вы можете их просматривать.</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Deals &amp;&amp; after-sales</source>
        <translation>Сделки и после продажи</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Lead intake</source>
        <translation>Приём лидов</translation>
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
        <translation>Доля</translation>
    </message>
    <message>
        <source>Of the leads</source>
        <translation>Доля лидов</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to change; 0 takes no leads under weighted assignment</source>
        <translation>Дважды щёлкните, чтобы изменить; при доле 0 лиды при взвешенном распределении не назначаются</translation>
    </message>
</context>
<context>
    <name>showroom::SourceDelegate</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>showroom::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>Ценность клиента</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Срок реакции</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Follow the general rule (%1)</source>
        <translation>Как в общем правиле (%1)</translation>
    </message>
    <message>
        <source>High: walked in</source>
        <translation>Высокая: визит в салон</translation>
    </message>
    <message>
        <source>Value: call, chat or web</source>
        <translation>Средняя: звонок, чат или сайт</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Double-click to change how soon a new lead from this source must be contacted (business hours)</source>
        <translation>Дважды щёлкните, чтобы изменить, как скоро нужно связаться с новым лидом из этого источника (в рабочее время)</translation>
    </message>
    <message>
        <source>Double-click to choose how leads from this source find a consultant</source>
        <translation>Дважды щёлкните, чтобы выбрать, как лиды из этого источника распределяются между консультантами</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesSection</name>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours. Double-click a time or an assignment rule to change it; the change is saved at once.</source>
        <translation>С новым лидом нужно связаться в пределах времени реакции его источника; учитывается только рабочее время. Дважды щёлкните время или правило распределения, чтобы изменить его; изменение сохраняется сразу.</translation>
    </message>
    <message>
        <source>A new lead must be contacted within its source&apos;s response time, counted in business hours.</source>
        <translation>С новым лидом нужно связаться в пределах времени реакции его источника; учитывается только рабочее время.</translation>
    </message>
    <message>
        <source>The lead sources could not be loaded</source>
        <translation>Не удалось загрузить источники лидов</translation>
    </message>
    <message>
        <source>The lead source was not changed</source>
        <translation>Источник лида не изменён</translation>
    </message>
</context>
<context>
    <name>showroom::SourcesTab</name>
    <message>
        <source>Double-click a source to list its leads</source>
        <translation>Дважды щёлкните источник, чтобы увидеть его лиды</translation>
    </message>
    <message>
        <source>Double-click a campaign to list its leads</source>
        <translation>Дважды щёлкните кампанию, чтобы увидеть её лиды</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Лиды из источника %1</translation>
    </message>
    <message>
        <source>Leads of the campaign %1</source>
        <translation>Лиды кампании %1</translation>
    </message>
</context>
<context>
    <name>showroom::StageListModel</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as won</source>
        <translation>Системный: закрывает лид как выигранный</translation>
    </message>
    <message>
        <source>Fixed: closes the lead as lost</source>
        <translation>Системный: закрывает лид как проигранный</translation>
    </message>
    <message>
        <source>Fixed: new leads wait here</source>
        <translation>Системный: здесь ждут новые лиды</translation>
    </message>
    <message>
        <source>Fixed: a consultant took the lead</source>
        <translation>Системный: консультант взял лид в работу</translation>
    </message>
    <message>
        <source>Retired: not on the board</source>
        <translation>Отключён: не показывается в воронке</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>В воронке</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Дважды щёлкните или нажмите F2, чтобы переименовать</translation>
    </message>
</context>
<context>
    <name>showroom::StagesSection</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Type a new name for the selected stage (F2)</source>
        <translation>Ввести новое название выбранного этапа (F2)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>One column further left on the board</source>
        <translation>На одну колонку левее в воронке</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>One column further right on the board</source>
        <translation>На одну колонку правее в воронке</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Отк&amp;лючить</translation>
    </message>
    <message>
        <source>Retired stages leave the board; their history stays in the reports</source>
        <translation>Отключённые этапы исчезают из воронки; их история остаётся в отчётах</translation>
    </message>
    <message>
        <source>Name of a new stage, e.g. Test drive booked</source>
        <translation>Название нового этапа, например «Записан на тест-драйв»</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>The new stage comes last among the open stages, before Won and Lost</source>
        <translation>Новый этап встанет последним среди открытых этапов, перед «Выигран» и «Проигран»</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost. Changes here are saved at once and every desk sees them.</source>
        <translation>Воронка показывает открытые этапы слева направо, затем «Выигран» и «Проигран». Изменения здесь сохраняются сразу и видны на всех рабочих местах.</translation>
    </message>
    <message>
        <source>The board shows the open stages from left to right, then Won and Lost.</source>
        <translation>Воронка показывает открытые этапы слева направо, затем «Выигран» и «Проигран».</translation>
    </message>
    <message>
        <source>The stages could not be loaded</source>
        <translation>Не удалось загрузить этапы</translation>
    </message>
    <message>
        <source>The stage was not added</source>
        <translation>Этап не добавлен</translation>
    </message>
    <message>
        <source>The stage was not renamed</source>
        <translation>Этап не переименован</translation>
    </message>
    <message>
        <source>The stage was not moved</source>
        <translation>Этап не перемещён</translation>
    </message>
    <message>
        <source>The stage was not restored</source>
        <translation>Этап не включён</translation>
    </message>
    <message>
        <source>The stage was not retired</source>
        <translation>Этап не отключён</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Вк&amp;лючить</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportDialog</name>
    <message>
        <source>Import a stock list</source>
        <translation>Импорт списка автомобилей</translation>
    </message>
    <message>
        <source>A CSV file: VIN, make, model, … (English or German headers)</source>
        <translation>Файл CSV: VIN, марка, модель, … (заголовки на английском или немецком)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Будет обновлён</translation>
    </message>
    <message>
        <source>Choose a file: every row is checked before anything is written.</source>
        <translation>Выберите файл: каждая строка проверяется до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Stock list</source>
        <translation>Список автомобилей</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The stock list was not imported</source>
        <translation>Список автомобилей не импортирован</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>новых: %1, обновлено: %2, без изменений: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>Checked, nothing written yet: %1 Rejected rows are skipped; “Import” writes the others.</source>
        <translation>Проверено, пока ничего не записано: %1 Отклонённые строки будут пропущены; «Импортировать» запишет остальные.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импортировано: %1</translation>
    </message>
</context>
<context>
    <name>showroom::StockImportModel</name>
    <message>
        <source>Will be added</source>
        <translation>Будет добавлен</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Будет обновлён</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
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
        <translation>Комплектация</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>A test-drive car: customers can book it for test drives</source>
        <translation>Автомобиль для тест-драйва: клиенты могут записаться на нём на тест-драйв</translation>
    </message>
</context>
<context>
    <name>showroom::StockPage</name>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Тест-драйв</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>И&amp;мпорт CSV…</translation>
    </message>
    <message>
        <source>Only managers keep the stock list.</source>
        <translation>Склад автомобилей ведут только руководители.</translation>
    </message>
    <message>
        <source>Add a car to the stock list</source>
        <translation>Добавить автомобиль на склад</translation>
    </message>
    <message>
        <source>Edit the selected car</source>
        <translation>Изменить выбранный автомобиль</translation>
    </message>
    <message>
        <source>Read a stock list (CSV) from the importer or the factory</source>
        <translation>Загрузить список автомобилей (CSV) от импортёра или завода</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Склад</translation>
    </message>
    <message>
        <source>Search: any part of the VIN, stock number, make or model</source>
        <translation>Поиск: любая часть VIN, складской номер, марка или модель</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>A&amp;vailable only</source>
        <translation>Только сво&amp;бодные</translation>
    </message>
    <message>
        <source>In stock or in transit, not reserved or sold</source>
        <translation>На складе или в пути, не зарезервирован и не продан</translation>
    </message>
    <message>
        <source>the first %1 vehicles</source>
        <translation>первые %1 автомобилей</translation>
    </message>
    <message>
        <source>1 vehicle</source>
        <translation>1 автомобиль</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n автомобиль</numerusform>
            <numerusform>%n автомобиля</numerusform>
            <numerusform>%n автомобилей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::TaskCommentDialog</name>
    <message>
        <source>Comment on a follow-up</source>
        <translation>Комментарий к повторному контакту</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Advice or a question for the consultant</source>
        <translation>Совет или вопрос консультанту</translation>
    </message>
    <message>
        <source>Advice or a question for %1</source>
        <translation>Совет или вопрос консультанту %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
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
        <translation>Назначить тест-драйв</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>no vehicle yet</source>
        <translation>автомобиль не выбран</translation>
    </message>
    <message>
        <source>Lead #%1 · %2 · %3</source>
        <translation>Лид №%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>&amp;Car</source>
        <translation>&amp;Автомобиль</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Дли&amp;тельность</translation>
    </message>
    <message>
        <source>Booked that day</source>
        <translation>Занято в этот день</translation>
    </message>
    <message>
        <source>There is no test-drive car in the stock list yet. A manager marks cars as test-drive cars on the Stock page.</source>
        <translation>На складе пока нет автомобилей для тест-драйва. Руководитель отмечает их на странице «Склад».</translation>
    </message>
    <message>
        <source>Free all day.</source>
        <translation>Свободен весь день.</translation>
    </message>
    <message>
        <source>%1–%2  %3</source>
        <translation>%1–%2  %3</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(без клиента)</translation>
    </message>
    <message>
        <source>Choose a test-drive car.</source>
        <translation>Выберите автомобиль для тест-драйва.</translation>
    </message>
</context>
<context>
    <name>showroom::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>showroom::TodayModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Car of interest</source>
        <translation>Интересующий автомобиль</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Planned by</source>
        <translation>Кем запланировано</translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation>Комментарий руководителя</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Встречи сегодня</translation>
    </message>
    <message>
        <source>%1 — nothing</source>
        <translation>%1 — нет</translation>
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
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Готово…</translation>
    </message>
    <message>
        <source>Close the selected task with its result</source>
        <translation>Закрыть выбранную задачу с указанием результата</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Комментировать…</translation>
    </message>
    <message>
        <source>Comment on the consultant&apos;s follow-up; the consultant is notified</source>
        <translation>Прокомментировать повторный контакт консультанта; консультант получит уведомление</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Добавить &amp;повторный контакт…</translation>
    </message>
    <message>
        <source>Plan another follow-up for the same lead</source>
        <translation>Запланировать ещё один повторный контакт по тому же лиду</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>Отк&amp;рыть клиента</translation>
    </message>
    <message>
        <source>Open the customer card at this lead</source>
        <translation>Открыть карточку клиента на этом лиде</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be loaded: %1</source>
        <translation>Не удалось загрузить задачи на сегодня: %1</translation>
    </message>
</context>
<context>
    <name>showroom::TrafficTiles</name>
    <message>
        <source>Visitors today</source>
        <translation>Посетителей сегодня</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>Первые визиты</translation>
    </message>
    <message>
        <source>Contact captured</source>
        <translation>Контакт сохранён</translation>
    </message>
    <message>
        <source>Info-retention rate</source>
        <translation>Доля сохранённых контактов</translation>
    </message>
    <message>
        <source>First-time visitors whose phone or email was captured, out of all first-time visitors today</source>
        <translation>Доля посетителей с первым визитом, чей телефон или эл. почта сохранены, среди всех посетителей с первым визитом за сегодня</translation>
    </message>
</context>
<context>
    <name>showroom::VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation>Изменить автомобиль</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>Добавить автомобиль</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Check digit verified.</source>
        <translation>Контрольная цифра проверена.</translation>
    </message>
    <message>
        <source>17 characters, e.g. WVWZZZ1KZAW000001</source>
        <translation>17 символов, например WVWZZZ1KZAW000001</translation>
    </message>
    <message>
        <source>e.g. VW</source>
        <translation>например, VW</translation>
    </message>
    <message>
        <source>e.g. Golf</source>
        <translation>например, Golf</translation>
    </message>
    <message>
        <source>e.g. Life</source>
        <translation>например, Life</translation>
    </message>
    <message>
        <source>e.g. Moonstone Grey</source>
        <translation>например, Moonstone Grey</translation>
    </message>
    <message>
        <source>e.g. 32.990,00</source>
        <translation>например, 32 990,00</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>Test-drive car: customers can book it for test drives</source>
        <translation>Автомобиль для тест-драйва: клиенты могут записаться на нём на тест-драйв</translation>
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
        <translation>&amp;Комплектация</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation>&amp;Состояние</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>Ц&amp;ена</translation>
    </message>
    <message>
        <source>Stock n&amp;umber</source>
        <translation>Складской &amp;номер</translation>
    </message>
    <message>
        <source>Reserved, sold and delivered follow the car&apos;s deal.</source>
        <translation>Статусы «зарезервирован», «продан» и «выдан» задаёт сделка по автомобилю.</translation>
    </message>
    <message>
        <source>The vehicle was not saved</source>
        <translation>Автомобиль не сохранён</translation>
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
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>%1 — expected on %2</source>
        <translation>%1 — ожидается %2</translation>
    </message>
    <message>
        <source>%1 — stock no. %2</source>
        <translation>%1 — складской № %2</translation>
    </message>
    <message>
        <source>In transit, %1</source>
        <translation>В пути, %1</translation>
    </message>
</context>
<context>
    <name>showroom::VehiclePicker</name>
    <message>
        <source>Car from &amp;stock</source>
        <translation>Автомобиль со скла&amp;да</translation>
    </message>
    <message>
        <source>&amp;Factory order</source>
        <translation>&amp;Заказ с завода</translation>
    </message>
    <message>
        <source>VIN (any part), stock number, make or model</source>
        <translation>VIN (любая часть), складской номер, марка или модель</translation>
    </message>
    <message>
        <source>Make, model, trim, colour and options as ordered</source>
        <translation>Марка, модель, комплектация, цвет и опции по заказу</translation>
    </message>
    <message>
        <source>Any make</source>
        <translation>Любая марка</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Любая модель</translation>
    </message>
    <message>
        <source>Any trim</source>
        <translation>Любая комплектация</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Любой цвет</translation>
    </message>
    <message>
        <source>The stock list could not be read: %1</source>
        <translation>Не удалось прочитать склад автомобилей: %1</translation>
    </message>
    <message>
        <source>No available car matches. A factory order is possible.</source>
        <translation>Подходящих свободных автомобилей нет. Можно оформить заказ с завода.</translation>
    </message>
    <message numerus="yes">
        <source>%n available car(s)</source>
        <translation>
            <numerusform>%n свободный автомобиль</numerusform>
            <numerusform>%n свободных автомобиля</numerusform>
            <numerusform>%n свободных автомобилей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showroom::VisitForm</name>
    <message>
        <source>New walk-in</source>
        <translation>Новый визит</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Звонок на горячую линию</translation>
    </message>
    <message>
        <source>e.g. VW ID.4</source>
        <translation>например, VW ID.4</translation>
    </message>
    <message>
        <source>&amp;Test drive</source>
        <translation>&amp;Тест-драйв</translation>
    </message>
    <message>
        <source>&amp;Repeat visit (was here before)</source>
        <translation>&amp;Повторный визит (уже был у нас)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Start over (Esc)</source>
        <translation>Начать заново (Esc)</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <source>M&amp;odel of interest:</source>
        <translation>Интересующая &amp;модель:</translation>
    </message>
    <message>
        <source>Party si&amp;ze:</source>
        <translation>Количество &amp;человек:</translation>
    </message>
    <message>
        <source>Visitor (optional)</source>
        <translation>Посетитель (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>Время при&amp;хода:</translation>
    </message>
    <message>
        <source>C&amp;all at:</source>
        <translation>Время зво&amp;нка:</translation>
    </message>
    <message>
        <source>&amp;Log walk-in</source>
        <translation>&amp;Зарегистрировать визит</translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Зарегистрировать звонок</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Nobody yet (lead queue)</source>
        <translation>Пока никто (очередь лидов)</translation>
    </message>
    <message>
        <source>%1 — off duty</source>
        <translation>%1 — не на смене</translation>
    </message>
    <message>
        <source>%1 — busy</source>
        <translation>%1 — занят(а)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — with %Ln visitor(s)</source>
        <translation>
            <numerusform>%1 — с %Ln посетителем</numerusform>
            <numerusform>%1 — с %Ln посетителями</numerusform>
            <numerusform>%1 — с %Ln посетителями</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the visitor&apos;s contact data</source>
        <translation>Проверьте контактные данные посетителя</translation>
    </message>
    <message>
        <source>The visit was not logged</source>
        <translation>Визит не зарегистрирован</translation>
    </message>
</context>
<context>
    <name>showroom::VisitListModel</name>
    <message>
        <source>Arrived</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>No phone or email yet: select the visit and add the contact data</source>
        <translation>Телефона или эл. почты пока нет: выберите визит и добавьте контактные данные</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Первый визит</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>Повторный визит</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Анонимный посетитель</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 (still here)</source>
        <translation>%1 (ещё здесь)</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
</context>
</TS>
