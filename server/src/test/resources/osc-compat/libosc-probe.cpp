// A Faust application with Faust's own OSC (libOSCFaust) and HTTP (libHTTPDFaust) interfaces and no
// audio: OscCompatibilityIT builds it from a DSP compiled by the installed faust, sends the same
// messages to it and to Faustwire's server, and compares the answers. It exits when its stdin closes.
#include <cstdio>
#include <poll.h>
#include <unistd.h>
#include "faust/gui/meta.h"
#include "faust/gui/UI.h"
#include "faust/dsp/dsp.h"
#include "faust/gui/OSCUI.h"
#include "faust/gui/httpdUI.h"
#include "dsp.h"

std::list<GUI*> GUI::fGuiList;
ztimedmap GUI::gTimedZoneMap;

int main(int argc, char* argv[])
{
    mydsp* dsp = new mydsp();
    dsp->init(48000);
    OSCUI* osc = new OSCUI("main", argc, argv);
    httpdUI* http = new httpdUI("main", dsp->getNumInputs(), dsp->getNumOutputs(), argc, argv);
    dsp->buildUserInterface(osc);
    dsp->buildUserInterface(http);
    osc->run();
    http->run();
    printf("ready osc %d http %d\n", osc->getUDPPort(), http->getTCPPort());
    fflush(stdout);
    // As a Faust application's GUI loop does: every 20 ms, every interface hears the zones that changed
    // (libOSCFaust then pushes them to an xmit client).
    char byte;
    while (true) {
        struct pollfd in = {0, POLLIN, 0};
        if (poll(&in, 1, 20) > 0 && read(0, &byte, 1) <= 0) {
            return 0;
        }
        GUI::updateAllGuis();
    }
}
