#include "Arguments.h"

namespace showroom::cli {

std::optional<QString> Arguments::takeOption(const QString& name)
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& word = m_words.at(i);
        if (word.startsWith(name + QLatin1Char('='))) {
            const QString value = word.mid(name.size() + 1);
            m_words.removeAt(i);
            return value;
        }
        if (word == name) {
            if (i + 1 >= m_words.size()) {
                m_problems << QStringLiteral("%1 needs a value").arg(name);
                m_words.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_words.at(i + 1);
            m_words.remove(i, 2);
            return value;
        }
    }
    return std::nullopt;
}

bool Arguments::takeFlag(const QString& name)
{
    return m_words.removeOne(name);
}

std::optional<QString> Arguments::takePositional()
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (!m_words.at(i).startsWith(QStringLiteral("--"))) {
            const QString word = m_words.at(i);
            m_words.removeAt(i);
            return word;
        }
    }
    return std::nullopt;
}

QStringList Arguments::problems() const
{
    QStringList all = m_problems;
    for (const QString& word : m_words)
        all << QStringLiteral("unexpected argument “%1”").arg(word);
    return all;
}

} // namespace showroom::cli
