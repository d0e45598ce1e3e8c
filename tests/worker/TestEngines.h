#pragma once

// OCR engines that live in the tests only, each one class plus one
// registration (TestWorkerHost.cpp): one that answers, and three that
// misbehave the ways a real engine can on a hostile file.

#include "ocr/OcrEngine.h"

#include <QThread>

#include <cstring>
#include <vector>

namespace voxnote::test {

/// Reads every page as the words "test engine".
class EchoOcrEngine : public ocr::OcrEngine
{
public:
    ocr::OcrPage recognize(
        const QImage& image, const ProgressCallback& progress, const Cancellation&) override
    {
        if (progress)
            progress(1.0);
        ocr::OcrPage page;
        page.size = image.size();
        page.engine = name();
        page.text = QStringLiteral("test engine");
        return page;
    }
    QString name() const override { return QStringLiteral("echo 1"); }
};

/// Dereferences a null pointer, as a parser does on a malformed file.
class SegfaultingOcrEngine : public ocr::OcrEngine
{
public:
    ocr::OcrPage recognize(const QImage&, const ProgressCallback&, const Cancellation&) override
    {
        volatile int* nowhere = nullptr;
        *nowhere = 1;
        return {};
    }
    QString name() const override { return QStringLiteral("segfault 1"); }
};

/// Allocates and touches memory without end, as a decompression bomb does.
class HoggingOcrEngine : public ocr::OcrEngine
{
public:
    ocr::OcrPage recognize(const QImage&, const ProgressCallback& progress, const Cancellation&) override
    {
        std::vector<char*> blocks;
        while (true) {
            constexpr size_t kBlock = 8 * 1024 * 1024;
            char* block = new char[kBlock];
            std::memset(block, 1, kBlock);
            blocks.push_back(block);
            if (progress)
                progress(0.5); // it looks busy: only the memory limit stops it
        }
    }
    QString name() const override { return QStringLiteral("hog 1"); }
};

/// Sleeps without a word and ignores cancels, as an engine stuck in a loop
/// waiting on itself does.
class HangingOcrEngine : public ocr::OcrEngine
{
public:
    ocr::OcrPage recognize(const QImage&, const ProgressCallback&, const Cancellation&) override
    {
        while (true)
            QThread::sleep(1);
    }
    QString name() const override { return QStringLiteral("hang 1"); }
};

} // namespace voxnote::test
