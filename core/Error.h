#pragma once

#include <QString>
#include <expected>

namespace showroom {

enum class ErrorCode {
    InvalidInput,
    NotFound,
    Conflict,
    Duplicate,
    PermissionDenied,
    AuthenticationFailed,
    Busy,
    ForeignDatabase,
    NewerSchema,
    CorruptDatabase,
    StorageFailure,
    Io,
};

// A failure crossing the core boundary. `message` is already translated (core calls tr()).
struct Error {
    ErrorCode code;
    QString message;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

// Stable, untranslated name of a code, for logs and JSON output.
QString errorCodeName(ErrorCode code);

} // namespace showroom
