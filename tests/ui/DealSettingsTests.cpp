// Settings for deals: the dealership's letterhead (address, phone, logo), the deal and
// after-sales numbers, and the checklist templates.
#include "SettingsTestSupport.h"
#include "services/ChecklistTemplateService.h"
#include "settings/ChecklistItemDialog.h"
#include "settings/LogoPicker.h"

#include <QFile>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace showroom;
using namespace showroom::test;

namespace {
QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ChecklistTemplate checklist(Office& office, ChecklistKind kind, const QString& model = {})
{
    auto all = ChecklistTemplateService(office.data.context()).templates();
    REQUIRE(all.has_value());
    for (const ChecklistTemplate& t : *all)
        if (t.kind == kind && t.model == model)
            return t;
    FAIL("no checklist template of that kind");
    return {};
}

QStringList titles(const ChecklistTemplate& checklist)
{
    QStringList result;
    for (const ChecklistTemplateItem& item : checklist.items)
        result << item.title;
    return result;
}

// Closes a dialog opened with WA_DeleteOnClose for good.
void finish(QPointer<ChecklistItemDialog>& dialog)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull());
}
} // namespace

TEST_CASE("the dealership's address, phone and logo and the deal numbers are saved",
          "[ui][settings][deals]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    HoursForm* hours = p.page.hours();
    CHECK(hours->logoPicker()->logo().isEmpty());
    CHECK(hours->logoPicker()->preview()->text() == QStringLiteral("No logo"));
    CHECK_FALSE(hours->logoPicker()->removeButton()->isEnabled());

    QTemporaryDir dir;
    QImage image(240, 90, QImage::Format_ARGB32);
    image.fill(QColor(0x1f, 0x4e, 0x79));
    QPainter(&image).fillRect(QRect(20, 20, 60, 50), Qt::white);
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(image.save(png, "PNG"));

    hours->nameEdit()->setText(QStringLiteral("Autohaus Berger"));
    QTest::keyClicks(hours->addressEdit(), QStringLiteral("Hauptstraße 12"));
    QTest::keyClick(hours->addressEdit(), Qt::Key_Return);
    QTest::keyClicks(hours->addressEdit(), QStringLiteral("10115 Berlin"));
    QTest::keyClicks(hours->phoneEdit(), QStringLiteral("+49 30 1234567"));
    REQUIRE(hours->logoPicker()->chooseFile(png));
    CHECK_FALSE(hours->logoPicker()->preview()->pixmap().isNull());
    CHECK(hours->logoPicker()->removeButton()->isEnabled());
    CHECK(hours->hasUnsavedChanges());
    REQUIRE(hours->save());

    CHECK(boxes.errors.isEmpty());
    CHECK(office.setting(QStringLiteral("dealership.name")) == QStringLiteral("Autohaus Berger"));
    CHECK(office.setting(QStringLiteral("dealership.address")) ==
          QStringLiteral("Hauptstraße 12\n10115 Berlin"));
    CHECK(office.setting(QStringLiteral("dealership.phone")) == QStringLiteral("+49 30 1234567"));
    CHECK(QByteArray::fromBase64(office.setting(QStringLiteral("dealership.logo")).toLatin1()) ==
          fileBytes(png));
    CHECK_FALSE(hours->hasUnsavedChanges());

    // "Remove logo" takes it away at the next Save.
    hours->logoPicker()->removeButton()->click();
    CHECK(hours->logoPicker()->preview()->pixmap().isNull());
    CHECK(hours->hasUnsavedChanges());
    REQUIRE(hours->save());
    CHECK(office.setting(QStringLiteral("dealership.logo")).isEmpty());

    // Offers, deliveries and after-sales.
    DealsForm* deals = p.page.deals();
    CHECK(deals->offerValidDays()->value() == 14);
    CHECK(deals->reminderDays()->value() == 2);
    CHECK(deals->callDays()->value() == 3);
    CHECK(deals->eveningWeekday()->currentData().toInt() == 4);
    CHECK(deals->eveningWeekday()->currentText() == QLocale().dayName(4));
    CHECK(deals->eveningTime()->time() == QTime(18, 30));
    deals->offerValidDays()->setValue(30);
    deals->reminderDays()->setValue(5);
    deals->callDays()->setValue(2);
    deals->eveningWeekday()->setCurrentIndex(deals->eveningWeekday()->findData(5));
    deals->eveningTime()->setTime(QTime(19, 0));
    CHECK(p.page.tabs()->tabText(int(SettingsPage::Section::Deals)).endsWith(QStringLiteral("•")));
    CHECK(p.page.hasUnsavedChanges());
    REQUIRE(deals->saveButton()->isEnabled());
    deals->saveButton()->click();
    CHECK(boxes.errors.isEmpty());
    CHECK(office.setting(QStringLiteral("offer.valid_days")) == QStringLiteral("30"));
    CHECK(office.setting(QStringLiteral("delivery.reminder_days")) == QStringLiteral("5"));
    CHECK(office.setting(QStringLiteral("after_sales.call_days")) == QStringLiteral("2"));
    CHECK(office.setting(QStringLiteral("after_sales.evening_weekday")) == QStringLiteral("5"));
    CHECK(office.setting(QStringLiteral("after_sales.evening_time")) == QStringLiteral("19:00"));
    CHECK_FALSE(p.page.hasUnsavedChanges());
}

TEST_CASE("a logo that is no image or too large is refused and changes nothing",
          "[ui][settings][deals]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    LogoPicker* logo = p.page.hours()->logoPicker();
    QTemporaryDir dir;

    QFile text(dir.filePath(QStringLiteral("logo.png")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a picture\n");
    text.close();
    CHECK_FALSE(logo->chooseFile(text.fileName()));
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front() ==
          QStringLiteral("The logo was not changed: The logo must be a PNG or JPEG image."));

    // Noise does not compress: far above 512 KB as PNG.
    QImage noise(700, 700, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, QRandomGenerator::global()->generate());
    const QString large = dir.filePath(QStringLiteral("large.png"));
    REQUIRE(noise.save(large, "PNG"));
    REQUIRE(QFileInfo(large).size() > 512 * 1024);
    CHECK_FALSE(logo->chooseFile(large));
    REQUIRE(boxes.errors.size() == 2);
    CHECK(boxes.errors.back().contains(QStringLiteral("larger than 512 KB")));

    CHECK(logo->logo().isEmpty());
    CHECK_FALSE(p.page.hours()->hasUnsavedChanges());
    CHECK(office.setting(QStringLiteral("dealership.logo")).isEmpty());
}

TEST_CASE("the checklist templates are listed with translated names", "[ui][settings][deals]")
{
    Office office;
    Page p(office.session(office.manager));
    ChecklistsSection* section = p.page.checklists();
    ChecklistTemplateListModel* templates = section->templates();
    QStringList names;
    for (int row = 0; row < templates->rowCount(); ++row)
        names << templates->index(row, 0).data().toString();
    CHECK(names == QStringList({"Loan documents — private buyer", "Loan documents — company buyer",
                                "Delivery steps", "Handover", "Accessories — all models"}));
    // The first is shown at the start, with the columns of loan documents.
    REQUIRE(section->currentTemplate() != nullptr);
    CHECK(section->currentTemplate()->kind == ChecklistKind::LoanPrivate);
    QTableView* view = section->itemView();
    CHECK_FALSE(view->isColumnHidden(ChecklistItemModel::DueAfterSigning));
    CHECK(view->isColumnHidden(ChecklistItemModel::DueBefore));
    CHECK(view->isColumnHidden(ChecklistItemModel::Price));
    ChecklistItemModel* items = section->items();
    CHECK(items->index(0, ChecklistItemModel::Title).data().toString() ==
          QStringLiteral("Identity card or passport"));
    CHECK(items->index(0, ChecklistItemModel::Document).data().toString() == QStringLiteral("✓"));
    CHECK(items->index(0, ChecklistItemModel::DueAfterSigning).data().toString() ==
          QStringLiteral("7"));

    section->selectKind(ChecklistKind::Delivery);
    CHECK(p.child<QLabel>(QStringLiteral("checklistHeading"))->text() ==
          QStringLiteral("Delivery steps"));
    CHECK_FALSE(view->isColumnHidden(ChecklistItemModel::DueBefore));
    CHECK(view->isColumnHidden(ChecklistItemModel::DueAfterSigning));
    CHECK(items->rowCount() == int(checklist(office, ChecklistKind::Delivery).items.size()));
    CHECK(items->index(0, ChecklistItemModel::DueBefore).data().toString() == QStringLiteral("21"));

    section->selectKind(ChecklistKind::Accessories);
    CHECK_FALSE(view->isColumnHidden(ChecklistItemModel::Price));
    CHECK_FALSE(view->isColumnHidden(ChecklistItemModel::SalesArgument));
    CHECK(view->isColumnHidden(ChecklistItemModel::DueBefore));
    CHECK(view->isColumnHidden(ChecklistItemModel::Required));
}

TEST_CASE("an item added to the private loan documents needs a document", "[ui][settings][deals]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    ChecklistsSection* section = p.page.checklists();
    section->selectKind(ChecklistKind::LoanPrivate);
    const std::size_t before = checklist(office, ChecklistKind::LoanPrivate).items.size();

    QPointer<ChecklistItemDialog> dialog = section->addItem();
    REQUIRE(dialog);
    CHECK(dialog->priceField() == nullptr);
    REQUIRE(dialog->dueField() != nullptr);
    CHECK(dialog->dueField()->text() == QStringLiteral("Not dated"));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Residence permit"));
    dialog->requiredField()->setChecked(false);
    dialog->documentField()->setChecked(true);
    dialog->dueField()->setValue(10);
    REQUIRE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    finish(dialog);
    CHECK(boxes.errors.isEmpty());

    const ChecklistTemplate loans = checklist(office, ChecklistKind::LoanPrivate);
    REQUIRE(loans.items.size() == before + 1);
    const ChecklistTemplateItem& added = loans.items.back();
    CHECK(added.title == QStringLiteral("Residence permit"));
    CHECK_FALSE(added.required);
    CHECK(added.requiresDocument);
    CHECK(added.dueDaysAfterSigning == 10);
    CHECK_FALSE(added.dueDaysBefore.has_value());
    // The list shows it, selected.
    ChecklistItemModel* items = section->items();
    const int row = items->rowOf(added.id);
    REQUIRE(row == int(before));
    CHECK(section->itemView()->currentIndex().row() == row);
    CHECK(items->index(row, ChecklistItemModel::Document).data().toString() == QStringLiteral("✓"));
    CHECK(items->index(row, ChecklistItemModel::Required).data().toString().isEmpty());

    // Edited: the document is no longer needed.
    QPointer<ChecklistItemDialog> edit = section->editSelected();
    REQUIRE(edit);
    CHECK(edit->titleField()->text() == QStringLiteral("Residence permit"));
    CHECK(edit->documentField()->isChecked());
    CHECK(edit->dueField()->value() == 10);
    edit->documentField()->setChecked(false);
    edit->okButton()->click();
    finish(edit);
    CHECK(boxes.errors.isEmpty());
    CHECK_FALSE(checklist(office, ChecklistKind::LoanPrivate).items.back().requiresDocument);
    CHECK(items->index(row, ChecklistItemModel::Document).data().toString().isEmpty());
}

TEST_CASE("accessories for the Golf get their own list with priced items", "[ui][settings][deals]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    ChecklistsSection* section = p.page.checklists();

    REQUIRE(section->addAccessoryTemplate(QStringLiteral("Golf")));
    CHECK(boxes.errors.isEmpty());
    REQUIRE(section->currentTemplate() != nullptr);
    CHECK(section->currentTemplate()->model == QStringLiteral("Golf"));
    CHECK(section->templates()
              ->index(section->templateView()->currentIndex().row(), 0)
              .data()
              .toString() == QStringLiteral("Accessories — Golf"));
    CHECK(section->items()->rowCount() == 0);

    QPointer<ChecklistItemDialog> dialog = section->addItem();
    REQUIRE(dialog);
    CHECK(dialog->dueField() == nullptr);
    CHECK(dialog->requiredField() == nullptr); // every accessory is answered anyway
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Roof box 420 l"));
    dialog->priceField()->setText(QStringLiteral("12/5"));
    CHECK_FALSE(dialog->okButton()->isEnabled()); // not a price
    dialog->priceField()->setText(QStringLiteral("299.00"));
    dialog->salesArgumentField()->setText(QStringLiteral("Room for the whole family's luggage"));
    REQUIRE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    finish(dialog);
    CHECK(boxes.errors.isEmpty());

    auto golf =
        ChecklistTemplateService(office.data.context()).accessoriesFor(QStringLiteral("Golf"));
    REQUIRE(golf.has_value());
    REQUIRE(golf->size() == 1);
    CHECK(golf->front().title == QStringLiteral("Roof box 420 l"));
    CHECK(golf->front().priceCents == 29900);
    CHECK(golf->front().salesArgument == QStringLiteral("Room for the whole family's luggage"));
    CHECK(section->items()
              ->index(0, ChecklistItemModel::Price)
              .data(ChecklistItemModel::RawValueRole) == QVariant(qint64(29900)));
    CHECK(section->items()
              ->index(0, ChecklistItemModel::Price)
              .data()
              .toString()
              .contains(QStringLiteral("299")));
    // Other models keep the general list.
    auto polo =
        ChecklistTemplateService(office.data.context()).accessoriesFor(QStringLiteral("Polo"));
    REQUIRE(polo.has_value());
    CHECK(polo->size() == checklist(office, ChecklistKind::Accessories).items.size());

    // A second list for the same model is refused with the core's message.
    CHECK_FALSE(section->addAccessoryTemplate(QStringLiteral("golf")));
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().contains(QStringLiteral("There already are accessories for the")));
    CHECK(section->templates()->rowCount() == 6);
}

TEST_CASE("checklist items move, are removed after asking, and stale edits conflict",
          "[ui][settings][deals]")
{
    Office office;
    Page p(office.session(office.manager));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);
    ChecklistsSection* section = p.page.checklists();
    section->selectKind(ChecklistKind::Delivery);
    const QStringList original = titles(checklist(office, ChecklistKind::Delivery));
    REQUIRE(original.size() >= 3);

    const ChecklistTemplateItem second = checklist(office, ChecklistKind::Delivery).items[1];
    section->selectItem(second.id);
    auto* up = p.child<QPushButton>(QStringLiteral("moveChecklistItemUp"));
    REQUIRE(up->isEnabled());
    up->click();
    CHECK(boxes.errors.isEmpty());
    QStringList expected = original;
    expected.swapItemsAt(0, 1);
    CHECK(titles(checklist(office, ChecklistKind::Delivery)) == expected);
    CHECK(section->items()->index(0, ChecklistItemModel::Title).data().toString() == second.title);
    // The selection follows the item: now first, so it cannot go further up.
    CHECK(section->itemView()->currentIndex().row() == 0);
    CHECK_FALSE(up->isEnabled());
    p.child<QPushButton>(QStringLiteral("moveChecklistItemDown"))->click();
    CHECK(titles(checklist(office, ChecklistKind::Delivery)) == original);

    // Removing asks first; "No" keeps the item.
    section->selectItem(second.id);
    boxes.answer = false;
    CHECK_FALSE(section->removeSelected());
    REQUIRE(boxes.questions.size() == 1);
    CHECK(boxes.questions.front().contains(second.title));
    CHECK(titles(checklist(office, ChecklistKind::Delivery)) == original);
    boxes.answer = true;
    CHECK(section->removeSelected());
    expected = original;
    expected.removeAt(1);
    CHECK(titles(checklist(office, ChecklistKind::Delivery)) == expected);
    CHECK(section->items()->rowCount() == expected.size());

    // A colleague changed the first step meanwhile: the edit is refused as a conflict and the
    // dialog keeps what was typed.
    const ChecklistTemplateItem first = checklist(office, ChecklistKind::Delivery).items[0];
    section->selectItem(first.id);
    QPointer<ChecklistItemDialog> edit = section->editSelected();
    REQUIRE(edit);
    ChecklistTemplateItem theirs = first;
    theirs.title = QStringLiteral("Car ordered at the factory");
    REQUIRE(ChecklistTemplateService(office.data.context())
                .updateItem(office.manager, theirs)
                .has_value());
    edit->titleField()->setText(QStringLiteral("Order placed"));
    edit->okButton()->click();
    REQUIRE(edit);
    CHECK(edit->isVisible());
    REQUIRE(boxes.errors.size() == 1);
    CHECK(boxes.errors.front().startsWith(QStringLiteral("The item was not saved")));
    CHECK(edit->errorLabel()->isVisible());
    edit->reject();
    finish(edit);
    CHECK(checklist(office, ChecklistKind::Delivery).items[0].title == theirs.title);
    // The list shows the colleague's change (checklistTemplatesChanged).
    CHECK(section->items()->index(0, ChecklistItemModel::Title).data().toString() == theirs.title);
}

TEST_CASE("a consultant sees the deal settings read-only", "[ui][settings][deals]")
{
    Office office;
    Page p(office.session(office.anna));
    RecordingMessageBoxes boxes;
    ScopedMessageBoxes scoped(boxes);

    HoursForm* hours = p.page.hours();
    CHECK(hours->addressEdit()->isReadOnly());
    CHECK_FALSE(hours->phoneEdit()->isEnabled());
    CHECK_FALSE(hours->logoPicker()->chooseButton()->isVisible());
    CHECK_FALSE(hours->logoPicker()->removeButton()->isVisible());
    DealsForm* deals = p.page.deals();
    CHECK_FALSE(deals->offerValidDays()->isEnabled());
    CHECK_FALSE(deals->reminderDays()->isEnabled());
    CHECK_FALSE(deals->callDays()->isEnabled());
    CHECK_FALSE(deals->eveningWeekday()->isEnabled());
    CHECK_FALSE(deals->eveningTime()->isEnabled());
    CHECK_FALSE(deals->save());

    p.page.showSection(SettingsPage::Section::Checklists);
    ChecklistsSection* section = p.page.checklists();
    for (const char* name : {"addAccessoryTemplate", "addChecklistItem", "editChecklistItem",
                             "removeChecklistItem", "moveChecklistItemUp", "moveChecklistItemDown"})
        CHECK_FALSE(p.child<QPushButton>(QString::fromLatin1(name))->isVisible());
    CHECK(section->items()->rowCount() > 0);
    section->selectItem(section->items()->rowAt(1).id);
    CHECK(section->addItem() == nullptr);
    CHECK(section->editSelected() == nullptr);
    CHECK_FALSE(section->removeSelected());
    const QStringList before = titles(checklist(office, ChecklistKind::LoanPrivate));
    section->moveSelected(-1);
    CHECK(titles(checklist(office, ChecklistKind::LoanPrivate)) == before);
    // The service refuses a template all the same.
    CHECK_FALSE(section->addAccessoryTemplate(QStringLiteral("Golf")));
    CHECK(boxes.errors.size() == 1);
    CHECK(boxes.questions.isEmpty());
}
