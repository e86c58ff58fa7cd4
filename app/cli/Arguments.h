#pragma once

#include <QStringList>
#include <optional>

namespace showroom::cli {

// Command-line words with options taken out as they are read; what remains are positionals.
class Arguments {
public:
    explicit Arguments(QStringList words) : m_words(std::move(words)) {}

    // "--name VALUE" or "--name=VALUE"; a missing value is recorded as an error.
    std::optional<QString> takeOption(const QString& name);
    bool takeFlag(const QString& name);
    std::optional<QString> takePositional();

    // Words nobody asked for, and options given without a value.
    QStringList problems() const;

private:
    QStringList m_words;
    QStringList m_problems;
};

} // namespace showroom::cli
