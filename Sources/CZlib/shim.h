#ifndef ACTORMAP_CZLIB_SHIM_H
#define ACTORMAP_CZLIB_SHIM_H
#include <zlib.h>
#endif
