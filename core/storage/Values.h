#pragma once

#include <QDateTime>
#include <QVariant>
#include <optional>

// Conversions between domain values and stored columns (epoch seconds, NULLs).
namespace showroom::values {

inline QVariant epoch(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toSecsSinceEpoch())
                        : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime dateTime(const QVariant& column)
{
    return column.isNull() ? QDateTime()
                           : QDateTime::fromSecsSinceEpoch(column.toLongLong(), Qt::UTC);
}

inline QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline std::optional<qint64> optionalId(const QVariant& column)
{
    return column.isNull() ? std::nullopt : std::optional<qint64>(column.toLongLong());
}

inline QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

inline QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace showroom::values
