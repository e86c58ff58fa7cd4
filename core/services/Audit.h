#pragma once

#include "Error.h"
#include "services/ServiceContext.h"

#include <QJsonObject>

namespace showroom {

struct User;

// Records who did what to which row. Call inside the write transaction of the change itself.
Result<void> audit(ServiceContext& context, const User* actor, const QString& action,
                   const QString& entity, qint64 entityId, const QJsonObject& details = {});

} // namespace showroom
