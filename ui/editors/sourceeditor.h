// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/source.h"

#include <QDialog>

#include <functional>
#include <memory>

class Commands;
namespace Ui {
class SourceEditor;
}

// The form for citing a source for a pairing or an exchange: its web address, title and
// publisher. An address that is not one is said under it; Save stays disabled until the
// source has an address or a title. Saving is one undoable step.
class SourceEditor : public QDialog
{
    Q_OBJECT
public:
    // cite: writes the citation through the commands; false and a message when refused.
    using Cite = std::function<bool(const Source &source, QString *error)>;
    SourceEditor(Commands &commands, const QString &citedFor, Cite cite, QWidget *parent = nullptr);
    ~SourceEditor() override;

    Source source() const;
    void accept() override;

private:
    void check();

    Commands &m_commands;
    Cite m_cite;
    std::unique_ptr<Ui::SourceEditor> m_ui;
};
