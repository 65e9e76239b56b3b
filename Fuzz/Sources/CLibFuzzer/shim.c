#include "CLibFuzzer.h"

#include <graphviz/cgraph.h>

int actormap_fuzz_dot_node_count(const char *dot) {
    agseterr(AGMAX);
    agreseterrors();
    Agraph_t *graph = agmemread(dot);
    if (graph == NULL) {
        return -1;
    }
    int count = agnnodes(graph);
    agclose(graph);
    return count;
}
