#ifndef PITH_CZLIB_SHIM_H
#define PITH_CZLIB_SHIM_H
#include <zlib.h>

/// `deflateInit`/`inflateInit` are macros; expose them as functions.
static inline int pith_deflate_init(z_streamp stream, int level) { return deflateInit(stream, level); }
static inline int pith_inflate_init(z_streamp stream) { return inflateInit(stream); }
#endif
