// libFuzzer target: guessing the encoding of any bytes (CSV lists from anywhere).
#include "io/Text.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto guess = showroom::text::guess(bytes);
    (void)showroom::text::decode(bytes);
    // No encoding gives more UTF-16 units than bytes; libFuzzer only reports crashes.
    if (guess.text.size() > bytes.size())
        std::abort();
    return 0;
}
