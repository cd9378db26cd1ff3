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

// The form for a source: its web address, title and publisher, either cited for a pairing or
// an exchange, or as a record of its own (a new source, or a correction to one). An address
// that is not one is said under it; Save stays disabled until the source has an address or a
// title. Saving is one undoable step.
class SourceEditor : public QDialog
{
    Q_OBJECT
public:
    // cite: writes the citation through the commands; false and a message when refused.
    using Cite = std::function<bool(const Source &source, QString *error)>;
    SourceEditor(Commands &commands, const QString &citedFor, Cite cite, QWidget *parent = nullptr);
    // A source of its own: source.id 0 for a new one, else the source as read.
    SourceEditor(Commands &commands, const Source &source, QWidget *parent = nullptr);
    ~SourceEditor() override;

    Source source() const;
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    void fill(const Source &source);
    void prepare();
    void check();

    Commands &m_commands;
    Cite m_cite; // empty for a source of its own
    Source m_read;
    qint64 m_savedId = 0;
    std::unique_ptr<Ui::SourceEditor> m_ui;
};
