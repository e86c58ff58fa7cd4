#include "ReportDayCache.h"
#include "ReportScope.h"
#include "storage/Sql.h"

#include <QHash>

namespace showroom::reports::detail {

namespace {

// Runs `statement` (period binds first, then the filters; %1: the filters, %2: the local date of
// `dayColumn`) and hands each row to `fill` with its day's figures; the day is the first column,
// the consultant id the second.
template <typename Fill>
Result<void> each(const Scope& range, const LocalCalendar& calendar, DayMap& days,
                  const QString& statement, const QString& dayColumn,
                  const QString& consultantColumn, QVariantList binds, Fill&& fill)
{
    const QString filter = leadFilter(range, binds, QStringLiteral("l"), consultantColumn);
    return sql::select(range.db, statement.arg(filter, calendar.julianDay(dayColumn)), binds,
                       [&](const QSqlQuery& q) {
                           fill(days[q.value(0).toLongLong()], q.value(1).toLongLong(), q);
                       });
}

} // namespace

// The consultants' figures by local date. Leads assigned come with the funnel's walk.
Result<void> collectConsultants(const Scope& range, const LocalCalendar& calendar, DayMap& days)
{
    const QVariantList period{range.from, range.to};
    const QString created = QStringLiteral("l.created_at");
    auto ok =
        each(range, calendar, days,
             QStringLiteral("SELECT %2, l.consultant_id, sum(l.response_due_at IS NOT NULL AND "
                            "l.response_due_at < ? AND (l.first_response_at IS NULL OR "
                            "l.first_response_at > l.response_due_at)), "
                            "sum(l.response_escalated_at IS NOT NULL), max(l.response_due_at) "
                            "FROM leads l WHERE l.created_at >= ? AND l.created_at < ? "
                            "AND l.consultant_id IS NOT NULL%1 GROUP BY 1, 2"),
             created, QStringLiteral("l.consultant_id"), QVariantList{range.now} + period,
             [](DayFigures& day, qint64 user, const QSqlQuery& q) {
                 day.add(Figure::ResponseBreaches, user, 0, q.value(2).toLongLong());
                 day.add(Figure::Escalations, user, 0, q.value(3).toLongLong());
                 // A breach turns with time alone once its deadline passes.
                 if (!q.value(4).isNull())
                     day.stableAfter = std::max(day.stableAfter, q.value(4).toLongLong() + 1);
             });
    if (!ok)
        return ok;
    ok = each(range, calendar, days,
              QStringLiteral("SELECT %2, l.consultant_id, l.first_response_minutes, count(*) "
                             "FROM leads l WHERE l.created_at >= ? AND l.created_at < ? "
                             "AND l.consultant_id IS NOT NULL "
                             "AND l.first_response_minutes IS NOT NULL%1 GROUP BY 1, 2, 3"),
              created, QStringLiteral("l.consultant_id"), period,
              [](DayFigures& day, qint64 user, const QSqlQuery& q) {
                  for (qint64 i = 0, n = q.value(3).toLongLong(); i < n; ++i)
                      day.append(Series::FirstResponseMinutes, user, q.value(2).toInt());
              });
    if (!ok)
        return ok;
    ok = each(range, calendar, days,
              QStringLiteral("SELECT %2, t.assignee_id, count(*), sum(t.done_at IS NOT NULL), "
                             "sum(t.done_at IS NULL AND t.due_at < ?) FROM tasks t") +
                  leadJoinForSource(range, QStringLiteral("t")) +
                  QStringLiteral(" WHERE t.due_at >= ? "
                                 "AND t.due_at < ? AND t.kind IN ('follow_up', 'call_back') "
                                 "AND t.assignee_id IS NOT NULL%1 GROUP BY 1, 2"),
              QStringLiteral("t.due_at"), QStringLiteral("t.assignee_id"),
              QVariantList{range.now} + period,
              [](DayFigures& day, qint64 user, const QSqlQuery& q) {
                  day.add(Figure::FollowUpsDue, user, 0, q.value(2).toLongLong());
                  day.add(Figure::FollowUpsDone, user, 0, q.value(3).toLongLong());
                  day.add(Figure::FollowUpsOverdue, user, 0, q.value(4).toLongLong());
              });
    if (!ok)
        return ok;
    ok = each(range, calendar, days,
              QStringLiteral("SELECT %2, a.user_id, sum(a.kind = 'test_drive'), "
                             "sum(a.kind = 'offer') FROM activities a") +
                  leadJoinForSource(range, QStringLiteral("a")) +
                  QStringLiteral(" WHERE a.kind IN ('test_drive', "
                                 "'offer') AND a.occurred_at >= ? AND a.occurred_at < ? "
                                 "AND a.user_id IS NOT NULL%1 GROUP BY 1, 2"),
              QStringLiteral("a.occurred_at"), QStringLiteral("a.user_id"), period,
              [](DayFigures& day, qint64 user, const QSqlQuery& q) {
                  day.add(Figure::ConsultantTestDrives, user, 0, q.value(2).toLongLong());
                  day.add(Figure::ConsultantOffers, user, 0, q.value(3).toLongLong());
              });
    if (!ok)
        return ok;
    ok = each(range, calendar, days,
              QStringLiteral("SELECT %2, l.consultant_id, count(*) FROM activities a "
                             "JOIN leads l ON l.id = a.lead_id WHERE a.kind = 'manager_comment' "
                             "AND a.occurred_at >= ? AND a.occurred_at < ? "
                             "AND l.consultant_id IS NOT NULL%1 GROUP BY 1, 2"),
              QStringLiteral("a.occurred_at"), QStringLiteral("l.consultant_id"), period,
              [](DayFigures& day, qint64 user, const QSqlQuery& q) {
                  day.add(Figure::ManagerComments, user, 0, q.value(2).toLongLong());
              });
    if (!ok)
        return ok;
    return each(
        range, calendar, days,
        QStringLiteral(
            "SELECT %2, d.consultant_id, count(*), sum(d.list_price_cents - d.discount_cents), "
            "sum((SELECT count(*) FROM deal_checklist_items i WHERE i.deal_id = d.id "
            "AND i.kind = 'accessories' AND i.status IN ('sold', 'not_sold'))), "
            "sum((SELECT count(*) FROM deal_checklist_items i WHERE i.deal_id = d.id "
            "AND i.kind = 'accessories' AND i.status = 'sold')) FROM deals d") +
            leadJoinForSource(range, QStringLiteral("d")) +
            QStringLiteral(" WHERE d.signed_at >= ? AND d.signed_at < ? "
                           "AND d.status <> 'cancelled' AND d.consultant_id IS NOT NULL%1 "
                           "GROUP BY 1, 2"),
        QStringLiteral("d.signed_at"), QStringLiteral("d.consultant_id"), period,
        [](DayFigures& day, qint64 user, const QSqlQuery& q) {
            day.add(Figure::ConsultantSales, user, 0, q.value(2).toLongLong());
            day.add(Figure::ConsultantRevenue, user, 0, q.value(3).toLongLong());
            day.add(Figure::AccessoriesOffered, user, 0, q.value(4).toLongLong());
            day.add(Figure::AccessoriesSold, user, 0, q.value(5).toLongLong());
        });
}

namespace {

ConsultantRow rowOf(const PeriodFigures& period, qint64 user)
{
    const auto n = [&](Figure figure) { return int(period.count(figure, user)); };
    ConsultantRow r;
    r.leadsAssigned = n(Figure::Assigned);
    r.responseBreaches = n(Figure::ResponseBreaches);
    r.escalations = n(Figure::Escalations);
    r.followUpsDue = n(Figure::FollowUpsDue);
    r.followUpsDone = n(Figure::FollowUpsDone);
    r.followUpsOverdue = n(Figure::FollowUpsOverdue);
    r.testDrives = n(Figure::ConsultantTestDrives);
    r.offers = n(Figure::ConsultantOffers);
    r.sales = n(Figure::ConsultantSales);
    r.revenueCents = period.count(Figure::ConsultantRevenue, user);
    r.accessoriesOffered = n(Figure::AccessoriesOffered);
    r.accessoriesSold = n(Figure::AccessoriesSold);
    r.accessoryAttachRate = ratio(r.accessoriesSold, r.accessoriesOffered);
    r.managerComments = n(Figure::ManagerComments);
    return r;
}

bool anyFigure(const ConsultantRow& r)
{
    return r.leadsAssigned || r.responseBreaches || r.escalations || r.followUpsDue ||
           r.testDrives || r.offers || r.sales || r.managerComments;
}

} // namespace

Result<void> consultants(const Scope& scope, PeriodFigures& period, std::vector<ConsultantRow>& out)
{
    out.clear();
    QVariantList binds;
    QString where;
    if (scope.filter.consultantId) {
        where = QStringLiteral(" AND id = ?");
        binds << *scope.filter.consultantId;
    }
    auto ok = sql::select(scope.db,
                          QStringLiteral("SELECT id, login, display_name, active FROM users "
                                         "WHERE role = 'consultant'%1")
                              .arg(where),
                          binds, [&](const QSqlQuery& q) {
                              const qint64 user = q.value(0).toLongLong();
                              ConsultantRow row = rowOf(period, user);
                              if (!q.value(3).toBool() && !anyFigure(row) &&
                                  period.size(Series::FirstResponseMinutes, user) == 0)
                                  return;
                              row.userId = user;
                              row.login = q.value(1).toString();
                              row.name = q.value(2).toString();
                              row.medianFirstResponseMinutes =
                                  period.median(Series::FirstResponseMinutes, user);
                              out.push_back(row);
                          });
    if (!ok)
        return ok;
    std::sort(out.begin(), out.end(), [](const ConsultantRow& a, const ConsultantRow& b) {
        return a.name != b.name ? a.name < b.name : a.userId < b.userId;
    });
    return {};
}

} // namespace showroom::reports::detail
