#include "XlsxWriter.h"

#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace showroom::xlsx {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

constexpr int kMaxSheetName = 31;
constexpr int kMaxCellText = 32767;
constexpr std::size_t kWidthSampleRows = 1000;

// At most `length` UTF-16 units, never splitting a surrogate pair.
QString cut(const QString& text, int length)
{
    if (text.size() <= length)
        return text;
    QString head = text.left(length);
    if (head.back().isHighSurrogate())
        head.chop(1);
    return head;
}

QString cleanSheetName(const QString& name, int position)
{
    QString clean;
    for (QChar c : name)
        if (!QStringLiteral("[]:*?/\\").contains(c) && !c.isNull())
            clean += c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
    clean = clean.simplified();
    while (clean.startsWith(QLatin1Char('\'')))
        clean.remove(0, 1);
    clean = cut(clean, kMaxSheetName);
    while (clean.endsWith(QLatin1Char('\'')))
        clean.chop(1);
    clean = clean.trimmed();
    return clean.isEmpty() ? cut(Tr::tr("Sheet %1").arg(position), kMaxSheetName) : clean;
}

// The characters a value shows in Excel, roughly: enough to size its column.
int displayWidth(const QVariant& value, DataColumn::Type type, int currencyLength)
{
    const QString text = csv::field(value, type);
    switch (type) {
    case DataColumn::Type::Text: {
        int widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = std::max(widest, int(line.size()));
        return widest;
    }
    case DataColumn::Type::Integer:
        return int(text.size() + text.size() / 3);
    case DataColumn::Type::Money:
        return int(text.size() + text.size() / 3 + currencyLength + 1);
    case DataColumn::Type::Percent:
        return 7;
    default:
        return int(text.size());
    }
}

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* money = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* date = nullptr;
};

// The currency as it may appear inside a quoted number format: letters and digits only.
QString formatCurrency(const QString& currency)
{
    QString clean;
    for (QChar c : currency.trimmed())
        if (c.isLetterOrNumber())
            clean += c;
    return clean;
}

lxw_format* numberFormat(lxw_workbook* workbook, const QString& format)
{
    lxw_format* result = workbook_add_format(workbook);
    format_set_num_format(result, format.toUtf8().constData());
    return result;
}

lxw_error writeText(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QString& text)
{
    if (text.isEmpty())
        return LXW_NO_ERROR;
    return worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
}

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QVariant& value,
                    DataColumn::Type type, const Formats& formats)
{
    if (!value.isValid() || value.isNull())
        return LXW_NO_ERROR;
    bool ok = false;
    switch (type) {
    case DataColumn::Type::Text:
        break;
    case DataColumn::Type::Integer:
    case DataColumn::Type::Money: {
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            break;
        if (type == DataColumn::Type::Money)
            return worksheet_write_number(sheet, row, col, double(number) / 100.0, formats.money);
        return worksheet_write_number(sheet, row, col, double(number), nullptr);
    }
    case DataColumn::Type::Number:
    case DataColumn::Type::Percent: {
        const double number = value.toDouble(&ok);
        if (!ok)
            break;
        if (!std::isfinite(number))
            return LXW_NO_ERROR;
        return worksheet_write_number(
            sheet, row, col, number, type == DataColumn::Type::Percent ? formats.percent : nullptr);
    }
    case DataColumn::Type::Date: {
        const QDate date = value.toDate();
        if (!date.isValid())
            break;
        if (date.year() < 1900 || date.year() > 9999) // Excel has no such date
            return writeText(sheet, row, col, date.toString(Qt::ISODate));
        lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
        return worksheet_write_datetime(sheet, row, col, &when, formats.date);
    }
    }
    return writeText(sheet, row, col, value.toString()); // a string cell is never a formula
}

Result<void> writeSheet(lxw_workbook* workbook, lxw_worksheet* sheet, const DataTable& table,
                        Formats formats, const QString& sheetName)
{
    const QString currency = formatCurrency(table.currency);
    const QString money = currency.isEmpty() ? QStringLiteral("#,##0.00")
                                             : QStringLiteral("#,##0.00 \"%1\"").arg(currency);
    formats.money = numberFormat(workbook, money);
    const auto columns = static_cast<lxw_col_t>(table.columns.size());
    for (lxw_col_t col = 0; col < columns; ++col) {
        const DataColumn& column = table.columns[col];
        const lxw_error error =
            column.title.isEmpty()
                ? worksheet_write_blank(sheet, 0, col, formats.header)
                : worksheet_write_string(sheet, 0, col, column.title.toUtf8().constData(),
                                         formats.header);
        if (error != LXW_NO_ERROR)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("The column title “%1” is too long for Excel.").arg(column.title));
        int width = int(column.title.size()) + 4; // bold, and the filter button
        for (std::size_t r = 0; r < std::min(table.rows.size(), kWidthSampleRows); ++r)
            if (col < table.rows[r].size())
                width = std::max(
                    width, displayWidth(table.rows[r][col], column.type, int(currency.size())) + 1);
        worksheet_set_column(sheet, col, col, std::clamp(width, 8, 60), nullptr);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const auto sheetRow = static_cast<lxw_row_t>(r + 1);
        for (lxw_col_t col = 0; col < columns && col < row.size(); ++col) {
            const lxw_error error =
                writeCell(sheet, sheetRow, col, row[col], table.columns[col].type, formats);
            if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("Row %1 of the sheet “%2” holds a text longer than the %L3 "
                                   "characters an Excel cell can hold.")
                                .arg(sheetRow + 1)
                                .arg(sheetName)
                                .arg(kMaxCellText));
            if (error != LXW_NO_ERROR)
                return fail(ErrorCode::InvalidInput,
                            Tr::tr("Row %1 of the sheet “%2” could not be written: %3.")
                                .arg(sheetRow + 1)
                                .arg(sheetName, QString::fromUtf8(lxw_strerror(error))));
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()), columns - 1);
    return {};
}

Result<void> fill(lxw_workbook* workbook, const std::vector<DataTable>& tables)
{
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    formats.percent = numberFormat(workbook, QStringLiteral("0.0%"));
    formats.date = numberFormat(workbook, QStringLiteral("yyyy-mm-dd"));
    const QStringList names = sheetNames(tables);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const DataTable& table = tables[i];
        const QString& name = names.at(qsizetype(i));
        if (table.rows.size() + 1 > LXW_ROW_MAX || table.columns.size() > LXW_COL_MAX)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("“%1” has %L2 rows and %L3 columns: an Excel sheet holds at most "
                               "%L4 rows below its header and %L5 columns.")
                            .arg(name)
                            .arg(table.rows.size())
                            .arg(table.columns.size())
                            .arg(LXW_ROW_MAX - 1)
                            .arg(LXW_COL_MAX));
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!sheet)
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("Excel does not accept “%1” as a sheet name.").arg(name));
        if (auto written = writeSheet(workbook, sheet, table, formats, name); !written)
            return written;
    }
    return {};
}

// A name next to `path` that no file has: "report.xlsx.3f09c2a1.part".
QString temporaryPath(const QString& path)
{
    QString name;
    do
        name = QStringLiteral("%1.%2.part")
                   .arg(path)
                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    while (QFileInfo::exists(name));
    return name;
}

// Moves `from` over `to` in one step (replacing an existing file), keeping `to`'s permissions.
Result<void> replace(const QString& from, const QString& to)
{
    if (QFileInfo(to).isFile())
        QFile::setPermissions(from, QFile::permissions(to));
    std::error_code error;
    std::filesystem::rename(QFile(from).filesystemFileName(), QFile(to).filesystemFileName(),
                            error);
    if (error)
        return fail(ErrorCode::Io, Tr::tr("Could not write %1: %2.")
                                       .arg(QDir::toNativeSeparators(to),
                                            QString::fromStdString(error.message())));
    return {};
}
} // namespace

QStringList sheetNames(const std::vector<DataTable>& tables)
{
    QStringList names;
    QSet<QString> taken{QStringLiteral("history")};
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const QString base = cleanSheetName(tables[i].name, int(i + 1));
        QString name = base;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = cut(base, kMaxSheetName - int(suffix.size())).trimmed() + suffix;
        }
        taken.insert(name.toCaseFolded());
        names << name;
    }
    return names;
}

Result<void> save(const std::vector<DataTable>& tables, const QString& path)
{
    const QString temporary = temporaryPath(path);
    lxw_workbook* workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook)
        return fail(
            ErrorCode::Io,
            Tr::tr("Could not write %1: out of memory.").arg(QDir::toNativeSeparators(path)));
    if (auto filled = fill(workbook, tables); !filled) {
        lxw_workbook_free(workbook); // discards the workbook: nothing was written yet
        return filled;
    }
    errno = 0;
    const lxw_error closed = workbook_close(workbook);
    const int systemError = errno;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        const QString reason = systemError != 0 ? qt_error_string(systemError)
                                                : QString::fromUtf8(lxw_strerror(closed));
        return fail(ErrorCode::Io,
                    Tr::tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), reason));
    }
    if (auto moved = replace(temporary, path); !moved) {
        QFile::remove(temporary);
        return moved;
    }
    return {};
}

} // namespace showroom::xlsx
