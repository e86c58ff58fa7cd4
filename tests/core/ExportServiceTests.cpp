// Exporting report tables: who may, what is refused before a file is touched, the audit row of
// every export, and failed exports that leave no file behind and an existing one as it was.
#include "ExportSupport.h"
#include "Fixtures.h"
#include "io/CsvWriter.h"
#include "services/ReportExportService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {
struct ExportRow {
    qint64 userId = 0;
    QString entity;
    QJsonObject details;
};

std::vector<ExportRow> exportsLogged(Fixture& f)
{
    QSqlQuery query(f.db->sql());
    REQUIRE(query.exec(QStringLiteral("SELECT user_id, entity, details FROM audit_log "
                                      "WHERE action = 'report.export' ORDER BY id")));
    std::vector<ExportRow> rows;
    while (query.next())
        rows.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                        QJsonDocument::fromJson(query.value(2).toByteArray()).object()});
    return rows;
}

Result<void> exportAs(Fixture& f, const User& actor, const std::vector<DataTable>& tables,
                      ExportFormat format, const QString& path)
{
    return ReportExportService(f.context())
        .exportTables(actor, tables, format, path, QStringLiteral("Weekly report"));
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}
} // namespace

TEST_CASE("consultants and the reception may not export reports", "[export]")
{
    Fixture f;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.xlsx"));
    for (const User* user : {&f.anna, &f.reception}) {
        for (ExportFormat format : {ExportFormat::Xlsx, ExportFormat::Csv}) {
            auto refused = exportAs(f, *user, {sampleTable()}, format, path);
            REQUIRE_FALSE(refused.has_value());
            CHECK(refused.error().code == ErrorCode::PermissionDenied);
            CHECK(refused.error().message.contains(user->displayName));
        }
    }
    CHECK(filesIn(out.path()).isEmpty());
    CHECK(exportsLogged(f).empty());
}

TEST_CASE("a manager's XLSX export is written and audited", "[export]")
{
    Fixture f;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("weekly.xlsx"));
    DataTable second = sampleTable();
    second.name = QStringLiteral("Consultants");
    second.rows.resize(2);
    auto exported = exportAs(f, f.manager, {sampleTable(), second}, ExportFormat::Xlsx, path);
    INFO((exported ? QString() : exported.error().message).toStdString());
    REQUIRE(exported.has_value());
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("weekly.xlsx")});
    CHECK(unzip(path, QStringLiteral("xl/workbook.xml")).contains("<sheet name=\"Consultants\""));

    const auto logged = exportsLogged(f);
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].userId == f.manager.id);
    CHECK(logged[0].entity == QStringLiteral("report"));
    CHECK(logged[0].details.value(QStringLiteral("report")).toString() ==
          QStringLiteral("Weekly report"));
    CHECK(logged[0].details.value(QStringLiteral("format")).toString() == QStringLiteral("xlsx"));
    CHECK(logged[0].details.value(QStringLiteral("file")).toString() ==
          QStringLiteral("weekly.xlsx"));
    CHECK(logged[0].details.value(QStringLiteral("rows")).toInteger() == 6);
    CHECK(logged[0].details.value(QStringLiteral("tables")).toArray() ==
          QJsonArray{QStringLiteral("Customers"), QStringLiteral("Consultants")});
}

TEST_CASE("an admin's CSV export is written and audited", "[export]")
{
    Fixture f;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("customers.csv"));
    REQUIRE(exportAs(f, f.admin, {sampleTable()}, ExportFormat::Csv, path).has_value());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == csv::write(sampleTable()));
    const auto logged = exportsLogged(f);
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].userId == f.admin.id);
    CHECK(logged[0].details.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    CHECK(logged[0].details.value(QStringLiteral("rows")).toInteger() == 4);
}

TEST_CASE("nothing to export, or several tables as CSV, is refused", "[export]")
{
    Fixture f;
    QTemporaryDir out;
    auto empty = exportAs(f, f.manager, {}, ExportFormat::Xlsx, out.filePath("a.xlsx"));
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
    auto several = exportAs(f, f.manager, {sampleTable(), sampleTable()}, ExportFormat::Csv,
                            out.filePath("a.csv"));
    REQUIRE_FALSE(several.has_value());
    CHECK(several.error().code == ErrorCode::InvalidInput);
    CHECK(several.error().message.contains(QStringLiteral("2 tables")));
    CHECK(filesIn(out.path()).isEmpty());
    CHECK(exportsLogged(f).empty());
}

TEST_CASE("an unwritable place is an error naming the path; nothing is audited", "[export]")
{
    Fixture f;
    QTemporaryDir out;
    const QString missing = out.filePath(QStringLiteral("no such folder/report.xlsx"));
    for (ExportFormat format : {ExportFormat::Xlsx, ExportFormat::Csv}) {
        auto noFolder = exportAs(f, f.manager, {sampleTable()}, format, missing);
        REQUIRE_FALSE(noFolder.has_value());
        CHECK(noFolder.error().code == ErrorCode::Io);
        CHECK(noFolder.error().message.contains(QDir::toNativeSeparators(missing)));

        // The folder exists, but no file can be created in it (not even by root).
        const QString proc = QStringLiteral("/proc/showroom-report.out");
        auto unwritable = exportAs(f, f.manager, {sampleTable()}, format, proc);
        REQUIRE_FALSE(unwritable.has_value());
        CHECK(unwritable.error().code == ErrorCode::Io);
        CHECK(unwritable.error().message.contains(proc));
        CHECK_FALSE(QFileInfo::exists(proc));

        auto folder = exportAs(f, f.manager, {sampleTable()}, format, out.path());
        REQUIRE_FALSE(folder.has_value());
        CHECK(folder.error().code == ErrorCode::Io);
    }
    CHECK(filesIn(out.path()).isEmpty());
    CHECK(exportsLogged(f).empty());
}

TEST_CASE("a failed export leaves the existing file byte for byte", "[export]")
{
    Fixture f;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.xlsx"));
    writeFile(path, QByteArrayLiteral("last week's report, still needed"));
    const QByteArray before = fileDigest(path);

    DataTable tooLong = sampleTable();
    tooLong.rows.push_back({QString(40000, QLatin1Char('x')), {}, {}, {}, {}, {}});
    auto failed = exportAs(f, f.manager, {sampleTable(), tooLong}, ExportFormat::Xlsx, path);
    REQUIRE_FALSE(failed.has_value());
    CHECK(fileDigest(path) == before);
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("report.xlsx")});
    CHECK(exportsLogged(f).empty());

    // A successful export replaces it.
    REQUIRE(exportAs(f, f.manager, {sampleTable()}, ExportFormat::Xlsx, path).has_value());
    CHECK(fileDigest(path) != before);
    CHECK(unzip(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<v>1234.5</v>"));
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("report.xlsx")});
    CHECK(exportsLogged(f).size() == 1);
}
