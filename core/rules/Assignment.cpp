#include "Assignment.h"

namespace showroom {

QString assignmentModeKey(AssignmentMode mode)
{
    switch (mode) {
    case AssignmentMode::Manual:
        return QStringLiteral("manual");
    case AssignmentMode::RoundRobin:
        return QStringLiteral("round_robin");
    case AssignmentMode::Weighted:
        return QStringLiteral("weighted");
    case AssignmentMode::Pool:
        return QStringLiteral("pool");
    }
    return {};
}

std::optional<AssignmentMode> assignmentModeFromKey(const QString& key)
{
    for (AssignmentMode mode : {AssignmentMode::Manual, AssignmentMode::RoundRobin,
                                AssignmentMode::Weighted, AssignmentMode::Pool})
        if (assignmentModeKey(mode) == key)
            return mode;
    return std::nullopt;
}

std::optional<AssignmentPick> pickRoundRobin(const std::vector<AssignmentCandidate>& eligible)
{
    const AssignmentCandidate* best = nullptr;
    for (const AssignmentCandidate& candidate : eligible) {
        if (!best || candidate.lastTurn < best->lastTurn ||
            (candidate.lastTurn == best->lastTurn && candidate.userId < best->userId))
            best = &candidate;
    }
    if (!best)
        return std::nullopt;
    return AssignmentPick{best->userId, {}};
}

std::optional<AssignmentPick> pickWeighted(const std::vector<AssignmentCandidate>& eligible)
{
    qint64 total = 0;
    std::vector<std::pair<qint64, qint64>> credits;
    std::size_t best = eligible.size();
    for (std::size_t i = 0; i < eligible.size(); ++i) {
        const AssignmentCandidate& candidate = eligible[i];
        if (candidate.weight <= 0) {
            credits.emplace_back(candidate.userId, candidate.credit);
            continue;
        }
        total += candidate.weight;
        credits.emplace_back(candidate.userId, candidate.credit + candidate.weight);
        if (best == eligible.size() || credits[i].second > credits[best].second ||
            (credits[i].second == credits[best].second && candidate.userId < eligible[best].userId))
            best = i;
    }
    if (best == eligible.size())
        return std::nullopt;
    credits[best].second -= total;
    return AssignmentPick{eligible[best].userId, std::move(credits)};
}

} // namespace showroom
