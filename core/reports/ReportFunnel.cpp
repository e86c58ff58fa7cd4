#include "ReportScope.h"
#include "storage/Sql.h"

#include <QHash>
#include <algorithm>
#include <unordered_map>

namespace showroom::reports::detail {

namespace {

// What the period's moves say about one stage (one tally per entry of Scope::stages).
struct StageTally {
    std::vector<qint64> enteredLeads; // with repeats until counted
    int left = 0;
    std::map<qint64, qint64> minutesInStage; // whole minutes -> moves
};

int distinctCount(std::vector<qint64>& ids)
{
    std::sort(ids.begin(), ids.end());
    return int(std::unique(ids.begin(), ids.end()) - ids.begin());
}

} // namespace

Result<void> funnel(const Scope& scope, FunnelSection& out)
{
    // Open stages and Won get increasing ranks in board order; a lead has reached every stage up
    // to the highest rank it entered. Lost has none.
    const std::size_t stageCount = scope.stages.size();
    QHash<qint64, std::size_t> indexOf;
    std::vector<int> rankOf(stageCount, -1);
    int ranks = 0;
    QStringList wonStages;
    for (std::size_t i = 0; i < stageCount; ++i) {
        const StageInfo& s = scope.stages[i];
        indexOf.insert(s.id, i);
        if (s.kind != QLatin1String("lost"))
            rankOf[i] = ranks++;
        if (s.kind == QLatin1String("won"))
            wonStages << QString::number(s.id);
    }
    std::vector<StageTally> tally(stageCount);
    std::unordered_map<qint64, int> highestRank; // lead -> highest rank entered in the period
    std::vector<qint64> won, lost;

    QVariantList binds{scope.from, scope.to};
    QString join;
    if (scope.filter.consultantId || scope.filter.sourceId)
        join = QStringLiteral(" JOIN leads l ON l.id = h.lead_id");
    const QString filter =
        leadFilter(scope, binds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
    auto ok = sql::select(
        scope.db,
        QStringLiteral("SELECT h.lead_id, h.to_stage_id, h.from_stage_id, h.changed_at, "
                       "h.from_entered_at FROM stage_history h INDEXED BY stage_history_report%1 "
                       "WHERE h.changed_at >= ? AND h.changed_at < ?%2")
            .arg(join, filter),
        binds, [&](const QSqlQuery& q) {
            const qint64 lead = q.value(0).toLongLong();
            const auto to = indexOf.constFind(q.value(1).toLongLong());
            if (to != indexOf.constEnd()) {
                tally[*to].enteredLeads.push_back(lead);
                if (const int rank = rankOf[*to]; rank >= 0) {
                    auto [it, fresh] = highestRank.try_emplace(lead, rank);
                    if (!fresh)
                        it->second = std::max(it->second, rank);
                }
                const QString& kind = scope.stages[*to].kind;
                if (kind == QLatin1String("won"))
                    won.push_back(lead);
                else if (kind == QLatin1String("lost"))
                    lost.push_back(lead);
            }
            if (q.value(2).isNull())
                return;
            const auto from = indexOf.constFind(q.value(2).toLongLong());
            if (from == indexOf.constEnd())
                return;
            StageTally& leaving = tally[*from];
            ++leaving.left;
            if (!q.value(4).isNull())
                ++leaving.minutesInStage[(q.value(3).toLongLong() - q.value(4).toLongLong()) / 60];
        });
    if (!ok)
        return ok;

    std::vector<int> reachedAtLeast(std::size_t(ranks) + 1, 0);
    for (const auto& [lead, highest] : highestRank)
        ++reachedAtLeast[std::size_t(highest)];
    for (int r = ranks - 1; r >= 0; --r)
        reachedAtLeast[std::size_t(r)] += reachedAtLeast[std::size_t(r) + 1];

    out.stages.clear();
    for (std::size_t i = 0; i < stageCount; ++i) {
        const StageInfo& s = scope.stages[i];
        StageTally& t = tally[i];
        const int entered = distinctCount(t.enteredLeads);
        if (s.retired && entered == 0 && t.left == 0)
            continue;
        FunnelStage stage{s.id, s.key, s.name, s.kind, entered, 0, {}, {}, t.left};
        stage.reached = rankOf[i] >= 0 ? reachedAtLeast[std::size_t(rankOf[i])] : entered;
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

    out.won = distinctCount(won);
    out.lost = distinctCount(lost);
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
    if (!wonStages.isEmpty()) {
        QVariantList wonBinds{scope.from, scope.to};
        const QString wonWhere =
            leadFilter(scope, wonBinds, QStringLiteral("l"), QStringLiteral("l.consultant_id"));
        ok = sql::select(scope.db,
                         QStringLiteral("SELECT h.lead_id, h.changed_at, l.created_at "
                                        "FROM stage_history h INDEXED BY stage_history_report "
                                        "JOIN leads l ON l.id = h.lead_id WHERE h.changed_at >= ? "
                                        "AND h.changed_at < ? AND h.to_stage_id IN (%1)%2")
                             .arg(wonStages.join(QLatin1Char(',')), wonWhere),
                         wonBinds, [&](const QSqlQuery& q) {
                             const qint64 at = q.value(1).toLongLong();
                             auto [it, fresh] = wonAt.try_emplace(
                                 q.value(0).toLongLong(), std::pair{at, q.value(2).toLongLong()});
                             if (!fresh && at < it->second.first)
                                 it->second.first = at;
                         });
        if (!ok)
            return ok;
    }
    out.firstVisitCloses = 0;
    for (const auto& [lead, times] : wonAt)
        if (scope.localDate(times.first) == scope.localDate(times.second))
            ++out.firstVisitCloses;
    out.followUpCloses = out.won - out.firstVisitCloses;
    return {};
}

} // namespace showroom::reports::detail
