#ifndef PITH_SHA256_H
#define PITH_SHA256_H
#include <stddef.h>
#include <stdint.h>

/// SHA-256 of `length` bytes at `data` into `digest` (32 bytes). Uses the CPU's SHA
/// extensions when it has them, portable C otherwise.
void pith_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

#endif
