#pragma once

// Pipeline stages for the job-queue tests: each run of a stage appends a line
// to <data dir>/<stage>.runs, so a test can count how often it really ran,
// across processes.

#include "jobs/Job.h"
#include "jobs/JobStage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QThread>

#include <atomic>
#include <cstdio>

namespace voxnote::test {

/// Knobs the tests turn; read by every CountingStage.
struct StageKnobs
{
    static inline std::atomic_int transientFailures {0}; ///< fail this many runs with a TransientError
    static inline std::atomic_bool permanentFailure {false};
    static inline std::atomic_int running {0};
    static inline std::atomic_int maxRunning {0};
};

inline int runsOf(const QString& dataDir, const QString& stage)
{
    QFile file(QDir(dataDir).filePath(stage + QStringLiteral(".runs")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return static_cast<int>(file.readAll().count('\n'));
}

class CountingStage : public jobs::JobStage
{
public:
    explicit CountingStage(QString name)
        : m_name(std::move(name))
    {
    }

    QString name() const override { return m_name; }

    QByteArray cacheKey(const jobs::JobContext& context) const override
    {
        if (context.params.value(QStringLiteral("noCache")).toBool())
            return {};
        return QCryptographicHash::hash(
            (m_name + u'|' + context.inputHash).toUtf8(), QCryptographicHash::Sha256);
    }

    QJsonObject run(jobs::JobContext& context) override
    {
        QFile runs(QDir(context.dataDir).filePath(m_name + QStringLiteral(".runs")));
        if (runs.open(QIODevice::Append))
            runs.write("run\n");
        runs.close();
        const int now = ++StageKnobs::running;
        int seen = StageKnobs::maxRunning.load();
        while (now > seen && !StageKnobs::maxRunning.compare_exchange_weak(seen, now)) { }
        struct Leave
        {
            ~Leave() { --StageKnobs::running; }
        } leave;

        // The stage named by VOXNOTE_TEST_SLOW_STAGE says so on stdout and
        // then takes a minute, in 100 ms steps that honour cancellation.
        const bool slow = qEnvironmentVariable("VOXNOTE_TEST_SLOW_STAGE") == m_name;
        if (slow) {
            std::printf("%s started\n", qPrintable(m_name));
            std::fflush(stdout);
        }
        const int steps = slow ? 600 : context.params.value(QStringLiteral("steps")).toInt(1);
        const int stepMs = slow ? 100 : context.params.value(QStringLiteral("stepMs")).toInt(0);
        for (int step = 0; step < steps; ++step) {
            context.cancellation->check();
            context.progress(double(step) / steps);
            QThread::msleep(static_cast<unsigned long>(stepMs));
        }
        if (StageKnobs::transientFailures.fetch_sub(1) > 0)
            throw jobs::TransientError(QStringLiteral("The device was busy."));
        StageKnobs::transientFailures.store(std::max(0, StageKnobs::transientFailures.load()));
        if (StageKnobs::permanentFailure)
            throw Error(QStringLiteral("The page could not be read."));
        return {{QStringLiteral("stage"), m_name}, {QStringLiteral("input"), context.inputHash},
            {QStringLiteral("after"), static_cast<int>(context.previousResults.size())}};
    }

private:
    QString m_name;
};

inline jobs::Pipeline threeStages()
{
    jobs::Pipeline pipeline;
    pipeline.push_back(std::make_unique<CountingStage>(QStringLiteral("a")));
    pipeline.push_back(std::make_unique<CountingStage>(QStringLiteral("b")));
    pipeline.push_back(std::make_unique<CountingStage>(QStringLiteral("c")));
    return pipeline;
}

} // namespace voxnote::test
