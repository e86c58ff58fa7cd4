#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

namespace showroom {

struct User {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Consultant;
    QString email;
    QString language;
    bool active = true;
    bool onDuty = true;
    bool busy = false;
    int assignmentWeight = 1;
    QDateTime createdAt;
    int version = 1;
};

struct NewUser {
    QString login;
    QString displayName;
    Role role = Role::Consultant;
    QString password;
    QString email;
    QString language;
};

} // namespace showroom
