#pragma once

#include <QString>
#include <optional>

namespace showroom {

enum class StageKind { Open, Won, Lost };

QString stageKindKey(StageKind kind);
std::optional<StageKind> stageKindFromKey(const QString& key);

struct Stage {
    qint64 id = 0;
    QString key;
    QString name;
    int position = 0;
    StageKind kind = StageKind::Open;
    bool retired = false;
};

enum class SourceChannel { WalkIn, Remote, Other };

struct Source {
    qint64 id = 0;
    QString key;
    QString name;
    SourceChannel channel = SourceChannel::Other;
    int responseMinutes = 30;
    bool active = true;
    QString assignmentMode; // '' follows the setting assignment.mode
};

struct LostReason {
    qint64 id = 0;
    QString key;
    QString name;
    bool needsComment = false; // "other": the reason is in the comment
    bool active = true;
    int position = 0;
};

} // namespace showroom
