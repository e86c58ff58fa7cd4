#!/usr/bin/env python3
"""Fills the deal, vehicle stock, test drive, checklist, delivery and deal printing messages of the
core and the command line into the Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts:
    flock /tmp/ts.lock python3 translations/fill_translations_deals_core.py
Covers ChecklistService, ChecklistTemplateService, Csv, CustomerMergeService, DealCommands,
DealPrinter, DealService, DealText, NotificationService, PdfFile, Permissions, PrintPreview,
SettingsService, StockCommands, StockService, StockText, Storage, TestDriveService and Vin.
Only messages of these contexts are touched, and of those only the ones listed here (the other
fill scripts own the rest of NotificationService, Storage, SettingsService, Permissions and
CustomerMergeService).
Messages found here get their translation and lose type="unfinished"; the rest stay as they are.
Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3, zh_CN 1);
showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps lupdate's
layout and escaping, so the .ts files show no unrelated changes. Another script may fill other
contexts of the same files at the same time; run this one under `flock /tmp/ts.lock`. After writing
it checks its contexts: no unfinished message left (de, ru, uk, zh_CN) and the same %1…%9 and %n
placeholders in every translation as in the source.

Terms shared with the other fill scripts: customer Kunde/клиент/клієнт/客户, consultant
Berater/консультант/консультант/顾问 (on printed documents "Sales consultant" Verkaufsberater/
консультант по продажам/консультант з продажу/销售顾问), manager Verkaufsleiter/руководитель/
керівник/经理, lead Lead/лид/лід/线索, another desk anderer Arbeitsplatz/другое рабочее место/інше
робоче місце/另一个工位, follow-up Wiedervorlage/повторный контакт/повторний контакт/跟进, test drive
Probefahrt/тест-драйв/тест-драйв/试驾, dealership Autohaus/автосалон/автосалон/门店, settings
Einstellungen/настройки/налаштування/设置. "#%1" stays "#%1" in German and Chinese and becomes
"№%1" in Russian and Ukrainian, as in Storage.
Here: deal Geschäft/сделка/угода/交易 (German "Geschäft #%1" is neuter, Russian "Сделка №%1"
feminine, so sentences that get a deal label agree with it; where a label of unknown gender is
the subject, Russian and Ukrainian put it before a colon or after a noun such as "Пункт"/
"Автомобиль"); vehicle stock Fahrzeugbestand/склад автомобилей/склад автомобілів/库存车辆 (short:
Bestand/склад/склад/库存; the stock list Bestandsliste/складской список/складський список/库存清单);
VIN FIN/VIN/VIN/车架号 (the CSV column names "VIN" and "FIN" stay literal); check digit
Prüfziffer/контрольная цифра/контрольна цифра/校验位; stock number Lagernummer/складской
номер/складський номер/库存编号; vehicle status Auf Lager, Unterwegs, Reserviert, Verkauft,
Ausgeliefert / В наличии, В пути, Зарезервирован, Продан, Выдан / В наявності, В дорозі,
Зарезервовано, Продано, Видано / 在库, 在途, 已预留, 已售, 已交车; condition Neu/Gebraucht/
Vorführwagen, Новый/С пробегом/Демонстрационный, Новий/З пробігом/Демонстраційний, 新车/二手车/
展示车; test-drive car Vorführwagen/автомобиль для тест-драйва/автомобіль для тест-драйву/试驾车;
factory order Werksbestellung/заказ с завода/замовлення з заводу/工厂订车; promised delivery date
zugesagter Liefertermin/обещанная дата выдачи/обіцяна дата видачі/承诺交车日期; trade-in
Inzahlungnahme/трейд-ин/трейд-ін/置换; deposit Anzahlung/предоплата/передоплата/定金; list price
Listenpreis/прайсовая цена/прайсова ціна/指导价; discount Rabatt/скидка/знижка/折扣; payment
Barzahlung/Kredit/Leasing, наличные/кредит/лизинг, готівка/кредит/лізинг, 现金/贷款/租赁; buyer
Privatkunde/Firmenkunde, частный покупатель/компания-покупатель, приватний покупець/компанія-
покупець, 个人买家/企业买家; loan application Kreditantrag/заявка на кредит/заявка на кредит/贷款申请,
loan documents Kreditunterlagen/документы для кредита/документи для кредиту/贷款材料, sent to the
bank an die Bank gesendet/отправлено в банк/надіслано до банку/已提交银行; accessories
Zubehör/аксессуары/аксесуари/精品附件, sold / not sold verkauft/nicht verkauft, продан/не продан,
продано/не продано, 已售/未售; checklist Checkliste/чек-лист/чек-лист/清单 and its item
Punkt/пункт/пункт/清单项; handover Übergabe/выдача автомобиля/видача автомобіля/交车; handover
protocol Übergabeprotokoll/акт приёма-передачи/акт приймання-передачі/交车确认单; offer
Angebot/коммерческое предложение/комерційна пропозиція/报价单; contract summary
Vertragsübersicht/сводка договора/зведення договору/合同摘要; after-sales call
Nachbetreuungsanruf/звонок после продажи/дзвінок після продажу/售后回访; "second delivery" evening
Abend der „zweiten Auslieferung“/вечер «второй выдачи»/вечір «другої видачі»/“二次交车”之夜;
document Dokument/документ/документ/文件, attach anhängen/прикрепить/прикріпити/附加, checksum
Prüfsumme/контрольная сумма/контрольна сума/校验和; deliveries Auslieferungen/выдачи/видачі/交车.

CLI messages keep command words, option names, values and metavariables (DEAL_ID, --reason KEY,
cash, in stock) in English; German writes "erfordert", Russian/Ukrainian "для … нужен/нужны/
потрібен/потрібні" and lowercase, Chinese "需要", as PipelineCommands does. The stock import
accepts German words for condition and status (neu, gebraucht, Vorführwagen; Lager, unterwegs),
so only the German messages name those.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn
# A source given as (text, comment) is a message with a disambiguating comment.


# --- Deals ---------------------------------------------------------------------------------------
C = "DealService"
tr(C, "Deal #%1", "Geschäft #%1", "Сделка №%1", "Угода №%1", "交易 #%1")
# The missing steps in "… cannot go to the bank yet. Missing: %1.", joined with "; ".
tr(C, "the loan application has not been sent to the bank",
   "der Kreditantrag wurde noch nicht an die Bank gesendet",
   "заявка на кредит не отправлена в банк", "заявку на кредит не надіслано до банку",
   "贷款申请尚未提交银行")
tr(C, "not done", "nicht erledigt", "не выполнено", "не виконано", "未完成")
tr(C, "document not attached", "Dokument nicht angehängt", "документ не прикреплён",
   "документ не прикріплено", "未附文件")
tr(C, "%1 (%2)", "%1 (%2)", "%1 (%2)", "%1 (%2)", "%1（%2）")  # step (why)
# Tasks planned at the handover.
tr(C, "After-sales call: how is the new car?",
   "Nachbetreuungsanruf: Wie gefällt das neue Auto?",
   "Звонок после продажи: как новый автомобиль?",
   "Дзвінок після продажу: як новий автомобіль?",
   "售后回访：新车用得怎么样？")
tr(C, "Invite to the “second delivery” evening on %1 at %2",
   "Zum Abend der „zweiten Auslieferung“ am %1 um %2 einladen",
   "Пригласить на вечер «второй выдачи» %1 в %2",
   "Запросити на вечір «другої видачі» %1 о %2",
   "邀请客户参加 %1 %2 的“二次交车”之夜")
tr(C, "%1 is paid in cash: there is no loan application.",
   "%1 wird bar bezahlt: Es gibt keinen Kreditantrag.",
   "%1 оплачивается наличными: заявки на кредит нет.",
   "%1 оплачується готівкою: заявки на кредит немає.",
   "%1 为现金付款：没有贷款申请。")
tr(C, "The loan application of %1 was already sent to the bank on %2.",
   "Der Kreditantrag (%1) wurde bereits am %2 an die Bank gesendet.",
   "Заявка на кредит (%1) уже отправлена в банк %2.",
   "Заявку на кредит (%1) уже надіслано до банку %2.",
   "%1 的贷款申请已于 %2 提交银行。")
tr(C, "%1 is cancelled: its loan application does not go to the bank.",
   "%1 wurde storniert: Der Kreditantrag geht nicht an die Bank.",
   "%1 отменена: заявка на кредит не отправляется в банк.",
   "%1 скасовано: заявка на кредит не надсилається до банку.",
   "%1 已取消：其贷款申请不会提交银行。")
tr(C, "%1 is cancelled: its loan cannot be approved.",
   "%1 wurde storniert: Der Kredit kann nicht genehmigt werden.",
   "%1 отменена: кредит не может быть одобрен.",
   "%1 скасовано: кредит не можна схвалити.",
   "%1 已取消：无法批准其贷款。")
tr(C, "The bank already approved the loan of %1 on %2.",
   "Die Bank hat den Kredit (%1) bereits am %2 genehmigt.",
   "Банк уже одобрил кредит (%1) %2.",
   "Банк уже схвалив кредит (%1) %2.",
   "银行已于 %2 批准 %1 的贷款。")
tr(C, "The loan application of %1 has not been sent to the bank yet: send it first, then record "
      "the approval.",
   "Der Kreditantrag (%1) wurde noch nicht an die Bank gesendet: Zuerst senden, dann die "
   "Genehmigung erfassen.",
   "Заявка на кредит (%1) ещё не отправлена в банк: сначала отправьте её, затем отметьте "
   "одобрение.",
   "Заявку на кредит (%1) ще не надіслано до банку: спочатку надішліть її, потім позначте "
   "схвалення.",
   "%1 的贷款申请尚未提交银行：请先提交，再记录批准。")
tr(C, "The loan application cannot go to the bank yet. Missing: %1.",
   "Der Kreditantrag kann noch nicht an die Bank gesendet werden. Es fehlt: %1.",
   "Заявку на кредит пока нельзя отправить в банк. Не хватает: %1.",
   "Заявку на кредит поки не можна надіслати до банку. Бракує: %1.",
   "贷款申请尚不能提交银行。缺少：%1。")
tr(C, "%1 is already delivered or cancelled.",
   "%1: Das Fahrzeug ist bereits ausgeliefert, oder das Geschäft wurde storniert.",
   "%1: автомобиль уже выдан или сделка отменена.",
   "%1: автомобіль уже видано або угоду скасовано.",
   "%1 已交车或已取消。")
tr(C, "%1 is a factory order without a vehicle yet: add the arrived car (with its VIN) to the "
      "stock and to the deal first.",
   "%1 ist eine Werksbestellung noch ohne Fahrzeug: Nehmen Sie zuerst das eingetroffene Fahrzeug "
   "(mit seiner FIN) in den Bestand und in das Geschäft auf.",
   "%1 — заказ с завода, автомобиля ещё нет: сначала добавьте прибывший автомобиль (с его VIN) "
   "на склад и в сделку.",
   "%1 — замовлення з заводу, автомобіля ще немає: спочатку додайте автомобіль, що надійшов "
   "(з його VIN), на склад і в угоду.",
   "%1 是工厂订车，尚无车辆：请先将到店车辆（含车架号）加入库存并关联到该交易。")
tr(C, "The car cannot be handed over yet. Missing: %1.",
   "Das Fahrzeug kann noch nicht übergeben werden. Es fehlt: %1.",
   "Автомобиль пока нельзя выдать. Не хватает: %1.",
   "Автомобіль поки не можна видати. Бракує: %1.",
   "尚不能交车。缺少：%1。")
# %1 is a lead ("Lead #5 (Name)").
tr(C, "%1 belongs to another consultant.", "%1 gehört einem anderen Berater.",
   "%1 принадлежит другому консультанту.", "%1 належить іншому консультанту.",
   "%1 属于另一位顾问。")
tr(C, "%1 already has deal #%2.", "%1 hat bereits Geschäft #%2.",
   "%1: сделка №%2 уже существует.", "%1: угода №%2 вже існує.", "%1 已有交易 #%2。")
# %1 is a vehicle label such as "VW Golf 1.5 TSI".
tr(C, "%1 (VIN %2) is not available: it is reserved, sold or delivered.",
   "%1 (FIN %2) ist nicht verfügbar: Das Fahrzeug ist reserviert, verkauft oder ausgeliefert.",
   "%1 (VIN %2) недоступен: автомобиль зарезервирован, продан или выдан.",
   "%1 (VIN %2) недоступний: автомобіль зарезервовано, продано або видано.",
   "%1（车架号 %2）不可用：该车已预留、已售或已交车。")
tr(C, "Choose a car from stock, or describe the factory order (make, model, trim, colour).",
   "Wählen Sie ein Fahrzeug aus dem Bestand, oder beschreiben Sie die Werksbestellung (Marke, "
   "Modell, Ausstattung, Farbe).",
   "Выберите автомобиль со склада или опишите заказ с завода (марка, модель, комплектация, цвет).",
   "Виберіть автомобіль зі складу або опишіть замовлення з заводу (марка, модель, комплектація, "
   "колір).",
   "请从库存中选车，或填写工厂订车信息（品牌、车型、配置、颜色）。")
tr(C, "A factory order needs the delivery date promised to the customer.",
   "Eine Werksbestellung braucht den dem Kunden zugesagten Liefertermin.",
   "Для заказа с завода нужна обещанная клиенту дата выдачи.",
   "Для замовлення з заводу потрібна обіцяна клієнту дата видачі.",
   "工厂订车需要填写向客户承诺的交车日期。")
tr(C, "The promised delivery date %1 is in the past.",
   "Der zugesagte Liefertermin %1 liegt in der Vergangenheit.",
   "Обещанная дата выдачи %1 уже прошла.", "Обіцяна дата видачі %1 уже минула.",
   "承诺交车日期 %1 已过。")
tr(C, "Enter the list price.", "Geben Sie den Listenpreis ein.", "Укажите прайсовую цену.",
   "Вкажіть прайсову ціну.", "请输入指导价。")
tr(C, "The discount must be between 0 and the list price.",
   "Der Rabatt muss zwischen 0 und dem Listenpreis liegen.",
   "Скидка должна быть от 0 до прайсовой цены.", "Знижка має бути від 0 до прайсової ціни.",
   "折扣必须介于 0 和指导价之间。")
tr(C, "A deposit or trade-in value cannot be negative.",
   "Anzahlung und Inzahlungnahmewert dürfen nicht negativ sein.",
   "Предоплата и оценка трейд-ин не могут быть отрицательными.",
   "Передоплата й оцінка трейд-ін не можуть бути від'ємними.",
   "定金和置换估价不能为负数。")
tr(C, "Name the trade-in's make and model (or leave the trade-in empty).",
   "Geben Sie Marke und Modell der Inzahlungnahme an (oder lassen Sie die Inzahlungnahme leer).",
   "Укажите марку и модель автомобиля в трейд-ин (или оставьте трейд-ин пустым).",
   "Вкажіть марку й модель автомобіля в трейд-ін (або залиште трейд-ін порожнім).",
   "请填写置换车辆的品牌和车型（或不填写置换信息）。")
tr(C, "The trade-in's year %1 is not plausible.",
   "Das Baujahr %1 der Inzahlungnahme ist nicht plausibel.",
   "Год выпуска автомобиля в трейд-ин (%1) неправдоподобен.",
   "Рік випуску автомобіля в трейд-ін (%1) неправдоподібний.",
   "置换车辆的年份 %1 不合理。")
tr(C, "The trade-in's mileage cannot be negative.",
   "Der Kilometerstand der Inzahlungnahme darf nicht negativ sein.",
   "Пробег автомобиля в трейд-ин не может быть отрицательным.",
   "Пробіг автомобіля в трейд-ін не може бути від'ємним.",
   "置换车辆的里程不能为负数。")
tr(C, "Accessory #%1 is not offered for this car.",
   "Zubehör #%1 wird für dieses Fahrzeug nicht angeboten.",
   "Аксессуар №%1 не предлагается для этого автомобиля.",
   "Аксесуар №%1 не пропонується для цього автомобіля.",
   "精品附件 #%1 不适用于此车辆。")
tr(C, "%1 is already closed.", "%1 ist bereits abgeschlossen.", "%1 уже закрыта.",
   "%1 вже закрито.", "%1 已关闭。")  # %1 is "Deal #%1"
tr(C, "Enter the promised delivery date.", "Geben Sie den zugesagten Liefertermin ein.",
   "Укажите обещанную дату выдачи.", "Вкажіть обіцяну дату видачі.", "请输入承诺交车日期。")

C = "ChecklistService"
# An item's label inside the messages below.
tr(C, "“%1” of deal #%2", "„%1“ aus Geschäft #%2", "«%1» в сделке №%2", "«%1» в угоді №%2",
   "交易 #%2 中的“%1”")
tr(C, "Deal #%1 is closed; its checklists can no longer change.",
   "Geschäft #%1 ist abgeschlossen; seine Checklisten können nicht mehr geändert werden.",
   "Сделка №%1 закрыта; её чек-листы больше нельзя изменить.",
   "Угоду №%1 закрито; її чек-листи більше не можна змінити.",
   "交易 #%1 已关闭；其清单不能再更改。")
tr(C, "%1 is already done.", "%1 ist bereits erledigt.", "Пункт %1 уже выполнен.",
   "Пункт %1 уже виконано.", "%1 已完成。")
tr(C, "%1 needs its document: attach the scan or PDF first.",
   "%1 erfordert ein Dokument: Hängen Sie zuerst den Scan oder das PDF an.",
   "Для пункта %1 нужен документ: сначала прикрепите скан или PDF.",
   "Для пункту %1 потрібен документ: спочатку прикріпіть скан або PDF.",
   "%1 需要文件：请先附加扫描件或 PDF。")
tr(C, "The loan application already went to the bank; %1 stays done.",
   "Der Kreditantrag wurde bereits an die Bank gesendet; %1 bleibt erledigt.",
   "Заявка на кредит уже отправлена в банк; пункт %1 остаётся выполненным.",
   "Заявку на кредит уже надіслано до банку; пункт %1 залишається виконаним.",
   "贷款申请已提交银行；%1 保持已完成状态。")
tr(C, "The bank already approved the loan; %1 stays done.",
   "Die Bank hat den Kredit bereits genehmigt; %1 bleibt erledigt.",
   "Банк уже одобрил кредит; пункт %1 остаётся выполненным.",
   "Банк уже схвалив кредит; пункт %1 залишається виконаним.",
   "银行已批准贷款；%1 保持已完成状态。")
tr(C, "Only an accessory can be recorded as not sold.",
   "Nur Zubehör kann als nicht verkauft erfasst werden.",
   "Отметить как «не продан» можно только аксессуар.",
   "Позначити як «не продано» можна лише аксесуар.",
   "只有精品附件可以记录为未售。")
tr(C, "Choose why %1 was not sold: the reason is required.",
   "Wählen Sie, warum %1 nicht verkauft wurde: Ein Grund ist Pflicht.",
   "Укажите, почему пункт %1 не продан: причина обязательна.",
   "Вкажіть, чому пункт %1 не продано: причина обов'язкова.",
   "请选择 %1 未售出的原因：原因为必填项。")
tr(C, "There is no reason “%1” for an accessory not sold.",
   "Es gibt keinen Grund „%1“ für nicht verkauftes Zubehör.",
   "Причины «%1» для непроданного аксессуара нет.",
   "Причини «%1» для непроданого аксесуара немає.",
   "不存在精品附件未售原因“%1”。")
tr(C, "The file %1 is empty; nothing was attached.",
   "Die Datei %1 ist leer; es wurde nichts angehängt.",
   "Файл %1 пуст; ничего не прикреплено.", "Файл %1 порожній; нічого не прикріплено.",
   "文件 %1 为空；未附加任何内容。")
tr(C, "The file %1 is larger than 25 MB; scan it at a lower resolution.",
   "Die Datei %1 ist größer als 25 MB; scannen Sie sie mit geringerer Auflösung.",
   "Файл %1 больше 25 МБ; отсканируйте документ с меньшим разрешением.",
   "Файл %1 більший за 25 МБ; відскануйте документ із меншою роздільною здатністю.",
   "文件 %1 超过 25 MB；请以较低分辨率重新扫描。")
tr(C, "The stored document %1 does not match its checksum; it was damaged.",
   "Das gespeicherte Dokument %1 stimmt nicht mit seiner Prüfsumme überein; es wurde beschädigt.",
   "Сохранённый документ %1 не совпадает со своей контрольной суммой: он повреждён.",
   "Збережений документ %1 не збігається зі своєю контрольною сумою: його пошкоджено.",
   "已保存的文件 %1 与其校验和不符；文件已损坏。")

C = "ChecklistTemplateService"
tr(C, "The checklist item “%1”", "Der Checklistenpunkt „%1“", "Пункт чек-листа «%1»",
   "Пункт чек-листа «%1»", "清单项“%1”")
tr(C, "Enter the item's name.", "Geben Sie den Namen des Punkts ein.", "Укажите название пункта.",
   "Вкажіть назву пункту.", "请输入清单项名称。")
tr(C, "A price cannot be negative.", "Ein Preis darf nicht negativ sein.",
   "Цена не может быть отрицательной.", "Ціна не може бути від'ємною.", "价格不能为负数。")
# Days before the promised delivery or after the contract when an item is due.
tr(C, "The due days must be within a year.",
   "Die Fälligkeit in Tagen muss innerhalb eines Jahres liegen.",
   "Срок в днях должен быть в пределах года.", "Термін у днях має бути в межах року.",
   "到期天数须在一年以内。")
tr(C, "Enter the model the accessories are for.",
   "Geben Sie das Modell ein, für das das Zubehör gedacht ist.",
   "Укажите модель, для которой предназначены аксессуары.",
   "Вкажіть модель, для якої призначені аксесуари.",
   "请输入精品附件适用的车型。")
# %1 is a model such as "Golf".
tr(C, "There already are accessories for the %1.", "Für %1 gibt es bereits Zubehör.",
   "Аксессуары для %1 уже есть.", "Аксесуари для %1 вже є.", "%1 的精品附件清单已存在。")
tr(C, "Accessories for the %1", "Zubehör für %1", "Аксессуары для %1", "Аксесуари для %1",
   "%1 精品附件")
tr(C, "The new template could not be read back.",
   "Die neue Vorlage konnte nicht wieder gelesen werden.",
   "Не удалось прочитать только что созданный шаблон.",
   "Не вдалося прочитати щойно створений шаблон.",
   "无法读回新建的模板。")

C = "DealText"
tr(C, "Private person", "Privatkunde", "Частный покупатель", "Приватний покупець", "个人买家")
tr(C, "Company", "Firmenkunde", "Компания-покупатель", "Компанія-покупець", "企业买家")
tr(C, "Cash", "Barzahlung", "Наличные", "Готівка", "现金")
tr(C, "Credit", "Kredit", "Кредит", "Кредит", "贷款")
tr(C, "Lease", "Leasing", "Лизинг", "Лізинг", "租赁")
# Deal status; "Delivered" is also the vehicle status below.
tr(C, "In delivery", "In Auslieferung", "Идёт выдача", "Триває видача", "交车中")
tr(C, "Delivered", "Ausgeliefert", "Выдан", "Видано", "已交车")
tr(C, "Cancelled", "Storniert", "Отменена", "Скасовано", "已取消")
# Checklists.
tr(C, "Loan documents", "Kreditunterlagen", "Документы для кредита", "Документи для кредиту",
   "贷款材料")
tr(C, "Accessories", "Zubehör", "Аксессуары", "Аксесуари", "精品附件")
tr(C, "Delivery steps", "Auslieferungsschritte", "Шаги выдачи", "Кроки видачі", "交车步骤")
tr(C, "Handover", "Übergabe", "Выдача автомобиля", "Видача автомобіля", "交车")
# Vehicle status.
tr(C, "In stock", "Auf Lager", "В наличии", "В наявності", "在库")
tr(C, "In transit", "Unterwegs", "В пути", "В дорозі", "在途")
tr(C, "Reserved", "Reserviert", "Зарезервирован", "Зарезервовано", "已预留")
tr(C, "Sold", "Verkauft", "Продан", "Продано", "已售")
# Printed documents.
tr(C, "Offer", "Angebot", "Коммерческое предложение", "Комерційна пропозиція", "报价单")
tr(C, "Contract summary", "Vertragsübersicht", "Сводка договора", "Зведення договору",
   "合同摘要")
tr(C, "Handover protocol", "Übergabeprotokoll", "Акт приёма-передачи", "Акт приймання-передачі",
   "交车确认单")
# Why an accessory was not sold.
tr(C, "Too expensive", "Zu teuer", "Слишком дорого", "Занадто дорого", "太贵")
tr(C, "Already has one", "Hat bereits eines", "Уже есть", "Вже є", "已经有了")
tr(C, "Not needed", "Nicht benötigt", "Не нужно", "Не потрібно", "不需要")
tr(C, "Will decide later", "Entscheidet später", "Решит позже", "Вирішить пізніше", "以后再定")
tr(C, "Buys it elsewhere", "Kauft woanders", "Купит в другом месте", "Купить в іншому місці",
   "在别处购买")
tr(C, "not done", "nicht erledigt", "не выполнено", "не виконано", "未完成")
tr(C, "document not attached", "Dokument nicht angehängt", "документ не прикреплён",
   "документ не прикріплено", "未附文件")
tr(C, "%1 — %2", "%1 — %2", "%1 — %2", "%1 — %2", "%1 — %2")  # step — why

C = "StockText"
tr(C, "In stock", "Auf Lager", "В наличии", "В наявності", "在库")
tr(C, "In transit", "Unterwegs", "В пути", "В дорозі", "在途")
tr(C, "Reserved", "Reserviert", "Зарезервирован", "Зарезервовано", "已预留")
tr(C, "Sold", "Verkauft", "Продан", "Продано", "已售")
tr(C, "Delivered", "Ausgeliefert", "Выдан", "Видано", "已交车")
tr(C, "In transit, expected %1", "Unterwegs, erwartet am %1", "В пути, ожидается %1",
   "В дорозі, очікується %1", "在途，预计 %1 到达")
tr(C, "New", "Neu", "Новый", "Новий", "新车")
tr(C, "Used", "Gebraucht", "С пробегом", "З пробігом", "二手车")
tr(C, "Demo car", "Vorführwagen", "Демонстрационный", "Демонстраційний", "展示车")

# --- Vehicle stock -------------------------------------------------------------------------------
C = "StockService"
# Values read from a stock list (CSV).
tr(C, "“%1” is not a price.", "„%1“ ist kein Preis.", "«%1» — не цена.", "«%1» — не ціна.",
   "“%1”不是有效的价格。")
tr(C, "A price cannot be negative (%1).", "Ein Preis darf nicht negativ sein (%1).",
   "Цена не может быть отрицательной (%1).", "Ціна не може бути від'ємною (%1).",
   "价格不能为负数（%1）。")
tr(C, "“%1” is not a date (write 2026-12-01 or 01.12.2026).",
   "„%1“ ist kein Datum (schreiben Sie 2026-12-01 oder 01.12.2026).",
   "«%1» — не дата (пишите 2026-12-01 или 01.12.2026).",
   "«%1» — не дата (пишіть 2026-12-01 або 01.12.2026).",
   "“%1”不是有效的日期（请写作 2026-12-01 或 01.12.2026）。")
tr(C, "The condition “%1” is unknown (new, used or demo).",
   "Der Zustand „%1“ ist unbekannt (neu, gebraucht oder Vorführwagen).",
   "Состояние «%1» неизвестно (new, used или demo).",
   "Стан «%1» невідомий (new, used або demo).",
   "车况“%1”无法识别（应为 new、used 或 demo）。")
tr(C, "The status “%1” is set by a deal, not by a stock list.",
   "Der Status „%1“ wird durch ein Geschäft gesetzt, nicht durch eine Bestandsliste.",
   "Статус «%1» задаётся сделкой, а не складским списком.",
   "Статус «%1» задається угодою, а не складським списком.",
   "状态“%1”由交易决定，不能通过库存清单设置。")
tr(C, "The status “%1” is unknown (in stock or in transit).",
   "Der Status „%1“ ist unbekannt (Lager oder unterwegs).",
   "Статус «%1» неизвестен (in stock или in transit).",
   "Статус «%1» невідомий (in stock або in transit).",
   "状态“%1”无法识别（应为 in stock 或 in transit）。")
tr(C, "“%1” is neither yes nor no.", "„%1“ ist weder ja noch nein.", "«%1» — ни yes, ни no.",
   "«%1» — ні yes, ні no.", "“%1”既不是 yes 也不是 no。")
tr(C, "%1: %2", "%1: %2", "%1: %2", "%1: %2", "%1：%2")  # column: why
tr(C, "Year: “%1” is not a model year.", "Modelljahr: „%1“ ist kein Modelljahr.",
   "Год: «%1» — не модельный год.", "Рік: «%1» — не модельний рік.",
   "年款：“%1”不是有效的年款。")
# Column names in "%1: %2".
tr(C, "Condition", "Zustand", "Состояние", "Стан", "车况")
tr(C, "Expected", "Erwartet", "Ожидается", "Очікується", "预计到达")
tr(C, "Status", "Status", "Статус", "Статус", "状态")
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
tr(C, "Test drive", "Probefahrt", "Тест-драйв", "Тест-драйв", "试驾")
# %1 a vehicle label such as "VW Golf 1.5 TSI", %2 its VIN.
tr(C, "The vehicle %1 (%2)", "Das Fahrzeug %1 (%2)", "Автомобиль %1 (%2)", "Автомобіль %1 (%2)",
   "车辆 %1（%2）")
tr(C, "Enter the make of the car (for example VW).",
   "Geben Sie die Marke des Fahrzeugs ein (zum Beispiel VW).",
   "Укажите марку автомобиля (например, VW).", "Вкажіть марку автомобіля (наприклад, VW).",
   "请输入车辆品牌（例如 VW）。")
tr(C, "Enter the model of the car (for example Golf).",
   "Geben Sie das Modell des Fahrzeugs ein (zum Beispiel Golf).",
   "Укажите модель автомобиля (например, Golf).", "Вкажіть модель автомобіля (наприклад, Golf).",
   "请输入车型（例如 Golf）。")
tr(C, "%1 is not a plausible model year.", "%1 ist kein plausibles Modelljahr.",
   "%1 — неправдоподобный модельный год.", "%1 — неправдоподібний модельний рік.",
   "%1 不是合理的年款。")
tr(C, "A price cannot be negative.", "Ein Preis darf nicht negativ sein.",
   "Цена не может быть отрицательной.", "Ціна не може бути від'ємною.", "价格不能为负数。")
tr(C, "A car in transit needs the date it is expected to arrive.",
   "Ein Fahrzeug, das unterwegs ist, braucht das erwartete Ankunftsdatum.",
   "Для автомобиля в пути нужна ожидаемая дата прибытия.",
   "Для автомобіля в дорозі потрібна очікувана дата прибуття.",
   "在途车辆需要填写预计到达日期。")
tr(C, "%1 belongs to a deal (reserved, sold or delivered); its status follows the deal.",
   "%1 gehört zu einem Geschäft (reserviert, verkauft oder ausgeliefert); sein Status folgt dem "
   "Geschäft.",
   "%1 относится к сделке (зарезервирован, продан или выдан); его статус определяется сделкой.",
   "%1 належить до угоди (зарезервовано, продано або видано); його статус визначає угода.",
   "%1 已关联交易（已预留、已售或已交车）；其状态随交易变化。")
tr(C, "A car is reserved, sold and delivered through its deal, not in the stock list.",
   "Ein Fahrzeug wird über sein Geschäft reserviert, verkauft und ausgeliefert, nicht in der "
   "Bestandsliste.",
   "Автомобиль резервируется, продаётся и выдаётся через сделку, а не в складском списке.",
   "Автомобіль резервується, продається й видається через угоду, а не в складському списку.",
   "车辆的预留、销售和交车通过交易完成，不能在库存清单中设置。")
tr(C, "A new car is in stock or in transit; deals reserve and sell it.",
   "Ein neu erfasstes Fahrzeug ist auf Lager oder unterwegs; reserviert und verkauft wird es über "
   "Geschäfte.",
   "Новый автомобиль на складе может быть только в наличии или в пути; резервируют и продают его "
   "сделки.",
   "Новий автомобіль на складі може бути лише в наявності або в дорозі; резервують і продають "
   "його угоди.",
   "新添加的车辆只能是在库或在途状态；预留和销售通过交易完成。")
tr(C, "The VIN %1 is already in the stock list: %2.",
   "Die FIN %1 ist bereits in der Bestandsliste: %2.",
   "VIN %1 уже есть в складском списке: %2.", "VIN %1 уже є в складському списку: %2.",
   "车架号 %1 已在库存清单中：%2。")
tr(C, "The file has no VIN column: its header line needs a column “VIN” (or “FIN”). Found: %1.",
   "Die Datei hat keine FIN-Spalte: Ihre Kopfzeile braucht eine Spalte „VIN“ (oder „FIN“). "
   "Gefunden: %1.",
   "В файле нет столбца VIN: в строке заголовков нужен столбец «VIN» (или «FIN»). Найдено: %1.",
   "У файлі немає стовпця VIN: у рядку заголовків потрібен стовпець «VIN» (або «FIN»). "
   "Знайдено: %1.",
   "文件中没有车架号列：标题行需要包含“VIN”（或“FIN”）列。找到的列：%1。")
tr(C, "The VIN %1 already appeared on line %2.", "Die FIN %1 kam bereits in Zeile %2 vor.",
   "VIN %1 уже встречался в строке %2.", "VIN %1 уже траплявся в рядку %2.",
   "车架号 %1 已在第 %2 行出现过。")

C = "Vin"
tr(C, "A VIN never contains the letter I (position %1): it would be read as 1. Type the digit 1 "
      "instead.",
   "Eine FIN enthält nie den Buchstaben I (Stelle %1): Er würde als 1 gelesen. Geben Sie "
   "stattdessen die Ziffer 1 ein.",
   "VIN никогда не содержит букву I (позиция %1): её можно принять за 1. Введите вместо неё "
   "цифру 1.",
   "VIN ніколи не містить літеру I (позиція %1): її можна сплутати з 1. Введіть замість неї "
   "цифру 1.",
   "车架号中不会出现字母 I（第 %1 位）：它容易被误读为 1。请改为输入数字 1。")
tr(C, "A VIN never contains the letter O (position %1): it would be read as 0. Type the digit 0 "
      "instead.",
   "Eine FIN enthält nie den Buchstaben O (Stelle %1): Er würde als 0 gelesen. Geben Sie "
   "stattdessen die Ziffer 0 ein.",
   "VIN никогда не содержит букву O (позиция %1): её можно принять за 0. Введите вместо неё "
   "цифру 0.",
   "VIN ніколи не містить літеру O (позиція %1): її можна сплутати з 0. Введіть замість неї "
   "цифру 0.",
   "车架号中不会出现字母 O（第 %1 位）：它容易被误读为 0。请改为输入数字 0。")
tr(C, "A VIN never contains the letter Q (position %1): it would be read as 0. Type the digit 0 "
      "instead.",
   "Eine FIN enthält nie den Buchstaben Q (Stelle %1): Er würde als 0 gelesen. Geben Sie "
   "stattdessen die Ziffer 0 ein.",
   "VIN никогда не содержит букву Q (позиция %1): её можно принять за 0. Введите вместо неё "
   "цифру 0.",
   "VIN ніколи не містить літеру Q (позиція %1): її можна сплутати з 0. Введіть замість неї "
   "цифру 0.",
   "车架号中不会出现字母 Q（第 %1 位）：它容易被误读为 0。请改为输入数字 0。")
tr(C, "Enter the VIN (17 characters).", "Geben Sie die FIN ein (17 Zeichen).",
   "Введите VIN (17 символов).", "Введіть VIN (17 символів).", "请输入车架号（17 位）。")
trn(C, "A VIN has 17 characters; this one has %n.",
    ["A VIN has 17 characters; this one has %n.", "A VIN has 17 characters; this one has %n."],
    ["Eine FIN hat 17 Zeichen; diese hat %n.", "Eine FIN hat 17 Zeichen; diese hat %n."],
    ["VIN состоит из 17 символов, а этот — из %n символа.",
     "VIN состоит из 17 символов, а этот — из %n символов.",
     "VIN состоит из 17 символов, а этот — из %n символов."],
    ["VIN складається з 17 символів, а цей — з %n символу.",
     "VIN складається з 17 символів, а цей — з %n символів.",
     "VIN складається з 17 символів, а цей — з %n символів."],
    ["车架号应为 17 位；此号码为 %n 位。"])
tr(C, "A VIN holds only the letters A–Z and the digits 0–9; “%1” at position %2 is not allowed.",
   "Eine FIN besteht nur aus den Buchstaben A–Z und den Ziffern 0–9; „%1“ an Stelle %2 ist nicht "
   "zulässig.",
   "VIN состоит только из букв A–Z и цифр 0–9; символ «%1» в позиции %2 недопустим.",
   "VIN складається лише з літер A–Z і цифр 0–9; символ «%1» у позиції %2 неприпустимий.",
   "车架号只能包含字母 A–Z 和数字 0–9；第 %2 位的“%1”不允许使用。")
tr(C, "The check digit (position 9) should be %1 but is %2: a character of this VIN is probably "
      "mistyped.",
   "Die Prüfziffer (Stelle 9) müsste %1 sein, ist aber %2: Wahrscheinlich ist ein Zeichen dieser "
   "FIN falsch eingegeben.",
   "Контрольная цифра (позиция 9) должна быть %1, а указана %2: вероятно, в этом VIN опечатка.",
   "Контрольна цифра (позиція 9) має бути %1, а вказано %2: імовірно, у цьому VIN є помилка.",
   "校验位（第 9 位）应为 %1，实际为 %2：此车架号中可能有字符输错。")
tr(C, "This VIN carries no check digit (usual outside North America and China); length and "
      "characters were checked.",
   "Diese FIN hat keine Prüfziffer (außerhalb Nordamerikas und Chinas üblich); Länge und Zeichen "
   "wurden geprüft.",
   "В этом VIN нет контрольной цифры (обычное дело за пределами Северной Америки и Китая); "
   "проверены длина и символы.",
   "У цьому VIN немає контрольної цифри (звична річ за межами Північної Америки та Китаю); "
   "перевірено довжину й символи.",
   "此车架号不含校验位（在北美和中国以外很常见）；已检查长度和字符。")

C = "Csv"
tr(C, "The quoted field starting on line %1 is never closed: a \" is missing.",
   "Das Feld in Anführungszeichen ab Zeile %1 wird nie geschlossen: Ein \" fehlt.",
   "Поле в кавычках, начинающееся в строке %1, не закрыто: не хватает \".",
   "Поле в лапках, що починається в рядку %1, не закрито: бракує \".",
   "从第 %1 行开始的带引号字段没有结束：缺少一个 \"。")
tr(C, "The file is empty: there is no header line.", "Die Datei ist leer: Es gibt keine Kopfzeile.",
   "Файл пуст: нет строки заголовков.", "Файл порожній: немає рядка заголовків.",
   "文件为空：没有标题行。")

# --- Test drives ---------------------------------------------------------------------------------
C = "TestDriveService"
# %1 a vehicle label, %2 its VIN; the subject of the messages below.
tr(C, "The %1 (%2)", "Das Fahrzeug %1 (%2)", "Автомобиль %1 (%2)", "Автомобіль %1 (%2)",
   "%1（%2）")
# A booked slot: times, then the date; or two dates with times.
tr(C, "from %1 to %2 on %3", "von %1 bis %2 am %3", "%3 с %1 до %2", "%3 з %1 до %2",
   "%3 %1 至 %2")
tr(C, "from %1 to %2", "von %1 bis %2", "с %1 до %2", "з %1 до %2", "%1 至 %2")
tr(C, "A test drive needs a date, a start and an end.",
   "Eine Probefahrt braucht ein Datum, einen Beginn und ein Ende.",
   "Для тест-драйва нужны дата, время начала и время окончания.",
   "Для тест-драйву потрібні дата, час початку й час завершення.",
   "试驾需要日期、开始时间和结束时间。")
tr(C, "A test drive must end after it starts.", "Eine Probefahrt muss nach ihrem Beginn enden.",
   "Тест-драйв должен заканчиваться позже, чем начинается.",
   "Тест-драйв має закінчуватися пізніше, ніж починається.",
   "试驾结束时间必须晚于开始时间。")
tr(C, "A test drive lasts at most 4 hours; this one would take %1 h %2 min.",
   "Eine Probefahrt dauert höchstens 4 Stunden; diese würde %1 Std. %2 Min. dauern.",
   "Тест-драйв длится не более 4 часов; этот занял бы %1 ч %2 мин.",
   "Тест-драйв триває не більше 4 годин; цей тривав би %1 год %2 хв.",
   "试驾最长 4 小时；本次将持续 %1 小时 %2 分钟。")
tr(C, "%1 is not a test-drive car.", "%1 ist kein Vorführwagen.",
   "%1 не предназначен для тест-драйвов.", "%1 не призначений для тест-драйвів.",
   "%1 不是试驾车。")
tr(C, "%1 is sold and no longer available for test drives.",
   "%1 ist verkauft und steht nicht mehr für Probefahrten zur Verfügung.",
   "%1 продан и больше недоступен для тест-драйвов.",
   "%1 продано, тож він більше недоступний для тест-драйвів.",
   "%1 已售出，不再提供试驾。")
tr(C, "%1 is already booked for a test drive %2.",
   "%1 ist bereits für eine Probefahrt gebucht (%2).",
   "%1 уже забронирован для тест-драйва (%2).",
   "%1 уже заброньовано для тест-драйву (%2).",
   "%1 已有试驾预约（%2）。")
tr(C, "Test drive: %1", "Probefahrt: %1", "Тест-драйв: %1", "Тест-драйв: %1", "试驾：%1")
tr(C, "The test drive #%1 is already cancelled.", "Die Probefahrt #%1 ist bereits storniert.",
   "Тест-драйв №%1 уже отменён.", "Тест-драйв №%1 уже скасовано.", "试驾 #%1 已取消。")
# The result written into the test drive's task.
tr(C, "Cancelled", "Storniert", "Отменено", "Скасовано", "已取消")

# --- Printed deal documents ----------------------------------------------------------------------
C = "DealPrinter"
# Page footer.
tr(C, "Offer no. %1", "Angebot Nr. %1", "Коммерческое предложение № %1",
   "Комерційна пропозиція № %1", "报价单编号 %1")
tr(C, "%1, deal no. %2", "%1, Geschäft Nr. %2", "%1, сделка № %2", "%1, угода № %2",
   "%1，交易编号 %2")
tr(C, "Page %1 / %2", "Seite %1 / %2", "Страница %1 из %2", "Сторінка %1 з %2",
   "第 %1 页，共 %2 页")
tr(C, "Offer", "Angebot", "Коммерческое предложение", "Комерційна пропозиція", "报价单")
tr(C, "Contract summary", "Vertragsübersicht", "Сводка договора", "Зведення договору",
   "合同摘要")
tr(C, "Handover protocol", "Übergabeprotokoll", "Акт приёма-передачи", "Акт приймання-передачі",
   "交车确认单")
# The first part of the suggested file name ("Offer-12-Miller.pdf").
tr(C, ("Offer", "file name"), "Angebot", "Предложение", "Пропозиція", "报价单")
tr(C, ("Contract", "file name"), "Vertrag", "Договор", "Договір", "合同")
tr(C, ("Handover", "file name"), "Übergabe", "Выдача", "Видача", "交车确认单")
# Condition.
tr(C, "New", "Neu", "Новый", "Новий", "新车")
tr(C, "Used", "Gebraucht", "С пробегом", "З пробігом", "二手车")
tr(C, "Demonstration vehicle", "Vorführwagen", "Демонстрационный автомобиль",
   "Демонстраційний автомобіль", "展示车")
# Payment.
tr(C, "Cash payment", "Barzahlung", "Оплата наличными", "Оплата готівкою", "现金付款")
tr(C, "Financed by a loan", "Finanzierung über einen Kredit", "Оплата в кредит",
   "Оплата в кредит", "贷款购车")
tr(C, "Lease", "Leasing", "Лизинг", "Лізинг", "租赁")
# Signature lines: the customer's side and the dealership's.
tr(C, "Sales consultant", "Verkaufsberater", "Консультант по продажам", "Консультант з продажу",
   "销售顾问")
tr(C, "For the dealership", "Für das Autohaus", "От автосалона", "Від автосалону", "门店代表")
tr(C, "Phone", "Telefon", "Телефон", "Телефон", "电话")
tr(C, "Date", "Datum", "Дата", "Дата", "日期")
tr(C, "Valid until", "Gültig bis", "Действительно до", "Дійсна до", "有效期至")
tr(C, "Deal no.", "Geschäft Nr.", "Сделка №", "Угода №", "交易编号")
tr(C, "Handover date", "Übergabedatum", "Дата выдачи", "Дата видачі", "交车日期")
tr(C, "Contact:", "Ansprechpartner:", "Контактное лицо:", "Контактна особа:", "联系人：")
tr(C, "Email", "E-Mail", "Эл. почта", "Ел. пошта", "电子邮件")
tr(C, "VIN", "FIN", "VIN", "VIN", "车架号")
tr(C, "Factory order, delivery promised for %1", "Werksbestellung, Lieferung zugesagt für %1",
   "Заказ с завода, выдача обещана на %1", "Замовлення з заводу, видачу обіцяно на %1",
   "工厂订车，承诺交车日期 %1")
tr(C, "Factory order", "Werksbestellung", "Заказ с завода", "Замовлення з заводу", "工厂订车")
tr(C, "Model year", "Modelljahr", "Модельный год", "Модельний рік", "年款")
tr(C, "Condition", "Zustand", "Состояние", "Стан", "车况")
tr(C, "CUSTOMER", "KUNDE", "КЛИЕНТ", "КЛІЄНТ", "客户")
tr(C, "VEHICLE", "FAHRZEUG", "АВТОМОБИЛЬ", "АВТОМОБІЛЬ", "车辆")
tr(C, "Item", "Position", "Позиция", "Позиція", "项目")
tr(C, "Amount", "Betrag", "Сумма", "Сума", "金额")
tr(C, "List price", "Listenpreis", "Прайсовая цена", "Прайсова ціна", "指导价")
tr(C, "Discount", "Rabatt", "Скидка", "Знижка", "折扣")
tr(C, "Price after discount", "Preis nach Rabatt", "Цена со скидкой", "Ціна зі знижкою",
   "折后价")
tr(C, "Accessory:", "Zubehör:", "Аксессуар:", "Аксесуар:", "精品附件：")
tr(C, "Trade-in:", "Inzahlungnahme:", "Трейд-ин:", "Трейд-ін:", "置换：")
tr(C, "Total", "Gesamt", "Итого", "Разом", "合计")
tr(C, "Deposit", "Anzahlung", "Предоплата", "Передоплата", "定金")
tr(C, "Balance due", "Restbetrag", "К оплате", "До сплати", "尾款")
tr(C, "Payment:", "Zahlung:", "Оплата:", "Оплата:", "付款方式：")
tr(C, "This offer is valid until %1.", "Dieses Angebot ist gültig bis %1.",
   "Предложение действительно до %1.", "Пропозиція дійсна до %1.", "本报价有效期至 %1。")
tr(C, "Your sales consultant: %1", "Ihr Verkaufsberater: %1", "Ваш консультант по продажам: %1",
   "Ваш консультант з продажу: %1", "您的销售顾问：%1")
# The handover protocol's table and signatures.
tr(C, "Handover step", "Übergabeschritt", "Шаг выдачи", "Крок видачі", "交车步骤")
tr(C, "Done by", "Erledigt von", "Выполнил(а)", "Виконав(-ла)", "经办人")
tr(C, "When", "Wann", "Когда", "Коли", "时间")
tr(C, "REMARKS", "BEMERKUNGEN", "ПРИМЕЧАНИЯ", "ПРИМІТКИ", "备注")
tr(C, "Place, date", "Ort, Datum", "Место, дата", "Місце, дата", "地点、日期")
tr(C, "Customer", "Kunde", "Клиент", "Клієнт", "客户")

# Writing any printed document (deal documents, weekly report) as PDF.
C = "PdfFile"
tr(C, "Cannot write %1: %2", "%1 kann nicht geschrieben werden: %2", "Не удалось записать %1: %2",
   "Не вдалося записати %1: %2", "无法写入 %1：%2")

# The print preview and "save as PDF" of every printed document.
C = "PrintPreview"
# %1 is a document: Offer, Contract summary, Handover protocol, Weekly report or Report.
tr(C, "Print %1", "%1 drucken", "Печать: %1", "Друк: %1", "打印%1")
tr(C, "Save %1 as PDF", "%1 als PDF speichern", "Сохранить в PDF: %1", "Зберегти в PDF: %1",
   "将%1保存为 PDF")
tr(C, "PDF documents (*.pdf);;All files (*)", "PDF-Dokumente (*.pdf);;Alle Dateien (*)",
   "Документы PDF (*.pdf);;Все файлы (*)", "Документи PDF (*.pdf);;Усі файли (*)",
   "PDF 文档 (*.pdf);;所有文件 (*)")
tr(C, "Saving the PDF failed", "Das PDF konnte nicht gespeichert werden",
   "Не удалось сохранить PDF", "Не вдалося зберегти PDF", "PDF 保存失败")

# --- Reminders -----------------------------------------------------------------------------------
C = "NotificationService"
tr(C, "Deal #%1", "Geschäft #%1", "Сделка №%1", "Угода №%1", "交易 #%1")
tr(C, "Deal #%1 (%2)", "Geschäft #%1 (%2)", "Сделка №%1 (%2)", "Угода №%1 (%2)",
   "交易 #%1（%2）")
# Titles; %1 is a deal, %2 a date or a checklist step.
tr(C, "%1: delivery due on %2", "%1: Auslieferung am %2 fällig", "%1: выдача назначена на %2",
   "%1: видачу призначено на %2", "%1：应于 %2 交车")
tr(C, "%1: the promised delivery date passed", "%1: Der zugesagte Liefertermin ist verstrichen",
   "%1: обещанная дата выдачи прошла", "%1: обіцяна дата видачі минула",
   "%1：承诺交车日期已过")
tr(C, "%1: “%2” is due", "%1: „%2“ ist fällig", "%1: подошёл срок пункта «%2»",
   "%1: настав термін пункту «%2»", "%1：“%2”已到期")
tr(C, "%1: “%2” is overdue", "%1: „%2“ ist überfällig", "%1: пункт «%2» просрочен",
   "%1: пункт «%2» прострочено", "%1：“%2”已逾期")
# Why they fired; %1 is the car, %2 a date.
trn(C, "The car (%1) was promised for %2. Reminders start %n day(s) before.",
    ["The car (%1) was promised for %2. Reminders start %n day before.",
     "The car (%1) was promised for %2. Reminders start %n days before."],
    ["Das Fahrzeug (%1) ist für den %2 zugesagt. Die Erinnerungen beginnen %n Tag vorher.",
     "Das Fahrzeug (%1) ist für den %2 zugesagt. Die Erinnerungen beginnen %n Tage vorher."],
    ["Автомобиль (%1) обещали выдать %2. Напоминания начинаются за %n день.",
     "Автомобиль (%1) обещали выдать %2. Напоминания начинаются за %n дня.",
     "Автомобиль (%1) обещали выдать %2. Напоминания начинаются за %n дней."],
    ["Автомобіль (%1) обіцяли видати %2. Нагадування починаються за %n день.",
     "Автомобіль (%1) обіцяли видати %2. Нагадування починаються за %n дні.",
     "Автомобіль (%1) обіцяли видати %2. Нагадування починаються за %n днів."],
    ["车辆（%1）承诺于 %2 交车。提前 %n 天开始提醒。"])
tr(C, "The car (%1) was promised for %2 and is not handed over yet. Agree a new date with the "
      "customer.",
   "Das Fahrzeug (%1) war für den %2 zugesagt und ist noch nicht übergeben. Vereinbaren Sie mit "
   "dem Kunden einen neuen Termin.",
   "Автомобиль (%1) обещали выдать %2, но он ещё не выдан. Согласуйте с клиентом новую дату.",
   "Автомобіль (%1) обіцяли видати %2, але його ще не видано. Узгодьте з клієнтом нову дату.",
   "车辆（%1）承诺于 %2 交车，但尚未交付。请与客户约定新的日期。")
tr(C, "The step “%1” of the deal's checklist is due on %2.",
   "Der Schritt „%1“ der Checkliste des Geschäfts ist am %2 fällig.",
   "Срок пункта «%1» чек-листа сделки — %2.",
   "Термін пункту «%1» чек-листа угоди — %2.",
   "交易清单中的步骤“%1”将于 %2 到期。")
tr(C, "The step “%1” of the deal's checklist was due on %2 and is still open.",
   "Der Schritt „%1“ der Checkliste des Geschäfts war am %2 fällig und ist noch offen.",
   "Срок пункта «%1» чек-листа сделки истёк %2, но пункт всё ещё не выполнен.",
   "Термін пункту «%1» чек-листа угоди минув %2, але пункт досі не виконано.",
   "交易清单中的步骤“%1”已于 %2 到期，仍未完成。")

# --- Shared contexts -----------------------------------------------------------------------------
C = "Storage"
tr(C, "There is no checklist item #%1.", "Es gibt keinen Checklistenpunkt #%1.",
   "Пункта чек-листа №%1 нет.", "Пункту чек-листа №%1 немає.", "不存在清单项 #%1。")
tr(C, "There is no document #%1.", "Es gibt kein Dokument #%1.", "Документа №%1 нет.",
   "Документа №%1 немає.", "不存在文件 #%1。")
tr(C, "There is no checklist template item #%1.",
   "Es gibt keinen Vorlagenpunkt #%1 für Checklisten.",
   "Пункта шаблона чек-листа №%1 нет.", "Пункту шаблону чек-листа №%1 немає.",
   "不存在清单模板项 #%1。")
tr(C, "There is no deal #%1.", "Es gibt kein Geschäft #%1.", "Сделки №%1 нет.",
   "Угоди №%1 немає.", "不存在交易 #%1。")
tr(C, "There is no test-drive booking #%1.", "Es gibt keine Probefahrtbuchung #%1.",
   "Записи на тест-драйв №%1 нет.", "Запису на тест-драйв №%1 немає.", "不存在试驾预约 #%1。")
tr(C, "There is no vehicle #%1.", "Es gibt kein Fahrzeug #%1.", "Автомобиля №%1 нет.",
   "Автомобіля №%1 немає.", "不存在车辆 #%1。")
tr(C, "No vehicle with the VIN %1 is in the stock list.",
   "In der Bestandsliste gibt es kein Fahrzeug mit der FIN %1.",
   "В складском списке нет автомобиля с VIN %1.", "У складському списку немає автомобіля з VIN %1.",
   "库存清单中没有车架号为 %1 的车辆。")

C = "SettingsService"
tr(C, "The logo must be a PNG or JPEG image.", "Das Logo muss ein PNG- oder JPEG-Bild sein.",
   "Логотип должен быть изображением PNG или JPEG.", "Логотип має бути зображенням PNG або JPEG.",
   "徽标必须是 PNG 或 JPEG 图片。")
tr(C, "The logo is larger than 512 KB; use a smaller image.",
   "Das Logo ist größer als 512 KB; verwenden Sie ein kleineres Bild.",
   "Логотип больше 512 КБ; используйте изображение меньшего размера.",
   "Логотип більший за 512 КБ; використайте менше зображення.",
   "徽标超过 512 KB；请使用较小的图片。")
# %1 is the setting's key.
tr(C, "“%1” needs a whole number from %2 to %3.",
   "„%1“ erfordert eine ganze Zahl von %2 bis %3.",
   "Для «%1» нужно целое число от %2 до %3.", "Для «%1» потрібне ціле число від %2 до %3.",
   "“%1”需要 %2 到 %3 之间的整数。")
tr(C, "“%1” is not a time of day; write it as 18:30.",
   "„%1“ ist keine Uhrzeit; schreiben Sie sie als 18:30.",
   "«%1» — не время суток; укажите его в виде 18:30.",
   "«%1» — не час доби; вкажіть його у вигляді 18:30.",
   "“%1”不是有效的时间；请按 18:30 的格式填写。")

C = "Permissions"
# After "%1 is not allowed to %2."
tr(C, "manage the vehicle stock", "den Fahrzeugbestand verwalten", "управлять складом автомобилей",
   "керувати складом автомобілів", "管理库存车辆")
tr(C, "book test drives", "Probefahrten buchen", "записывать на тест-драйвы",
   "записувати на тест-драйви", "预约试驾")

C = "CustomerMergeService"
tr(C, "1 test drive booking", "1 Probefahrtbuchung", "1 запись на тест-драйв",
   "1 запис на тест-драйв", "1 条试驾预约")
trn(C, "%n test drive bookings",
    ["%n test drive booking", "%n test drive bookings"],
    ["%n Probefahrtbuchung", "%n Probefahrtbuchungen"],
    ["%n запись на тест-драйв", "%n записи на тест-драйв", "%n записей на тест-драйв"],
    ["%n запис на тест-драйв", "%n записи на тест-драйв", "%n записів на тест-драйв"],
    ["%n 条试驾预约"])

# --- Command line --------------------------------------------------------------------------------
C = "DealCommands"
# %1 id, %2 customer, %3 vehicle, %4 payment key (cash, credit, lease), %5 status key.
tr(C, "Deal %1: %2, %3, %4 (%5)", "Geschäft %1: %2, %3, %4 (%5)", "Сделка %1: %2, %3, %4 (%5)",
   "Угода %1: %2, %3, %4 (%5)", "交易 %1：%2，%3，%4（%5）")
tr(C, "deal create needs --lead LEAD_ID and --vin VIN (or --factory-order TEXT)",
   "deal create erfordert --lead LEAD_ID und --vin VIN (oder --factory-order TEXT)",
   "для deal create нужны --lead LEAD_ID и --vin VIN (или --factory-order TEXT)",
   "для deal create потрібні --lead LEAD_ID і --vin VIN (або --factory-order TEXT)",
   "deal create 需要 --lead LEAD_ID 和 --vin VIN（或 --factory-order TEXT）")
tr(C, "--price, --discount and --deposit are amounts like 28500.00",
   "--price, --discount und --deposit sind Beträge wie 28500.00",
   "--price, --discount и --deposit — суммы, например 28500.00",
   "--price, --discount і --deposit — суми, наприклад 28500.00",
   "--price、--discount 和 --deposit 应为金额，例如 28500.00")
tr(C, "--payment is cash, credit or lease", "--payment ist cash, credit oder lease",
   "--payment — cash, credit или lease", "--payment — cash, credit або lease",
   "--payment 应为 cash、credit 或 lease")
tr(C, "--buyer is private or company", "--buyer ist private oder company",
   "--buyer — private или company", "--buyer — private або company",
   "--buyer 应为 private 或 company")
tr(C, "--delivery is a date like 2026-12-14", "--delivery ist ein Datum wie 2026-12-14",
   "--delivery — дата, например 2026-12-14", "--delivery — дата, наприклад 2026-12-14",
   "--delivery 应为日期，例如 2026-12-14")
tr(C, "deal show needs DEAL_ID", "deal show erfordert DEAL_ID", "для deal show нужен DEAL_ID",
   "для deal show потрібен DEAL_ID", "deal show 需要 DEAL_ID")
tr(C, "  blocks sending to the bank: %1", "  verhindert das Senden an die Bank: %1",
   "  мешает отправке в банк: %1", "  заважає надсиланню до банку: %1", "  阻碍提交银行：%1")
tr(C, "this command needs DEAL_ID", "dieser Befehl erfordert DEAL_ID",
   "для этой команды нужен DEAL_ID", "для цієї команди потрібен DEAL_ID", "此命令需要 DEAL_ID")
tr(C, "checklist tick|not-sold needs DEAL_ID ITEM_ID",
   "checklist tick|not-sold erfordert DEAL_ID ITEM_ID",
   "для checklist tick|not-sold нужны DEAL_ID ITEM_ID",
   "для checklist tick|not-sold потрібні DEAL_ID ITEM_ID",
   "checklist tick|not-sold 需要 DEAL_ID ITEM_ID")
tr(C, "checklist not-sold needs --reason KEY (too_expensive, already_has, not_needed, later, "
      "bought_elsewhere)",
   "checklist not-sold erfordert --reason KEY (too_expensive, already_has, not_needed, later, "
   "bought_elsewhere)",
   "для checklist not-sold нужен --reason KEY (too_expensive, already_has, not_needed, later, "
   "bought_elsewhere)",
   "для checklist not-sold потрібен --reason KEY (too_expensive, already_has, not_needed, later, "
   "bought_elsewhere)",
   "checklist not-sold 需要 --reason KEY（too_expensive、already_has、not_needed、later、"
   "bought_elsewhere）")
tr(C, "Cannot read %1: %2", "%1 kann nicht gelesen werden: %2", "Не удалось прочитать %1: %2",
   "Не вдалося прочитати %1: %2", "无法读取 %1：%2")
tr(C, "Item %1 does not belong to deal %2.", "Punkt %1 gehört nicht zu Geschäft %2.",
   "Пункт %1 не относится к сделке %2.", "Пункт %1 не належить до угоди %2.",
   "清单项 %1 不属于交易 %2。")
tr(C, "%1: %2", "%1: %2", "%1: %2", "%1: %2", "%1：%2")  # item: status key
tr(C, "deal needs create, show, send-to-bank, bank-approved, deliver or print",
   "deal erfordert create, show, send-to-bank, bank-approved, deliver oder print",
   "для deal нужна команда create, show, send-to-bank, bank-approved, deliver или print",
   "для deal потрібна команда create, show, send-to-bank, bank-approved, deliver або print",
   "deal 需要子命令 create、show、send-to-bank、bank-approved、deliver 或 print")
tr(C, "checklist needs tick or not-sold", "checklist erfordert tick oder not-sold",
   "для checklist нужна команда tick или not-sold",
   "для checklist потрібна команда tick або not-sold",
   "checklist 需要子命令 tick 或 not-sold")
tr(C, "the loan application has not been sent to the bank",
   "der Kreditantrag wurde noch nicht an die Bank gesendet",
   "заявка на кредит не отправлена в банк", "заявку на кредит не надіслано до банку",
   "贷款申请尚未提交银行")
tr(C, "%1: not done, document not attached", "%1: nicht erledigt, Dokument nicht angehängt",
   "%1: не выполнено, документ не прикреплён", "%1: не виконано, документ не прикріплено",
   "%1：未完成，未附文件")
tr(C, "%1: document not attached", "%1: Dokument nicht angehängt", "%1: документ не прикреплён",
   "%1: документ не прикріплено", "%1：未附文件")
tr(C, "%1: not done", "%1: nicht erledigt", "%1: не выполнено", "%1: не виконано", "%1：未完成")
tr(C, "deal print needs DEAL_ID, one of --offer, --contract, --handover and --pdf FILE",
   "deal print erfordert DEAL_ID, eines von --offer, --contract, --handover und --pdf FILE",
   "для deal print нужны DEAL_ID, одно из --offer, --contract, --handover и --pdf FILE",
   "для deal print потрібні DEAL_ID, одне з --offer, --contract, --handover і --pdf FILE",
   "deal print 需要 DEAL_ID、--offer/--contract/--handover 三者之一以及 --pdf FILE")
# %1 the document (Offer, Contract summary, Handover protocol), %3 the PDF file.
tr(C, "%1 for deal %2 written to %3", "%1 für Geschäft %2 nach %3 geschrieben",
   "Документ «%1» по сделке %2 записан в %3", "Документ «%1» для угоди %2 записано в %3",
   "交易 %2 的%1已写入 %3")
tr(C, "This showroom-cli was built without printing (core-only build).",
   "Dieses showroom-cli wurde ohne Druckfunktion gebaut (nur Kern).",
   "Эта сборка showroom-cli не поддерживает печать (только ядро).",
   "Ця збірка showroom-cli не підтримує друк (лише ядро).",
   "此 showroom-cli 构建时未包含打印功能（仅核心版本）。")

C = "StockCommands"
tr(C, "  [test drive]", "  [Vorführwagen]", "  [для тест-драйва]", "  [для тест-драйву]",
   "  [试驾车]")  # after a vehicle in the list: a test-drive car
tr(C, "vehicle add needs --vin VIN --make MAKE --model MODEL",
   "vehicle add erfordert --vin VIN --make MAKE --model MODEL",
   "для vehicle add нужны --vin VIN --make MAKE --model MODEL",
   "для vehicle add потрібні --vin VIN --make MAKE --model MODEL",
   "vehicle add 需要 --vin VIN --make MAKE --model MODEL")
tr(C, "--year needs a year like 2026, not “%1”",
   "--year erfordert eine Jahreszahl wie 2026, nicht „%1“",
   "для --year нужен год, например 2026, а не «%1»",
   "для --year потрібен рік, наприклад 2026, а не «%1»",
   "--year 需要年份，例如 2026，而不是“%1”")
tr(C, "--condition is one of new, used, demo, not “%1”",
   "--condition ist eines von new, used, demo, nicht „%1“",
   "--condition — одно из: new, used, demo, а не «%1»",
   "--condition — одне з: new, used, demo, а не «%1»",
   "--condition 应为 new、used、demo 之一，而不是“%1”")
tr(C, "--in-transit needs the expected date like 2026-12-15, not “%1”",
   "--in-transit erfordert das erwartete Datum wie 2026-12-15, nicht „%1“",
   "для --in-transit нужна ожидаемая дата, например 2026-12-15, а не «%1»",
   "для --in-transit потрібна очікувана дата, наприклад 2026-12-15, а не «%1»",
   "--in-transit 需要预计到达日期，例如 2026-12-15，而不是“%1”")
tr(C, "vehicle import needs FILE.csv", "vehicle import erfordert FILE.csv",
   "для vehicle import нужен FILE.csv", "для vehicle import потрібен FILE.csv",
   "vehicle import 需要 FILE.csv")
tr(C, "cannot read %1: %2", "%1 kann nicht gelesen werden: %2", "не удалось прочитать %1: %2",
   "не вдалося прочитати %1: %2", "无法读取 %1：%2")
# %2 a VIN, %3 why.
tr(C, "line %1: %2 rejected: %3", "Zeile %1: %2 abgelehnt: %3", "строка %1: %2 — отклонено: %3",
   "рядок %1: %2 — відхилено: %3", "第 %1 行：%2 被拒绝：%3")
# %1 is empty or "Dry run, nothing written: ".
tr(C, "%1%2 added, %3 updated, %4 unchanged, %5 rejected",
   "%1%2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 abgelehnt",
   "%1добавлено: %2, обновлено: %3, без изменений: %4, отклонено: %5",
   "%1додано: %2, оновлено: %3, без змін: %4, відхилено: %5",
   "%1新增 %2，更新 %3，未变 %4，拒绝 %5")
tr(C, "Dry run, nothing written: ", "Probelauf, nichts geschrieben: ",
   "Пробный запуск, ничего не записано: ", "Пробний запуск, нічого не записано: ",
   "试运行，未写入任何内容：")
tr(C, "testdrive book needs LEAD_ID --vin VIN --at DATE_TIME",
   "testdrive book erfordert LEAD_ID --vin VIN --at DATE_TIME",
   "для testdrive book нужны LEAD_ID --vin VIN --at DATE_TIME",
   "для testdrive book потрібні LEAD_ID --vin VIN --at DATE_TIME",
   "testdrive book 需要 LEAD_ID --vin VIN --at DATE_TIME")
tr(C, "--at needs an ISO 8601 date and time like 2026-11-24T14:00, not “%1”",
   "--at erfordert Datum und Uhrzeit nach ISO 8601 wie 2026-11-24T14:00, nicht „%1“",
   "для --at нужны дата и время в формате ISO 8601, например 2026-11-24T14:00, а не «%1»",
   "для --at потрібні дата й час у форматі ISO 8601, наприклад 2026-11-24T14:00, а не «%1»",
   "--at 需要 ISO 8601 格式的日期和时间，例如 2026-11-24T14:00，而不是“%1”")
tr(C, "--minutes needs a positive number, not “%1”",
   "--minutes erfordert eine positive Zahl, nicht „%1“",
   "для --minutes нужно положительное число, а не «%1»",
   "для --minutes потрібне додатне число, а не «%1»",
   "--minutes 需要正数，而不是“%1”")
tr(C, "testdrive cancel needs BOOKING_ID", "testdrive cancel erfordert BOOKING_ID",
   "для testdrive cancel нужен BOOKING_ID", "для testdrive cancel потрібен BOOKING_ID",
   "testdrive cancel 需要 BOOKING_ID")
tr(C, "Test drive %1 cancelled", "Probefahrt %1 storniert", "Тест-драйв %1 отменён",
   "Тест-драйв %1 скасовано", "试驾 %1 已取消")
tr(C, "vehicle needs add, list or import", "vehicle erfordert add, list oder import",
   "для vehicle нужна команда add, list или import",
   "для vehicle потрібна команда add, list або import",
   "vehicle 需要子命令 add、list 或 import")
tr(C, "testdrive needs book or cancel", "testdrive erfordert book oder cancel",
   "для testdrive нужна команда book или cancel",
   "для testdrive потрібна команда book або cancel",
   "testdrive 需要子命令 book 或 cancel")


table.run(checks=ts_fill.ALL_CHECKS + ("spaces",), comments=True, verify=True)
