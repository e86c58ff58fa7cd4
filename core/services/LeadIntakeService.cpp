#include "LeadIntakeService.h"

#include "io/Mime.h"
#include "io/VCard.h"
#include "services/CustomerService.h"
#include "services/IntakeBatch.h"
#include "services/IntakeSources.h"
#include "services/Permissions.h"
#include "storage/CustomerSearchBatch.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace showroom {

namespace {

QString adfKey(const adf::Prospect& p)
{
    return p.id.isEmpty() ? QString() : QStringLiteral("adf:%1/%2").arg(p.idSource, p.id);
}

// A message without ADF: its sender is the customer, its words the inquiry.
adf::Prospect prospectFromSender(const mime::Message& message)
{
    adf::Prospect p;
    const QString body = message.bodyText();
    if (auto found = adf::fromText(body)) {
        p.customer.phones = found->customer.phones;
        p.customer.emails = found->customer.emails;
    }
    p.customer.fullName = message.fromName;
    if (!message.fromAddress.isEmpty()) {
        p.customer.emails.removeAll(message.fromAddress);
        p.customer.emails.prepend(message.fromAddress);
    }
    p.requestDate = message.date;
    p.requestDateHasZone = message.date.isValid();
    p.comments =
        QStringList{message.subject, body.left(4000)}.join(QStringLiteral("\n\n")).trimmed();
    return p;
}

} // namespace

IntakeFormat intakeFormatOf(const QString& fileName, const QByteArray& head)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xml") || suffix == QLatin1String("adf"))
        return IntakeFormat::Adf;
    if (suffix == QLatin1String("eml") || suffix == QLatin1String("msg"))
        return IntakeFormat::Email;
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return IntakeFormat::VCard;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return IntakeFormat::List;
    // An email first: its body may hold ADF in quoted-printable, which only the email reader
    // decodes.
    const QByteArray lower = head.toLower();
    static const QList<QByteArray> mailHeaders{
        "from:", "received:", "return-path:", "message-id:", "mime-version:", "delivered-to:"};
    for (const QByteArray& header : mailHeaders)
        if (lower.startsWith(header))
            return IntakeFormat::Email;
    if (head.contains("BEGIN:VCARD"))
        return IntakeFormat::VCard;
    if (lower.contains("<adf"))
        return IntakeFormat::Adf;
    return suffix == QLatin1String("txt") ? IntakeFormat::List : IntakeFormat::Unknown;
}

QString intakeOutcomeKey(IntakeOutcome outcome)
{
    switch (outcome) {
    case IntakeOutcome::Created:
        return QStringLiteral("created");
    case IntakeOutcome::Linked:
        return QStringLiteral("linked");
    case IntakeOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case IntakeOutcome::NeedsReview:
        return QStringLiteral("needs_review");
    case IntakeOutcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

int IntakeReport::count(IntakeOutcome outcome) const
{
    return int(std::count_if(records.begin(), records.end(),
                             [&](const IntakeRecord& r) { return r.outcome == outcome; }));
}

int IntakeReport::leads() const
{
    return count(IntakeOutcome::Created) + count(IntakeOutcome::Linked) +
           count(IntakeOutcome::NeedsReview);
}

Result<IntakeReport> LeadIntakeService::importAdf(const User& actor, const QByteArray& bytes,
                                                  const IntakeOptions& options)
{
    const adf::Document document = adf::parse(bytes);
    IntakeReport report;
    report.fileName = options.fileName;
    report.rejected = document.rejected;
    std::vector<IncomingLead> incoming;
    for (const adf::Prospect& prospect : document.prospects)
        incoming.push_back({prospect,
                            adfKey(prospect),
                            QStringLiteral("adf"),
                            document.text,
                            {},
                            {},
                            {QStringLiteral("portal"), QStringLiteral("web_form")}});
    return importAll(actor, incoming, options, report);
}

Result<IntakeReport> LeadIntakeService::importEmail(const User& actor, const QByteArray& bytes,
                                                    const IntakeOptions& options)
{
    const mime::Message message = mime::parse(bytes);
    IntakeReport report;
    report.fileName = options.fileName;
    const QString attachmentName =
        QFileInfo(options.fileName.isEmpty() ? QStringLiteral("message.eml") : options.fileName)
            .fileName();
    // The Message-ID names the message; without one, its bytes do. Prospects without an ADF id
    // are named by the message and their place in it.
    const QString messageKey =
        !message.messageId.isEmpty()
            ? message.messageId
            : QString::fromLatin1(
                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    std::vector<IncomingLead> incoming;
    static const QRegularExpression adfStart(QStringLiteral("<adf[\\s>]"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const mime::Part& part : message.parts) {
        const QString text = part.text();
        if (!text.contains(adfStart))
            continue;
        const adf::Document document = adf::parse(part.body);
        for (const adf::Prospect& prospect : document.prospects)
            incoming.push_back(
                {prospect,
                 adfKey(prospect).isEmpty()
                     ? QStringLiteral("mail:%1#%2").arg(messageKey).arg(incoming.size() + 1)
                     : adfKey(prospect),
                 QStringLiteral("email"),
                 document.text,
                 bytes,
                 attachmentName,
                 {QStringLiteral("portal"), QStringLiteral("web_form")}});
    }
    if (incoming.empty()) {
        incoming.push_back({prospectFromSender(message),
                            QStringLiteral("mail:") + messageKey,
                            QStringLiteral("email"),
                            {},
                            bytes,
                            attachmentName,
                            {QStringLiteral("web_form"), QStringLiteral("portal")}});
    }
    return importAll(actor, incoming, options, report);
}

Result<IntakeReport> LeadIntakeService::importVCards(const User& actor, const QByteArray& bytes,
                                                     const IntakeOptions& options)
{
    const vcard::Document document = vcard::parse(bytes);
    IntakeReport report;
    report.fileName = options.fileName;
    report.rejected = document.rejected;
    std::vector<IncomingLead> incoming;
    for (const adf::Prospect& card : document.cards)
        incoming.push_back({card,
                            card.id.isEmpty() ? QString() : QStringLiteral("vcard:") + card.id,
                            QStringLiteral("vcard"),
                            {},
                            {},
                            {},
                            {QStringLiteral("event"), QStringLiteral("web_form")}});
    return importAll(actor, incoming, options, report);
}

Result<IntakeReport> LeadIntakeService::importAll(const User& actor,
                                                  const std::vector<IncomingLead>& incoming,
                                                  const IntakeOptions& options, IntakeReport report)
{
    if (auto allowed = require(actor, Permission::CreateLeads); !allowed)
        return std::unexpected(allowed.error());
    auto sources = IntakeSources::load(m_context.db.sql());
    if (!sources)
        return std::unexpected(sources.error());
    if (auto checked = sources->check(options); !checked)
        return std::unexpected(checked.error());
    if (incoming.empty()) {
        IntakeRecord whole;
        whole.number = 1;
        whole.reason = report.rejected.isEmpty() ? tr("The file holds no lead.") : report.rejected;
        report.records.push_back(whole);
        return report;
    }
    // A dry run tells nobody: what it creates is undone.
    LeadIntakeService service(m_context);
    if (options.dryRun)
        service.m_context.changes = nullptr;
    const auto work = [&]() -> Result<void> {
        report.records.clear();
        return service.importRecords(actor, incoming, *sources, options, report.records);
    };
    auto done = options.dryRun ? m_context.db.rehearse(work) : m_context.db.writeTransaction(work);
    if (!done)
        return std::unexpected(done.error());
    return report;
}

Result<void> LeadIntakeService::importRecords(const User& actor,
                                              const std::vector<IncomingLead>& incoming,
                                              const IntakeSources& sources,
                                              const IntakeOptions& options,
                                              std::vector<IntakeRecord>& records)
{
    auto batch = readBatch(sources);
    if (!batch)
        return std::unexpected(batch.error());
    // One record's customer gains nothing from being indexed at the end.
    std::optional<CustomerSearchBatch> search;
    if (incoming.size() > 1) {
        auto begun = CustomerSearchBatch::begin(m_context.db.sql());
        if (!begun)
            return std::unexpected(begun.error());
        search = std::move(*begun);
    }
    for (const IncomingLead& lead : incoming) {
        auto record = importOne(actor, lead, *batch, options);
        if (!record)
            return std::unexpected(record.error());
        record->number = int(records.size()) + 1;
        record->line = lead.prospect.line;
        records.push_back(*record);
    }
    return search ? search->finish() : Result<void>{};
}

Result<IntakeBatch> LeadIntakeService::readBatch(const IntakeSources& sources)
{
    auto region = CustomerService(m_context).defaultRegion();
    if (!region)
        return std::unexpected(region.error());
    auto leads = LeadReferences::load(m_context.db.sql());
    if (!leads)
        return std::unexpected(leads.error());
    return IntakeBatch{sources, PhoneNormaliser(*region), std::move(*leads)};
}

Result<void> LeadIntakeService::checkSource(const IntakeOptions& options)
{
    auto sources = IntakeSources::load(m_context.db.sql());
    if (!sources)
        return std::unexpected(sources.error());
    return sources->check(options);
}

} // namespace showroom
