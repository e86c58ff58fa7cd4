// The pipeline commands: board, lead decisions, activities, tasks, today and the rule runner.
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom::test;

namespace {
QJsonObject ok(const QString& db, const QString& login, const QStringList& args)
{
    return succeed(db, login, args).object();
}

QString demoDatabase(const QTemporaryDir& dir, const char* seed)
{
    const QString db = dir.filePath(QStringLiteral("pipeline.sqlite"));
    const CliResult demo =
        runOn(db, {},
              {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("150"),
               QStringLiteral("--seed"), QString::fromLatin1(seed)});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return db;
}

// A new lead of demo customer `customer`, by the manager; with a consultant or unassigned.
QString addLead(const QString& db, int customer, const QString& consultant = {})
{
    QStringList args{QStringLiteral("lead"),       QStringLiteral("add"),
                     QStringLiteral("--customer"), QString::number(customer),
                     QStringLiteral("--source"),   QStringLiteral("web_form")};
    if (!consultant.isEmpty())
        args << QStringLiteral("--consultant") << consultant;
    const QJsonObject lead = ok(db, QStringLiteral("manager"), args);
    return QString::number(lead.value(QStringLiteral("id")).toInteger());
}

// The ids in one board column; `board` is the output of board --json.
QStringList column(const QJsonObject& board, const QString& stage)
{
    for (const QJsonValue& value : board.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("stage")).toString() != stage)
            continue;
        QStringList ids;
        for (const QJsonValue& id : object.value(QStringLiteral("lead_ids")).toArray())
            ids << QString::number(id.toInteger());
        REQUIRE(object.value(QStringLiteral("count")).toInt() == ids.size());
        return ids;
    }
    FAIL("no column " + stage.toStdString());
    return {};
}

QJsonObject board(const QString& db, const QString& consultant = {})
{
    QStringList args{QStringLiteral("board")};
    if (!consultant.isEmpty())
        args << QStringLiteral("--consultant") << consultant;
    return ok(db, {}, args);
}

QString isoIn(qint64 secs)
{
    return QDateTime::currentDateTimeUtc().addSecs(secs).toString(Qt::ISODate);
}
} // namespace

TEST_CASE("board --json lists the columns in board order and follows lead move and assign",
          "[cli][pipeline]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, "11");

    QJsonObject all = board(db);
    QStringList stages;
    for (const QJsonValue& value : all.value(QStringLiteral("columns")).toArray())
        stages << value.toObject().value(QStringLiteral("stage")).toString();
    CHECK(stages == QStringList{QStringLiteral("unassigned"), QStringLiteral("assigned"),
                                QStringLiteral("contacted"), QStringLiteral("needs"),
                                QStringLiteral("offer"), QStringLiteral("negotiation"),
                                QStringLiteral("won"), QStringLiteral("lost")});

    const QString annas = addLead(db, 1, QStringLiteral("anna"));
    CHECK(column(board(db), QStringLiteral("assigned")).contains(annas));
    const QJsonObject moved =
        ok(db, QStringLiteral("anna"),
           {QStringLiteral("lead"), QStringLiteral("move"), annas, QStringLiteral("offer")});
    CHECK(moved.value(QStringLiteral("stage")).toString() == QStringLiteral("offer"));
    all = board(db);
    CHECK_FALSE(column(all, QStringLiteral("assigned")).contains(annas));
    // Longest in the stage first: the lead that just arrived is last.
    REQUIRE_FALSE(column(all, QStringLiteral("offer")).isEmpty());
    CHECK(column(all, QStringLiteral("offer")).last() == annas);
    CHECK(column(board(db, QStringLiteral("anna")), QStringLiteral("offer")).contains(annas));
    CHECK_FALSE(column(board(db, QStringLiteral("ben")), QStringLiteral("offer")).contains(annas));

    // An unassigned lead is in everyone's pool until the manager gives it to Ben.
    const QString pool = addLead(db, 2);
    CHECK(column(board(db, QStringLiteral("anna")), QStringLiteral("unassigned")).contains(pool));
    const QJsonObject assigned =
        ok(db, QStringLiteral("manager"),
           {QStringLiteral("lead"), QStringLiteral("assign"), pool, QStringLiteral("ben")});
    CHECK(assigned.value(QStringLiteral("stage")).toString() == QStringLiteral("assigned"));
    const QJsonObject bens = board(db, QStringLiteral("ben"));
    CHECK(column(bens, QStringLiteral("assigned")).contains(pool));
    CHECK_FALSE(column(bens, QStringLiteral("unassigned")).contains(pool));
    CHECK_FALSE(
        column(board(db, QStringLiteral("anna")), QStringLiteral("assigned")).contains(pool));

    // Anna takes the next one from the pool herself; she cannot hand it to Ben.
    const QString taken = addLead(db, 3);
    const QJsonObject mine =
        ok(db, QStringLiteral("anna"), {QStringLiteral("lead"), QStringLiteral("take"), taken});
    CHECK(mine.value(QStringLiteral("stage")).toString() == QStringLiteral("assigned"));
    const CliResult handOver =
        runOn(db, QStringLiteral("anna"),
              {QStringLiteral("lead"), QStringLiteral("assign"), taken, QStringLiteral("ben")});
    CHECK(handOver.exitCode == 1);
    CHECK(handOver.err.contains("not allowed"));
    const CliResult nobody =
        runOn(db, QStringLiteral("manager"),
              {QStringLiteral("lead"), QStringLiteral("assign"), taken, QStringLiteral("zoe")});
    CHECK(nobody.exitCode != 0);
    CHECK(nobody.err.contains("zoe"));
}

TEST_CASE("lead lose waits for approve-lost, return needs a comment, reopen brings it back",
          "[cli][pipeline]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, "12");
    const QString anna = QStringLiteral("anna");
    const QString manager = QStringLiteral("manager");
    const QString lead = addLead(db, 4, anna);

    QJsonObject pending =
        ok(db, anna,
           {QStringLiteral("lead"), QStringLiteral("lose"), lead, QStringLiteral("--reason"),
            QStringLiteral("price"), QStringLiteral("--comment"), QStringLiteral("Too expensive")});
    CHECK(pending.value(QStringLiteral("lost_status")).toString() == QStringLiteral("pending"));
    CHECK(pending.value(QStringLiteral("stage")).toString() == QStringLiteral("assigned"));
    CHECK(column(board(db), QStringLiteral("lost")).contains(lead));

    const CliResult byAnna =
        runOn(db, anna, {QStringLiteral("lead"), QStringLiteral("approve-lost"), lead});
    CHECK(byAnna.exitCode == 1);
    CHECK(byAnna.err.contains("not allowed"));
    const QJsonObject approved =
        ok(db, manager, {QStringLiteral("lead"), QStringLiteral("approve-lost"), lead});
    CHECK(approved.value(QStringLiteral("stage")).toString() == QStringLiteral("lost"));
    CHECK(approved.value(QStringLiteral("lost_status")).toString() == QStringLiteral("approved"));
    CHECK(approved.value(QStringLiteral("closed_at")).isString());

    // Reopened by the manager into the stage it was lost from.
    const QJsonObject reopened =
        ok(db, manager, {QStringLiteral("lead"), QStringLiteral("reopen"), lead});
    CHECK(reopened.value(QStringLiteral("stage")).toString() == QStringLiteral("assigned"));
    CHECK(reopened.value(QStringLiteral("lost_status")).toString() == QStringLiteral("none"));

    // Returned: the comment is required, then the lead is back in Anna's column.
    ok(db, anna,
       {QStringLiteral("lead"), QStringLiteral("lose"), lead, QStringLiteral("--reason"),
        QStringLiteral("unreachable")});
    const CliResult noComment =
        runOn(db, manager, {QStringLiteral("lead"), QStringLiteral("return"), lead});
    CHECK(noComment.exitCode == 2);
    CHECK(noComment.err.contains("--comment"));
    const CliResult emptyComment = runOn(db, manager,
                                         {QStringLiteral("lead"), QStringLiteral("return"), lead,
                                          QStringLiteral("--comment"), QStringLiteral(" ")});
    CHECK(emptyComment.exitCode == 1);
    CHECK(emptyComment.err.contains("comment"));
    const QJsonObject returned =
        ok(db, manager,
           {QStringLiteral("lead"), QStringLiteral("return"), lead, QStringLiteral("--comment"),
            QStringLiteral("Try her work number")});
    CHECK(returned.value(QStringLiteral("lost_status")).toString() == QStringLiteral("rejected"));
    CHECK(returned.value(QStringLiteral("lost_return_note")).toString() ==
          QStringLiteral("Try her work number"));
    CHECK(column(board(db, anna), QStringLiteral("assigned")).contains(lead));
    CHECK_FALSE(column(board(db), QStringLiteral("lost")).contains(lead));

    // A manager's own decision closes at once; the text output says so.
    const CliResult byManager =
        runOn(db, manager,
              {QStringLiteral("lead"), QStringLiteral("lose"), lead, QStringLiteral("--reason"),
               QStringLiteral("just_browsing")});
    CHECK(byManager.exitCode == 0);
    CHECK(byManager.out.contains("is lost"));
}

TEST_CASE("lead lose refuses a missing or unknown reason with a clear message", "[cli][pipeline]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, "13");
    const QString anna = QStringLiteral("anna");
    const QString lead = addLead(db, 5, anna);

    const CliResult missing =
        runOn(db, anna, {QStringLiteral("lead"), QStringLiteral("lose"), lead});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains("--reason"));
    CHECK(missing.err.contains("bought_elsewhere")); // names the reasons it knows

    const CliResult unknown = runOn(db, anna,
                                    {QStringLiteral("lead"), QStringLiteral("lose"), lead,
                                     QStringLiteral("--reason"), QStringLiteral("weather")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("weather"));

    const CliResult other = runOn(db, anna,
                                  {QStringLiteral("lead"), QStringLiteral("lose"), lead,
                                   QStringLiteral("--reason"), QStringLiteral("other")});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains("comment"));

    const CliResult noId = runOn(db, anna,
                                 {QStringLiteral("lead"), QStringLiteral("lose"),
                                  QStringLiteral("--reason"), QStringLiteral("price")});
    CHECK(noId.exitCode == 2);
    const CliResult shown = runOn(db, {}, {QStringLiteral("lead"), QStringLiteral("show"), lead});
    CHECK(shown.json().object().value(QStringLiteral("lost_status")).toString() ==
          QStringLiteral("none"));
}

TEST_CASE("activity add stops the response clock and rules run fires a reminder once",
          "[cli][pipeline]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, "14");
    const QString anna = QStringLiteral("anna");
    const QString called = addLead(db, 6, anna);
    const QString waiting = addLead(db, 7, anna);

    const QStringList show{QStringLiteral("lead"), QStringLiteral("show"), called};
    CHECK(ok(db, {}, show).value(QStringLiteral("first_response_at")).isNull());
    const QJsonObject note =
        ok(db, anna,
           {QStringLiteral("activity"), QStringLiteral("add"), called, QStringLiteral("--kind"),
            QStringLiteral("note"), QStringLiteral("--outcome"), QStringLiteral("Looked her up")});
    CHECK(note.value(QStringLiteral("lead"))
              .toObject()
              .value(QStringLiteral("first_response_at"))
              .isNull());
    const QJsonObject call =
        ok(db, anna,
           {QStringLiteral("activity"), QStringLiteral("add"), called, QStringLiteral("--kind"),
            QStringLiteral("call"), QStringLiteral("--direction"), QStringLiteral("out"),
            QStringLiteral("--outcome"), QStringLiteral("Reached, comes Saturday")});
    CHECK(call.value(QStringLiteral("kind")).toString() == QStringLiteral("call"));
    const QJsonObject shown = ok(db, {}, show);
    CHECK(shown.value(QStringLiteral("first_response_at")).isString());
    CHECK(shown.value(QStringLiteral("first_response_minutes")).isDouble());

    for (const QStringList& bad :
         {QStringList{QStringLiteral("--kind"), QStringLiteral("fax"), QStringLiteral("--outcome"),
                      QStringLiteral("x")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("call")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("call"), QStringLiteral("--outcome"),
                      QStringLiteral("x"), QStringLiteral("--direction"),
                      QStringLiteral("sideways")}}) {
        const CliResult refused = runOn(
            db, anna, QStringList{QStringLiteral("activity"), QStringLiteral("add"), called} + bad);
        CHECK(refused.exitCode == 2);
    }

    // Ten days on, the lead nobody called has its reminder (and escalation); the called one none.
    const QString later = isoIn(10 * 86400);
    const QStringList rules{QStringLiteral("rules"), QStringLiteral("run"), QStringLiteral("--now"),
                            later, QStringLiteral("--json")};
    const CliResult first = runOn(db, {}, rules);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    QStringList forWaiting;
    for (const QJsonValue& value : first.json().array()) {
        const QJsonObject fired = value.toObject();
        const QString lead = QString::number(fired.value(QStringLiteral("lead_id")).toInteger());
        CHECK(lead != called);
        if (lead != waiting)
            continue;
        forWaiting << fired.value(QStringLiteral("rule")).toString();
        if (fired.value(QStringLiteral("rule")).toString() == QStringLiteral("response_reminder")) {
            CHECK(fired.value(QStringLiteral("notified")).toArray() == QJsonArray{anna});
            CHECK_FALSE(fired.value(QStringLiteral("reason")).toString().isEmpty());
        }
    }
    CHECK(forWaiting.contains(QStringLiteral("response_reminder")));
    CHECK(forWaiting.contains(QStringLiteral("response_escalation")));

    const CliResult second = runOn(db, {}, rules);
    REQUIRE(second.exitCode == 0);
    REQUIRE(second.json().isArray());
    CHECK(second.json().array().isEmpty());
    const CliResult text = runOn(
        db, {}, {QStringLiteral("rules"), QStringLiteral("run"), QStringLiteral("--now"), later});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("No rule fired"));

    const CliResult badDate = runOn(db, {},
                                    {QStringLiteral("rules"), QStringLiteral("run"),
                                     QStringLiteral("--now"), QStringLiteral("next week")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains("ISO 8601"));
    CHECK(badDate.err.contains("next week"));
}

TEST_CASE("task add, today and task done with a result", "[cli][pipeline]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir, "15");
    const QString anna = QStringLiteral("anna");
    const QString lead = addLead(db, 8, anna);

    const QJsonObject task =
        ok(db, anna,
           {QStringLiteral("task"), QStringLiteral("add"), lead, QStringLiteral("--due"),
            isoIn(-3600), QStringLiteral("--title"), QStringLiteral("Call back about the offer"),
            QStringLiteral("--kind"), QStringLiteral("call_back")});
    CHECK(task.value(QStringLiteral("kind")).toString() == QStringLiteral("call_back"));
    const qint64 taskId = task.value(QStringLiteral("id")).toInteger();
    const auto overdueIds = [&] {
        QList<qint64> ids;
        const QJsonObject today =
            ok(db, {}, {QStringLiteral("today"), QStringLiteral("--consultant"), anna});
        for (const QJsonValue& row : today.value(QStringLiteral("overdue")).toArray())
            ids << row.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    };
    CHECK(overdueIds().contains(taskId));
    CHECK(ok(db, {}, {QStringLiteral("lead"), QStringLiteral("show"), lead})
              .value(QStringLiteral("next_follow_up_at"))
              .isString());

    const QString id = QString::number(taskId);
    const CliResult noResult =
        runOn(db, anna, {QStringLiteral("task"), QStringLiteral("done"), id});
    CHECK(noResult.exitCode == 2);
    CHECK(noResult.err.contains("--result"));
    const CliResult emptyResult = runOn(db, anna,
                                        {QStringLiteral("task"), QStringLiteral("done"), id,
                                         QStringLiteral("--result"), QStringLiteral(" ")});
    CHECK(emptyResult.exitCode == 1);
    CHECK(emptyResult.err.contains("result"));
    const QJsonObject done = ok(db, anna,
                                {QStringLiteral("task"), QStringLiteral("done"), id,
                                 QStringLiteral("--result"), QStringLiteral("Reached her")});
    CHECK(done.value(QStringLiteral("result")).toString() == QStringLiteral("Reached her"));
    CHECK(done.value(QStringLiteral("done_at")).isString());
    CHECK_FALSE(overdueIds().contains(taskId));

    const CliResult badDue =
        runOn(db, anna,
              {QStringLiteral("task"), QStringLiteral("add"), lead, QStringLiteral("--due"),
               QStringLiteral("2026-13-45T10:00"), QStringLiteral("--title"), QStringLiteral("x")});
    CHECK(badDue.exitCode == 2);
    CHECK(badDue.err.contains("2026-13-45"));
    const CliResult badKind =
        runOn(db, anna,
              {QStringLiteral("task"), QStringLiteral("add"), lead, QStringLiteral("--due"),
               isoIn(3600), QStringLiteral("--title"), QStringLiteral("x"),
               QStringLiteral("--kind"), QStringLiteral("party")});
    CHECK(badKind.exitCode == 2);
    const CliResult byBen =
        runOn(db, QStringLiteral("ben"),
              {QStringLiteral("task"), QStringLiteral("add"), lead, QStringLiteral("--due"),
               isoIn(3600), QStringLiteral("--title"), QStringLiteral("Steal it")});
    CHECK(byBen.exitCode == 1);
}
