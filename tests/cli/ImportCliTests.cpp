// import adf: a dry run that writes nothing, then the import, then the same files again.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {

const QString kAdfDir = QStringLiteral(SHOWROOM_TEST_DATA "/intake/adf/");

int total(const QJsonDocument& report, const char* outcome)
{
    return report.object().value(QLatin1String(outcome)).toInt();
}

} // namespace

TEST_CASE("import adf reports each record, writes nothing on a dry run, and skips what it "
          "imported before",
          "[cli][intake]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("intake.sqlite"));
    REQUIRE(runOn(db, {},
                  {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                   QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    const QString reception = QStringLiteral("reception");
    const QStringList files{kAdfDir + QStringLiteral("standard.xml"),
                            kAdfDir + QStringLiteral("lenient.xml"),
                            kAdfDir + QStringLiteral("no-contact.xml")};
    const auto import = [&](const QStringList& extra) {
        return succeed(db, reception,
                       QStringList{QStringLiteral("import"), QStringLiteral("adf")} + files +
                           extra);
    };

    const QJsonDocument dry = import({QStringLiteral("--dry-run")});
    CHECK(dry.object().value(QStringLiteral("dry_run")).toBool());
    CHECK(total(dry, "created") == 3);
    CHECK(total(dry, "rejected") == 1);
    const QJsonObject lenient = dry.object().value(QStringLiteral("files")).toArray()[1].toObject();
    const QJsonObject peter = lenient.value(QStringLiteral("records")).toArray()[0].toObject();
    CHECK(peter.value(QStringLiteral("external_id")).toString() ==
          QStringLiteral("adf:CallTrack/c-77"));
    CHECK(peter.value(QStringLiteral("outcome")).toString() == QStringLiteral("created"));
    const QJsonObject nobody = dry.object().value(QStringLiteral("files")).toArray()[2].toObject();
    CHECK(nobody.value(QStringLiteral("rejected"))
              .toString()
              .contains(QStringLiteral("no phone number or email")));

    const auto unassigned = [&] {
        QJsonArray ids;
        for (const QJsonValue& column : succeed(db, reception, {QStringLiteral("board")})
                                            .object()
                                            .value(QStringLiteral("columns"))
                                            .toArray())
            if (column.toObject().value(QStringLiteral("stage")).toString() ==
                QStringLiteral("unassigned"))
                ids = column.toObject().value(QStringLiteral("lead_ids")).toArray();
        return ids;
    };
    const QJsonArray before = unassigned();

    const QJsonDocument real = import({});
    CHECK(total(real, "created") == 3);
    const QJsonArray after = unassigned();
    CHECK(after.size() == before.size() + 3);
    const QJsonValue olgaLead = real.object()
                                    .value(QStringLiteral("files"))
                                    .toArray()[1]
                                    .toObject()
                                    .value(QStringLiteral("records"))
                                    .toArray()[1]
                                    .toObject()
                                    .value(QStringLiteral("lead_id"));
    CHECK(after.contains(olgaLead));
    const QJsonDocument again = import({});
    CHECK(total(again, "created") == 0);
    CHECK(total(again, "duplicate") == 3);

    const CliResult unknown = runOn(db, reception,
                                    {QStringLiteral("import"), QStringLiteral("adf"), files[0],
                                     QStringLiteral("--source"), QStringLiteral("nowhere")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("nowhere"));
    const CliResult missing = runOn(db, reception,
                                    {QStringLiteral("import"), QStringLiteral("adf"),
                                     dir.filePath(QStringLiteral("missing.xml"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("missing.xml"));
}

TEST_CASE("import eml makes leads of an email's ADF and of a plain inquiry", "[cli][intake]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("eml.sqlite"));
    REQUIRE(runOn(db, {},
                  {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                   QStringLiteral("--seed"), QStringLiteral("4")})
                .exitCode == 0);
    const QString emlDir = QStringLiteral(SHOWROOM_TEST_DATA "/intake/eml/");
    const QStringList args{QStringLiteral("import"), QStringLiteral("eml"),
                           emlDir + QStringLiteral("adf-attachment.eml"),
                           emlDir + QStringLiteral("plain-inquiry.eml")};
    const QJsonDocument first = succeed(db, QStringLiteral("reception"), args);
    CHECK(total(first, "created") == 3);
    const QJsonDocument again = succeed(db, QStringLiteral("reception"), args);
    CHECK(total(again, "duplicate") == 3);
    const CliResult wrong = runOn(db, QStringLiteral("reception"),
                                  {QStringLiteral("import"), QStringLiteral("vcf"),
                                   emlDir + QStringLiteral("plain-inquiry.eml")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("adf, eml, vcard or csv"));
}

TEST_CASE("intake run imports a folder's files once and moves them", "[cli][intake]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("folder.sqlite"));
    REQUIRE(runOn(db, {},
                  {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                   QStringLiteral("--seed"), QStringLiteral("6")})
                .exitCode == 0);
    const QDir inbox(dir.filePath(QStringLiteral("inbox")));
    REQUIRE(QDir().mkpath(inbox.path()));
    for (const char* name : {"adf/standard.xml", "vcard/contact-4.0.vcf"}) {
        const QString target = inbox.filePath(QFileInfo(QLatin1String(name)).fileName());
        REQUIRE(QFile::copy(QStringLiteral(SHOWROOM_TEST_DATA "/intake/") + QLatin1String(name),
                            target));
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                 QFileDevice::FileModificationTime));
    }
    const QStringList run{QStringLiteral("intake"), QStringLiteral("run"),
                          QStringLiteral("--folder"), inbox.path()};
    const QJsonArray files = succeed(db, QStringLiteral("reception"), run)
                                 .object()
                                 .value(QStringLiteral("files"))
                                 .toArray();
    REQUIRE(files.size() == 2);
    for (const QJsonValue& file : files) {
        CHECK_FALSE(file.toObject().value(QStringLiteral("failed")).toBool());
        CHECK(file.toObject()
                  .value(QStringLiteral("moved_to"))
                  .toString()
                  .contains(QStringLiteral("/processed/")));
    }
    CHECK(QDir(inbox.filePath(QStringLiteral("processed"))).entryList(QDir::Files).size() == 2);
    CHECK(succeed(db, QStringLiteral("reception"), run)
              .object()
              .value(QStringLiteral("files"))
              .toArray()
              .isEmpty());
}

TEST_CASE("import csv previews how it reads a list, then imports it once", "[cli][intake]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("csv.sqlite"));
    REQUIRE(runOn(db, {},
                  {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20"),
                   QStringLiteral("--seed"), QStringLiteral("8")})
                .exitCode == 0);
    const QStringList args{QStringLiteral("import"), QStringLiteral("csv"),
                           QStringLiteral(SHOWROOM_TEST_DATA "/intake/csv/dealer-zh-gb18030.csv"),
                           QStringLiteral("--source"), QStringLiteral("event")};
    const QJsonDocument preview =
        succeed(db, QStringLiteral("reception"), args + QStringList{QStringLiteral("--dry-run")});
    const QJsonObject file =
        preview.object().value(QStringLiteral("files")).toArray()[0].toObject();
    CHECK(file.value(QStringLiteral("encoding")).toString() == QStringLiteral("GB18030"));
    CHECK(file.value(QStringLiteral("header")).toArray()[0].toString() == QStringLiteral("姓名"));
    CHECK(file.value(QStringLiteral("mapping")).toArray()[1].toString() ==
          QStringLiteral("mobile"));
    CHECK(total(preview, "created") == 2);
    CHECK(total(succeed(db, QStringLiteral("reception"), args), "created") == 2);
    CHECK(total(succeed(db, QStringLiteral("reception"), args), "duplicate") == 2);

    const CliResult noSource =
        runOn(db, QStringLiteral("reception"),
              {QStringLiteral("import"), QStringLiteral("csv"),
               QStringLiteral(SHOWROOM_TEST_DATA "/intake/csv/event-ru-cp1251.csv")});
    CHECK(noSource.exitCode == 1);
    CHECK(noSource.err.contains("--source"));
}
