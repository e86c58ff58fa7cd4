// --lang CODE: the printed documents (deal documents, the weekly report) and the core's messages
// in that language, with its date and number formats. The CLI's own words stay English for
// scripts.
#include "Commands.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>

namespace showroom::cli {

namespace {

// Languages whose catalogue is built into this binary (none in a core-only build).
QStringList builtInLanguages()
{
    QStringList languages{QStringLiteral("en")};
    QDirIterator files(QStringLiteral(":/i18n"), {QStringLiteral("showroom_*.qm")});
    while (files.hasNext()) {
        const QString name = QFileInfo(files.next()).completeBaseName();
        const QString language = name.mid(int(qstrlen("showroom_")));
        if (!languages.contains(language))
            languages << language;
    }
    std::sort(languages.begin() + 1, languages.end());
    return languages;
}

} // namespace

std::optional<QString> useLanguage(const QString& requested)
{
    const QStringList available = builtInLanguages();
    if (!available.contains(requested))
        return QStringLiteral("no translation for “%1”; available: %2")
            .arg(requested, available.join(QStringLiteral(", ")));
    QLocale::setDefault(QLocale(requested));
    if (requested == QLatin1String("en"))
        return std::nullopt;
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/showroom_%1.qm").arg(requested)))
        return QStringLiteral("the “%1” translation cannot be loaded").arg(requested);
    QCoreApplication::installTranslator(translator);
    return std::nullopt;
}

} // namespace showroom::cli
