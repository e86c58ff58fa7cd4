#include "ReportScope.h"
#include "storage/Sql.h"

namespace showroom::reports::detail {

namespace {

// "FROM deals d [JOIN leads l]" with the filters: the deal's consultant, the lead's source.
QString dealsFrom(const Scope& scope, QVariantList& binds, QString& filter)
{
    filter = leadFilter(scope, binds, QStringLiteral("l"), QStringLiteral("d.consultant_id"));
    return QStringLiteral("FROM deals d%1") + leadJoinForSource(scope, QStringLiteral("d"));
}

Result<int> countDeals(const Scope& scope, const QString& column)
{
    QVariantList binds{scope.from, scope.to};
    QString filter;
    const QString from = dealsFrom(scope, binds, filter).arg(QString());
    auto n = sql::scalar(scope.db,
                         QStringLiteral("SELECT count(*) %1 WHERE d.%2 >= ? AND d.%2 < ?%3")
                             .arg(from, column, filter),
                         binds);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

} // namespace

Result<void> deliveries(const Scope& scope, DeliveriesSection& out)
{
    out = {};
    QVariantList binds{scope.from, scope.to};
    QString filter;
    const QString from =
        dealsFrom(scope, binds, filter).arg(QStringLiteral(" INDEXED BY deals_delivered"));
    auto ok = sql::select(scope.db,
                          QStringLiteral("SELECT d.delivered_at, d.promised_delivery_on %1 "
                                         "WHERE d.delivered_at >= ? AND d.delivered_at < ? "
                                         "AND d.status = 'delivered'%2")
                              .arg(from, filter),
                          binds, [&](const QSqlQuery& q) {
                              ++out.delivered;
                              const QDate promised =
                                  QDate::fromString(q.value(1).toString(), Qt::ISODate);
                              if (!promised.isValid())
                                  ++out.withoutPromise;
                              else if (scope.localDate(q.value(0).toLongLong()) <= promised)
                                  ++out.onTime;
                              else
                                  ++out.late;
                          });
    if (!ok)
        return ok;
    auto sent = countDeals(scope, QStringLiteral("bank_sent_at"));
    if (!sent)
        return std::unexpected(sent.error());
    out.loansSent = *sent;
    auto approved = countDeals(scope, QStringLiteral("bank_approved_at"));
    if (!approved)
        return std::unexpected(approved.error());
    out.loansApproved = *approved;
    return {};
}

} // namespace showroom::reports::detail
