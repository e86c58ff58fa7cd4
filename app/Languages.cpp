#include "Languages.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace showroom {

QStringList Languages::supported()
{
    return {QStringLiteral("de"), QStringLiteral("ru"), QStringLiteral("uk"),
            QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Languages::resolve(const QString& requested)
{
    QString code = requested.trimmed();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList parts = code.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString base = parts.first().toLower();
    if (base == QLatin1String("zh")) {
        // Simplified Chinese only: zh, zh_CN, zh_Hans, zh_Hans_CN, zh_SG.
        for (const QString& part : parts.mid(1)) {
            const QString upper = part.toUpper();
            if (upper == QLatin1String("HANT") || upper == QLatin1String("TW") ||
                upper == QLatin1String("HK") || upper == QLatin1String("MO"))
                return {};
        }
        return QStringLiteral("zh_CN");
    }
    if (supported().contains(base))
        return base;
    return {};
}

QString Languages::fromSystem()
{
    for (const QString& language : QLocale::system().uiLanguages()) {
        const QString resolved = resolve(language);
        if (!resolved.isEmpty())
            return resolved;
    }
    return QStringLiteral("en");
}

QString Languages::requestedIn(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--"))
            break;
        if (argument == option || argument == QLatin1String("-lang"))
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

void Languages::install(const QString& language)
{
    QLocale::setDefault(QLocale(language));
    auto* app = QCoreApplication::instance();
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English has a catalogue too: it holds the plural forms ("1 customer", "2 customers").
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/showroom_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace showroom
