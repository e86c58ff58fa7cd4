// libFuzzer target: guessing the encoding of any bytes (CSV lists from anywhere).
#include "io/Text.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto guess = showroom::text::guess(bytes);
    (void)showroom::text::decode(bytes);
    return guess.text.size() > bytes.size() ? 1 : 0;
}
