#include "StockImport.h"

#include "services/StockService.h"

#include <QDate>
#include <QRegularExpression>

namespace showroom::stock {

namespace {
QString folded(const QString& text)
{
    return csv::headerKey(text);
}
} // namespace

Result<qint64> parsePriceCents(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('-'))
            digits.append(c);
        else if (!c.isSpace() && c != QChar(0x20AC) && c != QLatin1Char('\'') && !c.isLetter())
            return fail(ErrorCode::InvalidInput,
                        StockService::tr("“%1” is not a price.").arg(text.trimmed()));
    }
    if (digits.startsWith(QLatin1Char('-')))
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("A price cannot be negative (%1).").arg(text.trimmed()));
    if (digits.isEmpty() || digits.contains(QLatin1Char('-')))
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("“%1” is not a price.").arg(text.trimmed()));
    const qsizetype lastSeparator =
        std::max(digits.lastIndexOf(QLatin1Char(',')), digits.lastIndexOf(QLatin1Char('.')));
    QString whole = digits;
    QString cents;
    if (lastSeparator >= 0) {
        const qsizetype after = digits.size() - lastSeparator - 1;
        const QChar separator = digits.at(lastSeparator);
        const bool onlyOne =
            digits.count(separator) == 1 &&
            !digits.left(lastSeparator)
                 .contains(separator == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(','));
        const bool decimal = after <= 2 || (after != 3 && onlyOne);
        if (decimal) {
            whole = digits.left(lastSeparator);
            cents = digits.mid(lastSeparator + 1);
        }
        whole.remove(QLatin1Char(','));
        whole.remove(QLatin1Char('.'));
    }
    if (cents.size() > 2 || (whole.isEmpty() && cents.isEmpty()))
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("“%1” is not a price.").arg(text.trimmed()));
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok || units > 100'000'000)
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("“%1” is not a price.").arg(text.trimmed()));
    const qint64 fraction =
        cents.isEmpty() ? 0 : cents.leftJustified(2, QLatin1Char('0')).toLongLong();
    return units * 100 + fraction;
}

Result<QDate> parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const char* format : {"yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy"}) {
        QDate date = QDate::fromString(trimmed, QString::fromLatin1(format));
        if (date.isValid()) {
            if (date.year() < 1970)
                date = date.addYears(100);
            return date;
        }
    }
    return fail(
        ErrorCode::InvalidInput,
        StockService::tr("“%1” is not a date (write 2026-12-01 or 01.12.2026).").arg(trimmed));
}

Result<VehicleCondition> parseCondition(const QString& text)
{
    const QString key = folded(text);
    if (key.isEmpty() || key == u"new" || key == u"neu" || key == u"neuwagen")
        return VehicleCondition::New;
    if (key == u"used" || key == u"gebraucht" || key == u"gebrauchtwagen")
        return VehicleCondition::Used;
    if (key == u"demo" || key == u"vorführwagen" || key == u"vorfuehrwagen" || key == u"vfw")
        return VehicleCondition::Demo;
    return fail(
        ErrorCode::InvalidInput,
        StockService::tr("The condition “%1” is unknown (new, used or demo).").arg(text.trimmed()));
}

Result<VehicleStatus> parseStockStatus(const QString& text)
{
    const QString key = folded(text);
    if (key.isEmpty() || key == u"instock" || key == u"stock" || key == u"lager" ||
        key == u"lagerbestand" || key == u"auflager" || key == u"vorrätig" || key == u"verfügbar")
        return VehicleStatus::InStock;
    if (key == u"intransit" || key == u"transit" || key == u"unterwegs" || key == u"zulauf" ||
        key == u"imzulauf")
        return VehicleStatus::InTransit;
    if (key == u"reserved" || key == u"sold" || key == u"delivered" || key == u"reserviert" ||
        key == u"verkauft" || key == u"ausgeliefert")
        return fail(ErrorCode::InvalidInput,
                    StockService::tr("The status “%1” is set by a deal, not by a stock list.")
                        .arg(text.trimmed()));
    return fail(ErrorCode::InvalidInput,
                StockService::tr("The status “%1” is unknown (in stock or in transit).")
                    .arg(text.trimmed()));
}

Result<bool> parseFlag(const QString& text)
{
    const QString key = folded(text);
    if (key.isEmpty() || key == u"0" || key == u"no" || key == u"n" || key == u"nein" ||
        key == u"false" || key == u"falsch" || key == u"-")
        return false;
    if (key == u"1" || key == u"yes" || key == u"y" || key == u"ja" || key == u"j" ||
        key == u"true" || key == u"wahr" || key == u"x")
        return true;
    return fail(ErrorCode::InvalidInput,
                StockService::tr("“%1” is neither yes nor no.").arg(text.trimmed()));
}

Columns Columns::of(const csv::Document& d)
{
    Columns c;
    c.vin = d.column({"vin", "fin", "vehicle identification number", "fahrgestellnummer"});
    c.make = d.column({"make", "marke", "brand", "hersteller"});
    c.model = d.column({"model", "modell"});
    c.trim = d.column({"trim", "ausstattung", "version", "variant", "variante"});
    c.colour = d.column({"colour", "color", "farbe"});
    c.year = d.column({"year", "model year", "baujahr", "modelljahr"});
    c.condition = d.column({"condition", "zustand"});
    c.status = d.column({"status"});
    c.expected = d.column({"expected", "expected on", "erwartet", "liefertermin", "eta"});
    c.price = d.column({"price", "preis", "list price", "listenpreis"});
    c.stockNumber = d.column({"stock number", "stock no", "lagernummer"});
    c.testDrive = d.column({"test drive", "test drive car", "vorführwagen", "probefahrt"});
    return c;
}

Result<void> applyRecord(const Columns& c, const csv::Record& r, Vehicle& v)
{
    const auto reason = [](const QString& column, const Error& error) {
        return fail(error.code, StockService::tr("%1: %2").arg(column, error.message));
    };
    const auto text = [&](int column, QString& target) {
        if (column >= 0)
            target = r.value(column);
    };
    text(c.make, v.make);
    text(c.model, v.model);
    text(c.trim, v.trim);
    text(c.colour, v.colour);
    text(c.stockNumber, v.stockNumber);
    if (c.year >= 0) {
        const QString year = r.value(c.year);
        bool ok = true;
        const int value = year.toInt(&ok);
        if (year.isEmpty())
            v.modelYear.reset();
        else if (!ok || value < 1900 || value > 2200)
            return fail(ErrorCode::InvalidInput,
                        StockService::tr("Year: “%1” is not a model year.").arg(year));
        else
            v.modelYear = value;
    }
    if (c.condition >= 0) {
        auto condition = parseCondition(r.value(c.condition));
        if (!condition)
            return reason(StockService::tr("Condition"), condition.error());
        v.condition = *condition;
    }
    if (c.expected >= 0) {
        const QString expected = r.value(c.expected);
        if (expected.isEmpty()) {
            v.expectedOn = QDate();
        } else {
            auto date = parseDate(expected);
            if (!date)
                return reason(StockService::tr("Expected"), date.error());
            v.expectedOn = *date;
        }
    }
    if (c.status >= 0) {
        const QString status = r.value(c.status);
        auto parsed = parseStockStatus(status);
        if (!parsed)
            return reason(StockService::tr("Status"), parsed.error());
        v.status = status.isEmpty() && v.expectedOn.isValid() ? VehicleStatus::InTransit : *parsed;
    } else if (c.expected >= 0) {
        v.status = v.expectedOn.isValid() ? VehicleStatus::InTransit : VehicleStatus::InStock;
    }
    if (c.price >= 0) {
        const QString price = r.value(c.price);
        if (price.isEmpty()) {
            v.priceCents.reset();
        } else {
            auto cents = parsePriceCents(price);
            if (!cents)
                return reason(StockService::tr("Price"), cents.error());
            v.priceCents = *cents;
        }
    }
    if (c.testDrive >= 0) {
        auto flag = parseFlag(r.value(c.testDrive));
        if (!flag)
            return reason(StockService::tr("Test drive"), flag.error());
        v.testDriveCar = *flag;
    }
    return {};
}

} // namespace showroom::stock
