#include "print/DealHtml.h"

#include "print/DealPrinter.h"
#include "print/Money.h"

#include <QBuffer>
#include <QImageReader>
#include <QStringList>
#include <algorithm>
#include <cstdlib>
#include <utility>

namespace showroom::print {

namespace {

// Logo box on paper, in CSS pixels (96 per inch): about 40 mm wide and at most 20 mm tall.
constexpr double kLogoMaxWidth = 151.0;
constexpr double kLogoMaxHeight = 76.0;

// Cell borders only work from classes: an inline style on a cell resets its borders, and
// widths below 1px round to none.
const QString kStyle = QStringLiteral(
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1a1a1a; }"
    "p { margin: 0; }"
    ".dealer { font-size: 12pt; font-weight: bold; }"
    ".contact { color: #444444; }"
    ".title { font-size: 18pt; font-weight: bold; }"
    ".label { color: #666666; }"
    ".heading { font-size: 8pt; font-weight: bold; color: #666666; }"
    ".big { font-size: 10pt; font-weight: bold; }"
    "td.rule { border-bottom: 1px solid #1a1a1a; padding-bottom: 8px; }"
    "td.caption { border-bottom: 1px solid #c8c8c8; padding-bottom: 3px; }"
    "td.head { border-bottom: 1px solid #1a1a1a; padding-bottom: 3px; font-weight: bold;"
    " color: #444444; }"
    "td.row { border-bottom: 1px solid #d8d8d8; padding-top: 4px; padding-bottom: 4px; }"
    "td.box { border-bottom: 1px solid #d8d8d8; padding-top: 3px; padding-bottom: 3px;"
    " font-size: 12pt; }"
    "td.total { border-top: 1px solid #1a1a1a; border-bottom: 1px solid #1a1a1a;"
    " padding-top: 5px; padding-bottom: 5px; font-size: 10pt; font-weight: bold; }"
    "td.write { border-bottom: 1px solid #c8c8c8; padding-top: 22px; }"
    "td.sign { border-top: 1px solid #1a1a1a; padding-top: 3px; color: #444444; }");

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QLocale& locale, const QDate& day)
{
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
}

QString conditionText(const QString& key)
{
    if (key == QLatin1String("new"))
        return DealPrinter::tr("New");
    if (key == QLatin1String("used"))
        return DealPrinter::tr("Used");
    if (key == QLatin1String("demo"))
        return DealPrinter::tr("Demonstration vehicle");
    return key;
}

QString paymentText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return DealPrinter::tr("Cash payment");
    case PaymentMethod::Credit:
        return DealPrinter::tr("Financed by a loan");
    case PaymentMethod::Lease:
        return DealPrinter::tr("Lease");
    }
    return {};
}

// Lines of a block; empty values are left out.
QString lines(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.isEmpty())
            kept << part;
    return kept.join(QStringLiteral("<br>"));
}

QString labelled(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<span class=\"label\">%1</span> %2").arg(esc(label), esc(value));
}

const QString kTable = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                      "style=\"border-collapse: collapse;\">");

class Builder {
public:
    Builder(const DealDocument& document, const QLocale& locale, const QImage& logo)
        : m_doc(document), m_locale(locale), m_logo(logo)
    {
    }

    QString html()
    {
        m_html += QStringLiteral("<html><head><style>%1</style></head><body>").arg(kStyle);
        header();
        titleBlock();
        partiesBlock();
        if (m_doc.kind == DealDocumentKind::Handover) {
            checklist();
            remarks();
            signatures(DealPrinter::tr("Sales consultant"));
        } else {
            prices();
            terms();
            if (m_doc.kind == DealDocumentKind::Contract)
                signatures(DealPrinter::tr("For the dealership"));
        }
        m_html += QStringLiteral("</body></html>");
        return m_html;
    }

private:
    QString amount(qint64 cents) const { return money(m_locale, cents, m_doc.currency); }

    // Vertical space; a top margin on a block right after a table would be ignored.
    void spacer(int px)
    {
        m_html +=
            QStringLiteral("<p style=\"font-size: 1pt; line-height: %1px;\">&nbsp;</p>").arg(px);
    }

    void header()
    {
        const QString phone = m_doc.dealershipPhone.isEmpty()
                                  ? QString()
                                  : labelled(DealPrinter::tr("Phone"), m_doc.dealershipPhone);
        const QString name =
            QStringLiteral("<p class=\"dealer\"%1>%2</p>")
                .arg(m_logo.isNull() ? QStringLiteral(" style=\"font-size: 16pt;\"") : QString(),
                     esc(m_doc.dealershipName));
        QString left = name;
        QString right = lines({esc(m_doc.dealershipAddress), phone});
        if (!m_logo.isNull()) {
            const double scale =
                std::min(kLogoMaxWidth / m_logo.width(), kLogoMaxHeight / m_logo.height());
            left = QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                       .arg(QLatin1String(kLogoResource))
                       .arg(qRound(m_logo.width() * scale))
                       .arg(qRound(m_logo.height() * scale));
            right = name + QStringLiteral("<p class=\"contact\">%1</p>").arg(right);
        } else {
            right = QStringLiteral("<p class=\"contact\">%1</p>").arg(right);
        }
        m_html +=
            kTable + QStringLiteral("<tr><td class=\"rule\" valign=\"bottom\">%1</td>"
                                    "<td class=\"rule\" align=\"right\" valign=\"bottom\">%2</td>"
                                    "</tr></table>")
                         .arg(left, right);
        spacer(18);
    }

    // Title on the left, the document's facts in a small table on the right.
    void titleBlock()
    {
        QString title;
        std::vector<std::pair<QString, QString>> facts;
        switch (m_doc.kind) {
        case DealDocumentKind::Offer:
            title = DealPrinter::tr("Offer no. %1").arg(m_doc.dealId);
            facts = {{DealPrinter::tr("Date"), date(m_locale, m_doc.issuedOn)},
                     {DealPrinter::tr("Valid until"), date(m_locale, m_doc.validUntil)}};
            break;
        case DealDocumentKind::Contract:
            title = DealPrinter::tr("Contract summary");
            facts = {{DealPrinter::tr("Deal no."), QString::number(m_doc.dealId)},
                     {DealPrinter::tr("Date"), date(m_locale, m_doc.issuedOn)}};
            break;
        case DealDocumentKind::Handover:
            title = DealPrinter::tr("Handover protocol");
            facts = {{DealPrinter::tr("Deal no."), QString::number(m_doc.dealId)},
                     {DealPrinter::tr("Handover date"), date(m_locale, m_doc.issuedOn)}};
            break;
        }
        facts.emplace_back(DealPrinter::tr("Sales consultant"), m_doc.consultantName);

        QString factRows;
        for (const auto& [label, value] : facts)
            if (!value.isEmpty())
                factRows += QStringLiteral("<tr><td class=\"label\" align=\"right\" "
                                           "style=\"padding-right: 8px;\">%1</td>"
                                           "<td align=\"right\">%2</td></tr>")
                                .arg(esc(label), esc(value));
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                 "<td valign=\"top\"><p class=\"title\">%1</p></td>"
                                 "<td align=\"right\" valign=\"top\"><table cellspacing=\"0\" "
                                 "cellpadding=\"1\">%2</table></td></tr></table>")
                      .arg(esc(title), factRows);
        spacer(16);
    }

    void partiesBlock()
    {
        const auto big = [](const QString& text) {
            return QStringLiteral("<span class=\"big\">%1</span>").arg(esc(text));
        };
        const bool company = m_doc.buyer == BuyerKind::Company && !m_doc.companyName.isEmpty();
        const QString customer = lines(
            {big(company ? m_doc.companyName : m_doc.customerName),
             company ? labelled(DealPrinter::tr("Contact:"), m_doc.customerName) : QString(),
             esc(m_doc.customerAddress), labelled(DealPrinter::tr("Phone"), m_doc.customerPhone),
             labelled(DealPrinter::tr("Email"), m_doc.customerEmail)});

        QString identity;
        if (!m_doc.vin.isEmpty())
            identity = labelled(DealPrinter::tr("VIN"), m_doc.vin);
        else if (m_doc.factoryOrder)
            identity = esc(m_doc.promisedDelivery.isValid()
                               ? DealPrinter::tr("Factory order, delivery promised for %1")
                                     .arg(date(m_locale, m_doc.promisedDelivery))
                               : DealPrinter::tr("Factory order"));
        const QString year = m_doc.modelYear ? QString::number(*m_doc.modelYear) : QString();
        const QString vehicle =
            lines({big(m_doc.vehicleLabel), identity, labelled(DealPrinter::tr("Model year"), year),
                   labelled(DealPrinter::tr("Condition"), conditionText(m_doc.condition))});

        m_html += kTable + QStringLiteral("<tr><td width=\"50%\" class=\"caption\">"
                                          "<span class=\"heading\">%1</span></td>"
                                          "<td width=\"50%\" class=\"caption\">"
                                          "<span class=\"heading\">%2</span></td></tr>"
                                          "<tr><td valign=\"top\" style=\"padding-top: 5px; "
                                          "padding-right: 12px;\">%3</td>"
                                          "<td valign=\"top\" style=\"padding-top: 5px;\">%4</td>"
                                          "</tr></table>")
                               .arg(esc(DealPrinter::tr("CUSTOMER")),
                                    esc(DealPrinter::tr("VEHICLE")), customer, vehicle);
        spacer(18);
    }

    void priceRow(const QString& label, const QString& value,
                  const QString& cls = QStringLiteral("row"))
    {
        m_html += QStringLiteral("<tr><td class=\"%1\">%2</td>"
                                 "<td class=\"%1\" align=\"right\">%3</td></tr>")
                      .arg(cls, label, esc(value));
    }

    void prices()
    {
        m_html += kTable;
        // The head row repeats on every page.
        m_html += QStringLiteral("<thead>");
        priceRow(esc(DealPrinter::tr("Item")), DealPrinter::tr("Amount"), QStringLiteral("head"));
        m_html += QStringLiteral("</thead>");
        priceRow(esc(DealPrinter::tr("List price")), amount(m_doc.listPriceCents));
        if (m_doc.discountCents != 0) {
            priceRow(esc(DealPrinter::tr("Discount")), amount(-m_doc.discountCents));
            priceRow(QStringLiteral("<b>%1</b>").arg(esc(DealPrinter::tr("Price after discount"))),
                     amount(m_doc.listPriceCents - m_doc.discountCents));
        }
        for (const DealDocument::Accessory& accessory : m_doc.accessories)
            priceRow(labelled(DealPrinter::tr("Accessory:"), accessory.title),
                     amount(accessory.priceCents));
        if (m_doc.tradeIn.present())
            priceRow(labelled(DealPrinter::tr("Trade-in:"), m_doc.tradeIn.description()),
                     amount(-m_doc.tradeIn.valueCents.value_or(0)));
        priceRow(esc(DealPrinter::tr("Total")), amount(m_doc.totalCents()),
                 QStringLiteral("total"));
        if (m_doc.depositCents != 0) {
            priceRow(esc(DealPrinter::tr("Deposit")), amount(-m_doc.depositCents));
            priceRow(esc(DealPrinter::tr("Balance due")), amount(m_doc.balanceCents()),
                     QStringLiteral("total"));
        }
        m_html += QStringLiteral("</table>");
        spacer(14);
    }

    void terms()
    {
        QStringList parts{labelled(DealPrinter::tr("Payment:"), paymentText(m_doc.payment))};
        if (m_doc.kind == DealDocumentKind::Offer && m_doc.validUntil.isValid())
            parts << esc(DealPrinter::tr("This offer is valid until %1.")
                             .arg(date(m_locale, m_doc.validUntil)));
        if (!m_doc.consultantName.isEmpty())
            parts << esc(DealPrinter::tr("Your sales consultant: %1").arg(m_doc.consultantName));
        m_html += QStringLiteral("<p style=\"line-height: 140%;\">%1</p>").arg(lines(parts));
    }

    void checklist()
    {
        m_html += kTable + QStringLiteral("<thead><tr><td class=\"head\" width=\"5%\">&nbsp;</td>"
                                          "<td class=\"head\">%1</td>"
                                          "<td class=\"head\" width=\"22%\">%2</td>"
                                          "<td class=\"head\" width=\"20%\">%3</td></tr></thead>")
                               .arg(esc(DealPrinter::tr("Handover step")),
                                    esc(DealPrinter::tr("Done by")), esc(DealPrinter::tr("When")));
        for (const ChecklistItem& item : m_doc.handoverItems) {
            const bool done = item.status == ChecklistItemStatus::Done ||
                              item.status == ChecklistItemStatus::Sold;
            const QString when =
                done && item.doneAt.isValid()
                    ? m_locale.toString(item.doneAt.toLocalTime(), QLocale::ShortFormat)
                    : QString();
            m_html += QStringLiteral("<tr><td class=\"box\">%1</td><td class=\"row\">%2</td>"
                                     "<td class=\"row\">%3</td><td class=\"row\">%4</td></tr>")
                          .arg(done ? QStringLiteral("\u2611") : QStringLiteral("\u2610"),
                               esc(item.title), esc(done ? item.doneByName : QString()), esc(when));
        }
        m_html += QStringLiteral("</table>");
        spacer(18);
    }

    void remarks()
    {
        m_html += kTable + QStringLiteral("<tr><td class=\"caption\"><span class=\"heading\">%1"
                                          "</span></td></tr>")
                               .arg(esc(DealPrinter::tr("REMARKS")));
        for (int i = 0; i < 4; ++i)
            m_html += QStringLiteral("<tr><td class=\"write\">&nbsp;</td></tr>");
        m_html += QStringLiteral("</table>");
    }

    // Two signature columns, each with a "Place, date" line above the signature line.
    void signatures(const QString& dealerSide)
    {
        spacer(24);
        const QString gap = QStringLiteral("<tr><td style=\"padding-top: 34px;\"></td><td></td>"
                                           "<td></td></tr>");
        const QString signRow = QStringLiteral("<tr><td width=\"44%\" class=\"sign\">%1</td>"
                                               "<td width=\"12%\"></td>"
                                               "<td width=\"44%\" class=\"sign\">%2</td></tr>");
        m_html +=
            kTable + gap +
            signRow.arg(esc(DealPrinter::tr("Place, date")), esc(DealPrinter::tr("Place, date"))) +
            gap + signRow.arg(esc(DealPrinter::tr("Customer")), esc(dealerSide)) +
            QStringLiteral("</table>");
    }

    const DealDocument& m_doc;
    const QLocale& m_locale;
    const QImage& m_logo;
    QString m_html;
};

} // namespace

QString money(const QLocale& locale, qint64 cents, const QString& currency)
{
    // Negative amounts (deductions) with a plain minus sign, never in accounting brackets.
    const QString text = formatMoney(std::abs(cents), currency, locale, 2);
    return cents < 0 ? locale.negativeSign() + text : text;
}

QImage readLogo(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    QImage image = reader.read();
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return {};
    // A camera-sized logo would make every PDF large: 40 mm at 600 dpi is plenty.
    if (image.width() > 1000)
        image = image.scaledToWidth(1000, Qt::SmoothTransformation);
    return image;
}

QString dealHtml(const DealDocument& document, const QLocale& locale, const QImage& logo)
{
    return Builder(document, locale, logo).html();
}

} // namespace showroom::print
