// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panes/exchangedetailpane.h"

#include "app/domain/vocabulary.h"
#include "app/models/exchangedetailmodel.h"
#include "ui/panes/detailscrollarea.h"
#include "ui/panes/placetext.h"
#include "ui/panes/sourcetext.h"

#include <QFormLayout>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString pairingScheme = QStringLiteral("pairing");
}

ExchangeDetailPane::ExchangeDetailPane(ExchangeDetailModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_details(new QWidget), m_empty(new QLabel),
      m_title(new QLabel), m_form(new QFormLayout)
{
    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(0, 0, 6, 0);
    m_empty->setText(tr("Choose an exchange in the list to see its details."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addStretch();
    DetailScrollArea::fill(this, contents, QStringLiteral("exchangeDetailScroll"))
        ->setAccessibleName(tr("Exchange detail"));

    auto *detailLayout = new QVBoxLayout(m_details);
    m_title->setObjectName(QStringLiteral("exchangeTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    detailLayout->addWidget(m_title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailLayout->addLayout(m_form);

    m_date = addRow(tr("Date:"), QStringLiteral("exchangeDateLabel"));
    m_field = addRow(tr("Field:"), QStringLiteral("exchangeFieldLabel"));
    m_mode = addRow(tr("Mode:"), QStringLiteral("exchangeModeLabel"));
    m_pairings = addRow(tr("Pairings:"), QStringLiteral("exchangePairingsLabel"));
    m_places = addRow(tr("Places:"), QStringLiteral("exchangePlacesLabel"));
    m_location = addRow(tr("Location:"), QStringLiteral("exchangeLocationLabel"));
    m_institutions = addRow(tr("Institutions:"), QStringLiteral("exchangeInstitutionsLabel"));
    m_participants = addRow(tr("Participants:"), QStringLiteral("exchangeParticipantsLabel"));
    m_description = addRow(tr("Description:"), QStringLiteral("exchangeDescriptionLabel"));
    m_sources = addRow(tr("Sources:"), QStringLiteral("exchangeSourcesLabel"));
    for (QLabel *rich : {m_pairings, m_sources}) {
        rich->setTextFormat(Qt::RichText);
        rich->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    connect(m_sources, &QLabel::linkActivated, this,
            [this](const QString &link) { SourceText::open(QUrl(link), this); });
    connect(m_pairings, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == pairingScheme)
            emit pairingActivated(url.path().toLongLong());
    });
    connect(model, &ExchangeDetailModel::changed, this, &ExchangeDetailPane::showDetail);
    showDetail();
}

QLabel *ExchangeDetailPane::addRow(const QString &caption, const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(caption, label);
    return label;
}

void ExchangeDetailPane::showDetail()
{
    m_empty->setVisible(!m_model->hasExchange());
    m_details->setVisible(m_model->hasExchange());
    if (!m_model->hasExchange())
        return;
    const ExchangeDetail &detail = m_model->detail();
    const Exchange &exchange = detail.exchange;
    const QString unknown = tr("Not recorded");
    m_title->setText(exchange.title);
    if (exchange.date.isNull())
        m_date->setText(tr("Not known: no source gives the date."));
    else if (exchange.endDate.isNull())
        m_date->setText(exchange.date.toDisplayString());
    else
        m_date->setText(
            tr("%1 to %2")
                .arg(exchange.date.toDisplayString(), exchange.endDate.toDisplayString()));
    m_field->setText(Vocabulary::displayNameOfFieldKey(exchange.field));
    m_mode->setText(Vocabulary::displayNameOfModeKey(exchange.mode));
    QStringList links;
    for (const PairingReference &pairing : detail.pairings) {
        links << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                     .arg(pairingScheme)
                     .arg(pairing.id)
                     .arg(tr("%1 – %2").arg(pairing.chineseName, pairing.usName).toHtmlEscaped());
    }
    m_pairings->setText(links.isEmpty()
                            ? tr("None: a national or multilateral event.").toHtmlEscaped()
                            : links.join(QStringLiteral("<br>")));
    m_places->setText(detail.places.isEmpty() ? unknown : detail.places.join(tr(", ")));
    m_location->setText(exchange.location.isEmpty() ? unknown : exchange.location);
    m_institutions->setText(detail.institutions.isEmpty() ? unknown
                                                          : detail.institutions.join(tr(", ")));
    m_participants->setText(exchange.participants.isEmpty() ? unknown : exchange.participants);
    m_description->setText(exchange.description.isEmpty() ? unknown : exchange.description);
    m_sources->setText(detail.sources.isEmpty() ? tr("No source is recorded.").toHtmlEscaped()
                                                : SourceText::links(detail.sources));
}
