// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/domain/pairingconflict.h"

namespace PairingConflict {
namespace {
// Whether two pairings hold the same in one field; and copying that field from one to another.
bool same(const Pairing &a, const Pairing &b, Field field)
{
    switch (field) {
    case Field::ChinesePlace:
        return a.chinesePlaceId == b.chinesePlaceId;
    case Field::UsPlace:
        return a.usPlaceId == b.usPlaceId;
    case Field::Relation:
        return a.relation == b.relation;
    case Field::Level:
        return a.level == b.level;
    case Field::Established:
        return a.established == b.established;
    case Field::Status:
        return a.status == b.status;
    case Field::Notes:
        return a.notes == b.notes;
    }
    return true;
}

void copy(Pairing &to, const Pairing &from, Field field)
{
    switch (field) {
    case Field::ChinesePlace:
        to.chinesePlaceId = from.chinesePlaceId;
        break;
    case Field::UsPlace:
        to.usPlaceId = from.usPlaceId;
        break;
    case Field::Relation:
        to.relation = from.relation;
        break;
    case Field::Level:
        to.level = from.level;
        break;
    case Field::Established:
        to.established = from.established;
        break;
    case Field::Status:
        to.status = from.status;
        break;
    case Field::Notes:
        to.notes = from.notes;
        break;
    }
}

const Field allFields[] = {Field::ChinesePlace, Field::UsPlace, Field::Relation, Field::Level,
                           Field::Established,  Field::Status,  Field::Notes};
} // namespace

QList<Field> differences(const Pairing &theirs, const Pairing &mine)
{
    QList<Field> fields;
    for (const Field field : allFields) {
        if (!same(theirs, mine, field))
            fields << field;
    }
    return fields;
}

Pairing mineOnTheirs(const Pairing &read, const Pairing &mine, const Pairing &theirs)
{
    Pairing merged = theirs;
    for (const Field field : allFields) {
        if (!same(read, mine, field))
            copy(merged, mine, field);
    }
    return merged;
}

} // namespace PairingConflict
