#pragma once

#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace showroom::keys {

// An enum's stable text keys, as stored in the database and used by the CLI.
template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N> QString keyOf(const KeyTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table)
        if (candidate == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N>& table, const QString& key)
{
    for (const auto& [candidate, text] : table)
        if (key == QLatin1String(text))
            return candidate;
    return std::nullopt;
}

} // namespace showroom::keys
