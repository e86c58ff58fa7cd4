// The deal commands: create from a lead with a car from stock, show with checklists and blockers,
// tick with a document, not-sold with a reason, the bank gate and approval, the handover and
// printing.
#include "CliRunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {

QJsonObject ok(const QString& db, const QString& login, const QStringList& args)
{
    return succeed(db, login, args).object();
}

QString idOf(const QJsonObject& object)
{
    return QString::number(object.value(QStringLiteral("id")).toInteger());
}

// The items of one checklist in `deal show --json` output.
QJsonArray items(const QJsonObject& deal, const QString& kind)
{
    return deal.value(QStringLiteral("checklists")).toObject().value(kind).toArray();
}
} // namespace

TEST_CASE("deal commands run a financed deal from the lead to the handover", "[cli][deals]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("deals.sqlite"));
    const CliResult demo =
        runOn(db, {},
              {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("120"),
               QStringLiteral("--seed"), QStringLiteral("5")});
    REQUIRE(demo.exitCode == 0);

    const QString vin = QStringLiteral("WVWZZZ1KZBW123456");
    ok(db, QStringLiteral("manager"),
       {QStringLiteral("vehicle"), QStringLiteral("add"), QStringLiteral("--vin"), vin,
        QStringLiteral("--make"), QStringLiteral("Volkswagen"), QStringLiteral("--model"),
        QStringLiteral("Golf"), QStringLiteral("--trim"), QStringLiteral("Life"),
        QStringLiteral("--color"), QStringLiteral("Grey"), QStringLiteral("--year"),
        QStringLiteral("2026"), QStringLiteral("--price"), QStringLiteral("31500")});
    const QJsonObject customer =
        ok(db, QStringLiteral("anna"),
           {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--first"),
            QStringLiteral("Greta"), QStringLiteral("--last"), QStringLiteral("Lindqvist"),
            QStringLiteral("--phone"), QStringLiteral("0171 9988776")});
    const QJsonObject lead =
        ok(db, QStringLiteral("manager"),
           {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--customer"),
            idOf(customer), QStringLiteral("--source"), QStringLiteral("walk_in"),
            QStringLiteral("--consultant"), QStringLiteral("anna")});

    const QJsonObject created =
        ok(db, QStringLiteral("anna"),
           {QStringLiteral("deal"), QStringLiteral("create"), QStringLiteral("--lead"), idOf(lead),
            QStringLiteral("--vin"), vin, QStringLiteral("--price"), QStringLiteral("31500"),
            QStringLiteral("--discount"), QStringLiteral("1000"), QStringLiteral("--payment"),
            QStringLiteral("credit")});
    const QString dealId = idOf(created);
    CHECK(created.value(QStringLiteral("price")).toDouble() == 30500.0);
    CHECK(created.value(QStringLiteral("vehicle")).toObject().value(QStringLiteral("status")) ==
          QStringLiteral("reserved"));
    CHECK(items(created, QStringLiteral("loan_private")).size() == 5);
    CHECK(items(created, QStringLiteral("loan_company")).isEmpty());

    // The bank gate: refused with what is missing, item by item.
    const CliResult refused =
        runOn(db, QStringLiteral("anna"),
              {QStringLiteral("deal"), QStringLiteral("send-to-bank"), dealId});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("Identity card or passport"));
    CHECK(refused.err.contains("document not attached"));
    const CliResult notSent =
        runOn(db, QStringLiteral("anna"),
              {QStringLiteral("deal"), QStringLiteral("bank-approved"), dealId});
    CHECK(notSent.exitCode != 0);
    CHECK(notSent.err.contains("has not been sent to the bank yet"));

    const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
    QFile file(scan);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 scanned document");
    file.close();
    for (const QJsonValue& value : items(created, QStringLiteral("loan_private"))) {
        const QJsonObject item = value.toObject();
        if (!item.value(QStringLiteral("required")).toBool())
            continue;
        ok(db, QStringLiteral("anna"),
           {QStringLiteral("checklist"), QStringLiteral("tick"), dealId, idOf(item),
            QStringLiteral("--attach"), scan});
    }
    const QJsonObject shown = ok(db, {}, {QStringLiteral("deal"), QStringLiteral("show"), dealId});
    CHECK(shown.value(QStringLiteral("blocks"))
              .toObject()
              .value(QStringLiteral("send_to_bank"))
              .toArray()
              .isEmpty());
    const QJsonObject firstDocument = items(shown, QStringLiteral("loan_private"))
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("documents"))
                                          .toArray()
                                          .first()
                                          .toObject();
    CHECK(firstDocument.value(QStringLiteral("file_name")) == QStringLiteral("scan.pdf"));
    CHECK(firstDocument.value(QStringLiteral("sha256")).toString().size() == 64);
    const QJsonObject sent = ok(db, QStringLiteral("anna"),
                                {QStringLiteral("deal"), QStringLiteral("send-to-bank"), dealId});
    CHECK_FALSE(sent.value(QStringLiteral("sent_to_bank_at")).isNull());
    CHECK(sent.value(QStringLiteral("bank_approved_at")).isNull());

    // The bank's approval: Anna's deal, not Ben's; once.
    CHECK(runOn(db, QStringLiteral("ben"),
                {QStringLiteral("deal"), QStringLiteral("bank-approved"), dealId})
              .exitCode != 0);
    CHECK(
        runOn(db, QStringLiteral("anna"), {QStringLiteral("deal"), QStringLiteral("bank-approved")})
            .exitCode == 2);
    const CliResult approvedText =
        runOn(db, QStringLiteral("anna"),
              {QStringLiteral("deal"), QStringLiteral("bank-approved"), dealId});
    INFO(approvedText.err.toStdString() << approvedText.out.toStdString());
    REQUIRE(approvedText.exitCode == 0);
    CHECK(approvedText.out.startsWith("Deal " + dealId.toUtf8() + ": Lindqvist, Greta"));
    const QJsonObject approved =
        ok(db, {}, {QStringLiteral("deal"), QStringLiteral("show"), dealId});
    const QDateTime approvedAt = QDateTime::fromString(
        approved.value(QStringLiteral("bank_approved_at")).toString(), Qt::ISODate);
    CHECK(approvedAt.isValid());
    CHECK(approvedAt >=
          QDateTime::fromString(approved.value(QStringLiteral("sent_to_bank_at")).toString(),
                                Qt::ISODate));
    const CliResult twice = runOn(db, QStringLiteral("anna"),
                                  {QStringLiteral("deal"), QStringLiteral("bank-approved"), dealId,
                                   QStringLiteral("--json")});
    CHECK(twice.exitCode != 0);
    CHECK(twice.err.contains("already approved"));

    // Accessories: not sold needs a reason.
    const QString mats = idOf(items(shown, QStringLiteral("accessories")).first().toObject());
    CHECK(runOn(db, QStringLiteral("anna"),
                {QStringLiteral("checklist"), QStringLiteral("not-sold"), dealId, mats})
              .exitCode == 2);
    ok(db, QStringLiteral("anna"),
       {QStringLiteral("checklist"), QStringLiteral("not-sold"), dealId, mats,
        QStringLiteral("--reason"), QStringLiteral("too_expensive")});

    CHECK(runOn(db, QStringLiteral("anna"),
                {QStringLiteral("deal"), QStringLiteral("deliver"), dealId})
              .exitCode != 0); // delivery steps still open

#ifdef SHOWROOM_CLI_PRINT
    SECTION("the offer prints with the customer and the VIN")
    {
        const QString pdf = dir.filePath(QStringLiteral("offer.pdf"));
        const CliResult printed = runOn(db, {},
                                        {QStringLiteral("deal"), QStringLiteral("print"), dealId,
                                         QStringLiteral("--offer"), QStringLiteral("--pdf"), pdf});
        INFO(printed.err.toStdString());
        REQUIRE(printed.exitCode == 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QByteArray words = text.readAllStandardOutput();
        CHECK(words.contains("Greta Lindqvist"));
        CHECK(words.contains(vin.toLatin1()));
    }
#endif
}
