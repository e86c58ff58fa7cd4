#include "ReportScope.h"
#include "storage/Sql.h"

#include <QHash>

namespace showroom::reports::detail {

namespace {

struct Tally {
    ConsultantRow row;
    std::map<qint64, qint64> firstResponseMinutes;
};

using Tallies = QHash<qint64, Tally>;

// Runs `statement` (period binds first, then the filters) and hands each row to `fill` with the
// consultant's tally; the consultant id is the first column.
template <typename Fill>
Result<void> each(const Scope& scope, Tallies& tallies, const QString& statement,
                  const QString& consultantColumn, QVariantList binds, Fill&& fill)
{
    const QString filter = leadFilter(scope, binds, QStringLiteral("l"), consultantColumn);
    return sql::select(scope.db, statement.arg(filter), binds,
                       [&](const QSqlQuery& q) { fill(tallies[q.value(0).toLongLong()], q); });
}

Result<void> collect(const Scope& scope, qint64 assignedStage, Tallies& t)
{
    const QVariantList period{scope.from, scope.to};
    auto ok =
        each(scope, t,
             QStringLiteral(
                 "SELECT l.consultant_id, count(DISTINCT h.lead_id) "
                 "FROM stage_history h INDEXED BY stage_history_report "
                 "JOIN leads l ON l.id = h.lead_id WHERE h.changed_at >= ? AND h.changed_at < ? "
                 "AND h.to_stage_id = ? AND l.consultant_id IS NOT NULL%1 "
                 "GROUP BY 1"),
             QStringLiteral("l.consultant_id"), period + QVariantList{assignedStage},
             [](Tally& c, const QSqlQuery& q) { c.row.leadsAssigned = q.value(1).toInt(); });
    if (!ok)
        return ok;
    ok = each(scope, t,
              QStringLiteral("SELECT l.consultant_id, sum(l.response_due_at IS NOT NULL AND "
                             "l.response_due_at < ? AND (l.first_response_at IS NULL OR "
                             "l.first_response_at > l.response_due_at)), "
                             "sum(l.response_escalated_at IS NOT NULL) FROM leads l "
                             "WHERE l.created_at >= ? AND l.created_at < ? "
                             "AND l.consultant_id IS NOT NULL%1 GROUP BY 1"),
              QStringLiteral("l.consultant_id"), QVariantList{scope.now} + period,
              [](Tally& c, const QSqlQuery& q) {
                  c.row.responseBreaches = q.value(1).toInt();
                  c.row.escalations = q.value(2).toInt();
              });
    if (!ok)
        return ok;
    ok = each(scope, t,
              QStringLiteral("SELECT l.consultant_id, l.first_response_minutes, count(*) "
                             "FROM leads l WHERE l.created_at >= ? AND l.created_at < ? "
                             "AND l.consultant_id IS NOT NULL "
                             "AND l.first_response_minutes IS NOT NULL%1 GROUP BY 1, 2"),
              QStringLiteral("l.consultant_id"), period, [](Tally& c, const QSqlQuery& q) {
                  c.firstResponseMinutes[q.value(1).toLongLong()] += q.value(2).toLongLong();
              });
    if (!ok)
        return ok;
    const QString taskJoin = leadJoinForSource(scope, QStringLiteral("t"));
    ok = each(scope, t,
              QStringLiteral("SELECT t.assignee_id, count(*), sum(t.done_at IS NOT NULL), "
                             "sum(t.done_at IS NULL AND t.due_at < ?) FROM tasks t") +
                  taskJoin +
                  QStringLiteral(" WHERE t.due_at >= ? "
                                 "AND t.due_at < ? AND t.kind IN ('follow_up', 'call_back') "
                                 "AND t.assignee_id IS NOT NULL%1 GROUP BY 1"),
              QStringLiteral("t.assignee_id"), QVariantList{scope.now} + period,
              [](Tally& c, const QSqlQuery& q) {
                  c.row.followUpsDue = q.value(1).toInt();
                  c.row.followUpsDone = q.value(2).toInt();
                  c.row.followUpsOverdue = q.value(3).toInt();
              });
    if (!ok)
        return ok;
    const QString activityJoin = leadJoinForSource(scope, QStringLiteral("a"));
    ok = each(scope, t,
              QStringLiteral("SELECT a.user_id, sum(a.kind = 'test_drive'), sum(a.kind = 'offer') "
                             "FROM activities a") +
                  activityJoin +
                  QStringLiteral(" WHERE a.kind IN ('test_drive', "
                                 "'offer') AND a.occurred_at >= ? AND a.occurred_at < ? "
                                 "AND a.user_id IS NOT NULL%1 GROUP BY 1"),
              QStringLiteral("a.user_id"), period, [](Tally& c, const QSqlQuery& q) {
                  c.row.testDrives = q.value(1).toInt();
                  c.row.offers = q.value(2).toInt();
              });
    if (!ok)
        return ok;
    ok = each(scope, t,
              QStringLiteral("SELECT l.consultant_id, count(*) FROM activities a "
                             "JOIN leads l ON l.id = a.lead_id WHERE a.kind = 'manager_comment' "
                             "AND a.occurred_at >= ? AND a.occurred_at < ? "
                             "AND l.consultant_id IS NOT NULL%1 GROUP BY 1"),
              QStringLiteral("l.consultant_id"), period,
              [](Tally& c, const QSqlQuery& q) { c.row.managerComments = q.value(1).toInt(); });
    if (!ok)
        return ok;
    const QString dealJoin = leadJoinForSource(scope, QStringLiteral("d"));
    return each(scope, t,
                QStringLiteral(
                    "SELECT d.consultant_id, count(*), sum(d.list_price_cents - d.discount_cents), "
                    "sum((SELECT count(*) FROM deal_checklist_items i WHERE i.deal_id = d.id "
                    "AND i.kind = 'accessories' AND i.status IN ('sold', 'not_sold'))), "
                    "sum((SELECT count(*) FROM deal_checklist_items i WHERE i.deal_id = d.id "
                    "AND i.kind = 'accessories' AND i.status = 'sold')) FROM deals d") +
                    dealJoin +
                    QStringLiteral(" WHERE d.signed_at >= ? AND d.signed_at < ? "
                                   "AND d.status <> 'cancelled' AND d.consultant_id IS NOT NULL%1 "
                                   "GROUP BY 1"),
                QStringLiteral("d.consultant_id"), period, [](Tally& c, const QSqlQuery& q) {
                    c.row.sales = q.value(1).toInt();
                    c.row.revenueCents = q.value(2).toLongLong();
                    c.row.accessoriesOffered = q.value(3).toInt();
                    c.row.accessoriesSold = q.value(4).toInt();
                });
}

bool anyFigure(const ConsultantRow& r)
{
    return r.leadsAssigned || r.responseBreaches || r.escalations || r.followUpsDue ||
           r.testDrives || r.offers || r.sales || r.managerComments;
}

} // namespace

Result<void> consultants(const Scope& scope, std::vector<ConsultantRow>& out)
{
    qint64 assignedStage = 0;
    for (const StageInfo& s : scope.stages)
        if (s.key == QLatin1String("assigned"))
            assignedStage = s.id;
    Tallies tallies;
    if (auto ok = collect(scope, assignedStage, tallies); !ok)
        return ok;

    out.clear();
    QVariantList binds;
    QString where;
    if (scope.filter.consultantId) {
        where = QStringLiteral(" AND id = ?");
        binds << *scope.filter.consultantId;
    }
    auto ok = sql::select(
        scope.db,
        QStringLiteral("SELECT id, login, display_name, active FROM users "
                       "WHERE role = 'consultant'%1")
            .arg(where),
        binds, [&](const QSqlQuery& q) {
            Tally t = tallies.value(q.value(0).toLongLong());
            ConsultantRow row = t.row;
            if (!q.value(3).toBool() && !anyFigure(row) && t.firstResponseMinutes.empty())
                return;
            row.userId = q.value(0).toLongLong();
            row.login = q.value(1).toString();
            row.name = q.value(2).toString();
            row.medianFirstResponseMinutes = medianOf(t.firstResponseMinutes);
            row.accessoryAttachRate = ratio(row.accessoriesSold, row.accessoriesOffered);
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
