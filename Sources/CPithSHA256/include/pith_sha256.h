#ifndef PITH_SHA256_H
#define PITH_SHA256_H
#include <stddef.h>
#include <stdint.h>

/// SHA-256 of `length` bytes at `data` into `digest` (32 bytes). Uses the CPU's SHA
/// extensions when it has them, portable C otherwise.
void pith_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

/// The SHA-256 of two messages, as two `pith_sha256` calls would give, faster with the SHA
/// extensions: their blocks go through the rounds side by side.
void pith_sha256_pair(const uint8_t *dataA, size_t lengthA, uint8_t digestA[32],
                      const uint8_t *dataB, size_t lengthB, uint8_t digestB[32]);

#endif
