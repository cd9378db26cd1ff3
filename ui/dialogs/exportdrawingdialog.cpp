// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/exportdrawingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

ExportDrawingDialog::ExportDrawingDialog(const QString &windowTitle, const QString &suggestedPath,
                                         const QString &title, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(QDir::toNativeSeparators(suggestedPath))),
      m_format(new QComboBox), m_width(new QSpinBox), m_height(new QSpinBox), m_dpi(new QSpinBox),
      m_printSize(new QLabel), m_title(new QLineEdit(title)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(windowTitle);
    m_folder = QFileInfo(suggestedPath).absolutePath();
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_format->setObjectName(QStringLiteral("formatBox"));
    m_width->setObjectName(QStringLiteral("widthBox"));
    m_height->setObjectName(QStringLiteral("heightBox"));
    m_dpi->setObjectName(QStringLiteral("dpiBox"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_format->addItem(tr("PNG image"), int(ChartFile::Format::Png));
    m_format->addItem(tr("SVG drawing (vector)"), int(ChartFile::Format::Svg));
    m_format->addItem(tr("PDF document (vector)"), int(ChartFile::Format::Pdf));
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(200, 20000);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    m_dpi->setRange(48, 1200);
    m_dpi->setValue(96);
    m_dpi->setSuffix(tr(" dpi"));

    auto *browse = new QPushButton(tr("Browse…"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(tr("×")));
    size->addWidget(m_height);
    size->addStretch(1);
    // A path and a title are long: room for most of one, in any language's font.
    const int roomy = fontMetrics().averageCharWidth() * 48;
    m_path->setMinimumWidth(roomy);
    m_title->setMinimumWidth(roomy);
    // A row of several widgets gets a label of its own, so that Alt and its letter go to the
    // first of them (a label made by the form for a row would show the "&").
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_width);
    auto *form = new QFormLayout(this);
    form->addRow(fileLabel, file);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(sizeLabel, size);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_printSize);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    connect(browse, &QPushButton::clicked, this, &ExportDrawingDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDrawingDialog::formatChosen);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDrawingDialog::pathEdited);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty()); });
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDrawingDialog::formatChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pathEdited();
    formatChosen();
}

QString ExportDrawingDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

ChartFile::Format ExportDrawingDialog::format() const
{
    return ChartFile::Format(m_format->currentData().toInt());
}

QSize ExportDrawingDialog::drawingSize() const
{
    return {m_width->value(), m_height->value()};
}

void ExportDrawingDialog::setDrawingSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

int ExportDrawingDialog::dpi() const
{
    return m_dpi->value();
}
void ExportDrawingDialog::setDpi(int dpi)
{
    m_dpi->setValue(dpi);
}
QString ExportDrawingDialog::title() const
{
    return m_title->text();
}

void ExportDrawingDialog::accept()
{
    QString chosen = path();
    if (QFileInfo(chosen).isRelative())
        chosen = QDir(m_folder).filePath(chosen);
    if (QFileInfo(chosen).suffix().toLower() != ChartFile::suffix(format()))
        chosen += QLatin1Char('.') + ChartFile::suffix(format());
    m_path->setText(QDir::toNativeSeparators(chosen));
    // A file chosen through Browse… has been asked about already.
    if (QFileInfo::exists(chosen) && chosen != m_browsed &&
        QMessageBox::question(
            this, windowTitle(),
            tr("“%1” exists already. Replace it?").arg(QDir::toNativeSeparators(chosen)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    QDialog::accept();
}

void ExportDrawingDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, windowTitle(), path(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    m_browsed = chosen;
    pathEdited();
}

// The suffix typed chooses the format.
void ExportDrawingDialog::pathEdited()
{
    if (const auto format = ChartFile::formatNamed(QFileInfo(path()).suffix()))
        m_format->setCurrentIndex(m_format->findData(int(*format)));
}

// The format chosen sets the suffix; resolution matters only to a PNG.
void ExportDrawingDialog::formatChosen()
{
    const QString suffix = ChartFile::suffix(format());
    const QFileInfo info(path());
    if (!path().isEmpty() && info.suffix().toLower() != suffix) {
        const QString base = info.suffix().isEmpty() || !ChartFile::formatNamed(info.suffix())
                                 ? path()
                                 : path().left(path().size() - info.suffix().size() - 1);
        m_path->setText(QDir::toNativeSeparators(base + QLatin1Char('.') + suffix));
    }
    const bool png = format() == ChartFile::Format::Png;
    m_dpi->setEnabled(png);
    const QLocale locale;
    m_printSize->setText(png ? tr("Prints %1 × %2 cm")
                                   .arg(locale.toString(m_width->value() * 2.54 / dpi(), 'f', 1),
                                        locale.toString(m_height->value() * 2.54 / dpi(), 'f', 1))
                             : tr("A vector drawing: sharp at any size."));
}
