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

inline QVariant isoDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

inline QDate date(const QVariant& column)
{
    return column.isNull() ? QDate() : QDate::fromString(column.toString(), Qt::ISODate);
}

inline std::optional<int> optionalInt(const QVariant& column)
{
    return column.isNull() ? std::nullopt : std::optional<int>(column.toInt());
}

inline QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace showroom::values
