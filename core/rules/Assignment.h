#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace showroom {

// How leads in the Unassigned queue find their consultant.
enum class AssignmentMode {
    Manual,     // the manager drags or assigns them
    RoundRobin, // in turn among active, on-duty, not-busy consultants
    Weighted,   // in proportion to each consultant's weight (e.g. 40/60)
    Pool        // consultants take them themselves
};

QString assignmentModeKey(AssignmentMode mode);
std::optional<AssignmentMode> assignmentModeFromKey(const QString& key);

// Round robin and weighted shares place leads by themselves; manual and pool wait for people.
inline bool isAutomatic(AssignmentMode mode)
{
    return mode == AssignmentMode::RoundRobin || mode == AssignmentMode::Weighted;
}

struct AssignmentCandidate {
    qint64 userId = 0;
    int weight = 1;
    qint64 lastTurn = 0; // round robin: higher took a lead more recently; 0 never
    qint64 credit = 0;   // weighted: running credit
};

struct AssignmentPick {
    qint64 userId = 0;
    // Weighted: every candidate's new credit (user id, credit).
    std::vector<std::pair<qint64, qint64>> credits;
};

// The consultant whose turn is oldest; ties go to the lowest id.
std::optional<AssignmentPick> pickRoundRobin(const std::vector<AssignmentCandidate>& eligible);
// Smooth weighted round robin: every pick adds each weight to its credit, the highest credit takes
// the lead and gives back the total. Over n leads each consultant's share stays within one lead
// of weight / total weights. Candidates with weight 0 never take a lead.
std::optional<AssignmentPick> pickWeighted(const std::vector<AssignmentCandidate>& eligible);

} // namespace showroom
