#include "ReportScope.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSet>
#include <unordered_map>

namespace showroom::reports::detail {

namespace {

struct StageTally {
    QSet<qint64> entered;
    int left = 0;
    std::map<qint64, qint64> minutesInStage; // whole minutes -> moves
};

// Open stages and Won get increasing ranks in board order; a lead has reached every stage up to
// the highest rank it entered.
QHash<qint64, int> ranks(const std::vector<StageInfo>& stages)
{
    QHash<qint64, int> rank;
    for (const StageInfo& s : stages)
        if (s.kind != QLatin1String("lost"))
            rank.insert(s.id, int(rank.size()));
    return rank;
}

} // namespace

Result<void> funnel(const Scope& scope, FunnelSection& out)
{
    const QHash<qint64, int> rank = ranks(scope.stages);
    QHash<qint64, StageTally> tally;
    std::unordered_map<qint64, int> highestRank; // lead -> highest rank entered in the period
    QSet<qint64> won, lost;
    QHash<qint64, QString> kindOf;
    for (const StageInfo& s : scope.stages)
        kindOf.insert(s.id, s.kind);

    QVariantList binds{scope.from, scope.to};
    QString join;
    if (scope.filter.consultantId || scope.filter.sourceId)
        join = QStringLiteral(" JOIN leads l ON l.id = h.lead_id");
    const QString filter =
        leadFilter(scope, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    auto ok = sql::select(
        scope.db,
        QStringLiteral("SELECT h.lead_id, h.to_stage_id, h.from_stage_id, h.changed_at, "
                       "h.from_entered_at FROM stage_history h%1 "
                       "WHERE h.changed_at >= ? AND h.changed_at < ?%2")
            .arg(join, filter),
        binds, [&](const QSqlQuery& q) {
            const qint64 lead = q.value(0).toLongLong();
            const qint64 to = q.value(1).toLongLong();
            tally[to].entered.insert(lead);
            if (auto r = rank.constFind(to); r != rank.constEnd()) {
                auto [it, fresh] = highestRank.try_emplace(lead, *r);
                if (!fresh)
                    it->second = std::max(it->second, *r);
            }
            const QString& kind = kindOf[to];
            if (kind == QLatin1String("won"))
                won.insert(lead);
            else if (kind == QLatin1String("lost"))
                lost.insert(lead);
            if (!q.value(2).isNull()) {
                StageTally& from = tally[q.value(2).toLongLong()];
                ++from.left;
                if (!q.value(4).isNull())
                    ++from.minutesInStage[(q.value(3).toLongLong() - q.value(4).toLongLong()) / 60];
            }
        });
    if (!ok)
        return ok;

    std::vector<int> reachedAtLeast(std::size_t(rank.size()) + 1, 0);
    for (const auto& [lead, highest] : highestRank)
        ++reachedAtLeast[std::size_t(highest)];
    for (int r = int(rank.size()) - 1; r >= 0; --r)
        reachedAtLeast[std::size_t(r)] += reachedAtLeast[std::size_t(r) + 1];

    out.stages.clear();
    for (const StageInfo& s : scope.stages) {
        const StageTally t = tally.value(s.id);
        if (s.retired && t.entered.isEmpty() && t.left == 0)
            continue;
        FunnelStage stage{s.id, s.key, s.name, s.kind, int(t.entered.size()), 0, {}, {}, t.left};
        stage.reached =
            rank.contains(s.id) ? reachedAtLeast[std::size_t(rank[s.id])] : stage.entered;
        stage.medianMinutesInStage = medianOf(t.minutesInStage);
        out.stages.push_back(stage);
    }
    for (std::size_t i = 0; i < out.stages.size(); ++i) {
        if (out.stages[i].kind != QLatin1String("open"))
            continue;
        for (std::size_t j = i + 1; j < out.stages.size(); ++j)
            if (out.stages[j].kind != QLatin1String("lost")) {
                out.stages[i].conversionToNext =
                    ratio(out.stages[j].reached, out.stages[i].reached);
                break;
            }
    }

    out.won = int(won.size());
    out.lost = int(lost.size());
    QVariantList leadBinds{scope.from, scope.to};
    const QString leadWhere =
        leadFilter(scope, leadBinds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    auto created =
        sql::scalar(scope.db,
                    QStringLiteral("SELECT count(*) FROM leads l WHERE l.created_at >= ? "
                                   "AND l.created_at < ?%1")
                        .arg(leadWhere),
                    leadBinds);
    if (!created)
        return std::unexpected(created.error());
    out.newLeads = created->toInt();
    out.closeRate = ratio(out.won, out.newLeads);

    // First-visit closes: the earliest move into Won in the period on the lead's creation day.
    std::unordered_map<qint64, std::pair<qint64, qint64>> wonAt; // lead -> (won at, created at)
    QVariantList wonBinds{scope.from, scope.to};
    const QString wonWhere =
        leadFilter(scope, wonBinds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    ok = sql::select(scope.db,
                     QStringLiteral("SELECT h.lead_id, h.changed_at, l.created_at "
                                    "FROM stage_history h JOIN stages s ON s.id = h.to_stage_id "
                                    "JOIN leads l ON l.id = h.lead_id WHERE s.kind = 'won' "
                                    "AND h.changed_at >= ? AND h.changed_at < ?%1")
                         .arg(wonWhere),
                     wonBinds, [&](const QSqlQuery& q) {
                         const qint64 at = q.value(1).toLongLong();
                         auto [it, fresh] = wonAt.try_emplace(
                             q.value(0).toLongLong(), std::pair{at, q.value(2).toLongLong()});
                         if (!fresh && at < it->second.first)
                             it->second.first = at;
                     });
    if (!ok)
        return ok;
    out.firstVisitCloses = 0;
    for (const auto& [lead, times] : wonAt)
        if (scope.localDate(times.first) == scope.localDate(times.second))
            ++out.firstVisitCloses;
    out.followUpCloses = out.won - out.firstVisitCloses;
    return {};
}

} // namespace showroom::reports::detail
