#include "ExportSupport.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace showroom::test {

DataTable sampleTable()
{
    using T = DataColumn::Type;
    DataTable table;
    table.name = QStringLiteral("Customers");
    table.title = QStringLiteral("Customers by revenue");
    table.currency = QStringLiteral("EUR");
    table.columns = {
        {QStringLiteral("Customer"), T::Text},      {QStringLiteral("Deals"), T::Integer},
        {QStringLiteral("Revenue"), T::Money},      {QStringLiteral("Average days"), T::Number},
        {QStringLiteral("Conversion"), T::Percent}, {QStringLiteral("First visit"), T::Date}};
    const auto integer = [](qint64 n) { return QVariant::fromValue<qint64>(n); };
    table.rows = {
        {QStringLiteral("Berger, Maria"), integer(3), integer(123450), 2.5, 0.25,
         QDate(2026, 11, 16)},
        {QStringLiteral("Koch \"Rita\"\nSecond line"), integer(1), integer(-5), 0.1, 1.0,
         QDate(2026, 1, 2)},
        {QStringLiteral("=HYPERLINK(\"http://evil\")"), integer(0), integer(0), 1234567.0, 0.0,
         QDate(2025, 12, 31)},
        {QStringLiteral("Ünal Çelik 李"), {}, {}, {}, {}, {}},
    };
    return table;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray unzip(const QString& zipFile, const QString& member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zipFile, member});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

QString cell(const QString& sheetXml, const QString& reference)
{
    const QRegularExpression element(QStringLiteral("<c r=\"%1\"[^>]*?(/>|>.*?</c>)")
                                         .arg(QRegularExpression::escape(reference)));
    return element.match(sheetXml).captured(0);
}

QString cellValue(const QString& sheetXml, const QString& reference)
{
    static const QRegularExpression value(QStringLiteral("<v>(.*?)</v>"));
    return value.match(cell(sheetXml, reference)).captured(1);
}

QString sharedString(const QString& sharedStringsXml, const QString& sheetXml,
                     const QString& reference)
{
    const QString element = cell(sheetXml, reference);
    if (!element.contains(QStringLiteral("t=\"s\"")))
        return QStringLiteral("(not a shared string)");
    QStringList strings;
    QXmlStreamReader xml(sharedStringsXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QStringLiteral("si"))
            strings << QString();
        else if (xml.isStartElement() && xml.name() == QStringLiteral("t") && !strings.isEmpty())
            strings.last() += xml.readElementText();
    }
    const int index = cellValue(sheetXml, reference).toInt();
    return index < strings.size() ? strings.at(index) : QStringLiteral("(no such string)");
}

QString styleFormat(const QByteArray& stylesXml, const QString& cellXml)
{
    static const QRegularExpression styleAttribute(QStringLiteral(" s=\"(\\d+)\""));
    const int style = styleAttribute.match(cellXml).captured(1).toInt(); // absent: style 0
    QHash<int, QString> codes;
    QList<int> xfFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(stylesXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QStringLiteral("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QStringLiteral("numFmt"))
            codes.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                         attributes.value(QStringLiteral("formatCode")).toString());
        else if (xml.name() == QStringLiteral("cellXfs"))
            inCellXfs = true;
        else if (inCellXfs && xml.name() == QStringLiteral("xf"))
            xfFormats << attributes.value(QStringLiteral("numFmtId")).toInt();
    }
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(style < xfFormats.size());
    const int format = xfFormats.at(style);
    return codes.value(format, QStringLiteral("builtin %1").arg(format));
}

} // namespace showroom::test
