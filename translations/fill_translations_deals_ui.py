#!/usr/bin/env python3
"""Fills the deal, stock, delivery and checklist messages into the Showroom CRM catalogues.

Run after `ninja update_translations` (lupdate) has added new source texts; another script may
fill other contexts of the same files at the same time, so run it under the lock:
    flock /tmp/ts.lock python3 translations/fill_translations_deals_ui.py
Covers showroom::AccessoryChoiceModel, ChecklistItemDialog, ChecklistItemModel, ChecklistModel,
ChecklistPanel, ChecklistTemplateListModel, ChecklistsSection, DealDialog, DealFormDialog,
DealHeader, DealTermsForm, DealsForm, DeliveriesPage, DeliveryListModel, LogoPicker,
NotSoldDialog, StockImportDialog, StockImportModel, StockListModel, StockPage, TestDriveDialog,
VehicleDialog, VehicleListModel and VehiclePicker, and the deal, stock and logo messages that
came to showroom::BoardActions, CardActions, HoursForm, MainWindow and SettingsPage (only the
messages listed here; the other messages of those contexts belong to the other fill scripts).
Messages found here get their translation and lose type="unfinished"; the rest stay as they
are. Numerus messages get one form per plural form of the language (de/en 2, ru/uk 3,
zh_CN 1); showroom_en.ts only receives the numerus forms.

The writer is ts_fill.py's: it edits only the <translation> elements it fills and keeps lupdate's
layout and escaping, so the .ts files show no unrelated changes. After writing it checks its
contexts: no unfinished message left (de, ru, uk, zh_CN) and the same %1…%9 and %n placeholders in
every translation as in the source.

Terms shared with the other fill scripts: customer Kunde/клиент/клієнт/客户, consultant
Berater/консультант/консультант/顾问 (销售顾问 as a column or field), manager
Verkaufsleiter/руководитель/керівник/经理, lead Lead/лид/лід/线索, Won (the stage)
Gewonnen/Выигран/Виграно/成交, follow-up Wiedervorlage/повторный контакт/повторний контакт/跟进,
customer card Kundenkarte/карточка клиента/картка клієнта/客户档案, dealership
Autohaus/автосалон/автосалон/门店, settings Einstellungen/Настройки/Налаштування/设置.
Here: deal Geschäft/сделка/угода/交易 ("Deal #5": Geschäft #5/Сделка №5/Угода №5/交易 #5);
vehicle stock Fahrzeugbestand/склад автомобилей/склад автомобілів/库存车辆 (the page "Stock":
Bestand/Склад/Склад/库存; a stock list (CSV) Bestandsliste/список автомобилей/список
автомобілів/库存清单); VIN FIN/VIN/VIN/车架号; check digit Prüfziffer/контрольная цифра/
контрольна цифра/校验位; stock number Lagernummer/складской номер/складський номер/库存编号;
make Marke/марка/марка/品牌, model Modell/модель/модель/车型, trim Ausstattung/комплектация/
комплектація/配置, colour Farbe/цвет/колір/颜色, model year Baujahr/год/рік/年款 (a trade-in's
年份), condition Zustand/состояние/стан/车况; in transit unterwegs/в пути/в дорозі/在途, reserved
reserviert/зарезервирован/зарезервовано/已预留, sold verkauft/продан/продано/已售, delivered
ausgeliefert/выдан/видано/已交车 (a delivery row's status: Ausgeliefert/Выдано/Видано/已交车);
available (not reserved or sold) verfügbar/свободный/вільний/可售; test drive
Probefahrt/тест-драйв/тест-драйв/试驾, test-drive car Vorführwagen/автомобиль для
тест-драйва/автомобіль для тест-драйву/试驾车; factory order Werksbestellung/заказ с завода/
замовлення з заводу/工厂订车; promised delivery date zugesagter Liefertermin/обещанная дата
выдачи/обіцяна дата видачі/承诺交车日期; trade-in Inzahlungnahme/трейд-ин/трейд-ін/置换;
mileage Kilometerstand/пробег/пробіг/里程; deposit Anzahlung/предоплата/передоплата/定金; list
price Listenpreis/прайсовая цена/прайсова ціна/指导价; discount Rabatt/скидка/знижка/折扣; total
Gesamt/итого/разом/合计; balance Restbetrag/остаток к оплате/залишок до сплати/尾款; payment
Zahlung/оплата/оплата/付款方式; buyer Käufer/покупатель/покупець/买家, private buyer
Privatkunde/частный покупатель/приватний покупець/个人买家, company buyer Firmenkunde/
компания-покупатель/компанія-покупець/企业买家; loan documents Kreditunterlagen/документы для
кредита/документи для кредиту/贷款材料, loan application Kreditantrag/заявка на кредит/заявка на
кредит/贷款申请, "Send to bank" An die Bank senden/Отправить в банк/Надіслати до банку/提交银行;
accessories Zubehör/аксессуары/аксесуари/精品附件, sales argument Verkaufsargument/аргумент
продажи/аргумент продажу/销售话术, sold / not sold verkauft/nicht verkauft, продан/не продан,
продано/не продано, 已售/未售; checklist Checkliste/чек-лист/чек-лист/清单, checklist item
Punkt/пункт/пункт/项目, required Pflicht/обязательный/обов'язковий/必需; delivery steps
Auslieferungsschritte/этапы выдачи/етапи видачі/交车步骤 (one step: Schritt/шаг/крок/步骤);
handover Übergabe/выдача автомобиля/видача автомобіля/交车; handover protocol
Übergabeprotokoll/акт приёма-передачи/акт приймання-передачі/交车确认单; offer
Angebot/коммерческое предложение/комерційна пропозиція/报价单 (short on buttons:
Предложение/Пропозиція); contract summary Vertragsübersicht/сводка договора/зведення договору/
合同摘要; "Mark delivered" Als ausgeliefert markieren/Отметить как выданный/Позначити як
виданий/标记为已交车; document Dokument/документ/документ/文件, attach anhängen/прикрепить/
прикріпити/附加; Deliveries (the page) Auslieferungen/Выдача авто/Видача авто/交车, as the main
window's navigation entry (fill_translations.py) that opens it; overdue überfällig/просрочено/
прострочено/逾期; logo Logo/логотип/логотип/标志; the "second delivery" evening Abend der „zweiten
Auslieferung“/вечер «второй выдачи»/вечір «другої видачі»/“二次交车”之夜; after-sales call
Nachbetreuungsanruf/звонок после продажи/дзвінок після продажу/售后回访.
Examples of prices, phone numbers and addresses follow the language, as HoursForm does.
"""
import pathlib
import sys

sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import ts_fill  # noqa: E402

table = ts_fill.Table()
tr, trn = table.tr, table.trn


# Accelerators, unique among what one window shows at a time. Pages of the main window avoid the
# letters of its menus (de D A H, ru Ф В С, uk Ф В Д; zh keeps the English letters).
#   Deal card (DealDialog with DealHeader and ChecklistPanel)
#     de  G V P S L B M K/E R N H F D Z   ru  П С А Х В Б Е Р/Г Т Н К О Д Ы
#     uk  П З А Е В Б Х Р/Г С Н Д Т У О
#   Deal form (DealFormDialog with VehiclePicker and DealTermsForm)
#     de  D A B W Z L R U H N I E         ru  П С Д З В Ц К О Р Ч Т У
#     uk  Д С А З В Ц Н О Е М Т У
#   Vehicle          de I M O A F B Z S P L   ru V М Д К Ц Г С Т Е Н   uk V М Д К Л Р С А Ц Н
#   Test drive       de F T B D    ru А Д Н Т    uk А Д П В
#   Checklist item   de K P D E V F I    ru П О Д Ц А С    uk П О Д Ц А Т В
#   Stock page       de Z B I V    ru Д И М Б    uk О З І Л
#   Deliveries page  de G F Z M    ru О Р П М    uk У Р П М
#   Import           de W I        ru В И        uk В І
#   Customer card: the new buttons take free letters (de G F, ru А О, uk У К).
#   Settings (Revert, Save: de Z S, ru Е Х, uk С З):
#     Checklists     de M P B E O U    ru М Д И У Ш Н    uk М Д З И Щ Н
#     Deals          de A E N B        ru С Н З В        uk Т Н К В
#     Hours (new)    de A T W F        ru Д Т Л У        uk А Т Л В

# --- Deal card -----------------------------------------------------------------------------------
C = "showroom::DealDialog"
tr(C, "Deal #%1", "Geschäft #%1", "Сделка №%1", "Угода №%1", "交易 #%1")
tr(C, "Print:", "Drucken:", "Печать:", "Друк:", "打印：")
tr(C, "O&ffer", "An&gebot", "&Предложение", "&Пропозиція", "报价单(&F)")
tr(C, "Print the commercial offer for this deal", "Das Angebot zu diesem Geschäft drucken",
   "Напечатать коммерческое предложение по этой сделке",
   "Надрукувати комерційну пропозицію за цією угодою", "打印此交易的报价单")
tr(C, "&Contract summary", "&Vertragsübersicht", "&Сводка договора", "&Зведення договору",
   "合同摘要(&C)")
tr(C, "Print the contract summary to sign", "Die Vertragsübersicht zum Unterschreiben drucken",
   "Напечатать сводку договора на подпись", "Надрукувати зведення договору на підпис",
   "打印合同摘要供客户签字")
tr(C, "&Handover protocol", "Übergabe&protokoll", "&Акт приёма-передачи",
   "&Акт приймання-передачі", "交车确认单(&H)")
tr(C, "Print the handover protocol for the customer's big day",
   "Das Übergabeprotokoll für den großen Tag des Kunden drucken",
   "Напечатать акт приёма-передачи к важному для клиента дню",
   "Надрукувати акт приймання-передачі до важливого для клієнта дня",
   "为客户的交车之日打印交车确认单")
tr(C, "Save &PDF…", "PDF &speichern…", "Со&хранить PDF…", "Зб&ерегти PDF…", "保存 PDF(&P)…")
tr(C, "Save one of the documents as a PDF file", "Eines der Dokumente als PDF-Datei speichern",
   "Сохранить один из документов в файл PDF", "Зберегти один із документів у файл PDF",
   "将其中一份文件保存为 PDF 文件")
tr(C, "Mar&k delivered…", "Als ausge&liefert markieren…", "Отметить как &выданный…",
   "Позначити як &виданий…", "标记为已交车(&K)…")
tr(C, "The car was handed over to the customer", "Das Fahrzeug wurde dem Kunden übergeben",
   "Автомобиль передан клиенту", "Автомобіль передано клієнту", "车辆已交给客户")
tr(C, "Close", "Schließen", "Закрыть", "Закрити", "关闭")
tr(C, "Send to &bank", "An die &Bank senden", "Отправить в &банк", "Надіслати до &банку",
   "提交银行(&B)")
tr(C, "Deal #%1 cannot be read: %2", "Geschäft #%1 kann nicht gelesen werden: %2",
   "Не удаётся прочитать сделку №%1: %2", "Не вдається прочитати угоду №%1: %2",
   "无法读取交易 #%1：%2")
tr(C, "Deal #%1 — %2", "Geschäft #%1 — %2", "Сделка №%1 — %2", "Угода №%1 — %2", "交易 #%1 — %2")
tr(C, "Still missing: %1", "Es fehlt noch: %1", "Ещё не хватает: %1", "Ще бракує: %1",
   "仍缺少：%1")
# A checklist tab: its name, items done, items in all.
tr(C, "%1 (%2/%3)", "%1 (%2/%3)", "%1 (%2/%3)", "%1 (%2/%3)", "%1（%2/%3）")
tr(C, "Sent to bank", "An die Bank gesendet", "Отправлено в банк", "Надіслано до банку",
   "已提交银行")
tr(C, "The loan application went to the bank on %1.",
   "Der Kreditantrag ging am %1 an die Bank.", "Заявка на кредит отправлена в банк %1.",
   "Заявку на кредит надіслано до банку %1.", "贷款申请已于 %1 提交银行。")
tr(C, "Missing: %1", "Es fehlt: %1", "Не хватает: %1", "Бракує: %1", "缺少：%1")
tr(C, "The loan file is complete and can go to the bank.",
   "Die Kreditunterlagen sind vollständig und können an die Bank gehen.",
   "Документы для кредита собраны, их можно отправить в банк.",
   "Документи для кредиту зібрано, їх можна надіслати до банку.",
   "贷款材料已齐全，可以提交银行。")
tr(C, "Send the loan application to the bank", "Den Kreditantrag an die Bank senden",
   "Отправить заявку на кредит в банк", "Надіслати заявку на кредит до банку",
   "将贷款申请提交银行")
tr(C, "Not sent to the bank", "Nicht an die Bank gesendet", "Не отправлено в банк",
   "Не надіслано до банку", "未提交银行")
tr(C, "The loan application is marked as sent to the bank.",
   "Der Kreditantrag ist als an die Bank gesendet markiert.",
   "Заявка на кредит отмечена как отправленная в банк.",
   "Заявку на кредит позначено як надіслану до банку.",
   "贷款申请已标记为已提交银行。")
tr(C, "Bank appro&ved", "Kredit geneh&migt", "Одобр&ено банком", "С&хвалено банком",
   "银行已批准(&V)")
tr(C, "Approved by the bank", "Von der Bank genehmigt", "Одобрено банком", "Схвалено банком",
   "银行已批准")
tr(C, "Approved by the bank on %1.", "Von der Bank am %1 genehmigt.", "Одобрено банком %1.",
   "Схвалено банком %1.", "银行已于 %1 批准。")
tr(C, "Record that the bank approved the loan", "Erfassen, dass die Bank den Kredit genehmigt hat",
   "Отметить, что банк одобрил кредит", "Позначити, що банк схвалив кредит", "记录银行已批准贷款")
tr(C, "Send the loan application to the bank first", "Zuerst den Kreditantrag an die Bank senden",
   "Сначала отправьте заявку на кредит в банк", "Спочатку надішліть заявку на кредит до банку",
   "请先将贷款申请提交银行")
tr(C, "Approval not recorded", "Genehmigung nicht erfasst", "Одобрение не отмечено",
   "Схвалення не позначено", "未记录批准")
tr(C, "The bank's approval of the loan is recorded.",
   "Die Kreditgenehmigung der Bank ist erfasst.", "Одобрение кредита банком отмечено.",
   "Схвалення кредиту банком позначено.", "已记录银行对贷款的批准。")
tr(C, "Mark delivered", "Als ausgeliefert markieren", "Отметить как выданный",
   "Позначити як виданий", "标记为已交车")
# %1 the vehicle, %2 the customer.
tr(C, "Hand %1 over to %2 now? The car is then delivered and the after-sales follow-ups are "
      "planned.",
   "%1 jetzt an %2 übergeben? Das Fahrzeug gilt dann als ausgeliefert, und die Wiedervorlagen "
   "der Nachbetreuung werden geplant.",
   "Передать %1 клиенту %2 сейчас? Автомобиль будет считаться выданным, и будут запланированы "
   "повторные контакты после продажи.",
   "Передати %1 клієнту %2 зараз? Автомобіль вважатиметься виданим, і буде заплановано "
   "повторні контакти після продажу.",
   "现在将 %1 交给 %2 吗？车辆随即标记为已交车，并安排售后跟进。")
tr(C, "Not delivered", "Nicht ausgeliefert", "Не выдан", "Не видано", "未交车")
tr(C, "Delivered. The after-sales call is planned.",
   "Ausgeliefert. Der Nachbetreuungsanruf ist geplant.",
   "Выдан. Звонок после продажи запланирован.", "Видано. Дзвінок після продажу заплановано.",
   "已交车。售后回访已安排。")
tr(C, "Promised date not changed", "Zugesagter Termin nicht geändert",
   "Обещанная дата не изменена", "Обіцяну дату не змінено", "承诺日期未更改")
tr(C, "The promised delivery date is now %1.", "Der zugesagte Liefertermin ist jetzt der %1.",
   "Обещанная дата выдачи теперь %1.", "Обіцяна дата видачі тепер %1.",
   "承诺交车日期现为 %1。")
# %1 is a document: Offer, Contract summary or Handover protocol (DealText).
tr(C, "%1 saved as PDF.", "%1 als PDF gespeichert.", "%1: сохранено в PDF.",
   "%1: збережено в PDF.", "%1 已保存为 PDF。")

C = "showroom::DealHeader"
tr(C, "&Move date", "&Datum ändern", "Перенести &дату", "Перенести дат&у", "更改日期(&M)")
tr(C, "Promise the customer this delivery date; the open delivery steps move with it",
   "Dem Kunden diesen Liefertermin zusagen; die offenen Auslieferungsschritte verschieben sich "
   "mit",
   "Пообещать клиенту эту дату выдачи; открытые этапы выдачи сдвинутся вместе с ней",
   "Пообіцяти клієнту цю дату видачі; відкриті етапи видачі зсунуться разом із нею",
   "向客户承诺此交车日期；未完成的交车步骤随之调整")
tr(C, "P&romised delivery:", "&Zugesagter Liefertermin:", "Обещанная дата в&ыдачи:",
   "&Обіцяна дата видачі:", "承诺交车日期(&R)：")
tr(C, "Deal #%1", "Geschäft #%1", "Сделка №%1", "Угода №%1", "交易 #%1")
tr(C, "factory order", "Werksbestellung", "заказ с завода", "замовлення з заводу", "工厂订车")
tr(C, "(list %1 − discount %2)", "(Listenpreis %1 − Rabatt %2)", "(прайс %1 − скидка %2)",
   "(прайс %1 − знижка %2)", "（指导价 %1 − 折扣 %2）")
tr(C, "deposit %1", "Anzahlung %1", "предоплата %1", "передоплата %1", "定金 %1")
tr(C, "Customer", "Kunde", "Клиент", "Клієнт", "客户")
tr(C, "Vehicle", "Fahrzeug", "Автомобиль", "Автомобіль", "车辆")
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
tr(C, "Trade-in", "Inzahlungnahme", "Трейд-ин", "Трейд-ін", "置换")
tr(C, "Payment", "Zahlung", "Оплата", "Оплата", "付款方式")
tr(C, "Buyer", "Käufer", "Покупатель", "Покупець", "买家")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")
tr(C, "Delivered on %1", "Ausgeliefert am %1", "Выдан %1", "Видано %1", "已于 %1 交车")
tr(C, "Signed %1", "Unterschrieben am %1", "Подписан %1", "Підписано %1", "签约于 %1")
tr(C, "Loan application sent to the bank %1", "Kreditantrag am %1 an die Bank gesendet",
   "Заявка на кредит отправлена в банк %1", "Заявку на кредит надіслано до банку %1",
   "贷款申请已于 %1 提交银行")
tr(C, "Loan application not yet sent to the bank", "Kreditantrag noch nicht an die Bank gesendet",
   "Заявка на кредит ещё не отправлена в банк", "Заявку на кредит ще не надіслано до банку",
   "贷款申请尚未提交银行")
tr(C, "Loan approved by the bank %1", "Kredit am %1 von der Bank genehmigt",
   "Кредит одобрен банком %1", "Кредит схвалено банком %1", "贷款已于 %1 获银行批准")

C = "showroom::ChecklistPanel"
tr(C, "&Sold", "Ver&kauft", "П&родан", "П&родано", "已售(&S)")
tr(C, "The customer takes the selected accessory", "Der Kunde nimmt das ausgewählte Zubehör",
   "Клиент берёт выбранный аксессуар", "Клієнт бере вибраний аксесуар", "客户选购所选精品附件")
tr(C, "&Done", "&Erledigt", "&Готово", "&Готово", "完成(&D)")
tr(C, "Mark the selected item as done by you, now",
   "Den ausgewählten Punkt jetzt als von Ihnen erledigt markieren",
   "Отметить выбранный пункт как выполненный вами сейчас",
   "Позначити вибраний пункт як виконаний вами зараз",
   "将所选项目标记为由您此刻完成")
tr(C, "&Undo", "&Rückgängig", "О&тменить", "&Скасувати", "撤销(&U)")
tr(C, "Back to open (a mistake); attached documents stay",
   "Zurück auf offen (ein Versehen); angehängte Dokumente bleiben",
   "Вернуть в открытые (если ошиблись); прикреплённые документы сохранятся",
   "Повернути до відкритих (якщо помилилися); прикріплені документи залишаться",
   "恢复为待办（用于误操作）；已附加的文件保留")
tr(C, "&Not sold…", "&Nicht verkauft…", "&Не продан…", "&Не продано…", "未售(&N)…")
tr(C, "The customer did not take it: record why", "Der Kunde hat es nicht genommen: Grund erfassen",
   "Клиент не взял: укажите причину", "Клієнт не взяв: вкажіть причину", "客户未选购：记录原因")
tr(C, "&Attach document…", "Dokument an&hängen…", "При&крепить документ…",
   "Прикріпити &документ…", "附加文件(&A)…")
tr(C, "Store a scan or PDF with the selected item",
   "Einen Scan oder ein PDF zum ausgewählten Punkt ablegen",
   "Прикрепить скан или PDF к выбранному пункту", "Прикріпити скан або PDF до вибраного пункту",
   "为所选项目附加扫描件或 PDF")
tr(C, "&Open document", "Dokument ö&ffnen", "&Открыть документ", "Відкри&ти документ",
   "打开文件(&O)")
tr(C, "Open the selected item's document", "Das Dokument des ausgewählten Punkts öffnen",
   "Открыть документ выбранного пункта", "Відкрити документ вибраного пункту",
   "打开所选项目的文件")
tr(C, "“%1” not done", "„%1“ nicht erledigt", "«%1» не выполнено", "«%1» не виконано",
   "“%1”未完成")
tr(C, "“%1” not reopened", "„%1“ nicht wieder geöffnet", "«%1» не возвращено в открытые",
   "«%1» не повернуто до відкритих", "“%1”未恢复为待办")
tr(C, "Attach a document to “%1”", "Dokument an „%1“ anhängen", "Прикрепить документ к «%1»",
   "Прикріпити документ до «%1»", "为“%1”附加文件")
tr(C, "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;All files (*)",
   "Dokumente (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;Alle Dateien (*)",
   "Документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;Все файлы (*)",
   "Документи (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;Усі файли (*)",
   "文件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt);;所有文件 (*)")
tr(C, "Document not attached", "Dokument nicht angehängt", "Документ не прикреплён",
   "Документ не прикріплено", "文件未附加")
tr(C, "%1 cannot be read: %2", "%1 kann nicht gelesen werden: %2",
   "Не удаётся прочитать %1: %2", "Не вдається прочитати %1: %2", "无法读取 %1：%2")
tr(C, "Open document", "Dokument öffnen", "Открыть документ", "Відкрити документ", "打开文件")
tr(C, "The document cannot be written to %1: %2",
   "Das Dokument kann nicht nach %1 geschrieben werden: %2",
   "Не удаётся записать документ в %1: %2", "Не вдається записати документ у %1: %2",
   "无法将文件写入 %1：%2")
tr(C, "No program is set up to open %1.", "Kein Programm ist zum Öffnen von %1 eingerichtet.",
   "Не настроена программа для открытия %1.", "Не налаштовано програму для відкриття %1.",
   "没有可打开 %1 的程序。")

C = "showroom::ChecklistModel"
tr(C, "Item", "Punkt", "Пункт", "Пункт", "项目")
tr(C, "Required", "Pflicht", "Обязательно", "Обов'язково", "必需")
tr(C, "Document", "Dokument", "Документ", "Документ", "文件")
tr(C, "Due", "Fällig", "Срок", "Термін", "截止")
tr(C, "Status", "Status", "Статус", "Статус", "状态")
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
# Who ticked an item when the name is not known; %1 in "done by %1, %2" and "sold (%1, %2)".
tr(C, "someone", "unbekannt", "неизвестно кем", "невідомо ким", "未知人员")
tr(C, "open", "offen", "открыт", "відкрито", "待办")
# %1 who, %2 date and time.
tr(C, "done by %1, %2", "erledigt (%1, %2)", "выполнено (%1, %2)", "виконано (%1, %2)",
   "已完成（%1，%2）")
tr(C, "sold", "verkauft", "продан", "продано", "已售")
tr(C, "sold (%1, %2)", "verkauft (%1, %2)", "продан (%1, %2)", "продано (%1, %2)",
   "已售（%1，%2）")
tr(C, "not sold: %1", "nicht verkauft: %1", "не продан: %1", "не продано: %1", "未售：%1")
trn(C, "%n attached",
    ["%n attached", "%n attached"],
    ["%n angehängt", "%n angehängt"],
    ["прикреплено: %n", "прикреплено: %n", "прикреплено: %n"],
    ["прикріплено: %n", "прикріплено: %n", "прикріплено: %n"],
    ["已附加 %n 个"])
tr(C, "needed", "erforderlich", "нужен", "потрібен", "需要")
tr(C, "Overdue since %1", "Überfällig seit %1", "Просрочено с %1", "Прострочено з %1",
   "自 %1 起逾期")
tr(C, "A document must be attached before this item can be done",
   "Bevor dieser Punkt erledigt werden kann, muss ein Dokument angehängt sein",
   "Прежде чем выполнить этот пункт, нужно прикрепить документ",
   "Перш ніж виконати цей пункт, треба прикріпити документ",
   "须先附加文件，才能完成此项目")
tr(C, "required", "Pflicht", "обязательно", "обов'язково", "必需")
tr(C, "optional", "optional", "необязательно", "необов'язково", "可选")

C = "showroom::NotSoldDialog"
tr(C, "Not sold", "Nicht verkauft", "Не продан", "Не продано", "未售")
tr(C, "Record as not sold", "Als nicht verkauft erfassen", "Отметить «не продан»",
   "Позначити «не продано»", "记录为未售")
tr(C, "Why did the customer not take <b>%1</b>? The reason goes into the accessories report.",
   "Warum hat der Kunde <b>%1</b> nicht genommen? Der Grund fließt in den Zubehörbericht ein.",
   "Почему клиент не взял <b>%1</b>? Причина попадёт в отчёт по аксессуарам.",
   "Чому клієнт не взяв <b>%1</b>? Причина потрапить до звіту з аксесуарів.",
   "客户为什么没有选购 <b>%1</b>？该原因会计入精品附件报表。")
tr(C, "Choose a reason…", "Grund wählen…", "Выберите причину…", "Виберіть причину…",
   "请选择原因…")
tr(C, "&Reason", "&Grund", "&Причина", "&Причина", "原因(&R)")
tr(C, "Choose why the accessory was not sold.",
   "Wählen Sie, warum das Zubehör nicht verkauft wurde.",
   "Укажите, почему аксессуар не продан.", "Вкажіть, чому аксесуар не продано.",
   "请选择该精品附件未售出的原因。")

# --- Deal form -----------------------------------------------------------------------------------
C = "showroom::DealFormDialog"
tr(C, "New deal — %1", "Neues Geschäft — %1", "Новая сделка — %1", "Нова угода — %1",
   "新建交易 — %1")
tr(C, "Vehicle", "Fahrzeug", "Автомобиль", "Автомобіль", "车辆")
tr(C, "Price and payment", "Preis und Zahlung", "Цена и оплата", "Ціна та оплата", "价格与付款")
tr(C, "P&rint offer…", "Angebot &drucken…", "&Печать предложения…", "&Друк пропозиції…",
   "打印报价单(&R)…")
tr(C, "The offer as it stands, to print or save as PDF",
   "Das Angebot im aktuellen Stand, zum Drucken oder als PDF",
   "Предложение в текущем виде: напечатать или сохранить в PDF",
   "Пропозиція в поточному вигляді: надрукувати або зберегти в PDF",
   "按当前内容打印报价单或保存为 PDF")
tr(C, "&Create deal", "Geschäft &anlegen", "&Создать сделку", "&Створити угоду", "创建交易(&C)")
tr(C, "Cancel", "Abbrechen", "Отмена", "Скасувати", "取消")
tr(C, "Lead #%1", "Lead #%1", "Лид №%1", "Лід №%1", "线索 #%1")
tr(C, "interested in %1", "interessiert an %1", "интересуется: %1", "цікавиться: %1",
   "意向：%1")
tr(C, "The loan documents differ for private persons and companies",
   "Die Kreditunterlagen unterscheiden sich für Privatpersonen und Firmen",
   "Документы для кредита у частных лиц и компаний разные",
   "Документи для кредиту для приватних осіб і компаній різні",
   "个人与企业所需的贷款材料不同")
tr(C, "Buyer:", "Käufer:", "Покупатель:", "Покупець:", "买家：")
tr(C, "Accessories", "Zubehör", "Аксессуары", "Аксесуари", "精品附件")
tr(C, "The accessories could not be read: %1", "Das Zubehör konnte nicht gelesen werden: %1",
   "Не удалось прочитать аксессуары: %1", "Не вдалося прочитати аксесуари: %1",
   "无法读取精品附件：%1")
tr(C, "No accessories are offered for this model.",
   "Für dieses Modell wird kein Zubehör angeboten.",
   "Для этой модели аксессуары не предлагаются.", "Для цієї моделі аксесуари не пропонуються.",
   "该车型没有可推荐的精品附件。")
tr(C, "Tick what the customer takes with the car; the others stay on the deal's accessories "
      "list to be offered again.",
   "Haken Sie an, was der Kunde mit dem Fahrzeug nimmt; der Rest bleibt auf der Zubehörliste "
   "des Geschäfts und wird erneut angeboten.",
   "Отметьте, что клиент берёт вместе с автомобилем; остальное останется в списке аксессуаров "
   "сделки, чтобы предложить ещё раз.",
   "Позначте, що клієнт бере разом з автомобілем; решта залишиться в списку аксесуарів угоди, "
   "щоб запропонувати ще раз.",
   "勾选客户随车选购的附件；其余附件保留在交易的精品附件清单中，以便再次推荐。")
tr(C, "Describe the factory order: make, model, trim and colour.",
   "Beschreiben Sie die Werksbestellung: Marke, Modell, Ausstattung und Farbe.",
   "Опишите заказ с завода: марка, модель, комплектация и цвет.",
   "Опишіть замовлення з заводу: марка, модель, комплектація та колір.",
   "请描述工厂订车：品牌、车型、配置和颜色。")
tr(C, "Choose a car from the list (search by any part of the VIN), or switch to a factory order.",
   "Wählen Sie ein Fahrzeug aus der Liste (Suche nach einem beliebigen Teil der FIN) oder "
   "wechseln Sie zur Werksbestellung.",
   "Выберите автомобиль из списка (поиск по любой части VIN) или переключитесь на заказ с "
   "завода.",
   "Виберіть автомобіль зі списку (пошук за будь-якою частиною VIN) або перейдіть на "
   "замовлення з заводу.",
   "请从列表中选择车辆（可按车架号的任意部分搜索），或改为工厂订车。")
tr(C, "Create the deal, close the lead as won and reserve the car",
   "Geschäft anlegen, Lead als gewonnen abschließen und Fahrzeug reservieren",
   "Создать сделку, закрыть лид как выигранный и зарезервировать автомобиль",
   "Створити угоду, закрити лід як виграний і зарезервувати автомобіль",
   "创建交易，将线索关闭为成交并预留车辆")
tr(C, "Deal not created", "Geschäft nicht angelegt", "Сделка не создана", "Угоду не створено",
   "交易未创建")
tr(C, "Offer", "Angebot", "Коммерческое предложение", "Комерційна пропозиція", "报价单")
tr(C, "Create deal", "Geschäft anlegen", "Создать сделку", "Створити угоду", "创建交易")
tr(C, "Lead #%1 already has deal #%2; a lead has one deal.",
   "Lead #%1 hat bereits Geschäft #%2; zu einem Lead gehört genau ein Geschäft.",
   "У лида №%1 уже есть сделка №%2; у лида может быть только одна сделка.",
   "Лід №%1 уже має угоду №%2; у ліда може бути лише одна угода.",
   "线索 #%1 已有交易 #%2；一条线索只能有一笔交易。")

C = "showroom::DealTermsForm"
tr(C, "not set", "nicht festgelegt", "не указана", "не вказано", "未设定")
tr(C, "Anything the colleagues should know", "Was die Kollegen wissen sollten",
   "Всё, что стоит знать коллегам", "Усе, що варто знати колегам", "同事需要了解的信息")
tr(C, "Promised &delivery", "&Zugesagter Liefertermin", "Обещанная дата &выдачи",
   "Обіцяна дата &видачі", "承诺交车日期(&D)")
tr(C, "&List price", "&Listenpreis", "Прайсовая &цена", "Прайсова &ціна", "指导价(&L)")
tr(C, "D&iscount", "&Rabatt", "С&кидка", "З&нижка", "折扣(&I)")
tr(C, "&Payment", "Zahl&ung", "&Оплата", "&Оплата", "付款方式(&P)")
tr(C, "Dep&osit", "Anza&hlung", "П&редоплата", "П&ередоплата", "定金(&O)")
tr(C, "&Notes", "&Notizen", "Приме&чания", "При&мітки", "备注(&N)")
tr(C, "&Trade-in", "&Inzahlungnahme", "&Трейд-ин", "&Трейд-ін", "置换(&T)")
tr(C, "Make", "Marke", "Марка", "Марка", "品牌")
tr(C, "Model", "Modell", "Модель", "Модель", "车型")
tr(C, "year?", "Baujahr?", "год?", "рік?", "年份？")
tr(C, "mileage?", "km-Stand?", "пробег?", "пробіг?", "里程？")
tr(C, " km", " km", " км", " км", " 公里")
tr(C, "Year", "Baujahr", "Год", "Рік", "年份")
tr(C, "Mileage", "Kilometerstand", "Пробег", "Пробіг", "里程")
tr(C, "Offered &value", "Angebotener W&ert", "Предложенная с&умма", "Запропонована с&ума",
   "置换估价(&V)")
tr(C, "A factory order needs the promised delivery date.",
   "Eine Werksbestellung erfordert den zugesagten Liefertermin.",
   "Для заказа с завода нужна обещанная дата выдачи.",
   "Для замовлення з заводу потрібна обіцяна дата видачі.",
   "工厂订车需要填写承诺交车日期。")
tr(C, "Enter the list price.", "Geben Sie den Listenpreis ein.", "Укажите прайсовую цену.",
   "Вкажіть прайсову ціну.", "请输入指导价。")
tr(C, "The discount is more than the list price.", "Der Rabatt ist höher als der Listenpreis.",
   "Скидка больше прайсовой цены.", "Знижка більша за прайсову ціну.", "折扣高于指导价。")
tr(C, "Say which car is traded in (make and model), or uncheck the trade-in.",
   "Geben Sie an, welches Fahrzeug in Zahlung genommen wird (Marke und Modell), oder entfernen "
   "Sie den Haken bei „Inzahlungnahme“.",
   "Укажите, какой автомобиль сдаётся в трейд-ин (марку и модель), или снимите отметку "
   "«Трейд-ин».",
   "Вкажіть, який автомобіль здається в трейд-ін (марку та модель), або зніміть позначку "
   "«Трейд-ін».",
   "请说明置换的车辆（品牌和车型），或取消勾选“置换”。")
tr(C, "The deposit is more than the total.", "Die Anzahlung ist höher als der Gesamtbetrag.",
   "Предоплата больше итоговой суммы.", "Передоплата більша за загальну суму.",
   "定金高于合计金额。")
tr(C, "Price after discount", "Preis nach Rabatt", "Цена со скидкой", "Ціна зі знижкою", "折后价")
tr(C, "+ Accessories", "+ Zubehör", "+ Аксессуары", "+ Аксесуари", "+ 精品附件")
tr(C, "− Trade-in", "− Inzahlungnahme", "− Трейд-ин", "− Трейд-ін", "− 置换")
tr(C, "Total", "Gesamt", "Итого", "Разом", "合计")
tr(C, "Deposit", "Anzahlung", "Предоплата", "Передоплата", "定金")
tr(C, "Balance", "Restbetrag", "Остаток к оплате", "Залишок до сплати", "尾款")

C = "showroom::VehiclePicker"
tr(C, "Car from &stock", "Fahrzeug aus dem &Bestand", "Автомобиль со скла&да",
   "Автомобіль зі скл&аду", "库存车辆(&S)")
tr(C, "&Factory order", "&Werksbestellung", "&Заказ с завода", "&Замовлення з заводу",
   "工厂订车(&F)")
tr(C, "VIN (any part), stock number, make or model",
   "FIN (beliebiger Teil), Lagernummer, Marke oder Modell",
   "VIN (любая часть), складской номер, марка или модель",
   "VIN (будь-яка частина), складський номер, марка або модель",
   "车架号（任意部分）、库存编号、品牌或车型")
tr(C, "Make, model, trim, colour and options as ordered",
   "Marke, Modell, Ausstattung, Farbe und Optionen laut Bestellung",
   "Марка, модель, комплектация, цвет и опции по заказу",
   "Марка, модель, комплектація, колір та опції за замовленням",
   "按订单填写品牌、车型、配置、颜色和选装")
tr(C, "Any make", "Alle Marken", "Любая марка", "Будь-яка марка", "全部品牌")
tr(C, "Any model", "Alle Modelle", "Любая модель", "Будь-яка модель", "全部车型")
tr(C, "Any trim", "Alle Ausstattungen", "Любая комплектация", "Будь-яка комплектація", "全部配置")
tr(C, "Any colour", "Alle Farben", "Любой цвет", "Будь-який колір", "全部颜色")
tr(C, "The stock list could not be read: %1",
   "Der Fahrzeugbestand konnte nicht gelesen werden: %1",
   "Не удалось прочитать склад автомобилей: %1", "Не вдалося прочитати склад автомобілів: %1",
   "无法读取库存车辆：%1")
tr(C, "No available car matches. A factory order is possible.",
   "Kein verfügbares Fahrzeug passt. Eine Werksbestellung ist möglich.",
   "Подходящих свободных автомобилей нет. Можно оформить заказ с завода.",
   "Відповідних вільних автомобілів немає. Можна оформити замовлення з заводу.",
   "没有符合条件的可售车辆，可以改为工厂订车。")
trn(C, "%n available car(s)",
    ["%n available car", "%n available cars"],
    ["%n verfügbares Fahrzeug", "%n verfügbare Fahrzeuge"],
    ["%n свободный автомобиль", "%n свободных автомобиля", "%n свободных автомобилей"],
    ["%n вільний автомобіль", "%n вільні автомобілі", "%n вільних автомобілів"],
    ["%n 辆可售车辆"])

C = "showroom::VehicleListModel"
tr(C, "VIN", "FIN", "VIN", "VIN", "车架号")
tr(C, "Vehicle", "Fahrzeug", "Автомобиль", "Автомобіль", "车辆")
tr(C, "Colour", "Farbe", "Цвет", "Колір", "颜色")
tr(C, "Year", "Baujahr", "Год", "Рік", "年款")
tr(C, "Status", "Status", "Статус", "Статус", "状态")
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
tr(C, "%1 — expected on %2", "%1 — erwartet am %2", "%1 — ожидается %2", "%1 — очікується %2",
   "%1 — 预计 %2 到货")
tr(C, "%1 — stock no. %2", "%1 — Lager-Nr. %2", "%1 — складской № %2", "%1 — складський № %2",
   "%1 — 库存编号 %2")
tr(C, "In transit, %1", "Unterwegs, %1", "В пути, %1", "В дорозі, %1", "在途，%1")

C = "showroom::AccessoryChoiceModel"
tr(C, "Accessory", "Zubehör", "Аксессуар", "Аксесуар", "精品附件")
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
tr(C, "Why customers take it", "Warum Kunden es nehmen", "Почему его берут", "Чому його беруть",
   "客户选购理由")

# --- Stock ---------------------------------------------------------------------------------------
C = "showroom::StockPage"
# "Condition" and "Test drive" size the columns of StockListModel: keep them the same.
tr(C, "Condition", "Zustand", "Состояние", "Стан", "车况")
tr(C, "Test drive", "Probefahrt", "Тест-драйв", "Тест-драйв", "试驾")
tr(C, "&Add…", "Hin&zufügen…", "&Добавить…", "Д&одати…", "添加(&A)…")
tr(C, "&Edit…", "&Bearbeiten…", "&Изменить…", "&Змінити…", "编辑(&E)…")
tr(C, "&Import CSV…", "CSV &importieren…", "И&мпорт CSV…", "&Імпорт CSV…", "导入 CSV(&I)…")
tr(C, "Only managers keep the stock list.", "Nur Verkaufsleiter pflegen den Fahrzeugbestand.",
   "Склад автомобилей ведут только руководители.", "Склад автомобілів ведуть лише керівники.",
   "只有经理可以维护库存车辆。")
tr(C, "Add a car to the stock list", "Ein Fahrzeug zum Bestand hinzufügen",
   "Добавить автомобиль на склад", "Додати автомобіль на склад", "向库存添加车辆")
tr(C, "Edit the selected car", "Das ausgewählte Fahrzeug bearbeiten",
   "Изменить выбранный автомобиль", "Змінити вибраний автомобіль", "编辑所选车辆")
tr(C, "Read a stock list (CSV) from the importer or the factory",
   "Eine Bestandsliste (CSV) vom Importeur oder Werk einlesen",
   "Загрузить список автомобилей (CSV) от импортёра или завода",
   "Завантажити список автомобілів (CSV) від імпортера або заводу",
   "导入进口商或工厂提供的库存清单（CSV）")
tr(C, "Stock", "Bestand", "Склад", "Склад", "库存")
tr(C, "Search: any part of the VIN, stock number, make or model",
   "Suche: beliebiger Teil der FIN, Lagernummer, Marke oder Modell",
   "Поиск: любая часть VIN, складской номер, марка или модель",
   "Пошук: будь-яка частина VIN, складський номер, марка або модель",
   "搜索：车架号任意部分、库存编号、品牌或车型")
tr(C, "All statuses", "Alle Status", "Все статусы", "Усі статуси", "全部状态")
tr(C, "A&vailable only", "Nur &verfügbare", "Только сво&бодные", "Лише ві&льні", "仅可售(&V)")
tr(C, "In stock or in transit, not reserved or sold",
   "Vorrätig oder unterwegs, nicht reserviert oder verkauft",
   "На складе или в пути, не зарезервирован и не продан",
   "На складі або в дорозі, не зарезервовано й не продано",
   "在库或在途，且未预留、未售出")
# The list stops at 500 vehicles.
tr(C, "the first %1 vehicles", "die ersten %1 Fahrzeuge", "первые %1 автомобилей",
   "перші %1 автомобілів", "前 %1 辆车")
tr(C, "1 vehicle", "1 Fahrzeug", "1 автомобиль", "1 автомобіль", "1 辆车")
trn(C, "%n vehicles",
    ["%n vehicle", "%n vehicles"],
    ["%n Fahrzeug", "%n Fahrzeuge"],
    ["%n автомобиль", "%n автомобиля", "%n автомобилей"],
    ["%n автомобіль", "%n автомобілі", "%n автомобілів"],
    ["%n 辆车"])

C = "showroom::StockListModel"
tr(C, "VIN", "FIN", "VIN", "VIN", "车架号")
tr(C, "Stock no.", "Lager-Nr.", "Склад. №", "Склад. №", "库存编号")
tr(C, "Make", "Marke", "Марка", "Марка", "品牌")
tr(C, "Model", "Modell", "Модель", "Модель", "车型")
tr(C, "Trim", "Ausstattung", "Комплектация", "Комплектація", "配置")
tr(C, "Colour", "Farbe", "Цвет", "Колір", "颜色")
tr(C, "Year", "Baujahr", "Год", "Рік", "年款")
tr(C, "Condition", "Zustand", "Состояние", "Стан", "车况")
tr(C, "Status", "Status", "Статус", "Статус", "状态")
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
tr(C, "Test drive", "Probefahrt", "Тест-драйв", "Тест-драйв", "试驾")
tr(C, "A test-drive car: customers can book it for test drives",
   "Ein Vorführwagen: Kunden können ihn für Probefahrten buchen",
   "Автомобиль для тест-драйва: клиенты могут записаться на нём на тест-драйв",
   "Автомобіль для тест-драйву: клієнти можуть записатися на ньому на тест-драйв",
   "试驾车：客户可预约其试驾")

C = "showroom::StockImportDialog"
tr(C, "Import a stock list", "Bestandsliste importieren", "Импорт списка автомобилей",
   "Імпорт списку автомобілів", "导入库存清单")
tr(C, "A CSV file: VIN, make, model, … (English or German headers)",
   "Eine CSV-Datei: FIN, Marke, Modell, … (englische oder deutsche Spaltenköpfe)",
   "Файл CSV: VIN, марка, модель, … (заголовки на английском или немецком)",
   "Файл CSV: VIN, марка, модель, … (заголовки англійською або німецькою)",
   "CSV 文件：车架号、品牌、车型、…（英文或德文表头）")
tr(C, "&Choose file…", "Datei &wählen…", "&Выбрать файл…", "&Вибрати файл…", "选择文件(&C)…")
# "Line" and "Will be updated" size the columns of StockImportModel: keep them the same.
tr(C, "Line", "Zeile", "Строка", "Рядок", "行号")
tr(C, "Will be updated", "Wird aktualisiert", "Будет обновлён", "Буде оновлено", "将更新")
tr(C, "Choose a file: every row is checked before anything is written.",
   "Wählen Sie eine Datei: Jede Zeile wird geprüft, bevor etwas geschrieben wird.",
   "Выберите файл: каждая строка проверяется до того, как что-либо будет записано.",
   "Виберіть файл: кожен рядок перевіряється до того, як щось буде записано.",
   "请选择文件：写入之前会逐行检查。")
tr(C, "&Import", "&Importieren", "&Импортировать", "&Імпортувати", "导入(&I)")
tr(C, "Stock list", "Bestandsliste", "Список автомобилей", "Список автомобілів", "库存清单")
tr(C, "CSV files (*.csv *.txt);;All files (*)", "CSV-Dateien (*.csv *.txt);;Alle Dateien (*)",
   "Файлы CSV (*.csv *.txt);;Все файлы (*)", "Файли CSV (*.csv *.txt);;Усі файли (*)",
   "CSV 文件 (*.csv *.txt);;所有文件 (*)")
tr(C, "%1 cannot be read: %2", "%1 kann nicht gelesen werden: %2",
   "Не удаётся прочитать %1: %2", "Не вдається прочитати %1: %2", "无法读取 %1：%2")
tr(C, "The stock list was not imported", "Die Bestandsliste wurde nicht importiert",
   "Список автомобилей не импортирован", "Список автомобілів не імпортовано", "库存清单未导入")
tr(C, "%1 new, %2 updated, %3 unchanged, %4 rejected.",
   "%1 neu, %2 aktualisiert, %3 unverändert, %4 abgelehnt.",
   "новых: %1, обновлено: %2, без изменений: %3, отклонено: %4.",
   "нових: %1, оновлено: %2, без змін: %3, відхилено: %4.",
   "新增 %1，更新 %2，未变 %3，拒绝 %4。")
# %1 is the sentence above; “Import” is the button.
tr(C, "Checked, nothing written yet: %1 Rejected rows are skipped; “Import” writes the others.",
   "Geprüft, noch nichts geschrieben: %1 Abgelehnte Zeilen werden übersprungen; "
   "„Importieren“ schreibt die übrigen.",
   "Проверено, пока ничего не записано: %1 Отклонённые строки будут пропущены; "
   "«Импортировать» запишет остальные.",
   "Перевірено, поки нічого не записано: %1 Відхилені рядки буде пропущено; «Імпортувати» "
   "запише решту.",
   "已检查，尚未写入：%1 被拒绝的行将被跳过；点击“导入”写入其余行。")
tr(C, "Imported: %1", "Importiert: %1", "Импортировано: %1", "Імпортовано: %1", "已导入：%1")

C = "showroom::StockImportModel"
tr(C, "Will be added", "Wird hinzugefügt", "Будет добавлен", "Буде додано", "将新增")
tr(C, "Added", "Hinzugefügt", "Добавлен", "Додано", "已新增")
tr(C, "Will be updated", "Wird aktualisiert", "Будет обновлён", "Буде оновлено", "将更新")
tr(C, "Updated", "Aktualisiert", "Обновлён", "Оновлено", "已更新")
tr(C, "Unchanged", "Unverändert", "Без изменений", "Без змін", "未变")
tr(C, "Rejected", "Abgelehnt", "Отклонён", "Відхилено", "已拒绝")
tr(C, "Line", "Zeile", "Строка", "Рядок", "行号")
tr(C, "VIN", "FIN", "VIN", "VIN", "车架号")
tr(C, "Outcome", "Ergebnis", "Результат", "Результат", "结果")
tr(C, "Reason", "Grund", "Причина", "Причина", "原因")

C = "showroom::VehicleDialog"
tr(C, "Edit vehicle", "Fahrzeug bearbeiten", "Изменить автомобиль", "Змінити автомобіль",
   "编辑车辆")
tr(C, "Add a vehicle", "Fahrzeug hinzufügen", "Добавить автомобиль", "Додати автомобіль",
   "添加车辆")
tr(C, "Save", "Speichern", "Сохранить", "Зберегти", "保存")
tr(C, "Add", "Hinzufügen", "Добавить", "Додати", "添加")
tr(C, "Check digit verified.", "Prüfziffer geprüft.", "Контрольная цифра проверена.",
   "Контрольну цифру перевірено.", "校验位已验证。")
tr(C, "17 characters, e.g. WVWZZZ1KZAW000001", "17 Zeichen, z. B. WVWZZZ1KZAW000001",
   "17 символов, например WVWZZZ1KZAW000001", "17 символів, наприклад WVWZZZ1KZAW000001",
   "17 位字符，例如 WVWZZZ1KZAW000001")
tr(C, "e.g. VW", "z. B. VW", "например, VW", "наприклад, VW", "例如 VW")
tr(C, "e.g. Golf", "z. B. Golf", "например, Golf", "наприклад, Golf", "例如 Golf")
tr(C, "e.g. Life", "z. B. Life", "например, Life", "наприклад, Life", "例如 Life")
# The manufacturer's colour name.
tr(C, "e.g. Moonstone Grey", "z. B. Moonstone Grey", "например, Moonstone Grey",
   "наприклад, Moonstone Grey", "例如 月光石灰")
tr(C, "e.g. 32.990,00", "z. B. 32.990,00", "например, 32 990,00", "наприклад, 32 990,00",
   "例如 32990.00")
tr(C, "—", "—", "—", "—", "—")  # no model year
# Between the status and the date a car in transit is expected on.
tr(C, "expected", "erwartet am", "ожидается", "очікується", "预计到货")
tr(C, "Test-drive car: customers can book it for test drives",
   "Vorführwagen: Kunden können ihn für Probefahrten buchen",
   "Автомобиль для тест-драйва: клиенты могут записаться на нём на тест-драйв",
   "Автомобіль для тест-драйву: клієнти можуть записатися на ньому на тест-драйв",
   "试驾车：客户可预约其试驾")
tr(C, "&VIN", "F&IN", "&VIN", "&VIN", "车架号(&V)")
tr(C, "&Make", "&Marke", "&Марка", "&Марка", "品牌(&M)")
tr(C, "M&odel", "M&odell", "Мо&дель", "Мо&дель", "车型(&O)")
tr(C, "&Trim", "&Ausstattung", "&Комплектация", "&Комплектація", "配置(&T)")
tr(C, "&Colour", "&Farbe", "&Цвет", "Ко&лір", "颜色(&C)")
tr(C, "&Year", "&Baujahr", "&Год", "&Рік", "年款(&Y)")
tr(C, "Co&ndition", "&Zustand", "&Состояние", "&Стан", "车况(&N)")
tr(C, "&Status", "&Status", "С&татус", "Ст&атус", "状态(&S)")
tr(C, "&Price", "&Preis", "Ц&ена", "&Ціна", "价格(&P)")
tr(C, "Stock n&umber", "&Lagernummer", "Складской &номер", "Складський &номер", "库存编号(&U)")
tr(C, "Reserved, sold and delivered follow the car's deal.",
   "Reserviert, verkauft und ausgeliefert ergeben sich aus dem Geschäft des Fahrzeugs.",
   "Статусы «зарезервирован», «продан» и «выдан» задаёт сделка по автомобилю.",
   "Статуси «зарезервовано», «продано» й «видано» задає угода щодо автомобіля.",
   "已预留、已售和已交车状态由该车的交易决定。")
tr(C, "The vehicle was not saved", "Das Fahrzeug wurde nicht gespeichert", "Автомобиль не сохранён",
   "Автомобіль не збережено", "车辆未保存")

C = "showroom::TestDriveDialog"
tr(C, "Book a test drive", "Probefahrt vereinbaren", "Назначить тест-драйв",
   "Призначити тест-драйв", "预约试驾")
tr(C, "Book", "Vereinbaren", "Назначить", "Призначити", "预约")
tr(C, "no vehicle yet", "noch kein Fahrzeug", "автомобиль не выбран", "автомобіль не вибрано",
   "尚未选车")  # as in FollowUpDialog
tr(C, "Lead #%1 · %2 · %3", "Lead #%1 · %2 · %3", "Лид №%1 · %2 · %3", "Лід №%1 · %2 · %3",
   "线索 #%1 · %2 · %3")
tr(C, "%1 · %2", "%1 · %2", "%1 · %2", "%1 · %2", "%1 · %2")  # car, VIN
tr(C, "%1 min", "%1 Min.", "%1 мин", "%1 хв", "%1 分钟")
tr(C, "1 hour", "1 Stunde", "1 час", "1 година", "1 小时")
trn(C, "%n hours",
    ["%n hour", "%n hours"],
    ["%n Stunde", "%n Stunden"],
    ["%n час", "%n часа", "%n часов"],
    ["%n година", "%n години", "%n годин"],
    ["%n 小时"])
tr(C, "%1 h %2 min", "%1 Std. %2 Min.", "%1 ч %2 мин", "%1 год %2 хв", "%1 小时 %2 分钟")
tr(C, "Lead", "Lead", "Лид", "Лід", "线索")
tr(C, "&Car", "&Fahrzeug", "&Автомобиль", "&Автомобіль", "车辆(&C)")
tr(C, "&Day", "&Tag", "&День", "&День", "日期(&D)")
tr(C, "&Start", "&Beginn", "&Начало", "&Початок", "开始时间(&S)")
tr(C, "D&uration", "&Dauer", "Дли&тельность", "Три&валість", "时长(&U)")
tr(C, "Booked that day", "An diesem Tag gebucht", "Занято в этот день", "Зайнято цього дня",
   "当天已预约")
tr(C, "There is no test-drive car in the stock list yet. A manager marks cars as test-drive cars "
      "on the Stock page.",
   "Im Fahrzeugbestand gibt es noch keinen Vorführwagen. Ein Verkaufsleiter kennzeichnet "
   "Fahrzeuge auf der Seite „Bestand“ als Vorführwagen.",
   "На складе пока нет автомобилей для тест-драйва. Руководитель отмечает их на странице "
   "«Склад».",
   "На складі поки немає автомобілів для тест-драйву. Керівник позначає їх на сторінці "
   "«Склад».",
   "库存车辆中还没有试驾车。经理可在“库存”页面将车辆标记为试驾车。")
tr(C, "Free all day.", "Den ganzen Tag frei.", "Свободен весь день.", "Вільний увесь день.",
   "全天空闲。")
# A booking: from, to, customer.
tr(C, "%1–%2  %3", "%1–%2  %3", "%1–%2  %3", "%1–%2  %3", "%1–%2  %3")
tr(C, "(no customer)", "(ohne Kunde)", "(без клиента)", "(без клієнта)", "（无客户）")
tr(C, "Choose a test-drive car.", "Wählen Sie einen Vorführwagen.",
   "Выберите автомобиль для тест-драйва.", "Виберіть автомобіль для тест-драйву.",
   "请选择试驾车。")

# --- Deliveries page -----------------------------------------------------------------------------
C = "showroom::DeliveriesPage"
tr(C, "Delivered %1", "Ausgeliefert %1", "Выдано %1", "Видано %1", "已交车 %1")  # sizes a column
tr(C, "&Open deal", "&Geschäft öffnen", "&Открыть сделку", "Відкрити &угоду", "打开交易(&O)")
tr(C, "The deal card with its checklists (double-click or Enter)",
   "Die Geschäftskarte mit ihren Checklisten (Doppelklick oder Eingabetaste)",
   "Карточка сделки с чек-листами (двойной щелчок или Enter)",
   "Картка угоди з чек-листами (подвійне клацання або Enter)",
   "交易卡片及其清单（双击或按 Enter）")
tr(C, "Open c&ustomer", "Kunde ö&ffnen", "Отк&рыть клиента", "Відк&рити клієнта",
   "打开客户(&U)")  # as on the Today page
tr(C, "The customer card of the selected deal", "Die Kundenkarte des ausgewählten Geschäfts",
   "Карточка клиента по выбранной сделке", "Картка клієнта за вибраною угодою",
   "所选交易的客户档案")
tr(C, "Deliveries", "Auslieferungen", "Выдача авто", "Видача авто", "交车")  # as in MainWindow
tr(C, "Show &delivered (last 30 days)", "Ausgelieferte an&zeigen (letzte 30 Tage)",
   "&Показать выданные (за 30 дней)", "&Показати видані (за 30 днів)",
   "显示已交车（近 30 天）(&D)")
tr(C, "Show:", "Anzeigen:", "Показать:", "Показати:", "显示：")
tr(C, "&My deals only", "Nur &meine Geschäfte", "Только &мои сделки", "Лише &мої угоди",
   "仅我的交易(&M)")
tr(C, "All consultants", "Alle Berater", "Все консультанты", "Усі консультанти", "所有顾问")
tr(C, "The deliveries could not be loaded: %1",
   "Die Auslieferungen konnten nicht geladen werden: %1",
   "Не удалось загрузить список выдачи: %1", "Не вдалося завантажити список видачі: %1",
   "无法加载交车列表：%1")
trn(C, "%n deal(s)",
    ["%n deal", "%n deals"],
    ["%n Geschäft", "%n Geschäfte"],
    ["%n сделка", "%n сделки", "%n сделок"],
    ["%n угода", "%n угоди", "%n угод"],
    ["%n 笔交易"])
# %1 is "%n deals", %2 how many of them are overdue.
tr(C, "%1, %2 overdue", "%1, davon %2 überfällig", "%1, просрочено: %2", "%1, прострочено: %2",
   "%1，其中 %2 笔逾期")
tr(C, "Open deal", "Geschäft öffnen", "Открыть сделку", "Відкрити угоду", "打开交易")
tr(C, "Open customer card", "Kundenkarte öffnen", "Открыть карточку клиента",
   "Відкрити картку клієнта", "打开客户档案")

C = "showroom::DeliveryListModel"
tr(C, "Customer", "Kunde", "Клиент", "Клієнт", "客户")
tr(C, "Vehicle", "Fahrzeug", "Автомобиль", "Автомобіль", "车辆")
tr(C, "VIN", "FIN", "VIN", "VIN", "车架号")
tr(C, "Consultant", "Berater", "Консультант", "Консультант", "销售顾问")
tr(C, "Promised", "Zugesagt", "Обещано", "Обіцяно", "承诺交车")
tr(C, "Progress", "Stand", "Готово", "Готово", "进度")  # items done, e.g. 7/12
tr(C, "Next step", "Nächster Schritt", "Следующий шаг", "Наступний крок", "下一步")
tr(C, "Bank", "Bank", "Банк", "Банк", "银行")
tr(C, "Status", "Status", "Статус", "Статус", "状态")
tr(C, "Overdue", "Überfällig", "Просрочено", "Прострочено", "已逾期")
tr(C, "Due soon", "Bald fällig", "Скоро срок", "Скоро термін", "即将到期")
tr(C, "On track", "Im Plan", "В графике", "За графіком", "正常")
tr(C, "Delivered", "Ausgeliefert", "Выдано", "Видано", "已交车")
tr(C, "Cancelled", "Storniert", "Отменено", "Скасовано", "已取消")
trn(C, "%1 — %n step(s) overdue",
    ["%1 — %n step overdue", "%1 — %n steps overdue"],
    ["%1 — %n Schritt überfällig", "%1 — %n Schritte überfällig"],
    ["%1 — просрочен %n шаг", "%1 — просрочено %n шага", "%1 — просрочено %n шагов"],
    ["%1 — прострочено %n крок", "%1 — прострочено %n кроки", "%1 — прострочено %n кроків"],
    ["%1 — %n 个步骤已逾期"])
tr(C, "%1 of %2 checklist items done", "%1 von %2 Checklistenpunkten erledigt",
   "Выполнено пунктов чек-листов: %1 из %2", "Виконано пунктів чек-листів: %1 з %2",
   "清单项目已完成 %1/%2")
tr(C, "factory order", "Werksbestellung", "заказ с завода", "замовлення з заводу", "工厂订车")
tr(C, "%1/%2", "%1/%2", "%1/%2", "%1/%2", "%1/%2")
tr(C, "nothing dated open", "nichts Offenes mit Termin", "нет открытых шагов со сроком",
   "немає відкритих кроків із терміном", "无带日期的待办步骤")
tr(C, "%1 · %2", "%1 · %2", "%1 · %2", "%1 · %2", "%1 · %2")  # next step, its date
tr(C, "not needed", "nicht nötig", "не нужен", "не потрібен", "无需")  # the bank, for cash
tr(C, "Delivered %1", "Ausgeliefert %1", "Выдано %1", "Видано %1", "已交车 %1")
tr(C, "Sent to the bank on %1, approved on %2", "Am %1 an die Bank gesendet, am %2 genehmigt",
   "Отправлено в банк %1, одобрено %2", "Надіслано до банку %1, схвалено %2",
   "已于 %1 提交银行，%2 获批")
tr(C, "Sent to the bank on %1, not approved yet",
   "Am %1 an die Bank gesendet, noch nicht genehmigt", "Отправлено в банк %1, ещё не одобрено",
   "Надіслано до банку %1, ще не схвалено", "已于 %1 提交银行，尚未获批")

# --- Settings: checklists ------------------------------------------------------------------------
C = "showroom::ChecklistTemplateListModel"
tr(C, "Loan documents — private buyer", "Kreditunterlagen — Privatkunde",
   "Документы для кредита — частный покупатель", "Документи для кредиту — приватний покупець",
   "贷款材料 — 个人买家")
tr(C, "Loan documents — company buyer", "Kreditunterlagen — Firmenkunde",
   "Документы для кредита — компания-покупатель", "Документи для кредиту — компанія-покупець",
   "贷款材料 — 企业买家")
tr(C, "Delivery steps", "Auslieferungsschritte", "Этапы выдачи", "Етапи видачі", "交车步骤")
tr(C, "Handover", "Übergabe", "Выдача автомобиля", "Видача автомобіля", "交车")
tr(C, "Accessories — all models", "Zubehör — alle Modelle", "Аксессуары — все модели",
   "Аксесуари — усі моделі", "精品附件 — 全部车型")
tr(C, "Accessories — %1", "Zubehör — %1", "Аксессуары — %1", "Аксесуари — %1", "精品附件 — %1")
tr(C, "Items: %1", "Punkte: %1", "Пунктов: %1", "Пунктів: %1", "项目数：%1")

C = "showroom::ChecklistItemModel"
tr(C, "on the day", "am selben Tag", "в тот же день", "того ж дня", "当天")
# Days before delivery, negative: this many days after the promised date.
tr(C, "%1 after", "%1 danach", "%1 после", "%1 після", "交车后 %1 天")
tr(C, "Due this many days before the promised delivery date",
   "So viele Tage vor dem zugesagten Liefertermin fällig",
   "Срок: за столько дней до обещанной даты выдачи",
   "Термін: за стільки днів до обіцяної дати видачі",
   "在承诺交车日期前若干天到期")
tr(C, "Due this many days after the contract was signed",
   "So viele Tage nach der Vertragsunterschrift fällig",
   "Срок: через столько дней после подписания договора",
   "Термін: через стільки днів після підписання договору",
   "在合同签订后若干天内到期")
tr(C, "A required item must be done before the next step (bank, handover)",
   "Ein Pflichtpunkt muss vor dem nächsten Schritt (Bank, Übergabe) erledigt sein",
   "Обязательный пункт нужно выполнить до следующего шага (банк, выдача автомобиля)",
   "Обов'язковий пункт треба виконати до наступного кроку (банк, видача автомобіля)",
   "必需项目须在下一步（提交银行、交车）之前完成")
tr(C, "The item counts as done only with a scan or file attached",
   "Der Punkt gilt erst mit angehängtem Scan oder angehängter Datei als erledigt",
   "Пункт считается выполненным, только если прикреплён скан или файл",
   "Пункт вважається виконаним, лише якщо прикріплено скан або файл",
   "只有附加了扫描件或文件，该项目才算完成")
tr(C, "Item", "Punkt", "Пункт", "Пункт", "项目")
tr(C, "Required", "Pflicht", "Обязательно", "Обов'язково", "必需")
tr(C, "Document needed", "Dokument nötig", "Нужен документ", "Потрібен документ", "需要文件")
tr(C, "Price", "Preis", "Цена", "Ціна", "价格")
tr(C, "Sales argument", "Verkaufsargument", "Аргумент продажи", "Аргумент продажу", "销售话术")
tr(C, "Days before delivery", "Tage vor Auslieferung", "Дней до выдачи", "Днів до видачі",
   "交车前天数")
tr(C, "Days after signing", "Tage nach Unterschrift", "Дней после подписания",
   "Днів після підписання", "签约后天数")

C = "showroom::ChecklistItemDialog"
tr(C, "Edit the item", "Punkt bearbeiten", "Изменить пункт", "Змінити пункт", "编辑项目")
tr(C, "Add an item", "Punkt hinzufügen", "Добавить пункт", "Додати пункт", "添加项目")
tr(C, "Save", "Speichern", "Сохранить", "Зберегти", "保存")
tr(C, "Add", "Hinzufügen", "Добавить", "Додати", "添加")
tr(C, "e.g. Winter wheels", "z. B. Winterräder", "например, Зимние колёса",
   "наприклад, Зимові колеса", "例如 冬季轮胎")
tr(C, "e.g. Proof of income", "z. B. Einkommensnachweis", "например, Справка о доходах",
   "наприклад, Довідка про доходи", "例如 收入证明")
tr(C, "e.g. Number plates fitted", "z. B. Kennzeichen montiert", "например, Номера установлены",
   "наприклад, Номери встановлено", "例如 已安装车牌")
tr(C, "&Item", "Pun&kt", "&Пункт", "&Пункт", "项目(&I)")
tr(C, "&Required: must be done before the next step",
   "&Pflicht: muss vor dem nächsten Schritt erledigt sein",
   "&Обязательный: выполнить до следующего шага",
   "&Обов'язковий: виконати до наступного кроку",
   "必需(&R)：须在下一步之前完成")
tr(C, "&Document needed: done only with a file attached",
   "&Dokument nötig: erst mit angehängter Datei erledigt",
   "Нужен &документ: выполнен, только если прикреплён файл",
   "Потрібен &документ: виконано, лише якщо прикріплено файл",
   "需要文件(&D)：附加文件后才算完成")
tr(C, "e.g. 299,00 (%1); empty: no price", "z. B. 299,00 (%1); leer: kein Preis",
   "например, 299,00 (%1); пусто — без цены", "наприклад, 299,00 (%1); порожньо — без ціни",
   "例如 299.00（%1）；留空表示无价格")
tr(C, "&Price", "&Preis", "&Цена", "&Ціна", "价格(&P)")
tr(C, "Why the customer wants it, in one sentence", "Warum der Kunde es will, in einem Satz",
   "Зачем это клиенту, одним предложением", "Навіщо це клієнтові, одним реченням",
   "用一句话说明客户为何需要它")
tr(C, "Sales &argument", "&Verkaufsargument", "&Аргумент продажи", "&Аргумент продажу",
   "销售话术(&A)")
tr(C, "Not dated", "Ohne Termin", "Без срока", "Без терміну", "不设日期")
tr(C, " days before delivery", " Tage vor Auslieferung", " дн. до выдачи", " дн. до видачі",
   " 天（交车前）")
tr(C, "Negative: after the promised delivery date",
   "Negativ: nach dem zugesagten Liefertermin",
   "Отрицательное значение: после обещанной даты выдачи",
   "Від'ємне значення: після обіцяної дати видачі",
   "负数表示承诺交车日期之后")
tr(C, "&Due", "&Fällig", "&Срок", "&Термін", "截止(&D)")
tr(C, " days after signing", " Tage nach Unterschrift", " дн. после подписания",
   " дн. після підписання", " 天（签约后）")
tr(C, "&Due within", "Fällig &innerhalb von", "&Срок выполнения", "Термін &виконання",
   "完成期限(&D)")
tr(C, "The item was not saved", "Der Punkt wurde nicht gespeichert", "Пункт не сохранён",
   "Пункт не збережено", "项目未保存")

C = "showroom::ChecklistsSection"
tr(C, "The loan file can go to the bank only when every required item is done and, where a "
      "document is needed, attached. Items are due this many days after the contract.",
   "Die Kreditunterlagen können erst an die Bank gehen, wenn jeder Pflichtpunkt erledigt und – "
   "wo ein Dokument nötig ist – angehängt ist. Die Punkte sind so viele Tage nach dem "
   "Vertragsabschluss fällig.",
   "Документы для кредита можно отправить в банк, только когда выполнены все обязательные "
   "пункты и прикреплены нужные документы. Срок пункта — столько дней после подписания "
   "договора.",
   "Документи для кредиту можна надіслати до банку, лише коли виконано всі обов'язкові пункти "
   "й прикріплено потрібні документи. Термін пункту — стільки днів після підписання договору.",
   "只有所有必需项目都已完成、且需要文件的项目已附加文件，贷款材料才能提交银行。各项目在合同签订后的相应天数内到期。")
tr(C, "Steps until the car is handed over, dated back from the promised delivery date; the "
      "consultant is reminded the day before a step is due and when it is overdue.",
   "Schritte bis zur Übergabe des Fahrzeugs, vom zugesagten Liefertermin rückwärts terminiert; "
   "der Berater wird am Tag vor der Fälligkeit eines Schritts erinnert und wenn er überfällig "
   "ist.",
   "Шаги до выдачи автомобиля; сроки отсчитываются назад от обещанной даты выдачи. Консультант "
   "получает напоминание накануне срока шага и при просрочке.",
   "Кроки до видачі автомобіля; терміни відлічуються назад від обіцяної дати видачі. "
   "Консультант отримує нагадування напередодні терміну кроку й у разі прострочення.",
   "交车前的各个步骤，日期从承诺交车日期倒推；步骤到期前一天及逾期时会提醒顾问。")
tr(C, "Gone through with the customer at the handover and printed on the handover protocol the "
      "customer signs.",
   "Wird bei der Übergabe mit dem Kunden durchgegangen und auf das Übergabeprotokoll gedruckt, "
   "das der Kunde unterschreibt.",
   "Проходится вместе с клиентом при выдаче автомобиля и печатается в акте приёма-передачи, "
   "который подписывает клиент.",
   "Проходиться разом із клієнтом під час видачі автомобіля й друкується в акті "
   "приймання-передачі, який підписує клієнт.",
   "交车时与客户逐项确认，并打印在客户签字的交车确认单上。")
tr(C, "Every item is offered to the buyer and recorded as sold, or as not sold with the reason. "
      "A model's own list replaces the one for all models.",
   "Jeder Punkt wird dem Käufer angeboten und als verkauft oder als nicht verkauft mit Grund "
   "erfasst. Die eigene Liste eines Modells ersetzt die Liste für alle Modelle.",
   "Каждый пункт предлагается покупателю и отмечается как проданный или как не проданный с "
   "причиной. Собственный список модели заменяет список для всех моделей.",
   "Кожен пункт пропонується покупцеві й позначається як проданий або як не проданий із "
   "причиною. Власний список моделі замінює список для всіх моделей.",
   "每一项都会向买家推荐，并记录为已售，或记录为未售及原因。车型专属清单会取代适用于全部车型的清单。")
# Sizes the list of checklists: as in ChecklistTemplateListModel.
tr(C, "Loan documents — company buyer", "Kreditunterlagen — Firmenkunde",
   "Документы для кредита — компания-покупатель", "Документи для кредиту — компанія-покупець",
   "贷款材料 — 企业买家")
tr(C, "Add accessories for a &model…", "Zubehör für ein &Modell hinzufügen…",
   "Аксессуары для &модели…", "Аксесуари для &моделі…", "添加车型专属精品附件(&M)…")
tr(C, "A list of accessories offered only with one model, e.g. Golf",
   "Eine Zubehörliste, die nur zu einem Modell angeboten wird, z. B. Golf",
   "Список аксессуаров, которые предлагаются только с одной моделью, например Golf",
   "Список аксесуарів, що пропонуються лише з однією моделлю, наприклад Golf",
   "仅随某一车型推荐的精品附件清单，例如 Golf")
tr(C, "&Add item…", "&Punkt hinzufügen…", "&Добавить пункт…", "&Додати пункт…",
   "添加项目(&A)…")
tr(C, "A new item at the end of this checklist", "Ein neuer Punkt am Ende dieser Checkliste",
   "Новый пункт в конце этого чек-листа", "Новий пункт у кінці цього чек-листа",
   "在此清单末尾添加新项目")
tr(C, "&Edit…", "&Bearbeiten…", "&Изменить…", "&Змінити…", "编辑(&E)…")
tr(C, "Change the selected item (double-click)", "Den ausgewählten Punkt ändern (Doppelklick)",
   "Изменить выбранный пункт (двойной щелчок)", "Змінити вибраний пункт (подвійне клацання)",
   "修改所选项目（双击）")
tr(C, "Re&move", "&Entfernen", "&Удалить", "В&идалити", "移除(&M)")
tr(C, "New deals no longer get this item; running deals keep it",
   "Neue Geschäfte erhalten diesen Punkt nicht mehr; laufende behalten ihn",
   "Новые сделки больше не получат этот пункт; в текущих сделках он останется",
   "Нові угоди більше не отримають цей пункт; у поточних угодах він залишиться",
   "新交易将不再包含此项目；进行中的交易保留该项目")
tr(C, "Move &up", "Nach &oben", "Вы&ше", "Ви&ще", "上移(&U)")
tr(C, "One place earlier in the checklist", "Eine Position weiter oben in der Checkliste",
   "На одну позицию выше в чек-листе", "На одну позицію вище в чек-листі", "在清单中上移一位")
tr(C, "Move &down", "Nach &unten", "&Ниже", "&Нижче", "下移(&D)")
tr(C, "One place later in the checklist", "Eine Position weiter unten in der Checkliste",
   "На одну позицию ниже в чек-листе", "На одну позицію нижче в чек-листі", "在清单中下移一位")
tr(C, "Every new deal copies these checklists; changes here are saved at once and do not alter "
      "deals already running.",
   "Jedes neue Geschäft übernimmt diese Checklisten; Änderungen hier werden sofort gespeichert "
   "und ändern laufende Geschäfte nicht.",
   "Каждая новая сделка получает копию этих чек-листов; изменения здесь сохраняются сразу и не "
   "затрагивают уже идущие сделки.",
   "Кожна нова угода отримує копію цих чек-листів; зміни тут зберігаються одразу й не "
   "зачіпають угод, що вже тривають.",
   "每笔新交易都会复制这些清单；此处的更改会立即保存，不影响进行中的交易。")
tr(C, "Every new deal copies these checklists.", "Jedes neue Geschäft übernimmt diese Checklisten.",
   "Каждая новая сделка получает копию этих чек-листов.",
   "Кожна нова угода отримує копію цих чек-листів.", "每笔新交易都会复制这些清单。")
tr(C, "The checklists could not be loaded", "Die Checklisten konnten nicht geladen werden",
   "Не удалось загрузить чек-листы", "Не вдалося завантажити чек-листи", "无法加载清单")
tr(C, "Accessories for a model", "Zubehör für ein Modell", "Аксессуары для модели",
   "Аксесуари для моделі", "车型专属精品附件")
tr(C, "The model these accessories are offered with, e.g. Golf:",
   "Das Modell, zu dem dieses Zubehör angeboten wird, z. B. Golf:",
   "Модель, с которой предлагаются эти аксессуары, например Golf:",
   "Модель, з якою пропонуються ці аксесуари, наприклад Golf:",
   "推荐这些精品附件的车型，例如 Golf：")
tr(C, "The accessories were not added", "Das Zubehör wurde nicht hinzugefügt",
   "Аксессуары не добавлены", "Аксесуари не додано", "精品附件未添加")
tr(C, "Remove the item", "Punkt entfernen", "Удалить пункт", "Видалити пункт", "移除项目")
tr(C, "Remove “%1” from this checklist? New deals no longer get it; deals already running keep "
      "it.",
   "„%1“ aus dieser Checkliste entfernen? Neue Geschäfte erhalten den Punkt nicht mehr; laufende "
   "Geschäfte behalten ihn.",
   "Удалить «%1» из этого чек-листа? Новые сделки больше не получат этот пункт; в уже идущих "
   "сделках он останется.",
   "Видалити «%1» з цього чек-листа? Нові угоди більше не отримають цей пункт; в угодах, що "
   "вже тривають, він залишиться.",
   "要从此清单中移除“%1”吗？新交易将不再包含该项目；进行中的交易仍保留。")
tr(C, "The item was not removed", "Der Punkt wurde nicht entfernt", "Пункт не удалён",
   "Пункт не видалено", "项目未移除")
tr(C, "The item was not moved", "Der Punkt wurde nicht verschoben", "Пункт не перемещён",
   "Пункт не переміщено", "项目未移动")

# --- Settings: deals, dealership -----------------------------------------------------------------
C = "showroom::DealsForm"
tr(C, " days", " Tage", " дн.", " дн.", " 天")
tr(C, "at", "um", "в", "о", "于")  # the evening's weekday at a time
tr(C, "Offers and deliveries", "Angebote und Auslieferungen", "Предложения и выдача",
   "Пропозиції та видача", "报价单与交车")
tr(C, "An &offer is valid for:", "Ein &Angebot gilt:", "&Срок действия предложения:",
   "&Термін дії пропозиції:", "报价单有效期(&O)：")
tr(C, "Counted from the day the offer is printed; the offer shows its last day.",
   "Gezählt ab dem Tag, an dem das Angebot gedruckt wird; das Angebot nennt seinen letzten "
   "Gültigkeitstag.",
   "Отсчитывается со дня печати предложения; в предложении указан последний день действия.",
   "Відлічується від дня друку пропозиції; у пропозиції зазначено останній день дії.",
   "从打印报价单当天起计算；报价单上会注明有效期的最后一天。")
tr(C, "&Remind before a delivery date:", "&Erinnern vor einem Liefertermin:",
   "&Напоминать до даты выдачи за:", "&Нагадувати до дати видачі за:", "交车日期前提醒(&R)：")
tr(C, "The consultant is reminded this many days before the promised delivery date (0: on the "
      "day).",
   "Der Berater wird so viele Tage vor dem zugesagten Liefertermin erinnert (0: am Tag selbst).",
   "Консультант получает напоминание за столько дней до обещанной даты выдачи (0 — в тот же "
   "день).",
   "Консультант отримує нагадування за стільки днів до обіцяної дати видачі (0 — того ж дня).",
   "在承诺交车日期前若干天提醒顾问（0 表示当天）。")
tr(C, "After the handover", "Nach der Übergabe", "После выдачи автомобиля",
   "Після видачі автомобіля", "交车之后")
tr(C, "&Call the customer after:", "Kunden a&nrufen nach:", "По&звонить клиенту через:",
   "Подзвонити &клієнту через:", "交车后回访(&C)：")
tr(C, "Days after the handover: how is the new car?",
   "Tage nach der Übergabe: Wie gefällt das neue Fahrzeug?",
   "Дней после выдачи: как новый автомобиль?", "Днів після видачі: як новий автомобіль?",
   "交车后的天数：新车用得怎么样？")
tr(C, "\"Second delivery\" &evening:", "A&bend der „zweiten Auslieferung“:",
   "&Вечер «второй выдачи»:", "&Вечір «другої видачі»:", "“二次交车”之夜(&E)：")
tr(C, "Once a month, on the last such weekday, new owners are invited back to learn their car's "
      "functions at leisure.",
   "Einmal im Monat, am letzten dieser Wochentage, werden neue Besitzer eingeladen, die "
   "Funktionen ihres Fahrzeugs in Ruhe kennenzulernen.",
   "Раз в месяц, в последний такой день недели, новых владельцев приглашают снова, чтобы не "
   "спеша разобраться с функциями автомобиля.",
   "Раз на місяць, в останній такий день тижня, нових власників запрошують знову, щоб не "
   "поспішаючи розібратися з функціями автомобіля.",
   "每月在最后一个该星期几，邀请新车主回店，从容了解爱车的各项功能。")

C = "showroom::HoursForm"
# The example follows the language, like "Two letters, e.g. DE".
tr(C, "Street and number\nPostcode and town", "Straße und Hausnummer\nPLZ und Ort",
   "Улица, дом\nИндекс, город", "Вулиця, будинок\nІндекс, місто", "省市区\n街道门牌号")
tr(C, "e.g. +49 30 1234567", "z. B. +49 30 1234567", "например, +7 495 123-45-67",
   "наприклад, +380 44 123 4567", "例如 +86 10 1234 5678")
tr(C, "&Address:", "&Adresse:", "А&дрес:", "&Адреса:", "地址(&A)：")
tr(C, "P&hone:", "&Telefon:", "&Телефон:", "&Телефон:", "电话(&H)：")
tr(C, "Logo:", "Logo:", "Логотип:", "Логотип:", "标志：")
tr(C, "Name, address, phone and logo head every printed offer, contract and handover protocol.",
   "Name, Adresse, Telefon und Logo stehen im Kopf jedes gedruckten Angebots, Vertrags und "
   "Übergabeprotokolls.",
   "Название, адрес, телефон и логотип печатаются в шапке каждого коммерческого предложения, "
   "договора и акта приёма-передачи.",
   "Назва, адреса, телефон і логотип друкуються в шапці кожної комерційної пропозиції, "
   "договору та акта приймання-передачі.",
   "名称、地址、电话和标志会印在每份报价单、合同和交车确认单的页眉。")

C = "showroom::LogoPicker"
tr(C, "C&hoose logo…", "Logo &wählen…", "Выбрать &логотип…", "Вибрати &логотип…",
   "选择标志(&H)…")
tr(C, "A PNG or JPEG image of at most 512 KB, printed at the top of offers, contracts and "
      "handover protocols",
   "Ein PNG- oder JPEG-Bild von höchstens 512 KB, gedruckt oben auf Angeboten, Verträgen und "
   "Übergabeprotokollen",
   "Изображение PNG или JPEG не больше 512 КБ; печатается вверху коммерческих предложений, "
   "договоров и актов приёма-передачи",
   "Зображення PNG або JPEG до 512 КБ; друкується вгорі комерційних пропозицій, договорів і "
   "актів приймання-передачі",
   "不超过 512 KB 的 PNG 或 JPEG 图片，打印在报价单、合同和交车确认单的顶部")
tr(C, "Re&move logo", "Logo ent&fernen", "&Удалить логотип", "&Видалити логотип",
   "移除标志(&M)")
tr(C, "Choose the dealership's logo", "Logo des Autohauses wählen", "Выберите логотип автосалона",
   "Виберіть логотип автосалону", "选择门店标志")
tr(C, "Images (*.png *.jpg *.jpeg);;All files (*)", "Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)",
   "Изображения (*.png *.jpg *.jpeg);;Все файлы (*)",
   "Зображення (*.png *.jpg *.jpeg);;Усі файли (*)", "图片 (*.png *.jpg *.jpeg);;所有文件 (*)")
tr(C, "%1 could not be read: %2", "%1 konnte nicht gelesen werden: %2",
   "Не удалось прочитать %1: %2", "Не вдалося прочитати %1: %2", "无法读取 %1：%2")
tr(C, "The logo was not changed", "Das Logo wurde nicht geändert", "Логотип не изменён",
   "Логотип не змінено", "标志未更改")
tr(C, "No logo", "Kein Logo", "Нет логотипа", "Немає логотипа", "无标志")
tr(C, "Unreadable image", "Unlesbares Bild", "Изображение не читается",
   "Зображення не читається", "图片无法读取")

C = "showroom::SettingsPage"
tr(C, "Deals && after-sales", "Geschäfte && Nachbetreuung", "Сделки и после продажи",
   "Угоди та після продажу", "交易与售后")
tr(C, "Checklists", "Checklisten", "Чек-листы", "Чек-листи", "清单")

# --- Elsewhere -----------------------------------------------------------------------------------
C = "showroom::MainWindow"
tr(C, "Stock", "Bestand", "Склад", "Склад", "库存")

C = "showroom::CardActions"
tr(C, "Create &deal…", "&Geschäft anlegen…", "Созд&ать сделку…", "Створити &угоду…",
   "创建交易(&D)…")
tr(C, "The customer buys: the deal form for the selected (or newest) open lead",
   "Der Kunde kauft: das Geschäftsformular für den ausgewählten (oder neuesten) offenen Lead",
   "Клиент покупает: форма сделки по выбранному (или самому новому) открытому лиду",
   "Клієнт купує: форма угоди за вибраним (або найновішим) відкритим лідом",
   "客户购车：为选中的（或最新的）进行中线索填写交易表单")
tr(C, "Open d&eal", "Geschäft ö&ffnen", "&Открыть сделку", "Від&крити угоду", "打开交易(&E)")
tr(C, "The deal card with its delivery checklists",
   "Die Geschäftskarte mit ihren Checklisten für die Auslieferung",
   "Карточка сделки с чек-листами выдачи", "Картка угоди з чек-листами видачі",
   "交易卡片及其交车清单")
tr(C, "%1 has no open lead to close with a deal. Start one with “New lead…” first.",
   "%1 hat keinen offenen Lead, der mit einem Geschäft abgeschlossen werden könnte. Legen Sie "
   "zuerst mit „Neuer Lead…“ einen an.",
   "У клиента %1 нет открытого лида, который можно закрыть сделкой. Сначала создайте его "
   "кнопкой «Новый лид…».",
   "У клієнта %1 немає відкритого ліда, який можна закрити угодою. Спочатку створіть його "
   "кнопкою «Новий лід…».",
   "%1 没有可通过交易关闭的进行中线索。请先通过“新建线索…”创建一条。")
tr(C, "Deal #%1 created.", "Geschäft #%1 angelegt.", "Сделка №%1 создана.", "Угоду №%1 створено.",
   "交易 #%1 已创建。")

C = "showroom::BoardActions"
tr(C, "Create deal", "Geschäft anlegen", "Создать сделку", "Створити угоду", "创建交易")
tr(C, "A deal belongs to one lead. Drop the leads on Won one at a time.",
   "Ein Geschäft gehört zu genau einem Lead. Ziehen Sie die Leads einzeln auf „Gewonnen“.",
   "Сделка относится к одному лиду. Перетаскивайте лиды на «Выигран» по одному.",
   "Угода належить одному ліду. Перетягуйте ліди на «Виграно» по одному.",
   "一笔交易只对应一条线索。请将线索逐条拖到“成交”。")


table.run(checks=ts_fill.ALL_CHECKS, literal_ampersands=True, list_unused=True, verify=True)
