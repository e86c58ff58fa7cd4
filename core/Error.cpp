#include "Error.h"

namespace showroom {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::AuthenticationFailed:
        return QStringLiteral("authentication_failed");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::ForeignDatabase:
        return QStringLiteral("foreign_database");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer_schema");
    case ErrorCode::CorruptDatabase:
        return QStringLiteral("corrupt_database");
    case ErrorCode::StorageFailure:
        return QStringLiteral("storage_failure");
    case ErrorCode::Io:
        return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

} // namespace showroom
