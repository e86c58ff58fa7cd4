#include "Text.h"

#include <QStringDecoder>
#include <array>

namespace showroom::text {

namespace {

// Windows-1252 0x80–0x9F (the rest of the byte range equals Latin-1); 0 for unused bytes.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x80 && b <= 0x9F && kWindows1252High[b - 0x80] != 0)
            text.append(QChar(kWindows1252High[b - 0x80]));
        else
            text.append(QChar(b));
    }
    return text;
}

enum class Script { None, Latin, Cyrillic, Han, Other };

Script scriptOf(QChar c)
{
    const char16_t u = c.unicode();
    if (c.isSurrogate())
        return Script::Han; // GB18030 maps rare Han characters beyond the BMP
    if (!c.isLetter())
        return Script::None;
    if (u < 0x250)
        return Script::Latin;
    if (u >= 0x400 && u < 0x530)
        return Script::Cyrillic;
    if ((u >= 0x4E00 && u < 0xA000) || (u >= 0x3400 && u < 0x4DC0))
        return Script::Han;
    return Script::Other;
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyäöüàáâãåæèéêëìíîïòóôõøùúûýÿœаеёиоуыэюяіїє");
    return vowels.contains(c.toLower());
}

// How much the text looks like words. A run of letters of one script counts for (a Han character
// twice: it is a syllable); against count runs that mix scripts, Latin or Cyrillic runs without a
// vowel, Latin runs made mostly of accented letters (what Cyrillic or Chinese read as
// Windows-1252 looks like), other scripts and stray symbols.
qint64 plausibility(const QString& text)
{
    qint64 score = 0;
    Script run = Script::None;
    qint64 letters = 0, accented = 0;
    bool mixed = false, vowel = false;
    const auto endRun = [&] {
        if (letters > 0) {
            const bool alphabetic = run == Script::Latin || run == Script::Cyrillic;
            const bool implausible =
                mixed || (alphabetic && letters >= 2 && !vowel) ||
                (run == Script::Latin && letters >= 2 && 2 * accented > letters);
            score += implausible ? -2 * letters : (run == Script::Han ? 2 * letters : letters);
        }
        run = Script::None;
        letters = accented = 0;
        mixed = vowel = false;
    };
    for (QChar c : text) {
        const Script script = scriptOf(c);
        if (script == Script::None) {
            endRun();
            const char16_t u = c.unicode();
            if (u == 0xFFFD || (u >= 0x80 && u < 0xA0) ||
                (u >= 0xA4 && u <= 0xBF && u != 0xAB && u != 0xBB && u != 0xB0))
                score -= 3;
            continue;
        }
        if (script == Script::Other)
            score -= 2;
        if (run != Script::None && script != run)
            mixed = true;
        run = script;
        ++letters;
        if (c.unicode() >= 0xC0 && c.unicode() < 0x250)
            ++accented;
        if (isVowel(c))
            vowel = true;
    }
    endRun();
    return score;
}

} // namespace

Guess guess(const QByteArray& bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(view);
    if (!utf8.hasError())
        return {asUtf8, QStringLiteral("UTF-8")};
    Guess best{fromWindows1252(view.toByteArray()), QStringLiteral("windows-1252")};
    qint64 bestScore = plausibility(best.text);
    for (const char* name : {"windows-1251", "GB18030"}) {
        QStringDecoder decoder(name);
        if (!decoder.isValid())
            continue;
        const QString text = decoder.decode(view);
        if (decoder.hasError())
            continue;
        if (const qint64 score = plausibility(text); score > bestScore) {
            best = {text, QString::fromLatin1(name)};
            bestScore = score;
        }
    }
    return best;
}

QString decode(const QByteArray& bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(view.toByteArray());
}

} // namespace showroom::text
