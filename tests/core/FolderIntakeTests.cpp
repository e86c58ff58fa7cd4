// The intake folder: files dropped there become leads and move to processed/ or failed/ with the
// reason; nothing is deleted or overwritten, files still being written wait.

#include "Fixtures.h"
#include "services/FolderIntake.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

namespace {

const QString kData = QStringLiteral(SHOWROOM_TEST_DATA "/intake/");

// Copies a test file into the folder as `name`, dated a minute ago (settled).
void drop(const QDir& folder, const QString& source, const QString& name)
{
    const QString target = folder.filePath(name);
    REQUIRE(QFile::copy(kData + source, target));
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                             QFileDevice::FileModificationTime));
}

QStringList filesIn(const QDir& dir)
{
    return dir.entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("files dropped into the intake folder become leads and are moved, never deleted",
          "[intake][folder]")
{
    Fixture f;
    QTemporaryDir temp;
    const QDir folder(temp.path());
    drop(folder, QStringLiteral("adf/standard.xml"), QStringLiteral("portal.xml"));
    drop(folder, QStringLiteral("eml/plain-inquiry.eml"), QStringLiteral("mail.eml"));
    drop(folder, QStringLiteral("vcard/contacts-3.0.vcf"), QStringLiteral("fair.vcf"));
    drop(folder, QStringLiteral("adf/no-contact.xml"), QStringLiteral("empty.xml"));
    drop(folder, QStringLiteral("adf/lenient.xml"), QStringLiteral("notes.bin"));
    drop(folder, QStringLiteral("eml/adf-in-body.eml"), QStringLiteral("unnamed"));
    {
        QFile junk(folder.filePath(QStringLiteral("junk.dat")));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write("PK\x03\x04 not a lead at all");
        junk.close();
        REQUIRE(junk.open(QIODevice::ReadWrite));
        REQUIRE(junk.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                 QFileDevice::FileModificationTime));
    }
    // Still being copied in: it waits for a later pass.
    REQUIRE(QFile::copy(kData + QStringLiteral("adf/broken.xml"), folder.filePath("fresh.xml")));
    const qint64 leadsBefore =
        sql::scalar(f.db->sql(), QStringLiteral("SELECT count(*) FROM leads"))->toLongLong();

    auto pass = FolderIntake(f.context(), folder.path()).runOnce(f.reception, {});
    REQUIRE(pass.has_value());
    REQUIRE(pass->size() == 7);
    CHECK(filesIn(folder) == QStringList{QStringLiteral("fresh.xml")});
    const QDir processed(folder.filePath(QStringLiteral("processed")));
    const QDir failed(folder.filePath(QStringLiteral("failed")));
    // The vCard file had a card without a number: its reason is kept next to it. Files without
    // a known extension are recognised by their content (ADF, an email).
    CHECK(filesIn(processed) ==
          QStringList{QStringLiteral("fair.vcf"), QStringLiteral("fair.vcf.reason.txt"),
                      QStringLiteral("mail.eml"), QStringLiteral("notes.bin"),
                      QStringLiteral("portal.xml"), QStringLiteral("unnamed")});
    CHECK(filesIn(failed) ==
          QStringList{QStringLiteral("empty.xml"), QStringLiteral("empty.xml.reason.txt"),
                      QStringLiteral("junk.dat"), QStringLiteral("junk.dat.reason.txt")});
    QFile reason(failed.filePath(QStringLiteral("empty.xml.reason.txt")));
    REQUIRE(reason.open(QIODevice::ReadOnly));
    CHECK(reason.readAll().contains("no phone number or email"));
    const qint64 leadsAfter =
        sql::scalar(f.db->sql(), QStringLiteral("SELECT count(*) FROM leads"))->toLongLong();
    CHECK(leadsAfter == leadsBefore + 1 + 1 + 2 + 2 + 1);

    // The same file dropped again is moved beside the first, not over it, and adds no lead.
    drop(folder, QStringLiteral("adf/standard.xml"), QStringLiteral("portal.xml"));
    auto again = FolderIntake(f.context(), folder.path()).runOnce(f.reception, {});
    REQUIRE(again.has_value());
    REQUIRE(again->size() == 1);
    CHECK(again->front().report.count(IntakeOutcome::Duplicate) == 1);
    CHECK(filesIn(processed).contains(QStringLiteral("portal (2).xml")));
    CHECK(sql::scalar(f.db->sql(), QStringLiteral("SELECT count(*) FROM leads"))->toLongLong() ==
          leadsAfter);
}

TEST_CASE("a missing intake folder or an unknown source leaves every file where it is",
          "[intake][folder]")
{
    Fixture f;
    QTemporaryDir temp;
    const QDir folder(temp.path());
    CHECK_FALSE(FolderIntake(f.context(), folder.filePath(QStringLiteral("nowhere")))
                    .runOnce(f.reception, {})
                    .has_value());
    drop(folder, QStringLiteral("adf/standard.xml"), QStringLiteral("portal.xml"));
    IntakeOptions wrong;
    wrong.sourceKey = QStringLiteral("no_such_source");
    auto refused = FolderIntake(f.context(), folder.path()).runOnce(f.reception, wrong);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("no_such_source")));
    CHECK(filesIn(folder) == QStringList{QStringLiteral("portal.xml")});
}
