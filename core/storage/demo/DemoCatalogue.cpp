// The catalogues behind the demo data: names, companies, cars, colours, addresses, notes.
#include "storage/demo/DemoInternal.h"

namespace showroom::demo {

namespace {
QString asciiSlug(const QString& text)
{
    QString out;
    for (const QChar ch : text.toLower().normalized(QString::NormalizationForm_D)) {
        const char16_t c = ch.unicode();
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
            out += ch;
        else if (c == u'ß')
            out += QStringLiteral("ss");
        else if (c == u'ł')
            out += QLatin1Char('l');
        else if (c == u'ı')
            out += QLatin1Char('i');
        else if (c == 0x0308) // combining diaeresis: ä ö ü → ae oe ue
            out += QLatin1Char('e');
    }
    return out;
}

std::vector<PersonName> names(std::initializer_list<const char*> texts)
{
    std::vector<PersonName> out;
    for (const char* text : texts)
        out.push_back(makeName(text));
    return out;
}
} // namespace

PersonName makeName(std::string_view utf8)
{
    const QString text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    return {std::string(utf8), text.toLower().toStdString(), asciiSlug(text).toStdString()};
}

const std::vector<NameGroup>& nameGroups()
{
    static const std::vector<NameGroup> groups = {
        {"de", 78,
         names({"Jürgen", "Thomas",     "Michael", "Andreas",   "Stefan", "Christian", "Markus",
                "Frank",  "Klaus",      "Peter",   "Sebastian", "Tobias", "Jan",       "Lukas",
                "Felix",  "Maximilian", "Jörg",    "Uwe",       "Dieter", "Björn",     "Sabine",
                "Petra",  "Andrea",     "Claudia", "Susanne",   "Monika", "Katrin",    "Julia",
                "Anna",   "Laura",      "Lena",    "Sophie",    "Marie",  "Hannah",    "Birgit",
                "Jana",   "Sarah",      "Lea",     "Käthe",     "Günter"}),
         names({"Müller", "Schmidt", "Schneider", "Fischer", "Weber",    "Meyer",      "Wagner",
                "Becker", "Schulz",  "Hoffmann",  "Schäfer", "Koch",     "Bauer",      "Richter",
                "Klein",  "Wolf",    "Schröder",  "Neumann", "Schwarz",  "Zimmermann", "Braun",
                "Krüger", "Hofmann", "Hartmann",  "Lange",   "Schmitt",  "Werner",     "Schmitz",
                "Krause", "Meier",   "Lehmann",   "Köhler",  "Herrmann", "König",      "Walter",
                "Mayer",  "Huber",   "Kaiser",    "Fuchs",   "Peters",   "Möller",     "Weiß",
                "Jäger",  "Groß"})},
        {"tr", 6, names({"Mehmet", "Ayşe", "Emre", "Elif", "Can", "Zeynep"}),
         names({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"})},
        {"ru", 4, names({"Dmitri", "Sergei", "Alexei", "Nikolai", "Wladimir", "Igor"}),
         names({"Iwanow", "Petrow", "Smirnow", "Kusnezow", "Sokolow", "Morosow"})},
        {"uk", 3, names({"Oleksandr", "Olena", "Andrij", "Kateryna", "Taras", "Oksana"}),
         names({"Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"})},
        {"zh", 2, names({"Wei", "Li Na", "Jun", "Mei", "Hao", "Xiaoling"}),
         names({"Wang", "Zhang", "Liu", "Chen", "Yang", "Huang"})},
        {"pl", 3, names({"Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Paweł", "Magdalena"}),
         names({"Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Zając"})},
        {"en", 2, names({"James", "Emma", "Oliver", "Charlotte", "Daniel", "Grace"}),
         names({"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans"})},
        {"it", 2, names({"Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara"}),
         names({"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"})},
    };
    return groups;
}

std::string companyName(Rng& rng, const std::vector<NameGroup>& groups)
{
    static const std::vector<std::string> trades = {
        "Bäckerei",   "Elektro",       "Malerbetrieb",   "Dachdeckerei",   "Tischlerei",
        "Gärtnerei",  "Sanitär",       "Steuerkanzlei",  "Physiotherapie", "Fleischerei",
        "Augenoptik", "Ingenieurbüro", "Hausverwaltung", "Kfz-Technik"};
    static const std::vector<std::string> words = {
        "Nordlicht", "Weserland", "Hansa",     "Leinetal",  "Heideblick", "Sonnenhof", "Adler",
        "Elbstrom",  "Blauwal",   "Sternberg", "Lindenhof", "Nordstern",  "Harzblick", "Südwind"};
    static const std::vector<std::string> branches = {
        "Logistik",       "Pflegedienst", "Bau",        "Immobilien", "Consulting", "Medientechnik",
        "Gebäudeservice", "Catering",     "Transporte", "Software",   "Energie",    "Spedition"};
    static const std::vector<std::string> tradeForms = {"GmbH", "e.K.", "KG", "OHG", "GmbH"};
    static const std::vector<std::string> forms = {"GmbH", "AG", "GmbH & Co. KG", "UG", "GmbH"};
    if (rng.chance(0.55)) {
        const std::string& last = rng.pick(groups.front().last).text;
        std::string name = rng.pick(trades) + " " + last;
        if (rng.chance(0.85))
            name += " " + rng.pick(tradeForms);
        return name;
    }
    return rng.pick(words) + " " + rng.pick(branches) + " " + rng.pick(forms);
}

const std::vector<CarModel>& carModels()
{
    static const std::vector<CarModel> models = {
        {"VW", "Golf", "WVW", {"Life", "Style", "R-Line"}, 30000, 45000, true},
        {"VW", "Polo", "WVW", {"Life", "Style", "GTI"}, 21000, 31000, false},
        {"VW", "Tiguan", "WVG", {"Life", "Elegance", "R-Line"}, 37000, 52000, true},
        {"VW", "ID.4", "WVG", {"Pure", "Pro", "GTX"}, 42000, 56000, true},
        {"VW", "Passat Variant", "WVW", {"Business", "Elegance", "R-Line"}, 42000, 56000, true},
        {"VW", "Caddy", "WV2", {"Cargo", "Life", "Style"}, 30000, 42000, true},
        {"Skoda", "Octavia Combi", "TMB", {"Ambition", "Style", "RS"}, 30000, 43000, true},
        {"Skoda", "Fabia", "TMB", {"Essence", "Selection", "Monte Carlo"}, 19000, 26000, false},
        {"Skoda", "Kodiaq", "TMB", {"Selection", "Sportline", "RS"}, 40000, 55000, true},
        {"Skoda", "Enyaq", "TMB", {"60", "85", "Coupé RS"}, 45000, 58000, true},
        {"Seat", "Ibiza", "VSS", {"Reference", "Style", "FR"}, 19000, 25000, false},
        {"Cupra", "Formentor", "VSS", {"V", "VZ", "VZ5"}, 36000, 52000, false},
        {"Audi", "A3 Sportback", "WAU", {"Advanced", "S line", "S3"}, 35000, 50000, false},
        {"Audi", "A4 Avant", "WAU", {"Advanced", "S line", "S4"}, 46000, 62000, true},
        {"Audi", "Q5", "WAU", {"Advanced", "S line", "SQ5"}, 56000, 74000, true},
        {"BMW", "3er Touring", "WBA", {"Sport Line", "M Sport", "M340i"}, 49000, 66000, true},
        {"Mercedes-Benz",
         "C-Klasse T-Modell",
         "WDD",
         {"Avantgarde", "AMG Line", "C 43"},
         51000,
         70000,
         true},
        {"Opel", "Corsa", "W0L", {"Edition", "GS", "Ultimate"}, 19000, 27000, false},
        {"Opel", "Astra Sports Tourer", "W0L", {"Edition", "GS", "Ultimate"}, 27000, 37000, true},
        {"Ford", "Focus Turnier", "WF0", {"Titanium", "ST-Line", "Active"}, 29000, 38000, true},
        {"Ford", "Kuga", "WF0", {"Titanium", "ST-Line X", "Vignale"}, 36000, 47000, false},
        {"Toyota", "Yaris Hybrid", "VNK", {"Comfort", "Team D", "GR Sport"}, 22000, 29000, false},
        {"Toyota",
         "Corolla Touring Sports",
         "SB1",
         {"Comfort", "Team D", "GR Sport"},
         31000,
         39000,
         true},
        {"Hyundai", "Tucson", "TMA", {"Select", "Trend", "Prime"}, 35000, 46000, false},
        {"Kia", "Sportage", "U5Y", {"Vision", "Spirit", "GT-Line"}, 34000, 47000, false},
        {"Renault", "Clio", "VF1", {"Evolution", "Techno", "Esprit Alpine"}, 19000, 26000, false},
        {"Peugeot", "208", "VF3", {"Active", "Allure", "GT"}, 20000, 29000, false},
        {"Dacia", "Duster", "UU1", {"Essential", "Expression", "Journey"}, 20000, 27000, false},
        {"Volvo", "XC60", "YV1", {"Core", "Plus", "Ultimate"}, 56000, 72000, true},
        {"Fiat", "500", "ZFA", {"Cult", "Dolcevita", "La Prima"}, 18000, 23000, false},
    };
    return models;
}

const std::vector<std::string>& colours()
{
    static const std::vector<std::string> list = {
        "Deep Black", "Pure White", "Moonstone Grey", "Reflex Silver", "Atlantic Blue",
        "Kings Red",  "Graphite",   "Forest Green",   "Copper Orange", "Sand Beige"};
    return list;
}

Address address(Rng& rng)
{
    struct City {
        const char* name;
        int postalFrom, postalTo, weight;
    };
    static constexpr City cities[] = {
        {"Hannover", 30159, 30669, 50},    {"Langenhagen", 30851, 30855, 8},
        {"Garbsen", 30823, 30827, 6},      {"Laatzen", 30880, 30880, 5},
        {"Hildesheim", 31134, 31141, 6},   {"Celle", 29221, 29229, 4},
        {"Peine", 31224, 31228, 3},        {"Burgdorf", 31303, 31303, 3},
        {"Lehrte", 31275, 31275, 3},       {"Wunstorf", 31515, 31515, 3},
        {"Braunschweig", 38100, 38126, 3}, {"Wolfsburg", 38440, 38448, 2},
        {"Hamburg", 20095, 22769, 2},      {"Berlin", 10115, 14199, 1},
        {"Bremen", 28195, 28779, 1},       {"Göttingen", 37073, 37085, 1}};
    static const std::vector<std::string> streets = {"Hauptstraße",
                                                     "Bahnhofstraße",
                                                     "Lindenallee",
                                                     "Gartenweg",
                                                     "Schillerstraße",
                                                     "Goethestraße",
                                                     "Kirchweg",
                                                     "Am Markt",
                                                     "Bergstraße",
                                                     "Waldweg",
                                                     "Rosenweg",
                                                     "Mühlenweg",
                                                     "Schulstraße",
                                                     "Dorfstraße",
                                                     "Podbielskistraße",
                                                     "Lister Meile",
                                                     "Am Kanal",
                                                     "Friedrichswall",
                                                     "Vahrenwalder Straße",
                                                     "Hildesheimer Straße"};
    int total = 0;
    for (const City& city : cities)
        total += city.weight;
    int r = static_cast<int>(rng.below(static_cast<quint32>(total)));
    const City* chosen = &cities[0];
    for (const City& city : cities) {
        if (r < city.weight) {
            chosen = &city;
            break;
        }
        r -= city.weight;
    }
    return {rng.pick(streets) + " " + std::to_string(rng.range(1, 120)),
            zeroPadded(static_cast<quint64>(rng.range(chosen->postalFrom, chosen->postalTo)), 5),
            chosen->name};
}

const std::vector<std::string>& customerNotes()
{
    static const std::vector<std::string> notes = {"Prefers calls after 17:00.",
                                                   "Two children and a dog: needs a big boot.",
                                                   "Wants to trade in the current car.",
                                                   "Company car user; the fleet manager decides.",
                                                   "Prefers English.",
                                                   "Looking for an electric car for the commute.",
                                                   "Regular service customer.",
                                                   "Pays cash, no financing."};
    return notes;
}

} // namespace showroom::demo
