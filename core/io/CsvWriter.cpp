#include "CsvWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>
#include <QStringList>
#include <cmath>
#include <optional>

namespace showroom::csv {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

// Cents as "-1234.05": integer arithmetic, so no binary rounding, and safe for the minimum qint64.
QString money(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString withoutTrailingZeros(QString number)
{
    if (number.contains(QLatin1Char('.'))) {
        while (number.endsWith(QLatin1Char('0')))
            number.chop(1);
        if (number.endsWith(QLatin1Char('.')))
            number.chop(1);
    }
    return number == QStringLiteral("-0") ? QStringLiteral("0") : number;
}

std::optional<QString> typed(const QVariant& value, DataColumn::Type type)
{
    bool ok = false;
    switch (type) {
    case DataColumn::Type::Text:
        return std::nullopt;
    case DataColumn::Type::Integer: {
        const qint64 number = value.toLongLong(&ok);
        return ok ? std::optional(QString::number(number)) : std::nullopt;
    }
    case DataColumn::Type::Money: {
        const qint64 cents = value.toLongLong(&ok);
        return ok ? std::optional(money(cents)) : std::nullopt;
    }
    case DataColumn::Type::Number:
    case DataColumn::Type::Percent: {
        const double number = value.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        if (!std::isfinite(number))
            return QString();
        if (type == DataColumn::Type::Percent)
            return withoutTrailingZeros(QString::number(number, 'f', 4));
        return withoutTrailingZeros(QString::number(number, 'f', QLocale::FloatingPointShortest));
    }
    case DataColumn::Type::Date: {
        const QDate date = value.toDate();
        return date.isValid() ? std::optional(date.toString(Qt::ISODate)) : std::nullopt;
    }
    }
    return std::nullopt;
}
} // namespace

QString guardFormula(const QString& text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString field(const QVariant& value, DataColumn::Type type)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (auto text = typed(value, type))
        return *text;
    return guardFormula(value.toString());
}

QString quote(const QString& text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray write(const DataTable& table)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text;
    QStringList line;
    for (const DataColumn& column : table.columns)
        line << quote(guardFormula(column.title));
    text += line.join(QLatin1Char(',')) + lineEnd;
    for (const auto& row : table.rows) {
        line.clear();
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const QVariant value = i < row.size() ? row[i] : QVariant();
            line << quote(field(value, table.columns[i].type));
        }
        text += line.join(QLatin1Char(',')) + lineEnd;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> save(const DataTable& table, const QString& path)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("Could not create %1: %2.").arg(shown, file.errorString()));
    const QByteArray bytes = write(table);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
                    Tr::tr("Could not write %1: %2.").arg(shown, file.errorString()));
    return {};
}

} // namespace showroom::csv
