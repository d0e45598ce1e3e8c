#include "cli/CommandLine.h"
#include "cli/verbs/CheckVerb.h"
#include "cli/verbs/InfoVerb.h"

namespace voxnote::cli {

void registerBuiltinVerbs(CommandLine& commandLine)
{
    commandLine.add(std::make_unique<InfoVerb>());
    commandLine.add(std::make_unique<CheckVerb>());
}

} // namespace voxnote::cli
