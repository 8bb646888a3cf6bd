#include "SandboxOptions.h"
#include "SandboxServer.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("packbench-sandbox"));

    QString error;
    bool help = false;
    const auto options = SandboxOptions::parse(QCoreApplication::arguments(), &error, &help);
    if (help) {
        std::fputs(SandboxOptions::usage().toUtf8().constData(), stdout);
        return 0;
    }
    if (!options) {
        std::fprintf(stderr, "packbench-sandbox: %s\n", error.toUtf8().constData());
        return 2;
    }
    SandboxServer server(*options);
    if (!server.listen(&error)) {
        std::fprintf(stderr, "packbench-sandbox: cannot listen on 127.0.0.1:%u: %s\n",
                     static_cast<unsigned>(options->port), error.toUtf8().constData());
        return 5;
    }
    // Scripts and tests read this first line to find the port; flush at once, stdout may be a pipe.
    std::printf("API path: %s\n", server.apiPath().toUtf8().constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
