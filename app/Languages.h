#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace showroom {

// The languages Showroom CRM ships and how the one to use is chosen.
class Languages {
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    // "de", "ru", "uk", "zh_CN", "en".
    static QStringList supported();
    // Maps "de", "de-AT", "zh-Hans-CN", "zh_CN"... to a supported code; empty when unsupported.
    static QString resolve(const QString& requested);
    // The first supported language of the system's UI languages, else "en".
    static QString fromSystem();
    // The value of --lang (or --lang=...), read before the command line parser exists, because
    // the parser's help text is already translated.
    static QString requestedIn(const QStringList& arguments);
    // Sets the default locale and installs Qt's and Showroom's translators for `language`.
    // Must run before the first widget is created.
    static void install(const QString& language);
};

} // namespace showroom
