// One imported record: dedupe, the customer, the lead, its note and where it came from.
#include "LeadIntakeService.h"
#include "rules/ContactValidation.h"
#include "services/ActivityService.h"
#include "services/CustomerService.h"
#include "services/IntakeBatch.h"
#include "services/IntakeSources.h"
#include "services/LeadService.h"
#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/LeadImportRepository.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

namespace showroom {

namespace {

QString nameOf(const adf::Contact& c)
{
    const QString person = QStringList{c.firstName, c.lastName}.join(u' ').trimmed();
    if (!person.isEmpty())
        return person;
    return !c.fullName.isEmpty() ? c.fullName : c.company;
}

// Mobile numbers first: they reach the person, and SMS follow-ups need one.
std::vector<adf::Phone> phonesByPreference(std::vector<adf::Phone> phones)
{
    std::stable_sort(phones.begin(), phones.end(), [](const adf::Phone& a, const adf::Phone& b) {
        const auto mobile = [](const QString& type) {
            return type == QLatin1String("cellphone") || type == QLatin1String("mobile") ||
                   type == QLatin1String("cell");
        };
        return mobile(a.type) && !mobile(b.type);
    });
    return phones;
}

Customer customerFrom(const adf::Contact& c, const QString& phone, const QString& email)
{
    Customer customer;
    customer.firstName = c.firstName;
    customer.lastName = c.lastName;
    // A card whose full name is its organisation names a company, not a person.
    const bool organisation =
        !c.company.isEmpty() && c.fullName.compare(c.company, Qt::CaseInsensitive) == 0;
    if (customer.firstName.isEmpty() && customer.lastName.isEmpty() && !c.fullName.isEmpty() &&
        !organisation) {
        // "Anna Maria Schmidt": the last word is the family name.
        const qsizetype space = c.fullName.lastIndexOf(u' ');
        customer.firstName = space > 0 ? c.fullName.left(space).trimmed() : QString();
        customer.lastName = c.fullName.mid(space + 1).trimmed();
    }
    customer.companyName = c.company;
    if (customer.firstName.isEmpty() && customer.lastName.isEmpty() && !c.company.isEmpty())
        customer.kind = CustomerKind::Company;
    customer.phone = phone;
    customer.email = email;
    customer.street = c.street;
    customer.postalCode = c.postalCode;
    customer.city = c.city;
    return customer;
}

// What the lead card shows of the record beyond the customer's contact data.
QString details(const adf::Prospect& p, const QStringList& refused)
{
    QStringList lines;
    const auto add = [&](const QString& text, const QString& value) {
        if (!value.trimmed().isEmpty())
            lines << text.arg(value.trimmed());
    };
    static const QRegularExpression notBlank(QStringLiteral("\\S"));
    add(LeadIntakeService::tr("Sender: %1"),
        QStringList{p.providerName, p.vendorName}.filter(notBlank).join(QStringLiteral(" / ")));
    if (!p.id.isEmpty())
        add(LeadIntakeService::tr("Prospect id: %1"),
            p.idSource.isEmpty() ? p.id : p.idSource + u'/' + p.id);
    if (p.requestDate.isValid())
        add(LeadIntakeService::tr("Requested: %1"),
            QLocale().toString(p.requestDate, QLocale::ShortFormat));
    for (const adf::Vehicle& v : p.vehicles) {
        QStringList parts{v.label(), v.interest, v.vin, v.colour};
        if (v.priceCents)
            parts << QStringLiteral("%1 %2")
                         .arg(double(*v.priceCents) / 100.0, 0, 'f', 2)
                         .arg(v.currency);
        parts << v.comments;
        add(LeadIntakeService::tr("Vehicle: %1"),
            parts.filter(notBlank).join(QStringLiteral(", ")));
    }
    add(LeadIntakeService::tr("Timeframe: %1"), p.timeframe);
    add(LeadIntakeService::tr("Comments: %1"), p.comments);
    QStringList phones;
    for (const adf::Phone& phone : p.customer.phones)
        phones << (phone.type.isEmpty() ? phone.number
                                        : QStringLiteral("%1 (%2)").arg(phone.number, phone.type));
    if (phones.size() > 1 || p.customer.emails.size() > 1) {
        add(LeadIntakeService::tr("Phone numbers: %1"), phones.join(QStringLiteral(", ")));
        add(LeadIntakeService::tr("Emails: %1"), p.customer.emails.join(QStringLiteral(", ")));
    }
    add(LeadIntakeService::tr("Not valid, not saved: %1"), refused.join(QStringLiteral(", ")));
    if (p.needsReview)
        add(LeadIntakeService::tr("Needs review: %1"), p.notes.join(u' '));
    return lines.join(u'\n');
}

// The customer already known by one of the numbers or addresses, phone numbers first.
Result<std::optional<qint64>> knownCustomer(CustomerService& customers, const QStringList& phones,
                                            const QStringList& emails)
{
    for (const QString& phone : phones) {
        auto same = customers.firstWithPhone(phone);
        if (!same || *same)
            return same;
    }
    for (const QString& email : emails) {
        auto same = customers.firstWithEmail(email);
        if (!same || *same)
            return same;
    }
    return std::nullopt;
}

// One record inside the file's transaction: undone on its own when it is refused, so that a bad
// record leaves nothing behind and the others still import.
class RecordSavepoint {
public:
    explicit RecordSavepoint(QSqlDatabase& db) : m_db(db)
    {
        m_open = bool(sql::exec(m_db, QStringLiteral("SAVEPOINT intake_record")));
    }
    ~RecordSavepoint()
    {
        if (m_open)
            (void)sql::exec(m_db, QStringLiteral("RELEASE intake_record"));
    }
    void undo()
    {
        if (m_open)
            (void)sql::exec(m_db, QStringLiteral("ROLLBACK TO intake_record"));
    }
    bool open() const { return m_open; }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

} // namespace

Result<IntakeRecord> LeadIntakeService::importOne(const User& actor, const IncomingLead& incoming,
                                                  IntakeBatch& batch, const IntakeOptions& options)
{
    QSqlDatabase& sql = m_context.db.sql();
    const adf::Prospect& prospect = incoming.prospect;
    IntakeRecord record;
    record.name = nameOf(prospect.customer);
    record.externalKey = incoming.externalKey;

    if (!record.externalKey.isEmpty()) {
        auto earlier = LeadImportRepository(sql).byKey(record.externalKey);
        if (!earlier)
            return std::unexpected(earlier.error());
        if (*earlier) {
            record.outcome = IntakeOutcome::Duplicate;
            record.customerId = (*earlier)->customerId;
            record.leadId = (*earlier)->leadId;
            record.reason =
                tr("Imported before, on %1, as lead %2.")
                    .arg(QLocale().toString((*earlier)->importedAt.date(), QLocale::ShortFormat))
                    .arg((*earlier)->leadId);
            return record;
        }
    }

    CustomerService customers(m_context, batch.phones);
    QStringList phones, emails, refused;
    for (const adf::Phone& phone : phonesByPreference(prospect.customer.phones)) {
        if (batch.phones.e164(phone.number))
            phones << phone.number;
        else
            refused << phone.number;
    }
    for (const QString& email : prospect.customer.emails) {
        if (auto valid = validateEmail(email))
            emails << *valid;
        else
            refused << email;
    }
    if (phones.isEmpty() && emails.isEmpty()) {
        record.outcome = IntakeOutcome::Rejected;
        record.reason = refused.isEmpty()
                            ? tr("No phone number or email.")
                            : tr("No valid phone number or email (%1).").arg(refused.join(u", "));
        return record;
    }

    auto found = knownCustomer(customers, phones, emails);
    if (!found)
        return std::unexpected(found.error());
    const std::optional<qint64> known = *found;

    auto sourceKey = batch.sources.sourceFor(incoming, options);
    if (!sourceKey)
        return std::unexpected(sourceKey.error());
    record.sourceKey = *sourceKey;

    RecordSavepoint savepoint(sql);
    if (!savepoint.open())
        return fail(ErrorCode::StorageFailure, tr("The import could not begin a record."));
    const auto refuse = [&](const Error& error) -> Result<IntakeRecord> {
        if (error.code != ErrorCode::InvalidInput && error.code != ErrorCode::Duplicate)
            return std::unexpected(error);
        savepoint.undo();
        record.outcome = IntakeOutcome::Rejected;
        record.reason = error.message;
        record.customerId.reset();
        record.leadId.reset();
        return record;
    };

    if (known) {
        record.customerId = *known;
    } else {
        auto added =
            customers.add(actor, customerFrom(prospect.customer, phones.value(0), emails.value(0)));
        if (!added)
            return refuse(added.error());
        record.customerId = added->id;
    }

    NewLead draft;
    draft.customerId = *record.customerId;
    draft.sourceKey = *sourceKey;
    draft.campaignId = batch.sources.campaignFor(*sourceKey, options);
    QStringList interest;
    for (const adf::Vehicle& v : prospect.vehicles)
        if (const QString label = v.label(); !label.isEmpty())
            interest << label;
    draft.vehicleInterest = interest.join(QStringLiteral("; "));
    if (!prospect.vehicles.empty())
        draft.estimatedValueCents = prospect.vehicles.front().priceCents;
    auto lead = LeadService(m_context).create(actor, draft, batch.leads);
    if (!lead)
        return refuse(lead.error());
    record.leadId = lead->id;

    Activity note;
    note.customerId = *record.customerId;
    note.leadId = lead->id;
    note.userId = actor.id;
    note.kind = ActivityKind::Note;
    note.subject = incoming.channel == QLatin1String("vcard") ? tr("Lead imported from a vCard")
                   : incoming.channel == QLatin1String("csv") ? tr("Lead imported from a list")
                   : incoming.externalKey.startsWith(QLatin1String("mail:"))
                       ? tr("Lead from an email")
                       : tr("Lead imported from ADF");
    note.body = details(prospect, refused);
    if (auto logged = ActivityService(m_context).log(actor, note); !logged)
        return refuse(logged.error());

    if (!incoming.original.isEmpty()) {
        AttachmentInfo info;
        info.ownerKind = QStringLiteral("lead");
        info.ownerId = lead->id;
        info.fileName = incoming.originalName;
        info.mimeType = QStringLiteral("message/rfc822");
        info.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(incoming.original, QCryptographicHash::Sha256).toHex());
        info.createdBy = actor.id;
        info.createdAt = m_context.clock.now();
        if (auto attached = ChecklistRepository(sql).attach(info, incoming.original); !attached)
            return std::unexpected(attached.error());
    }

    LeadImport imported;
    imported.leadId = lead->id;
    imported.channel = incoming.channel;
    imported.externalKey = record.externalKey;
    imported.fileName = options.fileName;
    imported.needsReview = prospect.needsReview;
    imported.rawText = prospect.needsReview ? incoming.rawText : QString();
    imported.importedAt = m_context.clock.now();
    imported.importedBy = actor.id;
    if (auto stored = LeadImportRepository(sql).insert(imported); !stored)
        return std::unexpected(stored.error());

    if (prospect.needsReview) {
        record.outcome = IntakeOutcome::NeedsReview;
        record.reason = prospect.notes.join(u' ');
    } else {
        record.outcome = known ? IntakeOutcome::Linked : IntakeOutcome::Created;
    }
    return record;
}

} // namespace showroom
