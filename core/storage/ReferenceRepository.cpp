#include "ReferenceRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace showroom {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

SourceChannel channelFromKey(const QString& key)
{
    if (key == QLatin1String("walk_in"))
        return SourceChannel::WalkIn;
    if (key == QLatin1String("remote"))
        return SourceChannel::Remote;
    return SourceChannel::Other;
}
} // namespace

Result<std::vector<Stage>> ReferenceRepository::selectStages(const QString& where,
                                                             const QVariantList& binds)
{
    std::vector<Stage> stages;
    auto ok = sql::select(
        m_db,
        QStringLiteral("SELECT id, key, name, position, kind, retired FROM stages %1 "
                       "ORDER BY position")
            .arg(where),
        binds, [&](const QSqlQuery& q) {
            stages.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toInt(),
                              stageKindFromKey(q.value(4).toString()).value_or(StageKind::Open),
                              q.value(5).toBool()});
        });
    if (!ok)
        return std::unexpected(ok.error());
    return stages;
}

Result<std::vector<Stage>> ReferenceRepository::stages()
{
    return selectStages({}, {});
}

Result<Stage> ReferenceRepository::stageByKey(const QString& key)
{
    auto found = selectStages(QStringLiteral("WHERE key = ?"), {key});
    if (!found)
        return std::unexpected(found.error());
    return stageWithKey(*found, key);
}

Result<Stage> ReferenceRepository::stageWithKey(const std::vector<Stage>& stages,
                                                const QString& key)
{
    for (const Stage& stage : stages)
        if (stage.key == key)
            return stage;
    return fail(ErrorCode::NotFound, Tr::tr("There is no stage “%1”.").arg(key));
}

Result<Stage> ReferenceRepository::stageById(qint64 id)
{
    auto found = selectStages(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, Tr::tr("There is no stage #%1.").arg(id));
    return found->front();
}

Result<std::vector<Source>> ReferenceRepository::sources()
{
    std::vector<Source> sources;
    auto ok = sql::select(m_db,
                          QStringLiteral("SELECT id, key, name, channel, response_minutes, active, "
                                         "assignment_mode FROM sources ORDER BY id"),
                          {}, [&](const QSqlQuery& q) {
                              sources.push_back(
                                  {q.value(0).toLongLong(), q.value(1).toString(),
                                   q.value(2).toString(), channelFromKey(q.value(3).toString()),
                                   q.value(4).toInt(), q.value(5).toBool(), q.value(6).toString()});
                          });
    if (!ok)
        return std::unexpected(ok.error());
    return sources;
}

Result<Source> ReferenceRepository::sourceByKey(const QString& key)
{
    auto all = sources();
    if (!all)
        return std::unexpected(all.error());
    return sourceWithKey(*all, key);
}

Result<Source> ReferenceRepository::sourceWithKey(const std::vector<Source>& sources,
                                                  const QString& key)
{
    for (const Source& source : sources)
        if (source.key == key)
            return source;
    return fail(ErrorCode::NotFound, Tr::tr("There is no lead source “%1”.").arg(key));
}

Result<std::vector<LostReason>> ReferenceRepository::lostReasons(bool includeRetired)
{
    std::vector<LostReason> reasons;
    auto ok = sql::select(m_db,
                          QStringLiteral("SELECT id, key, name, needs_comment, active, position "
                                         "FROM lost_reasons %1 ORDER BY position, id")
                              .arg(includeRetired ? QString() : QStringLiteral("WHERE active = 1")),
                          {}, [&](const QSqlQuery& q) {
                              reasons.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                                 q.value(2).toString(), q.value(3).toBool(),
                                                 q.value(4).toBool(), q.value(5).toInt()});
                          });
    if (!ok)
        return std::unexpected(ok.error());
    return reasons;
}

Result<LostReason> ReferenceRepository::lostReasonByKey(const QString& key)
{
    auto all = lostReasons(true);
    if (!all)
        return std::unexpected(all.error());
    for (const LostReason& reason : *all)
        if (reason.key == key)
            return reason;
    return fail(ErrorCode::NotFound, Tr::tr("There is no lost reason “%1”.").arg(key));
}

Result<QString> ReferenceRepository::setting(const QString& key, const QString& fallback)
{
    auto value =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!value)
        return std::unexpected(value.error());
    return value->isValid() ? value->toString() : fallback;
}

Result<void> ReferenceRepository::setSetting(const QString& key, const QString& value)
{
    auto done = sql::exec(m_db,
                          QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                         "version = version + 1"),
                          {key, value});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace showroom
