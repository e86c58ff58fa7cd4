// File → Import leads: a dry run first, then the import; a list's columns can be chosen by hand.
// `showroom_ui_tests "[.shots]"` also renders the dialog to $SHOWROOM_SHOTS_DIR (or /tmp).
#include "PipelineDesk.h"
#include "intake/LeadImportDialog.h"
#include "intake/LeadImportModel.h"
#include "shell/MainWindow.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

const QString kData = QStringLiteral(SHOWROOM_TEST_DATA "/intake/");

// Warnings other than the offscreen platform's size-hint notes.
QStringList unexpectedWarnings()
{
    return takeWarnings().filter(QRegularExpression(QStringLiteral("^(?!.*propagateSizeHints)")));
}

qint64 leads(PipelineDesk& desk)
{
    return sql::scalar(desk.data.db().sql(), QStringLiteral("SELECT count(*) FROM leads"))
        ->toLongLong();
}

QString writeList(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("The lead import dialog shows a dry run of an ADF file, then imports it", "[ui][intake]")
{
    PipelineDesk desk;
    takeWarnings();
    LeadImportDialog dialog(desk.session(desk.max));
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const qint64 before = leads(desk);
    REQUIRE(dialog.setFile(kData + QStringLiteral("adf/lenient.xml")));
    REQUIRE(dialog.model()->rowCount() == 2);
    CHECK(dialog.model()->index(0, LeadImportModel::Name).data().toString() ==
          QStringLiteral("Peter van der Berg"));
    CHECK(dialog.model()->index(0, LeadImportModel::Outcome).data().toString() ==
          QStringLiteral("New customer and lead"));
    CHECK(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.columns()->isVisible());
    CHECK(leads(desk) == before); // nothing written yet

    REQUIRE(dialog.importNow());
    CHECK(leads(desk) == before + 2);
    CHECK(dialog.summaryLabel()->text().startsWith(QStringLiteral("Imported: 2 new")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    // The same file again: both imported before, nothing to import.
    REQUIRE(dialog.setFile(kData + QStringLiteral("adf/lenient.xml")));
    CHECK(dialog.model()->index(1, LeadImportModel::Outcome).data().toString() ==
          QStringLiteral("Imported before"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(unexpectedWarnings().isEmpty());
}

TEST_CASE("The lead import dialog attributes the leads to a campaign of the chosen source",
          "[ui][intake]")
{
    PipelineDesk desk;
    REQUIRE(sql::run(desk.data.db().sql(),
                     QStringLiteral("INSERT INTO campaigns (source_id, name) SELECT id, "
                                    "'Spring fair' FROM sources WHERE key = 'event'")));
    const qint64 fair =
        sql::scalar(desk.data.db().sql(), QStringLiteral("SELECT max(id) FROM campaigns"))
            ->toLongLong();
    LeadImportDialog dialog(desk.session(desk.max));
    REQUIRE(dialog.setFile(kData + QStringLiteral("adf/lenient.xml")));
    CHECK_FALSE(dialog.campaignBox()->isEnabled()); // no source chosen: no campaign to pick
    dialog.setSource(QStringLiteral("portal"));
    CHECK(dialog.campaignBox()->count() == 1); // the portal has none
    dialog.setSource(QStringLiteral("event"));
    REQUIRE(dialog.campaignBox()->count() == 2);
    CHECK(dialog.campaignBox()->isEnabled());
    dialog.setCampaign(fair);
    REQUIRE(dialog.importNow());
    CHECK(sql::scalar(desk.data.db().sql(),
                      QStringLiteral("SELECT count(*) FROM leads WHERE campaign_id = ?"), {fair})
              ->toLongLong() == 2);
}

TEST_CASE("A lead list needs its source, and its columns can be chosen by hand", "[ui][intake]")
{
    PipelineDesk desk;
    takeWarnings();
    QTemporaryDir dir;
    const QString path = writeList(
        dir, "Kundennr;Wer;Nummer\n77;Hanna Berg;0172 5556677\n78;Paul Wagner;0160 2223344\n");
    LeadImportDialog dialog(desk.session(desk.max));
    dialog.show();
    REQUIRE(dialog.setFile(path));
    CHECK(dialog.columns()->isVisible());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("source")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.setSource(QStringLiteral("event"));
    REQUIRE(dialog.columns()->rowCount() == 3);
    CHECK(dialog.columns()->item(1, 0)->text() == QStringLiteral("Wer"));
    CHECK(dialog.columns()->item(2, 2)->text() == QStringLiteral("0172 5556677"));
    // No header is recognised: nobody can be reached yet.
    CHECK(dialog.model()->index(0, LeadImportModel::Outcome).data().toString() ==
          QStringLiteral("Rejected"));

    // Choosing the fields in the combo boxes reruns the dry run.
    auto* name = dialog.columns()->cellWidget(1, 1)->findChild<QComboBox*>();
    if (!name)
        name = qobject_cast<QComboBox*>(dialog.columns()->cellWidget(1, 1));
    REQUIRE(name);
    name->setCurrentIndex(name->findData(QStringLiteral("name")));
    auto* number = qobject_cast<QComboBox*>(dialog.columns()->cellWidget(2, 1));
    REQUIRE(number);
    number->setCurrentIndex(number->findData(QStringLiteral("mobile")));
    REQUIRE(dialog.model()->rowCount() == 2);
    CHECK(dialog.model()->index(0, LeadImportModel::Record).data().toString() ==
          QStringLiteral("line 2"));
    CHECK(dialog.model()->index(1, LeadImportModel::Name).data().toString() ==
          QStringLiteral("Paul Wagner"));
    CHECK(dialog.importButton()->isEnabled());
    const qint64 before = leads(desk);
    REQUIRE(dialog.importNow());
    CHECK(leads(desk) == before + 2);
    CHECK(unexpectedWarnings().isEmpty());
}

TEST_CASE("File → Import leads opens the dialog for those who may create leads", "[ui][intake]")
{
    PipelineDesk desk;
    MainWindow window(desk.session(desk.max));
    auto* action = window.findChild<QAction*>(QStringLiteral("importLeadsAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    LeadImportDialog* dialog = window.importLeads();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->close();
}

TEST_CASE("Lead import dialog screenshot", "[.shots]")
{
    PipelineDesk desk;
    LeadImportDialog dialog(desk.session(desk.max));
    REQUIRE(dialog.setFile(kData + QStringLiteral("csv/portal-de-cp1252.csv")));
    dialog.setSource(QStringLiteral("portal"));
    QString folder = qEnvironmentVariable("SHOWROOM_SHOTS_DIR");
    if (folder.isEmpty())
        folder = QStringLiteral("/tmp");
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);
    CHECK(dialog.grab().save(folder + QStringLiteral("/lead-import-list.png")));
    REQUIRE(dialog.setFile(kData + QStringLiteral("adf/broken.xml")));
    QTest::qWait(50);
    CHECK(dialog.grab().save(folder + QStringLiteral("/lead-import-adf.png")));
}
