// The C side of the fuzz harness: libFuzzer's driver entry point (compiler-rt's libclang_rt.fuzzer, linked
// by -sanitize=fuzzer; the executable's Swift main calls it) and a check that Graphviz's parser reads a
// DOT text.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// The number of nodes in the graph Graphviz's parser (libcgraph's agmemread) reads from `dot`, or -1
/// when it cannot read it. Graphviz's messages are kept in its buffer, not printed.
int actormap_fuzz_dot_node_count(const char *dot);
