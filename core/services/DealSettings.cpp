#include "DealSettings.h"

#include "services/PipelineSettings.h"
#include "storage/ReferenceRepository.h"

namespace showroom {

namespace {
int number(const Result<QString>& text, int fallback, int low, int high)
{
    bool ok = false;
    const int value = text ? text->trimmed().toInt(&ok) : 0;
    return ok && value >= low && value <= high ? value : fallback;
}
} // namespace

Result<DealSettings> DealSettings::load(QSqlDatabase& db)
{
    auto pipeline = PipelineSettings::load(db);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    ReferenceRepository reference(db);
    DealSettings s;
    s.hours = pipeline->response.hours;
    s.currency = pipeline->currency;
    s.offerValidDays = number(reference.setting(QStringLiteral("offer.valid_days")), 14, 1, 365);
    s.reminderDays = number(reference.setting(QStringLiteral("delivery.reminder_days")), 2, 0, 60);
    s.afterSalesCallDays =
        number(reference.setting(QStringLiteral("after_sales.call_days")), 3, 1, 60);
    s.eveningWeekday =
        number(reference.setting(QStringLiteral("after_sales.evening_weekday")), 4, 1, 7);
    if (auto time = reference.setting(QStringLiteral("after_sales.evening_time")); time) {
        const QTime parsed = QTime::fromString(time->trimmed(), QStringLiteral("HH:mm"));
        if (parsed.isValid())
            s.eveningTime = parsed;
    }
    return s;
}

} // namespace showroom
