#include "OrderGenerator.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace {

constexpr qint64 Day = 24 * 3600;
constexpr qint64 Money = 10000; // one currency unit in ten-thousandths

struct Name
{
    const char *text;
    const char *slug; // ASCII for e-mail addresses
};

const Name FirstNames[] = {{"Zoë", "zoe"},       {"Jane", "jane"},   {"Łukasz", "lukasz"}, {"José", "jose"},
                           {"Ana", "ana"},       {"Søren", "soren"}, {"Yuki", "yuki"},     {"Björn", "bjorn"},
                           {"Chloé", "chloe"},   {"Aroha", "aroha"}, {"Priya", "priya"},   {"Liam", "liam"},
                           {"Olivia", "olivia"}, {"Noah", "noah"},   {"Mia", "mia"},       {"Mateus", "mateus"}};

const Name LastNames[] = {
    {"Müller", "muller"}, {"Doe", "doe"},     {"Kowalski", "kowalski"},   {"García", "garcia"}, {"Ørsted", "orsted"},
    {"Silva", "silva"},   {"田中", "tanaka"}, {"Andersson", "andersson"}, {"Dubois", "dubois"}, {"Ngata", "ngata"},
    {"Sharma", "sharma"}, {"Smith", "smith"}, {"O'Brien", "obrien"},      {"Nguyen", "nguyen"}};

struct Place
{
    const char *street;
    const char *city;
    const char *state;
    const char *zip;
    const char *country;
    const char *iso2;
    const char *phonePrefix;
    const char *zone;
    const char *locale;
};

const Place Places[] = {
    {"455 Main Street", "Austin", "Texas", "78751", "United States", "US", "+1 512 555 ", "United States", "en-US"},
    {"ul. Piotrkowska 104", "Łódź", "Łódzkie", "90-926", "Poland", "PL", "+48 42 630 ", "Europe", "pl"},
    {"Avenida Paulista 1578", "São Paulo", "São Paulo", "01310-200", "Brazil", "BR", "+55 11 3170 ", "South America",
     "pt-BR"},
    {"千代田1-1", "千代田区", "東京都", "100-0001", "Japan", "JP", "+81 3 3213 ", "Asia", "ja"},
    {"12 Queen Street", "Auckland", "Auckland", "1010", "New Zealand", "NZ", "+64 9 379 ", "New Zealand", "en"},
    {"Leopoldstraße 12", "München", "Bayern", "80802", "Germany", "DE", "+49 89 2180 ", "Europe", "de"},
    {"Nørrebrogade 45", "København N", "Hovedstaden", "2200", "Denmark", "DK", "+45 3537 ", "Europe", "da"},
    {"1200 Rue Sainte-Catherine", "Montréal", "Québec", "H3B 1K9", "Canada", "CA", "+1 514 555 ", "Canada", "fr"},
    {"88 George Street", "Sydney", "New South Wales", "2000", "Australia", "AU", "+61 2 9250 ", "Australia", "en"},
    {"221B Baker Street", "London", "", "NW1 6XE", "United Kingdom", "GB", "+44 20 7224 ", "United Kingdom", "en"},
    {"Kungsgatan 7", "Göteborg", "Västra Götaland", "411 19", "Sweden", "SE", "+46 31 711 ", "Europe", "sv"},
    {"Calle de Alcalá 42", "Madrid", "Madrid", "28014", "Spain", "ES", "+34 91 521 ", "Europe", "es"},
};

enum class Kind
{
    Apparel,
    Goods,
    Digital,
};

struct Product
{
    const char *name;
    const char *sku; // "" for products without SKU
    const char *brand;
    int priceCents;
    int weightGrams;
    Kind kind;
};

const Product Catalog[] = {
    {"Merino T-shirt", "MER-TS", "Kiwi Wool", 4900, 180, Kind::Apparel},
    {"Kids Rain Jacket", "KRJ-01", "Puddle", 5995, 420, Kind::Apparel},
    {"Organic Cotton Hoodie", "OCH-22", "Terra", 7450, 650, Kind::Apparel},
    {"Wool Socks (2 pack)", "WS-2", "Kiwi Wool", 1800, 120, Kind::Apparel},
    {"Zoë's Linen Dress", "ZLD-1", "Atelier Zoë", 12900, 380, Kind::Apparel},
    {"Ørsted Windbreaker", "ORS-WB", "Nordvind", 8900, 510, Kind::Apparel},
    {"Café au lait Mug", "CAFE-MUG", "Maison", 1650, 350, Kind::Goods},
    {"東京 Tote Bag", "TKY-TOTE", "Shibuya Goods", 2400, 200, Kind::Goods},
    {"Fog Linen Chambray Towel - Beige Stripe", "S-ORAN", "Fog Linen", 5599, 300, Kind::Goods},
    {"Able Brewing System", "ABS", "Able", 22500, 1800, Kind::Goods},
    {"Ceramic Pour-over", "", "Maison", 3200, 450, Kind::Goods},
    {"Łódź Print Poster", "", "Studio Łódź", 2750, 150, Kind::Goods},
    {"Kinder-Regenschirm", "KRS-9", "Puddle", 1990, 260, Kind::Goods},
    {"Beeswax Wraps (3 pack)", "BW-3", "Hive", 1500, 90, Kind::Goods},
    {"São Paulo Coffee Beans 1kg", "SPC-1K", "Paulista", 3600, 1000, Kind::Goods},
    {"Knitting Pattern (PDF)", "KP-PDF", "Kiwi Wool", 900, 0, Kind::Digital},
    {"E-book: Sourdough Basics", "EB-SD", "Hive", 1400, 0, Kind::Digital},
    {"Desktop Wallpaper Pack", "", "Studio Łódź", 500, 0, Kind::Digital},
};
constexpr int CatalogSize = static_cast<int>(std::size(Catalog));
constexpr int FirstDigital = 15;
constexpr int PhysicalCount = FirstDigital;

const char *const Sizes[] = {"XS", "S", "M", "L", "XL"};
const char *const Colours[] = {"Red", "Navy", "Forest Green", "Oatmeal", "Charcoal", "Mustard"};
const char *const HsCodes[] = {"6109.10.0010", "6110.20.2075", "6912.00.4810", "4202.92.3131",
                               "6302.60.0010", "0901.21.0000", "8516.71.0000"};

struct Carrier
{
    const char *provider;
    const char *trackingCarrier;
    const char *prefix;
};
const Carrier Carriers[] = {
    {"usps", "", "9400"}, {"auspost", "", "AP"}, {"ups", "", "1Z"}, {"fedex", "", "7489"}, {"", "dhl", "JD01"}};

const char *const Messages[] = {"Bitte beim Nachbarn abgeben.", "Leave it at the back door, please 🚪",
                                "置き配を希望します", "Gift — please don't include the invoice.",
                                "Entregar após as 18h"};

template <typename T, std::size_t N> const T &pick(Prng &rng, const T (&array)[N])
{
    return array[rng.range(0, static_cast<int>(N) - 1)];
}

QByteArray digits(Prng &rng, int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += static_cast<char>('0' + rng.range(0, 9));
    return text;
}

} // namespace

OrderGenerator::OrderGenerator(quint64 seed, int channels, qint64 baseTime)
    : m_seed(seed)
    , m_channels(std::max(1, channels))
    , m_baseTime(baseTime)
{
}

int OrderGenerator::pickStatus(Prng &rng)
{
    // Per mille; three quarters wait in 9 (Awaiting Shipment) and 11 (Awaiting Fulfillment), as a busy store's do.
    static const int weights[][2] = {{11, 450}, {9, 300}, {2, 50},  {10, 50}, {7, 30}, {3, 20}, {1, 20}, {5, 20},
                                     {8, 15},   {4, 10},  {14, 10}, {12, 10}, {0, 5},  {6, 5},  {13, 5}};
    int roll = rng.range(0, 999);
    for (const auto &entry : weights) {
        if (roll < entry[1])
            return entry[0];
        roll -= entry[1];
    }
    return 11;
}

int OrderGenerator::pickChannel(Prng &rng) const
{
    // The main storefront weighs 1.5, the others 1: with 3 channels 43/29/29%, never under a sixth up to 5 channels.
    const double total = 1.5 + (m_channels - 1);
    double roll = rng.uniform() * total;
    if (roll < 1.5)
        return 1;
    roll -= 1.5;
    return std::min(m_channels, 2 + static_cast<int>(roll));
}

std::vector<SandboxOrder> OrderGenerator::generate(int count)
{
    // Creation times first, sorted, so order ids grow with date_created as they do in a real store.
    Prng timeline = Prng::derive(m_seed, 0xDA7E5ULL);
    std::vector<qint64> ages(static_cast<std::size_t>(count));
    for (qint64 &age : ages)
        age = static_cast<qint64>(timeline.uniform() * 60 * Day);
    std::sort(ages.begin(), ages.end(), std::greater<qint64>());

    std::vector<SandboxOrder> orders;
    orders.reserve(static_cast<std::size_t>(count));
    for (int index = 0; index < count; ++index) {
        Prng rng = Prng::derive(m_seed, static_cast<std::uint64_t>(index) + 1);
        const qint64 created = m_baseTime - std::max<qint64>(ages[static_cast<std::size_t>(index)], 60);
        qint64 modified;
        const qint64 twoDaysAgo = m_baseTime - 2 * Day;
        if (created >= twoDaysAgo) {
            modified = created + static_cast<qint64>(rng.uniform() * static_cast<double>(m_baseTime - created));
        } else if (rng.chance(0.07)) {
            // Older orders touched lately (paid late, edited): about a tenth in all with the recent ones.
            modified = twoDaysAgo + static_cast<qint64>(rng.uniform() * 2 * Day);
        } else {
            const qint64 room = std::min<qint64>(3 * Day, twoDaysAgo - 3600 - created);
            modified = created + static_cast<qint64>(rng.uniform() * static_cast<double>(std::max<qint64>(room, 0)));
        }
        modified = std::min(std::max(modified, created), m_baseTime);
        orders.push_back(makeOrder(index, created, modified));
    }
    return orders;
}

SandboxAddress OrderGenerator::makeAddress(Prng &rng, bool sameCountry, const SandboxAddress *other) const
{
    const Name &first = pick(rng, FirstNames);
    const Name &last = pick(rng, LastNames);
    const Place *place = &Places[rng.chance(0.3) ? 0 : rng.range(0, static_cast<int>(std::size(Places)) - 1)];
    if (sameCountry && other) {
        for (const Place &candidate : Places)
            if (other->countryIso2 == candidate.iso2)
                place = &candidate;
    }
    SandboxAddress address;
    address.firstName = first.text;
    address.lastName = last.text;
    address.company = rng.chance(0.15) ? QByteArray("Laser Ltd") : QByteArray();
    address.street1 = place->street;
    address.street2 = rng.chance(0.2) ? QByteArray("Apt ") + QByteArray::number(rng.range(1, 40)) : QByteArray();
    address.city = place->city;
    address.state = place->state;
    address.zip = place->zip;
    address.country = place->country;
    address.countryIso2 = place->iso2;
    address.phone = QByteArray(place->phonePrefix) + digits(rng, 4);
    address.email = QByteArray(first.slug) + '.' + last.slug + QByteArray::number(rng.range(1, 99)) + "@example.com";
    return address;
}

SandboxAddress OrderGenerator::makeBillingApartFrom(Prng &rng, const SandboxOrder &order) const
{
    // True if no shipping address of the order has `text` in `member`.
    auto unused = [&order](QByteArray SandboxAddress::*member, const char *text) {
        for (const SandboxShippingAddress &shipping : order.shippingAddresses)
            if (shipping.address.*member == text)
                return false;
        return true;
    };
    // Start at a random entry and walk on to the first one no shipping address uses; the catalogs are far larger
    // than the number of addresses of an order, so the walk always ends.
    constexpr int FirstCount = static_cast<int>(std::size(FirstNames));
    constexpr int LastCount = static_cast<int>(std::size(LastNames));
    constexpr int PlaceCount = static_cast<int>(std::size(Places));
    int first = rng.range(0, FirstCount - 1);
    for (int tries = 0; tries < FirstCount && !unused(&SandboxAddress::firstName, FirstNames[first].text); ++tries)
        first = (first + 1) % FirstCount;
    int last = rng.range(0, LastCount - 1);
    for (int tries = 0; tries < LastCount && !unused(&SandboxAddress::lastName, LastNames[last].text); ++tries)
        last = (last + 1) % LastCount;
    int placeIndex = rng.range(0, PlaceCount - 1);
    for (int tries = 0; tries < PlaceCount && !(unused(&SandboxAddress::street1, Places[placeIndex].street) &&
                                                unused(&SandboxAddress::city, Places[placeIndex].city));
         ++tries)
        placeIndex = (placeIndex + 1) % PlaceCount;
    const Place &place = Places[placeIndex];
    SandboxAddress address;
    address.firstName = FirstNames[first].text;
    address.lastName = LastNames[last].text;
    address.company = rng.chance(0.15) ? QByteArray("Laser Ltd") : QByteArray();
    address.street1 = place.street;
    address.street2 = rng.chance(0.2) ? QByteArray("Apt ") + QByteArray::number(rng.range(1, 40)) : QByteArray();
    address.city = place.city;
    address.state = place.state;
    address.zip = place.zip;
    address.country = place.country;
    address.countryIso2 = place.iso2;
    address.phone = QByteArray(place.phonePrefix) + digits(rng, 4);
    address.email = QByteArray(FirstNames[first].slug) + '.' + LastNames[last].slug +
                    QByteArray::number(rng.range(1, 99)) + "@example.com";
    return address;
}

void OrderGenerator::markWithoutConsignments(std::vector<SandboxOrder> &orders, double fraction) const
{
    if (fraction <= 0.0)
        return;
    for (std::size_t index = 0; index < orders.size(); ++index) {
        Prng rng = Prng::derive(m_seed ^ 0xC0A51C4EULL, static_cast<std::uint64_t>(index) + 1);
        if (!rng.chance(fraction))
            continue;
        SandboxOrder &order = orders[index];
        order.withoutConsignments = true;
        if (order.shippingAddresses.empty())
            continue; // pickup and digital orders: nothing to differ from
        order.billing = makeBillingApartFrom(rng, order);
        for (const Place &place : Places)
            if (order.billing.countryIso2 == place.iso2)
                order.customerLocale = place.locale;
    }
}

SandboxLineItem OrderGenerator::makeItem(Prng &rng, int orderId, int catalogIndex, bool digital)
{
    Q_UNUSED(orderId)
    const Product &product = Catalog[catalogIndex];
    SandboxLineItem item;
    item.id = m_nextOrderProductId++;
    item.productId = 77 + catalogIndex;
    item.variantId = 1000 + catalogIndex * 10 + rng.range(0, 4);
    item.name = product.name;
    item.sku = product.sku;
    item.type = digital ? QByteArray("digital") : QByteArray("physical");
    item.brand = product.brand;
    item.binPickingNumber = digital ? QByteArray() : QByteArray("BIN-") + QByteArray::number(catalogIndex % 7 + 1);
    item.basePrice = static_cast<qint64>(product.priceCents) * 100;
    item.tax = item.basePrice / 10;
    item.costPrice = item.basePrice / 2;
    item.weight = static_cast<qint64>(product.weightGrams) * 10; // kilograms in ten-thousandths
    item.weightAsNumber = (item.id % 4) == 0;
    item.quantity = rng.chance(0.75) ? 1 : rng.range(2, 4);
    item.optionSetId = product.kind == Kind::Apparel ? 19 : 0;

    auto addOption = [&](int optionId, const char *displayName, QByteArray value, const char *type,
                         const char *internalName, const char *style, QByteArray rawValue) {
        SandboxProductOption option;
        option.id = m_nextOptionRowId++;
        option.optionId = optionId;
        option.productOptionId = 100 + catalogIndex * 4 + optionId % 4;
        option.displayName = displayName;
        option.displayValue = std::move(value);
        option.value = std::move(rawValue);
        option.type = type;
        option.name = internalName;
        option.displayStyle = style;
        item.options.push_back(std::move(option));
    };
    if (product.kind == Kind::Apparel) {
        const int size = rng.range(0, static_cast<int>(std::size(Sizes)) - 1);
        addOption(18, "Size", Sizes[size], "Multiple choice", "Apparel sizes", "Rectangle",
                  QByteArray::number(60 + size));
        const int colour = rng.range(0, static_cast<int>(std::size(Colours)) - 1);
        // Stores spell it either way; importers must recognise both.
        const bool british = rng.chance(0.4);
        addOption(british ? 4 : 3, british ? "Colour" : "Color", Colours[colour], "Swatch",
                  british ? "Colours" : "Colors", "", QByteArray::number(110 + colour));
    }
    if (!digital && (product.kind == Kind::Apparel || rng.chance(0.5))) {
        const QByteArray code = pick(rng, HsCodes);
        addOption(37, "HS Code", code, "Text field", "HS Code", "", code);
    }
    return item;
}

void OrderGenerator::addBundle(Prng &rng, SandboxOrder &order, int addressId)
{
    SandboxLineItem parent = makeItem(rng, order.id, 9, false);
    parent.name = "Breakfast Gift Bundle";
    parent.sku = "BNDL-BRK";
    parent.basePrice = 6500 * 100;
    parent.tax = parent.basePrice / 10;
    parent.quantity = 1;
    parent.options.clear();
    parent.addressId = addressId;
    const int parentId = parent.id;
    order.items.push_back(std::move(parent));
    const int children = rng.range(2, 3);
    static const int childCatalog[] = {6, 14, 13};
    for (int c = 0; c < children; ++c) {
        SandboxLineItem child = makeItem(rng, order.id, childCatalog[c], false);
        child.basePrice = 0; // priced on the parent
        child.tax = 0;
        child.quantity = 1;
        child.parentId = parentId;
        child.isBundledProduct = true;
        child.addressId = addressId;
        child.options.clear();
        order.items.push_back(std::move(child));
    }
}

void OrderGenerator::applyPartialRefund(Prng &rng, SandboxOrder &order)
{
    Q_UNUSED(rng)
    // Refund one unit of a multi-unit item, else a whole item of several, else split the only item.
    SandboxLineItem *target = nullptr;
    for (SandboxLineItem &item : order.items)
        if (!target && item.quantity >= 2 && item.quantityRefunded == 0 && item.parentId == 0)
            target = &item;
    int units = 1;
    if (!target && order.items.size() >= 2) {
        for (auto it = order.items.rbegin(); it != order.items.rend(); ++it)
            if (!target && it->parentId == 0 && !it->isBundledProduct && it->quantityRefunded == 0 && it->basePrice > 0)
                target = &*it;
        if (target)
            units = target->quantity;
    }
    if (!target) {
        target = &order.items.front();
        target->quantity = std::max(target->quantity, 2);
        units = 1;
    }
    target->quantityRefunded = units;
    order.refundedAmount += (target->basePrice + target->tax) * units;
}

void OrderGenerator::applyFullRefund(SandboxOrder &order)
{
    qint64 refunded = order.shippingCost + order.shippingTax;
    for (SandboxLineItem &item : order.items) {
        item.quantityRefunded = item.quantity;
        refunded += (item.basePrice + item.tax) * item.quantity;
    }
    order.refundedAmount = refunded;
}

void OrderGenerator::shipGenerated(Prng &rng, SandboxOrder &order, bool everything)
{
    // Quantities consistent with the status: everything for Shipped/Completed, about half for Partially Shipped.
    int remaining = 0;
    for (const SandboxLineItem &item : order.items)
        if (item.type == "physical")
            remaining += item.quantityLeftToShip();
    if (!everything && remaining < 2) {
        for (SandboxLineItem &item : order.items)
            if (item.type == "physical" && item.quantityLeftToShip() >= 1) {
                item.quantity += 1;
                remaining += 1;
                break;
            }
    }
    int budget = everything ? remaining : std::max(1, remaining / 2);
    const qint64 shippedAt = order.dateCreated + (order.dateModified - order.dateCreated) * 4 / 5;
    std::vector<SandboxShipment> byAddress;
    for (SandboxLineItem &item : order.items) {
        if (item.type != "physical" || budget <= 0)
            continue;
        const int units = std::min(budget, item.quantityLeftToShip());
        if (units <= 0)
            continue;
        item.quantityShipped += units;
        budget -= units;
        if (item.addressId == 0)
            continue; // picked up in store: no shipment record
        auto shipment = std::find_if(byAddress.begin(), byAddress.end(),
                                     [&](const SandboxShipment &s) { return s.orderAddressId == item.addressId; });
        if (shipment == byAddress.end()) {
            const Carrier &carrier = pick(rng, Carriers);
            SandboxShipment created;
            created.id = 0;
            created.orderAddressId = item.addressId;
            created.dateCreated = shippedAt;
            created.shippingProvider = carrier.provider;
            created.trackingCarrier = carrier.trackingCarrier;
            created.trackingNumber = QByteArray(carrier.prefix) + digits(rng, 12);
            created.shippingMethod = "None";
            created.comments = "";
            byAddress.push_back(std::move(created));
            shipment = byAddress.end() - 1;
        }
        shipment->items.push_back({item.id, item.productId, units});
    }
    for (SandboxShipment &shipment : byAddress) {
        shipment.id = m_nextShipmentId++;
        order.shipments.push_back(std::move(shipment));
    }
    if (everything)
        order.dateShipped = shippedAt;
}

SandboxOrder OrderGenerator::makeOrder(int index, qint64 created, qint64 modified)
{
    Prng rng = Prng::derive(m_seed ^ 0x5EEDULL, static_cast<std::uint64_t>(index) + 1);
    SandboxOrder order;
    order.id = FirstOrderId + index;
    order.dateCreated = created;
    order.dateModified = modified;
    order.statusId = pickStatus(rng);
    order.channelId = pickChannel(rng);
    order.customerId = rng.chance(0.08) ? 0 : rng.range(1, 3000);

    const bool large = isLargeOrderIndex(index);
    const double fulfilment = rng.uniform();
    const bool twoAddresses = !large && fulfilment < 0.05;
    const bool pickup = !large && fulfilment >= 0.05 && fulfilment < 0.10;
    const bool digital = !large && fulfilment >= 0.10 && fulfilment < 0.13;
    const bool bundle = !large && !digital && rng.chance(0.05);
    const bool refunded = !large && rng.chance(0.03);

    if (digital && (order.statusId == 2 || order.statusId == 3))
        order.statusId = 10; // downloads complete instead of shipping
    if (digital && order.statusId == 8)
        order.statusId = 11;

    order.billing = makeAddress(rng, false, nullptr);
    const double delivery = rng.uniform();
    if (delivery < 1.0 / 6)
        order.billingFormFields.push_back({"Delivery Option", "Authority to leave", false});
    else if (delivery < 2.0 / 6)
        order.billingFormFields.push_back({"Delivery Option", "Signature required", false});
    if (rng.chance(0.05))
        order.billingFormFields.push_back({"Loyalty number", QByteArray::number(rng.range(100000, 999999)), true});

    auto addShippingAddress = [&](const SandboxAddress &address) {
        SandboxShippingAddress shipping;
        shipping.id = m_nextAddressId++;
        shipping.address = address;
        const int method = rng.range(0, 2);
        static const char *const methods[] = {"Free Shipping", "Flat Rate", "Ship by Weight"};
        static const qint64 costs[] = {0, 995, 1299};
        shipping.shippingMethod = methods[method];
        shipping.baseCost = costs[method] * 100;
        shipping.costTax = shipping.baseCost / 10;
        shipping.handlingCost = rng.chance(0.1) ? 250 * 100 : 0;
        shipping.shippingZoneId = 1;
        for (const Place &place : Places)
            if (address.countryIso2 == place.iso2)
                shipping.shippingZoneName = place.zone;
        order.shippingAddresses.push_back(std::move(shipping));
        return order.shippingAddresses.back().id;
    };

    int firstAddressId = 0;
    int secondAddressId = 0;
    if (!pickup && !digital) {
        // Most customers ship to themselves; some send to someone else.
        const SandboxAddress shipTo = rng.chance(0.8) ? order.billing : makeAddress(rng, false, nullptr);
        firstAddressId = addShippingAddress(shipTo);
        if (twoAddresses)
            secondAddressId = addShippingAddress(makeAddress(rng, rng.chance(0.5), &shipTo));
    }
    if (pickup) {
        SandboxPickup location;
        location.id = m_nextPickupId++;
        const bool second = rng.chance(0.4);
        location.pickupMethodId = second ? 2 : 1;
        location.displayName = "Pick Up";
        location.collectionInstructions = "Bring your ID and the order number.";
        location.collectionTimeDescription = "9am - 6pm";
        location.locationId = location.pickupMethodId;
        location.locationName = second ? "Łódź Showroom" : "Austin Warehouse";
        location.locationCode = second ? "LODZ-1" : "AUSTIN-1";
        location.addressLine1 = second ? "ul. Piotrkowska 104" : "123 Main Street";
        location.addressLine2 = second ? "" : "Suite 101";
        location.city = second ? "Łódź" : "Austin";
        location.state = second ? "Łódzkie" : "Texas";
        location.postalCode = second ? "90-926" : "78726";
        location.countryAlpha2 = second ? "PL" : "US";
        location.email = second ? "lodz@example.com" : "austin@example.com";
        location.phone = second ? "+48 42 630 1000" : "+1 512 555 0100";
        order.pickup = location;
    }

    const int itemCount = large ? rng.range(51, 70) : (twoAddresses ? rng.range(2, 5) : rng.range(1, 4));
    for (int i = 0; i < itemCount; ++i) {
        const int catalogIndex =
            digital ? FirstDigital + rng.range(0, CatalogSize - FirstDigital - 1) : rng.range(0, PhysicalCount - 1);
        SandboxLineItem item = makeItem(rng, order.id, catalogIndex, digital);
        if (pickup) {
            item.pickupMethodId = order.pickup->pickupMethodId;
        } else if (!digital) {
            item.addressId = (twoAddresses && (i % 2) == 1) ? secondAddressId : firstAddressId;
        }
        order.items.push_back(std::move(item));
    }
    if (bundle) {
        addBundle(rng, order, pickup ? 0 : firstAddressId);
        if (pickup)
            for (SandboxLineItem &item : order.items)
                if (item.parentId != 0 || item.sku == "BNDL-BRK")
                    item.pickupMethodId = order.pickup->pickupMethodId;
    }

    order.isDigital = digital;
    for (const SandboxShippingAddress &address : order.shippingAddresses) {
        order.shippingCost += address.baseCost;
        order.shippingTax += address.costTax;
    }

    static const char *const methods[] = {"Credit Card", "Credit Card", "PayPal", "Bank Deposit", "Cash on Delivery"};
    order.paymentMethod = pick(rng, methods);
    static const char *const sources[] = {"www", "www",    "www",     "www",    "www",     "www",
                                          "www", "iphone", "android", "manual", "external"};
    order.orderSource = pick(rng, sources);
    order.customerMessage = rng.chance(0.1) ? QByteArray(pick(rng, Messages)) : QByteArray();
    order.staffNotes = rng.chance(0.05) ? QByteArray("VIP customer — gift wrap if possible") : QByteArray();
    for (const Place &place : Places)
        if (order.billing.countryIso2 == place.iso2)
            order.customerLocale = place.locale;
    order.ipAddress = "203.0.113." + QByteArray::number(rng.range(1, 254));
    char cart[40];
    std::snprintf(cart, sizeof cart, "%08llx-%04llx-4%03llx-a%03llx-%012llx",
                  static_cast<unsigned long long>(rng.next() & 0xFFFFFFFFULL),
                  static_cast<unsigned long long>(rng.next() & 0xFFFFULL),
                  static_cast<unsigned long long>(rng.next() & 0xFFFULL),
                  static_cast<unsigned long long>(rng.next() & 0xFFFULL),
                  static_cast<unsigned long long>(rng.next() & 0xFFFFFFFFFFFFULL));
    order.cartId = cart;
    order.isEmailOptIn = rng.chance(0.3);

    if (order.statusId == 4)
        applyFullRefund(order);
    else if (refunded || order.statusId == 14)
        applyPartialRefund(rng, order);
    for (SandboxLineItem &item : order.items)
        item.isBundledProduct = item.parentId != 0;

    if (order.statusId == 2 || order.statusId == 10)
        shipGenerated(rng, order, true);
    else if (order.statusId == 3)
        shipGenerated(rng, order, false);

    switch (order.statusId) {
    case 0:
    case 1:
    case 7:
        order.paymentStatus = "pending";
        break;
    case 4:
        order.paymentStatus = "refunded";
        break;
    case 5:
        order.paymentStatus = "void";
        break;
    case 6:
        order.paymentStatus = "declined";
        break;
    case 12:
        order.paymentStatus = "held for review";
        break;
    default:
        order.paymentStatus = order.refundedAmount > 0 ? "partially refunded" : "captured";
    }
    return order;
}
