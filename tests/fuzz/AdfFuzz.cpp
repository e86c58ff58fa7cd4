// libFuzzer target: any bytes given to the ADF reader must come back as prospects or a reason,
// without a crash, a hang or undefined behaviour.
#include "io/Adf.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto document = showroom::adf::parse(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    for (const auto& prospect : document.prospects)
        for (const auto& vehicle : prospect.vehicles)
            (void)vehicle.label();
    return 0;
}
