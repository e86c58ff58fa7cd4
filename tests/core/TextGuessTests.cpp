// Files of unknown encoding from spreadsheets and portals: each of the dealership's languages
// saved the way Windows programs save it comes back as the same text.

#include "io/Text.h"

#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace showroom;

namespace {

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("text in Windows-1252, Windows-1251 and GB18030 is recognised", "[intake][text]")
{
    struct Case {
        const char* encoding;
        QString text;
    };
    const Case cases[] = {
        {"windows-1252", QStringLiteral("Vorname;Nachname;Straße\nJürgen;Müller;Große Allee 5\n"
                                        "Zoë;Weiß;Hauptstraße 12 – Hinterhaus\n")},
        {"windows-1251", QStringLiteral("Имя;Фамилия;Телефон\nСергей;Иванов;+7 916 123-45-67\n"
                                        "Ольга;Кузнецова;8 (495) 765-43-21\n")},
        {"windows-1251", QStringLiteral("Ім'я;Прізвище;Місто\nТарас;Шевченко;Київ\n"
                                        "Ґанна;Їжакевич;Львів\n")},
        {"GB18030",
         QStringLiteral("姓名,电话,城市\n张伟,13800138000,北京市\n李娜,13912345678,上海市\n")},
        {"GB18030", QStringLiteral("名,姓\n伟,张\n")},
    };
    for (const Case& c : cases) {
        INFO(c.encoding << ": " << c.text.toStdString());
        const text::Guess guess = text::guess(encoded(c.text, c.encoding));
        CHECK(guess.encoding == QLatin1String(c.encoding));
        CHECK(guess.text == c.text);
    }
}

TEST_CASE("valid UTF-8 is UTF-8, with or without a byte-order mark", "[intake][text]")
{
    const QString text = QStringLiteral("Name,Telefon\nМюллер 张,+49 151\n");
    CHECK(text::guess(text.toUtf8()).encoding == QStringLiteral("UTF-8"));
    const text::Guess withBom = text::guess("\xEF\xBB\xBF" + text.toUtf8());
    CHECK(withBom.encoding == QStringLiteral("UTF-8"));
    CHECK(withBom.text == text);
    CHECK(text::guess("plain ASCII").encoding == QStringLiteral("UTF-8"));
}
