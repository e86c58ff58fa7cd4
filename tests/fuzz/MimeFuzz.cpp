// libFuzzer target: the email reader on any bytes, down to each part's decoded text.
#include "io/Mime.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto message = showroom::mime::parse(bytes);
    (void)message.bodyText();
    for (const auto& part : message.parts)
        (void)part.text();
    (void)showroom::mime::decodeHeader(bytes.left(512));
    return 0;
}
