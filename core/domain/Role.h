#pragma once

#include <QString>
#include <optional>

namespace showroom {

enum class Role { Receptionist, Consultant, Manager, Admin };

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);

} // namespace showroom
