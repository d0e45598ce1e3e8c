#include "cli/CommandLine.h"
#include "cli/verbs/CheckVerb.h"
#include "cli/verbs/DashboardVerb.h"
#include "cli/verbs/ImportVerb.h"
#include "cli/verbs/InfoVerb.h"
#include "cli/verbs/JobsVerb.h"
#include "cli/verbs/NoteVerb.h"
#include "cli/verbs/NotificationsVerb.h"
#include "cli/verbs/OcrVerb.h"
#include "cli/verbs/PersonVerb.h"
#include "cli/verbs/ReadVerb.h"
#include "cli/verbs/SearchVerb.h"
#include "cli/verbs/SpeakVerb.h"
#include "cli/verbs/SyncVerb.h"
#include "cli/verbs/TaskVerb.h"
#include "cli/verbs/TranscribeVerb.h"
#include "cli/verbs/VocabVerb.h"
#include "cli/verbs/VoicesVerb.h"

namespace voxnote::cli {

void registerBuiltinVerbs(CommandLine& commandLine)
{
    commandLine.add(std::make_unique<InfoVerb>());
    commandLine.add(std::make_unique<ImportVerb>());
    commandLine.add(std::make_unique<CheckVerb>());
    commandLine.add(std::make_unique<TranscribeVerb>());
    commandLine.add(std::make_unique<NoteVerb>());
    commandLine.add(std::make_unique<TaskVerb>());
    commandLine.add(std::make_unique<PersonVerb>());
    commandLine.add(std::make_unique<SearchVerb>());
    commandLine.add(std::make_unique<NotificationsVerb>());
    commandLine.add(std::make_unique<DashboardVerb>());
    commandLine.add(std::make_unique<JobsVerb>());
    commandLine.add(std::make_unique<OcrVerb>());
    commandLine.add(std::make_unique<SpeakVerb>());
    commandLine.add(std::make_unique<ReadVerb>());
    commandLine.add(std::make_unique<VoicesVerb>());
    commandLine.add(std::make_unique<VocabVerb>());
    commandLine.add(std::make_unique<SyncVerb>());
}

} // namespace voxnote::cli
