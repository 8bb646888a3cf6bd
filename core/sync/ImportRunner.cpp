#include "core/sync/ImportRunner.h"

#include "core/integrations/StoreService.h"

namespace Packbench {

ImportRunner::ImportRunner(Database &database, StoreService &stores, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_stores(stores)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportReport>();
    m_thread.setObjectName(QStringLiteral("import"));
    m_thread.start();
}

ImportRunner::~ImportRunner()
{
    if (m_job)
        QMetaObject::invokeMethod(m_job, &ImportJob::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ImportRunner::start(const QList<StoreConfig> &stores, const ImportRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    Q_EMIT started();
    QList<StoreConfig> selected = stores;
    if (selected.isEmpty())
        selected = m_stores.stores();
    if (selected.isEmpty()) {
        ImportReport report;
        report.failure = ImportReport::Failure::Refused;
        report.error = tr("No store is connected. Connect one in Settings > Integrations.");
        finishWith(report);
        return;
    }
    m_stores.accessTokens(
        selected, this,
        [this, request](const QList<QPair<StoreConfig, QString>> &tokens, const StoreService::Result &result) {
            if (m_cancelRequested) {
                ImportReport report;
                report.failure = ImportReport::Failure::Cancelled;
                report.error = tr("Cancelled before anything was imported.");
                finishWith(report);
                return;
            }
            if (!result.isOk()) {
                ImportReport report;
                report.failure = result.outcome == StoreService::Outcome::Keychain   ? ImportFailure::Keychain
                                 : result.outcome == StoreService::Outcome::Database ? ImportFailure::Database
                                                                                     : ImportFailure::Refused;
                report.error = result.message;
                finishWith(report);
                return;
            }
            QList<ImportSource> sources;
            for (const auto &[store, token] : tokens)
                sources.append({store, token});
            auto *job = new ImportJob(m_database, request, sources);
            job->moveToThread(&m_thread);
            m_job = job;
            connect(job, &ImportJob::progress, this, &ImportRunner::progress);
            connect(job, &ImportJob::shipmentsChanged, this, &ImportRunner::shipmentsChanged);
            connect(job, &ImportJob::finished, this, [this, job](const ImportReport &report) {
                job->deleteLater(); // on its own thread
                finishWith(report);
            });
            QMetaObject::invokeMethod(job, &ImportJob::start, Qt::QueuedConnection);
        });
}

void ImportRunner::cancel()
{
    if (m_running && !m_job)
        m_cancelRequested = true;
    if (m_job)
        QMetaObject::invokeMethod(m_job, &ImportJob::cancel, Qt::QueuedConnection);
}

void ImportRunner::finishWith(const ImportReport &report)
{
    m_running = false;
    m_job = nullptr;
    Q_EMIT finished(report);
}

} // namespace Packbench
