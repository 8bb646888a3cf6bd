#include "ui/ImportDialog.h"

#include "core/domain/OrderStatus.h"
#include "core/integrations/StoreService.h"
#include "core/settings/AppSettings.h"
#include "core/storage/StoreRepository.h"
#include "core/sync/ImportRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace Packbench {

namespace {
constexpr int kProgressSteps = 1000;
constexpr int kDefaultDays = 7;

QString secondsText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 90)
        return ImportDialog::tr("about %1 s left").arg(seconds);
    return ImportDialog::tr("about %1 min left").arg((seconds + 30) / 60);
}
} // namespace

ImportDialog::ImportDialog(const Profile &profile, Database &database, StoreService &stores, ImportRunner *runner,
                           QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_database(database)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import orders"));
    if (!m_runner) {
        m_runner = new ImportRunner(database, stores, this);
        m_ownsRunner = true;
    }

    m_storeCombo = new QComboBox(this);
    m_storeCombo->setObjectName(QStringLiteral("importStoreCombo"));
    m_daysSpin = new QSpinBox(this);
    m_daysSpin->setObjectName(QStringLiteral("importDaysSpin"));
    m_daysSpin->setRange(1, 3650);
    m_daysSpin->setValue(kDefaultDays);
    m_daysSpin->setSuffix(tr(" days"));
    m_daysSpin->setToolTip(tr("Orders changed in the last N × 24 hours: every order created in that time, and older "
                              "orders that only just reached an import status."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Store:"), m_storeCombo);
    form->addRow(tr("Orders changed in the &last:"), m_daysSpin);

    m_statusGroup = new QGroupBox(tr("Order statuses to import"), this);
    createStatusBoxes(m_statusGroup);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(true);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resultLabel->setMinimumHeight(m_resultLabel->fontMetrics().lineSpacing() * 3);
    m_resultLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_startButton = new QPushButton(tr("&Import"), this);
    m_startButton->setObjectName(QStringLiteral("startImportButton"));
    m_startButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Close"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusGroup);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_resultLabel, 1);
    layout->addLayout(buttons);

    connect(m_startButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelOrClose);
    connect(m_storeCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::storeChanged);

    connect(m_runner, &ImportRunner::progress, this, [this](const ImportProgress &progress) {
        if (m_running)
            showProgress(progress);
    });
    connect(m_runner, &ImportRunner::finished, this, [this](const ImportReport &report) {
        if (!m_running)
            return;
        setRunning(false);
        showReport(report);
        Q_EMIT importFinished(m_runStoreNames, report);
    });
    m_cancelRepeat.setInterval(100);
    connect(&m_cancelRepeat, &QTimer::timeout, this, [this] {
        if (m_running)
            m_runner->cancel();
    });

    reloadStores();
    setRunning(false);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ImportDialog::~ImportDialog()
{
    // An owned runner cancels and waits for its job as it goes; a borrowed one is told to stop this dialog's run.
    if (m_running && !m_ownsRunner)
        m_runner->cancel();
}

void ImportDialog::createStatusBoxes(QGroupBox *group)
{
    auto *grid = new QGridLayout(group);
    const QList<int> ids = OrderStatus::allIds();
    for (int id : ids) {
        auto *box = new QCheckBox(OrderStatus::displayName(id), group);
        box->setObjectName(QStringLiteral("importStatus-%1").arg(id));
        grid->addWidget(box, id % 5, id / 5);
        m_statusBoxes.insert(id, box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_running && !checkedStatuses().isEmpty() && m_resultLabel->property("statusError").toBool())
                showMessage(QString(), false);
        });
    }
}

void ImportDialog::reloadStores()
{
    const quint64 request = ++m_storesRequest;
    // The first time there is nothing to show yet; later the list stays as it is until the answer.
    if (m_storeList.isEmpty())
        m_progressLabel->setText(tr("Reading the connected stores…"));
    setRunning(m_running);
    Database *database = &m_database;
    m_worker.run([this, database, request] {
        // Constructed here: the repository uses this thread's own database connection.
        StoreRepository repository(*database);
        StoresRead read;
        read.stores = repository.list(&read.error);
        for (const StoreConfig &store : std::as_const(read.stores))
            read.statusLabels.insert(store.id, repository.statusLabels(store.id));
        // The dialog waits for this thread before it is destroyed, so it is alive here; the queued answer goes with
        // its pending events if the dialog goes first.
        QMetaObject::invokeMethod(
            this, [this, request, read] { showStores(request, read); }, Qt::QueuedConnection);
    });
}

void ImportDialog::showStores(quint64 request, const StoresRead &read)
{
    if (request != m_storesRequest)
        return; // a newer read is under way: its answer is the one to show
    m_storesAnswered = request;
    if (!m_running && m_progressLabel->text() == tr("Reading the connected stores…"))
        m_progressLabel->clear();
    // A failed read keeps the stores shown before, and says why.
    if (read.error.isEmpty()) {
        m_storeList = read.stores;
        m_statusLabels = read.statusLabels;
    }
    const QString selected = m_storeCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_storeCombo);
        m_storeCombo->clear();
        m_storeCombo->addItem(tr("All stores"), QString());
        for (const StoreConfig &store : std::as_const(m_storeList))
            m_storeCombo->addItem(store.name, store.id.toString(QUuid::WithoutBraces));
        const int index = m_storeCombo->findData(selected);
        m_storeCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    storeChanged();
    if (!read.error.isEmpty())
        showMessage(tr("The stores could not be read: %1").arg(read.error), true);
    else if (m_storeList.isEmpty())
        showMessage(tr("No store is connected. Connect one in Settings > Integrations first."), true);
    else if (!m_running && m_resultLabel->property("noStores").toBool())
        showMessage(QString(), false);
    m_resultLabel->setProperty("noStores", read.error.isEmpty() && m_storeList.isEmpty());
    setRunning(m_running);
    Q_EMIT storesLoaded();
}

void ImportDialog::storeChanged()
{
    // The store's own import statuses; for all stores, every status any of them imports.
    const QList<StoreConfig> stores = selectedStores();
    QList<int> statuses;
    for (const StoreConfig &store : stores) {
        for (int id : store.importStatuses) {
            if (!statuses.contains(id))
                statuses.append(id);
        }
    }
    std::sort(statuses.begin(), statuses.end());
    m_prefilledStatuses = statuses;
    labelStatusBoxes(stores);

    // What the last import of this store (or of all stores) used, when there was one.
    int days = kDefaultDays;
    if (!stores.isEmpty()) {
        if (const std::optional<ImportChoice> last = AppSettings(m_profile).importChoice(selectedStoreId())) {
            days = std::clamp(last->days, m_daysSpin->minimum(), m_daysSpin->maximum());
            statuses = last->statuses;
        }
    }
    m_daysSpin->setValue(days);
    for (auto it = m_statusBoxes.cbegin(); it != m_statusBoxes.cend(); ++it)
        it.value()->setChecked(statuses.contains(it.key()));
}

void ImportDialog::labelStatusBoxes(const QList<StoreConfig> &stores)
{
    // The names the owner sees in BigCommerce. Several stores: a store's own name only where every store that
    // relabelled the status agrees, else the system name; the system name stays in the tooltip.
    QMap<int, QString> custom;
    QSet<int> disagreed;
    for (const StoreConfig &store : stores) {
        const QList<StatusLabel> labels = m_statusLabels.value(store.id);
        for (const StatusLabel &label : labels) {
            const auto known = custom.constFind(label.id);
            if (known != custom.cend() && *known != label.label)
                disagreed.insert(label.id);
            custom.insert(label.id, label.label);
        }
    }
    for (auto it = m_statusBoxes.cbegin(); it != m_statusBoxes.cend(); ++it) {
        const QString name = OrderStatus::displayName(it.key());
        const QString label = custom.value(it.key());
        const bool own = !label.isEmpty() && !disagreed.contains(it.key()) && label != name;
        it.value()->setText(own ? label : name);
        it.value()->setToolTip(own ? tr("BigCommerce status %1: %2").arg(it.key()).arg(name)
                                   : tr("BigCommerce status %1").arg(it.key()));
    }
}

QUuid ImportDialog::selectedStoreId() const
{
    const QString id = m_storeCombo->currentData().toString();
    return id.isEmpty() ? QUuid() : QUuid::fromString(id);
}

QList<StoreConfig> ImportDialog::selectedStores() const
{
    const QString id = m_storeCombo->currentData().toString();
    if (id.isEmpty())
        return m_storeList;
    const QUuid uuid = QUuid::fromString(id);
    for (const StoreConfig &store : m_storeList) {
        if (store.id == uuid)
            return {store};
    }
    return {};
}

QList<int> ImportDialog::checkedStatuses() const
{
    QList<int> ids;
    for (auto it = m_statusBoxes.cbegin(); it != m_statusBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            ids.append(it.key());
    }
    return ids;
}

void ImportDialog::startImport()
{
    if (m_running)
        return;
    const QList<StoreConfig> stores = selectedStores();
    if (stores.isEmpty()) {
        showMessage(tr("No store is connected. Connect one in Settings > Integrations first."), true);
        return;
    }
    const QList<int> statuses = checkedStatuses();
    if (statuses.isEmpty()) {
        showMessage(tr("Choose at least one order status to import."), true);
        m_resultLabel->setProperty("statusError", true);
        return;
    }
    if (m_runner->isRunning()) {
        showMessage(tr("Another import is still running. Try again when it has finished."), true);
        return;
    }

    ImportRequest request;
    request.days = m_daysSpin->value();
    AppSettings settings(m_profile);
    settings.setImportChoice(selectedStoreId(), {request.days, statuses});
    settings.sync();
    // All stores with the statuses as filled in: each store imports its own statuses. Anything the user changed
    // applies to every store.
    const bool ownStatuses = stores.size() > 1 && statuses == m_prefilledStatuses;
    request.statuses = ownStatuses ? QList<int>() : statuses;

    QStringList names;
    for (const StoreConfig &store : stores)
        names.append(store.name);
    m_runStoreNames = names.join(tr(", ", "list separator"));

    m_cancelRequested = false;
    showMessage(QString(), false);
    m_progressBar->setRange(0, 0); // busy until the first page is in
    m_progressLabel->setText(tr("Connecting to %1…").arg(m_runStoreNames));
    setRunning(true);
    Q_EMIT importStarted(m_runStoreNames);
    m_runner->start(stores, request); // may finish at once (e.g. a token missing on this station)
}

void ImportDialog::cancelOrClose()
{
    if (!m_running) {
        accept();
        return;
    }
    if (m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_runner->cancel();
    m_cancelRepeat.start();
    m_progressLabel->setText(tr("Cancelling after the page being saved…"));
    setRunning(true);
}

void ImportDialog::reject()
{
    if (m_running) {
        cancelOrClose();
        return;
    }
    QDialog::reject();
}

void ImportDialog::setRunning(bool running)
{
    m_running = running;
    if (!running) {
        m_cancelRepeat.stop();
        m_cancelRequested = false;
    }
    const bool haveStores = !m_storeList.isEmpty();
    m_storeCombo->setEnabled(!running && m_storeCombo->count() > 1);
    m_daysSpin->setEnabled(!running);
    m_statusGroup->setEnabled(!running);
    m_startButton->setEnabled(!running && haveStores);
    m_cancelButton->setText(running ? (m_cancelRequested ? tr("Cancelling…") : tr("Cancel")) : tr("Close"));
    m_cancelButton->setEnabled(!running || !m_cancelRequested);
    m_cancelButton->setToolTip(running ? tr("Stop after the page being saved; what was imported stays.") : QString());
}

void ImportDialog::showProgress(const ImportProgress &progress)
{
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(static_cast<int>(std::clamp(progress.fraction, 0.0, 1.0) * kProgressSteps));
    if (m_cancelRequested)
        return;
    QString text = tr("%1 orders, %2 requests").arg(progress.orders).arg(progress.requests);
    if (progress.remainingMs >= 0)
        text = tr("%1, %2", "orders and requests, time left").arg(text, secondsText(progress.remainingMs));
    if (m_runStoreNames.contains(tr(", ", "list separator")) && !progress.storeName.isEmpty())
        text = tr("%1: %2", "store: progress").arg(progress.storeName, text);
    m_progressLabel->setText(text);
}

QString ImportDialog::skippedSummary(const QList<SkippedOrder> &skipped)
{
    if (skipped.isEmpty())
        return QString();
    // Grouped by reason, the most frequent first.
    QList<QPair<QString, int>> groups;
    for (const SkippedOrder &order : skipped) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&order](const QPair<QString, int> &group) { return group.first == order.reason; });
        if (it == groups.end())
            groups.append({order.reason, 1});
        else
            ++it->second;
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const QPair<QString, int> &a, const QPair<QString, int> &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[reason, count] : std::as_const(groups))
        parts.append(tr("%1 (%2)", "skip reason (number of orders)").arg(reason).arg(count));
    return tr("%1 skipped: %2").arg(skipped.size()).arg(parts.join(tr(", ", "list separator")));
}

QString ImportDialog::summary(const ImportReport &report)
{
    QStringList lines;
    lines << tr("%1 new, %2 updated, %3 unchanged, %4 skipped orders.")
                 .arg(report.newOrders)
                 .arg(report.updatedOrders)
                 .arg(report.unchangedOrders)
                 .arg(report.skipped.size());
    const QString skipped = skippedSummary(report.skipped);
    if (!skipped.isEmpty())
        lines << skipped;
    lines << tr("%1 new shipments; %2 requests in %3 s.")
                 .arg(report.shipmentsNew)
                 .arg(report.requests)
                 .arg(QLocale().toString(report.elapsedMs / 1000.0, 'f', 1));
    // Several stores: each one's outcome, so a store that failed is never hidden by one that worked (or the
    // other way round).
    if (report.stores.size() > 1) {
        for (const StoreImportOutcome &store : report.stores) {
            if (store.isOk())
                lines << tr("%1: done, %2 new, %3 updated, %4 unchanged, %5 skipped.", "store: counts of orders")
                             .arg(store.storeName)
                             .arg(store.newOrders)
                             .arg(store.updatedOrders)
                             .arg(store.unchangedOrders)
                             .arg(store.skipped);
            else if (store.failure == ImportFailure::Cancelled)
                lines << tr("%1: cancelled.", "store").arg(store.storeName);
            else
                lines << tr("%1: failed: %2", "store: reason").arg(store.storeName, store.error);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::showReport(const ImportReport &report)
{
    m_progressBar->setRange(0, kProgressSteps);
    if (report.isOk()) {
        m_progressBar->setValue(kProgressSteps);
        m_progressLabel->setText(tr("Finished."));
        showMessage(summary(report), false);
        return;
    }
    const bool anything = report.newOrders + report.updatedOrders + report.unchangedOrders > 0 ||
                          !report.skipped.isEmpty() || report.stores.size() > 1;
    if (report.failure == ImportReport::Failure::Cancelled) {
        m_progressLabel->setText(tr("Cancelled."));
        showMessage(anything ? report.error + QLatin1Char('\n') + summary(report) : report.error, false);
        return;
    }
    m_progressLabel->setText(tr("The import stopped."));
    showMessage(anything ? report.error + QLatin1Char('\n') + summary(report) : report.error, true);
}

void ImportDialog::showMessage(const QString &text, bool error)
{
    m_resultLabel->setText(text);
    m_resultLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_resultLabel->setProperty("statusError", false);
}

QString ImportDialog::resultText() const
{
    return m_resultLabel->text();
}

} // namespace Packbench
