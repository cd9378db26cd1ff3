// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/editcommand.h"
#include "app/storage/exchangestore.h"

// Changes an exchange and its links: the links the user made or took off, no others. Undone,
// it takes back exactly what it did to the links, so a link another copy made meanwhile (even
// one this edit also asked for) stays.
class EditExchangeCommand : public EditCommand<ExchangeStore, Exchange>
{
public:
    using EditCommand::EditCommand;

protected:
    void forward() override
    {
        EditCommand::forward();
        m_links = ExchangeStore(m_database).relink(before(), after());
    }
    void backward() override
    {
        EditCommand::backward();
        ExchangeStore(m_database).takeBack(before().id, m_links);
    }

private:
    ExchangeStore::LinkChanges m_links;
};
