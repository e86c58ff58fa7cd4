#pragma once

#include "Error.h"
#include "domain/Activity.h"
#include "domain/User.h"
#include "services/ServiceContext.h"

#include <vector>

namespace showroom {

class ActivityService {
    Q_DECLARE_TR_FUNCTIONS(ActivityService)

public:
    explicit ActivityService(ServiceContext context) : m_context(context) {}

    // Logs a call, visit, note, ... The first customer contact on a lead stops its response
    // clock (records the first response time).
    Result<Activity> log(const User& actor, Activity activity);
    Result<std::vector<Activity>> forCustomer(qint64 customerId, int limit = 200);

private:
    ServiceContext m_context;
};

} // namespace showroom
