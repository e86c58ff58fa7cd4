#include "LeadCsvMapping.h"

#include <QHash>
#include <algorithm>
#include <array>

namespace showroom::leadcsv {

namespace {

struct FieldName {
    Field field;
    const char* key;
};

constexpr std::array<FieldName, 14> kFields{{
    {Field::Ignore, "ignore"},
    {Field::FirstName, "first_name"},
    {Field::LastName, "last_name"},
    {Field::FullName, "name"},
    {Field::Company, "company"},
    {Field::Phone, "phone"},
    {Field::Mobile, "mobile"},
    {Field::Email, "email"},
    {Field::Street, "street"},
    {Field::PostalCode, "postal_code"},
    {Field::City, "city"},
    {Field::Vehicle, "vehicle"},
    {Field::Comments, "comments"},
    {Field::Id, "id"},
}};

// Header names as csv::headerKey writes them (lower case, no spaces, dashes, dots or
// underscores), in English, German, Russian, Ukrainian and Chinese.
const QHash<QString, Field>& headerNames()
{
    static const QHash<QString, Field> names = [] {
        QHash<QString, Field> h;
        const auto add = [&](Field field, std::initializer_list<const char*> words) {
            for (const char* word : words)
                h.insert(csv::headerKey(QString::fromUtf8(word)), field);
        };
        add(Field::FirstName, {"first name", "firstname", "first", "given name", "forename",
                               "vorname", "имя", "ім'я", "імя", "名", "名字"});
        add(Field::LastName, {"last name", "lastname", "last", "surname", "family name", "nachname",
                              "familienname", "фамилия", "прізвище", "姓", "姓氏"});
        add(Field::FullName,
            {"name", "full name", "contact", "customer", "kontakt", "kunde", "ansprechpartner",
             "фио", "клиент", "контакт", "піб", "клієнт", "姓名", "联系人", "客户", "客户姓名"});
        add(Field::Company,
            {"company", "organisation", "organization", "business", "firma", "unternehmen",
             "компания", "организация", "компанія", "організація", "公司", "单位", "公司名称"});
        add(Field::Phone,
            {"phone", "telephone", "tel", "phone number", "telefon", "telefonnummer", "rufnummer",
             "телефон", "номер телефона", "номер телефону", "电话", "电话号码", "联系电话"});
        add(Field::Mobile, {"mobile", "mobile phone", "cell", "cellphone", "mobil", "handy",
                            "mobiltelefon", "мобильный", "мобильный телефон", "мобільний",
                            "мобільний телефон", "手机", "手机号", "手机号码"});
        add(Field::Email, {"email", "e-mail", "mail", "email address", "e-mail-adresse",
                           "emailadresse", "почта", "электронная почта", "эл. почта", "пошта",
                           "електронна пошта", "ел. пошта", "邮箱", "电子邮件", "电子邮箱"});
        add(Field::Street,
            {"street", "address", "street address", "straße", "strasse", "adresse", "anschrift",
             "улица", "адрес", "вулиця", "адреса", "地址", "街道", "详细地址"});
        add(Field::PostalCode,
            {"zip", "zip code", "postal code", "postcode", "plz", "postleitzahl", "индекс",
             "почтовый индекс", "індекс", "поштовий індекс", "邮编", "邮政编码"});
        add(Field::City,
            {"city", "town", "ort", "stadt", "wohnort", "город", "місто", "城市", "市"});
        add(Field::Vehicle, {"vehicle", "car", "model", "interest", "vehicle interest", "fahrzeug",
                             "modell", "wunschfahrzeug", "interesse", "автомобиль", "модель",
                             "авто", "автомобіль", "车型", "车辆", "意向车型"});
        add(Field::Comments, {"comment",  "comments",     "note",        "notes",     "message",
                              "remarks",  "bemerkung",    "bemerkungen", "kommentar", "nachricht",
                              "notiz",    "комментарий",  "примечание",  "сообщение", "коментар",
                              "примітка", "повідомлення", "备注",        "留言",      "说明"});
        add(Field::Id, {"id", "lead id", "leadid", "external id", "reference", "ref", "anfrage-nr",
                        "anfragenummer", "номер заявки", "код", "编号", "线索编号"});
        return h;
    }();
    return names;
}

} // namespace

QString fieldKey(Field field)
{
    for (const FieldName& f : kFields)
        if (f.field == field)
            return QString::fromLatin1(f.key);
    return QStringLiteral("ignore");
}

std::optional<Field> fieldFromKey(const QString& key)
{
    for (const FieldName& f : kFields)
        if (key == QLatin1String(f.key))
            return f.field;
    return std::nullopt;
}

const std::vector<Field>& allFields()
{
    static const std::vector<Field> fields = [] {
        std::vector<Field> all;
        for (const FieldName& f : kFields)
            all.push_back(f.field);
        return all;
    }();
    return fields;
}

Field guessField(const QString& headerName)
{
    return headerNames().value(csv::headerKey(headerName), Field::Ignore);
}

Mapping guessMapping(const QStringList& header)
{
    Mapping mapping;
    for (const QString& name : header) {
        Field field = guessField(name);
        // A field taken by an earlier column stays there ("Telefon", "Telefon 2": the second is
        // ignored unless mapped by hand), except phone numbers: the first mobile-less one is the
        // phone, a second phone column becomes the mobile.
        if (field != Field::Ignore &&
            std::find(mapping.begin(), mapping.end(), field) != mapping.end())
            field = field == Field::Phone && std::find(mapping.begin(), mapping.end(),
                                                       Field::Mobile) == mapping.end()
                        ? Field::Mobile
                        : Field::Ignore;
        mapping.push_back(field);
    }
    return mapping;
}

bool reachesAnyone(const Mapping& mapping)
{
    return std::any_of(mapping.begin(), mapping.end(), [](Field f) {
        return f == Field::Phone || f == Field::Mobile || f == Field::Email;
    });
}

std::vector<adf::Prospect> prospects(const Table& table, const Mapping& mapping)
{
    std::vector<adf::Prospect> out;
    for (const csv::Record& record : table.records) {
        adf::Prospect p;
        bool any = false;
        for (std::size_t i = 0; i < mapping.size(); ++i) {
            const QString value = record.value(int(i));
            if (value.isEmpty())
                continue;
            any = true;
            adf::Contact& c = p.customer;
            switch (mapping[i]) {
            case Field::FirstName:
                c.firstName = value;
                break;
            case Field::LastName:
                c.lastName = value;
                break;
            case Field::FullName:
                c.fullName = value;
                break;
            case Field::Company:
                c.company = value;
                break;
            case Field::Phone:
                c.phones.push_back({value, QStringLiteral("voice")});
                break;
            case Field::Mobile:
                c.phones.push_back({value, QStringLiteral("cellphone")});
                break;
            case Field::Email:
                c.emails << value;
                break;
            case Field::Street:
                c.street = value;
                break;
            case Field::PostalCode:
                c.postalCode = value;
                break;
            case Field::City:
                c.city = value;
                break;
            case Field::Vehicle: {
                adf::Vehicle v;
                v.model = value;
                p.vehicles.push_back(v);
                break;
            }
            case Field::Comments:
                p.comments = p.comments.isEmpty() ? value : p.comments + u'\n' + value;
                break;
            case Field::Id:
                p.id = value;
                p.idSource = QStringLiteral("csv");
                break;
            case Field::Ignore:
                break;
            }
        }
        if (any) {
            p.line = record.line;
            out.push_back(p);
        }
    }
    return out;
}

} // namespace showroom::leadcsv
