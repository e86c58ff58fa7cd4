// Golden files for the manager's report: each folder of tests/data/reports holds a hand-made
// dataset (input.sql), the period and filter (case.json) and the report computed by hand from
// docs/reports.md (expected.json). The test loads the dataset into a new database, computes the
// report and compares its JSON with the expected one, path by path.

#include "Clock.h"
#include "reports/ReportJson.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "storage/NativeHandle.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <sqlite3.h>

using namespace showroom;

namespace {

const QString kDataDir = QStringLiteral(SHOWROOM_TEST_DATA "/reports");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject readJson(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

// Runs a whole SQL script (comments, many statements) on the database's own connection.
void runScript(Database& db, const QString& path)
{
    const QByteArray script = readFile(path);
    char* message = nullptr;
    const int rc =
        sqlite3_exec(nativeHandle(db.sql()), script.constData(), nullptr, nullptr, &message);
    INFO(path.toStdString() << ": " << (message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

qint64 idOf(Database& db, const QString& select, const QString& key)
{
    auto id = sql::scalar(db.sql(), select, {key});
    INFO(select.toStdString() << " with " << key.toStdString());
    REQUIRE(id.has_value());
    REQUIRE(id->isValid());
    return id->toLongLong();
}

QString show(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A one-element array prints any scalar the way JSON writes it.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool sameScalar(const QJsonValue& expected, const QJsonValue& actual)
{
    if (expected.isDouble() && actual.isDouble())
        return std::abs(expected.toDouble() - actual.toDouble()) < 1e-9;
    return expected == actual;
}

// Every path where `actual` differs from `expected`, as "path: expected X, got Y".
void diff(const QString& path, const QJsonValue& expected, const QJsonValue& actual,
          QStringList& out)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : keys)
            diff(path.isEmpty() ? key : path + u'.' + key, e.value(key), a.value(key), out);
    } else if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            out << QStringLiteral("%1: expected %2 elements, got %3")
                       .arg(path)
                       .arg(e.size())
                       .arg(a.size());
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i)
            diff(QStringLiteral("%1[%2]").arg(path).arg(i),
                 i < e.size() ? e[i] : QJsonValue(QJsonValue::Undefined),
                 i < a.size() ? a[i] : QJsonValue(QJsonValue::Undefined), out);
    } else if (expected.isUndefined() || actual.isUndefined() || !sameScalar(expected, actual)) {
        out << QStringLiteral("%1: expected %2, got %3").arg(path, show(expected), show(actual));
    }
}

void runCase(const QString& name)
{
    const QDir dir(kDataDir + u'/' + name);
    const QJsonObject spec = readJson(dir.filePath(QStringLiteral("case.json")));

    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    auto created =
        Database::create(temp.filePath(QStringLiteral("showroom.sqlite")), StorageMode::Local);
    REQUIRE(created.has_value());
    Database& db = **created;
    runScript(db, dir.filePath(
                      spec.value(QStringLiteral("input")).toString(QStringLiteral("input.sql"))));

    auto period = reports::ReportPeriod::range(spec.value(QStringLiteral("first")).toString(),
                                               spec.value(QStringLiteral("last")).toString());
    REQUIRE(period.has_value());
    reports::ReportFilter filter = *period;
    if (spec.contains(QStringLiteral("consultant")))
        filter.consultantId = idOf(db, QStringLiteral("SELECT id FROM users WHERE login = ?"),
                                   spec.value(QStringLiteral("consultant")).toString());
    if (spec.contains(QStringLiteral("source")))
        filter.sourceId = idOf(db, QStringLiteral("SELECT id FROM sources WHERE key = ?"),
                               spec.value(QStringLiteral("source")).toString());

    User manager;
    manager.id = idOf(db, QStringLiteral("SELECT id FROM users WHERE role = ? ORDER BY id"),
                      QStringLiteral("manager"));
    manager.login = QStringLiteral("manager");
    manager.role = Role::Manager;

    const QDateTime now =
        QDateTime::fromString(spec.value(QStringLiteral("now")).toString(), Qt::ISODate);
    REQUIRE(now.isValid());
    ManualClock clock(now);
    QJsonObject expected = readJson(dir.filePath(QStringLiteral("expected.json")));
    expected.remove(QStringLiteral("generated_at"));
    // The second pass reads the days the first one computed from report_day_cache.
    for (const char* pass : {"computed", "from the cache"}) {
        auto report = reports::ReportService(ServiceContext{db, clock}).compute(manager, filter);
        INFO(pass << ": " << (report ? QString() : report.error().message).toStdString());
        REQUIRE(report.has_value());

        QJsonObject actual = reports::toJson(*report);
        CHECK(actual.contains(QStringLiteral("generated_at")));
        actual.remove(QStringLiteral("generated_at"));
        QStringList differences;
        diff({}, expected, actual, differences);
        INFO(name.toStdString() << ": " << differences.size() << " differences\n"
                                << differences.join(u'\n').toStdString());
        CHECK(differences.isEmpty());
    }
    CHECK(sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM report_day_cache"))->toInt() >
          0);
}

} // namespace

TEST_CASE("the report matches the hand-computed golden files", "[reports]")
{
    const QStringList cases =
        QDir(kDataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE_FALSE(cases.isEmpty());
    for (const QString& name : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            runCase(name);
        }
    }
}
