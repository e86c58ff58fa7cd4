#pragma once

#include "io/Adf.h"

#include <QByteArray>
#include <vector>

// vCard 3.0 and 4.0 (and the 2.1 that older phones still export): files with many cards, folded
// lines, quoted-printable and base64 values, charsets, several TEL and EMAIL. Each card gives a
// prospect (the intake's common record): its name, organisation, phone numbers with their types,
// emails, the first address and the note; the card's UID is its id.
namespace showroom::vcard {

struct Document {
    std::vector<adf::Prospect> cards;
    QString rejected; // why nothing could be read; empty when cards were found
};

Document parse(const QByteArray& bytes);

} // namespace showroom::vcard
