// Report tables as files: CSV (BOM, RFC 4180 quoting, plain numbers, the formula guard) read back
// with our own CSV reader, and XLSX checked in the workbook's XML: numbers as numbers, dates as
// real dates, text as shared strings, the number formats, sheet names Excel accepts.
#include "ExportSupport.h"
#include "Fixtures.h"
#include "io/Csv.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace showroom;
using namespace showroom::test;

TEST_CASE("CSV cells: plain numbers, money in units, fractions, ISO dates", "[export]")
{
    using T = DataColumn::Type;
    CHECK(csv::field(QVariant::fromValue<qint64>(123456789), T::Integer) ==
          QStringLiteral("123456789"));
    CHECK(csv::field(QVariant::fromValue<qint64>(123450), T::Money) == QStringLiteral("1234.50"));
    CHECK(csv::field(QVariant::fromValue<qint64>(-5), T::Money) == QStringLiteral("-0.05"));
    CHECK(csv::field(QVariant::fromValue<qint64>(0), T::Money) == QStringLiteral("0.00"));
    CHECK(csv::field(QVariant::fromValue<qint64>(std::numeric_limits<qint64>::min()), T::Money) ==
          QStringLiteral("-92233720368547758.08"));
    CHECK(csv::field(2.5, T::Number) == QStringLiteral("2.5"));
    CHECK(csv::field(0.1, T::Number) == QStringLiteral("0.1"));
    CHECK(csv::field(1234567.0, T::Number) == QStringLiteral("1234567"));
    CHECK(csv::field(0.25, T::Percent) == QStringLiteral("0.25"));
    CHECK(csv::field(0.123456, T::Percent) == QStringLiteral("0.1235"));
    CHECK(csv::field(1.0, T::Percent) == QStringLiteral("1"));
    CHECK(csv::field(-0.00001, T::Percent) == QStringLiteral("0"));
    CHECK(csv::field(std::nan(""), T::Number).isEmpty());
    CHECK(csv::field(QDate(2026, 11, 16), T::Date) == QStringLiteral("2026-11-16"));
    CHECK(csv::field(QVariant(), T::Money).isEmpty());
    CHECK(csv::field(QVariant(), T::Text).isEmpty());
    CHECK(csv::field(QDate(), T::Date).isEmpty());
    // A value that is not of the column's type is written as (guarded) text, not lost.
    CHECK(csv::field(QStringLiteral("n/a"), T::Integer) == QStringLiteral("n/a"));
    CHECK(csv::field(QStringLiteral("-n/a"), T::Integer) == QStringLiteral("'-n/a"));
}

TEST_CASE("CSV text cannot start a spreadsheet formula", "[export]")
{
    CHECK(csv::guardFormula(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(csv::guardFormula(QStringLiteral("+49 170 1234567")) ==
          QStringLiteral("'+49 170 1234567"));
    CHECK(csv::guardFormula(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(csv::guardFormula(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(csv::guardFormula(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(csv::guardFormula(QStringLiteral("Anna = 1")) == QStringLiteral("Anna = 1"));
    CHECK(csv::guardFormula(QString()).isEmpty());
    // Numbers are numbers: a negative amount keeps its sign without an apostrophe.
    CHECK(csv::field(QVariant::fromValue<qint64>(-250), DataColumn::Type::Integer) ==
          QStringLiteral("-250"));
}

TEST_CASE("CSV quoting follows RFC 4180", "[export]")
{
    CHECK(csv::quote(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csv::quote(QStringLiteral("Berger, Maria")) == QStringLiteral("\"Berger, Maria\""));
    CHECK(csv::quote(QStringLiteral("the \"Golf\"")) == QStringLiteral("\"the \"\"Golf\"\"\""));
    CHECK(csv::quote(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(csv::quote(QStringLiteral("cr\rhere")) == QStringLiteral("\"cr\rhere\""));
    CHECK(csv::quote(QStringLiteral("semi;colon")) == QStringLiteral("semi;colon"));
}

TEST_CASE("a CSV file: BOM, header, CRLF lines, and it reads back", "[export]")
{
    const DataTable table = sampleTable();
    const QByteArray bytes = csv::write(table);
    REQUIRE(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(
        QStringLiteral("Customer,Deals,Revenue,Average days,Conversion,First visit\r\n")));
    CHECK(text.contains(QStringLiteral("\"Berger, Maria\",3,1234.50,2.5,0.25,2026-11-16\r\n")));
    CHECK(text.contains(QStringLiteral("'=HYPERLINK(\"\"http://evil\"\")")));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
    CHECK(text.count(QStringLiteral("\r\n")) == 5); // header + 4 rows; the inner line break is LF

    auto document = csv::read(bytes);
    REQUIRE(document.has_value());
    CHECK(document->delimiter == QLatin1Char(','));
    CHECK(document->header == QStringList{QStringLiteral("Customer"), QStringLiteral("Deals"),
                                          QStringLiteral("Revenue"), QStringLiteral("Average days"),
                                          QStringLiteral("Conversion"),
                                          QStringLiteral("First visit")});
    REQUIRE(document->records.size() == table.rows.size());
    CHECK(document->records[0].fields == QStringList{QStringLiteral("Berger, Maria"),
                                                     QStringLiteral("3"), QStringLiteral("1234.50"),
                                                     QStringLiteral("2.5"), QStringLiteral("0.25"),
                                                     QStringLiteral("2026-11-16")});
    CHECK(document->records[1].fields.at(0) == QStringLiteral("Koch \"Rita\"\nSecond line"));
    CHECK(document->records[1].fields.at(2) == QStringLiteral("-0.05"));
    CHECK(document->records[2].fields.at(0) == QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    CHECK(document->records[3].fields == QStringList{QStringLiteral("Ünal Çelik 李"), QString(),
                                                     QString(), QString(), QString(), QString()});
}

TEST_CASE("sheet names Excel accepts: cleaned, cut to 31 characters, unique", "[export]")
{
    std::vector<DataTable> tables(7);
    tables[0].name = QStringLiteral("Sales [Q4]: a/b*c?d\\e");
    tables[1].name = QStringLiteral("sales (q4) abcde"); // unique once cleaned
    tables[2].name = QStringLiteral("SALES (Q4) ABCDE"); // the same for Excel
    tables[3].name = QString();
    tables[4].name = QStringLiteral("History");
    tables[5].name = QStringLiteral("'Consultants of the showroom, November 2026'");
    tables[6].name = QStringLiteral("Consultants of the showroom, November 2026");
    const QStringList names = xlsx::sheetNames(tables);
    CHECK(names.at(0) == QStringLiteral("Sales Q4 abcde"));
    CHECK(names.at(1) == QStringLiteral("sales (q4) abcde"));
    CHECK(names.at(2) == QStringLiteral("SALES (Q4) ABCDE (2)"));
    CHECK(names.at(3) == QStringLiteral("Sheet 4"));
    CHECK(names.at(4) == QStringLiteral("History (2)"));
    CHECK(names.at(5) == QStringLiteral("Consultants of the showroom, No"));
    CHECK(names.at(6) == QStringLiteral("Consultants of the showroom (2)"));
    for (const QString& name : names)
        CHECK(name.size() <= 31);
}

TEST_CASE("an XLSX sheet: numbers, money, percentages and dates as Excel values", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    const DataTable table = sampleTable();
    auto saved = xlsx::save({table}, path);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.has_value());
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.xlsx")});

    const QString sheet =
        QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString strings = QString::fromUtf8(unzip(path, QStringLiteral("xl/sharedStrings.xml")));
    const QByteArray styles = unzip(path, QStringLiteral("xl/styles.xml"));
    INFO(sheet.toStdString());

    // Row 1: the column titles, bold, frozen.
    CHECK(sharedString(strings, sheet, QStringLiteral("A1")) == QStringLiteral("Customer"));
    CHECK(sheet.contains(QStringLiteral("<pane ySplit=\"1\"")));
    CHECK(cellValue(sheet, QStringLiteral("B2")) == QStringLiteral("3"));
    CHECK_FALSE(cell(sheet, QStringLiteral("B2")).contains(QStringLiteral("t=\"s\"")));
    CHECK(cellValue(sheet, QStringLiteral("C2")) == QStringLiteral("1234.5"));
    CHECK(styleFormat(styles, cell(sheet, QStringLiteral("C2"))) ==
          QStringLiteral("#,##0.00 \"EUR\""));
    CHECK(cellValue(sheet, QStringLiteral("C3")) == QStringLiteral("-0.05"));
    CHECK(cellValue(sheet, QStringLiteral("D2")) == QStringLiteral("2.5"));
    CHECK(cellValue(sheet, QStringLiteral("E2")) == QStringLiteral("0.25"));
    CHECK(styleFormat(styles, cell(sheet, QStringLiteral("E2"))) == QStringLiteral("0.0%"));
    // A date is the day's serial number (days since 1899-12-30) with a date format.
    const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2026, 11, 16));
    CHECK(cellValue(sheet, QStringLiteral("F2")) == QString::number(serial));
    CHECK_FALSE(cell(sheet, QStringLiteral("F2")).contains(QStringLiteral("t=\"s\"")));
    CHECK(styleFormat(styles, cell(sheet, QStringLiteral("F2"))) == QStringLiteral("yyyy-mm-dd"));
    // Text: shared strings, formula-like text stays text (no guard needed, no <f> element).
    CHECK(sharedString(strings, sheet, QStringLiteral("A2")) == QStringLiteral("Berger, Maria"));
    CHECK(sharedString(strings, sheet, QStringLiteral("A4")) ==
          QStringLiteral("=HYPERLINK(\"http://evil\")"));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
    CHECK(sharedString(strings, sheet, QStringLiteral("A5")) == QStringLiteral("Ünal Çelik 李"));
    // Invalid values are blank: no cell at all.
    CHECK(cell(sheet, QStringLiteral("B5")).isEmpty());
    CHECK(cell(sheet, QStringLiteral("F5")).isEmpty());
}

TEST_CASE("an XLSX workbook has one sheet per table", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    DataTable second = sampleTable();
    second.name = QStringLiteral("Consultants");
    second.currency = QStringLiteral("CHF");
    REQUIRE(xlsx::save({sampleTable(), second}, path).has_value());
    const QString workbook = QString::fromUtf8(unzip(path, QStringLiteral("xl/workbook.xml")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Customers\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Consultants\"")));
    const QString sheet =
        QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(styleFormat(unzip(path, QStringLiteral("xl/styles.xml")),
                      cell(sheet, QStringLiteral("C2"))) == QStringLiteral("#,##0.00 \"CHF\""));
}

TEST_CASE("a failed XLSX write leaves an existing file untouched and no temporary", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    writeFile(path, QByteArrayLiteral("last week's report"));
    const QByteArray before = fileDigest(path);

    DataTable table = sampleTable();
    table.rows.push_back({QString(40000, QLatin1Char('x')), {}, {}, {}, {}, {}});
    auto saved = xlsx::save({table}, path);
    REQUIRE_FALSE(saved.has_value());
    CHECK(saved.error().code == ErrorCode::InvalidInput);
    CHECK(saved.error().message.contains(QStringLiteral("Customers")));
    CHECK(fileDigest(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.xlsx")});

    // Where the file cannot be created: an Io error naming it, nothing left behind.
    auto nowhere = xlsx::save({sampleTable()}, QStringLiteral("/proc/showroom-report.xlsx"));
    REQUIRE_FALSE(nowhere.has_value());
    CHECK(nowhere.error().code == ErrorCode::Io);
    CHECK(nowhere.error().message.contains(QStringLiteral("/proc/showroom-report.xlsx")));
}
